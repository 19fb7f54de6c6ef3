//! Search behaviour on the real Brussels reference data.

use std::sync::Arc;

use chrono::NaiveDateTime;
use domain::directory::{Directory, Origin, Query, QueryError};
use domain::place::LabelStatus;
use domain::{LatLon, Region, Vocabularies};

use crate::helpers::{REGION, VOCAB, place};

fn directory() -> Directory {
    let mut places = vec![
        place(
            1,
            "Open Atelier 110 – Jardinier",
            "Maks vzw",
            "21012",
            "1080",
        ),
        place(
            2,
            "EPN de Ganshoren",
            "Commune de Ganshoren",
            "21008",
            "1083",
        ),
        place(
            3,
            "Bibliothèque d'Ixelles",
            "Commune d'Ixelles",
            "21009",
            "1050",
        ),
        place(4, "EPN Uccle", "EPN Uccle", "21016", "1180"),
        place(5, "Koekeltech", "Koekelberg", "21011", "1081"),
    ];
    places[0].services = vec!["training".into(), "free-access".into()];
    places[0].price = Some("free".into());
    places[0].label = LabelStatus::Labelled;
    places[0].opening_hours = Some("Mo-Fr 10:00-18:00".into());
    places[1].opening_hours = Some("Tu 14:00-17:00".into());
    places[1].accessibility = vec!["wheelchair".into()];
    places[2].opening_hours = Some("lundi 9h-12h".into());
    places[2].location = Some(LatLon {
        lat: 50.8275,
        lon: 4.3720,
    });
    Directory::build(
        Arc::new(Region::from_toml(REGION).unwrap()),
        Arc::new(Vocabularies::from_toml(VOCAB).unwrap()),
        places,
    )
}

fn at(s: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
}

fn q(text: &str) -> Query {
    Query {
        text: Some(text.into()),
        limit: 20,
        ..Query::default()
    }
}

fn names(d: &Directory, query: &Query) -> Vec<String> {
    let now = at("2026-11-26 11:00");
    d.search(query, now)
        .unwrap()
        .hits
        .iter()
        .map(|h| d.hit_place(h).name)
        .collect()
}

#[test]
fn postcode_finds_the_nearest_first() {
    let d = directory();
    let r = d.search(&q("1080"), at("2026-11-26 11:00")).unwrap();
    assert_eq!(
        r.origin.as_ref().unwrap().0,
        Origin::Postcode("1080".into())
    );
    assert_eq!(d.hit_place(&r.hits[0]).name, "Open Atelier 110 – Jardinier");
    // Koekelberg is next door, Uccle is far away.
    let names: Vec<_> = r.hits.iter().map(|h| d.hit_place(h).name).collect();
    assert!(names.iter().any(|n| n == "Koekeltech"));
    assert!(!names.iter().any(|n| n == "EPN Uccle"));
    let d: Vec<f64> = r.hits.iter().map(|h| h.distance_km.unwrap()).collect();
    assert!(
        d.windows(2).all(|w| w[0] <= w[1]),
        "sorted by distance: {d:?}"
    );
}

#[test]
fn commune_names_in_french_or_dutch_any_case_or_accent() {
    let d = directory();
    for text in [
        "Molenbeek",
        "Sint-Jans-Molenbeek",
        "MOLENBEEK-SAINT-JEAN",
        "molenbeek saint jean",
    ] {
        assert_eq!(
            names(&d, &q(text))[0],
            "Open Atelier 110 – Jardinier",
            "{text}"
        );
    }
    assert_eq!(names(&d, &q("ganshoren"))[0], "EPN de Ganshoren");
    assert_eq!(names(&d, &q("Elsene"))[0], "Bibliothèque d'Ixelles");
}

#[test]
fn names_and_organisations_accent_insensitive() {
    let d = directory();
    assert_eq!(
        names(&d, &q("bibliotheque")),
        vec!["Bibliothèque d'Ixelles"]
    );
    assert_eq!(names(&d, &q("maks")), vec!["Open Atelier 110 – Jardinier"]);
    assert_eq!(names(&d, &q("atel")), vec!["Open Atelier 110 – Jardinier"]);
    assert!(names(&d, &q("zzzz")).is_empty());
}

#[test]
fn filters_combine() {
    let d = directory();
    let mut query = q("1080");
    query.services = vec!["training".into()];
    query.free = true;
    query.labelled = true;
    assert_eq!(names(&d, &query), vec!["Open Atelier 110 – Jardinier"]);
    let mut query = Query {
        wheelchair: true,
        limit: 20,
        ..Query::default()
    };
    assert_eq!(names(&d, &query), vec!["EPN de Ganshoren"]);
    query.services = vec!["repair".into()];
    assert!(names(&d, &query).is_empty());
}

#[test]
fn open_now_uses_the_hours() {
    let d = directory();
    let thursday_11 = at("2026-11-26 11:00");
    let query = Query {
        open_at: Some(thursday_11),
        limit: 20,
        ..Query::default()
    };
    assert_eq!(names(&d, &query), vec!["Open Atelier 110 – Jardinier"]);
    let tuesday_15 = at("2026-12-01 15:00");
    let query = Query {
        open_at: Some(tuesday_15),
        limit: 20,
        ..Query::default()
    };
    assert_eq!(
        names(&d, &query),
        vec!["EPN de Ganshoren", "Open Atelier 110 – Jardinier"]
    );
}

#[test]
fn unreadable_hours_stay_listed() {
    let d = directory();
    assert!(matches!(
        d.hours(3),
        domain::directory::HoursInfo::Invalid("lundi 9h-12h")
    ));
    assert_eq!(names(&d, &q("ixelles")), vec!["Bibliothèque d'Ixelles"]);
}

#[test]
fn near_and_radius() {
    let d = directory();
    let query = Query {
        near: LatLon::new(50.8275, 4.3720),
        radius_km: Some(0.5),
        limit: 20,
        ..Query::default()
    };
    let r = d.search(&query, at("2026-11-26 11:00")).unwrap();
    assert_eq!(r.total, 1);
    assert!(!r.hits[0].approximate_location);
    assert!(r.hits[0].distance_km.unwrap() < 0.01);
}

#[test]
fn pagination_counts_everything() {
    let d = directory();
    let query = Query {
        limit: 2,
        offset: 2,
        ..Query::default()
    };
    let r = d.search(&query, at("2026-11-26 11:00")).unwrap();
    assert_eq!(r.total, 5);
    assert_eq!(r.hits.len(), 2);
    let far = Query {
        limit: 2,
        offset: 1_000_000,
        ..Query::default()
    };
    assert!(
        d.search(&far, at("2026-11-26 11:00"))
            .unwrap()
            .hits
            .is_empty()
    );
}

#[test]
fn unknown_codes_are_errors() {
    let d = directory();
    let query = Query {
        services: vec!["teleportation".into()],
        ..Query::default()
    };
    assert_eq!(
        d.search(&query, at("2026-11-26 11:00")).unwrap_err(),
        QueryError::UnknownCode {
            param: "service",
            value: "teleportation".into()
        }
    );
    let query = Query {
        commune: Some("99999".into()),
        ..Query::default()
    };
    assert!(d.search(&query, at("2026-11-26 11:00")).is_err());
}

#[test]
fn the_shipped_region_is_consistent() {
    let r = Region::from_toml(REGION).unwrap();
    assert_eq!(r.communes.len(), 19);
    assert_eq!(r.brochure_groups.len(), 8);
    for pc in ["1040", "1050"] {
        let p = r.postcode(pc).unwrap();
        assert!(
            p.communes.contains(&"21004".to_string()),
            "{pc} is shared with Bruxelles-Ville"
        );
    }
    for pc in ["1020", "1120", "1130"] {
        assert_eq!(r.postcode(pc).unwrap().communes, vec!["21004".to_string()]);
    }
    assert!(
        !r.postcode_in_commune("1180", "21014"),
        "Saint-Josse is not 1180"
    );
}

#[test]
fn commune_and_text_together() {
    let d = directory();
    let query = Query {
        commune: Some("21012".into()),
        ..q("atelier")
    };
    assert_eq!(names(&d, &query), vec!["Open Atelier 110 – Jardinier"]);
    let query = Query {
        commune: Some("21008".into()),
        ..q("atelier")
    };
    assert!(names(&d, &query).is_empty());
}

#[test]
fn places_come_back_whole_and_lists_read_them_without_copies() {
    let mut places = vec![
        place(7, "EPN Jette", "Commune de Jette", "21010", "1090"),
        place(8, "Atelier Jette", "Commune de Jette", "21010", "1090"),
        place(9, "Hors région", "Ailleurs", "99999", "9999"),
        place(10, "Ludothèque", "Asbl Jeux", "21001", "1070"),
    ];
    places[0].organisation_id = 70;
    places[1].organisation_id = 70;
    places[3].organisation_id = 71;
    places[0].phone = None;
    places[1].email = Some("atelier@jette.example".into());
    places[0].services = vec!["training".into(), "not-a-code".into()];
    places[0].label = LabelStatus::Labelled;
    let d = Directory::build(
        Arc::new(Region::from_toml(REGION).unwrap()),
        Arc::new(Vocabularies::from_toml(VOCAB).unwrap()),
        places.clone(),
    );
    // A place outside the region is not listed; the others come back as they went in.
    assert_eq!(d.len(), 3);
    assert_eq!(d.place(7).as_ref(), Some(&places[0]));
    assert_eq!(d.place(10).as_ref(), Some(&places[3]));
    assert!(d.place(9).is_none() && !d.contains(9) && d.contains(8));
    assert_eq!(d.place_name(8), Some("Atelier Jette"));
    let ids: Vec<i64> = d.places().map(|p| p.id).collect();
    assert_eq!(ids, [7, 8, 10]);
    // An organisation's places, and which can be called or written to.
    let org: Vec<(i64, bool)> = d
        .organisation_places(70)
        .map(|s| (s.id, s.reachable))
        .collect();
    assert_eq!(org, [(7, false), (8, true)]);
    assert_eq!(d.organisation_places(72).count(), 0);
    // Filtering on the summary materialises only what passes.
    let labelled = d.places_where(|s| s.label == LabelStatus::Labelled);
    assert_eq!(labelled, [places[0].clone()]);
    let names: Vec<&str> = d.summaries().map(|s| s.name).collect();
    assert_eq!(names, ["EPN Jette", "Atelier Jette", "Ludothèque"]);
    // What a search finds is the place itself.
    let r = d.search(&q("ludotheque"), at("2026-11-26 11:00")).unwrap();
    assert_eq!(d.hit_place(&r.hits[0]), places[3]);
}
