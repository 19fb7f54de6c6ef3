//! A deliverable: its form (new and edit), checked by
//! `domain::deliverable::RawDeliverable::check` (each problem next to its
//! field, 422, everything typed kept), and its page with the statuses it
//! took (who, when, why). The coordination edits; committee members read.

use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use domain::Lang;
use domain::deliverable::{Quarter, RawDeliverable, Status};
use domain::plan::Plan;
use maud::{Markup, html};
use store::plan::Deliverable;

use super::{edits, plan, plan_nav, query_value, who_when};
use crate::AppState;
use crate::auth::{Ctx, csrf_field};
use crate::i18n::t;
use crate::ui::budget::{axis_name, measure_name};
use crate::ui::form::{FieldError, error_summary, field, select_field, textarea};
use crate::ui::layout::back_office_page;
use crate::ui::plan::{
    evidence_link, field_name, organisation_name, problem_text, quarter_text, status_badge,
    status_name,
};
use crate::ui::{PageError, PageLang, PageResult};

/// The fields of the form, in its order.
const FIELDS: [&str; 8] = [
    "measure", "what", "lang", "owner", "due", "status", "evidence", "note",
];

/// The languages a deliverable's text may be written in.
fn langs() -> Vec<&'static str> {
    Lang::ALL.iter().map(|l| l.code()).collect()
}

pub(super) async fn new_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    ctx: Ctx,
) -> PageResult {
    let _ = plan(&state)?;
    let raw = RawDeliverable {
        lang: lang.code().to_string(),
        status: Status::Planned.code().to_string(),
        ..Default::default()
    };
    Ok(render_new(&state, lang, &ctx, &raw, &[]))
}

/// The form's fields and the "why" of a status change.
fn read(body: &Bytes) -> (RawDeliverable, String) {
    let mut r = RawDeliverable::default();
    let mut why = String::new();
    for (k, v) in form_urlencoded::parse(body) {
        let v = v.into_owned();
        match k.as_ref() {
            "measure" => r.measure = v,
            "what" => r.what = v,
            "lang" => r.lang = v,
            "owner" => r.owner = v,
            "due" => r.due = v,
            "status" => r.status = v,
            "evidence" => r.evidence = v,
            "note" => r.note = v,
            "why" => why = v,
            _ => {}
        }
    }
    (r, why)
}

/// The problems as form errors, in the order of the form.
fn errors_of(lang: Lang, problems: &[domain::deliverable::FieldProblem]) -> Vec<FieldError> {
    let mut errors = Vec::new();
    for f in FIELDS {
        for p in problems.iter().filter(|p| p.field == f) {
            errors.push(FieldError::new(p.field, problem_text(lang, p)));
        }
    }
    errors
}

pub(super) async fn create(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    ctx: Ctx,
    body: Bytes,
) -> PageResult {
    let plan = plan(&state)?;
    let user = ctx.user()?.clone();
    let (raw, _) = read(&body);
    let d = match raw.check(plan, &langs()) {
        Ok(d) => d,
        Err(problems) => {
            return Ok(render_new(
                &state,
                lang,
                &ctx,
                &raw,
                &errors_of(lang, &problems),
            ));
        }
    };
    let id = state
        .db
        .add_deliverable(&plan.code, &d, Some(user.id), state.now().timestamp())
        .await?;
    Ok(Redirect::to(&format!(
        "/{}/bo/plan/deliverables/{id}?saved=1",
        lang.code()
    ))
    .into_response())
}

async fn load(state: &AppState, plan: &Plan, id: &str) -> PageResult<Deliverable> {
    let id = id.parse::<i64>().map_err(|_| PageError::NotFound)?;
    state
        .db
        .deliverable(id)
        .await?
        .filter(|d| d.plan == plan.code)
        .ok_or(PageError::NotFound)
}

pub(super) async fn page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    RawQuery(raw): RawQuery,
    ctx: Ctx,
) -> PageResult {
    let plan = plan(&state)?;
    let d = load(&state, plan, &id).await?;
    let notice = query_value(&raw, "saved").map(|_| t(lang, "plan-bo-saved"));
    let form = RawDeliverable::from(&d.deliverable);
    render_page(&state, lang, &ctx, plan, &d, notice, &form, "", &[]).await
}

pub(super) async fn update(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    ctx: Ctx,
    body: Bytes,
) -> PageResult {
    let plan = plan(&state)?;
    let user = ctx.user()?.clone();
    let d = load(&state, plan, &id).await?;
    let (raw, why) = read(&body);
    let new = match raw.check(plan, &langs()) {
        Ok(n) => n,
        Err(problems) => {
            let errors = errors_of(lang, &problems);
            return render_page(&state, lang, &ctx, plan, &d, None, &raw, &why, &errors).await;
        }
    };
    let why = why.trim();
    state
        .db
        .update_deliverable(
            d.id,
            &new,
            (!why.is_empty()).then_some(why),
            Some(user.id),
            state.now().timestamp(),
        )
        .await?;
    Ok(Redirect::to(&format!(
        "/{}/bo/plan/deliverables/{}?saved=1",
        lang.code(),
        d.id
    ))
    .into_response())
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

/// The plan's quarters, first to last.
fn quarters(plan: &Plan) -> Vec<Quarter> {
    match (
        Quarter::new(plan.first_year, 1),
        Quarter::new(plan.last_year, 4),
    ) {
        (Some(a), Some(b)) => Quarter::range(a, b),
        _ => Vec::new(),
    }
}

/// The fields of a deliverable, as typed.
fn form_fields(lang: Lang, plan: &Plan, r: &RawDeliverable, errors: &[FieldError]) -> Markup {
    let l = lang.code();
    let choose = t(lang, "plan-bo-choose");
    let none = t(lang, "plan-bo-none");
    let measure_known = r.measure.is_empty()
        || plan
            .measures
            .iter()
            .any(|m| m.number.to_string() == r.measure);
    let languages: Vec<(String, String)> = Lang::ALL
        .iter()
        .map(|x| (x.code().to_string(), x.autonym().to_string()))
        .collect();
    let owners: Vec<(String, String)> = plan
        .organisations
        .iter()
        .map(|o| (o.code.clone(), o.name(l).to_string()))
        .collect();
    // A quarter typed another way ("T3 2022") is shown as the plan's quarter it names.
    let due = Quarter::parse(&r.due).map_or_else(|| r.due.clone(), |q| q.code());
    let dues: Vec<(String, String)> = quarters(plan)
        .into_iter()
        .map(|q| (q.code(), quarter_text(lang, q)))
        .collect();
    let statuses: Vec<(String, String)> = Status::ALL
        .iter()
        .map(|s| (s.code().to_string(), status_name(lang, *s)))
        .collect();
    html! {
        (field("measure", &field_name(lang, "measure"), None, errors, |aria| html! {
            select #measure name="measure" aria-invalid=[aria.invalid] aria-describedby=[aria.described_by] {
                option value="" selected[r.measure.is_empty()] { (choose) }
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
        (textarea("what", &field_name(lang, "what"), Some(&t(lang, "plan-bo-what-hint")), &r.what, errors))
        (select_field("lang", &field_name(lang, "lang"), None, errors, options(&r.lang, None, &languages)))
        (select_field("owner", &field_name(lang, "owner"), None, errors, options(&r.owner, Some(&none), &owners)))
        (select_field("due", &field_name(lang, "due"), None, errors, options(&due, Some(&choose), &dues)))
        (select_field("status", &field_name(lang, "status"), None, errors, options(&r.status, None, &statuses)))
        (crate::ui::form::text_input("evidence", &field_name(lang, "evidence"), "text", &r.evidence, Some(&t(lang, "plan-bo-evidence-hint")), errors))
        (textarea("note", &field_name(lang, "note"), None, &r.note, errors))
    }
}

fn with_status(mut res: Response, errors: &[FieldError]) -> Response {
    if !errors.is_empty() {
        *res.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    }
    res
}

fn render_new(
    state: &AppState,
    lang: Lang,
    ctx: &Ctx,
    r: &RawDeliverable,
    errors: &[FieldError],
) -> Response {
    let l = lang.code();
    let Some(plan) = crate::services::budget::plan(state) else {
        return PageError::NotFound.into_response();
    };
    let title = t(lang, "plan-bo-new-title");
    let body = html! {
        (error_summary(lang, errors))
        nav.crumbs aria-label=(t(lang, "breadcrumb")) { a href=(format!("/{l}/bo/plan")) { (t(lang, "plan-bo-title")) } }
        h1 #deliverable-form-title { (title) }
        (plan_nav(lang, ctx))
        p { (t(lang, "plan-bo-form-intro")) }
        form method="post" action=(format!("/{l}/bo/plan/deliverables")) novalidate aria-labelledby="deliverable-form-title" {
            (csrf_field(ctx))
            (form_fields(lang, plan, r, errors))
            button type="submit" { (t(lang, "plan-bo-add-button")) }
        }
    };
    with_status(
        back_office_page(lang, ctx, &title, "/bo/plan/deliverables/new", body),
        errors,
    )
}

#[allow(clippy::too_many_arguments)]
async fn render_page(
    state: &AppState,
    lang: Lang,
    ctx: &Ctx,
    plan: &Plan,
    d: &Deliverable,
    notice: Option<String>,
    form: &RawDeliverable,
    why: &str,
    errors: &[FieldError],
) -> PageResult {
    let l = lang.code();
    let x = &d.deliverable;
    let events = state.db.deliverable_events(d.id).await?;
    let title = x.what.clone();
    let none = t(lang, "plan-bo-none");
    let body = html! {
        (error_summary(lang, errors))
        nav.crumbs aria-label=(t(lang, "breadcrumb")) { a href=(format!("/{l}/bo/plan")) { (t(lang, "plan-bo-title")) } }
        h1 lang=(x.lang) { (title) }
        @if let Some(n) = &notice { p.notice role="status" { (n) } }
        (plan_nav(lang, ctx))
        dl.details #deliverable {
            dt { (t(lang, "plan-bo-number")) } dd { bdi { (d.id) } }
            dt { (field_name(lang, "measure")) } dd { (measure_name(lang, plan, x.measure)) }
            dt { (field_name(lang, "owner")) } dd { (x.owner.as_deref().map_or_else(|| none.clone(), |o| organisation_name(lang, plan, o))) }
            dt { (field_name(lang, "due")) } dd { (quarter_text(lang, x.due)) }
            dt { (field_name(lang, "status")) }
            dd {
                (status_badge(lang, x.status))
                @if x.is_overdue(state.today()) { " " strong.overdue { (t(lang, "plan-bo-overdue")) } }
            }
            dt { (t(lang, "plan-bo-evidence")) }
            dd { @match &x.evidence { Some(e) => (evidence_link(lang, e)), None => (none) } }
            dt { (field_name(lang, "note")) } dd { bdi { (x.note.as_deref().unwrap_or(&none)) } }
            dt { (t(lang, "plan-bo-updated")) } dd { (who_when(lang, state, d.updated_by_email.as_deref(), d.updated_at)) }
        }
        h2 #history-title { (t(lang, "plan-bo-history-title")) }
        div.table-scroll tabindex="0" role="region" aria-labelledby="history-title" {
            table.bo #deliverable-history {
                caption { (t(lang, "plan-bo-history-caption")) }
                thead { tr {
                    th scope="col" { (field_name(lang, "status")) }
                    th scope="col" { (t(lang, "plan-bo-history-when")) }
                    th scope="col" { (t(lang, "plan-bo-history-who")) }
                    th scope="col" { (t(lang, "plan-bo-history-why")) }
                } }
                tbody {
                    @for e in &events {
                        tr {
                            th scope="row" { (status_name(lang, e.status)) }
                            td { (crate::ui::format::local_datetime(lang, state.region.timezone, e.at)) }
                            td { @match &e.user_email { Some(m) => bdi { (m) }, None => (none) } }
                            td { bdi { (e.note.as_deref().unwrap_or("")) } }
                        }
                    }
                }
            }
        }
        @if edits(ctx) {
            h2 #deliverable-form-title { (t(lang, "plan-bo-edit-title")) }
            form method="post" action=(format!("/{l}/bo/plan/deliverables/{}", d.id)) novalidate aria-labelledby="deliverable-form-title" {
                (csrf_field(ctx))
                (form_fields(lang, plan, form, errors))
                (textarea("why", &t(lang, "plan-bo-why"), Some(&t(lang, "plan-bo-why-hint")), why, errors))
                button type="submit" { (t(lang, "plan-bo-save-button")) }
            }
        }
    };
    Ok(with_status(
        back_office_page(
            lang,
            ctx,
            &title,
            &format!("/bo/plan/deliverables/{}", d.id),
            body,
        ),
        errors,
    ))
}
