//! The demo data set: real facts of the Brussels plan's 2021 report, loaded
//! into an empty database in one transaction.

use std::collections::HashMap;

use serde::Deserialize;

use crate::places::{NewPlace, insert_organisation, insert_place};
use crate::{Db, Result, write_tx};

/// The Brussels 2021 demo file.
pub const BRUSSELS_2021: &str = include_str!("../../../data/demo/brussels-2021.toml");

#[derive(Debug, Deserialize)]
pub struct DemoData {
    pub organisations: Vec<DemoOrganisation>,
    pub places: Vec<DemoPlace>,
    #[serde(default)]
    pub refurbished_it: Vec<DemoRefurbished>,
    #[serde(default)]
    pub data_issues: Vec<DemoIssue>,
    /// The label's history (`data/demo/label-2021.toml`, a file of its own).
    #[serde(skip)]
    pub label_history: Option<crate::label::demo::LabelHistory>,
    /// Illustrative sessions around the load date (`data/demo/sessions-2026.toml`).
    #[serde(skip)]
    pub sessions: Option<crate::sessions::demo::DemoSessions>,
    /// Illustrative capacity records (`data/demo/capacity-illustrative.toml`).
    #[serde(skip)]
    pub capacity: Option<crate::capacity::demo::DemoCapacity>,
    /// Illustrative cadastre entries (`data/demo/cadastre-illustrative.toml`).
    #[serde(skip)]
    pub cadastre: Option<crate::cadastre::demo::DemoCadastre>,
    /// The figures the 2021 report gave (`data/demo/figures-2021.toml`).
    #[serde(skip)]
    pub reported: Option<crate::reported::DemoReported>,
}

#[derive(Debug, Deserialize)]
pub struct DemoOrganisation {
    pub key: String,
    pub name: String,
    pub kind: String,
}

#[derive(Debug, Deserialize)]
pub struct DemoPlace {
    pub key: String,
    pub name: String,
    pub organisation: String,
    pub kind: domain::PlaceKind,
    pub commune_nis: Option<String>,
    pub postcode: Option<String>,
    #[serde(default)]
    pub mobile: bool,
    pub label: Option<domain::LabelStatus>,
    #[serde(default)]
    pub services: Vec<String>,
    #[serde(default)]
    pub publics: Vec<String>,
    pub computers: Option<i32>,
    pub description: Option<String>,
    pub project: Option<DemoProject>,
    pub source: String,
}

#[derive(Debug, Deserialize)]
pub struct DemoProject {
    pub call: String,
    pub name: String,
    pub amount_cents: Option<i64>,
    pub publics_text: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct DemoRefurbished {
    pub organisation: String,
    pub year: i32,
    pub laptops: i32,
    pub desktops: i32,
    pub screens: i32,
    pub source: String,
}

#[derive(Debug, Deserialize)]
pub struct DemoIssue {
    pub place: Option<String>,
    pub field: String,
    pub value: String,
    pub message: String,
    pub source: String,
}

impl DemoData {
    pub fn parse(src: &str) -> Result<DemoData> {
        toml::from_str(src).map_err(|e| Db::invalid(format!("demo data: {e}")))
    }

    pub fn brussels_2021() -> DemoData {
        let mut data = DemoData::parse(BRUSSELS_2021).expect("shipped demo data is valid");
        data.label_history = Some(crate::label::demo::LabelHistory::brussels_2021());
        data.sessions = Some(crate::sessions::demo::DemoSessions::brussels());
        data.capacity = Some(crate::capacity::demo::DemoCapacity::illustrative());
        data.cadastre = Some(crate::cadastre::demo::DemoCadastre::illustrative());
        data.reported = Some(crate::reported::DemoReported::brussels_2021());
        data
    }
}

impl Db {
    /// Loads `data` in one transaction at time `now` (the demo sessions fall
    /// around it). Fails (and writes nothing) if a key repeats or refers to nothing.
    pub async fn load_demo(&self, data: &DemoData, now: i64) -> Result<()> {
        // A database of an older release has no label tables: its demo had no label history.
        let label_schema = self.has_label_schema().await?;
        write_tx!(self, tx => {
            let mut orgs: HashMap<&str, i64> = HashMap::new();
            for o in &data.organisations {
                let id = insert_organisation!(&mut *tx, now, Some(&o.key), &o.name, &o.kind);
                orgs.insert(&o.key, id);
            }
            let mut places: HashMap<&str, i64> = HashMap::new();
            for p in &data.places {
                let organisation_id = *orgs
                    .get(p.organisation.as_str())
                    .ok_or_else(|| Db::invalid(format!("place {}: unknown organisation {}", p.key, p.organisation)))?;
                let new = NewPlace {
                    source_key: Some(format!("demo:{}", p.key)),
                    organisation_id,
                    kind: p.kind,
                    name: p.name.clone(),
                    postcode: p.postcode.clone(),
                    commune_nis: p.commune_nis.clone(),
                    mobile: p.mobile,
                    services: p.services.clone(),
                    publics: p.publics.clone(),
                    computers: p.computers,
                    description: p.description.clone(),
                    label_status: p.label.unwrap_or_default(),
                    ..NewPlace::default()
                };
                let id = insert_place!(&mut *tx, now, &new);
                places.insert(&p.key, id);
                if let Some(pr) = &p.project {
                    sqlx::query(
                        "INSERT INTO projects (place_id, call_code, name, amount_cents, publics_text, source)
                         VALUES ($1, $2, $3, $4, $5, $6)",
                    )
                    .bind(id)
                    .bind(&pr.call)
                    .bind(&pr.name)
                    .bind(pr.amount_cents)
                    .bind(&pr.publics_text)
                    .bind(&p.source)
                    .execute(&mut *tx)
                    .await?;
                }
            }
            for r in &data.refurbished_it {
                let org = *orgs
                    .get(r.organisation.as_str())
                    .ok_or_else(|| Db::invalid(format!("refurbished_it: unknown organisation {}", r.organisation)))?;
                sqlx::query(
                    "INSERT INTO refurbished_it (organisation_id, year, laptops, desktops, screens, source)
                     VALUES ($1, $2, $3, $4, $5, $6)",
                )
                .bind(org)
                .bind(r.year)
                .bind(r.laptops)
                .bind(r.desktops)
                .bind(r.screens)
                .bind(&r.source)
                .execute(&mut *tx)
                .await?;
            }
            if let Some(h) = data.label_history.as_ref().filter(|_| label_schema) {
                crate::label::demo::load_history!(tx, now, h, &data.places, orgs, places);
            }
            if let Some(s) = &data.sessions {
                crate::sessions::demo::load_sessions!(tx, now, s, &data.places, orgs, places);
            }
            if let Some(c) = &data.capacity {
                crate::capacity::demo::load_capacity!(tx, now, c, places);
            }
            if let Some(c) = &data.cadastre {
                crate::cadastre::demo::load_cadastre!(tx, now, c, places);
            }
            if let Some(r) = &data.reported {
                crate::reported::load_reported!(tx, now, r);
            }
            for d in &data.data_issues {
                let place_id = match &d.place {
                    Some(k) => Some(*places.get(k.as_str()).ok_or_else(|| Db::invalid(format!("data issue: unknown place {k}")))?),
                    None => None,
                };
                sqlx::query(
                    "INSERT INTO data_issues (place_id, field, value, message, source, created_at)
                     VALUES ($1, $2, $3, $4, $5, $6)",
                )
                .bind(place_id)
                .bind(&d.field)
                .bind(&d.value)
                .bind(&d.message)
                .bind(&d.source)
                .bind(now)
                .execute(&mut *tx)
                .await?;
            }
        });
        Ok(())
    }

    /// Every data issue recorded from source data.
    pub async fn data_issues(&self) -> Result<Vec<domain::place::DataIssue>> {
        let rows: Vec<(Option<i64>, String, String, String, String)> = crate::run!(self, p =>
            sqlx::query_as("SELECT place_id, field, value, message, source FROM data_issues ORDER BY id")
                .fetch_all(p).await?);
        Ok(rows
            .into_iter()
            .map(
                |(place_id, field, value, message, source)| domain::place::DataIssue {
                    place_id,
                    field,
                    value,
                    message,
                    source,
                },
            )
            .collect())
    }

    /// Data issues recorded for one place.
    pub async fn data_issues_for(&self, place_id: i64) -> Result<Vec<domain::place::DataIssue>> {
        let rows: Vec<(Option<i64>, String, String, String, String)> = crate::run!(self, p =>
            sqlx::query_as("SELECT place_id, field, value, message, source FROM data_issues WHERE place_id = $1 ORDER BY id")
                .bind(place_id).fetch_all(p).await?);
        Ok(rows
            .into_iter()
            .map(
                |(place_id, field, value, message, source)| domain::place::DataIssue {
                    place_id,
                    field,
                    value,
                    message,
                    source,
                },
            )
            .collect())
    }
}

/// Accounts of the demo, one per role, so that the back office can be tried.
/// Their passwords are public: only for a local demo database.
pub const DEMO_ACCOUNTS: &[(&str, &str, domain::account::Role)] = &[
    (
        "admin@demo.passerelle.test",
        "demo-admin-password",
        domain::account::Role::Admin,
    ),
    (
        "coordination@demo.passerelle.test",
        "demo-coordination-password",
        domain::account::Role::Coordinator,
    ),
    (
        "epn@demo.passerelle.test",
        "demo-epn-password",
        domain::account::Role::EpnManager,
    ),
    (
        "referrer@demo.passerelle.test",
        "demo-referrer-password",
        domain::account::Role::Referrer,
    ),
    (
        "committee@demo.passerelle.test",
        "demo-committee-password",
        domain::account::Role::Committee,
    ),
    (
        "jury@demo.passerelle.test",
        "demo-jury-password",
        domain::account::Role::Jury,
    ),
    (
        "applicant@demo.passerelle.test",
        "demo-applicant-password",
        domain::account::Role::Applicant,
    ),
];

impl Db {
    /// Creates [`DEMO_ACCOUNTS`]: the EPN manager manages the organisation of
    /// the first public digital space, the referrer works at the first CPAS,
    /// the applicant applies for the first non-profit that runs no EPN.
    pub async fn load_demo_accounts(&self, now: i64) -> Result<()> {
        let epn_org: Option<i64> = crate::run!(self, p => sqlx::query_scalar(
            "SELECT organisation_id FROM places WHERE kind = 'epn' ORDER BY id LIMIT 1")
            .fetch_optional(p).await?);
        let cpas: Option<i64> = crate::run!(self, p => sqlx::query_scalar(
            "SELECT id FROM organisations WHERE kind = 'cpas' ORDER BY id LIMIT 1")
            .fetch_optional(p).await?);
        let asbl: Option<i64> = crate::run!(self, p => sqlx::query_scalar(
            "SELECT o.id FROM organisations o WHERE o.kind = 'asbl'
             AND NOT EXISTS (SELECT 1 FROM places p WHERE p.organisation_id = o.id AND p.kind = 'epn')
             ORDER BY o.id LIMIT 1")
            .fetch_optional(p).await?);
        for (email, password, role) in DEMO_ACCOUNTS {
            let org = match role {
                domain::account::Role::EpnManager => epn_org,
                domain::account::Role::Referrer => cpas,
                domain::account::Role::Applicant => asbl,
                _ => None,
            };
            let orgs: Vec<i64> = org.into_iter().collect();
            let name = email.split('@').next().unwrap_or(email);
            self.create_user(
                email,
                &format!("Demo {name}"),
                *role,
                &orgs,
                Some(password),
                now,
            )
            .await?;
        }
        Ok(())
    }
}
