//! An editor's note on the article: the marker inside the paragraph, and the note beside it.
//! The marker is a link to the note, and names it as its description, so a screen reader
//! reads the note when the marker is focused.

use leptos::prelude::*;

use crate::model::EditorNote;
use crate::view::timeline::scroll::scroll_to_id;

/// The DOM id of a note's box.
fn note_id(note: &EditorNote) -> String {
    format!("note-{}", note.number)
}

/// The DOM id of a note's text, which its marker names as its description.
fn note_text_id(note: &EditorNote) -> String {
    format!("note-{}-text", note.number)
}

/// "Note 1", after the marked phrase.
#[component]
pub fn NoteMarker(note: EditorNote) -> impl IntoView {
    let target = note_id(&note);
    let href = format!("#{target}");
    let describedby = note_text_id(&note);
    let jump = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        scroll_to_id(&target);
    };
    view! {
        <sup class="note-ref">
            <a href=href aria-describedby=describedby on:click=jump>
                {format!("Note {}", note.number)}
            </a>
        </sup>
    }
}

/// The note itself, under its paragraph: what the phrase gets wrong, in our words, sourced.
#[component]
pub fn EditorNoteBox(
    note: EditorNote,
    /// The marked phrase, quoted in the note.
    phrase: &'static str,
) -> impl IntoView {
    let sources = note
        .sources()
        .enumerate()
        .map(|(i, source)| {
            view! {
                {(i > 0).then_some("; ")}
                <a href=source.url target="_blank" rel="noopener noreferrer">
                    {source.publisher}
                    ": "
                    {source.title}
                </a>
            }
        })
        .collect_view();
    view! {
        <div class="editor-note" role="note" id=note_id(&note)>
            <p id=note_text_id(&note)>
                <strong>{format!("Editor's note {}", note.number)}</strong>
                " on "
                <q>{phrase}</q>
                ": "
                {note.note}
            </p>
            <p class="note-sources">"Sources: " {sources}</p>
        </div>
    }
}
