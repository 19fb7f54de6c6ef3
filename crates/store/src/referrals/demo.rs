//! The demo's referrals (`data/demo/referrals-2026.toml`, illustrative): one
//! in each state, from the demo referrer's structure to the demo EPN, so that
//! both dashboards and a referral's history can be tried. They go through
//! [`Db::create_referral`] and [`Db::take_referral_step`], the same code as
//! the pages, so the history and the audit log are those of real use.

use std::collections::HashMap;

use domain::referral::{ContactWay, Side, Step, StepKind};
use serde::Deserialize;

use super::NewReferral;
use crate::{Db, Result, StoreError, run};

pub const DEMO_REFERRALS: &str = include_str!("../../../../data/demo/referrals-2026.toml");

const DAY: i64 = 86_400;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoReferrals {
    /// The referring structure (organisation key) that sends them.
    pub referrer_organisation: String,
    /// The consent text as the referrer read it to each person.
    pub consent_text: String,
    pub referrals: Vec<DemoReferral>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoReferral {
    /// A place key of the demo file, or the title of a demo session (its next
    /// upcoming occurrence).
    pub place: Option<String>,
    pub session: Option<String>,
    pub person: String,
    pub lang: String,
    /// phone, email or referrer.
    pub contact: String,
    pub contact_value: Option<String>,
    pub needs: Vec<String>,
    pub note: Option<String>,
    pub days_ago: i64,
    #[serde(default)]
    pub steps: Vec<DemoStep>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoStep {
    /// A step code: accept, refuse, first_visit, follow_up, close.
    pub step: String,
    pub days_ago: i64,
    #[serde(default)]
    pub note: String,
    /// referrer or receiver (the default): who takes it.
    pub by: Option<String>,
}

impl DemoReferrals {
    pub fn parse(src: &str) -> Result<DemoReferrals> {
        toml::from_str(src).map_err(|e| StoreError::Invalid(format!("demo referrals: {e}")))
    }

    /// Every code of the file is known, so that a bad file writes nothing.
    pub fn check(&self) -> Result<()> {
        for r in &self.referrals {
            if let Some(n) = r
                .needs
                .iter()
                .find(|n| !domain::referral::NEEDS.contains(&n.as_str()))
            {
                return Err(invalid(format!("{}: unknown need {n}", r.person)));
            }
            if ContactWay::parse(&r.contact).is_none() {
                return Err(invalid(format!(
                    "{}: unknown contact way {}",
                    r.person, r.contact
                )));
            }
            for s in &r.steps {
                if StepKind::parse(&s.step).is_none() {
                    return Err(invalid(format!("{}: unknown step {}", r.person, s.step)));
                }
                if !matches!(s.by.as_deref(), None | Some("receiver" | "referrer")) {
                    return Err(invalid(format!("{}: unknown side {:?}", r.person, s.by)));
                }
            }
        }
        Ok(())
    }

    /// The shipped file.
    pub fn brussels() -> DemoReferrals {
        DemoReferrals::parse(DEMO_REFERRALS).expect("shipped demo referrals are valid")
    }
}

fn invalid(what: String) -> StoreError {
    StoreError::Invalid(format!("demo referral: {what}"))
}

impl Db {
    /// Loads the demo referrals into a database holding the demo data, its
    /// sessions and its accounts. Each referral is sent `days_ago` days
    /// before `now`, by the first account of the referring structure, to the
    /// organisation of its place or session; its steps are taken by the
    /// first account on their side.
    pub async fn load_demo_referrals(&self, demo: &DemoReferrals, now: i64) -> Result<Vec<i64>> {
        demo.check()?;
        let from = self
            .find_organisation(&demo.referrer_organisation)
            .await?
            .first()
            .map(|o| o.id)
            .ok_or_else(|| {
                invalid(format!(
                    "unknown organisation {}",
                    demo.referrer_organisation
                ))
            })?;
        let mut first_user: HashMap<i64, Option<i64>> = HashMap::new();
        let referrer = self.first_account_of(from).await?.ok_or_else(|| {
            invalid(format!(
                "no account at {}: load the demo accounts first",
                demo.referrer_organisation
            ))
        })?;
        first_user.insert(from, Some(referrer));
        let mut ids = Vec::new();
        for r in &demo.referrals {
            let (place_id, session_id, to) = self.demo_target(r, now).await?;
            if let std::collections::hash_map::Entry::Vacant(e) = first_user.entry(to) {
                e.insert(self.first_account_of(to).await?);
            }
            if let Some(n) = r
                .needs
                .iter()
                .find(|n| !domain::referral::NEEDS.contains(&n.as_str()))
            {
                return Err(invalid(format!("{}: unknown need {n}", r.person)));
            }
            let sent_at = now - r.days_ago * DAY;
            let new = NewReferral {
                from_organisation_id: from,
                created_by: referrer,
                place_id,
                session_id,
                to_organisation_id: to,
                person_name: r.person.clone(),
                contact_way: ContactWay::parse(&r.contact).ok_or_else(|| {
                    invalid(format!("{}: unknown contact way {}", r.person, r.contact))
                })?,
                contact_value: r.contact_value.clone(),
                lang: r.lang.clone(),
                needs: r.needs.clone(),
                needs_note: r.note.clone(),
                diagnostic_json: None,
                share_diagnostic: false,
                consent_text: demo.consent_text.clone(),
                consent_at: sent_at,
            };
            let id = self.create_referral(&new, sent_at).await?;
            for s in &r.steps {
                let kind = StepKind::parse(&s.step)
                    .ok_or_else(|| invalid(format!("{}: unknown step {}", r.person, s.step)))?;
                let (side, org) = match s.by.as_deref() {
                    None | Some("receiver") => (Side::Receiver, to),
                    Some("referrer") => (Side::Referrer, from),
                    Some(other) => {
                        return Err(invalid(format!("{}: unknown side {other}", r.person)));
                    }
                };
                self.take_referral_step(
                    id,
                    &Step::new(kind, &s.note),
                    side,
                    first_user[&org],
                    now - s.days_ago * DAY,
                )
                .await?
                .map_err(|e| invalid(format!("{}: step {} refused: {e:?}", r.person, s.step)))?;
            }
            ids.push(id);
        }
        Ok(ids)
    }

    async fn first_account_of(&self, organisation_id: i64) -> Result<Option<i64>> {
        Ok(run!(self, p => sqlx::query_scalar(
            "SELECT user_id FROM user_organisations WHERE organisation_id = $1 ORDER BY user_id LIMIT 1")
            .bind(organisation_id).fetch_optional(p).await?))
    }

    /// The place, the session and the receiving organisation of a demo referral.
    async fn demo_target(
        &self,
        r: &DemoReferral,
        now: i64,
    ) -> Result<(Option<i64>, Option<i64>, i64)> {
        match (&r.place, &r.session) {
            (Some(key), None) => {
                let row: Option<(i64, i64)> = run!(self, p => sqlx::query_as(
                    "SELECT id, organisation_id FROM places WHERE source_key = $1")
                    .bind(format!("demo:{key}")).fetch_optional(p).await?);
                let (place, org) =
                    row.ok_or_else(|| invalid(format!("{}: unknown place {key}", r.person)))?;
                Ok((Some(place), None, org))
            }
            (None, Some(title)) => {
                let row: Option<(i64, Option<i64>, i64)> = run!(self, p => sqlx::query_as(
                    "SELECT id, place_id, organisation_id FROM activity_sessions
                     WHERE title = $1 AND starts_at > $2 ORDER BY starts_at LIMIT 1")
                    .bind(title).bind(now).fetch_optional(p).await?);
                let (session, place, org) = row.ok_or_else(|| {
                    invalid(format!("{}: no upcoming session {title:?}", r.person))
                })?;
                Ok((place, Some(session), org))
            }
            _ => Err(invalid(format!(
                "{}: give a place or a session, not both",
                r.person
            ))),
        }
    }
}
