//! Public pages, server-rendered HTML in four languages; they work without JavaScript.

mod commune;
mod diagnostic;
pub(crate) mod format;
mod home;
pub(crate) mod label;
pub(crate) mod layout;
mod place;
pub mod report;
mod search;
pub(crate) mod sessions;

use axum::extract::{FromRequestParts, RawPathParams, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use domain::Lang;
use domain::account::Access;

use crate::AppState;
use crate::i18n::t;
use crate::routes::Routes;

pub use layout::CSS;

pub fn routes() -> Routes {
    use Access::Public;
    Routes::new()
        .get("/", Public, root)
        .get("/static/app.css", Public, css)
        .get("/static/near.js", Public, near_js)
        .get("/{lang}", Public, lang_root)
        .get("/{lang}/", Public, home::home_page)
        .get("/{lang}/search", Public, search::search_page)
        .get("/{lang}/places/{id}", Public, place::place_page)
        .get("/{lang}/places/{id}/report", Public, report::report_page)
        .post("/{lang}/places/{id}/report", Public, report::send_report)
        .get("/{lang}/communes", Public, commune::communes_page)
        .get("/{lang}/label", Public, label::label_page)
        .get("/{lang}/label/epn", Public, label::labelled_list_page)
        .get("/{lang}/communes/{slug}", Public, commune::commune_page)
        .merge(sessions::routes())
        .merge(diagnostic::routes())
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
pub(crate) async fn not_found(State(_): State<AppState>, req: Request) -> Response {
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

/// The language of a page, taken from the route's `{lang}` segment.
///
/// Only a known code written exactly as the code (`fr`, not `FR` nor
/// `fr-BE`) is accepted; anything else, or a route without a `{lang}`
/// segment, is answered with the French "page not found" page (404).
/// A path whose parameters are not valid UTF-8 keeps axum's own 400 answer.
///
/// It reads the raw path parameters, so a handler can take it alongside a
/// `Path` extractor for its other segments, e.g.
/// `PageLang(lang): PageLang, Path((_, id)): Path<(String, String)>`.
pub(crate) struct PageLang(pub Lang);

impl<S: Send + Sync> FromRequestParts<S> for PageLang {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Response> {
        let params = RawPathParams::from_request_parts(parts, state)
            .await
            .map_err(IntoResponse::into_response)?;
        params
            .iter()
            .find(|(name, _)| *name == "lang")
            .and_then(|(_, code)| Lang::parse(code).filter(|l| l.code() == code))
            .map(PageLang)
            .ok_or_else(|| not_found_page(Lang::Fr))
    }
}
