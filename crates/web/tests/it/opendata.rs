//! Open data: the downloads of /open-data validate against their schemas, on
//! the demo data plus places that use every field and every vocabulary code.

use std::collections::HashSet;
use std::io::Cursor;
use store::testing::NOW;

use axum::body::Body;
use axum::http::Request;
use domain::vocab::VocabKind;
use http_body_util::BodyExt;
use regex::Regex;
use serde_json::Value;
use store::places::NewPlace;
use tower::ServiceExt;

use crate::helpers::TestApp;

/// The demo data plus three places that fill every field: one with exact
/// coordinates, simple weekly hours, a Belgian phone number, every vocabulary
/// code and a long description; one mobile, with unreadable hours, a French
/// phone number and neither postcode nor street; one with other hours and a
/// Belgian mobile number.
async fn app() -> TestApp {
    let app = TestApp::demo().await;
    let vocab = store::reference::vocabularies();
    let codes =
        |k: VocabKind| -> Vec<String> { vocab.terms(k).iter().map(|t| t.code.clone()).collect() };
    let org = app
        .db()
        .create_organisation(None, "Association \"Export\", test", "asbl", NOW)
        .await
        .unwrap();
    let full = NewPlace {
        organisation_id: org,
        kind: domain::PlaceKind::Epn,
        name: "EPN Export, \"tout\" rempli".into(),
        address: Some("Rue de la Loi 16".into()),
        postcode: Some("1000".into()),
        commune_nis: Some("21004".into()),
        location: domain::LatLon::new(50.8466, 4.3668),
        opening_hours: Some("Mo-Fr 09:00-12:00,14:00-18:30; Sa 10:00-13:00; PH off".into()),
        services: codes(VocabKind::Service),
        publics: codes(VocabKind::Public),
        languages: codes(VocabKind::Language),
        accessibility: codes(VocabKind::Accessibility),
        price: Some("symbolic".into()),
        computers: Some(12),
        tablets: Some(3),
        phone: Some("02 555 12 34".into()),
        email: Some("epn@example.org".into()),
        website: Some("https://example.org/epn".into()),
        description: Some("Un espace public numérique ouvert à tous. ".repeat(12)),
        label_status: domain::LabelStatus::Labelled,
        ..Default::default()
    };
    app.db().create_place(&full, NOW).await.unwrap();
    let odd = NewPlace {
        name: "Lieu aux horaires illisibles".into(),
        address: None,
        location: None,
        opening_hours: Some("lundi 9h-12h".into()),
        phone: Some("+33 1 80 05 98 80".into()),
        postcode: None,
        commune_nis: Some("21007".into()),
        price: Some("free".into()),
        mobile: true,
        description: None,
        ..full.clone()
    };
    app.db().create_place(&odd, NOW).await.unwrap();
    let mobile_phone = NewPlace {
        name: "Lieu à Etterbeek".into(),
        opening_hours: Some("Tu,Th 14:00-17:00".into()),
        phone: Some("0470/12.34.56".into()),
        postcode: Some("1040".into()),
        commune_nis: Some("21005".into()),
        location: None,
        ..full
    };
    app.db().create_place(&mobile_phone, NOW).await.unwrap();
    app.state.refresh().await.unwrap();
    app
}

/// Raw bytes and headers of a GET.
async fn download(app: &TestApp, uri: &str) -> (u16, axum::http::HeaderMap, Vec<u8>) {
    let res = app
        .router
        .clone()
        .oneshot(Request::builder().uri(uri).body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = res.status().as_u16();
    let headers = res.headers().clone();
    let bytes = res.into_body().collect().await.unwrap().to_bytes().to_vec();
    (status, headers, bytes)
}

fn published_count(app: &TestApp) -> usize {
    let dir = app.state.directory();
    let places: Vec<_> = dir.places().collect();
    domain::export::published(&places, &app.state.region).len()
}

/// RFC 4180 CSV (quoted or bare fields, "" inside quotes, CRLF or LF).
fn parse_csv(s: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

fn schema() -> Value {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../data/interop/standard-mediation-num_schema-v1.0.2.json"
    );
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// Checks a CSV file against the Frictionless table schema of the national
/// standard, with `overrides` replacing the pattern of some columns (the
/// Belgian profile). Table Schema patterns match the whole value, so each is
/// anchored here; an empty value is a missing value, checked only by `required`.
fn validate(csv: &str, overrides: &[(&str, &str)]) -> Vec<String> {
    let schema = schema();
    let fields = schema["fields"].as_array().unwrap();
    let names: Vec<&str> = fields.iter().map(|f| f["name"].as_str().unwrap()).collect();
    let rows = parse_csv(csv);
    let mut errors = Vec::new();
    if rows
        .first()
        .map(|h| h.iter().map(String::as_str).collect::<Vec<_>>())
        != Some(names.clone())
    {
        errors.push(format!(
            "header is not the schema's field list: {:?}",
            rows.first()
        ));
        return errors;
    }
    let date = Regex::new(r"^\d{4}-\d{2}-\d{2}$").unwrap();
    let mut ids = HashSet::new();
    for (n, row) in rows.iter().enumerate().skip(1) {
        let line = n + 1;
        if row.len() != names.len() {
            errors.push(format!("line {line}: {} fields", row.len()));
            continue;
        }
        for (f, value) in fields.iter().zip(row) {
            let name = f["name"].as_str().unwrap();
            let c = &f["constraints"];
            if value.is_empty() {
                if c["required"] == true {
                    errors.push(format!("line {line}: {name} is required"));
                }
                continue;
            }
            let pattern = overrides
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, p)| (*p).to_owned())
                .or_else(|| c["pattern"].as_str().map(str::to_owned));
            if let Some(p) = pattern {
                let re = Regex::new(&format!("^(?:{p})$"))
                    .unwrap_or_else(|e| panic!("{name}: pattern {p} is not Rust syntax: {e}"));
                if !re.is_match(value) {
                    errors.push(format!("line {line}: {name}={value:?} does not match {p}"));
                }
            }
            if let Some(max) = c["maxLength"].as_u64()
                && value.chars().count() as u64 > max
            {
                errors.push(format!("line {line}: {name} longer than {max}"));
            }
            match f["type"].as_str() {
                Some("number") if value.parse::<f64>().is_err() => {
                    errors.push(format!("line {line}: {name}={value:?} is not a number"))
                }
                Some("date")
                    if !date.is_match(value)
                        || chrono::NaiveDate::parse_from_str(value, "%Y-%m-%d").is_err() =>
                {
                    errors.push(format!("line {line}: {name}={value:?} is not a date"))
                }
                _ => {}
            }
            if c["unique"] == true && !ids.insert((name.to_owned(), value.clone())) {
                errors.push(format!("line {line}: {name}={value:?} twice"));
            }
        }
    }
    errors
}

#[test]
fn the_validator_accepts_the_standards_example_and_rejects_bad_rows() {
    let example = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../data/interop/standard-mediation-num_exemple-valide.csv"
    ))
    .unwrap();
    assert_eq!(validate(&example, &[]), Vec::<String>::new());
    // Under the Belgian profile the French example's postcode and phone are wrong.
    let errors = validate(&example, &domain::export::mednum::BELGIAN_PROFILE);
    assert!(
        errors.iter().any(|e| e.contains("code_postal")),
        "{errors:?}"
    );
    assert!(errors.iter().any(|e| e.contains("telephone")), "{errors:?}");
    let broken = example
        .replace("\"2024-04-02\"", "\"02/04/2024\"")
        .replace("\"Itinérant\"", "\"Mobile\"");
    let errors = validate(&broken, &[]);
    assert!(errors.iter().any(|e| e.contains("date_maj")), "{errors:?}");
    assert!(
        errors.iter().any(|e| e.contains("itinerance")),
        "{errors:?}"
    );
}

#[tokio::test]
async fn mednum_export_validates_against_the_national_schema_with_the_belgian_profile() {
    let app = app().await;
    let (status, headers, bytes) = download(&app, "/open-data/places-mednum.csv").await;
    assert_eq!(status, 200);
    assert_eq!(headers["content-type"], "text/csv; charset=utf-8");
    let csv = String::from_utf8(bytes).unwrap();
    let errors = validate(&csv, &domain::export::mednum::BELGIAN_PROFILE);
    assert!(errors.is_empty(), "{}", errors.join("\n"));
    let rows = parse_csv(&csv);
    assert_eq!(rows.len(), 1 + published_count(&app));
    let header = &rows[0];
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let full = rows
        .iter()
        .find(|r| r[col("nom")].starts_with("EPN Export"))
        .unwrap();
    assert_eq!(full[col("telephone")], "+3225551234");
    assert_eq!(full[col("code_postal")], "1000");
    assert_eq!(full[col("code_insee")], "21004");
    assert_eq!(full[col("adresse")], "Rue de la Loi 16");
    assert_eq!(full[col("latitude")], "50.8466");
    assert_eq!(full[col("itinerance")], "Fixe");
    assert_eq!(full[col("source")], "Passerelle");
    assert_eq!(full[col("frais_a_charge")], "Payant");
    assert!(full[col("horaires")].starts_with("Mo-Fr 09:00-12:00,14:00-18:30"));
    assert!(full[col("prise_en_charge_specifique")].contains("Langues étrangères (anglais)"));
    assert!(full[col("prise_en_charge_specifique")].contains("Langues étrangères (autres)"));
    assert!(full[col("publics_specifiquement_adresses")].contains("Seniors"));
    assert!(full[col("presentation_resume")].ends_with('…'));
    assert!(full[col("presentation_detail")].len() > 280);
    let odd = rows
        .iter()
        .find(|r| r[col("nom")] == "Lieu aux horaires illisibles")
        .unwrap();
    assert_eq!(
        odd[col("horaires")],
        "",
        "unreadable hours are not exported as hours"
    );
    assert_eq!(
        odd[col("telephone")],
        "",
        "a French number is not a Belgian one"
    );
    assert_eq!(odd[col("itinerance")], "Itinérant");
    assert_eq!(
        odd[col("code_postal")],
        "1190",
        "the commune's postcode when the place has none"
    );
    assert_eq!(
        odd[col("adresse")],
        "Forest",
        "the commune when the street is unknown"
    );
    assert_eq!(
        odd[col("latitude")],
        "",
        "no approximate position in the standard"
    );
    let mobile = rows
        .iter()
        .find(|r| r[col("nom")] == "Lieu à Etterbeek")
        .unwrap();
    assert_eq!(mobile[col("telephone")], "+32470123456");
    // The Saint-Josse postcode contradiction of the seed is kept as written.
    let sapiens = rows
        .iter()
        .find(|r| r[col("nom")].contains("Sapiens"))
        .unwrap();
    assert_eq!(sapiens[col("code_insee")], "21014");
}

/// The HSDS 3.0 fields required by its JSON schemas (schema/*.json of the
/// specification, "required"), plus the links the tabular model requires
/// ("tabular_required"):
/// - organization: id, name, description
/// - service: id, name, status (status one of active, inactive, defunct,
///   temporarily closed); tabular: organization_id
/// - location: id, location_type (physical, postal or virtual)
/// - service_at_location: id; tabular: service_id, location_id
/// - address: id, address_1, city, state_province, postal_code, country,
///   address_type (physical, postal or virtual)
/// - schedule: id
/// - phone: id, number
/// - language: id
/// - taxonomy: id, name, description; taxonomy_term: id, name, description
/// - attribute: id, taxonomy_term_id; tabular: link_id
const HSDS_REQUIRED: [(&str, &[&str]); 11] = [
    ("organizations", &["id", "name", "description"]),
    ("services", &["id", "name", "status", "organization_id"]),
    ("locations", &["id", "location_type"]),
    ("service_at_locations", &["id", "service_id", "location_id"]),
    (
        "addresses",
        &[
            "id",
            "address_1",
            "city",
            "state_province",
            "postal_code",
            "country",
            "address_type",
        ],
    ),
    ("schedules", &["id"]),
    ("phones", &["id", "number"]),
    ("languages", &["id"]),
    ("taxonomies", &["id", "name", "description"]),
    ("taxonomy_terms", &["id", "name", "description"]),
    ("attributes", &["id", "taxonomy_term_id", "link_id"]),
];

#[tokio::test]
async fn hsds_export_has_the_required_fields_and_consistent_links() {
    let app = app().await;
    let (status, headers, bytes) = download(&app, "/open-data/places-hsds.json").await;
    assert_eq!(status, 200);
    assert_eq!(headers["content-type"], "application/json");
    let doc: Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(doc["hsds_version"], "3.0");
    assert_eq!(doc["licence"]["id"], "CC0-1.0");
    let uuid = Regex::new(r"^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
        .unwrap();
    let mut all_ids = HashSet::new();
    for (table, required) in HSDS_REQUIRED {
        let items = doc[table]
            .as_array()
            .unwrap_or_else(|| panic!("{table} is a list"));
        assert!(!items.is_empty(), "{table} is empty");
        for item in items {
            for f in required {
                assert!(
                    item.get(*f).is_some_and(|v| !v.is_null()),
                    "{table}: {f} missing in {item}"
                );
            }
            let id = item["id"].as_str().unwrap();
            assert!(uuid.is_match(id), "{table}: {id} is not a UUID v5");
            assert!(all_ids.insert(id.to_owned()), "{table}: id {id} twice");
        }
    }
    let ids = |table: &str| -> HashSet<String> {
        doc[table]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v["id"].as_str().unwrap().to_owned())
            .collect()
    };
    let (orgs, services, locations, sals, terms) = (
        ids("organizations"),
        ids("services"),
        ids("locations"),
        ids("service_at_locations"),
        ids("taxonomy_terms"),
    );
    let n = published_count(&app);
    assert_eq!(services.len(), n);
    assert_eq!(locations.len(), n);
    for s in doc["services"].as_array().unwrap() {
        assert!(orgs.contains(s["organization_id"].as_str().unwrap()));
        assert!(
            ["active", "inactive", "defunct", "temporarily closed"]
                .contains(&s["status"].as_str().unwrap())
        );
    }
    for sal in doc["service_at_locations"].as_array().unwrap() {
        assert!(services.contains(sal["service_id"].as_str().unwrap()));
        assert!(locations.contains(sal["location_id"].as_str().unwrap()));
    }
    for l in doc["locations"].as_array().unwrap() {
        assert_eq!(l["location_type"], "physical");
        let (lat, lon) = (
            l["latitude"].as_f64().unwrap(),
            l["longitude"].as_f64().unwrap(),
        );
        assert!(
            (50.0..51.5).contains(&lat) && (2.5..6.5).contains(&lon),
            "{l}"
        );
    }
    for a in doc["addresses"].as_array().unwrap() {
        assert!(locations.contains(a["location_id"].as_str().unwrap()));
        assert_eq!(a["country"], "BE");
        assert!(["physical", "postal", "virtual"].contains(&a["address_type"].as_str().unwrap()));
    }
    for a in doc["attributes"].as_array().unwrap() {
        assert!(terms.contains(a["taxonomy_term_id"].as_str().unwrap()));
        assert!(services.contains(a["link_id"].as_str().unwrap()));
    }
    for p in doc["phones"].as_array().unwrap() {
        assert!(services.contains(p["service_id"].as_str().unwrap()));
    }
    let schedules = doc["schedules"].as_array().unwrap();
    for s in schedules {
        assert!(sals.contains(s["service_at_location_id"].as_str().unwrap()));
        assert!(services.contains(s["service_id"].as_str().unwrap()));
        assert!(
            !s["description"].as_str().unwrap().is_empty(),
            "the raw text is kept"
        );
        assert!(s["notes"].as_str().unwrap().contains("OpenStreetMap"));
    }
    let weekly: Vec<(&str, &str, &str)> = schedules
        .iter()
        .filter(|s| {
            s["description"]
                .as_str()
                .unwrap()
                .starts_with("Mo-Fr 09:00")
        })
        .map(|s| {
            assert_eq!(s["freq"], "WEEKLY");
            (
                s["byday"].as_str().unwrap(),
                s["opens_at"].as_str().unwrap(),
                s["closes_at"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        weekly,
        vec![
            ("MO,TU,WE,TH,FR", "09:00", "12:00"),
            ("MO,TU,WE,TH,FR", "14:00", "18:30"),
            ("SA", "10:00", "13:00"),
        ]
    );
    let unreadable: Vec<&Value> = schedules
        .iter()
        .filter(|s| s["description"] == "lundi 9h-12h")
        .collect();
    assert_eq!(unreadable.len(), 1);
    assert!(
        unreadable[0].get("byday").is_none(),
        "no invented weekly rule"
    );
    let phones: Vec<&str> = doc["phones"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["number"].as_str().unwrap())
        .collect();
    assert!(phones.contains(&"+3225551234"));
    let term_names: Vec<&str> = doc["taxonomy_terms"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    assert!(
        term_names.contains(&"Wheelchair accessible"),
        "English labels: {term_names:?}"
    );
}

#[tokio::test]
async fn geojson_is_a_feature_collection_of_points_with_approximate_ones_flagged() {
    let app = app().await;
    let (status, headers, bytes) = download(&app, "/open-data/places.geojson").await;
    assert_eq!(status, 200);
    assert_eq!(headers["content-type"], "application/geo+json");
    let doc: Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(doc["type"], "FeatureCollection");
    let features = doc["features"].as_array().unwrap();
    assert_eq!(features.len(), published_count(&app));
    let mut exact = 0;
    for f in features {
        assert_eq!(f["type"], "Feature");
        assert_eq!(f["geometry"]["type"], "Point");
        let c = f["geometry"]["coordinates"].as_array().unwrap();
        assert_eq!(c.len(), 2);
        let (lon, lat) = (c[0].as_f64().unwrap(), c[1].as_f64().unwrap());
        assert!((-180.0..=180.0).contains(&lon) && (-90.0..=90.0).contains(&lat));
        assert!(
            (4.2..4.5).contains(&lon) && (50.7..50.95).contains(&lat),
            "in Brussels, [lon, lat]: {c:?}"
        );
        let props = f["properties"].as_object().unwrap();
        assert!(props.contains_key("name") && props.contains_key("services"));
        if props["position_approximate"] == false {
            exact += 1;
        }
    }
    assert_eq!(
        exact, 1,
        "the one test place with coordinates; the demo has none"
    );
}

#[tokio::test]
async fn plain_csv_and_json_have_one_record_per_place() {
    let app = app().await;
    let n = published_count(&app);
    let (status, headers, bytes) = download(&app, "/open-data/places.csv").await;
    assert_eq!(status, 200);
    assert_eq!(headers["content-type"], "text/csv; charset=utf-8");
    let rows = parse_csv(&String::from_utf8(bytes).unwrap());
    assert_eq!(rows[0], domain::export::plain::COLUMNS);
    assert_eq!(rows.len(), n + 1);
    assert!(rows.iter().all(|r| r.len() == rows[0].len()));
    let (_, headers, bytes) = download(&app, "/open-data/places.json").await;
    assert_eq!(headers["content-type"], "application/json");
    let doc: Value = serde_json::from_slice(&bytes).unwrap();
    let places = doc["places"].as_array().unwrap();
    assert_eq!(places.len(), n);
    let full = places
        .iter()
        .find(|p| p["name"].as_str().unwrap().starts_with("EPN Export"))
        .unwrap();
    assert_eq!(full["computers"], 12);
    assert!(full["services"].as_array().unwrap().len() > 5);
    assert_eq!(full["position_approximate"], false);
}

#[tokio::test]
async fn the_spreadsheet_opens_with_a_header_and_one_row_per_place() {
    use calamine::{Data, Reader, Xlsx};
    let app = app().await;
    let (status, headers, bytes) = download(&app, "/open-data/places.xlsx").await;
    assert_eq!(status, 200);
    assert_eq!(
        headers["content-type"],
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    );
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    let range = book.worksheet_range("places").unwrap();
    let rows: Vec<&[Data]> = range.rows().collect();
    assert_eq!(rows.len(), 1 + published_count(&app));
    let header: Vec<String> = rows[0].iter().map(|c| c.to_string()).collect();
    assert_eq!(header, domain::export::plain::COLUMNS);
    let id_col = header.iter().position(|h| h == "latitude").unwrap();
    assert!(
        rows[1..]
            .iter()
            .all(|r| matches!(r[id_col], Data::Float(_))),
        "numbers are numbers"
    );
    let licence = book.worksheet_range("licence").unwrap();
    assert!(
        licence
            .rows()
            .any(|r| r.iter().any(|c| c.to_string().contains("CC0-1.0")))
    );
}

#[tokio::test]
async fn every_download_has_its_type_and_a_file_name() {
    let app = TestApp::demo().await;
    for (path, ctype, file) in [
        (
            "/open-data/places.csv",
            "text/csv; charset=utf-8",
            "brussels-places.csv",
        ),
        (
            "/open-data/places.json",
            "application/json",
            "brussels-places.json",
        ),
        (
            "/open-data/places.geojson",
            "application/geo+json",
            "brussels-places.geojson",
        ),
        (
            "/open-data/places.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "brussels-places.xlsx",
        ),
        (
            "/open-data/places-mednum.csv",
            "text/csv; charset=utf-8",
            "brussels-places-mednum.csv",
        ),
        (
            "/open-data/places-hsds.json",
            "application/json",
            "brussels-places-hsds.json",
        ),
    ] {
        let (status, headers, bytes) = download(&app, path).await;
        assert_eq!(status, 200, "{path}");
        assert_eq!(headers["content-type"], ctype, "{path}");
        assert_eq!(
            headers["content-disposition"],
            format!("attachment; filename=\"{file}\"").as_str(),
            "{path}"
        );
        assert!(!bytes.is_empty());
    }
    assert_eq!(app.get("/open-data/places.pdf").await.status, 404);
}

#[tokio::test]
async fn the_open_data_page_in_every_language() {
    let app = TestApp::demo().await;
    for lang in ["fr", "nl", "en", "ar"] {
        let r = app.get(&format!("/{lang}/open-data")).await;
        assert_eq!(r.status, 200, "{lang}");
        assert!(r.body.contains(&format!("<html lang=\"{lang}\"")), "{lang}");
        for file in [
            "places.csv",
            "places.json",
            "places.geojson",
            "places.xlsx",
            "places-mednum.csv",
            "places-hsds.json",
        ] {
            assert!(
                r.body.contains(&format!("href=\"/open-data/{file}\"")),
                "{lang}: {file}"
            );
        }
        assert!(
            r.body
                .contains("https://creativecommons.org/publicdomain/zero/1.0/"),
            "{lang}: licence"
        );
        assert!(r.body.contains("CC0-1.0"), "{lang}");
        assert!(!r.body.contains("opendata-"), "{lang}: untranslated key");
        // The language switcher stays on the page.
        assert!(r.body.contains("/nl/open-data\"") || lang == "nl");
        // Every page links to it from the footer.
        assert!(
            app.get(&format!("/{lang}/"))
                .await
                .body
                .contains(&format!("href=\"/{lang}/open-data\""))
        );
    }
    let fr = app.get("/fr/open-data").await.body;
    assert!(
        fr.contains("Données ouvertes") && fr.contains("50 lieux"),
        "{fr}"
    );
    assert_eq!(app.get("/xx/open-data").await.status, 404);
}

/// Values a file or an older version may have stored: names that a
/// spreadsheet would run as formulas, and web addresses that would run code
/// when followed. Written straight through the store, as if stored before
/// the rules existed.
async fn app_with_hostile_places() -> (TestApp, Vec<i64>) {
    let app = TestApp::demo().await;
    let org = app
        .db()
        .create_organisation(None, "=cmd|' /C calc'!A0", "asbl", NOW)
        .await
        .unwrap();
    let base = NewPlace {
        organisation_id: org,
        kind: domain::PlaceKind::Epn,
        commune_nis: Some("21004".into()),
        postcode: Some("1000".into()),
        ..Default::default()
    };
    let mut ids = Vec::new();
    for (name, website, description) in [
        (
            "=HYPERLINK(\"http://evil.example\",\"Click\")",
            "javascript:alert(document.cookie)",
            "-2+3+cmd|' /C calc'!A0",
        ),
        (
            "@SUM(1+1)*cmd|' /C calc'!A0",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
            "+cmd",
        ),
        ("\tTab first", "VBScript:msgbox(1)", "\rReturn first"),
    ] {
        let p = NewPlace {
            name: name.into(),
            website: Some(website.into()),
            description: Some(description.into()),
            phone: Some("+32 2 411 23 32".into()),
            ..base.clone()
        };
        ids.push(app.db().create_place(&p, NOW).await.unwrap());
    }
    app.state.refresh().await.unwrap();
    (app, ids)
}

/// What a spreadsheet would run: a cell starting with = + - @, a tab or a
/// carriage return, unless it is a plain number.
fn formula_cells(rows: &[Vec<String>]) -> Vec<String> {
    let number = Regex::new(r"^[+-]?\d+(\.\d+)?$").unwrap();
    rows.iter()
        .flatten()
        .filter(|c| c.starts_with(['=', '+', '-', '@', '\t', '\r']) && !number.is_match(c))
        .cloned()
        .collect()
}

/// Every CSV the project writes neutralises formulas (OWASP: a leading
/// single quote): the open-data CSV, the national standard's CSV, the
/// quality findings and the back office's list of places.
#[tokio::test]
async fn no_csv_starts_a_formula() {
    let (app, _) = app_with_hostile_places().await;
    let coord = app.sign_in(domain::account::Role::Coordinator, &[]).await;
    let mut csvs = Vec::new();
    for uri in ["/open-data/places.csv", "/open-data/places-mednum.csv"] {
        let (status, _, bytes) = download(&app, uri).await;
        assert_eq!(status, 200, "{uri}");
        csvs.push((uri.to_owned(), String::from_utf8(bytes).unwrap()));
    }
    for uri in ["/en/bo/quality/findings.csv", "/en/bo/places?format=csv"] {
        let res = app.get_as(Some(&coord), uri).await;
        assert_eq!(res.status, 200, "{uri}");
        csvs.push((uri.to_owned(), res.body.clone()));
    }
    for (uri, csv) in &csvs {
        let rows = parse_csv(csv);
        assert_eq!(formula_cells(&rows), Vec::<String>::new(), "{uri}");
        assert!(
            csv.contains("'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")"),
            "{uri}: the name is kept, as text"
        );
    }
    // The open-data CSV keeps a readable phone as text ('+32 …) and the
    // coordinates and the national standard's phones as numbers.
    let rows = parse_csv(&csvs[0].1);
    let col = |name: &str| rows[0].iter().position(|h| h == name).unwrap();
    assert!(rows.iter().any(|r| r[col("phone")] == "'+32 2 411 23 32"));
    let mednum = parse_csv(&csvs[1].1);
    let tel = mednum[0].iter().position(|h| h == "telephone").unwrap();
    assert!(mednum.iter().any(|r| r[tel] == "+3224112332"));
}

/// A web address that is not http(s) is never a link, never republished
/// (API, every open-data format), and the quality check lists it.
#[tokio::test]
async fn web_addresses_that_are_not_http_are_never_published() {
    let (app, ids) = app_with_hostile_places().await;
    let hostile = ["javascript:alert", "data:text/html", "vbscript:msgbox"];
    let clean = |uri: &str, body: &str| {
        let lower = body.to_lowercase();
        for h in hostile {
            assert!(!lower.contains(h), "{uri} republishes {h}");
        }
    };
    for f in [
        "/open-data/places.csv",
        "/open-data/places.json",
        "/open-data/places.geojson",
        "/open-data/places-mednum.csv",
        "/open-data/places-hsds.json",
    ] {
        let (status, _, bytes) = download(&app, f).await;
        assert_eq!(status, 200);
        clean(f, &String::from_utf8(bytes).unwrap());
    }
    for id in &ids {
        for uri in [format!("/api/v1/places/{id}"), format!("/en/places/{id}")] {
            let res = app.get(&uri).await;
            assert_eq!(res.status, 200, "{uri}");
            clean(&uri, &res.body);
        }
    }
    // An http(s) address is still a link.
    let demo = crate::helpers::place_named(&app, "Sapiens");
    let mut record = app.db().editable_place(demo).await.unwrap().unwrap().record;
    record.website = Some("https://sapiens.example.org".into());
    app.db()
        .update_place(demo, &record, None, None, NOW)
        .await
        .unwrap();
    app.state.refresh().await.unwrap();
    let page = app.get(&format!("/en/places/{demo}")).await;
    assert!(page.body.contains("href=\"https://sapiens.example.org\""));

    let coord = app.sign_in(domain::account::Role::Coordinator, &[]).await;
    let findings = app
        .get_as(
            Some(&coord),
            "/en/bo/quality/findings.csv?kind=website-not-http",
        )
        .await;
    assert_eq!(findings.status, 200);
    let rows = parse_csv(&findings.body);
    let flagged: Vec<i64> = rows[1..]
        .iter()
        .filter(|r| r[1] == "website-not-http")
        .map(|r| r[2].parse().unwrap())
        .collect();
    assert_eq!(flagged, ids);
    assert!(
        findings
            .body
            .contains("is not an http:// or https:// address")
    );
    let page = app
        .get_as(Some(&coord), "/en/bo/quality?kind=website-not-http")
        .await;
    assert!(page.body.contains("Web address that is not http(s)"));
}
