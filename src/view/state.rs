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
    /// The reader is typing a search that the URL has not recorded yet.
    pub typing: RwSignal<bool>,
    /// The events to show and the facet counts, computed together in one pass.
    pub query: Memo<QueryResult>,
    pub total: usize,
    catalog: StoredValue<Arc<Catalog>>,
    /// An event the timeline must bring on screen with its next list: the link's `?event=`
    /// on load, or an event opened from elsewhere on the page ([`ViewState::open_event`]).
    reveal: StoredValue<Option<&'static str>>,
    last_mode_was_typing: StoredValue<bool>,
    /// Parameters that are not part of the view but must survive every URL we write: pym.js's
    /// id for this iframe, and in a benchmark build the synthetic dataset's size.
    carried_params: StoredValue<String>,
}

impl ViewState {
    /// Builds the state from the page's current URL.
    pub fn from_location() -> Self {
        let location_query = current_query();
        let catalog = Arc::new(catalog_for(&location_query));
        let parsed = parse_for(&catalog, &location_query);
        let total = catalog.len();
        let reveal = StoredValue::new(parsed.filter.event);
        let filter = RwSignal::new(parsed.filter);
        let query_catalog = Arc::clone(&catalog);
        let query = Memo::new(move |_| filter.with(|f| query_catalog.query(f)));
        ViewState {
            filter,
            problems: RwSignal::new(parsed.problems),
            flashed_paragraph: RwSignal::new(None),
            article_open: RwSignal::new(false),
            typing: RwSignal::new(false),
            query,
            total,
            catalog: StoredValue::new(catalog),
            reveal,
            last_mode_was_typing: StoredValue::new(false),
            carried_params: StoredValue::new(carried_params(&location_query)),
        }
    }

    pub fn catalog(&self) -> Arc<Catalog> {
        self.catalog.get_value()
    }

    /// Applies `edit` to the filter and records the new view in the URL.
    pub fn change(&self, mode: HistoryMode, edit: impl FnOnce(&mut Filter)) {
        if self.show(edit) {
            self.record(mode);
        }
    }

    /// Applies `edit` to the filter without touching the URL yet (typing shows results at
    /// once but records the view after a pause). Returns whether anything changed.
    pub fn show(&self, edit: impl FnOnce(&mut Filter)) -> bool {
        let mut next = self.filter.get_untracked();
        edit(&mut next);
        let changed = next != self.filter.get_untracked();
        if changed {
            self.filter.set(next);
        }
        changed
    }

    /// Shows one event: every filter off so it is on the list, the layout kept, and the
    /// timeline told to bring it on screen.
    pub fn open_event(&self, id: &'static str) {
        self.reveal.set_value(Some(id));
        self.change(HistoryMode::Push, |f| {
            *f = Filter {
                event: Some(id),
                embed: f.embed,
                order: f.order,
                ..Filter::default()
            }
        });
    }

    /// The event to bring on screen with the next list, once (see [`ViewState::open_event`]).
    pub fn take_reveal(&self) -> Option<&'static str> {
        let mut taken = None;
        self.reveal.update_value(|reveal| taken = reveal.take());
        taken
    }

    /// Writes the view on screen to the URL.
    pub fn record(&self, mode: HistoryMode) {
        let filter = self.filter.get_untracked();
        let mut link = query::to_query(&filter);
        let carried = self.carried_params.get_value();
        if !carried.is_empty() {
            link.push(if link.is_empty() { '?' } else { '&' });
            link.push_str(&carried);
        }
        // Inside a host page, history entries would hijack the host's Back button; and a change
        // the link cannot show (trailing spaces) must not add a Back step that does nothing.
        let replace = filter.embed
            || link == current_query()
            || (mode == HistoryMode::Typing && self.last_mode_was_typing.get_value());
        self.last_mode_was_typing
            .set_value(mode == HistoryMode::Typing);
        write_history(&link, replace);
        if self.typing.get_untracked() {
            self.typing.set(false);
        }
    }

    /// Re-reads the URL after back/forward. A jump within the page (#headline) changes
    /// nothing, so it must not bring back a notice the reader dismissed.
    pub fn restore_from_location(&self) {
        let parsed = parse_for(&self.catalog.get_value(), &current_query());
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

/// The events this page shows: the bundled dataset, or in a benchmark build (feature
/// `synthetic`) the generated one that `?synthetic=N` asks for.
fn catalog_for(location_query: &str) -> Catalog {
    #[cfg(feature = "synthetic")]
    if let Some(size) = query::synthetic::requested_size(location_query) {
        let events = query::synthetic::generate(size, query::synthetic::SEED);
        return Catalog::new(Box::leak(events.into_boxed_slice()));
    }
    let _ = location_query;
    Catalog::bundled()
}

/// Reads a link, resolving `?event=` against the events this page shows.
fn parse_for(catalog: &Catalog, location_query: &str) -> query::Parsed {
    query::parse_in(location_query, |id| catalog.event(id))
}

/// See [`ViewState::carried_params`]: already encoded, joined with `&`.
fn carried_params(location_query: &str) -> String {
    let mut carried = Vec::new();
    if let Some(child_id) = query::embed::pym_child_id(location_query) {
        // Keep pym's id, so a reload inside the frame still reports to the right iframe.
        carried.push(["childId=", &child_id].concat());
    }
    #[cfg(feature = "synthetic")]
    if let Some(size) = query::synthetic::requested_size(location_query) {
        carried.push(["synthetic=", &size.to_string()].concat());
    }
    carried.join("&")
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
