//! The public URL contract, property-tested: any string parses without panicking, and every
//! valid view survives a trip through its own link.
#![cfg(not(target_arch = "wasm32"))]

use ottawa_explorer::model::{countries, events, Kind, PartialDate};
use ottawa_explorer::query::{parse, to_query, Filter, Order};
use proptest::prelude::*;
use proptest::sample::subsequence;

fn any_date() -> impl Strategy<Value = Option<PartialDate>> {
    prop_oneof![
        Just(None),
        (1990u16..2030).prop_map(|y| PartialDate::parse(&y.to_string()).ok()),
        (1990u16..2030, 1u8..=12)
            .prop_map(|(y, m)| PartialDate::parse(&format!("{y}-{m:02}")).ok()),
        (1990u16..2030, 1u8..=12, 1u8..=28)
            .prop_map(|(y, m, d)| PartialDate::parse(&format!("{y}-{m:02}-{d:02}")).ok()),
    ]
}

fn any_filter() -> impl Strategy<Value = Filter> {
    let codes: Vec<&'static str> = countries().iter().map(|c| c.code).collect();
    let ids: Vec<&'static str> = events().iter().map(|e| e.id).collect();
    (
        // Text as a reader could type it: any characters, trimmed (links never keep edge spaces).
        "\\PC{0,40}".prop_map(|s| s.trim().to_string()),
        subsequence(codes, 0..5),
        subsequence(Kind::ALL.to_vec(), 0..4),
        any_date(),
        any_date(),
        proptest::option::of(1u8..=10),
        proptest::option::of(proptest::sample::select(ids)),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(
            |(text, countries, kinds, a, b, para, event, oldest, embed)| {
                // A valid view has from <= to.
                let (from, to) = match (a, b) {
                    (Some(a), Some(b)) if a.first_day_key() > b.last_day_key() => {
                        (Some(b), Some(a))
                    }
                    other => other,
                };
                Filter {
                    text,
                    countries,
                    kinds,
                    from,
                    to,
                    para,
                    event,
                    order: if oldest {
                        Order::OldestFirst
                    } else {
                        Order::NewestFirst
                    },
                    embed,
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn every_valid_view_round_trips_through_its_link(filter in any_filter()) {
        let link = to_query(&filter);
        let parsed = parse(&link);
        prop_assert!(parsed.problems.is_empty(), "{link}: {:?}", parsed.problems);
        prop_assert_eq!(parsed.filter, filter);
    }

    #[test]
    fn links_never_contain_characters_that_break_a_url(filter in any_filter()) {
        let link = to_query(&filter);
        prop_assert!(link.chars().all(|c| c.is_ascii_graphic()), "{}", link);
        prop_assert_eq!(link.matches('#').count(), 0);
    }

    #[test]
    fn any_query_string_parses_without_panicking(query in "\\PC{0,200}") {
        let parsed = parse(&query);
        // Whatever survived is itself a clean, stable view.
        let again = parse(&to_query(&parsed.filter));
        prop_assert!(again.problems.is_empty());
        prop_assert_eq!(again.filter, parsed.filter);
    }

    #[test]
    fn any_value_of_any_parameter_is_handled(
        key in prop::sample::select(vec!["q", "country", "kind", "from", "to", "para", "event", "order", "embed"]),
        value in "\\PC{0,60}",
    ) {
        let query = format!("{key}={}", value.replace('&', "%26").replace('#', "%23"));
        let parsed = parse(&query);
        let canonical = to_query(&parsed.filter);
        prop_assert_eq!(parse(&canonical).filter, parsed.filter);
    }
}

/// Values that legitimately leave the view as it is: an empty list, or the default spelled out.
fn means_default(key: &str, value: &str) -> bool {
    let value = value.trim();
    value.split(',').all(|v| v.trim().is_empty())
        || (key == "order" && value == "newest")
        || (key == "embed" && matches!(value, "0" | "false"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1024))]

    /// Nothing is dropped silently: a value that changes nothing is either the default spelled
    /// out or named in a problem.
    #[test]
    fn every_rejected_value_is_reported(
        key in prop::sample::select(vec!["country", "kind", "from", "to", "para", "event", "order", "embed"]),
        value in prop_oneof!["\\PC{0,30}", "[A-Za-z]{2}(,[A-Za-z]{2}){0,3}", "[0-9]{1,4}(-[0-9]{1,2}){0,2}"],
    ) {
        let query = format!("{key}={}", value.replace('%', "%25").replace('&', "%26").replace('#', "%23").replace('+', "%2B"));
        let parsed = parse(&query);
        if parsed.filter == Filter::default() && !means_default(key, &value) {
            prop_assert!(!parsed.problems.is_empty(), "{query} changed nothing and said nothing");
        }
        for problem in &parsed.problems {
            prop_assert_eq!(problem.param, key);
        }
    }
}

#[test]
fn unknown_parameters_are_ignored_quietly() {
    let parsed = parse("?utm_source=newsletter&childId=embed-1&country=FI");
    assert!(parsed.problems.is_empty());
    assert_eq!(parsed.filter.countries, ["FI"]);
}

#[test]
fn repeated_list_parameters_merge() {
    let parsed = parse("?country=EE&country=lv&kind=treaty&kind=TREATY");
    assert_eq!(parsed.filter.countries, ["EE", "LV"]);
    assert_eq!(parsed.filter.kinds, [Kind::Treaty]);
}

#[test]
fn a_value_cut_inside_spaces_still_round_trips() {
    // 199 letters, then spaces across the 200-character cut: the fuzzer's find.
    let query = format!("q={}{}x", "a".repeat(199), "+".repeat(20));
    let parsed = parse(&query);
    assert_eq!(parsed.filter.text, "a".repeat(199));
    assert_eq!(parse(&to_query(&parsed.filter)).filter, parsed.filter);
}

#[test]
fn a_ten_thousand_character_value_is_shortened_and_named() {
    let long = "a".repeat(10_000);
    let parsed = parse(&format!("q={long}"));
    assert_eq!(parsed.filter.text.chars().count(), 200);
    assert_eq!(parsed.problems.len(), 1);
}

#[test]
fn the_readme_examples_are_valid_links() {
    let readme = include_str!("../README.md");
    let examples: Vec<&str> = readme
        .split('`')
        .filter(|part| part.starts_with('?') && part.contains('='))
        .collect();
    assert!(examples.len() >= 3, "README lost its examples");
    for example in examples {
        let parsed = parse(example);
        assert!(
            parsed.problems.is_empty(),
            "{example}: {:?}",
            parsed.problems
        );
        assert!(
            !ottawa_explorer::query::Catalog::bundled()
                .search(&parsed.filter)
                .is_empty(),
            "{example} shows nothing"
        );
    }
}
