//! The article, verbatim: its headline and paragraphs `p1`…`p10`.

use leptos::prelude::*;

use super::article_paragraph::ArticleParagraph;
use crate::model::{HEADLINE, PARAGRAPHS};

#[component]
pub fn ArticleView() -> impl IntoView {
    let paragraphs = PARAGRAPHS
        .iter()
        .enumerate()
        .map(|(i, text)| view! { <ArticleParagraph number=(i + 1) as u8 text=*text /> })
        .collect_view();
    view! {
        <article class="article" aria-labelledby="headline">
            <h1 id="headline">{HEADLINE}</h1>
            {paragraphs}
        </article>
    }
}
