//! Search normalization: case- and diacritic-insensitive ("lodz" finds "Łódź").

use crate::model::FOLD_TABLE as TABLE;

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
        match c {
            _ if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            _ if (TABLE.first..=TABLE.last).contains(&c) => {
                match TABLE.latin[c as usize - TABLE.first as usize] {
                    0 => out.push(c),
                    multi @ 1..=31 => out.push_str(TABLE.multi[usize::from(multi - 1)]),
                    letter => out.push(char::from(letter)),
                }
            }
            // Typography that should match its plain-keyboard form.
            '\u{2013}' | '\u{2014}' => out.push('-'),
            '\u{2018}' | '\u{2019}' => out.push('\''),
            '\u{201C}' | '\u{201D}' => out.push('"'),
            _ => out.push(lowercase_greek_or_cyrillic(c)),
        }
    }
    out
}

/// Lower case for the capitals of the Greek and Cyrillic alphabets. `char::to_lowercase`
/// would cover every script but costs 1.1 KB of gzipped WASM for its Unicode tables; the
/// dataset is in English, and these are the other alphabets its readers search with.
fn lowercase_greek_or_cyrillic(c: char) -> char {
    let shift = match c {
        '\u{391}'..='\u{3A9}' | '\u{410}'..='\u{42F}' => 0x20,
        '\u{400}'..='\u{40F}' => 0x50,
        _ => return c,
    };
    char::from_u32(c as u32 + shift).unwrap_or(c)
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
        assert_eq!(fold("ЇЖАК Ελλάδα"), "їжак ελλάδα");
        assert_eq!(fold("🙂"), "🙂");
    }
}
