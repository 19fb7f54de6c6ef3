//! Cadastre entries in the database: adding a year, correcting it (its
//! resource lines replaced, the former values in the audit log), a year's
//! entries of every place, and a merge keeping one entry per year. On
//! SQLite, and on PostgreSQL when TEST_DATABASE_URL is set.

use domain::cadastre::{CadastreDraft, Totals, shipped};
use store::audit::AuditFilter;
use store::cadastre::Saved;
use store::testing::NOW;

use crate::helpers::{DAY, demo, place};

fn draft(year: &str, region: &str, communes_host: &str) -> domain::cadastre::Cadastre {
    let d = CadastreDraft {
        year: year.into(),
        amounts: [
            ("received-region-digital-inclusion", region),
            ("host-communes", communes_host),
            ("cost_epn_staff", "50000"),
            ("cost_running", "1200,50"),
            ("staff-subsidised-animator-full", "2"),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect(),
    };
    d.validate(shipped("brussels").unwrap(), 2026).unwrap()
}

#[tokio::test]
async fn a_year_is_added_then_corrected_and_the_audit_keeps_both() {
    let t = demo().await;
    let p = place(&t, "Koekeltech").await;
    let first = draft("2025", "30000", "10000");
    let Saved::Added(id) = t.db.save_cadastre(p.id, &first, None, NOW).await.unwrap() else {
        panic!("added")
    };
    // The correction drops the host line (blank) and changes the Region's.
    let fixed = draft("2025", "35000,10", "");
    let again =
        t.db.save_cadastre(p.id, &fixed, None, NOW + DAY)
            .await
            .unwrap();
    assert_eq!(again, Saved::Corrected(id));

    let records = t.db.cadastre_of_place(p.id).await.unwrap();
    assert_eq!(records.len(), 1, "one entry per place and year");
    assert_eq!(records[0].cadastre, fixed);
    assert_eq!(records[0].cadastre.resources.len(), 1);
    assert_eq!(records[0].cadastre.resources[0].cents, 3_500_010);
    assert_eq!(records[0].cadastre.cost_running_cents, 120_050);
    assert_eq!(
        records[0].cadastre.head_count(),
        2,
        "staff replaced, not doubled"
    );
    assert_eq!(records[0].updated_at, NOW + DAY);

    let log =
        t.db.audit_log(&AuditFilter {
            place_id: Some(p.id),
            ..Default::default()
        })
        .await
        .unwrap();
    let actions: Vec<_> = log
        .iter()
        .map(|e| e.action.as_str())
        .filter(|a| a.starts_with("cadastre"))
        .collect();
    assert_eq!(actions, ["cadastre.update", "cadastre.create"]);
    let update = log.iter().find(|e| e.action == "cadastre.update").unwrap();
    assert_eq!(update.before().unwrap()["resources"][1]["cents"], 1_000_000);
    assert_eq!(update.after().unwrap()["resources"][0]["cents"], 3_500_010);
}

#[tokio::test]
async fn a_years_entries_of_every_place_and_their_totals() {
    let t = demo().await;
    let a = place(&t, "Koekeltech").await;
    let b = place(&t, "EPN Bravvo").await;
    t.db.save_cadastre(a.id, &draft("2025", "30000", "10000"), None, NOW)
        .await
        .unwrap();
    t.db.save_cadastre(b.id, &draft("2025", "10000", "50000"), None, NOW)
        .await
        .unwrap();
    t.db.save_cadastre(b.id, &draft("2024", "1", "0"), None, NOW)
        .await
        .unwrap();
    let year = t.db.cadastre_of_year(2025).await.unwrap();
    let mine: Vec<_> = year
        .iter()
        .filter(|r| r.place_id == a.id || r.place_id == b.id)
        .collect();
    assert_eq!(mine.len(), 2);
    let totals = Totals::of(
        shipped("brussels").unwrap(),
        mine.iter().map(|r| &r.cadastre),
    );
    assert_eq!(totals.respondents, 2);
    // 40,000 € of the Region in 100,000 €: 400 ‰.
    assert_eq!(totals.region_per_mille(), Some(400));
}

#[tokio::test]
async fn merging_two_places_keeps_one_entry_per_year() {
    let t = demo().await;
    let keep = place(&t, "Koekeltech").await;
    let remove = place(&t, "EPN Bravvo").await;
    t.db.save_cadastre(keep.id, &draft("2025", "1", "1"), None, NOW)
        .await
        .unwrap();
    t.db.save_cadastre(remove.id, &draft("2025", "2", "2"), None, NOW)
        .await
        .unwrap();
    t.db.save_cadastre(remove.id, &draft("2024", "3", "3"), None, NOW)
        .await
        .unwrap();
    t.db.merge_places(keep.id, remove.id, None, NOW)
        .await
        .unwrap();
    let entries = t.db.cadastre_of_place(keep.id).await.unwrap();
    let years: Vec<_> = entries.iter().map(|r| r.cadastre.year).collect();
    assert_eq!(years, [2025, 2024]);
    assert_eq!(
        entries[0].cadastre.resources[0].cents, 100,
        "the kept place's year stays"
    );
}

#[tokio::test]
async fn the_demo_has_illustrative_entries_of_seven_labelled_places() {
    let t = demo().await;
    let y2025 = t.db.cadastre_of_year(2025).await.unwrap();
    assert_eq!(y2025.len(), 6);
    let arc = place(&t, "ARC").await;
    let entry = y2025.iter().find(|r| r.place_id == arc.id).unwrap();
    assert_eq!(entry.cadastre.cost_epn_staff_cents, 6_100_000);
    assert_eq!(entry.cadastre.head_count(), 6);
    assert_eq!(t.db.cadastre_of_year(2024).await.unwrap().len(), 1);
}
