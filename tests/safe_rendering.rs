//! No data or user text ever reaches the DOM as markup. Leptos sets text as text nodes and
//! attributes as attributes; the only ways around that are the raw-HTML APIs, and none may
//! appear in the app's code or its shell scripts. The app renders no markup from data, so it
//! needs no sanitizer; this test fails the day someone adds a way in.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

/// Raw-HTML entry points in Rust (Leptos, web-sys) and in JavaScript.
const FORBIDDEN: [&str; 8] = [
    "inner_html",
    "set_inner_html",
    "outer_html",
    "insert_adjacent_html",
    "innerHTML",
    "outerHTML",
    "insertAdjacentHTML",
    "document.write",
];

fn sources(dir: &Path, found: &mut Vec<(String, String)>) {
    for entry in fs::read_dir(dir).expect("readable source folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            sources(&path, found);
        } else if matches!(path.extension().and_then(|e| e.to_str()), Some("rs" | "js")) {
            let text = fs::read_to_string(&path).expect("UTF-8 source");
            found.push((path.display().to_string(), text));
        }
    }
}

/// Every line of `files` that names one of `apis`, as "path:line: api".
fn uses_of<'a>(apis: &[&str], files: impl Iterator<Item = &'a (String, String)>) -> Vec<String> {
    files
        .flat_map(|(path, text)| {
            text.lines().enumerate().filter_map(move |(i, line)| {
                apis.iter()
                    .find(|api| line.contains(*api))
                    .map(|api| format!("{path}:{}: {api}", i + 1))
            })
        })
        .collect()
}

#[test]
fn no_raw_html_api_is_used_anywhere_in_the_app() {
    let mut files = Vec::new();
    sources(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("src").as_path(),
        &mut files,
    );
    assert!(files.len() > 20, "found only {} source files", files.len());
    let offences = uses_of(&FORBIDDEN, files.iter());
    assert!(offences.is_empty(), "raw HTML APIs: {offences:#?}");
}

#[test]
fn the_check_would_catch_one() {
    let line = r#"view! { <div inner_html=summary></div> }"#;
    assert!(FORBIDDEN.iter().any(|api| line.contains(api)));
    let js = "box.innerHTML = message;";
    assert!(FORBIDDEN.iter().any(|api| js.contains(api)));
}

/// The views hold their elements as NodeRefs; looking one up by id or selector is allowed
/// only in the one documented place, view/dom.rs (the cards of the windowed list).
#[test]
fn the_dom_is_searched_only_in_view_dom() {
    let mut files = Vec::new();
    // The views only: query/embed.rs writes a script for the host page, not for us.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src")
        .join("view");
    sources(root.as_path(), &mut files);
    let allowed = root.join("dom.rs").display().to_string();
    let lookups = [
        "get_element_by_id",
        "query_selector",
        "getElementById",
        "querySelector",
    ];
    let views = files
        .iter()
        .filter(|(path, _)| path.ends_with(".rs") && *path != allowed);
    let offences = uses_of(&lookups, views);
    assert!(
        offences.is_empty(),
        "DOM lookups outside view/dom.rs: {offences:#?}"
    );
}
