//! Merging duplicates, mistake reports and stale-entry reminders; on SQLite,
//! and on PostgreSQL when TEST_DATABASE_URL is set.

use domain::account::Role;
use store::audit::AuditFilter;
use store::places::NewPlace;
use store::testing::{NOW, TestDb, brussels_db};
use store::{Db, StoreError, run};

use crate::helpers::DAY;

fn place(org: i64, name: &str) -> NewPlace {
    NewPlace {
        organisation_id: org,
        kind: domain::PlaceKind::Epn,
        name: name.into(),
        services: vec!["internet".into()],
        label_status: domain::LabelStatus::None,
        ..NewPlace::default()
    }
}

async fn setup() -> (TestDb, i64) {
    let t = brussels_db().await.unwrap();
    let org =
        t.db.create_organisation(Some("org-a"), "Org A", "asbl", NOW)
            .await
            .unwrap();
    (t, org)
}

async fn exec(db: &Db, sql: &'static str, a: i64, b: i64) {
    run!(db, p => sqlx::query(sql).bind(a).bind(b).execute(p).await.map(|_| ()).unwrap());
}

async fn count(db: &Db, sql: &'static str, id: i64) -> i64 {
    run!(db, p => sqlx::query_scalar(sql).bind(id).fetch_one(p).await.unwrap())
}

#[tokio::test]
async fn merge_moves_everything_fills_empty_fields_and_redirects() {
    let (t, org) = setup().await;
    let db = &t.db;
    let keep = db
        .create_place(
            &NewPlace {
                phone: Some("02 111 11 11".into()),
                postcode: Some("1000".into()),
                ..place(org, "EPN Centre")
            },
            NOW,
        )
        .await
        .unwrap();
    let remove = db
        .create_place(
            &NewPlace {
                source_key: Some("import:42".into()),
                phone: Some("02 999 99 99".into()),
                email: Some("epn@example.org".into()),
                opening_hours: Some("Mo-Fr 09:00-17:00".into()),
                label_status: domain::LabelStatus::Labelled,
                ..place(org, "EPN du Centre")
            },
            NOW,
        )
        .await
        .unwrap();
    exec(
        db,
        "INSERT INTO projects (place_id, call_code, name) VALUES ($1, 'c' || $2, 'P')",
        remove,
        1,
    )
    .await;
    exec(
        db,
        "INSERT INTO data_issues (place_id, field, value, message, source, created_at)
              VALUES ($1, 'phone', 'x', 'm', 's', $2)",
        remove,
        0,
    )
    .await;
    db.create_mistake_report(remove, "The phone number is wrong.", None, "ip:1", NOW)
        .await
        .unwrap();
    db.record_reminder(remove, 1, 1000).await.unwrap();
    db.record_reminder(keep, 1, 1000).await.unwrap();
    let user = db
        .create_user(
            "coord@example.org",
            "Coord",
            Role::Coordinator,
            &[],
            None,
            NOW,
        )
        .await
        .unwrap();

    let preview = db.merge_preview(keep, remove).await.unwrap();
    assert_eq!(preview.moved.projects, 1);
    assert_eq!(preview.moved.reports, 1);
    assert!(
        db.place_record(remove).await.unwrap().is_some(),
        "a preview writes nothing"
    );

    let plan = db
        .merge_places(keep, remove, Some(user), NOW)
        .await
        .unwrap();
    assert_eq!(plan.filled, preview.filled);
    assert!(plan.filled.contains(&"email") && plan.filled.contains(&"opening_hours"));
    assert!(
        !plan.filled.contains(&"phone"),
        "a filled field is never overwritten"
    );

    let kept = db.place_record(keep).await.unwrap().unwrap();
    assert_eq!(kept.name, "EPN Centre");
    assert_eq!(kept.phone.as_deref(), Some("02 111 11 11"));
    assert_eq!(kept.email.as_deref(), Some("epn@example.org"));
    assert_eq!(kept.opening_hours.as_deref(), Some("Mo-Fr 09:00-17:00"));
    assert_eq!(kept.label_status, "labelled");
    assert_eq!(
        kept.source_key.as_deref(),
        Some("import:42"),
        "re-imports find the kept place"
    );
    assert!(db.place_record(remove).await.unwrap().is_none());
    assert_eq!(db.place_redirect(remove).await.unwrap(), Some(keep));
    assert_eq!(db.place_redirect(keep).await.unwrap(), None);

    assert_eq!(
        count(
            db,
            "SELECT COUNT(*) FROM projects WHERE place_id = $1",
            keep
        )
        .await,
        1
    );
    assert_eq!(
        count(
            db,
            "SELECT COUNT(*) FROM data_issues WHERE place_id = $1",
            keep
        )
        .await,
        1
    );
    assert_eq!(
        count(
            db,
            "SELECT COUNT(*) FROM mistake_reports WHERE place_id = $1",
            keep
        )
        .await,
        1
    );
    assert_eq!(
        count(
            db,
            "SELECT COUNT(*) FROM stale_reminders WHERE place_id = $1",
            keep
        )
        .await,
        1
    );

    let log = db
        .audit_log(&AuditFilter {
            place_id: Some(keep),
            action: Some("place.merge".into()),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(log.len(), 1);
    let e = &log[0];
    assert_eq!(e.user_id, Some(user));
    let before = e.before().unwrap();
    assert_eq!(before["kept"]["phone"], "02 111 11 11");
    assert_eq!(before["removed"]["name"], "EPN du Centre");
    assert_eq!(e.after().unwrap()["email"], "epn@example.org");
}

#[tokio::test]
async fn merge_moves_references_from_tables_it_does_not_know() {
    let (t, org) = setup().await;
    let db = &t.db;
    run!(db, p => sqlx::raw_sql(
        "CREATE TABLE later_feature (id BIGINT PRIMARY KEY, place_id BIGINT NOT NULL REFERENCES places(id))")
        .execute(p).await.map(|_| ()).unwrap());
    let keep = db.create_place(&place(org, "Keep"), NOW).await.unwrap();
    let remove = db.create_place(&place(org, "Remove"), NOW).await.unwrap();
    exec(
        db,
        "INSERT INTO later_feature (id, place_id) VALUES ($1, $2)",
        1,
        remove,
    )
    .await;
    db.merge_places(keep, remove, None, NOW).await.unwrap();
    assert_eq!(
        count(
            db,
            "SELECT COUNT(*) FROM later_feature WHERE place_id = $1",
            keep
        )
        .await,
        1
    );
}

#[tokio::test]
async fn older_redirects_follow_the_next_merge() {
    let (t, org) = setup().await;
    let db = &t.db;
    let a = db.create_place(&place(org, "A"), NOW).await.unwrap();
    let b = db.create_place(&place(org, "B"), NOW).await.unwrap();
    let c = db.create_place(&place(org, "C"), NOW).await.unwrap();
    db.merge_places(b, a, None, NOW).await.unwrap();
    db.merge_places(c, b, None, NOW).await.unwrap();
    assert_eq!(db.place_redirect(a).await.unwrap(), Some(c));
    assert_eq!(db.place_redirect(b).await.unwrap(), Some(c));
}

#[tokio::test]
async fn merge_refuses_itself_and_missing_places() {
    let (t, org) = setup().await;
    let db = &t.db;
    let a = db.create_place(&place(org, "A"), NOW).await.unwrap();
    let err = db.merge_places(a, a, None, NOW).await.unwrap_err();
    assert!(
        matches!(&err, StoreError::Invalid(m) if m.contains("itself")),
        "{err}"
    );
    let err = db.merge_places(a, 999_999, None, NOW).await.unwrap_err();
    assert!(
        matches!(&err, StoreError::Invalid(m) if m.contains("999999")),
        "{err}"
    );
    let err = db.merge_places(999_998, a, None, NOW).await.unwrap_err();
    assert!(
        matches!(&err, StoreError::Invalid(m) if m.contains("999998")),
        "{err}"
    );
    assert!(
        db.place_record(a).await.unwrap().is_some(),
        "nothing was deleted"
    );
    assert!(
        db.audit_log(&AuditFilter::default())
            .await
            .unwrap()
            .is_empty()
    );
}

#[tokio::test]
async fn reports_are_listed_and_marked_done_with_an_audit_entry() {
    let (t, org) = setup().await;
    let db = &t.db;
    let a = db.create_place(&place(org, "A"), NOW).await.unwrap();
    let r1 = db
        .create_mistake_report(
            a,
            "  Closed on Mondays now.  ",
            Some(" me@example.org "),
            "ip:9",
            NOW,
        )
        .await
        .unwrap();
    db.create_mistake_report(a, "Wrong address.", Some("  "), "ip:9", NOW)
        .await
        .unwrap();
    assert_eq!(db.recent_reports_from("ip:9", 3600, NOW).await.unwrap(), 2);
    assert_eq!(db.recent_reports_from("ip:8", 3600, NOW).await.unwrap(), 0);
    let open = db.mistake_reports(false).await.unwrap();
    assert_eq!(open.len(), 2);
    assert_eq!(open[0].message, "Closed on Mondays now.");
    assert_eq!(open[0].contact.as_deref(), Some("me@example.org"));
    assert_eq!(open[1].contact, None);
    assert_eq!(open[0].place_name, "A");

    let user = db
        .create_user(
            "coord@example.org",
            "Coord",
            Role::Coordinator,
            &[],
            None,
            NOW,
        )
        .await
        .unwrap();
    assert!(db.mark_report_done(r1, Some(user), NOW).await.unwrap());
    assert!(
        !db.mark_report_done(r1, Some(user), NOW).await.unwrap(),
        "already done"
    );
    assert!(!db.mark_report_done(123_456, Some(user), NOW).await.unwrap());
    assert_eq!(db.mistake_reports(false).await.unwrap().len(), 1);
    let done = db.mistake_reports(true).await.unwrap();
    assert_eq!(done.len(), 1);
    assert_eq!(done[0].handled_email.as_deref(), Some("coord@example.org"));
    let log = db
        .audit_log(&AuditFilter {
            action: Some("report.done".into()),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(log.len(), 1);
    assert_eq!(log[0].place_id, Some(a));
    assert_eq!(log[0].entity_id, Some(r1));
}

#[tokio::test]
async fn stale_places_come_with_their_managers_and_respect_the_period() {
    let (t, org) = setup().await;
    let db = &t.db;
    let other = db
        .create_organisation(None, "Org B", "asbl", NOW)
        .await
        .unwrap();
    let now = 2_000_000_000;
    let old = db
        .create_place(
            &NewPlace {
                updated_at: Some(now - 400 * DAY),
                ..place(org, "Old")
            },
            NOW,
        )
        .await
        .unwrap();
    db.create_place(
        &NewPlace {
            updated_at: Some(now - 10 * DAY),
            ..place(org, "Recent")
        },
        NOW,
    )
    .await
    .unwrap();
    let orphan = db
        .create_place(
            &NewPlace {
                updated_at: Some(now - 500 * DAY),
                ..place(other, "Nobody manages it")
            },
            NOW,
        )
        .await
        .unwrap();
    db.create_user("m1@example.org", "M1", Role::EpnManager, &[org], None, NOW)
        .await
        .unwrap();
    db.create_user(
        "m2@example.org",
        "M2",
        Role::EpnManager,
        &[org, other],
        None,
        NOW,
    )
    .await
    .unwrap();
    db.create_user("ref@example.org", "R", Role::Referrer, &[org], None, NOW)
        .await
        .unwrap();

    let stale = db.stale_places(now, 365, 30, true).await.unwrap();
    let ids: Vec<i64> = stale.iter().map(|s| s.place_id).collect();
    assert_eq!(ids, vec![old, orphan]);
    // Both organisations have an active manager: the managed-only list is the same.
    let managed: Vec<i64> = db
        .stale_places(now, 365, 30, false)
        .await
        .unwrap()
        .iter()
        .map(|s| s.place_id)
        .collect();
    assert_eq!(managed, ids);
    assert_eq!(db.count_stale_unmanaged(now, 365, 30).await.unwrap(), 0);
    assert_eq!(stale[0].managers, vec!["m1@example.org", "m2@example.org"]);
    assert_eq!(stale[0].organisation, "Org A");
    assert_eq!(stale[1].managers, vec!["m2@example.org"]);

    db.record_reminder(old, 2, now - 5 * DAY).await.unwrap();
    let ids: Vec<i64> = db
        .stale_places(now, 365, 30, true)
        .await
        .unwrap()
        .iter()
        .map(|s| s.place_id)
        .collect();
    assert_eq!(
        ids,
        vec![orphan],
        "reminded 5 days ago: not again within 30 days"
    );
    let ids: Vec<i64> = db
        .stale_places(now + 26 * DAY, 365, 30, true)
        .await
        .unwrap()
        .iter()
        .map(|s| s.place_id)
        .collect();
    assert_eq!(ids, vec![old, orphan], "31 days later: again");
}
