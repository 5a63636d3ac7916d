//! One-click views for the questions readers ask most.

use leptos::prelude::*;

use crate::query::search::presets::PRESETS;
use crate::view::state::{use_view_state, HistoryMode};

#[component]
pub fn Presets() -> impl IntoView {
    let state = use_view_state();
    let buttons = PRESETS
        .iter()
        .map(|preset| {
            let pressed = move || state.with_filter(|f| preset.is_active(f)).to_string();
            let choose = move |_| state.change(HistoryMode::Push, |f| *f = preset.toggled(f));
            view! {
                <button type="button" class="preset" aria-pressed=pressed on:click=choose>
                    {preset.label}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="presets" role="group" aria-label="Suggested views">
            {buttons}
        </div>
    }
}
