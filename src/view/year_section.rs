//! One year of the timeline: a heading and its events.

use leptos::prelude::*;

use super::event_card::EventCard;
use crate::query::YearGroup;

#[component]
pub fn YearSection(
    /// One year's events, already in display order.
    group: YearGroup,
) -> impl IntoView {
    let heading_id = format!("year-{}", group.year);
    let labelled_by = heading_id.clone();
    let count = group.events.len();
    let count_label = if count == 1 {
        String::from("1 event")
    } else {
        format!("{count} events")
    };
    let cards = group
        .events
        .into_iter()
        .map(|event| view! { <EventCard event=event /> })
        .collect_view();

    view! {
        <li class="year" aria-labelledby=labelled_by>
            <h3 class="year-heading" id=heading_id>
                {group.year}
                <span class="year-count">{count_label}</span>
            </h3>
            <ol class="events">{cards}</ol>
        </li>
    }
}
