//! Keeping the label true: labelled places whose directory data (or whose
//! yearly confirmation) no longer meets a criterion are flagged for the
//! coordination. A flag never changes the label: people decide.

use chrono::NaiveDate;
use domain::Region;
use domain::label::{CriterionId, LabelRules, LabelState};
use serde::Serialize;

use super::{LabelFacts, shipped_label};
use crate::audit::NewAudit;
use crate::{Db, Result, run};

/// A labelled place (or EPN) flagged for review.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct LabelFlag {
    pub id: i64,
    pub application_id: i64,
    pub organisation_name: String,
    pub place_id: Option<i64>,
    pub place_name: Option<String>,
    /// The criterion's code (`opening_hours`, `computers`, …).
    pub criterion: String,
    pub actual: String,
    pub required: String,
    /// `directory` or `confirmation`.
    pub source: String,
    pub created_at: i64,
    pub resolved_at: Option<i64>,
    pub resolved_by_name: Option<String>,
    pub resolution: Option<String>,
}

/// What a review run found.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ReviewRun {
    /// Granted labels looked at.
    pub checked: usize,
    /// Flags raised by this run.
    pub raised: Vec<i64>,
    /// Flags waiting for the coordination after the run.
    pub open: usize,
}

const SELECT_FLAG: &str = "SELECT f.id, f.application_id, o.name AS organisation_name, f.place_id,
    p.name AS place_name, f.criterion, f.actual, f.required, f.source, f.created_at, f.resolved_at,
    u.name AS resolved_by_name, f.resolution
    FROM label_review_flags f JOIN label_applications a ON a.id = f.application_id
    JOIN organisations o ON o.id = a.organisation_id
    LEFT JOIN places p ON p.id = f.place_id LEFT JOIN users u ON u.id = f.resolved_by";

/// A place's id, opening hours, computers and price, as the directory has them.
type DirectoryFacts = (i64, Option<String>, Option<i32>, Option<String>);

/// A failing criterion found by a run.
struct Candidate {
    application_id: i64,
    place_id: Option<i64>,
    criterion: CriterionId,
    actual: String,
    required: String,
    source: &'static str,
}

impl Db {
    /// Looks at every granted label of the region against its label's rules
    /// and flags what no longer meets a criterion. For the daily job: `today`
    /// is the region's date at `now`.
    pub async fn review_labels(
        &self,
        region: &Region,
        today: NaiveDate,
        now: i64,
    ) -> Result<ReviewRun> {
        match shipped_label(&region.code) {
            Some(config) => {
                self.review_labels_with(&config.rules, &region.country, today, None, now)
                    .await
            }
            None => Ok(ReviewRun::default()),
        }
    }

    /// [`Db::review_labels`] with explicit rules, for one application or all.
    pub async fn review_labels_with(
        &self,
        rules: &LabelRules,
        country: &str,
        today: NaiveDate,
        only: Option<i64>,
        now: i64,
    ) -> Result<ReviewRun> {
        let apps: Vec<i64> = run!(self, p => sqlx::query_scalar(
            "SELECT id FROM label_applications WHERE state = 'granted' AND ($1 IS NULL OR id = $1) ORDER BY id")
            .bind(only).fetch_all(p).await?);
        let mut candidates = Vec::new();
        for &app in &apps {
            // The yearly confirmation: what the EPN itself says (opening hours come from the directory).
            if let Some((_, _, facts)) = self.label_confirmation(app).await? {
                let facts = LabelFacts {
                    opening_hours: None,
                    ..facts
                };
                for c in facts.evaluate_known(rules, true, country, today) {
                    if !c.passed && c.id != CriterionId::Charter {
                        candidates.push(Candidate {
                            application_id: app,
                            place_id: None,
                            criterion: c.id,
                            actual: c.actual,
                            required: c.required,
                            source: "confirmation",
                        });
                    }
                }
            }
            // The directory: each place's hours, computers and price.
            let places: Vec<DirectoryFacts> = run!(self, p => sqlx::query_as(
                "SELECT p.id, p.opening_hours, p.computers, p.price FROM places p
                 JOIN label_application_places ap ON ap.place_id = p.id WHERE ap.application_id = $1 ORDER BY p.id")
                .bind(app).fetch_all(p).await?);
            for (place, hours, computers, price) in places {
                let facts = LabelFacts {
                    opening_hours: hours,
                    computers,
                    basic_price: price,
                    ..LabelFacts::default()
                };
                for c in facts.evaluate_known(rules, true, country, today) {
                    if !c.passed && !c.unreadable && c.id != CriterionId::Charter {
                        candidates.push(Candidate {
                            application_id: app,
                            place_id: Some(place),
                            criterion: c.id,
                            actual: c.actual,
                            required: c.required,
                            source: "directory",
                        });
                    }
                }
            }
        }
        let mut raised = Vec::new();
        for c in candidates {
            // Not again while one is open, nor when the same figure was already looked at.
            let known: i64 = run!(self, p => sqlx::query_scalar(
                "SELECT COUNT(*) FROM label_review_flags WHERE application_id = $1
                   AND (place_id = $2 OR (place_id IS NULL AND $2 IS NULL)) AND criterion = $3
                   AND (resolved_at IS NULL OR actual = $4)")
                .bind(c.application_id).bind(c.place_id).bind(c.criterion.code()).bind(&c.actual)
                .fetch_one(p).await?);
            if known > 0 {
                continue;
            }
            let id: i64 = run!(self, p => sqlx::query_scalar(
                "INSERT INTO label_review_flags (application_id, place_id, criterion, actual, required, source, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id")
                .bind(c.application_id).bind(c.place_id).bind(c.criterion.code()).bind(&c.actual)
                .bind(&c.required).bind(c.source).bind(now).fetch_one(p).await?);
            raised.push(id);
        }
        let open: i64 = run!(self, p => sqlx::query_scalar(
            "SELECT COUNT(*) FROM label_review_flags WHERE resolved_at IS NULL").fetch_one(p).await?);
        Ok(ReviewRun {
            checked: apps.len(),
            raised,
            open: usize::try_from(open).unwrap_or(0),
        })
    }

    /// Flags, newest first: only those waiting when `open_only`.
    pub async fn label_flags(&self, open_only: bool) -> Result<Vec<LabelFlag>> {
        let filter = if open_only {
            "WHERE f.resolved_at IS NULL"
        } else {
            ""
        };
        let sql = format!("{SELECT_FLAG} {filter} ORDER BY f.created_at DESC, f.id DESC");
        Ok(run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql)).fetch_all(p).await?))
    }

    /// The coordination has looked at a flag (the label itself is unchanged).
    pub async fn resolve_label_flag(
        &self,
        id: i64,
        user_id: Option<i64>,
        resolution: &str,
        now: i64,
    ) -> Result<bool> {
        let done = crate::write_tx!(self, tx => {
            let row: Option<(i64, Option<i64>, String)> = sqlx::query_as(
                "SELECT application_id, place_id, criterion FROM label_review_flags WHERE id = $1 AND resolved_at IS NULL")
                .bind(id).fetch_optional(&mut *tx).await?;
            match row {
                None => false,
                Some((app, place, criterion)) => {
                    sqlx::query("UPDATE label_review_flags SET resolved_at = $1, resolved_by = $2, resolution = $3 WHERE id = $4")
                        .bind(now).bind(user_id).bind(resolution).bind(id).execute(&mut *tx).await?;
                    crate::audit!(&mut *tx, now, &NewAudit {
                        user_id,
                        action: "label.review",
                        entity: "label_application",
                        entity_id: Some(app),
                        place_id: place,
                        after: Some(serde_json::json!({ "flag": id, "criterion": criterion, "state": LabelState::Granted.code() })),
                        note: Some(resolution),
                        ..Default::default()
                    });
                    true
                }
            }
        });
        Ok(done)
    }
}
