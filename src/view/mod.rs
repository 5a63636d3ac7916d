//! Leptos components, one per file. They read state from context and hold no logic beyond
//! wiring: the decisions live in `query` and `model`.

pub mod app;
pub mod article_paragraph;
pub mod article_view;
pub mod country_facet;
pub mod date_input;
pub mod date_range;
pub mod download;
pub mod editor_note;
pub mod embed_bar;
pub mod embed_dialog;
pub mod event_card;
pub mod export_buttons;
pub mod facet_option;
pub mod filters_panel;
pub mod host_page;
pub mod kind_facet;
pub mod list_window;
pub mod masthead;
pub mod order_toggle;
pub mod parties_chart;
pub mod presets;
pub mod scroll;
pub mod search_box;
pub mod shortcuts;
pub mod site_footer;
pub mod state;
pub mod status_line;
pub mod status_map;
#[cfg(feature = "test-hooks")]
pub mod test_hooks;
pub mod timeline;
pub mod url_notice;
pub mod whats_changed;
pub mod year_histogram;
pub mod year_section;
