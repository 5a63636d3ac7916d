//! ottawa-explorer: the article and a sourced, filterable timeline of the Ottawa Convention.
//!
//! Data flows one way: `src/data/` → build.rs validation → statics in [`model`] → pure
//! [`query`] functions → thin Leptos components in [`view`].

pub mod model;
pub mod query;
pub mod view;
