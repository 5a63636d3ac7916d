//! The three CSV files, read with the `csv` crate into typed rows. The header must be exactly
//! the expected one and each row must have its number of columns; a broken row is reported
//! with its line and skipped, so one typo yields one message.

use serde::de::DeserializeOwned;

use crate::{DataError, Locator};

/// The rows of `file` (name, text) as `Row`s, each with its 1-based line number.
pub(crate) fn rows<Row: DeserializeOwned>(
    file: (&str, &str),
    header: &[&str],
    errors: &mut Vec<DataError>,
) -> Vec<(usize, Row)> {
    let locator = Locator::new(file.0, file.1);
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .flexible(true)
        .from_reader(file.1.as_bytes());
    let header_matches = reader
        .headers()
        .is_ok_and(|found| found.iter().eq(header.iter().copied()));
    if !header_matches {
        let expected = header.join(",");
        errors.push(locator.error_at_line(1, "header", format!("expected `{expected}`")));
    }
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = match record {
            Ok(record) => record,
            Err(error) => {
                let line = error.position().map_or(1, |p| p.line() as usize);
                errors.push(locator.error_at_line(line, "row", format!("not valid CSV: {error}")));
                continue;
            }
        };
        let line = record.position().map_or(1, |p| p.line() as usize);
        if record.len() != header.len() {
            let message = format!("expected {} columns, found {}", header.len(), record.len());
            errors.push(locator.error_at_line(line, "row", message));
            continue;
        }
        match record.deserialize(None) {
            Ok(row) => rows.push((line, row)),
            Err(error) => errors.push(locator.error_at_line(line, "row", error.to_string())),
        }
    }
    rows
}
