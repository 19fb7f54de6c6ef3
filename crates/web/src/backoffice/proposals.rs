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

use super::changes::{Names, changes, changes_table};
use crate::AppState;
use crate::auth::{Ctx, csrf_field};
use crate::i18n::{t, t_args};
use crate::routes::Routes;
use crate::services::places;
use crate::ui::form::{FieldError, error_summary, field};
use crate::ui::format::local_datetime;
use crate::ui::layout::back_office_page;
use crate::ui::{PageError, PageLang, PageResult};

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
) -> PageResult {
    let status = match q.status.as_str() {
        "all" => None,
        s => Some(ProposalStatus::parse(s).unwrap_or(ProposalStatus::Pending)),
    };
    let list = state
        .db
        .list_proposals(&ProposalFilter {
            status,
            limit: 500,
            ..Default::default()
        })
        .await?;
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
                                td { (local_datetime(lang, state.region.timezone, p.created_at)) }
                                td { (status_label(lang, p.status)) }
                            }
                        }
                    }
                }
            }
        }
    };
    Ok(back_office_page(
        lang,
        &ctx,
        &t(lang, "proposals-title"),
        "/bo/proposals",
        body,
    ))
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
            dt { (t(lang, "proposals-sent")) } dd { (local_datetime(lang, state.region.timezone, p.created_at)) }
            dt { (t(lang, "proposals-status")) } dd {
                (status_label(lang, p.status))
                @if let (Some(by), Some(at)) = (&p.decided_by_name, p.decided_at) { " – " (by) ", " (local_datetime(lang, state.region.timezone, at)) }
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
    let mut res = back_office_page(lang, ctx, &title, &format!("/bo/proposals/{}", p.id), body);
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
) -> PageResult {
    let p = load(state, id).await?;
    let after = After {
        problem: Some(problem),
        ..Default::default()
    };
    Ok(render_detail(state, lang, ctx, &p, after, StatusCode::CONFLICT).await)
}

async fn load(state: &AppState, id: &str) -> PageResult<Proposal> {
    let id = id.parse::<i64>().map_err(|_| PageError::NotFound)?;
    state.db.proposal(id).await?.ok_or(PageError::NotFound)
}

async fn detail(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    ctx: Ctx,
) -> PageResult {
    let p = load(&state, &id).await?;
    Ok(render_detail(&state, lang, &ctx, &p, After::default(), StatusCode::OK).await)
}

async fn accept(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    ctx: Ctx,
) -> PageResult {
    let user = ctx.user()?;
    let p = load(&state, &id).await?;
    let problem = match places::accept_proposal(&state, &p, user.id).await? {
        AcceptOutcome::Accepted { .. } => {
            return Ok(
                Redirect::to(&format!("/{}/bo/proposals?done=accepted", lang.code()))
                    .into_response(),
            );
        }
        AcceptOutcome::PlaceChanged => t(lang, "proposals-refused-changed"),
        AcceptOutcome::PlaceGone => t(lang, "proposals-refused-gone"),
        AcceptOutcome::NotPending => t(lang, "proposals-refused-decided"),
        AcceptOutcome::NotFound => return Err(PageError::NotFound),
    };
    render_refused(&state, lang, &ctx, &id, problem).await
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
) -> PageResult {
    let user = ctx.user()?;
    let p = load(&state, &id).await?;
    let reason = form.reason.trim();
    if reason.is_empty() || reason.chars().count() > 2000 {
        let errors = [FieldError::new("reason", t(lang, "proposals-error-reason"))];
        return Ok(render_detail(
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
        .await);
    }
    if !places::reject_proposal(&state, &p, user.id, reason).await? {
        return render_refused(
            &state,
            lang,
            &ctx,
            &id,
            t(lang, "proposals-refused-decided"),
        )
        .await;
    }
    Ok(Redirect::to(&format!("/{}/bo/proposals?done=rejected", lang.code())).into_response())
}
