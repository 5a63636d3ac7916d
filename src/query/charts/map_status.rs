//! Each mapped state's standing under the Convention on a given day, from the UN parties
//! tables, and the days on which any of the story's states changed it: the map's slider stops.

use crate::model::{DayKey, Event, MapRole, MapShape, Party};

/// Ukraine's notice to the UN that it had "suspended" the Convention: not a withdrawal (the
/// UN lists none), so it has its own status from that day on.
pub const UKRAINE_SUSPENSION_EVENT: &str = "2025-07-18-ukraine-suspension-notice-to-un";
pub const UKRAINE: &str = "UA";

/// A state's standing, in the order a withdrawal passes through them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    NotParty,
    Party,
    /// Ukraine after its notice: still a party in the UN's records.
    SuspensionClaimed,
    /// Notice of withdrawal given; it takes effect six months later (Article 20).
    Notified,
    Withdrawn,
}

impl Status {
    pub const ALL: [Status; 5] = [
        Status::Party,
        Status::SuspensionClaimed,
        Status::Notified,
        Status::Withdrawn,
        Status::NotParty,
    ];

    /// The CSS class that colours a state and its key.
    pub fn slug(self) -> &'static str {
        match self {
            Status::NotParty => "not-party",
            Status::Party => "party",
            Status::SuspensionClaimed => "suspension",
            Status::Notified => "notified",
            Status::Withdrawn => "withdrawn",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Status::NotParty => "Not a party",
            Status::Party => "Party",
            Status::SuspensionClaimed => "Party, “suspension” claimed",
            Status::Notified => "Withdrawal notified",
            Status::Withdrawn => "Withdrawn",
        }
    }
}

/// The dates that decide a state's status, as day keys.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Standing {
    pub bound: Option<DayKey>,
    pub suspension: Option<DayKey>,
    pub notified: Option<DayKey>,
    pub withdrawn: Option<DayKey>,
}

impl Standing {
    /// From the state's row of the UN parties tables, if it has one, and for Ukraine its
    /// suspension notice ([`crate::query::Catalog::standing`] looks both up).
    pub fn new(party: Option<&Party>, suspension: Option<&Event>) -> Standing {
        let suspension = suspension.map(|e| e.first_day_key());
        Standing {
            bound: party.map(|p| p.entry_into_force.first_day_key()),
            suspension,
            notified: party
                .and_then(|p| p.withdrawal_notified)
                .map(|d| d.first_day_key()),
            withdrawn: party
                .and_then(|p| p.withdrawal_effect)
                .map(|d| d.first_day_key()),
        }
    }

    pub fn status_at(&self, day: DayKey) -> Status {
        let reached = |date: Option<DayKey>| date.is_some_and(|d| d <= day);
        if reached(self.withdrawn) {
            Status::Withdrawn
        } else if reached(self.notified) {
            Status::Notified
        } else if reached(self.suspension) {
            Status::SuspensionClaimed
        } else if reached(self.bound) {
            Status::Party
        } else {
            Status::NotParty
        }
    }

    /// Every day this state's status changed.
    fn changes(&self) -> impl Iterator<Item = DayKey> {
        [self.bound, self.suspension, self.notified, self.withdrawn]
            .into_iter()
            .flatten()
    }
}

/// The slider's stops: each day a focus or neighbour state's status changed, oldest first.
pub fn moments(shapes: &[MapShape], standing: impl Fn(&str) -> Standing) -> Vec<DayKey> {
    let mut days: Vec<DayKey> = Vec::new();
    let changes = shapes
        .iter()
        .filter(|s| s.role != MapRole::Context)
        .flat_map(|s| standing(s.code).changes());
    // Kept sorted and unique as they come: a few dozen days, and no sort routine in the WASM.
    for day in changes {
        if let Err(at) = days.binary_search(&day) {
            days.insert(at, day);
        }
    }
    days
}

/// The stop to show for `day`: the last one on or before it (the first if `day` precedes all).
pub fn moment_at(moments: &[DayKey], day: DayKey) -> usize {
    moments.partition_point(|&m| m <= day).saturating_sub(1)
}

/// "Estonia: Withdrawn (since 27 December 2025)", the state's accessible name on the map.
/// Takes the state's standing, which the map has already looked up for its colour.
pub fn describe_state(name: &str, standing: Standing, day: DayKey) -> String {
    let status = standing.status_at(day);
    let since = match status {
        Status::NotParty => None,
        Status::Party => standing.bound,
        Status::SuspensionClaimed => standing.suspension,
        Status::Notified => standing.notified,
        Status::Withdrawn => standing.withdrawn,
    };
    let mut text = [name, ": ", status.label()].concat();
    if let Some(since) = since {
        text.push_str(" (since ");
        text.push_str(&since.date().human());
        text.push(')');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{country_name, map_shapes, PartialDate};
    use crate::query::Catalog;

    fn standing(code: &str) -> Standing {
        Catalog::bundled().standing(code)
    }

    fn day(text: &str) -> DayKey {
        PartialDate::parse(text).unwrap().first_day_key()
    }

    fn status(code: &str, on: &str) -> Status {
        standing(code).status_at(day(on))
    }

    fn described(code: &str, on: &str) -> String {
        describe_state(country_name(code), standing(code), day(on))
    }

    #[test]
    fn the_map_draws_the_story_states_and_their_neighbours() {
        let role_of = |code| map_shapes().iter().find(|s| s.code == code).map(|s| s.role);
        for code in ["EE", "LV", "LT", "FI", "PL", "UA"] {
            assert_eq!(role_of(code), Some(MapRole::Focus), "{code}");
        }
        for code in ["RU", "BY"] {
            assert_eq!(role_of(code), Some(MapRole::Neighbour), "{code}");
        }
    }

    /// The UN's dates (parties_status.csv): notice, then effect six months later.
    #[test]
    fn the_withdrawals_pass_from_notice_to_effect_on_the_uns_dates() {
        assert_eq!(status("EE", "2025-06-26"), Status::Party);
        assert_eq!(status("EE", "2025-06-27"), Status::Notified);
        assert_eq!(status("EE", "2025-12-26"), Status::Notified);
        assert_eq!(status("EE", "2025-12-27"), Status::Withdrawn);
        assert_eq!(status("FI", "2026-01-09"), Status::Notified);
        assert_eq!(status("FI", "2026-01-10"), Status::Withdrawn);
        assert_eq!(status("PL", "2026-02-19"), Status::Notified);
        assert_eq!(status("PL", "2026-02-20"), Status::Withdrawn);
    }

    #[test]
    fn russia_never_joined_belarus_did_and_ukraine_only_claims_a_suspension() {
        assert_eq!(status("RU", "2026-03-01"), Status::NotParty);
        assert_eq!(status("BY", "2003-01-01"), Status::NotParty);
        assert_eq!(status("BY", "2004-03-01"), Status::Party);
        assert_eq!(status("BY", "2026-03-01"), Status::Party);
        assert_eq!(status("UA", "2025-07-17"), Status::Party);
        assert_eq!(status("UA", "2025-07-18"), Status::SuspensionClaimed);
        assert_eq!(status("UA", "2026-03-01"), Status::SuspensionClaimed);
        assert_eq!(
            status("EE", "1999-03-01"),
            Status::NotParty,
            "Estonia joined in 2004"
        );
    }

    #[test]
    fn the_slider_stops_where_a_story_state_changed() {
        let stops = moments(map_shapes(), standing);
        assert!(stops.windows(2).all(|w| w[0] < w[1]));
        for date in [
            "2004-11-01",
            "2025-06-27",
            "2025-07-18",
            "2025-12-27",
            "2026-01-10",
            "2026-02-20",
        ] {
            assert!(stops.contains(&day(date)), "{date}");
        }
        assert_eq!(stops.last(), Some(&day("2026-02-20")));
        assert_eq!(
            moment_at(&stops, day("2025-12-31")),
            stops.iter().position(|&d| d == day("2025-12-27")).unwrap()
        );
        assert_eq!(moment_at(&stops, DayKey::MIN), 0);
        assert_eq!(moment_at(&stops, DayKey::MAX), stops.len() - 1);
    }

    #[test]
    fn a_state_is_named_with_its_status_and_since_when() {
        assert_eq!(
            described("EE", "2026-03-01"),
            "Estonia: Withdrawn (since 27 December 2025)"
        );
        assert_eq!(described("RU", "2026-03-01"), "Russia: Not a party");
        assert_eq!(
            described("FI", "2025-12-31"),
            "Finland: Withdrawal notified (since 10 July 2025)"
        );
    }
}
