//! The search test table: queries people type, with what they expect to find
//! (tests/fixtures/search-queries.toml), against the demo data plus a few
//! places with streets, phones and hours (tests/fixtures/search-places.toml).
//! Every failing row is printed before the test fails.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::NaiveDateTime;
use domain::directory::{Directory, Query, Unknowns};
use domain::place::{LabelStatus, Place, PlaceKind};
use domain::{LatLon, Region, Vocabularies};
use serde::Deserialize;

use crate::helpers::{REGION, VOCAB, place};

const DEMO: &str = include_str!("../../../../data/demo/brussels-2021.toml");
const EXTRA: &str = include_str!("../../../../tests/fixtures/search-places.toml");
const TABLE: &str = include_str!("../../../../tests/fixtures/search-queries.toml");

#[derive(Deserialize)]
struct Demo {
    organisations: Vec<DemoOrg>,
    places: Vec<DemoPlace>,
}

#[derive(Deserialize)]
struct DemoOrg {
    key: String,
    name: String,
}

#[derive(Deserialize)]
struct DemoPlace {
    name: String,
    organisation: String,
    kind: PlaceKind,
    commune_nis: Option<String>,
    postcode: Option<String>,
    #[serde(default)]
    services: Vec<String>,
    #[serde(default)]
    publics: Vec<String>,
    label: Option<LabelStatus>,
}

#[derive(Deserialize)]
struct Extra {
    places: Vec<ExtraPlace>,
}

#[derive(Deserialize)]
struct ExtraPlace {
    name: String,
    organisation: String,
    commune_nis: String,
    postcode: String,
    address: String,
    lat: f64,
    lon: f64,
    phone: String,
    opening_hours: Option<String>,
    price: Option<String>,
    #[serde(default)]
    languages: Vec<String>,
    #[serde(default)]
    services: Vec<String>,
    #[serde(default)]
    publics: Vec<String>,
}

#[derive(Deserialize)]
struct Table {
    rows: Vec<Row>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct Row {
    text: String,
    lang: String,
    /// The first results, in this order.
    #[serde(default)]
    first: Vec<String>,
    /// Found (on any page).
    #[serde(default)]
    includes: Vec<String>,
    /// Not found.
    #[serde(default)]
    excludes: Vec<String>,
    count: Option<usize>,
    min_count: Option<usize>,
    /// Pairs: the first is listed before the second.
    #[serde(default)]
    before: Vec<(String, String)>,
    /// Every result has this postcode.
    all_postcode: Option<String>,
    /// The corrected text offered ("did you mean"); "" for none.
    corrected: Option<String>,
    #[serde(default)]
    free: bool,
    #[serde(default)]
    open_now: bool,
    language: Option<String>,
    #[serde(default)]
    include_unknown: Vec<String>,
    unknown_free: Option<usize>,
    unknown_open: Option<usize>,
    unknown_language: Option<usize>,
}

/// Thursday 26 November 2026, 11:00 in Brussels (the web tests' clock).
fn now() -> NaiveDateTime {
    NaiveDateTime::parse_from_str("2026-11-26 11:00", "%Y-%m-%d %H:%M").unwrap()
}

pub fn directory() -> Directory {
    let demo: Demo = toml::from_str(DEMO).unwrap();
    let orgs: HashMap<&str, &str> = demo
        .organisations
        .iter()
        .map(|o| (o.key.as_str(), o.name.as_str()))
        .collect();
    let mut places: Vec<Place> = Vec::new();
    for (i, d) in demo.places.iter().enumerate() {
        let (Some(nis), Some(pc)) = (&d.commune_nis, &d.postcode) else {
            continue;
        };
        let mut p = place(
            i as i64 + 1,
            &d.name,
            orgs[d.organisation.as_str()],
            nis,
            pc,
        );
        p.kind = d.kind;
        p.phone = None;
        p.services = d.services.clone();
        p.publics = d.publics.clone();
        p.label = d.label.unwrap_or(LabelStatus::None);
        places.push(p);
    }
    let extra: Extra = toml::from_str(EXTRA).unwrap();
    for (i, e) in extra.places.into_iter().enumerate() {
        let mut p = place(
            1000 + i as i64,
            &e.name,
            &e.organisation,
            &e.commune_nis,
            &e.postcode,
        );
        p.address = Some(e.address);
        p.location = LatLon::new(e.lat, e.lon);
        p.phone = Some(e.phone);
        p.opening_hours = e.opening_hours;
        p.price = e.price;
        p.languages = e.languages;
        p.services = e.services;
        p.publics = e.publics;
        places.push(p);
    }
    Directory::build(
        Arc::new(Region::from_toml(REGION).unwrap()),
        Arc::new(Vocabularies::from_toml(VOCAB).unwrap()),
        places,
    )
}

fn check(d: &Directory, row: &Row) -> Vec<String> {
    let q = Query {
        text: Some(row.text.clone()),
        lang: Some(row.lang.clone()),
        free: row.free,
        open_at: row.open_now.then(now),
        language: row.language.clone(),
        include_unknown: Unknowns {
            free: row.include_unknown.iter().any(|x| x == "free"),
            open: row.include_unknown.iter().any(|x| x == "open"),
            language: row.include_unknown.iter().any(|x| x == "language"),
        },
        limit: 500,
        ..Query::default()
    };
    let r = match d.search(&q, now()) {
        Ok(r) => r,
        Err(e) => return vec![format!("error {e}")],
    };
    let names: Vec<String> = r.hits.iter().map(|h| d.hit_place(h).name).collect();
    let mut bad = Vec::new();
    if names.len() < row.first.len() || names[..row.first.len()] != row.first[..] {
        bad.push(format!(
            "first {:?}",
            &names[..names.len().min(row.first.len().max(3))]
        ));
    }
    for n in &row.includes {
        if !names.contains(n) {
            bad.push(format!("misses {n:?}"));
        }
    }
    for n in &row.excludes {
        if names.contains(n) {
            bad.push(format!("finds {n:?}"));
        }
    }
    if row.count.is_some_and(|c| c != r.total) {
        bad.push(format!("count {}", r.total));
    }
    if row.min_count.is_some_and(|c| r.total < c) {
        bad.push(format!("count {}", r.total));
    }
    for (a, b) in &row.before {
        let pa = names.iter().position(|n| n == a);
        let pb = names.iter().position(|n| n == b);
        if !matches!((pa, pb), (Some(x), Some(y)) if x < y) {
            bad.push(format!("{a:?} at {pa:?}, {b:?} at {pb:?}"));
        }
    }
    if let Some(pc) = &row.all_postcode
        && let Some(h) = r
            .hits
            .iter()
            .map(|h| d.hit_place(h))
            .find(|p| p.postcode.as_deref() != Some(pc))
    {
        bad.push(format!("{:?} is in {:?}", h.name, h.postcode));
    }
    if let Some(c) = &row.corrected
        && r.corrected.as_deref().unwrap_or("") != c
    {
        bad.push(format!("corrected {:?}", r.corrected));
    }
    for (want, got, what) in [
        (row.unknown_free, r.unknown.free, "unknown free"),
        (row.unknown_open, r.unknown.open, "unknown open"),
        (row.unknown_language, r.unknown.language, "unknown language"),
    ] {
        if want.is_some_and(|w| w != got) {
            bad.push(format!("{what} {got}"));
        }
    }
    if !bad.is_empty() {
        bad.push(format!(
            "({} found: {:?})",
            r.total,
            &names[..names.len().min(6)]
        ));
    }
    bad
}

#[test]
fn the_search_table() {
    let d = directory();
    let table: Table = toml::from_str(TABLE).unwrap();
    assert!(table.rows.len() >= 60, "at least 60 queries");
    let mut failures = Vec::new();
    for row in &table.rows {
        let bad = check(&d, row);
        if !bad.is_empty() {
            failures.push(format!("{:?} ({}): {}", row.text, row.lang, bad.join("; ")));
        }
    }
    for f in &failures {
        eprintln!("FAIL {f}");
    }
    assert!(
        failures.is_empty(),
        "{} of {} rows fail (listed above)",
        failures.len(),
        table.rows.len()
    );
}
