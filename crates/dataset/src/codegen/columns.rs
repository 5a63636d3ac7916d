//! How texts are packed into columns, and the order names sort in.

use super::*;

/// Separates the fields of a text column (written into dataset.rs for the app to split by);
/// the dataset checks reject control characters, so no field can contain it.
pub(super) const FIELD_SEPARATOR: char = '\u{1f}';

/// Texts as one column: one long literal compresses far better than a table of `&str`s, whose
/// pointers cost as much gzipped as the text they point to.
pub(super) fn column<'a>(fields: impl Iterator<Item = &'a String>) -> String {
    let fields: Vec<&str> = fields.map(String::as_str).collect();
    fields.join(&FIELD_SEPARATOR.to_string())
}

pub(super) fn sort_key(name: &str) -> String {
    name.nfkd()
        .filter(|c| c.is_alphanumeric() || *c == ' ')
        .flat_map(char::to_lowercase)
        .collect()
}
