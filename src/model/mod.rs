//! Plain data types and the compiled-in dataset. No Leptos here.

pub mod action;
pub mod date;
pub mod kind;
pub mod map;
pub mod party;
mod unpack;

use std::sync::OnceLock;

pub use date::{PartialDate, Precision};
pub use kind::Kind;
pub use map::{MapRole, MapShape};
pub use party::{parties, Action, Party};
pub use unpack::{bound_steps, countries, curated_events, joined_steps, sources};

/// A state as the reader knows it.
#[derive(Debug, PartialEq, Eq)]
pub struct Country {
    /// ISO 3166-1 alpha-2, upper case.
    pub code: &'static str,
    pub name: &'static str,
}

/// Where a fact comes from.
#[derive(Debug, PartialEq, Eq)]
pub struct Source {
    pub publisher: &'static str,
    pub title: &'static str,
    pub url: &'static str,
}

/// One dated step in the story, with its evidence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Event {
    /// Stable slug; part of public URLs (`?event=`).
    pub id: &'static str,
    pub start: PartialDate,
    /// Last day of a span such as a conference.
    pub end: Option<PartialDate>,
    pub kind: Kind,
    pub countries: &'static [&'static str],
    pub title: &'static str,
    pub summary: &'static str,
    /// Article paragraphs (1-based) that this event explains.
    pub paragraphs: &'static [u8],
    /// Indexes into [`sources`].
    pub sources: &'static [u16],
    /// Where reputable sources disagree.
    pub disputes: &'static [&'static str],
}

impl Event {
    pub fn sources(&self) -> impl Iterator<Item = &'static Source> + '_ {
        self.sources
            .iter()
            .filter_map(|&i| sources().get(usize::from(i)))
    }

    /// The first day this event may mean, as a sortable key.
    pub fn first_day_key(&self) -> u32 {
        self.start.first_day_key()
    }

    /// The reader's date: "27 June 2025", or a span "29 November 2004 – 3 December 2004".
    pub fn date_label(&self) -> String {
        match self.end {
            Some(end) if end != self.start => [self.start.human(), end.human()].join(" – "),
            _ => self.start.human(),
        }
    }

    /// The names of the states involved, in the dataset's order: "Estonia, Latvia".
    pub fn country_names(&self) -> String {
        let names: Vec<&str> = self
            .countries
            .iter()
            .map(|code| country_name(code))
            .collect();
        names.join(", ")
    }

    /// The last day this event may mean (its end, if it is a span).
    pub fn last_day_key(&self) -> u32 {
        self.end.unwrap_or(self.start).last_day_key()
    }
}

/// A day on which the number of States Parties changed ([`bound_steps`], [`joined_steps`]).
#[derive(Debug, PartialEq, Eq)]
pub struct PartyStep {
    /// The day, as a [`PartialDate::key`].
    pub day: u32,
    /// The number of States Parties from this day on.
    pub count: u16,
    /// Indexes into [`parties`] of the states that joined or left that day.
    pub joined: &'static [u8],
    pub left: &'static [u8],
}

include!(concat!(env!("OUT_DIR"), "/dataset.rs"));

/// Looks a country up by its code, in any case.
pub fn country(code: &str) -> Option<&'static Country> {
    let upper = code.to_ascii_uppercase();
    let all = countries();
    all.binary_search_by(|c| c.code.cmp(upper.as_str()))
        .ok()
        .map(|i| &all[i])
}

/// The display name for a code known to the dataset.
pub fn country_name(code: &str) -> &'static str {
    country(code).map_or("Unknown country", |c| c.name)
}

/// A place in the timeline: a curated event, or a party's signature or joining.
#[derive(Clone, Copy, Debug)]
pub enum Slot {
    Curated(u16),
    Signature(u16),
    Joining(u16),
}

/// Every event, oldest first: the curated ones and those written from the parties table,
/// in the order build.rs computed.
pub fn events() -> &'static [Event] {
    static ALL: OnceLock<Vec<Event>> = OnceLock::new();
    ALL.get_or_init(|| {
        TIMELINE
            .iter()
            .filter_map(|slot| match *slot {
                Slot::Curated(i) => curated_events().get(usize::from(i)).copied(),
                Slot::Signature(i) => parties()[usize::from(i)].signature_event(),
                Slot::Joining(i) => Some(parties()[usize::from(i)].joining_event()),
            })
            .collect()
    })
}

/// Countries in alphabetical order of name.
pub fn countries_by_name() -> impl Iterator<Item = &'static Country> {
    COUNTRIES_BY_NAME
        .iter()
        .filter_map(|&i| countries().get(usize::from(i)))
}

pub fn event_by_id(id: &str) -> Option<&'static Event> {
    events().iter().find(|e| e.id == id)
}

/// How many events explain article paragraph `number`.
pub fn events_explaining(number: u8) -> usize {
    events()
        .iter()
        .filter(|e| e.paragraphs.contains(&number))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_show_spans_and_country_names() {
        let nairobi = events()
            .iter()
            .find(|e| e.title.contains("First Review Conference"))
            .unwrap();
        assert_eq!(nairobi.date_label(), "29 November 2004 – 3 December 2004");
        let estonia = event_by_id("join-ee").unwrap();
        assert_eq!(estonia.date_label(), "12 May 2004");
        assert_eq!(estonia.country_names(), "Estonia");
    }

    #[test]
    fn every_paragraph_counts_its_events() {
        let total: usize = (1..=10).map(events_explaining).sum();
        let links: usize = events().iter().map(|e| e.paragraphs.len()).sum();
        assert_eq!(total, links);
        assert_eq!(events_explaining(11), 0);
    }
}
