//! `GET /api/v1/places` and `GET /api/v1/places/{id}`.

use std::collections::BTreeMap;

use axum::Json;
use axum::extract::{Path, RawQuery, State};
use domain::directory::{Directory, QueryError};
use domain::place::Place;
use serde::Serialize;
use utoipa::ToSchema;

use crate::AppState;
use crate::error::ApiError;
use crate::params::parse_search;

/// A place of the directory.
#[derive(Debug, Serialize, ToSchema)]
pub struct PlaceOut {
    pub id: i64,
    pub name: String,
    pub organisation: String,
    /// `epn` (public digital space), `project` (funded project) or `other`.
    pub kind: String,
    pub address: Option<String>,
    pub postcode: Option<String>,
    /// NIS code of the commune.
    pub commune: String,
    /// The commune's name in each official language.
    pub commune_name: BTreeMap<String, String>,
    pub lat: f64,
    pub lon: f64,
    /// True when lat/lon are the centre of the postcode or commune, not the address.
    pub approximate_location: bool,
    /// Distance from the searched location, in km; null when no location was given.
    pub distance_km: Option<f64>,
    /// A mobile place travels to its public and has no fixed address.
    pub mobile: bool,
    pub services: Vec<String>,
    pub publics: Vec<String>,
    pub languages: Vec<String>,
    pub accessibility: Vec<String>,
    /// `free`, `symbolic` or `paid`.
    pub price: Option<String>,
    /// OpenStreetMap opening_hours syntax, as recorded.
    pub opening_hours: Option<String>,
    /// False when the recorded hours could not be read: call before you go.
    pub opening_hours_valid: bool,
    /// Open now (or at `open_at`); null when the hours are unknown.
    pub open_now: Option<bool>,
    pub labelled: bool,
    /// `none`, `labelled`, `withdrawn` or `refused`.
    pub label_status: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub website: Option<String>,
    pub description: Option<String>,
    pub computers: Option<i32>,
    pub tablets: Option<i32>,
    /// Date of the last update (YYYY-MM-DD, UTC).
    pub updated_on: String,
}

/// One page of places.
#[derive(Debug, Serialize, ToSchema)]
pub struct PlaceList {
    pub items: Vec<PlaceOut>,
    /// Number of places matching, over all pages.
    pub total: usize,
    pub page: usize,
    pub per_page: usize,
}

pub(crate) fn place_out(
    dir: &Directory,
    p: &Place,
    distance_km: Option<f64>,
    open_now: Option<bool>,
) -> PlaceOut {
    let (pos, approximate) = dir
        .position(p.id)
        .unwrap_or((domain::LatLon { lat: 0.0, lon: 0.0 }, true));
    let commune_name = dir
        .region
        .commune(&p.commune_nis)
        .map(|c| c.name.clone())
        .unwrap_or_default();
    PlaceOut {
        id: p.id,
        name: p.name.clone(),
        organisation: p.organisation.clone(),
        kind: p.kind.code().into(),
        address: p.address.clone(),
        postcode: p.postcode.clone(),
        commune: p.commune_nis.clone(),
        commune_name,
        lat: pos.lat,
        lon: pos.lon,
        approximate_location: approximate,
        distance_km: distance_km.map(|d| (d * 1000.0).round() / 1000.0),
        mobile: p.mobile,
        services: p.services.clone(),
        publics: p.publics.clone(),
        languages: p.languages.clone(),
        accessibility: p.accessibility.clone(),
        price: p.price.clone(),
        opening_hours: p.opening_hours.clone(),
        opening_hours_valid: !matches!(dir.hours(p.id), domain::directory::HoursInfo::Invalid(_)),
        open_now,
        labelled: p.label == domain::LabelStatus::Labelled,
        label_status: p.label.code().into(),
        phone: p.phone.clone(),
        email: p.email.clone(),
        website: p.website.clone(),
        description: p.description.clone(),
        computers: p.computers,
        tablets: p.tablets,
        updated_on: p.updated_on.clone(),
    }
}

pub(crate) fn query_error(e: QueryError) -> ApiError {
    match e {
        QueryError::UnknownCode { param, value } => ApiError::bad_param(
            param,
            format!(
                "{param} {value:?} is not a known code; see GET /api/v1/communes for communes and the OpenAPI document for vocabularies"
            ),
        ),
        QueryError::Radius => ApiError::bad_param(
            "radius_km",
            "radius_km must be greater than 0 and at most 1000",
        ),
    }
}

/// Search the directory, nearest first when a location is given.
#[utoipa::path(get, path = "/api/v1/places", tag = "directory",
    params(
        ("q" = Option<String>, Query, description = "Postcode, commune (French or Dutch) or name; accent- and case-insensitive"),
        ("postcode" = Option<String>, Query, description = "Only places with this postcode"),
        ("commune" = Option<String>, Query, description = "Only places of this commune (NIS code)"),
        ("near" = Option<String>, Query, description = "latitude,longitude: nearest first"),
        ("radius_km" = Option<f64>, Query, description = "Radius around `near` or the searched postcode/commune, 0 < r ≤ 1000"),
        ("service" = Option<Vec<String>>, Query, explode = true, description = "Service code (repeatable: places offering all of them)"),
        ("public" = Option<String>, Query, description = "Public code"),
        ("language" = Option<String>, Query, description = "Language spoken (ISO 639 code)"),
        ("wheelchair" = Option<bool>, Query, description = "Only wheelchair-accessible places"),
        ("free" = Option<bool>, Query, description = "Only free places"),
        ("open_now" = Option<bool>, Query, description = "Only places open now"),
        ("open_at" = Option<String>, Query, format = DateTime, description = "Only places open at this RFC 3339 time"),
        ("labelled" = Option<bool>, Query, description = "Only labelled public digital spaces"),
        ("page" = Option<usize>, Query, minimum = 1, maximum = 100000, description = "Page number, from 1"),
        ("per_page" = Option<usize>, Query, minimum = 1, maximum = 100, description = "Items per page (default 20, at most 100)"),
    ),
    responses(
        (status = 200, description = "A page of places", body = PlaceList),
        (status = 400, description = "A parameter is invalid", body = crate::error::Problem, content_type = "application/problem+json"),
    ))]
pub async fn list_places(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Json<PlaceList>, ApiError> {
    let params = parse_search(
        raw.as_deref().unwrap_or(""),
        state.region.timezone,
        state.now(),
        20,
    )?;
    let dir = state.directory();
    let now = state
        .now()
        .with_timezone(&state.region.timezone)
        .naive_local();
    let result = dir.search(&params.query, now).map_err(query_error)?;
    let items = result
        .hits
        .iter()
        .map(|h| place_out(&dir, h.place, h.distance_km, h.open))
        .collect();
    Ok(Json(PlaceList {
        items,
        total: result.total,
        page: params.page,
        per_page: params.per_page,
    }))
}

/// One place.
#[utoipa::path(get, path = "/api/v1/places/{id}", tag = "directory",
    params(("id" = i64, Path, description = "Place id")),
    responses(
        (status = 200, description = "The place", body = PlaceOut),
        (status = 400, description = "The id is not a number", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such place", body = crate::error::Problem, content_type = "application/problem+json"),
    ))]
pub async fn get_place(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<PlaceOut>, ApiError> {
    let id: i64 = id.parse().map_err(|_| {
        ApiError::bad_param("id", format!("id must be a whole number (got {id:?})"))
    })?;
    let dir = state.directory();
    let place = dir
        .place(id)
        .ok_or_else(|| ApiError::not_found(format!("no place with id {id}")))?;
    let now = state
        .now()
        .with_timezone(&state.region.timezone)
        .naive_local();
    let open = match dir.hours(id) {
        domain::directory::HoursInfo::Valid(h) => Some(h.is_open(now)),
        _ => None,
    };
    Ok(Json(place_out(&dir, place, None, open)))
}
