//! The States Parties chart's axes: grid lines with their counts, and every fifth year.

use leptos::prelude::*;

use crate::model::PartialDate;
use crate::query::charts::parties::Frame;

const COUNT_TICKS: [u16; 4] = [0, 50, 100, 150];
const YEAR_TICKS: [u16; 6] = [2000, 2005, 2010, 2015, 2020, 2025];

/// Drawn once: the frame is the same for both counts.
#[component]
pub fn ChartAxes(frame: Frame) -> impl IntoView {
    let plot = frame.plot;
    let grid_end = plot.width - plot.right;
    let count_ticks = COUNT_TICKS
        .iter()
        .map(|&n| {
            let y = frame.y(n);
            view! {
                <line class="chart-grid" x1=plot.left x2=grid_end y1=y y2=y></line>
                <text class="chart-tick" x=plot.left - 6 y=y + 4 text-anchor="end">{n}</text>
            }
        })
        .collect_view();
    let year_ticks = YEAR_TICKS
        .iter()
        .map(|&year| {
            let x = frame.x(PartialDate {
                year,
                month: 1,
                day: 1,
            }
            .key());
            view! {
                <text class="chart-tick" x=x y=plot.height - 6 text-anchor="middle">{year}</text>
            }
        })
        .collect_view();
    view! { {count_ticks} {year_ticks} }
}
