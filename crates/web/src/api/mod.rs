//! JSON API v1: places and communes, with an OpenAPI 3.1 document.

mod communes;
mod openapi;
mod places;

use axum::Router;
use axum::routing::get;

use crate::AppState;

pub use openapi::ApiDoc;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/v1/places", get(places::list_places))
        .route("/api/v1/places/{id}", get(places::get_place))
        .route("/api/v1/communes", get(communes::list_communes))
        .route("/api/v1/openapi.json", get(openapi::openapi_json))
        .route("/healthz", get(healthz))
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
