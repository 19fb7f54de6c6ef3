//! The plan's annual report, public: `/{lang}/annual-report` lists the
//! plan's years, `/{lang}/annual-report/{year}` is a year's report as a page
//! that reads on a phone and prints well (the published texts of the
//! coordination, the figures from the data, each linked to its page); with
//! the `pdf` feature, `/{lang}/annual-report/{year}/pdf` is the same report
//! as a tagged PDF (PDF/UA-1).

use axum::extract::{Path, State};
use domain::Lang;
use domain::account::Access;
use maud::html;

use crate::AppState;
use crate::i18n::{t, t_args};
use crate::routes::Routes;
use domain::annual_report::Report;

use crate::services::annual_report::{Texts, build, years};
use crate::ui::annual_report::report_body;
use crate::ui::layout::page;
use crate::ui::{PageError, PageLang, PageResult};

pub(super) fn routes() -> Routes {
    let r = Routes::new()
        .get("/{lang}/annual-report", Access::Public, list_page)
        .get("/{lang}/annual-report/{year}", Access::Public, report_page);
    #[cfg(feature = "pdf")]
    let r = r.get("/{lang}/annual-report/{year}/pdf", Access::Public, pdf);
    r
}

/// A year of the plan as typed in the address.
fn year_of(s: &str) -> Result<i32, PageError> {
    crate::services::annual_report::year_of(s).ok_or(PageError::NotFound)
}

async fn list_page(State(state): State<AppState>, PageLang(lang): PageLang) -> PageResult {
    let plan = crate::services::budget::plan(&state).ok_or(PageError::NotFound)?;
    let l = lang.code();
    let title = t(lang, "annual-list-title");
    let body = html! {
        h1 { (title) }
        p { (t_args(lang, "annual-list-intro", &[("plan", plan.name(l).to_owned().into())])) }
        ul {
            @for y in years(plan) {
                li { a href=(format!("/{l}/annual-report/{y}")) { (t_args(lang, "annual-year-link", &[("year", y.into())])) } }
            }
        }
    };
    Ok(page(lang, &title, "/annual-report", body, None))
}

async fn report_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, year)): Path<(String, String)>,
) -> PageResult {
    let year = year_of(&year)?;
    let r = build(&state, lang, year, Texts::Published)
        .await?
        .ok_or(PageError::NotFound)?;
    let body = report_body(lang, &r, false);
    Ok(page(
        lang,
        &r.title,
        &format!("/annual-report/{year}"),
        body,
        None,
    ))
}

/// The report of `year` as a tagged PDF.
#[cfg(feature = "pdf")]
pub(crate) async fn report_pdf(
    state: &AppState,
    lang: Lang,
    year: i32,
    texts: Texts,
) -> Result<Option<Vec<u8>>, PageError> {
    let Some(r) = build(state, lang, year, texts).await? else {
        return Ok(None);
    };
    let publisher = state.region.display(&state.region.name, lang).to_owned();
    let link = |p: &str| state.config.link(p);
    let doc = crate::services::annual_report::document(&r, &publisher, &link);
    // Laying out a document takes the CPU for a while: not on the I/O threads.
    let bytes = tokio::task::spawn_blocking(move || documents::report_pdf(&doc))
        .await
        .map_err(PageError::internal)?
        .map_err(PageError::internal)?;
    Ok(Some(bytes))
}

#[cfg(feature = "pdf")]
async fn pdf(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, year)): Path<(String, String)>,
) -> PageResult {
    let year = year_of(&year)?;
    let bytes = report_pdf(&state, lang, year, Texts::Published)
        .await?
        .ok_or(PageError::NotFound)?;
    Ok(crate::ui::download::inline(
        "application/pdf",
        &format!("annual-report-{year}-{}.pdf", lang.code()),
        bytes,
    ))
}

/// The report as one HTML file that opens anywhere: the page's report with
/// the site's stylesheet inlined, its links leading to `base` (the site's
/// public address).
pub fn standalone(r: &Report, base: &str) -> String {
    let lang = r.lang;
    let markup = html! {
        (maud::DOCTYPE)
        html lang=(lang.code()) dir=(if lang.is_rtl() { "rtl" } else { "ltr" }) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (r.title) }
                base href=(format!("{}/", base.trim_end_matches('/')));
                style { (maud::PreEscaped(crate::ui::layout::CSS.as_str())) }
            }
            body {
                main #main { (report_body(lang, r, false)) }
            }
        }
    };
    markup.into_string()
}
