//! `changes.toml`: the dataset's date and its changelog.
//!
//! `as_of` is the one "data as of" date: the day the dataset was last checked against its
//! sources. The app uses it wherever it speaks of today (the count of States Parties, the
//! map's standing), and no event may be dated after it. `un_status_as_at` is the date of the
//! UN Treaty Collection status page that the parties tables copy.

use serde::Deserialize;
use toml::Spanned;

use super::{DataError, Locator};
use ottawa_core::date::{PartialDate, Precision};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawChangesFile {
    as_of: Spanned<String>,
    un_status_as_at: Spanned<String>,
    #[serde(default)]
    change: Vec<Spanned<RawChange>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawChange {
    date: Spanned<String>,
    summary: Spanned<String>,
    #[serde(default)]
    events: Vec<Spanned<String>>,
}

/// The two dates every other check is bounded by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DatasetDates {
    pub as_of: PartialDate,
    pub un_status_as_at: PartialDate,
}

/// One entry of the changelog, newest first in the file and in the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChangeRecord {
    pub date: PartialDate,
    pub summary: String,
    /// The events it concerns, by their current ids.
    pub events: Vec<String>,
}

/// A change's event id and where it is, checked once every event id is known.
pub(super) struct EventReference {
    pub id: String,
    pub line: usize,
}

pub(super) struct Parsed {
    /// `None` when either date is unreadable: the checks bounded by it are skipped.
    pub dates: Option<DatasetDates>,
    pub changes: Vec<ChangeRecord>,
    pub references: Vec<EventReference>,
}

pub(super) fn parse(file: (&str, &str), errors: &mut Vec<DataError>) -> Parsed {
    let locator = Locator::new(file.0, file.1);
    let mut parsed = Parsed {
        dates: None,
        changes: Vec::new(),
        references: Vec::new(),
    };
    let raw: RawChangesFile = match toml::from_str(file.1) {
        Ok(raw) => raw,
        Err(error) => {
            errors.push(locator.toml_error(&error));
            return parsed;
        }
    };
    let as_of = day_date(&raw.as_of, "as_of", &locator, errors);
    let un_status_as_at = day_date(&raw.un_status_as_at, "un_status_as_at", &locator, errors);
    if let (Some(as_of), Some(un_status)) = (as_of, un_status_as_at) {
        if un_status.key() > as_of.key() {
            errors.push(locator.error(
                &raw.un_status_as_at,
                "un_status_as_at",
                format!(
                    "{} is after as_of {}: the dataset cannot follow a page from its future",
                    un_status.iso(),
                    as_of.iso()
                ),
            ));
        }
        parsed.dates = Some(DatasetDates {
            as_of,
            un_status_as_at: un_status,
        });
    }
    let mut previous: Option<PartialDate> = None;
    for change in raw.change {
        let change = change.into_inner();
        let Some(date) = day_date(&change.date, "change.date", &locator, errors) else {
            continue;
        };
        if let Some(as_of) = as_of.filter(|as_of| date.key() > as_of.key()) {
            errors.push(locator.error(
                &change.date,
                "change.date",
                format!("{} is after as_of {}", date.iso(), as_of.iso()),
            ));
        }
        if let Some(newer) = previous.filter(|newer| date.key() > newer.key()) {
            errors.push(locator.error(
                &change.date,
                "change.date",
                format!(
                    "{} is newer than the entry above it ({}); list changes newest first",
                    date.iso(),
                    newer.iso()
                ),
            ));
        }
        previous = Some(date);
        if let Some(problem) = super::text_problem(change.summary.get_ref()) {
            errors.push(locator.error(&change.summary, "change.summary", problem));
        }
        for id in &change.events {
            parsed.references.push(EventReference {
                id: id.get_ref().clone(),
                line: locator.line_of(id.span().start),
            });
        }
        parsed.changes.push(ChangeRecord {
            date,
            summary: change.summary.get_ref().trim().to_string(),
            events: change
                .events
                .iter()
                .map(|id| id.get_ref().clone())
                .collect(),
        });
    }
    parsed
}

/// A date that must be known to the day, since "today" and a change happen on a day.
fn day_date(
    raw: &Spanned<String>,
    field: &str,
    locator: &Locator,
    errors: &mut Vec<DataError>,
) -> Option<PartialDate> {
    match PartialDate::parse(raw.get_ref()) {
        Ok(date) if date.precision() == Precision::Day => Some(date),
        Ok(_) => {
            errors.push(locator.error(
                raw,
                field,
                format!("\"{}\" must be a day, YYYY-MM-DD", raw.get_ref()),
            ));
            None
        }
        Err(error) => {
            errors.push(locator.error(raw, field, format!("\"{}\": {error}", raw.get_ref())));
            None
        }
    }
}
