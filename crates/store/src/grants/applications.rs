//! Applications to calls: drafts saved as often as needed, the steps of the
//! instruction (`domain::grants::application::step`) each recorded with
//! who, when and why, budget lines and answers to the call's questions.
//! Eligibility is checked before submission by the caller
//! (`domain::grants::call::eligibility`), which knows the organisation and
//! the region.

use std::collections::BTreeMap;

use domain::grants::application::{Action, Status, StepRefusal};
use serde::{Deserialize, Serialize};

use super::calls::OrgRef;
use crate::audit::NewAudit;
use crate::{Db, Result, StoreError, run, write_tx};

/// What an applicant writes.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct NewApplication {
    /// The language it is written in.
    pub lang: String,
    pub title: String,
    pub postcode: Option<String>,
    /// The commune of the project's place (NIS code), found from the postcode.
    pub commune_nis: Option<String>,
    pub amount_cents: Option<i64>,
    pub publics: Vec<String>,
    pub description: String,
    /// Question key -> answer.
    pub answers: BTreeMap<String, String>,
    /// (what, cents) in the applicant's order.
    pub budget: Vec<(String, i64)>,
}

/// A stored application.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Application {
    pub id: i64,
    pub call_id: i64,
    pub call_key: String,
    pub organisation: OrgRef,
    /// Given at the first submission (or by the report it comes from).
    pub reference: Option<String>,
    pub status: Status,
    pub app: NewApplication,
    pub created_at: i64,
    pub updated_at: i64,
    pub submitted_at: Option<i64>,
}

/// One step of an application.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ApplicationEvent {
    pub action: Action,
    pub status: Status,
    pub note: Option<String>,
    pub user_email: Option<String>,
    pub at: i64,
}

/// Why a step was refused by the store.
#[derive(Debug)]
pub enum StepError {
    Refused(StepRefusal),
    Store(StoreError),
}

impl From<StoreError> for StepError {
    fn from(e: StoreError) -> Self {
        StepError::Store(e)
    }
}

impl From<sqlx::Error> for StepError {
    fn from(e: sqlx::Error) -> Self {
        StepError::Store(e.into())
    }
}

#[derive(sqlx::FromRow)]
struct RawApplication {
    id: i64,
    call_id: i64,
    call_key: String,
    reference: Option<String>,
    status: String,
    lang: String,
    title: String,
    postcode: Option<String>,
    commune_nis: Option<String>,
    amount_cents: Option<i64>,
    publics: String,
    description: String,
    answers: String,
    created_at: i64,
    updated_at: i64,
    submitted_at: Option<i64>,
    org_id: i64,
    org_name: String,
    org_kind: String,
    org_number: Option<String>,
}

/// action, status, note, the e-mail of who took it, when.
type RawEvent = (String, String, Option<String>, Option<String>, i64);

const SELECT_APPLICATION: &str = "SELECT a.id, a.call_id, c.key AS call_key, a.reference,
    a.status, a.lang, a.title, a.postcode, a.commune_nis, a.amount_cents, a.publics,
    a.description, a.answers, a.created_at, a.updated_at, a.submitted_at,
    o.id AS org_id, o.name AS org_name, o.kind AS org_kind, o.company_number AS org_number
    FROM grant_applications a JOIN grant_calls c ON c.id = a.call_id
    JOIN organisations o ON o.id = a.organisation_id";

fn publics_text(p: &[String]) -> String {
    p.join(",")
}

impl Db {
    async fn assemble_applications(&self, rows: Vec<RawApplication>) -> Result<Vec<Application>> {
        let mut out = Vec::with_capacity(rows.len());
        for r in rows {
            let budget: Vec<(String, i64)> = run!(self, p => sqlx::query_as(
                "SELECT label, amount_cents FROM grant_budget_lines WHERE application_id = $1
                 ORDER BY position")
                .bind(r.id).fetch_all(p).await?);
            out.push(Application {
                id: r.id,
                call_id: r.call_id,
                call_key: r.call_key,
                organisation: OrgRef {
                    id: r.org_id,
                    name: r.org_name,
                    kind: r.org_kind,
                    company_number: r.org_number,
                },
                reference: r.reference,
                status: Status::parse(&r.status).ok_or_else(|| {
                    Db::invalid(format!("unknown application status {:?}", r.status))
                })?,
                app: NewApplication {
                    lang: r.lang,
                    title: r.title,
                    postcode: r.postcode,
                    commune_nis: r.commune_nis,
                    amount_cents: r.amount_cents,
                    publics: r
                        .publics
                        .split(',')
                        .filter(|x| !x.is_empty())
                        .map(String::from)
                        .collect(),
                    description: r.description,
                    answers: serde_json::from_str(&r.answers).unwrap_or_default(),
                    budget,
                },
                created_at: r.created_at,
                updated_at: r.updated_at,
                submitted_at: r.submitted_at,
            });
        }
        Ok(out)
    }

    /// Starts an application of `organisation` to a call, as a draft, with
    /// its first event and an audit entry. Returns its id.
    pub async fn create_application(
        &self,
        call: i64,
        organisation: i64,
        a: &NewApplication,
        actor: Option<i64>,
        now: i64,
    ) -> Result<i64> {
        let id = write_tx!(self, tx => {
            let id: i64 = sqlx::query_scalar("INSERT INTO grant_applications (call_id,
                organisation_id, status, lang, title, postcode, commune_nis, amount_cents, publics,
                description, answers, created_by, created_at, updated_at)
                VALUES ($1, $2, 'draft', $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12) RETURNING id")
                .bind(call).bind(organisation).bind(&a.lang).bind(&a.title).bind(&a.postcode)
                .bind(&a.commune_nis).bind(a.amount_cents).bind(publics_text(&a.publics))
                .bind(&a.description).bind(serde_json::to_string(&a.answers).unwrap_or_default())
                .bind(actor).bind(now)
                .fetch_one(&mut *tx).await?;
            for (i, (label, cents)) in a.budget.iter().enumerate() {
                sqlx::query("INSERT INTO grant_budget_lines (application_id, position, label,
                    amount_cents) VALUES ($1, $2, $3, $4)")
                    .bind(id).bind(i as i32).bind(label).bind(cents).execute(&mut *tx).await?;
            }
            sqlx::query("INSERT INTO grant_application_events (application_id, action, status,
                note, user_id, at) VALUES ($1, 'created', 'draft', NULL, $2, $3)")
                .bind(id).bind(actor).bind(now).execute(&mut *tx).await?;
            crate::audit!(&mut *tx, now, &NewAudit {
                user_id: actor,
                action: "grant.application.create",
                entity: "grant_application",
                entity_id: Some(id),
                after: Some(serde_json::json!(a)),
                ..Default::default()
            });
            id
        });
        Ok(id)
    }

    /// Saves what the applicant wrote (a draft, or under corrections);
    /// refused in any other status.
    pub async fn update_application(
        &self,
        id: i64,
        a: &NewApplication,
        actor: Option<i64>,
        now: i64,
    ) -> Result<()> {
        let before = self
            .application(id)
            .await?
            .ok_or_else(|| Db::invalid("no such application"))?;
        if !before.status.editable() {
            return Err(Db::invalid("this application can no longer be changed"));
        }
        write_tx!(self, tx => {
            sqlx::query("UPDATE grant_applications SET lang = $2, title = $3, postcode = $4,
                commune_nis = $5, amount_cents = $6, publics = $7, description = $8, answers = $9,
                updated_at = $10 WHERE id = $1")
                .bind(id).bind(&a.lang).bind(&a.title).bind(&a.postcode).bind(&a.commune_nis)
                .bind(a.amount_cents).bind(publics_text(&a.publics)).bind(&a.description)
                .bind(serde_json::to_string(&a.answers).unwrap_or_default()).bind(now)
                .execute(&mut *tx).await?;
            sqlx::query("DELETE FROM grant_budget_lines WHERE application_id = $1")
                .bind(id).execute(&mut *tx).await?;
            for (i, (label, cents)) in a.budget.iter().enumerate() {
                sqlx::query("INSERT INTO grant_budget_lines (application_id, position, label,
                    amount_cents) VALUES ($1, $2, $3, $4)")
                    .bind(id).bind(i as i32).bind(label).bind(cents).execute(&mut *tx).await?;
            }
            crate::audit!(&mut *tx, now, &NewAudit {
                user_id: actor,
                action: "grant.application.update",
                entity: "grant_application",
                entity_id: Some(id),
                before: Some(serde_json::json!(before.app)),
                after: Some(serde_json::json!(a)),
                ..Default::default()
            });
        });
        Ok(())
    }

    /// Takes a step (`domain::grants::application::step`) and records it
    /// with who, when and why. The first submission gives the application
    /// its reference (the call's next number, `001`, `002`…). Returns the
    /// new status.
    pub async fn step_application(
        &self,
        id: i64,
        action: Action,
        reason: Option<&str>,
        actor: Option<i64>,
        now: i64,
    ) -> std::result::Result<Status, StepError> {
        let reason = reason.map(str::trim).filter(|r| !r.is_empty());
        let status = write_tx!(self, tx => {
            let (call, from, reference): (i64, String, Option<String>) = sqlx::query_as(
                "SELECT call_id, status, reference FROM grant_applications WHERE id = $1")
                .bind(id).fetch_one(&mut *tx).await?;
            let from = Status::parse(&from).ok_or_else(|| Db::invalid("unknown status"))?;
            let to = domain::grants::application::step(from, action, reason)
                .map_err(StepError::Refused)?;
            let reference = match reference {
                Some(r) => r,
                None if to == Status::Submitted => {
                    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM grant_applications
                        WHERE call_id = $1 AND reference IS NOT NULL")
                        .bind(call).fetch_one(&mut *tx).await?;
                    format!("{:03}", n + 1)
                }
                None => String::new(),
            };
            sqlx::query("UPDATE grant_applications SET status = $2, updated_at = $3,
                reference = CASE WHEN $4 = '' THEN reference ELSE $4 END,
                submitted_at = CASE WHEN $2 = 'submitted' THEN $3 ELSE submitted_at END
                WHERE id = $1")
                .bind(id).bind(to.code()).bind(now).bind(&reference)
                .execute(&mut *tx).await?;
            sqlx::query("INSERT INTO grant_application_events (application_id, action, status,
                note, user_id, at) VALUES ($1, $2, $3, $4, $5, $6)")
                .bind(id).bind(action.code()).bind(to.code()).bind(reason).bind(actor).bind(now)
                .execute(&mut *tx).await?;
            crate::audit!(&mut *tx, now, &NewAudit {
                user_id: actor,
                action: "grant.application.step",
                entity: "grant_application",
                entity_id: Some(id),
                after: Some(serde_json::json!({ "action": action.code(), "status": to.code() })),
                note: reason,
                ..Default::default()
            });
            to
        });
        Ok(status)
    }

    pub async fn application(&self, id: i64) -> Result<Option<Application>> {
        let sql = format!("{SELECT_APPLICATION} WHERE a.id = $1");
        let rows: Vec<RawApplication> = run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.clone()))
            .bind(id).fetch_all(p).await?);
        Ok(self.assemble_applications(rows).await?.pop())
    }

    /// A call's applications (drafts included: the caller filters), by reference then id.
    pub async fn applications_of_call(&self, call: i64) -> Result<Vec<Application>> {
        let sql = format!("{SELECT_APPLICATION} WHERE a.call_id = $1 ORDER BY a.reference, a.id");
        let rows: Vec<RawApplication> = run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.clone()))
            .bind(call).fetch_all(p).await?);
        self.assemble_applications(rows).await
    }

    /// The applications of these organisations, latest first.
    pub async fn applications_of_organisations(&self, orgs: &[i64]) -> Result<Vec<Application>> {
        let mut out = Vec::new();
        for org in orgs {
            let sql =
                format!("{SELECT_APPLICATION} WHERE a.organisation_id = $1 ORDER BY a.id DESC");
            let rows: Vec<RawApplication> = run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.clone()))
                .bind(org).fetch_all(p).await?);
            out.extend(self.assemble_applications(rows).await?);
        }
        out.sort_by_key(|a| std::cmp::Reverse(a.id));
        Ok(out)
    }

    /// Every step of an application, in order.
    pub async fn application_events(&self, id: i64) -> Result<Vec<ApplicationEvent>> {
        let rows: Vec<RawEvent> = run!(self, p => sqlx::query_as(
            "SELECT e.action, e.status, e.note, u.email, e.at FROM grant_application_events e
             LEFT JOIN users u ON u.id = e.user_id WHERE e.application_id = $1 ORDER BY e.id")
            .bind(id).fetch_all(p).await?);
        rows.into_iter()
            .map(|(action, status, note, user_email, at)| {
                Ok(ApplicationEvent {
                    action: Action::parse(&action).ok_or_else(|| Db::invalid("unknown action"))?,
                    status: Status::parse(&status).ok_or_else(|| Db::invalid("unknown status"))?,
                    note,
                    user_email,
                    at,
                })
            })
            .collect()
    }
}
