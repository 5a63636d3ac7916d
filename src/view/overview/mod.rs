//! The three overviews above the list: the States Parties chart, the map and the year histogram.

pub mod basis_choice;
pub mod chart_axes;
pub mod histogram_axis;
pub mod histogram_legend;
pub mod parties_chart;
pub mod status_map;
pub mod year_histogram;
