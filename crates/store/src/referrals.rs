//! Referrals (orientation) from a referring structure to a place or a session
//! of an EPN, their history, and the personal data they hold: retention,
//! export and erasure (in [`person`]). The audit log never holds personal
//! fields (names, contacts, notes): only ids, states and steps.

pub mod demo;
pub mod person;

use domain::referral::{ContactWay, ReferralState, Side, Step, TransitionError, transition};

use crate::{Db, Engine, Result, StoreError, run, write_tx};

/// A referral to record. The person's fields are already checked.
#[derive(Debug, Clone)]
pub struct NewReferral {
    pub from_organisation_id: i64,
    pub created_by: i64,
    pub place_id: Option<i64>,
    pub session_id: Option<i64>,
    pub to_organisation_id: i64,
    /// A first name or a nickname.
    pub person_name: String,
    pub contact_way: ContactWay,
    /// The phone number or e-mail address (None through the referrer).
    pub contact_value: Option<String>,
    pub lang: String,
    pub needs: Vec<String>,
    pub needs_note: Option<String>,
    /// `{"answers": …, "profile": …}` of a diagnostic made with the person.
    pub diagnostic_json: Option<String>,
    pub share_diagnostic: bool,
    /// The consent text exactly as shown, and when it was agreed to.
    pub consent_text: String,
    pub consent_at: i64,
}

/// A referral as both sides read it (the web layer decides what each sees).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Referral {
    pub id: i64,
    pub state: ReferralState,
    pub from_organisation_id: i64,
    pub from_organisation: String,
    pub created_by: Option<i64>,
    pub place_id: Option<i64>,
    pub session_id: Option<i64>,
    pub to_organisation_id: i64,
    pub to_organisation: String,
    /// None once anonymised.
    pub person_name: Option<String>,
    pub contact_way: ContactWay,
    pub contact_value: Option<String>,
    pub lang: String,
    pub needs: Vec<String>,
    pub needs_note: Option<String>,
    pub diagnostic_json: Option<String>,
    pub share_diagnostic: bool,
    pub consent_text: String,
    pub consent_at: i64,
    pub refuse_reason: Option<String>,
    pub sent_at: i64,
    pub reminded_at: Option<i64>,
    pub ended_at: Option<i64>,
    pub anonymised_at: Option<i64>,
    pub updated_at: i64,
}

impl Referral {
    /// The diagnostic stored with the referral, if any (and not anonymised).
    pub fn diagnostic(&self) -> Option<serde_json::Value> {
        self.diagnostic_json
            .as_deref()
            .and_then(|s| serde_json::from_str(s).ok())
    }
}

const SELECT_REFERRAL: &str = "SELECT r.id, r.state, r.from_organisation_id,
    fo.name AS from_organisation, r.created_by, r.place_id, r.session_id, r.to_organisation_id,
    tg.name AS to_organisation, r.person_name, r.contact_way, r.contact_value, r.lang, r.needs,
    r.needs_note, r.diagnostic_json, r.share_diagnostic, r.consent_text, r.consent_at,
    r.refuse_reason, r.sent_at, r.reminded_at, r.ended_at, r.anonymised_at, r.updated_at
    FROM referrals r JOIN organisations fo ON fo.id = r.from_organisation_id
    JOIN organisations tg ON tg.id = r.to_organisation_id";

#[derive(sqlx::FromRow)]
struct ReferralRaw {
    id: i64,
    state: String,
    from_organisation_id: i64,
    from_organisation: String,
    created_by: Option<i64>,
    place_id: Option<i64>,
    session_id: Option<i64>,
    to_organisation_id: i64,
    to_organisation: String,
    person_name: Option<String>,
    contact_way: String,
    contact_value: Option<String>,
    lang: String,
    needs: String,
    needs_note: Option<String>,
    diagnostic_json: Option<String>,
    share_diagnostic: bool,
    consent_text: String,
    consent_at: i64,
    refuse_reason: Option<String>,
    sent_at: i64,
    reminded_at: Option<i64>,
    ended_at: Option<i64>,
    anonymised_at: Option<i64>,
    updated_at: i64,
}

impl TryFrom<ReferralRaw> for Referral {
    type Error = StoreError;
    fn try_from(r: ReferralRaw) -> Result<Referral> {
        let bad = |what: &str, v: &str| {
            StoreError::Invalid(format!("referral {}: unknown {what} {v:?}", r.id))
        };
        Ok(Referral {
            state: ReferralState::parse(&r.state).ok_or_else(|| bad("state", &r.state))?,
            contact_way: ContactWay::parse(&r.contact_way)
                .ok_or_else(|| bad("contact way", &r.contact_way))?,
            id: r.id,
            from_organisation_id: r.from_organisation_id,
            from_organisation: r.from_organisation,
            created_by: r.created_by,
            place_id: r.place_id,
            session_id: r.session_id,
            to_organisation_id: r.to_organisation_id,
            to_organisation: r.to_organisation,
            person_name: r.person_name,
            contact_value: r.contact_value,
            lang: r.lang,
            needs: r.needs.split_whitespace().map(str::to_owned).collect(),
            needs_note: r.needs_note,
            diagnostic_json: r.diagnostic_json,
            share_diagnostic: r.share_diagnostic,
            consent_text: r.consent_text,
            consent_at: r.consent_at,
            refuse_reason: r.refuse_reason,
            sent_at: r.sent_at,
            reminded_at: r.reminded_at,
            ended_at: r.ended_at,
            anonymised_at: r.anonymised_at,
            updated_at: r.updated_at,
        })
    }
}

fn referrals(rows: Vec<ReferralRaw>) -> Result<Vec<Referral>> {
    rows.into_iter().map(Referral::try_from).collect()
}

/// One line of a referral's history.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, sqlx::FromRow)]
pub struct ReferralEvent {
    pub id: i64,
    pub at: i64,
    pub user_id: Option<i64>,
    /// The account's name at reading time.
    pub user_name: Option<String>,
    pub side: String,
    pub step: String,
    pub state_after: String,
    /// None once anonymised.
    pub note: Option<String>,
}

/// Which referrals to list.
#[derive(Debug, Clone, Copy)]
pub enum Scope<'a> {
    /// Sent by these referring structures.
    From(&'a [i64]),
    /// Sent to these EPN organisations.
    To(&'a [i64]),
    /// Every one (the coordination).
    All,
}

/// Why a step was not taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StepRefused {
    NotFound,
    Transition(TransitionError),
}

fn lock_clause(engine: Engine) -> &'static str {
    match engine {
        Engine::Postgres => " FOR UPDATE",
        Engine::Sqlite => "",
    }
}

impl Db {
    /// Records a referral in the state `sent`, with the first line of its
    /// history and an audit entry (without the person's fields).
    pub async fn create_referral(&self, n: &NewReferral, now: i64) -> Result<i64> {
        let needs = n.needs.join(" ");
        let id = write_tx!(self, tx => {
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO referrals (state, from_organisation_id, created_by, place_id, session_id,
                 to_organisation_id, person_name, contact_way, contact_value, lang, needs, needs_note,
                 diagnostic_json, share_diagnostic, consent_text, consent_at, sent_at, created_at, updated_at)
                 VALUES ('sent', $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $16, $16)
                 RETURNING id")
                .bind(n.from_organisation_id).bind(n.created_by).bind(n.place_id).bind(n.session_id)
                .bind(n.to_organisation_id).bind(&n.person_name).bind(n.contact_way.code())
                .bind(&n.contact_value).bind(&n.lang).bind(&needs).bind(&n.needs_note)
                .bind(&n.diagnostic_json).bind(n.share_diagnostic).bind(&n.consent_text)
                .bind(n.consent_at).bind(now).fetch_one(&mut *tx).await?;
            sqlx::query("INSERT INTO referral_events (referral_id, at, user_id, side, step, state_after)
                         VALUES ($1, $2, $3, 'referrer', 'send', 'sent')")
                .bind(id).bind(now).bind(n.created_by).execute(&mut *tx).await?;
            crate::audit!(&mut *tx, now, &crate::audit::NewAudit {
                user_id: Some(n.created_by),
                action: "referral.create",
                entity: "referral",
                entity_id: Some(id),
                place_id: n.place_id,
                after: Some(serde_json::json!({"state": "sent", "from": n.from_organisation_id,
                    "to": n.to_organisation_id, "session": n.session_id, "needs": needs})),
                ..Default::default()
            });
            id
        });
        Ok(id)
    }

    pub async fn referral(&self, id: i64) -> Result<Option<Referral>> {
        let sql = format!("{SELECT_REFERRAL} WHERE r.id = $1");
        let row: Option<ReferralRaw> = run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(id).fetch_optional(p).await?);
        row.map(Referral::try_from).transpose()
    }

    /// Referrals of a scope, newest first.
    pub async fn list_referrals(&self, scope: Scope<'_>) -> Result<Vec<Referral>> {
        let (column, orgs): (&str, &[i64]) = match scope {
            Scope::From(o) => ("r.from_organisation_id", o),
            Scope::To(o) => ("r.to_organisation_id", o),
            Scope::All => {
                let sql = format!("{SELECT_REFERRAL} ORDER BY r.sent_at DESC, r.id DESC");
                let rows: Vec<ReferralRaw> =
                    run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql)).fetch_all(p).await?);
                return referrals(rows);
            }
        };
        let mut out = Vec::new();
        for org in orgs {
            let sql = format!("{SELECT_REFERRAL} WHERE {column} = $1");
            let rows: Vec<ReferralRaw> = run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql))
                .bind(org).fetch_all(p).await?);
            out.extend(referrals(rows)?);
        }
        out.sort_by_key(|r| (std::cmp::Reverse(r.sent_at), std::cmp::Reverse(r.id)));
        out.dedup_by_key(|r| r.id);
        Ok(out)
    }

    /// Referrals still waiting for an answer (state `sent`), oldest first.
    pub async fn unanswered_referrals(&self) -> Result<Vec<Referral>> {
        let sql = format!("{SELECT_REFERRAL} WHERE r.state = 'sent' ORDER BY r.sent_at, r.id");
        let rows: Vec<ReferralRaw> =
            run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql)).fetch_all(p).await?);
        referrals(rows)
    }

    /// The history of a referral, oldest first.
    pub async fn referral_events(&self, referral_id: i64) -> Result<Vec<ReferralEvent>> {
        Ok(run!(self, p => sqlx::query_as(
            "SELECT e.id, e.at, e.user_id, u.name AS user_name, e.side, e.step, e.state_after, e.note
             FROM referral_events e LEFT JOIN users u ON u.id = e.user_id
             WHERE e.referral_id = $1 ORDER BY e.at, e.id")
            .bind(referral_id).fetch_all(p).await?))
    }

    /// Takes a step of the procedure: checks it against the current state
    /// (read under lock), then changes the state, writes the history and
    /// the audit entry in one transaction.
    pub async fn take_referral_step(
        &self,
        id: i64,
        step: &Step,
        side: Side,
        user_id: Option<i64>,
        now: i64,
    ) -> Result<std::result::Result<ReferralState, StepRefused>> {
        let lock = format!(
            "SELECT state FROM referrals WHERE id = $1{}",
            lock_clause(self.engine())
        );
        let note = (!step.note.is_empty()).then_some(step.note.as_str());
        let out = write_tx!(self, tx => {
            let state: Option<String> = sqlx::query_scalar(sqlx::AssertSqlSafe(lock.clone()))
                .bind(id).fetch_optional(&mut *tx).await?;
            match state.as_deref().and_then(ReferralState::parse) {
                None => Err(StepRefused::NotFound),
                Some(from) => match transition(from, step, side) {
                    Err(e) => Err(StepRefused::Transition(e)),
                    Ok(to) => {
                        let refusal = (step.kind == domain::referral::StepKind::Refuse).then_some(note).flatten();
                        sqlx::query(
                            "UPDATE referrals SET state = $1, updated_at = $2,
                             refuse_reason = COALESCE($3, refuse_reason),
                             ended_at = CASE WHEN $4 THEN $2 ELSE ended_at END WHERE id = $5")
                            .bind(to.code()).bind(now).bind(refusal).bind(to.is_final()).bind(id)
                            .execute(&mut *tx).await?;
                        sqlx::query("INSERT INTO referral_events (referral_id, at, user_id, side, step, state_after, note)
                                     VALUES ($1, $2, $3, $4, $5, $6, $7)")
                            .bind(id).bind(now).bind(user_id).bind(side.code()).bind(step.kind.code())
                            .bind(to.code()).bind(note).execute(&mut *tx).await?;
                        crate::audit!(&mut *tx, now, &crate::audit::NewAudit {
                            user_id,
                            action: "referral.step",
                            entity: "referral",
                            entity_id: Some(id),
                            before: Some(serde_json::json!({"state": from.code()})),
                            after: Some(serde_json::json!({"state": to.code(), "step": step.kind.code(),
                                "side": side.code()})),
                            ..Default::default()
                        });
                        Ok(to)
                    }
                },
            }
        });
        Ok(out)
    }

    /// Records that the receiving EPN was reminded of an unanswered referral.
    pub async fn mark_referral_reminded(&self, id: i64, now: i64) -> Result<()> {
        write_tx!(self, tx => {
            sqlx::query("UPDATE referrals SET reminded_at = $1 WHERE id = $2")
                .bind(now).bind(id).execute(&mut *tx).await?;
            sqlx::query("INSERT INTO referral_events (referral_id, at, side, step, state_after)
                         VALUES ($1, $2, 'system', 'remind', 'sent')")
                .bind(id).bind(now).execute(&mut *tx).await?;
        });
        Ok(())
    }

    /// How many referrals are in each state (anonymised ones included), for statistics.
    pub async fn referral_counts(&self) -> Result<Vec<(String, i64)>> {
        Ok(run!(self, p => sqlx::query_as(
            "SELECT state, COUNT(*) FROM referrals GROUP BY state ORDER BY state")
            .fetch_all(p).await?))
    }

    /// How many of the referrals made in [`from`, `to`) are in each state
    /// now (anonymised ones included), for the annual report.
    pub async fn referral_counts_between(&self, from: i64, to: i64) -> Result<Vec<(String, i64)>> {
        Ok(run!(self, p => sqlx::query_as(
            "SELECT state, COUNT(*) FROM referrals WHERE created_at >= $1 AND created_at < $2
             GROUP BY state ORDER BY state")
            .bind(from).bind(to).fetch_all(p).await?))
    }

    /// The e-mail addresses of the active EPN managers of an organisation.
    pub async fn organisation_manager_emails(&self, organisation_id: i64) -> Result<Vec<String>> {
        Ok(run!(self, p => sqlx::query_scalar(
            "SELECT u.email FROM users u JOIN user_organisations uo ON uo.user_id = u.id
             WHERE uo.organisation_id = $1 AND u.role = 'epn_manager' AND u.active = TRUE
             ORDER BY u.email")
            .bind(organisation_id).fetch_all(p).await?))
    }

    /// Writes `person.view` (or another access action) to the audit log: an
    /// account of another structure than the referring one read a person's record.
    pub async fn log_person_access(
        &self,
        action: &str,
        user_id: i64,
        referral_id: Option<i64>,
        booking_id: Option<i64>,
        now: i64,
    ) -> Result<()> {
        let (entity, id) = match (referral_id, booking_id) {
            (Some(r), _) => ("referral", r),
            (None, Some(b)) => ("booking", b),
            (None, None) => return Ok(()),
        };
        self.audit(
            &crate::audit::NewAudit {
                user_id: Some(user_id),
                action,
                entity,
                entity_id: Some(id),
                ..Default::default()
            },
            now,
        )
        .await
    }
}
