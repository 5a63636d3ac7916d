//! Scrolling that respects `prefers-reduced-motion`.

use leptos::prelude::*;
use web_sys::{ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};

fn prefers_reduced_motion() -> bool {
    window()
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|query| query.matches())
}

/// Brings the element with this DOM id to the middle of the viewport.
pub fn scroll_to_id(id: &str) {
    let Some(element) = document().get_element_by_id(id) else {
        return;
    };
    let options = ScrollIntoViewOptions::new();
    options.set_block(ScrollLogicalPosition::Center);
    options.set_behavior(if prefers_reduced_motion() {
        ScrollBehavior::Instant
    } else {
        ScrollBehavior::Smooth
    });
    element.scroll_into_view_with_scroll_into_view_options(&options);
}

/// The DOM id of an event's list item.
pub fn event_element_id(event_id: &str) -> String {
    format!("event-{event_id}")
}
