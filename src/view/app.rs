//! The page: the article beside the explorer, sharing one [`ViewState`].

use leptos::prelude::*;

use super::article_view::ArticleView;
use super::embed_bar::EmbedBar;
use super::embed_dialog::EmbedDialog;
use super::export_buttons::ExportButtons;
use super::filters_panel::FiltersPanel;
use super::masthead::Masthead;
use super::parties_chart::PartiesChart;
use super::site_footer::SiteFooter;
use super::state::ViewState;
use super::status_line::StatusLine;
use super::status_map::StatusMap;
use super::timeline::Timeline;
use super::url_notice::UrlNotice;
use super::year_histogram::YearHistogram;

/// The element whose size an embed reports to its host page.
const APP_ROOT_ID: &str = "ottawa-explorer";

#[component]
pub fn App() -> impl IntoView {
    let state = ViewState::from_location();
    provide_context(state);
    super::shortcuts::install(state);

    // Back/forward: the URL is the record, so read the view back from it.
    let _ = window_event_listener(leptos::ev::popstate, move |_| state.restore_from_location());
    // The layout is chosen once, by the link that opened the page.
    let embed = state.filter.with_untracked(|f| f.embed);
    if embed {
        // Once the first frame is laid out, keep the host informed of our height.
        request_animation_frame(|| {
            if let Some(root) = document().get_element_by_id(APP_ROOT_ID) {
                super::host_page::report_height(root);
            }
        });
    }
    let show_article = move || state.article_open.get();
    let embed_bar = embed.then(|| view! { <EmbedBar /> });
    let masthead = (!embed).then(|| view! { <Masthead /> });
    let embed_dialog = (!embed).then(|| view! { <EmbedDialog /> });
    let export_buttons = (!embed).then(|| view! { <ExportButtons /> });
    let parties_chart = (!embed).then(|| view! { <PartiesChart /> });
    let status_map = (!embed).then(|| view! { <StatusMap /> });
    let year_histogram = (!embed).then(|| view! { <YearHistogram /> });

    view! {
        <div class="app" id=APP_ROOT_ID class:embed=embed class:show-article=show_article>
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
