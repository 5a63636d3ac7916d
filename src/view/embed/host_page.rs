//! Talking to the page that embeds us: only ever our height, only ever to `window.parent`,
//! in the two documented formats. Nothing here reads from or scripts the host.

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::query::url::embed::{pym_child_id, pym_height_message, HEIGHT_MESSAGE_TYPE};

/// Posts `root`'s height to the parent frame now and whenever it changes size, until the
/// calling component is cleaned up.
pub fn report_height(root: web_sys::Element) {
    let Ok(Some(parent)) = window().parent() else {
        return;
    };
    if js_sys::Object::is(&parent, &window()) {
        return; // not in a frame
    }
    let child_id = pym_child_id(&window().location().search().unwrap_or_default());
    let mut last_height = 0;
    let measured = root.clone();
    let on_resize = Closure::<dyn FnMut()>::new(move || {
        let height = measured.get_bounding_client_rect().height().ceil() as u32;
        if height == last_height {
            return;
        }
        last_height = height;
        if let Some(id) = &child_id {
            let _ = parent.post_message(&JsValue::from_str(&pym_height_message(id, height)), "*");
        }
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE_TYPE.into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
        let _ = parent.post_message(&message, "*");
    });
    let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) else {
        return;
    };
    observer.observe(&root);
    // The observer and its callback are released together, when the app is.
    let observing = SendWrapper::new((observer, on_resize));
    on_cleanup(move || observing.take().0.disconnect());
}
