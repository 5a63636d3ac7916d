//! Rejections of events and tables that contradict each other or the Convention.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;

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
