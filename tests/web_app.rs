//! Browser tests of the key components, mounted for real in headless Chromium
//! (`cargo test --target wasm32-unknown-unknown`).
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use leptos::task::tick;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Event, EventInit, HtmlElement, HtmlInputElement};

use ottawa_explorer::model::events;
use ottawa_explorer::query::Catalog;
use ottawa_explorer::view::app::App;
use ottawa_explorer::view::state::Launch;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts a fresh app on a clean URL and returns its root element.
async fn mount_app(query: &str) -> HtmlElement {
    let window = window();
    let path = window.location().pathname().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}{query}")),
        )
        .unwrap();
    let root: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&root).unwrap();
    let launch = Launch::in_browser(Catalog::bundled());
    let handle = leptos::mount::mount_to(root.clone(), move || view! { <App launch /> });
    handle.forget();
    tick().await;
    root
}

fn status_text(root: &HtmlElement) -> String {
    root.query_selector("[role=status]")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap()
}

fn event_ids(root: &HtmlElement) -> Vec<String> {
    let items = root
        .query_selector_all("ol[aria-label=Timeline] li[data-event-id]")
        .unwrap();
    (0..items.length())
        .map(|i| {
            let el: web_sys::Element = items.item(i).unwrap().unchecked_into();
            el.get_attribute("data-event-id").unwrap()
        })
        .collect()
}

/// Waits for timers (the search box's debounce) to fire.
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    tick().await;
}

fn current_query() -> String {
    window().location().search().unwrap()
}

#[wasm_bindgen_test]
async fn the_timeline_lists_every_event_and_the_status_counts_them() {
    let root = mount_app("").await;
    // Windowed: the cards near the viewport are in the page, in date order, newest first.
    let ids = event_ids(&root);
    assert!(
        !ids.is_empty() && ids.len() < events().len(),
        "{} cards",
        ids.len()
    );
    assert_eq!(ids[0], events().last().unwrap().id);
    assert_eq!(
        status_text(&root),
        format!("Showing all {} events", events().len())
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn typing_in_the_search_box_filters_and_writes_the_url() {
    let root = mount_app("").await;
    let input: HtmlInputElement = root
        .query_selector("input[type=search]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    input.set_value("lithuania seimas");
    let init = EventInit::new();
    init.set_bubbles(true);
    input
        .dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
    tick().await;
    // The list follows the keystroke at once; the URL and the announced count wait for a
    // pause in typing.
    let ids = event_ids(&root);
    assert!(!ids.is_empty() && ids.len() < 10, "{ids:?}");
    assert_eq!(current_query(), "");
    assert!(
        status_text(&root).starts_with("Showing all"),
        "held while typing"
    );
    sleep(300).await;
    assert!(status_text(&root).starts_with(&format!("Showing {} of", ids.len())));
    assert_eq!(current_query(), "?q=lithuania+seimas");
    root.remove();
}

#[wasm_bindgen_test]
async fn ticking_a_kind_filters_by_kind() {
    let root = mount_app("").await;
    let checkbox: HtmlElement = root
        .query_selector("#kind-withdrawal")
        .unwrap()
        .unwrap()
        .unchecked_into();
    checkbox.click();
    tick().await;
    let kinds = root.query_selector_all("li[data-event-id]").unwrap();
    assert!(kinds.length() >= 5);
    for i in 0..kinds.length() {
        let el: web_sys::Element = kinds.item(i).unwrap().unchecked_into();
        assert_eq!(el.get_attribute("data-kind").as_deref(), Some("withdrawal"));
    }
    assert_eq!(current_query(), "?kind=withdrawal");
    root.remove();
}

#[wasm_bindgen_test]
async fn a_deep_link_marks_its_event_current_and_shows_its_date_precisely() {
    let root = mount_app("?event=join-ee").await;
    let card = root
        .query_selector("li[data-event-id=join-ee]")
        .unwrap()
        .unwrap();
    assert_eq!(card.get_attribute("aria-current").as_deref(), Some("true"));
    let time = card.query_selector("time").unwrap().unwrap();
    assert_eq!(
        time.get_attribute("datetime").as_deref(),
        Some("2004-05-12")
    );
    assert_eq!(time.text_content().as_deref(), Some("12 May 2004"));
    root.remove();
}

#[wasm_bindgen_test]
async fn a_bad_link_value_is_named_in_the_notice() {
    let root = mount_app("?kind=bogus").await;
    let notice = root
        .query_selector("[aria-label='Link notice']")
        .unwrap()
        .unwrap();
    assert!(notice.text_content().unwrap().contains("kind=“bogus”"));
    assert_eq!(
        status_text(&root),
        format!("Showing all {} events", events().len())
    );
    root.remove();
}
