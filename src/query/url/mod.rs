//! The public URL contract: `?q=&country=&kind=&from=&to=&para=&event=&order=&embed=`.
//!
//! Parsing never fails: a bad value is dropped and reported as a [`Problem`], and everything
//! else still applies. Serializing writes canonical, readable links (commas stay commas).

pub mod embed;

use percent_encoding::{utf8_percent_encode, AsciiSet, CONTROLS};

use crate::model::{country, event_by_id, Event, Kind, PartialDate, PARAGRAPH_COUNT};
use crate::query::{Filter, Order};

/// Longest search text kept from a URL, in characters.
pub const MAX_TEXT_CHARS: usize = 200;

/// A part of the URL that was ignored, and why; shown to the reader in a notice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub param: &'static str,
    pub value: String,
    pub reason: &'static str,
}

impl Problem {
    fn new(param: &'static str, value: &str, reason: &'static str) -> Self {
        // Keep notices short even when a link carries a huge value.
        let value: String = value.chars().take(40).collect();
        Problem {
            param,
            value,
            reason,
        }
    }
}

/// The outcome of reading a URL: the view to show and what was ignored.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Parsed {
    pub filter: Filter,
    pub problems: Vec<Problem>,
}

/// Reads a query string, with or without its leading `?`. Unknown keys (tracking tags, pym's
/// `childId`) are left alone silently; they are not ours to judge.
pub fn parse(query: &str) -> Parsed {
    parse_in(query, event_by_id)
}

/// [`parse`] against another dataset (the synthetic benchmark one): `find_event` resolves
/// `?event=` ids.
pub fn parse_in(query: &str, find_event: impl Fn(&str) -> Option<&'static Event>) -> Parsed {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut parsed = Parsed::default();
    let (filter, problems) = (&mut parsed.filter, &mut parsed.problems);
    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        let value = value.trim();
        match key.as_ref() {
            "q" => {
                // Cut, then trim again: a cut inside a run of spaces would leave trailing
                // spaces, which the view's own link could not carry (found by fuzzing).
                let kept: String = value.chars().take(MAX_TEXT_CHARS).collect();
                filter.text = kept.trim_end().to_string();
                if value.chars().count() > MAX_TEXT_CHARS {
                    problems.push(Problem::new(
                        "q",
                        value,
                        "search text shortened to 200 characters",
                    ));
                }
            }
            "country" => {
                for code in list(value) {
                    match country(code) {
                        Some(c) => insert_sorted(&mut filter.countries, c.code),
                        None => {
                            problems.push(Problem::new("country", code, "unknown country code"))
                        }
                    }
                }
            }
            "kind" => {
                for slug in list(value) {
                    match Kind::from_slug(slug) {
                        Some(kind) => insert_sorted(&mut filter.kinds, kind),
                        None => problems.push(Problem::new("kind", slug, "unknown kind")),
                    }
                }
            }
            "from" => filter.from = date(value, "from", problems),
            "to" => filter.to = date(value, "to", problems),
            "para" => match value.parse::<u8>() {
                Ok(n) if (1..=PARAGRAPH_COUNT).contains(&n) => filter.para = Some(n),
                _ => problems.push(Problem::new(
                    "para",
                    value,
                    "not a paragraph number from 1 to 10",
                )),
            },
            "event" => match find_event(value) {
                Some(event) => filter.event = Some(event.id),
                None => problems.push(Problem::new("event", value, "no event has this id")),
            },
            "order" => match value {
                "newest" => filter.order = Order::NewestFirst,
                "oldest" => filter.order = Order::OldestFirst,
                _ => problems.push(Problem::new("order", value, "expected newest or oldest")),
            },
            "embed" => match value {
                "1" | "true" => filter.embed = true,
                "0" | "false" | "" => filter.embed = false,
                _ => problems.push(Problem::new("embed", value, "expected 1")),
            },
            _ => {}
        }
    }
    if let (Some(from), Some(to)) = (filter.from, filter.to) {
        if from.first_day_key() > to.last_day_key() {
            (filter.from, filter.to) = (Some(to), Some(from));
            problems.push(Problem::new(
                "from",
                &from.iso(),
                "came after to; the two were swapped",
            ));
        }
    }
    parsed
}

/// Keeps a facet's values sorted and unique as they are read.
fn insert_sorted<T: Ord>(values: &mut Vec<T>, value: T) {
    if let Err(i) = values.binary_search(&value) {
        values.insert(i, value);
    }
}

fn list(value: &str) -> impl Iterator<Item = &str> {
    value.split(',').map(str::trim).filter(|v| !v.is_empty())
}

fn date(value: &str, param: &'static str, problems: &mut Vec<Problem>) -> Option<PartialDate> {
    match PartialDate::parse(value) {
        Ok(date) => Some(date),
        Err(_) if value.is_empty() => None,
        Err(_) => {
            problems.push(Problem::new(
                param,
                value,
                "not a date (use YYYY, YYYY-MM or YYYY-MM-DD)",
            ));
            None
        }
    }
}

/// Characters escaped in a value: the query-string delimiters, `+` (which reads as a space)
/// and anything else a link could break on. Commas, hyphens and letters stay readable.
const VALUE: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'&')
    .add(b'\'')
    .add(b'+')
    .add(b'<')
    .add(b'=')
    .add(b'>')
    .add(b'?')
    .add(b'[')
    .add(b'\\')
    .add(b']')
    .add(b'^')
    .add(b'`')
    .add(b'{')
    .add(b'|')
    .add(b'}');

/// The canonical query string for a view: `""` when nothing is set, else `"?key=value&…"`.
pub fn to_query(filter: &Filter) -> String {
    let mut pairs: Vec<(&str, String)> = Vec::new();
    let text = filter.text.trim();
    if !text.is_empty() {
        pairs.push(("q", text.to_string()));
    }
    if !filter.countries.is_empty() {
        pairs.push(("country", filter.countries.join(",")));
    }
    if !filter.kinds.is_empty() {
        let slugs: Vec<&str> = filter.kinds.iter().map(|k| k.slug()).collect();
        pairs.push(("kind", slugs.join(",")));
    }
    if let Some(from) = filter.from {
        pairs.push(("from", from.iso()));
    }
    if let Some(to) = filter.to {
        pairs.push(("to", to.iso()));
    }
    if let Some(para) = filter.para {
        pairs.push(("para", para.to_string()));
    }
    if let Some(event) = filter.event {
        pairs.push(("event", event.to_string()));
    }
    if filter.order == Order::OldestFirst {
        pairs.push(("order", "oldest".to_string()));
    }
    if filter.embed {
        pairs.push(("embed", "1".to_string()));
    }
    let mut query = String::new();
    for (key, value) in pairs {
        query.push(if query.is_empty() { '?' } else { '&' });
        query.push_str(key);
        query.push('=');
        query.push_str(
            &utf8_percent_encode(&value, VALUE)
                .to_string()
                .replace("%20", "+"),
        );
    }
    query
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_parameter() {
        let parsed = parse("?q=Riigikogu+vote&country=ee,LV&kind=legislation&from=2025&to=2025-06&para=4&event=join-ee&order=oldest&embed=1");
        assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
        let f = parsed.filter;
        assert_eq!(f.text, "Riigikogu vote");
        assert_eq!(f.countries, ["EE", "LV"]);
        assert_eq!(f.kinds, [Kind::Legislation]);
        assert_eq!(f.from, PartialDate::parse("2025").ok());
        assert_eq!(f.to, PartialDate::parse("2025-06").ok());
        assert_eq!(f.para, Some(4));
        assert_eq!(f.event, Some("join-ee"));
        assert_eq!(f.order, Order::OldestFirst);
        assert!(f.embed);
    }

    #[test]
    fn drops_bad_values_and_names_them() {
        let parsed = parse(
            "country=EE,XX&kind=treaty,bogus&from=2025-02-30&para=11&event=nope&utm_source=x",
        );
        assert_eq!(parsed.filter.countries, ["EE"]);
        assert_eq!(parsed.filter.kinds, [Kind::Treaty]);
        assert_eq!(parsed.filter.from, None);
        assert_eq!(parsed.filter.para, None);
        assert_eq!(parsed.filter.event, None);
        let named: Vec<(&str, &str)> = parsed
            .problems
            .iter()
            .map(|p| (p.param, p.value.as_str()))
            .collect();
        assert_eq!(
            named,
            [
                ("country", "XX"),
                ("kind", "bogus"),
                ("from", "2025-02-30"),
                ("para", "11"),
                ("event", "nope")
            ]
        );
    }

    #[test]
    fn swaps_a_reversed_range() {
        let parsed = parse("from=2025&to=1999");
        assert_eq!(parsed.filter.from, PartialDate::parse("1999").ok());
        assert_eq!(parsed.filter.to, PartialDate::parse("2025").ok());
        assert_eq!(parsed.problems.len(), 1);
    }

    #[test]
    fn writes_readable_canonical_links() {
        let mut filter = Filter::default();
        assert_eq!(to_query(&filter), "");
        filter.text = "Łódź & co+".into();
        filter.countries = vec!["EE", "LV"];
        filter.kinds = vec![Kind::Notification, Kind::Withdrawal];
        assert_eq!(
            to_query(&filter),
            "?q=%C5%81%C3%B3d%C5%BA+%26+co%2B&country=EE,LV&kind=notification,withdrawal"
        );
        assert_eq!(parse(&to_query(&filter)).filter, filter);
    }

    #[test]
    fn survives_broken_percent_encoding() {
        let parsed = parse("q=%E2%28%A1%&country=%ZZ");
        assert!(!parsed.filter.text.is_empty());
        assert!(parsed.filter.countries.is_empty());
    }
}
