//! Mounts the app. Everything else lives in the library.

fn main() {
    #[cfg(target_arch = "wasm32")]
    leptos::mount::mount_to_body(ottawa_explorer::view::app::App);
}
