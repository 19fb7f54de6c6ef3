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
use serde_json::{Map, Value};
use utoipa::ToSchema;

use crate::AppState;
use crate::error::ApiError;
use crate::ui::label::explain;

/// The longest opening-hours text accepted.
const MAX_HOURS_CHARS: usize = 500;
const MAX_COMPUTERS: u64 = 100_000;

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
// The body is read field by field (parse_body), to name the field at fault;
// this type documents it.
#[allow(dead_code)]
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EvaluateIn {
    /// Number of computers for the public.
    #[schema(minimum = 0, maximum = 100000)]
    pub computers: u32,
    /// Opening hours in OpenStreetMap `opening_hours` syntax, e.g. `Mo-Fr 14:00-17:00`.
    #[schema(min_length = 1, max_length = 500, pattern = "\\S")]
    pub opening_hours: String,
    /// Hours of training a week, on average.
    #[schema(minimum = 0, maximum = 168)]
    pub training_hours_per_week: f64,
    /// Hours a week of free access with an animator present.
    #[schema(minimum = 0, maximum = 168)]
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

const FIELDS: [&str; 7] = [
    "computers",
    "opening_hours",
    "training_hours_per_week",
    "free_access_hours_per_week",
    "open_to_all_adults",
    "basic_activities_price",
    "charter_accepted",
];

fn hours_field(obj: &Map<String, Value>, name: &str) -> Result<f64, ApiError> {
    obj[name]
        .as_f64()
        .filter(|h| (0.0..=168.0).contains(h))
        .ok_or_else(|| {
            ApiError::bad_param(
                name,
                format!(
                    "{name} must be a number of hours from 0 to 168 (got {})",
                    obj[name]
                ),
            )
        })
}

fn bool_field(obj: &Map<String, Value>, name: &str) -> Result<bool, ApiError> {
    obj[name].as_bool().ok_or_else(|| {
        ApiError::bad_param(
            name,
            format!("{name} must be true or false (got {})", obj[name]),
        )
    })
}

/// Reads and checks the body, naming the first field at fault.
pub fn parse_body(body: &[u8]) -> Result<Application, ApiError> {
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
    if let Some(extra) = obj.keys().find(|k| !FIELDS.contains(&k.as_str())) {
        return Err(ApiError::bad_param(
            extra,
            format!(
                "{extra} is not a field of the evaluation (the fields are {})",
                FIELDS.join(", ")
            ),
        ));
    }
    if let Some(missing) = FIELDS.iter().find(|f| !obj.contains_key(**f)) {
        return Err(ApiError::bad_param(
            missing,
            format!("{missing} is missing"),
        ));
    }
    let computers = obj["computers"]
        .as_u64()
        .filter(|n| *n <= MAX_COMPUTERS)
        .ok_or_else(|| {
            ApiError::bad_param(
                "computers",
                format!(
                    "computers must be a whole number from 0 to {MAX_COMPUTERS} (got {})",
                    obj["computers"]
                ),
            )
        })?;
    let opening_hours = obj["opening_hours"]
        .as_str()
        .map(str::trim)
        .filter(|s| !s.is_empty() && s.chars().count() <= MAX_HOURS_CHARS)
        .ok_or_else(|| {
            ApiError::bad_param(
                "opening_hours",
                format!(
                    "opening_hours must be text in OpenStreetMap opening_hours syntax, e.g. \"Mo-Fr 14:00-17:00\", of 1 to {MAX_HOURS_CHARS} characters"
                ),
            )
        })?;
    let training = hours_field(obj, "training_hours_per_week")?;
    let free_access = hours_field(obj, "free_access_hours_per_week")?;
    let open_to_all_adults = bool_field(obj, "open_to_all_adults")?;
    let price = obj["basic_activities_price"]
        .as_str()
        .and_then(BasicPrice::parse)
        .ok_or_else(|| {
            ApiError::bad_param(
                "basic_activities_price",
                format!(
                    "basic_activities_price must be \"free\", \"symbolic\" or \"paid\" (got {})",
                    obj["basic_activities_price"]
                ),
            )
        })?;
    let charter_accepted = bool_field(obj, "charter_accepted")?;
    Ok(Application {
        computers: u32::try_from(computers).unwrap_or(u32::MAX),
        opening_hours: opening_hours.to_owned(),
        training_hours_per_week: training,
        free_access_hours_per_week: free_access,
        open_to_all_adults,
        basic_activities_price: price,
        charter_accepted,
    })
}

/// The language: `?lang=` when given, else the `Accept-Language` header.
fn language(query: Option<&str>, headers: &HeaderMap) -> Result<Lang, ApiError> {
    for (k, v) in form_urlencoded::parse(query.unwrap_or("").as_bytes()) {
        if k == "lang" {
            return Lang::parse(&v)
                .filter(|l| l.code() == v.trim())
                .ok_or_else(|| {
                    ApiError::bad_param(
                        "lang",
                        format!("lang must be fr, nl, en or ar (got {v:?})"),
                    )
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
    let lang = match language(query.as_deref(), &headers) {
        Ok(l) => l,
        Err(e) => return e.into_response(),
    };
    let Some(cfg) = state.label_config() else {
        return ApiError::not_found("this region has no label").into_response();
    };
    let app = match parse_body(&body) {
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
