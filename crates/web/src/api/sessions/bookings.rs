//! Booking seats through the API: `POST /api/v1/sessions/{id}/bookings`,
//! `GET` and `DELETE /api/v1/bookings/{id}`.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::Response;
use chrono::{TimeZone, Utc};
use domain::Lang;
use domain::sessions::{BookingStatus, PersonDraft};
use serde::{Deserialize, Serialize};
use store::sessions::{Booking, Closed, NewBooking};
use utoipa::ToSchema;

use super::{json, parse_id};
use crate::api::contract;
use crate::auth::Ctx;
use crate::error::ApiError;
use crate::services::sessions::{self, Booked, consent_text, visible_booking};
use crate::{App, AppState};

/// The person a seat is booked for: pseudonymous.
#[derive(Debug, Deserialize, ToSchema)]
pub struct PersonIn {
    /// A first name or a nickname (1 to 60 characters).
    pub name: String,
    /// Optional, for reminders by SMS; empty or null: none.
    #[serde(default)]
    pub phone: Option<String>,
    /// Optional, for reminders by e-mail; empty or null: none.
    #[serde(default)]
    pub email: Option<String>,
}

/// A booking request.
#[derive(Debug, Deserialize, ToSchema)]
pub struct BookingIn {
    pub person: PersonIn,
    /// The person agreed to the consent text: must be true.
    pub consent: bool,
    /// The consent text exactly as your application showed it; by default
    /// Passerelle's own text in `lang`, which is recorded.
    #[serde(default)]
    pub consent_text: Option<String>,
    /// The language the person is written to in: fr, nl, en or ar (default: the region's first).
    #[serde(default)]
    pub lang: Option<String>,
}

/// A booking.
#[derive(Debug, Serialize, ToSchema)]
pub struct BookingOut {
    pub id: i64,
    pub session_id: i64,
    /// `confirmed` (a seat), `waiting` (on the waiting list) or `cancelled`.
    pub status: String,
    /// Place on the waiting list (1 = next to get a seat); null unless waiting.
    pub waiting_position: Option<i64>,
    /// null once the person's data is anonymised.
    pub person_name: Option<String>,
    /// `present` or `absent`, once the EPN has marked it.
    pub attendance: Option<String>,
    /// When the booking was made (RFC 3339, UTC).
    pub created_at: String,
}

async fn booking_out(state: &AppState, b: &Booking) -> Result<BookingOut, ApiError> {
    let waiting_position = if b.status == BookingStatus::Waiting {
        Some(
            state
                .db
                .waiting_position(b)
                .await
                .map_err(ApiError::internal)?,
        )
    } else {
        None
    };
    Ok(BookingOut {
        id: b.id,
        session_id: b.session_id,
        status: b.status.code().into(),
        waiting_position,
        person_name: b.person_name.clone(),
        attendance: b.attendance.map(|a| a.code().into()),
        created_at: Utc
            .timestamp_opt(b.created_at, 0)
            .single()
            .unwrap_or_default()
            .to_rfc3339(),
    })
}

fn field_problem(field: &str, detail: &str) -> ApiError {
    ApiError::bad_param(field, format!("{field}: {detail}"))
}

/// The first problem of a booking request, naming its field: the rules of
/// `contract::BOOKING` first, then the person's fields as the domain reads them.
fn check_booking(
    app: &App,
    body: &[u8],
) -> Result<(BookingIn, domain::sessions::ValidPerson), ApiError> {
    let not_json = |e: &dyn std::fmt::Display| {
        field_problem(
            "body",
            &format!(
                "the body must be a JSON object like {{\"person\": {{\"name\": \"Amina\"}}, \"consent\": true}} ({e})"
            ),
        )
    };
    let value: serde_json::Value = serde_json::from_slice(body).map_err(|e| not_json(&e))?;
    let obj = value
        .as_object()
        .ok_or_else(|| not_json(&"not an object"))?;
    contract::check_body(app, &contract::BOOKING, obj)?;
    let input: BookingIn = serde_json::from_value(value).map_err(|e| not_json(&e))?;
    let person = PersonDraft {
        name: input.person.name.clone(),
        phone: input.person.phone.clone().unwrap_or_default(),
        email: input.person.email.clone().unwrap_or_default(),
        consent: input.consent,
    }
    .validate()
    .map_err(|errors| {
        let e = errors[0];
        let field = if e.field == "consent" {
            "consent".to_owned()
        } else {
            format!("person.{}", e.field)
        };
        let detail = match e.kind {
            domain::sessions::DraftErrorKind::Missing => "is missing",
            domain::sessions::DraftErrorKind::TooLong => "is longer than 60 characters",
            domain::sessions::DraftErrorKind::BadPhone => "is not a phone number (6 to 20 digits)",
            domain::sessions::DraftErrorKind::BadEmail => "is not an e-mail address",
            domain::sessions::DraftErrorKind::NoConsent => {
                "must be true: the person agrees to the consent text"
            }
            _ => "is not valid",
        };
        field_problem(&field, detail)
    })?;
    Ok((input, person))
}

/// Books a seat for a person (a referrer's token; an EPN manager's at their own sessions).
#[utoipa::path(post, path = "/api/v1/sessions/{id}/bookings", tag = "sessions",
    security(("bearer" = [])),
    params(("id" = i64, Path, description = "Session id")),
    request_body(content = BookingIn, content_type = "application/json",
        example = json!({"person": {"name": "Amina", "phone": "+32 470 12 34 56"}, "consent": true})),
    responses(
        (status = 201, description = "A seat is booked", body = BookingOut,
            headers(("Location" = String, description = "The booking's URL"))),
        (status = 202, description = "The session is full: the person is on the waiting list", body = BookingOut,
            headers(("Location" = String, description = "The booking's URL"))),
        (status = 400, description = "The body is invalid; `param` names the field", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or an unknown or revoked one", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 403, description = "The account may not book", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such session", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 409, description = "The session is full and keeps no waiting list, is cancelled or has started", body = crate::error::Problem, content_type = "application/problem+json"),
    ))]
pub async fn book(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let user = ctx.user.clone().ok_or(ApiError {
        status: StatusCode::UNAUTHORIZED,
        detail: "This endpoint needs a bearer token.".into(),
        param: None,
    })?;
    let id = parse_id(&id)?;
    // The request is checked before the session is looked up: a malformed
    // request is a 400 whichever session it names.
    let (input, person) = check_booking(&state, &body)?;
    let s = state
        .db
        .activity_session(id)
        .await
        .map_err(ApiError::internal)?
        .ok_or_else(|| ApiError::not_found(format!("no session with id {id}")))?;
    if !sessions::may_book_for_others(&user, &s) {
        return Err(ApiError {
            status: StatusCode::FORBIDDEN,
            detail: "An EPN manager books only at their own organisation's sessions.".into(),
            param: None,
        });
    }
    let lang = input
        .lang
        .as_deref()
        .and_then(Lang::parse)
        .or_else(|| state.region.languages.first().and_then(|l| Lang::parse(l)))
        .unwrap_or(Lang::Fr);
    let booking = NewBooking {
        session_id: s.id,
        person_name: person.name,
        phone: person.phone,
        email: person.email,
        lang: lang.code().into(),
        consent_text: input
            .consent_text
            .map(|c| c.trim().to_owned())
            .unwrap_or_else(|| consent_text(lang, &s.organisation, true)),
        consent_at: state.now().timestamp(),
        booked_by: Some(user.id),
        organisation_id: sessions::booking_organisation(&user, &s),
        ..NewBooking::default()
    };
    let conflict = |detail: &str| ApiError {
        status: StatusCode::CONFLICT,
        detail: detail.into(),
        param: None,
    };
    let b = match sessions::book(&state, &s, &booking, None)
        .await
        .map_err(ApiError::internal)?
    {
        Booked::Booked(b) => *b,
        Booked::Full => {
            return Err(conflict("The session is full and keeps no waiting list."));
        }
        Booked::Closed(Closed::Cancelled) => {
            return Err(conflict("The session is cancelled."));
        }
        Booked::Closed(Closed::Started) => return Err(conflict("The session has started.")),
        Booked::Closed(Closed::NotFound) => {
            return Err(ApiError::not_found(format!("no session with id {id}")));
        }
    };
    let (bid, status) = match b.status {
        BookingStatus::Waiting => (b.id, StatusCode::ACCEPTED),
        _ => (b.id, StatusCode::CREATED),
    };
    let mut res = json(status, &booking_out(&state, &b).await?);
    if let Ok(v) = format!("/api/v1/bookings/{bid}").parse() {
        res.headers_mut().insert(header::LOCATION, v);
    }
    Ok(res)
}

fn not_yours() -> ApiError {
    ApiError::not_found("no booking with this id among those your account may see")
}

/// A booking made by your structure (or at your organisation's session).
#[utoipa::path(get, path = "/api/v1/bookings/{id}", tag = "sessions",
    security(("bearer" = [])),
    params(("id" = i64, Path, description = "Booking id")),
    responses(
        (status = 200, description = "The booking", body = BookingOut),
        (status = 400, description = "The id is not a number", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or an unknown or revoked one", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 403, description = "The account may not see bookings", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such booking among yours", body = crate::error::Problem, content_type = "application/problem+json"),
    ))]
pub async fn get_booking(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let user = ctx.user.clone().ok_or_else(not_yours)?;
    parse_id(&id)?;
    let (b, _) = visible_booking(&state, &user, &id)
        .await
        .ok_or_else(not_yours)?;
    Ok(json(StatusCode::OK, &booking_out(&state, &b).await?))
}

/// A cancellation.
#[derive(Debug, Serialize, ToSchema)]
pub struct CancelOut {
    pub booking: BookingOut,
    /// The booking was cancelled before: nothing changed.
    pub already_cancelled: bool,
    /// The freed seat went to the first person on the waiting list.
    pub seat_given_to_waiting_list: bool,
}

/// Cancels a booking; a freed seat goes to the first person waiting.
#[utoipa::path(delete, path = "/api/v1/bookings/{id}", tag = "sessions",
    security(("bearer" = [])),
    params(("id" = i64, Path, description = "Booking id")),
    responses(
        (status = 200, description = "The booking is cancelled", body = CancelOut),
        (status = 400, description = "The id is not a number", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or an unknown or revoked one", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 403, description = "The account may not cancel bookings", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such booking among yours", body = crate::error::Problem, content_type = "application/problem+json"),
    ))]
pub async fn cancel_booking(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let user = ctx.user.clone().ok_or_else(not_yours)?;
    parse_id(&id)?;
    let (b, _) = visible_booking(&state, &user, &id)
        .await
        .ok_or_else(not_yours)?;
    let out = sessions::cancel(&state, b.id, Some(user.id))
        .await
        .map_err(ApiError::internal)?
        .ok_or_else(not_yours)?;
    Ok(json(
        StatusCode::OK,
        &CancelOut {
            booking: booking_out(&state, &out.booking).await?,
            already_cancelled: out.already,
            seat_given_to_waiting_list: out.promoted.is_some(),
        },
    ))
}
