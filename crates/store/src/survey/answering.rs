//! What the answering pages need beyond the survey's core: every column of
//! the stored answers and drafts, as written, so that a test can check that
//! nothing identifying a visitor is there (issue 12: no address, no user
//! agent, no referrer, the day only).

use sqlx::{Column, Row};

use crate::{Db, Result, run};

/// One stored row: each column's name and its value as text (None: NULL).
pub type RawRow = Vec<(String, Option<String>)>;

/// The tables written when a visitor answers.
pub const ANSWER_TABLES: [&str; 2] = ["survey_answers", "survey_drafts"];

macro_rules! raw_rows {
    ($rows:expr) => {
        $rows
            .iter()
            .map(|row| {
                row.columns()
                    .iter()
                    .map(|c| {
                        let i = c.ordinal();
                        let value = row
                            .try_get::<Option<i64>, _>(i)
                            .map(|v| v.map(|n| n.to_string()))
                            .or_else(|_| row.try_get::<Option<String>, _>(i))
                            .or_else(|_| {
                                row.try_get::<Option<bool>, _>(i)
                                    .map(|v| v.map(|b| b.to_string()))
                            })
                            .unwrap_or_else(|_| Some("<undecodable>".to_owned()));
                        (c.name().to_owned(), value)
                    })
                    .collect::<RawRow>()
            })
            .collect::<Vec<RawRow>>()
    };
}

impl Db {
    /// Every row and column of `table`, one of [`ANSWER_TABLES`], in the
    /// order written.
    pub async fn survey_raw_rows(&self, table: &str) -> Result<Vec<RawRow>> {
        if !ANSWER_TABLES.contains(&table) {
            return Err(Db::invalid(format!("{table} is not a survey answer table")));
        }
        // Two fixed statements: no SQL is built from the argument.
        let sql = if table == "survey_answers" {
            "SELECT * FROM survey_answers ORDER BY id"
        } else {
            "SELECT * FROM survey_drafts ORDER BY token_hash"
        };
        Ok(run!(self, p => {
            let rows = sqlx::query(sql).fetch_all(p).await?;
            raw_rows!(rows)
        }))
    }
}
