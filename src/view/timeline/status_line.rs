//! "Showing N of M events", announced politely to screen readers.

use leptos::prelude::*;

use crate::view::state::{use_view_state, HistoryMode};

fn describe(shown: usize, total: usize) -> String {
    if shown == total {
        format!("Showing all {total} events")
    } else {
        format!("Showing {shown} of {total} events")
    }
}

#[component]
pub fn StatusLine() -> impl IntoView {
    let state = use_view_state();
    let total = state.total();
    // While a search is being typed the count holds still, so a screen reader announces the
    // result once typing pauses instead of after every key; the list itself never waits.
    let announced_count = Memo::new(move |announced: Option<&usize>| match announced {
        Some(&held) if state.typing() => held,
        _ => state.results().with(|q| q.events.len()),
    });
    let text = move || describe(announced_count.get(), total);
    let clear_para = move |_| state.change(HistoryMode::Push, |f| f.para = None);
    let para_context = move || {
        state.with_filter(|f| f.para).map(|para| {
            view! {
                <p class="status-context">
                    {format!("Explaining paragraph {para} of the article.")}
                    " "
                    <button type="button" class="link-button" on:click=clear_para>
                        "Show all paragraphs"
                    </button>
                </p>
            }
        })
    };

    view! {
        <div class="status-bar">
            <p class="status" role="status">{text}</p>
            {para_context}
        </div>
    }
}
