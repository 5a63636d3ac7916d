//! Scrolling. Its speed follows the stylesheet's `scroll-behavior`, which is smooth unless the
//! reader prefers reduced motion.

use web_sys::{ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};

use crate::view::dom::element_by_id;

/// Brings the element with this DOM id to the middle of the viewport.
pub fn scroll_to_id(id: &str) {
    center(id, None);
}

/// Like [`scroll_to_id`] but at once: a smooth scroll across a long windowed list would pass
/// through thousands of chunks, and their measured heights would move the target on the way.
pub fn jump_to_id(id: &str) {
    center(id, Some(ScrollBehavior::Instant));
}

fn center(id: &str, behavior: Option<ScrollBehavior>) {
    let Some(element) = element_by_id(id) else {
        return;
    };
    let options = ScrollIntoViewOptions::new();
    options.set_block(ScrollLogicalPosition::Center);
    if let Some(behavior) = behavior {
        options.set_behavior(behavior);
    }
    element.scroll_into_view_with_scroll_into_view_options(&options);
}

/// The DOM id of an event's list item.
pub fn event_element_id(event_id: &str) -> String {
    format!("event-{event_id}")
}
