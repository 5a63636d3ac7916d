//! One-click views for the questions readers ask most.

use leptos::prelude::*;

use super::state::{use_view_state, HistoryMode};
use crate::model::{Kind, PartialDate};
use crate::query::Filter;

/// A named view: a label and the filter it applies on top of a cleared one.
struct Preset {
    label: &'static str,
    apply: fn(&mut Filter),
}

const PRESETS: [Preset; 3] = [
    Preset {
        label: "The 2025–26 withdrawals",
        apply: |f| {
            // From Finland's first public step (30 November 2024) on: every decision, notice,
            // withdrawal and reaction, including treaty-wide ones that name no state.
            f.kinds = vec![
                Kind::Announcement,
                Kind::Legislation,
                Kind::Notification,
                Kind::Withdrawal,
                Kind::Reaction,
            ];
            f.from = PartialDate::parse("2024-11").ok();
        },
    },
    Preset {
        label: "Treaty history",
        apply: |f| f.kinds = vec![Kind::Treaty],
    },
    Preset {
        label: "Who joined when",
        apply: |f| f.kinds = vec![Kind::Signature, Kind::Joining],
    },
];

fn preset_filter(preset: &Preset, current: &Filter) -> Filter {
    let mut filter = current.cleared();
    (preset.apply)(&mut filter);
    filter
}

#[component]
pub fn Presets() -> impl IntoView {
    let state = use_view_state();
    let buttons = PRESETS
        .iter()
        .map(|preset| {
            let is_active = move || state.filter.with(|f| *f == preset_filter(preset, f));
            let pressed = move || is_active().to_string();
            let choose = move |_| {
                state.change(HistoryMode::Push, |f| {
                    *f = if is_active() {
                        f.cleared()
                    } else {
                        preset_filter(preset, f)
                    }
                })
            };
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
