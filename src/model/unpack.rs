//! The generated columns (see `dataset::codegen`) unpacked once, at first use, into the plain
//! types the app reads. The columns are one long literal per field and flat arrays of
//! numbers, because a table of structs full of `&str`s costs as much gzipped as its text.
//!
//! build.rs writes every column from one validated dataset, so they agree; should they not,
//! a short column yields empty fields rather than a panic.

use std::sync::OnceLock;

use super::{
    Basis, Country, DayKey, Event, Kind, PartyStep, Source, BOUND_STEP_DAYS, BOUND_STEP_MEMBERS,
    BOUND_STEP_SIZES, COUNTRY_CODES, COUNTRY_NAMES, EVENT_COUNTRIES, EVENT_DATES, EVENT_DISPUTES,
    EVENT_IDS, EVENT_PARAGRAPHS, EVENT_SHAPES, EVENT_SOURCES, EVENT_SUMMARIES, EVENT_TITLES,
    FIELD_SEPARATOR, JOINED_STEP_DAYS, JOINED_STEP_MEMBERS, JOINED_STEP_SIZES, SOURCE_PUBLISHERS,
    SOURCE_TITLES, SOURCE_URLS,
};
use ottawa_core::packed::StepSize;

/// The fields of one text column, in order.
fn fields(column: &'static str) -> impl Iterator<Item = &'static str> {
    column.split(FIELD_SEPARATOR)
}

/// Every state in countries.csv, in order of code.
pub fn countries() -> &'static [Country] {
    static ALL: OnceLock<Vec<Country>> = OnceLock::new();
    ALL.get_or_init(|| {
        fields(COUNTRY_NAMES)
            .enumerate()
            .map(|(i, name)| Country {
                // Two ASCII letters each: build.rs checks every code.
                code: COUNTRY_CODES.get(i * 2..i * 2 + 2).unwrap_or_default(),
                name,
            })
            .collect()
    })
}

/// Every source cited, each once.
pub fn sources() -> &'static [Source] {
    static ALL: OnceLock<Vec<Source>> = OnceLock::new();
    ALL.get_or_init(|| {
        fields(SOURCE_PUBLISHERS)
            .zip(fields(SOURCE_TITLES))
            .zip(fields(SOURCE_URLS))
            .map(|((publisher, title), url)| Source {
                publisher,
                title,
                url,
            })
            .collect()
    })
}

/// Takes the next `count` items of `all`, from `*next` on.
fn take<T>(all: &'static [T], next: &mut usize, count: u8) -> &'static [T] {
    let start = *next;
    *next += usize::from(count);
    all.get(start..*next).unwrap_or_default()
}

/// The curated events of events.toml, in the order build.rs validated them.
pub fn curated_events() -> &'static [Event] {
    static ALL: OnceLock<Vec<Event>> = OnceLock::new();
    ALL.get_or_init(|| {
        // Events hold `&'static [&'static str]`s; these two lists live as long as the app.
        let country_codes: &'static [&'static str] = Box::leak(
            EVENT_COUNTRIES
                .iter()
                .map(|&i| countries().get(usize::from(i)).map_or("", |c| c.code))
                .collect(),
        );
        let disputes: &'static [&'static str] = Box::leak(fields(EVENT_DISPUTES).collect());
        let (mut ids, mut titles, mut summaries) = (
            fields(EVENT_IDS),
            fields(EVENT_TITLES),
            fields(EVENT_SUMMARIES),
        );
        let (mut next_country, mut next_paragraph, mut next_source, mut next_dispute) =
            (0, 0, 0, 0);
        let mut events = Vec::with_capacity(EVENT_SHAPES.len());
        for (shape, days) in EVENT_SHAPES.iter().zip(EVENT_DATES) {
            events.push(Event {
                id: ids.next().unwrap_or_default(),
                start: DayKey::from_raw(days.start).date(),
                end: (days.end != 0).then(|| DayKey::from_raw(days.end).date()),
                kind: Kind::ALL[usize::from(shape.kind) % Kind::ALL.len()],
                countries: take(country_codes, &mut next_country, shape.countries),
                title: titles.next().unwrap_or_default(),
                summary: summaries.next().unwrap_or_default(),
                paragraphs: take(EVENT_PARAGRAPHS, &mut next_paragraph, shape.paragraphs),
                sources: take(EVENT_SOURCES, &mut next_source, shape.sources),
                disputes: take(disputes, &mut next_dispute, shape.disputes),
            });
        }
        events
    })
}

/// The steps of one count, from its three columns; each day's count follows from the last.
fn unpack_steps(
    days: &'static [u32],
    sizes: &'static [StepSize],
    members: &'static [u8],
) -> Vec<PartyStep> {
    let mut next = 0;
    let mut count: u16 = 0;
    days.iter()
        .zip(sizes)
        .map(|(&day, size)| {
            count = (count + u16::from(size.joined)).saturating_sub(u16::from(size.left));
            PartyStep {
                day: DayKey::from_raw(day),
                count,
                joined: take(members, &mut next, size.joined),
                left: take(members, &mut next, size.left),
            }
        })
        .collect()
}

/// The number of States Parties over time on the given basis, one step per day it changed.
pub fn party_steps(basis: Basis) -> &'static [PartyStep] {
    static BOUND: OnceLock<Vec<PartyStep>> = OnceLock::new();
    static JOINED: OnceLock<Vec<PartyStep>> = OnceLock::new();
    match basis {
        Basis::Bound => BOUND
            .get_or_init(|| unpack_steps(BOUND_STEP_DAYS, BOUND_STEP_SIZES, BOUND_STEP_MEMBERS)),
        Basis::Joined => JOINED
            .get_or_init(|| unpack_steps(JOINED_STEP_DAYS, JOINED_STEP_SIZES, JOINED_STEP_MEMBERS)),
    }
}

// Natively only: the tests read events.toml back with the `toml` crate.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn every_column_is_used_to_its_end() {
        let events = curated_events();
        assert_eq!(events.len(), EVENT_SHAPES.len());
        assert_eq!(
            events.iter().map(|e| e.countries.len()).sum::<usize>(),
            EVENT_COUNTRIES.len()
        );
        assert_eq!(
            events.iter().map(|e| e.sources.len()).sum::<usize>(),
            EVENT_SOURCES.len()
        );
        assert_eq!(
            events.iter().map(|e| e.paragraphs.len()).sum::<usize>(),
            EVENT_PARAGRAPHS.len()
        );
        let disputes: usize = events.iter().map(|e| e.disputes.len()).sum();
        // An empty column still splits into one (empty) field.
        assert_eq!(fields(EVENT_DISPUTES).count(), disputes.max(1));
        for column in [EVENT_IDS, EVENT_TITLES, EVENT_SUMMARIES] {
            assert_eq!(fields(column).count(), events.len());
        }
        assert_eq!(countries().len() * 2, COUNTRY_CODES.len());
        assert_eq!(fields(COUNTRY_NAMES).count(), countries().len());
        for column in [SOURCE_PUBLISHERS, SOURCE_TITLES, SOURCE_URLS] {
            assert_eq!(fields(column).count(), sources().len());
        }
        for (steps, members) in [
            (party_steps(Basis::Bound), BOUND_STEP_MEMBERS),
            (party_steps(Basis::Joined), JOINED_STEP_MEMBERS),
        ] {
            let used: usize = steps.iter().map(|s| s.joined.len() + s.left.len()).sum();
            assert_eq!(used, members.len());
        }
    }

    #[test]
    fn an_event_reads_back_whole() {
        let toml: toml::Table = include_str!("../data/events.toml").parse().unwrap();
        let raw = toml["event"].as_array().unwrap();
        let events = curated_events();
        assert_eq!(raw.len(), events.len());
        for raw in raw {
            let id = raw["id"].as_str().unwrap();
            let event = events.iter().find(|e| e.id == id).unwrap();
            assert_eq!(raw["title"].as_str().map(str::trim), Some(event.title));
            assert_eq!(raw["kind"].as_str(), Some(event.kind.slug()));
            let countries: Vec<&str> = raw
                .get("countries")
                .and_then(|c| c.as_array())
                .map(|c| c.iter().filter_map(|v| v.as_str()).collect())
                .unwrap_or_default();
            assert_eq!(countries, event.countries, "{}", event.id);
            let urls: Vec<&str> = raw["sources"]
                .as_array()
                .unwrap()
                .iter()
                .map(|s| s["url"].as_str().unwrap().trim())
                .collect();
            let unpacked: Vec<&str> = event.sources().map(|s| s.url).collect();
            assert_eq!(urls, unpacked, "{}", event.id);
            let disputes: Vec<&str> = raw
                .get("disputes")
                .and_then(|d| d.as_array())
                .map(|d| {
                    d.iter()
                        .map(|d| d["note"].as_str().unwrap().trim())
                        .collect()
                })
                .unwrap_or_default();
            assert_eq!(disputes, event.disputes, "{}", event.id);
        }
    }

    #[test]
    fn countries_stay_in_order_of_code_with_their_names() {
        let all = countries();
        assert!(all.windows(2).all(|pair| pair[0].code < pair[1].code));
        let estonia = all.iter().find(|c| c.code == "EE").unwrap();
        assert_eq!(estonia.name, "Estonia");
    }
}
