//! The plan's budget in the back office (issue 13): the year's tables in
//! the shape of the report's Annex 1 and the consistency checks; the
//! ledger, its rows, entry by form with overspending warned, reversals;
//! the ledger's CSV. The coordination edits; committee members read.

mod entry;
mod import;
mod ledger;

use axum::extract::{DefaultBodyLimit, RawQuery, State};
use axum::handler::Handler;
use domain::Lang;
use domain::account::{Access, Role};
use domain::plan::Plan;
use maud::{Markup, html};

use crate::AppState;
use crate::auth::Ctx;
use crate::i18n::{t, t_args};
use crate::routes::Routes;
use crate::services::budget as service;
use crate::ui::budget as view;
use crate::ui::layout::back_office_page;
use crate::ui::{PageError, PageLang, PageResult};

/// The coordination and the committee members read the budget.
const READERS: Access = Access::Roles(&[Role::Admin, Role::Coordinator, Role::Committee]);

pub fn routes() -> Routes {
    Routes::new()
        .get("/{lang}/bo/budget", READERS, tables_page)
        .get("/{lang}/bo/budget/rows", READERS, ledger::list_page)
        .get("/{lang}/bo/budget/rows.csv", READERS, ledger::csv)
        .get(
            "/{lang}/bo/budget/rows/new",
            Access::COORDINATION,
            entry::new_page,
        )
        .post("/{lang}/bo/budget/rows", Access::COORDINATION, entry::save)
        .get("/{lang}/bo/budget/rows/{id}", READERS, ledger::row_page)
        .post(
            "/{lang}/bo/budget/rows/{id}/reverse",
            Access::COORDINATION,
            ledger::reverse,
        )
        .get(
            "/{lang}/bo/budget/import",
            Access::COORDINATION,
            import::form_page,
        )
        .post(
            "/{lang}/bo/budget/import",
            Access::COORDINATION,
            import::upload.layer(DefaultBodyLimit::max(import::MAX_FILE_BYTES + 64 * 1024)),
        )
        .get(
            "/{lang}/bo/budget/import/{id}",
            Access::COORDINATION,
            import::mapping_step,
        )
        .get(
            "/{lang}/bo/budget/import/{id}/preview",
            Access::COORDINATION,
            import::preview,
        )
        .post(
            "/{lang}/bo/budget/import/{id}/commit",
            Access::COORDINATION,
            import::commit,
        )
}

/// The region's plan, or 404 when the region has none.
pub(crate) fn plan(state: &AppState) -> PageResult<&'static Plan> {
    service::plan(state).ok_or(PageError::NotFound)
}

pub(crate) fn query_value(raw: &Option<String>, key: &str) -> Option<String> {
    form_urlencoded::parse(raw.as_deref().unwrap_or("").as_bytes())
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.into_owned())
        .filter(|v| !v.trim().is_empty())
}

/// The links every budget page starts with.
pub(crate) fn budget_nav(lang: Lang, ctx: &Ctx) -> Markup {
    let l = lang.code();
    let edits = ctx.user.as_ref().is_some_and(|u| u.role.is_coordination());
    html! {
        nav aria-label=(t(lang, "budget-nav")) {
            ul.inline-links {
                li { a href=(format!("/{l}/bo/budget")) { (t(lang, "budget-tables-link")) } }
                li { a href=(format!("/{l}/bo/budget/rows")) { (t(lang, "budget-ledger-link")) } }
                @if edits {
                    li { a href=(format!("/{l}/bo/budget/rows/new")) { (t(lang, "budget-new-row-link")) } }
                    li { a href=(format!("/{l}/bo/budget/import")) { (t(lang, "budget-import-link")) } }
                }
                li { a href=(format!("/{l}/plan/budget")) { (t(lang, "budget-public-link")) } }
            }
        }
    }
}

/// A select of the plan's years, keeping the one shown.
pub(crate) fn year_options(plan: &Plan, current: &str, any: Option<&str>) -> Markup {
    html! {
        @if let Some(any) = any { option value="" selected[current.is_empty()] { (any) } }
        @for y in plan.years() {
            @let v = y.to_string();
            option value=(v) selected[current == v] { (v) }
        }
    }
}

async fn tables_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    RawQuery(raw): RawQuery,
    ctx: Ctx,
) -> PageResult {
    let plan = plan(&state)?;
    let l = lang.code();
    let year = service::year(&state, plan, query_value(&raw, "year").as_deref()).await?;
    let yb = service::year_budget(&state, plan, year).await?;
    let title = t(lang, "budget-title");
    let body = html! {
        h1 { (title) }
        (budget_nav(lang, &ctx))
        p { (t_args(lang, "budget-intro", &[("plan", plan.name(l).to_string().into())])) }
        form.filters method="get" action=(format!("/{l}/bo/budget")) {
            div.field {
                label for="year" { (t(lang, "budget-field-year")) }
                select #year name="year" { (year_options(plan, &year.to_string(), None)) }
            }
            button type="submit" { (t(lang, "budget-show")) }
        }
        h2 { (t_args(lang, "budget-year-title", &[("year", year.into())])) }
        (view::checks(lang, plan, year, &yb.differences))
        h2 { (t(lang, "budget-planned-title")) }
        (view::planned_table(lang, plan, &yb.tables))
        h2 { (t(lang, "budget-actual-title")) }
        (view::actual_tables(lang, plan, &yb.tables))
        h2 { (t(lang, "budget-measures-title")) }
        (view::measures_table(lang, plan, &yb.tables, true))
        h2 { (t(lang, "budget-downloads-title")) }
        p.downloads {
            a href=(format!("/{l}/bo/budget/rows.csv?year={year}")) download {
                (t_args(lang, "budget-download-ledger-csv", &[("year", year.into())]))
            }
        }
    };
    Ok(back_office_page(lang, &ctx, &title, "/bo/budget", body))
}
