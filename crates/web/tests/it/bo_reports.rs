//! "Report a mistake" on a place's page: stored and e-mailed to the
//! coordination, handled in the back office, and its spam protections
//! (honeypot, minimum and maximum fill time, length, rate limit per address).

use std::net::SocketAddr;
use store::testing::NOW;

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::Request;
use domain::account::Role;
use store::audit::AuditFilter;
use web::antispam::form_stamp;

use crate::helpers::{TEST_CSRF, TestApp, TestResponse, place_named};

/// A form stamp old enough to pass the minimum fill time.
fn ripe_stamp() -> String {
    form_stamp(NOW - 30)
}

/// Posts the report form anonymously from a client address.
async fn post_report(app: &TestApp, uri: &str, ip: &str, fields: &[(&str, &str)]) -> TestResponse {
    post_report_via(app, uri, ip, None, fields).await
}

/// Posts the report form from the connection `ip`, with an `X-Forwarded-For` header.
async fn post_report_via(
    app: &TestApp,
    uri: &str,
    ip: &str,
    forwarded_for: Option<&str>,
    fields: &[(&str, &str)],
) -> TestResponse {
    let mut body = form_urlencoded::Serializer::new(String::new());
    body.append_pair("_csrf", &crate::helpers::anonymous_csrf());
    for (k, v) in fields {
        body.append_pair(k, v);
    }
    let addr: SocketAddr = format!("{ip}:40000").parse().unwrap();
    let mut req = Request::post(uri)
        .header("cookie", format!("passerelle_csrf={TEST_CSRF}"))
        .header("content-type", "application/x-www-form-urlencoded")
        .extension(ConnectInfo(addr));
    if let Some(xff) = forwarded_for {
        req = req.header("x-forwarded-for", xff);
    }
    app.send(req.body(Body::from(body.finish())).unwrap()).await
}

#[tokio::test]
async fn a_reported_mistake_is_stored_and_emailed_to_the_coordinators() {
    let app = TestApp::demo().await;
    let c1 = app.sign_in(Role::Coordinator, &[]).await;
    let c2 = app.sign_in(Role::Coordinator, &[]).await;
    let org = app.db().list_organisations().await.unwrap()[0].id;
    app.sign_in(Role::EpnManager, &[org]).await;
    let emails: Vec<String> = app
        .db()
        .list_users()
        .await
        .unwrap()
        .into_iter()
        .filter(|u| u.role == Role::Coordinator)
        .map(|u| u.email)
        .collect();
    let id = place_named(&app, "Sapiens");

    let place = app.get(&format!("/fr/places/{id}")).await;
    assert!(
        place
            .body
            .contains(&format!("href=\"/fr/places/{id}/report\""))
    );
    assert!(place.body.contains("Signaler une erreur sur cette page"));
    let form = app.get(&format!("/fr/places/{id}/report")).await;
    assert_eq!(form.status, 200);
    for attr in [
        "name=\"homepage\"",
        "tabindex=\"-1\"",
        "autocomplete=\"off\"",
        "aria-hidden=\"true\"",
        "name=\"stamp\"",
    ] {
        assert!(form.body.contains(attr), "{attr}");
    }

    let uri = format!("/fr/places/{id}/report");
    let sent = post_report(
        &app,
        &uri,
        "192.0.2.1",
        &[
            ("message", "Les horaires du mardi ont change."),
            ("contact", "visitor@example.org"),
            ("homepage", ""),
            ("stamp", &ripe_stamp()),
        ],
    )
    .await;
    assert_eq!(sent.status, 303, "{}", sent.body);
    assert_eq!(sent.header("location"), format!("{uri}?sent=1"));
    let thanks = app.get(&format!("{uri}?sent=1")).await;
    assert!(thanks.body.contains("Merci pour votre message"));

    let open = app.db().mistake_reports(false).await.unwrap();
    assert_eq!(open.len(), 1);
    assert_eq!(open[0].place_id, id);
    assert_eq!(open[0].contact.as_deref(), Some("visitor@example.org"));

    let mails = app.decoded_mails();
    assert_eq!(emails.len(), 2);
    assert_eq!(
        mails.len(),
        emails.len(),
        "one per coordinator, none to the EPN manager"
    );
    for e in &emails {
        let m = mails
            .iter()
            .find(|m| m.contains(&format!("To: {e}")))
            .unwrap_or_else(|| panic!("a mail to {e}"));
        assert!(m.contains("Les horaires du mardi ont change."));
        assert!(m.contains("visitor@example.org"));
        assert!(m.contains(&format!("http://127.0.0.1:8080/fr/places/{id}")));
        assert!(m.contains("http://127.0.0.1:8080/fr/bo/reports"));
    }

    // The coordination sees it in the back office and marks it as done.
    let list = app.get_as(Some(&c1), "/fr/bo/reports").await;
    assert_eq!(list.status, 200);
    assert!(list.body.contains("Les horaires du mardi ont change."));
    let done = app
        .post_form(
            Some(&c2),
            &format!("/fr/bo/reports/{}/done", open[0].id),
            &[],
        )
        .await;
    assert_eq!(done.status, 303);
    assert!(app.db().mistake_reports(false).await.unwrap().is_empty());
    let log = app
        .db()
        .audit_log(&AuditFilter {
            action: Some("report.done".into()),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(log[0].user_id, Some(c2.user_id));
    let handled = app.get_as(Some(&c1), "/fr/bo/reports?status=done").await;
    assert!(handled.body.contains("Les horaires du mardi ont change."));
}

#[tokio::test]
async fn a_filled_honeypot_gets_a_neutral_answer_and_nothing_is_stored() {
    let app = TestApp::demo().await;
    app.sign_in(Role::Coordinator, &[]).await;
    let id = place_named(&app, "Sapiens");
    let uri = format!("/fr/places/{id}/report");
    let r = post_report(
        &app,
        &uri,
        "192.0.2.2",
        &[
            ("message", "Buy cheap watches at our shop now."),
            ("homepage", "http://spam.example"),
            ("stamp", &ripe_stamp()),
        ],
    )
    .await;
    assert_eq!(r.status, 303, "the same answer as a real report");
    assert_eq!(r.header("location"), format!("{uri}?sent=1"));
    assert!(app.db().mistake_reports(false).await.unwrap().is_empty());
    assert!(app.mails().is_empty());
}

#[tokio::test]
async fn a_form_sent_too_fast_or_too_short_is_refused_and_keeps_the_text() {
    let app = TestApp::demo().await;
    let id = place_named(&app, "Sapiens");
    let uri = format!("/fr/places/{id}/report");
    let form = app.get(&uri).await;
    let stamp = regex::Regex::new(r#"name="stamp" value="([^"]+)""#)
        .unwrap()
        .captures(&form.body)
        .expect("a stamp in the form")[1]
        .to_owned();
    let fast = post_report(
        &app,
        &uri,
        "192.0.2.3",
        &[
            ("message", "Le numéro de téléphone est faux."),
            ("stamp", &stamp),
        ],
    )
    .await;
    assert_eq!(fast.status, 422);
    assert!(fast.body.contains("Le formulaire a été envoyé très vite"));
    assert!(
        fast.body.contains("Le numéro de téléphone est faux."),
        "the text is kept"
    );

    let short = post_report(
        &app,
        &uri,
        "192.0.2.3",
        &[("message", "faux"), ("stamp", &ripe_stamp())],
    )
    .await;
    assert_eq!(short.status, 422);
    assert!(short.body.contains("au moins 10 caractères"));
    assert!(short.body.contains(">faux</textarea>"));

    let long = "x".repeat(2001);
    let too_long = post_report(
        &app,
        &uri,
        "192.0.2.3",
        &[("message", &long), ("stamp", &ripe_stamp())],
    )
    .await;
    assert_eq!(too_long.status, 422);

    let expired = form_stamp(NOW - 3 * 3600);
    let old = post_report(
        &app,
        &uri,
        "192.0.2.3",
        &[
            ("message", "Le numéro de téléphone est faux."),
            ("stamp", &expired),
        ],
    )
    .await;
    assert_eq!(old.status, 422);
    assert!(old.body.contains("a expiré"));
    assert!(app.db().mistake_reports(false).await.unwrap().is_empty());
}

#[tokio::test]
async fn reports_are_limited_per_client_address() {
    let app = TestApp::demo().await;
    let id = place_named(&app, "Sapiens");
    let uri = format!("/en/places/{id}/report");
    let send = |ip: &'static str| {
        let uri = uri.clone();
        let app = &app;
        async move {
            post_report(
                app,
                &uri,
                ip,
                &[
                    ("message", "The opening hours changed in May."),
                    ("stamp", &ripe_stamp()),
                ],
            )
            .await
        }
    };
    for _ in 0..5 {
        assert_eq!(send("198.51.100.7").await.status, 303);
    }
    let sixth = send("198.51.100.7").await;
    assert_eq!(sixth.status, 429);
    assert!(sixth.body.contains("try again in one hour"));
    assert!(sixth.body.contains("The opening hours changed in May."));
    assert_eq!(
        send("198.51.100.8").await.status,
        303,
        "another address is not blocked"
    );
    assert_eq!(app.db().mistake_reports(false).await.unwrap().len(), 6);
}

#[tokio::test]
async fn behind_a_trusted_proxy_the_limit_counts_the_forwarded_address() {
    let app = TestApp::demo_with(|c| {
        c.trusted_proxies = vec![web::antispam::parse_trusted_proxy("10.0.0.0/8").unwrap()];
    })
    .await;
    let id = place_named(&app, "Sapiens");
    let uri = format!("/en/places/{id}/report");
    let fields = |stamp: &str| {
        [
            ("message", "The opening hours changed in May.".to_owned()),
            ("stamp", stamp.to_owned()),
        ]
    };
    let send = |peer: &'static str, xff: &'static str| {
        let uri = uri.clone();
        let app = &app;
        async move {
            let f = fields(&ripe_stamp());
            let f: Vec<(&str, &str)> = f.iter().map(|(k, v)| (*k, v.as_str())).collect();
            post_report_via(app, &uri, peer, Some(xff), &f).await.status
        }
    };
    // Five people behind the proxy use up their own allowance only.
    for _ in 0..5 {
        assert_eq!(send("10.0.0.2", "198.51.100.7").await, 303);
    }
    assert_eq!(send("10.0.0.2", "198.51.100.7").await, 429);
    assert_eq!(
        send("10.0.0.2", "198.51.100.8").await,
        303,
        "another person behind the same proxy"
    );
    // Writing a fresh address to the left of the header does not escape the limit.
    assert_eq!(send("10.0.0.2", "203.0.113.1, 198.51.100.7").await, 429);
    // A connection that is not a trusted proxy: the header is ignored.
    for _ in 0..5 {
        assert_eq!(send("192.0.2.50", "198.51.100.9").await, 303);
    }
    assert_eq!(send("192.0.2.50", "198.51.100.10").await, 429);
}

#[tokio::test]
async fn the_report_page_reads_right_to_left_in_arabic() {
    let app = TestApp::demo().await;
    let id = place_named(&app, "Sapiens");
    for lang in ["fr", "nl", "en", "ar"] {
        let r = app.get(&format!("/{lang}/places/{id}/report")).await;
        assert_eq!(r.status, 200, "{lang}");
        for key in [
            "report-title",
            "report-intro",
            "report-message",
            "report-send",
        ] {
            assert!(!r.body.contains(key), "{lang}: untranslated {key}");
        }
    }
    let ar = app.get(&format!("/ar/places/{id}/report")).await;
    assert!(ar.body.contains("dir=\"rtl\""));
    assert!(ar.body.contains("الإبلاغ عن خطأ"));
}
