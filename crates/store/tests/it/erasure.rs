//! Erased and anonymised personal data leaves the database's files, not
//! only its rows. On SQLite the tests read the raw bytes of the main file and
//! of the write-ahead log (before the fix the log kept several copies of an
//! erased name, phone and note, also after the server stopped); on
//! PostgreSQL they check that the tables holding personal data were
//! vacuumed, so that no dead row version keeps them.

use domain::referral::{ContactWay, Side, Step, StepKind};
use store::referrals::NewReferral;
use store::referrals::person::{PERSONAL_TABLES, PersonRef};
use store::testing::{NOW, TestDb};
use store::{Db, Engine};

use crate::helpers::DAY;
use crate::referrals::{World, world};

/// Values no other row holds, so that finding their bytes means finding them.
const NAME: &str = "Zephyrinequokka";
const PHONE: &str = "+32470987654";
const NOTE: &str = "Veut-ecrire-a-Xylophonia";
const STEP_NOTE: &str = "Rappel-chez-Ornithorynque";
const SECRETS: [&str; 4] = [NAME, PHONE, NOTE, STEP_NOTE];

/// A referral of the person with the secret values, accepted
/// then closed with notes (several writes, so several versions of the row), `at`.
async fn referral_with_secrets(w: &World, at: i64) -> i64 {
    let db = &w.t.db;
    let id = db
        .create_referral(
            &NewReferral {
                from_organisation_id: w.cpas,
                created_by: w.referrer,
                place_id: Some(w.place),
                session_id: None,
                to_organisation_id: w.epn,
                person_name: NAME.into(),
                contact_way: ContactWay::Phone,
                contact_value: Some(PHONE.into()),
                lang: "fr".into(),
                needs: vec!["communication".into()],
                needs_note: Some(NOTE.into()),
                diagnostic_json: None,
                share_diagnostic: false,
                consent_text: "Vous acceptez que ces informations soient transmises.".into(),
                consent_at: at,
            },
            at,
        )
        .await
        .unwrap();
    for (kind, side) in [
        (StepKind::Accept, Side::Receiver),
        (StepKind::Close, Side::Referrer),
    ] {
        db.take_referral_step(id, &Step::new(kind, STEP_NOTE), side, None, at + 60)
            .await
            .unwrap()
            .unwrap();
    }
    id
}

/// The raw bytes of the SQLite database: the main file and its write-ahead
/// log (absent or empty counts as nothing).
fn sqlite_files(t: &TestDb) -> Vec<(String, Vec<u8>)> {
    let path = t.url.trim_start_matches("sqlite://").to_owned();
    [path.clone(), format!("{path}-wal")]
        .into_iter()
        .map(|f| {
            let bytes = std::fs::read(&f).unwrap_or_default();
            (f, bytes)
        })
        .collect()
}

fn found_in(files: &[(String, Vec<u8>)]) -> Vec<String> {
    let mut found = Vec::new();
    for (file, bytes) in files {
        for secret in SECRETS {
            let copies = bytes
                .windows(secret.len())
                .filter(|w| *w == secret.as_bytes())
                .count();
            if copies > 0 {
                found.push(format!("{secret} ×{copies} in {file}"));
            }
        }
    }
    found
}

/// How many times PostgreSQL vacuumed each table holding personal data.
async fn vacuum_counts(db: &Db) -> Vec<i64> {
    let mut counts = Vec::new();
    for table in PERSONAL_TABLES {
        let n: i64 = store::run!(db, p => sqlx::query_scalar(
            "SELECT vacuum_count FROM pg_stat_user_tables WHERE relname = $1")
            .bind(table).fetch_one(p).await.unwrap());
        counts.push(n);
    }
    counts
}

/// Waits (at most 5 s) for the statistics to show a vacuum of every table.
async fn assert_vacuumed_since(db: &Db, before: &[i64]) {
    for _ in 0..50 {
        store::run!(db, p => { sqlx::query("SELECT pg_stat_clear_snapshot()").execute(p).await.unwrap(); });
        let now = vacuum_counts(db).await;
        if now.iter().zip(before).all(|(a, b)| a > b) {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!(
        "{PERSONAL_TABLES:?} not all vacuumed: {before:?} → {:?}",
        vacuum_counts(db).await
    );
}

#[tokio::test]
async fn an_erased_person_is_in_no_database_file() {
    let w = world().await;
    let db = &w.t.db;
    let id = referral_with_secrets(&w, NOW - DAY).await;
    match db.engine() {
        Engine::Sqlite => {
            // The values are on disk before (else the test proves nothing).
            assert!(found_in(&sqlite_files(&w.t)).len() >= SECRETS.len());
            db.erase_person(PersonRef::Referral(id), w.manager, NOW)
                .await
                .unwrap()
                .unwrap();
            let left = found_in(&sqlite_files(&w.t));
            assert!(left.is_empty(), "erased values still on disk: {left:?}");
            // Also once the pool is closed (what a file backup would copy).
            db.close().await;
            let left = found_in(&sqlite_files(&w.t));
            assert!(left.is_empty(), "after closing: {left:?}");
        }
        Engine::Postgres => {
            let before = vacuum_counts(db).await;
            db.erase_person(PersonRef::Referral(id), w.manager, NOW)
                .await
                .unwrap()
                .unwrap();
            assert_vacuumed_since(db, &before).await;
        }
    }
}

#[tokio::test]
async fn retention_leaves_no_copy_in_the_database_files() {
    let w = world().await;
    let db = &w.t.db;
    referral_with_secrets(&w, NOW - 400 * DAY).await;
    match db.engine() {
        Engine::Sqlite => {
            assert!(found_in(&sqlite_files(&w.t)).len() >= SECRETS.len());
            let run = db.apply_retention(NOW, 12).await.unwrap();
            assert_eq!(run.referrals, 1);
            let left = found_in(&sqlite_files(&w.t));
            assert!(left.is_empty(), "anonymised values still on disk: {left:?}");
        }
        Engine::Postgres => {
            let before = vacuum_counts(db).await;
            assert_eq!(db.apply_retention(NOW, 12).await.unwrap().referrals, 1);
            assert_vacuumed_since(db, &before).await;
        }
    }
}
