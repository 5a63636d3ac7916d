//! All the filters, in reading order, with one way to clear them.

use leptos::prelude::*;

use super::country_facet::CountryFacet;
use super::date_range::DateRange;
use super::kind_facet::KindFacet;
use super::presets::Presets;
use super::search_box::SearchBox;
use super::state::{use_view_state, HistoryMode};

#[component]
pub fn FiltersPanel() -> impl IntoView {
    let state = use_view_state();
    let nothing_to_clear = move || state.filter.with(|f| f.is_unfiltered());
    let clear_all = move |_| state.change(HistoryMode::Push, |f| *f = f.cleared());
    // On a phone the facets start folded away unless the link already uses them; on wider
    // screens they start open. Read once: afterwards the reader decides.
    let start_open = state.filter.with_untracked(|f| {
        !f.countries.is_empty() || !f.kinds.is_empty() || f.from.is_some() || f.to.is_some()
    }) || is_wide_screen();

    view! {
        <div class="filters" role="search" aria-label="Filter the timeline">
            <SearchBox />
            <Presets />
            <details class="facets-disclosure" open=start_open>
                <summary>"Country, kind and dates"</summary>
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

fn is_wide_screen() -> bool {
    window()
        .match_media("(min-width: 640px)")
        .ok()
        .flatten()
        .is_some_and(|query| query.matches())
}
