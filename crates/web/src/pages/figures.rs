//! The public figures, `/{lang}/figures?year=`: the region's aggregates for
//! a calendar year, small cells hidden, each table with its chart and its
//! CSV and spreadsheet downloads (`/{lang}/figures/{table}.csv|.xlsx?year=`).
//! The year is the only filter (docs/figures.md says why).

use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use chrono::Datelike;
use domain::Lang;
use domain::account::Access;
use maud::html;

use crate::AppState;
use crate::i18n::{t, t_args};
use crate::routes::Routes;
use crate::services::figures::export::Kind;
use crate::services::figures::{self, FIRST_YEAR, parse_year, public_year};
use crate::ui::figures::{Downloads, sections as figure_sections};
use crate::ui::form::{FieldError, error_summary, select_field};
use crate::ui::layout::page;
use crate::ui::{PageError, PageLang, PageResult};

pub(super) fn routes() -> Routes {
    Routes::new()
        .get("/{lang}/figures", Access::Public, figures_page)
        .get("/{lang}/figures/{file}", Access::Public, download)
}

fn query_value(raw: &Option<String>, key: &str) -> Option<String> {
    form_urlencoded::parse(raw.as_deref().unwrap_or("").as_bytes())
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.into_owned())
}

/// The year asked for (this year when none), or the error naming the field.
fn year(state: &AppState, lang: Lang, raw: &Option<String>) -> Result<i32, (String, FieldError)> {
    let last = state.today().year();
    match query_value(raw, "year") {
        None => Ok(last),
        Some(typed) => parse_year(&typed, last).ok_or_else(|| {
            let message = t_args(
                lang,
                "figures-error-year",
                &[
                    ("field", t(lang, "figures-field-year").into()),
                    ("first", FIRST_YEAR.to_string().into()),
                    ("last", last.to_string().into()),
                ],
            );
            (typed, FieldError::new("year", message))
        }),
    }
}

async fn figures_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    RawQuery(raw): RawQuery,
) -> PageResult {
    let l = lang.code();
    let last = state.today().year();
    let title = t(lang, "figures-title");
    let (chosen, errors) = match year(&state, lang, &raw) {
        Ok(y) => (Some(y), vec![]),
        Err((_, e)) => (None, vec![e]),
    };
    let sections = match chosen.and_then(public_year) {
        Some(scope) => figures::sections(&state, &scope).await?,
        None => vec![],
    };
    let query = chosen.map(|y| format!("year={y}")).unwrap_or_default();
    let downloads = Downloads {
        path: "figures",
        query: &query,
    };
    let body = html! {
        (error_summary(lang, &errors))
        h1 { (title) }
        p { (t(lang, "figures-intro")) }
        form.filters method="get" action=(format!("/{l}/figures")) {
            (select_field("year", &t(lang, "figures-field-year"), Some(&t(lang, "figures-year-hint")), &errors, html! {
                @for y in (FIRST_YEAR..=last).rev() {
                    option value=(y) selected[chosen == Some(y)] { (y) }
                }
            }))
            button type="submit" { (t(lang, "figures-show")) }
        }
        p.small { (t(lang, "figures-public-note")) }
        (figure_sections(lang, &sections, state.config.small_cell, &downloads))
    };
    let tail = match &raw {
        Some(q) if !q.is_empty() => format!("/figures?{q}"),
        _ => "/figures".to_owned(),
    };
    let mut res = page(lang, &title, &tail, body, None);
    if !errors.is_empty() {
        *res.status_mut() = StatusCode::BAD_REQUEST;
    }
    Ok(res)
}

/// One table of the public figures as CSV or XLSX (suppressed like the page).
async fn download(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, file)): Path<(String, String)>,
    RawQuery(raw): RawQuery,
) -> PageResult {
    let (id, kind) = Kind::of_file(&file).ok_or(PageError::NotFound)?;
    let year = year(&state, lang, &raw).map_err(|_| PageError::NotFound)?;
    let scope = public_year(year).ok_or(PageError::NotFound)?;
    let table = figures::table(&state, &scope, id)
        .await?
        .ok_or(PageError::NotFound)?;
    let bytes = kind
        .render(lang, &table, state.config.small_cell)
        .map_err(PageError::internal)?;
    Ok(crate::ui::download::attachment(
        kind.content_type(),
        &kind.file_name(&table, &year.to_string()),
        bytes,
    ))
}
