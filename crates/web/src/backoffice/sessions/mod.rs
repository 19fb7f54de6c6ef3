//! Sessions in the back office: EPN managers publish, change and cancel the
//! sessions of their organisations (at their places or as mobile
//! activities) and mark attendance; referrers book seats for people and see
//! their structure's bookings. Changes and cancellations tell the people
//! booked; a freed seat goes to the first person waiting.

mod form;
mod manage;
pub mod notify;

use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use domain::Lang;
use domain::account::{Access, Role};
use domain::sessions::{BookingStatus, Session, SessionStatus};
use maud::html;
use serde::Deserialize;
use store::accounts::User;
use store::sessions::{BookOutcome, CancelOutcome, NewBooking};

use crate::AppState;
use crate::auth::{Ctx, csrf_field};
use crate::error::ApiError;
use crate::i18n::t;
use crate::pages::PageLang;
use crate::pages::sessions::{
    BookingForm, check_person, consent_text, person_lang, render_session_page, when,
};
use crate::routes::Routes;

pub use notify::{
    LogSms, SessionReminderRun, SmsSender, send_session_reminders, set_sms_sender, sms_sender,
};

/// Who may book a seat for someone: referrers, and EPN managers at their own sessions.
pub const BOOKERS: Access = Access::Roles(&[Role::Referrer, Role::EpnManager]);
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
        .post("/{lang}/bo/sessions/{id}/bookings", BOOKERS, book)
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
    lang: Lang,
    ctx: &'c Ctx,
    id: &str,
) -> Result<(&'c User, Session), Response> {
    let user = ctx.user()?;
    let Ok(id) = id.parse::<i64>() else {
        return Err(crate::pages::not_found_page(lang));
    };
    match state.db.activity_session(id).await {
        Ok(Some(s)) if user.manages(s.organisation_id) => Ok((user, s)),
        Ok(_) => Err(crate::pages::not_found_page(lang)),
        Err(e) => Err(ApiError::internal(e).into_response()),
    }
}

/// Cancels a booking and tells the person who gets the seat (and their referrer).
pub(crate) async fn cancel_and_tell(
    state: &AppState,
    booking_id: i64,
    actor: Option<i64>,
    now: i64,
) -> Result<Option<CancelOutcome>, store::StoreError> {
    let out = state.db.cancel_booking(booking_id, actor, now).await?;
    if let Some(CancelOutcome {
        promoted: Some(p), ..
    }) = &out
        && let Some(s) = state.db.activity_session(p.session_id).await?
    {
        notify::notify(state, &s, p, notify::Notice::Promoted, None).await;
    }
    Ok(out)
}

async fn list_page(State(state): State<AppState>, PageLang(lang): PageLang, ctx: Ctx) -> Response {
    let Some(user) = &ctx.user else {
        return StatusCode::UNAUTHORIZED.into_response();
    };
    let now = state.now().timestamp();
    let orgs = (!user.role.is_coordination()).then_some(user.organisations.as_slice());
    let sessions = match state
        .db
        .sessions_of_organisations(orgs, now - 30 * DAY, now + 400 * DAY)
        .await
    {
        Ok(s) => s,
        Err(e) => return ApiError::internal(e).into_response(),
    };
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
                                td { (when(lang, tz, s.starts_at, s.ends_at)) }
                                td { a href=(format!("/{l}/bo/sessions/{}", s.id)) { (s.title) } }
                                td { (crate::pages::sessions::where_text(lang, &dir, s)) }
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
    super::page(
        lang,
        &ctx,
        &t(lang, "sessions-bo-title"),
        "/bo/sessions",
        body,
    )
}

/// A referrer (or an EPN manager at their own session) books a seat for a person.
async fn book(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    ctx: Ctx,
    Form(form): Form<BookingForm>,
) -> Response {
    let Some(user) = ctx.user.clone() else {
        return StatusCode::UNAUTHORIZED.into_response();
    };
    let Ok(id) = id.parse::<i64>() else {
        return crate::pages::not_found_page(lang);
    };
    let s = match state.db.activity_session(id).await {
        Ok(Some(s))
            if user.role == Role::Referrer || user.organisations.contains(&s.organisation_id) =>
        {
            s
        }
        Ok(_) => return crate::pages::not_found_page(lang),
        Err(e) => return ApiError::internal(e).into_response(),
    };
    let person = match check_person(lang, &form) {
        Ok(p) => p,
        Err(errors) => {
            return render_session_page(&state, lang, &ctx, &s, &form, &errors, None).await;
        }
    };
    let now = state.now().timestamp();
    let organisation_id = if user.role == Role::Referrer {
        user.organisations.first().copied()
    } else {
        Some(s.organisation_id)
    };
    let booking = NewBooking {
        session_id: s.id,
        person_name: person.name,
        phone: person.phone,
        email: person.email,
        lang: person_lang(lang, &form).code().into(),
        consent_text: consent_text(lang, &s.organisation, true),
        consent_at: now,
        booked_by: Some(user.id),
        organisation_id,
        ..NewBooking::default()
    };
    let (st, c, se, f) = (&state, &ctx, &s, &form);
    let refuse = |key: &'static str| async move {
        let mut res = render_session_page(st, lang, c, se, f, &[], Some(t(lang, key))).await;
        *res.status_mut() = StatusCode::CONFLICT;
        res
    };
    match state.db.book_seat(&booking, now).await {
        Ok(BookOutcome::Confirmed(b) | BookOutcome::Waiting { id: b, .. }) => {
            if let Ok(Some(b)) = state.db.booking(b).await {
                notify::notify(&state, &s, &b, notify::Notice::Booked, None).await;
            }
            Redirect::to(&format!(
                "/{}/sessions/{}?booked={b}#booking",
                lang.code(),
                s.id
            ))
            .into_response()
        }
        Ok(BookOutcome::Full) => refuse("sessions-full-no-list").await,
        Ok(BookOutcome::Closed(_)) => refuse("sessions-not-bookable").await,
        Err(e) => ApiError::internal(e).into_response(),
    }
}

/// A referrer's list: the bookings their structure made, soonest session first.
async fn bookings_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    ctx: Ctx,
) -> Response {
    let Some(user) = &ctx.user else {
        return StatusCode::UNAUTHORIZED.into_response();
    };
    let now = state.now().timestamp();
    let list = match state
        .db
        .bookings_of_organisations(&user.organisations, now - 30 * DAY)
        .await
    {
        Ok(l) => l,
        Err(e) => return ApiError::internal(e).into_response(),
    };
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
                                td { (when(lang, tz, s.starts_at, s.ends_at)) }
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
    super::page(
        lang,
        &ctx,
        &t(lang, "sessions-bookings-title"),
        "/bo/bookings",
        body,
    )
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
) -> Response {
    let Some(user) = &ctx.user else {
        return StatusCode::UNAUTHORIZED.into_response();
    };
    let Some((b, s)) = visible_booking(&state, user, &id).await else {
        return crate::pages::not_found_page(lang);
    };
    let now = state.now().timestamp();
    if let Err(e) = cancel_and_tell(&state, b.id, Some(user.id), now).await {
        return ApiError::internal(e).into_response();
    }
    let l = lang.code();
    let to = match form.back.as_str() {
        "session" => format!("/{l}/sessions/{}#booking", s.id),
        "manage" => format!("/{l}/bo/sessions/{}", s.id),
        _ if user.role == Role::Referrer => format!("/{l}/bo/bookings"),
        _ => format!("/{l}/bo/sessions/{}", s.id),
    };
    Redirect::to(&to).into_response()
}

/// A booking this account may act on: made by their referring structure (or
/// by them), at a session of an organisation they manage, or any for the coordination.
pub(crate) async fn visible_booking(
    state: &AppState,
    user: &User,
    id: &str,
) -> Option<(store::sessions::Booking, Session)> {
    let b = state.db.booking(id.parse().ok()?).await.ok()??;
    let s = state.db.activity_session(b.session_id).await.ok()??;
    let own = b.booked_by == Some(user.id)
        || (user.role == Role::Referrer
            && b.organisation_id
                .is_some_and(|o| user.organisations.contains(&o)));
    (own || user.manages(s.organisation_id)).then_some((b, s))
}
