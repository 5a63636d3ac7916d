//! `events.toml`: the curated events, each checked field by field.

use std::collections::HashSet;

use serde::Deserialize;
use toml::Spanned;

use super::{DataError, EventRecord, Locator, SourceRecord, ARTICLE_PARAGRAPHS};
use crate::date::PartialDate;
use crate::kind::Kind;

/// Outlets that are state-run or state-aligned: never acceptable as an event's only source.
const STATE_ALIGNED_HOSTS: [&str; 5] = [
    "tass.com",
    "news-pravda.com",
    "news.by",
    "sputnikglobe.com",
    "iz.ru",
];

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
pub(super) struct RawPartyDispute {
    pub event: Spanned<String>,
    pub note: Spanned<String>,
}

pub(super) fn parse(
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
    let mut countries: Vec<String> = Vec::new();
    for code in &raw.countries {
        if countries.contains(code.get_ref()) {
            errors.push(locator.error(
                code,
                "countries",
                format!("\"{}\" is listed twice", code.get_ref()),
            ));
        } else if known_codes.contains(code.get_ref().as_str()) {
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
    let sources = check_sources(&raw, locator, errors);
    for dispute in &raw.disputes {
        let note = &dispute.get_ref().note;
        if note.get_ref().trim().is_empty() {
            errors.push(locator.error(note, "disputes.note", "must not be empty".into()));
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
