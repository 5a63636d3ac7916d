//! Rejections of broken sources, aliases, editor's notes and changelog entries.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;

#[test]
fn rejects_state_media_by_publisher_name_even_on_another_host() {
    assert_rejected(
        File::Events,
        "publisher = \"Mirage News\"\ntitle = \"Urgent call to strengthen landmine ban\"\nurl = \"https://www.miragenews.com/urgent-call-strengthen-landmine-ban-1580664\"",
        "publisher = \"The Star (Xinhua)\"\ntitle = \"Baltic states quit\"\nurl = \"https://www.thestar.com.my/news/world/2025/06/27/baltic\"\n[[event.sources]]\npublisher = \"BelTA\"\ntitle = \"Estonia leaves\"\nurl = \"https://eng.belta.by/world/view/estonia\"",
        "src/data/events.toml:2: field `sources`: event \"2025-06-27-estonia-notifies-un\" cites only state-aligned outlets (The Star (Xinhua), BelTA); add an independent source",
    );
}

#[test]
fn rejects_an_alias_whose_id_is_still_an_event() {
    assert_rejected(
        File::Events,
        "id = \"2025-07-03-un-circulates-estonia-withdrawal-notice\"",
        "id = \"2004-11-29-nairobi-review-conference\"",
        "src/data/events.toml:46: field `alias.id`: \"2004-11-29-nairobi-review-conference\" is still an event's id; an alias keeps a merged id working",
    );
}

#[test]
fn rejects_an_alias_to_an_unknown_event() {
    assert_rejected(
        File::Events,
        "event = \"2025-06-27-estonia-notifies-un\"\n",
        "event = \"2025-06-27-estonia-notified-un\"\n",
        "src/data/events.toml:47: field `alias.event`: no event has the id \"2025-06-27-estonia-notified-un\"",
    );
}

#[test]
fn rejects_an_alias_to_another_alias() {
    assert_rejected(
        File::Events,
        "[[alias]]\n",
        "[[alias]]\nid = \"old-estonia\"\nevent = \"2025-07-03-un-circulates-estonia-withdrawal-notice\"\n\n[[alias]]\n",
        "src/data/events.toml:47: field `alias.event`: \"2025-07-03-un-circulates-estonia-withdrawal-notice\" is itself an alias; name the event it points to",
    );
}

#[test]
fn rejects_a_state_the_summary_names_but_countries_lacks() {
    assert_rejected(
        File::Events,
        "summary = \"Estonia deposits its instrument of withdrawal.\"",
        "summary = \"Estonia deposits its instrument of withdrawal, days after Latvia's.\"",
        "src/data/events.toml:7: field `countries`: the summary names Latvia but `countries` lacks \"LV\"",
    );
}

#[test]
fn rejects_a_note_whose_phrase_is_not_in_its_paragraph() {
    assert_rejected(
        File::Notes,
        "phrase = \"Paragraph 2\"",
        "phrase = \"paragraph 2\"",
        "src/data/notes.toml:3: field `phrase`: \"paragraph 2\" does not occur word for word in paragraph 2",
    );
}

#[test]
fn rejects_a_note_whose_phrase_is_ambiguous() {
    assert_rejected(
        File::Notes,
        "phrase = \"Paragraph 2\"",
        "phrase = \"ra\"",
        "src/data/notes.toml:3: field `phrase`: \"ra\" occurs 2 times in paragraph 2; quote enough to make it unique",
    );
}

#[test]
fn rejects_a_note_on_a_paragraph_the_article_lacks() {
    assert_rejected(
        File::Notes,
        "paragraph = 2",
        "paragraph = 11",
        "src/data/notes.toml:2: field `paragraph`: paragraph 11 is outside 1–10",
    );
}

#[test]
fn rejects_a_note_without_sources() {
    assert_rejected(
        File::Notes,
        "[[note.sources]]\npublisher = \"United Nations Treaty Collection\"\ntitle = \"Status of Treaties, chapter XXVI-5\"\nurl = \"https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XXVI-5&chapter=26&clang=_en\"\n",
        "",
        "src/data/notes.toml:1: field `sources`: the note on paragraph 2 has no sources",
    );
}

#[test]
fn rejects_an_as_of_date_that_is_not_a_day() {
    assert_rejected(
        File::Changes,
        "as_of = \"2026-12-02\"",
        "as_of = \"2026-12\"",
        "src/data/changes.toml:1: field `as_of`: \"2026-12\" must be a day, YYYY-MM-DD",
    );
}

#[test]
fn rejects_a_change_about_an_unknown_or_merged_event() {
    assert_eq!(
        errors_after_edits(&[(
            File::Changes,
            "events = [\"2025-06-27-estonia-notifies-un\"]",
            "events = [\"no-such-event\", \"2025-07-03-un-circulates-estonia-withdrawal-notice\"]",
        )]),
        [
            "src/data/changes.toml:7: field `change.events`: no event has the id \"no-such-event\"",
            "src/data/changes.toml:7: field `change.events`: \"2025-07-03-un-circulates-estonia-withdrawal-notice\" was merged into \"2025-06-27-estonia-notifies-un\"; name that id",
        ]
    );
}

#[test]
fn rejects_a_changelog_out_of_order() {
    assert_rejected(
        File::Changes,
        "date = \"2026-12-02\"",
        "date = \"2026-01-15\"",
        "src/data/changes.toml:10: field `change.date`: 2026-02-03 is newer than the entry above it (2026-01-15); list changes newest first",
    );
}
