//! The overview above the timeline: events per year, stacked by kind, following every filter
//! but the dates. Drag across it (mouse, pen or touch) to pick a range of years, click a bar
//! for one year, or use it as a listbox of years from the keyboard. The decisions live in
//! [`crate::query::charts::histogram`].

use leptos::prelude::*;
use web_sys::Element;

use crate::model::Kind;
use crate::query::charts::histogram::{
    anchor_for, describe_year, histogram_key, histogram_summary, selected_years, toggle_year,
    with_years, Bars, HistogramKey, YearCounts,
};
use crate::query::charts::plot::Plot;
use crate::query::Filter;
use crate::view::overview::histogram_axis::HistogramAxis;
use crate::view::overview::histogram_legend::HistogramLegend;
use crate::view::state::{use_view_state, HistoryMode};

const WIDTH: i32 = 760;
const HEIGHT: i32 = 72;
/// Years labelled under the axis: every fifth.
const LABEL_EVERY: u16 = 5;

fn bars(years: &YearCounts) -> Bars {
    Bars {
        plot: Plot {
            width: WIDTH,
            height: HEIGHT,
            left: 0,
            right: 0,
            top: 2,
            bottom: 0,
        },
        years: years.len() as i32,
    }
}

/// The DOM id of year `year`'s option, for `aria-activedescendant`.
fn option_id(year: u16) -> String {
    ["histogram-year-", &year.to_string()].concat()
}

/// The horizontal position in SVG units of a pointer event over `svg`.
fn svg_x(svg: &Element, client_x: i32) -> i32 {
    let rect = svg.get_bounding_client_rect();
    ((f64::from(client_x) - rect.left()) * f64::from(WIDTH) / rect.width().max(1.0)) as i32
}

#[component]
pub fn YearHistogram() -> impl IntoView {
    let state = use_view_state();
    // Only a change in the bars redraws them: most keystrokes in the search box leave them be.
    let years = Memo::new(move |_| state.results().with(|q| q.years.clone()));
    // The span of years, and so the columns, are fixed for the catalog; only counts change.
    let (first_year, span) = years.with_untracked(|y| (y.first_year, y.len()));
    let geometry = years.with_untracked(bars);
    let selected = Memo::new(move |_| state.with_filter(|f| years.with(|y| selected_years(f, y))));
    // The year under the pointer or the keyboard cursor, for the readout.
    let cursor = RwSignal::new(None::<usize>);
    // While dragging: where the drag started and where it is now.
    let drag = RwSignal::new(None::<(usize, usize)>);

    let apply = move |edit: &dyn Fn(&Filter, &YearCounts) -> Filter| {
        let next = state.with_filter_untracked(|f| years.with_untracked(|y| edit(f, y)));
        state.change(HistoryMode::Push, |f| *f = next);
    };
    let index_at = move |ev: &leptos::ev::PointerEvent| {
        let svg: Element = event_target(ev);
        let svg = svg.closest("svg").ok().flatten()?;
        Some(geometry.index_at(svg_x(&svg, ev.client_x())))
    };

    let on_pointer_down = move |ev: leptos::ev::PointerEvent| {
        if ev.button() != 0 {
            return;
        }
        let Some(index) = index_at(&ev) else { return };
        // Keep receiving the drag when the finger or pointer leaves the chart.
        if let Some(svg) = event_target::<Element>(&ev).closest("svg").ok().flatten() {
            let _ = svg.set_pointer_capture(ev.pointer_id());
        }
        drag.set(Some((index, index)));
        cursor.set(Some(index));
    };
    let on_pointer_move = move |ev: leptos::ev::PointerEvent| {
        let Some(index) = index_at(&ev) else { return };
        if let Some((start, _)) = drag.get_untracked() {
            drag.set(Some((start, index)));
        }
        cursor.set(Some(index));
    };
    let on_pointer_up = move |_| {
        let Some((start, end)) = drag.get_untracked() else {
            return;
        };
        drag.set(None);
        if start == end {
            apply(&|f, y| toggle_year(f, y, start));
        } else {
            apply(&|f, y| with_years(f, y, start, end));
        }
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let len = years.with_untracked(YearCounts::len);
        let chosen = selected.get_untracked();
        let at = cursor.get_untracked().unwrap_or_else(|| {
            chosen.map_or_else(
                || years.with_untracked(|y| y.busiest().unwrap_or(len.saturating_sub(1))),
                |(first, _)| first,
            )
        });
        let anchor = anchor_for(chosen, at);
        let Some(action) = histogram_key(&ev.key(), ev.shift_key(), at, anchor, len) else {
            return;
        };
        if action == HistogramKey::Clear && chosen.is_none() {
            return; // Esc with no range to clear is the page's: it clears the search.
        }
        ev.prevent_default();
        ev.stop_propagation();
        match action {
            HistogramKey::Move(index) => cursor.set(Some(index)),
            HistogramKey::Toggle(index) => apply(&|f, y| toggle_year(f, y, index)),
            HistogramKey::Select(from, to) => {
                cursor.set(Some(to));
                apply(&|f, y| with_years(f, y, from, to));
            }
            HistogramKey::Clear => state.change(HistoryMode::Push, |f| {
                f.from = None;
                f.to = None;
            }),
        }
    };

    // The range drawn: the drag in progress, else the filter's.
    let shown_range = move || {
        drag.get()
            .map(|(a, b)| (a.min(b), a.max(b)))
            .or_else(|| selected.get())
    };
    let range_rect = move || {
        let (first, last) = shown_range()?;
        let x = geometry.x(first);
        let width = geometry.x(last + 1) - x;
        Some(view! {
            <rect class="histogram-range" x=x y="0" width=width height=HEIGHT></rect>
        })
    };
    // The elements are made once and their attributes follow the counts, which keeps a
    // keystroke to a few attribute writes.
    let paths = Memo::new(move |_| years.with(|y| bars(y).paths(y)));
    let kind_paths = Kind::ALL
        .iter()
        .enumerate()
        .map(|(i, kind)| {
            let class = ["histogram-bars kind-", kind.slug()].concat();
            view! { <path class=class d=move || paths.with(|p| p[i].clone())></path> }
        })
        .collect_view();
    // One transparent column per year: the listbox's options, and what the pointer hits.
    let options = (0..span)
        .map(|index| {
            let label = move || years.with(|y| describe_year(y, index));
            let chosen = move || {
                shown_range()
                    .is_some_and(|(first, last)| (first..=last).contains(&index))
                    .to_string()
            };
            view! {
                <rect
                    class="histogram-year"
                    id=option_id(first_year + index as u16)
                    role="option"
                    aria-label=label
                    aria-selected=chosen
                    class:cursor=move || cursor.get() == Some(index)
                    x=geometry.x(index)
                    y="0"
                    width=geometry.column(index)
                    height=HEIGHT
                ></rect>
            }
        })
        .collect_view();
    let active = move || cursor.get().map(|i| option_id(years.with(|y| y.year(i))));
    // The chart's text alternative, and the year under the cursor once there is one.
    let readout = move || match cursor.get() {
        Some(index) => years.with(|y| describe_year(y, index)),
        None => ["Events per year: ", &years.with(histogram_summary)].concat(),
    };
    let last_year = first_year + span.saturating_sub(1) as u16;
    let listbox_label = [
        "Years ",
        &first_year.to_string(),
        "–",
        &last_year.to_string(),
        ": drag or click to pick years; arrow keys move, Enter picks a year, Shift with arrows a range, Escape clears",
    ]
    .concat();

    view! {
        <figure class="histogram">
            <figcaption class="histogram-readout">{readout}</figcaption>
            <svg
                class="histogram-chart"
                viewBox=format!("0 0 {WIDTH} {HEIGHT}")
                preserveAspectRatio="none"
                role="listbox"
                aria-multiselectable="true"
                aria-label=listbox_label
                aria-activedescendant=active
                tabindex="0"
                on:keydown=on_key
                on:pointerdown=on_pointer_down
                on:pointermove=on_pointer_move
                on:pointerup=on_pointer_up
                on:pointercancel=move |_| drag.set(None)
                on:pointerleave=move |_| {
                    if drag.get_untracked().is_none() {
                        cursor.set(None);
                    }
                }
            >
                {range_rect}
                {kind_paths}
                {options}
            </svg>
            <HistogramAxis labels=geometry.axis_labels(first_year, LABEL_EVERY) />
            <HistogramLegend years=years />
        </figure>
    }
}
