//! The URL contract under arbitrary input: `parse` never panics, and whatever survives it is a
//! clean view whose own link reads back as exactly that view, with nothing reported.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ottawa_explorer::query::{parse, to_query};

fuzz_target!(|data: &[u8]| {
    // Lossy, not skipped: `parse` takes a `&str` (the browser hands over `location.search`,
    // always valid UTF-16, so always valid UTF-8 here), and most of libFuzzer's byte-level
    // mutations break UTF-8; skipping those would waste them. U+FFFD is a fine input too, and
    // invalid bytes still reach the decoder through `%XX` escapes.
    let input = String::from_utf8_lossy(data);
    let parsed = parse(&input);

    let link = to_query(&parsed.filter);
    // The link is pasted into chats, iframes and `history.replaceState`: every character must
    // be printable ASCII (no spaces, controls or raw Unicode) ...
    assert!(link.chars().all(|c| c.is_ascii_graphic()), "{link:?}");
    // ... and a '#' would cut the query off as a fragment.
    assert!(!link.contains('#'), "{link:?}");

    // Round trip: the view on screen is the view its own link opens, and that link never
    // shows the reader a "part of this link was ignored" notice.
    let again = parse(&link);
    assert!(
        again.problems.is_empty(),
        "{input:?} -> {link:?}: {:?}",
        again.problems
    );
    assert_eq!(again.filter, parsed.filter, "{input:?} -> {link:?}");
});
