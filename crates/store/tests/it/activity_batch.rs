//! Writing many activity records at once (the import) and the one activity
//! list: a batch is written in one transaction through the per-record path
//! (all or none, each audited), a workshop is changed with its audit entry,
//! and supports, workshops and quick helps are listed together by day.
//! On SQLite, and on PostgreSQL when TEST_DATABASE_URL is set.

use chrono::NaiveDate;
use domain::account::Role;
use domain::activity::workshop::Workshop;
use domain::activity::{Autonomy, Location, Support};
use domain::diagnostic::Level;
use store::activity::list::{Entry, EntryKind};
use store::audit::AuditFilter;
use store::testing::NOW;

use crate::helpers::{demo, place, user};

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn support(place_id: i64, date: &str) -> Support {
    Support {
        place_id,
        date: day(date),
        minutes: 20,
        location: Location::Remote,
        themes: vec!["security".into()],
        equipment: vec![],
        autonomy: Autonomy::Alone,
        redirect_place_id: None,
        redirect_text: None,
    }
}

fn workshop(place_id: i64, date: &str, title: &str) -> Workshop {
    Workshop {
        place_id,
        session_id: None,
        date: day(date),
        title: title.into(),
        level: Level::Beginner,
        minutes: 90,
        themes: vec!["email".into()],
        participants: 6,
        counts: [Some(vec![4, 2, 0]), None, None],
    }
}

async fn actions(db: &store::Db, actor: i64) -> Vec<String> {
    db.audit_log(&AuditFilter {
        user_id: Some(actor),
        ..Default::default()
    })
    .await
    .unwrap()
    .into_iter()
    .map(|e| e.action)
    .collect()
}

#[tokio::test]
async fn a_batch_of_supports_is_written_whole_or_not_at_all() {
    let t = demo().await;
    let db = &t.db;
    let mine = place(&t, "Jardinier").await;
    let org = mine.organisation_id;
    let manager = user(&t, Role::EpnManager, &[org]).await;
    let before = db.supports(Some(&[org]), 1, 0).await.unwrap().1;

    // The third record fails inside the transaction (no such place): the
    // first two, already inserted, are rolled back with it.
    let broken = vec![
        (org, support(mine.id, "2026-11-20")),
        (org, support(mine.id, "2026-11-21")),
        (org, support(i64::from(i32::MAX), "2026-11-22")),
    ];
    assert!(db.add_supports(&broken, Some(manager), NOW).await.is_err());
    assert_eq!(db.supports(Some(&[org]), 1, 0).await.unwrap().1, before);
    assert!(
        actions(db, manager).await.is_empty(),
        "no audit entry left either"
    );

    let good = &broken[..2];
    let ids = db.add_supports(good, Some(manager), NOW).await.unwrap();
    assert_eq!(ids.len(), 2);
    assert_eq!(db.supports(Some(&[org]), 1, 0).await.unwrap().1, before + 2);
    let stored = db.support(ids[1]).await.unwrap().unwrap();
    assert_eq!(stored.support, support(mine.id, "2026-11-21"));
    assert_eq!(stored.created_by, Some(manager));
    assert_eq!(
        actions(db, manager).await,
        ["activity.support.add", "activity.support.add"],
        "each record audited as one added by the form"
    );
}

#[tokio::test]
async fn a_batch_of_workshops_and_a_workshop_changed_are_audited() {
    let t = demo().await;
    let db = &t.db;
    let mine = place(&t, "Jardinier").await;
    let org = mine.organisation_id;
    let manager = user(&t, Role::EpnManager, &[org]).await;

    let bad = vec![
        (org, workshop(mine.id, "2026-11-20", "A")),
        (org, workshop(i64::from(i32::MAX), "2026-11-21", "B")),
    ];
    assert!(db.add_workshops(&bad, Some(manager), NOW).await.is_err());
    assert!(actions(db, manager).await.is_empty());

    let ids = db
        .add_workshops(&bad[..1], Some(manager), NOW)
        .await
        .unwrap();
    let mut changed = workshop(mine.id, "2026-11-19", "Mes e-mails, suite");
    changed.participants = 7;
    changed.counts = [None, Some(vec![0, 1, 2, 2, 1, 1, 0]), None];
    assert!(
        db.update_workshop(ids[0], &changed, Some(manager), NOW + 60)
            .await
            .unwrap()
    );
    let stored = db.workshop(ids[0]).await.unwrap().unwrap();
    assert_eq!(stored.workshop, changed);
    assert_eq!(stored.organisation_id, org);
    assert_eq!(stored.updated_at, NOW + 60);
    assert!(
        !db.update_workshop(i64::from(i32::MAX), &changed, Some(manager), NOW)
            .await
            .unwrap()
    );

    let log = db
        .audit_log(&AuditFilter {
            user_id: Some(manager),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(log[0].action, "activity.workshop.update");
    assert!(
        log[0]
            .before_json
            .as_deref()
            .unwrap()
            .contains("\"participants\":6")
    );
    assert!(
        log[0]
            .after_json
            .as_deref()
            .unwrap()
            .contains("Mes e-mails, suite")
    );
}

#[tokio::test]
async fn supports_workshops_and_quick_helps_are_listed_together_by_day() {
    let t = demo().await;
    let db = &t.db;
    // A place outside the demo EPN's organisation: only these records in scope.
    let mine = place(&t, "Uccle").await;
    let org = mine.organisation_id;
    let other = place(&t, "Jardinier").await;
    assert_ne!(org, other.organisation_id);
    let manager = user(&t, Role::EpnManager, &[org]).await;
    let s1 = db
        .add_support(org, &support(mine.id, "2026-11-18"), Some(manager), NOW)
        .await
        .unwrap();
    let s2 = db
        .add_support(org, &support(mine.id, "2026-11-20"), Some(manager), NOW)
        .await
        .unwrap();
    let w = db
        .add_workshop(
            org,
            &workshop(mine.id, "2026-11-20", "W"),
            Some(manager),
            NOW,
        )
        .await
        .unwrap();
    db.add_quick_help(org, mine.id, day("2026-11-19"), "email", Some(manager), NOW)
        .await
        .unwrap();
    db.add_quick_help(org, mine.id, day("2026-11-19"), "email", Some(manager), NOW)
        .await
        .unwrap();
    db.add_support(
        other.organisation_id,
        &support(other.id, "2026-11-21"),
        None,
        NOW,
    )
    .await
    .unwrap();

    let (list, total) = db.activity_entries(Some(&[org]), &[], 10, 0).await.unwrap();
    assert_eq!(total, 4, "the other organisation's record is not in scope");
    let kinds: Vec<(EntryKind, String)> = list
        .iter()
        .map(|e| (e.kind(), e.date().to_string()))
        .collect();
    assert_eq!(
        kinds,
        [
            (EntryKind::Support, "2026-11-20".to_owned()),
            (EntryKind::Workshop, "2026-11-20".to_owned()),
            (EntryKind::QuickHelp, "2026-11-19".to_owned()),
            (EntryKind::Support, "2026-11-18".to_owned()),
        ],
        "newest day first; on a day, supports, workshops, quick helps"
    );
    assert!(matches!(&list[0], Entry::Support(r) if r.id == s2));
    assert!(matches!(&list[1], Entry::Workshop(r) if r.id == w));
    let Entry::QuickHelp(q) = &list[2] else {
        panic!()
    };
    assert_eq!((q.theme.as_str(), q.count), ("email", 2));
    assert!(matches!(&list[3], Entry::Support(r) if r.id == s1));

    // A page, and a kind.
    let (page2, _) = db.activity_entries(Some(&[org]), &[], 2, 2).await.unwrap();
    assert_eq!(page2.len(), 2);
    assert_eq!(page2[1].kind(), EntryKind::Support);
    let (only, n) = db
        .activity_entries(
            Some(&[org]),
            &[EntryKind::Workshop, EntryKind::QuickHelp],
            10,
            0,
        )
        .await
        .unwrap();
    assert_eq!(n, 2);
    assert!(only.iter().all(|e| e.kind() != EntryKind::Support));
    assert!(
        db.activity_entries(None, &[], 1, 0).await.unwrap().1 > 4,
        "all organisations"
    );
    assert_eq!(
        db.activity_entries(Some(&[]), &[], 10, 0).await.unwrap().1,
        0
    );

    // A quick-help count removed, audited.
    assert!(
        db.delete_quick_help(q.id, Some(manager), NOW)
            .await
            .unwrap()
    );
    assert!(db.quick_help(q.id).await.unwrap().is_none());
    assert!(
        !db.delete_quick_help(q.id, Some(manager), NOW)
            .await
            .unwrap()
    );
    assert_eq!(actions(db, manager).await[0], "activity.quick_help.delete");
}
