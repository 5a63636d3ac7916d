//! Tests of `filter`.

use super::*;

#[test]
fn the_results_part_leaves_out_the_selection_and_the_layout() {
    let mut filter = Filter {
        text: "vote".into(),
        para: Some(4),
        ..Filter::default()
    };
    let before = filter.results_part();
    filter.event = Some("join-ee");
    filter.embed = true;
    assert_eq!(filter.results_part(), before);
    filter.para = None;
    assert_ne!(filter.results_part(), before);
}
use crate::model::event_by_id;

fn hay(event: &Event) -> String {
    crate::query::catalog::haystack(event)
}

#[test]
fn facets_combine_with_and_values_with_or() {
    let estonia = event_by_id("join-ee").expect("generated joining event for Estonia");
    let mut filter = Filter::default();
    let terms = SearchTerms::new("");
    filter.countries = vec!["EE", "FI"];
    assert!(filter.matches_except(estonia, &hay(estonia), &terms, None));
    filter.kinds = vec![Kind::Signature];
    assert!(!filter.matches_except(estonia, &hay(estonia), &terms, None));
    assert!(filter.matches_except(estonia, &hay(estonia), &terms, Some(Facet::Kind)));
    filter.kinds.push(Kind::Joining);
    assert!(filter.matches_except(estonia, &hay(estonia), &terms, None));
}

#[test]
fn date_range_is_inclusive_and_respects_precision() {
    let estonia = event_by_id("join-ee").unwrap(); // 2004-05-12
    let terms = SearchTerms::new("");
    let check = |from: &str, to: &str| {
        let filter = Filter {
            from: PartialDate::parse(from).ok(),
            to: PartialDate::parse(to).ok(),
            ..Filter::default()
        };
        filter.matches_except(estonia, &hay(estonia), &terms, None)
    };
    assert!(check("2004", "2004"));
    assert!(check("2004-05", "2004-05"));
    assert!(check("2004-05-12", "2004-05-12"));
    assert!(!check("2004-05-13", "2005"));
    assert!(!check("2003", "2004-05-11"));
}

#[test]
fn typed_dates_are_checked_before_they_apply() {
    let filter = Filter::default();
    let from = filter.with_typed_date(RangeEnd::From, " 2025-06 ").unwrap();
    assert_eq!(from.from, PartialDate::parse("2025-06").ok());
    assert_eq!(
        from.with_typed_date(RangeEnd::To, "2024"),
        Err(DateInputError::Reversed)
    );
    assert!(
        from.with_typed_date(RangeEnd::To, "2025-06").is_ok(),
        "same month"
    );
    assert_eq!(
        from.with_typed_date(RangeEnd::To, "2025-02-30"),
        Err(DateInputError::NotADate)
    );
    assert_eq!(from.with_typed_date(RangeEnd::From, "").unwrap().from, None);
}

#[test]
fn search_needs_every_word() {
    let terms = SearchTerms::new("  ESTONIA   accession ");
    assert!(terms.matches("estonia deposited its instrument of accession"));
    assert!(!terms.matches("estonia deposited its instrument of ratification"));
}

#[test]
fn toggling_keeps_values_sorted_and_unique() {
    let mut filter = Filter::default();
    filter.toggle_country("LV");
    filter.toggle_country("EE");
    filter.toggle_country("FI");
    assert_eq!(filter.countries, ["EE", "FI", "LV"]);
    filter.toggle_country("FI");
    assert_eq!(filter.countries, ["EE", "LV"]);
}
