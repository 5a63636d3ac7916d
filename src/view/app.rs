//! The page: the article beside the explorer, sharing one [`ViewState`].

use leptos::prelude::*;

use super::article_view::ArticleView;
use super::filters_panel::FiltersPanel;
use super::state::ViewState;
use super::status_line::StatusLine;
use super::timeline::Timeline;
use super::url_notice::UrlNotice;

#[component]
pub fn App() -> impl IntoView {
    let state = ViewState::from_location();
    provide_context(state);

    // Back/forward: the URL is the record, so read the view back from it.
    let _ = window_event_listener(leptos::ev::popstate, move |_| state.restore_from_location());
    // A deep link to an event scrolls it into view once the list exists.
    request_animation_frame(move || {
        if let Some(id) = state.filter.get_untracked().event {
            super::scroll::scroll_to_id(&super::scroll::event_element_id(id));
        }
    });
    let is_embed = move || state.filter.with(|f| f.embed);

    view! {
        <div class="app" class:embed=is_embed>
            <header class="masthead">
                <p class="masthead-title">"Ottawa Explorer"</p>
                <p class="masthead-tagline">
                    "The Mine Ban Treaty, 1996–2026: every step sourced"
                </p>
                <nav class="masthead-nav" aria-label="Sections">
                    <a href="#headline">"Article"</a>
                    <a href="#timeline-heading">"Timeline"</a>
                </nav>
            </header>
            <main class="layout">
                <ArticleView />
                <section class="explorer" aria-labelledby="timeline-heading">
                    <UrlNotice />
                    <FiltersPanel />
                    <StatusLine />
                    <Timeline />
                </section>
            </main>
        </div>
    }
}
