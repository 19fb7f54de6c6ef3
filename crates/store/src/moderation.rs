//! Moderation of the directory: merging duplicate places (the old page
//! redirects, the history stays), "report a mistake" messages from the public,
//! and the stale entries whose managers get a reminder.

use domain::PlaceColumns;
use serde::Serialize;

use crate::audit::NewAudit;
use crate::places::{StoredColumns, place_columns};
use crate::{Db, Result, StoreError, run};

mod reports;

pub use reports::{MistakeReport, StalePlace};

/// A place as stored, as a merge reads and records it: its
/// [`PlaceColumns`] (also read through `Deref`, e.g. `place.name`) with what
/// only a merge changes or shows (id, source key, creation and update times).
/// It serializes flat, one key per column (lists as arrays).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StoredPlace {
    pub id: i64,
    pub source_key: Option<String>,
    #[serde(flatten)]
    pub columns: PlaceColumns,
    pub created_at: i64,
    pub updated_at: i64,
}

impl std::ops::Deref for StoredPlace {
    type Target = PlaceColumns;

    fn deref(&self) -> &PlaceColumns {
        &self.columns
    }
}

/// A [`StoredPlace`] as its row decodes.
#[derive(sqlx::FromRow)]
struct StoredPlaceRow {
    id: i64,
    source_key: Option<String>,
    created_at: i64,
    updated_at: i64,
    #[sqlx(flatten)]
    columns: StoredColumns,
}

impl From<StoredPlaceRow> for StoredPlace {
    fn from(r: StoredPlaceRow) -> StoredPlace {
        StoredPlace {
            id: r.id,
            source_key: r.source_key,
            columns: r.columns.into(),
            created_at: r.created_at,
            updated_at: r.updated_at,
        }
    }
}

const SELECT_RECORD: &str = concat!(
    "SELECT p.id, p.source_key, p.created_at, p.updated_at, ",
    place_columns!(),
    " FROM places p WHERE p.id = $1"
);

/// The fields a merge may fill on the kept place (`location` is lat and lon together).
/// Name, organisation, kind and "mobile" always stay those of the kept place.
pub const MERGE_FIELDS: &[&str] = &[
    "address",
    "postcode",
    "commune_nis",
    "commune_name",
    "location",
    "opening_hours",
    "services",
    "publics",
    "languages",
    "accessibility",
    "price",
    "computers",
    "tablets",
    "phone",
    "email",
    "website",
    "description",
    "label_status",
    "source_key",
];

fn text(s: &Option<String>) -> Option<String> {
    s.as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
}

fn list(codes: &[String]) -> Option<String> {
    Some(codes.join(" ")).filter(|s| !s.trim().is_empty())
}

impl StoredPlace {
    /// The value of one of [`MERGE_FIELDS`] as text; None when it is empty
    /// (a label status of `none` counts as empty).
    pub fn field_text(&self, field: &str) -> Option<String> {
        match field {
            "address" => text(&self.address),
            "postcode" => text(&self.postcode),
            "commune_nis" => text(&self.commune_nis),
            "commune_name" => text(&self.commune_name),
            "location" => self.lat.zip(self.lon).map(|(a, o)| format!("{a}, {o}")),
            "opening_hours" => text(&self.opening_hours),
            "services" => list(&self.services),
            "publics" => list(&self.publics),
            "languages" => list(&self.languages),
            "accessibility" => list(&self.accessibility),
            "price" => text(&self.price),
            "computers" => self.computers.map(|n| n.to_string()),
            "tablets" => self.tablets.map(|n| n.to_string()),
            "phone" => text(&self.phone),
            "email" => text(&self.email),
            "website" => text(&self.website),
            "description" => text(&self.description),
            "label_status" => Some(self.label_status)
                .filter(|s| *s != domain::LabelStatus::None)
                .map(|s| s.code().to_owned()),
            "source_key" => text(&self.source_key),
            _ => None,
        }
    }

    /// Copies one field from `other`.
    fn take(&mut self, other: &StoredPlace, field: &str) {
        let o = other.columns.clone();
        let c = &mut self.columns;
        match field {
            "address" => c.address = o.address,
            "postcode" => c.postcode = o.postcode,
            "commune_nis" => c.commune_nis = o.commune_nis,
            "commune_name" => c.commune_name = o.commune_name,
            "location" => (c.lat, c.lon) = (o.lat, o.lon),
            "opening_hours" => c.opening_hours = o.opening_hours,
            "services" => c.services = o.services,
            "publics" => c.publics = o.publics,
            "languages" => c.languages = o.languages,
            "accessibility" => c.accessibility = o.accessibility,
            "price" => c.price = o.price,
            "computers" => c.computers = o.computers,
            "tablets" => c.tablets = o.tablets,
            "phone" => c.phone = o.phone,
            "email" => c.email = o.email,
            "website" => c.website = o.website,
            "description" => c.description = o.description,
            "label_status" => c.label_status = o.label_status,
            "source_key" => self.source_key.clone_from(&other.source_key),
            _ => {}
        }
    }
}

/// What a merge does: the two places, the result, and where things come from.
#[derive(Debug, Clone, Serialize)]
pub struct MergePlan {
    pub keep: StoredPlace,
    pub remove: StoredPlace,
    /// The kept place after the merge.
    pub merged: StoredPlace,
    /// The fields filled from the removed place (all others stay the kept place's).
    pub filled: Vec<&'static str>,
    /// Records attached to the removed place that move to the kept one.
    pub moved: Attached,
}

/// Records attached to a place.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Attached {
    pub projects: i64,
    pub data_issues: i64,
    pub proposals: i64,
    pub reports: i64,
}

/// Fills the empty fields of `keep` from `remove`; never overwrites a filled field.
pub fn plan_merge(keep: &StoredPlace, remove: &StoredPlace) -> (StoredPlace, Vec<&'static str>) {
    let mut merged = keep.clone();
    let mut filled = Vec::new();
    for field in MERGE_FIELDS {
        if keep.field_text(field).is_none() && remove.field_text(field).is_some() {
            merged.take(remove, field);
            filled.push(*field);
        }
    }
    (merged, filled)
}

macro_rules! attached {
    ($conn:expr, $id:expr) => {{
        let id: i64 = $id;
        let (projects, data_issues, proposals, reports): (i64, i64, i64, i64) = sqlx::query_as(
            "SELECT (SELECT COUNT(*) FROM projects WHERE place_id = $1),
                    (SELECT COUNT(*) FROM data_issues WHERE place_id = $1),
                    (SELECT COUNT(*) FROM proposals WHERE place_id = $1),
                    (SELECT COUNT(*) FROM mistake_reports WHERE place_id = $1)",
        )
        .bind(id)
        .fetch_one($conn)
        .await?;
        Attached {
            projects,
            data_issues,
            proposals,
            reports,
        }
    }};
}

fn check_pair(keep_id: i64, remove_id: i64) -> Result<()> {
    if keep_id == remove_id {
        return Err(StoreError::Invalid(format!(
            "a place cannot be merged with itself (#{keep_id})"
        )));
    }
    Ok(())
}

fn missing(id: i64) -> StoreError {
    StoreError::Invalid(format!("no place with id {id}"))
}

/// Rows whose primary key includes the place: a row the kept place already
/// has is dropped from the removed one before the move (`$1` kept, `$2` removed).
const DEDUPE_BEFORE_MOVE: &[(&str, &str)] = &[
    // Both places in the same survey edition: the kept place's link and
    // estimate stay (the removed place's answers and drafts move to it).
    (
        "survey_edition_places",
        "DELETE FROM survey_edition_places WHERE place_id = $2
           AND edition_id IN (SELECT edition_id FROM survey_edition_places WHERE place_id = $1)",
    ),
    // A reminder sent to both places at the same second is one reminder.
    (
        "stale_reminders",
        "DELETE FROM stale_reminders WHERE place_id = $2
           AND sent_at IN (SELECT sent_at FROM stale_reminders WHERE place_id = $1)",
    ),
    // Both places in the same label application: it keeps the kept one.
    (
        "label_application_places",
        "DELETE FROM label_application_places WHERE place_id = $2
           AND application_id IN (SELECT application_id FROM label_application_places WHERE place_id = $1)",
    ),
    // One capacity record per place and year: the kept place's year stays,
    // the removed place's other years move to it.
    (
        "place_capacity",
        "DELETE FROM place_capacity WHERE place_id = $2
           AND year IN (SELECT year FROM place_capacity WHERE place_id = $1)",
    ),
    // One cadastre entry per place and year, likewise: the removed place's
    // entry of a year the kept place has goes, its resource lines first.
    (
        "cadastre_entries",
        "DELETE FROM cadastre_staff WHERE entry_id IN (SELECT id FROM cadastre_entries
           WHERE place_id = $2 AND year IN (SELECT year FROM cadastre_entries WHERE place_id = $1))",
    ),
    (
        "cadastre_entries",
        "DELETE FROM cadastre_resources WHERE entry_id IN (SELECT id FROM cadastre_entries
           WHERE place_id = $2 AND year IN (SELECT year FROM cadastre_entries WHERE place_id = $1))",
    ),
    (
        "cadastre_entries",
        "DELETE FROM cadastre_entries WHERE place_id = $2
           AND year IN (SELECT year FROM cadastre_entries WHERE place_id = $1)",
    ),
];

fn is_identifier(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

impl Db {
    /// The statements that move what refers to a place (every foreign key to
    /// `places`, read from the database's catalogue, so that a table added
    /// later moves too); `$1` is the kept place, `$2` the removed one. The
    /// audit log has no foreign key: its entries keep their place, for history.
    async fn merge_statements(&self) -> Result<Vec<String>> {
        let refs: Vec<(String, String)> = match self {
            Db::Sqlite(crate::Sqlite { pool: p, .. }) => sqlx::query_as(
                "SELECT m.name, f.\"from\" FROM sqlite_master m, pragma_foreign_key_list(m.name) f
                 WHERE m.type = 'table' AND f.\"table\" = 'places' ORDER BY m.name, f.\"from\"",
            )
            .fetch_all(p)
            .await?,
            Db::Postgres(p) => {
                sqlx::query_as(
                    "SELECT cl.relname::text, a.attname::text FROM pg_constraint c
                 JOIN pg_class cl ON cl.oid = c.conrelid
                 JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
                 WHERE c.contype = 'f' AND c.confrelid = 'places'::regclass
                 ORDER BY cl.relname, a.attname",
                )
                .fetch_all(p)
                .await?
            }
        };
        let mut out = Vec::new();
        for (table, column) in refs {
            if !is_identifier(&table) || !is_identifier(&column) {
                return Err(StoreError::Invalid(format!(
                    "unexpected reference to places: {table}.{column}"
                )));
            }
            for (_, sql) in DEDUPE_BEFORE_MOVE.iter().filter(|(t, _)| *t == table) {
                out.push((*sql).to_owned());
            }
            out.push(format!(
                "UPDATE {table} SET {column} = $1 WHERE {column} = $2"
            ));
        }
        Ok(out)
    }

    /// Every column of one place.
    pub async fn place_record(&self, id: i64) -> Result<Option<StoredPlace>> {
        let row: Option<StoredPlaceRow> =
            run!(self, p => sqlx::query_as(SELECT_RECORD).bind(id).fetch_optional(p).await?);
        Ok(row.map(StoredPlace::from))
    }

    /// What merging `remove_id` into `keep_id` would do, without doing it.
    pub async fn merge_preview(&self, keep_id: i64, remove_id: i64) -> Result<MergePlan> {
        check_pair(keep_id, remove_id)?;
        let keep = self
            .place_record(keep_id)
            .await?
            .ok_or_else(|| missing(keep_id))?;
        let remove = self
            .place_record(remove_id)
            .await?
            .ok_or_else(|| missing(remove_id))?;
        let moved = run!(self, p => attached!(p, remove_id));
        let (merged, filled) = plan_merge(&keep, &remove);
        Ok(MergePlan {
            keep,
            remove,
            merged,
            filled,
            moved,
        })
    }

    /// Merges `remove_id` into `keep_id` in one transaction: what refers to the
    /// removed place moves to the kept one, the kept place's empty fields are
    /// filled, the old id redirects, the removed place is deleted, and the
    /// audit log records both places before and the kept one after. The audit
    /// entries of the removed place stay as they were, for history.
    pub async fn merge_places(
        &self,
        keep_id: i64,
        remove_id: i64,
        actor: Option<i64>,
        now: i64,
    ) -> Result<MergePlan> {
        check_pair(keep_id, remove_id)?;
        let moves = self.merge_statements().await?;
        let plan = crate::write_tx!(self, tx => {
            let keep: Option<StoredPlaceRow> = sqlx::query_as(SELECT_RECORD)
                .bind(keep_id).fetch_optional(&mut *tx).await?;
            let keep = StoredPlace::from(keep.ok_or_else(|| missing(keep_id))?);
            let remove: Option<StoredPlaceRow> = sqlx::query_as(SELECT_RECORD)
                .bind(remove_id).fetch_optional(&mut *tx).await?;
            let remove = StoredPlace::from(remove.ok_or_else(|| missing(remove_id))?);
            let moved = attached!(&mut *tx, remove_id);
            let (mut merged, filled) = plan_merge(&keep, &remove);
            if !filled.is_empty() {
                merged.updated_at = now;
            }
            for sql in &moves {
                sqlx::query(sqlx::AssertSqlSafe(sql.clone()))
                    .bind(keep_id).bind(remove_id).execute(&mut *tx).await?;
            }
            // Deleted first: its source key may move to the kept place (unique).
            sqlx::query("DELETE FROM places WHERE id = $1")
                .bind(remove_id).execute(&mut *tx).await?;
            let m = &merged;
            sqlx::query(
                "UPDATE places SET source_key = $1, address = $2, postcode = $3, commune_nis = $4,
                    commune_name = $5, lat = $6, lon = $7, opening_hours = $8, services = $9,
                    publics = $10, languages = $11, accessibility = $12, price = $13, computers = $14,
                    tablets = $15, phone = $16, email = $17, website = $18, description = $19,
                    label_status = $20, updated_at = $21 WHERE id = $22")
                .bind(&m.source_key).bind(&m.address).bind(&m.postcode).bind(&m.commune_nis)
                .bind(&m.commune_name).bind(m.lat).bind(m.lon).bind(&m.opening_hours)
                .bind(m.services.join(" ")).bind(m.publics.join(" ")).bind(m.languages.join(" "))
                .bind(m.accessibility.join(" "))
                .bind(&m.price).bind(m.computers).bind(m.tablets).bind(&m.phone).bind(&m.email)
                .bind(&m.website).bind(&m.description).bind(m.label_status.code()).bind(m.updated_at)
                .bind(keep_id)
                .execute(&mut *tx).await?;
            sqlx::query(
                "INSERT INTO place_redirects (old_id, new_id, merged_at, merged_by) VALUES ($1, $2, $3, $4)")
                .bind(remove_id).bind(keep_id).bind(now).bind(actor)
                .execute(&mut *tx).await?;
            let note = format!("#{remove_id} merged into #{keep_id}");
            crate::audit!(&mut *tx, now, &NewAudit {
                user_id: actor,
                action: "place.merge",
                entity: "place",
                entity_id: Some(keep_id),
                place_id: Some(keep_id),
                before: Some(serde_json::json!({"kept": keep, "removed": remove})),
                after: Some(serde_json::json!(merged)),
                note: Some(&note),
            });
            MergePlan { keep, remove, merged, filled, moved }
        });
        Ok(plan)
    }

    /// The place a merged (deleted) place's id now points to.
    pub async fn place_redirect(&self, old_id: i64) -> Result<Option<i64>> {
        let new_id: Option<i64> = run!(self, p => sqlx::query_scalar(
            "SELECT new_id FROM place_redirects WHERE old_id = $1")
            .bind(old_id).fetch_optional(p).await?);
        Ok(new_id)
    }
}
