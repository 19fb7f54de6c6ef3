//! An axis of the plan, `/{lang}/plan/axes/{code}`: its summary, its
//! measures, its budget for a year (actual spending only when the region
//! makes it public) and its deliverables.

use axum::extract::{Path, RawQuery, State};
use maud::html;

use super::{
    all_deliverables, axis_title, deliverable_list, measure_list, plan_links, query_value,
    the_plan, year_form,
};
use crate::AppState;
use crate::i18n::t;
use crate::services::budget as service;
use crate::ui::budget::axis_summary;
use crate::ui::layout::page;
use crate::ui::{PageError, PageLang, PageResult};

pub(super) async fn axis_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, code)): Path<(String, String)>,
    RawQuery(raw): RawQuery,
) -> PageResult {
    let plan = the_plan(&state)?;
    let axis = plan.axis(&code).ok_or(PageError::NotFound)?;
    let l = lang.code();
    let today = state.today();
    let asked = query_value(raw.as_deref(), "year");
    let year = service::year(&state, plan, asked.as_deref()).await?;
    let yb = service::year_budget(&state, plan, year).await?;
    let actuals = service::actuals_public(&state, plan);
    let all = all_deliverables(&state, plan).await?;
    let numbers: Vec<u32> = plan.measures_of(&axis.code).map(|m| m.number).collect();
    let title = axis_title(lang, axis);
    let here = super::axis_href(l, &axis.code);
    let body = html! {
        h1 { (title) }
        p { (axis.summary(l)) }
        section aria-labelledby="measures-h" {
            h2 #measures-h { (t(lang, "plan-pages-measures-title")) }
            (measure_list(lang, plan, &axis.code, &all, today))
        }
        section aria-labelledby="budget-h" {
            h2 #budget-h { (t(lang, "plan-pages-budget-title")) }
            (year_form(lang, &here, plan, Some(year), false))
            (axis_summary(lang, plan, &yb.tables, &axis.code, actuals))
        }
        section aria-labelledby="deliverables-h" {
            h2 #deliverables-h { (t(lang, "plan-pages-deliverables-title")) }
            (deliverable_list(lang, plan, all.iter().filter(|d| numbers.contains(&d.deliverable.measure)), today, true))
        }
        (plan_links(lang, ""))
    };
    Ok(page(
        lang,
        &title,
        &format!("/plan/axes/{}", axis.code),
        body,
        None,
    ))
}
