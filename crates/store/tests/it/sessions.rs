//! Sessions and bookings in the database: seats never overbooked (also with
//! 50 concurrent requests), the waiting list and its promotion, changes,
//! cancellations, attendance, reminders, the demo's sessions. On SQLite, and
//! on PostgreSQL when TEST_DATABASE_URL is set.

use std::sync::Arc;

use domain::diagnostic::Level;
use domain::sessions::{Attendance, BookingStatus, Occurrence, Recurrence, SessionStatus, Theme};
use store::Db;
use store::sessions::{BookOutcome, Closed, NewBooking, NewSession};
use store::testing::NOW;

use crate::helpers::{DAY, HOUR, demo};

async fn a_place(db: &Db) -> (i64, i64) {
    let p = &db.load_places().await.unwrap()[1];
    (p.id, p.organisation_id)
}

fn new_session(org: i64, place: i64, seats: i32, waiting_list: bool) -> NewSession {
    NewSession {
        organisation_id: org,
        place_id: Some(place),
        location: None,
        postcode: None,
        commune_nis: None,
        title: "Atelier smartphone".into(),
        title_lang: None,
        description: None,
        theme: Theme::Devices,
        level: Level::Beginner,
        languages: vec!["fr".into()],
        seats,
        waiting_list,
        self_booking: false,
        price_cents: 0,
        publics: vec![],
        bring: None,
        accessibility: vec![],
    }
}

async fn publish(db: &Db, seats: i32, waiting_list: bool, starts_at: i64) -> i64 {
    let (place, org) = a_place(db).await;
    let occ = Occurrence {
        date: chrono::NaiveDate::from_ymd_opt(2030, 1, 1).unwrap(),
        starts_at,
        ends_at: starts_at + 2 * HOUR,
    };
    db.publish_sessions(
        &new_session(org, place, seats, waiting_list),
        None,
        &[occ],
        None,
        NOW,
    )
    .await
    .unwrap()[0]
}

fn person(session_id: i64, name: &str) -> NewBooking {
    NewBooking {
        session_id,
        person_name: name.into(),
        lang: "fr".into(),
        consent_text: "Vous acceptez que votre prénom soit transmis.".into(),
        consent_at: NOW,
        ..NewBooking::default()
    }
}

#[tokio::test]
async fn seats_then_waiting_list_then_full() {
    let t = demo().await;
    let now = NOW;
    let s = publish(&t.db, 2, true, now + 3 * DAY).await;
    assert!(matches!(
        t.db.book_seat(&person(s, "A"), now).await.unwrap(),
        BookOutcome::Confirmed(_)
    ));
    assert!(matches!(
        t.db.book_seat(&person(s, "B"), now).await.unwrap(),
        BookOutcome::Confirmed(_)
    ));
    let c = t.db.book_seat(&person(s, "C"), now).await.unwrap();
    let d = t.db.book_seat(&person(s, "D"), now).await.unwrap();
    assert!(
        matches!(c, BookOutcome::Waiting { position: 1, .. }),
        "{c:?}"
    );
    assert!(
        matches!(d, BookOutcome::Waiting { position: 2, .. }),
        "{d:?}"
    );
    let session = t.db.activity_session(s).await.unwrap().unwrap();
    assert_eq!(
        (session.booked, session.waiting, session.seats_left()),
        (2, 2, 0)
    );

    let no_list = publish(&t.db, 1, false, now + 3 * DAY).await;
    t.db.book_seat(&person(no_list, "A"), now).await.unwrap();
    assert_eq!(
        t.db.book_seat(&person(no_list, "B"), now).await.unwrap(),
        BookOutcome::Full
    );

    let started = publish(&t.db, 5, true, now - HOUR).await;
    assert_eq!(
        t.db.book_seat(&person(started, "A"), now).await.unwrap(),
        BookOutcome::Closed(Closed::Started)
    );
    assert_eq!(
        t.db.book_seat(&person(999_999, "A"), now).await.unwrap(),
        BookOutcome::Closed(Closed::NotFound)
    );
    t.db.cancel_session(no_list, Some("Animateur malade"), false, None, NOW)
        .await
        .unwrap();
    assert_eq!(
        t.db.book_seat(&person(no_list, "C"), now).await.unwrap(),
        BookOutcome::Closed(Closed::Cancelled)
    );
}

#[tokio::test]
async fn cancelling_a_seat_gives_it_to_the_first_person_waiting() {
    let t = demo().await;
    let now = NOW;
    let s = publish(&t.db, 1, true, now + 3 * DAY).await;
    let BookOutcome::Confirmed(a) = t.db.book_seat(&person(s, "A"), now).await.unwrap() else {
        panic!()
    };
    let BookOutcome::Waiting { id: b, .. } = t.db.book_seat(&person(s, "B"), now).await.unwrap()
    else {
        panic!()
    };
    let BookOutcome::Waiting { id: c, .. } = t.db.book_seat(&person(s, "C"), now).await.unwrap()
    else {
        panic!()
    };
    // Cancelling someone waiting frees no seat.
    let out = t.db.cancel_booking(c, None, now).await.unwrap().unwrap();
    assert!(out.promoted.is_none());
    assert_eq!(out.booking.status, BookingStatus::Cancelled);
    let out = t.db.cancel_booking(a, None, now).await.unwrap().unwrap();
    let promoted = out.promoted.expect("B gets the seat");
    assert_eq!(promoted.id, b);
    assert_eq!(promoted.status, BookingStatus::Confirmed);
    assert!(promoted.promoted_at.is_some());
    // A second cancellation changes nothing.
    let again = t.db.cancel_booking(a, None, now).await.unwrap().unwrap();
    assert!(again.already && again.promoted.is_none());
    let session = t.db.activity_session(s).await.unwrap().unwrap();
    assert_eq!((session.booked, session.waiting), (1, 0));
    assert!(
        t.db.cancel_booking(424_242, None, now)
            .await
            .unwrap()
            .is_none()
    );
}

#[tokio::test]
async fn fifty_concurrent_bookings_never_overbook_ten_seats() {
    let t = demo().await;
    let now = NOW;
    let s = publish(&t.db, 10, true, now + 3 * DAY).await;
    let db = Arc::new(t.db.clone());
    let tasks: Vec<_> = (0..50)
        .map(|i| {
            let db = db.clone();
            tokio::spawn(async move {
                db.book_seat(&person(s, &format!("P{i}")), now)
                    .await
                    .unwrap()
            })
        })
        .collect();
    let mut confirmed = 0;
    let mut positions = Vec::new();
    for task in tasks {
        match task.await.unwrap() {
            BookOutcome::Confirmed(_) => confirmed += 1,
            BookOutcome::Waiting { position, .. } => positions.push(position),
            other => panic!("{other:?}"),
        }
    }
    positions.sort_unstable();
    assert_eq!(confirmed, 10);
    assert_eq!(positions, (1..=40).collect::<Vec<i64>>());
    let session = t.db.activity_session(s).await.unwrap().unwrap();
    assert_eq!((session.booked, session.waiting), (10, 40));
}

/// On SQLite the writers of one process queue in order on the store instead
/// of polling the database's lock: a booking asked while another writer has
/// its turn waits for that turn to end, then goes through.
#[tokio::test]
async fn sqlite_writers_wait_their_turn_in_the_store() {
    let t = demo().await;
    let store::Db::Sqlite(sqlite) = &t.db else {
        return;
    };
    let s = publish(&t.db, 10, true, NOW + 3 * DAY).await;
    let turn = sqlite.writer_turn().await;
    let db = t.db.clone();
    let booking =
        tokio::spawn(async move { db.book_seat(&person(s, "Queued"), NOW).await.unwrap() });
    // Longer than a booking takes, far shorter than the 10 s busy timeout.
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert!(!booking.is_finished(), "the booking waits for the turn");
    assert_eq!(t.db.activity_session(s).await.unwrap().unwrap().booked, 0);
    drop(turn);
    assert!(matches!(booking.await.unwrap(), BookOutcome::Confirmed(_)));
    assert_eq!(t.db.activity_session(s).await.unwrap().unwrap().booked, 1);
}

#[tokio::test]
async fn a_recurring_session_is_one_series_and_changes_reach_one_occurrence() {
    let t = demo().await;
    let (place, org) = a_place(&t.db).await;
    let tz = store::reference::shipped_region("brussels")
        .unwrap()
        .timezone;
    let first = chrono::NaiveDate::from_ymd_opt(2031, 3, 4).unwrap();
    let rec = Recurrence {
        every_weeks: 1,
        weekdays: vec![],
        until: chrono::NaiveDate::from_ymd_opt(2031, 4, 1).unwrap(),
        skip: vec![],
    };
    let t10 = chrono::NaiveTime::from_hms_opt(10, 0, 0).unwrap();
    let t12 = chrono::NaiveTime::from_hms_opt(12, 0, 0).unwrap();
    let occ = domain::sessions::expand(first, t10, t12, Some(&rec), &tz).unwrap();
    let ids =
        t.db.publish_sessions(
            &new_session(org, place, 2, true),
            Some(&rec),
            &occ,
            None,
            NOW,
        )
        .await
        .unwrap();
    assert_eq!(ids.len(), 5);
    let s = t.db.activity_session(ids[0]).await.unwrap().unwrap();
    let series = t.db.sessions_of_series(s.series_id.unwrap()).await.unwrap();
    assert_eq!(series.iter().map(|s| s.id).collect::<Vec<_>>(), ids);
    let in_place =
        t.db.sessions_at_place(place, occ[0].starts_at, occ[4].starts_at + 1)
            .await
            .unwrap();
    assert_eq!(in_place.len(), 5);

    // Two booked, one waiting; fewer seats than booked is refused, more seats promote.
    let now = NOW;
    for n in ["A", "B", "C"] {
        t.db.book_seat(&person(ids[0], n), now).await.unwrap();
    }
    let mut changed = new_session(org, place, 1, true);
    assert!(
        t.db.update_session(ids[0], &changed, s.starts_at, s.ends_at, None, NOW)
            .await
            .is_err()
    );
    changed.seats = 3;
    let out =
        t.db.update_session(ids[0], &changed, s.starts_at, s.ends_at, None, NOW)
            .await
            .unwrap()
            .unwrap();
    assert!(!out.moved);
    assert_eq!(out.promoted.len(), 1);
    assert_eq!(out.promoted[0].person_name.as_deref(), Some("C"));
    let out =
        t.db.update_session(
            ids[0],
            &changed,
            s.starts_at + HOUR,
            s.ends_at + HOUR,
            None,
            NOW,
        )
        .await
        .unwrap()
        .unwrap();
    assert!(out.moved);
    assert_eq!(out.active.len(), 3);
    let after = t.db.activity_session(ids[0]).await.unwrap().unwrap();
    assert_eq!(after.sequence, 2);
    assert_eq!(after.starts_at, s.starts_at + HOUR);
    assert!(
        t.db.update_session(777_777, &changed, 0, 1, None, NOW)
            .await
            .unwrap()
            .is_none()
    );

    // Cancel the second occurrence and the following ones.
    t.db.book_seat(&person(ids[3], "D"), now).await.unwrap();
    let cancelled =
        t.db.cancel_session(ids[1], Some("Travaux"), true, None, NOW)
            .await
            .unwrap();
    assert_eq!(
        cancelled.iter().map(|(id, _)| *id).collect::<Vec<_>>(),
        ids[1..].to_vec()
    );
    assert_eq!(
        cancelled[2].1.len(),
        1,
        "the person booked on the 4th is told"
    );
    let first = t.db.activity_session(ids[0]).await.unwrap().unwrap();
    assert_eq!(first.status, SessionStatus::Scheduled);
    let last = t.db.activity_session(ids[4]).await.unwrap().unwrap();
    assert_eq!(last.status, SessionStatus::Cancelled);
    assert_eq!(last.cancel_reason.as_deref(), Some("Travaux"));
    assert!(
        t.db.update_session(ids[4], &changed, last.starts_at, last.ends_at, None, NOW)
            .await
            .is_err()
    );
}

#[tokio::test]
async fn attendance_reminders_and_the_audit_log_without_names() {
    let t = demo().await;
    let now = NOW;
    let soon = publish(&t.db, 3, true, now + 30 * HOUR).await;
    let later = publish(&t.db, 3, true, now + 5 * DAY).await;
    let mut with_mail = person(soon, "Zoé");
    with_mail.email = Some("zoe@example.org".into());
    let BookOutcome::Confirmed(b1) = t.db.book_seat(&with_mail, now).await.unwrap() else {
        panic!()
    };
    let BookOutcome::Confirmed(b2) = t.db.book_seat(&person(soon, "Yann"), now).await.unwrap()
    else {
        panic!()
    };
    t.db.book_seat(&person(later, "Xavier"), now).await.unwrap();

    let due = t.db.reminders_due(now, 48 * HOUR).await.unwrap();
    let mine: Vec<i64> = due
        .iter()
        .filter(|d| d.session.id == soon)
        .map(|d| d.booking.id)
        .collect();
    assert_eq!(mine, vec![b1, b2]);
    assert!(due.iter().all(|d| d.session.id != later));
    t.db.mark_reminded(b1, now).await.unwrap();
    let due = t.db.reminders_due(now, 48 * HOUR).await.unwrap();
    assert!(due.iter().all(|d| d.booking.id != b1));

    let n =
        t.db.set_attendance(
            soon,
            &[
                (b1, Attendance::Present),
                (b2, Attendance::Absent),
                (999, Attendance::Present),
            ],
            None,
            NOW,
        )
        .await
        .unwrap();
    assert_eq!(n, 2, "only this session's seats are marked");
    let bookings = t.db.bookings_of_session(soon).await.unwrap();
    assert_eq!(bookings[0].attendance, Some(Attendance::Present));
    assert_eq!(bookings[1].attendance, Some(Attendance::Absent));
    assert_eq!(
        bookings[0].consent_text,
        "Vous acceptez que votre prénom soit transmis."
    );

    let log =
        t.db.audit_log(&store::audit::AuditFilter::default())
            .await
            .unwrap();
    assert!(log.iter().any(|e| e.action == "booking.create"));
    assert!(log.iter().any(|e| e.action == "session.attendance"));
    for e in &log {
        let text = format!("{:?}{:?}", e.before_json, e.after_json);
        assert!(!text.contains("Zoé") && !text.contains("zoe@"), "{text}");
    }
}

#[tokio::test]
async fn the_demo_has_upcoming_sessions_and_past_ones_to_mark() {
    let t = demo().await;
    let now = NOW;
    let all =
        t.db.sessions_between(now - 30 * DAY, now + 120 * DAY)
            .await
            .unwrap();
    let upcoming = all.iter().filter(|s| s.starts_at > now).count();
    assert!(upcoming >= 50, "{upcoming} upcoming");
    let past_booked: Vec<_> = all
        .iter()
        .filter(|s| s.starts_at <= now && s.booked > 0)
        .collect();
    assert!(past_booked.len() >= 2, "past sessions with people to mark");
    // A mobile activity has its commune; a small session is full with a waiting list.
    assert!(
        all.iter()
            .any(|s| s.place_id.is_none() && s.commune_nis.as_deref() == Some("21004"))
    );
    assert!(all.iter().any(|s| s.starts_at > now && s.seats_left() == 0));
    // The demo's bookings belong to the demo referrer's CPAS.
    let cpas = t.db.find_organisation("cpas-etterbeek").await.unwrap()[0].id;
    let booked =
        t.db.bookings_of_organisations(&[cpas], now - 30 * DAY)
            .await
            .unwrap();
    assert!(booked.len() >= 5);
}
