//! Embedding: the links, the copy-and-paste snippet and the height messages, as pure text.
//!
//! The message formats are a public contract (README.md): news sites' pages listen for them.

use super::to_query;
use crate::query::Filter;

/// `type` of the JSON height message posted to the host page.
pub const HEIGHT_MESSAGE_TYPE: &str = "ottawa-explorer:height";
/// Height the snippet's iframe starts at, before the first height message arrives.
pub const SNIPPET_INITIAL_HEIGHT: u32 = 640;

/// The link that opens `filter`'s view inside an iframe.
pub fn embed_url(base: &str, filter: &Filter) -> String {
    let embedded = Filter {
        embed: true,
        ..filter.clone()
    };
    [base, &to_query(&embedded)].concat()
}

/// The link that opens `filter`'s view as the full page.
pub fn full_url(base: &str, filter: &Filter) -> String {
    let full = Filter {
        embed: false,
        ..filter.clone()
    };
    [base, &to_query(&full)].concat()
}

/// pym.js's message format, so a host page using pym's parent script resizes the iframe:
/// `pymxPYMx{childId}xPYMxheightxPYMx{px}`.
pub fn pym_height_message(child_id: &str, height: u32) -> String {
    format!("pymxPYMx{child_id}xPYMxheightxPYMx{height}")
}

/// pym.js passes the host's element id as `childId`. It is echoed into messages, so only a
/// plain identifier is accepted.
pub fn pym_child_id(query: &str) -> Option<String> {
    let query = query.strip_prefix('?').unwrap_or(query);
    form_urlencoded::parse(query.as_bytes())
        .find(|(key, _)| key == "childId")
        .map(|(_, value)| value.into_owned())
        .filter(|id| {
            (1..=64).contains(&id.len())
                && id
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.'))
        })
}

fn escape_attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// `https://host:port` of a URL: what a host page compares `MessageEvent.origin` with.
pub fn origin_of(url: &str) -> &str {
    let after_scheme = url.find("://").map_or(0, |i| i + 3);
    let end = url[after_scheme..]
        .find('/')
        .map_or(url.len(), |i| after_scheme + i);
    &url[..end]
}

/// A ready-to-paste embed: the iframe for exactly this view, and a few lines of script that
/// apply the height messages to it, from this origin only, so no other frame on the host page
/// can resize it.
pub fn snippet(base: &str, filter: &Filter) -> String {
    let src = escape_attribute(&embed_url(base, filter));
    let origin = origin_of(base).replace(['"', '\\', '<'], "");
    format!(
        "<iframe src=\"{src}\" title=\"Timeline: the Mine Ban Treaty and the 2025–26 withdrawals\" \
loading=\"lazy\" width=\"100%\" height=\"{SNIPPET_INITIAL_HEIGHT}\" style=\"border:0;width:100%\"></iframe>\n\
<script>\n\
addEventListener(\"message\", function (e) {{\n\
  var d = e.data;\n\
  if (e.origin !== \"{origin}\" || !d || d.type !== \"{HEIGHT_MESSAGE_TYPE}\" || typeof d.height !== \"number\") return;\n\
  document.querySelectorAll(\"iframe\").forEach(function (f) {{\n\
    if (f.contentWindow === e.source) f.style.height = d.height + \"px\";\n\
  }});\n\
}});\n\
</script>"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::parse;

    #[test]
    fn links_keep_the_view_and_toggle_the_layout() {
        let filter = parse("?country=EE,LV&kind=withdrawal&event=join-ee").filter;
        let embed = embed_url("https://example.org/ottawa/", &filter);
        assert_eq!(
            embed,
            "https://example.org/ottawa/?country=EE,LV&kind=withdrawal&event=join-ee&embed=1"
        );
        let (_, query) = embed.split_once('?').unwrap();
        let full = full_url("https://example.org/ottawa/", &parse(query).filter);
        assert_eq!(
            full,
            "https://example.org/ottawa/?country=EE,LV&kind=withdrawal&event=join-ee"
        );
    }

    #[test]
    fn snippet_embeds_exactly_this_view_with_escaped_attributes() {
        let filter = parse("?q=a\"b&country=FI").filter;
        let html = snippet("https://example.org/", &filter);
        assert!(html.starts_with(
            "<iframe src=\"https://example.org/?q=a%22b&amp;country=FI&amp;embed=1\""
        ));
        assert!(html.contains("loading=\"lazy\""));
        assert!(html.contains("title=\""));
        assert!(html.contains("ottawa-explorer:height"));
        assert!(html.contains("e.origin !== \"https://example.org\""));
        assert_eq!(html.matches("<iframe").count(), 1);
    }

    #[test]
    fn origins_stop_at_the_path() {
        assert_eq!(
            origin_of("https://example.org/ottawa/"),
            "https://example.org"
        );
        assert_eq!(origin_of("http://127.0.0.1:8080/"), "http://127.0.0.1:8080");
        assert_eq!(origin_of("https://example.org"), "https://example.org");
    }

    #[test]
    fn pym_messages_and_ids() {
        assert_eq!(
            pym_height_message("embed-1", 612),
            "pymxPYMxembed-1xPYMxheightxPYMx612"
        );
        assert_eq!(
            pym_child_id("?initialWidth=600&childId=graphic&parentTitle=x").as_deref(),
            Some("graphic")
        );
        assert_eq!(pym_child_id("?childId=a%22%3E%3Cscript"), None);
        assert_eq!(pym_child_id("?country=FI"), None);
        assert_eq!(pym_child_id(&format!("?childId={}", "a".repeat(65))), None);
    }
}
