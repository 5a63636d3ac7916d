//! The UN Treaty Collection's table of States Parties (`parties.csv`, `parties_status.csv`).
//!
//! Each state yields a joining event (`join-xx`) and, if it signed, a signature event
//! (`sign-xx`). Their text is composed in the app from these few fields, which costs far
//! fewer bytes than shipping 299 written-out summaries.

use std::collections::{HashMap, HashSet};

use serde::Deserialize;

use super::{after_status_date, before, table, treaty, DataError, Locator};
use ottawa_core::action::Action;
use ottawa_core::date::{PartialDate, Precision};

mod status;
use status::*;

/// A State Party as the two tables give it, with the text it owns.
pub type Party = ottawa_core::Party<String>;

const PARTIES_HEADER: [&str; 5] = ["state", "iso2", "signature", "action", "action_date"];
const STATUS_HEADER: [&str; 5] = [
    "iso2",
    "entry_into_force",
    "withdrawal_notification",
    "withdrawal_effect",
    "depositary_notification",
];

/// A row of parties.csv. `state` is the UN's own name, kept for people reading the file; the
/// app names states from countries.csv.
#[derive(Deserialize)]
struct PartyRow {
    #[allow(dead_code)]
    state: String,
    iso2: String,
    signature: String,
    action: String,
    action_date: String,
}

/// A row of parties_status.csv.
#[derive(Deserialize)]
struct StatusCells {
    iso2: String,
    entry_into_force: String,
    withdrawal_notification: String,
    withdrawal_effect: String,
    depositary_notification: String,
}

fn date_cell(
    locator: &Locator,
    line_no: usize,
    field: &str,
    cell: &str,
    errors: &mut Vec<DataError>,
) -> Option<PartialDate> {
    match PartialDate::parse(cell) {
        Ok(date) => Some(date),
        Err(error) => {
            errors.push(locator.error_at_line(line_no, field, format!("\"{cell}\": {error}")));
            None
        }
    }
}

fn optional_date_cell(
    locator: &Locator,
    line_no: usize,
    field: &str,
    cell: &str,
    errors: &mut Vec<DataError>,
) -> Option<Option<PartialDate>> {
    if cell.is_empty() {
        Some(None)
    } else {
        date_cell(locator, line_no, field, cell, errors).map(Some)
    }
}

/// Reads both tables and joins them by ISO code.
pub fn parse(
    parties_file: (&str, &str),
    status_file: (&str, &str),
    known_codes: &HashSet<&str>,
    un_status: Option<PartialDate>,
    errors: &mut Vec<DataError>,
) -> Vec<Party> {
    let status = parse_status(status_file, un_status, errors);
    let locator = Locator::new(parties_file.0, parties_file.1);
    let status_locator = Locator::new(status_file.0, status_file.1);
    let mut parties: Vec<Party> = Vec::new();
    // Every code parties.csv mentions, valid or not, so a bad row is reported once.
    let mut listed: HashSet<String> = HashSet::new();
    for (line_no, row) in table::rows::<PartyRow>(parties_file, &PARTIES_HEADER, errors) {
        let code = row.iso2.as_str();
        listed.insert(row.iso2.clone());
        if !known_codes.contains(code) {
            errors.push(locator.error_at_line(
                line_no,
                "iso2",
                format!("unknown country code \"{code}\" (not in countries.csv)"),
            ));
            continue;
        }
        if parties.iter().any(|p| p.code == code) {
            errors.push(locator.error_at_line(
                line_no,
                "iso2",
                format!("duplicate state \"{code}\""),
            ));
            continue;
        }
        let signature = optional_date_cell(&locator, line_no, "signature", &row.signature, errors);
        let action = Action::parse(&row.action);
        if action.is_none() {
            errors.push(locator.error_at_line(
                line_no,
                "action",
                format!(
                    "unknown action \"{}\"; expected ratification, accession, acceptance, approval or succession",
                    row.action
                ),
            ));
        }
        let deposit = date_cell(&locator, line_no, "action_date", &row.action_date, errors);
        if let (Some(Some(signed)), Some(deposited)) = (signature, deposit) {
            if deposited.first_day_key() < signed.first_day_key() {
                errors.push(locator.error_at_line(
                    line_no,
                    "action_date",
                    format!(
                        "{} is before the signature {}",
                        deposited.iso(),
                        signed.iso()
                    ),
                ));
                continue;
            }
        }
        if let Some(Some(signed)) = signature {
            if let Some(message) = super::signature_out_of_span(signed) {
                errors.push(locator.error_at_line(line_no, "signature", message));
            }
        }
        // A deposit outside its span is reported once, not again as a wrong entry into force.
        let deposit_in_span = deposit.is_some_and(|deposited| {
            let problem = un_status.and_then(|un| super::deposit_out_of_span(deposited, un));
            if let Some(message) = problem.clone() {
                errors.push(locator.error_at_line(line_no, "action_date", message));
            }
            problem.is_none()
        });
        let Some(row_status) = status.get(code) else {
            errors.push(locator.error_at_line(
                line_no,
                "iso2",
                format!("\"{code}\" has no row in {}", status_file.0),
            ));
            continue;
        };
        if let (true, Some(deposited), Some(in_force)) =
            (deposit_in_span, deposit, row_status.entry_into_force)
        {
            if let Some(message) = entry_into_force_error(deposited, in_force) {
                errors.push(status_locator.error_at_line(
                    row_status.line,
                    "entry_into_force",
                    message,
                ));
            }
        }
        if let (Some(deposited), Some(notified)) = (deposit, row_status.withdrawal_notified) {
            // Article 20(2): "Each State Party shall ... have the right to withdraw", so the
            // notice cannot come before the state's own instrument.
            if before(notified, deposited) {
                errors.push(status_locator.error_at_line(
                    row_status.line,
                    "withdrawal_notification",
                    format!(
                        "{} is before the deposit on {} in {}; only a State Party can withdraw (Article 20(2))",
                        notified.iso(),
                        deposited.iso(),
                        parties_file.0
                    ),
                ));
            }
        }
        if let (Some(signature), Some(action), Some(deposit), Some(entry_into_force)) =
            (signature, action, deposit, row_status.entry_into_force)
        {
            parties.push(Party {
                code: code.to_string(),
                signature,
                action,
                deposit,
                entry_into_force,
                withdrawal_notified: row_status.withdrawal_notified,
                withdrawal_effect: row_status.withdrawal_effect,
                depositary_notification: row_status.depositary_notification.clone(),
                signature_disputes: Vec::new(),
                joining_disputes: Vec::new(),
            });
        }
    }
    let mut orphans: Vec<(&String, &StatusRow)> = status
        .iter()
        .filter(|(code, _)| !listed.contains(code.as_str()))
        .collect();
    orphans.sort_by_key(|(_, row)| row.line);
    for (code, row) in orphans {
        errors.push(status_locator.error_at_line(
            row.line,
            "iso2",
            format!("\"{code}\" has no row in {}", parties_file.0),
        ));
    }
    parties
}
