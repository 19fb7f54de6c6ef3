//! Calls for projects in the database: a call with its texts, criteria and
//! questions read back as written; an application's corrections loop with
//! who, when and why, its reference given at the first submission, changes
//! refused once decided; the applicant role survives the rebuild of the
//! users table on SQLite. On SQLite, and on PostgreSQL when
//! TEST_DATABASE_URL is set.

use domain::account::Role;
use domain::grants::application::{Action, Status, StepRefusal};
use domain::grants::call::CallStatus;
use store::grants::NewApplication;
use store::grants::applications::StepError;
use store::testing::{NOW, sample_call};

use crate::helpers::{DAY, user};

fn application(title: &str) -> NewApplication {
    NewApplication {
        lang: "fr".into(),
        title: title.into(),
        postcode: Some("1060".into()),
        commune_nis: Some("21013".into()),
        amount_cents: Some(1_200_000),
        publics: vec!["seniors".into()],
        description: "Des ateliers".into(),
        answers: [("partners".to_string(), "Le CPAS".to_string())].into(),
        budget: vec![
            ("Animateur".into(), 1_000_000),
            ("Tablettes".into(), 200_000),
        ],
    }
}

#[tokio::test]
async fn a_call_reads_back_and_an_application_goes_through_the_corrections_loop() {
    let t = store::testing::brussels_db().await.unwrap();
    let coord = user(&t, Role::Coordinator, &[]).await;
    let region =
        t.db.ensure_organisation("Région", "other", None, NOW)
            .await
            .unwrap();
    let again =
        t.db.ensure_organisation("Région", "other", Some("0316381039"), NOW)
            .await
            .unwrap();
    assert_eq!(region, again);
    let org =
        t.db.ensure_organisation("Atelier", "asbl", None, NOW)
            .await
            .unwrap();
    let applicant = user(&t, Role::Applicant, &[org]).await;

    let def = sample_call("proximite-2027", NOW + 30 * DAY);
    let id =
        t.db.create_call(
            region,
            region,
            &def,
            CallStatus::Published,
            None,
            Some(coord),
            NOW,
        )
        .await
        .unwrap();
    let call = t.db.call_by_key("proximite-2027").await.unwrap().unwrap();
    assert_eq!(call.id, id);
    assert_eq!(call.def, def);
    assert_eq!(call.funder.company_number.as_deref(), Some("0316381039"));
    assert!(call.is_open(NOW));
    assert!(!call.is_closed(NOW));
    assert!(call.is_closed(NOW + 31 * DAY));
    assert_eq!(call.text("ar").lang, "fr");
    // A bad call is refused before anything is written.
    let mut bad = sample_call("bad", NOW);
    bad.tranches = vec![50];
    assert!(
        t.db.create_call(region, region, &bad, CallStatus::Draft, None, None, NOW)
            .await
            .is_err()
    );
    assert!(t.db.call_by_key("bad").await.unwrap().is_none());

    let a =
        t.db.create_application(id, org, &application("Ateliers"), Some(applicant), NOW)
            .await
            .unwrap();
    let got = t.db.application(a).await.unwrap().unwrap();
    assert_eq!(got.status, Status::Draft);
    assert_eq!(got.app, application("Ateliers"));
    assert_eq!(got.reference, None);

    let mut changed = application("Ateliers seniors");
    changed.budget.pop();
    t.db.update_application(a, &changed, Some(applicant), NOW + 1)
        .await
        .unwrap();
    assert_eq!(t.db.application(a).await.unwrap().unwrap().app, changed);

    let s =
        t.db.step_application(a, Action::Submitted, None, Some(applicant), NOW + 2)
            .await
            .unwrap();
    assert_eq!(s, Status::Submitted);
    let got = t.db.application(a).await.unwrap().unwrap();
    assert_eq!(got.reference.as_deref(), Some("001"));
    assert_eq!(got.submitted_at, Some(NOW + 2));
    assert!(
        t.db.update_application(a, &changed, Some(applicant), NOW + 3)
            .await
            .is_err()
    );

    let refused =
        t.db.step_application(a, Action::CorrectionsAsked, Some(" "), Some(coord), NOW + 3)
            .await;
    assert!(matches!(
        refused,
        Err(StepError::Refused(StepRefusal::ReasonNeeded))
    ));
    t.db.step_application(
        a,
        Action::CorrectionsAsked,
        Some("Budget détaillé ?"),
        Some(coord),
        NOW + 4,
    )
    .await
    .unwrap();
    t.db.update_application(a, &application("Ateliers"), Some(applicant), NOW + 5)
        .await
        .unwrap();
    t.db.step_application(
        a,
        Action::CorrectionsAnswered,
        Some("Ajouté"),
        Some(applicant),
        NOW + 6,
    )
    .await
    .unwrap();
    assert!(matches!(
        t.db.step_application(
            a,
            Action::CorrectionsAnswered,
            None,
            Some(applicant),
            NOW + 7
        )
        .await,
        Err(StepError::Refused(StepRefusal::NotNow))
    ));
    t.db.step_application(a, Action::Accepted, None, Some(coord), NOW + 8)
        .await
        .unwrap();
    let got = t.db.application(a).await.unwrap().unwrap();
    assert_eq!(got.status, Status::Accepted);
    assert_eq!(got.reference.as_deref(), Some("001"), "the reference stays");

    let events = t.db.application_events(a).await.unwrap();
    let steps: Vec<_> = events
        .iter()
        .map(|e| (e.action, e.status, e.note.as_deref(), e.at))
        .collect();
    assert_eq!(
        steps,
        vec![
            (Action::Created, Status::Draft, None, NOW),
            (Action::Submitted, Status::Submitted, None, NOW + 2),
            (
                Action::CorrectionsAsked,
                Status::Corrections,
                Some("Budget détaillé ?"),
                NOW + 4
            ),
            (
                Action::CorrectionsAnswered,
                Status::Submitted,
                Some("Ajouté"),
                NOW + 6
            ),
            (Action::Accepted, Status::Accepted, None, NOW + 8),
        ]
    );
    assert!(events[2].user_email.is_some());

    // A second application gets the next number; lists by call and organisation.
    let b =
        t.db.create_application(id, org, &application("Deux"), Some(applicant), NOW)
            .await
            .unwrap();
    t.db.step_application(b, Action::Submitted, None, Some(applicant), NOW)
        .await
        .unwrap();
    assert_eq!(
        t.db.application(b)
            .await
            .unwrap()
            .unwrap()
            .reference
            .as_deref(),
        Some("002")
    );
    assert_eq!(t.db.applications_of_call(id).await.unwrap().len(), 2);
    assert_eq!(
        t.db.applications_of_organisations(&[org])
            .await
            .unwrap()
            .len(),
        2
    );
    assert!(
        t.db.applications_of_organisations(&[region])
            .await
            .unwrap()
            .is_empty()
    );
}

#[tokio::test]
async fn accounts_made_before_the_applicant_role_survive_its_migration() {
    let t = store::testing::empty_db().await.unwrap();
    t.db.migrate_to(21).await.unwrap();
    let before =
        t.db.create_user(
            "c@example.org",
            "C",
            Role::Coordinator,
            &[],
            Some("a long password"),
            NOW,
        )
        .await
        .unwrap();
    // A row that refers to the account (the rebuilt table must keep its id).
    let session = t.db.create_session(before, 3600, NOW).await.unwrap();
    t.db.migrate().await.unwrap();
    assert_eq!(
        t.db.session_user(&session, NOW + 1)
            .await
            .unwrap()
            .map(|u| u.id),
        Some(before)
    );
    assert!(
        t.db.check_login("c@example.org", "a long password")
            .await
            .unwrap()
            .is_some()
    );
    let org =
        t.db.ensure_organisation("Atelier", "asbl", None, NOW)
            .await
            .unwrap();
    let after =
        t.db.create_user("a@example.org", "A", Role::Applicant, &[org], None, NOW)
            .await
            .unwrap();
    assert!(
        after > before,
        "ids go on after the rebuilt table's last one"
    );
    let users = t.db.list_users().await.unwrap();
    assert!(
        users
            .iter()
            .any(|u| u.id == before && u.role == Role::Coordinator)
    );
    assert!(
        users
            .iter()
            .any(|u| u.id == after && u.role == Role::Applicant)
    );
}
