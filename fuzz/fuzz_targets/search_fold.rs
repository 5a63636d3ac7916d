//! Search normalization under arbitrary text: `fold`, `SearchTerms` and the bigram
//! `Signature` prefilter must agree with each other for any input, in any script.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ottawa_explorer::query::search::filter::SearchTerms;
use ottawa_explorer::query::search::fold::fold;
use ottawa_explorer::query::search::signature::Signature;

fuzz_target!(|data: &[u8]| {
    // Lossy for the same reason as in url_parse: every input is a test, none is skipped.
    let text = String::from_utf8_lossy(data);
    let folded = fold(&text);

    // Haystacks are folded once at startup and queries are folded again inside
    // `SearchTerms::new`: folding must be idempotent, or text copied from an event could
    // fail to find that event.
    assert_eq!(fold(&folded), folded, "{text:?}");

    // `SearchTerms` splits on ' ' only, so fold's output must use nothing else as a gap:
    // no other whitespace, no leading, trailing or doubled spaces.
    assert!(!folded.starts_with(' ') && !folded.ends_with(' ') && !folded.contains("  "));
    assert!(
        folded.chars().all(|c| c == ' ' || !c.is_whitespace()),
        "{folded:?}"
    );

    // A text is found by any of its own words, and by itself as a whole query. (Each check
    // scans the whole text, so only the first 64 words: the fuzzer varies which come first.)
    let words: Vec<&str> = folded.split(' ').take(64).collect();
    for word in &words {
        assert!(
            SearchTerms::new(word).matches(&folded),
            "{word:?} in {folded:?}"
        );
    }
    if words.len() < 64 {
        assert!(SearchTerms::new(&text).matches(&folded), "{text:?}");
    }

    // The signature prefilter may only rule out true non-matches: `matches_indexed` must give
    // exactly what the plain scan gives. The needle and haystack come from the input (split at
    // the first newline, else at the middle), the haystack folded as `catalog::haystack` does.
    // The needle is cut to 256 bytes, a long search box entry, to keep each run linear.
    let cut = |s: &str, at: usize| (0..=at.min(s.len())).rev().find(|&i| s.is_char_boundary(i));
    let (needle, hay) = text
        .split_once('\n')
        .unwrap_or_else(|| text.split_at(cut(&text, text.len() / 2).unwrap_or(0)));
    let needle = &needle[..cut(needle, 256).unwrap_or(0)];
    let terms = SearchTerms::new(needle);
    for hay in [fold(hay), folded.clone()] {
        let signature = Signature::of(&hay);
        assert_eq!(
            terms.matches_indexed(&hay, &signature),
            terms.matches(&hay),
            "{needle:?} in {hay:?}"
        );
    }
});
