//! The build-time validator rejects each kind of broken dataset with one exact message that
//! names the file, the line and the field. Each test breaks one thing in a small valid
//! fixture (crates/dataset/tests/fixtures/valid/) and checks the message word for word.
#![cfg(not(target_arch = "wasm32"))]

use ottawa_dataset::{load, Sources};

const EVENTS: &str = include_str!("fixtures/valid/events.toml");
const COUNTRIES: &str = include_str!("fixtures/valid/countries.csv");
const PARTIES: &str = include_str!("fixtures/valid/parties.csv");
const STATUS: &str = include_str!("fixtures/valid/parties_status.csv");
const ARTICLE: &str = include_str!("fixtures/valid/article.txt");
const NOTES: &str = include_str!("fixtures/valid/notes.toml");
const CHANGES: &str = include_str!("fixtures/valid/changes.toml");

#[derive(Clone, Copy)]
enum File {
    Events,
    Countries,
    Parties,
    Status,
    Article,
    Notes,
    Changes,
}

/// Loads the fixture with `from` replaced by `to` in one file; returns the messages.
fn errors_after(file: File, from: &str, to: &str) -> Vec<String> {
    errors_after_edits(&[(file, from, to)])
}

/// Loads the fixture with each `(file, from, to)` replacement made in turn.
fn errors_after_edits(edits: &[(File, &str, &str)]) -> Vec<String> {
    let mut texts = [EVENTS, COUNTRIES, PARTIES, STATUS, ARTICLE, NOTES, CHANGES].map(String::from);
    for (file, from, to) in edits {
        let slot = &mut texts[*file as usize];
        assert!(slot.contains(from), "fixture no longer contains {from:?}");
        *slot = slot.replacen(from, to, 1);
    }
    let sources = Sources {
        events: ("src/data/events.toml", &texts[0]),
        countries: ("src/data/countries.csv", &texts[1]),
        parties: ("src/data/parties.csv", &texts[2]),
        parties_status: ("src/data/parties_status.csv", &texts[3]),
        article: ("src/data/article.txt", &texts[4]),
        notes: ("src/data/notes.toml", &texts[5]),
        changes: ("src/data/changes.toml", &texts[6]),
    };
    match load(&sources) {
        Ok(_) => Vec::new(),
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    }
}

fn assert_rejected(file: File, from: &str, to: &str, expected: &str) {
    assert_eq!(errors_after(file, from, to), [expected]);
}

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

#[test]
fn rejects_an_unknown_joining_action() {
    assert_rejected(
        File::Parties,
        "Latvia,LV,,accession",
        "Latvia,LV,,adhesion",
        "src/data/parties.csv:3: field `action`: unknown action \"adhesion\"; expected ratification, accession, acceptance, approval or succession",
    );
}

#[test]
fn rejects_a_party_with_an_unknown_code() {
    // Both files then disagree, and each message says where.
    assert_eq!(
        errors_after(File::Parties, "Latvia,LV,", "Latvia,LX,"),
        [
            "src/data/parties.csv:3: field `iso2`: unknown country code \"LX\" (not in countries.csv)",
            "src/data/parties_status.csv:3: field `iso2`: \"LV\" has no row in src/data/parties.csv",
        ]
    );
}

#[test]
fn rejects_a_joining_before_its_signature() {
    assert_rejected(
        File::Parties,
        "Latvia,LV,,",
        "Latvia,LV,2006-01-01,",
        "src/data/parties.csv:3: field `action_date`: 2005-07-01 is before the signature 2006-01-01",
    );
}

#[test]
fn rejects_a_withdrawal_effective_before_its_notice() {
    assert_rejected(
        File::Status,
        "2025-06-27,2025-12-27",
        "2025-06-27,2025-06-01",
        "src/data/parties_status.csv:2: field `withdrawal_effect`: 2025-06-01 is not after the notification 2025-06-27",
    );
}

#[test]
fn rejects_a_duplicate_country_code() {
    assert_rejected(
        File::Countries,
        "LV,Latvia",
        "LV,Latvia\nEE,Eesti",
        "src/data/countries.csv:4: field `code`: duplicate code \"EE\"",
    );
}

#[test]
fn rejects_a_csv_file_with_another_header() {
    assert_rejected(
        File::Parties,
        "state,iso2,signature,action,action_date",
        "state,iso,signature,action,action_date",
        "src/data/parties.csv:1: field `header`: expected `state,iso2,signature,action,action_date`",
    );
}

#[test]
fn rejects_a_csv_row_with_a_missing_column() {
    // The broken row is skipped, so its state is then missing from the join as well.
    assert_eq!(
        errors_after(File::Status, "LV,2006-01-01,,,", "LV,2006-01-01,,"),
        [
            "src/data/parties_status.csv:3: field `row`: expected 5 columns, found 4",
            "src/data/parties.csv:3: field `iso2`: \"LV\" has no row in src/data/parties_status.csv",
        ]
    );
}

#[test]
fn accepts_a_quoted_csv_name_with_a_comma() {
    let errors = errors_after(File::Countries, "LV,Latvia", "LV,\"Latvia, Republic of\"");
    assert!(errors.is_empty(), "{errors:?}");
}

#[test]
fn rejects_an_article_with_a_missing_paragraph() {
    assert_rejected(
        File::Article,
        "Paragraph 10.\n",
        "",
        "src/data/article.txt:1: field `paragraphs`: expected a headline and 10 paragraphs, found 9 paragraphs",
    );
}

#[test]
fn reports_every_problem_not_just_the_first() {
    let broken = errors_after(
        File::Events,
        "date = \"2025-06-27\"\nkind = \"notification\"",
        "date = \"2025-13\"\nkind = \"x\"",
    );
    assert_eq!(broken.len(), 2, "{broken:?}");
}

#[test]
fn rejects_a_country_listed_twice() {
    assert_rejected(
        File::Events,
        "countries = [\"EE\"]",
        "countries = [\"EE\", \"EE\"]",
        "src/data/events.toml:5: field `countries`: \"EE\" is listed twice",
    );
}

#[test]
fn rejects_a_paragraph_listed_twice() {
    assert_rejected(
        File::Events,
        "paragraphs = [4]",
        "paragraphs = [4, 4]",
        "src/data/events.toml:8: field `paragraphs`: paragraph 4 is listed twice",
    );
}

#[test]
fn rejects_an_empty_dispute_note() {
    assert_rejected(
        File::Events,
        "paragraphs = [4]\n",
        "paragraphs = [4]\n[[event.disputes]]\nnote = \" \"\n",
        "src/data/events.toml:10: field `disputes.note`: must not be empty",
    );
}

#[test]
fn rejects_a_control_character_in_a_text() {
    // Pasted text can carry them invisibly; the generated columns separate fields with U+001F.
    assert_rejected(
        File::Events,
        "summary = \"Estonia deposits its instrument of withdrawal.\"",
        "summary = \"Estonia deposits\\u001F its instrument of withdrawal.\"",
        "src/data/events.toml:7: field `summary`: contains the control character U+001F",
    );
    assert_rejected(
        File::Events,
        "title = \"Urgent call to strengthen landmine ban\"",
        "title = \"Urgent call\\tto strengthen landmine ban\"",
        "src/data/events.toml:11: field `sources.title`: contains the control character U+0009",
    );
    // A rejected country is left out, so the parties table's row for it is reported too.
    assert_eq!(
        errors_after(File::Countries, "LV,Latvia", "LV,Lat\u{1f}via"),
        [
            "src/data/countries.csv:3: field `name`: contains the control character U+001F",
            "src/data/parties.csv:3: field `iso2`: unknown country code \"LV\" (not in countries.csv)",
        ]
    );
}

#[test]
fn rejects_a_duplicate_status_row() {
    assert_rejected(
        File::Status,
        "LV,2006-01-01,,,\n",
        "LV,2006-01-01,,,\nLV,2006-01-01,,,\n",
        "src/data/parties_status.csv:4: field `iso2`: duplicate state \"LV\"",
    );
}

#[test]
fn rejects_a_status_row_for_a_state_that_never_joined() {
    assert_rejected(
        File::Status,
        "LV,2006-01-01,,,\n",
        "LV,2006-01-01,,,\nEE2,2006-01-01,,,\n",
        "src/data/parties_status.csv:4: field `iso2`: \"EE2\" has no row in src/data/parties.csv",
    );
}

#[test]
fn rejects_a_party_without_a_status_row() {
    assert_rejected(
        File::Status,
        "LV,2006-01-01,,,\n",
        "",
        "src/data/parties.csv:3: field `iso2`: \"LV\" has no row in src/data/parties_status.csv",
    );
}

// Dates each kind allows, and agreement with the parties tables.

/// The Nairobi conference turned into another kind of event, for the rules about kinds.
const NAIROBI_KIND: &str = "kind = \"treaty\"\ncountries = []";

#[test]
fn rejects_an_event_before_the_ottawa_process() {
    assert_rejected(
        File::Events,
        "date = \"2004-11-29\"",
        "date = \"1995-05-01\"",
        "src/data/events.toml:16: field `date`: 1995-05-01 is before 1996-10, when the Ottawa Process was launched",
    );
}

#[test]
fn rejects_an_event_after_the_datasets_as_of_date() {
    assert_eq!(
        errors_after_edits(&[
            (File::Events, "date = \"2004-11-29\"", "date = \"2026-12-03\""),
            (File::Events, "end = \"2004-12-03\"", "end = \"2026-12-05\""),
        ]),
        [
            "src/data/events.toml:16: field `date`: 2026-12-03 is after 2026-12-02, the dataset's as_of date (changes.toml)",
            "src/data/events.toml:17: field `end`: 2026-12-05 is after 2026-12-02, the dataset's as_of date (changes.toml)",
        ]
    );
}

#[test]
fn accepts_an_event_after_the_un_status_date_up_to_as_of() {
    assert_eq!(
        errors_after_edits(&[
            (
                File::Events,
                "date = \"2004-11-29\"",
                "date = \"2026-03-02\""
            ),
            (File::Events, "end = \"2004-12-03\"", "end = \"2026-12-02\""),
        ]),
        Vec::<String>::new()
    );
}

#[test]
fn rejects_a_signature_event_outside_article_15() {
    assert_rejected(
        File::Events,
        NAIROBI_KIND,
        "kind = \"signature\"\ncountries = []",
        "src/data/events.toml:16: field `date`: 2004-11-29 is outside 1997-12-03 to 1999-03-01, when the Convention was open for signature (Article 15)",
    );
}

#[test]
fn rejects_a_joining_event_before_the_convention_opened() {
    assert_eq!(
        errors_after_edits(&[
            (File::Events, NAIROBI_KIND, "kind = \"joining\"\ncountries = [\"LV\"]"),
            (File::Events, "date = \"2004-11-29\"", "date = \"1997-11-30\""),
        ]),
        ["src/data/events.toml:16: field `date`: 1997-11-30 is before 1997-12-03, when the Convention opened for signature (Article 15): no instrument could be deposited earlier"]
    );
}

#[test]
fn rejects_a_joining_event_that_names_no_state() {
    assert_rejected(
        File::Events,
        NAIROBI_KIND,
        "kind = \"joining\"\ncountries = []",
        "src/data/events.toml:19: field `countries`: a joining event must name its state",
    );
}

#[test]
fn rejects_a_joining_event_for_a_state_not_in_the_parties_table() {
    assert_eq!(
        errors_after_edits(&[
            (File::Countries, "LV,Latvia", "LV,Latvia\nRU,Russia"),
            (
                File::Events,
                NAIROBI_KIND,
                "kind = \"joining\"\ncountries = [\"RU\"]"
            ),
        ]),
        ["src/data/events.toml:19: field `countries`: \"RU\" has no row in src/data/parties.csv"]
    );
}

#[test]
fn rejects_a_joining_event_on_another_day_than_the_deposit() {
    assert_rejected(
        File::Events,
        NAIROBI_KIND,
        "kind = \"joining\"\ncountries = [\"LV\"]",
        "src/data/events.toml:16: field `date`: 2004-11-29 is not \"LV\"'s deposit date in src/data/parties.csv, 2005-07-01",
    );
}

#[test]
fn accepts_a_joining_event_known_to_the_month_of_the_deposit() {
    let errors = errors_after_edits(&[
        (
            File::Events,
            NAIROBI_KIND,
            "kind = \"joining\"\ncountries = [\"LV\"]",
        ),
        (File::Events, "date = \"2004-11-29\"", "date = \"2005-07\""),
        (File::Events, "end = \"2004-12-03\"\n", ""),
    ]);
    assert_eq!(errors, Vec::<String>::new());
}

#[test]
fn rejects_a_signature_event_on_another_day_than_the_table() {
    assert_eq!(
        errors_after_edits(&[
            (File::Parties, "Latvia,LV,,accession", "Latvia,LV,1997-12-03,ratification"),
            (File::Events, NAIROBI_KIND, "kind = \"signature\"\ncountries = [\"LV\"]"),
            (File::Events, "date = \"2004-11-29\"", "date = \"1997-12-04\""),
        ]),
        ["src/data/events.toml:16: field `date`: 1997-12-04 is not \"LV\"'s signature date in src/data/parties.csv, 1997-12-03"]
    );
}

#[test]
fn rejects_a_signature_event_for_a_state_that_acceded() {
    assert_eq!(
        errors_after_edits(&[
            (File::Events, NAIROBI_KIND, "kind = \"signature\"\ncountries = [\"EE\"]"),
            (File::Events, "date = \"2004-11-29\"", "date = \"1997-12-04\""),
        ]),
        ["src/data/events.toml:19: field `countries`: \"EE\" has no signature in src/data/parties.csv"]
    );
}

#[test]
fn rejects_a_withdrawal_without_a_notification_event() {
    assert_rejected(
        File::Events,
        "kind = \"notification\"",
        "kind = \"announcement\"",
        "src/data/events.toml:32: field `countries`: \"EE\" has no notification event, and a withdrawal takes effect only six months after its notice (Article 20(3))",
    );
}

#[test]
fn rejects_a_withdrawal_less_than_six_months_after_its_notification_event() {
    assert_rejected(
        File::Events,
        "date = \"2025-06-27\"",
        "date = \"2025-06-28\"",
        "src/data/events.toml:30: field `date`: 2025-12-27 is less than six months after \"EE\"'s notification on 2025-06-28 (Article 20(3))",
    );
}

#[test]
fn rejects_a_withdrawal_event_on_another_day_than_the_table() {
    assert_rejected(
        File::Events,
        "date = \"2025-12-27\"",
        "date = \"2026-01-15\"",
        "src/data/events.toml:30: field `date`: 2026-01-15 is not \"EE\"'s withdrawal date in src/data/parties_status.csv, 2025-12-27",
    );
}

#[test]
fn rejects_a_withdrawal_event_the_table_does_not_record() {
    assert_rejected(
        File::Status,
        "EE,2004-11-01,2025-06-27,2025-12-27,C.N.360.2025.TREATIES-XXVI-5 of 3 July 2025",
        "EE,2004-11-01,,,",
        "src/data/events.toml:32: field `countries`: \"EE\" has no withdrawal in src/data/parties_status.csv",
    );
}

#[test]
fn rejects_a_notification_event_before_the_state_joined() {
    assert_rejected(
        File::Events,
        "date = \"2025-06-27\"",
        "date = \"2004-05-01\"",
        "src/data/events.toml:3: field `date`: 2004-05-01 is before \"EE\" deposited its instrument on 2004-05-12; notice of withdrawal is given by a State Party (Article 20(2))",
    );
}

#[test]
fn rejects_a_signature_outside_article_15_in_the_parties_table() {
    assert_rejected(
        File::Parties,
        "Latvia,LV,,accession",
        "Latvia,LV,1999-03-02,ratification",
        "src/data/parties.csv:3: field `signature`: 1999-03-02 is outside 1997-12-03 to 1999-03-01, when the Convention was open for signature (Article 15)",
    );
}

#[test]
fn rejects_a_deposit_before_the_convention_opened() {
    assert_rejected(
        File::Parties,
        "Latvia,LV,,accession,2005-07-01",
        "Latvia,LV,,accession,1997-11-30",
        "src/data/parties.csv:3: field `action_date`: 1997-11-30 is before 1997-12-03, when the Convention opened for signature (Article 15): no instrument could be deposited earlier",
    );
}

#[test]
fn rejects_a_deposit_after_the_status_date() {
    assert_rejected(
        File::Parties,
        "Latvia,LV,,accession,2005-07-01",
        "Latvia,LV,,accession,2026-03-02",
        "src/data/parties.csv:3: field `action_date`: 2026-03-02 is after 2026-02-03, the status date of the UN Treaty Collection table the dataset follows",
    );
}

#[test]
fn rejects_an_entry_into_force_against_article_17_2() {
    assert_rejected(
        File::Status,
        "LV,2006-01-01",
        "LV,2006-02-01",
        "src/data/parties_status.csv:3: field `entry_into_force`: 2006-02-01 is not 2006-01-01, the first day of the sixth month after the deposit on 2005-07-01 (Article 17(2))",
    );
}

#[test]
fn rejects_an_entry_into_force_against_article_17_1() {
    assert_rejected(
        File::Parties,
        "Latvia,LV,,accession,2005-07-01",
        "Latvia,LV,,accession,1998-05-01",
        "src/data/parties_status.csv:3: field `entry_into_force`: 2006-01-01 is not 1999-03-01: the deposit on 1998-05-01 came by the 40th, on 1998-09-16, so it took effect with the Convention (Article 17(1))",
    );
}

#[test]
fn rejects_a_withdrawal_effect_not_six_months_after_the_notification() {
    assert_rejected(
        File::Status,
        "2025-06-27,2025-12-27",
        "2025-06-27,2025-12-28",
        "src/data/parties_status.csv:2: field `withdrawal_effect`: 2025-12-28 is not 2025-12-27, six months after the notification on 2025-06-27 (Article 20(3))",
    );
    // No 31 February: the treaty does not say which day ends the period, so both are allowed.
    assert_rejected(
        File::Status,
        "2025-06-27,2025-12-27",
        "2025-08-31,2026-03-02",
        "src/data/parties_status.csv:2: field `withdrawal_effect`: 2026-03-02 is not 2026-02-28 or 2026-03-01, six months after the notification on 2025-08-31 (Article 20(3))",
    );
}

#[test]
fn rejects_a_withdrawal_notified_before_the_deposit() {
    assert_rejected(
        File::Status,
        "EE,2004-11-01,2025-06-27,2025-12-27",
        "EE,2004-11-01,2004-05-01,2004-11-01",
        "src/data/parties_status.csv:2: field `withdrawal_notification`: 2004-05-01 is before the deposit on 2004-05-12 in src/data/parties.csv; only a State Party can withdraw (Article 20(2))",
    );
}

#[test]
fn rejects_a_withdrawal_notified_after_the_status_date() {
    assert_rejected(
        File::Status,
        "2025-06-27,2025-12-27",
        "2026-03-02,2026-09-02",
        "src/data/parties_status.csv:2: field `withdrawal_notification`: 2026-03-02 is after 2026-02-03, the status date of the UN Treaty Collection table the dataset follows",
    );
}

#[test]
fn rejects_a_withdrawal_effect_without_its_notification() {
    assert_rejected(
        File::Status,
        "2025-06-27,2025-12-27",
        ",2025-12-27",
        "src/data/parties_status.csv:2: field `withdrawal_notification`: missing for the withdrawal effective 2025-12-27: a withdrawal takes effect six months after its notification (Article 20(3))",
    );
}

/// The map (a copy of the real one): it loads; each kind of damage is named with its line and field.
mod map_file {
    use std::collections::HashSet;

    use ottawa_dataset::map::{parse, MapRole};

    const MAP: &str = include_str!("fixtures/valid/map.tsv");
    const CODES: [&str; 22] = [
        "EE", "LV", "LT", "FI", "PL", "UA", "RU", "BY", "SE", "NO", "DE", "DK", "CZ", "SK", "HU",
        "RO", "MD", "AT", "SI", "HR", "BA", "RS",
    ];

    fn errors_in(text: &str) -> Vec<String> {
        let known: HashSet<&str> = CODES.into_iter().collect();
        let mut errors = Vec::new();
        parse(("map.tsv", text), &known, &mut errors);
        errors.iter().map(ToString::to_string).collect()
    }

    /// The map with the line starting `prefix` replaced by `line`, and that line's number.
    fn with_line(prefix: &str, line: &str) -> (String, usize) {
        let number = MAP
            .lines()
            .position(|l| l.starts_with(prefix))
            .expect(prefix)
            + 1;
        let text = MAP
            .lines()
            .enumerate()
            .map(|(i, l)| if i + 1 == number { line } else { l })
            .collect::<Vec<_>>()
            .join("\n");
        (text, number)
    }

    #[test]
    fn the_map_loads_with_the_story_states() {
        let known: HashSet<&str> = CODES.into_iter().collect();
        let mut errors = Vec::new();
        let map = parse(("map.tsv", MAP), &known, &mut errors);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(map.shapes.len(), 22);
        let focus: Vec<&str> = map
            .shapes
            .iter()
            .filter(|s| s.role == MapRole::Focus)
            .map(|s| s.code.as_str())
            .collect();
        assert_eq!(focus, ["EE", "LV", "LT", "FI", "PL", "UA"]);
    }

    #[test]
    fn each_kind_of_damage_is_reported() {
        let cases = [
            ("EE\t", "EE\tfocus\t180,244", "field `line`: expected 4 tab-separated fields (code, role, label x,y, path), found 3"),
            ("EE\t", "XX\tfocus\t180,244\tM1 1l1 1z", "field `code`: unknown country code \"XX\" (not in countries.csv)"),
            ("LV\t", "EE\tfocus\t180,244\tM1 1l1 1z", "field `code`: EE is drawn twice"),
            ("EE\t", "EE\tbystander\t180,244\tM1 1l1 1z", "field `role`: expected focus, neighbour or context, found \"bystander\""),
            ("EE\t", "EE\tfocus\t180;244\tM1 1l1 1z", "field `label`: expected x,y in whole units, found \"180;244\""),
            ("EE\t", "EE\tfocus\t180,244\tM1 1<script>", "field `path`: unexpected character '<' in the SVG path"),
            ("EE\t", "EE\tfocus\t180,244\tl1 1z", "field `path`: an SVG path must start with M"),
            ("viewBox", "viewBox\t0 0 400", "field `viewBox`: expected `viewBox<TAB>0 0 WIDTH HEIGHT`, found \"viewBox\\t0 0 400\""),
        ];
        for (prefix, line, expected) in cases {
            let (text, number) = with_line(prefix, line);
            let errors = errors_in(&text);
            let wanted = format!("map.tsv:{number}: {expected}");
            // A broken viewBox also leaves the map without one.
            assert_eq!(errors.first(), Some(&wanted), "{line}");
        }
        let (text, _) = with_line("EE\t", "EE\tfocus\t900,244\tM1 1l1 1z");
        assert_eq!(
            errors_in(&text),
            ["map.tsv:0: field `label`: EE's label lies outside the viewBox"]
        );
    }
}

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
