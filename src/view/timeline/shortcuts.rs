//! Wires the keyboard shortcuts to the page. Which key does what is decided in
//! [`crate::query::shortcuts`], and which event is next comes from the result list; this
//! module only reads the focus and acts.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use crate::query::shortcuts::{neighbour, shortcut, KeyContext, Shortcut};
use crate::view::dom::{element_by_id, first_source_link, focus};
use crate::view::state::{HistoryMode, ViewState};
use crate::view::timeline::list_window::first_card_on_screen;
use crate::view::timeline::scroll::event_element_id;

/// Listens for shortcuts on the whole page for as long as the app is mounted.
pub fn install(state: ViewState) {
    let keydown = window_event_listener(leptos::ev::keydown, move |ev| {
        let focused = document().active_element();
        let context = KeyContext {
            in_text_field: focused.as_ref().is_some_and(takes_typing),
            on_event: focused.as_ref().is_some_and(is_event_card),
            modified: ev.ctrl_key() || ev.alt_key() || ev.meta_key(),
            search_has_text: state.with_filter_untracked(|f| !f.text.is_empty()),
            notice_open: state.notice_is_open_untracked(),
        };
        let Some(action) = shortcut(&ev.key(), context) else {
            return;
        };
        ev.prevent_default();
        let card = focused.filter(is_event_card);
        match action {
            Shortcut::FocusSearch => {
                if let Some(search) = state.search_input().get_untracked() {
                    let _ = search.focus();
                }
            }
            Shortcut::ClearSearch => state.change(HistoryMode::Push, |f| f.text.clear()),
            Shortcut::CloseNotice => state.dismiss_notice(),
            Shortcut::NextEvent => focus(card.map_or_else(
                || card_on_screen(state),
                |c| neighbour_card(state, &c, true),
            )),
            Shortcut::PreviousEvent => focus(card.map_or_else(
                || card_on_screen(state),
                |c| neighbour_card(state, &c, false),
            )),
            Shortcut::OpenSources => {
                if let Some(card) = card {
                    open_sources(state, &card);
                }
            }
        }
    });
    on_cleanup(move || keydown.remove());
}

fn takes_typing(element: &Element) -> bool {
    match element.tag_name().as_str() {
        "TEXTAREA" | "SELECT" => true,
        "INPUT" => !matches!(
            element.get_attribute("type").as_deref(),
            Some("checkbox" | "radio" | "button" | "submit" | "reset")
        ),
        _ => element
            .dyn_ref::<HtmlElement>()
            .is_some_and(HtmlElement::is_content_editable),
    }
}

fn is_event_card(element: &Element) -> bool {
    element.has_attribute("data-event-id")
}

/// The first card on screen: where j/k start when no event has focus yet.
fn card_on_screen(state: ViewState) -> Option<Element> {
    let list = state.timeline_list().get_untracked()?;
    element_by_id(&first_card_on_screen(&list)?.id)
}

/// The card of the event after (or before) `card`'s in the result list. The window keeps
/// half a screen of cards rendered beyond each edge, so a neighbour is in the document.
fn neighbour_card(state: ViewState, card: &Element, forward: bool) -> Option<Element> {
    let current = card.get_attribute("data-event-id")?;
    let next = state.results().with_untracked(|q| {
        neighbour(&q.events, |event| event.id == current, forward).map(|event| event.id)
    })?;
    element_by_id(&event_element_id(next))
}

/// Selects the event and takes focus to its first source link.
fn open_sources(state: ViewState, card: &Element) {
    let id = card.get_attribute("data-event-id").unwrap_or_default();
    if let Some(event) = state.catalog().event(&id) {
        state.change(HistoryMode::Push, |f| f.event = Some(event.id));
    }
    focus(first_source_link(card));
}
