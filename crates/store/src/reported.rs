//! Figures that a report gave (`reported_figures`, migration 14): region-level
//! aggregates entered as what they are, with their source and respondents
//! (see `domain::figure_shapes::Reported`). The demo loads the 2021 report's
//! capacity figures and the 2020 funding cadastre's
//! (`data/demo/figures-2021.toml`).

use domain::figure_shapes::Reported;
use serde::Deserialize;

use crate::{Db, Result, run, write_tx};

/// The areas a reported figure may belong to.
pub const AREAS: [&str; 2] = ["capacity", "cadastre"];

/// Checks that `r` fills a table of its area's kind (every cell exists).
pub fn check(area: &str, r: &Reported) -> Result<()> {
    let built = match area {
        "capacity" => domain::capacity_figures::reported(r),
        "cadastre" => domain::cadastre_figures::reported(
            r,
            domain::cadastre::shipped("brussels").unwrap_or(&[]),
        ),
        _ => Err(format!("{}: unknown area {area}", r.id)),
    };
    built.map(|_| ()).map_err(Db::invalid)
}

/// Writes `r` (replacing a figure of the same id) in the transaction `$tx`.
macro_rules! insert_reported {
    ($tx:ident, $now:expr, $area:expr, $r:expr) => {{
        let r: &domain::figure_shapes::Reported = $r;
        let old: Option<i64> = sqlx::query_scalar("SELECT id FROM reported_figures WHERE figure = $1")
            .bind(&r.id)
            .fetch_optional(&mut *$tx)
            .await?;
        if let Some(old) = old {
            sqlx::query("DELETE FROM reported_figure_values WHERE figure_id = $1")
                .bind(old)
                .execute(&mut *$tx)
                .await?;
            sqlx::query("DELETE FROM reported_figures WHERE id = $1").bind(old).execute(&mut *$tx).await?;
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO reported_figures (figure, area, kind, year, report_year, respondents, source, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        )
        .bind(&r.id)
        .bind($area)
        .bind(&r.kind)
        .bind(r.year)
        .bind(r.report_year)
        .bind(r.respondents)
        .bind(&r.source)
        .bind($now)
        .fetch_one(&mut *$tx)
        .await?;
        for (row, column, value) in &r.values {
            sqlx::query(
                "INSERT INTO reported_figure_values (figure_id, row_code, column_code, value)
                 VALUES ($1, $2, $3, $4)",
            )
            .bind(id)
            .bind(row)
            .bind(column)
            .bind(*value)
            .execute(&mut *$tx)
            .await?;
        }
        (id, old)
    }};
}
pub(crate) use insert_reported;

#[derive(sqlx::FromRow)]
struct RawFigure {
    id: i64,
    figure: String,
    kind: String,
    year: i32,
    report_year: i32,
    respondents: Option<i64>,
    source: String,
}

#[derive(sqlx::FromRow)]
struct RawValue {
    figure_id: i64,
    row_code: String,
    column_code: String,
    value: i64,
}

impl Db {
    /// Records a reported figure of `area` (checked against its table
    /// kind), replacing one of the same id; audited (`reported_figure.save`).
    pub async fn save_reported_figure(
        &self,
        area: &str,
        r: &Reported,
        actor: Option<i64>,
        now: i64,
    ) -> Result<i64> {
        check(area, r)?;
        let id = write_tx!(self, tx => {
            let (id, old) = insert_reported!(tx, now, area, r);
            crate::audit!(&mut *tx, now, &crate::audit::NewAudit {
                user_id: actor,
                action: "reported_figure.save",
                entity: "reported_figure",
                entity_id: Some(id),
                note: old.map(|_| "replaced"),
                after: Some(serde_json::json!({
                    "figure": r.id, "area": area, "kind": r.kind, "year": r.year,
                    "report_year": r.report_year, "respondents": r.respondents,
                    "source": r.source, "values": r.values,
                })),
                ..Default::default()
            });
            id
        });
        Ok(id)
    }

    /// The reported figures of `area` about a year in `from..=to`, or given
    /// by a report of a year in `from..=to`, in the order they were entered.
    pub async fn reported_figures(&self, area: &str, from: i32, to: i32) -> Result<Vec<Reported>> {
        let figures: Vec<RawFigure> = run!(self, p => sqlx::query_as(
            "SELECT id, figure, kind, year, report_year, respondents, source FROM reported_figures
             WHERE area = $1 AND ((year >= $2 AND year <= $3) OR (report_year >= $2 AND report_year <= $3))
             ORDER BY id")
            .bind(area).bind(from).bind(to).fetch_all(p).await?);
        let values: Vec<RawValue> = run!(self, p => sqlx::query_as(
            "SELECT v.figure_id, v.row_code, v.column_code, v.value FROM reported_figure_values v
             JOIN reported_figures f ON f.id = v.figure_id
             WHERE f.area = $1 AND ((f.year >= $2 AND f.year <= $3) OR (f.report_year >= $2 AND f.report_year <= $3))
             ORDER BY v.figure_id, v.row_code, v.column_code")
            .bind(area).bind(from).bind(to).fetch_all(p).await?);
        Ok(figures
            .into_iter()
            .map(|f| Reported {
                values: values
                    .iter()
                    .filter(|v| v.figure_id == f.id)
                    .map(|v| (v.row_code.clone(), v.column_code.clone(), v.value))
                    .collect(),
                id: f.figure,
                kind: f.kind,
                year: f.year,
                report_year: f.report_year,
                respondents: f.respondents,
                source: f.source,
            })
            .collect())
    }
}

/// The demo's reported figures file (`data/demo/figures-2021.toml`).
pub const DEMO_FIGURES_2021: &str = include_str!("../../../data/demo/figures-2021.toml");

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoReported {
    pub figures: Vec<DemoFigure>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoFigure {
    pub id: String,
    pub area: String,
    pub kind: String,
    pub year: i32,
    pub report_year: i32,
    pub respondents: Option<i64>,
    pub source: String,
    pub values: Vec<DemoCell>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoCell {
    pub row: String,
    pub column: String,
    pub value: i64,
}

impl DemoReported {
    pub fn brussels_2021() -> DemoReported {
        toml::from_str(DEMO_FIGURES_2021).expect("shipped reported figures are valid")
    }
}

impl DemoFigure {
    /// The figure, checked against its area's table kind.
    pub fn reported(&self) -> Result<Reported> {
        let r = Reported {
            id: self.id.clone(),
            kind: self.kind.clone(),
            year: self.year,
            report_year: self.report_year,
            respondents: self.respondents,
            source: self.source.clone(),
            values: self
                .values
                .iter()
                .map(|c| (c.row.clone(), c.column.clone(), c.value))
                .collect(),
        };
        check(&self.area, &r)?;
        Ok(r)
    }
}

/// Inserts the demo's reported figures inside the demo's transaction.
macro_rules! load_reported {
    ($tx:ident, $now:expr, $data:expr) => {
        for f in &$data.figures {
            let r = f.reported()?;
            let _ = $crate::reported::insert_reported!($tx, $now, &f.area, &r);
        }
    };
}
pub(crate) use load_reported;
