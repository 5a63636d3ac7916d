//! One article paragraph, verbatim, with its editor's notes and the button that offers the
//! events explaining it (`?para=N`).

use leptos::either::Either;
use leptos::prelude::*;

use crate::model::EditorNote;
use crate::query::article::{pieces, Piece};
use crate::view::article::editor_note::{EditorNoteBox, NoteMarker};
use crate::view::state::{use_view_state, HistoryMode};

#[component]
pub fn ArticleParagraph(
    /// 1-based paragraph number; the element id is `p{number}`.
    number: u8,
    text: &'static str,
) -> impl IntoView {
    let state = use_view_state();
    let catalog = state.catalog();
    let linked = catalog.events_explaining(number);
    let is_active = move || state.with_filter(|f| f.para == Some(number));
    let is_flashed = move || state.flashed_paragraph() == Some(number);
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
    // The accessible name is the visible count plus where it points, so that it contains the
    // label a speech-input user reads aloud (WCAG 2.5.3, Label in Name): "7 events behind
    // paragraph 1", of which "¶1 · " is the visible shorthand.
    let where_it_points = format!(" behind paragraph {number}");
    let button = (linked != 0).then(|| {
        view! {
            <button
                type="button"
                class="paragraph-events"
                aria-pressed=pressed
                on:click=toggle
            >
                <span aria-hidden="true">{format!("¶{number} · ")}</span>
                {label}
                <span class="visually-hidden">{where_it_points}</span>
            </button>
        }
    });

    // The author's words stay as they are: a noted phrase is only wrapped, and its marker is
    // the one element the notes add inside the paragraph.
    let notes: Vec<EditorNote> = catalog.notes_on(number).collect();
    let text_view = pieces(text, &notes)
        .into_iter()
        .map(|piece| match piece {
            Piece::Plain(plain) => Either::Left(plain),
            Piece::Noted(phrase, index) => Either::Right(view! {
                <mark class="noted">{phrase}</mark>
                <NoteMarker note=notes[index] />
            }),
        })
        .collect_view();
    let note_boxes = notes
        .iter()
        .map(|note| view! { <EditorNoteBox note=*note phrase=&text[note.phrase_start..note.phrase_end] /> })
        .collect_view();

    view! {
        <div class="paragraph" class:active=is_active class:flash=is_flashed>
            <p id=format!("p{number}")>{text_view}</p>
            {note_boxes}
            {button}
        </div>
    }
}
