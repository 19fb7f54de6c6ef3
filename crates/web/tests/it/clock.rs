//! One clock: what the pages record carries the application's time
//! (`Config::fixed_now` in tests), never the machine's.

use axum::http::StatusCode;
use domain::account::Role;
use store::audit::AuditFilter;
use store::editing::{ProposalFilter, ProposalStatus};
use store::testing::NOW;

use crate::helpers::{TestApp, place_named, stored_place};

#[tokio::test]
async fn label_steps_carry_the_applications_clock() {
    let app = TestApp::demo().await;
    // The demo's EPN of the Cité des Métiers, refused in 2021: it may apply again.
    let cite = stored_place(&app, "Cité des Métiers").await;
    let manager = app.sign_in(Role::EpnManager, &[cite.organisation_id]).await;

    let res = app
        .post_form(
            Some(&manager),
            "/en/bo/label/applications",
            &[("place", &cite.id.to_string())],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let id: i64 = res
        .header("location")
        .trim_start_matches("/en/bo/label/applications/")
        .trim_end_matches("/edit")
        .parse()
        .unwrap();
    let application = app.db().label_application(id).await.unwrap().unwrap();
    assert_eq!(application.created_at, NOW);

    // Submitting is a step, recorded as an event and in the audit log.
    let res = app
        .post_form(
            Some(&manager),
            &format!("/en/bo/label/applications/{id}/edit"),
            &[
                ("computers", "8"),
                ("opening_hours", "Mo-Fr 09:00-12:00"),
                ("training_hours", "6"),
                ("free_access_hours", "6"),
                ("open_to_all_adults", "yes"),
                ("basic_price", "free"),
                ("publics", "adults"),
                ("activities", "Initiations au smartphone le mardi."),
                ("charter", "2021-06-10"),
                ("action", "submit"),
            ],
        )
        .await;
    assert_eq!(
        res.header("location"),
        format!("/en/bo/label/applications/{id}?sent"),
        "{}",
        res.body
    );
    let events = app.db().label_events(id).await.unwrap();
    assert!(!events.is_empty());
    assert!(events.iter().all(|e| e.at == NOW), "{events:?}");
    let log = app
        .db()
        .audit_log(&AuditFilter {
            action: Some("label.step".into()),
            ..Default::default()
        })
        .await
        .unwrap();
    assert!(!log.is_empty());
    assert!(log.iter().all(|e| e.at == NOW));
}

#[tokio::test]
async fn proposals_and_their_decision_carry_the_applications_clock() {
    let app = TestApp::demo().await;
    let id = place_named(&app, "Koekeltech");
    let p = app.db().editable_place(id).await.unwrap().unwrap();
    let manager = app
        .sign_in(Role::EpnManager, &[p.record.organisation_id])
        .await;
    let coord = app.sign_in(Role::Coordinator, &[]).await;

    let mut form = crate::helpers::place_form(&p);
    crate::helpers::set_field(&mut form, "phone", "02 555 09 09");
    let res =
        crate::helpers::post_fields(&app, &manager, &format!("/en/bo/places/{id}"), &form).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let pending = app
        .db()
        .list_proposals(&ProposalFilter {
            status: Some(ProposalStatus::Pending),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(pending.len(), 1);
    assert_eq!(pending[0].created_at, NOW);

    let res = app
        .post_form(
            Some(&coord),
            &format!("/en/bo/proposals/{}/accept", pending[0].id),
            &[],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let decided = app.db().proposal(pending[0].id).await.unwrap().unwrap();
    assert_eq!(decided.decided_at, Some(NOW));
    // The proposal, its acceptance and the place's update: all at the same time.
    let log = app
        .db()
        .audit_log(&AuditFilter {
            place_id: Some(id),
            ..Default::default()
        })
        .await
        .unwrap();
    let actions: Vec<&str> = log.iter().map(|e| e.action.as_str()).collect();
    assert!(actions.contains(&"proposal.accept"), "{actions:?}");
    assert!(actions.contains(&"place.update"), "{actions:?}");
    assert!(log.iter().all(|e| e.at == NOW), "{log:?}");
}
