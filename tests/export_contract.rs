//! The downloads read back with real parsers: every bundled event, every field, every source.
#![cfg(not(target_arch = "wasm32"))]

use ottawa_explorer::model::{events, Event};
use ottawa_explorer::query::export::{to_csv, to_json, COLUMNS};

fn all() -> Vec<&'static Event> {
    events().iter().collect()
}

#[test]
fn the_csv_parses_with_a_real_csv_reader() {
    let events = all();
    let csv = to_csv(&events);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let header = reader.headers().unwrap().clone();
    assert_eq!(header.len(), COLUMNS.len());
    for (name, (expected, _)) in header.iter().zip(COLUMNS) {
        assert!(name.starts_with(expected), "{name}");
    }
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), events.len());
    for (row, event) in rows.iter().zip(&events) {
        assert_eq!(&row[0], event.id);
        assert_eq!(&row[1], event.start.iso());
        assert_eq!(&row[5], event.title);
        assert_eq!(&row[6], event.summary);
        assert_eq!(
            row[8].split(" | ").count(),
            event.sources.len(),
            "{}",
            event.id
        );
        for source in event.sources() {
            assert!(row[8].contains(source.url), "{}: {}", event.id, source.url);
        }
    }
}

#[test]
fn the_json_parses_and_matches_the_events() {
    let events = all();
    let json = to_json(&events, "https://example.org/explorer/?q=\"quoted\"");
    let parsed: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    assert_eq!(parsed["view"], "https://example.org/explorer/?q=\"quoted\"");
    assert_eq!(parsed["columns"].as_object().unwrap().len(), COLUMNS.len());
    let rows = parsed["events"].as_array().unwrap();
    assert_eq!(rows.len(), events.len());
    for (row, event) in rows.iter().zip(&events) {
        assert_eq!(row["id"], event.id);
        assert_eq!(row["date"], event.start.iso());
        assert_eq!(row["summary"], event.summary);
        assert_eq!(
            row["countries"].as_array().unwrap().len(),
            event.countries.len()
        );
        let sources = row["sources"].as_array().unwrap();
        assert_eq!(sources.len(), event.sources.len());
        for (json_source, source) in sources.iter().zip(event.sources()) {
            assert_eq!(json_source["url"], source.url);
            assert_eq!(json_source["publisher"], source.publisher);
        }
        assert_eq!(
            row["disputes"].as_array().unwrap().len(),
            event.disputes.len()
        );
    }
}

#[test]
fn an_empty_view_still_explains_its_columns() {
    let csv = to_csv(&[]);
    assert_eq!(csv.lines().count(), 1);
    let parsed: serde_json::Value = serde_json::from_str(&to_json(&[], "")).unwrap();
    assert_eq!(parsed["events"].as_array().unwrap().len(), 0);
}
