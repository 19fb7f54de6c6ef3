//! The audit log: every change to the directory and to accounts, with who did
//! it, when, and the record before and after (JSON). Written in the same
//! transaction as the change it describes.

use serde::Serialize;

use crate::{Db, Result, run};

/// One change to record.
#[derive(Debug, Clone, Default)]
pub struct NewAudit<'a> {
    /// The account that made the change; None for the system or the public.
    pub user_id: Option<i64>,
    /// What happened: `place.update`, `place.create`, `proposal.accept`, `place.merge`, …
    pub action: &'a str,
    /// The kind of record: `place`, `organisation`, `user`, `proposal`, `report`.
    pub entity: &'a str,
    pub entity_id: Option<i64>,
    /// The place concerned, so that a place's history can be read.
    pub place_id: Option<i64>,
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
    pub note: Option<&'a str>,
}

/// One line of the audit log as read back.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct AuditEntry {
    pub id: i64,
    pub at: i64,
    pub user_id: Option<i64>,
    /// The account's e-mail at reading time (None for system changes).
    pub user_email: Option<String>,
    pub action: String,
    pub entity: String,
    pub entity_id: Option<i64>,
    pub place_id: Option<i64>,
    pub before_json: Option<String>,
    pub after_json: Option<String>,
    pub note: Option<String>,
}

impl AuditEntry {
    pub fn before(&self) -> Option<serde_json::Value> {
        self.before_json
            .as_deref()
            .and_then(|s| serde_json::from_str(s).ok())
    }
    pub fn after(&self) -> Option<serde_json::Value> {
        self.after_json
            .as_deref()
            .and_then(|s| serde_json::from_str(s).ok())
    }
}

/// Every action the audit log records, grouped by area: the one list the
/// back office labels (`audit-action-…` in every language) and offers in its
/// filter. Writing an action missing here fails in debug builds (so in every
/// test), and the web crate's `tests/it/audit_actions.rs` finds every action
/// written in the sources in it.
pub const ACTIONS: &[&str] = &[
    // The directory and accounts.
    "place.create",
    "place.update",
    "place.confirm",
    "place.merge",
    "proposal.create",
    "proposal.update",
    "proposal.accept",
    "proposal.reject",
    "import",
    "organisation.trust",
    "user.invite",
    "user.create",
    "token.create",
    "report.done",
    "account.mail_preferences",
    // The EPN label.
    "label.draft",
    "label.step",
    "label.review",
    "label.confirm",
    // Sessions and bookings.
    "session.publish",
    "session.update",
    "session.cancel",
    "session.attendance",
    "booking.create",
    "booking.cancel",
    "booking.promote",
    // Referrals and personal data.
    "referral.create",
    "referral.step",
    "person.view",
    "person.export",
    "person.erase",
    "person.retention",
    // Activity, capacity, cadastre, indicators and reported figures.
    "activity.support.add",
    "activity.support.update",
    "activity.support.delete",
    "activity.workshop.add",
    "activity.workshop.update",
    "activity.workshop.delete",
    "activity.quick_help.add",
    "activity.quick_help.delete",
    "capacity.create",
    "capacity.update",
    "cadastre.create",
    "cadastre.update",
    "indicator_value.create",
    "indicator_value.update",
    "reported_figure.save",
    // The plan and its budget.
    "plan_event.create",
    "plan.deliverable.add",
    "plan.deliverable.update",
    "plan.version.submit",
    "plan.version.approve",
    "plan.version.return",
    "budget.add",
    "budget.import",
    "budget.reverse",
    "budget.declare",
    // Calls for projects (issue 14).
    "grant.call.create",
    "grant.call.update",
    "grant.call.publish",
    "grant.applicant.register",
    "grant.application.create",
    "grant.application.update",
    "grant.application.step",
    "grant.attachment.add",
    "grant.attachment.delete",
    "grant.juror.invite",
    "grant.juror.remove",
    "grant.conflict.declare",
    "grant.score.save",
    "grant.scenario.create",
    "grant.decision.record",
    "grant.agreement.create",
    "grant.payment.record",
    "grant.report.record",
    "grant.report.remind",
    // Equipment (issue 14).
    "equipment.order.submit",
    "equipment.order.decide",
    "equipment.order.deliver",
    "equipment.asset.event",
    // The annual report (issue 15).
    "report.text.save",
    "report.text.submit",
    "report.text.publish",
    "report.text.send_back",
];

pub(crate) const INSERT_AUDIT: &str =
    "INSERT INTO audit_log (at, user_id, action, entity, entity_id, place_id,
    before_json, after_json, note) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)";

/// Writes an audit entry on `$conn` (a transaction, so the change and its
/// record land together) at time `$now`: `audit!(&mut *tx, now, &entry)`.
#[macro_export]
macro_rules! audit {
    ($conn:expr, $now:expr, $entry:expr) => {{
        let at: i64 = $now;
        let e: &$crate::audit::NewAudit = $entry;
        debug_assert!(
            $crate::audit::ACTIONS.contains(&e.action),
            "audit action {:?} is not in store::audit::ACTIONS",
            e.action
        );
        sqlx::query($crate::audit::insert_audit_sql())
            .bind(at)
            .bind(e.user_id)
            .bind(e.action)
            .bind(e.entity)
            .bind(e.entity_id)
            .bind(e.place_id)
            .bind(e.before.as_ref().map(|v| v.to_string()))
            .bind(e.after.as_ref().map(|v| v.to_string()))
            .bind(e.note)
            .execute($conn)
            .await?;
    }};
}

#[doc(hidden)]
pub fn insert_audit_sql() -> &'static str {
    INSERT_AUDIT
}

/// Which part of the log to read.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    pub place_id: Option<i64>,
    pub user_id: Option<i64>,
    /// Exact action, e.g. `place.update`.
    pub action: Option<String>,
    pub limit: i64,
    pub offset: i64,
}

impl Db {
    /// Records a change that is not part of a larger transaction (sign-in settings, reports…).
    pub async fn audit(&self, entry: &NewAudit<'_>, now: i64) -> Result<()> {
        run!(self, p => { audit!(p, now, entry); });
        Ok(())
    }

    /// The log, newest first.
    pub async fn audit_log(&self, f: &AuditFilter) -> Result<Vec<AuditEntry>> {
        let limit = if f.limit <= 0 { 100 } else { f.limit.min(1000) };
        Ok(run!(self, p => sqlx::query_as(
            "SELECT a.id, a.at, a.user_id, u.email AS user_email, a.action, a.entity, a.entity_id,
                    a.place_id, a.before_json, a.after_json, a.note
             FROM audit_log a LEFT JOIN users u ON u.id = a.user_id
             WHERE ($1 IS NULL OR a.place_id = $1) AND ($2 IS NULL OR a.user_id = $2)
               AND ($3 IS NULL OR a.action = $3)
             ORDER BY a.at DESC, a.id DESC LIMIT $4 OFFSET $5")
            .bind(f.place_id).bind(f.user_id).bind(&f.action).bind(limit).bind(f.offset.max(0))
            .fetch_all(p).await?))
    }
}
