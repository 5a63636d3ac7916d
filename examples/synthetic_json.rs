//! Writes the synthetic benchmark dataset as JSON, so the browser benchmark can feed the very
//! same events to TimelineJS and vis-timeline that `?synthetic=N` gives the app.
//!
//! `cargo run --example synthetic_json --features synthetic -- 30000 > events.json`

use ottawa_explorer::query::synthetic::{generate, SEED};
use serde::Serialize;

#[derive(Serialize)]
struct JsonEvent<'a> {
    id: &'a str,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as the event.
    start: String,
    kind: &'a str,
    kind_label: &'a str,
    countries: String,
    title: &'a str,
    summary: &'a str,
}

fn main() {
    let count: usize = match std::env::args().nth(1).map(|n| n.parse()) {
        Some(Ok(n)) => n,
        _ => {
            eprintln!("usage: synthetic_json COUNT");
            std::process::exit(2);
        }
    };
    let events = generate(count, SEED);
    let rows: Vec<JsonEvent> = events
        .iter()
        .map(|e| JsonEvent {
            id: e.id,
            start: e.start.iso(),
            kind: e.kind.slug(),
            kind_label: e.kind.label(),
            countries: e.country_names(),
            title: e.title,
            summary: e.summary,
        })
        .collect();
    match serde_json::to_string(&rows) {
        Ok(json) => println!("{json}"),
        Err(error) => {
            eprintln!("synthetic_json: {error}");
            std::process::exit(1);
        }
    }
}
