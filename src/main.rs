//! Chooses the data, hands it to the app and mounts it. Everything else lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    use ottawa_explorer::query::Catalog;
    use ottawa_explorer::view::app::App;
    use ottawa_explorer::view::state::Launch;

    // Debug builds and browser tests print a panic's message to the console. Release builds
    // abort on panic (the hook would never run), and web/crash-guard.js then shows a way back.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();

    let launch = Launch::in_browser(Catalog::bundled());
    // A benchmark build (feature `synthetic`) shows the generated dataset `?synthetic=N` asks
    // for, and keeps that parameter in every URL it writes.
    #[cfg(feature = "synthetic")]
    let launch = synthetic(launch);

    leptos::mount::mount_to_body(move || leptos::view! { <App launch /> });
    #[cfg(feature = "test-hooks")]
    ottawa_explorer::view::test_hooks::install();
}

/// The benchmark dataset of `?synthetic=N` in place of the bundled one, if the link asks.
#[cfg(all(target_arch = "wasm32", feature = "synthetic"))]
fn synthetic(
    mut launch: ottawa_explorer::view::state::Launch,
) -> ottawa_explorer::view::state::Launch {
    use ottawa_explorer::query::synthetic::{generate, requested_size, SEED};
    use ottawa_explorer::query::Catalog;

    if let Some(size) = requested_size(&launch.link) {
        let events = generate(size, SEED);
        launch.catalog = std::sync::Arc::new(Catalog::new(Box::leak(events.into_boxed_slice())));
        let carried = &mut launch.carried_params;
        if !carried.is_empty() {
            carried.push('&');
        }
        carried.push_str(&format!("synthetic={size}"));
    }
    launch
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("ottawa-explorer runs in the browser: build it with `bash scripts/serve.sh`");
}
