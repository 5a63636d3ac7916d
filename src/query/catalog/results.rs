//! What a query returns.

use crate::model::{Event, Kind};
use crate::query::charts::histogram::YearCounts;

/// How many events each option would show, given the other facets.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct FacetCounts {
    /// (code, count) for every country that has at least one event, unsorted.
    pub countries: Vec<(&'static str, usize)>,
    /// Indexed like [`Kind::ALL`].
    pub kinds: [usize; Kind::ALL.len()],
}

impl FacetCounts {
    pub fn country(&self, code: &str) -> usize {
        self.countries
            .iter()
            .find(|(c, _)| *c == code)
            .map_or(0, |(_, n)| *n)
    }

    pub fn kind(&self, kind: Kind) -> usize {
        self.kinds[kind as usize]
    }
}

/// What one query returns: the events to show, in order, the counts beside each option, and
/// the overview histogram's bars.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct QueryResult {
    pub events: Vec<&'static Event>,
    pub counts: FacetCounts,
    pub years: YearCounts,
}

/// Events of one year, in display order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YearGroup {
    pub year: u16,
    pub events: Vec<&'static Event>,
}
