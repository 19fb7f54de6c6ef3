//! Capacity in the back office: an EPN manager records a year for their
//! place (prefilled from its opening hours), corrects it, gets the errors
//! named with what they typed kept; another organisation's place is hidden;
//! the coordination reads every place's latest record without a form; the
//! public place page shows the latest record.

use axum::http::StatusCode;
use domain::account::Role;

use crate::helpers::TestApp;

/// A demo EPN place (id, organisation) by part of its name.
fn epn(app: &TestApp, name: &str) -> (i64, i64) {
    let dir = app.state.directory();
    let p = dir
        .places()
        .find(|p| p.name.contains(name))
        .unwrap_or_else(|| panic!("{name} in the demo"));
    (p.id, p.organisation_id)
}

fn fields<'a>(year: &'a str, computers: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("year", year),
        ("days_open", "5"),
        ("hours_open", "15"),
        ("visitors_weekday", "10"),
        ("visitors_saturday", "0"),
        ("visitors_method", "counted"),
        ("computers", computers),
        ("tablets", "3"),
        ("other_equipment", "imprimante"),
        ("trainings", "yes"),
        ("animators", "2"),
        ("animators_fte", "1,5"),
    ]
}

#[tokio::test]
async fn a_manager_records_and_corrects_a_year_of_their_place() {
    let app = TestApp::demo().await;
    let (place, org) = epn(&app, "Koekeltech");
    // The place's opening hours in the directory: 3 h on 5 days.
    let mut record = app
        .db()
        .editable_place(place)
        .await
        .unwrap()
        .unwrap()
        .record;
    record.opening_hours = Some("Mo-Fr 09:00-12:00".into());
    app.db()
        .update_place(place, &record, None, None, store::testing::NOW)
        .await
        .unwrap();
    app.state.refresh().await.unwrap();
    let manager = app.sign_in(Role::EpnManager, &[org]).await;

    let list = app.get_as(Some(&manager), "/en/bo/capacity").await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(list.body.contains("Koekeltech"));
    assert!(!list.body.contains("EPN Uccle"), "only their own places");

    // No record for this year yet: days and hours come from the opening hours.
    let page = app
        .get_as(Some(&manager), &format!("/en/bo/capacity/{place}"))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body
            .contains(r#"name="year" type="text" value="2026""#)
    );
    assert!(
        page.body
            .contains(r#"name="days_open" type="text" value="5""#)
    );
    assert!(
        page.body
            .contains(r#"name="hours_open" type="text" value="15""#)
    );
    assert!(page.body.contains("Proposed from the place"));

    // Wrong values: 422, the fields named, what was typed kept.
    let mut bad = fields("1999", "lots");
    bad.retain(|(k, _)| *k != "trainings");
    let r = app
        .post_form(Some(&manager), &format!("/en/bo/capacity/{place}"), &bad)
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("<title>Error:"), "the title says so");
    for (anchor, name) in [
        ("year", "Year"),
        ("computers", "Computers"),
        ("trainings-yes", "Trainings are offered"),
    ] {
        assert!(
            r.body.contains(&format!(r##"href="#{anchor}""##)),
            "{anchor}"
        );
        assert!(r.body.contains(name), "{name}");
    }
    assert!(r.body.contains(r#"value="lots""#), "what was typed is kept");

    let r = app
        .post_form(
            Some(&manager),
            &format!("/en/bo/capacity/{place}"),
            &fields("2026", "9"),
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let r = app
        .post_form(
            Some(&manager),
            &format!("/en/bo/capacity/{place}"),
            &fields("2026", "11"),
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let records = app.db().capacity_of_place(place).await.unwrap();
    assert_eq!(records[0].capacity.year, 2026);
    assert_eq!(records[0].capacity.computers, 11, "corrected, not doubled");
    assert_eq!(records[0].capacity.animators_fte_hundredths, Some(150));
    assert_eq!(
        records.iter().filter(|r| r.capacity.year == 2026).count(),
        1
    );

    let page = app
        .get_as(
            Some(&manager),
            &format!("/en/bo/capacity/{place}?saved=2026"),
        )
        .await;
    assert!(page.body.contains("The record for 2026 is saved."));
    assert!(page.body.contains("50 (counted)"));

    // The public page shows the latest record, with its year.
    let public = app.get(&format!("/en/places/{place}")).await;
    assert!(public.body.contains("11 computers"));
    assert!(public.body.contains("Offers trainings"));
    assert!(public.body.contains("About 50 visitors a week"));
    assert!(public.body.contains("for the year 2026"));
}

#[tokio::test]
async fn another_organisations_place_is_hidden_from_a_manager() {
    let app = TestApp::demo().await;
    let (mine, org) = epn(&app, "Koekeltech");
    let (theirs, _) = epn(&app, "EPN Uccle");
    let manager = app.sign_in(Role::EpnManager, &[org]).await;
    let page = app
        .get_as(Some(&manager), &format!("/en/bo/capacity/{theirs}"))
        .await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    let before = app.db().capacity_of_place(theirs).await.unwrap();
    let r = app
        .post_form(
            Some(&manager),
            &format!("/en/bo/capacity/{theirs}"),
            &fields("2026", "9"),
        )
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(app.db().capacity_of_place(theirs).await.unwrap(), before);
    let own = app
        .get_as(Some(&manager), &format!("/en/bo/capacity/{mine}"))
        .await;
    assert_eq!(own.status, StatusCode::OK);
}

#[tokio::test]
async fn the_coordination_reads_every_places_latest_record_without_a_form() {
    let app = TestApp::demo().await;
    let coordinator = app.sign_in(Role::Coordinator, &[]).await;
    let list = app.get_as(Some(&coordinator), "/fr/bo/capacity").await;
    assert_eq!(list.status, StatusCode::OK);
    // Every demo EPN place has an illustrative record.
    for name in ["Koekeltech", "EPN Uccle", "Bravvo"] {
        assert!(list.body.contains(name), "{name}");
    }
    let (place, _) = epn(&app, "Bravvo");
    let page = app
        .get_as(Some(&coordinator), &format!("/fr/bo/capacity/{place}"))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Relevés par année"));
    assert!(!page.body.contains(r#"name="computers""#), "no form");
    let r = app
        .post_form(
            Some(&coordinator),
            &format!("/fr/bo/capacity/{place}"),
            &fields("2026", "9"),
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
}
