//! The jury and the selection in the database: jurors invited per call, a
//! conflicted juror's reads never return that application and their marks
//! are refused; "not assessed" read back apart from 0; scenarios over the
//! envelope kept (the page warns); the decision accepts and refuses in one
//! go; agreements paid in tranches that add up to the cent, the last one
//! only after the final report; report reminders due and recorded. On
//! SQLite, and on PostgreSQL when TEST_DATABASE_URL is set.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use domain::account::Role;
use domain::grants::application::{Action, Status};
use domain::grants::call::CallStatus;
use domain::grants::jury::{JuryRefusal, Mark, juror_total};
use domain::grants::selection::LineProblem;
use store::grants::NewApplication;
use store::grants::jury::JuryError;
use store::grants::selection::{SelectionError, reports_due};
use store::testing::{NOW, TestDb, sample_call};

use crate::helpers::{DAY, user};

fn application(title: &str, cents: i64) -> NewApplication {
    NewApplication {
        lang: "fr".into(),
        title: title.into(),
        postcode: Some("1060".into()),
        commune_nis: Some("21013".into()),
        amount_cents: Some(cents),
        publics: vec!["seniors".into()],
        description: "Des ateliers".into(),
        answers: [("partners".to_string(), "Le CPAS".to_string())].into(),
        budget: vec![("Animateur".into(), cents)],
    }
}

fn marks(relevance: Mark, feasibility: Mark) -> BTreeMap<String, Mark> {
    [
        ("relevance".to_string(), relevance),
        ("feasibility".to_string(), feasibility),
    ]
    .into()
}

/// A call closing a day after NOW with a 20,000 € envelope and three
/// submitted applications (12,000 / 9,000 / 12,000 €): (call, [a, b, c], org).
async fn call_with_applications(t: &TestDb) -> (i64, [i64; 3], i64) {
    let region =
        t.db.ensure_organisation("Région", "other", None, NOW)
            .await
            .unwrap();
    let org =
        t.db.ensure_organisation("Atelier", "asbl", None, NOW)
            .await
            .unwrap();
    let mut def = sample_call("jury-2027", NOW + DAY);
    def.envelope_cents = 2_000_000;
    let call =
        t.db.create_call(region, region, &def, CallStatus::Published, None, None, NOW)
            .await
            .unwrap();
    let mut ids = [0; 3];
    for (i, (title, cents)) in [("A", 1_200_000), ("B", 900_000), ("C", 1_200_000)]
        .into_iter()
        .enumerate()
    {
        let id =
            t.db.create_application(call, org, &application(title, cents), None, NOW)
                .await
                .unwrap();
        t.db.step_application(id, Action::Submitted, None, None, NOW + i as i64)
            .await
            .unwrap();
        ids[i] = id;
    }
    (call, ids, org)
}

#[tokio::test]
async fn jurors_see_and_score_only_what_they_may() {
    let t = store::testing::brussels_db().await.unwrap();
    let (call, [a, b, c], _) = call_with_applications(&t).await;
    let coord = user(&t, Role::Coordinator, &[]).await;
    let j1 = user(&t, Role::Jury, &[]).await;
    let j2 = user(&t, Role::Jury, &[]).await;
    let outsider = user(&t, Role::Jury, &[]).await;
    let committee = user(&t, Role::Committee, &[]).await;
    assert!(t.db.invite_juror(call, j1, Some(coord), NOW).await.unwrap());
    assert!(t.db.invite_juror(call, j2, Some(coord), NOW).await.unwrap());
    assert!(!t.db.invite_juror(call, j2, Some(coord), NOW).await.unwrap());
    assert!(
        t.db.invite_juror(call, committee, Some(coord), NOW)
            .await
            .is_err()
    );
    assert_eq!(t.db.jurors(call).await.unwrap().len(), 2);
    assert_eq!(t.db.calls_of_juror(j1).await.unwrap(), vec![call]);

    // Before the call closes, nothing.
    assert!(matches!(
        t.db.applications_for_juror(call, j1, NOW).await,
        Err(JuryError::Refused(JuryRefusal::CallOpen))
    ));
    let later = NOW + 2 * DAY;
    assert!(matches!(
        t.db.applications_for_juror(call, outsider, later).await,
        Err(JuryError::Refused(JuryRefusal::NotAJuror))
    ));
    assert_eq!(
        t.db.applications_for_juror(call, j1, later)
            .await
            .unwrap()
            .len(),
        3
    );

    // j1 declares a conflict with b: b disappears from j1's reads.
    t.db.declare_conflict(b, j1, "  ", Some(j1), later)
        .await
        .expect_err("a reason is needed");
    t.db.declare_conflict(b, j1, "Je siège au conseil de l'ASBL", Some(j1), later)
        .await
        .unwrap();
    let seen: Vec<i64> =
        t.db.applications_for_juror(call, j1, later)
            .await
            .unwrap()
            .iter()
            .map(|x| x.id)
            .collect();
    assert_eq!(seen, vec![a, c]);
    assert!(matches!(
        t.db.application_for_juror(call, b, j1, later).await,
        Err(JuryError::Refused(JuryRefusal::Conflict))
    ));
    assert!(matches!(
        t.db.save_marks(
            call,
            b,
            j1,
            &marks(Mark::Score(5), Mark::Score(5)),
            "",
            later
        )
        .await,
        Err(JuryError::Refused(JuryRefusal::Conflict))
    ));
    let conflicts = t.db.conflicts(call).await.unwrap();
    assert_eq!(conflicts.len(), 1);
    assert_eq!(conflicts[0].declared_by, Some(j1));

    // Marks: every criterion, on its scale.
    let mut partial = marks(Mark::Score(4), Mark::NotAssessed);
    partial.remove("feasibility");
    assert!(matches!(
        t.db.save_marks(call, a, j1, &partial, "", later).await,
        Err(JuryError::Marks(_))
    ));
    assert!(matches!(
        t.db.save_marks(
            call,
            a,
            j1,
            &marks(Mark::Score(6), Mark::NotAssessed),
            "",
            later
        )
        .await,
        Err(JuryError::Marks(_))
    ));
    t.db.save_marks(
        call,
        a,
        j1,
        &marks(Mark::Score(4), Mark::NotAssessed),
        "Solide",
        later,
    )
    .await
    .unwrap();
    t.db.save_marks(
        call,
        a,
        j2,
        &marks(Mark::Score(4), Mark::Score(0)),
        "",
        later,
    )
    .await
    .unwrap();
    // Saving again replaces.
    t.db.save_marks(
        call,
        b,
        j2,
        &marks(Mark::Score(3), Mark::Score(7)),
        "x",
        later,
    )
    .await
    .unwrap();
    t.db.save_marks(
        call,
        b,
        j2,
        &marks(Mark::Score(2), Mark::Score(7)),
        "y",
        later,
    )
    .await
    .unwrap();

    let criteria: Vec<_> = sample_call("x", NOW)
        .criteria
        .iter()
        .map(|k| k.as_jury())
        .collect();
    let reviews = t.db.reviews_of_application(a).await.unwrap();
    assert_eq!(reviews.len(), 2);
    let of = |u: i64| reviews.iter().find(|r| r.user_id == u).unwrap();
    assert_eq!(of(j1).marks["feasibility"], Mark::NotAssessed);
    assert_eq!(of(j2).marks["feasibility"], Mark::Score(0));
    assert_eq!(of(j1).comment, "Solide");
    // Not assessed and 0 give different totals: 80 and 53.3.
    let t1 = juror_total(&criteria, &of(j1).marks).unwrap();
    let t2 = juror_total(&criteria, &of(j2).marks).unwrap();
    assert!((t1 - 80.0).abs() < 1e-9, "{t1}");
    assert!((t2 - 160.0 / 3.0).abs() < 1e-9, "{t2}");
    let b_reviews = t.db.reviews_of_application(b).await.unwrap();
    assert_eq!(b_reviews.len(), 1);
    assert_eq!(b_reviews[0].marks["relevance"], Mark::Score(2));
    assert_eq!(b_reviews[0].comment, "y");
    assert_eq!(t.db.reviews_of_call(call).await.unwrap().len(), 3);
    assert_eq!(t.db.reviews_of_juror(call, j1).await.unwrap().len(), 1);

    // The coordination records a conflict for j2 on b: j2's marks on b go.
    t.db.declare_conflict(b, j2, "Signalé par la coordination", Some(coord), later)
        .await
        .unwrap();
    assert!(t.db.reviews_of_application(b).await.unwrap().is_empty());
    assert_eq!(t.db.reviews_of_call(call).await.unwrap().len(), 2);

    // A removed juror's marks no longer count.
    t.db.remove_juror(call, j2, Some(coord), later)
        .await
        .unwrap();
    assert_eq!(t.db.reviews_of_call(call).await.unwrap().len(), 1);
    assert!(matches!(
        t.db.applications_for_juror(call, j2, later).await,
        Err(JuryError::Refused(JuryRefusal::NotAJuror))
    ));
}

#[tokio::test]
async fn a_decision_agreements_payments_and_reports() {
    let t = store::testing::brussels_db().await.unwrap();
    let (call, [a, b, c], org) = call_with_applications(&t).await;
    let coord = user(&t, Role::Coordinator, &[]).await;
    let applicant = user(&t, Role::Applicant, &[org]).await;
    let later = NOW + 2 * DAY;

    // Lines are checked; going over the envelope is kept.
    assert!(matches!(
        t.db.create_scenario(call, "Trop", None, &[(a, 1_300_000)], Some(coord), later)
            .await,
        Err(SelectionError::Lines(p)) if p == vec![LineProblem::AboveAsked("001".into())]
    ));
    assert!(matches!(
        t.db.create_scenario(call, "Vide", None, &[], Some(coord), later)
            .await,
        Err(SelectionError::Empty)
    ));
    let over =
        t.db.create_scenario(
            call,
            "Tout",
            None,
            &[(a, 1_200_000), (b, 900_000), (c, 1_000_001)],
            Some(coord),
            later,
        )
        .await
        .unwrap();
    let chosen =
        t.db.create_scenario(
            call,
            "Deux projets",
            Some("Le jury préfère A et C"),
            &[(a, 1_000_000), (c, 1_000_001)],
            Some(coord),
            later,
        )
        .await
        .unwrap();
    let scenarios = t.db.scenarios(call).await.unwrap();
    assert_eq!(scenarios.len(), 2);
    assert_eq!(scenarios[0].id, over);
    assert_eq!(scenarios[0].granted_cents(), 3_100_001);
    assert_eq!(scenarios[1].granted_cents(), 2_000_001);
    assert_eq!(scenarios[1].amount_for(b), None);

    // No agreement before the decision.
    assert!(matches!(
        t.db.create_agreement(a, None, date(2027, 6, 30), Some(coord), later)
            .await,
        Err(SelectionError::NotDecided)
    ));
    let decided_on = date(2026, 12, 10);
    t.db.record_decision(
        call,
        chosen,
        decided_on,
        "Procès-verbal du jury",
        "Non retenu par le jury",
        Some(coord),
        later,
    )
    .await
    .unwrap();
    let status = |id: i64| {
        let t = &t;
        async move { t.db.application(id).await.unwrap().unwrap().status }
    };
    assert_eq!(status(a).await, Status::Accepted);
    assert_eq!(status(b).await, Status::Refused);
    assert_eq!(status(c).await, Status::Accepted);
    let events = t.db.application_events(b).await.unwrap();
    assert_eq!(
        events.last().unwrap().note.as_deref(),
        Some("Non retenu par le jury")
    );
    assert_eq!(
        t.db.call(call).await.unwrap().unwrap().status,
        CallStatus::Decided
    );
    let d = t.db.decision(call).await.unwrap().unwrap();
    assert_eq!(
        (d.scenario_id, d.decided_on, d.minutes.as_str()),
        (Some(chosen), decided_on, "Procès-verbal du jury")
    );
    assert!(matches!(
        t.db.record_decision(call, over, decided_on, "x", "y", Some(coord), later)
            .await,
        Err(SelectionError::AlreadyDecided)
    ));
    assert!(matches!(
        t.db.create_scenario(call, "Après", None, &[(a, 1_000_000)], Some(coord), later)
            .await,
        Err(SelectionError::AlreadyDecided)
    ));

    // Agreements: the amount of the scenario, the call's tranches.
    assert!(matches!(
        t.db.create_agreement(b, None, date(2027, 6, 30), Some(coord), later)
            .await,
        Err(SelectionError::NotDecided)
    ));
    let ga =
        t.db.create_agreement(a, Some(decided_on), date(2027, 6, 30), Some(coord), later)
            .await
            .unwrap();
    assert!(matches!(
        t.db.create_agreement(a, None, date(2027, 6, 30), Some(coord), later)
            .await,
        Err(SelectionError::AgreementExists)
    ));
    let gc =
        t.db.create_agreement(c, None, date(2027, 3, 31), Some(coord), later)
            .await
            .unwrap();
    let g = t.db.agreement(gc).await.unwrap().unwrap();
    assert_eq!(g.amount_cents, 1_000_001);
    assert_eq!(g.percents, vec![80, 20]);
    assert_eq!(g.tranches(), vec![800_000, 200_001]);
    assert_eq!(g.report_due_on, Some(date(2027, 5, 30)), "60 days after");

    // Payments: tranche 1, then the last only after the final report.
    assert_eq!(
        t.db.record_payment(gc, 1, date(2027, 1, 5), Some(coord), later)
            .await
            .unwrap(),
        800_000
    );
    assert!(matches!(
        t.db.record_payment(gc, 1, date(2027, 1, 6), Some(coord), later)
            .await,
        Err(SelectionError::Tranche)
    ));
    assert!(matches!(
        t.db.record_payment(gc, 3, date(2027, 1, 6), Some(coord), later)
            .await,
        Err(SelectionError::Tranche)
    ));
    assert!(matches!(
        t.db.record_payment(gc, 2, date(2027, 4, 1), Some(coord), later)
            .await,
        Err(SelectionError::ReportFirst)
    ));

    // Reminders: c's report is due 30 May 2027; a's 29 August 2027.
    let all = t.db.agreements(call).await.unwrap();
    assert_eq!(all.len(), 2);
    let today = date(2027, 5, 20);
    let due: Vec<i64> = reports_due(&all, today, 14, 7)
        .iter()
        .map(|g| g.id)
        .collect();
    assert_eq!(due, vec![gc]);
    assert_eq!(
        t.db.applicant_emails(org).await.unwrap(),
        vec![t.db.user_by_id(applicant).await.unwrap().unwrap().email]
    );
    t.db.record_report_reminder(gc, today, &[], Some(coord), later)
        .await
        .unwrap();
    t.db.record_report_reminder(gc, today, &[], Some(coord), later)
        .await
        .unwrap();
    let all = t.db.agreements(call).await.unwrap();
    assert_eq!(
        all.iter().find(|g| g.id == gc).unwrap().reminders,
        vec![today]
    );
    assert!(reports_due(&all, today, 14, 7).is_empty());
    assert_eq!(reports_due(&all, date(2027, 5, 27), 14, 7).len(), 1);

    t.db.record_report(
        gc,
        date(2027, 5, 25),
        "Rapport final reçu",
        Some(coord),
        later,
    )
    .await
    .unwrap();
    assert!(matches!(
        t.db.record_report(gc, date(2027, 5, 26), "encore", Some(coord), later)
            .await,
        Err(SelectionError::ReportExists)
    ));
    assert_eq!(
        t.db.record_payment(gc, 2, date(2027, 6, 1), Some(coord), later)
            .await
            .unwrap(),
        200_001
    );
    let g = t.db.agreement(gc).await.unwrap().unwrap();
    assert_eq!(g.paid_cents(), g.amount_cents, "to the cent");
    assert!(reports_due(&[g], date(2027, 6, 30), 14, 7).is_empty());
    let ga = t.db.agreement(ga).await.unwrap().unwrap();
    assert_eq!(ga.tranches(), vec![800_000, 200_000]);
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[tokio::test]
async fn the_demo_call_waits_for_the_jury() {
    let t = crate::helpers::demo().await;
    t.db.load_demo_accounts(NOW).await.unwrap();
    let d = store::grants::demo_jury::DemoJury::shipped();
    let call = t.db.load_demo_jury(&d, NOW).await.unwrap();
    let c = t.db.call(call).await.unwrap().unwrap();
    assert!(c.is_closed(NOW));
    assert_eq!(c.def.closes_at, NOW - 14 * DAY);
    let apps = t.db.applications_of_call(call).await.unwrap();
    assert_eq!(apps.len(), 8);
    assert!(apps.iter().all(|a| a.status == Status::Submitted));
    assert_eq!(t.db.jurors(call).await.unwrap().len(), 3);
    let demo_juror =
        t.db.user_by_email("jury@demo.passerelle.test")
            .await
            .unwrap()
            .unwrap();
    let conflicts = t.db.conflicts(call).await.unwrap();
    assert_eq!(conflicts.len(), 1);
    assert_eq!(conflicts[0].user_id, demo_juror.id);
    let seen =
        t.db.applications_for_juror(call, demo_juror.id, NOW)
            .await
            .unwrap();
    assert_eq!(seen.len(), 7);
    assert!(!seen.iter().any(|a| a.id == conflicts[0].application_id));
    let reviews = t.db.reviews_of_call(call).await.unwrap();
    assert_eq!(reviews.len(), 13);
    assert!(
        reviews
            .iter()
            .any(|r| r.marks.values().any(|m| *m == Mark::NotAssessed))
    );
    assert!(t.db.decision(call).await.unwrap().is_none());
    // Every demo organisation applying is one of the directory's.
    let directory: Vec<String> =
        t.db.load_places()
            .await
            .unwrap()
            .iter()
            .map(|p| p.organisation_id.to_string())
            .collect();
    assert!(
        apps.iter()
            .filter(|a| directory.contains(&a.organisation.id.to_string()))
            .count()
            >= 6
    );
}
