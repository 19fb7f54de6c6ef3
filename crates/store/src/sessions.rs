//! Sessions and their bookings. Seats are never overbooked: the seat check
//! and the insert run in one write transaction that holds the session — the
//! whole database with SQLite's `BEGIN IMMEDIATE`, the session's row with
//! PostgreSQL's `SELECT … FOR UPDATE` — so concurrent bookings queue.

mod booking;
pub mod demo;
pub(crate) mod publish;

use domain::diagnostic::Level;
use domain::sessions::{Attendance, BookingStatus, Session, SessionStatus, Theme};

use crate::{Db, Engine, Result, StoreError, run};

pub use booking::{BookOutcome, CancelOutcome, Closed, NewBooking, ReminderDue};
pub use publish::{NewSession, UpdateOutcome};

/// The columns of a session with its counts, for [`SessionRaw`].
pub(crate) const SELECT_SESSION: &str = "SELECT s.id, s.series_id, s.organisation_id,
    o.name AS organisation, s.place_id, s.location, s.postcode, s.commune_nis, s.title,
    s.title_lang, s.description, s.theme, s.level, s.languages, s.starts_at, s.ends_at, s.seats,
    (SELECT COUNT(*) FROM session_bookings b WHERE b.session_id = s.id AND b.status = 'confirmed') AS booked,
    (SELECT COUNT(*) FROM session_bookings b WHERE b.session_id = s.id AND b.status = 'waiting') AS waiting,
    s.waiting_list, s.self_booking, s.price_cents, s.publics, s.bring, s.accessibility,
    s.status, s.cancel_reason, s.sequence, s.updated_at
    FROM activity_sessions s JOIN organisations o ON o.id = s.organisation_id";

#[derive(sqlx::FromRow)]
pub(crate) struct SessionRaw {
    id: i64,
    series_id: Option<i64>,
    organisation_id: i64,
    organisation: String,
    place_id: Option<i64>,
    location: Option<String>,
    postcode: Option<String>,
    commune_nis: Option<String>,
    title: String,
    title_lang: Option<String>,
    description: Option<String>,
    theme: String,
    level: String,
    languages: String,
    starts_at: i64,
    ends_at: i64,
    seats: i32,
    booked: i64,
    waiting: i64,
    waiting_list: bool,
    self_booking: bool,
    price_cents: i64,
    publics: String,
    bring: Option<String>,
    accessibility: String,
    status: String,
    cancel_reason: Option<String>,
    sequence: i32,
    updated_at: i64,
}

fn codes(s: &str) -> Vec<String> {
    s.split_whitespace().map(str::to_owned).collect()
}

impl TryFrom<SessionRaw> for Session {
    type Error = StoreError;
    fn try_from(r: SessionRaw) -> Result<Session> {
        let bad = |what: &str, v: &str| {
            StoreError::Invalid(format!("session {}: unknown {what} {v:?}", r.id))
        };
        Ok(Session {
            theme: Theme::parse(&r.theme).ok_or_else(|| bad("theme", &r.theme))?,
            level: Level::parse(&r.level).ok_or_else(|| bad("level", &r.level))?,
            status: SessionStatus::parse(&r.status).ok_or_else(|| bad("status", &r.status))?,
            id: r.id,
            series_id: r.series_id,
            organisation_id: r.organisation_id,
            organisation: r.organisation,
            place_id: r.place_id,
            location: r.location,
            postcode: r.postcode,
            commune_nis: r.commune_nis,
            title: r.title,
            title_lang: r.title_lang,
            description: r.description,
            languages: codes(&r.languages),
            starts_at: r.starts_at,
            ends_at: r.ends_at,
            seats: r.seats,
            booked: i32::try_from(r.booked).unwrap_or(i32::MAX),
            waiting: i32::try_from(r.waiting).unwrap_or(i32::MAX),
            waiting_list: r.waiting_list,
            self_booking: r.self_booking,
            price_cents: r.price_cents,
            publics: codes(&r.publics),
            bring: r.bring,
            accessibility: codes(&r.accessibility),
            cancel_reason: r.cancel_reason,
            sequence: r.sequence,
            updated_at: r.updated_at,
        })
    }
}

fn sessions(rows: Vec<SessionRaw>) -> Result<Vec<Session>> {
    rows.into_iter().map(Session::try_from).collect()
}

/// A booking: who (pseudonymous), for which session, its state.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Booking {
    pub id: i64,
    pub session_id: i64,
    pub status: BookingStatus,
    /// None once anonymised.
    pub person_name: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub lang: String,
    pub consent_text: String,
    pub consent_at: i64,
    pub booked_by: Option<i64>,
    /// The referring structure that booked.
    pub organisation_id: Option<i64>,
    pub referral_id: Option<i64>,
    pub attendance: Option<Attendance>,
    pub reminded_at: Option<i64>,
    pub promoted_at: Option<i64>,
    pub cancelled_at: Option<i64>,
    pub created_at: i64,
}

impl Booking {
    /// Whether this booking was cancelled because its date was: cancelled
    /// when (or after) the session was (a cancelled session never changes
    /// again, so its last update is its cancellation). Pages list such
    /// bookings, as cancelled, beside the cancelled date, so that the EPN and
    /// the referrer see whom it concerned.
    pub fn cancelled_with(&self, session: &Session) -> bool {
        session.status == domain::sessions::SessionStatus::Cancelled
            && self.status == BookingStatus::Cancelled
            && self.cancelled_at.is_some_and(|at| at >= session.updated_at)
    }
}

pub(crate) const SELECT_BOOKING: &str = "SELECT id, session_id, status, person_name, phone,
    email, lang, consent_text, consent_at, booked_by, organisation_id, referral_id, attendance,
    reminded_at, promoted_at, cancelled_at, created_at FROM session_bookings";

#[derive(sqlx::FromRow)]
pub(crate) struct BookingRaw {
    id: i64,
    session_id: i64,
    status: String,
    person_name: Option<String>,
    phone: Option<String>,
    email: Option<String>,
    lang: String,
    consent_text: String,
    consent_at: i64,
    booked_by: Option<i64>,
    organisation_id: Option<i64>,
    referral_id: Option<i64>,
    attendance: Option<String>,
    reminded_at: Option<i64>,
    promoted_at: Option<i64>,
    cancelled_at: Option<i64>,
    created_at: i64,
}

impl From<BookingRaw> for Booking {
    fn from(r: BookingRaw) -> Booking {
        Booking {
            id: r.id,
            session_id: r.session_id,
            status: BookingStatus::parse(&r.status).unwrap_or(BookingStatus::Cancelled),
            person_name: r.person_name,
            phone: r.phone,
            email: r.email,
            lang: r.lang,
            consent_text: r.consent_text,
            consent_at: r.consent_at,
            booked_by: r.booked_by,
            organisation_id: r.organisation_id,
            referral_id: r.referral_id,
            attendance: r.attendance.as_deref().and_then(Attendance::parse),
            reminded_at: r.reminded_at,
            promoted_at: r.promoted_at,
            cancelled_at: r.cancelled_at,
            created_at: r.created_at,
        }
    }
}

/// `FOR UPDATE` on PostgreSQL: locks the session's row until the transaction
/// ends. SQLite's `BEGIN IMMEDIATE` already holds the database's write lock.
pub(crate) fn lock_clause(engine: Engine) -> &'static str {
    match engine {
        Engine::Postgres => " FOR UPDATE",
        Engine::Sqlite => "",
    }
}

impl Db {
    /// One session with its counts.
    pub async fn activity_session(&self, id: i64) -> Result<Option<Session>> {
        let sql = format!("{SELECT_SESSION} WHERE s.id = $1");
        let row: Option<SessionRaw> = run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(id).fetch_optional(p).await?);
        row.map(Session::try_from).transpose()
    }

    /// Sessions starting in [`from`, `to`), cancelled ones included, soonest first.
    pub async fn sessions_between(&self, from: i64, to: i64) -> Result<Vec<Session>> {
        let sql = format!(
            "{SELECT_SESSION} WHERE s.starts_at >= $1 AND s.starts_at < $2 ORDER BY s.starts_at, s.id"
        );
        let rows: Vec<SessionRaw> = run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(from).bind(to).fetch_all(p).await?);
        sessions(rows)
    }

    /// Sessions at one place starting in [`from`, `to`), cancelled ones included.
    pub async fn sessions_at_place(
        &self,
        place_id: i64,
        from: i64,
        to: i64,
    ) -> Result<Vec<Session>> {
        let sql = format!(
            "{SELECT_SESSION} WHERE s.place_id = $1 AND s.starts_at >= $2 AND s.starts_at < $3
             ORDER BY s.starts_at, s.id"
        );
        let rows: Vec<SessionRaw> = run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(place_id).bind(from).bind(to).fetch_all(p).await?);
        sessions(rows)
    }

    /// Sessions of some organisations (every one when None) starting in
    /// [`from`, `to`), for the back office.
    pub async fn sessions_of_organisations(
        &self,
        organisations: Option<&[i64]>,
        from: i64,
        to: i64,
    ) -> Result<Vec<Session>> {
        let mut all = self.sessions_between(from, to).await?;
        if let Some(orgs) = organisations {
            all.retain(|s| orgs.contains(&s.organisation_id));
        }
        Ok(all)
    }

    /// The occurrences of a series, soonest first.
    pub async fn sessions_of_series(&self, series_id: i64) -> Result<Vec<Session>> {
        let sql = format!("{SELECT_SESSION} WHERE s.series_id = $1 ORDER BY s.starts_at, s.id");
        let rows: Vec<SessionRaw> = run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(series_id).fetch_all(p).await?);
        sessions(rows)
    }

    pub async fn booking(&self, id: i64) -> Result<Option<Booking>> {
        let sql = format!("{SELECT_BOOKING} WHERE id = $1");
        let row: Option<BookingRaw> = run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(id).fetch_optional(p).await?);
        Ok(row.map(Booking::from))
    }

    /// The booking a person's secret cancellation link is for.
    pub async fn booking_by_token(&self, secret: &str) -> Result<Option<Booking>> {
        let sql = format!("{SELECT_BOOKING} WHERE cancel_token_hash = $1");
        let row: Option<BookingRaw> = run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(crate::accounts::secret_hash(secret)).fetch_optional(p).await?);
        Ok(row.map(Booking::from))
    }

    /// Every booking of a session: seats first, then the waiting list in its order, then cancelled.
    pub async fn bookings_of_session(&self, session_id: i64) -> Result<Vec<Booking>> {
        let sql = format!(
            "{SELECT_BOOKING} WHERE session_id = $1 ORDER BY
             CASE status WHEN 'confirmed' THEN 0 WHEN 'waiting' THEN 1 ELSE 2 END, id"
        );
        let rows: Vec<BookingRaw> = run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(session_id).fetch_all(p).await?);
        Ok(rows.into_iter().map(Booking::from).collect())
    }

    /// Bookings made by referring structures (newest session first), for a referrer's list.
    pub async fn bookings_of_organisations(
        &self,
        organisations: &[i64],
        sessions_from: i64,
    ) -> Result<Vec<(Booking, Session)>> {
        let mut out = Vec::new();
        for org in organisations {
            let sql = format!(
                "{SELECT_BOOKING} WHERE organisation_id = $1 AND session_id IN
                 (SELECT id FROM activity_sessions WHERE ends_at >= $2) ORDER BY id"
            );
            let rows: Vec<BookingRaw> = run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql))
                .bind(org).bind(sessions_from).fetch_all(p).await?);
            for b in rows.into_iter().map(Booking::from) {
                if let Some(s) = self.activity_session(b.session_id).await? {
                    out.push((b, s));
                }
            }
        }
        out.sort_by_key(|(b, s)| (s.starts_at, s.id, b.id));
        Ok(out)
    }

    /// Position of a waiting booking on its session's list (1 = next to get a seat).
    pub async fn waiting_position(&self, booking: &Booking) -> Result<i64> {
        Ok(run!(self, p => sqlx::query_scalar(
            "SELECT COUNT(*) FROM session_bookings WHERE session_id = $1 AND status = 'waiting' AND id <= $2")
            .bind(booking.session_id).bind(booking.id).fetch_one(p).await?))
    }
}
