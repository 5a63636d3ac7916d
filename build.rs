//! Validates src/data/ and compiles it into Rust statics (`$OUT_DIR/dataset.rs`).
//!
//! A broken dataset stops the build with one line per problem, naming file, line and field.

use std::path::Path;
use std::{env, fs, process};

// Shared with the app and the tests; parts of them are unused here.
#[allow(dead_code)]
#[path = "src/model/action.rs"]
mod action;
#[allow(dead_code)]
#[path = "src/dataset/codegen.rs"]
mod codegen;
#[allow(dead_code)]
#[path = "src/dataset/mod.rs"]
mod dataset;
#[allow(dead_code)]
#[path = "src/model/date.rs"]
mod date;
#[allow(dead_code)]
#[path = "src/model/kind.rs"]
mod kind;
#[allow(dead_code)]
#[path = "src/model/map.rs"]
mod map;

const FILES: [&str; 7] = [
    "src/data/events.toml",
    "src/data/countries.csv",
    "src/data/parties.csv",
    "src/data/parties_status.csv",
    "src/data/article.txt",
    "src/data/notes.toml",
    "src/data/changes.toml",
];

fn read(path: &str) -> String {
    println!("cargo:rerun-if-changed={path}");
    fs::read_to_string(path).unwrap_or_else(|error| {
        eprintln!("error: cannot read {path}: {error}");
        process::exit(1);
    })
}

fn main() {
    for watched in [
        "src/dataset/mod.rs",
        "src/dataset/changes.rs",
        "src/dataset/events.rs",
        "src/dataset/notes.rs",
        "src/dataset/sources.rs",
        "src/dataset/parties.rs",
        "src/dataset/map.rs",
        "src/dataset/codegen.rs",
        "src/model/action.rs",
        "src/model/date.rs",
        "src/model/kind.rs",
        "src/model/map.rs",
    ] {
        println!("cargo:rerun-if-changed={watched}");
    }
    let texts: Vec<String> = FILES.iter().map(|path| read(path)).collect();
    let sources = dataset::Sources {
        events: (FILES[0], &texts[0]),
        countries: (FILES[1], &texts[1]),
        parties: (FILES[2], &texts[2]),
        parties_status: (FILES[3], &texts[3]),
        article: (FILES[4], &texts[4]),
        notes: (FILES[5], &texts[5]),
        changes: (FILES[6], &texts[6]),
    };
    let data = match dataset::load(&sources) {
        Ok(data) => data,
        Err(errors) => {
            eprintln!("error: the dataset in src/data/ is invalid:");
            for error in &errors {
                eprintln!("  {error}");
            }
            process::exit(1);
        }
    };
    let map_file = "src/data/map.tsv";
    let map_text = read(map_file);
    let known_codes = data
        .countries
        .iter()
        .map(|(code, _)| code.as_str())
        .collect();
    let mut map_errors = Vec::new();
    let map = dataset::map::parse((map_file, &map_text), &known_codes, &mut map_errors);
    if !map_errors.is_empty() {
        eprintln!(
            "error: the map in {map_file} is invalid (regenerate it with `node scripts/map.mjs`):"
        );
        for error in &map_errors {
            eprintln!("  {error}");
        }
        process::exit(1);
    }
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let mut generated = codegen::generate(&data);
    generated.push_str(&codegen::map(&map));
    generated.push_str(&codegen::fold_table());
    fs::write(Path::new(&out_dir).join("dataset.rs"), generated).expect("write dataset.rs");
}
