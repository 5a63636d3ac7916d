//! Leptos components, one per file, in folders by feature. They read state from context and
//! hold no logic beyond wiring: the decisions live in `query` and `model`.
//!
//! - [`app`]: the page, and [`state`], [`launch`], [`history`] and [`dom`] beside it;
//! - [`article`], [`filters`], [`timeline`], [`overview`], [`embed`], [`page`]: the features.

pub mod app;
pub mod article;
pub mod dom;
pub mod embed;
pub mod filters;
pub mod history;
pub mod launch;
pub mod overview;
pub mod page;
pub mod state;
#[cfg(feature = "test-hooks")]
pub mod test_hooks;
pub mod timeline;
