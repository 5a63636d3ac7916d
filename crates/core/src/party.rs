//! A State Party as the UN Treaty Collection records it, and the wording of the two events
//! written from it. One type for both sides of the build: the dataset crate owns its text
//! (`Party<String>`), the app borrows the compiled-in text (`Party<&'static str>`).

use crate::ids::{joining_event_id, signature_event_id};
use crate::{Action, PartialDate};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Party<Text> {
    /// ISO 3166-1 alpha-2, upper case.
    pub code: Text,
    pub signature: Option<PartialDate>,
    pub action: Action,
    pub deposit: PartialDate,
    /// Calculated by Article 17: the first day of the sixth month after the deposit.
    pub entry_into_force: PartialDate,
    pub withdrawal_notified: Option<PartialDate>,
    pub withdrawal_effect: Option<PartialDate>,
    pub depositary_notification: Option<Text>,
    /// Notes where sources disagree about the signature or the joining (events.toml's
    /// `[[party_dispute]]`).
    pub signature_disputes: Vec<Text>,
    pub joining_disputes: Vec<Text>,
}

impl<Text: AsRef<str>> Party<Text> {
    /// `sign-ee`, if the state signed before joining.
    pub fn signature_id(&self) -> Option<String> {
        self.signature
            .map(|_| signature_event_id(self.code.as_ref()))
    }

    /// `join-ee`.
    pub fn joining_id(&self) -> String {
        joining_event_id(self.code.as_ref())
    }

    /// "Canada signs the treaty".
    pub fn signature_title(&self, name: &str) -> String {
        format!("{name} signs the treaty")
    }

    /// When the state signed and when it deposited its instrument; `None` if it never signed.
    pub fn signature_summary(&self, name: &str) -> Option<String> {
        let signed = self.signature?;
        let mut summary = format!("{name} signed the Mine Ban Treaty on {}", signed.human());
        if signed.iso() == "1997-12-03" {
            summary.push_str(", the day it opened for signature in Ottawa");
        }
        summary.push_str(&format!(
            ". It deposited {} on {}.",
            self.action.instrument(),
            self.deposit.human()
        ));
        Some(summary)
    }

    /// "Canada ratifies the treaty".
    pub fn joining_title(&self, name: &str) -> String {
        format!("{name} {}", self.action.title_verb())
    }

    /// The deposit, when the treaty bound the state and, if it left, its withdrawal.
    pub fn joining_summary(&self, name: &str) -> String {
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
            if let Some(notice) = &self.depositary_notification {
                summary.push_str(&format!(" (depositary notification {})", notice.as_ref()));
            }
            summary.push('.');
        }
        summary
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn estonia() -> Party<&'static str> {
        let date = |iso| PartialDate::parse(iso).unwrap();
        Party {
            code: "EE",
            signature: None,
            action: Action::Accession,
            deposit: date("2004-05-12"),
            entry_into_force: date("2004-11-01"),
            withdrawal_notified: Some(date("2025-06-27")),
            withdrawal_effect: Some(date("2025-12-27")),
            depositary_notification: Some("C.N.360.2025.TREATIES-XXVI-5"),
            signature_disputes: Vec::new(),
            joining_disputes: Vec::new(),
        }
    }

    #[test]
    fn a_state_that_never_signed_has_no_signature_event() {
        let estonia = estonia();
        assert_eq!(estonia.signature_id(), None);
        assert_eq!(estonia.signature_summary("Estonia"), None);
        assert_eq!(estonia.joining_id(), "join-ee");
    }

    #[test]
    fn the_joining_text_states_the_depositary_facts() {
        let estonia = estonia();
        assert_eq!(
            estonia.joining_title("Estonia"),
            "Estonia accedes to the treaty"
        );
        assert_eq!(
            estonia.joining_summary("Estonia"),
            "Estonia deposited its instrument of accession with the UN Secretary-General, the \
             treaty's depositary. Under Article 17 the treaty bound it from 1 November 2004. It \
             notified its withdrawal on 27 June 2025, with effect from 27 December 2025 \
             (depositary notification C.N.360.2025.TREATIES-XXVI-5)."
        );
    }

    #[test]
    fn a_signature_on_the_opening_day_says_so() {
        let canada = Party {
            code: "CA",
            signature: PartialDate::parse("1997-12-03").ok(),
            action: Action::Ratification,
            deposit: PartialDate::parse("1997-12-03").unwrap(),
            ..estonia()
        };
        assert_eq!(canada.signature_id().as_deref(), Some("sign-ca"));
        assert_eq!(
            canada.signature_summary("Canada").as_deref(),
            Some(
                "Canada signed the Mine Ban Treaty on 3 December 1997, the day it opened for \
                 signature in Ottawa. It deposited its instrument of ratification on 3 December 1997."
            )
        );
    }
}
