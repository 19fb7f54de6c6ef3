//! "Report a mistake" messages from the public, and the stale entries whose
//! managers get a reminder.

use serde::Serialize;

use crate::audit::NewAudit;
use crate::{Db, Result, run};

/// A "report a mistake" message.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct MistakeReport {
    pub id: i64,
    pub place_id: i64,
    pub place_name: String,
    pub message: String,
    pub contact: Option<String>,
    pub created_at: i64,
    /// `open` or `done`.
    pub status: String,
    pub handled_by: Option<i64>,
    pub handled_email: Option<String>,
    pub handled_at: Option<i64>,
}

/// A place not updated for long, with whom to remind.
#[derive(Debug, Clone, Serialize)]
pub struct StalePlace {
    pub place_id: i64,
    pub name: String,
    pub organisation_id: i64,
    pub organisation: String,
    pub updated_at: i64,
    /// E-mails of the active EPN managers of the place's organisation (may be empty).
    pub managers: Vec<String>,
}

/// Key under which report submissions are counted for the rate limit.
fn report_key(client: &str) -> String {
    format!("report:{client}")
}

impl Db {
    /// Stores a message from the public about a place, and counts it against
    /// the rate limit of `client` (the sender's address).
    pub async fn create_mistake_report(
        &self,
        place_id: i64,
        message: &str,
        contact: Option<&str>,
        client: &str,
        now: i64,
    ) -> Result<i64> {
        let contact = contact.map(str::trim).filter(|c| !c.is_empty());
        let id = crate::write_tx!(self, tx => {
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO mistake_reports (place_id, message, contact, created_at, status)
                 VALUES ($1, $2, $3, $4, 'open') RETURNING id")
                .bind(place_id).bind(message.trim()).bind(contact).bind(now)
                .fetch_one(&mut *tx).await?;
            // The throttling table of sign-ins is a generic (key, time) counter.
            sqlx::query("INSERT INTO login_failures (key, at) VALUES ($1, $2)")
                .bind(report_key(client)).bind(now).execute(&mut *tx).await?;
            id
        });
        Ok(id)
    }

    /// Reports sent from `client` in the `window_secs` before `now`.
    pub async fn recent_reports_from(
        &self,
        client: &str,
        window_secs: i64,
        now: i64,
    ) -> Result<i64> {
        self.login_failures(&report_key(client), window_secs, now)
            .await
    }

    /// Reports with this status (`open` or `done`): open ones oldest first, done ones newest first.
    pub async fn mistake_reports(&self, done: bool) -> Result<Vec<MistakeReport>> {
        let sql = if done {
            "SELECT r.id, r.place_id, p.name AS place_name, r.message, r.contact, r.created_at, r.status,
                    r.handled_by, u.email AS handled_email, r.handled_at
             FROM mistake_reports r JOIN places p ON p.id = r.place_id
             LEFT JOIN users u ON u.id = r.handled_by
             WHERE r.status = 'done' ORDER BY r.handled_at DESC, r.id DESC LIMIT 500"
        } else {
            "SELECT r.id, r.place_id, p.name AS place_name, r.message, r.contact, r.created_at, r.status,
                    r.handled_by, u.email AS handled_email, r.handled_at
             FROM mistake_reports r JOIN places p ON p.id = r.place_id
             LEFT JOIN users u ON u.id = r.handled_by
             WHERE r.status = 'open' ORDER BY r.created_at, r.id"
        };
        Ok(run!(self, p => sqlx::query_as(sql).fetch_all(p).await?))
    }

    /// Marks a report as handled; audited `report.done`. False when there is no open report with this id.
    pub async fn mark_report_done(&self, id: i64, actor: Option<i64>, now: i64) -> Result<bool> {
        let done = crate::write_tx!(self, tx => {
            let row: Option<(i64, String)> = sqlx::query_as(
                "SELECT place_id, status FROM mistake_reports WHERE id = $1")
                .bind(id).fetch_optional(&mut *tx).await?;
            match row {
                Some((place_id, status)) if status == "open" => {
                    sqlx::query("UPDATE mistake_reports SET status = 'done', handled_by = $1, handled_at = $2
                         WHERE id = $3")
                        .bind(actor).bind(now).bind(id).execute(&mut *tx).await?;
                    crate::audit!(&mut *tx, now, &NewAudit {
                        user_id: actor,
                        action: "report.done",
                        entity: "report",
                        entity_id: Some(id),
                        place_id: Some(place_id),
                        before: Some(serde_json::json!({"status": "open"})),
                        after: Some(serde_json::json!({"status": "done"})),
                        note: None,
                    });
                    true
                }
                _ => false,
            }
        });
        Ok(done)
    }

    /// E-mails of the active coordinators (of the administrators when there is no coordinator).
    pub async fn coordination_emails(&self) -> Result<Vec<String>> {
        let rows: Vec<(String, String)> = run!(self, p => sqlx::query_as(
            "SELECT email, role FROM users WHERE active AND role IN ('coordinator', 'admin') ORDER BY email")
            .fetch_all(p).await?);
        let coordinators: Vec<String> = rows
            .iter()
            .filter(|(_, r)| r == "coordinator")
            .map(|(e, _)| e.clone())
            .collect();
        Ok(if coordinators.is_empty() {
            rows.into_iter().map(|(e, _)| e).collect()
        } else {
            coordinators
        })
    }

    /// Places not updated for more than `older_than_days` at `now`, except those
    /// reminded in the last `every_days`, with their organisation's active EPN managers.
    pub async fn stale_places(
        &self,
        now: i64,
        older_than_days: i64,
        every_days: i64,
        with_unmanaged: bool,
    ) -> Result<Vec<StalePlace>> {
        // Without `with_unmanaged`, only the places an active EPN manager can
        // be reminded of: a daily job need not hold every stale place of a
        // large directory whose organisations have no account.
        let rows: Vec<(i64, String, i64, String, i64)> = run!(self, p => sqlx::query_as(
            "SELECT p.id, p.name, p.organisation_id, o.name, p.updated_at
             FROM places p JOIN organisations o ON o.id = p.organisation_id
             WHERE p.updated_at < $1
               AND NOT EXISTS (SELECT 1 FROM stale_reminders r WHERE r.place_id = p.id AND r.sent_at > $2)
               AND ($3 OR EXISTS (SELECT 1 FROM user_organisations uo JOIN users u ON u.id = uo.user_id
                                  WHERE uo.organisation_id = p.organisation_id
                                    AND u.active AND u.role = 'epn_manager'))
             ORDER BY p.organisation_id, p.id")
            .bind(now - older_than_days * 86_400).bind(now - every_days * 86_400).bind(with_unmanaged)
            .fetch_all(p).await?);
        let managers: Vec<(i64, String)> = run!(self, p => sqlx::query_as(
            "SELECT uo.organisation_id, u.email FROM users u
             JOIN user_organisations uo ON uo.user_id = u.id
             WHERE u.active AND u.role = 'epn_manager' ORDER BY u.email")
            .fetch_all(p).await?);
        Ok(rows
            .into_iter()
            .map(
                |(place_id, name, organisation_id, organisation, updated_at)| StalePlace {
                    place_id,
                    name,
                    organisation_id,
                    organisation,
                    updated_at,
                    managers: managers
                        .iter()
                        .filter(|(o, _)| *o == organisation_id)
                        .map(|(_, e)| e.clone())
                        .collect(),
                },
            )
            .collect())
    }

    /// How many places [`Db::stale_places`] would list whose organisation has
    /// no active EPN manager.
    pub async fn count_stale_unmanaged(
        &self,
        now: i64,
        older_than_days: i64,
        every_days: i64,
    ) -> Result<i64> {
        Ok(run!(self, p => sqlx::query_scalar(
            "SELECT COUNT(*) FROM places p
             WHERE p.updated_at < $1
               AND NOT EXISTS (SELECT 1 FROM stale_reminders r WHERE r.place_id = p.id AND r.sent_at > $2)
               AND NOT EXISTS (SELECT 1 FROM user_organisations uo JOIN users u ON u.id = uo.user_id
                               WHERE uo.organisation_id = p.organisation_id
                                 AND u.active AND u.role = 'epn_manager')")
            .bind(now - older_than_days * 86_400).bind(now - every_days * 86_400)
            .fetch_one(p).await?))
    }

    /// Records that the managers of a place were reminded at `now`.
    pub async fn record_reminder(&self, place_id: i64, recipients: i32, now: i64) -> Result<()> {
        run!(self, p => sqlx::query(
            "INSERT INTO stale_reminders (place_id, sent_at, recipients) VALUES ($1, $2, $3)
             ON CONFLICT (place_id, sent_at) DO NOTHING")
            .bind(place_id).bind(now).bind(recipients).execute(p).await.map(|_| ())?);
        Ok(())
    }
}
