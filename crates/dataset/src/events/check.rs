//! One curated event: its fields parsed and checked, with every problem located.

use super::*;

pub(super) fn check_event(
    raw: RawEvent,
    locator: &Locator,
    countries: &[(String, String)],
    dates: Option<DatasetDates>,
    errors: &mut Vec<DataError>,
) -> Option<EventRecord> {
    let before = errors.len();
    let id = raw.id.get_ref().clone();
    if !is_slug(&id) {
        errors.push(locator.error(
            &raw.id,
            "id",
            format!("\"{id}\" must be a slug of lowercase letters, digits and single hyphens"),
        ));
    }
    let start = check_date(&raw.date, "date", locator, errors);
    let end = raw
        .end
        .as_ref()
        .and_then(|end| check_date(end, "end", locator, errors));
    if let (Some(start), Some(end), Some(raw_end)) = (start, end, raw.end.as_ref()) {
        if end.last_day_key() < start.first_day_key() {
            errors.push(locator.error(
                raw_end,
                "end",
                format!("{} is before the start date {}", end.iso(), start.iso()),
            ));
        }
    }
    let kind = Kind::from_slug(raw.kind.get_ref());
    if let (Some(kind), Some(date), Some(dates)) = (kind, start, dates) {
        if let Some(message) = date_out_of_span(kind, date, dates) {
            errors.push(locator.error(&raw.date, "date", message));
        }
    }
    if let (Some(kind), Some(end), Some(raw_end), Some(dates)) =
        (kind, end, raw.end.as_ref(), dates)
    {
        if let Some(message) = after_as_of(end, dates.as_of).filter(|_| kind != Kind::Withdrawal) {
            errors.push(locator.error(raw_end, "end", message));
        }
    }
    if kind.is_none() {
        let allowed: Vec<&str> = Kind::ALL.iter().map(|k| k.slug()).collect();
        errors.push(locator.error(
            &raw.kind,
            "kind",
            format!(
                "unknown kind \"{}\"; expected one of {}",
                raw.kind.get_ref(),
                allowed.join(", ")
            ),
        ));
    }
    let raw_codes: Vec<&str> = raw
        .countries
        .iter()
        .flat_map(|codes| codes.get_ref())
        .map(|code| code.get_ref().as_str())
        .collect();
    let mut tagged: Vec<String> = Vec::new();
    for code in raw.countries.iter().flat_map(|codes| codes.get_ref()) {
        if tagged.contains(code.get_ref()) {
            errors.push(locator.error(
                code,
                "countries",
                format!("\"{}\" is listed twice", code.get_ref()),
            ));
        } else if countries.iter().any(|(known, _)| known == code.get_ref()) {
            tagged.push(code.get_ref().clone());
        } else {
            errors.push(locator.error(
                code,
                "countries",
                format!(
                    "unknown country code \"{}\" (not in countries.csv)",
                    code.get_ref()
                ),
            ));
        }
    }
    for (field, text) in [("title", &raw.title), ("summary", &raw.summary)] {
        if let Some(problem) = text_problem(text.get_ref()) {
            errors.push(locator.error(text, field, problem));
        }
        // The rule for `countries` (README): every state the text names is tagged.
        for (code, name) in named_countries(text.get_ref(), countries) {
            if !raw_codes.contains(&code) {
                errors.push(locator.error(
                    raw.countries.as_ref().map_or(&raw.id, |_| text),
                    "countries",
                    format!("the {field} names {name} but `countries` lacks \"{code}\""),
                ));
            }
        }
    }
    let mut paragraphs = Vec::new();
    for number in &raw.paragraphs {
        match u8::try_from(*number.get_ref()) {
            Ok(n) if paragraphs.contains(&n) => errors.push(locator.error(
                number,
                "paragraphs",
                format!("paragraph {n} is listed twice"),
            )),
            Ok(n) if (1..=ARTICLE_PARAGRAPHS as u8).contains(&n) => paragraphs.push(n),
            _ => errors.push(locator.error(
                number,
                "paragraphs",
                format!(
                    "paragraph {} is outside 1–{ARTICLE_PARAGRAPHS}",
                    number.get_ref()
                ),
            )),
        }
    }
    let owner = format!("event \"{}\"", raw.id.get_ref());
    let id_line = locator.line_of(raw.id.span().start);
    let sources = check_sources(&raw.sources, &owner, id_line, locator, errors);
    // The generated tables count each event's lists in a byte.
    for (field, count) in [("sources", sources.len()), ("disputes", raw.disputes.len())] {
        if count > usize::from(u8::MAX) {
            errors.push(locator.error(
                &raw.id,
                field,
                format!("{count} {field}; at most 255 are supported"),
            ));
        }
    }
    for dispute in &raw.disputes {
        let note = &dispute.get_ref().note;
        if let Some(problem) = text_problem(note.get_ref()) {
            errors.push(locator.error(note, "disputes.note", problem));
        }
    }
    let disputes = raw
        .disputes
        .iter()
        .map(|d| d.get_ref().note.get_ref().trim().to_string())
        .collect();

    if errors.len() > before {
        return None;
    }
    Some(EventRecord {
        id,
        start: start?,
        end,
        kind: kind?,
        countries: tagged,
        title: raw.title.into_inner().trim().to_string(),
        summary: raw.summary.into_inner().trim().to_string(),
        paragraphs,
        sources,
        disputes,
    })
}
