//! The Country filter: the states in the story first, the rest behind "Show all".

use leptos::prelude::*;

use crate::query::catalog::{country_options, FEATURED_COUNTRIES};
use crate::view::filters::facet_option::FacetOption;
use crate::view::state::{use_view_state, HistoryMode};

#[component]
pub fn CountryFacet() -> impl IntoView {
    let state = use_view_state();
    let catalog = state.catalog();
    let codes = country_options(catalog.country_codes(), &[], false);
    let all_count = codes.len();
    let collapsed = RwSignal::new(true);
    // Every option is rendered once, in a fixed order; collapsing only hides the ones outside
    // the story that the reader has not ticked.
    let options = codes
        .into_iter()
        .map(|code| {
            let checked =
                Signal::derive(move || state.with_filter(|f| f.countries.contains(&code)));
            let hidden = Signal::derive(move || {
                collapsed.get() && !FEATURED_COUNTRIES.contains(&code) && !checked.get()
            });
            let count = Signal::derive(move || state.results().with(|q| q.counts.country(code)));
            let toggle = Callback::new(move |()| {
                state.change(HistoryMode::Push, |f| f.toggle_country(code))
            });
            let name = state.catalog().country(code).map_or(code, |c| c.name);
            view! {
                <FacetOption
                    id=format!("country-{code}")
                    label=name
                    value=code
                    checked=checked
                    count=count
                    hidden=hidden
                    on_toggle=toggle
                />
            }
        })
        .collect_view();
    let toggle_label = move || {
        if collapsed.get() {
            format!("Show all {all_count} countries")
        } else {
            format!("Show only the {} in the story", FEATURED_COUNTRIES.len())
        }
    };
    let expanded = move || (!collapsed.get()).to_string();
    let is_expanded = move || !collapsed.get();

    view! {
        <fieldset class="facet facet-country">
            <legend>"Country"</legend>
            <ul class="facet-options" id="country-options" class:scrolling=is_expanded>
                {options}
            </ul>
            <button
                type="button"
                class="facet-more"
                aria-controls="country-options"
                aria-expanded=expanded
                on:click=move |_| collapsed.update(|c| *c = !*c)
            >
                {toggle_label}
            </button>
        </fieldset>
    }
}
