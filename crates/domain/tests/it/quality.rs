//! Data-quality checks on the real Brussels reference data.

use chrono::NaiveDate;
use domain::place::Place;
use domain::quality::{CheckKind, Severity, check_places, similar_names};
use domain::{LatLon, Region};

use crate::helpers::REGION;

/// A place of organisation "Org".
fn place(id: i64, name: &str, nis: &str, postcode: &str) -> Place {
    crate::helpers::place(id, name, "Org", nis, postcode)
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
}

fn kinds(places: &[Place]) -> Vec<(CheckKind, i64)> {
    let region = Region::from_toml(REGION).unwrap();
    check_places(&region, places, today())
        .iter()
        .map(|f| (f.kind, f.place_id))
        .collect()
}

#[test]
fn a_clean_place_has_no_finding() {
    assert!(kinds(&[place(1, "EPN Uccle", "21016", "1180")]).is_empty());
}

#[test]
fn the_saint_josse_postcode_of_the_seed_is_an_error() {
    let region = Region::from_toml(REGION).unwrap();
    let f = check_places(
        &region,
        &[place(1, "EPN Sapiens", "21014", "1180")],
        today(),
    );
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].kind, CheckKind::PostcodeNotInCommune);
    assert_eq!(f[0].severity, Severity::Error);
    assert_eq!(f[0].value, "1180");
    // Shared postcodes are fine: 1050 belongs to Ixelles and to Bruxelles-Ville.
    assert!(
        kinds(&[
            place(2, "A", "21004", "1050"),
            place(3, "B", "21009", "1050")
        ])
        .is_empty()
    );
    assert_eq!(
        kinds(&[place(4, "C", "21004", "9999")]),
        vec![(CheckKind::UnknownPostcode, 4)]
    );
}

#[test]
fn unreadable_hours_no_contact_and_stale_entries() {
    let mut a = place(1, "A", "21001", "1070");
    a.opening_hours = Some("lundi 9h-12h".into());
    let mut b = place(2, "B", "21001", "1070");
    b.phone = None;
    let mut c = place(3, "C", "21001", "1070");
    c.updated_on = "2025-11-25".into();
    let mut d = place(4, "D", "21001", "1070");
    d.updated_on = "2025-11-27".into();
    d.opening_hours = Some("Mo-Fr 09:00-17:00".into());
    assert_eq!(
        kinds(&[a, b, c, d]),
        vec![
            (CheckKind::UnreadableHours, 1),
            (CheckKind::NoContact, 2),
            (CheckKind::Stale, 3)
        ]
    );
}

#[test]
fn probable_duplicates() {
    // Same name (any case or accent) in the same postcode.
    let a = place(1, "Bibliothèque de Laeken", "21004", "1020");
    let b = place(2, "BIBLIOTHEQUE DE LAEKEN", "21004", "1020");
    assert_eq!(kinds(&[a, b]), vec![(CheckKind::ProbableDuplicate, 2)]);
    // Within 50 m with similar names.
    let mut c = place(3, "EPN Koekeltech", "21011", "1081");
    c.location = Some(LatLon {
        lat: 50.8620,
        lon: 4.3260,
    });
    let mut d = place(4, "Koekeltech - EPN de Koekelberg", "21011", "1081");
    d.location = Some(LatLon {
        lat: 50.8622,
        lon: 4.3262,
    });
    let mut e = place(5, "Bibliothèque", "21011", "1081");
    e.location = Some(LatLon {
        lat: 50.8621,
        lon: 4.3261,
    });
    assert_eq!(
        kinds(&[c.clone(), d.clone(), e]),
        vec![(CheckKind::ProbableDuplicate, 4)]
    );
    // Far apart: not a duplicate.
    d.location = Some(LatLon {
        lat: 50.8700,
        lon: 4.3262,
    });
    assert!(kinds(&[c, d]).is_empty());
}

#[test]
fn name_similarity() {
    assert!(similar_names("EPN Uccle", "epn uccle"));
    assert!(similar_names(
        "Open Atelier 110",
        "Open Atelier 110 – Moreau"
    ));
    assert!(!similar_names("EPN Uccle", "EPN Forest"));
    assert!(!similar_names("Bibliothèque", "EPN Koekeltech"));
}

/// A web address stored before the rule of `domain::contact::WebAddress`
/// (a `javascript:` link from an old import, an address without http://)
/// is an error to fix; it is never published meanwhile.
#[test]
fn a_stored_web_address_that_is_not_http_is_an_error() {
    let region = Region::from_toml(REGION).unwrap();
    let mut bad = place(1, "EPN A", "21016", "1180");
    bad.website = Some("javascript:alert(document.cookie)".into());
    let mut bare = place(2, "EPN B", "21016", "1180");
    bare.website = Some("www.epn-b.example.org".into());
    let mut good = place(3, "EPN C", "21016", "1180");
    good.website = Some("https://epn-c.example.org".into());
    let found = check_places(&region, &[bad.clone(), bare, good.clone()], today());
    let f: Vec<(CheckKind, i64, &str)> = found
        .iter()
        .map(|f| (f.kind, f.place_id, f.value.as_str()))
        .collect();
    assert_eq!(
        f,
        [
            (
                CheckKind::WebsiteNotHttp,
                1,
                "javascript:alert(document.cookie)"
            ),
            (CheckKind::WebsiteNotHttp, 2, "www.epn-b.example.org")
        ]
    );
    assert_eq!(found[0].severity, Severity::Error);
    assert_eq!(bad.web_address(), None);
    assert_eq!(good.web_address(), Some("https://epn-c.example.org"));
}
