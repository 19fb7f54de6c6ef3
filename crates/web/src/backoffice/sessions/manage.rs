//! One session in the back office: who is booked, attendance after the
//! session, cancelling (one date or the rest of a series).

use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::response::{IntoResponse, Redirect};
use domain::sessions::{Attendance, BookingStatus, SessionStatus};
use maud::html;

use super::managed_session;
use crate::AppState;
use crate::auth::{Ctx, csrf_field};
use crate::i18n::{t, t_args};
use crate::services::sessions;
use crate::ui::format::local_time_span;
use crate::ui::layout::back_office_page;
use crate::ui::sessions::{seats_text, where_text};
use crate::ui::{PageLang, PageResult};

fn query_number(raw: &Option<String>, key: &str) -> Option<usize> {
    form_urlencoded::parse(raw.as_deref().unwrap_or("").as_bytes())
        .find(|(k, _)| k == key)
        .and_then(|(_, v)| v.parse().ok())
}

pub(super) async fn manage_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    RawQuery(raw): RawQuery,
    ctx: Ctx,
) -> PageResult {
    let (_, s) = managed_session(&state, &ctx, &id).await?;
    let bookings = state.db.bookings_of_session(s.id).await?;
    let orgs = state.db.list_organisations().await?;
    let series = match s.series_id {
        Some(id) => state.db.sessions_of_series(id).await?,
        None => Vec::new(),
    };
    let now = state.now().timestamp();
    let notice = if let Some(n) = query_number(&raw, "published") {
        Some(t_args(lang, "sessions-published", &[("count", n.into())]))
    } else if let Some(n) = query_number(&raw, "saved") {
        Some(t_args(lang, "sessions-saved", &[("count", n.into())]))
    } else if let Some(n) = query_number(&raw, "cancelled") {
        Some(t_args(
            lang,
            "sessions-cancelled-told",
            &[("count", n.into())],
        ))
    } else {
        query_number(&raw, "marked")
            .map(|n| t_args(lang, "sessions-attendance-saved", &[("count", n.into())]))
    };
    let org_name = |id: Option<i64>| {
        id.and_then(|id| orgs.iter().find(|o| o.id == id))
            .map_or_else(|| t(lang, "sessions-booked-alone"), |o| o.name.clone())
    };
    let l = lang.code();
    let tz = state.region.timezone;
    let dir = state.directory();
    let started = s.starts_at <= now;
    let confirmed: Vec<_> = bookings
        .iter()
        .filter(|b| b.status == BookingStatus::Confirmed)
        .collect();
    let mut waiting_position = 0;
    // The people booked; on a cancelled date, those whose booking was
    // cancelled with it too (shown as cancelled), so that the EPN knows whom
    // it had to tell.
    let shown: Vec<_> = bookings
        .iter()
        .filter(|b| b.status != BookingStatus::Cancelled || b.cancelled_with(&s))
        .collect();
    let others: Vec<_> = series
        .iter()
        .filter(|o| o.id != s.id && o.starts_at > now)
        .take(6)
        .collect();
    let body = html! {
        nav.crumbs aria-label=(t(lang, "breadcrumb")) { a href=(format!("/{l}/bo/sessions")) { (t(lang, "sessions-bo-title")) } }
        h1 { (s.title) }
        @if let Some(n) = &notice { p.notice role="status" { (n) } }
        ul.session-summary {
            li { (local_time_span(lang, tz, s.starts_at, s.ends_at)) }
            li { (where_text(lang, &dir, &s)) }
            li {
                @if !started { (seats_text(lang, &s)) " – " }
                (t_args(lang, "sessions-booked-of", &[("booked", s.booked.into()), ("seats", s.seats.into()), ("waiting", s.waiting.into())]))
            }
        }
        @if s.status == SessionStatus::Cancelled {
            p.notice { strong { (t(lang, "sessions-status-cancelled")) } @if let Some(r) = &s.cancel_reason { " – " (r) } }
        }
        ul.bo-links {
            li { a href=(format!("/{l}/sessions/{}", s.id)) { (t(lang, "sessions-public-page")) } }
            @if s.is_bookable(now) { li { a href=(format!("/{l}/bo/sessions/{}/edit", s.id)) { (t(lang, "sessions-edit-link")) } } }
        }

        h2 { (t(lang, "sessions-people-title")) }
        @if shown.is_empty() { p { (t(lang, "sessions-people-none")) } }
        @else {
            div.table-scroll {
                table.bo #people {
                    caption { (t(lang, "sessions-people-title")) }
                    thead { tr {
                        th scope="col" { (t(lang, "sessions-person-name")) }
                        th scope="col" { (t(lang, "sessions-booking-status")) }
                        th scope="col" { (t(lang, "sessions-booked-by")) }
                        th scope="col" { (t(lang, "actions")) }
                    } }
                    tbody {
                        @for b in &shown {
                            tr {
                                td { (b.person_name.as_deref().unwrap_or("–")) }
                                td {
                                    @if b.status == BookingStatus::Waiting {
                                        ({ waiting_position += 1; t_args(lang, "sessions-waiting-number", &[("position", waiting_position.into())]) })
                                    } @else if let Some(a) = b.attendance {
                                        (t(lang, &format!("sessions-attendance-{}", a.code())))
                                    } @else { (t(lang, &format!("sessions-booking-{}", b.status.code()))) }
                                }
                                td { (org_name(b.organisation_id)) }
                                td {
                                    @if s.is_bookable(now) {
                                        form.inline method="post" action=(format!("/{l}/bo/bookings/{}/cancel", b.id)) {
                                            (csrf_field(&ctx))
                                            input type="hidden" name="back" value="manage";
                                            button.secondary type="submit" {
                                                (t(lang, "sessions-cancel-booking"))
                                                span.visually-hidden { " – " (b.person_name.as_deref().unwrap_or("")) }
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

        @if started && s.status == SessionStatus::Scheduled && !confirmed.is_empty() {
            h2 #attendance-title { (t(lang, "sessions-attendance-title")) }
            p { (t(lang, "sessions-attendance-intro")) }
            form.attendance method="post" action=(format!("/{l}/bo/sessions/{}/attendance", s.id)) aria-labelledby="attendance-title" {
                (csrf_field(&ctx))
                @for b in &confirmed {
                    @let name = b.person_name.clone().unwrap_or_else(|| "–".into());
                    fieldset.attendance-person {
                        legend { (name) }
                        @for a in [Attendance::Present, Attendance::Absent] {
                            @let id = format!("a-{}-{}", b.id, a.code());
                            div.check {
                                input type="radio" id=(id) name=(format!("a-{}", b.id)) value=(a.code()) checked[b.attendance == Some(a)];
                                label for=(id) { (t(lang, &format!("sessions-attendance-{}", a.code()))) }
                            }
                        }
                    }
                }
                button type="submit" { (t(lang, "sessions-attendance-save")) }
            }
        }

        @if s.is_bookable(now) {
            h2 #cancel-title { (t(lang, "sessions-cancel-title")) }
            p { (t_args(lang, "sessions-cancel-intro", &[("count", (s.booked + s.waiting).into())])) }
            form method="post" action=(format!("/{l}/bo/sessions/{}/cancel", s.id)) aria-labelledby="cancel-title" {
                (csrf_field(&ctx))
                div.field {
                    label for="reason" { (t(lang, "sessions-cancel-reason-label")) }
                    p.hint #reason-hint { (t(lang, "sessions-cancel-reason-hint")) }
                    textarea #reason name="reason" rows="3" maxlength="500" aria-describedby="reason-hint" {}
                }
                @if !others.is_empty() {
                    div.check {
                        input #following type="checkbox" name="following" value="true";
                        label for="following" { (t(lang, "sessions-cancel-following")) }
                    }
                }
                button.danger type="submit" { (t(lang, "sessions-cancel-button")) }
            }
        }
        @if !others.is_empty() {
            h2 { (t(lang, "sessions-other-dates")) }
            ul.bo-links {
                @for o in &others {
                    li { a href=(format!("/{l}/bo/sessions/{}", o.id)) { (local_time_span(lang, tz, o.starts_at, o.ends_at)) } " – " (seats_text(lang, o)) }
                }
            }
        }
    };
    Ok(back_office_page(
        lang,
        &ctx,
        &s.title,
        &format!("/bo/sessions/{}", s.id),
        body,
    ))
}

pub(super) async fn cancel(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    ctx: Ctx,
    body: Bytes,
) -> PageResult {
    let (user, s) = managed_session(&state, &ctx, &id).await?;
    let mut reason = String::new();
    let mut following = false;
    for (k, v) in form_urlencoded::parse(&body) {
        match k.as_ref() {
            "reason" => reason = v.trim().chars().take(500).collect(),
            "following" => following = true,
            _ => {}
        }
    }
    let reason = (!reason.is_empty()).then_some(reason);
    let told =
        sessions::cancel_session(&state, s.id, reason.as_deref(), following, Some(user.id)).await?;
    Ok(Redirect::to(&format!(
        "/{}/bo/sessions/{}?cancelled={told}",
        lang.code(),
        s.id
    ))
    .into_response())
}

pub(super) async fn attendance(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    ctx: Ctx,
    body: Bytes,
) -> PageResult {
    let (user, s) = managed_session(&state, &ctx, &id).await?;
    if s.starts_at > state.now().timestamp() {
        // Attendance is marked after the session has begun.
        return Ok(Redirect::to(&format!("/{}/bo/sessions/{}", lang.code(), s.id)).into_response());
    }
    let marks: Vec<(i64, Attendance)> = form_urlencoded::parse(&body)
        .filter_map(|(k, v)| Some((k.strip_prefix("a-")?.parse().ok()?, Attendance::parse(&v)?)))
        .collect();
    let n = state
        .db
        .set_attendance(s.id, &marks, Some(user.id), state.now().timestamp())
        .await?;
    Ok(Redirect::to(&format!("/{}/bo/sessions/{}?marked={n}", lang.code(), s.id)).into_response())
}
