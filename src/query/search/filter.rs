//! What the reader asked to see. Facets combine with AND; values within a facet with OR.

use super::signature::Signature;
use crate::model::{Event, Kind, PartialDate};

/// Which end of the timeline comes first.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Order {
    #[default]
    NewestFirst,
    OldestFirst,
}

/// The whole view state. It is what the URL encodes, field for field.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// Free text, as typed.
    pub text: String,
    /// ISO codes, upper case, sorted, unique.
    pub countries: Vec<&'static str>,
    /// Sorted, unique.
    pub kinds: Vec<Kind>,
    pub from: Option<PartialDate>,
    pub to: Option<PartialDate>,
    /// Only events that explain this article paragraph.
    pub para: Option<u8>,
    /// The selected event's id.
    pub event: Option<&'static str>,
    pub order: Order,
    pub embed: bool,
}

/// One end of the date range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RangeEnd {
    From,
    To,
}

/// Why a typed date was not applied; the text is shown beside the field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateInputError {
    NotADate,
    Reversed,
}

impl DateInputError {
    pub fn message(self) -> &'static str {
        match self {
            DateInputError::NotADate => "Use YYYY, YYYY-MM or YYYY-MM-DD, for example 2025-06.",
            DateInputError::Reversed => "“From” must not come after “To”.",
        }
    }
}

/// A facet that can be left out when counting its own options.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Facet {
    Country,
    Kind,
}

/// Folded search words; every word must occur.
pub struct SearchTerms {
    words: Vec<String>,
    /// The byte pairs of all the words: a text lacking any of them cannot match.
    signature: Signature,
}

impl SearchTerms {
    pub fn new(text: &str) -> Self {
        let words: Vec<String> = super::fold::fold(text)
            .split(' ')
            .filter(|w| !w.is_empty())
            .map(String::from)
            .collect();
        let mut signature = Signature::default();
        for word in &words {
            signature.add(word);
        }
        SearchTerms { words, signature }
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    pub fn matches(&self, haystack: &str) -> bool {
        self.words
            .iter()
            .all(|term| haystack.contains(term.as_str()))
    }

    /// [`matches`](Self::matches) for a haystack whose [`Signature`] is known: most
    /// non-matches are ruled out without reading the text.
    pub fn matches_indexed(&self, haystack: &str, signature: &Signature) -> bool {
        self.words.is_empty() || (signature.may_contain(&self.signature) && self.matches(haystack))
    }
}

impl Filter {
    /// True when nothing narrows the list (selection, order and layout don't).
    pub fn is_unfiltered(&self) -> bool {
        self.text.trim().is_empty()
            && self.countries.is_empty()
            && self.kinds.is_empty()
            && self.from.is_none()
            && self.to.is_none()
            && self.para.is_none()
    }

    /// What the result list depends on: this filter without the selected event and the
    /// layout, so that selecting an event or embedding never reruns the search.
    pub fn results_part(&self) -> Filter {
        Filter {
            event: None,
            embed: false,
            ..self.clone()
        }
    }

    /// The same view with every narrowing filter removed.
    pub fn cleared(&self) -> Filter {
        Filter {
            event: self.event,
            order: self.order,
            embed: self.embed,
            ..Filter::default()
        }
    }

    /// Does `event` pass every facet except `skip`? `haystack` is the event's folded text.
    /// This is the plain definition; `Catalog::query` computes the same in one packed pass and
    /// is tested against it.
    pub fn matches_except(
        &self,
        event: &Event,
        haystack: &str,
        terms: &SearchTerms,
        skip: Option<Facet>,
    ) -> bool {
        (skip == Some(Facet::Country) || self.matches_facet(event, Facet::Country))
            && (skip == Some(Facet::Kind) || self.matches_facet(event, Facet::Kind))
            && self.matches_outside_facets(event, haystack, terms)
    }

    /// The country or kind facet alone (an empty selection lets everything through).
    pub fn matches_facet(&self, event: &Event, facet: Facet) -> bool {
        match facet {
            Facet::Country => {
                self.countries.is_empty()
                    || event.countries.iter().any(|c| self.countries.contains(c))
            }
            Facet::Kind => self.kinds.is_empty() || self.kinds.contains(&event.kind),
        }
    }

    /// Dates, paragraph and text: everything but the counted facets, cheapest checks first.
    pub fn matches_outside_facets(
        &self,
        event: &Event,
        haystack: &str,
        terms: &SearchTerms,
    ) -> bool {
        self.from
            .is_none_or(|from| event.last_day_key() >= from.first_day_key())
            && self
                .to
                .is_none_or(|to| event.first_day_key() <= to.last_day_key())
            && self.para.is_none_or(|p| event.paragraphs.contains(&p))
            && terms.matches(haystack)
    }

    pub fn range_end(&self, end: RangeEnd) -> Option<PartialDate> {
        match end {
            RangeEnd::From => self.from,
            RangeEnd::To => self.to,
        }
    }

    /// This filter with one end of the range set from what the reader typed (empty clears it).
    pub fn with_typed_date(&self, end: RangeEnd, text: &str) -> Result<Filter, DateInputError> {
        let text = text.trim();
        let date = if text.is_empty() {
            None
        } else {
            Some(PartialDate::parse(text).map_err(|_| DateInputError::NotADate)?)
        };
        let mut next = self.clone();
        match end {
            RangeEnd::From => next.from = date,
            RangeEnd::To => next.to = date,
        }
        if let (Some(from), Some(to)) = (next.from, next.to) {
            if from.first_day_key() > to.last_day_key() {
                return Err(DateInputError::Reversed);
            }
        }
        Ok(next)
    }

    pub fn toggle_country(&mut self, code: &'static str) {
        toggle_sorted(&mut self.countries, code);
    }

    pub fn toggle_kind(&mut self, kind: Kind) {
        toggle_sorted(&mut self.kinds, kind);
    }
}

fn toggle_sorted<T: Ord + Copy>(values: &mut Vec<T>, value: T) {
    match values.binary_search(&value) {
        Ok(i) => {
            values.remove(i);
        }
        Err(i) => values.insert(i, value),
    }
}

#[cfg(test)]
mod tests;
