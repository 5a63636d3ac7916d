//! The overview histogram: events per year, stacked by kind, and the year range a reader picks
//! on it by dragging, clicking or the keyboard. Pure, so the series, the geometry and every
//! key decision are tested natively; the component only draws and forwards events.

use crate::model::{Kind, PartialDate};

use crate::query::Filter;

mod bars;
pub use bars::Bars;

const KINDS: usize = Kind::ALL.len();

/// How many events of each kind start in each year, for the events that match every filter
/// except the date range (so the bars show what picking other years would bring).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct YearCounts {
    /// The year of `counts[0]`.
    pub first_year: u16,
    /// One row per year, indexed like [`Kind::ALL`].
    pub counts: Vec<[u32; KINDS]>,
}

impl YearCounts {
    /// Zeros for every year from `first` to `last`.
    pub fn spanning(first: u16, last: u16) -> Self {
        YearCounts {
            first_year: first,
            counts: vec![[0; KINDS]; usize::from(last.saturating_sub(first)) + 1],
        }
    }

    pub fn add(&mut self, year: u16, kind: u8) {
        if let Some(row) = year
            .checked_sub(self.first_year)
            .and_then(|i| self.counts.get_mut(usize::from(i)))
        {
            row[usize::from(kind)] += 1;
        }
    }

    pub fn len(&self) -> usize {
        self.counts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.counts.is_empty()
    }

    pub fn year(&self, index: usize) -> u16 {
        self.first_year + index as u16
    }

    /// The index of `year`, clamped into the span.
    pub fn index_of(&self, year: u16) -> usize {
        usize::from(year.saturating_sub(self.first_year)).min(self.len().saturating_sub(1))
    }

    pub fn total(&self, index: usize) -> u32 {
        self.counts.get(index).map_or(0, |row| row.iter().sum())
    }

    pub fn grand_total(&self) -> u32 {
        (0..self.len()).map(|i| self.total(i)).sum()
    }

    /// The busiest year's index, the earliest if several tie; `None` when nothing matches.
    pub fn busiest(&self) -> Option<usize> {
        let best = (0..self.len()).rev().max_by_key(|&i| self.total(i))?;
        (self.total(best) > 0).then_some(best)
    }
}

/// The years `[first, last]` (as indexes) that a filter's date range covers, if it has one.
/// An open end runs to the edge of the span.
pub fn selected_years(filter: &Filter, years: &YearCounts) -> Option<(usize, usize)> {
    if years.is_empty() || (filter.from.is_none() && filter.to.is_none()) {
        return None;
    }
    let first = filter.from.map_or(0, |d| years.index_of(d.year));
    let last = filter
        .to
        .map_or(years.len() - 1, |d| years.index_of(d.year));
    (first <= last).then_some((first, last))
}

/// `filter` with its date range set to whole years `first..=last` (indexes, either order).
pub fn with_years(filter: &Filter, years: &YearCounts, first: usize, last: usize) -> Filter {
    let (first, last) = (first.min(last), first.max(last));
    let as_date = |index| PartialDate {
        year: years.year(index),
        month: 0,
        day: 0,
    };
    let mut next = filter.clone();
    (next.from, next.to) = (Some(as_date(first)), Some(as_date(last)));
    next
}

/// A click or Enter on one year: select just that year, or clear the range when that year is
/// exactly what is selected already, so a second click undoes the first.
pub fn toggle_year(filter: &Filter, years: &YearCounts, index: usize) -> Filter {
    let next = with_years(filter, years, index, index);
    if (next.from, next.to) == (filter.from, filter.to) {
        let mut cleared = next;
        (cleared.from, cleared.to) = (None, None);
        cleared
    } else {
        next
    }
}

/// Where Shift+arrows extend from: the end of the selected range away from the cursor, or the
/// cursor itself when nothing is selected.
pub fn anchor_for(selected: Option<(usize, usize)>, cursor: usize) -> usize {
    match selected {
        Some((first, last)) if cursor == first => last,
        Some((first, _)) => first,
        None => cursor,
    }
}

/// What a key on the focused histogram asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistogramKey {
    /// Move the year cursor, selecting nothing.
    Move(usize),
    /// Select the years between these two indexes (Shift+arrows extend from the anchor); the
    /// second is where the cursor goes.
    Select(usize, usize),
    /// Select this one year, or clear it if it alone is selected (Enter, Space).
    Toggle(usize),
    /// Clear the date range.
    Clear,
}

/// The action for `key` with the cursor on year `cursor` (an index) of `len` years. `anchor`
/// is where a Shift-selection started: the selected range's start, or the cursor.
pub fn histogram_key(
    key: &str,
    shift: bool,
    cursor: usize,
    anchor: usize,
    len: usize,
) -> Option<HistogramKey> {
    if len == 0 {
        return None;
    }
    let last = len - 1;
    let target = match key {
        "ArrowLeft" | "ArrowDown" => cursor.saturating_sub(1),
        "ArrowRight" | "ArrowUp" => (cursor + 1).min(last),
        "PageDown" => cursor.saturating_sub(5),
        "PageUp" => (cursor + 5).min(last),
        "Home" => 0,
        "End" => last,
        "Enter" | " " => return Some(HistogramKey::Toggle(cursor)),
        "Escape" | "Delete" | "Backspace" => return Some(HistogramKey::Clear),
        _ => return None,
    };
    Some(if shift {
        HistogramKey::Select(anchor, target)
    } else {
        HistogramKey::Move(target)
    })
}

/// "2025: 58 events: Withdrawal 12, Vote or decision 9 …", for the readout and for the
/// year's accessible name.
pub fn describe_year(years: &YearCounts, index: usize) -> String {
    let total = years.total(index);
    let mut text = [
        &years.year(index).to_string(),
        ": ",
        &plural(total, "event", "events"),
    ]
    .concat();
    // Most first, ties in the filter's order of kinds: at most ten parts, placed by hand so the
    // WASM carries no sort routine for them.
    let mut parts: Vec<(u32, Kind)> = Vec::new();
    for kind in Kind::ALL {
        let n = years.counts[index][kind as usize];
        if n > 0 {
            let at = parts.partition_point(|&(m, _)| m >= n);
            parts.insert(at, (n, kind));
        }
    }
    for (i, (n, kind)) in parts.iter().enumerate() {
        text.push_str(if i == 0 { ": " } else { ", " });
        text.push_str(kind.label());
        text.push(' ');
        text.push_str(&n.to_string());
    }
    text
}

/// The chart's text alternative: "390 events from 1996 to 2026; the most, 150, in 2025."
pub fn histogram_summary(years: &YearCounts) -> String {
    let Some(busiest) = years.busiest() else {
        return String::from("No events match the other filters in any year.");
    };
    [
        &plural(years.grand_total(), "event", "events"),
        " from ",
        &years.year(0).to_string(),
        " to ",
        &years.year(years.len() - 1).to_string(),
        "; the most, ",
        &years.total(busiest).to_string(),
        ", in ",
        &years.year(busiest).to_string(),
        ".",
    ]
    .concat()
}

fn plural(n: u32, one: &str, many: &str) -> String {
    [n.to_string().as_str(), " ", if n == 1 { one } else { many }].concat()
}

#[cfg(test)]
mod tests;
