//! The States Parties chart, as numbers: the count on any day, the moments worth a label, and
//! the geometry of the step line. The steps themselves are computed by build.rs from the
//! parties tables ([`party_steps`]). Today's date is passed in, never read
//! here.

use super::plot::Plot;
pub use crate::model::Basis;
use crate::model::{parties, DayKey, PartialDate, PartyStep};

/// The number of States Parties on `day`.
pub fn count_at(steps: &[PartyStep], day: DayKey) -> u16 {
    match steps.partition_point(|s| s.day <= day) {
        0 => 0,
        n => steps[n - 1].count,
    }
}

/// The step in force on `day`: the last change on or before it (the first if none).
pub fn step_at(steps: &[PartyStep], day: DayKey) -> usize {
    steps.partition_point(|s| s.day <= day).saturating_sub(1)
}

/// What a labelled moment is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Moment {
    EntryIntoForce,
    Hundredth,
    Peak,
    Withdrawal,
}

impl Moment {
    pub fn label(self) -> &'static str {
        match self {
            Moment::EntryIntoForce => "In force",
            Moment::Hundredth => "100th party",
            Moment::Peak => "Peak",
            Moment::Withdrawal => "Withdrawal",
        }
    }
}

/// The steps worth a label: the first (the Convention's entry into force, for the bound
/// count), the one that reached 100, the first that reached the peak, and each withdrawal.
pub fn moments(steps: &[PartyStep]) -> Vec<(usize, Moment)> {
    let mut out = Vec::new();
    if steps.is_empty() {
        return out;
    }
    out.push((0, Moment::EntryIntoForce));
    if let Some(i) = steps.iter().position(|s| s.count >= 100) {
        out.push((i, Moment::Hundredth));
    }
    let peak = steps.iter().map(|s| s.count).max().unwrap_or(0);
    if let Some(i) = steps.iter().position(|s| s.count == peak) {
        out.push((i, Moment::Peak));
    }
    out.extend(
        steps
            .iter()
            .enumerate()
            .filter(|(_, s)| !s.left.is_empty())
            .map(|(i, _)| (i, Moment::Withdrawal)),
    );
    out
}

/// The states that changed the count on a step, as (joined, left) country codes, sorted.
pub fn changed_states(step: &PartyStep) -> (Vec<&'static str>, Vec<&'static str>) {
    let codes = |indexes: &[u8]| {
        let mut codes: Vec<&'static str> = Vec::with_capacity(indexes.len());
        for party in indexes
            .iter()
            .filter_map(|&i| parties().get(usize::from(i)))
        {
            insert_sorted(&mut codes, party.code);
        }
        codes
    };
    (codes(step.joined), codes(step.left))
}

/// Adds `code` to a sorted list, keeping it sorted and unique. (A binary-search insert: the
/// lists are short, and a general sort would add its code to the download.)
pub fn insert_sorted(codes: &mut Vec<&'static str>, code: &'static str) {
    if let Err(i) = codes.binary_search(&code) {
        codes.insert(i, code);
    }
}

/// "1 March 1999: 45 States Parties (+45)", for the readout and screen readers.
pub fn describe(step: &PartyStep) -> String {
    let mut text = PartialDate::from_key(step.day).human();
    text.push_str(": ");
    text.push_str(&step.count.to_string());
    text.push_str(" States Parties (");
    if !step.joined.is_empty() {
        text.push('+');
        text.push_str(&step.joined.len().to_string());
    }
    if !step.left.is_empty() {
        if !step.joined.is_empty() {
            text.push_str(", ");
        }
        text.push('−');
        text.push_str(&step.left.len().to_string());
    }
    text.push(')');
    text
}

/// One sentence for the chart's caption and its text alternative.
pub fn summary(steps: &[PartyStep], today: DayKey) -> String {
    let (Some(first), Some(last)) = (steps.first(), steps.last()) else {
        return String::from("No States Parties recorded.");
    };
    let peak = steps.iter().map(|s| s.count).max().unwrap_or(0);
    let peak_day = steps
        .iter()
        .find(|s| s.count == peak)
        .map_or(first.day, |s| s.day);
    [
        "From ",
        &first.count.to_string(),
        " on ",
        &first.day.date().human(),
        " the number of States Parties rose to a peak of ",
        &peak.to_string(),
        " (reached ",
        &peak_day.date().human(),
        ") and stands at ",
        &count_at(steps, today.max(last.day)).to_string(),
        " after the withdrawals of 2025–26.",
    ]
    .concat()
}

/// The count over time: days across the plot, States Parties up it.
#[derive(Clone, Copy, Debug)]
pub struct Frame {
    pub plot: Plot,
    /// The first and last day shown, as keys.
    pub from: DayKey,
    pub to: DayKey,
    /// The top of the count axis.
    pub max_count: u16,
}

impl Frame {
    fn span(&self) -> i64 {
        month_days(self.to) - month_days(self.from)
    }

    /// A day's horizontal position. Months count as 31 days: over thirty years that bends
    /// the axis by under a pixel, and keeps the arithmetic in integers.
    pub fn x(&self, day: DayKey) -> i32 {
        self.plot
            .x(month_days(day) - month_days(self.from), self.span())
    }

    pub fn y(&self, count: u16) -> i32 {
        self.plot.y(i64::from(count), i64::from(self.max_count))
    }

    /// The day under horizontal position `x` (the inverse of [`Frame::x`], to a day).
    pub fn day_at(&self, x: i32) -> DayKey {
        let days = month_days(self.from) + self.plot.offset_at(x, self.span());
        let months = days / 31;
        let (year, month, day) = (months / 12, months % 12 + 1, days % 31 + 1);
        DayKey::from_raw((year * 10_000 + month * 100 + day) as u32)
    }

    /// The step line as an SVG path: flat until each change, then straight up or down.
    pub fn path(&self, steps: &[PartyStep]) -> String {
        let mut d = String::from("M");
        push_point(&mut d, self.x(self.from), self.y(0));
        for step in steps.iter().filter(|s| s.day <= self.to) {
            let x = self.x(step.day);
            d.push('H');
            d.push_str(&x.to_string());
            d.push('V');
            d.push_str(&self.y(step.count).to_string());
        }
        d.push('H');
        d.push_str(&self.x(self.to).to_string());
        d
    }
}

/// How a label lines up with its point, as SVG's `text-anchor` says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    Middle,
    End,
}

impl Anchor {
    pub fn attribute(self) -> &'static str {
        match self {
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// A marked moment, placed: its dot on the line and its label.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mark {
    pub x: i32,
    pub y: i32,
    /// Empty for a moment that shares another's label.
    pub label: String,
    pub label_x: i32,
    pub label_y: i32,
    pub anchor: Anchor,
}

/// Labels closer than this to the right edge end at their point instead of centring on it.
const RIGHT_EDGE: i32 = 120;

/// The [`moments`] of `steps`, placed on `frame`. The withdrawals are weeks apart, so only the
/// last carries a label ("Withdrawals"), below the line, clear of the peak's above it.
pub fn marks(frame: &Frame, steps: &[PartyStep]) -> Vec<Mark> {
    let found = moments(steps);
    let last_withdrawal = found.iter().rposition(|(_, m)| *m == Moment::Withdrawal);
    found
        .iter()
        .enumerate()
        .map(|(n, &(i, moment))| {
            let step = &steps[i];
            let (x, y) = (frame.x(step.day), frame.y(step.count));
            let label = match moment {
                Moment::Peak => [moment.label(), " ", &step.count.to_string()].concat(),
                Moment::Withdrawal if Some(n) == last_withdrawal => "Withdrawals".into(),
                Moment::Withdrawal => String::new(),
                _ => moment.label().into(),
            };
            let (anchor, label_x) = if x > frame.plot.width - RIGHT_EDGE {
                (Anchor::End, x - 8)
            } else {
                (Anchor::Middle, x)
            };
            let label_y = if moment == Moment::Withdrawal {
                y + 24
            } else {
                y - 10
            };
            Mark {
                x,
                y,
                label,
                label_x,
                label_y,
                anchor,
            }
        })
        .collect()
}

fn push_point(d: &mut String, x: i32, y: i32) {
    d.push_str(&x.to_string());
    d.push(' ');
    d.push_str(&y.to_string());
}

/// Days since year 0 on a calendar of 31-day months (see [`Frame::x`]).
fn month_days(key: DayKey) -> i64 {
    let date = key.date();
    let month = i64::from(date.month.max(1)) - 1;
    let day = i64::from(date.day.max(1)) - 1;
    (i64::from(date.year) * 12 + month) * 31 + day
}

#[cfg(test)]
mod tests;
