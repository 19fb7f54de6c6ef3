//! The funded projects for everyone: Digital Brussels 2021's 30 projects by
//! commune, with the report's declared 390,000 EUR beside the 391,594 EUR its
//! lines add up to; one call's page; the 360Giving JSON download valid
//! against the standard's schema, the CSV with neutralised cells; an
//! unknown call is 404.

use axum::http::StatusCode;
use store::grants::awards::awards_2021;
use store::testing::NOW;

use crate::helpers::TestApp;

#[path = "../../../domain/tests/support/giving360_schema.rs"]
mod schema;

async fn demo() -> TestApp {
    let app = TestApp::demo().await;
    app.db().load_awards(&awards_2021(), NOW).await.unwrap();
    app
}

#[tokio::test]
async fn the_funded_projects_are_listed_by_commune_with_the_reported_difference() {
    let app = demo().await;
    let page = app.get("/fr/calls/digital-brussels-2021/funded").await;
    assert_eq!(page.status, StatusCode::OK);
    let b = &page.body;
    assert!(b.contains("Projets financés : Digital Brussels"), "{b}");
    assert!(b.contains("30 projets financés, pour un total de"));
    assert!(b.contains("391\u{202f}594,00"), "the listed total");
    assert!(b.contains("390\u{202f}000,00"), "the declared total");
    assert!(b.contains("1\u{202f}594,00 €"), "the difference");
    assert!(b.contains("Fondation Roi Baudouin"));
    assert!(
        b.contains("31 décembre 2021"),
        "the decision date used is said"
    );
    // Saint-Gilles has its section, linked to the commune's page.
    let sg = b.find("id=\"commune-21013\"").expect("Saint-Gilles");
    assert!(b[sg..].contains("Yes we Connect Too !"));
    assert!(b.contains("href=\"/fr/communes/"));
    assert!(!b.contains("Allo-Digiparcours"), "one call only");

    // Every call, in Dutch; the filter offers the two decided calls.
    let all = app.get("/nl/funded-projects").await;
    assert_eq!(all.status, StatusCode::OK);
    assert!(all.body.contains("33 gefinancierde projecten"));
    assert!(
        all.body
            .contains(r#"<option value="actiris-maisons-emploi-2021""#)
    );
    let one = app
        .get("/en/funded-projects?call=actiris-maisons-emploi-2021")
        .await;
    assert!(one.body.contains("3 funded projects"), "{}", one.body);

    assert_eq!(
        app.get("/fr/calls/nope/funded").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get("/open-data/grants.360giving.json?call=nope")
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn the_360giving_downloads_are_valid_and_exact() {
    let app = demo().await;
    let r = app.get("/open-data/grants.360giving.json").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(
        r.header("content-disposition")
            .contains("brussels-grants.360giving.json")
    );
    let v = r.json();
    schema::validate(&v).unwrap();
    let grants = v["grants"].as_array().unwrap();
    assert_eq!(grants.len(), 33);
    let first = grants
        .iter()
        .find(|g| g["id"] == "360G-passerelle-brussels-digital-brussels-2021-db21-01")
        .expect("DB21-01");
    assert_eq!(first["amountAwarded"], serde_json::json!(15000));
    assert_eq!(first["awardDate"], "2021-12-31");
    assert_eq!(first["beneficiaryLocation"][0]["name"], "Saint-Gilles");
    assert_eq!(
        first["fundingOrganization"][0]["name"],
        "Région de Bruxelles-Capitale"
    );
    let cents: i64 = grants
        .iter()
        .filter(|g| g["id"].as_str().unwrap().contains("digital-brussels"))
        .map(|g| (g["amountAwarded"].as_f64().unwrap() * 100.0).round() as i64)
        .sum();
    assert_eq!(cents, 39_159_400);

    // A company number, once known, makes the recipient's id BE-BCE_KBO-…
    let org = app
        .db()
        .ensure_organisation("BANLIEUES", "other", None, NOW)
        .await
        .unwrap();
    app.db()
        .set_company_number(org, Some("0316381039"), NOW)
        .await
        .unwrap();
    let one = app
        .get("/open-data/grants.360giving.json?call=digital-brussels-2021")
        .await
        .json();
    schema::validate(&one).unwrap();
    assert_eq!(one["grants"].as_array().unwrap().len(), 30);
    assert!(one.to_string().contains("BE-BCE_KBO-0316381039"));

    let csv = app.get("/open-data/grants.360giving.csv").await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(csv.header("content-type").starts_with("text/csv"));
    let mut lines = csv.body.lines();
    assert!(
        lines
            .next()
            .unwrap()
            .starts_with("Identifier,Title,Description,Currency,Amount Awarded")
    );
    assert_eq!(lines.count(), 33);
}
