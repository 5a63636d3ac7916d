//! A deterministic, seeded generator of realistic events, to measure the queries (and later
//! the timeline) at sizes far beyond the real dataset: 1,000 to 1,000,000 events.
//!
//! Compiled only with the `synthetic` feature, so it never reaches readers' downloads.

use crate::model::{countries, party_sources, Event, Kind, PartialDate};

/// Kinds weighted roughly as in the real dataset: many joinings and signatures, fewer of the rest.
const KIND_WEIGHTS: [(Kind, u32); 10] = [
    (Kind::Treaty, 6),
    (Kind::Signature, 30),
    (Kind::Joining, 38),
    (Kind::Announcement, 2),
    (Kind::Legislation, 6),
    (Kind::Notification, 4),
    (Kind::Withdrawal, 2),
    (Kind::Conflict, 2),
    (Kind::Report, 6),
    (Kind::Reaction, 4),
];

const SUBJECTS: [&str; 8] = [
    "parliament",
    "government",
    "defence ministry",
    "foreign ministry",
    "president",
    "delegation",
    "campaign",
    "monitor",
];

const VERBS: [&str; 8] = [
    "debates",
    "approves",
    "reports on",
    "notifies the UN of",
    "questions",
    "announces",
    "reviews",
    "welcomes",
];

const TOPICS: [&str; 8] = [
    "the mine ban",
    "stockpile destruction",
    "mine clearance",
    "victim assistance",
    "the withdrawal bill",
    "Article 20",
    "the review conference",
    "border defence",
];

/// Text lives as long as the benchmark, like the compiled-in dataset.
fn leak(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

fn pick<'a, T>(rng: &mut fastrand::Rng, items: &'a [T]) -> &'a T {
    &items[rng.usize(..items.len())]
}

fn pick_kind(rng: &mut fastrand::Rng) -> Kind {
    let total: u32 = KIND_WEIGHTS.iter().map(|(_, w)| w).sum();
    let mut roll = rng.u32(..total);
    for (kind, weight) in KIND_WEIGHTS {
        if roll < weight {
            return kind;
        }
        roll -= weight;
    }
    Kind::Report
}

fn pick_date(rng: &mut fastrand::Rng) -> PartialDate {
    let year = rng.u16(1996..=2026);
    // Most events are known to the day, some only to the month or the year.
    match rng.u8(..10) {
        0 => PartialDate {
            year,
            month: 0,
            day: 0,
        },
        1 => PartialDate {
            year,
            month: rng.u8(1..=12),
            day: 0,
        },
        _ => PartialDate {
            year,
            month: rng.u8(1..=12),
            day: rng.u8(1..=28),
        },
    }
}

/// The seed every benchmark uses, so the app (`?synthetic=N`), the native benches and the
/// competitors' pages all see the same events.
pub const SEED: u64 = 42;

/// The largest synthetic dataset a link may ask for.
pub const MAX_EVENTS: usize = 1_000_000;

/// The size a benchmark link asks for with `?synthetic=N` (1 to [`MAX_EVENTS`]), if any.
pub fn requested_size(query: &str) -> Option<usize> {
    let query = query.strip_prefix('?').unwrap_or(query);
    form_urlencoded::parse(query.as_bytes())
        .find(|(key, _)| key == "synthetic")
        .and_then(|(_, value)| value.trim().parse::<usize>().ok())
        .filter(|n| (1..=MAX_EVENTS).contains(n))
}

/// `count` events in date order, the same for the same `seed`.
pub fn generate(count: usize, seed: u64) -> Vec<Event> {
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut events: Vec<Event> = (0..count)
        .map(|i| {
            let kind = pick_kind(&mut rng);
            let start = pick_date(&mut rng);
            let country_count = match kind {
                Kind::Treaty | Kind::Reaction => rng.usize(..2),
                _ => 1 + usize::from(rng.u8(..10) == 0),
            };
            let countries: Vec<&'static str> = (0..country_count)
                .map(|_| pick(&mut rng, countries()).code)
                .collect();
            let country = countries.first().map_or("The States Parties", |code| {
                crate::model::country_name(code)
            });
            let title = format!(
                "{country} {} {} {}",
                pick(&mut rng, &SUBJECTS),
                pick(&mut rng, &VERBS),
                pick(&mut rng, &TOPICS)
            );
            let summary = format!(
                "Synthetic event {i}: the {} {} {} in {}, as reported by the {}.",
                pick(&mut rng, &SUBJECTS),
                pick(&mut rng, &VERBS),
                pick(&mut rng, &TOPICS),
                start.human(),
                pick(&mut rng, &SUBJECTS)
            );
            let paragraphs: &'static [u8] = match rng.u8(..4) {
                0 => Box::leak(vec![rng.u8(1..=10)].into_boxed_slice()),
                _ => &[],
            };
            Event {
                id: leak(format!("synthetic-{i}")),
                start,
                end: None,
                kind,
                countries: Box::leak(countries.into_boxed_slice()),
                title: leak(title),
                summary: leak(summary),
                paragraphs,
                sources: party_sources(),
                disputes: &[],
            }
        })
        .collect();
    events.sort_by_key(|e| e.first_day_key());
    events
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_ask_for_a_size_within_bounds() {
        assert_eq!(requested_size("?synthetic=100000"), Some(100_000));
        assert_eq!(requested_size("q=x&synthetic=%2010"), Some(10));
        for bad in [
            "",
            "?synthetic=",
            "?synthetic=0",
            "?synthetic=-3",
            "?synthetic=1e5",
        ] {
            assert_eq!(requested_size(bad), None, "{bad}");
        }
        assert_eq!(requested_size("?synthetic=1000001"), None);
    }

    #[test]
    fn is_deterministic_sorted_and_varied() {
        let a = generate(2_000, 7);
        let b = generate(2_000, 7);
        assert_eq!(a, b);
        assert_ne!(a, generate(2_000, 8));
        assert!(a
            .windows(2)
            .all(|w| w[0].first_day_key() <= w[1].first_day_key()));
        for kind in Kind::ALL {
            assert!(a.iter().any(|e| e.kind == kind), "{kind:?} missing");
        }
        assert!(a.iter().any(|e| e.start.day == 0) && a.iter().any(|e| e.start.day != 0));
    }
}
