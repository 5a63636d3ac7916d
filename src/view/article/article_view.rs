//! The article, verbatim: its headline and paragraphs `p1`…`p10`.

use leptos::prelude::*;

use crate::view::article::article_paragraph::ArticleParagraph;
use crate::view::state::use_view_state;

#[component]
pub fn ArticleView() -> impl IntoView {
    let catalog = use_view_state().catalog();
    let paragraphs = catalog
        .paragraphs()
        .iter()
        .enumerate()
        .map(|(i, text)| view! { <ArticleParagraph number=(i + 1) as u8 text=*text /> })
        .collect_view();
    view! {
        <article class="article" aria-labelledby="headline">
            <h1 id="headline">{catalog.headline()}</h1>
            {paragraphs}
        </article>
    }
}
