//! `GET /api/v1/places` and `GET /api/v1/places/{id}`.

use std::collections::BTreeMap;

use axum::extract::{Path, RawQuery, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use domain::directory::{CodeList, Directory, PlaceView, QueryError};
use serde::Serialize;
use utoipa::ToSchema;

use super::contract;
use crate::AppState;
use crate::error::ApiError;
use crate::params::parse_search;

/// A place of the directory. Borrows from the directory snapshot, so that a
/// page of results is serialised without copying its strings.
#[derive(Debug, Serialize, ToSchema)]
pub struct PlaceOut<'a> {
    pub id: i64,
    pub name: &'a str,
    pub organisation: &'a str,
    /// `epn` (public digital space), `project` (funded project) or `other`.
    pub kind: &'static str,
    pub address: Option<&'a str>,
    pub postcode: Option<&'a str>,
    /// NIS code of the commune.
    pub commune: &'a str,
    /// The commune's name in each official language.
    pub commune_name: &'a BTreeMap<String, String>,
    pub lat: f64,
    pub lon: f64,
    /// True when lat/lon are the centre of the postcode or commune, not the address.
    pub approximate_location: bool,
    /// Distance from the searched location, in km; null when no location was given.
    pub distance_km: Option<f64>,
    /// A mobile place travels to its public and has no fixed address.
    pub mobile: bool,
    #[schema(value_type = Vec<String>)]
    pub services: CodeList<'a>,
    #[schema(value_type = Vec<String>)]
    pub publics: CodeList<'a>,
    #[schema(value_type = Vec<String>)]
    pub languages: CodeList<'a>,
    #[schema(value_type = Vec<String>)]
    pub accessibility: CodeList<'a>,
    /// `free`, `symbolic` or `paid`.
    pub price: Option<&'a str>,
    /// OpenStreetMap opening_hours syntax, as recorded.
    pub opening_hours: Option<&'a str>,
    /// False when the recorded hours could not be read: call before you go.
    pub opening_hours_valid: bool,
    /// Open now (or at `open_at`); null when the hours are unknown.
    pub open_now: Option<bool>,
    pub labelled: bool,
    /// `none`, `labelled`, `withdrawn` or `refused`.
    pub label_status: &'static str,
    pub phone: Option<&'a str>,
    pub email: Option<&'a str>,
    pub website: Option<&'a str>,
    pub description: Option<&'a str>,
    pub computers: Option<i32>,
    pub tablets: Option<i32>,
    /// Date of the last update (YYYY-MM-DD, UTC).
    pub updated_on: &'a str,
}

/// One page of places.
#[derive(Debug, Serialize, ToSchema)]
pub struct PlaceList<'a> {
    pub items: Vec<PlaceOut<'a>>,
    /// Number of places matching, over all pages.
    pub total: usize,
    pub page: usize,
    pub per_page: usize,
}

/// Writes the JSON now, while the directory snapshot it borrows from is alive
/// (`super::json`: the same bytes as `serde_json`, faster).
fn json_response(capacity: usize, write: impl FnOnce(&mut Vec<u8>)) -> Response {
    let mut body = Vec::with_capacity(capacity);
    write(&mut body);
    ([(header::CONTENT_TYPE, "application/json")], body).into_response()
}

static NO_NAMES: BTreeMap<String, String> = BTreeMap::new();

pub(crate) fn place_out<'a>(
    dir: &'a Directory,
    p: PlaceView<'a>,
    distance_km: Option<f64>,
    open_now: Option<bool>,
) -> PlaceOut<'a> {
    let (pos, approximate) = dir
        .position(p.id)
        .unwrap_or((domain::LatLon { lat: 0.0, lon: 0.0 }, true));
    PlaceOut {
        id: p.id,
        name: p.name,
        organisation: p.organisation,
        kind: p.kind.code(),
        address: p.address,
        postcode: p.postcode,
        commune: p.commune_nis,
        commune_name: dir
            .region
            .commune(p.commune_nis)
            .map_or(&NO_NAMES, |c| &c.name),
        lat: pos.lat,
        lon: pos.lon,
        approximate_location: approximate,
        distance_km: distance_km.map(|d| (d * 1000.0).round() / 1000.0),
        mobile: p.mobile,
        services: p.services,
        publics: p.publics,
        languages: p.languages,
        accessibility: p.accessibility,
        price: p.price,
        opening_hours: p.opening_hours,
        opening_hours_valid: !matches!(dir.hours(p.id), domain::directory::HoursInfo::Invalid(_)),
        open_now,
        labelled: p.label == domain::LabelStatus::Labelled,
        label_status: p.label.code(),
        phone: p.phone,
        email: p.email,
        // Only an http(s) address is republished (`Place::web_address`).
        website: p.web_address(),
        description: p.description,
        computers: p.computers,
        tablets: p.tablets,
        updated_on: p.updated_on,
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
        ("q" = Option<String>, Query, description = "Free text, read as on the search page (docs/search.md): a postcode, a commune (French, Dutch, English or Arabic) or district, service, public or kind-of-place words, words of names and streets, in any combination; accent- and case-insensitive, small typing mistakes corrected; empty: no text"),
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
) -> Result<Response, ApiError> {
    let raw = contract::check_query(&state, contract::PLACES, raw.as_deref().unwrap_or(""))?;
    let params = parse_search(&raw, state.region.timezone, state.now(), 20)?;
    let dir = state.directory();
    let now = state
        .now()
        .with_timezone(&state.region.timezone)
        .naive_local();
    let result = dir.search(&params.query, now).map_err(query_error)?;
    let items: Vec<PlaceOut<'_>> = result
        .hits
        .iter()
        .map(|h| place_out(&dir, dir.hit_view(h), h.distance_km, h.open))
        .collect();
    // About 800 bytes of JSON per place.
    let capacity = 256 + 1024 * items.len();
    let list = PlaceList {
        items,
        total: result.total,
        page: params.page,
        per_page: params.per_page,
    };
    Ok(json_response(capacity, |out| {
        super::json::place_list(&list, out)
    }))
}

/// One place.
#[utoipa::path(get, path = "/api/v1/places/{id}", tag = "directory",
    params(("id" = i64, Path, description = "Place id")),
    responses(
        (status = 200, description = "The place", body = PlaceOut),
        (status = 301, description = "The place was merged into another: `Location` gives the kept place's URL"),
        (status = 400, description = "The id is not a number", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such place", body = crate::error::Problem, content_type = "application/problem+json"),
    ))]
pub async fn get_place(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let id = super::sessions::parse_id(&id)?;
    let dir = state.directory();
    let Some(place) = dir.place_view(id) else {
        // A place merged into another: 301 to the kept place.
        if let Some(new) = crate::services::places::merged_into(&state, &id.to_string()).await {
            return Ok(crate::ui::moved(&format!("/api/v1/places/{new}")));
        }
        return Err(ApiError::not_found(format!("no place with id {id}")));
    };
    let now = state
        .now()
        .with_timezone(&state.region.timezone)
        .naive_local();
    let open = match dir.hours(id) {
        domain::directory::HoursInfo::Valid(h) => Some(h.is_open(now)),
        _ => None,
    };
    let out = place_out(&dir, place, None, open);
    Ok(json_response(2048, |buf| super::json::place(&out, buf)))
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use domain::directory::Directory;
    use domain::region::Region;
    use domain::vocab::Vocabularies;
    use domain::{LabelStatus, LatLon, Place, PlaceKind};

    use super::*;

    fn place(id: i64, name: &str) -> Place {
        Place {
            id,
            name: name.to_owned(),
            organisation_id: id,
            organisation: "Asbl \"Quartier\" \\ Wijk".to_owned(),
            kind: PlaceKind::Epn,
            address: Some("Rue de la Loi 16\n(2e étage)".to_owned()),
            postcode: Some("1000".to_owned()),
            commune_nis: "21004".to_owned(),
            commune_name: None,
            location: Some(LatLon {
                lat: 50.8466,
                lon: 4.3528,
            }),
            opening_hours: Some("Mo-Fr 09:00-17:00".to_owned()),
            mobile: false,
            services: vec!["training".to_owned(), "access".to_owned()],
            publics: vec!["seniors".to_owned()],
            languages: vec!["fr".to_owned(), "ar".to_owned()],
            accessibility: vec!["wheelchair".to_owned()],
            price: Some("free".to_owned()),
            computers: Some(12),
            tablets: None,
            phone: Some("+32 2 000 00 00".to_owned()),
            email: Some("epn@example.org".to_owned()),
            website: Some("https://example.org/epn?a=1&b=2".to_owned()),
            description: Some("مكتبة — \u{1}\u{1f}\t\"😀\"".to_owned()),
            label: LabelStatus::Labelled,
            updated_on: "2026-11-30".to_owned(),
        }
    }

    /// The hand-written JSON is byte for byte what `serde_json` writes for
    /// the same places, found with and without a distance, every optional
    /// field present and absent, unreadable hours and an address that is not
    /// republished (a `javascript:` link).
    #[test]
    fn the_api_writes_what_serde_json_writes() {
        let region = Region::from_toml(include_str!(
            "../../../../data/regions/brussels/region.toml"
        ))
        .unwrap();
        let vocab =
            Vocabularies::from_toml(include_str!("../../../../data/vocabularies.toml")).unwrap();
        let mut places = vec![place(1, "EPN \"Le Pont\""), place(2, "Bibliothèque")];
        let mut bare = place(3, "Mobile\\Bus");
        bare.kind = PlaceKind::Other;
        bare.address = None;
        bare.postcode = None;
        bare.location = None;
        bare.opening_hours = Some("not hours".to_owned());
        bare.mobile = true;
        bare.services.clear();
        bare.publics.clear();
        bare.languages.clear();
        bare.accessibility.clear();
        bare.price = None;
        bare.computers = None;
        bare.tablets = Some(-3);
        bare.phone = None;
        bare.email = None;
        bare.website = Some("javascript:alert(1)".to_owned());
        bare.description = None;
        bare.label = LabelStatus::Withdrawn;
        places.push(bare);
        let dir = Directory::build(Arc::new(region), Arc::new(vocab), places);
        let views = [1, 2, 3].map(|id| dir.place_view(id).unwrap());
        for (distance, open) in [
            (None, None),
            (Some(1.23456789), Some(true)),
            (Some(0.0), Some(false)),
        ] {
            let list = PlaceList {
                items: views
                    .iter()
                    .map(|v| place_out(&dir, *v, distance, open))
                    .collect(),
                total: 3,
                page: 1,
                per_page: 20,
            };
            let mut ours = Vec::new();
            crate::api::json::place_list(&list, &mut ours);
            assert_eq!(
                String::from_utf8(ours).unwrap(),
                serde_json::to_string(&list).unwrap()
            );
            for item in &list.items {
                let mut one = Vec::new();
                crate::api::json::place(item, &mut one);
                assert_eq!(
                    String::from_utf8(one).unwrap(),
                    serde_json::to_string(item).unwrap()
                );
            }
        }
    }
}
