//! The three overviews above the list: the States Parties chart, the map and the year histogram.

pub mod parties_chart;
pub mod status_map;
pub mod year_histogram;
