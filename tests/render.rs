//! The app renders natively, to an HTML string, with Leptos's `ssr` feature: no component
//! touches `window` or `document` while rendering. Three views: the default page, the embed
//! and a filtered link. (The pre-render of the page at build time builds on this.)
#![cfg(not(target_arch = "wasm32"))]

use std::sync::Arc;

use hydration_context::SsrSharedContext;
use leptos::prelude::*;

use ottawa_explorer::query::{parse, Catalog};
use ottawa_explorer::view::app::App;
use ottawa_explorer::view::state::Launch;

/// The page that the link `query` opens, as HTML.
fn render(query: &str) -> String {
    // Leptos spawns its render effects' tasks; any executor will do, and tests share one.
    let _ = any_spawner::Executor::init_futures_executor();
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    owner.with(|| {
        let launch = Launch {
            catalog: Arc::new(Catalog::bundled()),
            link: query.to_string(),
            base: "https://example.org/ottawa/".to_string(),
            carried_params: String::new(),
        };
        view! { <App launch /> }.to_html()
    })
}

/// The `data-event-id`s of the rendered cards, in order.
fn card_ids(html: &str) -> Vec<&str> {
    html.split("data-event-id=\"")
        .skip(1)
        .map(|rest| &rest[..rest.find('"').expect("closed attribute")])
        .collect()
}

/// The text of the element with `role="status"`.
fn status(html: &str) -> &str {
    let start = html.find("role=\"status\"").expect("a status line");
    let text = &html[start..];
    let text = &text[text.find('>').unwrap() + 1..];
    &text[..text.find('<').unwrap()]
}

#[test]
fn the_default_view_renders_the_article_the_status_and_the_newest_events() {
    let html = render("");
    let catalog = Catalog::bundled();
    assert!(html.contains("<article"), "the article");
    for number in 1..=10 {
        assert!(
            html.contains(&format!("id=\"p{number}\"")),
            "paragraph {number}"
        );
    }
    assert_eq!(
        status(&html),
        format!("Showing all {} events", catalog.len())
    );
    assert!(
        html.contains("aria-label=\"Timeline\""),
        "the timeline list"
    );
    // The first window: the newest events, in the list's order, before anything is measured.
    let ids = card_ids(&html);
    let newest: Vec<&str> = catalog
        .search(&parse("").filter)
        .iter()
        .map(|e| e.id)
        .take(ids.len())
        .collect();
    assert!(ids.len() >= 12, "only {} cards rendered", ids.len());
    assert_eq!(ids, newest);
    assert!(html.contains("Data as of"), "the footer");
    assert!(
        !html.contains("class=\"embed-bar\""),
        "no embed bar outside the embed"
    );
}

#[test]
fn the_embed_renders_its_bar_and_no_masthead() {
    let html = render("?embed=1");
    assert!(html.contains("class=\"embed-bar\""), "the embed bar");
    assert!(
        !html.contains("class=\"masthead\""),
        "no masthead in the embed"
    );
    assert!(!card_ids(&html).is_empty(), "the timeline's cards");
}

#[test]
fn a_filtered_link_renders_only_its_events_and_names_the_ignored_part() {
    let html = render("?country=FI&kind=notification,withdrawal&country=XX");
    let catalog = Catalog::bundled();
    let expected = catalog.search(&parse("?country=FI&kind=notification,withdrawal").filter);
    assert!(!expected.is_empty());
    assert_eq!(
        status(&html),
        format!("Showing {} of {} events", expected.len(), catalog.len())
    );
    let ids = card_ids(&html);
    assert_eq!(ids, expected.iter().map(|e| e.id).collect::<Vec<_>>());
    assert!(
        html.contains("Link notice"),
        "the notice naming the unknown country"
    );
}
