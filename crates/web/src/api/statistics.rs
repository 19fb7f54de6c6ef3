//! `GET /api/v1/statistics` (the sections and their tables) and
//! `GET /api/v1/statistics/{section}?year=` (the tables): the region's
//! aggregates for a calendar year, small cells always hidden — the same
//! figures as the public page `/{lang}/figures`, labels in English.

use axum::extract::{Path, RawQuery, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use chrono::Datelike;
use domain::Lang;
use domain::statistics::{FigureTable, Unit, Value};
use serde::Serialize;
use utoipa::ToSchema;

use crate::AppState;
use crate::error::ApiError;
use crate::i18n::t;
use crate::services::figures::{self, SECTION_CODES, public_year};
use crate::ui::figures::label_text;

/// The sections of the figures (the document's enum of `{section}`).
/// Only its schema is used: the handler reads the segment as text.
#[allow(dead_code)]
#[derive(Debug, ToSchema)]
#[schema(rename_all = "lowercase")]
pub enum SectionCode {
    Activity,
    Capacity,
    Cadastre,
}

/// A section of the figures and the ids of its tables.
#[derive(Debug, Serialize, ToSchema)]
pub struct SectionRef {
    /// activity, capacity or cadastre.
    pub code: String,
    pub title: String,
    /// Its tables: `GET` this address.
    pub url: String,
    /// The ids of its tables this year (a section without figures yet has none).
    pub tables: Vec<String>,
}

/// The sections of the figures.
#[derive(Debug, Serialize, ToSchema)]
pub struct StatisticsIndex {
    /// The year the table ids are of (the current one).
    pub year: i32,
    /// A count under this is hidden, with any count that would give it back.
    pub small_cell: i64,
    pub sections: Vec<SectionRef>,
}

/// A value: `number` with its value, or `suppressed` (hidden: a small count,
/// or one that would let a small count be computed) or `missing` (not given),
/// both with a null value.
#[derive(Debug, Serialize, ToSchema)]
pub struct ValueOut {
    pub kind: String,
    pub value: Option<i64>,
}

/// A column of values.
#[derive(Debug, Serialize, ToSchema)]
pub struct ColumnOut {
    pub code: String,
    pub label: String,
    /// count; minutes; cents (euro cents); per-mille (of the column's total,
    /// 435 = 43.5 %); hundredths (1625 = 16.25, e.g. an average).
    pub unit: String,
}

/// A row: a category and its values, one per column.
#[derive(Debug, Serialize, ToSchema)]
pub struct RowOut {
    pub code: String,
    pub label: String,
    pub values: Vec<ValueOut>,
}

/// One figure: a breakdown along one dimension.
#[derive(Debug, Serialize, ToSchema)]
pub struct TableOut {
    pub id: String,
    pub title: String,
    /// What the rows are.
    pub dimension: String,
    pub columns: Vec<ColumnOut>,
    pub rows: Vec<RowOut>,
    /// The total of each column, when the rows add up to one.
    pub total: Option<Vec<ValueOut>>,
    /// How many places or records answered.
    pub respondents: Option<i64>,
    /// Where the figure comes from when not computed by Passerelle.
    pub source: Option<String>,
}

/// The tables of a section for a year.
#[derive(Debug, Serialize, ToSchema)]
pub struct SectionOut {
    pub code: String,
    pub title: String,
    pub year: i32,
    /// First and last days counted (YYYY-MM-DD).
    pub from: String,
    pub to: String,
    pub small_cell: i64,
    pub tables: Vec<TableOut>,
}

fn value_out(v: Value) -> ValueOut {
    let (kind, value) = match v {
        Value::Number(n) => ("number", Some(n)),
        Value::Suppressed => ("suppressed", None),
        Value::Missing => ("missing", None),
    };
    ValueOut {
        kind: kind.into(),
        value,
    }
}

fn unit_code(u: Unit) -> &'static str {
    match u {
        Unit::Count => "count",
        Unit::Minutes => "minutes",
        Unit::Cents => "cents",
        Unit::PerMille => "per-mille",
        Unit::Hundredths => "hundredths",
    }
}

/// A table with its labels in English.
pub fn table_out(table: &FigureTable) -> TableOut {
    let en = Lang::En;
    TableOut {
        id: table.id.clone(),
        title: t(en, &table.title_key),
        dimension: t(en, &table.dimension_key),
        columns: table
            .columns
            .iter()
            .map(|c| ColumnOut {
                code: c.code.clone(),
                label: t(en, &c.label_key),
                unit: unit_code(c.unit).into(),
            })
            .collect(),
        rows: table
            .rows
            .iter()
            .map(|r| RowOut {
                code: r.code.clone(),
                label: label_text(en, &r.label),
                values: r.values.iter().map(|v| value_out(*v)).collect(),
            })
            .collect(),
        total: table
            .total
            .as_ref()
            .map(|t| t.iter().map(|v| value_out(*v)).collect()),
        respondents: table.respondents,
        source: table.source.clone(),
    }
}

fn json<T: Serialize>(value: &T) -> Response {
    match serde_json::to_vec(value) {
        Ok(body) => ([(header::CONTENT_TYPE, "application/json")], body).into_response(),
        Err(e) => ApiError::internal(e).into_response(),
    }
}

/// The sections of the figures and the ids of their tables this year.
#[utoipa::path(get, path = "/api/v1/statistics", tag = "statistics",
    responses((status = 200, description = "The sections", body = StatisticsIndex)))]
pub async fn list_sections(State(state): State<AppState>) -> Result<Response, ApiError> {
    let year = state.today().year();
    let scope = public_year(year).ok_or_else(|| ApiError::internal("no current year"))?;
    let sections = figures::sections(&state, &scope)
        .await
        .map_err(ApiError::internal)?;
    Ok(json(&StatisticsIndex {
        year,
        small_cell: state.config.small_cell,
        sections: sections
            .iter()
            .map(|s| SectionRef {
                code: s.code.into(),
                title: t(Lang::En, s.title_key),
                url: format!("/api/v1/statistics/{}", s.code),
                tables: s.tables.iter().map(|t| t.id.clone()).collect(),
            })
            .collect(),
    }))
}

/// The tables of a section for a calendar year: the region's aggregates,
/// small cells hidden.
#[utoipa::path(get, path = "/api/v1/statistics/{section}", tag = "statistics",
    params(
        ("section" = inline(SectionCode), Path, description = "activity, capacity or cadastre"),
        ("year" = Option<i32>, Query, description = "The calendar year (default: the current one)"),
    ),
    responses(
        (status = 200, description = "The section's tables", body = SectionOut),
        (status = 400, description = "A parameter is invalid", body = crate::error::Problem, content_type = "application/problem+json"),
    ))]
pub async fn get_section(
    State(state): State<AppState>,
    Path(code): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    if !SECTION_CODES.contains(&code.as_str()) {
        return Err(ApiError::bad_param(
            "section",
            format!(
                "section must be one of {} (got {code:?})",
                SECTION_CODES.join(", ")
            ),
        ));
    }
    let raw = super::contract::check_query(
        &state,
        super::contract::STATISTICS,
        raw.as_deref().unwrap_or(""),
    )?;
    let year = form_urlencoded::parse(raw.as_bytes())
        .find(|(k, _)| k == "year")
        .and_then(|(_, v)| v.parse::<i32>().ok())
        .unwrap_or_else(|| state.today().year());
    let scope = public_year(year).ok_or_else(|| {
        ApiError::bad_param("year", format!("year {year} is not a calendar year"))
    })?;
    let section = figures::section(&state, &scope, &code)
        .await
        .map_err(ApiError::internal)?
        .ok_or_else(|| ApiError::bad_param("section", format!("no section {code:?}")))?;
    Ok(json(&SectionOut {
        code: section.code.into(),
        title: t(Lang::En, section.title_key),
        year,
        from: scope.from.to_string(),
        to: scope.to.to_string(),
        small_cell: state.config.small_cell,
        tables: section.tables.iter().map(table_out).collect(),
    }))
}
