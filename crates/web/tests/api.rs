//! The JSON API v1, on the demo data.

mod common;

use common::TestApp;

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
        .create_organisation(None, "Nouvelle ASBL", "asbl")
        .await
        .unwrap();
    app.db()
        .create_place(&store::places::NewPlace {
            organisation_id: org,
            kind: domain::PlaceKind::Other,
            name: "Nouveau lieu".into(),
            commune_nis: Some("21001".into()),
            label_status: domain::LabelStatus::None,
            opening_hours: Some("Mo-Fr 09:00-17:00".into()),
            ..Default::default()
        })
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
        t.db.create_organisation(None, "Médiathèque", "library")
            .await
            .unwrap();
    t.db.create_place(&store::places::NewPlace {
        organisation_id: org,
        kind: domain::PlaceKind::Other,
        name: "Médiathèque Toussaint".into(),
        postcode: Some("49000".into()),
        commune_nis: Some("49007".into()),
        label_status: domain::LabelStatus::None,
        ..Default::default()
    })
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
