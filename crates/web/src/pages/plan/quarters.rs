//! The deliverables quarter by quarter, `/{lang}/plan/quarters?year=`
//! (every quarter of the plan, or of one year), and all of them as CSV for
//! open data, `/{lang}/plan/deliverables.csv`.

use axum::extract::{RawQuery, State};
use domain::deliverable::Quarter;
use domain::export::{Cell, Table};
use maud::html;

use super::{
    all_deliverables, deliverable_list, plan_links, query_value, status_counts, the_plan, year_form,
};
use crate::AppState;
use crate::i18n::{t, t_args};
use crate::ui::layout::page;
use crate::ui::plan::quarter_text;
use crate::ui::{PageLang, PageResult};

pub(super) async fn quarters_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    RawQuery(raw): RawQuery,
) -> PageResult {
    let plan = the_plan(&state)?;
    let l = lang.code();
    let today = state.today();
    let year = query_value(raw.as_deref(), "year")
        .and_then(|y| y.trim().parse::<i32>().ok())
        .filter(|y| plan.years().contains(y));
    let (first, last) = match year {
        Some(y) => (y, y),
        None => (plan.first_year, plan.last_year),
    };
    let quarters = match (Quarter::new(first, 1), Quarter::new(last, 4)) {
        (Some(a), Some(b)) => Quarter::range(a, b),
        _ => Vec::new(),
    };
    let all = all_deliverables(&state, plan).await?;
    let current = Quarter::of(today);
    let title = t(lang, "plan-pages-quarters-title");
    let tail = match year {
        Some(y) => format!("/plan/quarters?year={y}"),
        None => "/plan/quarters".to_string(),
    };
    let body = html! {
        h1 { (title) }
        p { (plan.name(l)) }
        p { (t(lang, "plan-pages-quarters-intro")) }
        (year_form(lang, &format!("/{l}/plan/quarters"), plan, year, true))
        (status_counts(lang, all.iter().filter(|d| year.is_none_or(|y| d.deliverable.due.year == y)), today))
        @for q in &quarters {
            @let due: Vec<_> = all.iter().filter(|d| d.deliverable.due == *q).collect();
            section.plan-quarter aria-labelledby=(format!("q-{}", q.code())) {
                h2 #(format!("q-{}", q.code())) {
                    (quarter_text(lang, *q))
                    @if *q == current { " " span.small { "(" (t(lang, "plan-pages-current-quarter")) ")" } }
                }
                @if due.is_empty() {
                    p.small { (t(lang, "plan-pages-quarter-empty")) }
                } @else {
                    p.small { (t_args(lang, "plan-pages-quarter-count", &[("count", due.len().into())])) }
                    (deliverable_list(lang, plan, due, today, true))
                }
            }
        }
        p { a href=(format!("/{l}/plan/deliverables.csv")) download { (t(lang, "plan-pages-csv-link")) } }
        (plan_links(lang, "/plan/quarters"))
    };
    Ok(page(lang, &title, &tail, body, None))
}

/// Every deliverable as CSV: codes as data (measure and axis, language,
/// owner, quarter `2022-Q3`, status), whether it is past its due date
/// today, its evidence; every cell neutralised (`domain::text::csv_cell`).
/// Notes stay in the back office.
pub(super) async fn csv(State(state): State<AppState>) -> PageResult {
    let plan = the_plan(&state)?;
    let today = state.today();
    let all = all_deliverables(&state, plan).await?;
    let header = [
        "id", "measure", "axis", "what", "lang", "owner", "due", "status", "overdue", "evidence",
    ];
    let table = Table {
        header: header.iter().map(|h| h.to_string()).collect(),
        rows: all
            .iter()
            .map(|item| {
                let d = &item.deliverable;
                vec![
                    Cell::Integer(item.id),
                    Cell::Integer(d.measure.into()),
                    Cell::opt_text(plan.measure(d.measure).map(|m| m.axis.as_str())),
                    Cell::text(d.what.clone()),
                    Cell::text(d.lang.clone()),
                    Cell::opt_text(d.owner.as_deref()),
                    Cell::text(d.due.code()),
                    Cell::text(d.status.code()),
                    Cell::Bool(d.is_overdue(today)),
                    Cell::opt_text(d.evidence.as_ref().map(|e| e.as_str())),
                ]
            })
            .collect(),
    };
    let name = format!("deliverables-{}.csv", plan.code);
    let bytes = format!("\u{feff}{}", table.to_csv()).into_bytes();
    Ok(crate::ui::download::attachment(
        "text/csv; charset=utf-8",
        &name,
        bytes,
    ))
}
