//! The ledger: rows listed with filters and in pages, one row's details,
//! its reversal (a new row of the opposite amount, with a reason — a row
//! is never edited), the rows as CSV.

use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::response::{IntoResponse, Redirect};
use domain::Lang;
use domain::budget::Phase;
use domain::export::{Cell, Table};
use domain::money::euros_plain;
use domain::plan::Plan;
use maud::{Markup, html};
use store::budget::{LedgerFilter, LedgerRow};

use super::{budget_nav, plan, query_value, year_options};
use crate::AppState;
use crate::auth::{Ctx, csrf_field};
use crate::i18n::{t, t_args};
use crate::ui::budget::{
    action_name, axis_name, euros, field_name, measure_name, phase_name, source_name,
};
use crate::ui::form::{FieldError, error_summary, textarea};
use crate::ui::format::local_datetime;
use crate::ui::layout::{Pages, back_office_page, pagination};
use crate::ui::{PageError, PageLang, PageResult};

const PER_PAGE: i64 = 50;

/// The filters of the list, as typed in the query (kept in the form).
struct Filters {
    year: String,
    phase: String,
    source: String,
    axis: String,
    measure: String,
}

impl Filters {
    fn read(raw: &Option<String>) -> Filters {
        let v = |k| query_value(raw, k).unwrap_or_default();
        Filters {
            year: v("year"),
            phase: v("phase"),
            source: v("source"),
            axis: v("axis"),
            measure: v("measure"),
        }
    }

    /// The store's filter; an unknown value filters nothing out.
    fn to_filter(&self, plan: &Plan) -> LedgerFilter {
        LedgerFilter {
            year: self.year.parse().ok(),
            phase: Phase::parse(&self.phase),
            source: plan.source(&self.source).map(|s| s.code.clone()),
            axis: plan.axis(&self.axis).map(|a| a.code.clone()),
            measure: self
                .measure
                .parse()
                .ok()
                .filter(|n| plan.measure(*n).is_some()),
            limit: PER_PAGE,
            offset: 0,
        }
    }
}

fn filters_form(lang: Lang, plan: &Plan, f: &Filters) -> Markup {
    let l = lang.code();
    let any = t(lang, "budget-filter-any");
    html! {
        form.filters method="get" action=(format!("/{l}/bo/budget/rows")) {
            h2 { (t(lang, "budget-filters-title")) }
            div.field {
                label for="year" { (field_name(lang, "year")) }
                select #year name="year" { (year_options(plan, &f.year, Some(&any))) }
            }
            div.field {
                label for="phase" { (field_name(lang, "phase")) }
                select #phase name="phase" {
                    option value="" selected[f.phase.is_empty()] { (any) }
                    @for p in Phase::ALL { option value=(p.code()) selected[f.phase == p.code()] { (phase_name(lang, p)) } }
                }
            }
            div.field {
                label for="source" { (field_name(lang, "source")) }
                select #source name="source" {
                    option value="" selected[f.source.is_empty()] { (any) }
                    @for s in &plan.sources { option value=(s.code) selected[f.source == s.code] { (s.name(l)) } }
                }
            }
            div.field {
                label for="axis" { (field_name(lang, "axis")) }
                select #axis name="axis" {
                    option value="" selected[f.axis.is_empty()] { (any) }
                    @for a in &plan.axes { option value=(a.code) selected[f.axis == a.code] { (axis_name(lang, plan, &a.code)) } }
                }
            }
            div.field {
                label for="measure" { (field_name(lang, "measure")) }
                select #measure name="measure" {
                    option value="" selected[f.measure.is_empty()] { (any) }
                    @for m in &plan.measures {
                        @let v = m.number.to_string();
                        option value=(v) selected[f.measure == v] { (measure_name(lang, plan, m.number)) }
                    }
                }
            }
            button type="submit" { (t(lang, "budget-filter")) }
        }
    }
}

/// Where a row goes: axis, measure, action.
fn place_text(lang: Lang, plan: &Plan, r: &LedgerRow) -> Markup {
    html! {
        (axis_name(lang, plan, &r.row.axis))
        @if let Some(m) = r.row.measure { br; (measure_name(lang, plan, m)) }
        @if let Some(a) = &r.row.action { br; (action_name(lang, plan, a)) }
    }
}

pub(super) async fn list_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    RawQuery(raw): RawQuery,
    ctx: Ctx,
) -> PageResult {
    let plan = plan(&state)?;
    let l = lang.code();
    let f = Filters::read(&raw);
    let page: usize = query_value(&raw, "page")
        .and_then(|p| p.parse().ok())
        .filter(|p| *p >= 1)
        .unwrap_or(1);
    let mut filter = f.to_filter(plan);
    filter.offset = (page as i64 - 1) * PER_PAGE;
    let (rows, total) = state.db.ledger_rows(&plan.code, &filter).await?;
    let pages = ((total + PER_PAGE - 1) / PER_PAGE).max(1) as usize;
    let title = t(lang, "budget-ledger-title");
    let caption = t_args(
        lang,
        "budget-ledger-caption",
        &[("count", (total as usize).into())],
    );
    let csv_query = raw
        .as_deref()
        .map(|q| {
            form_urlencoded::parse(q.as_bytes())
                .filter(|(k, _)| k != "page")
                .fold(
                    form_urlencoded::Serializer::new(String::new()),
                    |mut s, (k, v)| {
                        s.append_pair(&k, &v);
                        s
                    },
                )
                .finish()
        })
        .unwrap_or_default();
    let body = html! {
        h1 { (title) }
        (budget_nav(lang, &ctx))
        @if let Some(n) = query_value(&raw, "imported").and_then(|n| n.parse::<usize>().ok()) {
            p.notice role="status" { (t_args(lang, "budget-import-done", &[("count", n.into())])) }
        }
        p { (t(lang, "budget-ledger-intro")) }
        (filters_form(lang, plan, &f))
        @if rows.is_empty() { p #budget-ledger-empty { (t(lang, "budget-ledger-empty")) } }
        @else {
            div.table-scroll tabindex="0" role="region" aria-label=(caption) {
                table.bo.budget #budget-ledger {
                    caption { (caption) }
                    thead { tr {
                        th scope="col" { (field_name(lang, "label")) }
                        th scope="col" { (field_name(lang, "year")) }
                        th scope="col" { (field_name(lang, "phase")) }
                        th scope="col" { (field_name(lang, "source")) }
                        th scope="col" { (t(lang, "budget-where")) }
                        th scope="col" { (field_name(lang, "supplier")) }
                        th.num scope="col" { (t(lang, "budget-amount-euros")) }
                    } }
                    tbody {
                        @for r in &rows {
                            tr {
                                th scope="row" {
                                    a href=(format!("/{l}/bo/budget/rows/{}", r.id)) { (r.row.label) }
                                    @if r.reverses.is_some() { br; span.small { (t(lang, "budget-row-is-reversal")) } }
                                    @if r.reversed_by.is_some() { br; span.small { (t(lang, "budget-row-is-reversed")) } }
                                }
                                td { bdi { (r.row.year) } }
                                td { (phase_name(lang, r.row.phase)) }
                                td { (source_name(lang, plan, &r.row.source)) }
                                td { (place_text(lang, plan, r)) }
                                td { (r.row.supplier.as_deref().unwrap_or("")) }
                                (crate::ui::budget::amount(r.row.amount_cents))
                            }
                        }
                    }
                }
            }
            (pagination(lang, "bo/budget/rows", raw.as_deref().unwrap_or(""), page, Pages::Total(pages)))
        }
        p.downloads {
            a href=(format!("/{l}/bo/budget/rows.csv?{csv_query}")) download { (t(lang, "budget-download-rows-csv")) }
        }
    };
    Ok(back_office_page(
        lang,
        &ctx,
        &title,
        "/bo/budget/rows",
        body,
    ))
}

pub(super) async fn row_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    RawQuery(raw): RawQuery,
    ctx: Ctx,
) -> PageResult {
    let plan = plan(&state)?;
    let row = load(&state, plan, &id).await?;
    let notice = query_value(&raw, "saved").map(|_| t(lang, "budget-row-saved"));
    let notice = notice
        .or_else(|| query_value(&raw, "reversed").map(|_| t(lang, "budget-row-reversal-saved")));
    render_row(&state, lang, &ctx, plan, &row, notice, "", &[])
}

async fn load(state: &AppState, plan: &Plan, id: &str) -> PageResult<LedgerRow> {
    let id = id.parse::<i64>().map_err(|_| PageError::NotFound)?;
    state
        .db
        .ledger_row(id)
        .await?
        .filter(|r| r.plan == plan.code)
        .ok_or(PageError::NotFound)
}

#[allow(clippy::too_many_arguments)]
fn render_row(
    state: &AppState,
    lang: Lang,
    ctx: &Ctx,
    plan: &Plan,
    r: &LedgerRow,
    notice: Option<String>,
    reason: &str,
    errors: &[FieldError],
) -> PageResult {
    let l = lang.code();
    let title = t_args(
        lang,
        "budget-row-title",
        &[("label", r.row.label.clone().into())],
    );
    let edits = ctx.user.as_ref().is_some_and(|u| u.role.is_coordination());
    let reversible = r.reverses.is_none() && r.reversed_by.is_none();
    let opt = |v: &Option<String>| v.clone().unwrap_or_else(|| t(lang, "budget-none"));
    let tz = state.region.timezone;
    let body = html! {
        nav.crumbs aria-label=(t(lang, "breadcrumb")) { a href=(format!("/{l}/bo/budget/rows")) { (t(lang, "budget-ledger-title")) } }
        (error_summary(lang, errors))
        h1 { (title) }
        @if let Some(n) = &notice { p.notice role="status" { (n) } }
        dl.details #budget-row {
            dt { (field_name(lang, "amount")) } dd { (euros(r.row.amount_cents)) }
            dt { (field_name(lang, "year")) } dd { bdi { (r.row.year) } }
            dt { (field_name(lang, "phase")) } dd { (phase_name(lang, r.row.phase)) }
            dt { (field_name(lang, "source")) } dd { (source_name(lang, plan, &r.row.source)) }
            dt { (field_name(lang, "axis")) } dd { (axis_name(lang, plan, &r.row.axis)) }
            dt { (field_name(lang, "measure")) } dd { (r.row.measure.map_or_else(|| t(lang, "budget-none"), |m| measure_name(lang, plan, m))) }
            dt { (field_name(lang, "action")) } dd { (r.row.action.as_deref().map_or_else(|| t(lang, "budget-none"), |a| action_name(lang, plan, a))) }
            dt { (field_name(lang, "date")) } dd { (r.row.date.map_or_else(|| t(lang, "budget-none"), |d| crate::ui::format::long_date(lang, &d.to_string()))) }
            dt { (field_name(lang, "supplier")) } dd { (opt(&r.row.supplier)) }
            dt { (field_name(lang, "invoice")) } dd { (opt(&r.row.invoice)) }
            dt { (field_name(lang, "note")) } dd { (opt(&r.row.note)) }
            dt { (field_name(lang, "reason")) } dd { (opt(&r.row.reason)) }
            dt { (t(lang, "budget-origin")) } dd { (t(lang, &format!("budget-origin-{}", r.origin))) }
            dt { (t(lang, "budget-created")) }
            dd { (local_datetime(lang, tz, r.created_at))
                @if let Some(e) = &r.created_by_email { " – " bdi { (e) } } }
            @if let Some(o) = r.reverses {
                dt { (t(lang, "budget-reverses")) }
                dd { a href=(format!("/{l}/bo/budget/rows/{o}")) { (t_args(lang, "budget-row-number", &[("id", o.to_string().into())])) } }
            }
            @if let Some(o) = r.reversed_by {
                dt { (t(lang, "budget-reversed-by")) }
                dd { a href=(format!("/{l}/bo/budget/rows/{o}")) { (t_args(lang, "budget-row-number", &[("id", o.to_string().into())])) } }
            }
        }
        @if edits && reversible {
            h2 #reverse-title { (t(lang, "budget-reverse-title")) }
            p { (t(lang, "budget-reverse-intro")) }
            form method="post" action=(format!("/{l}/bo/budget/rows/{}/reverse", r.id)) novalidate aria-labelledby="reverse-title" {
                (csrf_field(ctx))
                (textarea("reason", &field_name(lang, "reason"), Some(&t(lang, "budget-reverse-reason-hint")), reason, errors))
                button type="submit" { (t(lang, "budget-reverse-button")) }
            }
        }
    };
    Ok(crate::ui::layout::back_office_form_page(
        lang,
        ctx,
        &title,
        &format!("/bo/budget/rows/{}", r.id),
        body,
        !errors.is_empty(),
    ))
}

pub(super) async fn reverse(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    ctx: Ctx,
    body: Bytes,
) -> PageResult {
    let plan = plan(&state)?;
    let user = ctx.user()?.clone();
    let row = load(&state, plan, &id).await?;
    let reason = form_urlencoded::parse(&body)
        .find(|(k, _)| k == "reason")
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default();
    if row.reverses.is_some() || row.reversed_by.is_some() {
        return Err(PageError::conflict(
            t(lang, "budget-reverse-refused-title"),
            html! {
                p { (t(lang, "budget-reverse-refused-text")) }
                p { a href=(format!("/{}/bo/budget/rows/{}", lang.code(), row.id)) { (t(lang, "budget-back-to-row")) } }
            },
        ));
    }
    if reason.trim().is_empty() {
        let errors = [FieldError::new(
            "reason",
            t_args(
                lang,
                "budget-problem-missing",
                &[("field", field_name(lang, "reason").into())],
            ),
        )];
        return render_row(&state, lang, &ctx, plan, &row, None, &reason, &errors);
    }
    let new_id = state
        .db
        .reverse_ledger_row(row.id, &reason, Some(user.id), state.now().timestamp())
        .await?;
    Ok(Redirect::to(&format!(
        "/{}/bo/budget/rows/{new_id}?reversed=1",
        lang.code()
    ))
    .into_response())
}

/// The rows (filtered as the list is) as CSV: codes and amounts as data,
/// every cell neutralised.
pub(super) async fn csv(State(state): State<AppState>, RawQuery(raw): RawQuery) -> PageResult {
    let plan = plan(&state)?;
    let mut filter = Filters::read(&raw).to_filter(plan);
    filter.limit = i64::MAX / 2;
    let (rows, _) = state.db.ledger_rows(&plan.code, &filter).await?;
    let header = [
        "id",
        "year",
        "phase",
        "source",
        "axis",
        "measure",
        "action",
        "date",
        "supplier",
        "invoice",
        "label",
        "amount_eur",
        "note",
        "reason",
        "reverses",
        "origin",
    ];
    let table = Table {
        header: header.iter().map(|h| h.to_string()).collect(),
        rows: rows
            .iter()
            .map(|r| {
                vec![
                    Cell::Integer(r.id),
                    Cell::Integer(r.row.year.into()),
                    Cell::text(r.row.phase.code()),
                    Cell::text(r.row.source.clone()),
                    Cell::text(r.row.axis.clone()),
                    r.row
                        .measure
                        .map_or(Cell::Empty, |m| Cell::Integer(m.into())),
                    Cell::opt_text(r.row.action.as_deref()),
                    r.row
                        .date
                        .map_or(Cell::Empty, |d| Cell::text(d.to_string())),
                    Cell::opt_text(r.row.supplier.as_deref()),
                    Cell::opt_text(r.row.invoice.as_deref()),
                    Cell::text(r.row.label.clone()),
                    Cell::text(euros_plain(r.row.amount_cents, '.')),
                    Cell::opt_text(r.row.note.as_deref()),
                    Cell::opt_text(r.row.reason.as_deref()),
                    r.reverses.map_or(Cell::Empty, Cell::Integer),
                    Cell::text(r.origin.clone()),
                ]
            })
            .collect(),
    };
    let name = match filter.year {
        Some(y) => format!("budget-ledger-{}-{y}.csv", plan.code),
        None => format!("budget-ledger-{}.csv", plan.code),
    };
    let bytes = format!("\u{feff}{}", table.to_csv()).into_bytes();
    Ok(crate::ui::download::attachment(
        "text/csv; charset=utf-8",
        &name,
        bytes,
    ))
}
