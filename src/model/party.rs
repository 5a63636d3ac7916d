//! A state's signature and joining, from the UN Treaty Collection table, and the two events
//! written from them. Composing the text here instead of at build time keeps 299 near-identical
//! summaries out of the download.

use std::sync::OnceLock;

pub use super::action::Action;
use super::{
    country_name, DayKey, Event, Kind, PartialDate, PARTY_ACTIONS, PARTY_CODES, PARTY_DATES,
    PARTY_DISPUTES, PARTY_SOURCES, PARTY_WITHDRAWALS,
};

/// A State Party, borrowing the compiled-in text.
pub type Party = ottawa_core::Party<&'static str>;

/// The States Parties, in parties.csv order, unpacked once from the generated columns.
pub fn parties() -> &'static [Party] {
    static ALL: OnceLock<Vec<Party>> = OnceLock::new();
    ALL.get_or_init(|| {
        PARTY_DATES
            .iter()
            .enumerate()
            .map(|(i, days)| {
                let mine = |party: u8| usize::from(party) == i;
                let withdrawal = PARTY_WITHDRAWALS.iter().find(|w| mine(w.party));
                let disputes = |about_signature: bool| {
                    PARTY_DISPUTES
                        .iter()
                        .filter(|d| mine(d.party) && d.about_signature == about_signature)
                        .map(|d| d.note)
                        .collect()
                };
                let date = |raw| DayKey::from_raw(raw).date();
                Party {
                    code: &PARTY_CODES[i * 2..i * 2 + 2],
                    signature: (days.signature != 0).then(|| date(days.signature)),
                    action: Action::ALL[usize::from(PARTY_ACTIONS[i])],
                    deposit: date(days.deposit),
                    entry_into_force: date(days.entry_into_force),
                    withdrawal_notified: withdrawal.map(|w| date(w.notified)),
                    withdrawal_effect: withdrawal.map(|w| date(w.effective)),
                    depositary_notification: withdrawal
                        .map(|w| w.notification)
                        .filter(|n| !n.is_empty()),
                    signature_disputes: disputes(true),
                    joining_disputes: disputes(false),
                }
            })
            .collect()
    })
}

/// Text composed once at start-up lives as long as the app, like the compiled-in text.
fn leak(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

/// The name the app gives a party's state (countries.csv).
fn party_name(party: &Party) -> &'static str {
    country_name(party.code)
}

fn party_event(
    party: &'static Party,
    id: String,
    kind: Kind,
    start: PartialDate,
    title: String,
    summary: String,
) -> Event {
    let disputes: &'static [&'static str] = if kind == Kind::Signature {
        &party.signature_disputes
    } else {
        &party.joining_disputes
    };
    Event {
        id: leak(id),
        start,
        end: None,
        kind,
        countries: std::slice::from_ref(&party.code),
        title: leak(title),
        summary: leak(summary),
        paragraphs: &[],
        sources: PARTY_SOURCES,
        disputes,
    }
}

/// "Canada signs the treaty", if the state signed before joining.
pub fn signature_event(party: &'static Party) -> Option<Event> {
    let name = party_name(party);
    let summary = party.signature_summary(name)?;
    let id = party.signature_id()?;
    let title = party.signature_title(name);
    Some(party_event(
        party,
        id,
        Kind::Signature,
        party.signature?,
        title,
        summary,
    ))
}

/// "Canada ratifies the treaty", with when it became bound and, if so, when it left.
pub fn joining_event(party: &'static Party) -> Event {
    let name = party_name(party);
    let (title, summary) = (party.joining_title(name), party.joining_summary(name));
    party_event(
        party,
        party.joining_id(),
        Kind::Joining,
        party.deposit,
        title,
        summary,
    )
}

#[cfg(test)]
mod tests {
    use super::parties;
    use crate::model::{event_by_id, events, Kind};

    #[test]
    fn every_party_has_one_joining_event_and_signatories_one_signature() {
        assert_eq!(parties().len(), 166);
        let joinings = events().iter().filter(|e| e.kind == Kind::Joining).count();
        let signatures = events()
            .iter()
            .filter(|e| e.kind == Kind::Signature)
            .count();
        assert_eq!((joinings, signatures), (166, 133));
    }

    #[test]
    fn texts_state_the_depositary_facts() {
        let estonia = event_by_id("join-ee").unwrap();
        assert_eq!(estonia.title, "Estonia accedes to the treaty");
        assert!(estonia.summary.contains("bound it from 1 November 2004"));
        assert!(estonia.summary.contains(
            "notified its withdrawal on 27 June 2025, with effect from 27 December 2025"
        ));
        assert!(estonia.summary.contains("C.N.360.2025.TREATIES-XXVI-5"));
        let canada = event_by_id("sign-ca").unwrap();
        assert_eq!(canada.title, "Canada signs the treaty");
        assert!(canada
            .summary
            .contains("3 December 1997, the day it opened for signature in Ottawa"));
        assert_eq!(
            canada.sources().next().unwrap().publisher,
            "United Nations Treaty Collection"
        );
    }

    #[test]
    fn disputed_dates_carry_their_notes() {
        let lithuania = event_by_id("sign-lt").unwrap();
        assert_eq!(lithuania.start.iso(), "1999-02-26", "the UN date is used");
        assert!(!lithuania.disputes.is_empty());
    }
}
