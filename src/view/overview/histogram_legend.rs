//! The histogram's colour key: the kinds that have bars under the current filters.

use leptos::prelude::*;

use crate::model::Kind;
use crate::query::charts::histogram::YearCounts;

#[component]
pub fn HistogramLegend(years: Memo<YearCounts>) -> impl IntoView {
    // Which kinds have bars, as bits: the legend redraws only when that changes.
    let present = Memo::new(move |_| {
        years.with(|y| {
            Kind::ALL
                .iter()
                .filter(|&&kind| y.counts.iter().any(|row| row[kind as usize] > 0))
                .fold(0u16, |bits, &kind| bits | 1 << kind as u8)
        })
    });
    let keys = move || {
        let bits = present.get();
        Kind::ALL
            .iter()
            .filter(|&&kind| bits & 1 << kind as u8 != 0)
            .map(|kind| {
                let class = ["histogram-key kind-", kind.slug()].concat();
                view! { <li class=class>{kind.label()}</li> }
            })
            .collect_view()
    };
    view! { <ul class="histogram-legend" aria-label="Colours">{keys}</ul> }
}
