//! The browser's address bar and history: where the view is recorded.

use leptos::prelude::*;

/// The page's query string now, such as `?country=EE`.
pub fn current_query() -> String {
    window().location().search().unwrap_or_default()
}

/// Writes `query` to the address bar, as a new history entry or in place of the current one.
pub fn write_history(query: &str, replace: bool) {
    let location = window().location();
    let path = location.pathname().unwrap_or_default();
    let url = format!("{path}{query}");
    let Ok(history) = window().history() else {
        return;
    };
    // A sandboxed iframe may refuse history writes: the view still works, it just cannot be
    // linked to, so the error is ignored.
    let _ = if replace {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    } else {
        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    };
}
