//! Rejections of broken tables (parties, status, countries) and article text.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;

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
