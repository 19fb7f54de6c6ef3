//! Public pages, server-rendered HTML in four languages; they work without
//! JavaScript. A front end: it uses `ui` and `services`, never `backoffice`,
//! `api` or `jobs` (docs/ARCHITECTURE.md).

pub mod annual_report;
mod brochures;
mod budget;
mod calls;
mod capacity;
mod card;
mod commune;
mod contact;
mod diagnostic;
mod equipment;
mod figures;
mod funded;
mod home;
mod label;
mod opendata;
mod place;
mod plan;
mod report;
mod search;
mod sessions;
mod survey_answer;
mod survey_results;

use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Redirect, Response};
use domain::Lang;
use domain::account::Access;

use crate::routes::Routes;
use crate::ui::PageError;
use crate::ui::layout::CSS;

/// The small script that offers "near me" where the browser can give a position.
const NEAR_JS: &str = include_str!("../../static/near.js");
/// The small map beside the results, loaded only by pages that show one.
const MAP_JS: &str = include_str!("../../static/map.js");

pub fn routes() -> Routes {
    use Access::Public;
    Routes::new()
        .get("/", Public, root)
        .get("/static/app.css", Public, css)
        .get("/static/near.js", Public, near_js)
        .get("/static/map.js", Public, map_js)
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
        .merge(opendata::routes())
        .merge(budget::routes())
        .merge(plan::routes())
        .merge(funded::routes())
        .merge(brochures::routes())
        .merge(annual_report::routes())
        .merge(calls::routes())
        .merge(equipment::routes())
        .merge(figures::routes())
        .merge(survey_answer::routes())
        .merge(survey_results::routes())
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
        None => PageError::NotFound.into_response(),
    }
}

async fn css() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        CSS.as_str(),
    )
        .into_response()
}

async fn near_js() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        NEAR_JS,
    )
        .into_response()
}

async fn map_js() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        MAP_JS,
    )
        .into_response()
}
