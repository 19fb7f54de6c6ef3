//! The coordination's indicators and events: entering a value (unit-aware,
//! kept on a mistake), the table per programme and its CSV, adding an event.

use domain::account::Role;
use store::audit::AuditFilter;

use crate::helpers::TestApp;

#[tokio::test]
async fn the_coordination_enters_a_value_and_sees_it_in_the_programme_table_and_csv() {
    let app = TestApp::demo().await;
    let who = app.sign_in(Role::Coordinator, &[]).await;
    let page = app.get_as(Some(&who), "/fr/bo/indicators").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Start Digital"), "{}", page.body);
    assert!(page.body.contains("Nombre de formations organisées"));

    let res = app
        .post_form(
            Some(&who),
            "/fr/bo/indicators",
            &[
                ("indicator", "sd-hours-presence"),
                ("period", "2021"),
                ("value", "8364,6"),
                ("source_note", "=Report 2021, seed:1983-1984"),
            ],
        )
        .await;
    assert_eq!(res.status, 303, "{}", res.body);
    let page = app.get_as(Some(&who), res.header("location")).await;
    assert!(page.body.contains("Valeur enregistrée"));
    assert!(page.body.contains("8\u{202f}364,6"), "French number format");
    let en = app.get_as(Some(&who), "/en/bo/indicators").await;
    assert!(en.body.contains("8,364.6"));

    let stored = app.db().indicator_values().await.unwrap();
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].value, 83646, "hours kept in tenths");
    let log = app
        .db()
        .audit_log(&AuditFilter {
            action: Some("indicator_value.create".into()),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(log[0].user_id, Some(who.user_id));

    let csv = app.get_as(Some(&who), "/en/bo/indicators/table.csv").await;
    assert_eq!(csv.status, 200);
    assert!(csv.header("content-type").starts_with("text/csv"));
    let mut lines = csv.body.lines();
    assert!(lines.next().unwrap().contains("\"2021\""));
    assert!(
        csv.body.contains(
            "\"sd-hours-presence\",\"Training hours × hours of presence\",\"hours\",\"8364.6\""
        ),
        "{}",
        csv.body
    );
}

#[tokio::test]
async fn a_wrong_value_is_refused_with_the_field_named_and_what_was_typed_kept() {
    let app = TestApp::demo().await;
    let who = app.sign_in(Role::Coordinator, &[]).await;
    let res = app
        .post_form(
            Some(&who),
            "/fr/bo/indicators",
            &[
                ("indicator", "sd-trainings"),
                ("period", "2021-13"),
                ("value", "24,5"),
                ("source_note", "my note"),
            ],
        )
        .await;
    assert_eq!(res.status, 422);
    assert!(
        res.body.contains("<title>Erreur"),
        "title starts with Error"
    );
    assert!(res.body.contains("href=\"#period\""));
    assert!(res.body.contains("Valeur : saisissez un nombre entier"));
    assert!(res.body.contains("value=\"24,5\""));
    assert!(res.body.contains("my note"));
    assert!(res.body.contains("value=\"sd-trainings\" selected"));
    assert!(app.db().indicator_values().await.unwrap().is_empty());
}

#[tokio::test]
async fn the_coordination_adds_an_event_with_its_audience() {
    let app = TestApp::demo().await;
    let who = app.sign_in(Role::Coordinator, &[]).await;
    let form = app.get_as(Some(&who), "/fr/bo/indicators/events/new").await;
    assert_eq!(form.status, 200);
    assert!(form.body.contains("id=\"count-pupils\""));

    let bad = app
        .post_form(
            Some(&who),
            "/fr/bo/indicators/events",
            &[
                ("date", "2021-10-01"),
                ("title", "Coding in schools"),
                ("measure", "Digital week"),
                ("public", "children"),
                ("count-pupils", "lots"),
            ],
        )
        .await;
    assert_eq!(bad.status, 422);
    assert!(
        bad.body.contains("Élèves : saisissez un nombre positif"),
        "the count's kind is named"
    );
    assert!(bad.body.contains("value=\"lots\""));
    assert!(bad.body.contains("value=\"Coding in schools\""));

    let res = app
        .post_form(
            Some(&who),
            "/fr/bo/indicators/events",
            &[
                ("date", "2021-10-01"),
                ("title", "Coding in schools"),
                ("measure", "Digital week"),
                ("public", "children"),
                ("count-pupils", "861"),
                ("count-teachers", "62"),
                ("source_note", "seed:285-299"),
            ],
        )
        .await;
    assert_eq!(res.status, 303, "{}", res.body);
    let page = app.get_as(Some(&who), "/fr/bo/indicators").await;
    assert!(page.body.contains("Coding in schools"));
    assert!(page.body.contains("Élèves : 861"));
    assert!(
        page.body.contains("1 octobre 2021") || page.body.contains("1er octobre 2021"),
        "{}",
        page.body
    );
}

#[tokio::test]
async fn only_the_coordination_sees_the_indicators() {
    let app = TestApp::demo().await;
    let org = app.db().list_organisations().await.unwrap()[0].id;
    let manager = app.sign_in(Role::EpnManager, &[org]).await;
    assert_eq!(
        app.get_as(Some(&manager), "/fr/bo/indicators").await.status,
        403
    );
    let res = app
        .post_form(
            Some(&manager),
            "/fr/bo/indicators",
            &[
                ("indicator", "sd-trainings"),
                ("period", "2021"),
                ("value", "1"),
            ],
        )
        .await;
    assert_eq!(res.status, 403);
    assert!(app.db().indicator_values().await.unwrap().is_empty());
}
