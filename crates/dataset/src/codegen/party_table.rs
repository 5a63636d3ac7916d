//! The parties table as packed rows: codes, actions, days, the two States Parties counts,
//! withdrawals and disputes.

use super::*;
use crate::parties::Party;
use ottawa_core::packed::{PartyDays, PartyDispute, StepSize, Withdrawal};

pub(super) fn write(out: &mut String, parties: &[Party]) {
    // The parties table column by column: packed numbers compress far better than 166
    // structs full of pointers and options (about 2 KB less gzipped WASM).
    let codes: String = parties.iter().map(|p| p.code.as_str()).collect();
    let actions: Vec<u8> = parties.iter().map(|p| p.action as u8).collect();
    let _ = writeln!(
        out,
        "/// parties.csv, by column: two-letter codes and `Action`s.\npub static PARTY_CODES: &str = {codes:?};\npub static PARTY_ACTIONS: &[u8] = &{actions:?};\n"
    );
    let raw = |date: PartialDate| date.key().raw();
    rows(
        out,
        "Each party's days.",
        "PARTY_DATES",
        "PartyDays",
        parties.iter().map(|p| PartyDays {
            signature: p.signature.map_or(0, raw),
            deposit: raw(p.deposit),
            entry_into_force: raw(p.entry_into_force),
        }),
    );
    for (name, basis, doc) in [
        (
            "BOUND",
            Basis::Bound,
            "bound by the Convention: from its entry into force for each state (Article 17)",
        ),
        (
            "JOINED",
            Basis::Joined,
            "joined: from each state's deposit of its instrument",
        ),
    ] {
        // By column, like the events: days, how many joined and left on each, and who.
        let steps = party_steps(parties, basis);
        let days: Vec<u32> = steps.iter().map(|s| s.day.key().raw()).collect();
        rows(
            out,
            "Per day: how many states joined and how many left.",
            &format!("{name}_STEP_SIZES"),
            "StepSize",
            steps.iter().map(|s| StepSize {
                joined: s.joined.len() as u8,
                left: s.left.len() as u8,
            }),
        );
        let members: Vec<u8> = steps
            .iter()
            .flat_map(|s| s.joined.iter().chain(&s.left).copied())
            .collect();
        let _ = writeln!(
            out,
            "/// The days the number of States Parties changed, {doc}; a withdrawal counts from its effective date. Computed by build.rs.\n\
             pub static {name}_STEP_DAYS: &[u32] = &{days:?};\n\
             /// Per day, indexes into the parties: those that joined, then those that left.\npub static {name}_STEP_MEMBERS: &[u8] = &{members:?};\n"
        );
    }

    let indexed = parties.iter().zip(0u8..);
    let withdrawals = indexed.clone().filter_map(|(party, index)| {
        Some(Withdrawal {
            party: index,
            notified: raw(party.withdrawal_notified?),
            effective: raw(party.withdrawal_effect?),
            notification: party.depositary_notification.as_deref().unwrap_or_default(),
        })
    });
    rows(
        out,
        "The withdrawals.",
        "PARTY_WITHDRAWALS",
        "Withdrawal",
        withdrawals,
    );
    let mut disputes = Vec::new();
    for (party, index) in indexed {
        for (about_signature, notes) in [
            (true, &party.signature_disputes),
            (false, &party.joining_disputes),
        ] {
            disputes.extend(notes.iter().map(|note| PartyDispute {
                party: index,
                about_signature,
                note,
            }));
        }
    }
    rows(
        out,
        "Where sources disagree about a party.",
        "PARTY_DISPUTES",
        "PartyDispute",
        disputes,
    );
}
