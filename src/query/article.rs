//! The article's paragraphs cut around the phrases that editor's notes mark, so the view can
//! wrap each phrase without changing a character of the author's text.

use crate::model::EditorNote;

/// A run of a paragraph's text: plain, or the phrase of the note at this index of the list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Piece<'a> {
    Plain(&'a str),
    Noted(&'a str, usize),
}

/// Cuts `text` at the phrases of `notes` (in reading order, not overlapping: the dataset
/// checks both). Joined again, the pieces are `text` exactly.
pub fn pieces<'a>(text: &'a str, notes: &[EditorNote]) -> Vec<Piece<'a>> {
    let mut pieces = Vec::new();
    let mut at = 0;
    for (index, note) in notes.iter().enumerate() {
        let (Some(before), Some(phrase)) = (
            text.get(at..note.phrase_start),
            text.get(note.phrase_start..note.phrase_end),
        ) else {
            continue;
        };
        if !before.is_empty() {
            pieces.push(Piece::Plain(before));
        }
        pieces.push(Piece::Noted(phrase, index));
        at = note.phrase_end;
    }
    if let Some(rest) = text.get(at..).filter(|rest| !rest.is_empty()) {
        pieces.push(Piece::Plain(rest));
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{notes_on, paragraphs};

    fn joined(pieces: &[Piece]) -> String {
        pieces
            .iter()
            .map(|piece| match piece {
                Piece::Plain(text) | Piece::Noted(text, _) => *text,
            })
            .collect()
    }

    #[test]
    fn the_pieces_of_every_paragraph_are_its_text_verbatim() {
        for (i, text) in paragraphs().iter().enumerate() {
            let notes: Vec<EditorNote> = notes_on(i as u8 + 1).collect();
            let cut = pieces(text, &notes);
            assert_eq!(joined(&cut), *text);
            let noted = cut.iter().filter(|p| matches!(p, Piece::Noted(..))).count();
            assert_eq!(noted, notes.len(), "paragraph {}", i + 1);
        }
    }

    #[test]
    fn paragraph_two_marks_the_membership_claim() {
        let notes: Vec<EditorNote> = notes_on(2).collect();
        let cut = pieces(paragraphs()[1], &notes);
        assert!(cut.contains(&Piece::Noted(
            "By 2024, 166 states had acceded to the convention",
            notes
                .iter()
                .position(|n| &paragraphs()[1][n.phrase_start..n.phrase_end]
                    == "By 2024, 166 states had acceded to the convention")
                .unwrap()
        )));
    }

    #[test]
    fn a_paragraph_without_notes_is_one_plain_piece() {
        assert_eq!(pieces("Plain text.", &[]), [Piece::Plain("Plain text.")]);
    }
}
