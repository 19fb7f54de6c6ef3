//! Organisations and places: loading the directory, writing entries.
//!
//! A place's columns are one type, [`domain::PlaceColumns`], for every code
//! that reads or writes them: the directory loader, the editing pages,
//! proposals, imports (which compare them to tell "updated" from
//! "unchanged"), merges and [`NewPlace`]s. [`StoredColumns`] is only how a
//! row decodes (lists of codes space-separated, kind and label status as
//! their codes); it becomes a `PlaceColumns` at once.

use domain::LatLon;
use domain::place::{LabelStatus, Place, PlaceColumns, PlaceKind};
use serde::Deserialize;

use crate::{Db, Result, StoreError, run};

/// A place to write; `organisation_id` must exist. The demo loader and
/// `passerelle synth` write these; a `NewPlace` writes every column but
/// `commune_name`, so that it works on a database of the first schema
/// (migration 1, "directory").
#[derive(Debug, Clone, Default)]
pub struct NewPlace {
    pub source_key: Option<String>,
    pub organisation_id: i64,
    pub kind: PlaceKind,
    pub name: String,
    pub address: Option<String>,
    pub postcode: Option<String>,
    pub commune_nis: Option<String>,
    pub location: Option<LatLon>,
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
    pub label_status: LabelStatus,
    /// Last update (Unix seconds); now when None.
    pub updated_at: Option<i64>,
}

/// A place's columns as a row holds them: read with `#[sqlx(flatten)]` (or
/// from the JSON of [`SELECT_PLACES_JSON`]) and turned into a
/// [`PlaceColumns`] at once. `commune_name` is absent from a database of the
/// first schema: its queries select it as NULL. The JSON gives the fields
/// as an array, in this order: keep the two the same.
#[derive(Debug, Clone, sqlx::FromRow, Deserialize)]
pub(crate) struct StoredColumns {
    organisation_id: i64,
    kind: String,
    name: String,
    address: Option<String>,
    postcode: Option<String>,
    commune_nis: Option<String>,
    #[serde(default)]
    commune_name: Option<String>,
    lat: Option<f64>,
    lon: Option<f64>,
    opening_hours: Option<String>,
    mobile: bool,
    services: String,
    publics: String,
    languages: String,
    accessibility: String,
    price: Option<String>,
    computers: Option<i32>,
    tablets: Option<i32>,
    phone: Option<String>,
    email: Option<String>,
    website: Option<String>,
    description: Option<String>,
    label_status: String,
}

impl From<StoredColumns> for PlaceColumns {
    /// The database's constraints keep kind and label status to their codes;
    /// were one unknown, it reads as "other" and "none".
    fn from(c: StoredColumns) -> PlaceColumns {
        PlaceColumns {
            organisation_id: c.organisation_id,
            kind: PlaceKind::parse(&c.kind).unwrap_or_default(),
            name: c.name,
            address: c.address,
            postcode: c.postcode,
            commune_nis: c.commune_nis,
            commune_name: c.commune_name,
            lat: c.lat,
            lon: c.lon,
            opening_hours: c.opening_hours,
            mobile: c.mobile,
            services: codes(&c.services),
            publics: codes(&c.publics),
            languages: codes(&c.languages),
            accessibility: codes(&c.accessibility),
            price: c.price,
            computers: c.computers,
            tablets: c.tablets,
            phone: c.phone,
            email: c.email,
            website: c.website,
            description: c.description,
            label_status: LabelStatus::parse(&c.label_status).unwrap_or_default(),
        }
    }
}

/// The [`PlaceColumns`] of the first schema (all but `commune_name`) of
/// `places p`, as SQL text for `concat!`: those the directory loader reads.
macro_rules! directory_columns {
    () => {
        "p.organisation_id, p.kind, p.name, p.address, p.postcode, p.commune_nis, p.lat, p.lon,
        p.opening_hours, p.mobile, p.services, p.publics, p.languages, p.accessibility, p.price,
        p.computers, p.tablets, p.phone, p.email, p.website, p.description, p.label_status"
    };
}
pub(crate) use directory_columns;

/// All the [`PlaceColumns`] of `places p`, as SQL text for `concat!`: the
/// list that every other `SELECT` of them reads.
macro_rules! place_columns {
    () => {
        concat!($crate::places::directory_columns!(), ", p.commune_name")
    };
}
pub(crate) use place_columns;

/// The columns of [`directory_columns!`] as an `INSERT` names them.
macro_rules! directory_column_names {
    () => {
        "organisation_id, kind, name, address, postcode, commune_nis, lat, lon, opening_hours,
        mobile, services, publics, languages, accessibility, price, computers, tablets, phone,
        email, website, description, label_status"
    };
}

/// Inserts a place: its [`PlaceColumns`] (`$1` to `$23`, see [`bind_columns!`]),
/// then `updated_at`, `created_at` and `source_key`; returns its id.
pub(crate) const INSERT_PLACE: &str = concat!(
    "INSERT INTO places (",
    directory_column_names!(),
    ", commune_name, updated_at, created_at, source_key) VALUES ($1, $2, $3, $4, $5, $6, $7,
    $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26)
    RETURNING id"
);

/// [`INSERT_PLACE`] without `commune_name` (`$1` to `$22`, see
/// [`bind_columns!`]), for a [`NewPlace`], which works on the first schema.
pub(crate) const INSERT_NEW_PLACE: &str = concat!(
    "INSERT INTO places (",
    directory_column_names!(),
    ", updated_at, created_at, source_key) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10,
    $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25) RETURNING id"
);

/// Writes the [`PlaceColumns`] (`$1` to `$23`, see [`bind_columns!`]) and
/// `updated_at` (`$24`) of the place whose id is `$25`.
pub(crate) const UPDATE_PLACE: &str = "UPDATE places SET organisation_id = $1, kind = $2,
    name = $3, address = $4, postcode = $5, commune_nis = $6, lat = $7, lon = $8,
    opening_hours = $9, mobile = $10, services = $11, publics = $12, languages = $13,
    accessibility = $14, price = $15, computers = $16, tablets = $17, phone = $18, email = $19,
    website = $20, description = $21, label_status = $22, commune_name = $23, updated_at = $24
    WHERE id = $25";

/// Binds the [`PlaceColumns`] `$c` (a reference that outlives the query) in
/// the order of [`INSERT_PLACE`] and [`UPDATE_PLACE`] (those of the first
/// schema, then `commune_name`), then the `$extra`s, to `$query`
/// (`sqlx::query(…)` or `sqlx::query_scalar(…)`): kind and label status as
/// their codes, lists of codes space-separated. With `@directory` first,
/// leaves `commune_name` out, as [`INSERT_NEW_PLACE`] does.
macro_rules! bind_columns {
    (@directory $query:expr, $c:expr $(, $extra:expr)*) => {{
        let c: &domain::PlaceColumns = $c;
        $query
            .bind(c.organisation_id)
            .bind(c.kind.code())
            .bind(&c.name)
            .bind(&c.address)
            .bind(&c.postcode)
            .bind(&c.commune_nis)
            .bind(c.lat)
            .bind(c.lon)
            .bind(&c.opening_hours)
            .bind(c.mobile)
            .bind(c.services.join(" "))
            .bind(c.publics.join(" "))
            .bind(c.languages.join(" "))
            .bind(c.accessibility.join(" "))
            .bind(&c.price)
            .bind(c.computers)
            .bind(c.tablets)
            .bind(&c.phone)
            .bind(&c.email)
            .bind(&c.website)
            .bind(&c.description)
            .bind(c.label_status.code())
            $(.bind($extra))*
    }};
    ($query:expr, $c:expr $(, $extra:expr)*) => {{
        let c: &domain::PlaceColumns = $c;
        $crate::places::bind_columns!(@directory $query, c, &c.commune_name $(, $extra)*)
    }};
}
pub(crate) use bind_columns;

/// A list of codes as stored (space-separated), as a list.
pub(crate) fn codes(s: &str) -> Vec<String> {
    s.split_whitespace().map(str::to_owned).collect()
}

impl NewPlace {
    /// Its columns (`commune_name` is not written).
    pub fn columns(&self) -> PlaceColumns {
        let mut c = PlaceColumns {
            organisation_id: self.organisation_id,
            kind: self.kind,
            name: self.name.clone(),
            address: self.address.clone(),
            postcode: self.postcode.clone(),
            commune_nis: self.commune_nis.clone(),
            commune_name: None,
            lat: None,
            lon: None,
            opening_hours: self.opening_hours.clone(),
            mobile: self.mobile,
            services: self.services.clone(),
            publics: self.publics.clone(),
            languages: self.languages.clone(),
            accessibility: self.accessibility.clone(),
            price: self.price.clone(),
            computers: self.computers,
            tablets: self.tablets,
            phone: self.phone.clone(),
            email: self.email.clone(),
            website: self.website.clone(),
            description: self.description.clone(),
            label_status: self.label_status,
        };
        c.set_location(self.location);
        c
    }
}

/// A place as the directory loads it: its columns, its organisation's name
/// and its last update. The columns are flat in a row, and nested in the
/// JSON of [`SELECT_PLACES_JSON`], an array in the order of these fields.
#[derive(sqlx::FromRow, Deserialize)]
struct PlaceRow {
    id: i64,
    organisation: String,
    updated_at: i64,
    #[sqlx(flatten)]
    columns: StoredColumns,
}

impl From<PlaceRow> for Place {
    fn from(r: PlaceRow) -> Place {
        let updated_on = chrono::DateTime::from_timestamp(r.updated_at, 0)
            .map(|d| d.date_naive().to_string())
            .unwrap_or_default();
        Place::from_columns(r.id, r.organisation, updated_on, r.columns.into())
    }
}

/// The `SELECT` of every place with its organisation's name, `commune_name`
/// being the SQL given (`p.commune_name`, or NULL on the first schema). In
/// no set order: sorting them by id made PostgreSQL sort every place before
/// sending the first (some 50 ms of start-up with 100,000 places).
macro_rules! select_places {
    ($commune_name:literal) => {
        concat!(
            "SELECT p.id, o.name AS organisation, p.updated_at, ",
            $commune_name,
            " AS commune_name, ",
            directory_columns!(),
            " FROM places p JOIN organisations o ON o.id = p.organisation_id"
        )
    };
}

/// The same rows as JSON (SQLite), the places of 64 consecutive ids per row
/// (`[]` for a range without places), in the order of their ids. A place is
/// an array of the fields of [`PlaceRow`] in their order, its `columns` an
/// array of those of [`StoredColumns`] in theirs (serde reads a struct from
/// an array): without the names, the JSON is half as long, for SQLite to
/// write and for the loader to read.
///
/// Each range is read by its ids (no sort: a `GROUP BY` on the range sorted
/// every place in a temporary file first, a third of SQLite's time), and a
/// row of 64 places stays under the allocator's 64 KiB mapping threshold
/// (see `fix_allocator` in the `passerelle` crate): its string comes from
/// the heap and is reused, where a row of 1,000 places was a fresh mapping,
/// faulted in page by page and unmapped, on both threads.
macro_rules! select_places_json {
    ($commune_name:literal) => {
        concat!(
            "WITH RECURSIVE chunk(lo) AS (SELECT (SELECT MIN(id) FROM places)
    UNION ALL SELECT lo + 64 FROM chunk WHERE lo + 64 <= (SELECT MAX(id) FROM places))
    SELECT (SELECT json_group_array(json_array(p.id, o.name, p.updated_at, json_array(
    p.organisation_id, p.kind, p.name, p.address, p.postcode, p.commune_nis, ",
            $commune_name,
            ", p.lat, p.lon, p.opening_hours, json(CASE WHEN p.mobile THEN 'true' ELSE 'false' END),
    p.services, p.publics, p.languages, p.accessibility, p.price, p.computers, p.tablets,
    p.phone, p.email, p.website, p.description, p.label_status)))
    FROM places p JOIN organisations o ON o.id = p.organisation_id
    WHERE p.id >= chunk.lo AND p.id < chunk.lo + 64) FROM chunk"
        )
    };
}

/// The most places in one batch of [`Db::place_batches`]: the places of
/// one JSON row on SQLite (64 consecutive ids).
pub const PLACE_BATCH: usize = 64;

const SELECT_PLACES: &str = select_places!("p.commune_name");
const SELECT_PLACES_V1: &str = select_places!("CAST(NULL AS TEXT)");
const SELECT_PLACES_JSON: &str = select_places_json!("p.commune_name");
const SELECT_PLACES_JSON_V1: &str = select_places_json!("NULL");

pub(crate) const INSERT_ORGANISATION: &str = "INSERT INTO organisations (source_key, name, kind, created_at, updated_at) VALUES ($1, $2, $3, $4, $4) RETURNING id";

/// Inserts a [`NewPlace`] on `$conn` at time `$now`; its id.
macro_rules! insert_place {
    ($conn:expr, $now:expr, $p:expr) => {{
        let now: i64 = $now;
        let p: &NewPlace = $p;
        let columns = p.columns();
        let id: i64 = $crate::places::bind_columns!(
            @directory sqlx::query_scalar($crate::places::INSERT_NEW_PLACE),
            &columns,
            p.updated_at.unwrap_or(now),
            now,
            &p.source_key
        )
        .fetch_one($conn)
        .await?;
        id
    }};
}
pub(crate) use insert_place;

/// Inserts an organisation on `$conn` at time `$now`; its id.
macro_rules! insert_organisation {
    ($conn:expr, $now:expr, $key:expr, $name:expr, $kind:expr) => {{
        let now: i64 = $now;
        let id: i64 = sqlx::query_scalar($crate::places::INSERT_ORGANISATION)
            .bind($key)
            .bind($name)
            .bind($kind)
            .bind(now)
            .fetch_one($conn)
            .await?;
        id
    }};
}
pub(crate) use insert_organisation;

impl Db {
    /// Every place with its organisation's name, for the exports. Works on
    /// every schema since the first (which has no `commune_name`: then it is
    /// None).
    pub async fn load_places(&self) -> Result<Vec<Place>> {
        let mut places = Vec::new();
        self.each_place(|p| places.push(p)).await?;
        Ok(places)
    }

    /// Hands every place to `f`, one at a time as the rows arrive, so that
    /// the in-memory directory is built without holding every place twice.
    pub async fn each_place(&self, mut f: impl FnMut(Place)) -> Result<()> {
        use futures_util::TryStreamExt;
        let mut batches = self.place_batches().await?;
        while let Some(batch) = batches.try_next().await? {
            batch.into_iter().for_each(&mut f);
        }
        Ok(())
    }

    /// Every place, in batches of [`PLACE_BATCH`] (at most) as the rows
    /// arrive: whoever builds from them can do so on another thread while
    /// the next batch is read and decoded.
    pub async fn place_batches(
        &self,
    ) -> Result<futures_util::stream::BoxStream<'_, Result<Vec<Place>>>> {
        use futures_util::{StreamExt, TryStreamExt};
        let v1 = self.schema_version().await? < 2;
        Ok(match self {
            // SQLite hands rows one by one from its worker thread, which costs a
            // thread wake-up per row: fetch them as JSON, 64 per row.
            Db::Sqlite(crate::Sqlite { pool: p, .. }) => {
                let sql = if v1 {
                    SELECT_PLACES_JSON_V1
                } else {
                    SELECT_PLACES_JSON
                };
                sqlx::query_scalar::<_, String>(sql)
                    .fetch(p)
                    .map_err(StoreError::from)
                    .and_then(|chunk| async move {
                        let rows: Vec<PlaceRow> = serde_json::from_str(&chunk)
                            .map_err(|e| Db::invalid(format!("places as JSON: {e}")))?;
                        Ok(rows.into_iter().map(Place::from).collect::<Vec<_>>())
                    })
                    .try_filter(|batch| std::future::ready(!batch.is_empty()))
                    .boxed()
            }
            Db::Postgres(p) => {
                let sql = if v1 { SELECT_PLACES_V1 } else { SELECT_PLACES };
                sqlx::query_as::<_, PlaceRow>(sql)
                    .fetch(p)
                    .map_ok(Place::from)
                    .map_err(StoreError::from)
                    .try_chunks(PLACE_BATCH)
                    .map_err(|e| e.1)
                    .boxed()
            }
        })
    }

    /// The latest migration applied (0 for an empty database).
    pub async fn schema_version(&self) -> Result<i64> {
        let v: Option<i64> = run!(self, p => sqlx::query_scalar(
            "SELECT MAX(version) FROM _sqlx_migrations WHERE success").fetch_one(p).await?);
        Ok(v.unwrap_or(0))
    }

    /// (number of places, a fingerprint of the latest change): changes whenever
    /// the directory does. The fingerprint mixes the latest `updated_at` with
    /// the latest audit-log entry, because an import may keep a place's
    /// `updated_at` (the source's date) while changing the place; every write
    /// to the directory is audited.
    pub async fn directory_stamp(&self) -> Result<(i64, i64)> {
        let row: (i64, Option<i64>, Option<i64>) = run!(self, p =>
            sqlx::query_as("SELECT (SELECT COUNT(*) FROM places), (SELECT MAX(updated_at) FROM places),
                (SELECT MAX(id) FROM audit_log)").fetch_one(p).await?);
        let fingerprint = row.1.unwrap_or(0).wrapping_mul(1_000_003) ^ row.2.unwrap_or(0);
        Ok((row.0, fingerprint))
    }

    pub async fn create_organisation(
        &self,
        key: Option<&str>,
        name: &str,
        kind: &str,
        now: i64,
    ) -> Result<i64> {
        Ok(run!(self, p => insert_organisation!(p, now, key, name, kind)))
    }

    pub async fn create_place(&self, place: &NewPlace, now: i64) -> Result<i64> {
        Ok(run!(self, p => insert_place!(p, now, place)))
    }

    /// Writes many places in one transaction: all or nothing.
    pub async fn create_places(&self, places: &[NewPlace], now: i64) -> Result<()> {
        crate::write_tx!(self, tx => {
            for place in places {
                insert_place!(&mut *tx, now, place);
            }
        });
        Ok(())
    }

    /// Is there any place yet?
    pub async fn has_places(&self) -> Result<bool> {
        Ok(self.directory_stamp().await?.0 > 0)
    }

    pub(crate) fn invalid(msg: impl Into<String>) -> StoreError {
        StoreError::Invalid(msg.into())
    }
}
