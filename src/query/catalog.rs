//! The events with their precomputed search text, and the queries the views ask.

use super::filter::{Facet, Filter, Order, SearchTerms};
use super::fold::fold;
use crate::model::{countries_by_name, country_name, Event, Kind, COUNTRIES};

/// The folded text that search looks in: title, summary, country names and publishers.
pub fn haystack(event: &Event) -> String {
    let mut text = String::with_capacity(event.title.len() + event.summary.len() + 64);
    for part in [event.title, event.summary] {
        text.push_str(part);
        text.push('\n');
    }
    for code in event.countries {
        text.push_str(country_name(code));
        text.push('\n');
    }
    for source in event.sources() {
        text.push_str(source.publisher);
        text.push('\n');
    }
    fold(&text)
}

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

/// Events of one year, in display order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YearGroup {
    pub year: u16,
    pub events: Vec<&'static Event>,
}

pub struct Catalog {
    events: &'static [Event],
    haystacks: Vec<String>,
    /// Every country code used by any event, sorted.
    countries: Vec<&'static str>,
}

impl Catalog {
    pub fn new(events: &'static [Event]) -> Self {
        let countries: Vec<&'static str> = COUNTRIES
            .iter()
            .map(|c| c.code)
            .filter(|code| events.iter().any(|e| e.countries.contains(code)))
            .collect();
        Catalog {
            events,
            haystacks: events.iter().map(haystack).collect(),
            countries,
        }
    }

    /// The bundled dataset.
    pub fn bundled() -> Self {
        Catalog::new(crate::model::events())
    }

    pub fn len(&self) -> usize {
        self.events.len()
    }

    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
    }

    pub fn country_codes(&self) -> &[&'static str] {
        &self.countries
    }

    /// The matching events, in the filter's order (the data is stored oldest first).
    pub fn search(&self, filter: &Filter) -> Vec<&'static Event> {
        let terms = SearchTerms::new(&filter.text);
        let mut found: Vec<&'static Event> = self
            .events
            .iter()
            .zip(&self.haystacks)
            .filter(|(event, hay)| filter.matches_except(event, hay, &terms, None))
            .map(|(event, _)| event)
            .collect();
        if filter.order == Order::NewestFirst {
            found.reverse();
        }
        found
    }

    /// Counts per option, each facet counted as if its own selection were empty, so a reader
    /// sees what ticking another box would add.
    pub fn facet_counts(&self, filter: &Filter) -> FacetCounts {
        let terms = SearchTerms::new(&filter.text);
        let mut counts = FacetCounts {
            countries: self.countries.iter().map(|c| (*c, 0)).collect(),
            kinds: [0; Kind::ALL.len()],
        };
        for (event, hay) in self.events.iter().zip(&self.haystacks) {
            if filter.matches_except(event, hay, &terms, Some(Facet::Kind)) {
                counts.kinds[event.kind as usize] += 1;
            }
            if filter.matches_except(event, hay, &terms, Some(Facet::Country)) {
                for code in event.countries {
                    if let Ok(i) = self.countries.binary_search(code) {
                        counts.countries[i].1 += 1;
                    }
                }
            }
        }
        counts
    }
}

/// The states the story is about, listed first in the Country filter: the five that withdrew,
/// Ukraine, and Russia.
pub const FEATURED_COUNTRIES: [&str; 7] = ["EE", "LV", "LT", "FI", "PL", "UA", "RU"];

/// Country codes in the order the filter lists them: featured first, then by name.
/// With `collapsed`, only the featured ones and those already `selected`.
pub fn country_options(
    codes: &[&'static str],
    selected: &[&'static str],
    collapsed: bool,
) -> Vec<&'static str> {
    let featured = FEATURED_COUNTRIES
        .iter()
        .filter_map(|f| codes.iter().find(|c| *c == f).copied());
    let others = countries_by_name()
        .map(|c| c.code)
        .filter(|c| codes.contains(c) && !FEATURED_COUNTRIES.contains(c))
        .filter(|c| !collapsed || selected.contains(c));
    featured.chain(others).collect()
}

/// Splits an ordered list into runs of the same start year.
pub fn group_by_year(events: &[&'static Event]) -> Vec<YearGroup> {
    let mut groups: Vec<YearGroup> = Vec::new();
    for event in events {
        match groups.last_mut() {
            Some(group) if group.year == event.start.year => group.events.push(event),
            _ => groups.push(YearGroup {
                year: event.start.year,
                events: vec![event],
            }),
        }
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_is_case_and_diacritic_insensitive_over_country_names() {
        let catalog = Catalog::bundled();
        let filter = Filter {
            text: "TURKIYE".into(),
            ..Filter::default()
        };
        let found = catalog.search(&filter);
        assert!(!found.is_empty());
        assert!(found.iter().all(|e| e.countries.contains(&"TR")));
    }

    #[test]
    fn unfiltered_search_returns_everything_in_the_chosen_order() {
        let catalog = Catalog::bundled();
        let newest = catalog.search(&Filter::default());
        assert_eq!(newest.len(), catalog.len());
        assert!(newest
            .windows(2)
            .all(|w| w[0].first_day_key() >= w[1].first_day_key()));
        let oldest = catalog.search(&Filter {
            order: Order::OldestFirst,
            ..Filter::default()
        });
        assert!(oldest
            .windows(2)
            .all(|w| w[0].first_day_key() <= w[1].first_day_key()));
    }

    #[test]
    fn facet_counts_ignore_their_own_selection() {
        let catalog = Catalog::bundled();
        let mut filter = Filter::default();
        filter.toggle_kind(Kind::Signature);
        let counts = catalog.facet_counts(&filter);
        let all_joinings = catalog
            .search(&Filter::default())
            .iter()
            .filter(|e| e.kind == Kind::Joining)
            .count();
        assert_eq!(counts.kind(Kind::Joining), all_joinings);
        // Countries are counted among signatures only: Canada signed once.
        assert_eq!(counts.country("CA"), 1);
    }

    #[test]
    fn country_options_put_the_story_first_then_sort_by_name() {
        let codes = ["AT", "EE", "FI", "RU", "TR", "UA", "CI"];
        assert_eq!(
            country_options(&codes, &[], false),
            ["EE", "FI", "UA", "RU", "AT", "CI", "TR"]
        );
        assert_eq!(
            country_options(&codes, &["TR"], true),
            ["EE", "FI", "UA", "RU", "TR"]
        );
    }

    #[test]
    fn groups_follow_year_boundaries() {
        let catalog = Catalog::bundled();
        let events = catalog.search(&Filter::default());
        let groups = group_by_year(&events);
        assert_eq!(
            groups.iter().map(|g| g.events.len()).sum::<usize>(),
            events.len()
        );
        assert!(groups.windows(2).all(|w| w[0].year > w[1].year));
    }
}
