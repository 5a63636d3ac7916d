//! The From/To date filter.

use leptos::prelude::*;

use super::date_input::{DateInput, End};

#[component]
pub fn DateRange() -> impl IntoView {
    view! {
        <fieldset class="facet facet-dates">
            <legend>"Dates"</legend>
            <DateInput end=End::From label="From" id="date-from" />
            <DateInput end=End::To label="To" id="date-to" />
        </fieldset>
    }
}
