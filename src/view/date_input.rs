//! One end of the date range, at whatever precision the reader types: 2025, 2025-06 or
//! 2025-06-27. An invalid date is explained beside the field and not applied.

use leptos::prelude::*;

use super::state::{use_view_state, HistoryMode};
use crate::model::PartialDate;
use crate::query::Filter;

/// Which end of the range an input edits.
#[derive(Clone, Copy)]
pub enum End {
    From,
    To,
}

impl End {
    fn get(self, filter: &Filter) -> Option<PartialDate> {
        match self {
            End::From => filter.from,
            End::To => filter.to,
        }
    }

    fn set(self, filter: &mut Filter, date: Option<PartialDate>) {
        match self {
            End::From => filter.from = date,
            End::To => filter.to = date,
        }
    }
}

#[component]
pub fn DateInput(end: End, label: &'static str, id: &'static str) -> impl IntoView {
    let state = use_view_state();
    let error = RwSignal::new(None::<&'static str>);
    let value = move || {
        state
            .filter
            .with(|f| end.get(f).map(|d| d.iso()).unwrap_or_default())
    };
    let on_change = move |ev| {
        let text = event_target_value(&ev);
        let text = text.trim();
        let parsed = if text.is_empty() {
            Ok(None)
        } else {
            PartialDate::parse(text).map(Some)
        };
        match parsed {
            Ok(date) => {
                error.set(None);
                state.change(HistoryMode::Push, |f| end.set(f, date));
            }
            Err(_) => error.set(Some(
                "Use YYYY, YYYY-MM or YYYY-MM-DD, for example 2025-06.",
            )),
        }
    };
    let error_id = format!("{id}-error");
    let invalid = move || error.get().is_some().to_string();
    let described_by = error_id.clone();

    view! {
        <div class="date-input">
            <label for=id>{label}</label>
            <input
                id=id
                type="text"
                inputmode="numeric"
                autocomplete="off"
                placeholder="YYYY-MM-DD"
                aria-invalid=invalid
                aria-describedby=described_by
                prop:value=value
                on:change=on_change
            />
            <p class="field-error" id=error_id aria-live="polite">
                {move || error.get()}
            </p>
        </div>
    }
}
