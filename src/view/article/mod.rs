//! The article, verbatim, with its editor's notes and the buttons that show each paragraph's events.

pub mod article_paragraph;
pub mod article_view;
pub mod editor_note;
