//! One checkbox of a facet, with its label and how many events it would show.

use leptos::prelude::*;

#[component]
pub fn FacetOption(
    /// Unique within the page; used to tie the label to the box.
    id: String,
    label: &'static str,
    /// The URL value, exposed for tests and styling.
    value: &'static str,
    #[prop(into)] checked: Signal<bool>,
    #[prop(into)] count: Signal<usize>,
    /// Hides the option without removing it (a collapsed list).
    #[prop(optional, into)]
    hidden: Signal<bool>,
    /// Called when the reader ticks or unticks the box.
    on_toggle: Callback<()>,
) -> impl IntoView {
    let is_empty = move || count.get() == 0 && !checked.get();
    view! {
        <li class="facet-option" class:no-matches=is_empty hidden=hidden>
            <input
                type="checkbox"
                id=id.clone()
                value=value
                prop:checked=checked
                on:change=move |_| on_toggle.run(())
            />
            <label for=id>
                <span class="facet-label">{label}</span>
                <span class="facet-count">{count}</span>
            </label>
        </li>
    }
}
