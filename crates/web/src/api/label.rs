//! `POST /api/v1/label/evaluate`: the label's criteria engine for partners
//! and tests. Each criterion passes or fails with a sentence that explains
//! why, in the language asked for (`?lang=` or `Accept-Language`).

use axum::body::Bytes;
use axum::extract::{RawQuery, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Response};
use domain::Lang;
use domain::label::{Application, BasicPrice, evaluate as run_engine};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::ToSchema;

use super::contract;
use crate::error::ApiError;
use crate::ui::label::explain;
use crate::{App, AppState};

/// What the basic activities cost a visitor.
#[derive(Debug, Clone, Copy, Deserialize, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum BasicPriceIn {
    Free,
    Symbolic,
    Paid,
}

/// A language of the explanations: fr, nl, en or ar.
#[allow(dead_code)]
#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum LangCode {
    Fr,
    Nl,
    En,
    Ar,
}

/// The facts of an EPN, as its application form gives them.
// The body is checked against `contract::EVALUATE_BODY` (which also gives the
// document its rules) and read field by field; this type documents it.
#[allow(dead_code)]
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EvaluateIn {
    /// Number of computers for the public.
    pub computers: u32,
    /// Opening hours in OpenStreetMap `opening_hours` syntax, e.g. `Mo-Fr 14:00-17:00`.
    pub opening_hours: String,
    /// Hours of training a week, on average.
    pub training_hours_per_week: f64,
    /// Hours a week of free access with an animator present.
    pub free_access_hours_per_week: f64,
    /// The basic activities are open to any adult.
    pub open_to_all_adults: bool,
    pub basic_activities_price: BasicPriceIn,
    /// The EPN accepts the label's charter.
    pub charter_accepted: bool,
}

/// One criterion's outcome.
#[derive(Debug, Serialize, ToSchema)]
pub struct CriterionOut {
    /// `computers`, `opening_hours`, `training_hours`, `free_access_hours`,
    /// `open_to_all_adults`, `price` or `charter`.
    pub id: String,
    pub passed: bool,
    /// Why, with the figures, in the language asked for.
    pub explanation: String,
}

/// Whether the EPN meets every criterion, and each criterion's outcome.
#[derive(Debug, Serialize, ToSchema)]
pub struct EvaluateOut {
    pub eligible: bool,
    pub criteria: Vec<CriterionOut>,
}

/// Reads and checks the body against its rules (`contract::EVALUATE_BODY`),
/// naming the first field at fault.
pub fn parse_body(app: &App, body: &[u8]) -> Result<Application, ApiError> {
    let not_object = || ApiError {
        status: axum::http::StatusCode::BAD_REQUEST,
        detail: "The body must be a JSON object with the fields computers, opening_hours, \
                 training_hours_per_week, free_access_hours_per_week, open_to_all_adults, \
                 basic_activities_price and charter_accepted."
            .into(),
        param: None,
    };
    let value: Value = serde_json::from_slice(body).map_err(|_| not_object())?;
    let obj = value.as_object().ok_or_else(not_object)?;
    contract::check_body(app, &contract::EVALUATE_BODY, obj)?;
    // Checked: every field is there with the right type and range.
    let number = |k: &str| obj[k].as_f64().unwrap_or_default();
    let flag = |k: &str| obj[k].as_bool().unwrap_or_default();
    let price = obj["basic_activities_price"]
        .as_str()
        .and_then(BasicPrice::parse);
    Ok(Application {
        computers: number("computers") as u32,
        opening_hours: obj["opening_hours"]
            .as_str()
            .unwrap_or_default()
            .trim()
            .to_owned(),
        training_hours_per_week: number("training_hours_per_week"),
        free_access_hours_per_week: number("free_access_hours_per_week"),
        open_to_all_adults: flag("open_to_all_adults"),
        basic_activities_price: price.unwrap_or(BasicPrice::Paid),
        charter_accepted: flag("charter_accepted"),
    })
}

/// The language: `?lang=` when given, else the `Accept-Language` header.
fn language(app: &App, query: Option<&str>, headers: &HeaderMap) -> Result<Lang, ApiError> {
    let query = contract::check_query(app, contract::EVALUATE, query.unwrap_or(""))?;
    for (k, v) in form_urlencoded::parse(query.as_bytes()) {
        if k == "lang" {
            return Lang::parse(&v).ok_or_else(|| {
                ApiError::bad_param("lang", format!("lang must be fr, nl, en or ar (got {v:?})"))
            });
        }
    }
    let accept = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    Ok(Lang::negotiate(accept))
}

/// Evaluates an EPN against the label's criteria.
#[utoipa::path(post, path = "/api/v1/label/evaluate", tag = "label",
    params(("lang" = inline(Option<LangCode>), Query, description = "Language of the explanations (default: from Accept-Language)")),
    request_body(content = EvaluateIn, content_type = "application/json"),
    responses(
        (status = 200, description = "Each criterion passed or failed, with why", body = EvaluateOut),
        (status = 400, description = "A field is missing or invalid; `param` names it", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 404, description = "This region has no label", body = crate::error::Problem, content_type = "application/problem+json")))]
pub async fn evaluate(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let lang = match language(&state, query.as_deref(), &headers) {
        Ok(l) => l,
        Err(e) => return e.into_response(),
    };
    let Some(cfg) = state.label_config() else {
        return ApiError::not_found("this region has no label").into_response();
    };
    let app = match parse_body(&state, &body) {
        Ok(a) => a,
        Err(e) => return e.into_response(),
    };
    let result = run_engine(&cfg.rules, &app, &state.region.country, state.today());
    let out = EvaluateOut {
        eligible: result.eligible,
        criteria: result
            .criteria
            .iter()
            .map(|c| CriterionOut {
                id: c.id.code().to_owned(),
                passed: c.passed,
                explanation: explain(lang, c),
            })
            .collect(),
    };
    let mut res = axum::Json(out).into_response();
    let h = res.headers_mut();
    if let Ok(v) = HeaderValue::from_str(lang.code()) {
        h.insert(header::CONTENT_LANGUAGE, v);
    }
    h.insert(header::VARY, HeaderValue::from_static("Accept-Language"));
    res
}
