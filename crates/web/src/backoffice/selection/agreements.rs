//! After the decision: an agreement per accepted application (the amount
//! of the scenario retained, the call's tranches, the final report due
//! after the project's end), each tranche paid on a date (the last one only
//! once the final report is in), the final report received, and the
//! reminders of reports due (listed, sent by e-mail, recorded).

use std::collections::BTreeMap;

use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::response::{IntoResponse, Redirect};
use chrono::NaiveDate;
use domain::Lang;
use domain::grants::application::Status;
use maud::html;
use store::grants::Call;
use store::grants::selection::{SelectionError, reports_due};

use super::{call_nav, call_of, crumbs, fields, query_value, with_status};
use crate::AppState;
use crate::auth::{Ctx, csrf_field};
use crate::i18n::{t, t_args};
use crate::services::jury::{
    REPORT_REMIND_BEFORE_DAYS, REPORT_REMIND_EVERY_DAYS, send_report_reminders,
};
use crate::ui::budget::euros;
use crate::ui::form::{FieldError, error_summary, field, text_input, textarea};
use crate::ui::format::long_date;
use crate::ui::jury::{application_name, call_title};
use crate::ui::layout::back_office_page;
use crate::ui::{PageError, PageLang, PageResult};

fn date_text(lang: Lang, d: Option<NaiveDate>) -> String {
    d.map_or_else(|| "–".into(), |d| long_date(lang, &d.to_string()))
}

pub(super) async fn page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, key)): Path<(String, String)>,
    RawQuery(raw): RawQuery,
    ctx: Ctx,
) -> PageResult {
    let call = call_of(&state, &key).await?;
    let notice = query_value(&raw, "done").map(|d| match d.as_str() {
        "reminded" => t_args(
            lang,
            "selection-reminders-sent",
            &[(
                "count",
                query_value(&raw, "count")
                    .and_then(|c| c.parse::<usize>().ok())
                    .unwrap_or(0)
                    .into(),
            )],
        ),
        _ => t(lang, "selection-saved"),
    });
    render(&state, lang, &ctx, &call, notice, &BTreeMap::new(), &[]).await
}

async fn render(
    state: &AppState,
    lang: Lang,
    ctx: &Ctx,
    call: &Call,
    notice: Option<String>,
    typed: &BTreeMap<String, String>,
    errors: &[FieldError],
) -> PageResult {
    let l = lang.code();
    let k = &call.def.key;
    let decision = state.db.decision(call.id).await?;
    let agreements = state.db.agreements(call.id).await?;
    let accepted: Vec<_> = state
        .db
        .applications_of_call(call.id)
        .await?
        .into_iter()
        .filter(|a| {
            a.status == Status::Accepted && !agreements.iter().any(|g| g.application_id == a.id)
        })
        .collect();
    let today = state.today();
    let due = reports_due(
        &agreements,
        today,
        REPORT_REMIND_BEFORE_DAYS,
        REPORT_REMIND_EVERY_DAYS,
    );
    let v = |f: &str| typed.get(f).cloned().unwrap_or_default();
    let title = t_args(
        lang,
        "selection-agreements-title",
        &[("call", call_title(lang, call).into())],
    );
    let percents = call
        .def
        .tranches
        .iter()
        .map(|p| format!("{p} %"))
        .collect::<Vec<_>>()
        .join(" + ");
    let body = html! {
        (error_summary(lang, errors))
        (crumbs(lang))
        h1 { (title) }
        @if let Some(n) = &notice { p.notice role="status" { (n) } }
        (call_nav(lang, call))
        @if decision.is_none() { p #no-decision { (t(lang, "selection-agreements-no-decision")) } }
        @else {
            p { (t_args(lang, "selection-agreements-intro", &[("tranches", percents.clone().into()), ("days", (call.def.report_days as i32).into())])) }
            @if !accepted.is_empty() {
                h2 #agreement-form-title { (t(lang, "selection-agreement-new")) }
                form method="post" action=(format!("/{l}/bo/selection/{k}/agreements")) novalidate aria-labelledby="agreement-form-title" {
                    (csrf_field(ctx))
                    (field("application", &t(lang, "jury-field-application"), None, errors, |aria| html! {
                        select #application name="application" aria-invalid=[aria.invalid] aria-describedby=[aria.described_by] {
                            option value="" { (t(lang, "selection-choose")) }
                            @for a in &accepted {
                                @let id = a.id.to_string();
                                option value=(id) selected[v("application") == id] { (application_name(a)) }
                            }
                        }
                    }))
                    (text_input("signed_on", &t(lang, "selection-signed-on"), "date", &v("signed_on"), Some(&t(lang, "selection-date-hint")), errors))
                    (text_input("project_ends_on", &t(lang, "selection-project-ends"), "date", &v("project_ends_on"), Some(&t(lang, "selection-date-hint")), errors))
                    button type="submit" { (t(lang, "selection-agreement-button")) }
                }
            }
            h2 #reminders-title { (t(lang, "selection-reminders-title")) }
            p { (t_args(lang, "selection-reminders-intro", &[("before", (REPORT_REMIND_BEFORE_DAYS as i32).into()), ("every", (REPORT_REMIND_EVERY_DAYS as i32).into())])) }
            @if due.is_empty() { p #reminders-none { (t(lang, "selection-reminders-none")) } }
            @else {
                ul #reminders-due {
                    @for g in &due {
                        li { (g.reference.as_deref().unwrap_or("")) " – " bdi { (g.title) } ", " (t(lang, "selection-report-due")) " " (date_text(lang, g.report_due_on)) }
                    }
                }
                form method="post" action=(format!("/{l}/bo/selection/{k}/reminders")) {
                    (csrf_field(ctx))
                    button type="submit" { (t_args(lang, "selection-reminders-button", &[("count", due.len().into())])) }
                }
            }
            h2 #agreements-title { (t_args(lang, "selection-agreements-list", &[("count", agreements.len().into())])) }
            @for g in &agreements {
                section.agreement aria-labelledby=(format!("agreement-{}", g.id)) {
                    h3 id=(format!("agreement-{}", g.id)) { (g.reference.as_deref().unwrap_or("")) " – " bdi { (g.title) } }
                    dl.details {
                        dt { (t(lang, "jury-field-organisation")) } dd { bdi { (g.organisation) } }
                        dt { (t(lang, "selection-agreement-amount")) } dd { (euros(g.amount_cents)) }
                        dt { (t(lang, "selection-signed-on")) } dd { (date_text(lang, g.signed_on)) }
                        dt { (t(lang, "selection-project-ends")) } dd { (date_text(lang, g.project_ends_on)) }
                        dt { (t(lang, "selection-report-due")) } dd { (date_text(lang, g.report_due_on)) }
                        dt { (t(lang, "selection-paid")) } dd { (euros(g.paid_cents())) }
                        dt { (t(lang, "selection-report")) }
                        dd { @match &g.report {
                            Some(r) => { (date_text(lang, Some(r.received_on))) " – " bdi { (r.summary) } }
                            None => (t(lang, "selection-report-missing")),
                        } }
                        @if !g.reminders.is_empty() {
                            dt { (t(lang, "selection-reminded")) }
                            dd { (g.reminders.iter().map(|d| long_date(lang, &d.to_string())).collect::<Vec<_>>().join(", ")) }
                        }
                    }
                    div.table-scroll tabindex="0" role="region" aria-labelledby=(format!("tranches-{}", g.id)) {
                        table.bo {
                            caption id=(format!("tranches-{}", g.id)) { (t(lang, "selection-tranches-caption")) }
                            thead { tr {
                                th scope="col" { (t(lang, "selection-tranche")) }
                                th scope="col" { (t(lang, "selection-amount")) }
                                th scope="col" { (t(lang, "selection-paid-on")) }
                            } }
                            tbody {
                                @for (i, cents) in g.tranches().iter().enumerate() {
                                    @let n = i as u32 + 1;
                                    @let last = n as usize == g.percents.len() && g.percents.len() > 1;
                                    tr {
                                        th scope="row" { bdi { (n) " (" (g.percents.get(i).copied().unwrap_or(0)) " %)" } }
                                        td.num { (euros(*cents)) }
                                        td {
                                            @match g.payments.iter().find(|p| p.tranche == n) {
                                                Some(p) => (date_text(lang, Some(p.paid_on))),
                                                None if last && g.report.is_none() => (t(lang, "selection-after-report")),
                                                None => {
                                                    @let id = format!("paid-on-{}-{n}", g.id);
                                                    form method="post" action=(format!("/{l}/bo/selection/{k}/agreements/{}/payments", g.id)) novalidate {
                                                        (csrf_field(ctx))
                                                        input type="hidden" name="tranche" value=(n);
                                                        (text_input(&id, &t(lang, "selection-paid-on"), "date", &v(&id), None, errors))
                                                        button type="submit" { (t_args(lang, "selection-pay-button", &[("tranche", (n as i32).into())])) }
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                    @if g.report.is_none() {
                        @let rid = format!("received-on-{}", g.id);
                        @let sid = format!("summary-{}", g.id);
                        form method="post" action=(format!("/{l}/bo/selection/{k}/agreements/{}/report", g.id)) novalidate {
                            (csrf_field(ctx))
                            (text_input(&rid, &t(lang, "selection-report-received"), "date", &v(&rid), None, errors))
                            (textarea(&sid, &t(lang, "selection-report-summary"), None, &v(&sid), errors))
                            button type="submit" { (t(lang, "selection-report-button")) }
                        }
                    }
                }
            }
        }
    };
    Ok(with_status(
        back_office_page(
            lang,
            ctx,
            &title,
            &format!("/bo/selection/{k}/agreements"),
            body,
        ),
        errors,
    ))
}

fn date_of(s: Option<&String>) -> Option<NaiveDate> {
    s.and_then(|s| NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok())
}

fn back(lang: Lang, key: &str) -> axum::response::Response {
    Redirect::to(&format!(
        "/{}/bo/selection/{key}/agreements?done=saved",
        lang.code()
    ))
    .into_response()
}

pub(super) async fn create(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, key)): Path<(String, String)>,
    ctx: Ctx,
    body: Bytes,
) -> PageResult {
    let call = call_of(&state, &key).await?;
    let f = fields(&body);
    let mut errors = Vec::new();
    let app = f.get("application").and_then(|s| s.parse::<i64>().ok());
    let app = match app {
        Some(a) => state
            .db
            .application(a)
            .await?
            .filter(|a| a.call_id == call.id),
        None => None,
    };
    if app.is_none() {
        errors.push(FieldError::new(
            "application",
            t(lang, "selection-error-choose-application"),
        ));
    }
    let signed = f.get("signed_on").filter(|s| !s.trim().is_empty());
    let signed_on = date_of(signed);
    if signed.is_some() && signed_on.is_none() {
        errors.push(FieldError::new(
            "signed_on",
            t(lang, "selection-error-date"),
        ));
    }
    let ends = date_of(f.get("project_ends_on"));
    if ends.is_none() {
        errors.push(FieldError::new(
            "project_ends_on",
            t(lang, "selection-error-date"),
        ));
    }
    let (Some(app), Some(ends), true) = (app, ends, errors.is_empty()) else {
        return render(&state, lang, &ctx, &call, None, &f, &errors).await;
    };
    match state
        .db
        .create_agreement(
            app.id,
            signed_on,
            ends,
            Some(ctx.user()?.id),
            state.now().timestamp(),
        )
        .await
    {
        Ok(_) => Ok(back(lang, &key)),
        Err(SelectionError::Store(e)) => Err(e.into()),
        Err(_) => {
            let errors = vec![FieldError::new(
                "application",
                t(lang, "selection-error-not-now"),
            )];
            render(&state, lang, &ctx, &call, None, &f, &errors).await
        }
    }
}

/// The agreement of this id in this call, 404 otherwise.
async fn agreement_in(
    state: &AppState,
    call: &Call,
    id: &str,
) -> PageResult<store::grants::selection::Agreement> {
    let id: i64 = id.parse().map_err(|_| PageError::NotFound)?;
    let g = state.db.agreement(id).await?.ok_or(PageError::NotFound)?;
    let a = state.db.application(g.application_id).await?;
    if a.is_none_or(|a| a.call_id != call.id) {
        return Err(PageError::NotFound);
    }
    Ok(g)
}

pub(super) async fn pay(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, key, id)): Path<(String, String, String)>,
    ctx: Ctx,
    body: Bytes,
) -> PageResult {
    let call = call_of(&state, &key).await?;
    let g = agreement_in(&state, &call, &id).await?;
    let f = fields(&body);
    let tranche: u32 = f.get("tranche").and_then(|s| s.parse().ok()).unwrap_or(0);
    let field_id = format!("paid-on-{}-{tranche}", g.id);
    let Some(paid_on) = date_of(f.get(&field_id)) else {
        let errors = vec![FieldError::new(&field_id, t(lang, "selection-error-date"))];
        return render(&state, lang, &ctx, &call, None, &f, &errors).await;
    };
    match state
        .db
        .record_payment(
            g.id,
            tranche,
            paid_on,
            Some(ctx.user()?.id),
            state.now().timestamp(),
        )
        .await
    {
        Ok(_) => Ok(back(lang, &key)),
        Err(SelectionError::Store(e)) => Err(e.into()),
        Err(e) => {
            let msg = match e {
                SelectionError::ReportFirst => t(lang, "selection-error-report-first"),
                _ => t(lang, "selection-error-tranche"),
            };
            let errors = vec![FieldError::new(&field_id, msg)];
            let res = render(&state, lang, &ctx, &call, None, &f, &errors).await?;
            Ok(res)
        }
    }
}

pub(super) async fn report(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, key, id)): Path<(String, String, String)>,
    ctx: Ctx,
    body: Bytes,
) -> PageResult {
    let call = call_of(&state, &key).await?;
    let g = agreement_in(&state, &call, &id).await?;
    let f = fields(&body);
    let rid = format!("received-on-{}", g.id);
    let sid = format!("summary-{}", g.id);
    let mut errors = Vec::new();
    let received = date_of(f.get(&rid));
    if received.is_none() {
        errors.push(FieldError::new(&rid, t(lang, "selection-error-date")));
    }
    let summary = f
        .get(&sid)
        .map(|s| s.trim().to_string())
        .unwrap_or_default();
    if summary.is_empty() {
        errors.push(FieldError::new(&sid, t(lang, "selection-error-summary")));
    }
    let (Some(received), true) = (received, errors.is_empty()) else {
        return render(&state, lang, &ctx, &call, None, &f, &errors).await;
    };
    match state
        .db
        .record_report(
            g.id,
            received,
            &summary,
            Some(ctx.user()?.id),
            state.now().timestamp(),
        )
        .await
    {
        Ok(()) => Ok(back(lang, &key)),
        Err(SelectionError::Store(e)) => Err(e.into()),
        Err(_) => {
            let errors = vec![FieldError::new(&rid, t(lang, "selection-error-not-now"))];
            render(&state, lang, &ctx, &call, None, &f, &errors).await
        }
    }
}

pub(super) async fn remind(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, key)): Path<(String, String)>,
    ctx: Ctx,
) -> PageResult {
    let call = call_of(&state, &key).await?;
    let run = send_report_reminders(&state, Some(call.id), Some(ctx.user()?.id)).await?;
    Ok(Redirect::to(&format!(
        "/{}/bo/selection/{key}/agreements?done=reminded&count={}",
        lang.code(),
        run.agreements
    ))
    .into_response())
}
