//! The coordination's calls for projects: the calls with their
//! applications (drafts only counted), an application read whole with its
//! history, and the instruction's steps — ask for corrections, accept,
//! refuse, close —, each with who, when and why (a reason is required to
//! ask for corrections, refuse or close); the applicant is told by e-mail.

use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::response::{IntoResponse, Redirect};
use domain::Lang;
use domain::account::Access;
use domain::grants::application::{Action, Status, StepRefusal};
use domain::grants::call::CallStatus;
use maud::html;
use store::grants::applications::StepError;
use store::grants::{Application, Call};

use crate::AppState;
use crate::auth::{Ctx, csrf_field};
use crate::i18n::{t, t_args};
use crate::routes::Routes;
use crate::services::calls::tell_applicant;
use crate::ui::calls::{application_view, history, rules, status_words};
use crate::ui::form::{FieldError, error_summary, textarea};
use crate::ui::layout::back_office_page;
use crate::ui::{PageError, PageLang, PageResult};

pub fn routes() -> Routes {
    Routes::new()
        .get("/{lang}/bo/calls", Access::COORDINATION, list_page)
        .get("/{lang}/bo/calls/{key}", Access::COORDINATION, call_page)
        .post(
            "/{lang}/bo/calls/{key}/publish",
            Access::COORDINATION,
            publish,
        )
        .get(
            "/{lang}/bo/calls/applications/{id}",
            Access::COORDINATION,
            application_page,
        )
        .post(
            "/{lang}/bo/calls/applications/{id}/step",
            Access::COORDINATION,
            step,
        )
        .get(
            "/{lang}/bo/calls/applications/{id}/attachments/{file}",
            Access::COORDINATION,
            download,
        )
}

async fn download(
    State(state): State<AppState>,
    Path((_, id, file)): Path<(String, i64, i64)>,
) -> PageResult {
    load(&state, id).await?;
    let (meta, bytes) = state
        .db
        .attachment(file)
        .await?
        .filter(|(m, _)| m.application_id == id)
        .ok_or(PageError::NotFound)?;
    Ok(crate::ui::download::attachment(
        &meta.content_type,
        &meta.filename,
        bytes,
    ))
}

fn call_status_words(lang: Lang, s: CallStatus) -> String {
    t(lang, &format!("calls-call-status-{}", s.code()))
}

async fn list_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    ctx: Ctx,
) -> PageResult {
    let l = lang.code();
    let calls = state.db.calls().await?;
    let title = t(lang, "calls-bo-title");
    let mut rows = Vec::new();
    for c in &calls {
        let apps = state.db.applications_of_call(c.id).await?;
        let drafts = apps.iter().filter(|a| a.status == Status::Draft).count();
        rows.push((c, apps.len() - drafts, drafts));
    }
    let body = html! {
        h1 { (title) }
        p { a href=(format!("/{l}/bo/calls/new")) { (t(lang, "calls-new-link")) } }
        div.table-scroll tabindex="0" role="region" aria-label=(title) {
            table.bo {
                thead { tr {
                    th scope="col" { (t(lang, "calls-col-call")) }
                    th scope="col" { (t(lang, "calls-col-status")) }
                    th scope="col" { (t(lang, "calls-col-submitted")) }
                    th scope="col" { (t(lang, "calls-col-drafts")) }
                } }
                tbody {
                    @for (c, submitted, drafts) in &rows {
                        tr {
                            td { a href=(format!("/{l}/bo/calls/{}", c.def.key)) { (c.text(l).title) } }
                            td { (call_status_words(lang, c.status)) }
                            td.num { (submitted) }
                            td.num { (drafts) }
                        }
                    }
                }
            }
        }
    };
    Ok(back_office_page(lang, &ctx, &title, "/bo/calls", body))
}

async fn call_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, key)): Path<(String, String)>,
    RawQuery(q): RawQuery,
    ctx: Ctx,
) -> PageResult {
    let l = lang.code();
    let call = state
        .db
        .call_by_key(&key)
        .await?
        .ok_or(PageError::NotFound)?;
    let apps = state.db.applications_of_call(call.id).await?;
    let drafts = apps.iter().filter(|a| a.status == Status::Draft).count();
    let title = call.text(l).title.clone();
    let editable = state.db.call_is_editable(call.id).await?;
    let saved = q.as_deref().is_some_and(|q| q.starts_with("saved"));
    let body = html! {
        p { a href=(format!("/{l}/bo/calls")) { (t(lang, "calls-bo-back")) } }
        h1 { (title) }
        @if saved { p.notice role="status" { (t(lang, "calls-call-saved")) } }
        p { (call_status_words(lang, call.status)) " — " a href=(format!("/{l}/calls/{}", call.def.key)) { (t(lang, "calls-public-page")) } }
        @if editable {
            p { a href=(format!("/{l}/bo/calls/{}/edit", call.def.key)) { (t(lang, "calls-edit-link")) } }
        } @else {
            p { (t(lang, "calls-edit-frozen")) }
        }
        @if call.status == CallStatus::Draft {
            form method="post" action=(format!("/{l}/bo/calls/{}/publish", call.def.key)) {
                (csrf_field(&ctx))
                button type="submit" { (t(lang, "calls-publish")) }
            }
        }
        h2 { (t(lang, "calls-bo-applications")) }
        p { (t_args(lang, "calls-bo-drafts", &[("count", drafts.into())])) }
        div.table-scroll tabindex="0" role="region" aria-label=(t(lang, "calls-bo-applications")) {
            table.bo #applications {
                thead { tr {
                    th scope="col" { (t(lang, "calls-reference")) }
                    th scope="col" { (t(lang, "calls-field-title")) }
                    th scope="col" { (t(lang, "calls-field-organisation")) }
                    th scope="col" { (t(lang, "calls-field-amount")) }
                    th scope="col" { (t(lang, "calls-col-status")) }
                } }
                tbody {
                    @for a in apps.iter().filter(|a| a.status != Status::Draft) {
                        tr {
                            td { bdi { (a.reference.as_deref().unwrap_or("")) } }
                            td { a href=(format!("/{l}/bo/calls/applications/{}", a.id)) { (a.app.title) } }
                            td { (a.organisation.name) }
                            @match a.app.amount_cents {
                                Some(c) => (crate::ui::budget::amount(c)),
                                None => td {},
                            }
                            td { (status_words(lang, a.status)) }
                        }
                    }
                }
            }
        }
        details {
            summary { (t(lang, "calls-rules-of")) }
            (rules(lang, state.region.timezone, &call))
        }
    };
    Ok(back_office_page(
        lang,
        &ctx,
        &title,
        &format!("/bo/calls/{key}"),
        body,
    ))
}

async fn publish(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, key)): Path<(String, String)>,
    ctx: Ctx,
) -> PageResult {
    let user = ctx.user()?;
    let call = state
        .db
        .call_by_key(&key)
        .await?
        .ok_or(PageError::NotFound)?;
    if call.status == CallStatus::Draft {
        state
            .db
            .set_call_status(
                call.id,
                CallStatus::Published,
                Some(user.id),
                state.now().timestamp(),
            )
            .await?;
    }
    Ok(Redirect::to(&format!("/{}/bo/calls/{key}", lang.code())).into_response())
}

async fn load(state: &AppState, id: i64) -> Result<(Application, Call), PageError> {
    let a = state.db.application(id).await?.ok_or(PageError::NotFound)?;
    // The coordination does not open drafts: they are the applicant's.
    if a.status == Status::Draft {
        return Err(PageError::NotFound);
    }
    let call = state.db.call(a.call_id).await?.ok_or(PageError::NotFound)?;
    Ok((a, call))
}

async fn application_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, i64)>,
    RawQuery(q): RawQuery,
    ctx: Ctx,
) -> PageResult {
    let (a, call) = load(&state, id).await?;
    let notice = q
        .as_deref()
        .filter(|q| q.starts_with("done"))
        .map(|_| t(lang, "calls-step-done"));
    render(&state, lang, &ctx, &a, &call, "", "", &[], notice).await
}

#[allow(clippy::too_many_arguments)]
async fn render(
    state: &AppState,
    lang: Lang,
    ctx: &Ctx,
    a: &Application,
    call: &Call,
    action: &str,
    reason: &str,
    errors: &[FieldError],
    notice: Option<String>,
) -> PageResult {
    let l = lang.code();
    let tz = state.region.timezone;
    let events = state.db.application_events(a.id).await?;
    let files = state.db.attachments(a.id).await?;
    let title = a.app.title.clone();
    let actions: Vec<Action> = [
        Action::CorrectionsAsked,
        Action::Accepted,
        Action::Refused,
        Action::Closed,
    ]
    .into_iter()
    .filter(|x| domain::grants::application::step(a.status, *x, Some("x")).is_ok())
    .collect();
    let body = html! {
        p { a href=(format!("/{l}/bo/calls/{}", call.def.key)) { (t(lang, "calls-bo-back-call")) } }
        h1 { (title) }
        p #application-status {
            (call.text(l).title) " — " strong { (status_words(lang, a.status)) }
            @if let Some(r) = &a.reference { " — " (t(lang, "calls-reference")) " " bdi { (r) } }
        }
        @if let Some(n) = notice { p.notice role="status" { (n) } }
        (error_summary(lang, errors))
        (application_view(lang, &state.region, call, a))
        h2 { (t(lang, "calls-attachments-title")) }
        @if files.is_empty() { p { (t(lang, "calls-attachments-none")) } }
        ul #attachments {
            @for f in &files {
                li { a href=(format!("/{l}/bo/calls/applications/{}/attachments/{}", a.id, f.id)) download { bdi { (f.filename) } }
                    " (" (crate::ui::calls::size_words(lang, f.size_bytes)) ")" }
            }
        }
        @if !actions.is_empty() {
            section aria-labelledby="instruction-h" {
                h2 #instruction-h { (t(lang, "calls-instruction-title")) }
                form method="post" action=(format!("/{l}/bo/calls/applications/{}/step", a.id)) novalidate {
                    (csrf_field(ctx))
                    (crate::ui::form::radios("action", &t(lang, "calls-instruction-action"), None,
                        &actions.iter().map(|x| (x.code(), crate::ui::calls::action_words(lang, *x))).collect::<Vec<_>>(),
                        action, errors))
                    (textarea("reason", &t(lang, "calls-instruction-reason"), Some(&t(lang, "calls-instruction-reason-hint")), reason, errors))
                    button type="submit" { (t(lang, "calls-instruction-button")) }
                }
            }
        }
        section aria-labelledby="history-h" {
            h2 #history-h { (t(lang, "calls-history-title")) }
            (history(lang, tz, &events))
        }
    };
    Ok(crate::ui::layout::back_office_form_page(
        lang,
        ctx,
        &title,
        &format!("/bo/calls/applications/{}", a.id),
        body,
        !errors.is_empty(),
    ))
}

async fn step(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, i64)>,
    ctx: Ctx,
    body: Bytes,
) -> PageResult {
    let user = ctx.user()?;
    let (a, call) = load(&state, id).await?;
    let (mut action, mut reason) = (String::new(), String::new());
    for (k, v) in form_urlencoded::parse(&body) {
        match k.as_ref() {
            "action" => action = v.trim().to_owned(),
            "reason" => reason = v.into_owned(),
            _ => {}
        }
    }
    let first = "action-corrections_asked";
    let chosen = Action::parse(&action).filter(|x| !x.by_applicant());
    let Some(chosen) = chosen else {
        let e = FieldError::new(first, t(lang, "calls-instruction-action-error"));
        return render(&state, lang, &ctx, &a, &call, &action, &reason, &[e], None).await;
    };
    let now = state.now().timestamp();
    match state
        .db
        .step_application(id, chosen, Some(&reason), Some(user.id), now)
        .await
    {
        Ok(_) => {}
        Err(StepError::Refused(StepRefusal::ReasonNeeded)) => {
            let e = FieldError::new("reason", t(lang, "calls-instruction-reason-error"));
            return render(&state, lang, &ctx, &a, &call, &action, &reason, &[e], None).await;
        }
        Err(StepError::Refused(StepRefusal::NotNow)) => {
            return Err(PageError::conflict(
                t(lang, "calls-not-now-title"),
                html! { p { (t(lang, "calls-not-now")) } },
            ));
        }
        Err(StepError::Store(e)) => return Err(e.into()),
    }
    if matches!(
        chosen,
        Action::CorrectionsAsked | Action::Accepted | Action::Refused
    ) {
        let a = state.db.application(id).await?.ok_or(PageError::NotFound)?;
        tell_applicant(&state, &call, &a, chosen).await;
    }
    Ok(Redirect::to(&format!("/{}/bo/calls/applications/{id}?done", lang.code())).into_response())
}
