//! Loads and validates the dataset in `src/data/` at build time.
//!
//! Compiled into `build.rs` and into the native dataset tests (through `#[path]`), never into
//! the app: the app receives only the generated statics. Both hosts declare `date` and `kind`
//! modules at their crate root, which is why this file reaches them as `crate::date`.
//!
//! Every problem becomes one [`DataError`] naming the file, the line and the field, so a typo
//! fails the build with a message a person can act on instead of failing for a reader.

use std::collections::{HashMap, HashSet};
use std::fmt;

use serde::Deserialize;
use toml::Spanned;

use crate::date::PartialDate;
use crate::kind::Kind;

pub mod parties;

/// The article has a headline and exactly this many body paragraphs (`p1`…`p10`).
pub const ARTICLE_PARAGRAPHS: usize = 10;

/// Outlets that are state-run or state-aligned: never acceptable as an event's only source.
const STATE_ALIGNED_HOSTS: [&str; 5] = [
    "tass.com",
    "news-pravda.com",
    "news.by",
    "sputnikglobe.com",
    "iz.ru",
];

/// One problem in the dataset, located as precisely as the parser allows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError {
    pub file: String,
    pub line: usize,
    pub field: String,
    pub message: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}: field `{}`: {}",
            self.file, self.line, self.field, self.message
        )
    }
}

/// The text of every input file, named as it should appear in messages.
pub struct Sources<'a> {
    pub events: (&'a str, &'a str),
    pub countries: (&'a str, &'a str),
    pub parties: (&'a str, &'a str),
    pub parties_status: (&'a str, &'a str),
    pub article: (&'a str, &'a str),
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct SourceRecord {
    pub publisher: String,
    pub title: String,
    pub url: String,
}

#[derive(Clone, Debug)]
pub struct EventRecord {
    pub id: String,
    pub start: PartialDate,
    pub end: Option<PartialDate>,
    pub kind: Kind,
    pub countries: Vec<String>,
    pub title: String,
    pub summary: String,
    pub paragraphs: Vec<u8>,
    pub sources: Vec<SourceRecord>,
    pub disputes: Vec<String>,
}

/// Everything the app needs, validated.
#[derive(Debug)]
pub struct Dataset {
    /// (ISO alpha-2 code, display name), sorted by code.
    pub countries: Vec<(String, String)>,
    /// The curated events, by date; signature and joining events come from `parties`.
    pub events: Vec<EventRecord>,
    pub headline: String,
    pub paragraphs: Vec<String>,
    pub parties: Vec<parties::Party>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEventsFile {
    #[serde(default)]
    event: Vec<Spanned<RawEvent>>,
    #[serde(default)]
    party_dispute: Vec<Spanned<RawPartyDispute>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEvent {
    id: Spanned<String>,
    date: Spanned<String>,
    end: Option<Spanned<String>>,
    kind: Spanned<String>,
    #[serde(default)]
    countries: Vec<Spanned<String>>,
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
struct RawSource {
    publisher: Spanned<String>,
    title: Spanned<String>,
    url: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDispute {
    note: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPartyDispute {
    event: Spanned<String>,
    note: Spanned<String>,
}

/// Maps byte offsets to 1-based line numbers in one file.
pub(crate) struct Locator<'a> {
    pub file: &'a str,
    text: &'a str,
}

impl<'a> Locator<'a> {
    pub fn new(file: &'a str, text: &'a str) -> Self {
        Locator { file, text }
    }

    fn line_of(&self, offset: usize) -> usize {
        let end = offset.min(self.text.len());
        self.text.as_bytes()[..end]
            .iter()
            .filter(|b| **b == b'\n')
            .count()
            + 1
    }

    pub fn error_at_line(&self, line: usize, field: &str, message: String) -> DataError {
        DataError {
            file: self.file.to_string(),
            line,
            field: field.to_string(),
            message,
        }
    }

    fn error<T>(&self, at: &Spanned<T>, field: &str, message: String) -> DataError {
        self.error_at_line(self.line_of(at.span().start), field, message)
    }
}

/// Loads, cross-checks and returns the whole dataset, or every problem found.
pub fn load(sources: &Sources) -> Result<Dataset, Vec<DataError>> {
    let mut errors = Vec::new();
    let countries = parse_countries(sources.countries, &mut errors);
    let known_codes: HashSet<&str> = countries.iter().map(|(code, _)| code.as_str()).collect();
    let (headline, paragraphs) = parse_article(sources.article, &mut errors);

    let mut parties = parties::parse(
        sources.parties,
        sources.parties_status,
        &known_codes,
        &mut errors,
    );

    let (curated, party_disputes) = parse_events(sources.events, &known_codes, &mut errors);
    let locator = Locator::new(sources.events.0, sources.events.1);
    // Line 0 marks the ids of generated signature and joining events.
    let mut seen: HashMap<String, usize> = HashMap::new();
    for party in &parties {
        seen.extend(party.signature_id().map(|id| (id, 0)));
        seen.insert(party.joining_id(), 0);
    }
    let mut events = Vec::new();
    for (line, event) in curated {
        if let Some(first) = seen.get(&event.id) {
            let first = if *first == 0 {
                String::from("a generated signature or joining event")
            } else {
                format!("line {first}")
            };
            errors.push(locator.error_at_line(
                line,
                "id",
                format!("duplicate id \"{}\", already used by {first}", event.id),
            ));
            continue;
        }
        seen.insert(event.id.clone(), line);
        events.push(event);
    }
    for dispute in party_disputes {
        let id = dispute.event.get_ref();
        let note = dispute.note.get_ref().trim().to_string();
        if let Some(party) = parties
            .iter_mut()
            .find(|p| p.signature_id().as_ref() == Some(id))
        {
            party.signature_disputes.push(note);
        } else if let Some(party) = parties.iter_mut().find(|p| p.joining_id() == *id) {
            party.joining_disputes.push(note);
        } else {
            errors.push(locator.error(
                &dispute.event,
                "party_dispute.event",
                format!("no event has the id \"{id}\""),
            ));
        }
    }

    if errors.is_empty() {
        events.sort_by(|a, b| {
            (a.start.first_day_key(), &a.id).cmp(&(b.start.first_day_key(), &b.id))
        });
        Ok(Dataset {
            countries,
            events,
            headline,
            paragraphs,
            parties,
        })
    } else {
        Err(errors)
    }
}

fn parse_countries(file: (&str, &str), errors: &mut Vec<DataError>) -> Vec<(String, String)> {
    let locator = Locator::new(file.0, file.1);
    let mut countries: Vec<(String, String)> = Vec::new();
    for (index, line) in file.1.lines().enumerate() {
        let line_no = index + 1;
        if index == 0 {
            if line.trim() != "code,name" {
                errors.push(locator.error_at_line(1, "header", "expected `code,name`".into()));
            }
            continue;
        }
        if line.trim().is_empty() {
            continue;
        }
        let Some((code, name)) = line.split_once(',') else {
            errors.push(locator.error_at_line(line_no, "name", "missing the name column".into()));
            continue;
        };
        if !is_country_code(code) {
            errors.push(locator.error_at_line(
                line_no,
                "code",
                format!("\"{code}\" is not an ISO 3166-1 alpha-2 code (two capital letters)"),
            ));
        } else if countries.iter().any(|(c, _)| c == code) {
            errors.push(locator.error_at_line(
                line_no,
                "code",
                format!("duplicate code \"{code}\""),
            ));
        } else if name.trim().is_empty() {
            errors.push(locator.error_at_line(line_no, "name", "empty name".into()));
        } else {
            countries.push((code.to_string(), name.trim().to_string()));
        }
    }
    countries.sort();
    countries
}

fn is_country_code(code: &str) -> bool {
    code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase())
}

fn parse_article(file: (&str, &str), errors: &mut Vec<DataError>) -> (String, Vec<String>) {
    let locator = Locator::new(file.0, file.1);
    let mut lines = file.1.lines().filter(|l| !l.trim().is_empty());
    let headline = lines.next().unwrap_or_default().trim().to_string();
    let paragraphs: Vec<String> = lines.map(|l| l.trim().to_string()).collect();
    if headline.is_empty() {
        errors.push(locator.error_at_line(1, "headline", "the article has no headline".into()));
    }
    if paragraphs.len() != ARTICLE_PARAGRAPHS {
        errors.push(locator.error_at_line(
            1,
            "paragraphs",
            format!(
                "expected a headline and {ARTICLE_PARAGRAPHS} paragraphs, found {} paragraphs",
                paragraphs.len()
            ),
        ));
    }
    (headline, paragraphs)
}

fn parse_events(
    file: (&str, &str),
    known_codes: &HashSet<&str>,
    errors: &mut Vec<DataError>,
) -> (Vec<(usize, EventRecord)>, Vec<RawPartyDispute>) {
    let locator = Locator::new(file.0, file.1);
    let raw: RawEventsFile = match toml::from_str(file.1) {
        Ok(raw) => raw,
        Err(error) => {
            let line = error.span().map(|s| locator.line_of(s.start)).unwrap_or(1);
            let message = error.message().trim().to_string();
            let field = field_named_in(&message).unwrap_or("toml").to_string();
            errors.push(locator.error_at_line(line, &field, message));
            return (Vec::new(), Vec::new());
        }
    };
    let mut events = Vec::new();
    for raw_event in raw.event {
        let line = locator.line_of(raw_event.span().start);
        if let Some(event) = check_event(raw_event.into_inner(), &locator, known_codes, errors) {
            events.push((line, event));
        }
    }
    let disputes = raw
        .party_dispute
        .into_iter()
        .map(Spanned::into_inner)
        .collect();
    (events, disputes)
}

/// toml reports missing and unknown fields in prose; pull the field name out for the message.
fn field_named_in(message: &str) -> Option<&str> {
    let start = message.find('`')? + 1;
    let len = message[start..].find('`')?;
    Some(&message[start..start + len])
}

fn check_event(
    raw: RawEvent,
    locator: &Locator,
    known_codes: &HashSet<&str>,
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
    let mut countries = Vec::new();
    for code in &raw.countries {
        if known_codes.contains(code.get_ref().as_str()) {
            countries.push(code.get_ref().clone());
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
        if text.get_ref().trim().is_empty() {
            errors.push(locator.error(text, field, "must not be empty".into()));
        }
    }
    let mut paragraphs = Vec::new();
    for number in &raw.paragraphs {
        match u8::try_from(*number.get_ref()) {
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
    let sources = check_sources(&raw, locator, errors);
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
        countries,
        title: raw.title.into_inner().trim().to_string(),
        summary: raw.summary.into_inner().trim().to_string(),
        paragraphs,
        sources,
        disputes,
    })
}

fn check_sources(
    raw: &RawEvent,
    locator: &Locator,
    errors: &mut Vec<DataError>,
) -> Vec<SourceRecord> {
    if raw.sources.is_empty() {
        errors.push(locator.error(
            &raw.id,
            "sources",
            format!("event \"{}\" has no sources", raw.id.get_ref()),
        ));
        return Vec::new();
    }
    let mut sources = Vec::new();
    for source in &raw.sources {
        let source = source.get_ref();
        let url = source.url.get_ref().trim();
        if !url.starts_with("https://") || url.len() <= "https://".len() || url.contains(' ') {
            errors.push(locator.error(
                &source.url,
                "sources.url",
                format!("\"{url}\" is not an https:// URL"),
            ));
        }
        for (field, text) in [
            ("sources.publisher", &source.publisher),
            ("sources.title", &source.title),
        ] {
            if text.get_ref().trim().is_empty() {
                errors.push(locator.error(text, field, "must not be empty".into()));
            }
        }
        sources.push(SourceRecord {
            publisher: source.publisher.get_ref().trim().to_string(),
            title: source.title.get_ref().trim().to_string(),
            url: url.to_string(),
        });
    }
    if sources.iter().all(|s| is_state_aligned(&s.url)) {
        errors.push(locator.error(
            &raw.id,
            "sources",
            format!(
                "event \"{}\" cites only state-aligned outlets; add an independent source",
                raw.id.get_ref()
            ),
        ));
    }
    sources
}

fn is_state_aligned(url: &str) -> bool {
    let host = url
        .trim_start_matches("https://")
        .split(['/', '?', '#', ':'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    STATE_ALIGNED_HOSTS
        .iter()
        .any(|bad| host == *bad || host.ends_with(&format!(".{bad}")))
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
