//! Validates src/data/ and compiles it into Rust statics (`$OUT_DIR/dataset.rs`) through the
//! `ottawa-dataset` crate. A broken dataset stops the build with one line per problem.

use std::path::{Path, PathBuf};
use std::{env, process};

fn main() {
    // A directory: Cargo reruns this script when any file in it changes, new ones included.
    println!("cargo:rerun-if-changed=src/data");
    let out_file =
        PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("dataset.rs");
    if let Err(report) =
        ottawa_dataset::build::write_statics(Path::new("src/data"), "src/data", &out_file)
    {
        eprintln!("{report}");
        process::exit(1);
    }
}
