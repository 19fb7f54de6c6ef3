//! Entry of a ledger row by form. The row is checked by
//! `domain::budget::RawRow::check` (each problem named in words, 422,
//! everything typed kept). Spending that takes a line beyond its (revised)
//! budget is warned before it is saved: the form comes back with the
//! warning first and a "save anyway" button that confirms exactly that
//! overspending (if the amount or the line changes, the check runs again).

use axum::body::Bytes;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect};
use chrono::Datelike;
use domain::Lang;
use domain::budget::{FIELDS, Overspend, Phase, RawRow};
use domain::plan::Plan;
use maud::{Markup, html};
use store::budget::Origin;

use super::{budget_nav, plan};
use crate::AppState;
use crate::auth::{Ctx, csrf_field};
use crate::i18n::{t, t_args};
use crate::ui::budget::{axis_name, euros, field_name, measure_name, problem_text, scope_text};
use crate::ui::form::{FieldError, error_summary, field, text_input, textarea};
use crate::ui::{PageLang, PageResult};

pub(super) async fn new_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    ctx: Ctx,
) -> PageResult {
    let plan = plan(&state)?;
    let year = state.today().year().clamp(plan.first_year, plan.last_year);
    let row = RawRow {
        year: year.to_string(),
        phase: Phase::Actual.code().to_string(),
        ..Default::default()
    };
    Ok(render(lang, &ctx, plan, &row, &[], None))
}

/// The fingerprint of an overspending a person confirmed: the line, its
/// budget and where the row takes it.
fn fingerprint(o: &Overspend) -> String {
    format!(
        "{}:{}:{}:{}:{}",
        o.scope.axis.as_deref().unwrap_or(""),
        o.scope.measure.map_or(String::new(), |m| m.to_string()),
        o.scope.action.as_deref().unwrap_or(""),
        o.budget_cents,
        o.after_cents
    )
}

fn read(body: &Bytes) -> (RawRow, String) {
    let mut row = RawRow::default();
    let mut confirm = String::new();
    for (k, v) in form_urlencoded::parse(body) {
        let v = v.into_owned();
        match k.as_ref() {
            "year" => row.year = v,
            "phase" => row.phase = v,
            "source" => row.source = v,
            "axis" => row.axis = v,
            "measure" => row.measure = v,
            "action" => row.action = v,
            "date" => row.date = v,
            "supplier" => row.supplier = v,
            "invoice" => row.invoice = v,
            "label" => row.label = v,
            "amount" => row.amount = v,
            "note" => row.note = v,
            "reason" => row.reason = v,
            "confirm" => confirm = v,
            _ => {}
        }
    }
    (row, confirm)
}

pub(super) async fn save(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    ctx: Ctx,
    body: Bytes,
) -> PageResult {
    let plan = plan(&state)?;
    let user = ctx.user()?.clone();
    let (raw, confirm) = read(&body);
    let row = match raw.check(plan) {
        Ok(row) => row,
        Err(problems) => {
            // In the order of the form.
            let mut errors: Vec<FieldError> = Vec::new();
            for f in FIELDS {
                for p in problems.iter().filter(|p| p.field == f) {
                    errors.push(FieldError::new(p.field, problem_text(lang, plan, p)));
                }
            }
            return Ok(render(lang, &ctx, plan, &raw, &errors, None));
        }
    };
    let sums = state.db.ledger_sums(&plan.code, Some(row.year)).await?;
    if let Some(o) = domain::budget::overspend(plan, &sums, &row)
        && confirm != fingerprint(&o)
    {
        return Ok(render(lang, &ctx, plan, &raw, &[], Some(&o)));
    }
    let ids = state
        .db
        .add_ledger_rows(
            &plan.code,
            std::slice::from_ref(&row),
            Origin::Form,
            Some(user.id),
            state.now().timestamp(),
        )
        .await?;
    let id = ids.first().copied().unwrap_or_default();
    Ok(Redirect::to(&format!("/{}/bo/budget/rows/{id}?saved=1", lang.code())).into_response())
}

/// The options of a select, the current value selected; a value typed
/// that is not among them is kept as one more option.
fn options(current: &str, blank: Option<&str>, items: &[(String, String)]) -> Markup {
    let known = current.is_empty() || items.iter().any(|(v, _)| v == current);
    html! {
        @if let Some(b) = blank { option value="" selected[current.is_empty()] { (b) } }
        @if !known { option value=(current) selected { (current) } }
        @for (v, text) in items { option value=(v) selected[v == current] { (text) } }
    }
}

fn select(id: &str, lang: Lang, hint: Option<&str>, errors: &[FieldError], opts: Markup) -> Markup {
    crate::ui::form::select_field(id, &field_name(lang, id), hint, errors, opts)
}

fn render(
    lang: Lang,
    ctx: &Ctx,
    plan: &Plan,
    r: &RawRow,
    errors: &[FieldError],
    warning: Option<&Overspend>,
) -> axum::response::Response {
    let l = lang.code();
    let title = t(lang, "budget-new-row-title");
    let none = t(lang, "budget-none-choice");
    let years: Vec<(String, String)> = plan
        .years()
        .map(|y| (y.to_string(), y.to_string()))
        .collect();
    let phases: Vec<(String, String)> = Phase::ALL
        .iter()
        .map(|p| {
            (
                p.code().to_string(),
                crate::ui::budget::phase_name(lang, *p),
            )
        })
        .collect();
    let sources: Vec<(String, String)> = plan
        .sources
        .iter()
        .map(|s| (s.code.clone(), s.name(l).to_string()))
        .collect();
    let axes: Vec<(String, String)> = plan
        .axes
        .iter()
        .map(|a| (a.code.clone(), axis_name(lang, plan, &a.code)))
        .collect();
    let measure_known = r.measure.is_empty()
        || plan
            .measures
            .iter()
            .any(|m| m.number.to_string() == r.measure);
    let action_known = r.action.is_empty()
        || plan
            .measures
            .iter()
            .flat_map(|m| m.actions.iter().map(move |a| m.action_key(a)))
            .any(|k| k == r.action);
    let body = html! {
        nav.crumbs aria-label=(t(lang, "breadcrumb")) { a href=(format!("/{l}/bo/budget/rows")) { (t(lang, "budget-ledger-title")) } }
        (error_summary(lang, errors))
        @if let Some(o) = warning {
            div.notice.warning #overspend role="alert" tabindex="-1" autofocus {
                h2 { (t(lang, "budget-overspend-title")) }
                p {
                    (t_args(lang, "budget-overspend-text", &[("where", scope_text(lang, plan, &o.scope).into())]))
                }
                ul {
                    li { (t(lang, "budget-overspend-budget")) " " (euros(o.budget_cents)) }
                    li { (t(lang, "budget-overspend-after")) " " (euros(o.after_cents)) }
                    li { (t(lang, "budget-overspend-beyond")) " " (euros(o.after_cents - o.budget_cents)) }
                }
                p { (t(lang, "budget-overspend-choice")) }
            }
        }
        h1 #new-row-title { (title) }
        (budget_nav(lang, ctx))
        p { (t(lang, "budget-new-row-intro")) }
        form method="post" action=(format!("/{l}/bo/budget/rows")) novalidate aria-labelledby="new-row-title" {
            (csrf_field(ctx))
            (select("year", lang, None, errors, options(&r.year, None, &years)))
            (select("phase", lang, Some(&t(lang, "budget-phase-hint")), errors, options(&r.phase, None, &phases)))
            (select("source", lang, None, errors, options(&r.source, Some(&none), &sources)))
            (select("axis", lang, Some(&t(lang, "budget-axis-hint")), errors, options(&r.axis, Some(&none), &axes)))
            (field("measure", &field_name(lang, "measure"), Some(&t(lang, "budget-measure-hint")), errors, |aria| html! {
                select #measure name="measure" aria-invalid=[aria.invalid] aria-describedby=[aria.described_by] {
                    option value="" selected[r.measure.is_empty()] { (none) }
                    @if !measure_known { option value=(r.measure) selected { (r.measure) } }
                    @for a in &plan.axes {
                        optgroup label=(axis_name(lang, plan, &a.code)) {
                            @for m in plan.measures_of(&a.code) {
                                @let v = m.number.to_string();
                                option value=(v) selected[r.measure == v] { (measure_name(lang, plan, m.number)) }
                            }
                        }
                    }
                }
            }))
            (field("action", &field_name(lang, "action"), Some(&t(lang, "budget-action-hint")), errors, |aria| html! {
                select #action name="action" aria-invalid=[aria.invalid] aria-describedby=[aria.described_by] {
                    option value="" selected[r.action.is_empty()] { (none) }
                    @if !action_known { option value=(r.action) selected { (r.action) } }
                    @for m in &plan.measures {
                        @if !m.actions.is_empty() {
                            optgroup label=(measure_name(lang, plan, m.number)) {
                                @for a in &m.actions {
                                    @let v = m.action_key(a);
                                    option value=(v) selected[r.action == v] { (a.name(l)) }
                                }
                            }
                        }
                    }
                }
            }))
            (text_input("date", &field_name(lang, "date"), "date", &r.date, Some(&t(lang, "budget-date-hint")), errors))
            (text_input("label", &field_name(lang, "label"), "text", &r.label, Some(&t(lang, "budget-label-hint")), errors))
            (text_input("supplier", &field_name(lang, "supplier"), "text", &r.supplier, None, errors))
            (text_input("invoice", &field_name(lang, "invoice"), "text", &r.invoice, None, errors))
            (text_input("amount", &field_name(lang, "amount"), "text", &r.amount, Some(&t(lang, "budget-amount-hint")), errors))
            (textarea("note", &field_name(lang, "note"), None, &r.note, errors))
            (textarea("reason", &field_name(lang, "reason"), Some(&t(lang, "budget-reason-hint")), &r.reason, errors))
            @if let Some(o) = warning {
                div.actions {
                    button type="submit" name="confirm" value=(fingerprint(o)) { (t(lang, "budget-overspend-confirm")) }
                    " "
                    button.secondary type="submit" { (t(lang, "budget-check-again")) }
                }
            } @else {
                button type="submit" { (t(lang, "budget-save-row")) }
            }
        }
    };
    crate::ui::layout::back_office_form_page(
        lang,
        ctx,
        &title,
        "/bo/budget/rows/new",
        body,
        !errors.is_empty(),
    )
}
