//! The windowed list of events, its status line, and moving through it by keyboard.

pub mod event_card;
pub mod list;
pub mod list_window;
pub mod order_toggle;
pub mod scroll;
pub mod shortcuts;
pub mod status_line;
pub mod year_section;
