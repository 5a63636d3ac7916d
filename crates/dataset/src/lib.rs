//! Loads and validates the dataset in `src/data/` and compiles it into Rust statics.
//!
//! A build-dependency of the app only: its `build.rs` calls [`build::write_statics`], and the
//! app receives nothing but the generated code, with no parser in the WASM.
//!
//! Every problem becomes one [`DataError`] naming the file, the line and the field, so a typo
//! fails the build with a message a person can act on instead of failing for a reader.

use std::collections::{HashMap, HashSet};

use ottawa_core::date::PartialDate;
use ottawa_core::kind::Kind;

pub mod build;
pub mod changes;
pub mod codegen;
mod events;
mod links;
mod locate;
pub mod map;
pub mod notes;
pub mod parties;
mod rules;
mod sources;
mod table;
mod texts;

pub use changes::{ChangeRecord, DatasetDates};
use links::{check_aliases, check_change_references};
pub use locate::DataError;
pub(crate) use locate::Locator;
pub use notes::NoteRecord;
pub(crate) use rules::{
    after, after_status_date, before, deposit_out_of_span, signature_out_of_span, text_problem,
    treaty,
};
pub(crate) use sources::{check_sources, RawSource};
use texts::{parse_article, parse_countries};

/// The article has a headline and exactly this many body paragraphs (`p1`…`p10`).
pub const ARTICLE_PARAGRAPHS: usize = 10;

/// The text of every input file, named as it should appear in messages.
pub struct Sources<'a> {
    pub changes: (&'a str, &'a str),
    pub events: (&'a str, &'a str),
    pub countries: (&'a str, &'a str),
    pub parties: (&'a str, &'a str),
    pub parties_status: (&'a str, &'a str),
    pub article: (&'a str, &'a str),
    pub notes: (&'a str, &'a str),
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
    /// (merged id, the id of the event that absorbed it), sorted by merged id.
    pub aliases: Vec<(String, String)>,
    /// Editor's notes on the article, in reading order.
    pub notes: Vec<NoteRecord>,
    pub dates: DatasetDates,
    /// The changelog, newest first.
    pub changes: Vec<ChangeRecord>,
}

/// Loads, cross-checks and returns the whole dataset, or every problem found.
pub fn load(sources: &Sources) -> Result<Dataset, Vec<DataError>> {
    let mut errors = Vec::new();
    let changes = changes::parse(sources.changes, &mut errors);
    let countries = parse_countries(sources.countries, &mut errors);
    let known_codes: HashSet<&str> = countries.iter().map(|(code, _)| code.as_str()).collect();
    let (headline, paragraphs) = parse_article(sources.article, &mut errors);
    let notes = notes::parse(sources.notes, &paragraphs, &mut errors);

    let before_parties = errors.len();
    let mut parties = parties::parse(
        sources.parties,
        sources.parties_status,
        &known_codes,
        changes.dates.map(|dates| dates.un_status_as_at),
        &mut errors,
    );
    let parties_valid = errors.len() == before_parties;

    let events::Parsed {
        events: curated,
        party_disputes,
        aliases,
        all_ids,
        notices,
    } = events::parse(sources.events, &countries, changes.dates, &mut errors);
    let locator = Locator::new(sources.events.0, sources.events.1);
    events::cross_check(
        &curated,
        notices.as_deref(),
        parties_valid.then_some(parties.as_slice()),
        (sources.parties.0, sources.parties_status.0),
        &locator,
        &mut errors,
    );
    // Line 0 marks the ids of generated signature and joining events.
    let mut seen: HashMap<String, usize> = HashMap::new();
    for party in &parties {
        seen.extend(party.signature_id().map(|id| (id, 0)));
        seen.insert(party.joining_id(), 0);
    }
    let mut events = Vec::new();
    for events::Curated { line, event, .. } in curated {
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
    // Broken events are reported where they are, and still count as existing below; an
    // unreadable events.toml leaves nothing to check the references against.
    let aliases = match all_ids {
        Some(all_ids) => {
            for id in all_ids {
                seen.entry(id).or_insert(usize::MAX);
            }
            let aliases = check_aliases(aliases, &seen, &locator, &mut errors);
            check_change_references(
                &changes.references,
                &aliases,
                &seen,
                sources.changes,
                &mut errors,
            );
            aliases
        }
        None => Vec::new(),
    };

    if let (true, Some(dates)) = (errors.is_empty(), changes.dates) {
        events.sort_by(|a, b| {
            (a.start.first_day_key(), &a.id).cmp(&(b.start.first_day_key(), &b.id))
        });
        Ok(Dataset {
            countries,
            events,
            headline,
            paragraphs,
            parties,
            aliases,
            notes,
            dates,
            changes: changes.changes,
        })
    } else {
        Err(errors)
    }
}
