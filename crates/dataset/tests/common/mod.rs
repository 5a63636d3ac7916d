#![allow(dead_code)] // each test file uses part of the harness
//! The harness of the rejection tests: the build-time validator rejects each kind of broken dataset with one exact message that
//! names the file, the line and the field. Each test breaks one thing in a small valid
//! fixture (crates/dataset/tests/fixtures/valid/) and checks the message word for word.

use ottawa_dataset::{load, Sources};

pub const EVENTS: &str = include_str!("../fixtures/valid/events.toml");
pub const COUNTRIES: &str = include_str!("../fixtures/valid/countries.csv");
pub const PARTIES: &str = include_str!("../fixtures/valid/parties.csv");
pub const STATUS: &str = include_str!("../fixtures/valid/parties_status.csv");
pub const ARTICLE: &str = include_str!("../fixtures/valid/article.txt");
pub const NOTES: &str = include_str!("../fixtures/valid/notes.toml");
pub const CHANGES: &str = include_str!("../fixtures/valid/changes.toml");

#[derive(Clone, Copy)]
pub enum File {
    Events,
    Countries,
    Parties,
    Status,
    Article,
    Notes,
    Changes,
}

/// Loads the fixture with `from` replaced by `to` in one file; returns the messages.
pub fn errors_after(file: File, from: &str, to: &str) -> Vec<String> {
    errors_after_edits(&[(file, from, to)])
}

/// Loads the fixture with each `(file, from, to)` replacement made in turn.
pub fn errors_after_edits(edits: &[(File, &str, &str)]) -> Vec<String> {
    let mut texts = [EVENTS, COUNTRIES, PARTIES, STATUS, ARTICLE, NOTES, CHANGES].map(String::from);
    for (file, from, to) in edits {
        let slot = &mut texts[*file as usize];
        assert!(slot.contains(from), "fixture no longer contains {from:?}");
        *slot = slot.replacen(from, to, 1);
    }
    let sources = Sources {
        events: ("src/data/events.toml", &texts[0]),
        countries: ("src/data/countries.csv", &texts[1]),
        parties: ("src/data/parties.csv", &texts[2]),
        parties_status: ("src/data/parties_status.csv", &texts[3]),
        article: ("src/data/article.txt", &texts[4]),
        notes: ("src/data/notes.toml", &texts[5]),
        changes: ("src/data/changes.toml", &texts[6]),
    };
    match load(&sources) {
        Ok(_) => Vec::new(),
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    }
}

pub fn assert_rejected(file: File, from: &str, to: &str, expected: &str) {
    assert_eq!(errors_after(file, from, to), [expected]);
}
