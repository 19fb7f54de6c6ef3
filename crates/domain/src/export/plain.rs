//! The plain export: every published field of a place, with vocabulary codes
//! (labels are in the translation files under `<kind>-<code>` keys).
//! As a table (CSV, spreadsheet: lists joined with `|`) or as JSON (lists as arrays).

use serde_json::{Value, json};

use super::{Cell, Table, position, present, published};
use crate::place::Place;
use crate::region::Region;
use crate::vocab::Vocabularies;

/// The columns, in order; the JSON records have the same keys. `in_region` is
/// false for a place outside the region (imported with `--outside-region
/// accept`): its `commune_nis` is empty and `commune`, `postcode` are as
/// imported.
pub const COLUMNS: [&str; 28] = [
    "id",
    "name",
    "organisation_id",
    "organisation",
    "kind",
    "label",
    "address",
    "postcode",
    "commune_nis",
    "commune",
    "latitude",
    "longitude",
    "position_approximate",
    "mobile",
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
    "updated_on",
    "in_region",
];

/// The separator of list values in a table cell (as in the national standard).
pub const LIST_SEPARATOR: &str = "|";

fn opt_int(n: Option<i32>) -> Cell {
    n.map_or(Cell::Empty, |n| Cell::Integer(n.into()))
}

/// One row per published place, columns as [`COLUMNS`].
pub fn table(places: &[Place], region: &Region, _vocab: &Vocabularies) -> Table {
    let rows = published(places, region)
        .into_iter()
        .map(|p| {
            let pos = position(region, p);
            vec![
                Cell::Integer(p.id),
                Cell::text(p.name.as_str()),
                Cell::Integer(p.organisation_id),
                Cell::text(p.organisation.as_str()),
                Cell::text(p.kind.code()),
                Cell::text(p.label.code()),
                Cell::opt_text(present(&p.address)),
                Cell::opt_text(present(&p.postcode)),
                Cell::text(p.commune_nis.as_str()),
                Cell::text(p.commune_label(region)),
                pos.map_or(Cell::Empty, |(l, _)| Cell::Number(l.lat)),
                pos.map_or(Cell::Empty, |(l, _)| Cell::Number(l.lon)),
                pos.map_or(Cell::Empty, |(_, a)| Cell::Bool(a)),
                Cell::Bool(p.mobile),
                Cell::opt_text(present(&p.opening_hours)),
                Cell::text(p.services.join(LIST_SEPARATOR)),
                Cell::text(p.publics.join(LIST_SEPARATOR)),
                Cell::text(p.languages.join(LIST_SEPARATOR)),
                Cell::text(p.accessibility.join(LIST_SEPARATOR)),
                Cell::opt_text(present(&p.price)),
                opt_int(p.computers),
                opt_int(p.tablets),
                Cell::opt_text(present(&p.phone)),
                Cell::opt_text(present(&p.email)),
                Cell::opt_text(p.web_address()),
                Cell::opt_text(present(&p.description)),
                Cell::text(p.updated_on.as_str()),
                Cell::Bool(p.in_region(region)),
            ]
        })
        .collect();
    Table {
        header: COLUMNS.iter().map(|c| (*c).to_owned()).collect(),
        rows,
    }
}

/// The JSON record of one place (keys as [`COLUMNS`]; null when unknown).
pub fn record(p: &Place, region: &Region) -> Value {
    let pos = position(region, p);
    json!({
        "id": p.id,
        "name": p.name,
        "organisation_id": p.organisation_id,
        "organisation": p.organisation,
        "kind": p.kind.code(),
        "label": p.label.code(),
        "address": present(&p.address),
        "postcode": present(&p.postcode),
        "commune_nis": p.commune_nis,
        "commune": p.commune_label(region),
        "latitude": pos.map(|(l, _)| l.lat),
        "longitude": pos.map(|(l, _)| l.lon),
        "position_approximate": pos.map(|(_, a)| a),
        "mobile": p.mobile,
        "opening_hours": present(&p.opening_hours),
        "services": p.services,
        "publics": p.publics,
        "languages": p.languages,
        "accessibility": p.accessibility,
        "price": present(&p.price),
        "computers": p.computers,
        "tablets": p.tablets,
        "phone": present(&p.phone),
        "email": present(&p.email),
        "website": p.web_address(),
        "description": present(&p.description),
        "updated_on": p.updated_on,
        "in_region": p.in_region(region),
    })
}

/// `{"region", "licence", "places": [record…]}`.
pub fn json(places: &[Place], region: &Region, _vocab: &Vocabularies) -> Value {
    let records: Vec<Value> = published(places, region)
        .into_iter()
        .map(|p| record(p, region))
        .collect();
    json!({
        "region": region.code,
        "licence": region.data_licence,
        "places": records,
    })
}
