//! The plan's deliverables and approved versions (migration 0017). The plan
//! itself is a file of the region (`domain::plan`); the rules of each field
//! are in `domain::deliverable`, the snapshot and the differences between
//! versions in `domain::plan_version`.

use domain::deliverable::{Evidence, NewDeliverable, Quarter, Status};
use domain::plan_version::Snapshot;
use serde::Serialize;

use crate::audit::NewAudit;
use crate::{Db, Result, StoreError, run, write_tx};

/// A stored deliverable.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Deliverable {
    pub id: i64,
    pub plan: String,
    pub deliverable: NewDeliverable,
    pub created_at: i64,
    pub updated_at: i64,
    /// The e-mail of the account that changed it last, when known.
    pub updated_by_email: Option<String>,
}

/// One status a deliverable took.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DeliverableEvent {
    pub status: Status,
    pub evidence: Option<String>,
    pub note: Option<String>,
    pub user_email: Option<String>,
    pub at: i64,
}

/// Which deliverables to list (in due order, then measure, then id).
#[derive(Debug, Clone, Default)]
pub struct DeliverableFilter {
    pub measure: Option<u32>,
    pub status: Option<Status>,
    pub year: Option<i32>,
}

/// Whether a version waits for the committee, or what it decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    Pending,
    Approved,
    Returned,
}

impl Decision {
    pub fn code(self) -> &'static str {
        match self {
            Decision::Pending => "pending",
            Decision::Approved => "approved",
            Decision::Returned => "returned",
        }
    }
}

/// A version of the plan submitted to the steering committee.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlanVersion {
    pub id: i64,
    pub plan: String,
    /// 1, 2, 3… per plan.
    pub number: i64,
    pub note: Option<String>,
    pub submitted_by_email: Option<String>,
    pub submitted_at: i64,
    pub decision: Decision,
    pub decision_note: Option<String>,
    pub decided_by_email: Option<String>,
    pub decided_at: Option<i64>,
}

/// Why a version could not be submitted or decided.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VersionRefusal {
    /// Another version of the plan waits for the committee (its number).
    AlreadyPending(i64),
    /// Nothing changed since the last approved version.
    NothingChanged,
    /// The version was already decided.
    AlreadyDecided,
    /// No such version.
    Unknown,
}

#[derive(sqlx::FromRow)]
struct RawDeliverable {
    id: i64,
    plan: String,
    measure: i32,
    what: String,
    lang: String,
    owner: Option<String>,
    due_year: i32,
    due_quarter: i32,
    status: String,
    evidence: Option<String>,
    note: Option<String>,
    created_at: i64,
    updated_at: i64,
    email: Option<String>,
}

const SELECT_DELIVERABLE: &str = "SELECT d.id, d.plan, d.measure, d.what, d.lang, d.owner,
    d.due_year, d.due_quarter, d.status, d.evidence, d.note, d.created_at, d.updated_at, u.email
    FROM plan_deliverables d LEFT JOIN users u ON u.id = d.updated_by";

fn status_of(code: &str) -> Result<Status> {
    Status::parse(code).ok_or_else(|| Db::invalid(format!("unknown deliverable status {code:?}")))
}

fn evidence_of(s: Option<String>) -> Option<Evidence> {
    s.and_then(|s| Evidence::parse(&s).ok())
}

fn assemble(r: RawDeliverable) -> Result<Deliverable> {
    Ok(Deliverable {
        id: r.id,
        plan: r.plan,
        deliverable: NewDeliverable {
            measure: r.measure as u32,
            what: r.what,
            lang: r.lang,
            owner: r.owner,
            due: Quarter::new(r.due_year, r.due_quarter as u8)
                .ok_or_else(|| Db::invalid(format!("deliverable {}: bad quarter", r.id)))?,
            status: status_of(&r.status)?,
            evidence: evidence_of(r.evidence),
            note: r.note,
        },
        created_at: r.created_at,
        updated_at: r.updated_at,
        updated_by_email: r.email,
    })
}

#[derive(sqlx::FromRow)]
struct RawVersion {
    id: i64,
    plan: String,
    number: i64,
    note: Option<String>,
    submitted_by: Option<String>,
    submitted_at: i64,
    decision: Option<String>,
    decision_note: Option<String>,
    decided_by: Option<String>,
    decided_at: Option<i64>,
}

const SELECT_VERSION: &str = "SELECT v.id, v.plan, CAST(v.number AS BIGINT) AS number, v.note,
    s.email AS submitted_by, v.submitted_at, v.decision, v.decision_note, d.email AS decided_by,
    v.decided_at
    FROM plan_versions v LEFT JOIN users s ON s.id = v.submitted_by
    LEFT JOIN users d ON d.id = v.decided_by";

fn version_of(r: RawVersion) -> PlanVersion {
    PlanVersion {
        id: r.id,
        plan: r.plan,
        number: r.number,
        note: r.note,
        submitted_by_email: r.submitted_by,
        submitted_at: r.submitted_at,
        decision: match r.decision.as_deref() {
            Some("approved") => Decision::Approved,
            Some("returned") => Decision::Returned,
            _ => Decision::Pending,
        },
        decision_note: r.decision_note,
        decided_by_email: r.decided_by,
        decided_at: r.decided_at,
    }
}

fn evidence_text(d: &NewDeliverable) -> Option<String> {
    d.evidence.as_ref().map(|e| e.as_str().to_string())
}

impl Db {
    /// Adds a deliverable (checked by `domain::deliverable`), with its first
    /// status event and an audit entry. Returns its id.
    pub async fn add_deliverable(
        &self,
        plan: &str,
        d: &NewDeliverable,
        actor: Option<i64>,
        now: i64,
    ) -> Result<i64> {
        let id = write_tx!(self, tx => {
            let id: i64 = sqlx::query_scalar("INSERT INTO plan_deliverables (plan, measure, what,
                lang, owner, due_year, due_quarter, status, evidence, note, created_by, created_at,
                updated_by, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12,
                $11, $12) RETURNING id")
                .bind(plan).bind(d.measure as i32).bind(&d.what).bind(&d.lang).bind(&d.owner)
                .bind(d.due.year).bind(i32::from(d.due.quarter)).bind(d.status.code())
                .bind(evidence_text(d)).bind(&d.note).bind(actor).bind(now)
                .fetch_one(&mut *tx).await?;
            sqlx::query("INSERT INTO plan_deliverable_events (deliverable_id, status, evidence,
                note, user_id, at) VALUES ($1, $2, $3, $4, $5, $6)")
                .bind(id).bind(d.status.code()).bind(evidence_text(d)).bind(None::<String>)
                .bind(actor).bind(now)
                .execute(&mut *tx).await?;
            crate::audit!(&mut *tx, now, &NewAudit {
                user_id: actor,
                action: "plan.deliverable.add",
                entity: "plan_deliverable",
                entity_id: Some(id),
                after: Some(serde_json::json!(d)),
                ..Default::default()
            });
            id
        });
        Ok(id)
    }

    /// Replaces a deliverable's fields. A change of status (or of its
    /// evidence) is recorded as an event with `why`. Audited with before
    /// and after. Returns false when there is no such deliverable.
    pub async fn update_deliverable(
        &self,
        id: i64,
        d: &NewDeliverable,
        why: Option<&str>,
        actor: Option<i64>,
        now: i64,
    ) -> Result<bool> {
        let find = format!("{SELECT_DELIVERABLE} WHERE d.id = $1");
        let found = write_tx!(self, tx => {
            let raw: Option<RawDeliverable> = sqlx::query_as(sqlx::AssertSqlSafe(find.clone()))
                .bind(id).fetch_optional(&mut *tx).await?;
            match raw.map(assemble).transpose()? {
                None => false,
                Some(before) => {
                    sqlx::query("UPDATE plan_deliverables SET measure = $1, what = $2, lang = $3,
                        owner = $4, due_year = $5, due_quarter = $6, status = $7, evidence = $8,
                        note = $9, updated_by = $10, updated_at = $11 WHERE id = $12")
                        .bind(d.measure as i32).bind(&d.what).bind(&d.lang).bind(&d.owner)
                        .bind(d.due.year).bind(i32::from(d.due.quarter)).bind(d.status.code())
                        .bind(evidence_text(d)).bind(&d.note).bind(actor).bind(now).bind(id)
                        .execute(&mut *tx).await?;
                    let b = &before.deliverable;
                    if b.status != d.status || b.evidence != d.evidence {
                        sqlx::query("INSERT INTO plan_deliverable_events (deliverable_id, status,
                            evidence, note, user_id, at) VALUES ($1, $2, $3, $4, $5, $6)")
                            .bind(id).bind(d.status.code()).bind(evidence_text(d))
                            .bind(why.map(str::trim).filter(|w| !w.is_empty()))
                            .bind(actor).bind(now)
                            .execute(&mut *tx).await?;
                    }
                    crate::audit!(&mut *tx, now, &NewAudit {
                        user_id: actor,
                        action: "plan.deliverable.update",
                        entity: "plan_deliverable",
                        entity_id: Some(id),
                        before: Some(serde_json::json!(b)),
                        after: Some(serde_json::json!(d)),
                        note: why,
                        ..Default::default()
                    });
                    true
                }
            }
        });
        Ok(found)
    }

    /// One deliverable.
    pub async fn deliverable(&self, id: i64) -> Result<Option<Deliverable>> {
        let sql = format!("{SELECT_DELIVERABLE} WHERE d.id = $1");
        let raw: Option<RawDeliverable> = run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(id).fetch_optional(p).await?);
        raw.map(assemble).transpose()
    }

    /// The deliverables of a plan, by due quarter, measure and id.
    pub async fn deliverables(
        &self,
        plan: &str,
        f: &DeliverableFilter,
    ) -> Result<Vec<Deliverable>> {
        let mut wh = vec!["d.plan = $1".to_string()];
        let mut n = 1;
        let mut next = || {
            n += 1;
            format!("${n}")
        };
        if f.measure.is_some() {
            wh.push(format!("d.measure = {}", next()));
        }
        if f.status.is_some() {
            wh.push(format!("d.status = {}", next()));
        }
        if f.year.is_some() {
            wh.push(format!("d.due_year = {}", next()));
        }
        let sql = format!(
            "{SELECT_DELIVERABLE} WHERE {} ORDER BY d.due_year, d.due_quarter, d.measure, d.id",
            wh.join(" AND ")
        );
        let raws: Vec<RawDeliverable> = run!(self, p => {
            let mut q = sqlx::query_as(sqlx::AssertSqlSafe(sql.clone())).bind(plan);
            if let Some(m) = f.measure {
                q = q.bind(m as i32);
            }
            if let Some(s) = f.status {
                q = q.bind(s.code());
            }
            if let Some(y) = f.year {
                q = q.bind(y);
            }
            q.fetch_all(p).await?
        });
        raws.into_iter().map(assemble).collect()
    }

    /// The statuses a deliverable took, oldest first.
    pub async fn deliverable_events(&self, id: i64) -> Result<Vec<DeliverableEvent>> {
        type Raw = (String, Option<String>, Option<String>, Option<String>, i64);
        let raws: Vec<Raw> = run!(self, p => sqlx::query_as(
            "SELECT e.status, e.evidence, e.note, u.email, e.at FROM plan_deliverable_events e
             LEFT JOIN users u ON u.id = e.user_id WHERE e.deliverable_id = $1 ORDER BY e.id")
            .bind(id).fetch_all(p).await?);
        raws.into_iter()
            .map(|r| {
                Ok(DeliverableEvent {
                    status: status_of(&r.0)?,
                    evidence: r.1,
                    note: r.2,
                    user_email: r.3,
                    at: r.4,
                })
            })
            .collect()
    }

    /// The plan and its deliverables now, as a version would keep them.
    pub async fn plan_snapshot(&self, plan: &domain::plan::Plan) -> Result<Snapshot> {
        let all = self
            .deliverables(&plan.code, &DeliverableFilter::default())
            .await?;
        Ok(Snapshot::new(
            plan,
            all.into_iter().map(|d| (d.id, d.deliverable)),
        ))
    }

    /// Submits the plan as it is now to the steering committee: a new
    /// version holding its snapshot. Refused while another version waits,
    /// or when nothing changed since the last approved version.
    pub async fn submit_plan_version(
        &self,
        plan: &domain::plan::Plan,
        note: Option<&str>,
        actor: Option<i64>,
        now: i64,
    ) -> Result<std::result::Result<i64, VersionRefusal>> {
        let snapshot = self.plan_snapshot(plan).await?;
        let json = snapshot.to_json();
        let note = note.map(str::trim).filter(|n| !n.is_empty());
        let code = plan.code.clone();
        let out = write_tx!(self, tx => {
            let pending: Option<i64> = sqlx::query_scalar(
                "SELECT CAST(number AS BIGINT) FROM plan_versions WHERE plan = $1 AND decision IS NULL")
                .bind(&code).fetch_optional(&mut *tx).await?;
            let last_approved: Option<String> = sqlx::query_scalar(
                "SELECT snapshot FROM plan_versions WHERE plan = $1 AND decision = 'approved'
                 ORDER BY number DESC LIMIT 1")
                .bind(&code).fetch_optional(&mut *tx).await?;
            if let Some(n) = pending {
                Err(VersionRefusal::AlreadyPending(n))
            } else if last_approved.as_deref() == Some(json.as_str()) {
                Err(VersionRefusal::NothingChanged)
            } else {
                let number: i64 = sqlx::query_scalar(
                    "SELECT CAST(COALESCE(MAX(number), 0) + 1 AS BIGINT) FROM plan_versions WHERE plan = $1")
                    .bind(&code).fetch_one(&mut *tx).await?;
                let id: i64 = sqlx::query_scalar("INSERT INTO plan_versions (plan, number, snapshot,
                    note, submitted_by, submitted_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id")
                    .bind(&code).bind(number).bind(&json).bind(note).bind(actor).bind(now)
                    .fetch_one(&mut *tx).await?;
                crate::audit!(&mut *tx, now, &NewAudit {
                    user_id: actor,
                    action: "plan.version.submit",
                    entity: "plan_version",
                    entity_id: Some(id),
                    after: Some(serde_json::json!({ "plan": code, "number": number })),
                    note,
                    ..Default::default()
                });
                Ok(id)
            }
        });
        Ok(out)
    }

    /// The committee's decision on a waiting version: approved, or returned
    /// to the coordination with `note` saying why.
    pub async fn decide_plan_version(
        &self,
        id: i64,
        approve: bool,
        note: Option<&str>,
        actor: Option<i64>,
        now: i64,
    ) -> Result<std::result::Result<(), VersionRefusal>> {
        let note = note.map(str::trim).filter(|n| !n.is_empty());
        let decision = if approve { "approved" } else { "returned" };
        let out = write_tx!(self, tx => {
            let current: Option<Option<String>> = sqlx::query_scalar(
                "SELECT decision FROM plan_versions WHERE id = $1")
                .bind(id).fetch_optional(&mut *tx).await?;
            match current {
                None => Err(VersionRefusal::Unknown),
                Some(Some(_)) => Err(VersionRefusal::AlreadyDecided),
                Some(None) => {
                    sqlx::query("UPDATE plan_versions SET decision = $1, decision_note = $2,
                        decided_by = $3, decided_at = $4 WHERE id = $5 AND decision IS NULL")
                        .bind(decision).bind(note).bind(actor).bind(now).bind(id)
                        .execute(&mut *tx).await?;
                    crate::audit!(&mut *tx, now, &NewAudit {
                        user_id: actor,
                        action: if approve { "plan.version.approve" } else { "plan.version.return" },
                        entity: "plan_version",
                        entity_id: Some(id),
                        after: Some(serde_json::json!({ "decision": decision })),
                        note,
                        ..Default::default()
                    });
                    Ok(())
                }
            }
        });
        Ok(out)
    }

    /// The versions of a plan, newest first.
    pub async fn plan_versions(&self, plan: &str) -> Result<Vec<PlanVersion>> {
        let sql = format!("{SELECT_VERSION} WHERE v.plan = $1 ORDER BY v.number DESC");
        let raws: Vec<RawVersion> = run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(plan).fetch_all(p).await?);
        Ok(raws.into_iter().map(version_of).collect())
    }

    /// One version and its snapshot.
    pub async fn plan_version(&self, id: i64) -> Result<Option<(PlanVersion, Snapshot)>> {
        let sql = format!("{SELECT_VERSION} WHERE v.id = $1");
        let raw: Option<RawVersion> = run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(id).fetch_optional(p).await?);
        let Some(raw) = raw else {
            return Ok(None);
        };
        let json: String = run!(self, p => sqlx::query_scalar("SELECT snapshot FROM plan_versions WHERE id = $1")
            .bind(id).fetch_one(p).await?);
        let snapshot = Snapshot::from_json(&json)
            .map_err(|e| StoreError::Invalid(format!("plan version {id}: {e}")))?;
        Ok(Some((version_of(raw), snapshot)))
    }

    /// The last approved version of a plan before version number `before`
    /// (or the last of all), with its snapshot.
    pub async fn last_approved_plan_version(
        &self,
        plan: &str,
        before: Option<i64>,
    ) -> Result<Option<(PlanVersion, Snapshot)>> {
        let id: Option<i64> = run!(self, p => sqlx::query_scalar(
            "SELECT id FROM plan_versions WHERE plan = $1 AND decision = 'approved' AND number < $2
             ORDER BY number DESC LIMIT 1")
            .bind(plan).bind(before.unwrap_or(i64::MAX)).fetch_optional(p).await?);
        match id {
            Some(id) => self.plan_version(id).await,
            None => Ok(None),
        }
    }
}

/// The demo's deliverables (`data/demo/plan-deliverables.toml`): the 2021
/// report's deliverables of each measure, with their status at the end of
/// 2021, one version approved by the steering committee, and the changes
/// made since.
pub mod demo {
    use domain::deliverable::{NewDeliverable, RawDeliverable};
    use domain::plan::Plan;
    use serde::Deserialize;

    use crate::{Db, Result, StoreError};

    pub const DELIVERABLES: &str = include_str!("../../../data/demo/plan-deliverables.toml");

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct File {
        plan: String,
        deliverable: Vec<RawDeliverable>,
        /// The deliverables as they are after the approved version: by
        /// position (1-based) in `deliverable`, the fields that changed.
        #[serde(default)]
        since_approved: Vec<Later>,
        approved_note: String,
        approval_note: String,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Later {
        deliverable: usize,
        status: Option<String>,
        evidence: Option<String>,
        due: Option<String>,
        why: String,
    }

    /// The demo file, checked against the plan.
    pub struct DemoDeliverables {
        pub plan: String,
        pub deliverables: Vec<NewDeliverable>,
        /// (index in `deliverables`, the deliverable after, why).
        pub later: Vec<(usize, NewDeliverable, String)>,
        pub submitted_note: String,
        pub approval_note: String,
    }

    impl DemoDeliverables {
        pub fn parse(src: &str, plan: &Plan) -> std::result::Result<DemoDeliverables, String> {
            let f: File = toml::from_str(src).map_err(|e| e.to_string())?;
            let langs = ["fr", "nl", "en", "ar"];
            let mut deliverables = Vec::new();
            for (i, d) in f.deliverable.iter().enumerate() {
                deliverables.push(
                    d.check(plan, &langs)
                        .map_err(|e| format!("deliverable {}: {e:?}", i + 1))?,
                );
            }
            let mut later = Vec::new();
            for l in f.since_approved {
                let Some(raw) = f.deliverable.get(l.deliverable.wrapping_sub(1)) else {
                    return Err(format!("since_approved: no deliverable {}", l.deliverable));
                };
                let mut raw = raw.clone();
                if let Some(s) = l.status {
                    raw.status = s;
                }
                if let Some(e) = l.evidence {
                    raw.evidence = e;
                }
                if let Some(d) = l.due {
                    raw.due = d;
                }
                let d = raw
                    .check(plan, &langs)
                    .map_err(|e| format!("since_approved {}: {e:?}", l.deliverable))?;
                later.push((l.deliverable - 1, d, l.why));
            }
            Ok(DemoDeliverables {
                plan: f.plan,
                deliverables,
                later,
                submitted_note: f.approved_note,
                approval_note: f.approval_note,
            })
        }

        pub fn brussels() -> DemoDeliverables {
            let plan = domain::plan::shipped("brussels").expect("the Brussels plan is shipped");
            DemoDeliverables::parse(DELIVERABLES, plan).expect("the demo deliverables are valid")
        }
    }

    impl Db {
        /// Loads the deliverables, has the coordination account (when it
        /// exists) submit the plan and the committee account approve it,
        /// then makes the later changes — so that the demo shows an approved
        /// version and what changed since.
        pub async fn load_demo_deliverables(
            &self,
            demo: &DemoDeliverables,
            plan: &Plan,
            now: i64,
        ) -> Result<()> {
            let user = |email: &'static str| async move {
                let id: Option<i64> = crate::run!(self, p => sqlx::query_scalar(
                    "SELECT id FROM users WHERE email = $1").bind(email).fetch_optional(p).await?);
                Ok::<_, StoreError>(id)
            };
            let coordination = user("coordination@demo.passerelle.test").await?;
            let committee = user("committee@demo.passerelle.test").await?;
            let day = 86_400;
            let approved_at = now - 30 * day;
            let mut ids = Vec::new();
            for d in &demo.deliverables {
                ids.push(
                    self.add_deliverable(&demo.plan, d, coordination, approved_at - 2 * day)
                        .await?,
                );
            }
            let id = self
                .submit_plan_version(
                    plan,
                    Some(&demo.submitted_note),
                    coordination,
                    approved_at - day,
                )
                .await?
                .map_err(|r| StoreError::Invalid(format!("demo plan version: {r:?}")))?;
            self.decide_plan_version(id, true, Some(&demo.approval_note), committee, approved_at)
                .await?
                .map_err(|r| StoreError::Invalid(format!("demo plan approval: {r:?}")))?;
            for (i, (index, d, why)) in demo.later.iter().enumerate() {
                self.update_deliverable(
                    ids[*index],
                    d,
                    Some(why),
                    coordination,
                    approved_at + (i as i64 + 1) * day,
                )
                .await?;
            }
            Ok(())
        }
    }
}
