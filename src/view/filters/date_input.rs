//! One end of the date range, at whatever precision the reader types: 2025, 2025-06 or
//! 2025-06-27. A date that cannot apply is explained beside the field instead.

use leptos::prelude::*;

use crate::query::search::filter::RangeEnd;
use crate::view::state::{use_view_state, HistoryMode};

#[component]
pub fn DateInput(
    /// Which end of the range this field edits.
    end: RangeEnd,
    /// Visible label.
    label: &'static str,
    /// DOM id of the input.
    id: &'static str,
) -> impl IntoView {
    let state = use_view_state();
    let error = RwSignal::new(None::<&'static str>);
    let value =
        move || state.with_filter(|f| f.range_end(end).map(|d| d.iso()).unwrap_or_default());
    let on_change = move |ev| {
        let typed = event_target_value(&ev);
        match state.with_filter_untracked(|f| f.with_typed_date(end, &typed)) {
            Ok(next) => {
                error.set(None);
                state.change(HistoryMode::Push, |f| *f = next);
            }
            Err(problem) => error.set(Some(problem.message())),
        }
    };
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described_by = format!("{hint_id} {error_id}");
    let invalid = move || error.get().is_some().to_string();

    view! {
        <div class="date-input">
            <label for=id>{label}</label>
            <input
                id=id
                type="text"
                autocomplete="off"
                placeholder="YYYY-MM-DD"
                aria-invalid=invalid
                aria-describedby=described_by
                prop:value=value
                on:change=on_change
            />
            <p class="field-hint" id=hint_id>"2025, 2025-06 or 2025-06-27"</p>
            <p class="field-error" id=error_id aria-live="polite">
                {move || error.get()}
            </p>
        </div>
    }
}
