//! "Download CSV" and "Download JSON": the events on screen, with their sources.

use leptos::prelude::*;

use crate::query::export::{to_csv, to_json};
use crate::query::to_query;
use crate::view::embed::download::save;
use crate::view::state::use_view_state;

#[component]
pub fn ExportButtons() -> impl IntoView {
    let state = use_view_state();
    let csv = move |_| {
        let text = state.results().with_untracked(|q| to_csv(&q.events));
        save(
            "ottawa-explorer-events.csv",
            "text/csv;charset=utf-8",
            &text,
        );
    };
    let json = move |_| {
        let view = [state.page_base(), state.with_filter_untracked(to_query)].concat();
        let text = state
            .results()
            .with_untracked(|q| to_json(&q.events, &view));
        save("ottawa-explorer-events.json", "application/json", &text);
    };

    view! {
        <div class="export" role="group" aria-label="Download these events">
            <button type="button" class="secondary-button" on:click=csv>
                "Download CSV"
            </button>
            <button type="button" class="secondary-button" on:click=json>
                "Download JSON"
            </button>
        </div>
    }
}
