//! The demo's call at the jury's stage (`data/demo/call-jury.toml`): a call
//! closed two weeks before the demo is loaded, eight submitted
//! applications from organisations of the demo directory, the demo juror
//! and two more, a conflict of interest declared by the demo juror, scores
//! by the two others (some criteria not assessed), no decision yet — so
//! that the demo shows scoring, results and selection under the envelope.

use std::collections::BTreeMap;

use chrono::{DateTime, Days};
use domain::account::Role;
use domain::grants::application::Action;
use domain::grants::call::{CallStatus, CallText, CriterionDef, NewCall, QuestionDef};
use domain::grants::jury::Mark;
use serde::Deserialize;

use super::applications::NewApplication;
use crate::{Db, Result};

pub const CALL_JURY: &str = include_str!("../../../../data/demo/call-jury.toml");

const DAY: i64 = 86_400;

#[derive(Debug, Deserialize)]
pub struct DemoJury {
    pub key: String,
    pub funder: String,
    pub operator: String,
    pub envelope_cents: i64,
    pub min_cents: i64,
    pub max_cents: i64,
    pub tranches: Vec<u32>,
    pub report_days: u32,
    pub closed_days_ago: i64,
    pub open_days: i64,
    pub languages: Vec<String>,
    pub eligible_publics: Vec<String>,
    pub texts: Vec<CallText>,
    pub criteria: Vec<CriterionDef>,
    pub questions: Vec<QuestionDef>,
    pub applications: Vec<DemoApplication>,
    pub jurors: Vec<DemoJuror>,
    pub conflicts: Vec<DemoConflict>,
    pub scores: Vec<DemoScores>,
}

#[derive(Debug, Deserialize)]
pub struct DemoApplication {
    pub organisation: String,
    pub kind: String,
    pub title: String,
    pub postcode: String,
    pub commune_nis: String,
    pub amount_cents: i64,
    pub publics: Vec<String>,
    pub description: String,
    pub partners: String,
    pub submitted_days_before_close: i64,
}

#[derive(Debug, Deserialize)]
pub struct DemoJuror {
    pub email: String,
    /// For a juror the demo creates (the demo juror's account exists).
    pub name: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct DemoConflict {
    pub juror: String,
    /// 1-based, in the order of `applications`.
    pub application: usize,
    pub reason: String,
}

#[derive(Debug, Deserialize)]
pub struct DemoScores {
    pub juror: String,
    /// Per application in order, per criterion in order: a score or "na".
    pub marks: Vec<Vec<String>>,
    pub comments: Vec<String>,
}

impl DemoJury {
    pub fn shipped() -> DemoJury {
        toml::from_str(CALL_JURY).expect("data/demo/call-jury.toml is valid")
    }
}

impl Db {
    /// Loads the demo's call at the jury's stage at `now` (after the demo
    /// accounts: the demo juror must exist). Returns the call's id.
    pub async fn load_demo_jury(&self, d: &DemoJury, now: i64) -> Result<i64> {
        let closes_at = now - d.closed_days_ago * DAY;
        let opens_on = DateTime::from_timestamp(closes_at, 0)
            .map(|t| t.date_naive())
            .and_then(|t| t.checked_sub_days(Days::new(d.open_days.max(1) as u64)))
            .ok_or_else(|| Db::invalid("demo call: bad dates"))?;
        let def = NewCall {
            key: d.key.clone(),
            envelope_cents: d.envelope_cents,
            operator_fee_cents: 0,
            min_cents: d.min_cents,
            max_cents: d.max_cents,
            opens_on,
            closes_at,
            languages: d.languages.clone(),
            eligible_kinds: Vec::new(),
            eligible_publics: d.eligible_publics.clone(),
            in_region: true,
            tranches: d.tranches.clone(),
            report_days: d.report_days,
            texts: d.texts.clone(),
            criteria: d.criteria.clone(),
            questions: d.questions.clone(),
        };
        let created = closes_at - (d.open_days + 7) * DAY;
        let funder = self
            .ensure_organisation(&d.funder, "other", None, created)
            .await?;
        let operator = self
            .ensure_organisation(&d.operator, "other", None, created)
            .await?;
        let call = self
            .create_call(
                funder,
                operator,
                &def,
                CallStatus::Published,
                None,
                None,
                created,
            )
            .await?;
        let mut apps = Vec::new();
        for a in &d.applications {
            let org = self
                .ensure_organisation(&a.organisation, &a.kind, None, created)
                .await?;
            let submitted = closes_at - a.submitted_days_before_close * DAY;
            let id = self
                .create_application(
                    call,
                    org,
                    &NewApplication {
                        lang: "fr".into(),
                        title: a.title.clone(),
                        postcode: Some(a.postcode.clone()),
                        commune_nis: Some(a.commune_nis.clone()),
                        amount_cents: Some(a.amount_cents),
                        publics: a.publics.clone(),
                        description: a.description.clone(),
                        answers: [("partners".to_string(), a.partners.clone())].into(),
                        budget: vec![
                            ("Animation".into(), a.amount_cents * 7 / 10),
                            ("Matériel".into(), a.amount_cents - a.amount_cents * 7 / 10),
                        ],
                    },
                    None,
                    submitted - DAY,
                )
                .await?;
            self.step_application(id, Action::Submitted, None, None, submitted)
                .await
                .map_err(|e| match e {
                    super::applications::StepError::Store(e) => e,
                    super::applications::StepError::Refused(r) => {
                        Db::invalid(format!("demo application: {r:?}"))
                    }
                })?;
            apps.push(id);
        }
        let mut jurors: BTreeMap<&str, i64> = BTreeMap::new();
        for j in &d.jurors {
            let id = match self.user_by_email(&j.email).await? {
                Some(u) => u.id,
                None => {
                    let name = j.name.as_deref().unwrap_or(&j.email);
                    self.create_user(&j.email, name, Role::Jury, &[], None, created)
                        .await?
                }
            };
            self.invite_juror(call, id, None, created).await?;
            jurors.insert(j.email.as_str(), id);
        }
        let juror = |email: &str| {
            jurors
                .get(email)
                .copied()
                .ok_or_else(|| Db::invalid(format!("demo jury: unknown juror {email}")))
        };
        let app = |n: usize| {
            n.checked_sub(1)
                .and_then(|i| apps.get(i).copied())
                .ok_or_else(|| Db::invalid(format!("demo jury: no application {n}")))
        };
        let after = closes_at + DAY;
        for c in &d.conflicts {
            let j = juror(&c.juror)?;
            self.declare_conflict(app(c.application)?, j, &c.reason, Some(j), after)
                .await?;
        }
        let keys: Vec<&str> = d.criteria.iter().map(|k| k.key.as_str()).collect();
        for s in &d.scores {
            let j = juror(&s.juror)?;
            for (i, row) in s.marks.iter().enumerate() {
                let mut marks: BTreeMap<String, Mark> = BTreeMap::new();
                for (k, v) in keys.iter().zip(row) {
                    let m = match v.as_str() {
                        "na" => Mark::NotAssessed,
                        n => Mark::Score(
                            n.parse()
                                .map_err(|_| Db::invalid(format!("demo jury: bad mark {n:?}")))?,
                        ),
                    };
                    marks.insert(k.to_string(), m);
                }
                let comment = s.comments.get(i).map_or("", String::as_str);
                self.save_marks(
                    call,
                    app(i + 1)?,
                    j,
                    &marks,
                    comment,
                    after + i as i64 * 3600,
                )
                .await
                .map_err(|e| Db::invalid(format!("demo jury marks: {e:?}")))?;
            }
        }
        Ok(call)
    }
}
