//! `GET /api/v1/sessions` (the listing's search plus `from`, `to`,
//! `has_seats`), one session, and bookings: `POST /api/v1/sessions/{id}/bookings`
//! with a referrer's bearer token, `GET` and `DELETE /api/v1/bookings/{id}`
//! (in `bookings`).

mod bookings;

use axum::extract::{Path, RawQuery, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::{TimeZone, Utc};
use domain::Lang;
use domain::sessions::Session;
use serde::Serialize;
use utoipa::ToSchema;

pub use bookings::*;

use crate::AppState;
use crate::error::ApiError;
use crate::services::sessions::{parse_session_search, search};

/// A session (a workshop, a training, drop-in help hours).
#[derive(Debug, Serialize, ToSchema)]
pub struct SessionOut {
    pub id: i64,
    pub title: String,
    pub description: Option<String>,
    /// Theme code: devices, drop-in-help, internet-search, job-search, messaging, online-services, documents, programming or safety.
    pub theme: String,
    /// The DigComp competence area of the theme: information, communication, content-creation, safety or problem-solving.
    pub area: String,
    /// beginner, intermediate or advanced.
    pub level: String,
    /// Language codes.
    pub languages: Vec<String>,
    /// Start, local time with its UTC offset (RFC 3339).
    pub starts_at: String,
    pub ends_at: String,
    /// `scheduled` or `cancelled`.
    pub status: String,
    pub cancel_reason: Option<String>,
    /// The place it happens at; null for a mobile activity.
    pub place_id: Option<i64>,
    pub place_name: Option<String>,
    /// Where a mobile activity happens.
    pub location: Option<String>,
    pub postcode: Option<String>,
    /// NIS code of the commune.
    pub commune: Option<String>,
    pub organisation: String,
    pub seats: i32,
    pub seats_left: i32,
    /// People on the waiting list.
    pub waiting: i32,
    /// Whether a full session takes people on a waiting list.
    pub waiting_list: bool,
    /// Whether a person may book alone on the public page.
    pub self_booking: bool,
    /// Price in euro cents; 0 is free.
    pub price_cents: i64,
    pub publics: Vec<String>,
    pub bring: Option<String>,
    pub accessibility: Vec<String>,
    /// Distance from the searched location, in km; null without one.
    pub distance_km: Option<f64>,
    /// The public page.
    pub url: String,
    /// The iCalendar file of the session.
    pub ical_url: String,
}

/// One page of sessions, soonest first.
#[derive(Debug, Serialize, ToSchema)]
pub struct SessionList {
    pub items: Vec<SessionOut>,
    /// Sessions matching, over all pages.
    pub total: usize,
    pub page: usize,
    pub per_page: usize,
    /// The sessions searched start at or after `from` (RFC 3339, local time).
    pub from: String,
    /// …and before `to`: at most 400 days after `from`, so a wider `to` is cut
    /// here (ask again from this time for the next sessions); at or before
    /// `from` when `to` was before `from`, and nothing matches.
    pub to: String,
}

fn rfc3339(state: &AppState, ts: i64) -> String {
    Utc.timestamp_opt(ts, 0)
        .single()
        .unwrap_or_default()
        .with_timezone(&state.region.timezone)
        .to_rfc3339()
}

fn session_out(state: &AppState, s: &Session, distance_km: Option<f64>) -> SessionOut {
    let dir = state.directory();
    let place = s.place_id.and_then(|p| dir.place(p));
    let place = place.as_ref();
    let lang = state
        .region
        .languages
        .first()
        .and_then(|l| Lang::parse(l))
        .unwrap_or(Lang::Fr);
    SessionOut {
        id: s.id,
        title: s.title.clone(),
        description: s.description.clone(),
        theme: s.theme.code().into(),
        area: s.theme.area().code().into(),
        level: s.level.code().into(),
        languages: s.languages.clone(),
        starts_at: rfc3339(state, s.starts_at),
        ends_at: rfc3339(state, s.ends_at),
        status: s.status.code().into(),
        cancel_reason: s.cancel_reason.clone(),
        place_id: s.place_id,
        place_name: place.map(|p| p.name.clone()),
        location: s.location.clone(),
        postcode: place
            .and_then(|p| p.postcode.clone())
            .or_else(|| s.postcode.clone()),
        commune: place
            .map(|p| p.commune_nis.clone())
            .or_else(|| s.commune_nis.clone()),
        organisation: s.organisation.clone(),
        seats: s.seats,
        seats_left: s.seats_left(),
        waiting: s.waiting,
        waiting_list: s.waiting_list,
        self_booking: s.self_booking,
        price_cents: s.price_cents,
        publics: s.publics.clone(),
        bring: s.bring.clone(),
        accessibility: s.accessibility.clone(),
        distance_km: distance_km.map(|d| (d * 1000.0).round() / 1000.0),
        url: state
            .config
            .link(&format!("/{}/sessions/{}", lang.code(), s.id)),
        ical_url: state
            .config
            .link(&format!("/{}/sessions/{}/calendar.ics", lang.code(), s.id)),
    }
}

fn json<T: Serialize>(status: StatusCode, value: &T) -> Response {
    match serde_json::to_vec(value) {
        Ok(body) => (status, [(header::CONTENT_TYPE, "application/json")], body).into_response(),
        Err(e) => ApiError::internal(e).into_response(),
    }
}

/// Upcoming sessions, soonest first; the same location search as places.
#[utoipa::path(get, path = "/api/v1/sessions", tag = "sessions",
    params(
        ("q" = Option<String>, Query, description = "Postcode, commune (French or Dutch) or words of the title"),
        ("postcode" = Option<String>, Query, description = "Only sessions at places with this postcode"),
        ("commune" = Option<String>, Query, description = "Only sessions in this commune (NIS code)"),
        ("near" = Option<String>, Query, description = "latitude,longitude: only sessions within radius_km"),
        ("radius_km" = Option<f64>, Query, description = "Radius around `near` or the searched postcode/commune, 0 < r ≤ 1000"),
        ("theme" = Option<String>, Query, description = "A theme code, or a DigComp area code for every theme of the area"),
        ("level" = Option<String>, Query, description = "beginner, intermediate or advanced"),
        ("language" = Option<String>, Query, description = "Language spoken (ISO 639 code)"),
        ("public" = Option<String>, Query, description = "Public code (sessions naming no public are for everyone)"),
        ("free" = Option<bool>, Query, description = "Only free sessions"),
        ("wheelchair" = Option<bool>, Query, description = "Only wheelchair-accessible sessions"),
        ("has_seats" = Option<bool>, Query, description = "Only sessions with a free seat"),
        ("from" = Option<String>, Query, description = "Sessions starting on or after this date (YYYY-MM-DD, local) or RFC 3339 time; default now"),
        ("to" = Option<String>, Query, description = "Sessions starting up to this date included (YYYY-MM-DD) or before this RFC 3339 time; default 180 days after `from`; brought back to 400 days after `from` when later (the answer's `to` says where the search stopped)"),
        ("place" = Option<i64>, Query, description = "Only sessions at this place"),
        ("page" = Option<usize>, Query, minimum = 1, maximum = 100000, description = "Page number, from 1"),
        ("per_page" = Option<usize>, Query, minimum = 1, maximum = 100, description = "Items per page (default 20, at most 100)"),
    ),
    responses(
        (status = 200, description = "A page of sessions", body = SessionList),
        (status = 400, description = "A parameter is invalid", body = crate::error::Problem, content_type = "application/problem+json"),
    ))]
pub async fn list_sessions(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let raw = super::contract::check_query(
        &state,
        super::contract::SESSIONS,
        raw.as_deref().unwrap_or(""),
    )?;
    let query = parse_session_search(&raw, state.region.timezone, state.now(), 20)?;
    let (items, total) = search(&state, &query).await.map_err(ApiError::internal)??;
    Ok(json(
        StatusCode::OK,
        &SessionList {
            items: items
                .iter()
                .map(|(s, d)| session_out(&state, s, *d))
                .collect(),
            total,
            page: query.page,
            per_page: query.per_page,
            from: rfc3339(&state, query.query.from),
            to: rfc3339(&state, query.query.to.unwrap_or(query.query.from)),
        },
    ))
}

/// A path id: a whole number (as the document's `integer` allows, `7.0` is 7).
pub(crate) fn parse_id(v: &str) -> Result<i64, ApiError> {
    super::contract::integer(v)
        .ok_or_else(|| ApiError::bad_param("id", format!("id must be a whole number (got {v:?})")))
}

/// One session.
#[utoipa::path(get, path = "/api/v1/sessions/{id}", tag = "sessions",
    params(("id" = i64, Path, description = "Session id")),
    responses(
        (status = 200, description = "The session", body = SessionOut),
        (status = 400, description = "The id is not a number", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such session", body = crate::error::Problem, content_type = "application/problem+json"),
    ))]
pub async fn get_session(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let id = parse_id(&id)?;
    match state
        .db
        .activity_session(id)
        .await
        .map_err(ApiError::internal)?
    {
        Some(s) => Ok(json(StatusCode::OK, &session_out(&state, &s, None))),
        None => Err(ApiError::not_found(format!("no session with id {id}"))),
    }
}
