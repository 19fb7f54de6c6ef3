//! The JSON API v1, on the demo data.

use crate::api_contract::{allows_query, query_candidates};
use crate::helpers::TestResponse;
use crate::helpers::sessions::{Spec, api, publish, referrer, token};
use domain::account::Role;
use serde_json::{Value, json};
use store::testing::NOW;

use crate::helpers::TestApp;

#[tokio::test]
async fn places_near_a_postcode_nearest_first() {
    let app = TestApp::demo().await;
    let r = app.get("/api/v1/places?q=1080&per_page=5").await;
    assert_eq!(r.status, 200);
    let v = r.json();
    assert!(v["total"].as_u64().unwrap() >= 2);
    assert_eq!(v["per_page"], 5);
    assert_eq!(v["page"], 1);
    let items = v["items"].as_array().unwrap();
    assert!(items.len() <= 5);
    let names: Vec<&str> = items.iter().map(|i| i["name"].as_str().unwrap()).collect();
    assert!(
        names.iter().any(|n| n.contains("Open Atelier 110")),
        "{names:?}"
    );
    let d: Vec<f64> = items
        .iter()
        .map(|i| i["distance_km"].as_f64().unwrap())
        .collect();
    assert!(d.windows(2).all(|w| w[0] <= w[1]));
    for key in [
        "id",
        "name",
        "organisation",
        "postcode",
        "commune",
        "lat",
        "lon",
        "approximate_location",
        "services",
        "opening_hours",
        "open_now",
        "labelled",
    ] {
        assert!(items[0].get(key).is_some(), "missing {key}");
    }
    assert_eq!(items[0]["approximate_location"], true);
}

#[tokio::test]
async fn filters_by_commune_postcode_and_label() {
    let app = TestApp::demo().await;
    let v = app
        .get("/api/v1/places?commune=21008&labelled=true")
        .await
        .json();
    let items = v["items"].as_array().unwrap();
    assert!(!items.is_empty());
    assert!(
        items
            .iter()
            .all(|i| i["commune"] == "21008" && i["labelled"] == true)
    );
    let v = app.get("/api/v1/places?postcode=1030").await.json();
    assert!(
        v["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|i| i["postcode"] == "1030")
    );
    let v = app
        .get("/api/v1/places?labelled=true&per_page=100")
        .await
        .json();
    assert_eq!(v["total"], 20, "19 labelled EPN on 20 sites");
}

#[tokio::test]
async fn bad_parameters_are_problems_naming_the_parameter() {
    let app = TestApp::demo().await;
    for (uri, param) in [
        ("/api/v1/places?per_page=101", "per_page"),
        ("/api/v1/places?service=teleport", "service"),
        ("/api/v1/places?commune=99999", "commune"),
        ("/api/v1/places?near=north", "near"),
        ("/api/v1/places?open_at=soon", "open_at"),
        ("/api/v1/places?wheelchair=perhaps", "wheelchair"),
        ("/api/v1/places/abc", "id"),
    ] {
        let r = app.get(uri).await;
        assert_eq!(r.status, 400, "{uri}");
        assert_eq!(
            r.header("content-type"),
            "application/problem+json",
            "{uri}"
        );
        let v = r.json();
        assert_eq!(v["status"], 400);
        assert_eq!(v["param"], param, "{uri}");
        assert!(v["detail"].as_str().unwrap().contains(param), "{uri}: {v}");
    }
}

#[tokio::test]
async fn malformed_input_never_gives_a_server_error() {
    let app = TestApp::demo().await;
    for uri in [
        "/api/v1/places?q=%FF%FE",
        "/api/v1/places?page=99999999999999999999999",
        "/api/v1/places?page=100000&per_page=100",
        "/api/v1/places?near=1e308,1e308",
        "/api/v1/places?radius_km=NaN&near=50.8,4.3",
        "/api/v1/places?q=%00%00",
        "/api/v1/places/99999999999999999999",
        "/api/v1/places?q=",
    ] {
        let r = app.get(uri).await;
        assert!(r.status.as_u16() < 500, "{uri}: {}", r.status);
    }
}

#[tokio::test]
async fn one_place_and_not_found() {
    let app = TestApp::demo().await;
    let list = app.get("/api/v1/places?q=ganshoren").await.json();
    let id = list["items"][0]["id"].as_i64().unwrap();
    let v = app.get(&format!("/api/v1/places/{id}")).await.json();
    assert_eq!(v["id"], id);
    assert_eq!(v["commune_name"]["nl"], "Ganshoren");
    let r = app.get("/api/v1/places/424242").await;
    assert_eq!(r.status, 404);
    assert_eq!(r.header("content-type"), "application/problem+json");
}

#[tokio::test]
async fn communes_with_postcodes_and_brochure_groups() {
    let app = TestApp::demo().await;
    let v = app.get("/api/v1/communes").await.json();
    let communes = v.as_array().unwrap();
    assert_eq!(communes.len(), 19);
    let bxl = communes.iter().find(|c| c["nis"] == "21004").unwrap();
    for pc in ["1000", "1020", "1040", "1050", "1120", "1130"] {
        assert!(
            bxl["postcodes"].as_array().unwrap().iter().any(|p| p == pc),
            "{pc}"
        );
    }
    assert!(bxl["brochure_group"]["code"].is_string());
}

#[tokio::test]
async fn openapi_document_describes_every_endpoint() {
    let app = TestApp::demo().await;
    let v = app.get("/api/v1/openapi.json").await.json();
    assert!(v["openapi"].as_str().unwrap().starts_with("3.1"));
    for path in [
        "/api/v1/places",
        "/api/v1/places/{id}",
        "/api/v1/communes",
        "/healthz",
        "/readyz",
    ] {
        assert!(v["paths"][path].is_object(), "{path}");
    }
}

#[tokio::test]
async fn health_and_security_headers() {
    let app = TestApp::demo().await;
    let r = app.get("/healthz").await;
    assert_eq!(r.status, 200);
    for uri in ["/healthz", "/api/v1/places", "/fr/", "/nope"] {
        let r = app.get(uri).await;
        let csp = r.header("content-security-policy");
        assert!(
            csp.contains("frame-ancestors 'none'")
                && csp.contains("script-src 'self'")
                && !csp.contains("unsafe-inline"),
            "{uri}"
        );
        assert_eq!(r.header("x-content-type-options"), "nosniff");
        assert_eq!(r.header("referrer-policy"), "no-referrer");
    }
}

#[tokio::test]
async fn the_directory_follows_database_changes() {
    let app = TestApp::demo().await;
    let before = app.get("/api/v1/places?per_page=1").await.json()["total"]
        .as_u64()
        .unwrap();
    let org = app
        .db()
        .create_organisation(None, "Nouvelle ASBL", "asbl", NOW)
        .await
        .unwrap();
    app.db()
        .create_place(
            &store::places::NewPlace {
                organisation_id: org,
                kind: domain::PlaceKind::Other,
                name: "Nouveau lieu".into(),
                commune_nis: Some("21001".into()),
                label_status: domain::LabelStatus::None,
                opening_hours: Some("Mo-Fr 09:00-17:00".into()),
                ..Default::default()
            },
            NOW,
        )
        .await
        .unwrap();
    assert!(app.state.refresh().await.unwrap());
    let after = app.get("/api/v1/places?per_page=1").await.json()["total"]
        .as_u64()
        .unwrap();
    assert_eq!(after, before + 1);
    let v = app.get("/api/v1/places?q=nouveau").await.json();
    assert_eq!(
        v["items"][0]["open_now"], true,
        "Thursday 11:00 is within Mo-Fr 09:00-17:00"
    );
}

/// Another region is data, not code: a two-commune region file is enough.
#[tokio::test]
async fn another_region_is_just_a_data_file() {
    let region = domain::Region::from_toml(
        r#"
code = "tiny"
country = "FR"
timezone = "Europe/Paris"
languages = ["fr"]
default_radius_km = 5.0
[name]
fr = "Petite région"
[[brochure_groups]]
code = "all"
communes = ["49007", "49099"]
[brochure_groups.name]
fr = "Tout"
[[communes]]
nis = "49007"
slug = "angers"
lat = 47.4784
lon = -0.5632
brochure_group = "all"
postcodes = ["49000"]
[communes.name]
fr = "Angers"
[[communes]]
nis = "49099"
slug = "cholet"
lat = 47.0600
lon = -0.8790
brochure_group = "all"
postcodes = ["49300"]
[communes.name]
fr = "Cholet"
[[postcodes]]
code = "49000"
communes = ["49007"]
lat = 47.4784
lon = -0.5632
[[postcodes]]
code = "49300"
communes = ["49099"]
lat = 47.0600
lon = -0.8790
"#,
    )
    .unwrap();
    let t = store::testing::fresh_db().await.unwrap();
    t.db.sync_reference(&region, &store::reference::vocabularies())
        .await
        .unwrap();
    let org =
        t.db.create_organisation(None, "Médiathèque", "library", NOW)
            .await
            .unwrap();
    t.db.create_place(
        &store::places::NewPlace {
            organisation_id: org,
            kind: domain::PlaceKind::Other,
            name: "Médiathèque Toussaint".into(),
            postcode: Some("49000".into()),
            commune_nis: Some("49007".into()),
            label_status: domain::LabelStatus::None,
            ..Default::default()
        },
        NOW,
    )
    .await
    .unwrap();
    let app = web::App::new(
        t.db.clone(),
        region,
        store::reference::vocabularies(),
        web::Config::default(),
    )
    .await
    .unwrap();
    let router = web::router(web::AppState(std::sync::Arc::new(app)));
    use tower::ServiceExt;
    let res = router
        .oneshot(
            axum::http::Request::builder()
                .uri("/api/v1/places?q=angers")
                .body(axum::body::Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    let bytes = http_body_util::BodyExt::collect(res.into_body())
        .await
        .unwrap()
        .to_bytes();
    let v: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(v["items"][0]["name"], "Médiathèque Toussaint");
    drop(t);
}

#[tokio::test]
async fn a_wrong_method_on_an_existing_path_is_405_with_allow() {
    use axum::{body::Body, http::Request};
    let app = TestApp::demo().await;
    let req = |method: &str, uri: &str| {
        Request::builder()
            .method(method)
            .uri(uri)
            .body(Body::empty())
            .unwrap()
    };
    let r = app.send(req("PUT", "/api/v1/places")).await;
    assert_eq!(r.status, 405);
    assert_eq!(r.header("allow"), "GET, HEAD");
    assert_eq!(r.header("content-type"), "application/problem+json");
    assert!(r.json()["detail"].as_str().unwrap().contains("GET"));

    // Booking a seat is POST only; a booking is read or cancelled.
    let r = app.send(req("GET", "/api/v1/sessions/1/bookings")).await;
    assert_eq!(r.status, 405);
    assert_eq!(r.header("allow"), "POST");
    let r = app.send(req("PATCH", "/api/v1/bookings/1")).await;
    assert_eq!(r.status, 405);
    assert_eq!(r.header("allow"), "DELETE, GET, HEAD");

    // Pages too: a public page cannot be deleted, and no sign-in is asked for.
    let r = app.send(req("DELETE", "/fr/")).await;
    assert_eq!(r.status, 405);
    assert_eq!(r.header("allow"), "GET, HEAD");

    // A path that does not exist is still a 404.
    let r = app.send(req("PUT", "/api/v1/nothing-here")).await;
    assert_eq!(r.status, 404);
}

/// Texts for the parameters with a pattern: some it allows, some it does not.
fn samples(name: &str) -> &'static [&'static str] {
    match name {
        "near" => &[
            "50.85,4.35",
            "-90,180",
            "90.0,-180.000",
            "0,0",
            "91,0",
            "50.85, 4.35",
            "1e1,4",
            "+50,4",
            "50.,4",
            "05,4",
            "50.85",
            "1e308,1e308",
        ],
        "postcode" => &[
            "1080",
            "L-1234",
            "1012 AB",
            "1234567890",
            "12345678901",
            " 1080",
            "1080 ",
            "1080-",
            "<script>",
        ],
        "q" => &["ganshoren", "1080", "  ", "%00"],
        _ => &[],
    }
}

/// `valid` requests are answered (not 400, not 5xx); the others are a 400
/// problem naming the parameter.
fn agrees(valid: bool, name: &str, what: &str, r: &TestResponse) {
    if valid {
        assert!(
            r.status != 400 && r.status.as_u16() < 500,
            "the document allows {what}, the server answers {}: {}",
            r.status,
            r.body
        );
    } else {
        assert_eq!(
            r.status, 400,
            "the document forbids {what}, the server answers {}: {}",
            r.status, r.body
        );
        assert_eq!(
            r.header("content-type"),
            "application/problem+json",
            "{what}"
        );
        assert_eq!(r.json()["param"], name, "{what}: {}", r.body);
    }
}

fn percent(v: &str) -> String {
    v.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// Issue 9: every query and path parameter of every operation, at the edges of
/// its schema in the OpenAPI document: the server accepts what the document
/// allows and refuses the rest with a 400 naming the parameter.
#[tokio::test]
async fn every_parameter_is_checked_as_the_document_says() {
    let app = TestApp::demo().await;
    let doc = app.get("/api/v1/openapi.json").await.json();
    let schema = |path: &str, method: &str, name: &str| -> Value {
        doc["paths"][path][method]["parameters"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["name"] == name)
            .unwrap_or_else(|| panic!("{method} {path} {name}"))["schema"]
            .clone()
    };
    // The rules the issue found missing.
    assert_eq!(
        schema("/api/v1/places", "get", "radius_km"),
        json!({"type": "number", "exclusiveMinimum": 0, "maximum": 1000})
    );
    assert_eq!(
        schema("/api/v1/places", "get", "commune")["enum"]
            .as_array()
            .unwrap()
            .len(),
        19,
        "the region's communes"
    );

    let session = publish(
        &app,
        "Jardinier",
        Spec {
            seats: 500,
            ..Spec::default()
        },
    )
    .await;
    let (_, cpas) = referrer(&app).await;
    let tok = token(&app, Role::Referrer, &[cpas]).await;
    let evaluate = json!({
        "computers": 6, "opening_hours": "Mo-Fr 14:00-17:00", "training_hours_per_week": 6,
        "free_access_hours_per_week": 6, "open_to_all_adults": true,
        "basic_activities_price": "free", "charter_accepted": true,
    })
    .to_string();
    let booking = r#"{"person":{"name":"Amina"},"consent":true}"#;
    let mut tried = 0;
    for (path, ops) in doc["paths"].as_object().unwrap() {
        for (method, op) in ops.as_object().unwrap() {
            let body = match path.as_str() {
                "/api/v1/label/evaluate" => evaluate.as_str(),
                "/api/v1/sessions/{id}/bookings" => booking,
                _ => "",
            };
            let auth = op.get("security").map(|_| tok.as_str());
            for p in op["parameters"].as_array().into_iter().flatten() {
                let name = p["name"].as_str().unwrap();
                let schema = &p["schema"];
                let (candidates, in_path) = match p["in"].as_str().unwrap() {
                    "query" => (query_candidates(&doc, schema, samples(name)), false),
                    "path" => {
                        let mut c = query_candidates(&doc, schema, &[]);
                        c.extend([session.to_string(), "1.0".into(), "1e0".into()]);
                        c.retain(|v| !v.is_empty());
                        (c, true)
                    }
                    other => panic!("{other} parameter {name}"),
                };
                for raw in candidates {
                    let uri = if in_path {
                        path.replace(&format!("{{{name}}}"), &percent(&raw))
                    } else {
                        let q = form_urlencoded::Serializer::new(String::new())
                            .append_pair(name, &raw)
                            .finish();
                        format!(
                            "{}?{q}",
                            path.replace("{id}", &session.to_string())
                                .replace("{section}", "activity")
                        )
                    };
                    let r = api(&app, &method.to_uppercase(), &uri, auth, body).await;
                    let what = format!("{} {uri} ({name} = {raw:?})", method.to_uppercase());
                    agrees(allows_query(&doc, schema, &raw), name, &what, &r);
                    tried += 1;
                }
            }
        }
    }
    assert!(tried > 500, "{tried} requests");
}

#[tokio::test]
async fn liveness_never_asks_the_database_and_readiness_at_most_once_a_second() {
    let app = TestApp::demo().await;
    let r = app.get("/readyz").await;
    assert_eq!((r.status.as_u16(), r.body.as_str()), (200, "ready\n"));
    // The database goes away.
    app.db().close().await;
    // Liveness does not notice: it never asks the database.
    let r = app.get("/healthz").await;
    assert_eq!(r.status, 200);
    assert!(
        r.body.starts_with("ok ") && r.body.ends_with(" places\n"),
        "{}",
        r.body
    );
    // Readiness gives the answer of the last second…
    assert_eq!(app.get("/readyz").await.status, 200);
    // …then asks again, and says the database does not answer.
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    let r = app.get("/readyz").await;
    assert_eq!(r.status, 503);
    assert_eq!(r.body, "database unavailable\n");
    assert_eq!(app.get("/healthz").await.status, 200);
}
