//! Writing imported places: one transaction for the whole file (all or
//! nothing), upserting by stable source key so that importing the same file
//! again updates instead of duplicating.
//!
//! Keys: a place is `<source>:<id>`, its organisation `<source>:org:<slug of its name>`.

use std::collections::{HashMap, HashSet};

use domain::import::ImportedPlace;
use serde::Serialize;

use crate::audit::NewAudit;
use crate::places::{INSERT_PLACE, StoredColumns, UPDATE_PLACE, bind_columns, place_columns};
use crate::{Db, Result, StoreError};

/// What an import did (or, in a dry run, would do).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct ImportCounts {
    pub created: usize,
    pub updated: usize,
    pub unchanged: usize,
    /// Bad rows left out (filled in by the caller, which knows them).
    pub skipped: usize,
    pub organisations_created: usize,
    pub organisations_updated: usize,
    /// Places of this source already in the database and absent from the file
    /// (left as they are).
    pub not_in_file: usize,
}

#[derive(sqlx::FromRow)]
struct Existing {
    id: i64,
    source_key: String,
    updated_at: i64,
    /// The columns an import writes, compared to tell "updated" from "unchanged".
    #[sqlx(flatten)]
    values: StoredColumns,
}

const SELECT_EXISTING: &str = concat!(
    "SELECT p.id, p.source_key, p.updated_at, ",
    place_columns!(),
    " FROM places p WHERE p.source_key LIKE $1"
);

/// The whole import on one connection inside a transaction, at time `$now`.
macro_rules! import_body {
    ($tx:expr, $now:expr, $source:expr, $places:expr, $progress:expr) => {{
        let now: i64 = $now;
        let source: &str = $source;
        let places: &[ImportedPlace] = $places;
        let mut counts = ImportCounts::default();
        let orgs: Vec<(i64, String, String, String)> = sqlx::query_as(
            "SELECT id, source_key, name, kind FROM organisations WHERE source_key LIKE $1",
        )
        .bind(format!("{source}:org:%"))
        .fetch_all(&mut *$tx)
        .await?;
        let mut orgs: HashMap<String, (i64, String, String)> = orgs
            .into_iter()
            .map(|(id, key, name, kind)| (key, (id, name, kind)))
            .collect();
        let existing: Vec<Existing> = sqlx::query_as(SELECT_EXISTING)
            .bind(format!("{source}:%"))
            .fetch_all(&mut *$tx)
            .await?;
        let existing: HashMap<String, (i64, i64, domain::PlaceColumns)> = existing
            .into_iter()
            .map(|e| (e.source_key, (e.id, e.updated_at, e.values.into())))
            .collect();
        let mut seen: HashSet<String> = HashSet::new();
        // Organisations written by this import: the first spelling of a name wins.
        let mut touched: HashSet<String> = HashSet::new();
        for (i, p) in places.iter().enumerate() {
            let org_key = organisation_key(source, &p.organisation);
            let first_time = touched.insert(org_key.clone());
            let org_id = match orgs.get(&org_key) {
                Some((id, _, _)) if !first_time => *id,
                Some((id, name, kind)) if *name == p.organisation && *kind == p.organisation_kind => *id,
                Some((id, _, _)) => {
                    let id = *id;
                    sqlx::query("UPDATE organisations SET name = $1, kind = $2, updated_at = $3 WHERE id = $4")
                        .bind(&p.organisation)
                        .bind(&p.organisation_kind)
                        .bind(now)
                        .bind(id)
                        .execute(&mut *$tx)
                        .await?;
                    counts.organisations_updated += 1;
                    orgs.insert(org_key, (id, p.organisation.clone(), p.organisation_kind.clone()));
                    id
                }
                None => {
                    let id: i64 = sqlx::query_scalar(crate::places::INSERT_ORGANISATION)
                        .bind(&org_key)
                        .bind(&p.organisation)
                        .bind(&p.organisation_kind)
                        .bind(now)
                        .fetch_one(&mut *$tx)
                        .await?;
                    counts.organisations_created += 1;
                    orgs.insert(org_key, (id, p.organisation.clone(), p.organisation_kind.clone()));
                    id
                }
            };
            let key = format!("{source}:{}", p.source_id);
            if !seen.insert(key.clone()) {
                return Err(Db::invalid(format!("source id {} twice in one import", p.source_id)));
            }
            // What the place's columns become: the import's, in its organisation.
            let values = domain::PlaceColumns { organisation_id: org_id, ..p.columns.clone() };
            let source_date = p
                .updated_on
                .and_then(|d| d.and_hms_opt(0, 0, 0))
                .map(|d| d.and_utc().timestamp());
            match existing.get(&key) {
                Some((_, updated, stored)) if *stored == values && source_date.is_none_or(|d| d == *updated) => {
                    counts.unchanged += 1;
                }
                Some((id, _, _)) => {
                    let updated_at = source_date.unwrap_or(now);
                    bind_columns!(sqlx::query(UPDATE_PLACE), &values, updated_at, *id)
                        .execute(&mut *$tx)
                        .await?;
                    counts.updated += 1;
                }
                None => {
                    let updated_at = source_date.unwrap_or(now);
                    bind_columns!(sqlx::query(INSERT_PLACE), &values, updated_at, now, &key)
                        .execute(&mut *$tx)
                        .await?;
                    counts.created += 1;
                }
            }
            if !($progress)(i + 1) {
                return Err(StoreError::Invalid(format!(
                    "import cancelled after {} of {} places: nothing was written",
                    i + 1,
                    places.len()
                )));
            }
        }
        counts.not_in_file = existing.keys().filter(|k| !seen.contains(*k)).count();
        counts
    }};
}

/// `entry` with `counts` added to its `after` object.
fn with_counts<'a>(entry: &NewAudit<'a>, counts: &ImportCounts) -> NewAudit<'a> {
    let mut after = match &entry.after {
        Some(serde_json::Value::Object(o)) => o.clone(),
        _ => serde_json::Map::new(),
    };
    after.insert(
        "counts".into(),
        serde_json::to_value(counts).unwrap_or_default(),
    );
    NewAudit {
        after: Some(serde_json::Value::Object(after)),
        ..entry.clone()
    }
}

/// The stable key of an organisation of `source` named `name`.
pub fn organisation_key(source: &str, name: &str) -> String {
    let slug = domain::text::slug(name);
    if slug.is_empty() {
        format!("{source}:org:{}", domain::text::fold(name))
    } else {
        format!("{source}:org:{slug}")
    }
}

impl Db {
    /// Writes `places` of `source` in one transaction: created when their key
    /// is new, updated when it exists and something changed. `progress` is
    /// called after each place with the number done; returning `false` cancels
    /// the import, and then nothing is written. A dry run does everything and
    /// rolls back, so its counts are exact.
    pub async fn import_places(
        &self,
        source: &str,
        places: &[ImportedPlace],
        dry_run: bool,
        progress: &mut (dyn FnMut(usize) -> bool + Send),
        now: i64,
    ) -> Result<ImportCounts> {
        self.import_places_audited(source, places, dry_run, progress, None, now)
            .await
    }

    /// [`Db::import_places`], writing `audit` in the same transaction (so the
    /// import and its record land together) with the counts added to its
    /// `after` object under the key `counts`.
    pub async fn import_places_audited(
        &self,
        source: &str,
        places: &[ImportedPlace],
        dry_run: bool,
        progress: &mut (dyn FnMut(usize) -> bool + Send),
        audit: Option<&NewAudit<'_>>,
        now: i64,
    ) -> Result<ImportCounts> {
        if !domain::import::mapping::valid_source(source) {
            return Err(Db::invalid(format!("bad source name {source:?}")));
        }
        let counts = match self {
            Db::Sqlite(s) => {
                let (_turn, mut tx) = s.begin_write().await?;
                let counts = import_body!(tx, now, source, places, progress);
                if let Some(a) = audit {
                    crate::audit!(&mut *tx, now, &with_counts(a, &counts));
                }
                if dry_run {
                    tx.rollback().await?;
                } else {
                    tx.commit().await?;
                }
                counts
            }
            Db::Postgres(p) => {
                let mut tx = p.begin().await?;
                let counts = import_body!(tx, now, source, places, progress);
                if let Some(a) = audit {
                    crate::audit!(&mut *tx, now, &with_counts(a, &counts));
                }
                if dry_run {
                    tx.rollback().await?;
                } else {
                    tx.commit().await?;
                }
                counts
            }
        };
        Ok(counts)
    }

    /// How many places come from `source`.
    pub async fn count_source_places(&self, source: &str) -> Result<i64> {
        Ok(
            crate::run!(self, p => sqlx::query_scalar("SELECT COUNT(*) FROM places WHERE source_key LIKE $1")
            .bind(format!("{source}:%"))
            .fetch_one(p)
            .await?),
        )
    }
}
