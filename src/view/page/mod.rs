//! The page around the explorer: masthead and footer with the dataset's dates and changelog.

pub mod masthead;
pub mod site_footer;
pub mod whats_changed;
