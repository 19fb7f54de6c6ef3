//! Test databases: a temporary SQLite file by default, a fresh PostgreSQL
//! database when `TEST_DATABASE_URL` points at a server (CI runs both).

use std::sync::atomic::{AtomicU32, Ordering};

use crate::{Db, Result};

static COUNTER: AtomicU32 = AtomicU32::new(0);

/// The fixed time of tests (the store never reads the clock: tests pass this
/// as `now`): Thursday 26 November 2026, 10:00 UTC, 11:00 in Brussels.
pub const NOW: i64 = 1_795_687_200;

/// A database that exists for one test; the SQLite file is removed on drop.
pub struct TestDb {
    pub db: Db,
    pub url: String,
    file: Option<std::path::PathBuf>,
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Some(f) = &self.file {
            for ext in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{}{ext}", f.display()));
            }
        }
    }
}

fn unique_name() -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    format!(
        "passerelle_test_{}_{}_{nanos}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    )
}

/// An empty, migrated database on the engine the test run asks for.
pub async fn fresh_db() -> Result<TestDb> {
    let t = empty_db().await?;
    t.db.migrate().await?;
    Ok(t)
}

/// An empty database without any table (for migration tests).
pub async fn empty_db() -> Result<TestDb> {
    let name = unique_name();
    let t = match std::env::var("TEST_DATABASE_URL")
        .ok()
        .filter(|u| !u.is_empty())
    {
        Some(server) => {
            let admin = Db::connect(&server).await?;
            crate::run!(&admin, p => sqlx::raw_sql(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}"))).execute(p).await.map(|_| ())?);
            admin.close().await;
            let base = server.rsplit_once('/').map_or(server.as_str(), |(b, _)| b);
            let url = format!("{base}/{name}");
            TestDb {
                db: Db::connect(&url).await?,
                url,
                file: None,
            }
        }
        None => {
            let path = std::env::temp_dir().join(format!("{name}.db"));
            let url = format!("sqlite://{}", path.display());
            TestDb {
                db: Db::connect(&url).await?,
                url,
                file: Some(path),
            }
        }
    };
    Ok(t)
}

/// A migrated database with the shipped Brussels reference data.
pub async fn brussels_db() -> Result<TestDb> {
    let t = fresh_db().await?;
    let region = crate::reference::shipped_region("brussels").expect("shipped");
    t.db.sync_reference(&region, &crate::reference::vocabularies())
        .await?;
    Ok(t)
}

/// A call for projects for tests: `key`, open from 1 November 2026 until
/// `closes_at`, 100,000 EUR (no fee), 5,000–15,000 EUR per project, for
/// non-profits and communes of the region working with seniors or young
/// people, in French and Dutch, two criteria (relevance ×2 on 0–5,
/// feasibility ×1 on 0–10) and one required question; paid 80 % then 20 %.
pub fn sample_call(key: &str, closes_at: i64) -> domain::grants::call::NewCall {
    use domain::grants::call::{CallText, CriterionDef, NewCall, QuestionDef};
    let words = |fr: &str, nl: &str| {
        [
            ("fr".to_string(), fr.to_string()),
            ("nl".to_string(), nl.to_string()),
        ]
        .into()
    };
    NewCall {
        key: key.into(),
        envelope_cents: 10_000_000,
        operator_fee_cents: 0,
        min_cents: 500_000,
        max_cents: 1_500_000,
        opens_on: chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
        closes_at,
        languages: vec!["fr".into(), "nl".into()],
        eligible_kinds: vec!["asbl".into(), "commune".into()],
        eligible_publics: vec!["seniors".into(), "young-people".into()],
        in_region: true,
        tranches: vec![80, 20],
        report_days: 60,
        texts: vec![
            CallText {
                lang: "fr".into(),
                title: "Inclusion numérique de proximité".into(),
                summary: "Des projets près de chez vous.".into(),
                rules: "Un projet par organisation.".into(),
            },
            CallText {
                lang: "nl".into(),
                title: "Digitale inclusie in de buurt".into(),
                summary: "Projecten dicht bij huis.".into(),
                rules: "Eén project per organisatie.".into(),
            },
        ],
        criteria: vec![
            CriterionDef {
                key: "relevance".into(),
                weight: 2,
                scale_max: 5,
                labels: words("Pertinence", "Relevantie"),
            },
            CriterionDef {
                key: "feasibility".into(),
                weight: 1,
                scale_max: 10,
                labels: words("Faisabilité", "Haalbaarheid"),
            },
        ],
        questions: vec![QuestionDef {
            key: "partners".into(),
            labels: words("Vos partenaires", "Uw partners"),
            required: true,
            max_chars: 2000,
        }],
    }
}
