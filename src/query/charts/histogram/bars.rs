//! Where the histogram's bars go: one column per year, stacked by kind.

use super::{YearCounts, KINDS};
use crate::query::charts::plot::Plot;

/// Where the bars go: one column per year across the plot.
#[derive(Clone, Copy, Debug)]
pub struct Bars {
    pub plot: Plot,
    /// How many years share the width.
    pub years: i32,
}

impl Bars {
    /// The left edge of year `index`'s column.
    pub fn x(&self, index: usize) -> i32 {
        self.plot.x(index as i64, i64::from(self.years))
    }

    /// The width of year `index`'s column, gap included.
    pub fn column(&self, index: usize) -> i32 {
        self.x(index + 1) - self.x(index)
    }

    /// The column under horizontal position `x`, clamped to the span.
    pub fn index_at(&self, x: i32) -> usize {
        let years = i64::from(self.years.max(1));
        self.plot.offset_at(x, years).min(years - 1) as usize
    }

    /// The years labelled under the axis, every `every`th, each with its column's middle as a
    /// CSS `left` percentage of the chart's width (the axis is HTML, so its text keeps its
    /// size however the SVG stretches).
    pub fn axis_labels(&self, first_year: u16, every: u16) -> Vec<(u16, String)> {
        (0..self.years.max(0) as usize)
            .filter(|&i| (first_year + i as u16).is_multiple_of(every))
            .map(|index| {
                let middle = self.x(index) + self.column(index) / 2;
                (first_year + index as u16, percent(middle, self.plot.width))
            })
            .collect()
    }

    /// One SVG path per kind, indexed like [`Kind::ALL`]: a rectangle per year, stacked in
    /// kind order. Stacked edges come from running totals, so segments meet without gaps
    /// or overlaps however the scale rounds; a kind present in a year shows at least 1 unit.
    pub fn paths(&self, years: &YearCounts) -> [String; KINDS] {
        let max = (0..years.len()).map(|i| years.total(i)).max().unwrap_or(0);
        let top_of = |running: u32| self.plot.y(i64::from(running), i64::from(max));
        let mut paths: [String; KINDS] = Default::default();
        for (index, row) in years.counts.iter().enumerate() {
            let x = self.x(index) + 1;
            let width = (self.column(index) - 2).max(1);
            let mut running = 0;
            let mut bottom = self.plot.base();
            for (kind, &n) in row.iter().enumerate() {
                if n == 0 {
                    continue;
                }
                running += n;
                let top = top_of(running).min(bottom - 1);
                let d = &mut paths[kind];
                for (command, value) in [('M', x), (' ', bottom), ('h', width)] {
                    d.push(command);
                    d.push_str(&value.to_string());
                }
                d.push('V');
                d.push_str(&top.to_string());
                d.push('h');
                d.push_str(&(-width).to_string());
                d.push('z');
                bottom = top;
            }
        }
        paths
    }
}

/// A CSS percentage for `part` of `whole`, to one decimal, in integer arithmetic.
fn percent(part: i32, whole: i32) -> String {
    let per_mille = part * 1000 / whole.max(1);
    [
        (per_mille / 10).to_string(),
        ".".into(),
        (per_mille % 10).to_string(),
        "%".into(),
    ]
    .concat()
}
