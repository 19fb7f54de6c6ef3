//! Editing the directory from the back office: a place as an editable record,
//! updates and creations written in one transaction with their audit entry,
//! and the proposals of EPN managers waiting for the coordination
//! ([`proposals`]).
//!
//! Writes set `updated_at` so that the directory snapshot, which refreshes
//! from `directory_stamp` (count, latest update), sees the change.

use serde::{Deserialize, Serialize};

use crate::audit::NewAudit;
use crate::{Db, Result, run};

pub mod listing;
pub mod proposals;

pub use listing::{PlaceListFilter, PlaceListRow};
pub use proposals::{AcceptOutcome, NewProposal, Proposal, ProposalFilter, ProposalStatus};

/// Every column of a place a person can change, as stored in proposals and
/// in the audit log (lists of vocabulary codes as arrays).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct PlaceRecord {
    pub organisation_id: i64,
    pub kind: String,
    pub name: String,
    pub address: Option<String>,
    pub postcode: Option<String>,
    pub commune_nis: Option<String>,
    /// The commune as a source wrote it, for places outside the region.
    pub commune_name: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub opening_hours: Option<String>,
    pub mobile: bool,
    pub services: Vec<String>,
    pub publics: Vec<String>,
    pub languages: Vec<String>,
    pub accessibility: Vec<String>,
    pub price: Option<String>,
    pub computers: Option<i32>,
    pub tablets: Option<i32>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub website: Option<String>,
    pub description: Option<String>,
    pub label_status: String,
}

impl PlaceRecord {
    /// The record as JSON, for the audit log and proposals.
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::to_value(self).unwrap_or(serde_json::Value::Null)
    }

    pub fn from_json(s: &str) -> Option<PlaceRecord> {
        serde_json::from_str(s).ok()
    }
}

/// A place with what the editing pages need around its record.
#[derive(Debug, Clone, PartialEq)]
pub struct EditablePlace {
    pub id: i64,
    pub source_key: Option<String>,
    pub record: PlaceRecord,
    pub organisation_name: String,
    /// The coordination trusts the organisation to publish without moderation.
    pub organisation_trusted: bool,
    pub created_at: i64,
    pub updated_at: i64,
}

/// What an update did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UpdateOutcome {
    Updated,
    /// The record was already like this: nothing written.
    Unchanged,
    NotFound,
}

/// The columns of a place that people and imports write, as stored (lists
/// of codes space-separated): read back to compare, written by the editing
/// pages (through [`PlaceRecord`]) and by imports.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub(crate) struct RecordRow {
    pub(crate) organisation_id: i64,
    pub(crate) kind: String,
    pub(crate) name: String,
    pub(crate) address: Option<String>,
    pub(crate) postcode: Option<String>,
    pub(crate) commune_nis: Option<String>,
    pub(crate) commune_name: Option<String>,
    pub(crate) lat: Option<f64>,
    pub(crate) lon: Option<f64>,
    pub(crate) opening_hours: Option<String>,
    pub(crate) mobile: bool,
    pub(crate) services: String,
    pub(crate) publics: String,
    pub(crate) languages: String,
    pub(crate) accessibility: String,
    pub(crate) price: Option<String>,
    pub(crate) computers: Option<i32>,
    pub(crate) tablets: Option<i32>,
    pub(crate) phone: Option<String>,
    pub(crate) email: Option<String>,
    pub(crate) website: Option<String>,
    pub(crate) description: Option<String>,
    pub(crate) label_status: String,
}

fn codes(s: &str) -> Vec<String> {
    s.split_whitespace().map(str::to_owned).collect()
}

impl From<RecordRow> for PlaceRecord {
    fn from(r: RecordRow) -> PlaceRecord {
        PlaceRecord {
            organisation_id: r.organisation_id,
            kind: r.kind,
            name: r.name,
            address: r.address,
            postcode: r.postcode,
            commune_nis: r.commune_nis,
            commune_name: r.commune_name,
            lat: r.lat,
            lon: r.lon,
            opening_hours: r.opening_hours,
            mobile: r.mobile,
            services: codes(&r.services),
            publics: codes(&r.publics),
            languages: codes(&r.languages),
            accessibility: codes(&r.accessibility),
            price: r.price,
            computers: r.computers,
            tablets: r.tablets,
            phone: r.phone,
            email: r.email,
            website: r.website,
            description: r.description,
            label_status: r.label_status,
        }
    }
}

#[derive(sqlx::FromRow)]
struct EditableRow {
    id: i64,
    source_key: Option<String>,
    organisation_name: String,
    organisation_trusted: bool,
    created_at: i64,
    updated_at: i64,
    #[sqlx(flatten)]
    record: RecordRow,
}

const RECORD_COLUMNS: &str = "p.organisation_id, p.kind, p.name, p.address, p.postcode,
    p.commune_nis, p.commune_name, p.lat, p.lon, p.opening_hours, p.mobile, p.services, p.publics,
    p.languages, p.accessibility, p.price, p.computers, p.tablets, p.phone, p.email, p.website,
    p.description, p.label_status";

pub(crate) const SELECT_RECORD: &str = "SELECT p.organisation_id, p.kind, p.name, p.address,
    p.postcode, p.commune_nis, p.commune_name, p.lat, p.lon, p.opening_hours, p.mobile, p.services,
    p.publics, p.languages, p.accessibility, p.price, p.computers, p.tablets, p.phone, p.email,
    p.website, p.description, p.label_status FROM places p WHERE p.id = $1";

pub(crate) const UPDATE_RECORD: &str = "UPDATE places SET organisation_id = $1, kind = $2,
    name = $3, address = $4, postcode = $5, commune_nis = $6, commune_name = $7, lat = $8,
    lon = $9, opening_hours = $10, mobile = $11, services = $12, publics = $13, languages = $14,
    accessibility = $15, price = $16, computers = $17, tablets = $18, phone = $19, email = $20,
    website = $21, description = $22, label_status = $23, updated_at = $24 WHERE id = $25";

pub(crate) const INSERT_RECORD: &str = "INSERT INTO places (organisation_id, kind, name, address,
    postcode, commune_nis, commune_name, lat, lon, opening_hours, mobile, services, publics,
    languages, accessibility, price, computers, tablets, phone, email, website, description,
    label_status, updated_at, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11,
    $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25) RETURNING id";

/// Binds the 23 columns of a [`PlaceRecord`] then `$extra`s to a query.
macro_rules! bind_record {
    ($sql:expr, $r:expr $(, $extra:expr)*) => {{
        let r: &$crate::editing::PlaceRecord = $r;
        sqlx::query($sql)
            .bind(r.organisation_id)
            .bind(&r.kind)
            .bind(&r.name)
            .bind(&r.address)
            .bind(&r.postcode)
            .bind(&r.commune_nis)
            .bind(&r.commune_name)
            .bind(r.lat)
            .bind(r.lon)
            .bind(&r.opening_hours)
            .bind(r.mobile)
            .bind(r.services.join(" "))
            .bind(r.publics.join(" "))
            .bind(r.languages.join(" "))
            .bind(r.accessibility.join(" "))
            .bind(&r.price)
            .bind(r.computers)
            .bind(r.tablets)
            .bind(&r.phone)
            .bind(&r.email)
            .bind(&r.website)
            .bind(&r.description)
            .bind(&r.label_status)
            $(.bind($extra))*
    }};
}
pub(crate) use bind_record;

/// The `updated_at` of a write: now, or one second after the latest update
/// when that is already now, so that the directory's stamp (count, latest
/// update) changes with every write, even two in the same second.
macro_rules! next_stamp {
    ($conn:expr) => {{
        let latest: Option<i64> = sqlx::query_scalar("SELECT MAX(updated_at) FROM places")
            .fetch_one($conn)
            .await?;
        $crate::editing::stamp_after(latest.unwrap_or(0), $crate::now_ts())
    }};
}
pub(crate) use next_stamp;

#[doc(hidden)]
pub fn stamp_after(latest: i64, now: i64) -> i64 {
    if latest >= now && latest < now + 60 {
        latest + 1
    } else {
        now
    }
}

/// Updates place `$id` to `$after` on `$conn` with its audit entry; the
/// outcome. `$before` is the current record (read in the same transaction).
macro_rules! write_update {
    ($conn:expr, $id:expr, $before:expr, $after:expr, $audit:expr) => {{
        let before: &$crate::editing::PlaceRecord = $before;
        let after: &$crate::editing::PlaceRecord = $after;
        if before == after {
            $crate::editing::UpdateOutcome::Unchanged
        } else {
            let stamp = $crate::editing::next_stamp!(&mut *$conn);
            $crate::editing::bind_record!($crate::editing::UPDATE_RECORD, after, stamp, $id)
                .execute(&mut *$conn)
                .await?;
            let a: $crate::audit::NewAudit = $audit;
            $crate::audit!(
                &mut *$conn,
                &$crate::audit::NewAudit {
                    action: "place.update",
                    entity: "place",
                    entity_id: Some($id),
                    place_id: Some($id),
                    before: Some(before.to_json()),
                    after: Some(after.to_json()),
                    ..a
                }
            );
            $crate::editing::UpdateOutcome::Updated
        }
    }};
}
pub(crate) use write_update;

/// Inserts `$record` on `$conn` with its `place.create` audit entry; the new id.
macro_rules! write_create {
    ($conn:expr, $record:expr, $audit:expr) => {{
        let record: &$crate::editing::PlaceRecord = $record;
        let stamp = $crate::editing::next_stamp!(&mut *$conn);
        let id: i64 = {
            use sqlx::Row;
            $crate::editing::bind_record!(
                $crate::editing::INSERT_RECORD,
                record,
                stamp,
                $crate::now_ts()
            )
            .fetch_one(&mut *$conn)
            .await?
            .try_get(0)?
        };
        let a: $crate::audit::NewAudit = $audit;
        $crate::audit!(
            &mut *$conn,
            &$crate::audit::NewAudit {
                action: "place.create",
                entity: "place",
                entity_id: Some(id),
                place_id: Some(id),
                before: None,
                after: Some(record.to_json()),
                ..a
            }
        );
        id
    }};
}
pub(crate) use write_create;

impl Db {
    /// A place with its organisation, as the edit form shows it.
    pub async fn editable_place(&self, id: i64) -> Result<Option<EditablePlace>> {
        let sql = format!(
            "SELECT p.id, p.source_key, o.name AS organisation_name, o.trusted AS organisation_trusted,
                p.created_at, p.updated_at, {RECORD_COLUMNS}
             FROM places p JOIN organisations o ON o.id = p.organisation_id WHERE p.id = $1"
        );
        let row: Option<EditableRow> = run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(id).fetch_optional(p).await?);
        Ok(row.map(|r| EditablePlace {
            id: r.id,
            source_key: r.source_key,
            record: r.record.into(),
            organisation_name: r.organisation_name,
            organisation_trusted: r.organisation_trusted,
            created_at: r.created_at,
            updated_at: r.updated_at,
        }))
    }

    /// Writes `after` over place `id`, with a `place.update` audit entry
    /// (the whole record before and after), in one transaction.
    pub async fn update_place(
        &self,
        id: i64,
        after: &PlaceRecord,
        user_id: Option<i64>,
        note: Option<&str>,
    ) -> Result<UpdateOutcome> {
        let outcome = crate::write_tx!(self, tx => {
            let before: Option<RecordRow> = sqlx::query_as(SELECT_RECORD)
                .bind(id).fetch_optional(&mut *tx).await?;
            match before {
                None => UpdateOutcome::NotFound,
                Some(before) => {
                    let before = PlaceRecord::from(before);
                    write_update!(tx, id, &before, after, NewAudit { user_id, note, ..Default::default() })
                }
            }
        });
        Ok(outcome)
    }

    /// Creates a place from a record, with a `place.create` audit entry; its id.
    pub async fn add_place(&self, record: &PlaceRecord, user_id: Option<i64>) -> Result<i64> {
        let id = crate::write_tx!(self, tx => {
            write_create!(tx, record, NewAudit { user_id, ..Default::default() })
        });
        Ok(id)
    }
}

impl Db {
    /// "Everything is still correct": the place's data is confirmed as it is.
    /// It counts as an update (stale checks and reminders start again) and is
    /// audited (`place.confirm`). False when there is no such place.
    pub async fn confirm_place(&self, id: i64, actor: i64) -> Result<bool> {
        let done = crate::write_tx!(self, tx => {
            let before: Option<i64> = sqlx::query_scalar("SELECT updated_at FROM places WHERE id = $1")
                .bind(id).fetch_optional(&mut *tx).await?;
            match before {
                None => false,
                Some(before) => {
                    let stamp = next_stamp!(&mut *tx);
                    sqlx::query("UPDATE places SET updated_at = $1 WHERE id = $2")
                        .bind(stamp).bind(id).execute(&mut *tx).await?;
                    crate::audit!(&mut *tx, &crate::audit::NewAudit {
                        user_id: Some(actor),
                        action: "place.confirm",
                        entity: "place",
                        entity_id: Some(id),
                        place_id: Some(id),
                        before: Some(serde_json::json!({ "updated_at": before })),
                        after: Some(serde_json::json!({ "updated_at": stamp })),
                        ..Default::default()
                    });
                    true
                }
            }
        });
        Ok(done)
    }
}
