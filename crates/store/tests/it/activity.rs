//! The activity log in the database: support records scoped by organisation,
//! most recent first in pages, changed and deleted with their audit entries;
//! quick help counted per day, place and theme; collective workshops with
//! their anonymous counts, scoped and audited; the illustrative demo log.
//! On SQLite, and on PostgreSQL when TEST_DATABASE_URL is set.

use chrono::NaiveDate;
use domain::account::Role;
use domain::activity::{Autonomy, Equipment, Location, Support};
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
        minutes: 30,
        location: Location::AtPlace,
        themes: vec!["email".into(), "online-procedures".into()],
        equipment: vec![Equipment::Phone],
        autonomy: Autonomy::Helped,
        redirect_place_id: None,
        redirect_text: Some("CPAS".into()),
    }
}

#[tokio::test]
async fn supports_are_kept_per_organisation_newest_first_and_every_change_is_audited() {
    let t = demo().await;
    let db = &t.db;
    let mine = place(&t, "Jardinier").await;
    let other = place(&t, "Uccle").await;
    assert_ne!(mine.organisation_id, other.organisation_id);
    let manager = user(&t, Role::EpnManager, &[mine.organisation_id]).await;

    let old = db
        .add_support(
            mine.organisation_id,
            &support(mine.id, "2026-11-02"),
            Some(manager),
            NOW,
        )
        .await
        .unwrap();
    let new = db
        .add_support(
            mine.organisation_id,
            &support(mine.id, "2026-11-20"),
            Some(manager),
            NOW,
        )
        .await
        .unwrap();
    db.add_support(
        other.organisation_id,
        &support(other.id, "2026-11-25"),
        None,
        NOW,
    )
    .await
    .unwrap();

    let (list, total) = db
        .supports(Some(&[mine.organisation_id]), 10, 0)
        .await
        .unwrap();
    assert_eq!(total, 2);
    assert_eq!(list.iter().map(|r| r.id).collect::<Vec<_>>(), [new, old]);
    assert_eq!(list[0].support, support(mine.id, "2026-11-20"));
    let (page2, _) = db
        .supports(Some(&[mine.organisation_id]), 1, 1)
        .await
        .unwrap();
    assert_eq!(page2[0].id, old);
    let (all, total) = db.supports(None, 10, 0).await.unwrap();
    assert_eq!((all.len(), total), (3, 3), "the coordination reads all");
    assert_eq!(db.supports(Some(&[]), 10, 0).await.unwrap().1, 0);

    let mut changed = support(mine.id, "2026-11-21");
    changed.minutes = 75;
    changed.themes = vec!["security".into()];
    changed.equipment = vec![];
    changed.redirect_text = None;
    assert!(
        db.update_support(new, &changed, Some(manager), NOW + 60)
            .await
            .unwrap()
    );
    let stored = db.support(new).await.unwrap().unwrap();
    assert_eq!(stored.support, changed);
    assert_eq!((stored.created_at, stored.updated_at), (NOW, NOW + 60));

    assert!(
        db.delete_support(old, Some(manager), NOW + 120)
            .await
            .unwrap()
    );
    assert!(db.support(old).await.unwrap().is_none());
    assert!(
        !db.delete_support(old, Some(manager), NOW + 120)
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
    let actions: Vec<&str> = log.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(
        actions,
        [
            "activity.support.delete",
            "activity.support.update",
            "activity.support.add",
            "activity.support.add"
        ]
    );
    assert!(
        log[1]
            .before_json
            .as_deref()
            .unwrap()
            .contains("online-procedures")
    );
    assert!(
        log[1]
            .after_json
            .as_deref()
            .unwrap()
            .contains("\"minutes\":75")
    );
}

#[tokio::test]
async fn quick_help_counts_one_per_request_per_day_place_and_theme() {
    let t = demo().await;
    let db = &t.db;
    let mine = place(&t, "Jardinier").await;
    let other = place(&t, "Uccle").await;
    let org = mine.organisation_id;
    let today = day("2026-11-26");
    assert_eq!(
        db.add_quick_help(org, mine.id, today, "email", None, NOW)
            .await
            .unwrap(),
        1
    );
    assert_eq!(
        db.add_quick_help(org, mine.id, today, "email", None, NOW)
            .await
            .unwrap(),
        2
    );
    db.add_quick_help(org, mine.id, today, "security", None, NOW)
        .await
        .unwrap();
    db.add_quick_help(org, mine.id, day("2026-11-25"), "email", None, NOW)
        .await
        .unwrap();
    db.add_quick_help(other.organisation_id, other.id, today, "email", None, NOW)
        .await
        .unwrap();

    let counts = db.quick_help_on(Some(&[org]), today).await.unwrap();
    let seen: Vec<(&str, i64)> = counts.iter().map(|c| (c.theme.as_str(), c.count)).collect();
    assert_eq!(seen, [("email", 2), ("security", 1)]);
    assert!(counts.iter().all(|c| c.place_id == mine.id));
    assert_eq!(db.quick_help_on(None, today).await.unwrap().len(), 3);
    let log = db
        .audit_log(&AuditFilter {
            action: Some("activity.quick_help.add".into()),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(log.len(), 5);
}

#[tokio::test]
async fn the_demo_log_covers_twelve_months_at_the_demo_epn_only() {
    let t = demo().await;
    let db = &t.db;
    let today = day("2026-11-26");
    db.load_demo_activity(today, NOW).await.unwrap();
    let (all, total) = db.supports(None, 100_000, 0).await.unwrap();
    assert!(total > 200, "{total}");
    let orgs: std::collections::BTreeSet<i64> = all.iter().map(|r| r.organisation_id).collect();
    assert_eq!(orgs.len(), 1);
    assert!(
        all.iter()
            .all(|r| r.support.date <= today && r.support.date > day("2025-11-26"))
    );
    assert!(all.iter().any(|r| r.support.date < day("2026-01-01")));

    let (workshops, total) = db
        .workshops(Some(&[all[0].organisation_id]), 100, 0)
        .await
        .unwrap();
    assert_eq!(total, 6, "a few illustrative workshops at the demo EPN");
    for r in &workshops {
        let w = &r.workshop;
        assert!(w.date < today && w.participants > 0);
        for b in domain::activity::workshop::Breakdown::ALL {
            if let Some(c) = w.breakdown(b) {
                assert_eq!(
                    c.iter().sum::<u32>(),
                    w.participants,
                    "{}: {}",
                    w.title,
                    b.code()
                );
            }
        }
    }
}

fn workshop(place_id: i64, date: &str) -> domain::activity::workshop::Workshop {
    domain::activity::workshop::Workshop {
        place_id,
        session_id: None,
        date: day(date),
        title: "Mes premiers e-mails".into(),
        level: domain::diagnostic::Level::Beginner,
        minutes: 90,
        themes: vec!["email".into()],
        participants: 8,
        counts: [Some(vec![5, 2, 1]), None, Some(vec![3, 0, 4, 1, 0])],
    }
}

#[tokio::test]
async fn workshops_are_kept_per_organisation_with_their_counts_and_audited() {
    let t = demo().await;
    let db = &t.db;
    let mine = place(&t, "Jardinier").await;
    let other = place(&t, "Uccle").await;
    let manager = user(&t, Role::EpnManager, &[mine.organisation_id]).await;

    let old = db
        .add_workshop(
            mine.organisation_id,
            &workshop(mine.id, "2026-11-02"),
            Some(manager),
            NOW,
        )
        .await
        .unwrap();
    let new = db
        .add_workshop(
            mine.organisation_id,
            &workshop(mine.id, "2026-11-20"),
            Some(manager),
            NOW,
        )
        .await
        .unwrap();
    db.add_workshop(
        other.organisation_id,
        &workshop(other.id, "2026-11-25"),
        None,
        NOW,
    )
    .await
    .unwrap();

    let (list, total) = db
        .workshops(Some(&[mine.organisation_id]), 10, 0)
        .await
        .unwrap();
    assert_eq!(total, 2, "another organisation's workshop is not in scope");
    assert_eq!(list.iter().map(|r| r.id).collect::<Vec<_>>(), [new, old]);
    assert_eq!(
        list[0].workshop,
        workshop(mine.id, "2026-11-20"),
        "counts kept as typed"
    );
    assert_eq!(db.workshops(None, 10, 0).await.unwrap().1, 3);
    assert_eq!(db.workshops(Some(&[]), 10, 0).await.unwrap().1, 0);

    assert!(
        db.delete_workshop(old, Some(manager), NOW + 60)
            .await
            .unwrap()
    );
    assert!(db.workshop(old).await.unwrap().is_none());
    assert!(
        !db.delete_workshop(old, Some(manager), NOW + 60)
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
    let actions: Vec<&str> = log.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(
        actions,
        [
            "activity.workshop.delete",
            "activity.workshop.add",
            "activity.workshop.add"
        ]
    );
    assert!(
        log[0]
            .before_json
            .as_deref()
            .unwrap()
            .contains("\"participants\":8")
    );
}
