//! Capacity records in the database: adding a year, correcting it (one
//! record per place and year, the former values kept in the audit log), the
//! latest record per place, and the demo's illustrative records. On SQLite,
//! and on PostgreSQL when TEST_DATABASE_URL is set.

use domain::capacity::CapacityDraft;
use store::audit::AuditFilter;
use store::capacity::Saved;
use store::testing::NOW;

use crate::helpers::{DAY, demo, place};

fn draft(year: &str, computers: &str) -> CapacityDraft {
    CapacityDraft {
        year: year.into(),
        days_open: "5".into(),
        hours_open: "30".into(),
        visitors_weekday: "10".into(),
        visitors_saturday: "0".into(),
        visitors_method: "counted".into(),
        computers: computers.into(),
        tablets: "2".into(),
        other_equipment: String::new(),
        trainings: "yes".into(),
        animators: "2".into(),
        animators_fte: "1.5".into(),
    }
}

#[tokio::test]
async fn a_year_is_added_then_corrected_and_the_audit_keeps_both() {
    let t = demo().await;
    // A place of the demo without capacity records (not an EPN).
    let p =
        t.db.load_places()
            .await
            .unwrap()
            .into_iter()
            .find(|p| p.kind != domain::PlaceKind::Epn)
            .unwrap();
    assert!(t.db.latest_capacity(p.id).await.unwrap().is_none());

    let c = draft("2026", "8").validate(2026).unwrap();
    let first = t.db.save_capacity(p.id, &c, None, NOW).await.unwrap();
    let Saved::Added(id) = first else {
        panic!("{first:?}")
    };
    let fixed = draft("2026", "12").validate(2026).unwrap();
    let again =
        t.db.save_capacity(p.id, &fixed, None, NOW + DAY)
            .await
            .unwrap();
    assert_eq!(again, Saved::Corrected(id));

    let records = t.db.capacity_of_place(p.id).await.unwrap();
    assert_eq!(records.len(), 1, "one record per place and year");
    assert_eq!(records[0].capacity, fixed);
    assert_eq!(records[0].updated_at, NOW + DAY);

    let log =
        t.db.audit_log(&AuditFilter {
            place_id: Some(p.id),
            ..Default::default()
        })
        .await
        .unwrap();
    let actions: Vec<_> = log.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(actions, ["capacity.update", "capacity.create"]);
    assert_eq!(log[0].before().unwrap()["computers"], 8);
    assert_eq!(log[0].after().unwrap()["computers"], 12);
}

#[tokio::test]
async fn the_latest_record_is_the_newest_year() {
    let t = demo().await;
    let p = place(&t, "Bravvo").await;
    let old = draft("2019", "3").validate(2026).unwrap();
    t.db.save_capacity(p.id, &old, None, NOW).await.unwrap();
    let latest = t.db.latest_capacity(p.id).await.unwrap().unwrap();
    assert_eq!(latest.capacity.year, 2025);
    let all = t.db.latest_capacities().await.unwrap();
    let mine: Vec<_> = all.iter().filter(|r| r.place_id == p.id).collect();
    assert_eq!(mine.len(), 1);
    assert_eq!(mine[0].capacity.year, 2025);
}

#[tokio::test]
async fn the_demo_gives_every_epn_place_an_illustrative_record() {
    let t = demo().await;
    let places = t.db.load_places().await.unwrap();
    let latest = t.db.latest_capacities().await.unwrap();
    let epn: Vec<_> = places
        .iter()
        .filter(|p| p.kind == domain::PlaceKind::Epn)
        .collect();
    assert!(!epn.is_empty());
    for p in epn {
        assert!(
            latest.iter().any(|r| r.place_id == p.id),
            "{} has no record",
            p.name
        );
    }
    // Some have a history of two years.
    let ecd = place(&t, "EPN mobile").await;
    assert_eq!(t.db.capacity_of_place(ecd.id).await.unwrap().len(), 2);
}

#[tokio::test]
async fn merging_two_places_keeps_one_record_per_year() {
    let t = demo().await;
    // Both have a 2025 record; only the removed one has 2024 and 2023.
    let keep = place(&t, "Koekeltech").await;
    let remove = place(&t, "EPN Bravvo").await;
    let old = draft("2023", "3").validate(2026).unwrap();
    t.db.save_capacity(remove.id, &old, None, NOW)
        .await
        .unwrap();
    let kept_2025 = t.db.latest_capacity(keep.id).await.unwrap().unwrap();
    t.db.merge_places(keep.id, remove.id, None, NOW)
        .await
        .unwrap();
    let years: Vec<i32> =
        t.db.capacity_of_place(keep.id)
            .await
            .unwrap()
            .iter()
            .map(|r| r.capacity.year)
            .collect();
    assert_eq!(years, [2025, 2024, 2023]);
    let now_2025 = t.db.latest_capacity(keep.id).await.unwrap().unwrap();
    assert_eq!(
        now_2025.capacity, kept_2025.capacity,
        "the kept place's year stays"
    );
}
