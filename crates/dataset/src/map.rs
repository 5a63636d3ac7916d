//! The Baltic region map (`src/data/map.tsv`, written by `scripts/map.mjs`): checked here so a
//! hand edit or a broken regeneration fails the build with a message, never a blank map.
//!
//! The file is `#` comments, one `viewBox<TAB>0 0 W H` line, then one line per state:
//! `CODE<TAB>role<TAB>x,y<TAB>path`, where role is `focus`, `neighbour` or `context`, `x,y` is
//! where its label goes and `path` is SVG path data in the viewBox's units.

use std::collections::HashSet;

use super::DataError;
pub use ottawa_core::map::MapRole;

#[derive(Debug, PartialEq, Eq)]
pub struct MapShape {
    pub code: String,
    pub role: MapRole,
    pub label: (u16, u16),
    pub path: String,
}

#[derive(Debug, Default, PartialEq, Eq)]
pub struct MapData {
    pub width: u16,
    pub height: u16,
    pub shapes: Vec<MapShape>,
}

/// Parses and checks the map; `known_codes` are the countries in countries.csv.
pub fn parse(
    (file, text): (&str, &str),
    known_codes: &HashSet<&str>,
    errors: &mut Vec<DataError>,
) -> MapData {
    let mut map = MapData::default();
    let mut seen = HashSet::new();
    let error = |line: usize, field: &str, message: String| DataError {
        file: file.to_string(),
        line,
        field: field.to_string(),
        message,
    };
    for (index, line) in text.lines().enumerate() {
        let number = index + 1;
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        if fields[0] == "viewBox" {
            match view_box(fields.get(1).copied().unwrap_or("")) {
                Some((width, height)) if fields.len() == 2 => {
                    (map.width, map.height) = (width, height)
                }
                _ => errors.push(error(
                    number,
                    "viewBox",
                    format!("expected `viewBox<TAB>0 0 WIDTH HEIGHT`, found {line:?}"),
                )),
            }
            continue;
        }
        let [code, role, label, path] = fields[..] else {
            errors.push(error(
                number,
                "line",
                format!(
                    "expected 4 tab-separated fields (code, role, label x,y, path), found {}",
                    fields.len()
                ),
            ));
            continue;
        };
        if !known_codes.contains(code) {
            errors.push(error(
                number,
                "code",
                format!("unknown country code {code:?} (not in countries.csv)"),
            ));
            continue;
        }
        if !seen.insert(code) {
            errors.push(error(number, "code", format!("{code} is drawn twice")));
            continue;
        }
        let role = match role {
            "focus" => MapRole::Focus,
            "neighbour" => MapRole::Neighbour,
            "context" => MapRole::Context,
            other => {
                errors.push(error(
                    number,
                    "role",
                    format!("expected focus, neighbour or context, found {other:?}"),
                ));
                continue;
            }
        };
        let Some(label) = point(label) else {
            errors.push(error(
                number,
                "label",
                format!("expected x,y in whole units, found {label:?}"),
            ));
            continue;
        };
        if let Some(bad) = path.chars().find(|c| !is_path_char(*c)) {
            errors.push(error(
                number,
                "path",
                format!("unexpected character {bad:?} in the SVG path"),
            ));
            continue;
        }
        if !path.starts_with('M') {
            errors.push(error(
                number,
                "path",
                String::from("an SVG path must start with M"),
            ));
            continue;
        }
        map.shapes.push(MapShape {
            code: code.to_string(),
            role,
            label,
            path: path.to_string(),
        });
    }
    if map.width == 0 {
        errors.push(error(
            0,
            "viewBox",
            String::from("the map has no viewBox line"),
        ));
    }
    for shape in &map.shapes {
        if shape.label.0 > map.width || shape.label.1 > map.height {
            errors.push(error(
                0,
                "label",
                format!("{}'s label lies outside the viewBox", shape.code),
            ));
        }
    }
    map
}

fn view_box(text: &str) -> Option<(u16, u16)> {
    let numbers: Vec<u16> = text
        .split(' ')
        .map(|n| n.parse().ok())
        .collect::<Option<_>>()?;
    match numbers[..] {
        [0, 0, width, height] if width > 0 && height > 0 => Some((width, height)),
        _ => None,
    }
}

fn point(text: &str) -> Option<(u16, u16)> {
    let (x, y) = text.split_once(',')?;
    Some((x.parse().ok()?, y.parse().ok()?))
}

/// The commands and numbers `scripts/map.mjs` writes: absolute M, relative l/h/v, z.
fn is_path_char(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, 'M' | 'l' | 'h' | 'v' | 'z' | ' ' | '-' | ',')
}
