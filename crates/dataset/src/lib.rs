//! Loads and validates the dataset in `src/data/` and compiles it into Rust statics.
//!
//! A build-dependency of the app only: its `build.rs` calls [`build::write_statics`], and the
//! app receives nothing but the generated code, with no parser in the WASM.
//!
//! Every problem becomes one [`DataError`] naming the file, the line and the field, so a typo
//! fails the build with a message a person can act on instead of failing for a reader.

use std::collections::{HashMap, HashSet};
use std::fmt;

use toml::Spanned;

use ottawa_core::date::PartialDate;
use ottawa_core::kind::Kind;

pub mod build;
pub mod changes;
pub mod codegen;
mod events;
pub mod map;
pub mod notes;
pub mod parties;
mod sources;
mod table;

pub use changes::{ChangeRecord, DatasetDates};
pub use notes::NoteRecord;
pub(crate) use sources::{check_sources, RawSource};

/// The article has a headline and exactly this many body paragraphs (`p1`…`p10`).
pub const ARTICLE_PARAGRAPHS: usize = 10;

/// Dates fixed by the Convention and by the sources the dataset follows. The rules that use
/// them cite the article; the texts are quoted in the research notes (facts.md A1 and A3,
/// parties_notes.md).
pub(crate) mod treaty {
    use ottawa_core::date::PartialDate;

    const fn day(year: u16, month: u8, day: u8) -> PartialDate {
        PartialDate { year, month, day }
    }

    /// The Ottawa Process was "launched in Ottawa by the Minister of Foreign Affairs of Canada
    /// in October 1996" (UN Audiovisual Library of International Law); the story starts there.
    pub const PROCESS_LAUNCHED: PartialDate = PartialDate {
        year: 1996,
        month: 10,
        day: 0,
    };
    /// Article 15: "open for signature at Ottawa, Canada, by all States from 3 December 1997".
    /// Nothing could be signed or deposited before.
    pub const OPENED_FOR_SIGNATURE: PartialDate = day(1997, 12, 3);
    /// Article 15: open "at the United Nations Headquarters in New York from 5 December 1997
    /// until its entry into force", which Article 17(1) set at 1 March 1999.
    pub const ENTRY_INTO_FORCE: PartialDate = day(1999, 3, 1);
    /// Burkina Faso deposited the 40th instrument on 16 September 1998 (ICRC; Equatorial
    /// Guinea deposited the same day). Article 17(1): the Convention entered into force, for
    /// every state that had deposited by then, on the first day of the sixth month after
    /// that month.
    pub const FORTIETH_DEPOSIT: PartialDate = day(1998, 9, 16);
}

/// Whether `date` is certainly before `bound` (a partial date may straddle it: "1997-12" is
/// not certainly before 3 December 1997, so the rules below let it pass).
pub(crate) fn before(date: PartialDate, bound: PartialDate) -> bool {
    date.last_day_key() < bound.first_day_key()
}

/// Whether `date` is certainly after `bound`.
pub(crate) fn after(date: PartialDate, bound: PartialDate) -> bool {
    date.first_day_key() > bound.last_day_key()
}

/// Why `date` cannot be a signature: Article 15 kept the Convention open for signature from
/// 3 December 1997 until its entry into force on 1 March 1999.
pub(crate) fn signature_out_of_span(date: PartialDate) -> Option<String> {
    use treaty::{ENTRY_INTO_FORCE, OPENED_FOR_SIGNATURE};
    (before(date, OPENED_FOR_SIGNATURE) || after(date, ENTRY_INTO_FORCE)).then(|| {
        format!(
            "{} is outside {} to {}, when the Convention was open for signature (Article 15)",
            date.iso(),
            OPENED_FOR_SIGNATURE.iso(),
            ENTRY_INTO_FORCE.iso()
        )
    })
}

/// Why `date` cannot be the deposit of an instrument: none could be deposited before the
/// Convention was opened (Article 15), and none after `un_status`, the date of the UN status
/// page the parties tables copy.
pub(crate) fn deposit_out_of_span(date: PartialDate, un_status: PartialDate) -> Option<String> {
    if before(date, treaty::OPENED_FOR_SIGNATURE) {
        return Some(format!(
            "{} is before {}, when the Convention opened for signature (Article 15): no instrument could be deposited earlier",
            date.iso(),
            treaty::OPENED_FOR_SIGNATURE.iso()
        ));
    }
    after_status_date(date, un_status)
}

/// Why `date` is too late for a table that copies the UN status page of `un_status`.
pub(crate) fn after_status_date(date: PartialDate, un_status: PartialDate) -> Option<String> {
    after(date, un_status).then(|| {
        format!(
            "{} is after {}, the status date of the UN Treaty Collection table the dataset follows",
            date.iso(),
            un_status.iso()
        )
    })
}

/// What is wrong with a reader-facing text, if anything. Control characters are copy-paste
/// accidents, and the generated columns use one to separate their fields.
pub(crate) fn text_problem(text: &str) -> Option<String> {
    if text.trim().is_empty() {
        return Some("must not be empty".into());
    }
    text.chars()
        .find(|c| c.is_control())
        .map(|c| format!("contains the control character U+{:04X}", u32::from(c)))
}

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

/// Maps byte offsets to 1-based line numbers in one file.
pub(crate) struct Locator<'a> {
    pub file: &'a str,
    text: &'a str,
}

impl<'a> Locator<'a> {
    pub fn new(file: &'a str, text: &'a str) -> Self {
        Locator { file, text }
    }

    pub(crate) fn line_of(&self, offset: usize) -> usize {
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

    /// A file that is not the TOML its reader expects. toml reports missing and unknown
    /// fields in prose; the field name is pulled out for the message.
    pub(crate) fn toml_error(&self, error: &toml::de::Error) -> DataError {
        let line = error.span().map(|s| self.line_of(s.start)).unwrap_or(1);
        let message = error.message().trim().to_string();
        let field = message
            .split('`')
            .nth(1)
            .filter(|_| message.matches('`').count() >= 2)
            .unwrap_or("toml")
            .to_string();
        self.error_at_line(line, &field, message)
    }
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

/// Each id a change names must be a live event (not a merged one: name its survivor).
fn check_change_references(
    references: &[changes::EventReference],
    aliases: &[(String, String)],
    live: &HashMap<String, usize>,
    file: (&str, &str),
    errors: &mut Vec<DataError>,
) {
    let locator = Locator::new(file.0, file.1);
    for reference in references {
        let problem = if let Some((_, target)) = aliases.iter().find(|(id, _)| *id == reference.id)
        {
            format!(
                "\"{}\" was merged into \"{target}\"; name that id",
                reference.id
            )
        } else if live.contains_key(&reference.id) {
            continue;
        } else {
            format!("no event has the id \"{}\"", reference.id)
        };
        errors.push(locator.error_at_line(reference.line, "change.events", problem));
    }
}

/// Checks the `[[alias]]` entries: each names a merged id that no event uses any more, and the
/// live event that absorbed it (never another alias, so a link resolves in one step).
fn check_aliases(
    raw: Vec<events::RawAlias>,
    live: &HashMap<String, usize>,
    locator: &Locator,
    errors: &mut Vec<DataError>,
) -> Vec<(String, String)> {
    let mut aliases: Vec<(String, String)> = Vec::new();
    for alias in &raw {
        let (id, target) = (alias.id.get_ref(), alias.event.get_ref());
        let problem = if live.contains_key(id) {
            Some((
                "alias.id",
                format!("\"{id}\" is still an event's id; an alias keeps a merged id working"),
            ))
        } else if aliases.iter().any(|(seen, _)| seen == id) {
            Some(("alias.id", format!("\"{id}\" has two aliases")))
        } else if raw.iter().any(|other| other.id.get_ref() == target) {
            Some((
                "alias.event",
                format!("\"{target}\" is itself an alias; name the event it points to"),
            ))
        } else if !live.contains_key(target) {
            Some(("alias.event", format!("no event has the id \"{target}\"")))
        } else {
            None
        };
        match problem {
            Some((field, message)) => {
                let at = if field == "alias.id" {
                    &alias.id
                } else {
                    &alias.event
                };
                errors.push(locator.error(at, field, message));
            }
            None => aliases.push((id.clone(), target.clone())),
        }
    }
    aliases.sort();
    aliases
}

fn parse_countries(file: (&str, &str), errors: &mut Vec<DataError>) -> Vec<(String, String)> {
    #[derive(serde::Deserialize)]
    struct Row {
        code: String,
        name: String,
    }
    let locator = Locator::new(file.0, file.1);
    let mut countries: Vec<(String, String)> = Vec::new();
    for (line_no, Row { code, name }) in table::rows::<Row>(file, &["code", "name"], errors) {
        if !is_country_code(&code) {
            errors.push(locator.error_at_line(
                line_no,
                "code",
                format!("\"{code}\" is not an ISO 3166-1 alpha-2 code (two capital letters)"),
            ));
        } else if countries.iter().any(|(c, _)| *c == code) {
            errors.push(locator.error_at_line(
                line_no,
                "code",
                format!("duplicate code \"{code}\""),
            ));
        } else if name.is_empty() {
            errors.push(locator.error_at_line(line_no, "name", "empty name".into()));
        } else if let Some(c) = name.chars().find(|c| c.is_control()) {
            errors.push(locator.error_at_line(
                line_no,
                "name",
                format!("contains the control character U+{:04X}", u32::from(c)),
            ));
        } else {
            countries.push((code, name));
        }
    }
    if countries.len() > usize::from(u8::MAX) {
        // The generated name order indexes countries with a u8.
        errors.push(locator.error_at_line(
            1,
            "code",
            format!("{} countries; at most 255 are supported", countries.len()),
        ));
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
