//! Public pages, on the demo data.

use store::testing::NOW;

use crate::helpers::TestApp;

#[tokio::test]
async fn root_negotiates_the_language() {
    let app = TestApp::demo().await;
    let r = app
        .get_with("/", &[("accept-language", "nl-BE,nl;q=0.9,fr;q=0.8")])
        .await;
    assert!(r.status.is_redirection());
    assert_eq!(r.header("location"), "/nl/");
    assert!(r.header("vary").contains("Accept-Language"));
    assert_eq!(
        app.get_with("/", &[("accept-language", "ar")])
            .await
            .header("location"),
        "/ar/"
    );
    assert_eq!(app.get("/").await.header("location"), "/fr/");
}

#[tokio::test]
async fn home_in_every_language() {
    let app = TestApp::demo().await;
    for lang in ["fr", "nl", "en", "ar"] {
        let r = app.get(&format!("/{lang}/")).await;
        assert_eq!(r.status, 200, "{lang}");
        assert!(r.body.contains(&format!("<html lang=\"{lang}\"")), "{lang}");
        assert!(r.body.contains("name=\"q\""), "{lang}: the search box");
        assert!(r.body.contains("class=\"skip\""), "{lang}: the skip link");
        assert!(!r.body.contains("home-title"), "{lang}: untranslated key");
    }
    assert!(app.get("/ar/").await.body.contains("dir=\"rtl\""));
    assert!(app.get("/fr/").await.body.contains("dir=\"ltr\""));
}

#[tokio::test]
async fn the_2021_epn_are_found_by_postcode_and_commune_names() {
    let app = TestApp::demo().await;
    for (q, expect) in [
        ("1080", "Open Atelier 110"),
        ("Molenbeek", "Open Atelier 110"),
        ("Sint-Jans-Molenbeek", "EPN de SKS"),
        ("ganshoren", "Ganshoren"),
    ] {
        for lang in ["fr", "nl"] {
            let r = app.get(&format!("/{lang}/search?q={q}")).await;
            assert_eq!(r.status, 200);
            assert!(r.body.contains(expect), "{lang} {q}: {expect} missing");
        }
    }
}

#[tokio::test]
async fn results_keep_the_filters_and_paginate_with_links() {
    let app = TestApp::demo().await;
    let r = app
        .get("/fr/search?q=1000&service=training&labelled=true")
        .await;
    assert_eq!(r.status, 200);
    assert!(r.body.contains("<option value=\"training\" selected"));
    assert!(r.body.contains("name=\"labelled\" value=\"true\" checked"));
    let all = app.get("/en/search?q=").await;
    assert!(
        all.body.contains("rel=\"next\""),
        "more than 10 places: a next-page link"
    );
    assert!(all.body.contains("page=2"));
}

#[tokio::test]
async fn a_bad_search_gets_a_page_not_a_crash() {
    let app = TestApp::demo().await;
    let r = app.get("/fr/search?q=1080&service=nope").await;
    assert_eq!(r.status, 400);
    assert!(r.body.contains("error-summary"));
    assert!(r.body.contains("name=\"q\""));
}

#[tokio::test]
async fn place_page_says_everything_known_and_how_to_reach() {
    let app = TestApp::demo().await;
    let id = app.get("/api/v1/places?q=sapiens").await.json()["items"][0]["id"]
        .as_i64()
        .unwrap();
    let r = app.get(&format!("/fr/places/{id}")).await;
    assert_eq!(r.status, 200);
    assert!(r.body.contains("EPN Sapiens"));
    assert!(r.body.contains("application/ld+json"));
    assert!(r.body.contains("\"@type\":\"Place\""));
    // No hours, phone or address in the seed: the page says so instead of showing blanks.
    assert!(r.body.contains("class=\"notice\""));
    assert!(r.body.contains("/fr/communes/saint-josse-ten-noode"));
    for lang in ["nl", "en", "ar"] {
        assert_eq!(app.get(&format!("/{lang}/places/{id}")).await.status, 200);
    }
}

#[tokio::test]
async fn place_with_hours_shows_a_week_table_and_raw_text_when_unreadable() {
    let app = TestApp::demo().await;
    let org = app
        .db()
        .create_organisation(None, "Org", "asbl", NOW)
        .await
        .unwrap();
    let mut ids = vec![];
    for hours in ["Mo-Fr 10:00-18:00; Sa 10:00-13:00", "lundi 9h-12h"] {
        ids.push(
            app.db()
                .create_place(
                    &store::places::NewPlace {
                        organisation_id: org,
                        kind: domain::PlaceKind::Epn,
                        name: format!("Lieu {hours}"),
                        commune_nis: Some("21001".into()),
                        label_status: domain::LabelStatus::None,
                        opening_hours: Some(hours.into()),
                        phone: Some("+32 2 123 45 67".into()),
                        ..Default::default()
                    },
                    NOW,
                )
                .await
                .unwrap(),
        );
    }
    app.state.refresh().await.unwrap();
    let r = app.get(&format!("/en/places/{}", ids[0])).await;
    assert!(r.body.contains("<table class=\"hours\">"));
    assert!(r.body.contains("Open now, until 18:00"), "Thursday 11:00");
    assert!(r.body.contains("(<strong>") || r.body.contains("today"));
    assert!(r.body.contains("href=\"tel:+3221234567\""));
    let r = app.get(&format!("/en/places/{}", ids[1])).await;
    assert!(r.body.contains("lundi 9h-12h"), "the raw hours are shown");
    assert!(r.body.contains("call before you go"));
}

#[tokio::test]
async fn commune_pages() {
    let app = TestApp::demo().await;
    let r = app.get("/fr/communes/molenbeek-saint-jean").await;
    assert_eq!(r.status, 200);
    assert!(r.body.contains("Open Atelier 110"));
    assert!(
        app.get("/nl/communes/molenbeek-saint-jean")
            .await
            .body
            .contains("<h1>Sint-Jans-Molenbeek</h1>")
    );
    let list = app.get("/fr/communes").await;
    assert_eq!(
        list.body.matches("/fr/communes/").count(),
        19,
        "19 communes"
    );
    assert_eq!(app.get("/fr/communes/atlantis").await.status, 404);
}

#[tokio::test]
async fn unknown_pages_and_languages_are_404() {
    let app = TestApp::demo().await;
    for uri in [
        "/de/",
        "/fr/places/abc",
        "/fr/places/999999",
        "/fr/nowhere",
        "/FR/",
        "/Fr/sessions",
        "/fr-BE/places/1",
        "/de/label",
    ] {
        assert_eq!(app.get(uri).await.status, 404, "{uri}");
    }
    let r = app.get("/api/v1/nothing").await;
    assert_eq!(r.status, 404);
    assert_eq!(r.header("content-type"), "application/problem+json");
}

#[tokio::test]
async fn stylesheet_is_served_locally() {
    let app = TestApp::demo().await;
    let r = app.get("/static/app.css").await;
    assert_eq!(r.status, 200);
    assert!(r.header("content-type").starts_with("text/css"));
    assert!(
        r.body.contains("margin-inline"),
        "logical properties for right-to-left pages"
    );
}

#[tokio::test]
async fn near_me_is_an_enhancement() {
    let app = TestApp::demo().await;
    let home = app.get("/fr/").await;
    // The button exists but stays hidden unless the script shows it.
    assert!(home.body.contains("id=\"near-me\" type=\"button\" hidden"));
    assert!(home.body.contains("<script src=\"/static/near.js\" defer>"));
    let js = app.get("/static/near.js").await;
    assert_eq!(js.status, 200);
    assert!(js.header("content-type").starts_with("text/javascript"));
    let r = app.get("/fr/search?near=50.8550,4.3200").await;
    assert_eq!(r.status, 200);
    assert!(r.body.contains("Aide numérique près de votre position"));
    assert!(r.body.contains("Open Atelier 110"));
    assert!(
        r.body.contains("name=\"near\" value=\"50.8550,4.3200\""),
        "filters keep the position"
    );
}
