//! The timeline: matching events grouped by year, in the reader's chosen order.

use leptos::prelude::*;

use super::order_toggle::OrderToggle;
use super::state::use_view_state;
use super::year_section::YearSection;
use crate::query::{group_by_year, YearGroup};

#[component]
pub fn Timeline() -> impl IntoView {
    let state = use_view_state();
    let groups = Memo::new(move |_| state.results.with(|events| group_by_year(events)));
    let is_empty = move || groups.with(Vec::is_empty);
    let render_group = |group: YearGroup| view! { <YearSection group=group /> };

    view! {
        <div class="timeline">
            <div class="timeline-header">
                <h2 id="timeline-heading">"Timeline"</h2>
                <OrderToggle />
            </div>
            <ol class="years" aria-label="Timeline">
                <For
                    each=move || groups.get()
                    key=|group| (group.year, group.fingerprint)
                    children=render_group
                />
            </ol>
            <Show when=is_empty>
                <p class="empty">"No events match these filters."</p>
            </Show>
        </div>
    }
}
