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

/// A call run in Passerelle: applications submitted, a scenario under the
/// envelope, the decision recorded — its grants are published with the
/// scenario's amounts and the decision's date, valid 360Giving.
#[tokio::test]
async fn a_call_decided_in_passerelle_is_published_as_360giving() {
    use domain::grants::application::Action;
    use domain::grants::call::CallStatus;
    let app = TestApp::demo().await;
    let db = app.db();
    let region = db
        .ensure_organisation("Région de Bruxelles-Capitale", "other", None, NOW)
        .await
        .unwrap();
    let call = db
        .create_call(
            region,
            region,
            &store::testing::sample_call("decide-me", NOW + 10),
            CallStatus::Published,
            None,
            None,
            NOW,
        )
        .await
        .unwrap();
    let mut ids = Vec::new();
    for (i, name) in ["Clic ASBL", "Souris ASBL", "Écran ASBL"]
        .iter()
        .enumerate()
    {
        let org = db
            .ensure_organisation(name, "asbl", None, NOW)
            .await
            .unwrap();
        let a = store::grants::NewApplication {
            lang: "fr".into(),
            title: format!("Projet {i}"),
            postcode: Some("1060".into()),
            commune_nis: Some("21013".into()),
            amount_cents: Some(1_000_000),
            publics: vec!["seniors".into()],
            description: format!("Description {i}"),
            ..Default::default()
        };
        let id = db
            .create_application(call, org, &a, None, NOW)
            .await
            .unwrap();
        db.step_application(id, Action::Submitted, None, None, NOW)
            .await
            .unwrap();
        ids.push(id);
    }
    let scenario = db
        .create_scenario(
            call,
            "Deux projets",
            None,
            &[(ids[0], 1_000_000), (ids[1], 750_050)],
            None,
            NOW + 100,
        )
        .await
        .unwrap();
    let on = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    db.record_decision(
        call,
        scenario,
        on,
        "Procès-verbal du jury",
        "Non retenu",
        None,
        NOW + 200,
    )
    .await
    .unwrap();
    let v = app
        .get("/open-data/grants.360giving.json?call=decide-me")
        .await
        .json();
    schema::validate(&v).unwrap();
    let grants = v["grants"].as_array().unwrap();
    assert_eq!(grants.len(), 2, "the refused one is not published");
    let amounts: Vec<_> = grants.iter().map(|g| g["amountAwarded"].clone()).collect();
    assert_eq!(
        amounts,
        vec![serde_json::json!(10000), serde_json::json!(7500.5)]
    );
    assert!(grants.iter().all(|g| g["awardDate"] == "2026-12-01"));
    let page = app.get("/fr/calls/decide-me/funded").await;
    assert!(page.body.contains("2 projets financés"));
    assert!(page.body.contains("17\u{202f}500,50"));
}
