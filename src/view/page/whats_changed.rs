//! "What changed": the dataset's changelog, so a newsroom that embedded a view last month can
//! see what is new. Each entry links the events it concerns.

use leptos::prelude::*;

use crate::model::Change;
use crate::view::state::use_view_state;

#[component]
pub fn WhatsChanged() -> impl IntoView {
    let entries = use_view_state()
        .catalog()
        .changes()
        .map(|change| view! { <ChangeEntry change /> })
        .collect_view();
    view! {
        <details class="whats-changed">
            <summary>"What changed in the data"</summary>
            <ol>{entries}</ol>
        </details>
    }
}

/// One changelog entry: its date, what changed, and links that open each event.
#[component]
fn ChangeEntry(change: Change) -> impl IntoView {
    let state = use_view_state();
    let catalog = state.catalog();
    let links = change
        .events
        .iter()
        .filter_map(|id| catalog.event(id))
        .map(|event| {
            let id = event.id;
            let open = move |ev: leptos::ev::MouseEvent| {
                // Modified clicks keep their browser meaning (a new tab).
                if ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() {
                    return;
                }
                ev.prevent_default();
                state.open_event(id);
            };
            view! {
                <li>
                    <a href=format!("?event={id}") on:click=open>
                        {event.title}
                    </a>
                </li>
            }
        })
        .collect_view();
    let events =
        (!change.events.is_empty()).then(|| view! { <ul class="change-events">{links}</ul> });
    view! {
        <li class="change">
            <time datetime=change.date.iso()>{change.date.human()}</time>
            ": "
            {change.summary}
            {events}
        </li>
    }
}
