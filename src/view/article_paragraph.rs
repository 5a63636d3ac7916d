//! One article paragraph, offering the events that explain it (`?para=N`).

use leptos::prelude::*;

use super::state::{use_view_state, HistoryMode};
use crate::model::events_explaining;

#[component]
pub fn ArticleParagraph(
    /// 1-based paragraph number; the element id is `p{number}`.
    number: u8,
    text: &'static str,
) -> impl IntoView {
    let state = use_view_state();
    let linked = events_explaining(number);
    let is_active = move || state.filter.with(|f| f.para == Some(number));
    let is_flashed = move || state.flashed_paragraph.get() == Some(number);
    let label = if linked == 1 {
        String::from("1 event")
    } else {
        format!("{linked} events")
    };
    let toggle = move |_| {
        state.change(HistoryMode::Push, |f| {
            f.para = if f.para == Some(number) {
                None
            } else {
                Some(number)
            };
        })
    };
    let pressed = move || is_active().to_string();
    let accessible_name = format!("Show the {label} behind paragraph {number}");
    let button = (linked != 0).then(|| {
        view! {
            <button
                type="button"
                class="paragraph-events"
                aria-pressed=pressed
                aria-label=accessible_name
                on:click=toggle
            >
                <span aria-hidden="true">{format!("¶{number} · ")}</span>
                {label}
            </button>
        }
    });

    view! {
        <div class="paragraph" class:active=is_active class:flash=is_flashed>
            <p id=format!("p{number}")>{text}</p>
            {button}
        </div>
    }
}
