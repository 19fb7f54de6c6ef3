//! The selection of a call under its envelope and what follows it:
//! scenarios (which applications, with which amounts), the decision (the
//! scenario retained, its date and the jury's minutes: its applications
//! accepted, the others refused, the call decided — one transaction),
//! agreements paid in tranches from the call's percents, payments (the
//! last tranche only once the final report is in), final reports and the
//! reminders sent for them. The rules are `domain::grants::selection`.

use chrono::NaiveDate;
use domain::grants::application::{Action, Status};
use domain::grants::call::CallStatus;
use domain::grants::selection::{Line, LineProblem};
use serde::Serialize;

use crate::audit::NewAudit;
use crate::{Db, Result, StoreError, run, write_tx};

/// A scenario of selection.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Scenario {
    pub id: i64,
    pub call_id: i64,
    pub name: String,
    pub note: Option<String>,
    pub created_by_email: Option<String>,
    pub created_at: i64,
    /// (application id, amount granted in cents), by the application's reference.
    pub lines: Vec<(i64, i64)>,
}

impl Scenario {
    pub fn granted_cents(&self) -> i64 {
        self.lines.iter().map(|(_, c)| c).sum()
    }

    pub fn amount_for(&self, application: i64) -> Option<i64> {
        self.lines
            .iter()
            .find(|(a, _)| *a == application)
            .map(|(_, c)| *c)
    }
}

/// The decision of a call.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Decision {
    pub call_id: i64,
    pub scenario_id: Option<i64>,
    pub decided_on: NaiveDate,
    pub minutes: String,
    pub decided_by_email: Option<String>,
    pub recorded_at: i64,
}

/// A tranche paid.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Payment {
    /// 1, 2… in the order of the call's tranches.
    pub tranche: u32,
    pub amount_cents: i64,
    pub paid_on: NaiveDate,
}

/// A final activity report received.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    pub received_on: NaiveDate,
    pub summary: String,
}

/// An agreement with what was paid and the final report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Agreement {
    pub id: i64,
    pub application_id: i64,
    pub reference: Option<String>,
    pub title: String,
    pub organisation_id: i64,
    pub organisation: String,
    pub amount_cents: i64,
    pub percents: Vec<u32>,
    pub signed_on: Option<NaiveDate>,
    pub project_ends_on: Option<NaiveDate>,
    pub report_due_on: Option<NaiveDate>,
    pub payments: Vec<Payment>,
    pub report: Option<Report>,
    /// Reminders sent for the final report, oldest first.
    pub reminders: Vec<NaiveDate>,
}

impl Agreement {
    /// The tranches in cents (they add up to the amount to the cent).
    pub fn tranches(&self) -> Vec<i64> {
        domain::grants::selection::tranches(self.amount_cents, &self.percents).unwrap_or_default()
    }

    pub fn paid_cents(&self) -> i64 {
        self.payments.iter().map(|p| p.amount_cents).sum()
    }

    pub fn is_paid(&self, tranche: u32) -> bool {
        self.payments.iter().any(|p| p.tranche == tranche)
    }
}

/// Why a selection step was refused.
#[derive(Debug)]
pub enum SelectionError {
    /// Lines that break the rules (`domain::grants::selection::scenario`).
    Lines(Vec<LineProblem>),
    /// An application that is not one the jury assessed in this call, or
    /// no longer submitted when the decision is recorded (its reference or id).
    NotSelectable(String),
    /// A scenario without a line, or without a name.
    Empty,
    /// The call is already decided.
    AlreadyDecided,
    /// No decision yet, or the application is not in the decided scenario.
    NotDecided,
    /// An agreement already exists for the application.
    AgreementExists,
    /// No such tranche, or already paid.
    Tranche,
    /// The last tranche is paid after the final report only.
    ReportFirst,
    /// The final report is already recorded.
    ReportExists,
    Store(StoreError),
}

impl From<StoreError> for SelectionError {
    fn from(e: StoreError) -> Self {
        SelectionError::Store(e)
    }
}

impl From<sqlx::Error> for SelectionError {
    fn from(e: sqlx::Error) -> Self {
        SelectionError::Store(e.into())
    }
}

/// id, call, name, note, author's e-mail, created.
type ScenarioRow = (i64, i64, String, Option<String>, Option<String>, i64);
/// call, scenario, date, minutes, author's e-mail, recorded.
type DecisionRow = (i64, Option<i64>, String, String, Option<String>, i64);

fn date(s: &str) -> Result<NaiveDate> {
    s.parse()
        .map_err(|_| Db::invalid(format!("bad date {s:?} in the grants tables")))
}

fn percents(s: &str) -> Vec<u32> {
    s.split(',').filter_map(|x| x.trim().parse().ok()).collect()
}

#[derive(sqlx::FromRow)]
struct RawAgreement {
    id: i64,
    application_id: i64,
    reference: Option<String>,
    title: String,
    org_id: i64,
    org_name: String,
    amount_cents: i64,
    tranches: String,
    signed_on: Option<String>,
    project_ends_on: Option<String>,
    report_due_on: Option<String>,
    received_on: Option<String>,
    summary: Option<String>,
}

const SELECT_AGREEMENT: &str = "SELECT g.id, g.application_id, a.reference, a.title,
    o.id AS org_id, o.name AS org_name, g.amount_cents, g.tranches, g.signed_on,
    g.project_ends_on, g.report_due_on, r.received_on, r.summary
    FROM grant_agreements g JOIN grant_applications a ON a.id = g.application_id
    JOIN organisations o ON o.id = a.organisation_id
    LEFT JOIN grant_reports r ON r.agreement_id = g.id";

impl Db {
    /// Saves a scenario: its lines checked against the call (applications
    /// of the call the jury assessed, amounts positive, not above what was
    /// asked, within the call's range). Going over the envelope is allowed
    /// (the page warns). Audited; returns its id.
    pub async fn create_scenario(
        &self,
        call: i64,
        name: &str,
        note: Option<&str>,
        lines: &[(i64, i64)],
        actor: Option<i64>,
        now: i64,
    ) -> Result<i64, SelectionError> {
        let c = self
            .call(call)
            .await?
            .ok_or_else(|| Db::invalid("no such call"))?;
        if c.status == CallStatus::Decided {
            return Err(SelectionError::AlreadyDecided);
        }
        if lines.is_empty() || name.trim().is_empty() {
            return Err(SelectionError::Empty);
        }
        let apps = self.applications_of_call(call).await?;
        let mut checked = Vec::new();
        for (id, cents) in lines {
            let a = apps
                .iter()
                .find(|a| a.id == *id && super::jury::assessed_by_jury(a.status))
                .ok_or_else(|| SelectionError::NotSelectable(id.to_string()))?;
            checked.push(Line {
                reference: a.reference.clone().unwrap_or_else(|| a.id.to_string()),
                asked_cents: a.app.amount_cents.unwrap_or(0),
                granted_cents: *cents,
            });
        }
        domain::grants::selection::scenario(
            c.def.envelope_cents,
            c.def.min_cents,
            c.def.max_cents,
            &checked,
        )
        .map_err(SelectionError::Lines)?;
        let note = note.map(str::trim).filter(|n| !n.is_empty());
        let id = write_tx!(self, tx => {
            let id: i64 = sqlx::query_scalar("INSERT INTO grant_scenarios (call_id, name, note,
                created_by, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id")
                .bind(call).bind(name.trim()).bind(note).bind(actor).bind(now)
                .fetch_one(&mut *tx).await?;
            for (a, cents) in lines {
                sqlx::query("INSERT INTO grant_scenario_lines (scenario_id, application_id,
                    amount_cents) VALUES ($1, $2, $3)")
                    .bind(id).bind(a).bind(cents).execute(&mut *tx).await?;
            }
            crate::audit!(&mut *tx, now, &NewAudit {
                user_id: actor,
                action: "grant.scenario.create",
                entity: "grant_call",
                entity_id: Some(call),
                after: Some(serde_json::json!({ "scenario": id, "name": name.trim(), "lines": lines })),
                ..Default::default()
            });
            id
        });
        Ok(id)
    }

    /// A call's scenarios, oldest first.
    pub async fn scenarios(&self, call: i64) -> Result<Vec<Scenario>> {
        let rows: Vec<ScenarioRow> = run!(self, p => sqlx::query_as(
            "SELECT s.id, s.call_id, s.name, s.note, u.email, s.created_at FROM grant_scenarios s
             LEFT JOIN users u ON u.id = s.created_by WHERE s.call_id = $1 ORDER BY s.id")
            .bind(call).fetch_all(p).await?);
        let lines: Vec<(i64, i64, i64)> = run!(self, p => sqlx::query_as(
            "SELECT l.scenario_id, l.application_id, l.amount_cents FROM grant_scenario_lines l
             JOIN grant_scenarios s ON s.id = l.scenario_id
             JOIN grant_applications a ON a.id = l.application_id
             WHERE s.call_id = $1 ORDER BY a.reference, a.id")
            .bind(call).fetch_all(p).await?);
        Ok(rows
            .into_iter()
            .map(
                |(id, call_id, name, note, created_by_email, created_at)| Scenario {
                    id,
                    call_id,
                    name,
                    note,
                    created_by_email,
                    created_at,
                    lines: lines
                        .iter()
                        .filter(|l| l.0 == id)
                        .map(|l| (l.1, l.2))
                        .collect(),
                },
            )
            .collect())
    }

    /// Records the decision of a call: the scenario retained, the date and
    /// the jury's minutes. In one transaction: the scenario's applications
    /// are accepted, the call's other submitted applications refused with
    /// `refusal_note` (each step recorded with who, when and why, as
    /// `step_application` does), the call is marked decided. Audited.
    #[allow(clippy::too_many_arguments)]
    pub async fn record_decision(
        &self,
        call: i64,
        scenario: i64,
        decided_on: NaiveDate,
        minutes: &str,
        refusal_note: &str,
        actor: Option<i64>,
        now: i64,
    ) -> Result<(), SelectionError> {
        let c = self
            .call(call)
            .await?
            .ok_or_else(|| Db::invalid("no such call"))?;
        if c.status == CallStatus::Decided || self.decision(call).await?.is_some() {
            return Err(SelectionError::AlreadyDecided);
        }
        let s = self
            .scenarios(call)
            .await?
            .into_iter()
            .find(|s| s.id == scenario)
            .ok_or(SelectionError::NotDecided)?;
        let minutes = minutes.trim();
        if minutes.is_empty() {
            return Err(SelectionError::Empty);
        }
        let apps = self.applications_of_call(call).await?;
        let mut steps = Vec::new();
        for (id, _) in &s.lines {
            let a = apps
                .iter()
                .find(|a| a.id == *id)
                .ok_or_else(|| SelectionError::NotSelectable(id.to_string()))?;
            if a.status != Status::Submitted {
                return Err(SelectionError::NotSelectable(
                    a.reference.clone().unwrap_or_else(|| a.id.to_string()),
                ));
            }
            steps.push((a.id, Action::Accepted, None));
        }
        for a in apps
            .iter()
            .filter(|a| a.status == Status::Submitted && s.amount_for(a.id).is_none())
        {
            steps.push((a.id, Action::Refused, Some(refusal_note)));
        }
        write_tx!(self, tx => {
            for (id, action, note) in &steps {
                let to = domain::grants::application::step(Status::Submitted, *action, *note)
                    .map_err(|_| SelectionError::Empty)?;
                sqlx::query("UPDATE grant_applications SET status = $2, updated_at = $3 WHERE id = $1")
                    .bind(id).bind(to.code()).bind(now).execute(&mut *tx).await?;
                sqlx::query("INSERT INTO grant_application_events (application_id, action, status,
                    note, user_id, at) VALUES ($1, $2, $3, $4, $5, $6)")
                    .bind(id).bind(action.code()).bind(to.code()).bind(*note).bind(actor).bind(now)
                    .execute(&mut *tx).await?;
                crate::audit!(&mut *tx, now, &NewAudit {
                    user_id: actor,
                    action: "grant.application.step",
                    entity: "grant_application",
                    entity_id: Some(*id),
                    after: Some(serde_json::json!({ "action": action.code(), "status": to.code() })),
                    note: *note,
                    ..Default::default()
                });
            }
            sqlx::query("INSERT INTO grant_decisions (call_id, scenario_id, decided_on, minutes,
                decided_by, recorded_at) VALUES ($1, $2, $3, $4, $5, $6)")
                .bind(call).bind(scenario).bind(decided_on.to_string()).bind(minutes)
                .bind(actor).bind(now).execute(&mut *tx).await?;
            sqlx::query("UPDATE grant_calls SET status = 'decided', updated_at = $2 WHERE id = $1")
                .bind(call).bind(now).execute(&mut *tx).await?;
            crate::audit!(&mut *tx, now, &NewAudit {
                user_id: actor,
                action: "grant.decision.record",
                entity: "grant_call",
                entity_id: Some(call),
                after: Some(serde_json::json!({
                    "scenario": scenario, "decided_on": decided_on.to_string(),
                    "granted_cents": s.granted_cents(), "accepted": s.lines.len(),
                })),
                note: Some(minutes),
                ..Default::default()
            });
        });
        Ok(())
    }

    pub async fn decision(&self, call: i64) -> Result<Option<Decision>> {
        let row: Option<DecisionRow> = run!(self, p => sqlx::query_as(
            "SELECT d.call_id, d.scenario_id, d.decided_on, d.minutes, u.email, d.recorded_at
             FROM grant_decisions d LEFT JOIN users u ON u.id = d.decided_by WHERE d.call_id = $1")
            .bind(call).fetch_optional(p).await?);
        row.map(
            |(call_id, scenario_id, decided_on, minutes, decided_by_email, recorded_at)| {
                Ok(Decision {
                    call_id,
                    scenario_id,
                    decided_on: date(&decided_on)?,
                    minutes,
                    decided_by_email,
                    recorded_at,
                })
            },
        )
        .transpose()
    }

    /// The agreement of an accepted application: the amount of the decided
    /// scenario, the call's tranches, the final report due `report_days`
    /// after the project's end. Audited; returns its id.
    pub async fn create_agreement(
        &self,
        application: i64,
        signed_on: Option<NaiveDate>,
        project_ends_on: NaiveDate,
        actor: Option<i64>,
        now: i64,
    ) -> Result<i64, SelectionError> {
        let a = self
            .application(application)
            .await?
            .ok_or(SelectionError::NotDecided)?;
        let c = self
            .call(a.call_id)
            .await?
            .ok_or(SelectionError::NotDecided)?;
        let d = self
            .decision(c.id)
            .await?
            .ok_or(SelectionError::NotDecided)?;
        let amount = match d.scenario_id {
            Some(s) => self
                .scenarios(c.id)
                .await?
                .into_iter()
                .find(|x| x.id == s)
                .and_then(|x| x.amount_for(a.id)),
            None => None,
        };
        let (Some(amount), Status::Accepted) = (amount, a.status) else {
            return Err(SelectionError::NotDecided);
        };
        if self.agreement_of(application).await?.is_some() {
            return Err(SelectionError::AgreementExists);
        }
        let due = project_ends_on + chrono::Days::new(u64::from(c.def.report_days));
        let tranches = c
            .def
            .tranches
            .iter()
            .map(u32::to_string)
            .collect::<Vec<_>>()
            .join(",");
        let id = write_tx!(self, tx => {
            let id: i64 = sqlx::query_scalar("INSERT INTO grant_agreements (application_id,
                amount_cents, tranches, signed_on, project_ends_on, report_due_on, created_by,
                created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id")
                .bind(application).bind(amount).bind(&tranches)
                .bind(signed_on.map(|d| d.to_string())).bind(project_ends_on.to_string())
                .bind(due.to_string()).bind(actor).bind(now)
                .fetch_one(&mut *tx).await?;
            crate::audit!(&mut *tx, now, &NewAudit {
                user_id: actor,
                action: "grant.agreement.create",
                entity: "grant_agreement",
                entity_id: Some(id),
                after: Some(serde_json::json!({
                    "application": application, "amount_cents": amount, "tranches": tranches,
                    "project_ends_on": project_ends_on.to_string(), "report_due_on": due.to_string(),
                })),
                ..Default::default()
            });
            id
        });
        Ok(id)
    }

    async fn assemble_agreements(&self, rows: Vec<RawAgreement>) -> Result<Vec<Agreement>> {
        let mut out = Vec::with_capacity(rows.len());
        for r in rows {
            let payments: Vec<(i32, i64, String)> = run!(self, p => sqlx::query_as(
                "SELECT tranche, amount_cents, paid_on FROM grant_payments WHERE agreement_id = $1
                 ORDER BY tranche")
                .bind(r.id).fetch_all(p).await?);
            let reminders: Vec<String> = run!(self, p => sqlx::query_scalar(
                "SELECT sent_on FROM grant_report_reminders WHERE agreement_id = $1 ORDER BY sent_on")
                .bind(r.id).fetch_all(p).await?);
            let opt = |s: Option<String>| s.as_deref().map(date).transpose();
            out.push(Agreement {
                id: r.id,
                application_id: r.application_id,
                reference: r.reference,
                title: r.title,
                organisation_id: r.org_id,
                organisation: r.org_name,
                amount_cents: r.amount_cents,
                percents: percents(&r.tranches),
                signed_on: opt(r.signed_on)?,
                project_ends_on: opt(r.project_ends_on)?,
                report_due_on: opt(r.report_due_on)?,
                payments: payments
                    .into_iter()
                    .map(|(tranche, amount_cents, paid_on)| {
                        Ok(Payment {
                            tranche: tranche.max(0) as u32,
                            amount_cents,
                            paid_on: date(&paid_on)?,
                        })
                    })
                    .collect::<Result<_>>()?,
                report: match (r.received_on, r.summary) {
                    (Some(d), Some(summary)) => Some(Report {
                        received_on: date(&d)?,
                        summary,
                    }),
                    _ => None,
                },
                reminders: reminders.iter().map(|d| date(d)).collect::<Result<_>>()?,
            });
        }
        Ok(out)
    }

    /// A call's agreements, by reference.
    pub async fn agreements(&self, call: i64) -> Result<Vec<Agreement>> {
        let sql = format!("{SELECT_AGREEMENT} WHERE a.call_id = $1 ORDER BY a.reference, a.id");
        let rows: Vec<RawAgreement> = run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.clone()))
            .bind(call).fetch_all(p).await?);
        self.assemble_agreements(rows).await
    }

    /// Every agreement of every call (for the daily reminders).
    pub async fn all_agreements(&self) -> Result<Vec<Agreement>> {
        let sql = format!("{SELECT_AGREEMENT} ORDER BY g.id");
        let rows: Vec<RawAgreement> = run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.clone()))
            .fetch_all(p).await?);
        self.assemble_agreements(rows).await
    }

    pub async fn agreement(&self, id: i64) -> Result<Option<Agreement>> {
        let sql = format!("{SELECT_AGREEMENT} WHERE g.id = $1");
        let rows: Vec<RawAgreement> = run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.clone()))
            .bind(id).fetch_all(p).await?);
        Ok(self.assemble_agreements(rows).await?.pop())
    }

    pub async fn agreement_of(&self, application: i64) -> Result<Option<Agreement>> {
        let sql = format!("{SELECT_AGREEMENT} WHERE g.application_id = $1");
        let rows: Vec<RawAgreement> = run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.clone()))
            .bind(application).fetch_all(p).await?);
        Ok(self.assemble_agreements(rows).await?.pop())
    }

    /// Records the payment of tranche `tranche` (1-based) of an agreement:
    /// its amount from the tranches, so that they add up to the cent. The
    /// last tranche of several is refused before the final report. Audited.
    pub async fn record_payment(
        &self,
        agreement: i64,
        tranche: u32,
        paid_on: NaiveDate,
        actor: Option<i64>,
        now: i64,
    ) -> Result<i64, SelectionError> {
        let g = self
            .agreement(agreement)
            .await?
            .ok_or(SelectionError::Tranche)?;
        let tranches = g.tranches();
        let amount = tranche
            .checked_sub(1)
            .and_then(|i| tranches.get(i as usize).copied())
            .ok_or(SelectionError::Tranche)?;
        if g.is_paid(tranche) {
            return Err(SelectionError::Tranche);
        }
        if tranches.len() > 1 && tranche as usize == tranches.len() && g.report.is_none() {
            return Err(SelectionError::ReportFirst);
        }
        write_tx!(self, tx => {
            sqlx::query("INSERT INTO grant_payments (agreement_id, tranche, amount_cents, paid_on,
                recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5, $6)")
                .bind(agreement).bind(tranche as i32).bind(amount).bind(paid_on.to_string())
                .bind(actor).bind(now).execute(&mut *tx).await?;
            crate::audit!(&mut *tx, now, &NewAudit {
                user_id: actor,
                action: "grant.payment.record",
                entity: "grant_agreement",
                entity_id: Some(agreement),
                after: Some(serde_json::json!({
                    "tranche": tranche, "amount_cents": amount, "paid_on": paid_on.to_string(),
                })),
                ..Default::default()
            });
        });
        Ok(amount)
    }

    /// Records the final activity report of an agreement, audited.
    pub async fn record_report(
        &self,
        agreement: i64,
        received_on: NaiveDate,
        summary: &str,
        actor: Option<i64>,
        now: i64,
    ) -> Result<(), SelectionError> {
        let g = self
            .agreement(agreement)
            .await?
            .ok_or(SelectionError::NotDecided)?;
        if g.report.is_some() {
            return Err(SelectionError::ReportExists);
        }
        let summary = summary.trim();
        write_tx!(self, tx => {
            sqlx::query("INSERT INTO grant_reports (agreement_id, received_on, summary,
                recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5)")
                .bind(agreement).bind(received_on.to_string()).bind(summary).bind(actor).bind(now)
                .execute(&mut *tx).await?;
            crate::audit!(&mut *tx, now, &NewAudit {
                user_id: actor,
                action: "grant.report.record",
                entity: "grant_agreement",
                entity_id: Some(agreement),
                after: Some(serde_json::json!({ "received_on": received_on.to_string() })),
                note: Some(summary),
                ..Default::default()
            });
        });
        Ok(())
    }

    /// Records that a reminder for the final report was sent on `sent_on`
    /// (once a day at most), audited.
    pub async fn record_report_reminder(
        &self,
        agreement: i64,
        sent_on: NaiveDate,
        to: &[String],
        actor: Option<i64>,
        now: i64,
    ) -> Result<()> {
        write_tx!(self, tx => {
            let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM grant_report_reminders
                WHERE agreement_id = $1 AND sent_on = $2")
                .bind(agreement).bind(sent_on.to_string()).fetch_one(&mut *tx).await?;
            if n == 0 {
                sqlx::query("INSERT INTO grant_report_reminders (agreement_id, sent_on) VALUES ($1, $2)")
                    .bind(agreement).bind(sent_on.to_string()).execute(&mut *tx).await?;
                crate::audit!(&mut *tx, now, &NewAudit {
                    user_id: actor,
                    action: "grant.report.remind",
                    entity: "grant_agreement",
                    entity_id: Some(agreement),
                    after: Some(serde_json::json!({ "sent_on": sent_on.to_string(), "to": to })),
                    ..Default::default()
                });
            }
        });
        Ok(())
    }

    /// The active accounts of an organisation that applies to calls (whom
    /// a report reminder goes to), by e-mail.
    pub async fn applicant_emails(&self, organisation: i64) -> Result<Vec<String>> {
        Ok(run!(self, p => sqlx::query_scalar(
            "SELECT u.email FROM users u JOIN user_organisations uo ON uo.user_id = u.id
             WHERE uo.organisation_id = $1 AND u.role = 'applicant' AND u.active ORDER BY u.email")
            .bind(organisation).fetch_all(p).await?))
    }
}

/// The agreements whose final report needs a reminder on `today`
/// (`domain::grants::selection::reminders_due`): not received, due within
/// `before_days` or overdue, not reminded in the last `every_days`.
pub fn reports_due(
    agreements: &[Agreement],
    today: NaiveDate,
    before_days: i64,
    every_days: i64,
) -> Vec<&Agreement> {
    use domain::grants::selection::ReportDue;
    let due: Vec<(ReportDue, &Agreement)> = agreements
        .iter()
        .filter_map(|g| {
            Some((
                ReportDue {
                    reference: g.id.to_string(),
                    due: g.report_due_on?,
                    received: g.report.is_some(),
                    last_reminded: g.reminders.last().copied(),
                },
                g,
            ))
        })
        .collect();
    let reports: Vec<ReportDue> = due.iter().map(|(r, _)| r.clone()).collect();
    let keep: std::collections::BTreeSet<String> =
        domain::grants::selection::reminders_due(&reports, today, before_days, every_days)
            .into_iter()
            .map(|r| r.reference.clone())
            .collect();
    due.into_iter()
        .filter(|(r, _)| keep.contains(&r.reference))
        .map(|(_, g)| g)
        .collect()
}
