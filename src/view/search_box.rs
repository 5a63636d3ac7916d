//! Free-text search. Typing updates the URL as one history entry per search.

use leptos::prelude::*;

use super::state::{use_view_state, HistoryMode};

#[component]
pub fn SearchBox() -> impl IntoView {
    let state = use_view_state();
    let text = move || state.filter.with(|f| f.text.clone());
    let on_input = move |ev| {
        let value = event_target_value(&ev);
        state.change(HistoryMode::Typing, |f| f.text = value);
    };

    view! {
        <div class="search">
            <label for="search-input">"Search events"</label>
            <input
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
