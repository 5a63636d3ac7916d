//! Free-text search. The list follows every keystroke; the URL follows after a short pause,
//! as one history entry per search, so typing neither floods the history nor hits the
//! browser's limit on history writes.

use std::time::Duration;

use leptos::prelude::*;

use crate::view::state::{use_view_state, HistoryMode};

/// Quiet time after the last keystroke before the URL follows.
const DEBOUNCE: Duration = Duration::from_millis(150);

#[component]
pub fn SearchBox() -> impl IntoView {
    let state = use_view_state();
    let input = state.search_input();
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let text = move || state.with_filter(|f| f.text.clone());
    let on_input = move |ev| {
        let value = event_target_value(&ev);
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        if state.type_search(value) {
            let record = move || state.record(HistoryMode::Typing);
            pending.set_value(set_timeout_with_handle(record, DEBOUNCE).ok());
        }
    };

    view! {
        <div class="search">
            <label for="search-input">"Search events"</label>
            <input
                node_ref=input
                id="search-input"
                type="search"
                autocomplete="off"
                spellcheck="false"
                placeholder="Country, organisation, keyword…"
                prop:value=text
                on:input=on_input
            />
        </div>
    }
}
