//! Deliberate failures for the end-to-end tests, compiled only into the benchmark build
//! (feature `test-hooks`, see scripts/bench-build.sh), never into readers' builds.
//!
//! `?panic=1` panics in a timer callback after the app has mounted, as a bug in an event
//! handler would, so the tests can check what a reader sees when the app dies.

use leptos::prelude::*;

pub fn install() {
    let asks_for_panic = window()
        .location()
        .search()
        .is_ok_and(|query| query.split(['?', '&']).any(|part| part == "panic=1"));
    if asks_for_panic {
        set_timeout(
            || panic!("deliberate panic for the crash test (?panic=1)"),
            std::time::Duration::from_millis(50),
        );
    }
}
