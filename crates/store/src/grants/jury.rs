//! The jury of a call: jurors invited per call, conflicts of interest
//! (declared by the juror or recorded by the coordination), and each
//! juror's marks per criterion ("not assessed" stored as NULL, never 0) with
//! a comment. Who may see and score is `domain::grants::jury::may_assess`,
//! checked here on every read and write a juror makes: a conflicted juror's
//! reads never return that application.

use std::collections::{BTreeMap, BTreeSet};

use domain::grants::application::Status;
use domain::grants::jury::{JuryRefusal, Mark, MarkProblem};
use serde::Serialize;

use super::applications::Application;
use crate::audit::NewAudit;
use crate::{Db, Result, StoreError, run, write_tx};

/// An invited juror.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Juror {
    pub user_id: i64,
    pub email: String,
    pub name: String,
    pub invited_at: i64,
}

/// A conflict of interest between a juror and an application.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Conflict {
    pub application_id: i64,
    pub user_id: i64,
    pub reason: String,
    /// Who declared it: the juror, or someone of the coordination.
    pub declared_by: Option<i64>,
    pub declared_by_email: Option<String>,
    pub declared_at: i64,
}

/// One juror's marks on one application, with their comment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Review {
    pub application_id: i64,
    pub user_id: i64,
    /// Criterion key -> mark; every criterion of the call once saved.
    #[serde(skip)]
    pub marks: BTreeMap<String, Mark>,
    pub comment: String,
    pub updated_at: i64,
}

/// Why a juror's read or write was refused.
#[derive(Debug)]
pub enum JuryError {
    /// `may_assess` said no: not a juror of this call, call still open,
    /// or a conflict of interest.
    Refused(JuryRefusal),
    /// No such application in this call (or not one the jury assesses).
    NotFound,
    /// Marks that do not fit the call's criteria (or a criterion missing).
    Marks(Vec<MarkProblem>),
    Store(StoreError),
}

impl From<StoreError> for JuryError {
    fn from(e: StoreError) -> Self {
        JuryError::Store(e)
    }
}

impl From<sqlx::Error> for JuryError {
    fn from(e: sqlx::Error) -> Self {
        JuryError::Store(e.into())
    }
}

/// The statuses of the applications a jury assesses: submitted, and
/// those decided after it (drafts, files under corrections and closed ones
/// are not the jury's).
pub fn assessed_by_jury(s: Status) -> bool {
    matches!(s, Status::Submitted | Status::Accepted | Status::Refused)
}

/// application, juror, reason, declared by (id, e-mail), when.
type ConflictRow = (i64, i64, String, Option<i64>, Option<String>, i64);

fn mark_of(score: Option<i32>) -> Mark {
    score.map_or(Mark::NotAssessed, Mark::Score)
}

impl Db {
    /// Invites an account of role jury to a call, audited. Inviting again
    /// changes nothing (false); another role is refused.
    pub async fn invite_juror(
        &self,
        call: i64,
        user: i64,
        actor: Option<i64>,
        now: i64,
    ) -> Result<bool> {
        let u = self
            .user_by_id(user)
            .await?
            .ok_or_else(|| Db::invalid("no such account"))?;
        if u.role != domain::account::Role::Jury {
            return Err(Db::invalid("only an account of role jury can be a juror"));
        }
        if self.is_juror(call, user).await? {
            return Ok(false);
        }
        write_tx!(self, tx => {
            sqlx::query("INSERT INTO grant_jurors (call_id, user_id, invited_by, invited_at)
                VALUES ($1, $2, $3, $4)")
                .bind(call).bind(user).bind(actor).bind(now).execute(&mut *tx).await?;
            crate::audit!(&mut *tx, now, &NewAudit {
                user_id: actor,
                action: "grant.juror.invite",
                entity: "grant_call",
                entity_id: Some(call),
                after: Some(serde_json::json!({ "juror": user, "email": u.email })),
                ..Default::default()
            });
        });
        Ok(true)
    }

    /// Removes a juror from a call, audited. Their marks stay in the
    /// database but no longer count (the results read current jurors only).
    pub async fn remove_juror(
        &self,
        call: i64,
        user: i64,
        actor: Option<i64>,
        now: i64,
    ) -> Result<()> {
        write_tx!(self, tx => {
            sqlx::query("DELETE FROM grant_jurors WHERE call_id = $1 AND user_id = $2")
                .bind(call).bind(user).execute(&mut *tx).await?;
            crate::audit!(&mut *tx, now, &NewAudit {
                user_id: actor,
                action: "grant.juror.remove",
                entity: "grant_call",
                entity_id: Some(call),
                before: Some(serde_json::json!({ "juror": user })),
                ..Default::default()
            });
        });
        Ok(())
    }

    /// A call's jurors, by name.
    pub async fn jurors(&self, call: i64) -> Result<Vec<Juror>> {
        let rows: Vec<(i64, String, String, i64)> = run!(self, p => sqlx::query_as(
            "SELECT u.id, u.email, u.name, j.invited_at FROM grant_jurors j
             JOIN users u ON u.id = j.user_id WHERE j.call_id = $1 ORDER BY u.name, u.email")
            .bind(call).fetch_all(p).await?);
        Ok(rows
            .into_iter()
            .map(|(user_id, email, name, invited_at)| Juror {
                user_id,
                email,
                name,
                invited_at,
            })
            .collect())
    }

    pub async fn is_juror(&self, call: i64, user: i64) -> Result<bool> {
        let n: i64 = run!(self, p => sqlx::query_scalar(
            "SELECT COUNT(*) FROM grant_jurors WHERE call_id = $1 AND user_id = $2")
            .bind(call).bind(user).fetch_one(p).await?);
        Ok(n > 0)
    }

    /// The calls a juror is invited to (ids), the latest to close first.
    pub async fn calls_of_juror(&self, user: i64) -> Result<Vec<i64>> {
        Ok(run!(self, p => sqlx::query_scalar(
            "SELECT c.id FROM grant_jurors j JOIN grant_calls c ON c.id = j.call_id
             WHERE j.user_id = $1 ORDER BY c.closes_at DESC, c.id DESC")
            .bind(user).fetch_all(p).await?))
    }

    /// Records a conflict of interest of `user` with an application, with
    /// its reason and who declared it, audited. The juror's marks and
    /// comment on it, if any, are removed in the same transaction: they
    /// must not count. Declaring again keeps the first declaration.
    pub async fn declare_conflict(
        &self,
        application: i64,
        user: i64,
        reason: &str,
        actor: Option<i64>,
        now: i64,
    ) -> Result<()> {
        let reason = reason.trim();
        if reason.is_empty() {
            return Err(Db::invalid("a conflict needs its reason"));
        }
        write_tx!(self, tx => {
            let exists: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM grant_conflicts
                WHERE application_id = $1 AND user_id = $2")
                .bind(application).bind(user).fetch_one(&mut *tx).await?;
            if exists == 0 {
                sqlx::query("INSERT INTO grant_conflicts (application_id, user_id, reason,
                    declared_by, declared_at) VALUES ($1, $2, $3, $4, $5)")
                    .bind(application).bind(user).bind(reason).bind(actor).bind(now)
                    .execute(&mut *tx).await?;
                for table in ["grant_scores", "grant_reviews"] {
                    sqlx::query(sqlx::AssertSqlSafe(format!(
                        "DELETE FROM {table} WHERE application_id = $1 AND user_id = $2")))
                        .bind(application).bind(user).execute(&mut *tx).await?;
                }
                crate::audit!(&mut *tx, now, &NewAudit {
                    user_id: actor,
                    action: "grant.conflict.declare",
                    entity: "grant_application",
                    entity_id: Some(application),
                    after: Some(serde_json::json!({ "juror": user })),
                    note: Some(reason),
                    ..Default::default()
                });
            }
        });
        Ok(())
    }

    /// The conflicts declared on a call's applications.
    pub async fn conflicts(&self, call: i64) -> Result<Vec<Conflict>> {
        let rows: Vec<ConflictRow> = run!(self, p => sqlx::query_as(
            "SELECT k.application_id, k.user_id, k.reason, k.declared_by, u.email, k.declared_at
             FROM grant_conflicts k JOIN grant_applications a ON a.id = k.application_id
             LEFT JOIN users u ON u.id = k.declared_by
             WHERE a.call_id = $1 ORDER BY a.reference, k.declared_at")
            .bind(call).fetch_all(p).await?);
        Ok(rows
            .into_iter()
            .map(
                |(application_id, user_id, reason, declared_by, declared_by_email, declared_at)| {
                    Conflict {
                        application_id,
                        user_id,
                        reason,
                        declared_by,
                        declared_by_email,
                        declared_at,
                    }
                },
            )
            .collect())
    }

    /// The applications of a call a juror declared (or was recorded) in conflict with.
    async fn conflicted(&self, call: i64, user: i64) -> Result<BTreeSet<i64>> {
        let ids: Vec<i64> = run!(self, p => sqlx::query_scalar(
            "SELECT k.application_id FROM grant_conflicts k
             JOIN grant_applications a ON a.id = k.application_id
             WHERE a.call_id = $1 AND k.user_id = $2")
            .bind(call).bind(user).fetch_all(p).await?);
        Ok(ids.into_iter().collect())
    }

    /// Whether the juror may see the call's applications at all (invited,
    /// call closed) — `may_assess` without an application.
    async fn juror_gate(&self, call: i64, user: i64, now: i64) -> Result<(), JuryError> {
        let c = self.call(call).await?.ok_or(JuryError::NotFound)?;
        let jurors: BTreeSet<i64> = self
            .is_juror(call, user)
            .await?
            .then_some(user)
            .into_iter()
            .collect();
        domain::grants::jury::may_assess(user, 0, &jurors, &BTreeSet::new(), c.is_closed(now))
            .map_err(JuryError::Refused)
    }

    /// The applications a juror may assess on `now`: refused when not a
    /// juror of the call or the call is still open; never those the juror
    /// is in conflict with, nor those the jury does not assess.
    pub async fn applications_for_juror(
        &self,
        call: i64,
        user: i64,
        now: i64,
    ) -> Result<Vec<Application>, JuryError> {
        self.juror_gate(call, user, now).await?;
        let conflicted = self.conflicted(call, user).await?;
        Ok(self
            .applications_of_call(call)
            .await?
            .into_iter()
            .filter(|a| assessed_by_jury(a.status) && !conflicted.contains(&a.id))
            .collect())
    }

    /// One application as a juror may read it, or why not (a conflict
    /// answers `Refused(Conflict)`, so that the page can say so).
    pub async fn application_for_juror(
        &self,
        call: i64,
        application: i64,
        user: i64,
        now: i64,
    ) -> Result<Application, JuryError> {
        self.juror_gate(call, user, now).await?;
        let a = self
            .application(application)
            .await?
            .filter(|a| a.call_id == call && assessed_by_jury(a.status))
            .ok_or(JuryError::NotFound)?;
        if self.conflicted(call, user).await?.contains(&a.id) {
            return Err(JuryError::Refused(JuryRefusal::Conflict));
        }
        Ok(a)
    }

    /// Saves a juror's marks on an application — every criterion of the
    /// call, a score on its scale or not assessed (NULL) — and comment, in
    /// one transaction, audited; checked by `may_assess` (the conflict read
    /// again inside the transaction) and `check_marks`.
    pub async fn save_marks(
        &self,
        call: i64,
        application: i64,
        user: i64,
        marks: &BTreeMap<String, Mark>,
        comment: &str,
        now: i64,
    ) -> Result<(), JuryError> {
        let a = self
            .application_for_juror(call, application, user, now)
            .await?;
        let c = self.call(a.call_id).await?.ok_or(JuryError::NotFound)?;
        let criteria: Vec<_> = c.def.criteria.iter().map(|k| k.as_jury()).collect();
        let mut problems = domain::grants::jury::check_marks(&criteria, marks);
        for k in &criteria {
            if !marks.contains_key(&k.code) {
                // A criterion left without a mark: the juror must choose a
                // score or "not assessed", never an implicit 0.
                problems.push(MarkProblem::UnknownCriterion(k.code.clone()));
            }
        }
        if !problems.is_empty() {
            return Err(JuryError::Marks(problems));
        }
        let comment = comment.trim();
        write_tx!(self, tx => {
            let conflict: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM grant_conflicts
                WHERE application_id = $1 AND user_id = $2")
                .bind(application).bind(user).fetch_one(&mut *tx).await?;
            if conflict > 0 {
                return Err(JuryError::Refused(JuryRefusal::Conflict));
            }
            sqlx::query("DELETE FROM grant_scores WHERE application_id = $1 AND user_id = $2")
                .bind(application).bind(user).execute(&mut *tx).await?;
            for (criterion, mark) in marks {
                let score = match mark {
                    Mark::Score(s) => Some(*s),
                    Mark::NotAssessed => None,
                };
                sqlx::query("INSERT INTO grant_scores (application_id, user_id, criterion, score,
                    updated_at) VALUES ($1, $2, $3, $4, $5)")
                    .bind(application).bind(user).bind(criterion).bind(score).bind(now)
                    .execute(&mut *tx).await?;
            }
            sqlx::query("DELETE FROM grant_reviews WHERE application_id = $1 AND user_id = $2")
                .bind(application).bind(user).execute(&mut *tx).await?;
            sqlx::query("INSERT INTO grant_reviews (application_id, user_id, comment, updated_at)
                VALUES ($1, $2, $3, $4)")
                .bind(application).bind(user).bind(comment).bind(now).execute(&mut *tx).await?;
            let json: BTreeMap<&String, Option<i32>> = marks
                .iter()
                .map(|(k, m)| (k, match m { Mark::Score(s) => Some(*s), Mark::NotAssessed => None }))
                .collect();
            crate::audit!(&mut *tx, now, &NewAudit {
                user_id: Some(user),
                action: "grant.score.save",
                entity: "grant_application",
                entity_id: Some(application),
                after: Some(serde_json::json!({ "marks": json, "comment": comment })),
                ..Default::default()
            });
        });
        Ok(())
    }

    /// Reviews read with a condition on `a` (applications) and `r` (reviews).
    async fn reviews_where(&self, cond: &str, binds: &[i64]) -> Result<Vec<Review>> {
        let sql = format!(
            "SELECT r.application_id, r.user_id, r.comment, r.updated_at
             FROM grant_reviews r JOIN grant_applications a ON a.id = r.application_id
             WHERE {cond} ORDER BY a.reference, r.application_id, r.user_id"
        );
        let scores_sql = format!(
            "SELECT s.application_id, s.user_id, s.criterion, s.score
             FROM grant_scores s JOIN grant_applications a ON a.id = s.application_id
             JOIN grant_reviews r ON r.application_id = s.application_id AND r.user_id = s.user_id
             WHERE {cond}"
        );
        let rows: Vec<(i64, i64, String, i64)> = run!(self, p => {
            let mut q = sqlx::query_as(sqlx::AssertSqlSafe(sql.clone()));
            for b in binds { q = q.bind(*b); }
            q.fetch_all(p).await?
        });
        let scores: Vec<(i64, i64, String, Option<i32>)> = run!(self, p => {
            let mut q = sqlx::query_as(sqlx::AssertSqlSafe(scores_sql.clone()));
            for b in binds { q = q.bind(*b); }
            q.fetch_all(p).await?
        });
        let mut marks: BTreeMap<(i64, i64), BTreeMap<String, Mark>> = BTreeMap::new();
        for (a, u, criterion, score) in scores {
            marks
                .entry((a, u))
                .or_default()
                .insert(criterion, mark_of(score));
        }
        Ok(rows
            .into_iter()
            .map(|(application_id, user_id, comment, updated_at)| Review {
                application_id,
                user_id,
                marks: marks.remove(&(application_id, user_id)).unwrap_or_default(),
                comment,
                updated_at,
            })
            .collect())
    }

    /// Every review of a call by its current jurors, without those a
    /// conflict rules out (for the coordination's results).
    pub async fn reviews_of_call(&self, call: i64) -> Result<Vec<Review>> {
        self.reviews_where(
            "a.call_id = $1
             AND EXISTS (SELECT 1 FROM grant_jurors j WHERE j.call_id = a.call_id AND j.user_id = r.user_id)
             AND NOT EXISTS (SELECT 1 FROM grant_conflicts k WHERE k.application_id = r.application_id AND k.user_id = r.user_id)",
            &[call],
        )
        .await
    }

    /// A juror's own reviews in a call (never on a conflicted application).
    pub async fn reviews_of_juror(&self, call: i64, user: i64) -> Result<Vec<Review>> {
        self.reviews_where(
            "a.call_id = $1 AND r.user_id = $2
             AND NOT EXISTS (SELECT 1 FROM grant_conflicts k WHERE k.application_id = r.application_id AND k.user_id = r.user_id)",
            &[call, user],
        )
        .await
    }

    /// The reviews of one application by the current jurors (conflicted ones left out).
    pub async fn reviews_of_application(&self, application: i64) -> Result<Vec<Review>> {
        self.reviews_where(
            "a.id = $1
             AND EXISTS (SELECT 1 FROM grant_jurors j WHERE j.call_id = a.call_id AND j.user_id = r.user_id)
             AND NOT EXISTS (SELECT 1 FROM grant_conflicts k WHERE k.application_id = r.application_id AND k.user_id = r.user_id)",
            &[application],
        )
        .await
    }
}
