//! The funding cadastre in the back office: an EPN manager enters a year
//! for their labelled place, gets wrong amounts named with what they typed
//! kept, corrects it; another organisation's place and an unlabelled place
//! are hidden; the coordination reads the year's table with the totals and
//! has no form.

use axum::http::StatusCode;
use domain::LabelStatus;
use domain::account::Role;

use crate::helpers::TestApp;

/// A labelled demo EPN place (id, organisation) by part of its name.
fn epn(app: &TestApp, name: &str) -> (i64, i64) {
    let dir = app.state.directory();
    let p = dir
        .places()
        .find(|p| p.name.contains(name) && p.label == LabelStatus::Labelled)
        .unwrap_or_else(|| panic!("{name} labelled in the demo"));
    (p.id, p.organisation_id)
}

fn fields<'a>(year: &'a str, region: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("year", year),
        ("received-region-digital-inclusion", region),
        ("host-communes", "10 000"),
        ("received-own-revenue", ""),
        ("cost_epn_staff", "40000"),
        ("cost_host_staff", ""),
        ("cost_running", "2500,5"),
        ("staff-subsidised-animator-full", "2"),
        ("staff-volunteer-other-part", "1"),
    ]
}

#[tokio::test]
async fn a_manager_enters_and_corrects_a_year_of_their_labelled_place() {
    let app = TestApp::demo().await;
    let (place, org) = epn(&app, "Koekeltech");
    let manager = app.sign_in(Role::EpnManager, &[org]).await;

    let list = app.get_as(Some(&manager), "/en/bo/cadastre").await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(list.body.contains("Koekeltech"));
    assert!(!list.body.contains("EPN Uccle"), "only their own places");

    let page = app
        .get_as(Some(&manager), &format!("/en/bo/cadastre/{place}"))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body
            .contains(r#"name="year" type="text" value="2025""#),
        "last year by default"
    );
    assert!(
        page.body.contains("Region – Actiris"),
        "the region's funders"
    );

    // Wrong amounts: 422, the fields named, what was typed kept.
    let mut bad = fields("2025", "beaucoup");
    bad.push(("cost_running", "12000000"));
    bad.push(("staff-permanent-animator-part", "deux"));
    bad.retain(|(k, v)| !(*k == "cost_running" && *v == "2500,5"));
    let r = app
        .post_form(Some(&manager), &format!("/en/bo/cadastre/{place}"), &bad)
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("<title>Error:"), "the title says so");
    assert!(
        r.body
            .contains(r##"href="#received-region-digital-inclusion""##)
    );
    assert!(
        r.body
            .contains("Region – digital inclusion – Received by the EPN")
    );
    assert!(r.body.contains(r##"href="#cost_running""##));
    assert!(r.body.contains("under 10 million euros"));
    assert!(
        r.body
            .contains(r##"href="#staff-permanent-animator-part""##)
    );
    assert!(r.body.contains("Permanent contract – Animators, part-time"));
    assert!(r.body.contains(r#"value="deux""#));
    assert!(
        r.body.contains(r#"value="beaucoup""#),
        "what was typed is kept"
    );
    assert!(r.body.contains(r#"value="10 000""#), "the other values too");
    assert!(app.db().cadastre_of_place(place).await.unwrap().is_empty());

    let r = app
        .post_form(
            Some(&manager),
            &format!("/en/bo/cadastre/{place}"),
            &fields("2025", "30000"),
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let r = app
        .post_form(
            Some(&manager),
            &format!("/en/bo/cadastre/{place}"),
            &fields("2025", "30 000,25"),
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let records = app.db().cadastre_of_place(place).await.unwrap();
    assert_eq!(records.len(), 1, "corrected, not doubled");
    let c = &records[0].cadastre;
    assert_eq!(c.resources_cents(), 3_000_025 + 1_000_000);
    assert_eq!(c.cost_running_cents, 250_050);
    assert_eq!(records[0].updated_by, Some(manager.user_id));
    assert_eq!(c.head_count(), 3, "the staff lines, replaced not doubled");

    let page = app
        .get_as(
            Some(&manager),
            &format!("/en/bo/cadastre/{place}?year=2025&saved=2025"),
        )
        .await;
    assert!(page.body.contains("The year 2025 is saved."));
    assert!(
        page.body.contains(r#"value="30000,25""#),
        "the form shows the entry"
    );
}

#[tokio::test]
async fn other_places_are_hidden_from_a_manager() {
    let app = TestApp::demo().await;
    let (_, org) = epn(&app, "Koekeltech");
    let (other, _) = epn(&app, "Uccle");
    let manager = app.sign_in(Role::EpnManager, &[org]).await;
    let page = app
        .get_as(Some(&manager), &format!("/en/bo/cadastre/{other}"))
        .await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    let r = app
        .post_form(
            Some(&manager),
            &format!("/en/bo/cadastre/{other}"),
            &fields("2025", "1"),
        )
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert!(app.db().cadastre_of_place(other).await.unwrap().is_empty());

    // A place that is not labelled has no cadastre, even for its manager.
    let unlabelled = app
        .state
        .directory()
        .places()
        .find(|p| p.label != LabelStatus::Labelled)
        .expect("an unlabelled place in the demo")
        .clone();
    let owner = app
        .sign_in(Role::EpnManager, &[unlabelled.organisation_id])
        .await;
    let page = app
        .get_as(Some(&owner), &format!("/en/bo/cadastre/{}", unlabelled.id))
        .await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_coordination_reads_the_years_table_with_totals() {
    let app = TestApp::demo().await;
    let (a, org_a) = epn(&app, "Koekeltech");
    let (b, org_b) = epn(&app, "Uccle");
    for (place, org, region) in [(a, org_a, "30000"), (b, org_b, "10000")] {
        let m = app.sign_in(Role::EpnManager, &[org]).await;
        let r = app
            .post_form(
                Some(&m),
                &format!("/en/bo/cadastre/{place}"),
                &fields("2023", region),
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    }
    let coordinator = app.sign_in(Role::Coordinator, &[]).await;
    let page = app
        .get_as(Some(&coordinator), "/en/bo/cadastre?year=2023")
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("2 respondents."), "{}", page.body);
    // 40,000 € of the Region in 60,000 € of resources: 66.7 %.
    assert!(page.body.contains("66,7 %"), "the Region's share");
    assert!(page.body.contains("Koekeltech") && page.body.contains("Uccle"));
    assert!(page.body.contains("id=\"cadastre-funders\""));
    assert!(
        page.body.contains("40\u{202f}000,00 €"),
        "the sum per funder"
    );

    // Another year has no entries (the demo has 2024 and 2025); the
    // coordination has no form.
    let empty = app
        .get_as(Some(&coordinator), "/en/bo/cadastre?year=2022")
        .await;
    assert!(empty.body.contains("0 respondents."));
    let place = app
        .get_as(
            Some(&coordinator),
            &format!("/en/bo/cadastre/{a}?year=2023"),
        )
        .await;
    assert_eq!(place.status, StatusCode::OK);
    assert!(
        !place
            .body
            .contains("<form method=\"post\" action=\"/en/bo/cadastre")
    );
}
