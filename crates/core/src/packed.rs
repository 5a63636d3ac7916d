//! The rows of the packed tables that the build writes into the app's generated statics and
//! the app unpacks at start-up. Each row is written once, here, with named fields: the build
//! writes a row as its `Debug` form, which for these plain structs is a Rust struct literal,
//! and the app reads the fields by name, so the two sides cannot disagree about the order.
//!
//! Dates are `DayKey::raw` numbers (0 for none): a plain `u32` keeps the literal constructible
//! outside this crate and costs the same four bytes.

/// One curated event: its [`Kind`](crate::Kind) index and how many of each list it has; the
/// lists themselves follow one another in flat columns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EventShape {
    pub kind: u8,
    pub countries: u8,
    pub paragraphs: u8,
    pub sources: u8,
    pub disputes: u8,
}

/// One curated event's start and end (0 for none).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EventDays {
    pub start: u32,
    pub end: u32,
}

/// One State Party's dates: its signature (0 if it never signed), its deposit and the
/// treaty's entry into force for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PartyDays {
    pub signature: u32,
    pub deposit: u32,
    pub entry_into_force: u32,
}

/// A withdrawal, by index into the parties.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Withdrawal<'a> {
    pub party: u8,
    pub notified: u32,
    pub effective: u32,
    /// The depositary notification's number; empty if the table gives none.
    pub notification: &'a str,
}

/// A note where sources disagree about a party's signature or its joining.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PartyDispute<'a> {
    pub party: u8,
    pub about_signature: bool,
    pub note: &'a str,
}

/// How many states joined and how many left on one day of the States Parties count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StepSize {
    pub joined: u8,
    pub left: u8,
}

/// An editor's note on a phrase of the article: the paragraph (from 1), the phrase's byte
/// offset and length in it, the note and its sources. Written field by field, since `Debug`
/// prints a slice without its `&`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NoteRow<'a> {
    pub paragraph: u8,
    pub start: u16,
    pub len: u16,
    pub note: &'a str,
    pub sources: &'a [u16],
}

/// One entry of the dataset's changelog; written field by field like [`NoteRow`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChangeRow<'a> {
    pub date: u32,
    pub summary: &'a str,
    /// The events it concerns, by id.
    pub events: &'a [&'a str],
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The build writes rows with `{:?}`; the app's generated file must compile them.
    #[test]
    fn a_row_is_written_as_its_own_struct_literal() {
        let row = Withdrawal {
            party: 3,
            notified: 20250627,
            effective: 0,
            notification: "C.N.1 \"x\"",
        };
        assert_eq!(
            format!("{row:?}"),
            r#"Withdrawal { party: 3, notified: 20250627, effective: 0, notification: "C.N.1 \"x\"" }"#
        );
    }
}
