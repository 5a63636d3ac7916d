//! The page: the article beside the explorer, sharing one [`ViewState`].

use leptos::html::Div;
use leptos::prelude::*;

use crate::view::article::article_view::ArticleView;
use crate::view::embed::embed_bar::EmbedBar;
use crate::view::embed::embed_dialog::EmbedDialog;
use crate::view::embed::export_buttons::ExportButtons;
use crate::view::filters::filters_panel::FiltersPanel;
use crate::view::filters::url_notice::UrlNotice;
use crate::view::overview::parties_chart::PartiesChart;
use crate::view::overview::status_map::StatusMap;
use crate::view::overview::year_histogram::YearHistogram;
use crate::view::page::masthead::Masthead;
use crate::view::page::site_footer::SiteFooter;
use crate::view::state::{Launch, ViewState};
use crate::view::timeline::list::Timeline;
use crate::view::timeline::status_line::StatusLine;

/// The root element's DOM id, part of the page's contract with hosts and stylesheets.
const APP_ROOT_ID: &str = "ottawa-explorer";

#[component]
pub fn App(
    /// The events to show and the link the page was opened with.
    launch: Launch,
) -> impl IntoView {
    let state = ViewState::new(&launch);
    provide_context(state);
    crate::view::timeline::shortcuts::install(state);

    // Back/forward: the URL is the record, so read the view back from it.
    let popstate =
        window_event_listener(leptos::ev::popstate, move |_| state.restore_from_location());
    on_cleanup(move || popstate.remove());
    // The layout is chosen once, by the link that opened the page.
    let embed = state.with_filter_untracked(|f| f.embed);
    // The element whose size an embed reports to its host page, once it is mounted.
    let root = NodeRef::<Div>::new();
    if embed {
        Effect::new(move |_| {
            if let Some(root) = root.get() {
                crate::view::embed::host_page::report_height(root.into());
            }
        });
    }
    let show_article = move || state.article_open();
    let embed_bar = embed.then(|| view! { <EmbedBar /> });
    let masthead = (!embed).then(|| view! { <Masthead /> });
    let embed_dialog = (!embed).then(|| view! { <EmbedDialog /> });
    let export_buttons = (!embed).then(|| view! { <ExportButtons /> });
    let parties_chart = (!embed).then(|| view! { <PartiesChart /> });
    let status_map = (!embed).then(|| view! { <StatusMap /> });
    let year_histogram = (!embed).then(|| view! { <YearHistogram /> });

    view! {
        <div node_ref=root class="app" id=APP_ROOT_ID class:embed=embed class:show-article=show_article>
            {embed_bar}
            {masthead}
            <main class="layout">
                <ArticleView />
                <section class="explorer" aria-labelledby="timeline-heading">
                    <UrlNotice />
                    <FiltersPanel />
                    <StatusLine />
                    {export_buttons}
                    {embed_dialog}
                    {parties_chart}
                    {status_map}
                    {year_histogram}
                    <Timeline />
                </section>
            </main>
            <SiteFooter />
        </div>
    }
}
