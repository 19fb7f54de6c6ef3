//! The rollup of an edition's answers (`survey_tallies`, migration 0016):
//! what the analysis reads instead of the answers.
//!
//! Every insert of answers calls [`record`] in its own transaction with the
//! answers inserted: their cells ([`Tally::cells`]) are added to the
//! edition's. [`Db::survey_tally`] reads the cells back as a [`Tally`];
//! [`Db::rebuild_survey_tallies`] recomputes them from the answers (a test
//! checks that the maintained rollup equals the rebuilt one).
//!
//! Measured (docs/benchmarks.md): parsing a million stored answers takes
//! far longer than the 2 s of the target; reading the rollup takes
//! milliseconds.

use domain::survey::analysis::Tally;
use domain::survey::{Answers, Questionnaire};

use crate::activity::tallies::Conn;
use crate::{Db, Result, StoreError, run, write_tx};

/// Lines per upsert statement (two parameters each, and the edition).
const LINES_PER_STATEMENT: usize = 500;

fn upsert_sql(n: usize) -> String {
    let values: Vec<String> = (0..n)
        .map(|i| format!("($1, ${}, ${})", 2 + 2 * i, 3 + 2 * i))
        .collect();
    format!(
        "INSERT INTO survey_tallies (edition_id, cell, answers) VALUES {}
         ON CONFLICT (edition_id, cell) DO UPDATE SET
         answers = survey_tallies.answers + excluded.answers",
        values.join(", ")
    )
}

const FORM_OF: &str = "SELECT q.definition FROM survey_editions e
    JOIN survey_questionnaires q ON q.id = e.questionnaire_id WHERE e.id = $1";

fn parse_form(definition: &str) -> Result<Questionnaire> {
    serde_json::from_str(definition)
        .map_err(|e| StoreError::Invalid(format!("stored questionnaire: {e}")))
}

/// Adds the cells of `answers` (answers just inserted for `edition_id`) to
/// the edition's rollup, on the transaction's connection (`&mut *tx`).
pub async fn record(
    conn: impl Into<Conn<'_>>,
    edition_id: i64,
    answers: &[&Answers],
) -> Result<()> {
    if answers.is_empty() {
        return Ok(());
    }
    macro_rules! go {
        ($c:ident) => {{
            let definition: String = sqlx::query_scalar(FORM_OF)
                .bind(edition_id)
                .fetch_one(&mut *$c)
                .await?;
            let form = parse_form(&definition)?;
            let mut tally = Tally::new(&form);
            for a in answers {
                tally.add(a);
            }
            for chunk in tally.cells().chunks(LINES_PER_STATEMENT) {
                let mut q =
                    sqlx::query(sqlx::AssertSqlSafe(upsert_sql(chunk.len()))).bind(edition_id);
                for (cell, n) in chunk {
                    q = q.bind(cell.as_str()).bind(*n);
                }
                q.execute(&mut *$c).await?;
            }
        }};
    }
    match conn.into() {
        Conn::Sqlite(c) => go!(c),
        Conn::Postgres(c) => go!(c),
    }
    Ok(())
}

impl Db {
    /// The tallies of an edition's answers, from the rollup (`form`: the
    /// edition's questionnaire).
    pub async fn survey_tally(&self, edition_id: i64, form: &Questionnaire) -> Result<Tally> {
        let cells: Vec<(String, i64)> = run!(self, p => sqlx::query_as(
            "SELECT cell, answers FROM survey_tallies WHERE edition_id = $1"
        )
        .bind(edition_id)
        .fetch_all(p)
        .await?);
        Ok(Tally::from_cells(
            form,
            cells.iter().map(|(c, n)| (c.as_str(), *n)),
        ))
    }

    /// The tallies computed from the answers themselves (what the rollup
    /// saves reading; the benchmark measures both).
    pub async fn survey_tally_from_answers(
        &self,
        edition_id: i64,
        form: &Questionnaire,
    ) -> Result<Tally> {
        let mut tally = Tally::new(form);
        self.for_each_answer(edition_id, |a| tally.add(&a.answers))
            .await?;
        Ok(tally)
    }

    /// Recomputes an edition's rollup from its answers; returns the answers
    /// counted.
    pub async fn rebuild_survey_tallies(&self, edition_id: i64) -> Result<u64> {
        let definition: String = run!(self, p => sqlx::query_scalar(FORM_OF)
            .bind(edition_id)
            .fetch_optional(p)
            .await?)
        .ok_or_else(|| StoreError::Invalid(format!("no edition {edition_id}")))?;
        let form = parse_form(&definition)?;
        let tally = self.survey_tally_from_answers(edition_id, &form).await?;
        let cells = tally.cells();
        write_tx!(self, tx => {
            sqlx::query("DELETE FROM survey_tallies WHERE edition_id = $1")
                .bind(edition_id)
                .execute(&mut *tx)
                .await?;
            for chunk in cells.chunks(LINES_PER_STATEMENT) {
                let mut q =
                    sqlx::query(sqlx::AssertSqlSafe(upsert_sql(chunk.len()))).bind(edition_id);
                for (cell, n) in chunk {
                    q = q.bind(cell.as_str()).bind(*n);
                }
                q.execute(&mut *tx).await?;
            }
        });
        Ok(tally.answers())
    }
}
