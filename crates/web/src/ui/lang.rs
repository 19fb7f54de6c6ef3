//! The language of a page, taken from the `{lang}` segment of its route.

use axum::extract::{FromRequestParts, RawPathParams};
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use domain::Lang;

use super::error::PageError;

/// The language of a page, taken from the route's `{lang}` segment.
///
/// Only a known code written exactly as the code (`fr`, not `FR` nor
/// `fr-BE`) is accepted; anything else, or a route without a `{lang}`
/// segment, is answered with the "page not found" page (404).
/// A path whose parameters are not valid UTF-8 keeps axum's own 400 answer.
///
/// It reads the raw path parameters, so a handler can take it alongside a
/// `Path` extractor for its other segments, e.g.
/// `PageLang(lang): PageLang, Path((_, id)): Path<(String, String)>`.
pub struct PageLang(pub Lang);

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
            .ok_or_else(|| PageError::NotFound.into_response())
    }
}

/// The language a path's first segment names, French when it names none
/// (for answers given outside a handler: error pages, sign-in redirects).
pub fn path_lang(path: &str) -> Lang {
    path.split('/')
        .nth(1)
        .and_then(Lang::parse)
        .unwrap_or(Lang::Fr)
}
