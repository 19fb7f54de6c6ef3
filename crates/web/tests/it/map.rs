//! The map beside the results: drawn only when the region (or the deployment)
//! names a tile server; then it repeats the places of the list, numbered as in
//! the list, and the Content-Security-Policy lets images come from that server
//! only. Without a tile server: no map, no map script, no other host allowed.

use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Request};
use domain::region::MapSettings;
use http_body_util::BodyExt;
use store::testing::{NOW, TestDb, brussels_db};
use tower::ServiceExt;
use web::{App, AppState, Config};

use crate::helpers::{TestApp, fixed_now};

const TILES: &str = "https://tiles.example.org/{z}/{x}/{y}.png";

/// The demo, its region given `map`; places 12 and 13 (in 1080) get exact
/// positions (the demo data, from a report, has none).
async fn demo_with_map(map: Option<MapSettings>) -> (Router, TestDb) {
    let t = brussels_db().await.unwrap();
    t.db.load_demo(&store::demo::DemoData::brussels_2021(), NOW)
        .await
        .unwrap();
    for (id, lat, lon) in [(12, 50.8571, 4.3262), (13, 50.8512, 4.3331)] {
        let mut record = t.db.editable_place(id).await.unwrap().unwrap().record;
        record.lat = Some(lat);
        record.lon = Some(lon);
        t.db.update_place(id, &record, None, None, NOW)
            .await
            .unwrap();
    }
    let mut region = store::reference::shipped_region("brussels").unwrap();
    region.map = map;
    let config = Config {
        fixed_now: Some(fixed_now()),
        mail_spool: std::env::temp_dir().join("passerelle-test-map-spool"),
        ..Config::default()
    };
    let app = App::new(
        t.db.clone(),
        region,
        store::reference::vocabularies(),
        config,
    )
    .await
    .unwrap();
    (web::router(AppState(Arc::new(app))), t)
}

async fn get(router: &Router, uri: &str) -> (u16, HeaderMap, String) {
    let res = router
        .clone()
        .oneshot(Request::builder().uri(uri).body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = res.status().as_u16();
    let headers = res.headers().clone();
    let bytes = res.into_body().collect().await.unwrap().to_bytes();
    (
        status,
        headers,
        String::from_utf8_lossy(&bytes).into_owned(),
    )
}

fn csp(headers: &HeaderMap) -> String {
    headers
        .get("content-security-policy")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_owned()
}

/// The sources of one CSP directive.
fn directive(csp: &str, name: &str) -> Vec<String> {
    csp.split(';')
        .map(str::trim)
        .find_map(|d| {
            d.strip_prefix(name)
                .map(|s| s.split_whitespace().map(String::from).collect())
        })
        .unwrap_or_default()
}

/// A pin: its list numbers ("1, 2"), lat, lon, and whether it is only a centre.
type Pin = (String, String, String, bool);

/// The pins of the map, as the page gives them to map.js.
fn pins(body: &str) -> Vec<Pin> {
    let re = regex::Regex::new(
        r#"<span class="map-pin( approximate)?" data-lat="([-0-9.]+)" data-lon="([-0-9.]+)">([0-9, ]+)</span>"#,
    )
    .unwrap();
    re.captures_iter(body)
        .map(|c| {
            (
                c[4].to_owned(),
                c[2].to_owned(),
                c[3].to_owned(),
                c.get(1).is_some(),
            )
        })
        .collect()
}

/// What the pins should be, from the API's places for the same search in the
/// list's order (numbered from 1): a pin for each exact position; one pin for
/// the places that share a postcode or commune centre; mobile places without
/// an address left out (their count is returned).
fn expected_pins(api: &serde_json::Value) -> (Vec<Pin>, usize) {
    let mut pins: Vec<Pin> = Vec::new();
    let mut left_out = 0;
    for (i, p) in api["items"].as_array().unwrap().iter().enumerate() {
        let approximate = p["approximate_location"].as_bool().unwrap();
        if approximate && p["mobile"].as_bool().unwrap() {
            left_out += 1;
            continue;
        }
        let lat = format!("{:.5}", p["lat"].as_f64().unwrap());
        let lon = format!("{:.5}", p["lon"].as_f64().unwrap());
        let n = (i + 1).to_string();
        match pins
            .iter_mut()
            .find(|q| approximate && q.3 && q.1 == lat && q.2 == lon)
        {
            Some(q) => q.0 = format!("{}, {n}", q.0),
            None => pins.push((n, lat, lon, approximate)),
        }
    }
    (pins, left_out)
}

#[tokio::test]
async fn without_a_tile_server_there_is_no_map_and_no_other_image_host() {
    let app = TestApp::demo().await;
    for uri in [
        "/fr/search?q=1080",
        "/ar/search?q=1080",
        "/fr/communes/molenbeek-saint-jean",
    ] {
        let r = app.get(uri).await;
        assert_eq!(r.status, 200, "{uri}");
        assert!(!r.body.contains("map-view"), "{uri}: no map markup");
        assert!(!r.body.contains("map.js"), "{uri}: no map script");
        assert!(!r.body.contains("data-tiles"), "{uri}");
        assert_eq!(r.header("content-security-policy"), web::CSP, "{uri}");
        assert_eq!(directive(web::CSP, "img-src"), ["'self'", "data:"]);
    }
}

#[tokio::test]
async fn with_a_tile_server_the_results_have_a_map_of_the_same_places() {
    let settings = MapSettings::new(TILES, "© Example tiles", Some(17)).unwrap();
    let (router, _db) = demo_with_map(Some(settings)).await;

    let (status, headers, body) = get(&router, "/fr/search?q=1080").await;
    assert_eq!(status, 200);
    // Images from the tile server, and from no other host.
    let policy = csp(&headers);
    assert_eq!(
        directive(&policy, "img-src"),
        ["'self'", "data:", "https://tiles.example.org"]
    );
    assert_eq!(directive(&policy, "script-src"), ["'self'"]);
    assert_eq!(directive(&policy, "default-src"), ["'self'"]);

    // Hidden until the script draws it: without JavaScript only the list shows.
    assert!(body.contains(r#"<figure class="map" hidden data-tiles="https://tiles.example.org/{z}/{x}/{y}.png" data-max-zoom="17""#), "{body}");
    // The script comes just before the figure, not deferred: it marks the page
    // at once so that the map's place is kept before the first paint.
    assert!(body.contains(r#"<script src="/static/map.js"></script><figure class="map" hidden"#));
    // Zoom buttons in the page, labelled, inside the hidden figure.
    assert!(body.contains(r#"<button class="secondary" type="button" data-zoom="1" aria-label="Agrandir la carte">+</button>"#));
    assert!(body.contains(r#"<div class="map-view" aria-hidden="true" dir="ltr">"#));
    assert!(body.contains("Carte des lieux de cette page. Les numéros sont ceux de la liste."));
    assert!(body.contains("Fond de carte : <bdi>© Example tiles</bdi>"));
    // The map comes before the list, so that it sits under the heading on a phone.
    assert!(body.find("class=\"map\"").unwrap() < body.find("class=\"results\"").unwrap());

    // The pins are the listed places, numbered as in the list: the two with an
    // exact position on their own, the others grouped at their postcode's centre.
    let (_, _, api) = get(&router, "/api/v1/places?q=1080&per_page=10").await;
    let (expected, left_out) = expected_pins(&serde_json::from_str(&api).unwrap());
    let shown = pins(&body);
    assert_eq!(shown, expected);
    assert_eq!(
        shown.iter().filter(|p| !p.3).count(),
        2,
        "places 12 and 13 have their own pin: {shown:?}"
    );
    assert!(
        shown.iter().any(|p| p.3 && p.0.contains(", ")),
        "places of one postcode share a pin: {shown:?}"
    );
    assert!(body.contains("Un cercle en pointillés est au centre du code postal ou de la commune"));
    assert!(left_out > 0, "the 1080 results include mobile places");
    assert!(
        body.contains(&format!(
            "{left_out} lieux mobiles ne sont pas sur la carte"
        )) || (left_out == 1 && body.contains("1 lieu mobile n'est pas"))
    );

    // In Arabic, the caption is translated and the credit stays isolated.
    let (_, _, ar) = get(&router, "/ar/search?q=1080").await;
    assert!(ar.contains("خريطة الأماكن في هذه الصفحة"));
    assert_eq!(pins(&ar), expected);

    // The script is served, as a script.
    let (status, headers, js) = get(&router, "/static/map.js").await;
    assert_eq!(status, 200);
    assert!(
        headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/javascript")
    );
    assert!(js.contains("data-tiles"));
}

#[tokio::test]
async fn every_page_of_results_maps_the_same_places_as_its_list() {
    let settings = MapSettings::new(TILES, "", None).unwrap();
    let (router, _db) = demo_with_map(Some(settings)).await;
    let mut pages = 0;
    for page in 1..=20 {
        let (_, _, api) = get(&router, &format!("/api/v1/places?per_page=10&page={page}")).await;
        let api: serde_json::Value = serde_json::from_str(&api).unwrap();
        if api["items"].as_array().is_none_or(|a| a.is_empty()) {
            break;
        }
        pages += 1;
        let (expected, left_out) = expected_pins(&api);
        let (_, _, body) = get(&router, &format!("/en/search?page={page}")).await;
        if expected.is_empty() {
            assert!(
                !body.contains("map-view"),
                "page {page}: no map without a place to show"
            );
            continue;
        }
        assert_eq!(pins(&body), expected, "page {page}");
        match left_out {
            0 => assert!(!body.contains("not on the map"), "page {page}"),
            1 => assert!(
                body.contains("1 mobile place is not on the map: it comes to you."),
                "page {page}"
            ),
            n => assert!(
                body.contains(&format!(
                    "{n} mobile places are not on the map: they come to you."
                )),
                "page {page}"
            ),
        }
        // No credit line when the region gives none.
        assert!(!body.contains("Base map:"));
    }
    assert!(pages > 2, "the demo has several pages of places");
}

#[tokio::test]
async fn the_commune_page_has_the_map_too() {
    let settings = MapSettings::new(TILES, "", None).unwrap();
    let (router, _db) = demo_with_map(Some(settings)).await;
    let (status, headers, body) = get(&router, "/nl/communes/molenbeek-saint-jean").await;
    assert_eq!(status, 200);
    assert!(csp(&headers).contains("img-src 'self' data: https://tiles.example.org;"));
    assert!(body.contains("Kaart van de plaatsen op deze pagina."));
    assert!(!pins(&body).is_empty());
}
