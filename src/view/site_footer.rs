//! Where the data comes from, and which build this is.

use leptos::prelude::*;

/// Set at build time to tell deployments apart (the update test builds a second one).
const BUILD_LABEL: Option<&str> = option_env!("OTTAWA_BUILD_LABEL");

#[component]
pub fn SiteFooter() -> impl IntoView {
    let build = BUILD_LABEL
        .map(|label| view! { <span class="build-label">{format!(" · Build {label}")}</span> });
    view! {
        <footer class="site-footer">
            <p>
                "Parties, signatures and withdrawals: UN Treaty Collection, status as at 3 February 2026. "
                "Every event links its own sources."
                {build}
            </p>
        </footer>
    }
}
