//! Scrolling. Its speed follows the stylesheet's `scroll-behavior`, which is smooth unless the
//! reader prefers reduced motion.

use leptos::prelude::*;
use web_sys::{ScrollIntoViewOptions, ScrollLogicalPosition};

/// Brings the element with this DOM id to the middle of the viewport.
pub fn scroll_to_id(id: &str) {
    let Some(element) = document().get_element_by_id(id) else {
        return;
    };
    let options = ScrollIntoViewOptions::new();
    options.set_block(ScrollLogicalPosition::Center);
    element.scroll_into_view_with_scroll_into_view_options(&options);
}

/// The DOM id of an event's list item.
pub fn event_element_id(event_id: &str) -> String {
    format!("event-{event_id}")
}
