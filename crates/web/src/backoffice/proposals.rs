//! The moderation queue: changes proposed by EPN managers, each with a
//! readable before/after table, accepted (published at once) or rejected
//! with a reason.

use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use domain::Lang;
use domain::account::Access;
use maud::html;
use serde::Deserialize;
use store::editing::{AcceptOutcome, Proposal, ProposalFilter, ProposalStatus};

use super::changes::{Names, changes, changes_table, when};
use super::{FieldError, error_summary, field};
use crate::AppState;
use crate::auth::{Ctx, csrf_field};
use crate::error::ApiError;
use crate::i18n::{t, t_args};
use crate::pages::{PageLang, not_found_page};
use crate::routes::Routes;

pub fn routes() -> Routes {
    Routes::new()
        .get("/{lang}/bo/proposals", Access::COORDINATION, queue)
        .get("/{lang}/bo/proposals/{id}", Access::COORDINATION, detail)
        .post(
            "/{lang}/bo/proposals/{id}/accept",
            Access::COORDINATION,
            accept,
        )
        .post(
            "/{lang}/bo/proposals/{id}/reject",
            Access::COORDINATION,
            reject,
        )
}

pub fn status_label(lang: Lang, s: ProposalStatus) -> String {
    match s {
        ProposalStatus::Pending => t(lang, "proposals-status-pending"),
        ProposalStatus::Accepted => t(lang, "proposals-status-accepted"),
        ProposalStatus::Rejected => t(lang, "proposals-status-rejected"),
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct QueueQuery {
    status: String,
    done: String,
}

async fn queue(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Query(q): Query<QueueQuery>,
    ctx: Ctx,
) -> Response {
    let status = match q.status.as_str() {
        "all" => None,
        s => Some(ProposalStatus::parse(s).unwrap_or(ProposalStatus::Pending)),
    };
    let list = match state
        .db
        .list_proposals(&ProposalFilter {
            status,
            limit: 500,
            ..Default::default()
        })
        .await
    {
        Ok(l) => l,
        Err(e) => return ApiError::internal(e).into_response(),
    };
    let l = lang.code();
    let done = match q.done.as_str() {
        "accepted" => Some(t(lang, "proposals-done-accepted")),
        "rejected" => Some(t(lang, "proposals-done-rejected")),
        _ => None,
    };
    let current = status.map_or("all", ProposalStatus::code);
    let body = html! {
        h1 { (t(lang, "proposals-title")) }
        @if let Some(d) = done { div.notice role="status" { p { (d) } } }
        p { (t(lang, "proposals-intro")) }
        form.filters method="get" action=(format!("/{l}/bo/proposals")) {
            div.field {
                label for="status" { (t(lang, "proposals-status")) }
                select #status name="status" {
                    @for s in ProposalStatus::ALL {
                        option value=(s.code()) selected[current == s.code()] { (status_label(lang, s)) }
                    }
                    option value="all" selected[current == "all"] { (t(lang, "filter-any")) }
                }
            }
            button type="submit" { (t(lang, "filters-apply")) }
        }
        p.count { (t_args(lang, "proposals-count", &[("count", list.len().into())])) }
        @if !list.is_empty() {
            div.table-scroll tabindex="0" role="region" aria-label=(t(lang, "proposals-title")) {
                table.bo {
                    caption { (t(lang, "proposals-title")) }
                    thead { tr {
                        th scope="col" { (t(lang, "edit-field-name")) }
                        th scope="col" { (t(lang, "edit-field-organisation")) }
                        th scope="col" { (t(lang, "proposals-author")) }
                        th scope="col" { (t(lang, "proposals-sent")) }
                        th scope="col" { (t(lang, "proposals-status")) }
                    } }
                    tbody {
                        @for p in &list {
                            tr {
                                td {
                                    a href=(format!("/{l}/bo/proposals/{}", p.id)) { (p.after.name) }
                                    @if p.place_id.is_none() && p.status == ProposalStatus::Pending { " " span.tag { (t(lang, "proposals-new-place")) } }
                                }
                                td { (p.organisation_name) }
                                td { (p.author_name) }
                                td { (when(lang, &state, p.created_at)) }
                                td { (status_label(lang, p.status)) }
                            }
                        }
                    }
                }
            }
        }
    };
    super::page(
        lang,
        &ctx,
        &t(lang, "proposals-title"),
        "/bo/proposals",
        body,
    )
}

/// What the proposal page shows after an action.
#[derive(Default)]
struct After<'a> {
    errors: &'a [FieldError],
    /// The reason typed (kept after an error).
    reason: &'a str,
    /// A message about the last action (accept refused…).
    problem: Option<String>,
}

async fn render_detail(
    state: &AppState,
    lang: Lang,
    ctx: &Ctx,
    p: &Proposal,
    after: After<'_>,
    status: StatusCode,
) -> Response {
    let After {
        errors,
        reason,
        problem,
    } = after;
    let l = lang.code();
    let names = Names::load(state).await;
    let current = match p.place_id {
        Some(id) => state.db.editable_place(id).await.ok().flatten(),
        None => None,
    };
    let before = p.before.as_ref().map(|b| b.to_json());
    let list = changes(before.as_ref(), Some(&p.after.to_json()));
    let changed_since = p.status == ProposalStatus::Pending
        && p.place_id.is_some()
        && current.as_ref().map(|c| &c.record) != p.before.as_ref();
    let title = t_args(
        lang,
        "proposal-title",
        &[("name", p.after.name.clone().into())],
    );
    let body = html! {
        nav.crumbs aria-label=(t(lang, "breadcrumb")) {
            a href=(format!("/{l}/bo/proposals")) { (t(lang, "proposals-title")) }
        }
        h1 { (title) }
        @if let Some(msg) = &problem { div.notice.warning role="alert" { p { (msg) } } }
        dl.facts {
            dt { (t(lang, "edit-field-organisation")) } dd { (p.organisation_name) }
            dt { (t(lang, "proposals-author")) } dd { (p.author_name) " (" (p.author_email) ")" }
            dt { (t(lang, "proposals-sent")) } dd { (when(lang, state, p.created_at)) }
            dt { (t(lang, "proposals-status")) } dd {
                (status_label(lang, p.status))
                @if let (Some(by), Some(at)) = (&p.decided_by_name, p.decided_at) { " – " (by) ", " (when(lang, state, at)) }
            }
            @if let Some(r) = &p.reason { dt { (t(lang, "proposals-reason")) } dd { (r) } }
            dt { (t(lang, "proposals-place")) } dd {
                @match (p.place_id, &current) {
                    (Some(id), Some(_)) => a href=(format!("/{l}/bo/places/{id}")) { (t(lang, "proposals-place-current")) },
                    (Some(_), None) => (t(lang, "proposals-place-gone")),
                    (None, _) => (t(lang, "proposals-new-place")),
                }
            }
        }
        h2 { (t(lang, "proposals-changes")) }
        (changes_table(lang, &names, &t(lang, "proposals-changes-caption"), &list))
        @if p.status == ProposalStatus::Pending {
            @if changed_since && problem.is_none() {
                div.notice.warning { p { (t(lang, "proposals-changed-since")) } }
            }
            h2 { (t(lang, "proposals-decide")) }
            (error_summary(lang, errors))
            form method="post" action=(format!("/{l}/bo/proposals/{}/accept", p.id)) {
                (csrf_field(ctx))
                button type="submit" { (t(lang, "proposals-accept")) }
            }
            form method="post" action=(format!("/{l}/bo/proposals/{}/reject", p.id)) novalidate {
                (csrf_field(ctx))
                (field("reason", &t(lang, "proposals-reason"), Some(&t(lang, "proposals-reason-hint")), errors, |aria| html! {
                    textarea #reason name="reason" rows="3" required
                        aria-invalid=[aria.invalid]
                        aria-describedby=[aria.described_by] { (reason) }
                }))
                button.secondary type="submit" { (t(lang, "proposals-reject")) }
            }
        }
    };
    let mut res = super::page(lang, ctx, &title, &format!("/bo/proposals/{}", p.id), body);
    *res.status_mut() = status;
    res
}

/// The proposal page again, saying why the decision was refused (409).
/// The proposal as it is now (someone else may just have decided it), with
/// why the decision was refused: 409.
async fn render_refused(
    state: &AppState,
    lang: Lang,
    ctx: &Ctx,
    id: &str,
    problem: String,
) -> Response {
    let p = match load(state, lang, id).await {
        Ok(p) => p,
        Err(r) => return r,
    };
    let after = After {
        problem: Some(problem),
        ..Default::default()
    };
    render_detail(state, lang, ctx, &p, after, StatusCode::CONFLICT).await
}

async fn load(state: &AppState, lang: Lang, id: &str) -> Result<Proposal, Response> {
    let Ok(id) = id.parse::<i64>() else {
        return Err(not_found_page(lang));
    };
    match state.db.proposal(id).await {
        Ok(Some(p)) => Ok(p),
        Ok(None) => Err(not_found_page(lang)),
        Err(e) => Err(ApiError::internal(e).into_response()),
    }
}

async fn detail(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    ctx: Ctx,
) -> Response {
    match load(&state, lang, &id).await {
        Ok(p) => render_detail(&state, lang, &ctx, &p, After::default(), StatusCode::OK).await,
        Err(r) => r,
    }
}

async fn accept(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    ctx: Ctx,
) -> Response {
    let user = match ctx.user() {
        Ok(u) => u.id,
        Err(r) => return r,
    };
    let p = match load(&state, lang, &id).await {
        Ok(p) => p,
        Err(r) => return r,
    };
    let problem = match state
        .db
        .accept_proposal(p.id, user, state.now().timestamp())
        .await
    {
        Ok(AcceptOutcome::Accepted { place_id }) => {
            super::place_edit::refresh(&state).await;
            notify_author(&state, &p, Decision::Accepted { place_id }).await;
            return Redirect::to(&format!("/{}/bo/proposals?done=accepted", lang.code()))
                .into_response();
        }
        Ok(AcceptOutcome::PlaceChanged) => t(lang, "proposals-refused-changed"),
        Ok(AcceptOutcome::PlaceGone) => t(lang, "proposals-refused-gone"),
        Ok(AcceptOutcome::NotPending) => t(lang, "proposals-refused-decided"),
        Ok(AcceptOutcome::NotFound) => return not_found_page(lang),
        Err(e) => return ApiError::internal(e).into_response(),
    };
    render_refused(&state, lang, &ctx, &id, problem).await
}

/// What the coordination decided, for the author's e-mail.
enum Decision<'a> {
    Accepted { place_id: i64 },
    Rejected { reason: &'a str },
}

/// Tells the author of a proposal what the coordination decided (in the
/// region's staff languages); a failure is logged, the decision stands.
async fn notify_author(state: &AppState, p: &Proposal, decision: Decision<'_>) {
    let langs = crate::jobs::staff_langs(&state.region);
    let place = p.after.name.clone();
    let (subject, body) = match decision {
        Decision::Accepted { place_id } => (
            crate::jobs::staff_subject(&langs, |lang| t(lang, "proposals-mail-accepted-subject")),
            crate::jobs::staff_body(&langs, |lang| {
                let link = state
                    .config
                    .link(&format!("/{}/places/{place_id}", lang.code()));
                t_args(
                    lang,
                    "proposals-mail-accepted-body",
                    &[("place", place.clone().into()), ("link", link.into())],
                )
            }),
        ),
        Decision::Rejected { reason } => (
            crate::jobs::staff_subject(&langs, |lang| t(lang, "proposals-mail-rejected-subject")),
            crate::jobs::staff_body(&langs, |lang| {
                let link = state.config.link(&match p.place_id {
                    Some(id) => format!("/{}/bo/places/{id}", lang.code()),
                    None => format!("/{}/bo/places", lang.code()),
                });
                t_args(
                    lang,
                    "proposals-mail-rejected-body",
                    &[
                        ("place", place.clone().into()),
                        ("reason", reason.to_owned().into()),
                        ("link", link.into()),
                    ],
                )
            }),
        ),
    };
    let mail = crate::mail::Mail {
        to: p.author_email.clone(),
        subject,
        body,
    };
    let _ = state.send_mail(&mail).await;
}

#[derive(Debug, Default, Deserialize)]
pub struct RejectForm {
    #[serde(default)]
    reason: String,
}

async fn reject(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    ctx: Ctx,
    Form(form): Form<RejectForm>,
) -> Response {
    let user = match ctx.user() {
        Ok(u) => u.id,
        Err(r) => return r,
    };
    let p = match load(&state, lang, &id).await {
        Ok(p) => p,
        Err(r) => return r,
    };
    let reason = form.reason.trim();
    if reason.is_empty() || reason.chars().count() > 2000 {
        let errors = [FieldError::new("reason", t(lang, "proposals-error-reason"))];
        return render_detail(
            &state,
            lang,
            &ctx,
            &p,
            After {
                errors: &errors,
                reason: &form.reason,
                problem: None,
            },
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    match state
        .db
        .reject_proposal(p.id, user, reason, state.now().timestamp())
        .await
    {
        Ok(true) => {
            notify_author(&state, &p, Decision::Rejected { reason }).await;
            Redirect::to(&format!("/{}/bo/proposals?done=rejected", lang.code())).into_response()
        }
        Ok(false) => {
            render_refused(
                &state,
                lang,
                &ctx,
                &id,
                t(lang, "proposals-refused-decided"),
            )
            .await
        }
        Err(e) => ApiError::internal(e).into_response(),
    }
}
