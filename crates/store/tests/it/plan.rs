//! The plan's deliverables and versions in the database: a deliverable's
//! statuses kept as events, every change audited; a version submitted
//! (never two waiting at once, never one that changes nothing), decided
//! once by the committee; the demo's approved version and what changed
//! since. On SQLite, and on PostgreSQL when TEST_DATABASE_URL is set.

use domain::account::Role;
use domain::deliverable::{RawDeliverable, Status};
use domain::plan::shipped;
use domain::plan_version::{ChangeKind, Item, diff};
use store::plan::demo::DemoDeliverables;
use store::plan::{Decision, DeliverableFilter, VersionRefusal};
use store::testing::NOW;

use crate::helpers::{DAY, user};

fn raw(measure: &str, due: &str, status: &str) -> RawDeliverable {
    RawDeliverable {
        measure: measure.into(),
        what: format!("Livrable {measure} {due}"),
        lang: "fr".into(),
        owner: "cin".into(),
        due: due.into(),
        status: status.into(),
        evidence: if status == "done" {
            "/fr/label".into()
        } else {
            String::new()
        },
        note: String::new(),
    }
}

#[tokio::test]
async fn deliverables_keep_their_statuses_and_versions_are_decided_once() {
    let t = store::testing::brussels_db().await.unwrap();
    let plan = shipped("brussels").unwrap();
    let coord = user(&t, Role::Coordinator, &[]).await;
    let committee = user(&t, Role::Committee, &[]).await;
    let d1 = raw("3", "2021-Q4", "planned").check(plan, &["fr"]).unwrap();
    let d2 = raw("6", "2021-Q2", "in_progress")
        .check(plan, &["fr"])
        .unwrap();
    let id1 =
        t.db.add_deliverable(&plan.code, &d1, Some(coord), NOW)
            .await
            .unwrap();
    let id2 =
        t.db.add_deliverable(&plan.code, &d2, Some(coord), NOW)
            .await
            .unwrap();

    // In due order; filters.
    let all =
        t.db.deliverables(&plan.code, &DeliverableFilter::default())
            .await
            .unwrap();
    assert_eq!(all.iter().map(|d| d.id).collect::<Vec<_>>(), vec![id2, id1]);
    let f = DeliverableFilter {
        measure: Some(3),
        ..Default::default()
    };
    assert_eq!(t.db.deliverables(&plan.code, &f).await.unwrap().len(), 1);
    let f = DeliverableFilter {
        status: Some(Status::InProgress),
        year: Some(2021),
        ..Default::default()
    };
    assert_eq!(t.db.deliverables(&plan.code, &f).await.unwrap()[0].id, id2);

    // Version 1 submitted; a second waits not; the committee approves once.
    let v1 =
        t.db.submit_plan_version(plan, Some("first"), Some(coord), NOW + 1)
            .await
            .unwrap()
            .unwrap();
    assert_eq!(
        t.db.submit_plan_version(plan, None, Some(coord), NOW + 2)
            .await
            .unwrap(),
        Err(VersionRefusal::AlreadyPending(1))
    );
    t.db.decide_plan_version(v1, true, Some("ok"), Some(committee), NOW + 3)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        t.db.decide_plan_version(v1, false, None, Some(committee), NOW + 4)
            .await
            .unwrap(),
        Err(VersionRefusal::AlreadyDecided)
    );
    assert_eq!(
        t.db.decide_plan_version(v1 + 100, true, None, Some(committee), NOW + 4)
            .await
            .unwrap(),
        Err(VersionRefusal::Unknown)
    );
    // Nothing changed since: nothing to submit.
    assert_eq!(
        t.db.submit_plan_version(plan, None, Some(coord), NOW + 5)
            .await
            .unwrap(),
        Err(VersionRefusal::NothingChanged)
    );

    // A status change is an event with its reason, and audited.
    let done = raw("3", "2021-Q4", "done").check(plan, &["fr"]).unwrap();
    assert!(
        t.db.update_deliverable(id1, &done, Some("label given"), Some(coord), NOW + DAY)
            .await
            .unwrap()
    );
    assert!(
        !t.db
            .update_deliverable(id1 + 100, &done, None, Some(coord), NOW + DAY)
            .await
            .unwrap()
    );
    let events = t.db.deliverable_events(id1).await.unwrap();
    assert_eq!(
        events
            .iter()
            .map(|e| (e.status, e.note.as_deref()))
            .collect::<Vec<_>>(),
        vec![(Status::Planned, None), (Status::Done, Some("label given"))]
    );
    let got = t.db.deliverable(id1).await.unwrap().unwrap();
    assert_eq!(got.deliverable, done);
    assert!(got.updated_by_email.is_some());
    let audit = t.db.audit_log(&Default::default()).await.unwrap();
    let actions: Vec<&str> = audit.iter().map(|a| a.action.as_str()).collect();
    for a in [
        "plan.deliverable.add",
        "plan.deliverable.update",
        "plan.version.submit",
        "plan.version.approve",
    ] {
        assert!(actions.contains(&a), "{a} in {actions:?}");
    }

    // Version 2 shows what changed since version 1; returned, it is not
    // the last approved.
    let v2 =
        t.db.submit_plan_version(plan, None, Some(coord), NOW + 2 * DAY)
            .await
            .unwrap()
            .unwrap();
    let (version, after) = t.db.plan_version(v2).await.unwrap().unwrap();
    assert_eq!((version.number, version.decision), (2, Decision::Pending));
    let (approved, before) =
        t.db.last_approved_plan_version(&plan.code, Some(2))
            .await
            .unwrap()
            .unwrap();
    assert_eq!(approved.number, 1);
    assert!(approved.decided_by_email.is_some());
    let changes = diff(&before, &after);
    assert_eq!(changes.len(), 1);
    assert_eq!(
        (changes[0].item.clone(), changes[0].kind),
        (Item::Deliverable(id1), ChangeKind::Changed)
    );
    t.db.decide_plan_version(v2, false, Some("say why"), Some(committee), NOW + 3 * DAY)
        .await
        .unwrap()
        .unwrap();
    let versions = t.db.plan_versions(&plan.code).await.unwrap();
    assert_eq!(
        versions
            .iter()
            .map(|v| (v.number, v.decision))
            .collect::<Vec<_>>(),
        vec![(2, Decision::Returned), (1, Decision::Approved)]
    );
    assert_eq!(
        t.db.last_approved_plan_version(&plan.code, None)
            .await
            .unwrap()
            .unwrap()
            .0
            .number,
        1
    );
}

#[tokio::test]
async fn the_demo_has_an_approved_version_and_changes_since() {
    let t = crate::helpers::demo().await;
    t.db.load_demo_accounts(NOW).await.unwrap();
    let plan = shipped("brussels").unwrap();
    let demo = DemoDeliverables::brussels();
    t.db.load_demo_deliverables(&demo, plan, NOW).await.unwrap();
    let all =
        t.db.deliverables(&plan.code, &DeliverableFilter::default())
            .await
            .unwrap();
    assert_eq!(all.len(), demo.deliverables.len());
    // Every measure of the plan has at least one deliverable.
    for m in &plan.measures {
        assert!(
            all.iter().any(|d| d.deliverable.measure == m.number),
            "measure {}",
            m.number
        );
    }
    let versions = t.db.plan_versions(&plan.code).await.unwrap();
    assert_eq!(versions.len(), 1);
    assert_eq!(versions[0].decision, Decision::Approved);
    assert_eq!(
        versions[0].decided_by_email.as_deref(),
        Some("committee@demo.passerelle.test")
    );
    let (_, approved) =
        t.db.last_approved_plan_version(&plan.code, None)
            .await
            .unwrap()
            .unwrap();
    let now = t.db.plan_snapshot(plan).await.unwrap();
    let changes = diff(&approved, &now);
    assert_eq!(changes.len(), demo.later.len());
    assert!(changes.iter().all(|c| c.kind == ChangeKind::Changed));
}
