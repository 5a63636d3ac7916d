//! Where the data comes from, how current it is and what changed, and which build this is.

use leptos::prelude::*;

use crate::view::page::whats_changed::WhatsChanged;
use crate::view::state::use_view_state;

/// Set at build time to tell deployments apart (the update test builds a second one).
const BUILD_LABEL: Option<&str> = option_env!("OTTAWA_BUILD_LABEL");

#[component]
pub fn SiteFooter() -> impl IntoView {
    let build = BUILD_LABEL
        .map(|label| view! { <span class="build-label">{format!(" · Build {label}")}</span> });
    let catalog = use_view_state().catalog();
    let as_of = catalog.as_of();
    let provenance = [
        ". Parties, signatures and withdrawals: UN Treaty Collection, status as at ",
        &catalog.un_status_as_at().human(),
        ". Every event links its own sources.",
    ]
    .concat();
    view! {
        <footer class="site-footer">
            <p>
                <strong class="data-as-of">
                    "Data as of " <time datetime=as_of.iso()>{as_of.human()}</time>
                </strong>
                {provenance}
                {build}
            </p>
            <WhatsChanged />
        </footer>
    }
}
