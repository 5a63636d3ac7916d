//! Sharing the view: the embed layout and code, the height messages to a host page, and the downloads.

pub mod download;
pub mod embed_bar;
pub mod embed_dialog;
pub mod export_buttons;
pub mod host_page;
