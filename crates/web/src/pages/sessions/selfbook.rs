//! A person books a seat alone (when the EPN allows it), then sees and can
//! cancel their booking through a secret link — no account needed.

use axum::Form;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect};
use domain::Lang;
use domain::sessions::{BookingStatus, PersonDraft};
use maud::html;
use store::sessions::NewBooking;

use super::page::{BookingForm, render_session_page};
use crate::AppState;
use crate::antispam::{ClientAddr, Stamp, check_stamp};
use crate::auth::{Ctx, csrf_field};
use crate::i18n::{t, t_args};
use crate::services::sessions::{self, Booked, consent_text};
use crate::ui::form::FieldError;
use crate::ui::layout::page;
use crate::ui::sessions::{field_errors, session_card};
use crate::ui::{PageError, PageLang, PageResult};

/// The person's fields checked, with the form's words for each problem.
pub(super) fn check_person(
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
    .map_err(|errors| field_errors(lang, &errors))
}

/// The person's language for messages: the one chosen, else the page's.
pub(super) fn person_lang(lang: Lang, form: &BookingForm) -> Lang {
    Lang::parse(&form.person_lang).unwrap_or(lang)
}

pub(super) async fn self_book(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    ctx: Ctx,
    client: ClientAddr,
    Form(form): Form<BookingForm>,
) -> PageResult {
    let s = super::session_of_path(&state, &id).await?;
    let refuse = |notice: String| async {
        let mut res = render_session_page(&state, lang, &ctx, &s, &form, &[], Some(notice)).await?;
        *res.status_mut() = StatusCode::CONFLICT;
        Ok(res)
    };
    if !s.self_booking {
        return refuse(t(lang, "sessions-no-self-booking")).await;
    }
    // A filled honeypot is a robot: a neutral answer, nothing booked.
    if !form.homepage.trim().is_empty() {
        tracing::info!(session = s.id, "self-booking refused: honeypot filled");
        return Ok(Redirect::to(&format!("/{}/sessions/{}", lang.code(), s.id)).into_response());
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
    if state
        .db
        .login_failures(&client, 3600, state.now().timestamp())
        .await?
        >= crate::antispam::SELF_BOOKINGS_PER_HOUR
    {
        tracing::info!(session = s.id, %client, "self-booking refused: rate limit");
        let errors = [FieldError::new("name", t(lang, "sessions-error-rate"))];
        let mut res = render_session_page(&state, lang, &ctx, &s, &form, &errors, None).await?;
        *res.status_mut() = StatusCode::TOO_MANY_REQUESTS;
        res.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(3600));
        return Ok(res);
    }
    let secret = store::accounts::new_secret();
    let to = person_lang(lang, &form);
    let booking = NewBooking {
        session_id: s.id,
        person_name: person.name,
        phone: person.phone,
        email: person.email,
        lang: to.code().into(),
        consent_text: consent_text(lang, &s.organisation, false),
        consent_at: state.now().timestamp(),
        cancel_secret: Some(secret.clone()),
        ..NewBooking::default()
    };
    let link = state
        .config
        .link(&format!("/{}/bookings/{secret}", to.code()));
    match sessions::book(&state, &s, &booking, Some(&link)).await? {
        Booked::Booked(_) => {
            // Counted for the rate limit (the sign-in throttling's table of timed keys).
            if let Err(e) = state
                .db
                .record_login_failure(&[&client], state.now().timestamp())
                .await
            {
                tracing::error!(error = %e, "recording a self-booking for the rate limit");
            }
            Ok(Redirect::to(&format!("/{}/bookings/{secret}", lang.code())).into_response())
        }
        Booked::Full => refuse(t(lang, "sessions-full-no-list")).await,
        Booked::Closed(_) => refuse(t(lang, "sessions-not-bookable")).await,
    }
}

async fn booking_page(
    state: &AppState,
    lang: Lang,
    ctx: &Ctx,
    token: &str,
    done: Option<String>,
) -> PageResult {
    let b = state
        .db
        .booking_by_token(token)
        .await?
        .ok_or(PageError::NotFound)?;
    let s = state
        .db
        .activity_session(b.session_id)
        .await?
        .ok_or(PageError::NotFound)?;
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
    Ok(res)
}

pub(super) async fn my_booking_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, token)): Path<(String, String)>,
    ctx: Ctx,
) -> PageResult {
    booking_page(&state, lang, &ctx, &token, None).await
}

pub(super) async fn my_booking_cancel(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, token)): Path<(String, String)>,
    ctx: Ctx,
) -> PageResult {
    let b = state
        .db
        .booking_by_token(&token)
        .await?
        .ok_or(PageError::NotFound)?;
    sessions::cancel(&state, b.id, None).await?;
    let done = t(lang, "sessions-my-booking-cancelled-done");
    booking_page(&state, lang, &ctx, &token, Some(done)).await
}
