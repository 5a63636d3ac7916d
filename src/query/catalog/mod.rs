//! The events with their precomputed search text, and the queries the views ask.

use super::charts::histogram::YearCounts;
use super::search::filter::{Filter, Order, SearchTerms};
use super::search::fold::fold;
use super::search::signature::Signature;
use crate::model::{countries, countries_by_name, country_name, DayKey, Event, Kind};

/// The folded text that search looks in: title, summary, country names and publishers.
pub fn haystack(event: &Event) -> String {
    let mut text = String::with_capacity(event.title.len() + event.summary.len() + 64);
    for part in [event.title, event.summary] {
        text.push_str(part);
        text.push('\n');
    }
    for code in event.countries {
        text.push_str(country_name(code));
        text.push('\n');
    }
    for source in event.sources() {
        text.push_str(source.publisher);
        text.push('\n');
    }
    fold(&text)
}

pub struct Catalog {
    events: &'static [Event],
    haystacks: Vec<String>,
    /// Each haystack's byte pairs, so most events are ruled out without reading their text.
    signatures: Vec<Signature>,
    /// Every country code used by any event, sorted.
    countries: Vec<&'static str>,
    /// What filtering reads, packed per event so a query walks one small array.
    facts: Vec<Facts>,
    /// Each event's countries as indexes into `countries`; `Facts` point into it.
    country_ids: Vec<u8>,
    /// The first and last start years, the histogram's span.
    years: (u16, u16),
}

/// One event's filterable facts in 20 bytes (18 of fields, padded to a multiple of 4).
struct Facts {
    first_day: DayKey,
    last_day: DayKey,
    country_start: u32,
    start_year: u16,
    /// Bit `p` set: explains article paragraph `p`.
    paragraphs: u16,
    kind: u8,
    country_count: u8,
}

/// A set of small indexes (countries, kinds) as bits.
#[derive(Default)]
struct BitSet([u64; 4]);

impl BitSet {
    fn insert(&mut self, i: usize) {
        self.0[i / 64] |= 1 << (i % 64);
    }

    fn contains(&self, i: usize) -> bool {
        self.0[i / 64] & (1 << (i % 64)) != 0
    }
}

impl Catalog {
    pub fn new(events: &'static [Event]) -> Self {
        let known = countries();
        let mut used = BitSet::default();
        for event in events {
            for code in event.countries {
                if let Ok(i) = known.binary_search_by(|c| c.code.cmp(code)) {
                    used.insert(i);
                }
            }
        }
        let countries: Vec<&'static str> = known
            .iter()
            .enumerate()
            .filter(|(i, _)| used.contains(*i))
            .map(|(_, c)| c.code)
            .collect();
        let mut country_ids = Vec::new();
        let facts = events
            .iter()
            .map(|event| {
                let country_start = country_ids.len() as u32;
                country_ids.extend(
                    event
                        .countries
                        .iter()
                        .filter_map(|code| countries.binary_search(code).ok())
                        .map(|i| i as u8),
                );
                Facts {
                    first_day: event.first_day_key(),
                    last_day: event.last_day_key(),
                    country_start,
                    start_year: event.start.year,
                    paragraphs: event.paragraphs.iter().fold(0, |bits, p| bits | 1 << p),
                    kind: event.kind as u8,
                    country_count: (country_ids.len() as u32 - country_start) as u8,
                }
            })
            .collect();
        let haystacks: Vec<String> = events.iter().map(haystack).collect();
        let start_years = events.iter().map(|e| e.start.year);
        let years = (
            start_years.clone().min().unwrap_or(0),
            start_years.max().unwrap_or(0),
        );
        Catalog {
            years,
            events,
            signatures: haystacks.iter().map(|h| Signature::of(h)).collect(),
            haystacks,
            countries,
            facts,
            country_ids,
        }
    }

    /// The bundled dataset.
    pub fn bundled() -> Self {
        Catalog::new(crate::model::events())
    }

    pub fn len(&self) -> usize {
        self.events.len()
    }

    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
    }

    /// The event with this id (`?event=`), if this catalog has it.
    /// The event with this id; a merged event's old id (an alias) finds its survivor.
    pub fn event(&self, id: &str) -> Option<&'static Event> {
        let id = crate::model::alias_target(id).unwrap_or(id);
        self.events.iter().find(|e| e.id == id)
    }

    pub fn country_codes(&self) -> &[&'static str] {
        &self.countries
    }

    /// The matching events, in the filter's order (the data is stored oldest first).
    pub fn search(&self, filter: &Filter) -> Vec<&'static Event> {
        self.query(filter).events
    }

    /// The matching events and, per option, how many events it would show: each facet is
    /// counted as if its own selection were empty, so a reader sees what ticking another box
    /// adds; the histogram's years likewise ignore the date range. One pass over packed facts:
    /// paragraph and text are checked once per event, then its country, kind and dates decide
    /// where it counts. Text is only read for events that pass the cheaper checks.
    pub fn query(&self, filter: &Filter) -> QueryResult {
        let terms = SearchTerms::new(&filter.text);
        let from = filter.from.map_or(DayKey::MIN, |d| d.first_day_key());
        let to = filter.to.map_or(DayKey::MAX, |d| d.last_day_key());
        let para: u16 = filter.para.map_or(0, |p| 1 << p);
        let mut selected_countries = BitSet::default();
        for code in &filter.countries {
            if let Ok(i) = self.countries.binary_search(code) {
                selected_countries.insert(i);
            }
        }
        let any_country = filter.countries.is_empty();
        let kinds: u16 = filter
            .kinds
            .iter()
            .fold(0, |bits, k| bits | 1 << (*k as u8));

        let mut events = Vec::new();
        let mut kind_counts = [0; Kind::ALL.len()];
        let mut country_counts = vec![0; self.countries.len()];
        let mut years = if self.is_empty() {
            YearCounts::default()
        } else {
            YearCounts::spanning(self.years.0, self.years.1)
        };
        for (i, facts) in self.facts.iter().enumerate() {
            if (para != 0 && facts.paragraphs & para == 0)
                || !terms.matches_indexed(&self.haystacks[i], &self.signatures[i])
            {
                continue;
            }
            let in_dates = facts.last_day >= from && facts.first_day <= to;
            let start = facts.country_start as usize;
            let ids = &self.country_ids[start..start + usize::from(facts.country_count)];
            let country_ok = any_country
                || ids
                    .iter()
                    .any(|&c| selected_countries.contains(usize::from(c)));
            let kind_ok = kinds == 0 || kinds & 1 << facts.kind != 0;
            if country_ok && kind_ok {
                years.add(facts.start_year, facts.kind);
            }
            if !in_dates {
                continue;
            }
            if country_ok {
                kind_counts[usize::from(facts.kind)] += 1;
            }
            if kind_ok {
                for &c in ids {
                    country_counts[usize::from(c)] += 1;
                }
            }
            if country_ok && kind_ok {
                events.push(&self.events[i]);
            }
        }
        if filter.order == Order::NewestFirst {
            events.reverse();
        }
        let counts = FacetCounts {
            countries: self.countries.iter().copied().zip(country_counts).collect(),
            kinds: kind_counts,
        };
        QueryResult {
            events,
            counts,
            years,
        }
    }
}

/// The states the story is about, listed first in the Country filter: the five that withdrew,
/// Ukraine, and Russia.
pub const FEATURED_COUNTRIES: [&str; 7] = ["EE", "LV", "LT", "FI", "PL", "UA", "RU"];

/// Country codes in the order the filter lists them: featured first, then by name.
/// With `collapsed`, only the featured ones and those already `selected`.
pub fn country_options(
    codes: &[&'static str],
    selected: &[&'static str],
    collapsed: bool,
) -> Vec<&'static str> {
    let featured = FEATURED_COUNTRIES
        .iter()
        .filter_map(|f| codes.iter().find(|c| *c == f).copied());
    let others = countries_by_name()
        .map(|c| c.code)
        .filter(|c| codes.contains(c) && !FEATURED_COUNTRIES.contains(c))
        .filter(|c| !collapsed || selected.contains(c));
    featured.chain(others).collect()
}

/// Splits an ordered list into runs of the same start year.
pub fn group_by_year(events: &[&'static Event]) -> Vec<YearGroup> {
    let mut groups: Vec<YearGroup> = Vec::new();
    for event in events {
        match groups.last_mut() {
            Some(group) if group.year == event.start.year => group.events.push(event),
            _ => groups.push(YearGroup {
                year: event.start.year,
                events: vec![event],
            }),
        }
    }
    groups
}

mod results;
mod story;

pub use results::{FacetCounts, QueryResult, YearGroup};
#[cfg(test)]
mod tests;
