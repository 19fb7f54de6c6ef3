//! The directory as the back office lists it: every place (also those the
//! public directory cannot show, e.g. without a commune), filtered.

use domain::text::fold;
use serde::Serialize;

use crate::{Db, Result, run};

/// Which places to list. Empty fields do not filter.
#[derive(Debug, Clone, Default)]
pub struct PlaceListFilter {
    /// Words that must all appear in the name, address, organisation or postcode
    /// (case and accents ignored).
    pub text: Option<String>,
    pub commune_nis: Option<String>,
    pub kind: Option<String>,
    pub label_status: Option<String>,
    /// Only places not updated since this time (Unix seconds).
    pub updated_before: Option<i64>,
    pub organisation_id: Option<i64>,
    /// Only places of these organisations (an EPN manager's scope).
    pub organisations: Option<Vec<i64>>,
}

/// One line of the back-office list.
#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow)]
pub struct PlaceListRow {
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub organisation_id: i64,
    pub organisation_name: String,
    pub address: Option<String>,
    pub postcode: Option<String>,
    pub commune_nis: Option<String>,
    pub commune_name: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub website: Option<String>,
    pub opening_hours: Option<String>,
    pub mobile: bool,
    pub label_status: String,
    pub updated_at: i64,
}

impl Db {
    /// Places matching `f`, by name.
    pub async fn list_places_for_editing(&self, f: &PlaceListFilter) -> Result<Vec<PlaceListRow>> {
        let rows: Vec<PlaceListRow> = run!(self, p => sqlx::query_as(
            "SELECT p.id, p.name, p.kind, p.organisation_id, o.name AS organisation_name, p.address,
                p.postcode, p.commune_nis, p.commune_name, p.phone, p.email, p.website,
                p.opening_hours, p.mobile, p.label_status, p.updated_at
             FROM places p JOIN organisations o ON o.id = p.organisation_id
             WHERE ($1 IS NULL OR p.commune_nis = $1) AND ($2 IS NULL OR p.kind = $2)
               AND ($3 IS NULL OR p.label_status = $3) AND ($4 IS NULL OR p.updated_at < $4)
               AND ($5 IS NULL OR p.organisation_id = $5)
             ORDER BY p.name, p.id")
            .bind(&f.commune_nis).bind(&f.kind).bind(&f.label_status).bind(f.updated_before)
            .bind(f.organisation_id)
            .fetch_all(p).await?);
        let words: Vec<String> = f
            .text
            .as_deref()
            .map(fold)
            .unwrap_or_default()
            .split(' ')
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect();
        Ok(rows
            .into_iter()
            .filter(|r| {
                f.organisations
                    .as_ref()
                    .is_none_or(|o| o.contains(&r.organisation_id))
            })
            .filter(|r| {
                if words.is_empty() {
                    return true;
                }
                let hay = fold(&format!(
                    "{} {} {} {} {}",
                    r.name,
                    r.organisation_name,
                    r.address.as_deref().unwrap_or(""),
                    r.postcode.as_deref().unwrap_or(""),
                    r.commune_name.as_deref().unwrap_or("")
                ));
                let hay: Vec<&str> = hay.split(' ').collect();
                words
                    .iter()
                    .all(|w| hay.iter().any(|h| h.starts_with(w.as_str())))
            })
            .collect())
    }
}
