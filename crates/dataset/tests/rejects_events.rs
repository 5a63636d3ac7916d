//! Rejections of a broken event in events.toml, each with its exact message.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use ottawa_dataset::{load, Sources};

#[test]
fn the_valid_fixture_loads_with_its_parties_and_their_disputes() {
    let sources = Sources {
        events: ("events.toml", EVENTS),
        countries: ("countries.csv", COUNTRIES),
        parties: ("parties.csv", PARTIES),
        parties_status: ("parties_status.csv", STATUS),
        article: ("article.txt", ARTICLE),
        notes: ("notes.toml", NOTES),
        changes: ("changes.toml", CHANGES),
    };
    let data = load(&sources).expect("valid fixture");
    let ids: Vec<&str> = data.events.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "2004-11-29-nairobi-review-conference",
            "2025-06-27-estonia-notifies-un",
            "2025-12-27-estonia-withdrawal-takes-effect"
        ],
        "curated events, by date"
    );
    let estonia = &data.parties[0];
    assert_eq!(estonia.joining_id(), "join-ee");
    assert_eq!(estonia.joining_disputes, ["A fixture dispute."]);
    assert_eq!(
        estonia.withdrawal_effect.map(|d| d.iso()).as_deref(),
        Some("2025-12-27")
    );
    assert_eq!(
        estonia.depositary_notification.as_deref(),
        Some("C.N.360.2025.TREATIES-XXVI-5 of 3 July 2025")
    );
    assert_eq!(data.paragraphs.len(), 10);
    assert_eq!(
        data.aliases,
        [(
            "2025-07-03-un-circulates-estonia-withdrawal-notice".to_string(),
            "2025-06-27-estonia-notifies-un".to_string()
        )]
    );
    let note = &data.notes[0];
    assert_eq!(
        (note.paragraph, note.start, note.phrase.as_str()),
        (2, 0, "Paragraph 2")
    );
    assert_eq!(data.dates.as_of.iso(), "2026-12-02");
    assert_eq!(data.dates.un_status_as_at.iso(), "2026-02-03");
    assert_eq!(data.changes.len(), 2);
    assert_eq!(data.changes[0].events, ["2025-06-27-estonia-notifies-un"]);
}

#[test]
fn rejects_an_impossible_date() {
    assert_rejected(
        File::Events,
        "date = \"2025-06-27\"",
        "date = \"2025-02-30\"",
        "src/data/events.toml:3: field `date`: \"2025-02-30\": no such day on the calendar",
    );
}

#[test]
fn rejects_a_malformed_date() {
    assert_rejected(
        File::Events,
        "date = \"2025-06-27\"",
        "date = \"27/06/2025\"",
        "src/data/events.toml:3: field `date`: \"27/06/2025\": expected YYYY, YYYY-MM or YYYY-MM-DD",
    );
}

#[test]
fn rejects_an_end_before_the_start() {
    assert_rejected(
        File::Events,
        "end = \"2004-12-03\"",
        "end = \"2004-11-01\"",
        "src/data/events.toml:17: field `end`: 2004-11-01 is before the start date 2004-11-29",
    );
}

#[test]
fn rejects_an_unknown_kind() {
    assert_rejected(
        File::Events,
        "kind = \"notification\"",
        "kind = \"notice\"",
        "src/data/events.toml:4: field `kind`: unknown kind \"notice\"; expected one of treaty, signature, joining, announcement, legislation, notification, withdrawal, conflict, report, reaction",
    );
}

#[test]
fn rejects_an_unknown_country_code() {
    assert_rejected(
        File::Events,
        "countries = [\"EE\"]",
        "countries = [\"EE\", \"XX\"]",
        "src/data/events.toml:5: field `countries`: unknown country code \"XX\" (not in countries.csv)",
    );
}

#[test]
fn rejects_a_duplicate_id() {
    assert_rejected(
        File::Events,
        "id = \"2004-11-29-nairobi-review-conference\"",
        "id = \"2025-06-27-estonia-notifies-un\"",
        "src/data/events.toml:14: field `id`: duplicate id \"2025-06-27-estonia-notifies-un\", already used by line 1",
    );
}

#[test]
fn rejects_an_id_that_collides_with_a_generated_event() {
    assert_rejected(
        File::Events,
        "id = \"2004-11-29-nairobi-review-conference\"",
        "id = \"join-lv\"",
        "src/data/events.toml:14: field `id`: duplicate id \"join-lv\", already used by a generated signature or joining event",
    );
}

#[test]
fn rejects_an_id_that_is_not_a_slug() {
    assert_rejected(
        File::Events,
        "id = \"2004-11-29-nairobi-review-conference\"",
        "id = \"Nairobi Review\"",
        "src/data/events.toml:15: field `id`: \"Nairobi Review\" must be a slug of lowercase letters, digits and single hyphens",
    );
}

#[test]
fn rejects_an_event_without_sources() {
    assert_rejected(
        File::Events,
        "[[event.sources]]\npublisher = \"ISS\"\ntitle = \"African Security Review\"\nurl = \"https://journals.co.za/content/isfocus/3/1/EJC48307\"\n",
        "",
        "src/data/events.toml:15: field `sources`: event \"2004-11-29-nairobi-review-conference\" has no sources",
    );
}

#[test]
fn rejects_a_non_https_url() {
    assert_rejected(
        File::Events,
        "https://journals.co.za",
        "http://journals.co.za",
        "src/data/events.toml:26: field `sources.url`: \"http://journals.co.za/content/isfocus/3/1/EJC48307\" is not an https:// URL",
    );
}

#[test]
fn rejects_a_paragraph_outside_the_article() {
    assert_rejected(
        File::Events,
        "paragraphs = [4]",
        "paragraphs = [4, 11]",
        "src/data/events.toml:8: field `paragraphs`: paragraph 11 is outside 1–10",
    );
    assert_rejected(
        File::Events,
        "paragraphs = [4]",
        "paragraphs = [0]",
        "src/data/events.toml:8: field `paragraphs`: paragraph 0 is outside 1–10",
    );
}

#[test]
fn rejects_a_state_aligned_outlet_as_the_only_source() {
    assert_rejected(
        File::Events,
        "publisher = \"Mirage News\"\ntitle = \"Urgent call to strengthen landmine ban\"\nurl = \"https://www.miragenews.com/urgent-call-strengthen-landmine-ban-1580664\"",
        "publisher = \"Tass\"\ntitle = \"Estonia quits\"\nurl = \"https://tass.com/world/1989815\"",
        "src/data/events.toml:2: field `sources`: event \"2025-06-27-estonia-notifies-un\" cites only state-aligned outlets (Tass); add an independent source",
    );
}

#[test]
fn rejects_a_misspelt_field() {
    assert_rejected(
        File::Events,
        "summary = \"States parties review the treaty.\"",
        "summery = \"States parties review the treaty.\"",
        "src/data/events.toml:21: field `summery`: unknown field `summery`, expected one of `id`, `date`, `end`, `kind`, `countries`, `title`, `summary`, `paragraphs`, `sources`, `disputes`",
    );
}

#[test]
fn rejects_a_missing_field() {
    assert_rejected(
        File::Events,
        "title = \"First Review Conference in Nairobi\"\n",
        "",
        "src/data/events.toml:14: field `title`: missing field `title`",
    );
}

#[test]
fn rejects_a_dispute_about_an_unknown_event() {
    assert_rejected(
        File::Events,
        "event = \"join-ee\"",
        "event = \"join-fi\"",
        "src/data/events.toml:42: field `party_dispute.event`: no event has the id \"join-fi\"",
    );
}
