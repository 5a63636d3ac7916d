//! What the app's build script runs: read `src/data/`, validate it, write the statics.

use std::fs;
use std::path::Path;

use crate::{codegen, load, map, Sources};

/// The files of `src/data/`, in the order [`Sources`] takes them.
const FILES: [&str; 7] = [
    "events.toml",
    "countries.csv",
    "parties.csv",
    "parties_status.csv",
    "article.txt",
    "notes.toml",
    "changes.toml",
];
const MAP_FILE: &str = "map.tsv";

/// Validates the dataset in `data_dir` (named in messages as `shown_as`, for example
/// `src/data`) and writes the generated Rust to `out_file`. On failure, returns the whole
/// report, one line per problem, for the build script to print.
pub fn write_statics(data_dir: &Path, shown_as: &str, out_file: &Path) -> Result<(), String> {
    let names = FILES.map(|file| format!("{shown_as}/{file}"));
    let texts = FILES
        .iter()
        .zip(&names)
        .map(|(file, name)| read(&data_dir.join(file), name))
        .collect::<Result<Vec<_>, _>>()?;
    let sources = Sources {
        events: (&names[0], &texts[0]),
        countries: (&names[1], &texts[1]),
        parties: (&names[2], &texts[2]),
        parties_status: (&names[3], &texts[3]),
        article: (&names[4], &texts[4]),
        notes: (&names[5], &texts[5]),
        changes: (&names[6], &texts[6]),
    };
    let data = load(&sources)
        .map_err(|errors| report(&format!("the dataset in {shown_as}/ is invalid:"), &errors))?;

    let map_name = format!("{shown_as}/{MAP_FILE}");
    let map_text = read(&data_dir.join(MAP_FILE), &map_name)?;
    let known_codes = data
        .countries
        .iter()
        .map(|(code, _)| code.as_str())
        .collect();
    let mut map_errors = Vec::new();
    let map = map::parse((&map_name, &map_text), &known_codes, &mut map_errors);
    if !map_errors.is_empty() {
        let heading = format!(
            "the map in {map_name} is invalid (regenerate it with `node scripts/map.mjs`):"
        );
        return Err(report(&heading, &map_errors));
    }

    let mut generated = codegen::generate(&data);
    generated.push_str(&codegen::map(&map));
    generated.push_str(&codegen::fold_table());
    fs::write(out_file, generated)
        .map_err(|error| format!("error: cannot write {}: {error}", out_file.display()))
}

fn read(path: &Path, name: &str) -> Result<String, String> {
    fs::read_to_string(path).map_err(|error| format!("error: cannot read {name}: {error}"))
}

fn report(heading: &str, errors: &[impl std::fmt::Display]) -> String {
    let mut text = format!("error: {heading}");
    for error in errors {
        text.push_str(&format!("\n  {error}"));
    }
    text
}
