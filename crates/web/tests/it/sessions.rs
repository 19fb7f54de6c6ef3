//! Sessions on the web: the listing and the API search, a session's page
//! (schema.org Event, iCalendar), a referrer booking from the page, booking
//! alone. The back office is in `sessions_backoffice.rs`; the booking API,
//! reminders and the concurrency test in `sessions_api.rs`.
//! On SQLite, and on PostgreSQL when TEST_DATABASE_URL is set.

use axum::http::StatusCode;
use domain::account::Role;
use domain::sessions::Theme;
use store::testing::NOW;

use crate::helpers::TestApp;
use crate::helpers::sessions::*;

const MARCH_2031: i64 = 1_930_122_000; // 2031-03-01T09:00Z, a month nobody else uses

#[tokio::test]
async fn the_listing_and_the_api_search_like_the_places() {
    let app = TestApp::demo().await;
    let near = publish(
        &app,
        "Jardinier",
        Spec {
            title: "Tablette pas à pas",
            starts_at: MARCH_2031 + 2 * DAY,
            ..Spec::default()
        },
    )
    .await;
    let far = publish(
        &app,
        "EPN Uccle",
        Spec {
            title: "Arnaques en ligne",
            theme: Theme::Safety,
            starts_at: MARCH_2031 + 3 * DAY,
            price_cents: 250,
            ..Spec::default()
        },
    )
    .await;
    let full = publish(
        &app,
        "Jardinier",
        Spec {
            title: "Complet",
            seats: 1,
            starts_at: MARCH_2031 + 4 * DAY,
            ..Spec::default()
        },
    )
    .await;
    let (_, cpas) = referrer(&app).await;
    let tok = token(&app, Role::Referrer, &[cpas]).await;
    let r = api(
        &app,
        "POST",
        &format!("/api/v1/sessions/{full}/bookings"),
        Some(&tok),
        r#"{"person":{"name":"Ali"},"consent":true}"#,
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);

    let window = "from=2031-03-01&to=2031-03-31";
    let ids = |body: &serde_json::Value| -> Vec<i64> {
        body["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["id"].as_i64().unwrap())
            .collect()
    };
    let all = app.get(&format!("/api/v1/sessions?{window}")).await;
    assert_eq!(all.status, StatusCode::OK, "{}", all.body);
    assert_eq!(ids(&all.json()), vec![near, far, full], "soonest first");
    let item = &all.json()["items"][1];
    assert_eq!(item["theme"], "safety");
    assert_eq!(item["area"], "safety");
    assert_eq!(item["price_cents"], 250);
    assert_eq!(
        item["starts_at"], "2031-03-04T10:00:00+01:00",
        "local time with its offset"
    );

    for (query, want) in [
        ("q=1080&radius_km=3", vec![near, full]),
        ("theme=safety", vec![far]),
        ("theme=problem-solving", vec![near, full]),
        ("free=true", vec![near, full]),
        ("has_seats=true", vec![near, far]),
        ("language=ar", vec![near, far, full]),
        ("language=nl", vec![]),
    ] {
        let r = app.get(&format!("/api/v1/sessions?{window}&{query}")).await;
        assert_eq!(ids(&r.json()), want, "{query}");
    }
    let r = app
        .get("/api/v1/sessions?from=2031-03-02&to=2031-03-02")
        .await;
    assert_eq!(
        ids(&r.json()),
        Vec::<i64>::new(),
        "from and to are whole local days"
    );
    let r = app
        .get("/api/v1/sessions?from=2031-03-03&to=2031-03-03")
        .await;
    assert_eq!(ids(&r.json()), vec![near]);
    for (query, param) in [
        ("theme=cooking", "theme"),
        ("from=tomorrow", "from"),
        ("has_seats=maybe", "has_seats"),
        ("near=abc", "near"),
    ] {
        let r = app.get(&format!("/api/v1/sessions?{query}")).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{query}");
        assert_eq!(r.header("content-type"), "application/problem+json");
        assert_eq!(r.json()["param"], param, "{query}");
    }

    // A range wider than 400 days is cut, and the answer says where; a `to`
    // before `from` is an empty range.
    let r = app
        .get("/api/v1/sessions?from=2031-01-01&to=2033-01-01")
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.json()["from"], "2031-01-01T00:00:00+01:00");
    assert_eq!(r.json()["to"], "2032-02-05T00:00:00+01:00");
    let r = app
        .get("/api/v1/sessions?from=2031-03-03&to=2031-03-01")
        .await;
    assert_eq!(
        (r.status, r.json()["total"].clone()),
        (StatusCode::OK, 0.into())
    );

    // The page: the same search, with the form keeping its values.
    let page = app
        .get(&format!(
            "/en/sessions?{window}&q=1080&radius_km=3&has_seats=true"
        ))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("Tablette pas à pas") && !page.body.contains("Arnaques en ligne"),
        "{}",
        page.body
    );
    assert!(!page.body.contains(">Complet<"));
    assert!(
        page.body
            .contains(r#"name="has_seats" value="true" checked"#)
    );
    assert!(page.body.contains("1 session"));
    let bad = app.get("/en/sessions?theme=cooking").await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    let one = app.get(&format!("/api/v1/sessions/{far}")).await;
    assert_eq!(one.json()["title"], "Arnaques en ligne");
    assert_eq!(
        app.get("/api/v1/sessions/999999").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get("/api/v1/sessions/abc").await.status,
        StatusCode::BAD_REQUEST
    );
}
#[tokio::test]
async fn a_session_page_has_its_event_data_and_calendars() {
    let app = TestApp::demo().await;
    let id = publish(
        &app,
        "Jardinier",
        Spec {
            title: "Mes premiers e-mails, pas à pas; ensemble",
            starts_at: now() + 5 * DAY,
            ..Spec::default()
        },
    )
    .await;
    let page = app.get(&format!("/fr/sessions/{id}")).await;
    assert_eq!(page.status, StatusCode::OK);
    let ld = page
        .body
        .split(r#"<script type="application/ld+json">"#)
        .nth(1)
        .unwrap()
        .split("</script>")
        .next()
        .unwrap();
    let ld: serde_json::Value = serde_json::from_str(ld).unwrap();
    assert_eq!(ld["@type"], "Event");
    assert_eq!(ld["startDate"], "2026-12-01T11:00:00+01:00");
    assert_eq!(ld["eventStatus"], "https://schema.org/EventScheduled");
    assert_eq!(ld["location"]["address"]["postalCode"], "1080");
    assert_eq!(ld["remainingAttendeeCapacity"], 10);
    assert_eq!(ld["offers"]["availability"], "https://schema.org/InStock");
    assert!(
        page.body.contains("mardi 1 décembre 2026, 11:00–13:00"),
        "local time"
    );

    let ics = app.get(&format!("/fr/sessions/{id}/calendar.ics")).await;
    assert_eq!(ics.status, StatusCode::OK);
    assert!(ics.header("content-type").starts_with("text/calendar"));
    assert!(ics.body.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    assert!(
        ics.body.contains("DTSTART:20261201T100000Z\r\n"),
        "{}",
        ics.body
    );
    assert!(ics.body.contains("DTEND:20261201T120000Z\r\n"));
    assert!(
        ics.body
            .contains("SUMMARY:Mes premiers e-mails\\, pas à pas\\; ensemble")
    );
    assert!(ics.body.contains(&format!("UID:session-{id}@")));
    assert!(
        ics.body.lines().all(|l| l.len() <= 76),
        "folded at 75 octets"
    );
    assert!(ics.body.ends_with("END:VCALENDAR\r\n"));
    // ORGANIZER is a calendar address (mailto:), never the page's http link;
    // this demo place has no e-mail address, so there is none.
    let unfolded = ics.body.replace("\r\n ", "");
    assert!(
        unfolded
            .lines()
            .filter(|l| l.starts_with("ORGANIZER"))
            .all(|l| l.contains(":mailto:")),
        "{unfolded}"
    );
    assert!(!unfolded.contains("ORGANIZER"), "{unfolded}");

    let (place_id, _) = place(&app, "Jardinier");
    let feed = app
        .get(&format!("/fr/places/{place_id}/sessions.ics"))
        .await;
    assert!(feed.body.contains(&format!("UID:session-{id}@")));
    let place_page = app.get(&format!("/fr/places/{place_id}")).await;
    assert!(place_page.body.contains("Prochaines séances ici"));
    assert!(place_page.body.contains(&format!("/fr/sessions/{id}")));

    app.db()
        .cancel_session(id, Some("Animatrice malade"), false, None, NOW)
        .await
        .unwrap();
    let ics = app.get(&format!("/fr/sessions/{id}/calendar.ics")).await;
    assert!(ics.body.contains("STATUS:CANCELLED") && ics.body.contains("SEQUENCE:1"));
    let page = app.get(&format!("/fr/sessions/{id}")).await;
    assert!(page.body.contains("EventCancelled") && page.body.contains("Animatrice malade"));
    assert_eq!(
        app.get("/fr/sessions/424242").await.status,
        StatusCode::NOT_FOUND
    );
}
#[tokio::test]
async fn a_referrer_books_a_seat_from_the_session_page() {
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
    let (b, _) = referrer(&app).await;
    let page = app.get_as(Some(&b), &format!("/en/sessions/{id}")).await;
    assert!(
        page.body
            .contains(&format!(r#"action="/en/bo/sessions/{id}/bookings""#))
    );
    assert_eq!(page.header("cache-control"), "no-store");
    let consent_shown = "The person agrees that their first name";
    assert!(page.body.contains(consent_shown));

    // Nothing typed: every problem is named, and what was typed is kept.
    let r = app
        .post_form(
            Some(&b),
            &format!("/en/bo/sessions/{id}/bookings"),
            &[("phone", "call me")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.body.contains(r##"href="#name""##)
            && r.body.contains(r##"href="#consent""##)
            && r.body.contains(r##"href="#phone""##)
    );
    assert!(r.body.contains(r#"value="call me""#));

    let r = app
        .post_form(
            Some(&b),
            &format!("/en/bo/sessions/{id}/bookings"),
            &[
                ("name", "Amina"),
                ("email", "amina@example.org"),
                ("person_lang", "fr"),
                ("consent", "yes"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let to = r.header("location").to_owned();
    assert!(
        to.starts_with(&format!("/en/sessions/{id}?booked=")),
        "{to}"
    );
    let page = app.get_as(Some(&b), &to).await;
    assert!(
        page.body.contains("Seat confirmed for Amina."),
        "{}",
        page.body
    );

    let bookings = app.db().bookings_of_session(id).await.unwrap();
    assert_eq!(bookings.len(), 1);
    let booking = &bookings[0];
    assert_eq!(booking.person_name.as_deref(), Some("Amina"));
    assert_eq!(booking.booked_by, Some(b.user_id));
    assert_eq!(booking.lang, "fr");
    assert!(
        booking.consent_text.starts_with(consent_shown),
        "the text shown is recorded"
    );
    assert_eq!(booking.consent_at, now());
    // The person gets a confirmation in their language.
    let mails = app.decoded_mails();
    assert_eq!(mails.len(), 1);
    assert!(
        mails[0].contains("To: amina@example.org")
            && mails[0].contains("Bonjour Amina, une place est réservée pour vous."),
        "{}",
        mails[0]
    );

    // The next one waits; the referrer's list shows both.
    let r = app
        .post_form(
            Some(&b),
            &format!("/en/bo/sessions/{id}/bookings"),
            &[("name", "Marc"), ("consent", "yes")],
        )
        .await;
    let page = app.get_as(Some(&b), r.header("location")).await;
    assert!(page.body.contains("Marc is number 1 on the waiting list."));
    let list = app.get_as(Some(&b), "/en/bo/bookings").await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(
        list.body.contains("Amina")
            && list.body.contains("Marc")
            && list.body.contains("On the waiting list")
    );

    // Cancelling Amina's seat gives it to Marc.
    let r = app
        .post_form(
            Some(&b),
            &format!("/en/bo/bookings/{}/cancel", booking.id),
            &[("back", "session")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let after = app.db().bookings_of_session(id).await.unwrap();
    let marc = after
        .iter()
        .find(|x| x.person_name.as_deref() == Some("Marc"))
        .unwrap();
    assert_eq!(marc.status, domain::sessions::BookingStatus::Confirmed);

    // Another structure's referrer neither sees nor cancels them.
    let other = app.db().find_organisation("cpas-jette").await.unwrap()[0].id;
    let stranger = app.sign_in(Role::Referrer, &[other]).await;
    let r = app
        .post_form(
            Some(&stranger),
            &format!("/en/bo/bookings/{}/cancel", marc.id),
            &[],
        )
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let page = app
        .get_as(Some(&stranger), &format!("/en/sessions/{id}"))
        .await;
    assert!(!page.body.contains("Marc"));
}
#[tokio::test]
async fn a_person_books_alone_when_the_epn_allows_it() {
    let app = TestApp::demo().await;
    let open = publish(
        &app,
        "Jardinier",
        Spec {
            self_booking: true,
            ..Spec::default()
        },
    )
    .await;
    let closed = publish(&app, "Jardinier", Spec::default()).await;
    let page = app.get(&format!("/nl/sessions/{open}")).await;
    assert!(
        page.body
            .contains(&format!(r#"action="/nl/sessions/{open}/book""#))
    );
    // The form's signed time stamp, as if it had been open for 10 seconds.
    let stamp = web::antispam::form_stamp(NOW - 10);
    let stamp = stamp.as_str();
    let r = app
        .post_form(
            None,
            &format!("/nl/sessions/{closed}/book"),
            &[("name", "Jan"), ("consent", "yes"), ("stamp", stamp)],
        )
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    let r = app
        .post_form(
            None,
            &format!("/nl/sessions/{open}/book"),
            &[("name", "Jan"), ("stamp", stamp)],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    // Sent within a second of being shown (a robot), or with the honeypot filled: nothing booked.
    let too_fast = web::antispam::form_stamp(NOW);
    let r = app
        .post_form(
            None,
            &format!("/nl/sessions/{open}/book"),
            &[("name", "Jan"), ("consent", "yes"), ("stamp", &too_fast)],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("value=\"Jan\""), "what was typed is kept");
    let r = app
        .post_form(
            None,
            &format!("/nl/sessions/{open}/book"),
            &[
                ("name", "Jan"),
                ("consent", "yes"),
                ("stamp", stamp),
                ("homepage", "http://spam.example"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.header("location"), format!("/nl/sessions/{open}"));
    assert_eq!(
        app.db()
            .activity_session(open)
            .await
            .unwrap()
            .unwrap()
            .booked,
        0
    );
    let r = app
        .post_form(
            None,
            &format!("/nl/sessions/{open}/book"),
            &[
                ("name", "Jan"),
                ("email", "jan@example.org"),
                ("consent", "yes"),
                ("stamp", stamp),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let link = r.header("location").to_owned();
    assert!(link.starts_with("/nl/bookings/"));
    let mine = app.get(&link).await;
    assert!(mine.body.contains("Uw plaats is gereserveerd."));
    assert_eq!(mine.header("cache-control"), "no-store");
    assert!(
        app.decoded_mails()[0].contains(&link),
        "the e-mail carries the link to cancel"
    );
    let r = app.post_form(None, &format!("{link}/cancel"), &[]).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("Uw reservatie is geannuleerd."));
    assert_eq!(
        app.db()
            .activity_session(open)
            .await
            .unwrap()
            .unwrap()
            .booked,
        0
    );
    assert_eq!(
        app.get("/nl/bookings/not-a-secret").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn booking_alone_is_limited_per_connection() {
    let app = TestApp::demo().await;
    let open = publish(
        &app,
        "Jardinier",
        Spec {
            self_booking: true,
            ..Spec::default()
        },
    )
    .await;
    let stamp = web::antispam::form_stamp(NOW - 10);
    let book = |n: usize| {
        let name = format!("Person {n}");
        let stamp = stamp.clone();
        let app = &app;
        async move {
            app.post_form(
                None,
                &format!("/fr/sessions/{open}/book"),
                &[("name", &name), ("consent", "yes"), ("stamp", &stamp)],
            )
            .await
        }
    };
    for n in 0..web::antispam::SELF_BOOKINGS_PER_HOUR as usize {
        assert_eq!(book(n).await.status, StatusCode::SEE_OTHER);
    }
    let r = book(99).await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(r.header("retry-after").parse::<u32>().unwrap() > 0);
    assert!(
        r.body.contains("value=\"Person 99\""),
        "what was typed is kept"
    );
}
