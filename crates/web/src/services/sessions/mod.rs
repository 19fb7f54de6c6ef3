//! Seats in sessions, as every front end books and cancels them: the public
//! session page (a referrer for a person, or the person alone), the
//! referral form, the API. Each operation tells the people concerned.

mod notify;
mod search;

pub use notify::{
    Notice, REMINDER_BEFORE_SECS, Sent, SessionReminderRun, notify, send_session_reminders,
};
pub use search::{SessionSearch, parse_session_search, search};

use domain::Lang;
use domain::account::Role;
use domain::sessions::Session;
use store::StoreError;
use store::accounts::User;
use store::sessions::{
    BookOutcome, Booking, CancelOutcome, Closed, NewBooking, NewSession, UpdateOutcome,
};

use crate::App;
use crate::i18n::t_args;

/// What became of a request for a seat.
#[derive(Debug, Clone)]
pub enum Booked {
    /// A seat, or a place on the waiting list (the booking's status says which).
    Booked(Box<Booking>),
    /// Full, without a waiting list.
    Full,
    /// Cancelled, started or gone.
    Closed(Closed),
}

/// Books a seat (or a place on the waiting list) in one locked transaction,
/// then tells the person; `cancel_link` (booking alone) goes in the e-mail.
pub async fn book(
    app: &App,
    s: &Session,
    booking: &NewBooking,
    cancel_link: Option<&str>,
) -> Result<Booked, StoreError> {
    let id = match app.db.book_seat(booking, app.now().timestamp()).await? {
        BookOutcome::Confirmed(id) | BookOutcome::Waiting { id, .. } => id,
        BookOutcome::Full => return Ok(Booked::Full),
        BookOutcome::Closed(c) => return Ok(Booked::Closed(c)),
    };
    let b = app
        .db
        .booking(id)
        .await?
        .ok_or_else(|| StoreError::Invalid(format!("booking {id} vanished")))?;
    notify(app, s, &b, Notice::Booked, cancel_link).await;
    Ok(Booked::Booked(Box::new(b)))
}

/// Cancels a booking; a freed seat goes to the first person waiting, who is
/// told (and their referrer). `None` when there is no such booking.
pub async fn cancel(
    app: &App,
    booking_id: i64,
    actor: Option<i64>,
) -> Result<Option<CancelOutcome>, StoreError> {
    let out = app
        .db
        .cancel_booking(booking_id, actor, app.now().timestamp())
        .await?;
    if let Some(CancelOutcome {
        promoted: Some(p), ..
    }) = &out
        && let Some(s) = app.db.activity_session(p.session_id).await?
    {
        notify(app, &s, p, Notice::Promoted, None).await;
    }
    Ok(out)
}

/// Changes a session (`None` when it is gone). When its day, time or place
/// moved, everyone booked is told; people who got a seat because there are
/// more seats now are told they have one. A session cannot get fewer seats
/// than people booked (`StoreError::Invalid`).
pub async fn change(
    app: &App,
    id: i64,
    new: &NewSession,
    starts_at: i64,
    ends_at: i64,
    actor: Option<i64>,
) -> Result<Option<UpdateOutcome>, StoreError> {
    let Some(out) = app
        .db
        .update_session(id, new, starts_at, ends_at, actor, app.now().timestamp())
        .await?
    else {
        return Ok(None);
    };
    if let Some(after) = app.db.activity_session(id).await? {
        if out.moved {
            for b in &out.active {
                if !out.promoted.iter().any(|p| p.id == b.id) {
                    notify(app, &after, b, Notice::Changed, None).await;
                }
            }
        }
        for b in &out.promoted {
            notify(app, &after, b, Notice::Promoted, None).await;
        }
    }
    Ok(Some(out))
}

/// Cancels a session, and with `following` the next ones of its series;
/// everyone booked is told, with the reason. Returns how many were told.
pub async fn cancel_session(
    app: &App,
    id: i64,
    reason: Option<&str>,
    following: bool,
    actor: Option<i64>,
) -> Result<usize, StoreError> {
    let cancelled = app
        .db
        .cancel_session(id, reason, following, actor, app.now().timestamp())
        .await?;
    let mut told = 0;
    for (sid, bookings) in &cancelled {
        let Some(after) = app.db.activity_session(*sid).await? else {
            continue;
        };
        for b in bookings {
            notify(app, &after, b, Notice::Cancelled { reason }, None).await;
            told += 1;
        }
    }
    Ok(told)
}

/// May this account book a seat for someone at this session: a referrer
/// anywhere, an EPN manager at their own organisations' sessions.
pub fn may_book_for_others(user: &User, s: &Session) -> bool {
    user.role == Role::Referrer
        || (user.role == Role::EpnManager && user.organisations.contains(&s.organisation_id))
}

/// The structure a booking is made for: the referrer's, or the session's
/// organisation when its EPN manager books.
pub fn booking_organisation(user: &User, s: &Session) -> Option<i64> {
    if user.role == Role::Referrer {
        user.organisations.first().copied()
    } else {
        Some(s.organisation_id)
    }
}

/// May this account see a booking: made by them or their referring
/// structure, or at a session of an organisation they manage.
pub fn may_see_booking(user: &User, s: &Session, b: &Booking) -> bool {
    b.booked_by == Some(user.id)
        || (user.role == Role::Referrer
            && b.organisation_id
                .is_some_and(|o| user.organisations.contains(&o)))
        || user.manages(s.organisation_id)
}

/// A booking this account may act on, with its session (`None` when there is
/// none, or it is not theirs: the same answer, so ids reveal nothing).
pub async fn visible_booking(app: &App, user: &User, id: &str) -> Option<(Booking, Session)> {
    let b = app.db.booking(id.parse().ok()?).await.ok()??;
    let s = app.db.activity_session(b.session_id).await.ok()??;
    may_see_booking(user, &s, &b).then_some((b, s))
}

/// The consent a person gives, exactly as shown next to the box (and recorded).
pub fn consent_text(lang: Lang, organisation: &str, for_someone: bool) -> String {
    let key = if for_someone {
        "sessions-consent-text"
    } else {
        "sessions-consent-text-self"
    };
    t_args(
        lang,
        key,
        &[("organisation", organisation.to_owned().into())],
    )
}
