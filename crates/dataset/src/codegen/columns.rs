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

/// A static table of `ottawa_core::packed` rows, each written as its `Debug` form, which for
/// those plain structs is the struct literal the compiler checks against the type.
pub(super) fn rows<T: std::fmt::Debug>(
    out: &mut String,
    doc: &str,
    name: &str,
    row_type: &str,
    rows: impl IntoIterator<Item = T>,
) {
    let _ = writeln!(out, "/// {doc}\npub static {name}: &[{row_type}] = &[");
    for row in rows {
        let _ = writeln!(out, "    {row:?},");
    }
    out.push_str("];\n\n");
}
