//! The home page: one search box and a few plain sentences.

use axum::extract::State;
use axum::response::Response;
use maud::html;

use super::search::search_box;
use crate::AppState;
use crate::i18n::t;
use crate::ui::PageLang;
use crate::ui::layout::page;

pub async fn home_page(State(_state): State<AppState>, PageLang(lang): PageLang) -> Response {
    let body = html! {
        h1 { (t(lang, "home-title")) }
        (search_box(lang, "", true))
        ul.home-links {
            li { a href=(format!("/{}/diagnostic", lang.code())) { (t(lang, "diagp-home-link")) } }
            li { a href=(format!("/{}/sessions", lang.code())) { (t(lang, "contact-home-sessions")) } }
            li { a href=(format!("/{}/label", lang.code())) { (t(lang, "contact-home-label")) } }
        }
        section.explain aria-labelledby="what-epn" {
            h2 #what-epn { (t(lang, "home-what-title")) }
            p { (t(lang, "home-what-epn")) }
            p { (t(lang, "home-free")) }
            p { (t(lang, "home-call")) }
        }
    };
    page(lang, &t(lang, "home-title"), "/", body, None)
}
