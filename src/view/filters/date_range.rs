//! The From/To date filter.

use leptos::prelude::*;

use crate::query::search::filter::RangeEnd;
use crate::view::filters::date_input::DateInput;

#[component]
pub fn DateRange() -> impl IntoView {
    view! {
        <fieldset class="facet facet-dates">
            <legend>"Dates"</legend>
            <DateInput end=RangeEnd::From label="From" id="date-from" />
            <DateInput end=RangeEnd::To label="To" id="date-to" />
        </fieldset>
    }
}
