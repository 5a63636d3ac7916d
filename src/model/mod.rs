//! Plain data types and the compiled-in dataset. No Leptos here.

pub mod party;
mod unpack;

use std::sync::OnceLock;

// The shared plain types, under the paths the app has always used for them.
pub use ottawa_core::{action, date, kind, map};
pub use ottawa_core::{Basis, DayKey, Kind, MapRole, MapShape, PartialDate, Precision};
pub use party::{joining_event, parties, signature_event, Action, Party};
pub use unpack::{countries, curated_events, party_steps, sources};

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
    pub fn first_day_key(&self) -> DayKey {
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
    pub fn last_day_key(&self) -> DayKey {
        self.end.unwrap_or(self.start).last_day_key()
    }
}

/// A day on which the number of States Parties changed ([`party_steps`]).
#[derive(Debug, PartialEq, Eq)]
pub struct PartyStep {
    pub day: DayKey,
    /// The number of States Parties from this day on.
    pub count: u16,
    /// Indexes into [`parties`] of the states that joined or left that day.
    pub joined: &'static [u8],
    pub left: &'static [u8],
}

/// The statics that build.rs generates from src/data/, column by column. Private to this
/// module: the rest of the app reads the data through the typed functions here, and views
/// through the [`Catalog`](crate::query::Catalog).
mod generated {
    use super::{MapRole, MapShape, Slot};
    use ottawa_core::packed::*;
    include!(concat!(env!("OUT_DIR"), "/dataset.rs"));
}
use generated::*;

/// The number of article paragraphs, `p1`…`p10`.
pub const PARAGRAPH_COUNT: u8 = generated::PARAGRAPH_COUNT;

/// The article's headline, verbatim.
pub fn headline() -> &'static str {
    HEADLINE
}

/// The article's paragraphs, verbatim, in order (`p1` first).
pub fn paragraphs() -> &'static [&'static str] {
    &PARAGRAPHS
}

/// The map's states, in drawing order.
pub fn map_shapes() -> &'static [MapShape] {
    MAP_SHAPES
}

/// The map's width and height, in its own units.
pub fn map_size() -> (u16, u16) {
    MAP_SIZE
}

/// The sources of every signature and joining event (the UN status page).
pub fn party_sources() -> &'static [u16] {
    PARTY_SOURCES
}

/// The table that folds Latin letters for search, generated from Unicode decompositions.
pub struct FoldTable {
    /// The first and last letters the table covers.
    pub first: char,
    pub last: char,
    /// Per letter: its ASCII fold, 0 to keep it, or 1–31 for an entry of `multi`.
    pub latin: &'static [u8],
    pub multi: &'static [&'static str],
}

pub const FOLD_TABLE: FoldTable = FoldTable {
    first: FOLD_LATIN_FIRST,
    last: FOLD_LATIN_LAST,
    latin: FOLD_LATIN,
    multi: FOLD_MULTI,
};

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
                Slot::Signature(i) => signature_event(&parties()[usize::from(i)]),
                Slot::Joining(i) => Some(joining_event(&parties()[usize::from(i)])),
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

/// The event with this id, or for the id of a merged event (an `[[alias]]` of events.toml),
/// the event that absorbed it, so that old links keep working.
pub fn event_by_id(id: &str) -> Option<&'static Event> {
    let id = alias_target(id).unwrap_or(id);
    events().iter().find(|e| e.id == id)
}

/// The id of the event that absorbed the merged event `id`, if it is one.
pub fn alias_target(id: &str) -> Option<&'static str> {
    ALIAS_IDS
        .binary_search(&id)
        .ok()
        .and_then(|i| ALIAS_TARGETS.get(i).copied())
}

/// The dataset's date, "data as of" (changes.toml): the app's today, for the count of States
/// Parties and the map's standing. Never the reader's clock, so every reader, and the page
/// rendered at build time, sees the same figures.
pub fn as_of() -> PartialDate {
    DayKey::from_raw(AS_OF).date()
}

/// The date of the UN Treaty Collection status page that the parties tables copy.
pub fn un_status_as_at() -> PartialDate {
    DayKey::from_raw(UN_STATUS_AS_AT).date()
}

/// An editor's note on the article: a phrase of one paragraph and what is accurate instead.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EditorNote {
    /// 1-based, counted through the whole article in reading order.
    pub number: usize,
    /// 1-based, like `p1`…`p10`.
    pub paragraph: u8,
    /// Where the phrase is in the paragraph's text, in bytes.
    pub phrase_start: usize,
    pub phrase_end: usize,
    pub note: &'static str,
    /// Indexes into [`sources`].
    pub sources: &'static [u16],
}

impl EditorNote {
    pub fn sources(&self) -> impl Iterator<Item = &'static Source> + '_ {
        self.sources
            .iter()
            .filter_map(|&i| sources().get(usize::from(i)))
    }
}

/// The editor's notes on paragraph `number`, in reading order.
pub fn notes_on(number: u8) -> impl Iterator<Item = EditorNote> {
    NOTES
        .iter()
        .enumerate()
        .filter(move |(_, row)| row.paragraph == number)
        .map(|(i, row)| EditorNote {
            number: i + 1,
            paragraph: row.paragraph,
            phrase_start: usize::from(row.start),
            phrase_end: usize::from(row.start) + usize::from(row.len),
            note: row.note,
            sources: row.sources,
        })
}

/// One entry of the dataset's changelog.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Change {
    pub date: PartialDate,
    pub summary: &'static str,
    /// The events it concerns, by id.
    pub events: &'static [&'static str],
}

/// The dataset's changelog, newest first.
pub fn changes() -> impl ExactSizeIterator<Item = Change> {
    CHANGES.iter().map(|row| Change {
        date: DayKey::from_raw(row.date).date(),
        summary: row.summary,
        events: row.events,
    })
}

/// How many events explain article paragraph `number`.
pub fn events_explaining(number: u8) -> usize {
    events()
        .iter()
        .filter(|e| e.paragraphs.contains(&number))
        .count()
}

#[cfg(test)]
mod tests;
