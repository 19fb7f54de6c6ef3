//! The open-data page, `/{lang}/open-data`: each format explained in plain
//! language with its download, the licence, the API.

use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::Response;
use domain::account::Access;
use maud::html;

use crate::AppState;
use crate::i18n::{t, t_args};
use crate::routes::Routes;
use crate::services::exports::Format;
use crate::ui::format::long_date;
use crate::ui::layout::page;
use crate::ui::{PageError, PageLang, PageResult};

pub(super) fn routes() -> Routes {
    let mut r = Routes::new().get("/{lang}/open-data", Access::Public, open_data_page);
    for f in Format::ALL {
        r = r.get(&f.url(), Access::Public, move |s: State<AppState>| {
            download(s, f)
        });
    }
    r
}

async fn download(State(state): State<AppState>, format: Format) -> PageResult {
    let dir = state.directory();
    let places: Vec<domain::Place> = dir.places().collect();
    let bytes = format
        .render(&places, &state.region, &state.vocab)
        .map_err(|e| PageError::internal(format!("{} export: {e}", format.code())))?;
    let mut res = crate::ui::download::attachment(
        format.content_type(),
        &format.file_name(&state.region),
        bytes,
    );
    res.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=300"),
    );
    Ok(res)
}

async fn open_data_page(State(state): State<AppState>, PageLang(lang): PageLang) -> Response {
    let dir = state.directory();
    // The directory lists only places of the region: every one is published.
    let count = dir.len();
    let latest = dir.summaries().map(|p| p.updated_on).max().unwrap_or("");
    let licence = &state.region.data_licence;
    let region_name = state.region.display(&state.region.name, lang);
    let title = t(lang, "opendata-title");
    let body = html! {
        h1 { (title) }
        p { (t_args(lang, "opendata-intro", &[("region", region_name.to_owned().into())])) }
        p { (t_args(lang, "opendata-count", &[("count", count.into())]))
            @if !latest.is_empty() { " " (t_args(lang, "opendata-latest", &[("date", long_date(lang, latest).into())])) } }
        h2 { (t(lang, "opendata-licence-title")) }
        p { (t(lang, "opendata-licence-text")) " "
            a href=(licence.url) lang="en" { (licence.name) } " (" (licence.id) ")." }
        p { (t(lang, "opendata-licence-cite")) }
        h2 { (t(lang, "opendata-downloads-title")) }
        ul.downloads {
            @for f in Format::ALL {
                li {
                    a href=(f.url()) download=(f.file_name(&state.region)) {
                        (t(lang, &format!("opendata-{}-name", f.code())))
                    }
                    p { (t(lang, &format!("opendata-{}-what", f.code()))) }
                }
            }
        }
        @if crate::services::budget::plan(&state).is_some() {
            h2 { (t(lang, "budget-opendata-title")) }
            p { (t(lang, "budget-opendata-text")) " "
                a href=(format!("/{}/plan/budget", lang.code())) { (t(lang, "budget-opendata-link")) } }
            h2 { (t(lang, "plan-pages-opendata-title")) }
            p { (t(lang, "plan-pages-opendata-text")) " "
                a href=(format!("/{}/plan", lang.code())) { (t(lang, "plan-pages-opendata-link")) } " · "
                a href=(format!("/{}/plan/deliverables.csv", lang.code())) download { (t(lang, "plan-pages-csv-link")) } }
        }
        h2 { (t(lang, "opendata-grants-title")) }
        p { (t(lang, "opendata-grants-text")) " "
            a href=(format!("/{}/funded-projects", lang.code())) { (t(lang, "opendata-grants-link")) } }
        ul {
            @for f in crate::services::awards::GivingFormat::ALL {
                li { a href=(f.url()) download { (t(lang, &format!("funded-download-{}", f.code()))) } }
            }
        }
        h2 { (t(lang, "opendata-api-title")) }
        p { (t(lang, "opendata-api-text")) " " a href="/api/v1/openapi.json" { (t(lang, "opendata-api-link")) } }
        h2 { (t(lang, "opendata-standards-title")) }
        p { (t(lang, "opendata-standards-text")) }
    };
    page(lang, &title, "/open-data", body, None)
}
