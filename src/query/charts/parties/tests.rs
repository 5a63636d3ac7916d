//! Tests of `parties_chart`.

use super::*;
use crate::model::party_steps;

fn key(text: &str) -> DayKey {
    PartialDate::parse(text).unwrap().key()
}

/// The UN's figures (parties_notes.md): 162 States Parties as at 3 February 2026, after
/// Estonia, Latvia, Lithuania and Finland; 166 at the peak; Poland's exit makes 161.
#[test]
fn the_bound_count_matches_the_un_figures() {
    let steps = party_steps(Basis::Bound);
    assert_eq!(steps.iter().map(|s| s.count).max(), Some(166));
    assert_eq!(count_at(steps, key("2026-02-03")), 162);
    assert_eq!(count_at(steps, key("2026-02-20")), 161);
    // Today's count, as the chart and the map show it, follows from the tables and the
    // dataset's date: 166 joined, five withdrawals in effect.
    assert_eq!(count_at(steps, crate::model::as_of().key()), 161);
    assert_eq!(count_at(steps, key("2025-12-26")), 166);
    assert_eq!(count_at(steps, key("2025-12-27")), 163);
    // Article 17(1): in force on 1 March 1999 for the 40 states that had deposited by
    // 16 September 1998, and more by then; nobody is bound before.
    assert_eq!(count_at(steps, key("1999-02-28")), 0);
    assert!(count_at(steps, key("1999-03-01")) >= 40);
    assert_eq!(steps[0].day, key("1999-03-01"));
}

#[test]
fn the_joined_count_leads_the_bound_count() {
    let joined = party_steps(Basis::Joined);
    assert_eq!(joined.iter().map(|s| s.count).max(), Some(166));
    assert_eq!(
        count_at(joined, key("1998-09-16")),
        40,
        "the 40th instrument"
    );
    assert_eq!(count_at(joined, key("2026-02-03")), 162);
    for day in ["1999-01-01", "2005-06-01", "2015-01-01"] {
        assert!(count_at(joined, key(day)) >= count_at(party_steps(Basis::Bound), key(day)));
    }
}

#[test]
fn moments_mark_entry_into_force_the_hundredth_the_peak_and_each_withdrawal() {
    let steps = party_steps(Basis::Bound);
    let found = moments(steps);
    let of = |m| found.iter().filter(|(_, k)| *k == m).count();
    assert_eq!(of(Moment::EntryIntoForce), 1);
    assert_eq!(of(Moment::Hundredth), 1);
    assert_eq!(of(Moment::Peak), 1);
    let withdrawn: usize = found
        .iter()
        .filter(|(_, m)| *m == Moment::Withdrawal)
        .map(|(i, _)| steps[*i].left.len())
        .sum();
    assert_eq!(withdrawn, 5, "Estonia, Latvia, Lithuania, Finland, Poland");
    let i = found
        .iter()
        .find(|(_, m)| *m == Moment::Hundredth)
        .unwrap()
        .0;
    assert!(steps[i].count >= 100 && steps[i - 1].count < 100);
}

#[test]
fn a_withdrawal_step_names_its_states() {
    let steps = party_steps(Basis::Bound);
    let baltic = steps.iter().find(|s| s.day == key("2025-12-27")).unwrap();
    assert_eq!(changed_states(baltic), (vec![], vec!["EE", "LT", "LV"]));
    assert_eq!(
        describe(baltic),
        "27 December 2025: 163 States Parties (−3)"
    );
}

#[test]
fn the_frame_maps_days_and_counts_to_integers_and_back() {
    let frame = Frame {
        plot: Plot {
            width: 1000,
            height: 200,
            left: 40,
            right: 10,
            top: 10,
            bottom: 30,
        },
        from: key("1997-01-01"),
        to: key("2026-12-31"),
        max_count: 170,
    };
    assert_eq!(frame.x(frame.from), 40);
    assert_eq!(frame.x(frame.to), 990);
    assert_eq!(frame.x(key("1990-01-01")), 40, "clamped");
    assert_eq!(frame.y(0), 170);
    assert_eq!(frame.y(170), 10);
    let day = key("2012-06-15");
    let back = frame.day_at(frame.x(day));
    assert!(
        back.raw().abs_diff(day.raw()) < 100,
        "{back:?} vs {day:?}: within a month"
    );
    let path = frame.path(party_steps(Basis::Bound));
    assert!(path.starts_with("M40 170H"));
    assert!(path.ends_with("H990"));
    assert!(path
        .chars()
        .all(|c| c.is_ascii_digit() || "MHV ".contains(c)));
}

#[test]
fn the_summary_states_the_rise_the_peak_and_today() {
    let text = summary(party_steps(Basis::Bound), key("2026-11-27"));
    assert!(text.contains("peak of 166"), "{text}");
    assert!(
        text.ends_with("stands at 161 after the withdrawals of 2025–26."),
        "{text}"
    );
}

#[test]
fn marks_label_each_moment_once_and_keep_clear_of_the_edge() {
    let steps = party_steps(Basis::Bound);
    let frame = Frame {
        plot: Plot {
            width: 760,
            height: 220,
            left: 44,
            right: 16,
            top: 30,
            bottom: 26,
        },
        from: key("1997-01-01"),
        to: key("2026-12-02"),
        max_count: 170,
    };
    let marks = marks(&frame, steps);
    let labels: Vec<&str> = marks.iter().map(|m| m.label.as_str()).collect();
    // Withdrawals take effect on three days (the Baltic states together, then Finland, then
    // Poland); one label stands for them all, on the last.
    assert_eq!(
        labels,
        ["In force", "100th party", "Peak 166", "", "", "Withdrawals"]
    );
    let first = &marks[0];
    assert_eq!(
        (first.anchor, first.label_x, first.label_y),
        (Anchor::Middle, first.x, first.y - 10)
    );
    let last = marks.last().unwrap();
    assert_eq!(
        last.anchor,
        Anchor::End,
        "near the right edge the label ends at its point"
    );
    assert_eq!(
        (last.label_x, last.label_y),
        (last.x - 8, last.y + 24),
        "below the line"
    );
    assert!(marks.iter().all(|m| m.label_x <= frame.plot.width));
}
