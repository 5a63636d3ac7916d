//! Narrowing the list: search, facets, dates, presets, and the notice for a broken link.

pub mod country_facet;
pub mod date_input;
pub mod date_range;
pub mod facet_option;
pub mod filters_panel;
pub mod kind_facet;
pub mod presets;
pub mod search_box;
pub mod url_notice;
