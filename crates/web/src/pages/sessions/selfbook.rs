//! A person books a seat alone (when the EPN allows it), then sees and can
//! cancel their booking through a secret link — no account needed.

use axum::Form;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use domain::Lang;
use domain::sessions::{BookingStatus, PersonDraft};
use maud::html;
use store::sessions::{BookOutcome, NewBooking};

use super::super::layout::page;
use super::super::{PageLang, not_found_page};
use super::page::{BookingForm, render_session_page};
use super::session_card;
use crate::AppState;
use crate::antispam::{ClientAddr, Stamp, check_stamp};
use crate::auth::{Ctx, csrf_field};
use crate::backoffice::FieldError;
use crate::backoffice::sessions::notify::{Notice, notify};
use crate::error::ApiError;
use crate::i18n::{t, t_args};

/// The consent a person gives, exactly as shown next to the box (and recorded).
pub(crate) fn consent_text(lang: Lang, organisation: &str, for_someone: bool) -> String {
    let key = if for_someone {
        "sessions-consent-text"
    } else {
        "sessions-consent-text-self"
    };
    t_args(
        lang,
        key,
        &[("organisation", organisation.to_owned().into())],
    )
}

/// The person's fields checked, with the form's words for each problem.
pub(crate) fn check_person(
    lang: Lang,
    form: &BookingForm,
) -> Result<domain::sessions::ValidPerson, Vec<FieldError>> {
    PersonDraft {
        name: form.name.clone(),
        phone: form.phone.clone(),
        email: form.email.clone(),
        consent: form.consent.is_some(),
    }
    .validate()
    .map_err(|errors| super::field_errors(lang, &errors))
}

/// The person's language for messages: the one chosen, else the page's.
pub(crate) fn person_lang(lang: Lang, form: &BookingForm) -> Lang {
    Lang::parse(&form.person_lang).unwrap_or(lang)
}

pub(super) async fn self_book(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    ctx: Ctx,
    client: ClientAddr,
    Form(form): Form<BookingForm>,
) -> Response {
    let Ok(id) = id.parse::<i64>() else {
        return not_found_page(lang);
    };
    let s = match state.db.activity_session(id).await {
        Ok(Some(s)) => s,
        Ok(None) => return not_found_page(lang),
        Err(e) => return ApiError::internal(e).into_response(),
    };
    let refuse = |notice: String| async {
        let mut res = render_session_page(&state, lang, &ctx, &s, &form, &[], Some(notice)).await;
        *res.status_mut() = StatusCode::CONFLICT;
        res
    };
    if !s.self_booking {
        return refuse(t(lang, "sessions-no-self-booking")).await;
    }
    // A filled honeypot is a robot: a neutral answer, nothing booked.
    if !form.homepage.trim().is_empty() {
        tracing::info!(session = s.id, "self-booking refused: honeypot filled");
        return Redirect::to(&format!("/{}/sessions/{}", lang.code(), s.id)).into_response();
    }
    let (person, mut errors) = match check_person(lang, &form) {
        Ok(p) => (Some(p), vec![]),
        Err(errors) => (None, errors),
    };
    match check_stamp(&form.stamp, state.now().timestamp()) {
        Stamp::Good => {}
        Stamp::TooFast => errors.push(FieldError::new("name", t(lang, "sessions-error-fast"))),
        Stamp::Expired => errors.push(FieldError::new("name", t(lang, "sessions-error-expired"))),
    }
    let Some(person) = person.filter(|_| errors.is_empty()) else {
        return render_session_page(&state, lang, &ctx, &s, &form, &errors, None).await;
    };
    let client = format!("selfbook:{}", client.key());
    match state
        .db
        .login_failures(&client, 3600, state.now().timestamp())
        .await
    {
        Ok(n) if n >= crate::antispam::SELF_BOOKINGS_PER_HOUR => {
            tracing::info!(session = s.id, %client, "self-booking refused: rate limit");
            let errors = [FieldError::new("name", t(lang, "sessions-error-rate"))];
            let mut res = render_session_page(&state, lang, &ctx, &s, &form, &errors, None).await;
            *res.status_mut() = StatusCode::TOO_MANY_REQUESTS;
            res.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(3600));
            return res;
        }
        Ok(_) => {}
        Err(e) => return ApiError::internal(e).into_response(),
    }
    let secret = store::accounts::new_secret();
    let now = state.now().timestamp();
    let to = person_lang(lang, &form);
    let booking = NewBooking {
        session_id: s.id,
        person_name: person.name,
        phone: person.phone,
        email: person.email,
        lang: to.code().into(),
        consent_text: consent_text(lang, &s.organisation, false),
        consent_at: now,
        cancel_secret: Some(secret.clone()),
        ..NewBooking::default()
    };
    match state.db.book_seat(&booking, now).await {
        Ok(BookOutcome::Confirmed(b) | BookOutcome::Waiting { id: b, .. }) => {
            // Counted for the rate limit (the sign-in throttling's table of timed keys).
            if let Err(e) = state.db.record_login_failure(&[&client], now).await {
                tracing::error!(error = %e, "recording a self-booking for the rate limit");
            }
            if let Ok(Some(b)) = state.db.booking(b).await {
                let link = state
                    .config
                    .link(&format!("/{}/bookings/{secret}", to.code()));
                notify(&state, &s, &b, Notice::Booked, Some(&link)).await;
            }
            Redirect::to(&format!("/{}/bookings/{secret}", lang.code())).into_response()
        }
        Ok(BookOutcome::Full) => refuse(t(lang, "sessions-full-no-list")).await,
        Ok(BookOutcome::Closed(_)) => refuse(t(lang, "sessions-not-bookable")).await,
        Err(e) => ApiError::internal(e).into_response(),
    }
}

async fn booking_page(
    state: &AppState,
    lang: Lang,
    ctx: &Ctx,
    token: &str,
    done: Option<String>,
) -> Response {
    let b = match state.db.booking_by_token(token).await {
        Ok(Some(b)) => b,
        Ok(None) => return not_found_page(lang),
        Err(e) => return ApiError::internal(e).into_response(),
    };
    let s = match state.db.activity_session(b.session_id).await {
        Ok(Some(s)) => s,
        Ok(None) => return not_found_page(lang),
        Err(e) => return ApiError::internal(e).into_response(),
    };
    let now = state.now().timestamp();
    let status = match b.status {
        BookingStatus::Waiting => {
            let position = state.db.waiting_position(&b).await.unwrap_or(0);
            t_args(
                lang,
                "sessions-my-booking-waiting",
                &[("position", usize::try_from(position).unwrap_or(0).into())],
            )
        }
        other => t(lang, &format!("sessions-my-booking-{}", other.code())),
    };
    let l = lang.code();
    let dir = state.directory();
    let body = html! {
        h1 { (t(lang, "sessions-my-booking-title")) }
        @if let Some(d) = &done { p.notice role="status" { (d) } }
        p.session-status { strong { (status) } }
        (session_card(lang, state.region.timezone, &dir, &s, None))
        p { (t(lang, "sessions-my-booking-keep")) }
        @if b.status != BookingStatus::Cancelled && s.is_bookable(now) {
            form method="post" action=(format!("/{l}/bookings/{token}/cancel")) {
                (csrf_field(ctx))
                button.secondary type="submit" { (t(lang, "sessions-my-booking-cancel")) }
            }
        }
        p.small { (t(lang, "sessions-my-booking-privacy")) }
    };
    let mut res = page(
        lang,
        &t(lang, "sessions-my-booking-title"),
        &format!("/bookings/{token}"),
        body,
        None,
    );
    // A secret link: never cached, never indexed.
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res.headers_mut()
        .insert("x-robots-tag", HeaderValue::from_static("noindex"));
    res
}

pub(super) async fn my_booking_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, token)): Path<(String, String)>,
    ctx: Ctx,
) -> Response {
    booking_page(&state, lang, &ctx, &token, None).await
}

pub(super) async fn my_booking_cancel(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, token)): Path<(String, String)>,
    ctx: Ctx,
) -> Response {
    let b = match state.db.booking_by_token(&token).await {
        Ok(Some(b)) => b,
        Ok(None) => return not_found_page(lang),
        Err(e) => return ApiError::internal(e).into_response(),
    };
    let now = state.now().timestamp();
    match crate::backoffice::sessions::cancel_and_tell(&state, b.id, None, now).await {
        Ok(_) => {
            booking_page(
                &state,
                lang,
                &ctx,
                &token,
                Some(t(lang, "sessions-my-booking-cancelled-done")),
            )
            .await
        }
        Err(e) => ApiError::internal(e).into_response(),
    }
}
