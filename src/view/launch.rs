//! What the app starts from: the data and the link, handed to [`App`](crate::view::app::App) by
//! main.rs in the browser, or by a test or the pre-render natively.

use std::sync::Arc;

use leptos::prelude::*;

use crate::query::{self, Catalog};
use crate::view::history::current_query;

/// What the app starts from. In the browser, main.rs reads it from the page
/// ([`Launch::in_browser`]); the native render test supplies its own.
#[derive(Clone)]
pub struct Launch {
    /// The events the page shows.
    pub catalog: Arc<Catalog>,
    /// The query string the page was opened with, such as `?country=EE`.
    pub link: String,
    /// The page's address without its query: the base of shareable and embed links.
    pub base: String,
    /// Parameters that are not part of the view but must survive every URL we write, already
    /// encoded and joined with `&`: pym.js's id for this iframe, and in a benchmark build the
    /// synthetic dataset's size.
    pub carried_params: String,
}

impl Launch {
    /// The page as the browser opened it, showing `catalog`.
    pub fn in_browser(catalog: Catalog) -> Launch {
        let link = current_query();
        let location = window().location();
        let base = [
            location.origin().unwrap_or_default(),
            location.pathname().unwrap_or_default(),
        ]
        .concat();
        // Keep pym's id, so a reload inside the frame still reports to the right iframe.
        let carried_params = query::url::embed::pym_child_id(&link)
            .map(|child_id| ["childId=", &child_id].concat())
            .unwrap_or_default();
        Launch {
            catalog: Arc::new(catalog),
            link,
            base,
            carried_params,
        }
    }
}
