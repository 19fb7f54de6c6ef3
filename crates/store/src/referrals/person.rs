//! One person's data in referrals and bookings: anonymised a configurable
//! time after it is no longer needed (the rows stay, so counts do not
//! change), exported on request, erased on request.

use domain::referral::retention_secs;

use super::Referral;
use crate::sessions::Booking;
use crate::{Db, Result, run, write_tx};

/// Whose data: the person of a referral or of a booking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PersonRef {
    Referral(i64),
    Booking(i64),
}

/// A person's records: the referral and its bookings, or the booking and its referral.
#[derive(Debug, Clone, serde::Serialize)]
pub struct PersonRecords {
    pub referrals: Vec<Referral>,
    pub bookings: Vec<Booking>,
}

/// What a retention run anonymised.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct RetentionRun {
    pub referrals: u64,
    pub bookings: u64,
}

const ANONYMISE_REFERRALS: &str = "UPDATE referrals SET person_name = NULL, contact_value = NULL,
    needs_note = NULL, diagnostic_json = NULL, refuse_reason = NULL, anonymised_at = $1, updated_at = $1";
const ANONYMISE_EVENTS: &str = "UPDATE referral_events SET note = NULL";
/// Referrals whose person's data is due for anonymisation ($1: the cutoff).
const DUE_REFERRALS: &str = "anonymised_at IS NULL AND
    ((ended_at IS NOT NULL AND ended_at < $1) OR (ended_at IS NULL AND updated_at < $1))";
/// Bookings whose person's data is due for anonymisation ($1: the cutoff).
const DUE_BOOKINGS: &str = "anonymised_at IS NULL AND
    ((cancelled_at IS NOT NULL AND cancelled_at < $1)
     OR session_id IN (SELECT id FROM activity_sessions WHERE ends_at < $1))";
const ANONYMISE_BOOKINGS: &str = "UPDATE session_bookings SET person_name = NULL, phone = NULL,
    email = NULL, anonymised_at = $1, updated_at = $1";

impl Db {
    /// Anonymises the personal fields of referrals that ended (refused,
    /// closed, expired) — or were left untouched — more than `months` ago,
    /// and of bookings whose session ended or that were cancelled more than
    /// `months` ago. Rows and their states stay, for the statistics. The
    /// daily job and `passerelle retention run` call this.
    pub async fn apply_retention(&self, now: i64, months: i64) -> Result<RetentionRun> {
        let cutoff = now - retention_secs(months);
        let run = write_tx!(self, tx => {
            sqlx::query(sqlx::AssertSqlSafe(format!(
                "{ANONYMISE_EVENTS} WHERE note IS NOT NULL AND referral_id IN
                 (SELECT id FROM referrals WHERE {DUE_REFERRALS})")))
                .bind(cutoff).execute(&mut *tx).await?;
            let referrals = sqlx::query(sqlx::AssertSqlSafe(format!(
                "{ANONYMISE_REFERRALS} WHERE {}", DUE_REFERRALS.replace("$1", "$2"))))
                .bind(now).bind(cutoff).execute(&mut *tx).await?.rows_affected();
            let bookings = sqlx::query(sqlx::AssertSqlSafe(format!(
                "{ANONYMISE_BOOKINGS} WHERE {}", DUE_BOOKINGS.replace("$1", "$2"))))
                .bind(now).bind(cutoff).execute(&mut *tx).await?.rows_affected();
            if referrals + bookings > 0 {
                crate::audit!(&mut *tx, now, &crate::audit::NewAudit {
                    action: "person.retention",
                    entity: "retention",
                    after: Some(serde_json::json!({"referrals": referrals, "bookings": bookings,
                        "months": months, "before": cutoff})),
                    ..Default::default()
                });
            }
            RetentionRun { referrals, bookings }
        });
        if run.referrals + run.bookings > 0 {
            self.scrub_personal_tables().await?;
        }
        Ok(run)
    }

    /// What [`Db::apply_retention`] would anonymise now, without writing
    /// (`passerelle retention run --dry-run`).
    pub async fn retention_due(&self, now: i64, months: i64) -> Result<RetentionRun> {
        let cutoff = now - retention_secs(months);
        let count = |table: &str, due: &str| format!("SELECT COUNT(*) FROM {table} WHERE {due}");
        let referrals: i64 = run!(self, p => sqlx::query_scalar(sqlx::AssertSqlSafe(
            count("referrals", DUE_REFERRALS))).bind(cutoff).fetch_one(p).await?);
        let bookings: i64 = run!(self, p => sqlx::query_scalar(sqlx::AssertSqlSafe(
            count("session_bookings", DUE_BOOKINGS))).bind(cutoff).fetch_one(p).await?);
        Ok(RetentionRun {
            referrals: referrals as u64,
            bookings: bookings as u64,
        })
    }

    /// The records of one person: a referral with the bookings made for it,
    /// or a booking with its referral. None when the id is unknown.
    pub async fn person_records(&self, who: PersonRef) -> Result<Option<PersonRecords>> {
        let referral_id = match who {
            PersonRef::Referral(id) => Some(id),
            PersonRef::Booking(id) => match self.booking(id).await? {
                None => return Ok(None),
                Some(b) => match b.referral_id {
                    Some(r) => Some(r),
                    None => {
                        return Ok(Some(PersonRecords {
                            referrals: Vec::new(),
                            bookings: vec![b],
                        }));
                    }
                },
            },
        };
        let Some(r) = self.referral(referral_id.unwrap_or_default()).await? else {
            return Ok(None);
        };
        let sql = format!(
            "{} WHERE referral_id = $1 ORDER BY id",
            crate::sessions::SELECT_BOOKING
        );
        let rows: Vec<crate::sessions::BookingRaw> = run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(r.id).fetch_all(p).await?);
        let mut bookings: Vec<Booking> = rows.into_iter().map(Booking::from).collect();
        if let PersonRef::Booking(id) = who
            && !bookings.iter().any(|b| b.id == id)
            && let Some(b) = self.booking(id).await?
        {
            bookings.push(b);
        }
        Ok(Some(PersonRecords {
            referrals: vec![r],
            bookings,
        }))
    }

    /// Everything kept about one person, as JSON (referrals with their
    /// history, bookings); the export is written to the audit log.
    pub async fn export_person(
        &self,
        who: PersonRef,
        user_id: i64,
        now: i64,
    ) -> Result<Option<serde_json::Value>> {
        let Some(records) = self.person_records(who).await? else {
            return Ok(None);
        };
        let mut referrals = Vec::new();
        for r in &records.referrals {
            let mut v = serde_json::to_value(r).unwrap_or_default();
            v["diagnostic"] = r.diagnostic().unwrap_or_default();
            if let Some(o) = v.as_object_mut() {
                o.remove("diagnostic_json");
            }
            v["history"] =
                serde_json::to_value(self.referral_events(r.id).await?).unwrap_or_default();
            referrals.push(v);
        }
        self.log_person_access(
            "person.export",
            user_id,
            records.referrals.first().map(|r| r.id),
            records.bookings.first().map(|b| b.id),
            now,
        )
        .await?;
        Ok(Some(serde_json::json!({
            "referrals": referrals,
            "bookings": records.bookings,
        })))
    }

    /// Erases one person's data on request: their personal fields in the
    /// referral, its history notes and the bookings become NULL at once (the
    /// rows stay for the counts). Returns (referrals, bookings) erased.
    pub async fn erase_person(
        &self,
        who: PersonRef,
        user_id: i64,
        now: i64,
    ) -> Result<Option<(u64, u64)>> {
        let Some(records) = self.person_records(who).await? else {
            return Ok(None);
        };
        let referral_ids: Vec<i64> = records.referrals.iter().map(|r| r.id).collect();
        let booking_ids: Vec<i64> = records.bookings.iter().map(|b| b.id).collect();
        let out = write_tx!(self, tx => {
            let mut referrals = 0;
            for id in &referral_ids {
                sqlx::query(sqlx::AssertSqlSafe(format!("{ANONYMISE_EVENTS} WHERE referral_id = $1")))
                    .bind(id).execute(&mut *tx).await?;
                referrals += sqlx::query(sqlx::AssertSqlSafe(format!("{ANONYMISE_REFERRALS} WHERE id = $2")))
                    .bind(now).bind(id).execute(&mut *tx).await?.rows_affected();
            }
            let mut bookings = 0;
            for id in &booking_ids {
                bookings += sqlx::query(sqlx::AssertSqlSafe(format!("{ANONYMISE_BOOKINGS} WHERE id = $2")))
                    .bind(now).bind(id).execute(&mut *tx).await?.rows_affected();
            }
            crate::audit!(&mut *tx, now, &crate::audit::NewAudit {
                user_id: Some(user_id),
                action: "person.erase",
                entity: if referral_ids.is_empty() { "booking" } else { "referral" },
                entity_id: referral_ids.first().or(booking_ids.first()).copied(),
                after: Some(serde_json::json!({"referrals": referral_ids, "bookings": booking_ids})),
                ..Default::default()
            });
            (referrals, bookings)
        });
        self.scrub_personal_tables().await?;
        Ok(Some(out))
    }

    /// After an erasure or a retention run, removes the old versions of the
    /// rows that held personal data from the database's files. SQLite writes
    /// zeros over freed content (`secure_delete`, set on every connection)
    /// but keeps the old pages in its write-ahead log until a checkpoint:
    /// the log is checkpointed and truncated to zero bytes. PostgreSQL
    /// keeps the old row versions as dead tuples until a vacuum: the tables
    /// are vacuumed (what still remains — WAL segments, backups — is in
    /// docs/personal-data.md).
    pub async fn scrub_personal_tables(&self) -> Result<()> {
        match self {
            Db::Sqlite(crate::Sqlite { pool: p, .. }) => {
                // A reader holding an old snapshot makes the checkpoint
                // partial ("busy"); such reads are short, so try again.
                for attempt in 0..50 {
                    let (busy, _, _): (i64, i64, i64) =
                        sqlx::query_as("PRAGMA wal_checkpoint(TRUNCATE)")
                            .fetch_one(p)
                            .await?;
                    if busy == 0 {
                        return Ok(());
                    }
                    if attempt == 49 {
                        tracing::warn!(
                            "the write-ahead log could not be checkpointed after an erasure"
                        );
                    }
                    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
                }
                Ok(())
            }
            Db::Postgres(p) => {
                sqlx::query(sqlx::AssertSqlSafe(format!(
                    "VACUUM {}",
                    PERSONAL_TABLES.join(", ")
                )))
                .execute(p)
                .await?;
                Ok(())
            }
        }
    }
}

/// The tables whose rows hold a person's data (vacuumed after an erasure).
pub const PERSONAL_TABLES: [&str; 3] = ["referrals", "referral_events", "session_bookings"];
