//! `GET /api/v1/me`: who a bearer token belongs to (checks a script's set-up).

use axum::Json;
use serde::Serialize;
use utoipa::ToSchema;

use crate::auth::Ctx;
use crate::error::ApiError;

/// The account behind the bearer token.
#[derive(Debug, Serialize, ToSchema)]
pub struct Me {
    pub id: i64,
    pub email: String,
    pub name: String,
    /// admin, coordinator, epn_manager, referrer, committee or jury.
    pub role: String,
    /// Organisations the account acts for.
    pub organisations: Vec<i64>,
}

#[utoipa::path(get, path = "/api/v1/me", tag = "accounts",
    security(("bearer" = [])),
    responses((status = 200, description = "The account behind the token", body = Me),
              (status = 401, description = "No token, or an unknown or revoked one", body = crate::error::Problem, content_type = "application/problem+json")))]
pub async fn me(ctx: Ctx) -> Result<Json<Me>, ApiError> {
    let u = ctx.user.ok_or(ApiError {
        status: axum::http::StatusCode::UNAUTHORIZED,
        detail: "This endpoint needs a bearer token.".into(),
        param: None,
    })?;
    Ok(Json(Me {
        id: u.id,
        email: u.email,
        name: u.name,
        role: u.role.code().into(),
        organisations: u.organisations,
    }))
}
