//! Writing the label procedure: drafts, every step (checked by the domain's
//! transition rules), the directory's label status that follows a decision,
//! and yearly confirmations. Each write is one transaction with its audit entry.

use domain::label::{Body, LabelState, Step, TransitionError, transition};
use serde_json::json;

use super::LabelFacts;
use crate::audit::NewAudit;
use crate::editing::{SELECT_RECORD, write_update};
use crate::places::StoredColumns;
use crate::{Db, Result, write_tx};

/// Why a draft cannot be opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DraftError {
    NoPlace,
    /// This place does not belong to the organisation.
    NotInOrganisation(i64),
    /// This place already has an application being decided, or a granted label.
    Busy {
        place_id: i64,
        application_id: i64,
    },
}

/// What a step did.
#[derive(Debug, Clone, PartialEq)]
pub enum StepOutcome {
    Done {
        from: LabelState,
        to: LabelState,
        /// Places whose directory label status changed.
        places_changed: Vec<i64>,
    },
    Refused(TransitionError),
    /// Submitting needs every answer and the charter accepted.
    Incomplete(Vec<&'static str>),
    NotFound,
}

/// The directory's label status a place gets after `to`, from `current`
/// (None: unchanged). `other_granted`: another granted label names the place.
pub fn status_after(to: LabelState, current: &str, other_granted: bool) -> Option<&'static str> {
    let next = match to {
        LabelState::Granted => "labelled",
        LabelState::Withdrawn if !other_granted => "withdrawn",
        LabelState::Refused if current != "labelled" => "refused",
        _ => return None,
    };
    (next != current).then_some(next)
}

/// The details a step records, as event columns.
struct EventColumns<'a> {
    date: Option<String>,
    favourable: Option<bool>,
    reasons: Option<&'a str>,
    notes: Option<&'a str>,
    body: Option<&'static str>,
}

fn columns(step: &Step, by: Body) -> EventColumns<'_> {
    let mut c = EventColumns {
        date: None,
        favourable: None,
        reasons: None,
        notes: None,
        body: Some(by.code()),
    };
    match step {
        Step::Submit | Step::StartExamination => {}
        Step::RecordVisit { date, notes } => {
            c.date = Some(date.to_string());
            c.notes = Some(notes);
        }
        Step::Recommend {
            favourable,
            reasons,
        } => {
            c.favourable = Some(*favourable);
            c.reasons = Some(reasons);
        }
        Step::Advise {
            favourable,
            meeting_date,
            notes,
        } => {
            c.favourable = Some(*favourable);
            c.date = Some(meeting_date.to_string());
            c.notes = Some(notes);
        }
        Step::Decide {
            granted,
            date,
            reasons,
        } => {
            c.favourable = Some(*granted);
            c.date = Some(date.to_string());
            c.reasons = Some(reasons);
        }
        Step::Withdraw { date, reason, body } => {
            c.date = Some(date.to_string());
            c.reasons = Some(reason);
            c.body = Some(body.code());
        }
    }
    c.notes = c.notes.filter(|n| !n.trim().is_empty());
    c
}

impl Db {
    /// Opens a draft for `places` of `organisation_id`, prefilled with `facts`.
    pub async fn create_label_draft(
        &self,
        organisation_id: i64,
        places: &[i64],
        facts: &LabelFacts,
        user_id: Option<i64>,
        now: i64,
    ) -> Result<Result<i64, DraftError>> {
        if places.is_empty() {
            return Ok(Err(DraftError::NoPlace));
        }
        let out = write_tx!(self, tx => {
            let mut problem = None;
            for place in places {
                let org: Option<i64> = sqlx::query_scalar("SELECT organisation_id FROM places WHERE id = $1")
                    .bind(place).fetch_optional(&mut *tx).await?;
                if org != Some(organisation_id) {
                    problem = Some(DraftError::NotInOrganisation(*place));
                    break;
                }
                let busy: Option<i64> = sqlx::query_scalar(
                    "SELECT a.id FROM label_applications a JOIN label_application_places ap ON ap.application_id = a.id
                     WHERE ap.place_id = $1 AND a.state NOT IN ('refused', 'withdrawn') ORDER BY a.id LIMIT 1")
                    .bind(place).fetch_optional(&mut *tx).await?;
                if let Some(application_id) = busy {
                    problem = Some(DraftError::Busy { place_id: *place, application_id });
                    break;
                }
            }
            match problem {
                Some(p) => Err(p),
                None => {
                    let id: i64 = sqlx::query_scalar(
                        "INSERT INTO label_applications (organisation_id, state, computers, opening_hours,
                            training_minutes, free_access_minutes, open_to_all_adults, basic_price, publics,
                            activities, created_by, created_at, updated_at)
                         VALUES ($1, 'draft', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11) RETURNING id")
                        .bind(organisation_id).bind(facts.computers).bind(&facts.opening_hours)
                        .bind(facts.training_minutes).bind(facts.free_access_minutes)
                        .bind(facts.open_to_all_adults).bind(&facts.basic_price)
                        .bind(facts.publics.join(" ")).bind(&facts.activities).bind(user_id).bind(now)
                        .fetch_one(&mut *tx).await?;
                    for place in places {
                        sqlx::query("INSERT INTO label_application_places (application_id, place_id) VALUES ($1, $2)")
                            .bind(id).bind(place).execute(&mut *tx).await?;
                    }
                    crate::audit!(&mut *tx, now, &NewAudit {
                        user_id,
                        action: "label.draft",
                        entity: "label_application",
                        entity_id: Some(id),
                        place_id: places.first().copied(),
                        after: Some(json!({ "state": "draft", "places": places, "facts": facts })),
                        ..Default::default()
                    });
                    Ok(id)
                }
            }
        });
        Ok(out)
    }

    /// Saves the answers of a draft and the charter version accepted (None:
    /// not accepted). False when the application is not a draft (any more).
    pub async fn save_label_draft(
        &self,
        id: i64,
        facts: &LabelFacts,
        charter_version: Option<&str>,
        now: i64,
    ) -> Result<bool> {
        let n = crate::run!(self, p => sqlx::query(
            "UPDATE label_applications SET computers = $1, opening_hours = $2, training_minutes = $3,
                free_access_minutes = $4, open_to_all_adults = $5, basic_price = $6, publics = $7,
                activities = $8,
                charter_accepted_at = CASE WHEN $9 IS NULL THEN NULL
                    WHEN charter_version = $9 THEN charter_accepted_at ELSE $10 END,
                charter_version = $9, updated_at = $10
             WHERE id = $11 AND state = 'draft'")
            .bind(facts.computers).bind(&facts.opening_hours).bind(facts.training_minutes)
            .bind(facts.free_access_minutes).bind(facts.open_to_all_adults).bind(&facts.basic_price)
            .bind(facts.publics.join(" ")).bind(&facts.activities).bind(charter_version).bind(now)
            .bind(id).execute(p).await?.rows_affected());
        Ok(n == 1)
    }

    /// Takes `step` on application `id` as `by`, recorded for `user_id`.
    /// A decision or withdrawal sets the label status of the application's
    /// places in the same transaction, each with its audit entry.
    pub async fn take_label_step(
        &self,
        id: i64,
        step: &Step,
        by: Body,
        user_id: Option<i64>,
        now: i64,
    ) -> Result<StepOutcome> {
        let cols = columns(step, by);
        let out = write_tx!(self, tx => {
            let row: Option<(String, Option<String>)> = sqlx::query_as(
                "SELECT state, charter_version FROM label_applications WHERE id = $1")
                .bind(id).fetch_optional(&mut *tx).await?;
            match row {
                None => StepOutcome::NotFound,
                Some((state, charter)) => {
                    let from = LabelState::parse(&state).unwrap_or(LabelState::Draft);
                    let mut missing = Vec::new();
                    if matches!(step, Step::Submit) {
                        let facts: super::AppFactsRow = sqlx::query_as(super::SELECT_FACTS)
                            .bind(id).fetch_one(&mut *tx).await?;
                        missing = LabelFacts::from(facts).missing();
                        if charter.is_none() {
                            missing.push("charter");
                        }
                    }
                    match transition(from, step, by) {
                        Err(e) => StepOutcome::Refused(e),
                        Ok(_) if !missing.is_empty() => StepOutcome::Incomplete(missing),
                        Ok(to) => {
                            let n = sqlx::query("UPDATE label_applications SET state = $1, updated_at = $2 WHERE id = $3 AND state = $4")
                                .bind(to.code()).bind(now).bind(id).bind(from.code())
                                .execute(&mut *tx).await?.rows_affected();
                            if n != 1 {
                                // Someone else moved it first: nothing written.
                                StepOutcome::Refused(TransitionError::NotAllowed { from, step: step.code() })
                            } else {
                                sqlx::query(
                                    "INSERT INTO label_events (application_id, at, user_id, body, step, from_state, to_state,
                                        event_date, event_year, favourable, reasons, notes)
                                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)")
                                    .bind(id).bind(now).bind(user_id).bind(cols.body).bind(step.code())
                                    .bind(from.code()).bind(to.code()).bind(&cols.date)
                                    .bind(cols.date.as_deref().and_then(|d| d.get(..4)).and_then(|y| y.parse::<i32>().ok()))
                                    .bind(cols.favourable).bind(cols.reasons).bind(cols.notes)
                                    .execute(&mut *tx).await?;
                                let places: Vec<i64> = sqlx::query_scalar(
                                    "SELECT place_id FROM label_application_places WHERE application_id = $1 ORDER BY place_id")
                                    .bind(id).fetch_all(&mut *tx).await?;
                                crate::audit!(&mut *tx, now, &NewAudit {
                                    user_id,
                                    action: "label.step",
                                    entity: "label_application",
                                    entity_id: Some(id),
                                    place_id: places.first().copied(),
                                    before: Some(json!({ "state": from.code() })),
                                    after: Some(json!({ "state": to.code(), "step": step })),
                                    note: cols.reasons.or(cols.notes),
                                });
                                let mut changed = Vec::new();
                                for place in &places {
                                    let other: i64 = sqlx::query_scalar(
                                        "SELECT COUNT(*) FROM label_applications a JOIN label_application_places ap ON ap.application_id = a.id
                                         WHERE ap.place_id = $1 AND a.state = 'granted' AND a.id <> $2")
                                        .bind(place).bind(id).fetch_one(&mut *tx).await?;
                                    let before: Option<StoredColumns> = sqlx::query_as(SELECT_RECORD)
                                        .bind(place).fetch_optional(&mut *tx).await?;
                                    let Some(before) = before.map(domain::PlaceColumns::from) else { continue };
                                    if let Some(status) = status_after(to, before.label_status.code(), other > 0)
                                        .and_then(|s| domain::LabelStatus::parse(s).ok()) {
                                        let after = domain::PlaceColumns { label_status: status, ..before.clone() };
                                        let note = format!("label application #{id}: {}", step.code());
                                        write_update!(tx, now, *place, &before, &after,
                                            NewAudit { user_id, note: Some(&note), ..Default::default() });
                                        changed.push(*place);
                                    }
                                }
                                StepOutcome::Done { from, to, places_changed: changed }
                            }
                        }
                    }
                }
            }
        });
        Ok(out)
    }

    /// Records a labelled EPN's yearly confirmation of its data (again the
    /// same year replaces it). False when the label is not granted.
    pub async fn confirm_label(
        &self,
        id: i64,
        year: i32,
        facts: &LabelFacts,
        user_id: Option<i64>,
        now: i64,
    ) -> Result<bool> {
        let facts_json = serde_json::to_string(facts).unwrap_or_default();
        let done = write_tx!(self, tx => {
            let state: Option<String> = sqlx::query_scalar("SELECT state FROM label_applications WHERE id = $1")
                .bind(id).fetch_optional(&mut *tx).await?;
            if state.as_deref() != Some("granted") {
                false
            } else {
                sqlx::query(
                    "INSERT INTO label_confirmations (application_id, year, confirmed_by, confirmed_at, facts_json)
                     VALUES ($1, $2, $3, $4, $5)
                     ON CONFLICT (application_id, year) DO UPDATE SET confirmed_by = excluded.confirmed_by,
                        confirmed_at = excluded.confirmed_at, facts_json = excluded.facts_json")
                    .bind(id).bind(year).bind(user_id).bind(now).bind(&facts_json)
                    .execute(&mut *tx).await?;
                let place: Option<i64> = sqlx::query_scalar(
                    "SELECT MIN(place_id) FROM label_application_places WHERE application_id = $1")
                    .bind(id).fetch_one(&mut *tx).await?;
                crate::audit!(&mut *tx, now, &NewAudit {
                    user_id,
                    action: "label.confirm",
                    entity: "label_application",
                    entity_id: Some(id),
                    place_id: place,
                    after: Some(json!({ "year": year, "facts": facts })),
                    ..Default::default()
                });
                true
            }
        });
        Ok(done)
    }

    /// The latest yearly confirmation of an application: (year, when, facts).
    pub async fn label_confirmation(&self, id: i64) -> Result<Option<(i32, i64, LabelFacts)>> {
        let row: Option<(i32, i64, String)> = crate::run!(self, p => sqlx::query_as(
            "SELECT year, confirmed_at, facts_json FROM label_confirmations
             WHERE application_id = $1 ORDER BY year DESC LIMIT 1")
            .bind(id).fetch_optional(p).await?);
        Ok(row.map(|(y, at, f)| (y, at, serde_json::from_str(&f).unwrap_or_default())))
    }

    /// Granted labels not confirmed for `year`, by application id.
    pub async fn labels_unconfirmed(&self, year: i32) -> Result<Vec<i64>> {
        Ok(crate::run!(self, p => sqlx::query_scalar(
            "SELECT a.id FROM label_applications a WHERE a.state = 'granted' AND NOT EXISTS (
                SELECT 1 FROM label_confirmations c WHERE c.application_id = a.id AND c.year = $1)
             ORDER BY a.id")
            .bind(year).fetch_all(p).await?))
    }
}
