//! The map (a copy of the real one): it loads; each kind of damage is named with its line and field.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;

use ottawa_dataset::map::{parse, MapRole};

const MAP: &str = include_str!("fixtures/valid/map.tsv");
const CODES: [&str; 22] = [
    "EE", "LV", "LT", "FI", "PL", "UA", "RU", "BY", "SE", "NO", "DE", "DK", "CZ", "SK", "HU", "RO",
    "MD", "AT", "SI", "HR", "BA", "RS",
];

fn errors_in(text: &str) -> Vec<String> {
    let known: HashSet<&str> = CODES.into_iter().collect();
    let mut errors = Vec::new();
    parse(("map.tsv", text), &known, &mut errors);
    errors.iter().map(ToString::to_string).collect()
}

/// The map with the line starting `prefix` replaced by `line`, and that line's number.
fn with_line(prefix: &str, line: &str) -> (String, usize) {
    let number = MAP
        .lines()
        .position(|l| l.starts_with(prefix))
        .expect(prefix)
        + 1;
    let text = MAP
        .lines()
        .enumerate()
        .map(|(i, l)| if i + 1 == number { line } else { l })
        .collect::<Vec<_>>()
        .join("\n");
    (text, number)
}

#[test]
fn the_map_loads_with_the_story_states() {
    let known: HashSet<&str> = CODES.into_iter().collect();
    let mut errors = Vec::new();
    let map = parse(("map.tsv", MAP), &known, &mut errors);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(map.shapes.len(), 22);
    let focus: Vec<&str> = map
        .shapes
        .iter()
        .filter(|s| s.role == MapRole::Focus)
        .map(|s| s.code.as_str())
        .collect();
    assert_eq!(focus, ["EE", "LV", "LT", "FI", "PL", "UA"]);
}

#[test]
fn each_kind_of_damage_is_reported() {
    let cases = [
        (
            "EE\t",
            "EE\tfocus\t180,244",
            "field `line`: expected 4 tab-separated fields (code, role, label x,y, path), found 3",
        ),
        (
            "EE\t",
            "XX\tfocus\t180,244\tM1 1l1 1z",
            "field `code`: unknown country code \"XX\" (not in countries.csv)",
        ),
        (
            "LV\t",
            "EE\tfocus\t180,244\tM1 1l1 1z",
            "field `code`: EE is drawn twice",
        ),
        (
            "EE\t",
            "EE\tbystander\t180,244\tM1 1l1 1z",
            "field `role`: expected focus, neighbour or context, found \"bystander\"",
        ),
        (
            "EE\t",
            "EE\tfocus\t180;244\tM1 1l1 1z",
            "field `label`: expected x,y in whole units, found \"180;244\"",
        ),
        (
            "EE\t",
            "EE\tfocus\t180,244\tM1 1<script>",
            "field `path`: unexpected character '<' in the SVG path",
        ),
        (
            "EE\t",
            "EE\tfocus\t180,244\tl1 1z",
            "field `path`: an SVG path must start with M",
        ),
        (
            "viewBox",
            "viewBox\t0 0 400",
            "field `viewBox`: expected `viewBox<TAB>0 0 WIDTH HEIGHT`, found \"viewBox\\t0 0 400\"",
        ),
    ];
    for (prefix, line, expected) in cases {
        let (text, number) = with_line(prefix, line);
        let errors = errors_in(&text);
        let wanted = format!("map.tsv:{number}: {expected}");
        // A broken viewBox also leaves the map without one.
        assert_eq!(errors.first(), Some(&wanted), "{line}");
    }
    let (text, _) = with_line("EE\t", "EE\tfocus\t900,244\tM1 1l1 1z");
    assert_eq!(
        errors_in(&text),
        ["map.tsv:0: field `label`: EE's label lies outside the viewBox"]
    );
}
