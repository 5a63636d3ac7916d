//! All the filters, in reading order, with one way to clear them.

use leptos::prelude::*;

use crate::view::filters::country_facet::CountryFacet;
use crate::view::filters::date_range::DateRange;
use crate::view::filters::kind_facet::KindFacet;
use crate::view::filters::presets::Presets;
use crate::view::filters::search_box::SearchBox;
use crate::view::state::{use_view_state, HistoryMode};

#[component]
pub fn FiltersPanel() -> impl IntoView {
    let state = use_view_state();
    let nothing_to_clear = move || state.with_filter(|f| f.is_unfiltered());
    let clear_all = move |_| state.change(HistoryMode::Push, |f| *f = f.cleared());
    // The facets start folded, so the timeline is in view at once, unless the link already
    // uses them (never in an embed, which must stay compact). Afterwards the reader decides.
    let (embed, uses_facets) = state.with_filter_untracked(|f| {
        let uses =
            !f.countries.is_empty() || !f.kinds.is_empty() || f.from.is_some() || f.to.is_some();
        (f.embed, uses)
    });
    let start_open = !embed && uses_facets;
    // An embed folds everything but the search box into one bar.
    let presets_outside = (!embed).then(|| view! { <Presets /> });
    let presets_inside = embed.then(|| view! { <Presets /> });
    let summary = if embed {
        "Filters"
    } else {
        "Country, kind and dates"
    };

    view! {
        <div class="filters" role="search" aria-label="Filter the timeline">
            <SearchBox />
            {presets_outside}
            <details class="facets-disclosure" open=start_open>
                <summary>{summary}</summary>
                {presets_inside}
                <div class="facets">
                    <CountryFacet />
                    <KindFacet />
                    <DateRange />
                </div>
            </details>
            <button
                type="button"
                class="clear-all"
                on:click=clear_all
                disabled=nothing_to_clear
            >
                "Clear all filters"
            </button>
        </div>
    }
}
