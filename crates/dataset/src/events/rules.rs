//! The rules for one event's dates, countries and id.

use super::*;

/// Why an event of `kind` cannot have the date `date`. Each kind has the span the Convention
/// allows it; every event lies between the launch of the Ottawa Process and the dataset's
/// as-of date.
pub(super) fn date_out_of_span(
    kind: Kind,
    date: PartialDate,
    dates: DatasetDates,
) -> Option<String> {
    match kind {
        // Article 15: from 3 December 1997 until entry into force on 1 March 1999.
        Kind::Signature => return signature_out_of_span(date),
        // A deposit: not before the Convention was opened (Article 15), nor after the status
        // date of the table it must match.
        Kind::Joining => return deposit_out_of_span(date, dates.un_status_as_at),
        _ => {}
    }
    if before(date, treaty::PROCESS_LAUNCHED) {
        return Some(format!(
            "{} is before {}, when the Ottawa Process was launched",
            date.iso(),
            treaty::PROCESS_LAUNCHED.iso()
        ));
    }
    if kind == Kind::Withdrawal {
        // The Depositary dates a withdrawal six months ahead, so one may fall after the
        // dataset's date; it must match parties_status.csv instead.
        return None;
    }
    after_as_of(date, dates.as_of)
}

/// Why `date` is too late for a dataset checked up to `as_of`.
pub(super) fn after_as_of(date: PartialDate, as_of: PartialDate) -> Option<String> {
    after(date, as_of).then(|| {
        format!(
            "{} is after {}, the dataset's as_of date (changes.toml)",
            date.iso(),
            as_of.iso()
        )
    })
}

/// Whether `date`, maybe partial, includes the day `exact` (1998-09 includes 1998-09-16).
pub(super) fn covers(date: PartialDate, exact: PartialDate) -> bool {
    date.first_day_key() <= exact.first_day_key() && exact.last_day_key() <= date.last_day_key()
}
/// The states a text names, by their names in countries.csv, as whole words. Longer names go
/// first and hide what they contain, so "Equatorial Guinea" is not also Guinea.
pub(super) fn named_countries<'a>(
    text: &str,
    countries: &'a [(String, String)],
) -> Vec<(&'a str, &'a str)> {
    let mut by_length: Vec<&(String, String)> = countries.iter().collect();
    by_length.sort_by_key(|(_, name)| std::cmp::Reverse(name.len()));
    let mut taken = vec![false; text.len()];
    let mut named = Vec::new();
    for (code, name) in by_length {
        for (start, _) in text.match_indices(name.as_str()) {
            let end = start + name.len();
            let bounded = !text[..start]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
                && !text[end..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric);
            if bounded && !taken[start..end].iter().any(|&t| t) {
                taken[start..end].iter_mut().for_each(|t| *t = true);
                if !named.iter().any(|(c, _)| c == code) {
                    named.push((code.as_str(), name.as_str()));
                }
            }
        }
    }
    named
}

pub(super) fn check_date(
    raw: &Spanned<String>,
    field: &str,
    locator: &Locator,
    errors: &mut Vec<DataError>,
) -> Option<PartialDate> {
    match PartialDate::parse(raw.get_ref()) {
        Ok(date) => Some(date),
        Err(error) => {
            errors.push(locator.error(raw, field, format!("\"{}\": {error}", raw.get_ref())));
            None
        }
    }
}

pub(super) fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 80
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}
