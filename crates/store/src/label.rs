//! The EPN label in the database: the label's configuration (rules and
//! versioned charter, from the region's label file), applications and their
//! history, yearly confirmations and review flags.
//!
//! Every step of the procedure goes through [`domain::label::transition`] and
//! is written in one transaction with its event (who, when, why), its audit
//! entry and, for a decision or a withdrawal, the directory's label status of
//! the places concerned ([`steps`]).

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use domain::label::{
    Application, BasicPrice, CriterionId, CriterionResult, LabelRules, LabelState, evaluate,
};
use serde::{Deserialize, Serialize};

use crate::{Db, Result, StoreError, run};

mod config;
pub mod demo;
pub mod review;
pub mod steps;

pub use config::{BRUSSELS_LABEL, Benefits, Charter, LabelConfig, shipped_label};
pub use review::{LabelFlag, ReviewRun};
pub use steps::{DraftError, StepOutcome};

/// The answers of an application (or of a yearly confirmation). Every one may
/// be missing while the application is a draft. Weekly hours are minutes.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct LabelFacts {
    pub computers: Option<i32>,
    pub opening_hours: Option<String>,
    pub training_minutes: Option<i32>,
    pub free_access_minutes: Option<i32>,
    pub open_to_all_adults: Option<bool>,
    pub basic_price: Option<String>,
    pub publics: Vec<String>,
    pub activities: Option<String>,
}

/// The questions of the form, by field name (for "what is still missing").
pub const FACT_FIELDS: [&str; 7] = [
    "computers",
    "opening_hours",
    "training_hours",
    "free_access_hours",
    "open_to_all_adults",
    "basic_price",
    "activities",
];

impl LabelFacts {
    /// The questions not answered yet (names of [`FACT_FIELDS`]).
    pub fn missing(&self) -> Vec<&'static str> {
        let blank = |s: &Option<String>| s.as_deref().is_none_or(|t| t.trim().is_empty());
        let mut out = Vec::new();
        if self.computers.is_none() {
            out.push("computers");
        }
        if blank(&self.opening_hours) {
            out.push("opening_hours");
        }
        if self.training_minutes.is_none() {
            out.push("training_hours");
        }
        if self.free_access_minutes.is_none() {
            out.push("free_access_hours");
        }
        if self.open_to_all_adults.is_none() {
            out.push("open_to_all_adults");
        }
        if self
            .basic_price
            .as_deref()
            .and_then(BasicPrice::parse)
            .is_none()
        {
            out.push("basic_price");
        }
        if blank(&self.activities) {
            out.push("activities");
        }
        out
    }

    /// The criteria that the answers given so far decide, in the engine's
    /// order: a draft shows what it already passes or fails.
    pub fn evaluate_known(
        &self,
        rules: &LabelRules,
        charter_accepted: bool,
        country: &str,
        today: NaiveDate,
    ) -> Vec<CriterionResult> {
        let app = Application {
            computers: self.computers.map_or(0, |c| u32::try_from(c).unwrap_or(0)),
            opening_hours: self.opening_hours.clone().unwrap_or_default(),
            training_hours_per_week: f64::from(self.training_minutes.unwrap_or(0)) / 60.0,
            free_access_hours_per_week: f64::from(self.free_access_minutes.unwrap_or(0)) / 60.0,
            open_to_all_adults: self.open_to_all_adults.unwrap_or(false),
            basic_activities_price: self
                .basic_price
                .as_deref()
                .and_then(BasicPrice::parse)
                .unwrap_or(BasicPrice::Paid),
            charter_accepted,
        };
        let known = |id: CriterionId| match id {
            CriterionId::Computers => self.computers.is_some(),
            CriterionId::OpeningHours => self
                .opening_hours
                .as_deref()
                .is_some_and(|h| !h.trim().is_empty()),
            CriterionId::TrainingHours => self.training_minutes.is_some(),
            CriterionId::FreeAccessHours => self.free_access_minutes.is_some(),
            CriterionId::OpenToAllAdults => self.open_to_all_adults.is_some(),
            CriterionId::Price => self
                .basic_price
                .as_deref()
                .and_then(BasicPrice::parse)
                .is_some(),
            CriterionId::Charter => true,
        };
        evaluate(rules, &app, country, today)
            .criteria
            .into_iter()
            .filter(|c| known(c.id))
            .collect()
    }
}

/// A place named by an application.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LabelPlace {
    pub id: i64,
    pub name: String,
    pub commune_nis: Option<String>,
    pub label_status: String,
}

/// An application with its places.
#[derive(Debug, Clone, Serialize)]
pub struct LabelApplication {
    pub id: i64,
    pub organisation_id: i64,
    pub organisation_name: String,
    pub state: LabelState,
    pub facts: LabelFacts,
    pub charter_version: Option<String>,
    pub charter_accepted_at: Option<i64>,
    pub note: Option<String>,
    pub created_by: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
    pub places: Vec<LabelPlace>,
}

impl LabelApplication {
    pub fn place_names(&self) -> String {
        self.places
            .iter()
            .map(|p| p.name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// One recorded step.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct LabelEvent {
    pub id: i64,
    pub application_id: i64,
    pub at: i64,
    pub user_id: Option<i64>,
    pub user_name: Option<String>,
    pub body: Option<String>,
    pub step: String,
    pub from_state: String,
    pub to_state: String,
    pub event_date: Option<String>,
    pub event_year: Option<i32>,
    pub favourable: Option<bool>,
    pub reasons: Option<String>,
    pub notes: Option<String>,
}

#[derive(sqlx::FromRow)]
struct AppRow {
    id: i64,
    organisation_id: i64,
    organisation_name: String,
    state: String,
    computers: Option<i32>,
    opening_hours: Option<String>,
    training_minutes: Option<i32>,
    free_access_minutes: Option<i32>,
    open_to_all_adults: Option<bool>,
    basic_price: Option<String>,
    publics: String,
    activities: Option<String>,
    charter_version: Option<String>,
    charter_accepted_at: Option<i64>,
    note: Option<String>,
    created_by: Option<i64>,
    created_at: i64,
    updated_at: i64,
}

const SELECT_APP: &str = "SELECT a.id, a.organisation_id, o.name AS organisation_name, a.state,
    a.computers, a.opening_hours, a.training_minutes, a.free_access_minutes, a.open_to_all_adults,
    a.basic_price, a.publics, a.activities, a.charter_version, a.charter_accepted_at, a.note,
    a.created_by, a.created_at, a.updated_at
    FROM label_applications a JOIN organisations o ON o.id = a.organisation_id";

impl AppRow {
    fn into_app(self, places: Vec<LabelPlace>) -> Result<LabelApplication> {
        let state = LabelState::parse(&self.state)
            .ok_or_else(|| StoreError::Invalid(format!("unknown label state {:?}", self.state)))?;
        Ok(LabelApplication {
            id: self.id,
            organisation_id: self.organisation_id,
            organisation_name: self.organisation_name,
            state,
            facts: LabelFacts {
                computers: self.computers,
                opening_hours: self.opening_hours,
                training_minutes: self.training_minutes,
                free_access_minutes: self.free_access_minutes,
                open_to_all_adults: self.open_to_all_adults,
                basic_price: self.basic_price,
                publics: self.publics.split_whitespace().map(str::to_owned).collect(),
                activities: self.activities,
            },
            charter_version: self.charter_version,
            charter_accepted_at: self.charter_accepted_at,
            note: self.note,
            created_by: self.created_by,
            created_at: self.created_at,
            updated_at: self.updated_at,
            places,
        })
    }
}

/// The answers of one application, read inside a transaction.
#[derive(sqlx::FromRow)]
pub(crate) struct AppFactsRow {
    computers: Option<i32>,
    opening_hours: Option<String>,
    training_minutes: Option<i32>,
    free_access_minutes: Option<i32>,
    open_to_all_adults: Option<bool>,
    basic_price: Option<String>,
    publics: String,
    activities: Option<String>,
}

pub(crate) const SELECT_FACTS: &str = "SELECT computers, opening_hours, training_minutes,
    free_access_minutes, open_to_all_adults, basic_price, publics, activities
    FROM label_applications WHERE id = $1";

impl From<AppFactsRow> for LabelFacts {
    fn from(r: AppFactsRow) -> LabelFacts {
        LabelFacts {
            computers: r.computers,
            opening_hours: r.opening_hours,
            training_minutes: r.training_minutes,
            free_access_minutes: r.free_access_minutes,
            open_to_all_adults: r.open_to_all_adults,
            basic_price: r.basic_price,
            publics: r.publics.split_whitespace().map(str::to_owned).collect(),
            activities: r.activities,
        }
    }
}

/// Which applications to list.
#[derive(Debug, Clone, Default)]
pub struct LabelFilter {
    /// Only these organisations (an EPN manager's); every one when None.
    pub organisations: Option<Vec<i64>>,
    /// Only these states; every one when empty.
    pub states: Vec<LabelState>,
    /// Only applications naming this place.
    pub place_id: Option<i64>,
}

impl Db {
    async fn places_of_applications(&self) -> Result<HashMap<i64, Vec<LabelPlace>>> {
        let rows: Vec<(i64, i64, String, Option<String>, String)> = run!(self, p => sqlx::query_as(
            "SELECT ap.application_id, p.id, p.name, p.commune_nis, p.label_status
             FROM label_application_places ap JOIN places p ON p.id = ap.place_id
             ORDER BY ap.application_id, p.id")
            .fetch_all(p).await?);
        let mut out: HashMap<i64, Vec<LabelPlace>> = HashMap::new();
        for (app, id, name, commune_nis, label_status) in rows {
            out.entry(app).or_default().push(LabelPlace {
                id,
                name,
                commune_nis,
                label_status,
            });
        }
        Ok(out)
    }

    /// One application with its places.
    pub async fn label_application(&self, id: i64) -> Result<Option<LabelApplication>> {
        let row: Option<AppRow> = run!(self, p => sqlx::query_as(
            sqlx::AssertSqlSafe(format!("{SELECT_APP} WHERE a.id = $1")))
            .bind(id).fetch_optional(p).await?);
        let Some(row) = row else { return Ok(None) };
        let places: Vec<(i64, String, Option<String>, String)> = run!(self, p => sqlx::query_as(
            "SELECT p.id, p.name, p.commune_nis, p.label_status
             FROM label_application_places ap JOIN places p ON p.id = ap.place_id
             WHERE ap.application_id = $1 ORDER BY p.id")
            .bind(id).fetch_all(p).await?);
        let places = places
            .into_iter()
            .map(|(id, name, commune_nis, label_status)| LabelPlace {
                id,
                name,
                commune_nis,
                label_status,
            })
            .collect();
        row.into_app(places).map(Some)
    }

    /// Applications, newest first.
    pub async fn label_applications(&self, f: &LabelFilter) -> Result<Vec<LabelApplication>> {
        let rows: Vec<AppRow> = run!(self, p => sqlx::query_as(
            sqlx::AssertSqlSafe(format!("{SELECT_APP} ORDER BY a.updated_at DESC, a.id DESC")))
            .fetch_all(p).await?);
        let mut places = self.places_of_applications().await?;
        let mut out = Vec::new();
        for r in rows {
            if f.organisations
                .as_ref()
                .is_some_and(|orgs| !orgs.contains(&r.organisation_id))
            {
                continue;
            }
            let own = places.remove(&r.id).unwrap_or_default();
            let app = r.into_app(own)?;
            if (!f.states.is_empty() && !f.states.contains(&app.state))
                || f.place_id
                    .is_some_and(|pid| !app.places.iter().any(|p| p.id == pid))
            {
                continue;
            }
            out.push(app);
        }
        Ok(out)
    }

    /// The history of an application, oldest first.
    pub async fn label_events(&self, application_id: i64) -> Result<Vec<LabelEvent>> {
        Ok(run!(self, p => sqlx::query_as(
            "SELECT e.id, e.application_id, e.at, e.user_id, u.name AS user_name, e.body, e.step,
                    e.from_state, e.to_state, e.event_date, e.event_year, e.favourable, e.reasons, e.notes
             FROM label_events e LEFT JOIN users u ON u.id = e.user_id
             WHERE e.application_id = $1 ORDER BY e.id")
            .bind(application_id).fetch_all(p).await?))
    }

    /// Places named by a granted label (what "labelled" in the directory should rest on).
    pub async fn granted_label_place_ids(&self) -> Result<HashSet<i64>> {
        let ids: Vec<i64> = run!(self, p => sqlx::query_scalar(
            "SELECT DISTINCT ap.place_id FROM label_application_places ap
             JOIN label_applications a ON a.id = ap.application_id WHERE a.state = 'granted'")
            .fetch_all(p).await?);
        Ok(ids.into_iter().collect())
    }

    /// The year each labelled place's label was granted, when known.
    pub async fn label_granted_years(&self) -> Result<HashMap<i64, i32>> {
        let rows: Vec<(i64, Option<i32>, Option<String>)> = run!(self, p => sqlx::query_as(
            "SELECT ap.place_id, e.event_year, e.event_date FROM label_events e
             JOIN label_applications a ON a.id = e.application_id
             JOIN label_application_places ap ON ap.application_id = a.id
             WHERE a.state = 'granted' AND e.to_state = 'granted'")
            .fetch_all(p).await?);
        Ok(rows
            .into_iter()
            .filter_map(|(place, year, date)| {
                let year = year.or_else(|| {
                    date.as_deref()
                        .and_then(|d| d.get(..4))
                        .and_then(|y| y.parse().ok())
                });
                year.map(|y| (place, y))
            })
            .collect())
    }

    /// How many label decisions of each kind (`granted`, `refused`,
    /// `withdrawn`) were taken in `year`: the year the source gives, else
    /// the decision's date, else the day it was recorded (UTC).
    pub async fn label_decisions_in(&self, year: i32) -> Result<Vec<(String, i64)>> {
        let rows: Vec<(String, Option<i32>, Option<String>, i64)> = run!(self, p => sqlx::query_as(
            "SELECT to_state, event_year, event_date, at FROM label_events
             WHERE to_state IN ('granted', 'refused', 'withdrawn')")
            .fetch_all(p).await?);
        let mut counts: std::collections::BTreeMap<String, i64> = Default::default();
        for (state, event_year, date, at) in rows {
            let y = event_year
                .or_else(|| date.as_deref().and_then(|d| d.get(..4)?.parse().ok()))
                .or_else(|| {
                    chrono::DateTime::from_timestamp(at, 0).map(|d| chrono::Datelike::year(&d))
                });
            if y == Some(year) {
                *counts.entry(state).or_default() += 1;
            }
        }
        Ok(["granted", "refused", "withdrawn"]
            .into_iter()
            .map(|s| (s.to_owned(), counts.get(s).copied().unwrap_or(0)))
            .collect())
    }

    /// The places of these organisations, as the label pages list them
    /// (every place, even one the public directory cannot show): (organisation
    /// id, organisation name, place), by organisation then place.
    pub async fn label_places_of(
        &self,
        organisations: &[i64],
    ) -> Result<Vec<(i64, String, LabelPlace)>> {
        let mut out = Vec::new();
        for org in organisations {
            let rows: Vec<(i64, String, i64, String, Option<String>, String)> = run!(self, p => sqlx::query_as(
                "SELECT o.id, o.name, p.id, p.name, p.commune_nis, p.label_status
                 FROM places p JOIN organisations o ON o.id = p.organisation_id
                 WHERE o.id = $1 ORDER BY p.id")
                .bind(org).fetch_all(p).await?);
            out.extend(rows.into_iter().map(
                |(org, org_name, id, name, commune_nis, label_status)| {
                    (
                        org,
                        org_name,
                        LabelPlace {
                            id,
                            name,
                            commune_nis,
                            label_status,
                        },
                    )
                },
            ));
        }
        Ok(out)
    }

    /// Whether the label's tables exist (migration 4 applied).
    pub async fn has_label_schema(&self) -> Result<bool> {
        let n: i64 = run!(self, p => sqlx::query_scalar(
            "SELECT COUNT(*) FROM _sqlx_migrations WHERE version = 4 AND success")
            .fetch_one(p).await?);
        Ok(n > 0)
    }

    /// The e-mail addresses of an application's applicant: the active EPN
    /// managers of its organisation and the account that opened it.
    pub async fn label_applicant_emails(&self, application_id: i64) -> Result<Vec<String>> {
        let mut emails: Vec<String> = run!(self, p => sqlx::query_scalar(
            "SELECT DISTINCT u.email FROM users u
             WHERE u.active AND (
                u.id = (SELECT created_by FROM label_applications WHERE id = $1)
                OR (u.role = 'epn_manager' AND u.id IN (
                    SELECT uo.user_id FROM user_organisations uo
                    WHERE uo.organisation_id = (SELECT organisation_id FROM label_applications WHERE id = $1))))
             ORDER BY u.email")
            .bind(application_id).fetch_all(p).await?);
        emails.dedup();
        Ok(emails)
    }
}
