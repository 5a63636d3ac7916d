//! Mounts the app. Everything else lives in the library.

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        // Debug builds and browser tests print a panic's message to the console. Release
        // builds abort on panic (the hook would never run), and web/crash-guard.js then shows
        // a way back.
        #[cfg(debug_assertions)]
        console_error_panic_hook::set_once();
        leptos::mount::mount_to_body(ottawa_explorer::view::app::App);
        #[cfg(feature = "test-hooks")]
        ottawa_explorer::view::test_hooks::install();
    }
}
