//! A state's signature and joining, from the UN Treaty Collection table, and the two events
//! written from them. Composing the text here instead of at build time keeps 299 near-identical
//! summaries out of the download.

use std::sync::OnceLock;

pub use super::action::Action;
use super::{
    country_name, DayKey, Event, Kind, PartialDate, PARTY_ACTIONS, PARTY_CODES, PARTY_DATES,
    PARTY_DISPUTES, PARTY_SOURCES, PARTY_WITHDRAWALS,
};
use ottawa_core::ids::{joining_event_id, signature_event_id};

#[derive(Debug, PartialEq, Eq)]
pub struct Party {
    pub code: &'static str,
    pub signature: Option<PartialDate>,
    pub action: Action,
    pub deposit: PartialDate,
    /// Calculated by Article 17: the first day of the sixth month after the deposit.
    pub entry_into_force: PartialDate,
    pub withdrawal_notified: Option<PartialDate>,
    pub withdrawal_effect: Option<PartialDate>,
    pub depositary_notification: Option<&'static str>,
    pub signature_disputes: Vec<&'static str>,
    pub joining_disputes: Vec<&'static str>,
}

/// The States Parties, in parties.csv order, unpacked once from the generated columns.
pub fn parties() -> &'static [Party] {
    static ALL: OnceLock<Vec<Party>> = OnceLock::new();
    ALL.get_or_init(|| {
        PARTY_DATES
            .iter()
            .enumerate()
            .map(|(i, &[signed, deposit, entry_into_force])| {
                let withdrawal = PARTY_WITHDRAWALS.iter().find(|w| usize::from(w.0) == i);
                let disputes = |about_signature: bool| {
                    PARTY_DISPUTES
                        .iter()
                        .filter(|d| usize::from(d.0) == i && d.1 == about_signature)
                        .map(|d| d.2)
                        .collect()
                };
                Party {
                    code: &PARTY_CODES[i * 2..i * 2 + 2],
                    signature: (signed != 0).then(|| DayKey::from_raw(signed).date()),
                    action: Action::ALL[usize::from(PARTY_ACTIONS[i])],
                    deposit: DayKey::from_raw(deposit).date(),
                    entry_into_force: DayKey::from_raw(entry_into_force).date(),
                    withdrawal_notified: withdrawal.map(|w| DayKey::from_raw(w.1).date()),
                    withdrawal_effect: withdrawal.map(|w| DayKey::from_raw(w.2).date()),
                    depositary_notification: withdrawal.map(|w| w.3).filter(|n| !n.is_empty()),
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

impl Party {
    pub fn name(&self) -> &'static str {
        country_name(self.code)
    }

    fn event(
        &'static self,
        id: String,
        kind: Kind,
        start: PartialDate,
        title: String,
        summary: String,
    ) -> Event {
        let disputes: &'static [&'static str] = if kind == Kind::Signature {
            &self.signature_disputes
        } else {
            &self.joining_disputes
        };
        Event {
            id: leak(id),
            start,
            end: None,
            kind,
            countries: std::slice::from_ref(&self.code),
            title: leak(title),
            summary: leak(summary),
            paragraphs: &[],
            sources: PARTY_SOURCES,
            disputes,
        }
    }

    /// "Canada signs the treaty", if the state signed before joining.
    pub fn signature_event(&'static self) -> Option<Event> {
        let signed = self.signature?;
        let name = self.name();
        let mut summary = format!("{name} signed the Mine Ban Treaty on {}", signed.human());
        if signed.iso() == "1997-12-03" {
            summary.push_str(", the day it opened for signature in Ottawa");
        }
        summary.push_str(&format!(
            ". It deposited {} on {}.",
            self.action.instrument(),
            self.deposit.human()
        ));
        let id = signature_event_id(self.code);
        Some(self.event(
            id,
            Kind::Signature,
            signed,
            format!("{name} signs the treaty"),
            summary,
        ))
    }

    /// "Canada ratifies the treaty", with when it became bound and, if so, when it left.
    pub fn joining_event(&'static self) -> Event {
        let name = self.name();
        let mut summary = format!(
            "{name} deposited {} with the UN Secretary-General, the treaty's depositary. Under Article 17 the treaty bound it from {}.",
            self.action.instrument(),
            self.entry_into_force.human()
        );
        if let (Some(notified), Some(effect)) = (self.withdrawal_notified, self.withdrawal_effect) {
            summary.push_str(&format!(
                " It notified its withdrawal on {}, with effect from {}",
                notified.human(),
                effect.human()
            ));
            if let Some(notice) = self.depositary_notification {
                summary.push_str(&format!(" (depositary notification {notice})"));
            }
            summary.push('.');
        }
        let id = joining_event_id(self.code);
        let title = format!("{name} {}", self.action.title_verb());
        self.event(id, Kind::Joining, self.deposit, title, summary)
    }
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
