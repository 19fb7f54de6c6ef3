//! Passerelle's database: SQLite embedded by default, PostgreSQL as the server
//! option, chosen from the URL. Every query is written once (portable SQL with
//! `$N` placeholders) and run on either engine through [`run!`]. The store
//! never reads the clock: every function that writes or compares a time takes
//! `now` (UTC Unix seconds) from its caller. The crates and their layers:
//! docs/ARCHITECTURE.md.

use std::str::FromStr;
use std::time::Duration;

use sqlx::postgres::{PgPool, PgPoolOptions};
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};

pub mod accounts;
pub mod activity;
pub mod annual_report;
pub mod audit;
pub mod budget;
pub mod cadastre;
pub mod capacity;
pub mod demo;
pub mod editing;
pub mod equipment;
pub mod grants;
pub mod import;
pub mod indicators;
pub mod label;
mod migrate;
pub mod moderation;
pub mod places;
pub mod plan;
pub mod reference;
pub mod referrals;
pub mod reported;
pub mod sessions;
pub mod survey;
pub mod testing;

/// A connection pool on one of the two engines.
#[derive(Clone, Debug)]
pub enum Db {
    Sqlite(Sqlite),
    Postgres(PgPool),
}

/// An SQLite pool and the queue of its writers. SQLite lets one transaction
/// write at a time; a connection that finds the lock taken sleeps and polls
/// (1, 2, 5, 10 … 25, 50, 100 ms) while the lock may sit free, holding a pool
/// connection the readers wait for. The writers of this process therefore
/// queue first, in order, on `writers` ([`write_tx!`]), and take a connection
/// only when their turn comes; the busy timeout still covers another process
/// (a command run beside the server).
#[derive(Clone, Debug)]
pub struct Sqlite {
    pub pool: SqlitePool,
    writers: std::sync::Arc<tokio::sync::Mutex<()>>,
}

impl Sqlite {
    /// Waits for this process's turn to write (held until the guard drops).
    pub async fn writer_turn(&self) -> tokio::sync::MutexGuard<'_, ()> {
        self.writers.lock().await
    }

    /// A write transaction (`BEGIN IMMEDIATE`) opened when this process's
    /// turn to write comes; the turn ends when the guard drops.
    pub async fn begin_write(
        &self,
    ) -> Result<(
        tokio::sync::MutexGuard<'_, ()>,
        sqlx::Transaction<'static, sqlx::Sqlite>,
    )> {
        let turn = self.writer_turn().await;
        let tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        Ok((turn, tx))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database URL must start with sqlite:// or postgres:// (got {0:?})")]
    BadUrl(String),
    #[error(transparent)]
    Sql(#[from] sqlx::Error),
    #[error(transparent)]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("{0}")]
    Invalid(String),
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// Runs the same code against whichever pool `db` holds: `$p` is bound to the
/// engine's pool, so queries are written once and compiled for both engines.
#[macro_export]
macro_rules! run {
    ($db:expr, $p:ident => $body:expr) => {
        match $db {
            $crate::Db::Sqlite(s) => {
                let $p = &s.pool;
                $body
            }
            $crate::Db::Postgres($p) => $body,
        }
    };
}

/// Starts a write transaction: on SQLite after this process's earlier writers
/// ([`Sqlite`]), with `BEGIN IMMEDIATE`, so that a writer never fails when it
/// upgrades a read to a write.
#[macro_export]
macro_rules! write_tx {
    ($db:expr, $tx:ident => $body:expr) => {
        match $db {
            $crate::Db::Sqlite(s) => {
                let (_turn, mut $tx) = s.begin_write().await?;
                let out = $body;
                $tx.commit().await?;
                out
            }
            $crate::Db::Postgres(p) => {
                let mut $tx = p.begin().await?;
                let out = $body;
                $tx.commit().await?;
                out
            }
        }
    };
}

impl Db {
    /// Connects to `url`: `sqlite://path` (created if missing) or `postgres://…`.
    pub async fn connect(url: &str) -> Result<Db> {
        if url.starts_with("sqlite:") {
            let opts = SqliteConnectOptions::from_str(url)?
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Normal)
                .busy_timeout(Duration::from_secs(10))
                // Deleted and overwritten content is zeroed in the file, so
                // that erased personal data does not linger in free space.
                .pragma("secure_delete", "ON")
                .foreign_keys(true);
            let pool = SqlitePoolOptions::new()
                .max_connections(8)
                .connect_with(opts)
                .await?;
            Ok(Db::Sqlite(Sqlite {
                pool,
                writers: Default::default(),
            }))
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            let pool = PgPoolOptions::new()
                .max_connections(16)
                .acquire_timeout(Duration::from_secs(10))
                .connect(url)
                .await?;
            Ok(Db::Postgres(pool))
        } else {
            Err(StoreError::BadUrl(url.to_owned()))
        }
    }

    pub fn engine(&self) -> Engine {
        match self {
            Db::Sqlite(_) => Engine::Sqlite,
            Db::Postgres(_) => Engine::Postgres,
        }
    }

    /// Applies the embedded migrations that are not applied yet.
    pub async fn migrate(&self) -> Result<()> {
        migrate::run(self, None).await?;
        // A database that had activity records before the rollup (0013).
        self.fill_tallies_if_missing().await
    }

    /// Applies the migrations up to version `target` only (for upgrade tests
    /// and for operators who upgrade step by step).
    pub async fn migrate_to(&self, target: i64) -> Result<()> {
        migrate::run(self, Some(target)).await
    }

    pub async fn close(&self) {
        run!(self, p => p.close().await)
    }
}
