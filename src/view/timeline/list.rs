//! The timeline: matching events grouped by year, in the reader's chosen order.
//!
//! Long lists are windowed (see [`crate::query::windowing`]): only the chunks of cards near
//! the viewport are in the DOM, between two spacers as tall as the chunks they stand for.
//! Chunk heights are measured after layout, and the window follows the page's scroll.

use leptos::prelude::*;

use crate::query::windowing::{sections, ChunkHeights, FIRST_ESTIMATE};
use crate::view::state::use_view_state;
use crate::view::timeline::list_window::{px, visible_chunks, ListWindow, LIST_ID};
use crate::view::timeline::order_toggle::OrderToggle;
use crate::view::timeline::scroll::{event_element_id, jump_to_id};
use crate::view::timeline::year_section::YearSection;

/// Chunks either side of a deep-linked event rendered before jumping to it.
const REVEAL_RADIUS: usize = 1;

#[component]
pub fn Timeline() -> impl IntoView {
    let state = use_view_state();
    let list = state.timeline_list();
    // The list's top on screen when no chunk is rendered yet (0 before it is mounted).
    let list_top = move || {
        list.get_untracked()
            .map(|l| l.get_bounding_client_rect().top())
    };
    let first_len = state.results().with_untracked(|q| q.events.len());
    let heights = RwSignal::new(ChunkHeights::new(first_len, FIRST_ESTIMATE));
    // Which chunks are rendered: at first the top of the list, natively too; then set on
    // every new result list and as the reader scrolls.
    let window = RwSignal::new(heights.with_untracked(ChunkHeights::first_window));
    let list_window = ListWindow::new(list, heights, window);
    let settle = move || list_window.settle();
    // A new result list: forget the old heights, then render where the reader is, or around
    // the event the page asked to reveal (the link's on first load).
    Effect::new(move |_| {
        let len = state.results().with(|q| q.events.len());
        heights.update(|h| *h = h.for_new_list(len));
        // Other lists keep the reader's place.
        let target = state.take_reveal().and_then(|id| {
            let position = state
                .results()
                .with_untracked(|q| q.events.iter().position(|e| e.id == id))?;
            Some((id, position))
        });
        match target {
            Some((id, position)) => {
                window.set(heights.with_untracked(|h| h.window_around(position, REVEAL_RADIUS)));
                request_animation_frame(move || jump_to_id(&event_element_id(id)));
            }
            None => window.set(visible_chunks(list_top(), heights, None)),
        }
        // Measured in the next frame, once the DOM has followed.
        settle();
    });
    let scroll = window_event_listener(leptos::ev::scroll, move |_| settle());
    let resize = window_event_listener(leptos::ev::resize, move |_| settle());
    // Paper has no viewport: print the whole list, then go back to the window.
    let before_print = window_event_listener_untyped("beforeprint", move |_| {
        if let Some(all) = heights.with_untracked(ChunkHeights::printable) {
            list_window.printing.set_value(true);
            window.set(all);
        }
    });
    let after_print = window_event_listener_untyped("afterprint", move |_| {
        if list_window.printing.get_value() {
            list_window.printing.set_value(false);
            window.set(visible_chunks(list_top(), heights, None));
            settle();
        }
    });
    on_cleanup(move || {
        for listener in [scroll, resize, before_print, after_print] {
            listener.remove();
        }
    });

    let spacer_above = move || px(heights.with(|h| h.height_of(0..window.with(|w| w.start))));
    let spacer_below =
        move || px(heights.with(|h| h.height_of(window.with(|w| w.end)..h.chunk_count())));
    let cards = move || {
        let chunks = window.get();
        let sections = state
            .results()
            .with_untracked(|q| heights.with_untracked(|h| sections(&q.events, h, chunks)));
        sections
            .into_iter()
            .map(|section| view! { <YearSection section=section /> })
            .collect_view()
    };
    let empty_message = move || {
        state
            .results()
            .with(|q| q.events.is_empty())
            .then(|| view! { <p class="timeline-empty">"No events match these filters."</p> })
    };

    view! {
        <div class="timeline">
            <div class="timeline-header">
                <h2 id="timeline-heading">"Timeline"</h2>
                <OrderToggle />
            </div>
            <ol node_ref=list class="years" id=LIST_ID aria-label="Timeline">
                <li class="spacer" aria-hidden="true" style:height=spacer_above></li>
                {cards}
                <li class="spacer" aria-hidden="true" style:height=spacer_below></li>
            </ol>
            {empty_message}
        </div>
    }
}
