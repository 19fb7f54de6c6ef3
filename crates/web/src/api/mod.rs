//! JSON API v1: places, communes, the label's criteria, sessions and
//! bookings, the figures (statistics), with an OpenAPI 3.1 document whose rules (`contract`) every
//! request is checked against.

mod communes;
pub mod contract;
mod json;
mod label;
mod me;
mod openapi;
mod places;
mod sessions;
mod statistics;

use domain::account::Access;

use crate::AppState;
use crate::routes::Routes;

pub use openapi::ApiDoc;

pub fn routes() -> Routes {
    use Access::Public;
    Routes::new()
        .get("/api/v1/places", Public, places::list_places)
        .get("/api/v1/places/{id}", Public, places::get_place)
        .get("/api/v1/communes", Public, communes::list_communes)
        .post("/api/v1/label/evaluate", Public, label::evaluate)
        .get("/api/v1/sessions", Public, sessions::list_sessions)
        .get("/api/v1/sessions/{id}", Public, sessions::get_session)
        .post(
            "/api/v1/sessions/{id}/bookings",
            Access::BOOKERS,
            sessions::book,
        )
        .get(
            "/api/v1/bookings/{id}",
            Access::BOOKERS,
            sessions::get_booking,
        )
        .delete(
            "/api/v1/bookings/{id}",
            Access::BOOKERS,
            sessions::cancel_booking,
        )
        .get("/api/v1/statistics", Public, statistics::list_sections)
        .get(
            "/api/v1/statistics/{section}",
            Public,
            statistics::get_section,
        )
        .get("/api/v1/openapi.json", Public, openapi::openapi_json)
        .get("/api/v1/me", Access::SignedIn, me::me)
        .get("/healthz", Public, healthz)
        .get("/readyz", Public, readyz)
}

/// Liveness: the process answers, with the number of places its directory
/// holds. It never asks the database (see `/readyz`).
#[utoipa::path(get, path = "/healthz", tag = "health",
    responses((status = 200, description = "Alive", body = String, content_type = "text/plain")))]
pub async fn healthz(axum::extract::State(state): axum::extract::State<AppState>) -> String {
    format!("ok {} places\n", state.directory().len())
}

/// Readiness: the database answers (asked at most once a second, the last
/// answer given in between).
#[utoipa::path(get, path = "/readyz", tag = "health",
    responses((status = 200, description = "Ready", body = String, content_type = "text/plain"),
               (status = 503, description = "The database does not answer", body = String, content_type = "text/plain")))]
pub async fn readyz(
    axum::extract::State(state): axum::extract::State<AppState>,
) -> (axum::http::StatusCode, &'static str) {
    if state.ready().await {
        (axum::http::StatusCode::OK, "ready\n")
    } else {
        (
            axum::http::StatusCode::SERVICE_UNAVAILABLE,
            "database unavailable\n",
        )
    }
}
