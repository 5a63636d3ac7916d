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

    view! {
        <div class="filters" role="search" aria-label="Filter the timeline">
            <SearchBox />
            <Presets />
            <div class="facets">
                <CountryFacet />
                <KindFacet />
                <DateRange />
            </div>
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
