//! The filtered events as files a reader can download: CSV for spreadsheets, JSON for code.
//! Both carry every event's sources and say what their columns mean.
//!
//! Written by hand rather than with the `csv` and `serde_json` crates: the escaping rules are
//! a few lines each, and those crates would bring serde's machinery into the WASM.

use crate::model::Event;

/// The columns, with what each holds: the CSV's header row and the JSON's `columns`.
pub const COLUMNS: [(&str, &str); 10] = [
    ("id", "stable event id, as in ?event= links"),
    (
        "date",
        "start date, as precise as the sources: YYYY, YYYY-MM or YYYY-MM-DD",
    ),
    ("end", "last day of a span such as a conference, else empty"),
    ("kind", "kind of event, as in ?kind= links"),
    (
        "countries",
        "ISO 3166-1 alpha-2 codes of the states involved, separated by spaces",
    ),
    ("title", "headline"),
    ("summary", "what happened, in the dataset's words"),
    (
        "paragraphs",
        "article paragraphs (1-10) this event explains, separated by spaces",
    ),
    ("sources", "publisher: title <url>, separated by ' | '"),
    (
        "disputes",
        "where reputable sources disagree, separated by ' | '",
    ),
];

/// One event's values, in the order of [`COLUMNS`].
fn fields(event: &Event) -> [String; 10] {
    let sources: Vec<String> = event
        .sources()
        .map(|s| [s.publisher, ": ", s.title, " <", s.url, ">"].concat())
        .collect();
    let paragraphs: Vec<String> = event.paragraphs.iter().map(u8::to_string).collect();
    [
        event.id.to_string(),
        event.start.iso(),
        event.end.map(|d| d.iso()).unwrap_or_default(),
        event.kind.slug().to_string(),
        event.countries.join(" "),
        event.title.to_string(),
        event.summary.to_string(),
        paragraphs.join(" "),
        sources.join(" | "),
        event.disputes.join(" | "),
    ]
}

/// RFC 4180 CSV with a header row naming and explaining each column (`id (stable event
/// id…)`), CRLF line ends, and a leading apostrophe on any field a spreadsheet would run as a
/// formula.
pub fn to_csv(events: &[&Event]) -> String {
    let mut out = String::new();
    let header: Vec<String> = COLUMNS
        .iter()
        .map(|(name, meaning)| csv_field(&[name, " (", meaning, ")"].concat()))
        .collect();
    out.push_str(&header.join(","));
    out.push_str("\r\n");
    for event in events {
        let row: Vec<String> = fields(event).iter().map(|f| csv_field(f)).collect();
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}

fn csv_field(value: &str) -> String {
    // A cell starting with = + - @ is a formula to Excel and LibreOffice: text stays text.
    let guarded = if value.starts_with(['=', '+', '-', '@']) {
        ["'", value].concat()
    } else {
        value.to_string()
    };
    if guarded.contains([',', '"', '\r', '\n']) {
        ["\"", &guarded.replace('"', "\"\""), "\""].concat()
    } else {
        guarded
    }
}

/// `{"about": …, "view": …, "columns": {…}, "events": [{…}]}`, one event per line.
/// `view` is the link that produced the file, so a reader can reopen it.
pub fn to_json(events: &[&Event], view: &str) -> String {
    let mut out = String::from("{\n\"about\": ");
    push_json_string(
        &mut out,
        "Events from Ottawa Explorer, a sourced timeline of the Ottawa Convention (the Mine Ban Treaty).",
    );
    out.push_str(",\n\"view\": ");
    push_json_string(&mut out, view);
    out.push_str(",\n\"columns\": {");
    for (i, (name, meaning)) in COLUMNS.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        push_json_string(&mut out, name);
        out.push_str(": ");
        push_json_string(&mut out, meaning);
    }
    out.push_str("},\n\"events\": [");
    for (i, event) in events.iter().enumerate() {
        out.push_str(if i == 0 { "\n" } else { ",\n" });
        push_event(&mut out, event);
    }
    out.push_str("\n]\n}\n");
    out
}

/// One event as an object. Lists stay lists here (sources as objects), unlike the CSV.
fn push_event(out: &mut String, event: &Event) {
    out.push_str("{\"id\": ");
    push_json_string(out, event.id);
    out.push_str(", \"date\": ");
    push_json_string(out, &event.start.iso());
    out.push_str(", \"end\": ");
    match event.end {
        Some(end) => push_json_string(out, &end.iso()),
        None => out.push_str("null"),
    }
    out.push_str(", \"kind\": ");
    push_json_string(out, event.kind.slug());
    out.push_str(", \"countries\": ");
    push_json_list(out, event.countries.iter().copied());
    out.push_str(", \"title\": ");
    push_json_string(out, event.title);
    out.push_str(", \"summary\": ");
    push_json_string(out, event.summary);
    out.push_str(", \"paragraphs\": [");
    let paragraphs: Vec<String> = event.paragraphs.iter().map(u8::to_string).collect();
    out.push_str(&paragraphs.join(", "));
    out.push_str("], \"sources\": [");
    for (i, source) in event.sources().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str("{\"publisher\": ");
        push_json_string(out, source.publisher);
        out.push_str(", \"title\": ");
        push_json_string(out, source.title);
        out.push_str(", \"url\": ");
        push_json_string(out, source.url);
        out.push('}');
    }
    out.push_str("], \"disputes\": ");
    push_json_list(out, event.disputes.iter().copied());
    out.push('}');
}

fn push_json_list<'a>(out: &mut String, items: impl Iterator<Item = &'a str>) {
    out.push('[');
    for (i, item) in items.enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        push_json_string(out, item);
    }
    out.push(']');
}

/// A JSON string literal: quotes, backslashes and control characters escaped (RFC 8259).
fn push_json_string(out: &mut String, value: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push('"');
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => {
                let code = u32::from(c) as usize;
                out.push_str("\\u00");
                out.push(char::from(HEX[code >> 4]));
                out.push(char::from(HEX[code & 0xf]));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{event_by_id, events};

    #[test]
    fn csv_quotes_what_needs_quoting_and_defuses_formulas() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a, b"), "\"a, b\"");
        assert_eq!(csv_field("say \"no\""), "\"say \"\"no\"\"\"");
        assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
        assert_eq!(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_field("-1"), "'-1");
    }

    #[test]
    fn csv_has_an_explaining_header_and_one_row_per_event() {
        let chosen: Vec<&Event> = events().iter().take(30).collect();
        let csv = to_csv(&chosen);
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert!(lines[0].starts_with("\"id (stable event id, as in ?event= links)\","));
        assert!(lines[0].contains("sources (publisher: title <url>"));
        // 30 rows after the header; no field in this dataset spans lines.
        assert_eq!(
            lines.len(),
            1 + 30 + 1,
            "header, rows, and the final line end"
        );
        assert_eq!(lines.last(), Some(&""));
    }

    #[test]
    fn json_escapes_control_characters_and_quotes() {
        let mut out = String::new();
        push_json_string(&mut out, "a\"b\\c\nd\u{1}é");
        assert_eq!(out, r#""a\"b\\c\nd\u0001é""#);
    }

    #[test]
    fn an_event_keeps_its_sources_and_precision() {
        let estonia = event_by_id("2025-06-27-estonia-notifies-un").unwrap();
        let csv = to_csv(&[estonia]);
        let row = csv.split("\r\n").nth(1).unwrap();
        assert!(row.starts_with("2025-06-27-estonia-notifies-un,2025-06-27,,notification,EE,"));
        assert!(row.contains("United Nations Treaty Collection: "));
        assert!(row.contains("<https://"));
        let json = to_json(&[estonia], "https://example.org/?country=EE");
        assert!(json.contains("\"view\": \"https://example.org/?country=EE\""));
        assert!(json.contains("\"countries\": [\"EE\"]"));
    }
}
