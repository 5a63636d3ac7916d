//! A 256-bit summary of the byte pairs in a text: a Bloom filter with one hash over bigrams.
//!
//! If a word occurs in a text, every pair of adjacent bytes in the word occurs in it too, so
//! a text whose signature lacks any of the word's bits cannot contain the word. Comparing 32
//! bytes rules out most events without reading their text; only the rest are searched.

/// Which byte pairs (hashed to 256 buckets) a text contains.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Signature([u64; 4]);

impl Signature {
    pub fn of(text: &str) -> Self {
        let mut signature = Signature::default();
        signature.add(text);
        signature
    }

    /// Adds `text`'s pairs, so the signature stands for several words at once.
    pub fn add(&mut self, text: &str) {
        for pair in text.as_bytes().windows(2) {
            let bucket = bucket(pair[0], pair[1]);
            self.0[bucket / 64] |= 1 << (bucket % 64);
        }
    }

    /// Whether every pair in `words` may occur here. `false` is certain; `true` means "look".
    pub fn may_contain(&self, words: &Signature) -> bool {
        self.0
            .iter()
            .zip(&words.0)
            .all(|(have, need)| have & need == *need)
    }
}

/// A multiplicative hash of the pair, taking the top eight bits (Knuth's golden ratio constant
/// spreads the 65,536 pairs evenly over the 256 buckets).
fn bucket(first: u8, second: u8) -> usize {
    let pair = u32::from(u16::from_le_bytes([first, second]));
    (pair.wrapping_mul(0x9E37_79B1) >> 24) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_may_contain_each_of_its_substrings() {
        let text = "latvia's saeima votes to withdraw from the ottawa convention — łódź";
        let whole = Signature::of(text);
        for start in 0..text.len() {
            for end in start..=text.len() {
                if let Some(part) = text.get(start..end) {
                    assert!(whole.may_contain(&Signature::of(part)), "{part:?}");
                }
            }
        }
    }

    #[test]
    fn rules_out_words_whose_pairs_are_missing() {
        let text = Signature::of("estonia deposits its instrument of accession");
        assert!(!text.may_contain(&Signature::of("withdrawal")));
        let mut both = Signature::of("estonia");
        both.add("accession");
        assert!(text.may_contain(&both));
        both.add("finland");
        assert!(!text.may_contain(&both));
        // Words of one letter have no pairs: they rule nothing out.
        assert!(text.may_contain(&Signature::of("z")));
    }
}
