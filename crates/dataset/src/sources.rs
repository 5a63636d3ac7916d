//! Sources, for events and for editor's notes: each an https:// page with a publisher and a
//! title, and never only state media.

use serde::Deserialize;
use toml::Spanned;

use super::{DataError, Locator, SourceRecord};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawSource {
    publisher: Spanned<String>,
    title: Spanned<String>,
    url: Spanned<String>,
}

/// State-run or state-aligned outlets, by web host (subdomains included): never acceptable as
/// the only support of a fact. Russian, Belarusian, Chinese, Iranian and North Korean state
/// media, the Pravda network of sites that republishes them, and state-owned wire and
/// broadcast services that this dataset has met (Turkey's TRT, Bangladesh's BSS).
const STATE_ALIGNED_HOSTS: [&str; 23] = [
    "tass.com",
    "tass.ru",
    "ria.ru",
    "sputnikglobe.com",
    "sputniknews.com",
    "rt.com",
    "news-pravda.com",
    "iz.ru",
    "rg.ru",
    "tvzvezda.ru",
    "news.by",
    "belta.by",
    "sb.by",
    "xinhuanet.com",
    "news.cn",
    "chinaview.cn",
    "globaltimes.cn",
    "cgtn.com",
    "presstv.ir",
    "kcna.kp",
    "trtworld.com",
    "trt.net.tr",
    "bssnews.net",
];

/// The same outlets by name, for a copy on another site ("The Star (Xinhua)"). Matched as
/// whole words, ignoring case.
const STATE_ALIGNED_PUBLISHERS: [&str; 18] = [
    "TASS",
    "RIA Novosti",
    "Sputnik",
    "RT",
    "Pravda network",
    "news-pravda",
    "Izvestia",
    "Rossiyskaya Gazeta",
    "news.by",
    "BelTA",
    "Xinhua",
    "Global Times",
    "CGTN",
    "Press TV",
    "KCNA",
    "TRT World",
    "BSS",
    "Bangladesh Sangbad Sangstha",
];

/// Checks the sources of `owner` (`event "…"` or `the note on paragraph N`), whose header is
/// on `line`: at least one, each an https:// URL with readable texts, not all state media.
pub(crate) fn check_sources(
    raw: &[Spanned<RawSource>],
    owner: &str,
    line: usize,
    locator: &Locator,
    errors: &mut Vec<DataError>,
) -> Vec<SourceRecord> {
    if raw.is_empty() {
        errors.push(locator.error_at_line(line, "sources", format!("{owner} has no sources")));
        return Vec::new();
    }
    let mut sources = Vec::new();
    for source in raw {
        let source = source.get_ref();
        let url = source.url.get_ref().trim();
        if !url.starts_with("https://")
            || url.len() <= "https://".len()
            || url.contains(|c: char| c == ' ' || c.is_control())
        {
            errors.push(locator.error(
                &source.url,
                "sources.url",
                format!("\"{url}\" is not an https:// URL"),
            ));
        }
        for (field, text) in [
            ("sources.publisher", &source.publisher),
            ("sources.title", &source.title),
        ] {
            if let Some(problem) = super::text_problem(text.get_ref()) {
                errors.push(locator.error(text, field, problem));
            }
        }
        sources.push(SourceRecord {
            publisher: source.publisher.get_ref().trim().to_string(),
            title: source.title.get_ref().trim().to_string(),
            url: url.to_string(),
        });
    }
    if sources.iter().all(is_state_aligned) {
        let names: Vec<&str> = sources.iter().map(|s| s.publisher.as_str()).collect();
        errors.push(locator.error_at_line(
            line,
            "sources",
            format!(
                "{owner} cites only state-aligned outlets ({}); add an independent source",
                names.join(", ")
            ),
        ));
    }
    sources
}

/// Whether a source is state media: by its web host or by its publisher's name.
pub(crate) fn is_state_aligned(source: &SourceRecord) -> bool {
    let host = source
        .url
        .trim_start_matches("https://")
        .split(['/', '?', '#', ':'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    let by_host = STATE_ALIGNED_HOSTS
        .iter()
        .any(|bad| host == *bad || host.ends_with(&format!(".{bad}")));
    let publisher = words(&source.publisher);
    by_host
        || STATE_ALIGNED_PUBLISHERS.iter().any(|name| {
            let name = words(name);
            publisher.windows(name.len()).any(|window| window == name)
        })
}

/// Lower-case words: letters and digits, with '.' and '-' kept inside names like news.by.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '.' || c == '-'))
        .map(|word| word.trim_matches(['.', '-']).to_lowercase())
        .filter(|word| !word.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(publisher: &str, url: &str) -> SourceRecord {
        SourceRecord {
            publisher: publisher.into(),
            title: "t".into(),
            url: url.into(),
        }
    }

    #[test]
    fn state_media_is_known_by_host_or_by_name() {
        assert!(is_state_aligned(&source(
            "x",
            "https://tass.com/politics/1"
        )));
        assert!(is_state_aligned(&source(
            "x",
            "https://lv.news-pravda.com/a"
        )));
        assert!(is_state_aligned(&source(
            "The Star (Xinhua)",
            "https://www.thestar.com.my/a"
        )));
        assert!(is_state_aligned(&source("RT", "https://example.org/")));
        // Whole words only: a host that merely ends in the letters is not one of them.
        assert!(!is_state_aligned(&source("Report", "https://art.com/")));
        assert!(!is_state_aligned(&source(
            "ERR News",
            "https://news.err.ee/1"
        )));
        assert!(!is_state_aligned(&source(
            "Reuters (via The Star)",
            "https://www.thestar.com.my/"
        )));
    }
}
