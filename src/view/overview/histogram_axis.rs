//! The years under the histogram, placed by [`Bars::axis_labels`](crate::query::charts::histogram::Bars::axis_labels).

use leptos::prelude::*;

/// HTML rather than SVG text, so the labels keep their size when the chart stretches.
#[component]
pub fn HistogramAxis(labels: Vec<(u16, String)>) -> impl IntoView {
    let labels = labels
        .into_iter()
        .map(|(year, left)| view! { <span style:left=left>{year}</span> })
        .collect_view();
    view! { <div class="histogram-axis" aria-hidden="true">{labels}</div> }
}
