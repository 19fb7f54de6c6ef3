//! The OpenAPI 3.1 document, generated from the handlers' annotations and
//! completed with the rules of `super::contract`.

use axum::Json;
use axum::extract::State;
use utoipa::OpenApi;

use crate::AppState;

#[derive(OpenApi)]
#[openapi(
    info(title = "Passerelle API", version = "1", description = "Find digital help near you: the directory of public digital spaces and other digital-inclusion places."),
    paths(super::places::list_places, super::places::get_place, super::communes::list_communes, super::label::evaluate, super::me::me, super::sessions::list_sessions, super::sessions::get_session, super::sessions::book, super::sessions::get_booking, super::sessions::cancel_booking, super::statistics::list_sections, super::statistics::get_section, super::healthz, super::readyz),
    components(schemas(super::places::PlaceOut, super::places::PlaceList, super::communes::CommuneOut, super::label::EvaluateIn, super::label::EvaluateOut, super::label::CriterionOut, super::label::BasicPriceIn, super::me::Me, super::sessions::SessionOut, super::sessions::SessionList, super::sessions::PersonIn, super::sessions::BookingIn, super::sessions::BookingOut, super::sessions::CancelOut, super::statistics::StatisticsIndex, super::statistics::SectionRef, super::statistics::SectionOut, super::statistics::TableOut, super::statistics::ColumnOut, super::statistics::RowOut, super::statistics::ValueOut, crate::error::Problem)),
    modifiers(&BearerAuth),
    tags((name = "directory", description = "Places and communes"), (name = "accounts", description = "Accounts and API tokens (`passerelle admin create-token`)"), (name = "label", description = "The EPN label: its criteria, explained"), (name = "sessions", description = "Sessions (workshops, trainings, drop-in help) and booking seats for people"), (name = "statistics", description = "The region's figures: aggregates for a calendar year, small counts hidden (docs/figures.md)"), (name = "health", description = "Service health"))
)]
pub struct ApiDoc;

/// Declares the bearer-token scheme used by the endpoints that need an account.
struct BearerAuth;

impl utoipa::Modify for BearerAuth {
    fn modify(&self, doc: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
        let components = doc.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(Http::new(HttpAuthScheme::Bearer)),
        );
    }
}

/// The document with every rule of the contract (`super::contract`).
pub async fn openapi_json(State(state): State<AppState>) -> Json<serde_json::Value> {
    Json(super::contract::document(&state))
}
