//! What the bundled dataset must cover, checked on the real data the app ships.
#![cfg(not(target_arch = "wasm32"))]

use ottawa_explorer::model::{events, parties, Event, Kind};

fn of_kind<'a>(code: &'a str, kind: Kind) -> impl Iterator<Item = &'static Event> + 'a {
    events()
        .iter()
        .filter(move |e| e.kind == kind && e.countries.contains(&code))
}

#[test]
fn covers_every_party_and_enough_curated_history() {
    let count = |kind| events().iter().filter(|e| e.kind == kind).count();
    assert_eq!(count(Kind::Joining), 166);
    assert_eq!(count(Kind::Signature), 133);
    let curated = events()
        .iter()
        .filter(|e| !matches!(e.kind, Kind::Joining | Kind::Signature))
        .count();
    assert!(curated >= 80, "only {curated} curated events");
}

#[test]
fn ids_are_unique_and_every_event_is_sourced_over_https() {
    let mut ids: Vec<&str> = events().iter().map(|e| e.id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), events().len(), "duplicate ids");
    for event in events() {
        assert!(event.sources().count() >= 1, "{} has no source", event.id);
        assert!(
            event.sources().all(|s| s.url.starts_with("https://")),
            "{}",
            event.id
        );
    }
}

#[test]
fn every_article_paragraph_is_explained_by_some_event() {
    for paragraph in 1..=10 {
        assert!(
            events().iter().any(|e| e.paragraphs.contains(&paragraph)),
            "paragraph {paragraph} has no events"
        );
    }
}

#[test]
fn each_withdrawing_state_has_its_decision_notice_and_effective_date() {
    for code in ["EE", "LV", "LT", "FI", "PL"] {
        let party = parties().iter().find(|p| p.code == code).unwrap();
        let effect = party.withdrawal_effect.expect("withdrawal effect date");
        let withdrawals: Vec<_> = of_kind(code, Kind::Withdrawal).collect();
        assert_eq!(withdrawals.len(), 1, "{code}");
        assert_eq!(
            withdrawals[0].start, effect,
            "{code}: effective date follows the UN"
        );
        let notified = party.withdrawal_notified.unwrap();
        assert!(
            of_kind(code, Kind::Notification).any(|e| e.start == notified),
            "{code}: no notification event on {}",
            notified.iso()
        );
        let decisions = of_kind(code, Kind::Legislation)
            .chain(of_kind(code, Kind::Announcement))
            .count();
        assert!(decisions >= 2, "{code}: only {decisions} decision steps");
        // Article 20(3): a withdrawal takes effect six months after notice, the same day of
        // the month (the build checks this too; this pins the five real cases).
        assert_eq!(
            notified.months_later(6),
            Some((effect, effect)),
            "{code}: notified {}, effective {}",
            notified.iso(),
            effect.iso()
        );
    }
}

#[test]
fn ukraine_has_no_withdrawal_only_a_suspension_notice() {
    assert_eq!(of_kind("UA", Kind::Withdrawal).count(), 0);
    assert!(of_kind("UA", Kind::Notification).any(|e| e.summary.contains("suspen")));
    let ukraine = parties().iter().find(|p| p.code == "UA").unwrap();
    assert_eq!(ukraine.withdrawal_effect, None);
}

#[test]
fn all_five_review_conferences_are_spans() {
    let conferences: Vec<_> = events()
        .iter()
        .filter(|e| {
            e.kind == Kind::Treaty
                && e.title.contains("hosts the")
                && e.title.contains("Review Conference")
        })
        .collect();
    assert_eq!(
        conferences.len(),
        5,
        "{:?}",
        conferences.iter().map(|e| e.title).collect::<Vec<_>>()
    );
    assert!(conferences.iter().all(|e| e.end.is_some()));
}
