//! Saves text as a file, made in the browser: no network, no server.

use gloo_file::{Blob, ObjectUrl};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlAnchorElement;

/// Offers `contents` as a download named `file_name`. Failures (a browser without Blob URLs)
/// leave the page as it was; there is nothing useful to tell the reader beyond "nothing
/// happened", which they can see.
pub fn save(file_name: &str, mime: &str, contents: &str) {
    // Revoked when dropped: the download has its own copy once the click has been handled.
    let url = ObjectUrl::from(Blob::new_with_options(contents, Some(mime)));
    if let Ok(link) = document()
        .create_element("a")
        .map(|a| a.unchecked_into::<HtmlAnchorElement>())
    {
        link.set_href(&url);
        link.set_download(file_name);
        link.click();
    }
}
