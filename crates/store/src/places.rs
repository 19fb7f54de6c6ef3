//! Organisations and places: loading the directory, writing entries.

use domain::LatLon;
use domain::place::{LabelStatus, Place, PlaceKind};

use crate::{Db, Result, StoreError, now_ts, run};

/// A place to write; `organisation_id` must exist.
#[derive(Debug, Clone, Default)]
pub struct NewPlace {
    pub source_key: Option<String>,
    pub organisation_id: i64,
    pub kind: String,
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
    pub label_status: String,
    /// Last update (Unix seconds); now when None.
    pub updated_at: Option<i64>,
}

#[derive(sqlx::FromRow, serde::Deserialize)]
struct PlaceRow {
    id: i64,
    name: String,
    organisation_id: i64,
    organisation: String,
    kind: String,
    address: Option<String>,
    postcode: Option<String>,
    commune_nis: Option<String>,
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
    updated_at: i64,
}

fn codes(s: &str) -> Vec<String> {
    s.split_whitespace().map(str::to_owned).collect()
}

impl From<PlaceRow> for Place {
    fn from(r: PlaceRow) -> Place {
        Place {
            id: r.id,
            name: r.name,
            organisation_id: r.organisation_id,
            organisation: r.organisation,
            kind: PlaceKind::parse(&r.kind).unwrap_or(PlaceKind::Other),
            address: r.address,
            postcode: r.postcode,
            commune_nis: r.commune_nis.unwrap_or_default(),
            location: r
                .lat
                .zip(r.lon)
                .and_then(|(lat, lon)| LatLon::new(lat, lon)),
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
            label: LabelStatus::parse(&r.label_status).unwrap_or(LabelStatus::None),
            updated_on: chrono::DateTime::from_timestamp(r.updated_at, 0)
                .map(|d| d.date_naive().to_string())
                .unwrap_or_default(),
        }
    }
}

const SELECT_PLACES: &str =
    "SELECT p.id, p.name, p.organisation_id, o.name AS organisation, p.kind, p.address,
    p.postcode, p.commune_nis, p.lat, p.lon, p.opening_hours, p.mobile, p.services, p.publics,
    p.languages, p.accessibility, p.price, p.computers, p.tablets, p.phone, p.email, p.website,
    p.description, p.label_status, p.updated_at
    FROM places p JOIN organisations o ON o.id = p.organisation_id";

const SELECT_PLACES_JSON: &str = "SELECT json_group_array(json_object('id', p.id, 'name', p.name,
    'organisation_id', p.organisation_id, 'organisation', o.name, 'kind', p.kind, 'address', p.address,
    'postcode', p.postcode, 'commune_nis', p.commune_nis, 'lat', p.lat, 'lon', p.lon,
    'opening_hours', p.opening_hours, 'mobile', json(CASE WHEN p.mobile THEN 'true' ELSE 'false' END),
    'services', p.services, 'publics', p.publics, 'languages', p.languages, 'accessibility', p.accessibility,
    'price', p.price, 'computers', p.computers, 'tablets', p.tablets, 'phone', p.phone, 'email', p.email,
    'website', p.website, 'description', p.description, 'label_status', p.label_status,
    'updated_at', p.updated_at))
    FROM places p JOIN organisations o ON o.id = p.organisation_id GROUP BY p.id / 1000 ORDER BY p.id / 1000";

pub(crate) const INSERT_PLACE: &str = "INSERT INTO places (source_key, organisation_id, kind, name, address, postcode,
    commune_nis, lat, lon, opening_hours, mobile, services, publics, languages, accessibility, price,
    computers, tablets, phone, email, website, description, label_status, created_at, updated_at)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20,
    $21, $22, $23, $24, $25) RETURNING id";

pub(crate) const INSERT_ORGANISATION: &str = "INSERT INTO organisations (source_key, name, kind, created_at, updated_at) VALUES ($1, $2, $3, $4, $4) RETURNING id";

/// Binds a [`NewPlace`] to [`INSERT_PLACE`] and runs it on `$conn`.
macro_rules! insert_place {
    ($conn:expr, $p:expr) => {{
        let p: &NewPlace = $p;
        let now = $crate::now_ts();
        let id: i64 = sqlx::query_scalar($crate::places::INSERT_PLACE)
            .bind(&p.source_key)
            .bind(p.organisation_id)
            .bind(&p.kind)
            .bind(&p.name)
            .bind(&p.address)
            .bind(&p.postcode)
            .bind(&p.commune_nis)
            .bind(p.location.map(|l| l.lat))
            .bind(p.location.map(|l| l.lon))
            .bind(&p.opening_hours)
            .bind(p.mobile)
            .bind(p.services.join(" "))
            .bind(p.publics.join(" "))
            .bind(p.languages.join(" "))
            .bind(p.accessibility.join(" "))
            .bind(&p.price)
            .bind(p.computers)
            .bind(p.tablets)
            .bind(&p.phone)
            .bind(&p.email)
            .bind(&p.website)
            .bind(&p.description)
            .bind(&p.label_status)
            .bind(now)
            .bind(p.updated_at.unwrap_or(now))
            .fetch_one($conn)
            .await?;
        id
    }};
}
pub(crate) use insert_place;

macro_rules! insert_organisation {
    ($conn:expr, $key:expr, $name:expr, $kind:expr) => {{
        let id: i64 = sqlx::query_scalar($crate::places::INSERT_ORGANISATION)
            .bind($key)
            .bind($name)
            .bind($kind)
            .bind(now_ts())
            .fetch_one($conn)
            .await?;
        id
    }};
}
pub(crate) use insert_organisation;

impl Db {
    /// Every place with its organisation's name, for the in-memory directory.
    pub async fn load_places(&self) -> Result<Vec<Place>> {
        let rows: Vec<PlaceRow> = match self {
            // SQLite hands rows one by one from its worker thread, which costs a
            // thread wake-up per row: fetch them as JSON, a thousand per row.
            Db::Sqlite(p) => {
                let chunks: Vec<String> =
                    sqlx::query_scalar(SELECT_PLACES_JSON).fetch_all(p).await?;
                let mut rows = Vec::new();
                for c in chunks {
                    let part: Vec<PlaceRow> = serde_json::from_str(&c)
                        .map_err(|e| Db::invalid(format!("places as JSON: {e}")))?;
                    rows.extend(part);
                }
                rows
            }
            Db::Postgres(p) => sqlx::query_as(SELECT_PLACES).fetch_all(p).await?,
        };
        // The conversion reuses the rows' (larger) buffer: give the slack back.
        let mut places: Vec<Place> = rows.into_iter().map(Place::from).collect();
        places.shrink_to_fit();
        Ok(places)
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
    ) -> Result<i64> {
        Ok(run!(self, p => insert_organisation!(p, key, name, kind)))
    }

    pub async fn create_place(&self, place: &NewPlace) -> Result<i64> {
        Ok(run!(self, p => insert_place!(p, place)))
    }

    /// Writes many places in one transaction: all or nothing.
    pub async fn create_places(&self, places: &[NewPlace]) -> Result<()> {
        crate::write_tx!(self, tx => {
            for place in places {
                insert_place!(&mut *tx, place);
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
