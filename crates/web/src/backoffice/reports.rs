//! The "report a mistake" messages from the public, for the coordination:
//! open ones first, each with a link to the place and "mark as done".

use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect};
use domain::account::Access;
use maud::html;
use serde::Deserialize;

use crate::AppState;
use crate::auth::{Ctx, csrf_field};
use crate::i18n::{t, t_args};
use crate::routes::Routes;
use crate::ui::format::local_datetime;
use crate::ui::layout::back_office_page;
use crate::ui::{PageLang, PageResult};

pub fn routes() -> Routes {
    Routes::new()
        .get("/{lang}/bo/reports", Access::COORDINATION, reports_page)
        .post(
            "/{lang}/bo/reports/{id}/done",
            Access::COORDINATION,
            mark_done,
        )
}

#[derive(Debug, Default, Deserialize)]
pub struct ReportsQuery {
    /// `done` lists the reports already handled.
    #[serde(default)]
    status: String,
    /// The report just marked as done.
    marked: Option<i64>,
}

async fn reports_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Query(q): Query<ReportsQuery>,
    ctx: Ctx,
) -> PageResult {
    let done = q.status == "done";
    let reports = state.db.mistake_reports(done).await?;
    let l = lang.code();
    let caption = if done {
        t(lang, "reports-done-caption")
    } else {
        t(lang, "reports-open-caption")
    };
    let body = html! {
        h1 { (t(lang, "reports-title")) }
        p { (t(lang, "reports-intro")) }
        @if let Some(id) = q.marked {
            p.notice role="status" { (t_args(lang, "reports-marked", &[("id", id.to_string().into())])) }
        }
        p {
            @if done {
                a href=(format!("/{l}/bo/reports")) { (t(lang, "reports-see-open")) }
            } @else {
                a href=(format!("/{l}/bo/reports?status=done")) { (t(lang, "reports-see-done")) }
            }
        }
        p.count {
            @if done { (t_args(lang, "reports-done-count", &[("count", reports.len().into())])) }
            @else { (t_args(lang, "reports-open-count", &[("count", reports.len().into())])) }
        }
        @if !reports.is_empty() {
            div.table-scroll {
                table.bo.bomod {
                    caption { (caption) }
                    thead { tr {
                        th scope="col" { (t(lang, "reports-col-received")) }
                        th scope="col" { (t(lang, "reports-col-place")) }
                        th scope="col" { (t(lang, "reports-col-message")) }
                        th scope="col" { (t(lang, "reports-col-contact")) }
                        th scope="col" { @if done { (t(lang, "reports-col-handled")) } @else { (t(lang, "reports-col-action")) } }
                    } }
                    tbody {
                        @for r in &reports {
                            tr {
                                td { (local_datetime(lang, state.region.timezone, r.created_at)) }
                                td {
                                    a href=(format!("/{l}/places/{}", r.place_id)) { (r.place_name) }
                                    br;
                                    a.small href=(format!("/{l}/bo/places/{}", r.place_id)) {
                                        (t(lang, "quality-edit"))
                                        span.visually-hidden { " – " (r.place_name) }
                                    }
                                }
                                td.bomod-message dir="auto" { (r.message) }
                                td dir="auto" { (r.contact.as_deref().unwrap_or("—")) }
                                td {
                                    @if done {
                                        (r.handled_at.map(|at| local_datetime(lang, state.region.timezone, at)).unwrap_or_default())
                                        @if let Some(e) = &r.handled_email { br; (e) }
                                    } @else {
                                        form.inline method="post" action=(format!("/{l}/bo/reports/{}/done", r.id)) {
                                            (csrf_field(&ctx))
                                            button.secondary type="submit" {
                                                (t(lang, "reports-mark-done"))
                                                span.visually-hidden { " – " (t_args(lang, "reports-number", &[("id", r.id.to_string().into())])) }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    };
    let tail = if done {
        "/bo/reports?status=done"
    } else {
        "/bo/reports"
    };
    Ok(back_office_page(
        lang,
        &ctx,
        &t(lang, "reports-title"),
        tail,
        body,
    ))
}

async fn mark_done(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, i64)>,
    ctx: Ctx,
) -> PageResult {
    let actor = ctx.user.as_ref().map(|u| u.id);
    let marked = state
        .db
        .mark_report_done(id, actor, state.now().timestamp())
        .await?;
    let to = if marked {
        format!("/{}/bo/reports?marked={id}", lang.code())
    } else {
        // Already done (by a colleague, or a second click): back to the list.
        format!("/{}/bo/reports", lang.code())
    };
    Ok(Redirect::to(&to).into_response())
}
