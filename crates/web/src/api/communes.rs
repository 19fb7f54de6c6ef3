//! `GET /api/v1/communes`: the region's communes with their postcodes.

use std::collections::BTreeMap;

use axum::Json;
use axum::extract::State;
use serde::Serialize;
use utoipa::ToSchema;

use crate::AppState;

#[derive(Debug, Serialize, ToSchema)]
pub struct BrochureGroupOut {
    pub code: String,
    pub name: BTreeMap<String, String>,
}

/// A commune of the region.
#[derive(Debug, Serialize, ToSchema)]
pub struct CommuneOut {
    /// NIS (INS) code.
    pub nis: String,
    pub slug: String,
    /// Names by language code.
    pub name: BTreeMap<String, String>,
    pub postcodes: Vec<String>,
    pub lat: f64,
    pub lon: f64,
    pub brochure_group: Option<BrochureGroupOut>,
}

/// Every commune of the region.
#[utoipa::path(get, path = "/api/v1/communes", tag = "directory",
    responses((status = 200, description = "The communes", body = Vec<CommuneOut>)))]
pub async fn list_communes(State(state): State<AppState>) -> Json<Vec<CommuneOut>> {
    let r = &state.region;
    Json(
        r.communes
            .iter()
            .map(|c| CommuneOut {
                nis: c.nis.clone(),
                slug: c.slug.clone(),
                name: c.name.clone(),
                postcodes: c.postcodes.clone(),
                lat: c.lat,
                lon: c.lon,
                brochure_group: r
                    .brochure_group(&c.brochure_group)
                    .map(|g| BrochureGroupOut {
                        code: g.code.clone(),
                        name: g.name.clone(),
                    }),
            })
            .collect(),
    )
}
