//! The grants a call awarded: the funded projects of a report recorded as a
//! decided call (`load_awards`: each project an accepted application with
//! its agreement, the decision dated as the awards file says, and what the
//! report declares kept beside), and every awarded grant read back for the
//! public list by commune and for 360Giving (`awarded_grants`).

use chrono::NaiveDate;
use domain::grants::awards::AwardsFile;
use domain::grants::call::{CallStatus, CallText, NewCall};
use serde::Serialize;

use crate::{Db, Result, run, write_tx};

/// The funded projects of the calls of 2021 (the demo's awards file).
pub const AWARDS_2021: &str = include_str!("../../../../data/demo/awards-2021.toml");

/// The demo's awards, parsed (the file is checked by the tests).
pub fn awards_2021() -> AwardsFile {
    AwardsFile::parse(AWARDS_2021).expect("data/demo/awards-2021.toml is valid")
}

/// One awarded grant: an accepted application of a decided call, with the
/// amount of its agreement or of the decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AwardedGrant {
    pub call_key: String,
    pub reference: String,
    pub title: String,
    pub description: String,
    pub amount_cents: i64,
    pub award_date: NaiveDate,
    /// What the open data must say about the date (a report that gives none).
    pub date_note: Option<String>,
    pub recipient: String,
    pub recipient_company_number: Option<String>,
    pub funder: String,
    pub funder_company_number: Option<String>,
    pub postcode: Option<String>,
    pub commune_nis: Option<String>,
}

/// What a report declares about a call, kept to be checked against its lines.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Declared {
    pub call_key: String,
    pub total_cents: Option<i64>,
    pub projects: Option<i64>,
}

#[derive(sqlx::FromRow)]
struct RawGrant {
    call_key: String,
    reference: Option<String>,
    title: String,
    description: String,
    amount_cents: i64,
    decided_on: String,
    date_note: Option<String>,
    recipient: String,
    recipient_number: Option<String>,
    funder: String,
    funder_number: Option<String>,
    postcode: Option<String>,
    commune_nis: Option<String>,
}

impl Db {
    /// Records the calls and funded projects of an awards file (the
    /// report's lines, checked by `domain::grants::awards`) as decided
    /// calls, accepted applications and their agreements, in one
    /// transaction per call. Organisations are found by name or created.
    pub async fn load_awards(&self, file: &AwardsFile, now: i64) -> Result<()> {
        for c in &file.calls {
            let funder = self
                .ensure_organisation(&c.funder, "other", None, now)
                .await?;
            let operator = self
                .ensure_organisation(&c.operator, "other", None, now)
                .await?;
            let awards: Vec<_> = file.of_call(&c.key).collect();
            let listed: i64 = awards.iter().map(|a| a.amount_cents).sum();
            let envelope = c.envelope_cents.unwrap_or(listed);
            let fee = c.operator_fee_cents.unwrap_or(0);
            let day_end = c
                .award_date
                .and_hms_opt(23, 59, 59)
                .map(|d| d.and_utc().timestamp())
                .unwrap_or(now);
            let def = NewCall {
                key: c.key.clone(),
                envelope_cents: envelope,
                operator_fee_cents: fee,
                min_cents: c.min_per_project_cents.unwrap_or(0),
                max_cents: c.max_per_project_cents.unwrap_or(envelope - fee),
                // The report gives no dates of the call: the award date
                // stands for both, and the call's source says so.
                opens_on: c.award_date,
                closes_at: day_end,
                languages: vec![c.lang.clone()],
                eligible_kinds: vec![],
                eligible_publics: vec![],
                in_region: true,
                tranches: vec![100],
                report_days: 0,
                texts: vec![CallText {
                    lang: c.lang.clone(),
                    title: c.title.clone(),
                    summary: if c.summary.is_empty() {
                        c.title.clone()
                    } else {
                        c.summary.clone()
                    },
                    rules: if c.rules.is_empty() {
                        c.title.clone()
                    } else {
                        c.rules.clone()
                    },
                }],
                criteria: vec![],
                questions: vec![],
            };
            let call = self
                .create_call(
                    funder,
                    operator,
                    &def,
                    CallStatus::Decided,
                    Some(&c.seed),
                    None,
                    now,
                )
                .await?;
            let mut orgs = Vec::with_capacity(awards.len());
            for a in &awards {
                orgs.push(
                    self.ensure_organisation(&a.organisation, "other", None, now)
                        .await?,
                );
            }
            let award_date = c.award_date.to_string();
            write_tx!(self, tx => {
                sqlx::query("INSERT INTO grant_decisions (call_id, scenario_id, decided_on, minutes,
                    date_note, decided_by, recorded_at) VALUES ($1, NULL, $2, $3, $4, NULL, $5)")
                    .bind(call).bind(&award_date).bind(&c.seed).bind(&c.award_date_note).bind(now)
                    .execute(&mut *tx).await?;
                sqlx::query("INSERT INTO grant_declared (call_id, total_cents, projects)
                    VALUES ($1, $2, $3)")
                    .bind(call).bind(c.declared_awarded_total_cents)
                    .bind(c.declared_projects.map(|n| n as i64))
                    .execute(&mut *tx).await?;
                for (a, org) in awards.iter().zip(&orgs) {
                    let nis: Option<String> = match &a.postcode {
                        Some(pc) => sqlx::query_scalar("SELECT commune_nis FROM postcodes
                            WHERE code = $1 ORDER BY is_main DESC LIMIT 1")
                            .bind(pc).fetch_optional(&mut *tx).await?,
                        None => None,
                    };
                    // The report names each project, and no more: the name
                    // is its description too.
                    let id: i64 = sqlx::query_scalar("INSERT INTO grant_applications (call_id,
                        organisation_id, reference, status, lang, title, postcode, commune_nis,
                        amount_cents, publics, description, answers, created_at, updated_at)
                        VALUES ($1, $2, $3, 'accepted', $4, $5, $6, $7, $8, '', $5, '{}', $9, $9)
                        RETURNING id")
                        .bind(call).bind(org).bind(&a.reference).bind(&c.lang).bind(&a.project)
                        .bind(&a.postcode).bind(nis).bind(a.amount_cents).bind(now)
                        .fetch_one(&mut *tx).await?;
                    sqlx::query("INSERT INTO grant_application_events (application_id, action,
                        status, note, user_id, at) VALUES ($1, 'accepted', 'accepted', $2, NULL, $3)")
                        .bind(id).bind(&a.seed).bind(now).execute(&mut *tx).await?;
                    sqlx::query("INSERT INTO grant_agreements (application_id, amount_cents,
                        tranches, created_at) VALUES ($1, $2, '100', $3)")
                        .bind(id).bind(a.amount_cents).bind(now).execute(&mut *tx).await?;
                }
            });
        }
        Ok(())
    }

    /// Every awarded grant — an accepted application of a decided call, for
    /// the amount of its agreement, else of the decision's scenario —, of
    /// one call or of all, by call then reference.
    pub async fn awarded_grants(&self, call_key: Option<&str>) -> Result<Vec<AwardedGrant>> {
        let rows: Vec<RawGrant> = run!(self, p => sqlx::query_as(
            "SELECT c.key AS call_key, a.reference, a.title, a.description,
                COALESCE(g.amount_cents, l.amount_cents) AS amount_cents,
                d.decided_on, d.date_note, o.name AS recipient, o.company_number AS recipient_number,
                f.name AS funder, f.company_number AS funder_number, a.postcode, a.commune_nis
             FROM grant_applications a
             JOIN grant_calls c ON c.id = a.call_id
             JOIN grant_decisions d ON d.call_id = c.id
             LEFT JOIN grant_agreements g ON g.application_id = a.id
             LEFT JOIN grant_scenario_lines l ON l.scenario_id = d.scenario_id AND l.application_id = a.id
             JOIN organisations o ON o.id = a.organisation_id
             JOIN organisations f ON f.id = c.funder_organisation_id
             WHERE a.status = 'accepted' AND c.status = 'decided' AND ($1 = '' OR c.key = $1)
               AND COALESCE(g.amount_cents, l.amount_cents) IS NOT NULL
             ORDER BY c.key, a.reference, a.id")
            .bind(call_key.unwrap_or("")).fetch_all(p).await?);
        rows.into_iter()
            .map(|r| {
                Ok(AwardedGrant {
                    reference: r.reference.unwrap_or_default(),
                    award_date: r.decided_on.parse().map_err(|_| {
                        Db::invalid(format!("call {}: bad decision date", r.call_key))
                    })?,
                    call_key: r.call_key,
                    title: r.title,
                    description: r.description,
                    amount_cents: r.amount_cents,
                    date_note: r.date_note,
                    recipient: r.recipient,
                    recipient_company_number: r.recipient_number,
                    funder: r.funder,
                    funder_company_number: r.funder_number,
                    postcode: r.postcode,
                    commune_nis: r.commune_nis,
                })
            })
            .collect()
    }

    /// What the report declared about a call, when it was recorded from one.
    pub async fn declared_awards(&self, call: i64) -> Result<Option<Declared>> {
        let r: Option<(String, Option<i64>, Option<i64>)> = run!(self, p => sqlx::query_as(
            "SELECT c.key, d.total_cents, d.projects FROM grant_declared d
             JOIN grant_calls c ON c.id = d.call_id WHERE d.call_id = $1")
            .bind(call).fetch_optional(p).await?);
        Ok(r.map(|(call_key, total_cents, projects)| Declared {
            call_key,
            total_cents,
            projects,
        }))
    }
}
