//! Saves text as a file, made in the browser: no network, no server.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// Offers `contents` as a download named `file_name`. Failures (a browser without Blob URLs)
/// leave the page as it was; there is nothing useful to tell the reader beyond "nothing
/// happened", which they can see.
pub fn save(file_name: &str, mime: &str, contents: &str) {
    let parts = js_sys::Array::of1(&contents.into());
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(link) = document()
        .create_element("a")
        .map(|a| a.unchecked_into::<HtmlAnchorElement>())
    {
        link.set_href(&url);
        link.set_download(file_name);
        link.click();
    }
    // The download has its own copy once the click has been handled.
    let _ = Url::revoke_object_url(&url);
}
