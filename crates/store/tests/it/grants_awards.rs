//! The 2021 awards recorded as decided calls: 30 Digital Brussels projects
//! adding up to 391,594 EUR against the 390,000 EUR the report declares
//! (kept beside, never corrected), the employment office's 3; each project
//! placed in its commune from its postcode; read back as awarded grants.

use store::grants::awards::awards_2021;
use store::testing::NOW;

#[tokio::test]
async fn the_2021_awards_are_recorded_and_read_back_to_the_cent() {
    let t = store::testing::brussels_db().await.unwrap();
    t.db.load_awards(&awards_2021(), NOW).await.unwrap();

    let db21 =
        t.db.awarded_grants(Some("digital-brussels-2021"))
            .await
            .unwrap();
    assert_eq!(db21.len(), 30);
    assert_eq!(db21.iter().map(|g| g.amount_cents).sum::<i64>(), 39_159_400);
    assert!(
        db21.iter()
            .all(|g| g.award_date.to_string() == "2021-12-31")
    );
    assert!(db21.iter().all(|g| g.date_note.is_some()));
    assert!(
        db21.iter()
            .all(|g| g.funder == "Région de Bruxelles-Capitale")
    );
    let first = db21.iter().find(|g| g.reference == "DB21-01").unwrap();
    assert_eq!(first.title, "Yes we Connect Too !");
    assert_eq!(first.amount_cents, 1_500_000);
    assert_eq!(
        first.commune_nis.as_deref(),
        Some("21013"),
        "1060 is Saint-Gilles"
    );
    let placed = db21.iter().filter(|g| g.commune_nis.is_some()).count();
    let with_postcode = db21.iter().filter(|g| g.postcode.is_some()).count();
    assert_eq!(placed, with_postcode, "every postcode finds its commune");

    let call =
        t.db.call_by_key("digital-brussels-2021")
            .await
            .unwrap()
            .unwrap();
    assert_eq!(call.def.envelope_cents, 40_000_000);
    assert_eq!(call.operator.name, "Fondation Roi Baudouin");
    assert!(call.source.as_deref().unwrap().starts_with("seed:"));
    let declared = t.db.declared_awards(call.id).await.unwrap().unwrap();
    assert_eq!(declared.total_cents, Some(39_000_000));
    assert_eq!(declared.projects, Some(30));

    let all = t.db.awarded_grants(None).await.unwrap();
    assert_eq!(all.len(), 33);
    let actiris: i64 = all
        .iter()
        .filter(|g| g.call_key == "actiris-maisons-emploi-2021")
        .map(|g| g.amount_cents)
        .sum();
    assert_eq!(actiris, 4_050_000 + 10_370_000 + 7_000_000);
}
