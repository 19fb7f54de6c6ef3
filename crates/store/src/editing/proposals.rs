//! Changes proposed by the EPN managers of organisations the coordination does
//! not (yet) trust: they wait in a queue until a coordinator accepts them
//! (the change is then published, audited, in one transaction) or rejects
//! them with a reason.

use serde::Serialize;

use domain::PlaceColumns;

use super::{SELECT_RECORD, UpdateOutcome, write_create, write_update};
use crate::audit::NewAudit;
use crate::places::StoredColumns;
use crate::{Db, Result, StoreError, run};

/// Where a proposal is in the queue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ProposalStatus {
    Pending,
    Accepted,
    Rejected,
}

impl ProposalStatus {
    pub const ALL: [ProposalStatus; 3] = [
        ProposalStatus::Pending,
        ProposalStatus::Accepted,
        ProposalStatus::Rejected,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ProposalStatus::Pending => "pending",
            ProposalStatus::Accepted => "accepted",
            ProposalStatus::Rejected => "rejected",
        }
    }

    pub fn parse(s: &str) -> Option<ProposalStatus> {
        ProposalStatus::ALL.into_iter().find(|p| p.code() == s)
    }
}

/// A proposal to write.
#[derive(Debug, Clone)]
pub struct NewProposal<'a> {
    /// None: a new place.
    pub place_id: Option<i64>,
    pub organisation_id: i64,
    pub author_id: i64,
    /// The place as it was when the person opened it (None for a new place).
    pub before: Option<&'a PlaceColumns>,
    pub after: &'a PlaceColumns,
}

/// A proposal as read back.
#[derive(Debug, Clone, PartialEq)]
pub struct Proposal {
    pub id: i64,
    pub place_id: Option<i64>,
    pub organisation_id: i64,
    pub organisation_name: String,
    pub author_id: i64,
    pub author_name: String,
    pub author_email: String,
    pub status: ProposalStatus,
    pub before: Option<PlaceColumns>,
    pub after: PlaceColumns,
    pub created_at: i64,
    pub decided_by: Option<i64>,
    pub decided_by_name: Option<String>,
    pub decided_at: Option<i64>,
    pub reason: Option<String>,
}

/// Which proposals to list.
#[derive(Debug, Clone, Default)]
pub struct ProposalFilter {
    pub status: Option<ProposalStatus>,
    pub place_id: Option<i64>,
    /// Only proposals for these organisations (an EPN manager's).
    pub organisations: Option<Vec<i64>>,
    /// At most this many (100 when 0).
    pub limit: i64,
}

/// What accepting a proposal did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AcceptOutcome {
    /// Published: the place (created, for a proposal of a new place).
    Accepted {
        place_id: i64,
    },
    /// Already accepted or rejected.
    NotPending,
    /// The place was changed since the proposal was made: accepting would
    /// overwrite that change. Nothing written.
    PlaceChanged,
    /// The place does not exist any more (merged or deleted). Nothing written.
    PlaceGone,
    NotFound,
}

#[derive(sqlx::FromRow)]
struct ProposalRow {
    id: i64,
    place_id: Option<i64>,
    organisation_id: i64,
    organisation_name: String,
    author_id: i64,
    author_name: String,
    author_email: String,
    status: String,
    before_json: Option<String>,
    after_json: String,
    created_at: i64,
    decided_by: Option<i64>,
    decided_by_name: Option<String>,
    decided_at: Option<i64>,
    reason: Option<String>,
}

impl ProposalRow {
    fn into_proposal(self) -> Result<Proposal> {
        let after = PlaceColumns::from_json(&self.after_json).ok_or_else(|| {
            StoreError::Invalid(format!("proposal {}: unreadable after_json", self.id))
        })?;
        Ok(Proposal {
            id: self.id,
            place_id: self.place_id,
            organisation_id: self.organisation_id,
            organisation_name: self.organisation_name,
            author_id: self.author_id,
            author_name: self.author_name,
            author_email: self.author_email,
            status: ProposalStatus::parse(&self.status).unwrap_or(ProposalStatus::Pending),
            before: self
                .before_json
                .as_deref()
                .and_then(PlaceColumns::from_json),
            after,
            created_at: self.created_at,
            decided_by: self.decided_by,
            decided_by_name: self.decided_by_name,
            decided_at: self.decided_at,
            reason: self.reason,
        })
    }
}

/// place_id, status, before_json, after_json, author_id.
type DecisionRow = (Option<i64>, String, Option<String>, String, i64);

const SELECT_PROPOSALS: &str = "SELECT pr.id, pr.place_id, pr.organisation_id,
    o.name AS organisation_name, pr.author_id, u.name AS author_name, u.email AS author_email,
    pr.status, pr.before_json, pr.after_json, pr.created_at, pr.decided_by,
    d.name AS decided_by_name, pr.decided_at, pr.reason
    FROM proposals pr JOIN organisations o ON o.id = pr.organisation_id
    JOIN users u ON u.id = pr.author_id LEFT JOIN users d ON d.id = pr.decided_by";

impl Db {
    /// Records a proposal (status pending) with a `proposal.create` audit
    /// entry. A pending proposal of the same author for the same place is
    /// replaced by the new one (`proposal.update`) instead of piling up.
    pub async fn create_proposal(&self, new: &NewProposal<'_>, now: i64) -> Result<i64> {
        let before = new.before.map(|b| b.to_json().to_string());
        let after = new.after.to_json().to_string();
        let id = crate::write_tx!(self, tx => {
            let existing: Option<i64> = match new.place_id {
                Some(pid) => sqlx::query_scalar(
                    "SELECT id FROM proposals WHERE place_id = $1 AND author_id = $2 AND status = 'pending'
                     ORDER BY id DESC LIMIT 1")
                    .bind(pid).bind(new.author_id).fetch_optional(&mut *tx).await?,
                None => None,
            };
            let (id, action) = match existing {
                Some(id) => {
                    sqlx::query("UPDATE proposals SET before_json = $1, after_json = $2, created_at = $3,
                         organisation_id = $4 WHERE id = $5")
                        .bind(&before).bind(&after).bind(now).bind(new.organisation_id).bind(id)
                        .execute(&mut *tx).await?;
                    (id, "proposal.update")
                }
                None => {
                    let id: i64 = sqlx::query_scalar(
                        "INSERT INTO proposals (place_id, organisation_id, author_id, status, before_json,
                         after_json, created_at) VALUES ($1, $2, $3, 'pending', $4, $5, $6) RETURNING id")
                        .bind(new.place_id).bind(new.organisation_id).bind(new.author_id)
                        .bind(&before).bind(&after).bind(now)
                        .fetch_one(&mut *tx).await?;
                    (id, "proposal.create")
                }
            };
            crate::audit!(&mut *tx, now, &NewAudit {
                user_id: Some(new.author_id),
                action,
                entity: "proposal",
                entity_id: Some(id),
                place_id: new.place_id,
                before: new.before.map(PlaceColumns::to_json),
                after: Some(new.after.to_json()),
                note: None,
            });
            id
        });
        Ok(id)
    }

    /// Proposals, pending first (oldest first: a queue), then the decided
    /// ones (newest first).
    pub async fn list_proposals(&self, f: &ProposalFilter) -> Result<Vec<Proposal>> {
        let limit = if f.limit <= 0 { 100 } else { f.limit.min(1000) };
        let status = f.status.map(ProposalStatus::code);
        let sql = format!(
            "{SELECT_PROPOSALS} WHERE ($1 IS NULL OR pr.status = $1) AND ($2 IS NULL OR pr.place_id = $2)
             ORDER BY CASE WHEN pr.status = 'pending' THEN 0 ELSE 1 END,
                 CASE WHEN pr.status = 'pending' THEN pr.created_at ELSE -pr.created_at END, pr.id"
        );
        let rows: Vec<ProposalRow> = run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(status).bind(f.place_id).fetch_all(p).await?);
        let mut out = Vec::new();
        for r in rows {
            if let Some(orgs) = &f.organisations
                && !orgs.contains(&r.organisation_id)
            {
                continue;
            }
            out.push(r.into_proposal()?);
            if out.len() as i64 >= limit {
                break;
            }
        }
        Ok(out)
    }

    pub async fn proposal(&self, id: i64) -> Result<Option<Proposal>> {
        let sql = format!("{SELECT_PROPOSALS} WHERE pr.id = $1");
        let row: Option<ProposalRow> = run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(id).fetch_optional(p).await?);
        row.map(ProposalRow::into_proposal).transpose()
    }

    /// Publishes a pending proposal: the place takes the proposed record (or
    /// is created), with `proposal.accept` and `place.update` (or
    /// `place.create`) audit entries, in one transaction. Refuses, writing
    /// nothing, when the place changed since the proposal was made.
    pub async fn accept_proposal(&self, id: i64, decider: i64, now: i64) -> Result<AcceptOutcome> {
        let note = format!("proposal #{id}");
        let outcome = crate::write_tx!(self, tx => {
            let row: Option<DecisionRow> = sqlx::query_as(
                "SELECT place_id, status, before_json, after_json, author_id FROM proposals WHERE id = $1")
                .bind(id).fetch_optional(&mut *tx).await?;
            match row {
                None => AcceptOutcome::NotFound,
                Some((_, status, _, _, _)) if status != "pending" => AcceptOutcome::NotPending,
                Some((place_id, _, before_json, after_json, author_id)) => {
                    let after = PlaceColumns::from_json(&after_json).ok_or_else(|| {
                        StoreError::Invalid(format!("proposal {id}: unreadable after_json"))
                    })?;
                    let audit = NewAudit {
                        user_id: Some(decider),
                        note: Some(&note),
                        ..Default::default()
                    };
                    let target = match place_id {
                        Some(pid) => {
                            let current: Option<StoredColumns> = sqlx::query_as(SELECT_RECORD)
                                .bind(pid).fetch_optional(&mut *tx).await?;
                            match current.map(PlaceColumns::from) {
                                None => Err(AcceptOutcome::PlaceGone),
                                Some(cur) if before_json.as_deref().and_then(PlaceColumns::from_json).as_ref() != Some(&cur) => {
                                    Err(AcceptOutcome::PlaceChanged)
                                }
                                Some(cur) => {
                                    let _: UpdateOutcome = write_update!(tx, now, pid, &cur, &after, audit.clone());
                                    Ok(pid)
                                }
                            }
                        }
                        None => Ok(write_create!(tx, now, &after, audit.clone())),
                    };
                    match target {
                        Err(refused) => refused,
                        Ok(pid) => {
                            sqlx::query("UPDATE proposals SET status = 'accepted', decided_by = $1,
                                 decided_at = $2, place_id = $3 WHERE id = $4")
                                .bind(decider).bind(now).bind(pid).bind(id)
                                .execute(&mut *tx).await?;
                            crate::audit!(&mut *tx, now, &NewAudit {
                                user_id: Some(decider),
                                action: "proposal.accept",
                                entity: "proposal",
                                entity_id: Some(id),
                                place_id: Some(pid),
                                before: None,
                                after: Some(serde_json::json!({"status": "accepted", "author_id": author_id})),
                                note: None,
                            });
                            AcceptOutcome::Accepted { place_id: pid }
                        }
                    }
                }
            }
        });
        Ok(outcome)
    }

    /// Rejects a pending proposal with a reason (`proposal.reject`); false
    /// when it is not pending (or does not exist).
    pub async fn reject_proposal(
        &self,
        id: i64,
        decider: i64,
        reason: &str,
        now: i64,
    ) -> Result<bool> {
        let done = crate::write_tx!(self, tx => {
            let place_id: Option<Option<i64>> = sqlx::query_scalar(
                "SELECT place_id FROM proposals WHERE id = $1 AND status = 'pending'")
                .bind(id).fetch_optional(&mut *tx).await?;
            match place_id {
                None => false,
                Some(place_id) => {
                    sqlx::query("UPDATE proposals SET status = 'rejected', decided_by = $1, decided_at = $2,
                         reason = $3 WHERE id = $4 AND status = 'pending'")
                        .bind(decider).bind(now).bind(reason).bind(id)
                        .execute(&mut *tx).await?;
                    crate::audit!(&mut *tx, now, &NewAudit {
                        user_id: Some(decider),
                        action: "proposal.reject",
                        entity: "proposal",
                        entity_id: Some(id),
                        place_id,
                        before: None,
                        after: Some(serde_json::json!({"status": "rejected"})),
                        note: Some(reason),
                    });
                    true
                }
            }
        });
        Ok(done)
    }
}
