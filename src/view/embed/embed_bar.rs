//! The embed layout's top bar: switch between the timeline and the article, or leave for the
//! full explorer in a new tab (never navigating the host page).

use leptos::prelude::*;

use crate::query::url::embed::full_url;
use crate::view::state::use_view_state;

#[component]
pub fn EmbedBar() -> impl IntoView {
    let state = use_view_state();
    let base = state.page_base();
    let full_link = move || state.with_filter(|f| full_url(&base, f));
    let article_pressed = move || state.article_open().to_string();
    let timeline_pressed = move || (!state.article_open()).to_string();

    view! {
        <div class="embed-bar">
            <div class="embed-tabs" role="group" aria-label="Show">
                <button
                    type="button"
                    aria-pressed=timeline_pressed
                    on:click=move |_| state.open_article(false)
                >
                    "Timeline"
                </button>
                <button
                    type="button"
                    aria-pressed=article_pressed
                    on:click=move |_| state.open_article(true)
                >
                    "Article"
                </button>
            </div>
            <a class="embed-open" href=full_link target="_blank" rel="noopener noreferrer">
                "Open full explorer"
            </a>
        </div>
    }
}
