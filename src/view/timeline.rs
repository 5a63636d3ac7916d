//! The timeline: matching events grouped by year, in the reader's chosen order.

use leptos::prelude::*;

use super::order_toggle::OrderToggle;
use super::state::use_view_state;
use super::year_section::YearSection;
use crate::query::group_by_year;

#[component]
pub fn Timeline() -> impl IntoView {
    let state = use_view_state();
    let groups = Memo::new(move |_| state.query.with(|q| group_by_year(&q.events)));
    let empty_message = move || {
        groups
            .with(Vec::is_empty)
            .then(|| view! { <p class="timeline-empty">"No events match these filters."</p> })
    };
    // Re-rendering patches the existing nodes in place; no keyed diff is needed at this size.
    let years = move || {
        groups
            .get()
            .into_iter()
            .map(|group| view! { <YearSection group=group /> })
            .collect_view()
    };

    view! {
        <div class="timeline">
            <div class="timeline-header">
                <h2 id="timeline-heading">"Timeline"</h2>
                <OrderToggle />
            </div>
            <ol class="years" aria-label="Timeline">
                {years}
            </ol>
            {empty_message}
        </div>
    }
}
