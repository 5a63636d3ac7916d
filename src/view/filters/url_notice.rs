//! Names the parts of a link that were ignored, so a broken link never fails silently.

use leptos::prelude::*;

use crate::query::Problem;
use crate::view::state::use_view_state;

fn describe(problem: &Problem) -> String {
    format!("{}=“{}”: {}", problem.param, problem.value, problem.reason)
}

#[component]
pub fn UrlNotice() -> impl IntoView {
    let state = use_view_state();
    let search = state.search_input();
    let dismiss = move |_| {
        state.dismiss_notice();
        // The notice and its button are gone; give focus somewhere useful rather than <body>.
        if let Some(search) = search.get_untracked() {
            let _ = search.focus();
        }
    };
    let notice = move || {
        let problems = state.notice();
        (!problems.is_empty()).then(|| {
            let items = problems
                .iter()
                .map(|p| view! { <li>{describe(p)}</li> })
                .collect_view();
            view! {
                <div class="notice" role="region" aria-label="Link notice">
                    <p>"Some parts of this link were ignored:"</p>
                    <ul>{items}</ul>
                    <button type="button" class="notice-dismiss" on:click=dismiss>
                        "Dismiss"
                    </button>
                </div>
            }
        })
    };

    view! { {notice} }
}
