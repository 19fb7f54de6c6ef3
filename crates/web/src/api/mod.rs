//! JSON API v1: places, communes, the label's criteria, sessions and
//! bookings, the figures (statistics), with an OpenAPI 3.1 document whose rules (`contract`) every
//! request is checked against.

mod communes;
pub mod contract;
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
}

/// Liveness and readiness: the database answers and the directory is loaded.
#[utoipa::path(get, path = "/healthz", tag = "health",
    responses((status = 200, description = "Ready", body = String, content_type = "text/plain"),
               (status = 503, description = "The database does not answer", body = String, content_type = "text/plain")))]
pub async fn healthz(
    axum::extract::State(state): axum::extract::State<AppState>,
) -> (axum::http::StatusCode, String) {
    match state.db.directory_stamp().await {
        Ok(_) => (
            axum::http::StatusCode::OK,
            format!("ok {} places\n", state.directory().len()),
        ),
        Err(e) => {
            tracing::error!(error = %e, "health check failed");
            (
                axum::http::StatusCode::SERVICE_UNAVAILABLE,
                "database unavailable\n".into(),
            )
        }
    }
}
