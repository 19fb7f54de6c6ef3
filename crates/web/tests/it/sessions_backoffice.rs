//! Sessions in the EPN's back office: publishing a repeated session (errors
//! named), another organisation's session hidden, changing a date (the people
//! booked and their referrer told), fewer seats than booked refused,
//! cancelling the following dates, attendance after a session.

use axum::http::StatusCode;
use domain::account::Role;

use crate::helpers::TestApp;
use crate::helpers::sessions::*;

#[tokio::test]
async fn an_epn_manager_publishes_changes_cancels_and_marks_attendance() {
    let app = TestApp::demo().await;
    let (place_id, org) = place(&app, "Jardinier");
    let epn = app.sign_in(Role::EpnManager, &[org]).await;
    let form = app.get_as(Some(&epn), "/en/bo/sessions/new").await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains(&format!(r#"value="place:{place_id}""#)));
    assert!(!form.body.contains("EPN Uccle"), "only their own places");

    let fields = |title: &'static str| {
        vec![
            ("where", format!("place:{place_id}")),
            ("title", title.to_owned()),
            ("theme", "messaging".to_owned()),
            ("level", "beginner".to_owned()),
            ("languages", "fr".to_owned()),
            ("languages", "nl".to_owned()),
            ("date", "2026-12-01".to_owned()),
            ("start", "10:00".to_owned()),
            ("end", "12:00".to_owned()),
            ("repeat", "weekly".to_owned()),
            ("until", "2027-01-26".to_owned()),
            ("skip", "2026-12-29".to_owned()),
            ("seats", "2".to_owned()),
            ("waiting_list", "true".to_owned()),
            ("price", "".to_owned()),
        ]
    };
    let as_refs = |v: &Vec<(&'static str, String)>| {
        v.iter().map(|(k, v)| (*k, v.clone())).collect::<Vec<_>>()
    };
    let post = |uri: String, v: Vec<(&'static str, String)>| {
        let (app, epn) = (&app, epn.clone());
        async move {
            let refs: Vec<(&str, &str)> = v.iter().map(|(k, v)| (*k, v.as_str())).collect();
            app.post_form(Some(&epn), &uri, &refs).await
        }
    };
    let mut bad = as_refs(&fields(""));
    bad.retain(|(k, _)| *k != "languages");
    bad.push(("where", "place:999999".into()));
    let r = post("/en/bo/sessions".into(), bad).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    for f in ["where", "title", "languages"] {
        assert!(r.body.contains(&format!(r##"href="#{f}""##)), "{f}");
    }
    let r = post("/en/bo/sessions".into(), fields("E-mails en famille")).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let first: i64 = r
        .header("location")
        .split('/')
        .nth(4)
        .unwrap()
        .split('?')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let manage = app.get_as(Some(&epn), r.header("location")).await;
    assert!(
        manage.body.contains("8 sessions are published."),
        "Tuesdays 1 Dec → 26 Jan without 29 Dec"
    );
    let s = app.db().activity_session(first).await.unwrap().unwrap();
    assert_eq!(
        app.db()
            .sessions_of_series(s.series_id.unwrap())
            .await
            .unwrap()
            .len(),
        8
    );

    // Someone else's session is not even found.
    let (_, uccle_org) = place(&app, "EPN Uccle");
    let stranger = app.sign_in(Role::EpnManager, &[uccle_org]).await;
    assert_eq!(
        app.get_as(Some(&stranger), &format!("/en/bo/sessions/{first}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );

    // A referrer books; moving the session tells the person and the referrer.
    let (b, _) = referrer(&app).await;
    app.post_form(
        Some(&b),
        &format!("/en/bo/sessions/{first}/bookings"),
        &[
            ("name", "Zoé"),
            ("email", "zoe@example.org"),
            ("consent", "yes"),
        ],
    )
    .await;
    let mut moved = as_refs(&fields("E-mails en famille"));
    moved.retain(|(k, _)| !matches!(*k, "start" | "end" | "repeat" | "until" | "skip"));
    moved.push(("start", "14:00".into()));
    moved.push(("end", "16:00".into()));
    let r = post(format!("/en/bo/sessions/{first}/edit"), moved.clone()).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert!(r.header("location").ends_with("?saved=1"));
    let sent = app.decoded_mails();
    assert!(
        sent.iter().any(|m| m.contains("To: zoe@example.org")
            && m.contains("the session you are booked for has changed")
            && m.contains("14:00–16:00")),
        "{sent:?}"
    );
    assert!(
        sent.iter().any(|m| m.contains("To: referrer-")),
        "the referrer is told too"
    );
    // Fewer seats than people booked is refused.
    let mut fewer = moved.clone();
    fewer.retain(|(k, _)| *k != "seats");
    fewer.push(("seats", "0".into()));
    assert_eq!(
        post(format!("/en/bo/sessions/{first}/edit"), fewer)
            .await
            .status,
        StatusCode::UNPROCESSABLE_ENTITY
    );

    // Cancelling this date and the following ones.
    let before = app.mails().len();
    let r = post(
        format!("/en/bo/sessions/{first}/cancel"),
        vec![("reason", "Travaux".into()), ("following", "true".into())],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(r.header("location").ends_with("?cancelled=1"));
    let all = app
        .db()
        .sessions_of_series(s.series_id.unwrap())
        .await
        .unwrap();
    assert!(
        all.iter()
            .all(|x| x.status == domain::sessions::SessionStatus::Cancelled)
    );
    let after_cancel = app.decoded_mails();
    assert!(
        after_cancel[before..]
            .iter()
            .any(|m| m.contains("To: zoe@example.org") && m.contains("Reason: Travaux"))
    );

    // Attendance, after a session.
    let past = publish(
        &app,
        "Jardinier",
        Spec {
            starts_at: now() - 3 * HOUR,
            ..Spec::default()
        },
    )
    .await;
    let mut ids = Vec::new();
    for name in ["Ana", "Bo"] {
        let nb = store::sessions::NewBooking {
            session_id: past,
            person_name: name.into(),
            lang: "fr".into(),
            consent_text: "oui".into(),
            ..Default::default()
        };
        match app.db().book_seat(&nb, now() - DAY).await.unwrap() {
            store::sessions::BookOutcome::Confirmed(id) => ids.push(id),
            other => panic!("{other:?}"),
        }
    }
    let manage = app
        .get_as(Some(&epn), &format!("/en/bo/sessions/{past}"))
        .await;
    assert!(manage.body.contains(&format!(r#"name="a-{}""#, ids[0])));
    let r = post(
        format!("/en/bo/sessions/{past}/attendance"),
        vec![
            (
                Box::leak(format!("a-{}", ids[0]).into_boxed_str()),
                "present".into(),
            ),
            (
                Box::leak(format!("a-{}", ids[1]).into_boxed_str()),
                "absent".into(),
            ),
        ],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(r.header("location").ends_with("?marked=2"));
    let marked = app.db().bookings_of_session(past).await.unwrap();
    assert_eq!(
        marked[0].attendance,
        Some(domain::sessions::Attendance::Present)
    );
    assert_eq!(
        marked[1].attendance,
        Some(domain::sessions::Attendance::Absent)
    );
    let list = app.get_as(Some(&epn), "/en/bo/sessions").await;
    assert!(list.body.contains("Past 30 days") && list.body.contains("E-mails en famille"));
}

/// One status for a booking: when the EPN cancels one date, the seats and
/// the waiting list of that date are cancelled with it, and every page and
/// the API say so to every role (before, the EPN's page, the public session
/// page and the API still said "seat confirmed" while the referrer's list
/// said "cancelled").
#[tokio::test]
async fn a_cancelled_date_shows_its_bookings_cancelled_on_every_page_and_in_the_api() {
    let app = TestApp::demo().await;
    let id = publish(
        &app,
        "Jardinier",
        Spec {
            seats: 1,
            ..Spec::default()
        },
    )
    .await;
    let (_, org) = place(&app, "Jardinier");
    let epn = app.sign_in(Role::EpnManager, &[org]).await;
    let (referrer_browser, cpas) = referrer(&app).await;
    let r = app
        .post_form(
            Some(&referrer_browser),
            &format!("/fr/bo/sessions/{id}/bookings"),
            &[
                ("name", "Zoé"),
                ("email", "zoe@example.org"),
                ("consent", "yes"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let tok = token(&app, Role::Referrer, &[cpas]).await;
    let waiting = api(
        &app,
        "POST",
        &format!("/api/v1/sessions/{id}/bookings"),
        Some(&tok),
        r#"{"person":{"name":"Yann"},"consent":true}"#,
    )
    .await;
    assert_eq!(waiting.json()["status"], "waiting", "{}", waiting.body);
    let waiting_id = waiting.json()["id"].as_i64().unwrap();
    let manage = app
        .get_as(Some(&epn), &format!("/fr/bo/sessions/{id}"))
        .await;
    assert!(
        manage.body.contains("Place confirmée"),
        "before: {}",
        manage.body
    );

    let r = app
        .post_form(
            Some(&epn),
            &format!("/fr/bo/sessions/{id}/cancel"),
            &[("reason", "Animatrice malade")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);

    // The store: both bookings cancelled, no seat taken, nobody waiting.
    let s = app.db().activity_session(id).await.unwrap().unwrap();
    assert_eq!((s.booked, s.waiting), (0, 0));
    let bookings = app.db().bookings_of_session(id).await.unwrap();
    assert_eq!(bookings.len(), 2);
    assert!(
        bookings
            .iter()
            .all(|b| b.status == domain::sessions::BookingStatus::Cancelled && b.cancelled_with(&s))
    );
    // The EPN's page lists the two people, as cancelled.
    let manage = app
        .get_as(Some(&epn), &format!("/fr/bo/sessions/{id}"))
        .await;
    let people = manage
        .body
        .split(r#"id="people""#)
        .nth(1)
        .expect("the people table");
    assert!(
        people.contains("Zoé") && people.contains("Yann"),
        "{people}"
    );
    assert!(people.contains("Annulée"));
    assert!(!manage.body.contains("Place confirmée"), "{}", manage.body);
    assert!(!manage.body.contains("En liste d'attente"));
    // The public session page, to the referrer who booked.
    let public = app
        .get_as(Some(&referrer_browser), &format!("/fr/sessions/{id}"))
        .await;
    let theirs = public
        .body
        .split(r#"id="bookings""#)
        .nth(1)
        .expect("their bookings");
    assert!(
        theirs.contains("Zoé") && theirs.contains("Annulée"),
        "{theirs}"
    );
    assert!(!public.body.contains("Place confirmée"), "{}", public.body);
    // The referrer's bookings.
    let mine = app.get_as(Some(&referrer_browser), "/fr/bo/bookings").await;
    let row = mine.body.split("Zoé").nth(1).expect("Zoé's row");
    assert!(row.split("</tr>").next().unwrap().contains("Annulée"));
    // The API, to the referrer's structure.
    let got = api(
        &app,
        "GET",
        &format!("/api/v1/bookings/{waiting_id}"),
        Some(&tok),
        "",
    )
    .await;
    assert_eq!(got.status, StatusCode::OK);
    assert_eq!(got.json()["status"], "cancelled", "{}", got.body);
    assert_eq!(got.json()["waiting_position"], serde_json::Value::Null);
}
