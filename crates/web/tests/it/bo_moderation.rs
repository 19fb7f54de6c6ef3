//! Moderation: merging duplicates (old addresses redirect, history kept), the
//! data-quality page, and the reminder e-mails for stale entries. "Report a
//! mistake" is in bo_reports.rs.

use domain::account::Role;
use store::audit::AuditFilter;
use store::places::NewPlace;
use store::testing::NOW;

use crate::helpers::{DAY, TestApp, fixed_now, place_named};

/// The ids of the first two places of the demo directory, and their names.
fn two_places(app: &TestApp) -> ((i64, String), (i64, String)) {
    let dir = app.state.directory();
    let p: Vec<_> = dir.places().collect();
    ((p[0].id, p[0].name.clone()), (p[1].id, p[1].name.clone()))
}

#[tokio::test]
async fn merging_redirects_the_old_addresses_and_keeps_the_history() {
    let app = TestApp::demo().await;
    let coord = app.sign_in(Role::Coordinator, &[]).await;
    let ((keep, keep_name), (remove, remove_name)) = two_places(&app);

    let page = app
        .get_as(
            Some(&coord),
            &format!("/fr/bo/merge?keep={keep}&remove={remove}"),
        )
        .await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains(&keep_name) && page.body.contains(&remove_name));
    assert!(
        page.body.contains("Après la fusion"),
        "the side-by-side table"
    );
    assert!(
        page.body
            .contains(&format!("/fr/bo/merge?keep={remove}&amp;remove={keep}")),
        "swap link"
    );
    assert!(
        app.db().place_record(remove).await.unwrap().is_some(),
        "showing merges nothing"
    );

    let keep_s = keep.to_string();
    let remove_s = remove.to_string();
    let done = app
        .post_form(
            Some(&coord),
            "/fr/bo/merge",
            &[("keep", &keep_s), ("remove", &remove_s)],
        )
        .await;
    assert_eq!(done.status, 303, "{}", done.body);
    let confirmation = done.header("location").to_owned();
    assert_eq!(
        confirmation,
        format!("/fr/bo/merge?merged={keep}&from={remove}")
    );
    let confirmation = app.get_as(Some(&coord), &confirmation).await;
    assert!(confirmation.body.contains(&format!("/fr/places/{keep}")));

    let old = app.get(&format!("/fr/places/{remove}")).await;
    assert_eq!(old.status, 301);
    assert_eq!(old.header("location"), format!("/fr/places/{keep}"));
    let api = app.get(&format!("/api/v1/places/{remove}")).await;
    assert_eq!(api.status, 301);
    assert_eq!(api.header("location"), format!("/api/v1/places/{keep}"));
    assert_eq!(app.get(&format!("/fr/places/{keep}")).await.status, 200);
    assert_eq!(
        app.get("/api/v1/places/999999").await.status,
        404,
        "unknown ids stay 404"
    );

    let log = app
        .db()
        .audit_log(&AuditFilter {
            place_id: Some(keep),
            action: Some("place.merge".into()),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(log.len(), 1);
    assert_eq!(log[0].user_id, Some(coord.user_id));
    assert_eq!(
        log[0].before().unwrap()["removed"]["name"],
        remove_name.as_str()
    );
    assert_eq!(log[0].before().unwrap()["kept"]["name"], keep_name.as_str());

    // Merging again the removed place is refused with a clear message.
    let again = app
        .post_form(
            Some(&coord),
            "/fr/bo/merge",
            &[("keep", &keep_s), ("remove", &remove_s)],
        )
        .await;
    assert_eq!(again.status, 422);
    assert!(
        again
            .body
            .contains(&format!("Il n’y a pas de lieu numéro {remove}"))
    );
}

#[tokio::test]
async fn only_the_coordination_may_merge() {
    let app = TestApp::demo().await;
    let org = app.db().list_organisations().await.unwrap()[0].id;
    let manager = app.sign_in(Role::EpnManager, &[org]).await;
    let referrer = app.sign_in(Role::Referrer, &[org]).await;
    let ((keep, _), (remove, _)) = two_places(&app);
    let (k, r) = (keep.to_string(), remove.to_string());
    for who in [&manager, &referrer] {
        assert_eq!(app.get_as(Some(who), "/fr/bo/merge").await.status, 403);
        let post = app
            .post_form(Some(who), "/fr/bo/merge", &[("keep", &k), ("remove", &r)])
            .await;
        assert_eq!(post.status, 403);
        for page in [
            "/fr/bo/quality",
            "/fr/bo/quality/findings.csv",
            "/fr/bo/reports",
        ] {
            assert_eq!(app.get_as(Some(who), page).await.status, 403, "{page}");
        }
    }
    let anonymous = app.get("/fr/bo/merge").await;
    assert!(anonymous.status.is_redirection());
    assert!(anonymous.header("location").starts_with("/fr/login"));
    assert!(
        app.db().place_record(remove).await.unwrap().is_some(),
        "nothing merged"
    );
    // The menu shows the moderation pages to the coordination only.
    let coord = app.sign_in(Role::Coordinator, &[]).await;
    let home = app.get_as(Some(&coord), "/fr/bo/").await;
    assert!(home.body.contains("/fr/bo/merge") && home.body.contains("/fr/bo/quality"));
    assert!(
        !app.get_as(Some(&manager), "/fr/bo/")
            .await
            .body
            .contains("/fr/bo/merge")
    );
}

#[tokio::test]
async fn the_merge_form_explains_what_is_wrong() {
    let app = TestApp::demo().await;
    let coord = app.sign_in(Role::Coordinator, &[]).await;
    let ((keep, _), _) = two_places(&app);
    let same = app
        .get_as(
            Some(&coord),
            &format!("/en/bo/merge?keep={keep}&remove={keep}"),
        )
        .await;
    assert_eq!(same.status, 422);
    assert!(same.body.contains("Choose two different places."));
    assert!(
        same.body.contains("href=\"#remove\""),
        "the summary links to the field"
    );
    let bad = app
        .get_as(Some(&coord), "/en/bo/merge?keep=abc&remove=999999")
        .await;
    assert_eq!(bad.status, 422);
    assert!(bad.body.contains("Type the number of the place"));
    assert!(bad.body.contains("There is no place number 999999"));
    assert!(bad.body.contains("value=\"abc\""), "what was typed is kept");
}

#[tokio::test]
async fn the_quality_page_lists_the_saint_josse_postcode_and_links_duplicates_to_the_merge() {
    let app = TestApp::demo().await;
    let coord = app.sign_in(Role::Coordinator, &[]).await;
    let sapiens = place_named(&app, "Sapiens");
    let page = app.get_as(Some(&coord), "/en/bo/quality").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Postcode of another municipality"));
    assert!(page.body.contains("The postcode 1180 does not belong"));
    assert!(page.body.contains(&format!("/en/bo/places/{sapiens}")));
    assert!(
        page.body.contains("Ask the place for its address"),
        "what to do"
    );

    // A duplicate of Sapiens: found, with a link to compare and merge.
    let original = app.db().place_record(sapiens).await.unwrap().unwrap();
    let copy = app
        .db()
        .create_place(
            &NewPlace {
                organisation_id: original.organisation_id,
                kind: original.kind,
                name: original.name.clone(),
                postcode: original.postcode.clone(),
                commune_nis: original.commune_nis.clone(),
                label_status: domain::LabelStatus::None,
                ..NewPlace::default()
            },
            NOW,
        )
        .await
        .unwrap();
    let page = app
        .get_as(Some(&coord), "/en/bo/quality?kind=probable-duplicate")
        .await;
    assert!(
        page.body
            .contains(&format!("/en/bo/merge?keep={sapiens}&amp;remove={copy}"))
    );
    assert!(
        !page.body.contains("Postcode of another municipality</h2>"),
        "filtered"
    );

    let csv = app
        .get_as(Some(&coord), "/en/bo/quality/findings.csv")
        .await;
    assert_eq!(csv.status, 200);
    assert!(csv.header("content-type").starts_with("text/csv"));
    assert!(csv.header("content-disposition").contains("attachment"));
    let line = csv
        .body
        .lines()
        .find(|l| l.contains("\"postcode-not-in-commune\""))
        .expect("the Saint-Josse finding in the CSV");
    assert!(line.contains(&format!("\"{sapiens}\"")) && line.contains("\"1180\""));
    assert!(csv.body.contains("\"probable-duplicate\""));
}

#[tokio::test]
async fn stale_entries_remind_their_managers_once_per_period() {
    let app = TestApp::demo().await;
    let db = app.db();
    let now = fixed_now().timestamp();
    let org_a = db
        .create_organisation(None, "Org A", "asbl", NOW)
        .await
        .unwrap();
    let org_b = db
        .create_organisation(None, "Org B", "asbl", NOW)
        .await
        .unwrap();
    let place = |org: i64, name: &str, age_days: i64| NewPlace {
        organisation_id: org,
        kind: domain::PlaceKind::Epn,
        name: name.into(),
        label_status: domain::LabelStatus::None,
        updated_at: Some(now - age_days * DAY),
        ..NewPlace::default()
    };
    let old = db
        .create_place(&place(org_a, "Old EPN", 400), NOW)
        .await
        .unwrap();
    let recent = db
        .create_place(&place(org_a, "Recent EPN", 20), NOW)
        .await
        .unwrap();
    db.create_place(&place(org_b, "Other recent EPN", 30), NOW)
        .await
        .unwrap();
    db.create_user(
        "manager-a@example.org",
        "A",
        Role::EpnManager,
        &[org_a],
        None,
        NOW,
    )
    .await
    .unwrap();
    db.create_user(
        "manager-b@example.org",
        "B",
        Role::EpnManager,
        &[org_b],
        None,
        NOW,
    )
    .await
    .unwrap();

    let run = web::jobs::run_daily(&app.state).await.unwrap();
    assert_eq!(run.sent(), 1);
    assert_eq!(run.places_reminded, 1);
    let mails = app.decoded_mails();
    assert_eq!(mails.len(), 1);
    let m = &mails[0];
    assert!(m.contains("To: manager-a@example.org"), "{m}");
    assert!(m.contains("Old EPN"));
    assert!(m.contains(&format!("http://127.0.0.1:8080/fr/bo/places/{old}")));
    assert!(!m.contains("Recent EPN") && !m.contains(&format!("/bo/places/{recent}")));

    let again = web::jobs::run_daily(&app.state).await.unwrap();
    assert_eq!(again.sent(), 0, "nothing more within the period");
    assert_eq!(app.mails().len(), 1);
}
