//! `notes.toml`: editor's notes on the article, which is shipped verbatim.
//!
//! Each note is tied to a phrase of one paragraph. The phrase must occur in that paragraph
//! exactly once, word for word, so the app can mark it without touching the author's text.

use serde::Deserialize;
use toml::Spanned;

use super::{check_sources, DataError, Locator, RawSource, SourceRecord, ARTICLE_PARAGRAPHS};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNotesFile {
    #[serde(default)]
    note: Vec<Spanned<RawNote>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNote {
    paragraph: Spanned<i64>,
    phrase: Spanned<String>,
    note: Spanned<String>,
    #[serde(default)]
    sources: Vec<Spanned<RawSource>>,
}

/// A checked note: the phrase is at `start..start + phrase.len()` (bytes) of its paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NoteRecord {
    /// 1-based, like `p1`…`p10`.
    pub paragraph: u8,
    pub phrase: String,
    pub start: usize,
    pub note: String,
    pub sources: Vec<SourceRecord>,
}

/// Checks every note against the article's paragraphs; returns them in reading order.
pub(super) fn parse(
    file: (&str, &str),
    paragraphs: &[String],
    errors: &mut Vec<DataError>,
) -> Vec<NoteRecord> {
    let locator = Locator::new(file.0, file.1);
    let raw: RawNotesFile = match toml::from_str(file.1) {
        Ok(raw) => raw,
        Err(error) => {
            errors.push(locator.toml_error(&error));
            return Vec::new();
        }
    };
    let mut notes: Vec<NoteRecord> = Vec::new();
    for raw in raw.note {
        let line = locator.line_of(raw.span().start);
        let raw = raw.into_inner();
        let before = errors.len();
        let number = *raw.paragraph.get_ref();
        let paragraph = usize::try_from(number)
            .ok()
            .filter(|n| (1..=ARTICLE_PARAGRAPHS).contains(n))
            .map(|n| (n as u8, paragraphs.get(n - 1)));
        let phrase = raw.phrase.get_ref();
        let start = match paragraph {
            None => {
                errors.push(locator.error(
                    &raw.paragraph,
                    "paragraph",
                    format!("paragraph {number} is outside 1–{ARTICLE_PARAGRAPHS}"),
                ));
                None
            }
            // The article itself failed to load; it reports its own error.
            Some((_, None)) => None,
            Some((number, Some(text))) => {
                let found: Vec<usize> = text
                    .match_indices(phrase.as_str())
                    .map(|(i, _)| i)
                    .collect();
                match found.as_slice() {
                    _ if phrase.trim().is_empty() => {
                        errors.push(locator.error(
                            &raw.phrase,
                            "phrase",
                            "must not be empty".into(),
                        ));
                        None
                    }
                    [start] => Some((number, *start)),
                    [] => {
                        errors.push(locator.error(
                            &raw.phrase,
                            "phrase",
                            format!(
                                "\"{phrase}\" does not occur word for word in paragraph {number}"
                            ),
                        ));
                        None
                    }
                    _ => {
                        errors.push(locator.error(
                            &raw.phrase,
                            "phrase",
                            format!(
                                "\"{phrase}\" occurs {} times in paragraph {number}; quote enough to make it unique",
                                found.len()
                            ),
                        ));
                        None
                    }
                }
            }
        };
        if let Some(problem) = super::text_problem(raw.note.get_ref()) {
            errors.push(locator.error(&raw.note, "note", problem));
        }
        let owner = format!("the note on paragraph {number}");
        let sources = check_sources(&raw.sources, &owner, line, &locator, errors);
        if let Some((paragraph, start)) = start {
            let end = start + phrase.len();
            if let Some(other) = notes.iter().find(|n| {
                n.paragraph == paragraph && n.start < end && start < n.start + n.phrase.len()
            }) {
                errors.push(locator.error(
                    &raw.phrase,
                    "phrase",
                    format!(
                        "overlaps the note on \"{}\" in paragraph {paragraph}",
                        other.phrase
                    ),
                ));
            }
            if errors.len() == before {
                notes.push(NoteRecord {
                    paragraph,
                    phrase: phrase.clone(),
                    start,
                    note: raw.note.get_ref().trim().to_string(),
                    sources,
                });
            }
        }
    }
    notes.sort_by_key(|note| (note.paragraph, note.start));
    notes
}
