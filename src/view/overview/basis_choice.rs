//! Which States Parties count the chart shows: from entry into force, or from deposit.

use leptos::prelude::*;

use crate::query::charts::parties::Basis;

#[component]
pub fn BasisChoice(basis: RwSignal<Basis>) -> impl IntoView {
    let bound = move || basis.get() == Basis::Bound;
    view! {
        <fieldset class="chart-basis">
            <legend>"Count each state from"</legend>
            <label>
                <input
                    type="radio"
                    name="chart-basis"
                    prop:checked=bound
                    on:change=move |_| basis.set(Basis::Bound)
                />
                "entry into force (bound)"
            </label>
            <label>
                <input
                    type="radio"
                    name="chart-basis"
                    prop:checked=move || !bound()
                    on:change=move |_| basis.set(Basis::Joined)
                />
                "deposit (joined)"
            </label>
        </fieldset>
    }
}
