//! The build tools' versions agree everywhere they must be written: each tool has one source
//! (scripts/versions.sh says which), and the few files that must repeat a version (because
//! the tool itself reads it there) repeat exactly that one.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::process::Command;

fn read(path: &str) -> String {
    fs::read_to_string(path).unwrap_or_else(|error| panic!("cannot read {path}: {error}"))
}

fn toml_file(path: &str) -> toml::Table {
    read(path)
        .parse()
        .unwrap_or_else(|error| panic!("{path} is not TOML: {error}"))
}

fn string_at<'a>(table: &'a toml::Table, path: &[&str]) -> &'a str {
    let (last, parents) = path.split_last().expect("a non-empty path");
    let mut table = table;
    for key in parents {
        table = table[*key].as_table().expect("a table");
    }
    table
        .get(*last)
        .and_then(|value| value.as_str())
        .unwrap_or_else(|| panic!("no string at {}", path.join(".")))
}

/// What scripts/versions.sh reports, in the shell that setup.sh, env.sh and fuzz.sh use.
fn versions_sh(function_or_variable: &str) -> String {
    let output = Command::new("bash")
        .arg("-c")
        .arg(format!(
            "source scripts/versions.sh && {function_or_variable}"
        ))
        .output()
        .expect("bash runs");
    assert!(
        output.status.success(),
        "versions.sh: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap().trim().to_string()
}

/// The version Cargo.lock resolved for `package` (the only entry of that name).
fn locked_version(package: &str) -> String {
    let lock = toml_file("Cargo.lock");
    let entries: Vec<&toml::Value> = lock["package"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|entry| entry["name"].as_str() == Some(package))
        .collect();
    assert_eq!(entries.len(), 1, "one {package} in Cargo.lock");
    entries[0]["version"].as_str().unwrap().to_string()
}

#[test]
fn wasm_bindgen_is_one_version_in_cargo_lock_cargo_toml_trunk_toml_and_setup() {
    let locked = locked_version("wasm-bindgen");
    let manifest = toml_file("Cargo.toml");
    let required = string_at(&manifest, &["dependencies", "wasm-bindgen"]);
    assert_eq!(required, format!("={locked}"), "Cargo.toml pins it exactly");
    let trunk = toml_file("Trunk.toml");
    assert_eq!(
        string_at(&trunk, &["tools", "wasm_bindgen"]),
        locked,
        "Trunk.toml [tools]"
    );
    assert_eq!(
        versions_sh("wasm_bindgen_version"),
        locked,
        "what setup.sh installs"
    );
}

#[test]
fn trunk_is_the_version_trunk_toml_requires_and_setup_installs() {
    let trunk = toml_file("Trunk.toml");
    let required = string_at(&trunk, &["trunk-version"]);
    let exact = required
        .strip_prefix('=')
        .unwrap_or_else(|| panic!("Trunk.toml must require one exact version, not {required}"));
    assert_eq!(
        versions_sh("trunk_version"),
        exact,
        "what setup.sh installs"
    );
}

#[test]
fn binaryen_is_one_version_in_package_json_its_lock_and_setup() {
    let package: serde_json::Value = serde_json::from_str(&read("package.json")).unwrap();
    let pinned = package["devDependencies"]["binaryen"].as_str().unwrap();
    assert!(
        pinned.chars().all(|c| c.is_ascii_digit() || c == '.'),
        "package.json pins binaryen exactly, not {pinned}"
    );
    let lock: serde_json::Value = serde_json::from_str(&read("package-lock.json")).unwrap();
    let locked = lock["packages"]["node_modules/binaryen"]["version"]
        .as_str()
        .unwrap();
    assert_eq!(locked, pinned, "package-lock.json");
    let release = pinned.split('.').next().unwrap();
    assert_eq!(
        versions_sh("binaryen_version"),
        release,
        "what setup.sh reports"
    );
    // Trunk runs no wasm-opt of its own, so no second binaryen pin can drift from this one.
    assert!(read("index.html").contains(r#"data-wasm-opt="0""#));
    assert!(!toml_file("Trunk.toml")["tools"]
        .as_table()
        .unwrap()
        .contains_key("wasm_opt"));
}

#[test]
fn stable_rust_is_rust_toolchain_toml_and_cargo_toml_says_the_same_release() {
    let toolchain = toml_file("rust-toolchain.toml");
    let channel = string_at(&toolchain, &["toolchain", "channel"]);
    let parts: Vec<&str> = channel.split('.').collect();
    assert_eq!(
        parts.len(),
        3,
        "a dated release such as 1.95.0, not {channel}"
    );
    let manifest = toml_file("Cargo.toml");
    let rust_version = string_at(&manifest, &["package", "rust-version"]);
    assert_eq!(rust_version, format!("{}.{}", parts[0], parts[1]));
    assert_eq!(versions_sh("stable_channel"), channel);
}

#[test]
fn the_nightly_is_pinned_by_date_and_its_rustc_is_that_build() {
    let nightly = versions_sh("echo $NIGHTLY");
    let rustc = versions_sh("echo $NIGHTLY_RUSTC");
    let date = nightly
        .strip_prefix("nightly-")
        .and_then(|date| chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").ok())
        .unwrap_or_else(|| panic!("NIGHTLY must be nightly-YYYY-MM-DD, not {nightly}"));
    // "rustc 1.97.0-nightly (e50aa6fba 2026-05-19)": a nightly ships the commit of the day
    // before its date (or an older one when a night's build failed), never a later one.
    let commit_date = rustc
        .strip_suffix(')')
        .and_then(|rest| rest.rsplit(' ').next())
        .and_then(|date| chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").ok())
        .unwrap_or_else(|| panic!("NIGHTLY_RUSTC must be what rustc --version prints: {rustc}"));
    assert!(rustc.starts_with("rustc ") && rustc.contains("-nightly ("));
    assert!(commit_date < date, "{rustc} cannot be in {nightly}");
}

#[test]
fn the_scripts_take_every_version_from_versions_sh() {
    for script in ["scripts/setup.sh", "scripts/env.sh", "scripts/fuzz.sh"] {
        let text = read(script);
        assert!(
            text.contains("source scripts/versions.sh"),
            "{script} reads scripts/versions.sh"
        );
        for line in text
            .lines()
            .filter(|line| !line.trim_start().starts_with('#'))
        {
            // No version number written into a script, and no unpinned nightly.
            let has_version = line
                .split(|c: char| !(c.is_ascii_digit() || c == '.'))
                .any(|word| word.split('.').filter(|part| !part.is_empty()).count() >= 2);
            assert!(!has_version, "{script} hard-codes a version: {line}");
            for unpinned in [
                "+nightly",
                "=nightly",
                "install nightly",
                "--toolchain nightly",
            ] {
                assert!(
                    !line.contains(unpinned),
                    "{script} uses whatever nightly is current: {line}"
                );
            }
        }
    }
}
