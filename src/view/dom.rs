//! The one place where the app looks elements up in the document instead of holding a
//! [`NodeRef`]: the cards of the windowed timeline and the article's paragraphs, addressed by
//! their public DOM ids (`event-…`, `p1`…).
//!
//! Why not a `NodeRef` each: a card exists only while its chunk is inside the window, so a
//! ref per card would need a registry kept in step with every scroll, and it would still have
//! to be asked by id. The lookups run in event handlers and effects only, never while
//! rendering, so the components still render natively.
//!
//! Everything else the app touches (the app root, the search box, the timeline list, the
//! embed code) is held as a `NodeRef`; those that several components act on are in
//! [`ViewState`](crate::view::state::ViewState).

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// The element with this DOM id, if it is in the document now.
pub fn element_by_id(id: &str) -> Option<Element> {
    document().get_element_by_id(id)
}

/// The first source link inside an event card.
pub fn first_source_link(card: &Element) -> Option<Element> {
    card.query_selector(".event-sources a").ok().flatten()
}

/// Gives focus to the element, if it can take it.
pub fn focus(element: Option<Element>) {
    if let Some(element) = element.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        let _ = element.focus();
    }
}
