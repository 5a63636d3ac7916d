//! The two plain files: countries.csv (codes and names) and article.txt (headline and
//! paragraphs).

use crate::{table, DataError, Locator, ARTICLE_PARAGRAPHS};

pub(crate) fn parse_countries(
    file: (&str, &str),
    errors: &mut Vec<DataError>,
) -> Vec<(String, String)> {
    #[derive(serde::Deserialize)]
    struct Row {
        code: String,
        name: String,
    }
    let locator = Locator::new(file.0, file.1);
    let mut countries: Vec<(String, String)> = Vec::new();
    for (line_no, Row { code, name }) in table::rows::<Row>(file, &["code", "name"], errors) {
        if !is_country_code(&code) {
            errors.push(locator.error_at_line(
                line_no,
                "code",
                format!("\"{code}\" is not an ISO 3166-1 alpha-2 code (two capital letters)"),
            ));
        } else if countries.iter().any(|(c, _)| *c == code) {
            errors.push(locator.error_at_line(
                line_no,
                "code",
                format!("duplicate code \"{code}\""),
            ));
        } else if name.is_empty() {
            errors.push(locator.error_at_line(line_no, "name", "empty name".into()));
        } else if let Some(c) = name.chars().find(|c| c.is_control()) {
            errors.push(locator.error_at_line(
                line_no,
                "name",
                format!("contains the control character U+{:04X}", u32::from(c)),
            ));
        } else {
            countries.push((code, name));
        }
    }
    if countries.len() > usize::from(u8::MAX) {
        // The generated name order indexes countries with a u8.
        errors.push(locator.error_at_line(
            1,
            "code",
            format!("{} countries; at most 255 are supported", countries.len()),
        ));
    }
    countries.sort();
    countries
}

fn is_country_code(code: &str) -> bool {
    code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase())
}

pub(crate) fn parse_article(
    file: (&str, &str),
    errors: &mut Vec<DataError>,
) -> (String, Vec<String>) {
    let locator = Locator::new(file.0, file.1);
    let mut lines = file.1.lines().filter(|l| !l.trim().is_empty());
    let headline = lines.next().unwrap_or_default().trim().to_string();
    let paragraphs: Vec<String> = lines.map(|l| l.trim().to_string()).collect();
    if headline.is_empty() {
        errors.push(locator.error_at_line(1, "headline", "the article has no headline".into()));
    }
    if paragraphs.len() != ARTICLE_PARAGRAPHS {
        errors.push(locator.error_at_line(
            1,
            "paragraphs",
            format!(
                "expected a headline and {ARTICLE_PARAGRAPHS} paragraphs, found {} paragraphs",
                paragraphs.len()
            ),
        ));
    }
    (headline, paragraphs)
}
