//! The catalog's queries, checked against the plain definition in `Filter`.

use super::*;

#[test]
fn search_is_case_and_diacritic_insensitive_over_country_names() {
    let catalog = Catalog::bundled();
    let filter = Filter {
        text: "TURKIYE".into(),
        ..Filter::default()
    };
    let found = catalog.search(&filter);
    assert!(!found.is_empty());
    assert!(found.iter().all(|e| e.countries.contains(&"TR")));
}

#[test]
fn unfiltered_search_returns_everything_in_the_chosen_order() {
    let catalog = Catalog::bundled();
    let newest = catalog.search(&Filter::default());
    assert_eq!(newest.len(), catalog.len());
    assert!(newest
        .windows(2)
        .all(|w| w[0].first_day_key() >= w[1].first_day_key()));
    let oldest = catalog.search(&Filter {
        order: Order::OldestFirst,
        ..Filter::default()
    });
    assert!(oldest
        .windows(2)
        .all(|w| w[0].first_day_key() <= w[1].first_day_key()));
}

#[test]
fn facet_counts_ignore_their_own_selection() {
    let catalog = Catalog::bundled();
    let mut filter = Filter::default();
    filter.toggle_kind(Kind::Signature);
    let counts = catalog.query(&filter).counts;
    let all_joinings = catalog
        .search(&Filter::default())
        .iter()
        .filter(|e| e.kind == Kind::Joining)
        .count();
    assert_eq!(counts.kind(Kind::Joining), all_joinings);
    // Countries are counted among signatures only: Canada signed once.
    assert_eq!(counts.country("CA"), 1);
}

#[test]
fn country_options_put_the_story_first_then_sort_by_name() {
    let codes = ["AT", "EE", "FI", "RU", "TR", "UA", "CI"];
    assert_eq!(
        country_options(&codes, &[], false),
        ["EE", "FI", "UA", "RU", "AT", "CI", "TR"]
    );
    assert_eq!(
        country_options(&codes, &["TR"], true),
        ["EE", "FI", "UA", "RU", "TR"]
    );
}

/// The one-pass query must agree with the plain definition: a facet's counts are the
/// events matching every other filter.
#[test]
fn one_pass_query_agrees_with_the_definition() {
    use crate::query::search::filter::{Facet, SearchTerms};
    let catalog = Catalog::bundled();
    for link in [
        "",
        "?q=treaty",
        "?country=EE,FI&kind=legislation",
        "?kind=joining&from=2000&to=2010",
        "?para=4&q=withdraw",
        "?q=lodz+ban",
        "?q=estonia+notifies&kind=notification,withdrawal",
    ] {
        let filter = crate::query::parse(link).filter;
        let terms = SearchTerms::new(&filter.text);
        let result = catalog.query(&filter);
        let matching = |skip| {
            catalog
                .events
                .iter()
                .zip(&catalog.haystacks)
                .filter(|(e, h)| filter.matches_except(e, h, &terms, skip))
                .map(|(e, _)| *e)
                .collect::<Vec<_>>()
        };
        assert_eq!(result.events.len(), matching(None).len(), "{link}");
        for kind in Kind::ALL {
            let expected = matching(Some(Facet::Kind))
                .iter()
                .filter(|e| e.kind == kind)
                .count();
            assert_eq!(result.counts.kind(kind), expected, "{link} {kind:?}");
        }
        for code in catalog.country_codes() {
            let expected = matching(Some(Facet::Country))
                .iter()
                .filter(|e| e.countries.contains(code))
                .count();
            assert_eq!(result.counts.country(code), expected, "{link} {code}");
        }
    }
}

#[test]
fn groups_follow_year_boundaries() {
    let catalog = Catalog::bundled();
    let events = catalog.search(&Filter::default());
    let groups = group_by_year(&events);
    assert_eq!(
        groups.iter().map(|g| g.events.len()).sum::<usize>(),
        events.len()
    );
    assert!(groups.windows(2).all(|w| w[0].year > w[1].year));
}

#[test]
fn facts_take_20_bytes_per_event() {
    assert_eq!(std::mem::size_of::<Facts>(), 20);
}
