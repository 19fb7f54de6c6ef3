//! Sessions in the back office: EPN managers publish, change and cancel the
//! sessions of their organisations (at their places or as mobile
//! activities) and mark attendance; referrers book seats for people and see
//! their structure's bookings. Changes and cancellations tell the people
//! booked; a freed seat goes to the first person waiting.

mod form;
mod manage;

use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect};
use domain::account::{Access, Role};
use domain::sessions::{BookingStatus, Session, SessionStatus};
use maud::html;
use serde::Deserialize;
use store::accounts::User;

use crate::AppState;
use crate::auth::{Ctx, csrf_field};
use crate::i18n::t;
use crate::routes::Routes;
use crate::services::sessions;
use crate::ui::format::local_time_span;
use crate::ui::layout::back_office_page;
use crate::ui::{PageError, PageLang, PageResult};

/// Who may cancel a booking (each within their scope).
const CANCELLERS: Access = Access::Roles(&[
    Role::Admin,
    Role::Coordinator,
    Role::EpnManager,
    Role::Referrer,
]);

pub fn routes() -> Routes {
    Routes::new()
        .get("/{lang}/bo/sessions", Access::PLACE_EDITORS, list_page)
        .get(
            "/{lang}/bo/sessions/new",
            Access::PLACE_EDITORS,
            form::new_page,
        )
        .post("/{lang}/bo/sessions", Access::PLACE_EDITORS, form::create)
        .get(
            "/{lang}/bo/sessions/{id}",
            Access::PLACE_EDITORS,
            manage::manage_page,
        )
        .get(
            "/{lang}/bo/sessions/{id}/edit",
            Access::PLACE_EDITORS,
            form::edit_page,
        )
        .post(
            "/{lang}/bo/sessions/{id}/edit",
            Access::PLACE_EDITORS,
            form::update,
        )
        .post(
            "/{lang}/bo/sessions/{id}/cancel",
            Access::PLACE_EDITORS,
            manage::cancel,
        )
        .post(
            "/{lang}/bo/sessions/{id}/attendance",
            Access::PLACE_EDITORS,
            manage::attendance,
        )
        .get(
            "/{lang}/bo/bookings",
            Access::Roles(&[Role::Referrer]),
            bookings_page,
        )
        .post(
            "/{lang}/bo/bookings/{id}/cancel",
            CANCELLERS,
            cancel_booking,
        )
}

const DAY: i64 = 86_400;

/// The signed-in account and the session, if this account may manage it (an
/// EPN manager: their organisations' sessions; the coordination: all).
/// Signed out, a 401; otherwise a 404 page: another organisation's session
/// is not even said to exist.
pub(crate) async fn managed_session<'c>(
    state: &AppState,
    ctx: &'c Ctx,
    id: &str,
) -> PageResult<(&'c User, Session)> {
    let user = ctx.user()?;
    let id = id.parse::<i64>().map_err(|_| PageError::NotFound)?;
    let s = state
        .db
        .activity_session(id)
        .await?
        .filter(|s| user.manages(s.organisation_id))
        .ok_or(PageError::NotFound)?;
    Ok((user, s))
}

async fn list_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    ctx: Ctx,
) -> PageResult {
    let user = ctx.user()?;
    let now = state.now().timestamp();
    let orgs = (!user.role.is_coordination()).then_some(user.organisations.as_slice());
    let sessions = state
        .db
        .sessions_of_organisations(orgs, now - 30 * DAY, now + 400 * DAY)
        .await?;
    let (past, coming): (Vec<&Session>, Vec<&Session>) =
        sessions.iter().partition(|s| s.starts_at <= now);
    let l = lang.code();
    let tz = state.region.timezone;
    let dir = state.directory();
    let table = |caption: String, rows: &[&Session]| {
        html! {
            div.table-scroll {
                table.bo {
                    caption { (caption) }
                    thead { tr {
                        th scope="col" { (t(lang, "sessions-when-label")) }
                        th scope="col" { (t(lang, "sessions-field-title")) }
                        th scope="col" { (t(lang, "sessions-where-label-short")) }
                        th scope="col" { (t(lang, "sessions-seats-label")) }
                    } }
                    tbody {
                        @for s in rows {
                            tr {
                                td { (local_time_span(lang, tz, s.starts_at, s.ends_at)) }
                                td { a href=(format!("/{l}/bo/sessions/{}", s.id)) { (s.title) } }
                                td { (crate::ui::sessions::where_text(lang, &dir, s)) }
                                td {
                                    @if s.status == SessionStatus::Cancelled { strong { (t(lang, "sessions-status-cancelled")) } }
                                    @else { (crate::i18n::t_args(lang, "sessions-booked-of", &[("booked", s.booked.into()), ("seats", s.seats.into()), ("waiting", s.waiting.into())])) }
                                }
                            }
                        }
                    }
                }
            }
        }
    };
    let body = html! {
        h1 { (t(lang, "sessions-bo-title")) }
        p { a.button href=(format!("/{l}/bo/sessions/new")) { (t(lang, "sessions-publish-link")) } }
        @if coming.is_empty() { p { (t(lang, "sessions-bo-none")) } }
        @else { (table(t(lang, "sessions-bo-coming"), &coming)) }
        @if !past.is_empty() { (table(t(lang, "sessions-bo-past"), &past)) }
    };
    Ok(back_office_page(
        lang,
        &ctx,
        &t(lang, "sessions-bo-title"),
        "/bo/sessions",
        body,
    ))
}

/// A referrer's list: the bookings their structure made, soonest session first.
async fn bookings_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    ctx: Ctx,
) -> PageResult {
    let user = ctx.user()?;
    let now = state.now().timestamp();
    let list = state
        .db
        .bookings_of_organisations(&user.organisations, now - 30 * DAY)
        .await?;
    let l = lang.code();
    let tz = state.region.timezone;
    let body = html! {
        h1 { (t(lang, "sessions-bookings-title")) }
        p { (t(lang, "sessions-bookings-intro")) " " a href=(format!("/{l}/sessions?has_seats=true")) { (t(lang, "sessions-bookings-find")) } }
        @if list.is_empty() { p { (t(lang, "sessions-bookings-none")) } }
        @else {
            div.table-scroll {
                table.bo #my-bookings {
                    caption { (t(lang, "sessions-bookings-title")) }
                    thead { tr {
                        th scope="col" { (t(lang, "sessions-person-name")) }
                        th scope="col" { (t(lang, "sessions-field-title")) }
                        th scope="col" { (t(lang, "sessions-when-label")) }
                        th scope="col" { (t(lang, "sessions-booking-status")) }
                        th scope="col" { (t(lang, "actions")) }
                    } }
                    tbody {
                        @for (b, s) in &list {
                            tr {
                                td { (b.person_name.as_deref().unwrap_or("–")) }
                                td { a href=(format!("/{l}/sessions/{}", s.id)) { (s.title) } }
                                td { (local_time_span(lang, tz, s.starts_at, s.ends_at)) }
                                td {
                                    @if s.status == SessionStatus::Cancelled { (t(lang, "sessions-status-cancelled")) }
                                    @else if let Some(a) = b.attendance { (t(lang, &format!("sessions-attendance-{}", a.code()))) }
                                    @else { (t(lang, &format!("sessions-booking-{}", b.status.code()))) }
                                }
                                td {
                                    @if b.status != BookingStatus::Cancelled && s.is_bookable(now) {
                                        form.inline method="post" action=(format!("/{l}/bo/bookings/{}/cancel", b.id)) {
                                            (csrf_field(&ctx))
                                            button.secondary type="submit" {
                                                (t(lang, "sessions-cancel-booking"))
                                                span.visually-hidden { " – " (b.person_name.as_deref().unwrap_or("")) ", " (s.title) }
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
    Ok(back_office_page(
        lang,
        &ctx,
        &t(lang, "sessions-bookings-title"),
        "/bo/bookings",
        body,
    ))
}

#[derive(Debug, Default, Deserialize)]
struct CancelForm {
    #[serde(default)]
    back: String,
}

async fn cancel_booking(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    ctx: Ctx,
    Form(form): Form<CancelForm>,
) -> PageResult {
    let user = ctx.user()?;
    let (b, s) = sessions::visible_booking(&state, user, &id)
        .await
        .ok_or(PageError::NotFound)?;
    sessions::cancel(&state, b.id, Some(user.id)).await?;
    let l = lang.code();
    let to = match form.back.as_str() {
        "session" => format!("/{l}/sessions/{}#booking", s.id),
        "manage" => format!("/{l}/bo/sessions/{}", s.id),
        _ if user.role == Role::Referrer => format!("/{l}/bo/bookings"),
        _ => format!("/{l}/bo/sessions/{}", s.id),
    };
    Ok(Redirect::to(&to).into_response())
}
