//! The full page's header; the embed layout has none.

use leptos::prelude::*;

#[component]
pub fn Masthead() -> impl IntoView {
    view! {
        <header class="masthead">
            <p class="masthead-title">"Ottawa Explorer"</p>
            <p class="masthead-tagline">"The Mine Ban Treaty, 1996–2026: every step sourced"</p>
            <nav class="masthead-nav" aria-label="Sections">
                <a href="#headline">"Article"</a>
                <a href="#timeline-heading">"Timeline"</a>
            </nav>
        </header>
    }
}
