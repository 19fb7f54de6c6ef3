//! Store tests; they run on SQLite, and on PostgreSQL when TEST_DATABASE_URL is set.

use store::demo::DemoData;
use store::places::NewPlace;
use store::testing::{NOW, brussels_db};

#[tokio::test]
async fn reference_data_is_loaded_and_idempotent() {
    let t = brussels_db().await.unwrap();
    assert_eq!(t.db.count_communes().await.unwrap(), 19);
    // A second start loads it again without error or duplicates.
    let region = store::reference::shipped_region("brussels").unwrap();
    t.db.sync_reference(&region, &store::reference::vocabularies())
        .await
        .unwrap();
    assert_eq!(t.db.count_communes().await.unwrap(), 19);
}

#[tokio::test]
async fn migrations_run_twice_without_harm() {
    let t = brussels_db().await.unwrap();
    t.db.migrate().await.unwrap();
}

#[tokio::test]
async fn demo_data_loads_every_place_with_its_organisation() {
    let t = brussels_db().await.unwrap();
    let demo = DemoData::brussels_2021();
    t.db.load_demo(&demo, NOW).await.unwrap();
    let places = t.db.load_places().await.unwrap();
    assert_eq!(places.len(), demo.places.len());
    let labelled = places
        .iter()
        .filter(|p| p.label == domain::LabelStatus::Labelled)
        .count();
    assert_eq!(labelled, 20, "19 labelled EPN on 20 sites");
    let sapiens = places
        .iter()
        .find(|p| p.name.contains("Sapiens"))
        .expect("EPN Sapiens");
    // The seed's wrong postcode is kept, and the contradiction is recorded.
    assert_eq!(sapiens.postcode.as_deref(), Some("1180"));
    assert_eq!(sapiens.commune_nis, "21014");
    let issues = t.db.data_issues_for(sapiens.id).await.unwrap();
    assert_eq!(issues.len(), 1);
    assert_eq!(issues[0].field, "postcode");
}

#[tokio::test]
async fn a_failing_load_writes_nothing() {
    let t = brussels_db().await.unwrap();
    let mut demo = DemoData::brussels_2021();
    // The last place refers to an organisation that does not exist: the whole load must roll back.
    demo.places.last_mut().unwrap().organisation = "nobody".into();
    assert!(t.db.load_demo(&demo, NOW).await.is_err());
    assert_eq!(t.db.directory_stamp().await.unwrap().0, 0);
    assert!(t.db.load_places().await.unwrap().is_empty());
}

/// The loader reads places in batches (on SQLite, by ranges of 64 ids): every
/// place comes once, whatever gaps deletions left — a whole range without
/// places included — and no batch is empty or larger than `PLACE_BATCH`.
#[tokio::test]
async fn places_load_in_batches_across_gaps_in_their_ids() {
    use futures_util::TryStreamExt;
    let t = brussels_db().await.unwrap();
    let org =
        t.db.create_organisation(None, "Org", "asbl", NOW)
            .await
            .unwrap();
    let places: Vec<NewPlace> = (0..300)
        .map(|i| NewPlace {
            organisation_id: org,
            name: format!("Place {i}"),
            commune_nis: Some("21004".into()),
            mobile: i % 7 == 0,
            computers: (i % 3 == 0).then_some(i),
            location: Some(domain::LatLon {
                lat: 50.8 + f64::from(i) / 10_000.0,
                lon: 4.35,
            }),
            ..NewPlace::default()
        })
        .collect();
    t.db.create_places(&places, NOW).await.unwrap();
    let mut ids: Vec<i64> =
        t.db.load_places()
            .await
            .unwrap()
            .iter()
            .map(|p| p.id)
            .collect();
    ids.sort_unstable();
    let first = ids[0];
    // Ids first+70 ..= first+199 go: a gap wider than two ranges.
    store::run!(&t.db, p => sqlx::query("DELETE FROM places WHERE id BETWEEN $1 AND $2")
        .bind(first + 70).bind(first + 199).execute(p).await.map(|_| ()))
    .unwrap();
    let mut batches = t.db.place_batches().await.unwrap();
    let mut seen = Vec::new();
    while let Some(batch) = batches.try_next().await.unwrap() {
        assert!(!batch.is_empty() && batch.len() <= store::places::PLACE_BATCH);
        seen.extend(batch);
    }
    let want: Vec<i64> = ids
        .iter()
        .copied()
        .filter(|id| !(first + 70..=first + 199).contains(id))
        .collect();
    let mut got: Vec<i64> = seen.iter().map(|p| p.id).collect();
    if matches!(t.db, store::Db::Sqlite(_)) {
        assert!(
            got.is_sorted(),
            "SQLite reads them in the order of their ids"
        );
    }
    got.sort_unstable();
    assert_eq!(got, want);
    // Every column comes back as written.
    let p = seen.iter().find(|p| p.id == first + 210).unwrap();
    assert_eq!(p.name, "Place 210");
    assert!(p.mobile);
    assert_eq!(p.computers, Some(210));
    assert_eq!(p.organisation, "Org");
    assert_eq!(p.location.map(|l| l.lat), Some(50.821));
}

#[tokio::test]
async fn constraints_reject_bad_rows() {
    let t = brussels_db().await.unwrap();
    let org =
        t.db.create_organisation(None, "Org", "asbl", NOW)
            .await
            .unwrap();
    let ok = NewPlace {
        organisation_id: org,
        kind: domain::PlaceKind::Epn,
        name: "A".into(),
        commune_nis: Some("21012".into()),
        label_status: domain::LabelStatus::None,
        ..NewPlace::default()
    };
    t.db.create_place(&ok, NOW).await.unwrap();
    let bad_commune = NewPlace {
        commune_nis: Some("99999".into()),
        ..ok.clone()
    };
    assert!(t.db.create_place(&bad_commune, NOW).await.is_err());
    // A label status is a `LabelStatus`: a bad one cannot be written through
    // the store; the database refuses it too.
    let bad_label = store::run!(&t.db, p => sqlx::query(
        "UPDATE places SET label_status = 'maybe' WHERE organisation_id = $1")
        .bind(org).execute(p).await.map(|_| ()));
    assert!(bad_label.is_err());
    let bad_lat = NewPlace {
        location: Some(domain::LatLon {
            lat: 95.0,
            lon: 4.0,
        }),
        ..ok.clone()
    };
    assert!(t.db.create_place(&bad_lat, NOW).await.is_err());
    // A batch with one bad row writes none of its rows.
    assert!(
        t.db.create_places(&[ok.clone(), bad_commune], NOW)
            .await
            .is_err()
    );
    assert_eq!(t.db.load_places().await.unwrap().len(), 1);
}

#[tokio::test]
async fn bad_urls_are_refused_with_a_clear_error() {
    let e = store::Db::connect("mysql://x").await.unwrap_err();
    assert!(e.to_string().contains("sqlite:// or postgres://"));
}

#[tokio::test]
async fn sqlite_connections_use_wal_busy_timeout_and_foreign_keys() {
    let t = brussels_db().await.unwrap();
    if let store::Db::Sqlite(store::Sqlite { pool, .. }) = &t.db {
        let mode: String = sqlx::query_scalar("PRAGMA journal_mode")
            .fetch_one(pool)
            .await
            .unwrap();
        assert_eq!(mode, "wal");
        let fk: i64 = sqlx::query_scalar("PRAGMA foreign_keys")
            .fetch_one(pool)
            .await
            .unwrap();
        assert_eq!(fk, 1);
        let busy: i64 = sqlx::query_scalar("PRAGMA busy_timeout")
            .fetch_one(pool)
            .await
            .unwrap();
        assert!(busy >= 5000);
    }
}

/// A bearer token's use is recorded to the minute: the first use, not every
/// request of a burst, and again once a minute has passed.
#[tokio::test]
async fn a_token_use_is_recorded_once_a_minute() {
    use store::accounts::TOKEN_USE_PRECISION_SECS as MINUTE;
    let t = brussels_db().await.unwrap();
    let id =
        t.db.create_user(
            "script@example.org",
            "Script",
            domain::account::Role::Coordinator,
            &[],
            None,
            NOW,
        )
        .await
        .unwrap();
    let token = t.db.create_api_token(id, "script", NOW).await.unwrap();
    assert_eq!(t.db.token_last_used(&token).await.unwrap(), None);
    let used = |at: i64| {
        let (db, token) = (t.db.clone(), token.clone());
        async move { db.token_user(&token, at).await.unwrap().map(|u| u.id) }
    };
    assert_eq!(used(NOW + 5).await, Some(id));
    assert_eq!(t.db.token_last_used(&token).await.unwrap(), Some(NOW + 5));
    assert_eq!(used(NOW + 5 + MINUTE - 1).await, Some(id));
    assert_eq!(t.db.token_last_used(&token).await.unwrap(), Some(NOW + 5));
    assert_eq!(used(NOW + 5 + MINUTE).await, Some(id));
    assert_eq!(
        t.db.token_last_used(&token).await.unwrap(),
        Some(NOW + 5 + MINUTE)
    );
    assert!(t.db.token_user("pas_unknown", NOW).await.unwrap().is_none());
}

/// A database made by the previous release, with data in it, upgrades in place.
#[tokio::test]
async fn upgrading_from_version_1_keeps_the_data() {
    let t = store::testing::empty_db().await.unwrap();
    t.db.migrate_to(1).await.unwrap();
    let region = store::reference::shipped_region("brussels").unwrap();
    t.db.sync_reference(&region, &store::reference::vocabularies())
        .await
        .unwrap();
    // The directory part of the demo: what a version-1 database could hold.
    let directory_only = DemoData::parse(store::demo::BRUSSELS_2021).unwrap();
    t.db.load_demo(&directory_only, NOW).await.unwrap();
    let before = t.db.load_places().await.unwrap();
    t.db.migrate().await.unwrap();
    let after = t.db.load_places().await.unwrap();
    assert_eq!(before, after);
    // The new column exists and is empty for old rows.
    let n: i64 = store::run!(&t.db, p => sqlx::query_scalar("SELECT COUNT(*) FROM places WHERE commune_name IS NULL").fetch_one(p).await.unwrap());
    assert_eq!(n as usize, after.len());
}

/// Migration 20: bookings left confirmed or waiting under a date cancelled
/// before one status was kept are cancelled, at the time of the date's
/// cancellation; other dates' bookings do not change.
#[tokio::test]
async fn upgrading_cancels_the_bookings_of_dates_cancelled_before() {
    let t = store::testing::empty_db().await.unwrap();
    t.db.migrate_to(19).await.unwrap();
    let region = store::reference::shipped_region("brussels").unwrap();
    t.db.sync_reference(&region, &store::reference::vocabularies())
        .await
        .unwrap();
    t.db.load_demo(&DemoData::brussels_2021(), NOW)
        .await
        .unwrap();
    let sessions = t.db.sessions_between(NOW, NOW + 90 * 86_400).await.unwrap();
    let booked: Vec<_> = sessions.iter().filter(|s| s.booked > 0).collect();
    assert!(booked.len() >= 2, "the demo has booked sessions");
    let (cancelled, kept) = (booked[0], booked[1]);
    let kept_before = t.db.bookings_of_session(kept.id).await.unwrap();
    // As version 19 cancelled a date: the session only.
    store::run!(&t.db, p => {
        sqlx::query("UPDATE activity_sessions SET status = 'cancelled', updated_at = $1 WHERE id = $2")
            .bind(NOW + 5).bind(cancelled.id).execute(p).await.unwrap();
    });
    t.db.migrate().await.unwrap();
    let s = t.db.activity_session(cancelled.id).await.unwrap().unwrap();
    assert_eq!((s.booked, s.waiting), (0, 0));
    let bookings = t.db.bookings_of_session(cancelled.id).await.unwrap();
    assert!(!bookings.is_empty());
    for b in &bookings {
        assert_eq!(b.status, domain::sessions::BookingStatus::Cancelled);
        assert!(b.cancelled_with(&s), "{b:?}");
    }
    assert_eq!(
        t.db.bookings_of_session(kept.id).await.unwrap(),
        kept_before
    );
}
