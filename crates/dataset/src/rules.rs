//! The Convention's fixed dates and the rules that follow from them, shared by the files'
//! checks.

use ottawa_core::date::PartialDate;

/// Dates fixed by the Convention and by the sources the dataset follows. The rules that use
/// them cite the article; the texts are quoted in the research notes (facts.md A1 and A3,
/// parties_notes.md).
pub mod treaty {
    use ottawa_core::date::PartialDate;

    const fn day(year: u16, month: u8, day: u8) -> PartialDate {
        PartialDate { year, month, day }
    }

    /// The Ottawa Process was "launched in Ottawa by the Minister of Foreign Affairs of Canada
    /// in October 1996" (UN Audiovisual Library of International Law); the story starts there.
    pub const PROCESS_LAUNCHED: PartialDate = PartialDate {
        year: 1996,
        month: 10,
        day: 0,
    };
    /// Article 15: "open for signature at Ottawa, Canada, by all States from 3 December 1997".
    /// Nothing could be signed or deposited before.
    pub const OPENED_FOR_SIGNATURE: PartialDate = day(1997, 12, 3);
    /// Article 15: open "at the United Nations Headquarters in New York from 5 December 1997
    /// until its entry into force", which Article 17(1) set at 1 March 1999.
    pub const ENTRY_INTO_FORCE: PartialDate = day(1999, 3, 1);
    /// Burkina Faso deposited the 40th instrument on 16 September 1998 (ICRC; Equatorial
    /// Guinea deposited the same day). Article 17(1): the Convention entered into force, for
    /// every state that had deposited by then, on the first day of the sixth month after
    /// that month.
    pub const FORTIETH_DEPOSIT: PartialDate = day(1998, 9, 16);
}

/// Whether `date` is certainly before `bound` (a partial date may straddle it: "1997-12" is
/// not certainly before 3 December 1997, so the rules below let it pass).
pub fn before(date: PartialDate, bound: PartialDate) -> bool {
    date.last_day_key() < bound.first_day_key()
}

/// Whether `date` is certainly after `bound`.
pub fn after(date: PartialDate, bound: PartialDate) -> bool {
    date.first_day_key() > bound.last_day_key()
}

/// Why `date` cannot be a signature: Article 15 kept the Convention open for signature from
/// 3 December 1997 until its entry into force on 1 March 1999.
pub fn signature_out_of_span(date: PartialDate) -> Option<String> {
    use treaty::{ENTRY_INTO_FORCE, OPENED_FOR_SIGNATURE};
    (before(date, OPENED_FOR_SIGNATURE) || after(date, ENTRY_INTO_FORCE)).then(|| {
        format!(
            "{} is outside {} to {}, when the Convention was open for signature (Article 15)",
            date.iso(),
            OPENED_FOR_SIGNATURE.iso(),
            ENTRY_INTO_FORCE.iso()
        )
    })
}

/// Why `date` cannot be the deposit of an instrument: none could be deposited before the
/// Convention was opened (Article 15), and none after `un_status`, the date of the UN status
/// page the parties tables copy.
pub fn deposit_out_of_span(date: PartialDate, un_status: PartialDate) -> Option<String> {
    if before(date, treaty::OPENED_FOR_SIGNATURE) {
        return Some(format!(
            "{} is before {}, when the Convention opened for signature (Article 15): no instrument could be deposited earlier",
            date.iso(),
            treaty::OPENED_FOR_SIGNATURE.iso()
        ));
    }
    after_status_date(date, un_status)
}

/// Why `date` is too late for a table that copies the UN status page of `un_status`.
pub fn after_status_date(date: PartialDate, un_status: PartialDate) -> Option<String> {
    after(date, un_status).then(|| {
        format!(
            "{} is after {}, the status date of the UN Treaty Collection table the dataset follows",
            date.iso(),
            un_status.iso()
        )
    })
}

/// What is wrong with a reader-facing text, if anything. Control characters are copy-paste
/// accidents, and the generated columns use one to separate their fields.
pub fn text_problem(text: &str) -> Option<String> {
    if text.trim().is_empty() {
        return Some("must not be empty".into());
    }
    text.chars()
        .find(|c| c.is_control())
        .map(|c| format!("contains the control character U+{:04X}", u32::from(c)))
}
