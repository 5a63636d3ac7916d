//! One event: date in its own precision, kind, title, summary, countries, sources, disputes
//! and the article paragraphs it explains.

use leptos::prelude::*;

use crate::model::Event;
use crate::view::state::{use_view_state, HistoryMode};
use crate::view::timeline::scroll::event_element_id;

#[component]
pub fn EventCard(
    /// The event to show; the card reads the selection from context.
    event: &'static Event,
) -> impl IntoView {
    let state = use_view_state();
    let id = event.id;
    // A memo per card: a new selection reruns this comparison in every card, but only the
    // two cards whose answer changed touch the DOM. (Leptos's `Selector`, which would skip
    // even the comparison, measured 2.4 kB gzip more in the WASM.)
    let selected = state.selected();
    let aria_current = move || (selected.get() == Some(id)).then_some("true");
    let select = move |ev: leptos::ev::MouseEvent| {
        // Ctrl-, Cmd-, Shift- and middle-clicks keep their browser meaning (a new tab).
        if ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() {
            return;
        }
        ev.prevent_default();
        state.change(HistoryMode::Push, |f| f.event = Some(id));
    };
    let title_id = format!("title-{id}");
    let labelled_by = title_id.clone();

    let sources = event
        .sources()
        .map(|source| {
            view! {
                <li>
                    <a href=source.url target="_blank" rel="noopener noreferrer">
                        <span class="source-publisher">{source.publisher}</span>
                        ": "
                        <span class="source-title">{source.title}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    let disputes = event
        .disputes
        .iter()
        .map(|note| {
            view! {
                <p class="event-dispute">
                    <strong>"Sources differ: "</strong>
                    {*note}
                </p>
            }
        })
        .collect_view();
    let paragraph_links = event
        .paragraphs
        .iter()
        .map(|&number| {
            let jump = move |ev: leptos::ev::MouseEvent| {
                ev.prevent_default();
                state.show_paragraph(number);
            };
            view! {
                <a
                    href=format!("#p{number}")
                    class="paragraph-link"
                    aria-label=format!("Article paragraph {number}")
                    on:click=jump
                >
                    {format!("¶{number}")}
                </a>
            }
        })
        .collect_view();
    let paragraphs = (!event.paragraphs.is_empty()).then(|| {
        view! { <p class="event-paragraphs">"Explains the article: " {paragraph_links}</p> }
    });
    // A span shows both ends, each as a machine-readable <time>.
    let span_end = event.end.filter(|end| *end != event.start).map(|end| {
        view! {
            " – "
            <time datetime=end.iso()>{end.human()}</time>
        }
    });
    let countries = event.country_names();
    let countries =
        (!countries.is_empty()).then(|| view! { <p class="event-countries">{countries}</p> });

    view! {
        <li
            class="event"
            id=event_element_id(id)
            data-event-id=id
            data-kind=event.kind.slug()
            tabindex="-1"
            aria-current=aria_current
            aria-labelledby=labelled_by
        >
            <div class="event-meta">
                <span class="event-date">
                    <time datetime=event.start.iso()>{event.start.human()}</time>
                    {span_end}
                </span>
                <span class=format!("kind-badge kind-{}", event.kind.slug())>{event.kind.label()}</span>
            </div>
            <h4 class="event-title" id=title_id>
                <a href=format!("?event={id}") on:click=select>{event.title}</a>
            </h4>
            <p class="event-summary">{event.summary}</p>
            {countries}
            {disputes}
            <div class="event-sources">
                <span class="event-sources-label">"Sources"</span>
                <ul>{sources}</ul>
            </div>
            {paragraphs}
        </li>
    }
}
