//! Tests of `model`.

use super::*;

#[test]
fn labels_show_spans_and_country_names() {
    let nairobi = events()
        .iter()
        .find(|e| e.title.contains("First Review Conference"))
        .unwrap();
    assert_eq!(nairobi.date_label(), "29 November 2004 – 3 December 2004");
    let estonia = event_by_id("join-ee").unwrap();
    assert_eq!(estonia.date_label(), "12 May 2004");
    assert_eq!(estonia.country_names(), "Estonia");
}

#[test]
fn a_merged_events_old_id_opens_the_event_that_absorbed_it() {
    let merged = "2025-07-03-un-circulates-estonia-withdrawal-notice";
    assert_eq!(alias_target(merged), Some("2025-06-27-estonia-notifies-un"));
    assert_eq!(
        event_by_id(merged).map(|e| e.id),
        Some("2025-06-27-estonia-notifies-un")
    );
    assert!(events().iter().all(|e| alias_target(e.id).is_none()));
    assert_eq!(alias_target("join-ee"), None);
}

#[test]
fn each_note_marks_its_phrase_inside_its_paragraph() {
    let on_two: Vec<EditorNote> = notes_on(2).collect();
    let text = PARAGRAPHS[1];
    let phrases: Vec<&str> = on_two
        .iter()
        .map(|n| &text[n.phrase_start..n.phrase_end])
        .collect();
    assert!(phrases.contains(&"By 2024, 166 states had acceded to the convention"));
    assert!(on_two.iter().all(|n| n.sources().count() > 0));
}

#[test]
fn the_dataset_is_dated_and_its_changelog_newest_first() {
    assert!(as_of().key() >= un_status_as_at().key());
    let dates: Vec<DayKey> = changes().map(|c| c.date.key()).collect();
    assert!(dates.windows(2).all(|w| w[0] >= w[1]) && !dates.is_empty());
    assert!(events()
        .iter()
        .all(|e| e.kind == Kind::Withdrawal || e.first_day_key() <= DayKey::from_raw(AS_OF)));
}

#[test]
fn every_paragraph_counts_its_events() {
    let total: usize = (1..=10).map(events_explaining).sum();
    let links: usize = events().iter().map(|e| e.paragraphs.len()).sum();
    assert_eq!(total, links);
    assert_eq!(events_explaining(11), 0);
}
