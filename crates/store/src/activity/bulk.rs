//! Bulk loading of the activity log, for synthetic benchmark data
//! (`passerelle synth-activity`): multi-row inserts in one transaction per
//! batch, no audit entry and no rollup maintenance — the caller runs
//! [`Db::rebuild_tallies`] once at the end.

use chrono::NaiveDate;
use domain::activity::Support;
use domain::activity::workshop::{Breakdown, Workshop};

use crate::{Db, Result, write_tx};

/// Quick helps to add: (organisation, place, day, theme, count).
pub type QuickRow = (i64, i64, NaiveDate, String, i64);

/// Rows per statement: SQLite was four times faster with 100 than with
/// 1,000 (a long statement costs more to prepare and bind); PostgreSQL
/// prefers fewer round trips (measured, docs/benchmarks.md).
fn rows_per_statement(db: &Db) -> usize {
    match db.engine() {
        crate::Engine::Sqlite => 100,
        crate::Engine::Postgres => 1_000,
    }
}

fn placeholders(rows: usize, per_row: usize, fixed_tail: &str) -> String {
    (0..rows)
        .map(|i| {
            let cols: Vec<String> = (1..=per_row)
                .map(|c| format!("${}", i * per_row + c))
                .collect();
            format!("({}{fixed_tail})", cols.join(", "))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn counts_text(w: &Workshop, b: Breakdown) -> Option<String> {
    w.breakdown(b)
        .map(|c| c.iter().map(u32::to_string).collect::<Vec<_>>().join(" "))
}

fn int(n: u32) -> i32 {
    i32::try_from(n).unwrap_or(i32::MAX)
}

impl Db {
    /// Writes these records in one transaction, created at `now`, without
    /// audit entries and without touching the rollup. Quick helps on the same
    /// place, day and theme as an existing row add to its count.
    pub async fn insert_activity_bulk(
        &self,
        supports: &[(i64, Support)],
        workshops: &[(i64, Workshop)],
        quick: &[QuickRow],
        now: i64,
    ) -> Result<()> {
        let rows = rows_per_statement(self);
        write_tx!(self, tx => {
            for chunk in supports.chunks(rows) {
                let sql = format!(
                    "INSERT INTO activity_supports (organisation_id, place_id, day, minutes, location,
                     themes, equipment, autonomy, created_at, updated_at) VALUES {}",
                    placeholders(chunk.len(), 8, &format!(", {now}, {now}")));
                let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
                for (org, s) in chunk {
                    q = q.bind(*org).bind(s.place_id).bind(s.date.to_string()).bind(int(s.minutes))
                        .bind(s.location.code()).bind(s.themes.join(" "))
                        .bind(s.equipment.iter().map(|e| e.code()).collect::<Vec<_>>().join(" "))
                        .bind(s.autonomy.code());
                }
                q.execute(&mut *tx).await?;
            }
            for chunk in workshops.chunks(rows) {
                let sql = format!(
                    "INSERT INTO activity_workshops (organisation_id, place_id, day, title, level,
                     minutes, themes, participants, gender_counts, age_counts, status_counts,
                     created_at, updated_at) VALUES {}",
                    placeholders(chunk.len(), 11, &format!(", {now}, {now}")));
                let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
                for (org, w) in chunk {
                    q = q.bind(*org).bind(w.place_id).bind(w.date.to_string()).bind(w.title.as_str())
                        .bind(w.level.code()).bind(int(w.minutes)).bind(w.themes.join(" "))
                        .bind(int(w.participants)).bind(counts_text(w, Breakdown::Gender))
                        .bind(counts_text(w, Breakdown::Age)).bind(counts_text(w, Breakdown::Status));
                }
                q.execute(&mut *tx).await?;
            }
            // A statement may not touch the same row twice (PostgreSQL): the
            // caller gives each (place, day, theme) once per call.
            for chunk in quick.chunks(rows) {
                let sql = format!(
                    "INSERT INTO activity_quick_help (organisation_id, place_id, day, theme, count,
                     updated_at) VALUES {}
                     ON CONFLICT (place_id, day, theme)
                     DO UPDATE SET count = activity_quick_help.count + excluded.count",
                    placeholders(chunk.len(), 5, &format!(", {now}")));
                let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
                for (org, place, day, theme, count) in chunk {
                    q = q.bind(*org).bind(*place).bind(day.to_string()).bind(theme.as_str())
                        .bind(i32::try_from(*count).unwrap_or(i32::MAX));
                }
                q.execute(&mut *tx).await?;
            }
        });
        Ok(())
    }

    /// The places of labelled EPN, with their organisation: (place, organisation).
    pub async fn labelled_epn_places(&self) -> Result<Vec<(i64, i64)>> {
        let rows: Vec<(i64, i64)> = crate::run!(self, p => sqlx::query_as(
            "SELECT id, organisation_id FROM places
             WHERE kind = 'epn' AND label_status = 'labelled' ORDER BY id")
            .fetch_all(p).await?);
        Ok(rows)
    }

    /// How many rows the activity tables hold: supports, workshops,
    /// quick-help rows, rollup lines.
    pub async fn activity_row_counts(&self) -> Result<[i64; 4]> {
        let (a, b, c, d): (i64, i64, i64, i64) = crate::run!(self, p => sqlx::query_as(
            "SELECT (SELECT COUNT(*) FROM activity_supports), (SELECT COUNT(*) FROM activity_workshops),
                    (SELECT COUNT(*) FROM activity_quick_help), (SELECT COUNT(*) FROM activity_tallies)")
            .fetch_one(p).await?);
        Ok([a, b, c, d])
    }
}
