//! The plan's budget for everyone, `/{lang}/plan/budget`: the planned
//! budget by axis and source and per measure, always; the actual spending
//! only when the region makes it public (`actuals_public`); the consistency
//! checks of the declared totals with the actuals.

use axum::extract::{RawQuery, State};
use domain::account::Access;
use maud::html;

use crate::AppState;
use crate::i18n::{t, t_args};
use crate::routes::Routes;
use crate::services::budget as service;
use crate::ui::budget as view;
use crate::ui::layout::page;
use crate::ui::{PageError, PageLang, PageResult};

pub(super) fn routes() -> Routes {
    Routes::new().get("/{lang}/plan/budget", Access::Public, budget_page)
}

async fn budget_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    RawQuery(raw): RawQuery,
) -> PageResult {
    let plan = service::plan(&state).ok_or(PageError::NotFound)?;
    let l = lang.code();
    let asked = form_urlencoded::parse(raw.as_deref().unwrap_or("").as_bytes())
        .find(|(k, _)| k == "year")
        .map(|(_, v)| v.into_owned());
    let year = service::year(&state, plan, asked.as_deref()).await?;
    let yb = service::year_budget(&state, plan, year).await?;
    let actuals = service::actuals_public(&state, plan);
    let title = t(lang, "budget-public-title");
    let body = html! {
        h1 { (title) }
        p { (t_args(lang, "budget-public-intro", &[("plan", plan.name(l).to_string().into())])) }
        p { a href=(format!("/{l}/plan")) { (t(lang, "plan-pages-budget-plan-link")) } }
        form.filters method="get" action=(format!("/{l}/plan/budget")) {
            div.field {
                label for="year" { (t(lang, "budget-field-year")) }
                select #year name="year" {
                    @for y in plan.years() {
                        option value=(y) selected[y == year] { (y) }
                    }
                }
            }
            button type="submit" { (t(lang, "budget-show")) }
        }
        h2 { (t_args(lang, "budget-year-title", &[("year", year.into())])) }
        h3 { (t(lang, "budget-planned-title")) }
        (view::planned_table(lang, plan, &yb.tables))
        @if actuals {
            h3 { (t(lang, "budget-actual-title")) }
            (view::actual_tables(lang, plan, &yb.tables))
        } @else {
            p #budget-actuals-not-public { (t(lang, "budget-actuals-not-public")) }
        }
        h3 { (t(lang, "budget-measures-title")) }
        (view::measures_table(lang, plan, &yb.tables, actuals))
        @if actuals {
            (view::checks(lang, plan, year, &yb.differences))
        }
    };
    Ok(page(lang, &title, "/plan/budget", body, None))
}
