//! Wires the keyboard shortcuts to the page. Which key does what is decided in
//! [`crate::query::shortcuts`]; this module only reads the focus and acts.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use super::list_window::first_card_on_screen;
use super::state::{HistoryMode, ViewState};
use crate::query::shortcuts::{shortcut, KeyContext, Shortcut};

/// The search box's DOM id.
const SEARCH_ID: &str = "search-input";

/// Listens for shortcuts on the whole page for as long as the app runs.
pub fn install(state: ViewState) {
    let _ = window_event_listener(leptos::ev::keydown, move |ev| {
        let focused = document().active_element();
        let context = KeyContext {
            in_text_field: focused.as_ref().is_some_and(takes_typing),
            on_event: focused.as_ref().is_some_and(is_event_card),
            modified: ev.ctrl_key() || ev.alt_key() || ev.meta_key(),
            search_has_text: state.filter.with_untracked(|f| !f.text.is_empty()),
            notice_open: state.problems.with_untracked(|p| !p.is_empty()),
        };
        let Some(action) = shortcut(&ev.key(), context) else {
            return;
        };
        ev.prevent_default();
        let card = focused.filter(is_event_card);
        match action {
            Shortcut::FocusSearch => focus(document().get_element_by_id(SEARCH_ID)),
            Shortcut::ClearSearch => state.change(HistoryMode::Push, |f| f.text.clear()),
            Shortcut::CloseNotice => state.problems.set(Vec::new()),
            Shortcut::NextEvent => focus(card.map_or_else(card_on_screen, |c| next_card(&c))),
            Shortcut::PreviousEvent => {
                focus(card.map_or_else(card_on_screen, |c| previous_card(&c)))
            }
            Shortcut::OpenSources => {
                if let Some(card) = card {
                    open_sources(state, &card);
                }
            }
        }
    });
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

fn focus(element: Option<Element>) {
    if let Some(element) = element.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// The first card on screen: where j/k start when no event has focus yet.
fn card_on_screen() -> Option<Element> {
    document().get_element_by_id(&first_card_on_screen()?.id)
}

/// The card after `card`, in this year's list or the next year's.
fn next_card(card: &Element) -> Option<Element> {
    card.next_element_sibling().or_else(|| {
        let year = card.parent_element()?.parent_element()?;
        let next_year = year.next_element_sibling()?;
        next_year.last_element_child()?.first_element_child()
    })
}

/// The card before `card`, in this year's list or the previous year's.
fn previous_card(card: &Element) -> Option<Element> {
    card.previous_element_sibling().or_else(|| {
        let year = card.parent_element()?.parent_element()?;
        let previous_year = year.previous_element_sibling()?;
        previous_year.last_element_child()?.last_element_child()
    })
}

/// Selects the event and takes focus to its first source link.
fn open_sources(state: ViewState, card: &Element) {
    let id = card.get_attribute("data-event-id").unwrap_or_default();
    if let Some(event) = state.catalog().event(&id) {
        state.change(HistoryMode::Push, |f| f.event = Some(event.id));
    }
    focus(card.query_selector(".event-sources a").ok().flatten());
}
