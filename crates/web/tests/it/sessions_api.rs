//! The booking API (201 seat, 202 waiting list, 409 full, 400 naming the
//! field, DELETE promoting the first person waiting), reminders 48 hours
//! before, and 50 simultaneous booking requests over real HTTP at a 10-seat
//! session: exactly 10 confirmed and 40 wait-listed. On SQLite, and on
//! PostgreSQL when TEST_DATABASE_URL is set.

use std::sync::Arc;

use axum::http::StatusCode;
use domain::account::Role;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use web::services::sessions::send_session_reminders;

use crate::helpers::TestApp;
use crate::helpers::sessions::*;

#[tokio::test]
async fn the_api_books_waits_refuses_and_cancels() {
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
    let no_list = publish(
        &app,
        "Jardinier",
        Spec {
            seats: 1,
            waiting_list: false,
            ..Spec::default()
        },
    )
    .await;
    let (_, cpas) = referrer(&app).await;
    let tok = token(&app, Role::Referrer, &[cpas]).await;
    let book = |sid: i64, body: &'static str| {
        let (app, tok) = (&app, tok.clone());
        async move {
            api(
                app,
                "POST",
                &format!("/api/v1/sessions/{sid}/bookings"),
                Some(&tok),
                body,
            )
            .await
        }
    };
    let first = book(
        id,
        r#"{"person":{"name":"Amina","phone":"+32 470 12 34 56"},"consent":true,"lang":"ar"}"#,
    )
    .await;
    assert_eq!(first.status, StatusCode::CREATED, "{}", first.body);
    let first_id = first.json()["id"].as_i64().unwrap();
    assert_eq!(
        first.header("location"),
        format!("/api/v1/bookings/{first_id}")
    );
    assert_eq!(first.json()["status"], "confirmed");
    let second = book(id, r#"{"person":{"name":"Marc"},"consent":true}"#).await;
    assert_eq!(second.status, StatusCode::ACCEPTED);
    assert_eq!(second.json()["status"], "waiting");
    assert_eq!(second.json()["waiting_position"], 1);
    let second_id = second.json()["id"].as_i64().unwrap();

    book(no_list, r#"{"person":{"name":"A"},"consent":true}"#).await;
    let full = book(no_list, r#"{"person":{"name":"B"},"consent":true}"#).await;
    assert_eq!(full.status, StatusCode::CONFLICT);
    assert_eq!(full.header("content-type"), "application/problem+json");

    for (body, param) in [
        (r#"{"person":{"name":"A"},"consent":false}"#, "consent"),
        (r#"{"person":{"name":""},"consent":true}"#, "person.name"),
        (
            r#"{"person":{"name":"A","email":"nope"},"consent":true}"#,
            "person.email",
        ),
        (
            r#"{"person":{"name":"A"},"consent":true,"lang":"xx"}"#,
            "lang",
        ),
        (r#"{"consent":true}"#, "person"),
        (r#"not json"#, "body"),
    ] {
        let r = book(id, body).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{body}");
        assert_eq!(r.json()["param"], param, "{body}: {}", r.body);
    }
    assert_eq!(
        book(999_999, r#"{"person":{"name":"A"},"consent":true}"#)
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let anonymous = api(
        &app,
        "POST",
        &format!("/api/v1/sessions/{id}/bookings"),
        None,
        "{}",
    )
    .await;
    assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);
    let jury = token(&app, Role::Jury, &[]).await;
    assert_eq!(
        api(
            &app,
            "POST",
            &format!("/api/v1/sessions/{id}/bookings"),
            Some(&jury),
            "{}"
        )
        .await
        .status,
        StatusCode::FORBIDDEN
    );
    let (_, other_org) = place(&app, "EPN Uccle");
    let epn_elsewhere = token(&app, Role::EpnManager, &[other_org]).await;
    let r = api(
        &app,
        "POST",
        &format!("/api/v1/sessions/{id}/bookings"),
        Some(&epn_elsewhere),
        r#"{"person":{"name":"A"},"consent":true}"#,
    )
    .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);

    // Cancelling the seat promotes the first person waiting.
    let del = api(
        &app,
        "DELETE",
        &format!("/api/v1/bookings/{first_id}"),
        Some(&tok),
        "",
    )
    .await;
    assert_eq!(del.status, StatusCode::OK, "{}", del.body);
    assert_eq!(del.json()["booking"]["status"], "cancelled");
    assert_eq!(del.json()["seat_given_to_waiting_list"], true);
    let again = api(
        &app,
        "DELETE",
        &format!("/api/v1/bookings/{first_id}"),
        Some(&tok),
        "",
    )
    .await;
    assert_eq!(again.json()["already_cancelled"], true);
    let got = api(
        &app,
        "GET",
        &format!("/api/v1/bookings/{second_id}"),
        Some(&tok),
        "",
    )
    .await;
    assert_eq!(got.json()["status"], "confirmed");
    let other_cpas = app.db().find_organisation("cpas-jette").await.unwrap()[0].id;
    let stranger = token(&app, Role::Referrer, &[other_cpas]).await;
    assert_eq!(
        api(
            &app,
            "GET",
            &format!("/api/v1/bookings/{second_id}"),
            Some(&stranger),
            ""
        )
        .await
        .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        api(
            &app,
            "DELETE",
            &format!("/api/v1/bookings/{second_id}"),
            Some(&stranger),
            ""
        )
        .await
        .status,
        StatusCode::NOT_FOUND
    );

    // Every endpoint is in the OpenAPI document.
    let doc = app.get("/api/v1/openapi.json").await.json();
    for path in [
        "/api/v1/sessions",
        "/api/v1/sessions/{id}",
        "/api/v1/sessions/{id}/bookings",
        "/api/v1/bookings/{id}",
    ] {
        assert!(doc["paths"][path].is_object(), "{path}");
    }
    let post = &doc["paths"]["/api/v1/sessions/{id}/bookings"]["post"]["responses"];
    for code in ["201", "202", "400", "401", "403", "404", "409"] {
        assert!(post[code].is_object(), "POST bookings documents {code}");
    }
    assert!(doc["paths"]["/api/v1/bookings/{id}"]["delete"]["responses"]["200"].is_object());
}
#[tokio::test]
async fn reminders_go_out_once_48_hours_before() {
    let app = TestApp::demo().await;
    let soon = publish(
        &app,
        "Jardinier",
        Spec {
            title: "Bientôt",
            starts_at: now() + 30 * HOUR,
            ..Spec::default()
        },
    )
    .await;
    let later = publish(
        &app,
        "Jardinier",
        Spec {
            title: "Plus tard",
            starts_at: now() + 4 * DAY,
            ..Spec::default()
        },
    )
    .await;
    let (_, cpas) = referrer(&app).await;
    let tok = token(&app, Role::Referrer, &[cpas]).await;
    for (sid, body) in [
        (
            soon,
            r#"{"person":{"name":"Amina","phone":"+32 470 12 34 56","email":"amina@example.org"},"consent":true,"lang":"nl"}"#,
        ),
        (soon, r#"{"person":{"name":"Marc"},"consent":true}"#),
        (
            later,
            r#"{"person":{"name":"Léa","email":"lea@example.org"},"consent":true}"#,
        ),
    ] {
        api(
            &app,
            "POST",
            &format!("/api/v1/sessions/{sid}/bookings"),
            Some(&tok),
            body,
        )
        .await;
    }
    let before = app.mails().len();
    let run = send_session_reminders(&app.state).await.unwrap();
    // (The demo's own sessions may have bookings within 48 hours too, without contact details.)
    assert!(run.bookings >= 2);
    assert_eq!((run.emails, run.sms), (1, 1));
    let reminder = &app.decoded_mails()[before..];
    assert_eq!(reminder.len(), 1);
    assert!(
        reminder[0].contains("To: amina@example.org")
            && reminder[0].contains("Dag Amina, een herinnering"),
        "{}",
        reminder[0]
    );
    let texts = app.sms.sent();
    assert_eq!(texts[0].0, "+32 470 12 34 56");
    assert!(texts[0].1.contains("Bientôt"), "{}", texts[0].1);
    let reminded: Vec<bool> = app
        .db()
        .bookings_of_session(soon)
        .await
        .unwrap()
        .iter()
        .map(|b| b.reminded_at.is_some())
        .collect();
    assert_eq!(reminded, vec![true, true]);
    assert!(
        app.db().bookings_of_session(later).await.unwrap()[0]
            .reminded_at
            .is_none(),
        "4 days ahead: not yet"
    );
    let again = send_session_reminders(&app.state).await.unwrap();
    assert_eq!(again.bookings, 0, "once");
}
/// One HTTP/1.1 request on its own connection; the status code.
async fn http_post(addr: std::net::SocketAddr, path: &str, token: &str, body: &str) -> u16 {
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    let req = format!(
        "POST {path} HTTP/1.1\r\nHost: {addr}\r\nAuthorization: Bearer {token}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(req.as_bytes()).await.unwrap();
    let mut res = Vec::new();
    stream.read_to_end(&mut res).await.unwrap();
    let head = String::from_utf8_lossy(&res);
    head.split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or_else(|| panic!("no status in {head}"))
}
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn fifty_simultaneous_http_bookings_fill_ten_seats_and_wait_list_forty() {
    let app = TestApp::demo().await;
    let id = publish(
        &app,
        "Jardinier",
        Spec {
            seats: 10,
            ..Spec::default()
        },
    )
    .await;
    let (_, cpas) = referrer(&app).await;
    let tok = token(&app, Role::Referrer, &[cpas]).await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let service = web::router(app.state.clone())
        .into_make_service_with_connect_info::<std::net::SocketAddr>();
    let server = tokio::spawn(async move { axum::serve(listener, service).await.unwrap() });

    let start = Arc::new(tokio::sync::Barrier::new(50));
    let tasks: Vec<_> = (0..50)
        .map(|i| {
            let (start, tok) = (start.clone(), tok.clone());
            tokio::spawn(async move {
                start.wait().await;
                let body = format!(r#"{{"person":{{"name":"Person {i}"}},"consent":true}}"#);
                http_post(
                    addr,
                    &format!("/api/v1/sessions/{id}/bookings"),
                    &tok,
                    &body,
                )
                .await
            })
        })
        .collect();
    let mut statuses = Vec::new();
    for t in tasks {
        statuses.push(t.await.unwrap());
    }
    server.abort();
    let created = statuses.iter().filter(|s| **s == 201).count();
    let waiting = statuses.iter().filter(|s| **s == 202).count();
    assert_eq!((created, waiting), (10, 40), "{statuses:?}");
    let s = app.db().activity_session(id).await.unwrap().unwrap();
    assert_eq!((s.booked, s.waiting), (10, 40));
    let bookings = app.db().bookings_of_session(id).await.unwrap();
    assert_eq!(
        bookings
            .iter()
            .filter(|b| b.status == domain::sessions::BookingStatus::Confirmed)
            .count(),
        10
    );
}

fn booking_samples(field: &str) -> &'static [&'static str] {
    match field {
        "name" => &[
            "Amina",
            " Léa ",
            "\u{feff}",
            "A\u{7}",
            "Ali\n",
            "\u{3000}",
            "éééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé",
        ],
        "phone" => &[
            "+32 470 12 34 56",
            "(02) 511.22.33",
            " 123456",
            "12345",
            "123456789012345678901",
            " +32470123456",
            "32+470123456",
            "0470 12 34 56 x",
            "1234567890 1234567890 1234567890 1234567890",
        ],
        "email" => &[
            "a@b.be",
            "x.y+z@mail.example.org",
            "A@B.BE",
            "nope",
            "a@b",
            "a@.b.c",
            "a b@c.d",
            "a@b@c.d",
            " a@b.be",
        ],
        "consent_text" => &["J'accepte.", " x ", "\u{3000}"],
        _ => &[],
    }
}

/// Issue 9: each field of a booking, at the edges of its schema in the
/// OpenAPI document (consent is `const: true`, lang one of four codes): the
/// server books what the document allows and refuses the rest with a 400
/// naming the field.
#[tokio::test]
async fn the_booking_body_is_checked_as_the_document_says() {
    let app = TestApp::demo().await;
    let id = publish(
        &app,
        "Jardinier",
        Spec {
            seats: 500,
            ..Spec::default()
        },
    )
    .await;
    let (_, cpas) = referrer(&app).await;
    let tok = token(&app, Role::Referrer, &[cpas]).await;
    let doc = app.get("/api/v1/openapi.json").await.json();
    let schema = serde_json::json!({"$ref": "#/components/schemas/BookingIn"});
    let booking = &doc["components"]["schemas"]["BookingIn"]["properties"];
    assert_eq!(booking["consent"]["const"], true);
    assert_eq!(
        booking["lang"]["enum"],
        serde_json::json!([
            "fr", "nl", "en", "ar", "es", "tr", "ro", "sq", "pl", "pt", null
        ])
    );
    let base = serde_json::json!({"person": {"name": "Amina"}, "consent": true});
    let cases = crate::api_contract::body_cases(&doc, &schema, &base, booking_samples);
    assert!(cases.len() > 100, "{}", cases.len());
    let uri = format!("/api/v1/sessions/{id}/bookings");
    for (field, body) in cases {
        let r = api(&app, "POST", &uri, Some(&tok), &body.to_string()).await;
        if crate::api_contract::allows(&doc, &schema, &body) {
            assert_eq!(r.status, StatusCode::CREATED, "{body}: {}", r.body);
        } else {
            assert_eq!(r.status, StatusCode::BAD_REQUEST, "{body}: {}", r.body);
            assert!(
                crate::api_contract::names_field(&r.json()["param"], &field),
                "{field}: {body}: {}",
                r.body
            );
        }
    }
}
