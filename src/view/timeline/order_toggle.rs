//! Newest or oldest first.

use leptos::prelude::*;

use crate::query::Order;
use crate::view::state::{use_view_state, HistoryMode};

#[component]
pub fn OrderToggle() -> impl IntoView {
    let state = use_view_state();
    let order = move || state.with_filter(|f| f.order);
    let choose =
        move |chosen: Order| move |_| state.change(HistoryMode::Push, |f| f.order = chosen);
    let pressed = move |which: Order| move || (order() == which).to_string();

    view! {
        <div class="order-toggle" role="group" aria-label="Order">
            <button type="button" aria-pressed=pressed(Order::NewestFirst) on:click=choose(Order::NewestFirst)>
                "Newest first"
            </button>
            <button type="button" aria-pressed=pressed(Order::OldestFirst) on:click=choose(Order::OldestFirst)>
                "Oldest first"
            </button>
        </div>
    }
}
