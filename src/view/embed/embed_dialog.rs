//! "Embed this view": a ready-to-paste iframe for exactly the view on screen, copied with
//! one click (Clipboard API), or selected for the reader to copy where that is refused.

use leptos::html::Textarea;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::query::url::embed::snippet;
use crate::view::state::use_view_state;

const TEXTAREA_ID: &str = "embed-code";

/// Copies `text`, then says how it went. Where the browser refuses, the snippet is selected
/// so Ctrl+C works.
fn copy_to_clipboard(text: &str, area: NodeRef<Textarea>, message: RwSignal<&'static str>) {
    let copied = Closure::once(move |_: JsValue| message.set("Copied."));
    let refused = Closure::once(move |_: JsValue| {
        if let Some(area) = area.get_untracked() {
            area.select();
        }
        message.set("Selected: press Ctrl+C (⌘C on a Mac) to copy.");
    });
    let navigator = window().navigator();
    // Outside a secure context (plain http) there is no Clipboard API at all.
    let has_clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .is_ok_and(|clipboard| !clipboard.is_undefined());
    if !has_clipboard {
        let refusal: &js_sys::Function = refused.as_ref().unchecked_ref();
        let _ = refusal.call1(&JsValue::UNDEFINED, &JsValue::UNDEFINED);
        return;
    }
    let _ = navigator
        .clipboard()
        .write_text(text)
        .then2(&copied, &refused);
    // Each runs at most once; a copy click is rare, so the two small closures may outlive it.
    copied.forget();
    refused.forget();
}

#[component]
pub fn EmbedDialog() -> impl IntoView {
    let state = use_view_state();
    let message = RwSignal::new("");
    let area = NodeRef::<Textarea>::new();
    let base = StoredValue::new(state.page_base());
    let code = move || state.with_filter(|f| snippet(&base.read_value(), f));
    let on_copy = move |_| copy_to_clipboard(&code(), area, message);

    view! {
        <details class="embed-dialog">
            <summary class="embed-toggle">"Embed this view"</summary>
            <div class="embed-panel">
                <label for=TEXTAREA_ID>
                    "Paste this into your page to embed the view on screen:"
                </label>
                <textarea node_ref=area id=TEXTAREA_ID readonly rows="7" spellcheck="false" prop:value=code></textarea>
                <div class="embed-actions">
                    <button type="button" on:click=on_copy>
                        "Copy embed code"
                    </button>
                    <span class="embed-message" aria-live="polite">
                        {move || message.get()}
                    </span>
                </div>
            </div>
        </details>
    }
}
