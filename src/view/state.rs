//! App-wide state, shared through context, and its link to the browser's history.
//!
//! The filter signal is the single source of truth. Every change goes through
//! [`ViewState::change`], which also writes the URL, so the address bar always names the view
//! on screen. Back/forward replaces the filter from the URL without writing history again.

use std::sync::Arc;
use std::time::Duration;

use leptos::html::{Input, Ol};
use leptos::prelude::*;

use crate::query::{self, Catalog, Filter, Problem, QueryResult};
use crate::view::history::{current_query, write_history};
pub use crate::view::launch::Launch;
use crate::view::timeline::scroll::scroll_to_id;

/// How long a paragraph stays highlighted after a jump to it.
const FLASH: Duration = Duration::from_millis(2400);

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
    filter: RwSignal<Filter>,
    /// URL parts that were ignored, until the reader dismisses the notice.
    problems: RwSignal<Vec<Problem>>,
    /// The article paragraph briefly highlighted after a jump from an event card.
    flashed_paragraph: RwSignal<Option<u8>>,
    /// In the embed layout, whether the article tab is showing instead of the timeline.
    article_open: RwSignal<bool>,
    /// The reader is typing a search that the URL has not recorded yet.
    typing: RwSignal<bool>,
    /// The events to show and the facet counts, computed together in one pass.
    query: Memo<QueryResult>,
    /// The selected event's id: it changes only when the selection does, so a card does not
    /// wake for every keystroke of a search.
    selected: Memo<Option<&'static str>>,
    total: usize,
    catalog: StoredValue<Arc<Catalog>>,
    /// An event the timeline must bring on screen with its next list: the link's `?event=`
    /// on load, or an event opened from elsewhere on the page ([`ViewState::open_event`]).
    reveal: StoredValue<Option<&'static str>>,
    last_mode_was_typing: StoredValue<bool>,
    /// Parameters that are not part of the view but must survive every URL we write: pym.js's
    /// id for this iframe, and in a benchmark build the synthetic dataset's size.
    carried_params: StoredValue<String>,
    /// See [`Launch::base`].
    base: StoredValue<String>,
    /// The search box, which `/` and the link notice's "Dismiss" give focus to.
    search_input: NodeRef<Input>,
    /// The timeline's `<ol>`, which the window measures.
    timeline_list: NodeRef<Ol>,
}

impl ViewState {
    /// The state of the view that `launch` opens. Reads nothing from the browser, so the app
    /// renders natively too.
    pub fn new(launch: &Launch) -> Self {
        let catalog = Arc::clone(&launch.catalog);
        let parsed = parse_for(&catalog, &launch.link);
        let total = catalog.len();
        let reveal = StoredValue::new(parsed.filter.event);
        let filter = RwSignal::new(parsed.filter);
        let query_catalog = Arc::clone(&catalog);
        // The search reruns only when what the results depend on changes.
        let results_part = Memo::new(move |_| filter.with(Filter::results_part));
        let query = Memo::new(move |_| results_part.with(|f| query_catalog.query(f)));
        let selected = Memo::new(move |_| filter.with(|f| f.event));
        ViewState {
            filter,
            problems: RwSignal::new(parsed.problems),
            flashed_paragraph: RwSignal::new(None),
            article_open: RwSignal::new(false),
            typing: RwSignal::new(false),
            query,
            selected,
            total,
            catalog: StoredValue::new(catalog),
            base: StoredValue::new(launch.base.clone()),
            reveal,
            last_mode_was_typing: StoredValue::new(false),
            carried_params: StoredValue::new(launch.carried_params.clone()),
            search_input: NodeRef::new(),
            timeline_list: NodeRef::new(),
        }
    }

    /// Reads the view on screen, as the URL records it, tracking it. Change it with
    /// [`ViewState::change`]. (Plain methods rather than a `ReadSignal`: each signal type
    /// costs its own copy of Leptos's generic code, measured at several kB of WASM.)
    pub fn with_filter<R>(&self, read: impl FnOnce(&Filter) -> R) -> R {
        self.filter.with(read)
    }

    /// Like [`ViewState::with_filter`], without tracking: for event handlers.
    pub fn with_filter_untracked<R>(&self, read: impl FnOnce(&Filter) -> R) -> R {
        self.filter.with_untracked(read)
    }

    /// The events to show, the counts beside each option and the histogram's bars.
    pub fn results(&self) -> Memo<QueryResult> {
        self.query
    }

    /// How many events the page has in all.
    pub fn total(&self) -> usize {
        self.total
    }

    /// The parts of the link that were ignored, until the reader dismisses the notice.
    pub fn notice(&self) -> Vec<Problem> {
        self.problems.get()
    }

    /// Whether the link notice is showing, without tracking.
    pub fn notice_is_open_untracked(&self) -> bool {
        self.problems
            .with_untracked(|problems| !problems.is_empty())
    }

    pub fn dismiss_notice(&self) {
        self.problems.set(Vec::new());
    }

    /// In the embed layout, whether the article is showing instead of the timeline.
    pub fn article_open(&self) -> bool {
        self.article_open.get()
    }

    /// Shows the article (`true`) or the timeline (`false`) in the embed layout.
    pub fn open_article(&self, open: bool) {
        self.article_open.set(open);
    }

    /// The paragraph briefly highlighted after a jump to it.
    pub fn flashed_paragraph(&self) -> Option<u8> {
        self.flashed_paragraph.get()
    }

    /// Takes the reader to article paragraph `number` and highlights it for a moment.
    pub fn show_paragraph(&self, number: u8) {
        // In the embed layout the article sits behind its tab.
        self.open_article(true);
        scroll_to_id(&format!("p{number}"));
        self.flashed_paragraph.set(Some(number));
        let flashed = self.flashed_paragraph;
        set_timeout(
            move || {
                if flashed.get_untracked() == Some(number) {
                    flashed.set(None);
                }
            },
            FLASH,
        );
    }

    /// Whether a search is being typed that the URL has not recorded yet.
    pub fn typing(&self) -> bool {
        self.typing.get()
    }

    /// Shows the results for the search text as typed; the URL follows with
    /// [`ViewState::record`] once typing pauses. Returns whether the text changed.
    pub fn type_search(&self, text: String) -> bool {
        let changed = self.show(|f| f.text = text);
        if changed {
            self.typing.set(true);
        }
        changed
    }

    /// The search box's element, once mounted.
    pub fn search_input(&self) -> NodeRef<Input> {
        self.search_input
    }

    /// The timeline list's element, once mounted.
    pub fn timeline_list(&self) -> NodeRef<Ol> {
        self.timeline_list
    }

    /// The selected event's id, if any.
    pub fn selected(&self) -> Memo<Option<&'static str>> {
        self.selected
    }

    /// This page's address without its query: the base for shareable and embed links.
    pub fn page_base(&self) -> String {
        self.base.get_value()
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
    fn show(&self, edit: impl FnOnce(&mut Filter)) -> bool {
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

/// Reads a link, resolving `?event=` against the events this page shows.
fn parse_for(catalog: &Catalog, location_query: &str) -> query::Parsed {
    query::parse_in(location_query, |id| catalog.event(id))
}
