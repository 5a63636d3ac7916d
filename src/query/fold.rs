//! Search normalization: case- and diacritic-insensitive ("lodz" finds "Łódź").

use crate::model::FOLD_TABLE;

/// Folds text for matching: lower case, Latin diacritics removed, typographic dashes and
/// quotes made plain, and any run of whitespace collapsed to one space.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if is_combining_mark(c) {
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if let Ok(i) = FOLD_TABLE.binary_search_by(|(k, _)| k.cmp(&c)) {
            out.push_str(FOLD_TABLE[i].1);
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// Combining diacritical marks, left behind when text arrives already decomposed (NFD).
fn is_combining_mark(c: char) -> bool {
    ('\u{0300}'..='\u{036F}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn folds_case_and_diacritics() {
        assert_eq!(fold("Łódź"), "lodz");
        assert_eq!(fold("Türkiye"), "turkiye");
        assert_eq!(fold("Côte d’Ivoire"), "cote d'ivoire");
        assert_eq!(fold("São Tomé and Príncipe"), "sao tome and principe");
        assert_eq!(fold("Šakalienė"), "sakaliene");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("2025–26"), "2025-26");
    }

    #[test]
    fn decomposed_input_matches_composed() {
        assert_eq!(fold("Lo\u{301}dz\u{301}"), fold("Lódź"));
    }

    #[test]
    fn collapses_whitespace_and_keeps_other_scripts() {
        assert_eq!(fold("  Mine \t Ban  "), "mine ban");
        assert_eq!(fold("Україна"), "україна");
        assert_eq!(fold("🙂"), "🙂");
    }
}
