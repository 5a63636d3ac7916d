//! The Kind filter: one checkbox per kind of event, with counts.

use leptos::prelude::*;

use crate::model::Kind;
use crate::view::filters::facet_option::FacetOption;
use crate::view::state::{use_view_state, HistoryMode};

#[component]
pub fn KindFacet() -> impl IntoView {
    let state = use_view_state();
    let options = Kind::ALL
        .into_iter()
        .map(|kind| {
            let checked = Signal::derive(move || state.with_filter(|f| f.kinds.contains(&kind)));
            let count = Signal::derive(move || state.results().with(|q| q.counts.kind(kind)));
            let toggle =
                Callback::new(move |()| state.change(HistoryMode::Push, |f| f.toggle_kind(kind)));
            view! {
                <FacetOption
                    id=format!("kind-{}", kind.slug())
                    label=kind.label()
                    value=kind.slug()
                    checked=checked
                    count=count
                    on_toggle=toggle
                />
            }
        })
        .collect_view();
    view! {
        <fieldset class="facet facet-kind">
            <legend>"Kind"</legend>
            <ul class="facet-options">{options}</ul>
        </fieldset>
    }
}
