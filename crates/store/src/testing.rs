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
