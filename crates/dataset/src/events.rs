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

/// Why an event of `kind` cannot have the date `date`. Each kind has the span the Convention
/// allows it; every event lies between the launch of the Ottawa Process and the dataset's
/// as-of date.
fn date_out_of_span(kind: Kind, date: PartialDate, dates: DatasetDates) -> Option<String> {
    match kind {
        // Article 15: from 3 December 1997 until entry into force on 1 March 1999.
        Kind::Signature => return signature_out_of_span(date),
        // A deposit: not before the Convention was opened (Article 15), nor after the status
        // date of the table it must match.
        Kind::Joining => return deposit_out_of_span(date, dates.un_status_as_at),
        _ => {}
    }
    if before(date, treaty::PROCESS_LAUNCHED) {
        return Some(format!(
            "{} is before {}, when the Ottawa Process was launched",
            date.iso(),
            treaty::PROCESS_LAUNCHED.iso()
        ));
    }
    if kind == Kind::Withdrawal {
        // The Depositary dates a withdrawal six months ahead, so one may fall after the
        // dataset's date; it must match parties_status.csv instead.
        return None;
    }
    after_as_of(date, dates.as_of)
}

/// Why `date` is too late for a dataset checked up to `as_of`.
fn after_as_of(date: PartialDate, as_of: PartialDate) -> Option<String> {
    after(date, as_of).then(|| {
        format!(
            "{} is after {}, the dataset's as_of date (changes.toml)",
            date.iso(),
            as_of.iso()
        )
    })
}

/// Whether `date`, maybe partial, includes the day `exact` (1998-09 includes 1998-09-16).
fn covers(date: PartialDate, exact: PartialDate) -> bool {
    date.first_day_key() <= exact.first_day_key() && exact.last_day_key() <= date.last_day_key()
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

fn check_event(
    raw: RawEvent,
    locator: &Locator,
    countries: &[(String, String)],
    dates: Option<DatasetDates>,
    errors: &mut Vec<DataError>,
) -> Option<EventRecord> {
    let before = errors.len();
    let id = raw.id.get_ref().clone();
    if !is_slug(&id) {
        errors.push(locator.error(
            &raw.id,
            "id",
            format!("\"{id}\" must be a slug of lowercase letters, digits and single hyphens"),
        ));
    }
    let start = check_date(&raw.date, "date", locator, errors);
    let end = raw
        .end
        .as_ref()
        .and_then(|end| check_date(end, "end", locator, errors));
    if let (Some(start), Some(end), Some(raw_end)) = (start, end, raw.end.as_ref()) {
        if end.last_day_key() < start.first_day_key() {
            errors.push(locator.error(
                raw_end,
                "end",
                format!("{} is before the start date {}", end.iso(), start.iso()),
            ));
        }
    }
    let kind = Kind::from_slug(raw.kind.get_ref());
    if let (Some(kind), Some(date), Some(dates)) = (kind, start, dates) {
        if let Some(message) = date_out_of_span(kind, date, dates) {
            errors.push(locator.error(&raw.date, "date", message));
        }
    }
    if let (Some(kind), Some(end), Some(raw_end), Some(dates)) =
        (kind, end, raw.end.as_ref(), dates)
    {
        if let Some(message) = after_as_of(end, dates.as_of).filter(|_| kind != Kind::Withdrawal) {
            errors.push(locator.error(raw_end, "end", message));
        }
    }
    if kind.is_none() {
        let allowed: Vec<&str> = Kind::ALL.iter().map(|k| k.slug()).collect();
        errors.push(locator.error(
            &raw.kind,
            "kind",
            format!(
                "unknown kind \"{}\"; expected one of {}",
                raw.kind.get_ref(),
                allowed.join(", ")
            ),
        ));
    }
    let raw_codes: Vec<&str> = raw
        .countries
        .iter()
        .flat_map(|codes| codes.get_ref())
        .map(|code| code.get_ref().as_str())
        .collect();
    let mut tagged: Vec<String> = Vec::new();
    for code in raw.countries.iter().flat_map(|codes| codes.get_ref()) {
        if tagged.contains(code.get_ref()) {
            errors.push(locator.error(
                code,
                "countries",
                format!("\"{}\" is listed twice", code.get_ref()),
            ));
        } else if countries.iter().any(|(known, _)| known == code.get_ref()) {
            tagged.push(code.get_ref().clone());
        } else {
            errors.push(locator.error(
                code,
                "countries",
                format!(
                    "unknown country code \"{}\" (not in countries.csv)",
                    code.get_ref()
                ),
            ));
        }
    }
    for (field, text) in [("title", &raw.title), ("summary", &raw.summary)] {
        if let Some(problem) = text_problem(text.get_ref()) {
            errors.push(locator.error(text, field, problem));
        }
        // The rule for `countries` (README): every state the text names is tagged.
        for (code, name) in named_countries(text.get_ref(), countries) {
            if !raw_codes.contains(&code) {
                errors.push(locator.error(
                    raw.countries.as_ref().map_or(&raw.id, |_| text),
                    "countries",
                    format!("the {field} names {name} but `countries` lacks \"{code}\""),
                ));
            }
        }
    }
    let mut paragraphs = Vec::new();
    for number in &raw.paragraphs {
        match u8::try_from(*number.get_ref()) {
            Ok(n) if paragraphs.contains(&n) => errors.push(locator.error(
                number,
                "paragraphs",
                format!("paragraph {n} is listed twice"),
            )),
            Ok(n) if (1..=ARTICLE_PARAGRAPHS as u8).contains(&n) => paragraphs.push(n),
            _ => errors.push(locator.error(
                number,
                "paragraphs",
                format!(
                    "paragraph {} is outside 1–{ARTICLE_PARAGRAPHS}",
                    number.get_ref()
                ),
            )),
        }
    }
    let owner = format!("event \"{}\"", raw.id.get_ref());
    let id_line = locator.line_of(raw.id.span().start);
    let sources = check_sources(&raw.sources, &owner, id_line, locator, errors);
    // The generated tables count each event's lists in a byte.
    for (field, count) in [("sources", sources.len()), ("disputes", raw.disputes.len())] {
        if count > usize::from(u8::MAX) {
            errors.push(locator.error(
                &raw.id,
                field,
                format!("{count} {field}; at most 255 are supported"),
            ));
        }
    }
    for dispute in &raw.disputes {
        let note = &dispute.get_ref().note;
        if let Some(problem) = text_problem(note.get_ref()) {
            errors.push(locator.error(note, "disputes.note", problem));
        }
    }
    let disputes = raw
        .disputes
        .iter()
        .map(|d| d.get_ref().note.get_ref().trim().to_string())
        .collect();

    if errors.len() > before {
        return None;
    }
    Some(EventRecord {
        id,
        start: start?,
        end,
        kind: kind?,
        countries: tagged,
        title: raw.title.into_inner().trim().to_string(),
        summary: raw.summary.into_inner().trim().to_string(),
        paragraphs,
        sources,
        disputes,
    })
}

/// The states a text names, by their names in countries.csv, as whole words. Longer names go
/// first and hide what they contain, so "Equatorial Guinea" is not also Guinea.
fn named_countries<'a>(text: &str, countries: &'a [(String, String)]) -> Vec<(&'a str, &'a str)> {
    let mut by_length: Vec<&(String, String)> = countries.iter().collect();
    by_length.sort_by_key(|(_, name)| std::cmp::Reverse(name.len()));
    let mut taken = vec![false; text.len()];
    let mut named = Vec::new();
    for (code, name) in by_length {
        for (start, _) in text.match_indices(name.as_str()) {
            let end = start + name.len();
            let bounded = !text[..start]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
                && !text[end..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric);
            if bounded && !taken[start..end].iter().any(|&t| t) {
                taken[start..end].iter_mut().for_each(|t| *t = true);
                if !named.iter().any(|(c, _)| c == code) {
                    named.push((code.as_str(), name.as_str()));
                }
            }
        }
    }
    named
}

fn check_date(
    raw: &Spanned<String>,
    field: &str,
    locator: &Locator,
    errors: &mut Vec<DataError>,
) -> Option<PartialDate> {
    match PartialDate::parse(raw.get_ref()) {
        Ok(date) => Some(date),
        Err(error) => {
            errors.push(locator.error(raw, field, format!("\"{}\": {error}", raw.get_ref())));
            None
        }
    }
}

fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 80
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}
