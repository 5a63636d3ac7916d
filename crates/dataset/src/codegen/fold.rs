//! The search folding table: Latin letters folded to plain ASCII, written for query::fold.

use super::*;

/// Letters that compatibility decomposition leaves alone but readers type without marks.
pub(super) const UNDECOMPOSABLE: [(char, &str); 20] = [
    ('ł', "l"),
    ('Ł', "l"),
    ('ø', "o"),
    ('Ø', "o"),
    ('đ', "d"),
    ('Đ', "d"),
    ('ħ', "h"),
    ('Ħ', "h"),
    ('ŧ', "t"),
    ('Ŧ', "t"),
    ('ß', "ss"),
    ('æ', "ae"),
    ('Æ', "ae"),
    ('œ', "oe"),
    ('Œ', "oe"),
    ('ı', "i"),
    ('þ', "th"),
    ('Þ', "th"),
    ('ð', "d"),
    ('Ð', "d"),
];

/// First and last code points of the folded Latin range.
pub(super) const LATIN_FIRST: char = '\u{C0}';
pub(super) const LATIN_LAST: char = '\u{24F}';

/// Folding for Latin letters with diacritics, computed here with Unicode compatibility
/// decomposition so the app carries a 400-byte table instead of the normalization crate.
///
/// `FOLD_LATIN[c - U+00C0]` is the plain lowercase letter `c` folds to, 0 if it has none, or
/// `1 + i` for the multi-letter `FOLD_MULTI[i]` ("ß" → "ss").
pub fn fold_table() -> String {
    let mut bytes: Vec<u8> = Vec::new();
    let mut multi: Vec<String> = Vec::new();
    for c in LATIN_FIRST..=LATIN_LAST {
        let folded = match UNDECOMPOSABLE.iter().find(|(u, _)| *u == c) {
            Some((_, folded)) => folded.to_string(),
            None => c
                .to_string()
                .nfkd()
                .filter(|d| d.is_ascii_alphanumeric())
                .map(|d| d.to_ascii_lowercase())
                .collect(),
        };
        bytes.push(match folded.len() {
            0 => 0,
            1 => folded.as_bytes()[0],
            _ => {
                let index = multi.iter().position(|m| *m == folded).unwrap_or_else(|| {
                    multi.push(folded.clone());
                    multi.len() - 1
                });
                assert!(index < 31, "too many multi-letter folds for the byte table");
                (index + 1) as u8
            }
        });
    }
    let literal: String = bytes
        .iter()
        .map(|b| std::ascii::escape_default(*b).to_string())
        .collect();
    format!(
        "pub const FOLD_LATIN_FIRST: char = {LATIN_FIRST:?};\npub const FOLD_LATIN_LAST: char = {LATIN_LAST:?};\npub static FOLD_LATIN: &[u8; {}] = b\"{literal}\";\npub static FOLD_MULTI: &[&str] = &{multi:?};\n",
        bytes.len()
    )
}
