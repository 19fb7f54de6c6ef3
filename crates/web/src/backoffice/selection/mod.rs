//! The coordination's side of a call's jury and selection (issue 14): the
//! jurors (invite an account of role jury, or invite a new person through
//! the usual invitation e-mail; remove), the conflicts of interest it
//! records for a juror, the jury's results (`results`), the scenarios of
//! selection under the envelope and the decision (`scenarios`), the
//! agreements, payments, final reports and their reminders (`agreements`).

mod agreements;
mod results;
mod scenarios;

use std::collections::BTreeMap;

use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use domain::Lang;
use domain::account::{Access, Role};
use maud::{Markup, html};
use store::grants::Call;
use store::grants::jury::assessed_by_jury;

use crate::AppState;
use crate::auth::{Ctx, csrf_field};
use crate::backoffice::account::send_link;
use crate::i18n::{t, t_args};
use crate::routes::Routes;
use crate::ui::budget::euros;
use crate::ui::form::{FieldError, error_summary, field, text_input, textarea};
use crate::ui::format::local_datetime;
use crate::ui::jury::{application_label, application_name, call_title, status_name};
use crate::ui::layout::back_office_page;
use crate::ui::{PageError, PageLang, PageResult};

const C: Access = Access::COORDINATION;

pub fn routes() -> Routes {
    Routes::new()
        .get("/{lang}/bo/selection", C, calls_page)
        .get("/{lang}/bo/selection/{call}", C, call_page)
        .post("/{lang}/bo/selection/{call}/jurors", C, invite)
        .post(
            "/{lang}/bo/selection/{call}/jurors/{user}/remove",
            C,
            remove,
        )
        .post("/{lang}/bo/selection/{call}/conflicts", C, record_conflict)
        .get("/{lang}/bo/selection/{call}/results", C, results::page)
        .get("/{lang}/bo/selection/{call}/results.csv", C, results::csv)
        .get("/{lang}/bo/selection/{call}/results.xlsx", C, results::xlsx)
        .get("/{lang}/bo/selection/{call}/scenarios", C, scenarios::page)
        .post(
            "/{lang}/bo/selection/{call}/scenarios",
            C,
            scenarios::create,
        )
        .post("/{lang}/bo/selection/{call}/decision", C, scenarios::decide)
        .get(
            "/{lang}/bo/selection/{call}/agreements",
            C,
            agreements::page,
        )
        .post(
            "/{lang}/bo/selection/{call}/agreements",
            C,
            agreements::create,
        )
        .post(
            "/{lang}/bo/selection/{call}/agreements/{id}/payments",
            C,
            agreements::pay,
        )
        .post(
            "/{lang}/bo/selection/{call}/agreements/{id}/report",
            C,
            agreements::report,
        )
        .post(
            "/{lang}/bo/selection/{call}/reminders",
            C,
            agreements::remind,
        )
}

/// The call of this key, 404 when there is none.
async fn call_of(state: &AppState, key: &str) -> PageResult<Call> {
    state.db.call_by_key(key).await?.ok_or(PageError::NotFound)
}

fn query_value(raw: &Option<String>, key: &str) -> Option<String> {
    form_urlencoded::parse(raw.as_deref().unwrap_or("").as_bytes())
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.into_owned())
}

/// A posted form as field -> value (the last value of a name wins).
fn fields(body: &Bytes) -> BTreeMap<String, String> {
    form_urlencoded::parse(body)
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

/// The links of every page of a call's selection.
fn call_nav(lang: Lang, call: &Call) -> Markup {
    let l = lang.code();
    let k = &call.def.key;
    html! {
        nav aria-label=(t(lang, "selection-nav")) {
            ul.inline-links {
                li { a href=(format!("/{l}/bo/selection/{k}")) { (t(lang, "selection-jury-link")) } }
                li { a href=(format!("/{l}/bo/selection/{k}/results")) { (t(lang, "selection-results-link")) } }
                li { a href=(format!("/{l}/bo/selection/{k}/scenarios")) { (t(lang, "selection-scenarios-link")) } }
                li { a href=(format!("/{l}/bo/selection/{k}/agreements")) { (t(lang, "selection-agreements-link")) } }
            }
        }
    }
}

fn crumbs(lang: Lang) -> Markup {
    let l = lang.code();
    html! { nav.crumbs aria-label=(t(lang, "breadcrumb")) { a href=(format!("/{l}/bo/selection")) { (t(lang, "selection-title")) } } }
}

/// 422 when the page carries errors.
fn with_status(mut res: Response, errors: &[FieldError]) -> Response {
    if !errors.is_empty() {
        *res.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    }
    res
}

async fn calls_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    ctx: Ctx,
) -> PageResult {
    let l = lang.code();
    let calls = state.db.calls().await?;
    let now = state.now().timestamp();
    let title = t(lang, "selection-title");
    let caption = t_args(
        lang,
        "selection-calls-caption",
        &[("count", calls.len().into())],
    );
    let body = html! {
        h1 { (title) }
        p { (t(lang, "selection-intro")) }
        div.table-scroll tabindex="0" role="region" aria-label=(caption) {
            table.bo #selection-calls {
                caption { (caption) }
                thead { tr {
                    th scope="col" { (t(lang, "selection-call")) }
                    th scope="col" { (t(lang, "selection-closes")) }
                    th scope="col" { (t(lang, "selection-envelope")) }
                    th scope="col" { (t(lang, "selection-stage")) }
                } }
                tbody {
                    @for c in &calls {
                        tr {
                            th scope="row" { a href=(format!("/{l}/bo/selection/{}", c.def.key)) { (call_title(lang, c)) } }
                            td { (local_datetime(lang, state.region.timezone, c.def.closes_at)) }
                            td.num { (euros(c.def.envelope_cents)) }
                            td { (stage(lang, c, now)) }
                        }
                    }
                }
            }
        }
    };
    Ok(back_office_page(lang, &ctx, &title, "/bo/selection", body))
}

/// Where a call stands for the selection: open, closed (the jury works), decided.
fn stage(lang: Lang, c: &Call, now: i64) -> String {
    let code = match c.status {
        domain::grants::call::CallStatus::Decided => "decided",
        domain::grants::call::CallStatus::Draft => "draft",
        _ if c.is_closed(now) => "closed",
        _ => "open",
    };
    t(lang, &format!("selection-stage-{code}"))
}

async fn call_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, key)): Path<(String, String)>,
    RawQuery(raw): RawQuery,
    ctx: Ctx,
) -> PageResult {
    let call = call_of(&state, &key).await?;
    let notice = query_value(&raw, "done").map(|d| {
        t(
            lang,
            &format!(
                "selection-done-{}",
                match d.as_str() {
                    "invited" | "sent" | "not-sent" | "removed" | "conflict" => d.as_str(),
                    _ => "saved",
                }
            ),
        )
    });
    render_call(&state, lang, &ctx, &call, notice, &BTreeMap::new(), &[]).await
}

async fn render_call(
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
    let jurors = state.db.jurors(call.id).await?;
    let conflicts = state.db.conflicts(call.id).await?;
    let apps: Vec<_> = state
        .db
        .applications_of_call(call.id)
        .await?
        .into_iter()
        .filter(|a| assessed_by_jury(a.status))
        .collect();
    let candidates: Vec<_> = state
        .db
        .list_users()
        .await?
        .into_iter()
        .filter(|u| u.role == Role::Jury && u.active && !jurors.iter().any(|j| j.user_id == u.id))
        .collect();
    let v = |f: &str| typed.get(f).cloned().unwrap_or_default();
    let now = state.now().timestamp();
    let title = call_title(lang, call);
    let body = html! {
        (error_summary(lang, errors))
        (crumbs(lang))
        h1 { (title) }
        @if let Some(n) = &notice { p.notice role="status" { (n) } }
        (call_nav(lang, call))
        p {
            (t_args(lang, "selection-call-facts", &[
                ("closes", local_datetime(lang, state.region.timezone, call.def.closes_at).into()),
                ("count", apps.len().into()),
            ]))
            " " (stage(lang, call, now))
        }
        h2 #jurors-title { (t(lang, "selection-jurors-title")) }
        @if jurors.is_empty() { p { (t(lang, "selection-no-jurors")) } }
        @else {
            div.table-scroll tabindex="0" role="region" aria-labelledby="jurors-title" {
                table.bo #selection-jurors {
                    caption { (t_args(lang, "selection-jurors-caption", &[("count", jurors.len().into())])) }
                    thead { tr {
                        th scope="col" { (t(lang, "selection-juror")) }
                        th scope="col" { (t(lang, "selection-juror-email")) }
                        th scope="col" { (t(lang, "selection-juror-conflicts")) }
                        th scope="col" { (t(lang, "selection-action")) }
                    } }
                    tbody {
                        @for j in &jurors {
                            tr {
                                th scope="row" { (j.name) }
                                td { bdi { (j.email) } }
                                td.num { bdi { (conflicts.iter().filter(|c| c.user_id == j.user_id).count()) } }
                                td {
                                    form.inline method="post" action=(format!("/{l}/bo/selection/{k}/jurors/{}/remove", j.user_id)) {
                                        (csrf_field(ctx))
                                        button.secondary type="submit" aria-label=(t_args(lang, "selection-remove-juror-label", &[("name", j.name.clone().into())])) { (t(lang, "selection-remove-juror")) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        h3 #invite-title { (t(lang, "selection-invite-title")) }
        form method="post" action=(format!("/{l}/bo/selection/{k}/jurors")) novalidate aria-labelledby="invite-title" {
            (csrf_field(ctx))
            (field("juror", &t(lang, "selection-invite-existing"), Some(&t(lang, "selection-invite-existing-hint")), errors, |aria| html! {
                select #juror name="juror" aria-invalid=[aria.invalid] aria-describedby=[aria.described_by] {
                    option value="" { (t(lang, "selection-invite-new")) }
                    @for u in &candidates {
                        @let id = u.id.to_string();
                        option value=(id) selected[v("juror") == id] { (u.name) " – " (u.email) }
                    }
                }
            }))
            (text_input("email", &t(lang, "selection-invite-email"), "email", &v("email"), None, errors))
            (text_input("name", &t(lang, "selection-invite-name"), "text", &v("name"), None, errors))
            button type="submit" { (t(lang, "selection-invite-button")) }
        }
        h2 #conflicts-title { (t(lang, "selection-conflicts-title")) }
        p { (t(lang, "selection-conflicts-intro")) }
        @if conflicts.is_empty() { p { (t(lang, "selection-no-conflicts")) } }
        @else {
            div.table-scroll tabindex="0" role="region" aria-labelledby="conflicts-title" {
                table.bo #selection-conflicts {
                    caption { (t_args(lang, "selection-conflicts-caption", &[("count", conflicts.len().into())])) }
                    thead { tr {
                        th scope="col" { (t(lang, "jury-field-application")) }
                        th scope="col" { (t(lang, "selection-juror")) }
                        th scope="col" { (t(lang, "selection-conflict-reason")) }
                        th scope="col" { (t(lang, "selection-conflict-by")) }
                    } }
                    tbody {
                        @for c in &conflicts {
                            tr {
                                th scope="row" { @if let Some(a) = apps.iter().find(|a| a.id == c.application_id) { (application_label(a)) } }
                                td { (jurors.iter().find(|j| j.user_id == c.user_id).map_or("–", |j| j.name.as_str())) }
                                td { bdi { (c.reason) } }
                                td {
                                    @if c.declared_by == Some(c.user_id) { (t(lang, "selection-conflict-by-juror")) }
                                    @else { (t(lang, "selection-conflict-by-coordination")) }
                                    ", " (local_datetime(lang, state.region.timezone, c.declared_at))
                                }
                            }
                        }
                    }
                }
            }
        }
        @if !jurors.is_empty() && !apps.is_empty() {
            h3 #conflict-form-title { (t(lang, "selection-conflict-form-title")) }
            form method="post" action=(format!("/{l}/bo/selection/{k}/conflicts")) novalidate aria-labelledby="conflict-form-title" {
                (csrf_field(ctx))
                (field("conflict-juror", &t(lang, "selection-juror"), None, errors, |aria| html! {
                    select #conflict-juror name="conflict-juror" aria-invalid=[aria.invalid] aria-describedby=[aria.described_by] {
                        option value="" { (t(lang, "selection-choose")) }
                        @for j in &jurors {
                            @let id = j.user_id.to_string();
                            option value=(id) selected[v("conflict-juror") == id] { (j.name) }
                        }
                    }
                }))
                (field("conflict-application", &t(lang, "jury-field-application"), None, errors, |aria| html! {
                    select #conflict-application name="conflict-application" aria-invalid=[aria.invalid] aria-describedby=[aria.described_by] {
                        option value="" { (t(lang, "selection-choose")) }
                        @for a in &apps {
                            @let id = a.id.to_string();
                            option value=(id) selected[v("conflict-application") == id] { (application_name(a)) " (" (status_name(lang, a.status)) ")" }
                        }
                    }
                }))
                (textarea("conflict-reason", &t(lang, "selection-conflict-reason"), None, &v("conflict-reason"), errors))
                button type="submit" { (t(lang, "selection-conflict-button")) }
            }
        }
    };
    Ok(with_status(
        back_office_page(lang, ctx, &title, &format!("/bo/selection/{k}"), body),
        errors,
    ))
}

async fn invite(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, key)): Path<(String, String)>,
    ctx: Ctx,
    body: Bytes,
) -> PageResult {
    let call = call_of(&state, &key).await?;
    let actor = ctx.user()?.id;
    let f = fields(&body);
    let now = state.now().timestamp();
    let get = |k: &str| f.get(k).map(|s| s.trim().to_string()).unwrap_or_default();
    let l = lang.code();
    // An existing account of role jury.
    if let Ok(id) = get("juror").parse::<i64>() {
        match state.db.user_by_id(id).await? {
            Some(u) if u.role == Role::Jury => {
                state
                    .db
                    .invite_juror(call.id, u.id, Some(actor), now)
                    .await?;
                return Ok(
                    Redirect::to(&format!("/{l}/bo/selection/{key}?done=invited")).into_response(),
                );
            }
            _ => {
                let errors = vec![FieldError::new("juror", t(lang, "selection-error-juror"))];
                return render_call(&state, lang, &ctx, &call, None, &f, &errors).await;
            }
        }
    }
    // A new person: an account of role jury, invited by e-mail.
    let mut errors = Vec::new();
    let email = domain::account::normalise_email(&get("email"));
    if email.is_none() {
        errors.push(FieldError::new("email", t(lang, "error-email-invalid")));
    }
    if get("name").is_empty() {
        errors.push(FieldError::new("name", t(lang, "error-name-missing")));
    }
    let existing = match &email {
        Some(e) => state.db.user_by_email(e).await?,
        None => None,
    };
    if existing.as_ref().is_some_and(|u| u.role != Role::Jury) {
        errors.push(FieldError::new(
            "email",
            t(lang, "selection-error-not-jury"),
        ));
    }
    let (Some(email), true) = (email, errors.is_empty()) else {
        return render_call(&state, lang, &ctx, &call, None, &f, &errors).await;
    };
    let (id, new) = match existing {
        Some(u) => (u.id, false),
        None => (
            state
                .db
                .create_user(&email, &get("name"), Role::Jury, &[], None, now)
                .await?,
            true,
        ),
    };
    state.db.invite_juror(call.id, id, Some(actor), now).await?;
    let done = if new {
        if let Some(u) = state.db.user_by_id(id).await? {
            let _ = state
                .db
                .audit(
                    &store::audit::NewAudit {
                        user_id: Some(actor),
                        action: "user.invite",
                        entity: "user",
                        entity_id: Some(id),
                        after: Some(serde_json::json!({"email": u.email, "role": "jury"})),
                        ..Default::default()
                    },
                    now,
                )
                .await;
            match send_link(&state, lang, &u, store::accounts::LinkPurpose::Invite).await {
                Ok(()) => "sent",
                Err(_) => "not-sent",
            }
        } else {
            "invited"
        }
    } else {
        "invited"
    };
    Ok(Redirect::to(&format!("/{l}/bo/selection/{key}?done={done}")).into_response())
}

async fn remove(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, key, user)): Path<(String, String, String)>,
    ctx: Ctx,
) -> PageResult {
    let call = call_of(&state, &key).await?;
    let user: i64 = user.parse().map_err(|_| PageError::NotFound)?;
    if !state.db.is_juror(call.id, user).await? {
        return Err(PageError::NotFound);
    }
    state
        .db
        .remove_juror(call.id, user, Some(ctx.user()?.id), state.now().timestamp())
        .await?;
    Ok(Redirect::to(&format!("/{}/bo/selection/{key}?done=removed", lang.code())).into_response())
}

async fn record_conflict(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, key)): Path<(String, String)>,
    ctx: Ctx,
    body: Bytes,
) -> PageResult {
    let call = call_of(&state, &key).await?;
    let f = fields(&body);
    let get = |k: &str| f.get(k).map(|s| s.trim().to_string()).unwrap_or_default();
    let mut errors = Vec::new();
    let juror = get("conflict-juror").parse::<i64>().ok();
    let juror = match juror {
        Some(j) if state.db.is_juror(call.id, j).await? => Some(j),
        _ => {
            errors.push(FieldError::new(
                "conflict-juror",
                t(lang, "selection-error-choose-juror"),
            ));
            None
        }
    };
    let app = match get("conflict-application").parse::<i64>().ok() {
        Some(a) => state
            .db
            .application(a)
            .await?
            .filter(|a| a.call_id == call.id),
        None => None,
    };
    if app.is_none() {
        errors.push(FieldError::new(
            "conflict-application",
            t(lang, "selection-error-choose-application"),
        ));
    }
    if get("conflict-reason").is_empty() {
        errors.push(FieldError::new(
            "conflict-reason",
            t(lang, "jury-error-reason"),
        ));
    }
    let (Some(juror), Some(app), true) = (juror, app, errors.is_empty()) else {
        return render_call(&state, lang, &ctx, &call, None, &f, &errors).await;
    };
    state
        .db
        .declare_conflict(
            app.id,
            juror,
            &get("conflict-reason"),
            Some(ctx.user()?.id),
            state.now().timestamp(),
        )
        .await?;
    Ok(Redirect::to(&format!(
        "/{}/bo/selection/{key}?done=conflict",
        lang.code()
    ))
    .into_response())
}
