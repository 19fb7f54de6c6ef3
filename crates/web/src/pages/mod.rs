//! Public pages, server-rendered HTML in four languages; they work without JavaScript.

mod commune;
pub(crate) mod format;
mod home;
pub(crate) mod layout;
mod place;
mod search;

use axum::Router;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use domain::Lang;

use crate::AppState;
use crate::i18n::t;

pub use layout::CSS;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(root))
        .route("/static/app.css", get(css))
        .route("/static/near.js", get(near_js))
        .route("/{lang}", get(lang_root))
        .route("/{lang}/", get(home::home_page))
        .route("/{lang}/search", get(search::search_page))
        .route("/{lang}/places/{id}", get(place::place_page))
        .route("/{lang}/communes", get(commune::communes_page))
        .route("/{lang}/communes/{slug}", get(commune::commune_page))
        .fallback(not_found)
}

/// `/` sends the person to their language's home page.
async fn root(headers: HeaderMap) -> Response {
    let accept = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let lang = Lang::negotiate(accept);
    let mut res = Redirect::to(&format!("/{}/", lang.code())).into_response();
    res.headers_mut().insert(
        header::VARY,
        header::HeaderValue::from_static("Accept-Language"),
    );
    res
}

async fn lang_root(axum::extract::Path(lang): axum::extract::Path<String>) -> Response {
    match Lang::parse(&lang) {
        Some(l) => Redirect::permanent(&format!("/{}/", l.code())).into_response(),
        None => not_found_page(Lang::Fr),
    }
}

async fn css() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        CSS,
    )
        .into_response()
}

async fn near_js() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        layout::NEAR_JS,
    )
        .into_response()
}

/// Unknown pages: a problem report under /api, a helpful page elsewhere.
async fn not_found(State(_): State<AppState>, req: Request) -> Response {
    let path = req.uri().path();
    if path.starts_with("/api/") {
        return crate::error::ApiError::not_found(format!("no such endpoint: {path}"))
            .into_response();
    }
    let lang = path
        .split('/')
        .nth(1)
        .and_then(Lang::parse)
        .unwrap_or(Lang::Fr);
    not_found_page(lang)
}

pub(crate) fn not_found_page(lang: Lang) -> Response {
    let body = maud::html! {
        h1 { (t(lang, "not-found-title")) }
        p { (t(lang, "not-found-text")) }
        p { a href=(format!("/{}/", lang.code())) { (t(lang, "back-home")) } }
    };
    let page = layout::page(lang, &t(lang, "not-found-title"), "/", body, None);
    (StatusCode::NOT_FOUND, page).into_response()
}

/// Parses the language segment of a page URL.
pub(crate) fn lang_or_404(code: &str) -> Result<Lang, Response> {
    Lang::parse(code)
        .filter(|l| l.code() == code)
        .ok_or_else(|| not_found_page(Lang::Fr))
}
