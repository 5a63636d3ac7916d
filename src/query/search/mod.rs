//! What the results depend on: the filter a link describes, the folding that makes search
//! case- and accent-blind, the signatures that skip most events without reading them, and
//! the ready-made views.

pub mod filter;
pub mod fold;
pub mod presets;
pub mod signature;
