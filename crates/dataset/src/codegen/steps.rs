//! The States Parties count over time, one step per day it changed, on either basis.

use super::*;
use crate::parties::Party;
use ottawa_core::DayKey;

/// A day on which the number of States Parties changed.
pub struct Step {
    pub day: PartialDate,
    /// Indexes into `parties` of the states that joined or left on this day.
    pub joined: Vec<u8>,
    pub left: Vec<u8>,
}

/// The number of States Parties after every change, oldest first: each state counts from its
/// deposit or its entry into force (`basis`) until its withdrawal takes effect.
pub fn party_steps(parties: &[Party], basis: Basis) -> Vec<Step> {
    let mut changes: Vec<(DayKey, PartialDate, u8, bool)> = Vec::new();
    for (i, party) in parties.iter().enumerate() {
        let start = match basis {
            Basis::Joined => party.deposit,
            Basis::Bound => party.entry_into_force,
        };
        changes.push((start.first_day_key(), start, i as u8, true));
        if let Some(effect) = party.withdrawal_effect {
            changes.push((effect.first_day_key(), effect, i as u8, false));
        }
    }
    changes.sort_by_key(|&(key, _, index, _)| (key, index));
    let mut steps: Vec<Step> = Vec::new();
    for (key, day, index, joins) in changes {
        match steps.last_mut() {
            Some(step) if step.day.first_day_key() == key => {
                if joins {
                    step.joined.push(index)
                } else {
                    step.left.push(index)
                }
            }
            _ => steps.push(Step {
                day,
                joined: if joins { vec![index] } else { Vec::new() },
                left: if joins { Vec::new() } else { vec![index] },
            }),
        }
    }
    steps
}
