//! `events.toml`: the curated events, each checked field by field.

use serde::Deserialize;
use toml::Spanned;

use super::changes::DatasetDates;
use super::parties::Party;
use super::sources::{check_sources, RawSource};
use super::{
    after, before, deposit_out_of_span, signature_out_of_span, text_problem, treaty, DataError,
    EventRecord, Locator, ARTICLE_PARAGRAPHS,
};
use ottawa_core::date::PartialDate;
use ottawa_core::kind::Kind;

mod rules;
use rules::*;

mod check;
use check::*;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEventsFile {
    #[serde(default)]
    event: Vec<Spanned<RawEvent>>,
    #[serde(default)]
    party_dispute: Vec<Spanned<RawPartyDispute>>,
    #[serde(default)]
    alias: Vec<Spanned<RawAlias>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEvent {
    id: Spanned<String>,
    date: Spanned<String>,
    end: Option<Spanned<String>>,
    kind: Spanned<String>,
    countries: Option<Spanned<Vec<Spanned<String>>>>,
    title: Spanned<String>,
    summary: Spanned<String>,
    #[serde(default)]
    paragraphs: Vec<Spanned<i64>>,
    #[serde(default)]
    sources: Vec<Spanned<RawSource>>,
    #[serde(default)]
    disputes: Vec<Spanned<RawDispute>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDispute {
    note: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawPartyDispute {
    pub event: Spanned<String>,
    pub note: Spanned<String>,
}

/// An id that was merged into another event: old links (`?event=old`) open the survivor.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawAlias {
    pub id: Spanned<String>,
    pub event: Spanned<String>,
}

/// A valid curated event and where its fields are, for checks that need other events or
/// the parties tables.
pub(super) struct Curated {
    /// The line of its `[[event]]` header.
    pub line: usize,
    pub date_line: usize,
    /// The line of `countries`, or of the header when the field is absent.
    pub countries_line: usize,
    pub event: EventRecord,
}

/// What `events.toml` yields.
pub(super) struct Parsed {
    pub events: Vec<Curated>,
    pub party_disputes: Vec<RawPartyDispute>,
    pub aliases: Vec<RawAlias>,
    /// Every event's id, valid or not: an alias or a change naming a broken event is not
    /// reported again as naming no event. `None` when the file is not readable TOML.
    pub all_ids: Option<Vec<String>>,
    /// (country, date) for every `notification` event whose kind and date are readable, even
    /// if another of its fields is wrong: a withdrawal is checked against its notice, not
    /// reported as unnotified because the notice has a bad URL. `None` when some event's kind
    /// or date is unreadable, since that event may be the notice.
    pub notices: Option<Vec<(String, PartialDate)>>,
}

pub(super) fn parse(
    file: (&str, &str),
    countries: &[(String, String)],
    dates: Option<DatasetDates>,
    errors: &mut Vec<DataError>,
) -> Parsed {
    let locator = Locator::new(file.0, file.1);
    let raw: RawEventsFile = match toml::from_str(file.1) {
        Ok(raw) => raw,
        Err(error) => {
            errors.push(locator.toml_error(&error));
            return Parsed {
                events: Vec::new(),
                party_disputes: Vec::new(),
                aliases: Vec::new(),
                all_ids: None,
                notices: None,
            };
        }
    };
    let mut notices = Some(Vec::new());
    for raw_event in &raw.event {
        let raw_event = raw_event.get_ref();
        let kind = Kind::from_slug(raw_event.kind.get_ref());
        let date = PartialDate::parse(raw_event.date.get_ref());
        match (kind, date, notices.as_mut()) {
            (Some(Kind::Notification), Ok(date), Some(notices)) => notices.extend(
                raw_event
                    .countries
                    .iter()
                    .flat_map(|codes| codes.get_ref())
                    .map(|code| (code.get_ref().clone(), date)),
            ),
            (Some(_), Ok(_), _) => {}
            _ => notices = None,
        }
    }
    let all_ids = Some(
        raw.event
            .iter()
            .map(|event| event.get_ref().id.get_ref().clone())
            .collect(),
    );
    let mut events = Vec::new();
    for raw_event in raw.event {
        let line = locator.line_of(raw_event.span().start);
        let raw_event = raw_event.into_inner();
        let date_line = locator.line_of(raw_event.date.span().start);
        let countries_line = raw_event
            .countries
            .as_ref()
            .map_or(line, |codes| locator.line_of(codes.span().start));
        if let Some(event) = check_event(raw_event, &locator, countries, dates, errors) {
            events.push(Curated {
                line,
                date_line,
                countries_line,
                event,
            });
        }
    }
    let party_disputes = raw
        .party_dispute
        .into_iter()
        .map(Spanned::into_inner)
        .collect();
    let aliases = raw.alias.into_iter().map(Spanned::into_inner).collect();
    Parsed {
        events,
        party_disputes,
        aliases,
        all_ids,
        notices,
    }
}

/// Checks the curated events against each other and against the parties tables:
///
/// - a signature, joining or withdrawal event names its states;
/// - a withdrawal has a notification event for each of its states at least six months
///   earlier: it "shall only take effect six months after the receipt of the instrument of
///   withdrawal by the Depositary" (Article 20(3));
/// - a signature, joining or withdrawal event agrees with its state's row in parties.csv or
///   parties_status.csv (the UN table is the record of both);
/// - a notification about a party does not come before that party's deposit: notice of
///   withdrawal is given by a State Party (Article 20(2)).
///
/// `notices` is `None` when it may be incomplete (see [`Parsed::notices`]); `parties` is
/// `None` when the tables have errors of their own, so one bad cell is not reported twice.
pub(super) fn cross_check(
    curated: &[Curated],
    notices: Option<&[(String, PartialDate)]>,
    parties: Option<&[Party]>,
    (parties_file, status_file): (&str, &str),
    locator: &Locator,
    errors: &mut Vec<DataError>,
) {
    for curated in curated {
        let event = &curated.event;
        let kind = event.kind;
        let date_error =
            |message: String| locator.error_at_line(curated.date_line, "date", message);
        let countries_error =
            |message: String| locator.error_at_line(curated.countries_line, "countries", message);
        if matches!(kind, Kind::Signature | Kind::Joining | Kind::Withdrawal)
            && event.countries.is_empty()
        {
            errors.push(countries_error(format!(
                "a {} event must name its state",
                kind.slug()
            )));
            continue;
        }
        if let (Kind::Withdrawal, Some(notices)) = (kind, notices) {
            for code in &event.countries {
                let first_notice = notices
                    .iter()
                    .filter(|(country, _)| country == code)
                    .map(|(_, date)| *date)
                    .min_by_key(PartialDate::first_day_key);
                let Some(notice) = first_notice else {
                    errors.push(countries_error(format!(
                        "\"{code}\" has no notification event, and a withdrawal takes effect only six months after its notice (Article 20(3))"
                    )));
                    continue;
                };
                // The earliest day the notice may mean, six months on; a short month gives
                // the benefit of the doubt (31 August → 28 February).
                let earliest_effect = PartialDate::from_key(notice.first_day_key())
                    .months_later(6)
                    .map(|(earliest, _)| earliest);
                if let Some(earliest_effect) = earliest_effect {
                    if event.start.last_day_key() < earliest_effect.key() {
                        errors.push(date_error(format!(
                            "{} is less than six months after \"{code}\"'s notification on {} (Article 20(3))",
                            event.start.iso(),
                            notice.iso()
                        )));
                    }
                }
            }
        }
        let Some(parties) = parties else {
            continue;
        };
        for code in &event.countries {
            let party = parties.iter().find(|party| party.code == *code);
            let (recorded, what, file) = match (kind, party) {
                (Kind::Notification, Some(party)) => {
                    if before(event.start, party.deposit) {
                        errors.push(date_error(format!(
                            "{} is before \"{code}\" deposited its instrument on {}; notice of withdrawal is given by a State Party (Article 20(2))",
                            event.start.iso(),
                            party.deposit.iso()
                        )));
                    }
                    continue;
                }
                (Kind::Signature | Kind::Joining | Kind::Withdrawal, None) => {
                    errors.push(countries_error(format!(
                        "\"{code}\" has no row in {parties_file}"
                    )));
                    continue;
                }
                (Kind::Signature, Some(party)) => (party.signature, "signature", parties_file),
                (Kind::Joining, Some(party)) => (Some(party.deposit), "deposit", parties_file),
                (Kind::Withdrawal, Some(party)) => {
                    (party.withdrawal_effect, "withdrawal", status_file)
                }
                _ => continue,
            };
            match recorded {
                None => errors.push(countries_error(format!(
                    "\"{code}\" has no {what} in {file}"
                ))),
                Some(recorded) if !covers(event.start, recorded) => {
                    errors.push(date_error(format!(
                        "{} is not \"{code}\"'s {what} date in {file}, {}",
                        event.start.iso(),
                        recorded.iso()
                    )))
                }
                Some(_) => {}
            }
        }
    }
}
