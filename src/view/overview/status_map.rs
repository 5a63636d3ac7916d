//! The map of the Baltic region: the five withdrawing states, Ukraine, Russia and Belarus,
//! each coloured by its standing under the Convention on the day the slider (or the end of
//! the date range picked on the histogram) names. A click or Enter on a state toggles it in
//! the country filter. Statuses and stops come from [`crate::query::charts::map_status`].

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::model::{DayKey, MapRole, MapShape, PartialDate};
use crate::query::charts::map_status::{describe_state, moment_at, moments, Standing, Status};
use crate::query::Catalog;
use crate::view::state::{use_view_state, HistoryMode};

/// The end of the filter's date range, as a day key: the map shows the status then. Never
/// after today: a range running into the future shows today's standing.
fn range_end(to: Option<PartialDate>, today: DayKey) -> Option<DayKey> {
    to.map(|d| d.last_day_key().min(today))
}

#[component]
pub fn StatusMap() -> impl IntoView {
    let state = use_view_state();
    let catalog = state.catalog();
    let shapes: &'static [MapShape] = catalog.map_shapes();
    let stops = StoredValue::new(moments(shapes, |code| catalog.standing(code)));
    let latest = stops.with_value(|s| s.last().copied().unwrap_or(DayKey::MIN));
    let last_index = stops.with_value(|s| s.len().saturating_sub(1));
    // Follows the date range when it changes; the slider moves it in between.
    let today = catalog.as_of().key();
    let end = Memo::new(move |_| state.with_filter(|f| range_end(f.to, today)));
    // The slider's day, with the range end it was chosen under: it holds until the range
    // changes, and the map then shows the new end. Derived, so nothing copies `end` around.
    let slid = RwSignal::new(None::<(Option<DayKey>, DayKey)>);
    let day = move || {
        let end = end.get();
        match slid.get() {
            Some((chosen_under, day)) if chosen_under == end => day,
            _ => end.unwrap_or(latest),
        }
    };

    let credit = map_credit(&catalog);
    let slider_index = move || stops.with_value(|s| moment_at(s, day()));
    let day_text = move || day().date().human();
    let on_slide = move |ev: leptos::ev::Event| {
        let index: usize = event_target_value(&ev).parse().unwrap_or(last_index);
        if let Some(stop) = stops.with_value(|s| s.get(index).copied()) {
            slid.set(Some((end.get_untracked(), stop)));
        }
    };
    // The states are drawn once; their colours, names and pressed states follow the day and
    // the country filter (a Memo, so typing a search leaves the map alone).
    let selected = Memo::new(move |_| state.with_filter(|f| f.countries.clone()));
    let drawn_states = shapes
        .iter()
        .map(|shape| {
            let clickable = catalog.country_codes().contains(&shape.code);
            let standing = catalog.standing(shape.code);
            let name = catalog.country_name(shape.code);
            state_shape(shape, standing, name, day, selected, clickable)
        })
        .collect_view();
    // Clicks and keys are handled once, for the whole map, by the state's data-code.
    let toggle_target = move |target: Option<web_sys::EventTarget>| {
        let code = target
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.get_attribute("data-code"));
        let code = code.and_then(|c| shapes.iter().find(|s| s.code == c));
        if let Some(shape) = code {
            state.change(HistoryMode::Push, |f| f.toggle_country(shape.code));
        }
    };
    let on_click = move |ev: leptos::ev::MouseEvent| toggle_target(ev.target());
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if matches!(ev.key().as_str(), "Enter" | " ") {
            ev.prevent_default();
            toggle_target(ev.target());
        }
    };
    let labels = shapes
        .iter()
        .filter(|s| s.role != MapRole::Context)
        .map(|s| {
            view! {
                <text class="map-label" x=s.label.0 y=s.label.1 text-anchor="middle" aria-hidden="true">
                    {s.code}
                </text>
            }
        })
        .collect_view();
    let legend = Status::ALL
        .iter()
        .map(|status| {
            let class = ["map-key status-", status.slug()].concat();
            view! { <li class=class>{status.label()}</li> }
        })
        .collect_view();

    view! {
        <details class="overview map-overview">
            <summary>"Map: the withdrawing states and their neighbours"</summary>
            <figure class="status-map">
                <label class="map-date">
                    "Status on " <strong>{day_text}</strong>
                    <input
                        type="range"
                        min="0"
                        max=last_index
                        step="1"
                        prop:value=move || slider_index().to_string()
                        aria-valuetext=day_text
                        on:input=on_slide
                    />
                </label>
                <svg
                    class="map"
                    viewBox=format!("0 0 {} {}", catalog.map_size().0, catalog.map_size().1)
                    role="group"
                    aria-label="Map of the Baltic Sea region; press a state to filter the timeline by it"
                    on:click=on_click
                    on:keydown=on_key
                >
                    {drawn_states}
                    {labels}
                </svg>
                <ul class="map-legend" aria-label="Colours">{legend}</ul>
                <figcaption class="map-credit">{credit}</figcaption>
            </figure>
        </details>
    }
}

/// Where the map's standings and borders come from, with the dataset's dates.
fn map_credit(catalog: &Catalog) -> String {
    [
        "Status from the UN Treaty Collection as at ",
        &catalog.un_status_as_at().human(),
        ", with the dataset's later events up to ",
        &catalog.as_of().human(),
        ". Borders: Natural Earth (public domain), simplified; Crimea shown as part of Ukraine.",
    ]
    .concat()
}

/// One state: a plain shape for context, a toggle button for the story's states.
fn state_shape(
    shape: &'static MapShape,
    standing: Standing,
    name: &'static str,
    day: impl Fn() -> DayKey + Copy + Send + Sync + 'static,
    selected: Memo<Vec<&'static str>>,
    clickable: bool,
) -> AnyView {
    if shape.role == MapRole::Context {
        return view! { <path class="map-context" d=shape.path></path> }.into_any();
    }
    let role = if shape.role == MapRole::Focus {
        "focus"
    } else {
        "neighbour"
    };
    let class = move || {
        [
            "map-state ",
            role,
            " status-",
            standing.status_at(day()).slug(),
        ]
        .concat()
    };
    if !clickable {
        return view! { <path class=class d=shape.path></path> }.into_any();
    }
    let pressed = move || {
        selected
            .with(|codes| codes.contains(&shape.code))
            .to_string()
    };
    let name = move || describe_state(name, standing, day());
    view! {
        <path
            class=class
            d=shape.path
            data-code=shape.code
            role="button"
            tabindex="0"
            aria-pressed=pressed
            aria-label=name
        ></path>
    }
    .into_any()
}
