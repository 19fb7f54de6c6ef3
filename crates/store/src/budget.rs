//! The budget ledger (migration 0018): rows are added, never changed; a
//! mistake is reversed by a new row. The tables and checks are computed in
//! `domain::budget` from the sums this module reads: the rollup
//! `budget_sums` (migration 0019), added to in the transaction of every
//! insert into the ledger, and rebuilt from the rows by
//! [`Db::rebuild_budget_sums`].

use std::collections::BTreeMap;

use chrono::NaiveDate;
use domain::budget::{DeclaredTotal, LedgerSum, NewRow, Phase, Scope, Sources};
use serde::Serialize;

use crate::audit::NewAudit;
use crate::{Db, Result, run, write_tx};

/// How a row came into the ledger.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    Form,
    Import,
    Demo,
}

impl Origin {
    pub fn code(self) -> &'static str {
        match self {
            Origin::Form => "form",
            Origin::Import => "import",
            Origin::Demo => "demo",
        }
    }
}

/// A stored row.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LedgerRow {
    pub id: i64,
    pub plan: String,
    pub row: NewRow,
    /// The row this one reverses.
    pub reverses: Option<i64>,
    /// The row that reverses this one, if any.
    pub reversed_by: Option<i64>,
    pub origin: String,
    pub created_by: Option<i64>,
    /// The author's e-mail, when known.
    pub created_by_email: Option<String>,
    pub created_at: i64,
}

/// Which rows to list, newest first.
#[derive(Debug, Clone, Default)]
pub struct LedgerFilter {
    pub year: Option<i32>,
    pub phase: Option<Phase>,
    pub source: Option<String>,
    pub axis: Option<String>,
    pub measure: Option<u32>,
    pub limit: i64,
    pub offset: i64,
}

#[derive(sqlx::FromRow)]
struct RawRow {
    id: i64,
    plan: String,
    year: i32,
    phase: String,
    source: String,
    axis: String,
    measure: Option<i32>,
    action: Option<String>,
    on_date: Option<String>,
    supplier: Option<String>,
    invoice: Option<String>,
    label: String,
    amount_cents: i64,
    note: Option<String>,
    reason: Option<String>,
    reverses: Option<i64>,
    reversed_by: Option<i64>,
    origin: String,
    created_by: Option<i64>,
    email: Option<String>,
    created_at: i64,
}

const SELECT: &str = "SELECT l.id, l.plan, l.year, l.phase, l.source, l.axis, l.measure, l.action,
    l.on_date, l.supplier, l.invoice, l.label, l.amount_cents, l.note, l.reason, l.reverses,
    (SELECT r.id FROM budget_ledger r WHERE r.reverses = l.id) AS reversed_by, l.origin, l.created_by,
    u.email, l.created_at
    FROM budget_ledger l LEFT JOIN users u ON u.id = l.created_by";

/// Fills `budget_sums` from the rows, as migration 0019 does.
const REBUILD_SUMS: &str = "INSERT INTO budget_sums (plan, year, phase, source, axis, measure,
    action, detail, cents, row_count)
    SELECT plan, year, phase, source, axis, COALESCE(measure, -1), COALESCE(action, ''),
        CASE WHEN action IS NULL THEN COALESCE(supplier, label) ELSE '' END,
        CAST(SUM(amount_cents) AS BIGINT), COUNT(*)
    FROM budget_ledger
    GROUP BY plan, year, phase, source, axis, COALESCE(measure, -1), COALESCE(action, ''),
        CASE WHEN action IS NULL THEN COALESCE(supplier, label) ELSE '' END";

fn phase_of(code: &str) -> Result<Phase> {
    Phase::ALL
        .into_iter()
        .find(|p| p.code() == code)
        .ok_or_else(|| Db::invalid(format!("unknown ledger phase {code:?}")))
}

fn assemble(r: RawRow) -> Result<LedgerRow> {
    Ok(LedgerRow {
        id: r.id,
        plan: r.plan,
        row: NewRow {
            year: r.year,
            phase: phase_of(&r.phase)?,
            source: r.source,
            axis: r.axis,
            measure: r.measure.map(|m| m as u32),
            action: r.action,
            date: r
                .on_date
                .and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()),
            supplier: r.supplier,
            invoice: r.invoice,
            label: r.label,
            amount_cents: r.amount_cents,
            note: r.note,
            reason: r.reason,
        },
        reverses: r.reverses,
        reversed_by: r.reversed_by,
        origin: r.origin,
        created_by: r.created_by,
        created_by_email: r.email,
        created_at: r.created_at,
    })
}

const INSERT: &str = "INSERT INTO budget_ledger (plan, year, phase, source, axis, measure, action,
    on_date, supplier, invoice, label, amount_cents, note, reason, reverses, origin, created_by,
    created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16,
    $17, $18) RETURNING id";

macro_rules! insert_row {
    ($tx:expr, $plan:expr, $r:expr, $reverses:expr, $origin:expr, $actor:expr, $now:expr) => {{
        let r: &NewRow = $r;
        let id: i64 = sqlx::query_scalar(INSERT)
            .bind($plan)
            .bind(r.year)
            .bind(r.phase.code())
            .bind(&r.source)
            .bind(&r.axis)
            .bind(r.measure.map(|m| m as i32))
            .bind(&r.action)
            .bind(r.date.map(|d| d.format("%Y-%m-%d").to_string()))
            .bind(&r.supplier)
            .bind(&r.invoice)
            .bind(&r.label)
            .bind(r.amount_cents)
            .bind(&r.note)
            .bind(&r.reason)
            .bind($reverses)
            .bind($origin)
            .bind($actor)
            .bind($now)
            .fetch_one(&mut *$tx)
            .await?;
        id
    }};
}

/// The key of a line of the rollup `budget_sums`, NULL-free as stored:
/// measure -1 for none, action '' for none, detail '' for rows with an
/// action (else the supplier, or the label without one).
type SumKey = (i32, &'static str, String, String, i32, String, String);

fn sum_key(r: &NewRow) -> SumKey {
    let detail = match &r.action {
        Some(_) => String::new(),
        None => r.supplier.clone().unwrap_or_else(|| r.label.clone()),
    };
    (
        r.year,
        r.phase.code(),
        r.source.clone(),
        r.axis.clone(),
        r.measure.map_or(-1, |m| m as i32),
        r.action.clone().unwrap_or_default(),
        detail,
    )
}

/// `rows` added up by line of the rollup: (cents, row count).
fn sum_lines<'a>(rows: impl IntoIterator<Item = &'a NewRow>) -> BTreeMap<SumKey, (i64, i64)> {
    let mut acc: BTreeMap<SumKey, (i64, i64)> = BTreeMap::new();
    for r in rows {
        let e = acc.entry(sum_key(r)).or_default();
        e.0 += r.amount_cents;
        e.1 += 1;
    }
    acc
}

/// Lines per upsert statement (10 parameters each).
const SUMS_CHUNK: usize = 500;

/// The multi-row upsert of `n` lines of the rollup; $1 is the plan.
fn sums_upsert_sql(n: usize) -> String {
    let values: Vec<String> = (0..n)
        .map(|i| {
            let b = 2 + i * 9;
            let ps: Vec<String> = (b..b + 9).map(|k| format!("${k}")).collect();
            format!("($1, {})", ps.join(", "))
        })
        .collect();
    format!(
        "INSERT INTO budget_sums (plan, year, phase, source, axis, measure, action, detail,
         cents, row_count) VALUES {}
         ON CONFLICT (plan, year, phase, source, axis, measure, action, detail) DO UPDATE SET
         cents = budget_sums.cents + excluded.cents,
         row_count = budget_sums.row_count + excluded.row_count",
        values.join(", ")
    )
}

/// Adds the lines `$lines` (from [`sum_lines`]) of plan `$plan` to the
/// rollup, on the transaction `$tx`.
macro_rules! add_to_sums {
    ($tx:expr, $plan:expr, $lines:expr) => {{
        let map: BTreeMap<SumKey, (i64, i64)> = $lines;
        let lines: Vec<(&SumKey, &(i64, i64))> = map.iter().collect();
        for chunk in lines.chunks(SUMS_CHUNK) {
            let sql = sums_upsert_sql(chunk.len());
            let mut q = sqlx::query(sqlx::AssertSqlSafe(sql)).bind($plan);
            for (k, (cents, count)) in chunk {
                q = q
                    .bind(k.0)
                    .bind(k.1)
                    .bind(&k.2)
                    .bind(&k.3)
                    .bind(k.4)
                    .bind(&k.5)
                    .bind(&k.6)
                    .bind(*cents)
                    .bind(*count);
            }
            q.execute(&mut *$tx).await?;
        }
    }};
}

/// Above this many rows, one import's audit entry summarises them
/// (count, first and last id) instead of holding each row.
const AUDIT_ROWS_IN_FULL: usize = 200;

impl Db {
    /// Adds rows (already checked by `domain::budget::RawRow::check`) in
    /// one transaction with one audit entry: all of them or none. Returns
    /// their ids in order.
    pub async fn add_ledger_rows(
        &self,
        plan: &str,
        rows: &[NewRow],
        origin: Origin,
        actor: Option<i64>,
        now: i64,
    ) -> Result<Vec<i64>> {
        if rows.is_empty() {
            return Ok(Vec::new());
        }
        let ids = write_tx!(self, tx => {
            let mut ids = Vec::with_capacity(rows.len());
            for r in rows {
                ids.push(insert_row!(tx, plan, r, None::<i64>, origin.code(), actor, now));
            }
            add_to_sums!(tx, plan, sum_lines(rows));
            let after = if rows.len() <= AUDIT_ROWS_IN_FULL {
                serde_json::json!({ "ids": ids, "rows": rows })
            } else {
                serde_json::json!({
                    "count": rows.len(),
                    "first_id": ids.first(),
                    "last_id": ids.last(),
                })
            };
            crate::audit!(&mut *tx, now, &NewAudit {
                user_id: actor,
                action: if origin == Origin::Import { "budget.import" } else { "budget.add" },
                entity: "budget_ledger",
                entity_id: ids.first().copied(),
                after: Some(after),
                ..Default::default()
            });
            ids
        });
        Ok(ids)
    }

    /// Reverses row `id`: a new row of the opposite amount, with `reason`.
    /// A row is reversed at most once, and a reversal is not reversed.
    pub async fn reverse_ledger_row(
        &self,
        id: i64,
        reason: &str,
        actor: Option<i64>,
        now: i64,
    ) -> Result<i64> {
        let reason = reason.trim();
        if reason.is_empty() {
            return Err(Db::invalid("a reversal needs a reason"));
        }
        let find = format!("{SELECT} WHERE l.id = $1");
        let new_id = write_tx!(self, tx => {
            let raw: Option<RawRow> = sqlx::query_as(sqlx::AssertSqlSafe(find.clone()))
                .bind(id).fetch_optional(&mut *tx).await?;
            let Some(orig) = raw.map(assemble).transpose()? else {
                return Err(Db::invalid(format!("no ledger row {id}")));
            };
            if orig.reverses.is_some() {
                return Err(Db::invalid("a reversal cannot be reversed"));
            }
            if orig.reversed_by.is_some() {
                return Err(Db::invalid("this row is already reversed"));
            }
            let mut row = orig.row.clone();
            row.amount_cents = -row.amount_cents;
            row.reason = Some(reason.to_string());
            let new_id = insert_row!(tx, &orig.plan, &row, Some(id), Origin::Form.code(), actor, now);
            add_to_sums!(tx, &orig.plan, sum_lines([&row]));
            crate::audit!(&mut *tx, now, &NewAudit {
                user_id: actor,
                action: "budget.reverse",
                entity: "budget_ledger",
                entity_id: Some(new_id),
                before: Some(serde_json::json!(orig)),
                after: Some(serde_json::json!({ "id": new_id, "row": row, "reverses": id })),
                note: Some(reason),
                ..Default::default()
            });
            new_id
        });
        Ok(new_id)
    }

    /// One row.
    pub async fn ledger_row(&self, id: i64) -> Result<Option<LedgerRow>> {
        let sql = format!("{SELECT} WHERE l.id = $1");
        let raw: Option<RawRow> = run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(id).fetch_optional(p).await?);
        raw.map(assemble).transpose()
    }

    /// Rows of a plan, newest first, filtered; and how many match.
    pub async fn ledger_rows(&self, plan: &str, f: &LedgerFilter) -> Result<(Vec<LedgerRow>, i64)> {
        let mut wh = vec!["l.plan = $1".to_string()];
        let mut n = 1;
        let mut next = || {
            n += 1;
            format!("${n}")
        };
        if f.year.is_some() {
            wh.push(format!("l.year = {}", next()));
        }
        if f.phase.is_some() {
            wh.push(format!("l.phase = {}", next()));
        }
        if f.source.is_some() {
            wh.push(format!("l.source = {}", next()));
        }
        if f.axis.is_some() {
            wh.push(format!("l.axis = {}", next()));
        }
        if f.measure.is_some() {
            wh.push(format!("l.measure = {}", next()));
        }
        let wh = wh.join(" AND ");
        let lim = next();
        let off = next();
        let sql = format!("{SELECT} WHERE {wh} ORDER BY l.id DESC LIMIT {lim} OFFSET {off}");
        let count = format!("SELECT COUNT(*) FROM budget_ledger l WHERE {wh}");
        macro_rules! binds {
            ($q:expr) => {{
                let mut q = $q.bind(plan);
                if let Some(y) = f.year {
                    q = q.bind(y);
                }
                if let Some(p) = f.phase {
                    q = q.bind(p.code());
                }
                if let Some(s) = &f.source {
                    q = q.bind(s.clone());
                }
                if let Some(a) = &f.axis {
                    q = q.bind(a.clone());
                }
                if let Some(m) = f.measure {
                    q = q.bind(m as i32);
                }
                q
            }};
        }
        let limit = if f.limit > 0 { f.limit } else { 100 };
        let raws: Vec<RawRow> = run!(self, p => binds!(sqlx::query_as(sqlx::AssertSqlSafe(sql.clone())))
            .bind(limit).bind(f.offset.max(0)).fetch_all(p).await?);
        let total: i64 = run!(self, p => binds!(sqlx::query_scalar(sqlx::AssertSqlSafe(count.clone())))
            .fetch_one(p).await?);
        Ok((
            raws.into_iter().map(assemble).collect::<Result<_>>()?,
            total,
        ))
    }

    /// The sums of a plan's rows by (year, phase, source, axis, measure,
    /// action, detail), for `domain::budget`; one year or all. Read from
    /// the rollup `budget_sums`, in that order (no measure, action or
    /// detail first; text by its bytes, the same on both engines).
    pub async fn ledger_sums(&self, plan: &str, year: Option<i32>) -> Result<Vec<LedgerSum>> {
        let year_clause = if year.is_some() { "AND year = $2" } else { "" };
        let sql = format!(
            "SELECT year, phase, source, axis, measure, action, detail, cents
             FROM budget_sums WHERE plan = $1 {year_clause}"
        );
        type Raw = (i32, String, String, String, i32, String, String, i64);
        let mut raws: Vec<Raw> = run!(self, p => {
            let mut q = sqlx::query_as(sqlx::AssertSqlSafe(sql.clone())).bind(plan);
            if let Some(y) = year {
                q = q.bind(y);
            }
            q.fetch_all(p).await?
        });
        raws.sort_unstable_by(|a, b| {
            (a.0, &a.1, &a.2, &a.3, a.4, &a.5, &a.6).cmp(&(b.0, &b.1, &b.2, &b.3, b.4, &b.5, &b.6))
        });
        raws.into_iter()
            .map(|r| {
                Ok(LedgerSum {
                    year: r.0,
                    phase: phase_of(&r.1)?,
                    source: r.2,
                    axis: r.3,
                    measure: (r.4 >= 0).then_some(r.4 as u32),
                    action: (!r.5.is_empty()).then_some(r.5),
                    detail: (!r.6.is_empty()).then_some(r.6),
                    cents: r.7,
                })
            })
            .collect()
    }

    /// Recomputes the rollup `budget_sums` from the ledger's rows (every
    /// plan), in one transaction; returns how many lines it has.
    pub async fn rebuild_budget_sums(&self) -> Result<u64> {
        let written = write_tx!(self, tx => {
            sqlx::query("DELETE FROM budget_sums").execute(&mut *tx).await?;
            sqlx::query(REBUILD_SUMS).execute(&mut *tx).await?.rows_affected()
        });
        Ok(written)
    }

    /// The years that have rows, in order.
    pub async fn ledger_years(&self, plan: &str) -> Result<Vec<i32>> {
        let years: Vec<i32> = run!(self, p => sqlx::query_scalar(
            "SELECT DISTINCT year FROM budget_sums WHERE plan = $1 ORDER BY year")
            .bind(plan).fetch_all(p).await?);
        Ok(years)
    }

    /// Keeps a declared total as typed (audited).
    pub async fn add_declared_total(
        &self,
        plan: &str,
        scope: &Scope,
        cents: i64,
        label: &str,
        actor: Option<i64>,
        now: i64,
    ) -> Result<i64> {
        let id = write_tx!(self, tx => {
            let id: i64 = sqlx::query_scalar("INSERT INTO budget_declared_totals (plan, year,
                figure, sources, axis, measure, action, amount_cents, label, created_by, created_at)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id")
                .bind(plan).bind(scope.year).bind(scope.figure.code()).bind(scope.sources.code())
                .bind(&scope.axis).bind(scope.measure.map(|m| m as i32)).bind(&scope.action)
                .bind(cents).bind(label).bind(actor).bind(now)
                .fetch_one(&mut *tx).await?;
            crate::audit!(&mut *tx, now, &NewAudit {
                user_id: actor,
                action: "budget.declare",
                entity: "budget_declared_total",
                entity_id: Some(id),
                after: Some(serde_json::json!({ "scope": scope, "cents": cents, "label": label })),
                ..Default::default()
            });
            id
        });
        Ok(id)
    }

    /// The declared totals of a plan (one year or all), in the order they
    /// were declared.
    pub async fn declared_totals(
        &self,
        plan: &str,
        year: Option<i32>,
    ) -> Result<Vec<DeclaredTotal>> {
        let year_clause = if year.is_some() { "AND year = $2" } else { "" };
        let sql = format!(
            "SELECT id, year, figure, sources, axis, measure, action, amount_cents, label
             FROM budget_declared_totals WHERE plan = $1 {year_clause} ORDER BY id"
        );
        type Raw = (
            i64,
            i32,
            String,
            String,
            Option<String>,
            Option<i32>,
            Option<String>,
            i64,
            String,
        );
        let raws: Vec<Raw> = run!(self, p => {
            let mut q = sqlx::query_as(sqlx::AssertSqlSafe(sql.clone())).bind(plan);
            if let Some(y) = year {
                q = q.bind(y);
            }
            q.fetch_all(p).await?
        });
        raws.into_iter()
            .map(|r| {
                Ok(DeclaredTotal {
                    id: r.0,
                    scope: Scope {
                        year: r.1,
                        figure: phase_of(&r.2)?,
                        sources: Sources::parse(&r.3)
                            .ok_or_else(|| Db::invalid(format!("unknown sources {:?}", r.3)))?,
                        axis: r.4,
                        measure: r.5.map(|m| m as u32),
                        action: r.6,
                    },
                    cents: r.7,
                    label: r.8,
                })
            })
            .collect()
    }
}

/// The demo ledger: the whole of Annex 1 of the 2021 report as rows, with
/// the report's declared totals (`data/demo/budget-2021.toml`).
pub mod demo {
    use domain::budget::{DeclaredTotal, NewRow, Phase, RawRow, Scope, Sources, parse_amount};
    use domain::plan::Plan;
    use serde::Deserialize;

    use super::Origin;
    use crate::{Db, Result};

    pub const BUDGET_2021: &str = include_str!("../../../data/demo/budget-2021.toml");

    #[derive(Deserialize)]
    struct File {
        plan: String,
        year: i32,
        row: Vec<Row>,
        declared: Vec<Declared>,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Row {
        phase: String,
        source: String,
        axis: String,
        measure: Option<u32>,
        action: Option<String>,
        supplier: Option<String>,
        label: String,
        amount: String,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Declared {
        figure: String,
        sources: String,
        axis: Option<String>,
        measure: Option<u32>,
        amount: String,
        label: String,
    }

    /// The demo's rows (checked against the plan) and declared totals.
    #[derive(Debug, Clone)]
    pub struct DemoBudget {
        pub plan: String,
        pub rows: Vec<NewRow>,
        /// `id` is 0: the store gives one.
        pub declared: Vec<DeclaredTotal>,
    }

    impl DemoBudget {
        /// Reads the file; an error names the row or total that is wrong.
        pub fn parse(src: &str, plan: &Plan) -> std::result::Result<DemoBudget, String> {
            let f: File = toml::from_str(src).map_err(|e| e.to_string())?;
            let mut rows = Vec::new();
            for (i, r) in f.row.into_iter().enumerate() {
                let raw = RawRow {
                    year: f.year.to_string(),
                    phase: r.phase,
                    source: r.source,
                    axis: r.axis,
                    measure: r.measure.map(|m| m.to_string()).unwrap_or_default(),
                    action: r.action.unwrap_or_default(),
                    supplier: r.supplier.unwrap_or_default(),
                    label: r.label,
                    amount: r.amount,
                    ..Default::default()
                };
                rows.push(
                    raw.check(plan)
                        .map_err(|e| format!("row {}: {e:?}", i + 1))?,
                );
            }
            let mut declared = Vec::new();
            for (i, d) in f.declared.into_iter().enumerate() {
                let bad = |what: &str| format!("declared total {}: {what}", i + 1);
                let figure = Phase::parse(&d.figure).ok_or_else(|| bad("figure"))?;
                let sources = Sources::parse(&d.sources).ok_or_else(|| bad("sources"))?;
                let cents = parse_amount(&d.amount, false).map_err(|_| bad("amount"))?;
                declared.push(DeclaredTotal {
                    id: 0,
                    scope: Scope {
                        year: f.year,
                        figure,
                        sources,
                        axis: d.axis,
                        measure: d.measure,
                        action: None,
                    },
                    cents,
                    label: d.label,
                });
            }
            Ok(DemoBudget {
                plan: f.plan,
                rows,
                declared,
            })
        }

        /// The shipped Brussels 2021 demo.
        pub fn brussels_2021() -> DemoBudget {
            let plan = domain::plan::shipped("brussels").expect("the Brussels plan is shipped");
            DemoBudget::parse(BUDGET_2021, plan).expect("the demo budget is valid")
        }
    }

    impl Db {
        /// Loads the demo ledger and its declared totals.
        pub async fn load_demo_budget(&self, demo: &DemoBudget, now: i64) -> Result<()> {
            self.add_ledger_rows(&demo.plan, &demo.rows, Origin::Demo, None, now)
                .await?;
            for d in &demo.declared {
                self.add_declared_total(&demo.plan, &d.scope, d.cents, &d.label, None, now)
                    .await?;
            }
            Ok(())
        }
    }
}
