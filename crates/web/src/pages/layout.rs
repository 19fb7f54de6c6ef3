//! The page frame: skip link, header with language switcher, main, footer;
//! and the pieces several pages share (search box, pagination).

use axum::response::{Html, IntoResponse, Response};
use domain::Lang;
use maud::{DOCTYPE, Markup, PreEscaped, html};

use crate::i18n::{t, t_args};

pub const CSS: &str = include_str!("../../static/app.css");
pub const NEAR_JS: &str = include_str!("../../static/near.js");

/// Renders a whole page. `tail` is the current path after the language prefix
/// (with its query), so the language switcher keeps the person on the same page.
pub fn page(lang: Lang, title: &str, tail: &str, main: Markup, head: Option<Markup>) -> Response {
    let markup = html! {
        (DOCTYPE)
        html lang=(lang.code()) dir=(if lang.is_rtl() { "rtl" } else { "ltr" }) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " – " (t(lang, "site-name")) }
                link rel="stylesheet" href="/static/app.css";
                link rel="icon" href="data:,";
                script src="/static/near.js" defer {}
                @if let Some(h) = head { (h) }
            }
            body {
                a.skip href="#main" { (t(lang, "skip-to-content")) }
                header.site {
                    a.brand href=(format!("/{}/", lang.code())) { (t(lang, "site-name")) }
                    nav aria-label=(t(lang, "languages")) {
                        ul.langs {
                            @for l in Lang::ALL {
                                li {
                                    @if l == lang {
                                        span aria-current="true" lang=(l.code()) { (l.autonym()) }
                                    } @else {
                                        a href=(format!("/{}{}", l.code(), tail)) lang=(l.code()) hreflang=(l.code()) { (l.autonym()) }
                                    }
                                }
                            }
                        }
                    }
                }
                main #main tabindex="-1" { (main) }
                footer.site {
                    p { (t(lang, "footer-text")) }
                    p { a href=(format!("/{}/communes", lang.code())) { (t(lang, "all-communes")) }
                        " · " a href=(format!("/{}/open-data", lang.code())) { (t(lang, "opendata-link")) }
                        " · " a href="/api/v1/openapi.json" { (t(lang, "api-link")) } }
                }
            }
        }
    };
    Html(markup.into_string()).into_response()
}

/// Embeds JSON-LD safely inside a script data block.
pub fn json_ld(value: &serde_json::Value) -> Markup {
    let json = value.to_string().replace("</", "<\\/");
    html! { script type="application/ld+json" { (PreEscaped(json)) } }
}

/// The search form, on the home and results pages.
pub fn search_box(lang: Lang, q: &str, big: bool) -> Markup {
    html! {
        form.search role="search" action=(format!("/{}/search", lang.code())) method="get" {
            label for="q" class=(if big { "big" } else { "" }) { (t(lang, "search-label")) }
            p.hint #q-hint { (t(lang, "search-hint")) }
            div.row {
                input #q type="search" name="q" value=(q) aria-describedby="q-hint" maxlength="200";
                button type="submit" { (t(lang, "search-button")) }
            }
            // Shown by /static/near.js only when the browser can give a position.
            button.secondary #near-me type="button" hidden
                data-action=(format!("/{}/search", lang.code()))
                data-wait=(t(lang, "near-me-wait"))
                data-error=(t(lang, "near-me-error")) { (t(lang, "near-me")) }
            p #near-me-status role="status" {}
        }
    }
}

/// Previous and next links for a list in pages: `/{lang}/{path}` with the
/// query `raw` and its `page` changed.
pub fn pagination(lang: Lang, path: &str, raw: &str, page: usize, pages: usize) -> Markup {
    let base: Vec<(String, String)> = form_urlencoded::parse(raw.as_bytes())
        .filter(|(k, _)| k != "page")
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    let href = |n: usize| {
        let mut s = form_urlencoded::Serializer::new(String::new());
        for (k, v) in &base {
            s.append_pair(k, v);
        }
        s.append_pair("page", &n.to_string());
        format!("/{}/{path}?{}", lang.code(), s.finish())
    };
    html! {
        nav.pages aria-label=(t(lang, "pagination")) {
            @if page > 1 { a rel="prev" href=(href(page - 1)) { (t(lang, "page-previous")) } }
            span { (t_args(lang, "page-of", &[("page", page.into()), ("pages", pages.into())])) }
            @if page < pages { a rel="next" href=(href(page + 1)) { (t(lang, "page-next")) } }
        }
    }
}
