//! Publishing, changing and cancelling sessions.

use domain::diagnostic::Level;
use domain::sessions::{Occurrence, Recurrence, Theme, ValidSession};

use super::{Booking, BookingRaw, SELECT_BOOKING, lock_clause};
use crate::{Db, Result, StoreError, write_tx};

/// What a session is, wherever and whenever it happens.
#[derive(Debug, Clone, PartialEq)]
pub struct NewSession {
    pub organisation_id: i64,
    pub place_id: Option<i64>,
    pub location: Option<String>,
    pub postcode: Option<String>,
    pub commune_nis: Option<String>,
    pub title: String,
    pub title_lang: Option<String>,
    pub description: Option<String>,
    pub theme: Theme,
    pub level: Level,
    pub languages: Vec<String>,
    pub seats: i32,
    pub waiting_list: bool,
    pub self_booking: bool,
    pub price_cents: i64,
    pub publics: Vec<String>,
    pub bring: Option<String>,
    pub accessibility: Vec<String>,
}

impl NewSession {
    /// From a checked form; `organisation_id` is the place's organisation
    /// (or the mobile activity's).
    pub fn from_valid(v: &ValidSession, organisation_id: i64, place_id: Option<i64>) -> NewSession {
        let mobile = place_id.is_none();
        NewSession {
            organisation_id,
            place_id,
            location: if mobile { v.location.clone() } else { None },
            postcode: if mobile { v.postcode.clone() } else { None },
            commune_nis: if mobile { v.commune_nis.clone() } else { None },
            title: v.title.clone(),
            title_lang: v.title_lang.clone(),
            description: v.description.clone(),
            theme: v.theme,
            level: v.level,
            languages: v.languages.clone(),
            seats: v.seats,
            waiting_list: v.waiting_list,
            self_booking: v.self_booking,
            price_cents: v.price_cents,
            publics: v.publics.clone(),
            bring: v.bring.clone(),
            accessibility: v.accessibility.clone(),
        }
    }
}

pub(crate) const INSERT_SESSION: &str = "INSERT INTO activity_sessions (series_id,
    organisation_id, place_id, location, postcode, commune_nis, title, description, theme, area,
    level, languages, starts_at, ends_at, seats, waiting_list, self_booking, price_cents, publics,
    bring, accessibility, status, sequence, created_by, created_at, updated_at, title_lang)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19,
    $20, $21, 'scheduled', 0, $22, $23, $23, $24) RETURNING id";

/// Inserts one occurrence on `$conn` at time `$now`; evaluates to its id.
macro_rules! insert_session {
    ($conn:expr, $now:expr, $s:expr, $series:expr, $starts:expr, $ends:expr, $by:expr) => {{
        let now: i64 = $now;
        let s: &$crate::sessions::NewSession = $s;
        let id: i64 = sqlx::query_scalar($crate::sessions::publish::INSERT_SESSION)
            .bind($series)
            .bind(s.organisation_id)
            .bind(s.place_id)
            .bind(&s.location)
            .bind(&s.postcode)
            .bind(&s.commune_nis)
            .bind(&s.title)
            .bind(&s.description)
            .bind(s.theme.code())
            .bind(s.theme.area().code())
            .bind(s.level.code())
            .bind(s.languages.join(" "))
            .bind($starts)
            .bind($ends)
            .bind(s.seats)
            .bind(s.waiting_list)
            .bind(s.self_booking)
            .bind(s.price_cents)
            .bind(s.publics.join(" "))
            .bind(&s.bring)
            .bind(s.accessibility.join(" "))
            .bind($by)
            .bind(now)
            .bind(&s.title_lang)
            .fetch_one($conn)
            .await?;
        id
    }};
}
pub(crate) use insert_session;

/// Inserts a series row on `$conn` at time `$now`; evaluates to its id.
macro_rules! insert_series {
    ($conn:expr, $now:expr, $org:expr, $rule:expr, $by:expr) => {{
        let now: i64 = $now;
        let rule: &domain::sessions::Recurrence = $rule;
        let json =
            serde_json::to_string(rule).map_err(|e| $crate::StoreError::Invalid(e.to_string()))?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO session_series (organisation_id, rule_json, created_by, created_at)
             VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind($org)
        .bind(json)
        .bind($by)
        .bind(now)
        .fetch_one($conn)
        .await?;
        id
    }};
}
pub(crate) use insert_series;

/// Promotes people from the waiting list, first come first served, while
/// seats are free; evaluates to the ids promoted. Runs inside the
/// transaction that holds the session.
macro_rules! promote_waiting {
    ($tx:ident, $session:expr, $seats:expr, $now:expr) => {{
        let mut promoted: Vec<i64> = Vec::new();
        let booked: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM session_bookings WHERE session_id = $1 AND status = 'confirmed'",
        )
        .bind($session)
        .fetch_one(&mut *$tx)
        .await?;
        let free = i64::from($seats) - booked;
        if free > 0 {
            let next: Vec<i64> = sqlx::query_scalar(
                "SELECT id FROM session_bookings WHERE session_id = $1 AND status = 'waiting'
                 ORDER BY id LIMIT $2",
            )
            .bind($session)
            .bind(free)
            .fetch_all(&mut *$tx)
            .await?;
            for id in next {
                sqlx::query(
                    "UPDATE session_bookings SET status = 'confirmed', promoted_at = $1, updated_at = $1
                     WHERE id = $2",
                )
                .bind($now)
                .bind(id)
                .execute(&mut *$tx)
                .await?;
                $crate::audit!(&mut *$tx, $now, &$crate::audit::NewAudit {
                    action: "booking.promote",
                    entity: "booking",
                    entity_id: Some(id),
                    after: Some(serde_json::json!({"session": $session, "status": "confirmed"})),
                    ..Default::default()
                });
                promoted.push(id);
            }
        }
        promoted
    }};
}
pub(crate) use promote_waiting;

/// A session's place, location, start, end and status before a change.
type Before = (Option<i64>, Option<String>, i64, i64, String);

/// What a change did: whether the people booked must be told, who got a
/// seat from the waiting list.
#[derive(Debug, Clone, Default)]
pub struct UpdateOutcome {
    /// The date, time or place changed (the people booked are told).
    pub moved: bool,
    pub promoted: Vec<Booking>,
    /// Confirmed and waiting bookings, after the change.
    pub active: Vec<Booking>,
}

impl Db {
    /// Publishes a session: one occurrence, or every occurrence of a recurring
    /// one (with their series), in one transaction with its audit entry.
    pub async fn publish_sessions(
        &self,
        s: &NewSession,
        recurrence: Option<&Recurrence>,
        occurrences: &[Occurrence],
        created_by: Option<i64>,
        now: i64,
    ) -> Result<Vec<i64>> {
        if occurrences.is_empty() {
            return Err(StoreError::Invalid("a session needs a date".into()));
        }
        let ids = write_tx!(self, tx => {
            let series: Option<i64> = match recurrence {
                Some(rule) if occurrences.len() > 1 => Some(insert_series!(&mut *tx, now, s.organisation_id, rule, created_by)),
                _ => None,
            };
            let mut ids = Vec::with_capacity(occurrences.len());
            for o in occurrences {
                ids.push(insert_session!(&mut *tx, now, s, series, o.starts_at, o.ends_at, created_by));
            }
            crate::audit!(&mut *tx, now, &crate::audit::NewAudit {
                user_id: created_by,
                action: "session.publish",
                entity: "session",
                entity_id: ids.first().copied(),
                place_id: s.place_id,
                after: Some(serde_json::json!({
                    "title": s.title, "theme": s.theme.code(), "seats": s.seats,
                    "organisation": s.organisation_id, "series": series, "occurrences": ids.len(),
                })),
                ..Default::default()
            });
            ids
        });
        Ok(ids)
    }

    /// The organisation of a place, for publishing there.
    pub async fn place_organisation(&self, place_id: i64) -> Result<Option<i64>> {
        Ok(crate::run!(self, p => sqlx::query_scalar(
            "SELECT organisation_id FROM places WHERE id = $1")
            .bind(place_id).fetch_optional(p).await?))
    }

    /// Changes one session (one occurrence). Refuses fewer seats than people
    /// already booked; more seats take people from the waiting list.
    pub async fn update_session(
        &self,
        id: i64,
        s: &NewSession,
        starts_at: i64,
        ends_at: i64,
        actor: Option<i64>,
        now: i64,
    ) -> Result<Option<UpdateOutcome>> {
        let lock = format!(
            "SELECT place_id, location, starts_at, ends_at, status FROM activity_sessions WHERE id = $1{}",
            lock_clause(self.engine())
        );
        let result = write_tx!(self, tx => {
            let before: Option<Before> =
                sqlx::query_as(sqlx::AssertSqlSafe(lock.clone())).bind(id).fetch_optional(&mut *tx).await?;
            match before {
                None => Ok(None),
                Some((_, _, _, _, status)) if status != "scheduled" => Err(StoreError::Invalid("a cancelled session cannot be changed".into())),
                Some((place, location, old_start, old_end, _)) => {
                    let booked: i64 = sqlx::query_scalar(
                        "SELECT COUNT(*) FROM session_bookings WHERE session_id = $1 AND status = 'confirmed'")
                        .bind(id).fetch_one(&mut *tx).await?;
                    if i64::from(s.seats) < booked {
                        Err(StoreError::Invalid(format!("{booked} people are booked: at least {booked} seats")))
                    } else {
                        let moved = place != s.place_id || location != s.location
                            || old_start != starts_at || old_end != ends_at;
                        sqlx::query(
                            "UPDATE activity_sessions SET organisation_id = $1, place_id = $2, location = $3,
                             postcode = $4, commune_nis = $5, title = $6, description = $7, theme = $8, area = $9,
                             level = $10, languages = $11, starts_at = $12, ends_at = $13, seats = $14,
                             waiting_list = $15, self_booking = $16, price_cents = $17, publics = $18, bring = $19,
                             accessibility = $20, sequence = sequence + $21, updated_at = $22, title_lang = $24 WHERE id = $23")
                            .bind(s.organisation_id).bind(s.place_id).bind(&s.location).bind(&s.postcode)
                            .bind(&s.commune_nis).bind(&s.title).bind(&s.description).bind(s.theme.code())
                            .bind(s.theme.area().code()).bind(s.level.code()).bind(s.languages.join(" "))
                            .bind(starts_at).bind(ends_at).bind(s.seats).bind(s.waiting_list).bind(s.self_booking)
                            .bind(s.price_cents).bind(s.publics.join(" ")).bind(&s.bring)
                            .bind(s.accessibility.join(" ")).bind(1i32).bind(now).bind(id).bind(&s.title_lang)
                            .execute(&mut *tx).await?;
                        if moved {
                            // A new time: reminders are sent again.
                            sqlx::query("UPDATE session_bookings SET reminded_at = NULL WHERE session_id = $1")
                                .bind(id).execute(&mut *tx).await?;
                        }
                        let promoted = promote_waiting!(tx, id, s.seats, now);
                        crate::audit!(&mut *tx, now, &crate::audit::NewAudit {
                            user_id: actor,
                            action: "session.update",
                            entity: "session",
                            entity_id: Some(id),
                            place_id: s.place_id,
                            before: Some(serde_json::json!({"place": place, "location": location,
                                "starts_at": old_start, "ends_at": old_end})),
                            after: Some(serde_json::json!({"title": s.title, "place": s.place_id,
                                "location": s.location, "starts_at": starts_at, "ends_at": ends_at,
                                "seats": s.seats})),
                            ..Default::default()
                        });
                        Ok(Some((moved, promoted)))
                    }
                }
            }
        });
        let Some((moved, promoted)) = result? else {
            return Ok(None);
        };
        let mut out = UpdateOutcome {
            moved,
            ..UpdateOutcome::default()
        };
        for b in self.bookings_of_session(id).await? {
            if promoted.contains(&b.id) {
                out.promoted.push(b.clone());
            }
            if b.status != domain::sessions::BookingStatus::Cancelled {
                out.active.push(b);
            }
        }
        Ok(Some(out))
    }

    /// Cancels a session (and, with `following`, the later occurrences of its
    /// series that have not started). Returns each cancelled session's id with
    /// its confirmed and waiting bookings, to tell them.
    pub async fn cancel_session(
        &self,
        id: i64,
        reason: Option<&str>,
        following: bool,
        actor: Option<i64>,
        now: i64,
    ) -> Result<Vec<(i64, Vec<Booking>)>> {
        let Some(s) = self.activity_session(id).await? else {
            return Ok(Vec::new());
        };
        let mut ids = vec![id];
        if following && let Some(series) = s.series_id {
            for o in self.sessions_of_series(series).await? {
                if o.id != id && o.starts_at > s.starts_at && o.starts_at > now {
                    ids.push(o.id);
                }
            }
        }
        let out = write_tx!(self, tx => {
            let mut done = Vec::new();
            for sid in &ids {
                let n = sqlx::query(
                    "UPDATE activity_sessions SET status = 'cancelled', cancel_reason = $1,
                     sequence = sequence + 1, updated_at = $2 WHERE id = $3 AND status = 'scheduled'")
                    .bind(reason).bind(now).bind(sid).execute(&mut *tx).await?.rows_affected();
                if n == 1 {
                    crate::audit!(&mut *tx, now, &crate::audit::NewAudit {
                        user_id: actor,
                        action: "session.cancel",
                        entity: "session",
                        entity_id: Some(*sid),
                        place_id: s.place_id,
                        after: Some(serde_json::json!({"status": "cancelled", "reason": reason})),
                        ..Default::default()
                    });
                    // The seats and waiting-list places of a cancelled date
                    // are cancelled with it: one status on every page, in the
                    // API and in the seat counts. The people are told with
                    // the bookings as they were.
                    let sql = format!(
                        "{SELECT_BOOKING} WHERE session_id = $1 AND status IN ('confirmed', 'waiting') ORDER BY id"
                    );
                    let rows: Vec<BookingRaw> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
                        .bind(sid).fetch_all(&mut *tx).await?;
                    sqlx::query(
                        "UPDATE session_bookings SET status = 'cancelled', cancelled_at = $1,
                         cancelled_by = NULL, updated_at = $1
                         WHERE session_id = $2 AND status IN ('confirmed', 'waiting')")
                        .bind(now).bind(sid).execute(&mut *tx).await?;
                    done.push((*sid, rows.into_iter().map(Booking::from).collect()));
                }
            }
            done
        });
        Ok(out)
    }
}
