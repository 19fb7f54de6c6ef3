//! Embedded, versioned migrations. Each file is written once; the auto-increment
//! primary key, the one thing SQLite and PostgreSQL spell differently, is the
//! `{{ID}}` placeholder, expanded per engine.

use std::borrow::Cow;

use sqlx::migrate::{Migration, MigrationType, Migrator};
use sqlx::{AssertSqlSafe, SqlSafeStr};

use crate::{Db, Result};

/// A migration's SQL: one text for both engines (the usual case), or one
/// per engine where they cannot share it (changing a CHECK constraint).
#[derive(Clone, Copy)]
enum Sql {
    Both(&'static str),
    PerEngine {
        sqlite: &'static str,
        postgres: &'static str,
    },
}

impl From<&'static str> for Sql {
    fn from(s: &'static str) -> Sql {
        Sql::Both(s)
    }
}

/// (version, description, SQL) of every migration, in order. Never edit a released one.
const MIGRATIONS: &[(i64, &str, &str)] = &[
    (
        1,
        "directory",
        include_str!("../migrations/0001_directory.sql"),
    ),
    (
        2,
        "place commune name",
        include_str!("../migrations/0002_place_commune_name.sql"),
    ),
    (
        3,
        "accounts and back office",
        include_str!("../migrations/0003_accounts_backoffice.sql"),
    ),
    (4, "label", include_str!("../migrations/0004_label.sql")),
    (
        5,
        "sessions",
        include_str!("../migrations/0005_sessions.sql"),
    ),
    (
        6,
        "referrals",
        include_str!("../migrations/0006_referrals.sql"),
    ),
    (
        7,
        "session title language",
        include_str!("../migrations/0007_session_title_lang.sql"),
    ),
    (
        8,
        "activity",
        include_str!("../migrations/0008_activity.sql"),
    ),
    (
        9,
        "capacity",
        include_str!("../migrations/0009_capacity.sql"),
    ),
    (
        10,
        "indicators",
        include_str!("../migrations/0010_indicators.sql"),
    ),
    (
        11,
        "workshops",
        include_str!("../migrations/0011_workshops.sql"),
    ),
    (
        12,
        "cadastre",
        include_str!("../migrations/0012_cadastre.sql"),
    ),
    (
        13,
        "activity tallies",
        include_str!("../migrations/0013_activity_tallies.sql"),
    ),
    (
        14,
        "reported_figures",
        include_str!("../migrations/0014_reported_figures.sql"),
    ),
    (15, "survey", include_str!("../migrations/0015_survey.sql")),
    (
        16,
        "survey tallies",
        include_str!("../migrations/0016_survey_tallies.sql"),
    ),
    (17, "plan", include_str!("../migrations/0017_plan.sql")),
    (18, "budget", include_str!("../migrations/0018_budget.sql")),
    (
        19,
        "budget sums",
        include_str!("../migrations/0019_budget_sums.sql"),
    ),
    (
        20,
        "bookings of cancelled dates",
        include_str!("../migrations/0020_cancelled_date_bookings.sql"),
    ),
    (
        21,
        "mail preferences",
        include_str!("../migrations/0021_mail_preferences.sql"),
    ),
    (23, "grants", include_str!("../migrations/0023_grants.sql")),
    (
        24,
        "equipment",
        include_str!("../migrations/0024_equipment.sql"),
    ),
    (
        25,
        "annual report",
        include_str!("../migrations/0025_annual_report.sql"),
    ),
];

/// The migrations whose SQL differs per engine, by version.
const PER_ENGINE: &[(i64, &str, Sql)] = &[(
    22,
    "applicant role",
    Sql::PerEngine {
        sqlite: include_str!("../migrations/0022_applicant_role.sqlite.sql"),
        postgres: include_str!("../migrations/0022_applicant_role.postgres.sql"),
    },
)];

fn migrator(id_column: &str, sqlite: bool) -> Migrator {
    let mut all: Vec<(i64, &str, Sql)> = MIGRATIONS
        .iter()
        .map(|(v, d, s)| (*v, *d, Sql::from(*s)))
        .chain(PER_ENGINE.iter().copied())
        .collect();
    all.sort_by_key(|(v, _, _)| *v);
    let migrations = all
        .into_iter()
        .map(|(version, description, sql)| {
            let sql = match sql {
                Sql::Both(s) => s,
                Sql::PerEngine { sqlite: s, .. } if sqlite => s,
                Sql::PerEngine { postgres: s, .. } => s,
            };
            let sql = sql.replace("{{ID}}", id_column);
            Migration::new(
                version,
                Cow::Borrowed(description),
                MigrationType::Simple,
                AssertSqlSafe(sql).into_sql_str(),
                false,
            )
        })
        .collect();
    Migrator::with_migrations(migrations)
}

/// Applies the migrations up to `target` (every one when None).
pub(crate) async fn run(db: &Db, target: Option<i64>) -> Result<()> {
    let target = target.unwrap_or(i64::MAX);
    match db {
        Db::Sqlite(crate::Sqlite { pool: p, .. }) => {
            migrator("INTEGER PRIMARY KEY AUTOINCREMENT", true)
                .run_to(target, p)
                .await?
        }
        Db::Postgres(p) => {
            migrator("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", false)
                .run_to(target, p)
                .await?
        }
    }
    Ok(())
}
