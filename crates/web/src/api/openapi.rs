//! The OpenAPI 3.1 document, generated from the handlers' annotations.

use axum::Json;
use utoipa::OpenApi;

#[derive(OpenApi)]
#[openapi(
    info(title = "Passerelle API", version = "1", description = "Find digital help near you: the directory of public digital spaces and other digital-inclusion places."),
    paths(super::places::list_places, super::places::get_place, super::communes::list_communes, super::healthz),
    components(schemas(super::places::PlaceOut, super::places::PlaceList, super::communes::CommuneOut, crate::error::Problem)),
    tags((name = "directory", description = "Places and communes"), (name = "health", description = "Service health"))
)]
pub struct ApiDoc;

pub async fn openapi_json() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}
