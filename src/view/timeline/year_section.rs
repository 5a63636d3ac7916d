//! One year of the timeline (or, in a windowed list, the part of it inside one chunk): a
//! heading and its events.

use leptos::prelude::*;

use crate::query::windowing::Section;
use crate::view::timeline::event_card::EventCard;

#[component]
pub fn YearSection(
    /// One year's events within one chunk, already in display order.
    section: Section,
) -> impl IntoView {
    let heading_id = section.heading_id();
    let labelled_by = heading_id.clone();
    let count_label = section.count_label();
    let cards = section
        .group
        .events
        .into_iter()
        .map(|event| view! { <EventCard event=event /> })
        .collect_view();

    view! {
        <li
            class="year"
            class:continued=section.continued
            data-chunk=section.chunk
            aria-labelledby=labelled_by
        >
            <h3 class="year-heading" id=heading_id>
                {section.group.year}
                <span class="year-count">{count_label}</span>
            </h3>
            <ol class="events">{cards}</ol>
        </li>
    }
}
