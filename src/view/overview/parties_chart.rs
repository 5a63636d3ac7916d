//! The number of States Parties from 1999 to today, as a step chart the reader can explore by
//! pointer, touch or keyboard (it is a slider over the changes), and click to see the events.

use leptos::prelude::*;

use crate::model::{country_name, DayKey, Kind, PartialDate, PartyStep};
use crate::query::charts::parties::{
    changed_states, describe, insert_sorted, marks, step_at, summary, Basis, Frame,
};
use crate::query::charts::plot::Plot;
use crate::view::overview::basis_choice::BasisChoice;
use crate::view::overview::chart_axes::ChartAxes;
use crate::view::state::{use_view_state, HistoryMode};

const WIDTH: i32 = 760;
const HEIGHT: i32 = 220;

/// The same for both counts: they end with the same withdrawals.
fn frame(bound_steps: &[PartyStep], today: DayKey) -> Frame {
    let last = bound_steps.last().map_or(today, |s| s.day);
    Frame {
        plot: Plot {
            width: WIDTH,
            height: HEIGHT,
            left: 44,
            right: 16,
            top: 30,
            bottom: 26,
        },
        // The Convention was adopted in 1997.
        from: PartialDate {
            year: 1997,
            month: 1,
            day: 1,
        }
        .key(),
        to: today.max(last),
        max_count: 170,
    }
}

/// "Joined: Canada, Ireland … and 40 more" for the readout.
fn name_list(label: &str, codes: &[&'static str]) -> String {
    const SHOWN: usize = 6;
    let names: Vec<&str> = codes.iter().take(SHOWN).map(|c| country_name(c)).collect();
    let mut text = [label, names.join(", ").as_str()].concat();
    if codes.len() > SHOWN {
        text.push_str(&[" and ", &(codes.len() - SHOWN).to_string(), " more"].concat());
    }
    text
}

/// "States Parties over time: 166 at the peak, 161 now".
fn headline(steps: &[PartyStep]) -> String {
    let peak = steps.iter().map(|s| s.count).max().unwrap_or(0);
    let now = steps.last().map_or(0, |s| s.count);
    [
        "States Parties over time: ",
        &peak.to_string(),
        " at the peak, ",
        &now.to_string(),
        " now",
    ]
    .concat()
}

#[component]
pub fn PartiesChart() -> impl IntoView {
    let state = use_view_state();
    let catalog = state.catalog();
    // The dataset's today, not the reader's clock (see `model::as_of`).
    let today = catalog.as_of().key();
    let basis = RwSignal::new(Basis::Bound);
    // The step under the pointer or the keyboard; the latest until the reader moves.
    let cursor = RwSignal::new(None::<usize>);
    let (bound_steps, joined_steps) = (
        catalog.party_steps(Basis::Bound),
        catalog.party_steps(Basis::Joined),
    );
    let steps = move || match basis.get() {
        Basis::Bound => bound_steps,
        Basis::Joined => joined_steps,
    };
    let current = move || {
        cursor
            .get()
            .unwrap_or_else(|| steps().len().saturating_sub(1))
    };
    let geometry = frame(bound_steps, today);

    let readout = move || {
        let step = &steps()[current()];
        let (joined, left) = changed_states(step);
        let mut text = describe(step);
        if !joined.is_empty() {
            text.push_str(". ");
            text.push_str(&name_list("Joined: ", &joined));
        }
        if !left.is_empty() {
            text.push_str(". ");
            text.push_str(&name_list("Left: ", &left));
        }
        text
    };
    let select_events = move || {
        let (joined, left) = changed_states(&steps()[current()]);
        state.change(HistoryMode::Push, |f| {
            *f = f.cleared();
            for &code in joined.iter().chain(&left) {
                insert_sorted(&mut f.countries, code);
            }
            if !joined.is_empty() {
                f.kinds.push(Kind::Joining);
            }
            if !left.is_empty() {
                f.kinds.push(Kind::Withdrawal);
            }
        });
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let last = steps().len().saturating_sub(1);
        let next = match ev.key().as_str() {
            "ArrowLeft" | "ArrowDown" => current().saturating_sub(1),
            "ArrowRight" | "ArrowUp" => (current() + 1).min(last),
            "PageDown" => current().saturating_sub(10),
            "PageUp" => (current() + 10).min(last),
            "Home" => 0,
            "End" => last,
            "Enter" | " " => {
                ev.prevent_default();
                select_events();
                return;
            }
            _ => return,
        };
        ev.prevent_default();
        cursor.set(Some(next));
    };
    let on_pointer = move |ev: leptos::ev::PointerEvent| {
        let Some(svg) = event_target::<web_sys::Element>(&ev)
            .closest("svg")
            .ok()
            .flatten()
        else {
            return;
        };
        let rect = svg.get_bounding_client_rect();
        let x = (f64::from(ev.client_x()) - rect.left()) * f64::from(WIDTH) / rect.width().max(1.0);
        let day = geometry.day_at(x as i32);
        cursor.set(Some(step_at(steps(), day)));
    };

    let path = move || geometry.path(steps());
    let f = geometry;
    let markers = move || {
        marks(&f, steps())
            .into_iter()
            .map(|mark| {
                view! {
                    <circle class="chart-moment" cx=mark.x cy=mark.y r="4"></circle>
                    <text
                        class="chart-label"
                        x=mark.label_x
                        y=mark.label_y
                        text-anchor=mark.anchor.attribute()
                    >
                        {mark.label}
                    </text>
                }
            })
            .collect_view()
    };
    let cursor_at = move || {
        [
            "translate(",
            &f.x(steps()[current()].day).to_string(),
            " 0)",
        ]
        .concat()
    };
    let cursor_y = move || f.y(steps()[current()].count);
    let value_text = move || describe(&steps()[current()]);
    let caption = move || summary(steps(), today);
    let headline = headline(bound_steps);

    view! {
        // Folded by default, so the timeline stays on the first screen; the summary line
        // already tells the story in numbers.
        <details class="overview parties-overview">
            <summary>{headline}</summary>
            <figure class="parties-chart">
                <figcaption>{caption}</figcaption>
                <BasisChoice basis=basis />
                <svg
                    class="chart"
                    viewBox=format!("0 0 {WIDTH} {HEIGHT}")
                    role="slider"
                    tabindex="0"
                    aria-label="States Parties over time: use the arrow keys to step through the changes, Enter to show their events"
                    aria-valuemin="0"
                    aria-valuemax=move || steps().len().saturating_sub(1)
                    aria-valuenow=current
                    aria-valuetext=value_text
                    on:keydown=on_key
                    on:pointermove=on_pointer
                    on:pointerdown=on_pointer
                    on:click=move |_| select_events()
                >
                    <ChartAxes frame=f />
                    <path class="chart-line" d=path></path>
                    {markers}
                    <g class="chart-cursor" transform=cursor_at>
                        <line x1="0" x2="0" y1="20" y2=HEIGHT - 26></line>
                        <circle cx="0" cy=cursor_y r="5"></circle>
                    </g>
                </svg>
                <p class="chart-readout">{readout}</p>
            </figure>
        </details>
    }
}
