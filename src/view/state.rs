//! App-wide state, shared through context, and its link to the browser's history.
//!
//! The filter signal is the single source of truth. Every change goes through
//! [`ViewState::change`], which also writes the URL, so the address bar always names the view
//! on screen. Back/forward replaces the filter from the URL without writing history again.

use std::sync::Arc;

use leptos::prelude::*;

use crate::query::{self, Catalog, Filter, Problem, QueryResult};

/// How a change is recorded in the browser's history.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum HistoryMode {
    /// A discrete step (a checkbox, a preset): one back-button stop.
    Push,
    /// Typing: the first keystroke opens one history entry, the rest update it.
    Typing,
}

#[derive(Clone, Copy)]
pub struct ViewState {
    pub filter: RwSignal<Filter>,
    /// URL parts that were ignored, until the reader dismisses the notice.
    pub problems: RwSignal<Vec<Problem>>,
    /// The article paragraph briefly highlighted after a jump from an event card.
    pub flashed_paragraph: RwSignal<Option<u8>>,
    /// In the embed layout, whether the article tab is showing instead of the timeline.
    pub article_open: RwSignal<bool>,
    /// The events to show and the facet counts, computed together in one pass.
    pub query: Memo<QueryResult>,
    pub total: usize,
    catalog: StoredValue<Arc<Catalog>>,
    last_mode_was_typing: StoredValue<bool>,
    /// pym.js's id for this iframe, when a host page embeds us through pym.
    pym_child_id: StoredValue<Option<String>>,
}

impl ViewState {
    /// Builds the state from the page's current URL.
    pub fn from_location() -> Self {
        let parsed = query::parse(&current_query());
        let catalog = Arc::new(Catalog::bundled());
        let total = catalog.len();
        let filter = RwSignal::new(parsed.filter);
        let query_catalog = Arc::clone(&catalog);
        let query = Memo::new(move |_| filter.with(|f| query_catalog.query(f)));
        ViewState {
            filter,
            problems: RwSignal::new(parsed.problems),
            flashed_paragraph: RwSignal::new(None),
            article_open: RwSignal::new(false),
            query,
            total,
            catalog: StoredValue::new(catalog),
            last_mode_was_typing: StoredValue::new(false),
            pym_child_id: StoredValue::new(query::embed::pym_child_id(&current_query())),
        }
    }

    pub fn catalog(&self) -> Arc<Catalog> {
        self.catalog.get_value()
    }

    /// Applies `edit` to the filter and records the new view in the URL.
    pub fn change(&self, mode: HistoryMode, edit: impl FnOnce(&mut Filter)) {
        let mut next = self.filter.get_untracked();
        edit(&mut next);
        if next == self.filter.get_untracked() {
            return;
        }
        let mut link = query::to_query(&next);
        if let Some(child_id) = self.pym_child_id.get_value() {
            // Keep pym's id, so a reload inside the frame still reports to the right iframe.
            link.push(if link.is_empty() { '?' } else { '&' });
            link.push_str("childId=");
            link.push_str(&child_id);
        }
        // Inside a host page, history entries would hijack the host's Back button; and a change
        // the link cannot show (trailing spaces) must not add a Back step that does nothing.
        let replace = next.embed
            || link == current_query()
            || (mode == HistoryMode::Typing && self.last_mode_was_typing.get_value());
        self.last_mode_was_typing
            .set_value(mode == HistoryMode::Typing);
        write_history(&link, replace);
        self.filter.set(next);
    }

    /// Re-reads the URL after back/forward. A jump within the page (#headline) changes
    /// nothing, so it must not bring back a notice the reader dismissed.
    pub fn restore_from_location(&self) {
        let parsed = query::parse(&current_query());
        self.last_mode_was_typing.set_value(false);
        if parsed.filter == self.filter.get_untracked() {
            return;
        }
        self.problems.set(parsed.problems);
        self.filter.set(parsed.filter);
    }
}

pub fn use_view_state() -> ViewState {
    expect_context::<ViewState>()
}

/// This page's address without its query: the base for shareable and embed links.
pub fn page_base() -> String {
    let location = window().location();
    [
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default(),
    ]
    .concat()
}

fn current_query() -> String {
    window().location().search().unwrap_or_default()
}

fn write_history(query: &str, replace: bool) {
    let location = window().location();
    let path = location.pathname().unwrap_or_default();
    let url = format!("{path}{query}");
    let Ok(history) = window().history() else {
        return;
    };
    // A sandboxed iframe may refuse history writes: the view still works, it just cannot be
    // linked to, so the error is ignored.
    let _ = if replace {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    } else {
        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    };
}
