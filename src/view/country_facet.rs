//! The Country filter: the states in the story first, the rest behind "Show all".

use leptos::prelude::*;

use super::facet_option::FacetOption;
use super::state::{use_view_state, HistoryMode};
use crate::model::country;
use crate::query::catalog::{country_options, FEATURED_COUNTRIES};

#[component]
pub fn CountryFacet() -> impl IntoView {
    let state = use_view_state();
    let catalog = state.catalog();
    let all_count = catalog.country_codes().len();
    let collapsed = RwSignal::new(true);
    let visible = Memo::new(move |_| {
        let selected = state.filter.with(|f| f.countries.clone());
        country_options(catalog.country_codes(), &selected, collapsed.get())
    });
    let render_option = move |code: &'static str| {
        let checked = Signal::derive(move || state.filter.with(|f| f.countries.contains(&code)));
        let count = Signal::derive(move || state.counts.with(|c| c.country(code)));
        let toggle =
            Callback::new(move |()| state.change(HistoryMode::Push, |f| f.toggle_country(code)));
        let name = country(code).map_or(code, |c| c.name);
        view! {
            <FacetOption
                id=format!("country-{code}")
                label=name
                value=code
                checked=checked
                count=count
                on_toggle=toggle
            />
        }
    };
    let toggle_label = move || {
        if collapsed.get() {
            format!("Show all {all_count} countries")
        } else {
            format!("Show only the {} in the story", FEATURED_COUNTRIES.len())
        }
    };
    let expanded = move || (!collapsed.get()).to_string();

    view! {
        <fieldset class="facet facet-country">
            <legend>"Country"</legend>
            <ul class="facet-options" id="country-options" class:scrolling=move || !collapsed.get()>
                <For each=move || visible.get() key=|code| *code children=render_option />
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
