//! Importing places: one transaction, upserts by source key, counts. Runs on
//! SQLite, and on PostgreSQL when TEST_DATABASE_URL is set.

use std::path::{Path, PathBuf};

use domain::import::{ImportContext, ImportedPlace, Mapping, OutsideRegion, Parsed, parse};
use domain::{Region, Vocabularies};
use store::Db;
use store::import::ImportCounts;
use store::testing::{NOW, TestDb, fresh_db};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn anjou() -> Region {
    Region::from_toml(
        &std::fs::read_to_string(repo().join("tests/fixtures/anjou-sample-region.toml")).unwrap(),
    )
    .unwrap()
}

async fn anjou_db() -> (TestDb, Region, Vocabularies) {
    let t = fresh_db().await.unwrap();
    let region = anjou();
    let vocab = store::reference::vocabularies();
    t.db.sync_reference(&region, &vocab).await.unwrap();
    (t, region, vocab)
}

fn parse_with(bytes: &[u8], map: &str, region: &Region, vocab: &Vocabularies) -> Parsed {
    let m = Mapping::from_toml(map, vocab).unwrap();
    let ctx = ImportContext::new(region, vocab).outside_region(OutsideRegion::Accept);
    parse(bytes, &m, &ctx).unwrap()
}

async fn import(db: &Db, p: &Parsed) -> ImportCounts {
    db.import_places(&p.source, &p.places, false, &mut |_| true, NOW)
        .await
        .unwrap()
}

async fn count(db: &Db, sql: &str) -> i64 {
    store::run!(db, p => sqlx::query_scalar(sqlx::AssertSqlSafe(sql.to_owned())).fetch_one(p).await.unwrap())
}

const MAP: &str = r#"
source = "test"
id = "id"
[fields]
name = "nom"
organisation = "structure"
postcode = "cp"
commune = "commune"
computers = "postes"
[hours]
column = "horaires"
"#;

/// `n` good rows: ids 1..=n in Angers, Cholet and outside the region.
fn rows(n: usize) -> String {
    let mut s = String::from("id,nom,structure,cp,commune,postes,horaires\n");
    for i in 1..=n {
        let (cp, commune) = match i % 3 {
            0 => ("49000", "Angers"),
            1 => ("49300", "Cholet"),
            _ => ("75011", "Paris"),
        };
        s.push_str(&format!(
            "{i},Lieu {i},Structure {},{cp},{commune},{},Mo-Fr 09:00-17:00\n",
            i % 50,
            i % 10
        ));
    }
    s
}

#[tokio::test]
async fn reimport_updates_instead_of_duplicating() {
    let (t, region, vocab) = anjou_db().await;
    let p = parse_with(rows(30).as_bytes(), MAP, &region, &vocab);
    let first = import(&t.db, &p).await;
    assert_eq!((first.created, first.updated, first.unchanged), (30, 0, 0));
    assert_eq!(first.organisations_created, 30);
    assert_eq!(count(&t.db, "SELECT COUNT(*) FROM places").await, 30);
    // The same file again: nothing changes.
    let again = import(&t.db, &p).await;
    assert_eq!((again.created, again.updated, again.unchanged), (0, 0, 30));
    assert_eq!(again.organisations_created, 0);
    // One row changed, one row gone from the file.
    let changed = rows(30).replace("5,Lieu 5,", "5,Lieu cinq,").replace(
        "30,Lieu 30,Structure 30,49000,Angers,0,Mo-Fr 09:00-17:00\n",
        "",
    );
    let p2 = parse_with(changed.as_bytes(), MAP, &region, &vocab);
    let c = import(&t.db, &p2).await;
    assert_eq!(
        (c.created, c.updated, c.unchanged, c.not_in_file),
        (0, 1, 28, 1)
    );
    assert_eq!(count(&t.db, "SELECT COUNT(*) FROM places").await, 30);
    assert_eq!(
        count(
            &t.db,
            "SELECT COUNT(*) FROM places WHERE name = 'Lieu cinq' AND source_key = 'test:5'"
        )
        .await,
        1
    );
    // Places outside the region keep their commune as written, without a commune of the region.
    assert_eq!(
        count(&t.db, "SELECT COUNT(*) FROM places WHERE commune_nis IS NULL AND commune_name = 'Paris' AND postcode = '75011'").await,
        10
    );
    assert_eq!(
        count(
            &t.db,
            "SELECT COUNT(*) FROM places WHERE commune_nis = '49007' AND commune_name = 'Angers'"
        )
        .await,
        10
    );
    // The directory loads them; only the region's places are searchable.
    assert_eq!(t.db.load_places().await.unwrap().len(), 30);
}

#[tokio::test]
async fn a_dry_run_counts_but_writes_nothing() {
    let (t, region, vocab) = anjou_db().await;
    let p = parse_with(rows(12).as_bytes(), MAP, &region, &vocab);
    let c =
        t.db.import_places(&p.source, &p.places, true, &mut |_| true, NOW)
            .await
            .unwrap();
    assert_eq!(c.created, 12);
    assert_eq!(count(&t.db, "SELECT COUNT(*) FROM places").await, 0);
    assert_eq!(count(&t.db, "SELECT COUNT(*) FROM organisations").await, 0);
}

#[tokio::test]
async fn a_failure_in_the_middle_of_the_write_leaves_the_database_as_it_was() {
    let (t, region, vocab) = anjou_db().await;
    let before = parse_with(rows(10).as_bytes(), MAP, &region, &vocab);
    import(&t.db, &before).await;
    let p = parse_with(rows(1000).as_bytes(), MAP, &region, &vocab);
    // Cancelled (as on Ctrl-C) after 500 places.
    let err =
        t.db.import_places(&p.source, &p.places, false, &mut |done| done < 500, NOW)
            .await
            .unwrap_err();
    assert!(err.to_string().contains("nothing was written"), "{err}");
    assert_eq!(count(&t.db, "SELECT COUNT(*) FROM places").await, 10);
    assert_eq!(count(&t.db, "SELECT COUNT(*) FROM organisations").await, 10);
    // The database refuses row 700 (a negative count slipped past the checks).
    let mut places: Vec<ImportedPlace> = p.places.clone();
    places[700].computers = Some(-1);
    places[3].name = "Renamed".into();
    let err =
        t.db.import_places(&p.source, &places, false, &mut |_| true, NOW)
            .await
            .unwrap_err();
    assert!(
        err.to_string().contains("places_capacity_check") || err.to_string().contains("CHECK"),
        "{err}"
    );
    assert_eq!(count(&t.db, "SELECT COUNT(*) FROM places").await, 10);
    assert_eq!(
        count(&t.db, "SELECT COUNT(*) FROM places WHERE name = 'Renamed'").await,
        0
    );
    // And the database is still usable.
    assert_eq!(import(&t.db, &p).await.created, 990);
}

#[tokio::test]
async fn ten_thousand_rows() {
    let (t, region, vocab) = anjou_db().await;
    let csv = rows(10_000);
    let started = std::time::Instant::now();
    let p = parse_with(csv.as_bytes(), MAP, &region, &vocab);
    let parsed = started.elapsed();
    let mut calls = 0;
    let c =
        t.db.import_places(
            &p.source,
            &p.places,
            false,
            &mut |_| {
                calls += 1;
                true
            },
            NOW,
        )
        .await
        .unwrap();
    let total = started.elapsed();
    assert_eq!(c.created, 10_000);
    assert_eq!(calls, 10_000);
    let again = std::time::Instant::now();
    let c = import(&t.db, &p).await;
    assert_eq!(c.unchanged, 10_000);
    // A measurement, not an assertion: debug builds on a shared machine vary.
    println!(
        "TIMING import of 10,000 rows on {:?}: parse {:?}, parse + write {:?}; re-import (all unchanged) {:?}",
        t.db.engine(),
        parsed,
        total,
        again.elapsed()
    );
}

// ---------------------------------------------------------------------------
// The real files of ../shared/data/interop with the shipped mappings
// ---------------------------------------------------------------------------

fn interop(file: &str) -> Option<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/interop");
    match std::fs::read(dir.join(file)) {
        Ok(b) => Some(b),
        Err(_) => {
            eprintln!(
                "SKIPPED: {} is absent (the shared data folder is not beside the clone)",
                dir.join(file).display()
            );
            None
        }
    }
}

async fn real_file(file: &str, mapping: Option<&str>) {
    let Some(bytes) = interop(file) else { return };
    let (t, region, vocab) = anjou_db().await;
    let m = match mapping {
        Some(name) => Mapping::from_toml(
            &std::fs::read_to_string(repo().join("mappings").join(name)).unwrap(),
            &vocab,
        )
        .unwrap(),
        None => Mapping::mednum(&vocab),
    };
    let ctx = ImportContext::new(&region, &vocab).outside_region(OutsideRegion::Accept);
    let p = parse(&bytes, &m, &ctx).unwrap();
    let c = import(&t.db, &p).await;
    println!(
        "{file}: {} rows, {} bad, created {}, organisations {}",
        p.rows,
        p.bad_rows(),
        c.created,
        c.organisations_created
    );
    assert_eq!(c.created, p.places.len());
    assert_eq!(
        t.db.count_source_places(&p.source).await.unwrap(),
        p.places.len() as i64
    );
    let again = import(&t.db, &p).await;
    assert_eq!(again.unchanged, p.places.len(), "{file}: {again:?}");
    assert_eq!(again.created + again.updated, 0);
}

#[tokio::test]
async fn france_services_list_imports_and_reimports() {
    real_file(
        "france-services_liste-fs-20221201.csv",
        Some("france-services_liste-fs-20221201.toml"),
    )
    .await;
}

#[tokio::test]
async fn hinaura_imports_and_reimports() {
    real_file(
        "hinaura_lieux-mediation-numerique_source.json",
        Some("hinaura_lieux-mediation-numerique_source.toml"),
    )
    .await;
}

#[tokio::test]
async fn paca_imports_and_reimports() {
    real_file(
        "paca_regionsud-lieux-inclusion-numerique-2022.json",
        Some("paca_regionsud-lieux-inclusion-numerique-2022.toml"),
    )
    .await;
}

#[tokio::test]
async fn maine_et_loire_imports_and_reimports() {
    real_file(
        "maine-et-loire_lieux-mediation-numerique.json",
        Some("maine-et-loire_lieux-mediation-numerique.toml"),
    )
    .await;
}

#[tokio::test]
async fn national_standard_example_imports_and_reimports() {
    real_file("standard-mediation-num_exemple-valide.csv", None).await;
}
