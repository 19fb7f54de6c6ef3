//! Booking a seat, the waiting list, cancelling, attendance and reminders.

use domain::sessions::{Attendance, BookingStatus, Session};

use super::{Booking, BookingRaw, SELECT_BOOKING, lock_clause};
use crate::{Db, Result, StoreError, run, write_tx};

/// A booking to make. The person's fields are already checked.
#[derive(Debug, Clone, Default)]
pub struct NewBooking {
    pub session_id: i64,
    pub person_name: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    /// fr, nl, en or ar: the language the person is written to in.
    pub lang: String,
    /// The consent text exactly as shown, and when it was agreed to.
    pub consent_text: String,
    pub consent_at: i64,
    /// The referrer who books (None: the person books alone).
    pub booked_by: Option<i64>,
    /// The referrer's structure.
    pub organisation_id: Option<i64>,
    pub referral_id: Option<i64>,
    /// The secret of the person's cancellation link (only its hash is stored).
    pub cancel_secret: Option<String>,
}

/// Why a session takes no booking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Closed {
    NotFound,
    Cancelled,
    Started,
}

/// What a booking request gave.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BookOutcome {
    /// A seat.
    Confirmed(i64),
    /// A place on the waiting list (1 = next to get a seat).
    Waiting {
        id: i64,
        position: i64,
    },
    /// No seat left and the session keeps no waiting list.
    Full,
    Closed(Closed),
}

/// A cancellation: the booking as it is now, and the person who got its seat.
#[derive(Debug, Clone)]
pub struct CancelOutcome {
    pub booking: Booking,
    /// The booking was already cancelled: nothing changed.
    pub already: bool,
    pub promoted: Option<Booking>,
}

/// A reminder to send: the booking and its session.
#[derive(Debug, Clone)]
pub struct ReminderDue {
    pub booking: Booking,
    pub session: Session,
}

impl Db {
    /// Books a seat, or a place on the waiting list when the session is full
    /// and keeps one. The count and the insert happen while the transaction
    /// holds the session, so two requests never take the same last seat.
    pub async fn book_seat(&self, b: &NewBooking, now: i64) -> Result<BookOutcome> {
        let lock = format!(
            "SELECT seats, waiting_list, status, starts_at FROM activity_sessions WHERE id = $1{}",
            lock_clause(self.engine())
        );
        let token = b.cancel_secret.as_deref().map(crate::accounts::secret_hash);
        let outcome = write_tx!(self, tx => {
            let row: Option<(i32, bool, String, i64)> = sqlx::query_as(sqlx::AssertSqlSafe(lock.clone()))
                .bind(b.session_id).fetch_optional(&mut *tx).await?;
            match row {
                None => BookOutcome::Closed(Closed::NotFound),
                Some((_, _, status, _)) if status != "scheduled" => BookOutcome::Closed(Closed::Cancelled),
                Some((_, _, _, starts_at)) if starts_at <= now => BookOutcome::Closed(Closed::Started),
                Some((seats, waiting_list, _, _)) => {
                    // Counted by a statement of its own, after the lock: its snapshot sees
                    // every booking committed by the transactions this one waited for.
                    let (booked, waiting): (i64, i64) = sqlx::query_as(
                        "SELECT COALESCE(SUM(CASE WHEN status = 'confirmed' THEN 1 ELSE 0 END), 0),
                                COALESCE(SUM(CASE WHEN status = 'waiting' THEN 1 ELSE 0 END), 0)
                         FROM session_bookings WHERE session_id = $1")
                        .bind(b.session_id).fetch_one(&mut *tx).await?;
                    let status = if booked < i64::from(seats) {
                        Some(BookingStatus::Confirmed)
                    } else if waiting_list {
                        Some(BookingStatus::Waiting)
                    } else {
                        None
                    };
                    match status {
                        None => BookOutcome::Full,
                        Some(status) => {
                            let id: i64 = sqlx::query_scalar(
                                "INSERT INTO session_bookings (session_id, status, person_name, phone, email,
                                 lang, consent_text, consent_at, booked_by, organisation_id, referral_id,
                                 cancel_token_hash, created_at, updated_at)
                                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13) RETURNING id")
                                .bind(b.session_id).bind(status.code()).bind(&b.person_name).bind(&b.phone)
                                .bind(&b.email).bind(&b.lang).bind(&b.consent_text).bind(b.consent_at)
                                .bind(b.booked_by).bind(b.organisation_id).bind(b.referral_id).bind(&token)
                                .bind(now).fetch_one(&mut *tx).await?;
                            // No personal data in the log: who booked, which session, the outcome.
                            crate::audit!(&mut *tx, now, &crate::audit::NewAudit {
                                user_id: b.booked_by,
                                action: "booking.create",
                                entity: "booking",
                                entity_id: Some(id),
                                after: Some(serde_json::json!({"session": b.session_id, "status": status.code(),
                                    "organisation": b.organisation_id})),
                                ..Default::default()
                            });
                            if status == BookingStatus::Confirmed {
                                BookOutcome::Confirmed(id)
                            } else {
                                // The newest booking: last on the list.
                                BookOutcome::Waiting { id, position: waiting + 1 }
                            }
                        }
                    }
                }
            }
        });
        Ok(outcome)
    }

    /// Cancels a booking; a freed seat goes to the first person waiting (when
    /// the session has not started). None when there is no such booking.
    pub async fn cancel_booking(
        &self,
        id: i64,
        actor: Option<i64>,
        now: i64,
    ) -> Result<Option<CancelOutcome>> {
        let Some(found) = self.booking(id).await? else {
            return Ok(None);
        };
        let lock = format!(
            "SELECT seats, status, starts_at FROM activity_sessions WHERE id = $1{}",
            lock_clause(self.engine())
        );
        let (already, promoted) = write_tx!(self, tx => {
            let (seats, status, starts_at): (i32, String, i64) = sqlx::query_as(sqlx::AssertSqlSafe(lock.clone()))
                .bind(found.session_id).fetch_one(&mut *tx).await?;
            // Read again under the lock: another request may have cancelled it.
            let was: String = sqlx::query_scalar("SELECT status FROM session_bookings WHERE id = $1")
                .bind(id).fetch_one(&mut *tx).await?;
            if was == "cancelled" {
                (true, Vec::new())
            } else {
                sqlx::query("UPDATE session_bookings SET status = 'cancelled', cancelled_at = $1,
                             cancelled_by = $2, updated_at = $1 WHERE id = $3")
                    .bind(now).bind(actor).bind(id).execute(&mut *tx).await?;
                crate::audit!(&mut *tx, now, &crate::audit::NewAudit {
                    user_id: actor,
                    action: "booking.cancel",
                    entity: "booking",
                    entity_id: Some(id),
                    before: Some(serde_json::json!({"status": was})),
                    after: Some(serde_json::json!({"session": found.session_id, "status": "cancelled"})),
                    ..Default::default()
                });
                let promoted = if was == "confirmed" && status == "scheduled" && starts_at > now {
                    super::publish::promote_waiting!(tx, found.session_id, seats, now)
                } else {
                    Vec::new()
                };
                (false, promoted)
            }
        });
        let booking = self
            .booking(id)
            .await?
            .ok_or_else(|| StoreError::Invalid(format!("booking {id} vanished")))?;
        let promoted = match promoted.first() {
            Some(p) => self.booking(*p).await?,
            None => None,
        };
        Ok(Some(CancelOutcome {
            booking,
            already,
            promoted,
        }))
    }

    /// Marks who came to a session (confirmed bookings only); returns how many were marked.
    pub async fn set_attendance(
        &self,
        session_id: i64,
        marks: &[(i64, Attendance)],
        actor: Option<i64>,
        now: i64,
    ) -> Result<usize> {
        let n = write_tx!(self, tx => {
            let mut n = 0;
            for (booking, mark) in marks {
                let done = sqlx::query(
                    "UPDATE session_bookings SET attendance = $1, attendance_by = $2, attendance_at = $3,
                     updated_at = $3 WHERE id = $4 AND session_id = $5 AND status = 'confirmed'")
                    .bind(mark.code()).bind(actor).bind(now).bind(booking).bind(session_id)
                    .execute(&mut *tx).await?.rows_affected();
                n += done as usize;
            }
            if n > 0 {
                let present = marks.iter().filter(|(_, m)| *m == Attendance::Present).count();
                crate::audit!(&mut *tx, now, &crate::audit::NewAudit {
                    user_id: actor,
                    action: "session.attendance",
                    entity: "session",
                    entity_id: Some(session_id),
                    after: Some(serde_json::json!({"marked": n, "present": present})),
                    ..Default::default()
                });
            }
            n
        });
        Ok(n)
    }

    /// Confirmed bookings of scheduled sessions starting within `within_secs`
    /// after `now`, with a way to reach the person or their referrer, not reminded yet.
    pub async fn reminders_due(&self, now: i64, within_secs: i64) -> Result<Vec<ReminderDue>> {
        let sql = format!(
            "{SELECT_BOOKING} WHERE status = 'confirmed' AND reminded_at IS NULL
             AND anonymised_at IS NULL AND session_id IN (SELECT id FROM activity_sessions
             WHERE status = 'scheduled' AND starts_at > $1 AND starts_at <= $2) ORDER BY session_id, id"
        );
        let rows: Vec<BookingRaw> = run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(now).bind(now + within_secs).fetch_all(p).await?);
        let mut out: Vec<ReminderDue> = Vec::with_capacity(rows.len());
        for b in rows.into_iter().map(Booking::from) {
            let session = match out.last() {
                Some(r) if r.session.id == b.session_id => r.session.clone(),
                _ => match self.activity_session(b.session_id).await? {
                    Some(s) => s,
                    None => continue,
                },
            };
            out.push(ReminderDue {
                booking: b,
                session,
            });
        }
        Ok(out)
    }

    /// Records that a booking's reminder went out.
    pub async fn mark_reminded(&self, booking_id: i64, at: i64) -> Result<()> {
        run!(self, p => sqlx::query("UPDATE session_bookings SET reminded_at = $1 WHERE id = $2")
            .bind(at).bind(booking_id).execute(p).await.map(|_| ())?);
        Ok(())
    }
}
