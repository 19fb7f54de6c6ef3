//! Accounts: invitation, sign-in, sign-out, password reset, throttling, CSRF,
//! cookies, and API bearer tokens.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use domain::account::Role;
use store::testing::NOW;

use crate::helpers::{TEST_CSRF, TestApp};

/// The link (path and query) in the last e-mail sent.
fn link_in_last_mail(app: &TestApp) -> String {
    let mails = app.mails();
    let mail = mails.last().expect("an e-mail was sent");
    let text = crate::helpers::decoded_mail(mail);
    let start = text
        .find("http://127.0.0.1:8080/")
        .expect("a link in the e-mail");
    let link: String = text[start..]
        .chars()
        .take_while(|c| !c.is_whitespace())
        .collect();
    link.trim_start_matches("http://127.0.0.1:8080").to_owned()
}

fn session_cookie(res: &crate::helpers::TestResponse) -> String {
    res.headers
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("passerelle_session="))
        .expect("a session cookie")
        .to_owned()
}

async fn sign_in_with(app: &TestApp, email: &str, password: &str) -> crate::helpers::TestResponse {
    app.post_form(
        None,
        "/en/login",
        &[("email", email), ("password", password), ("next", "")],
    )
    .await
}

#[tokio::test]
async fn an_invited_person_chooses_a_password_and_signs_in() {
    let app = TestApp::demo().await;
    let admin = app.sign_in(Role::Admin, &[]).await;
    let org = app.db().list_organisations().await.unwrap()[0].id;
    let org_s = org.to_string();
    let res = app
        .post_form(
            Some(&admin),
            "/fr/bo/users",
            &[
                ("email", "Anna@EPN.example.org"),
                ("name", "Anna"),
                ("role", "epn_manager"),
                ("organisation", &org_s),
            ],
        )
        .await;
    // Redirected after the POST (a reload does not invite again), to the
    // list that says the invitation left.
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(res.header("location"), "/fr/bo/users?invited=sent");
    let list = app.get_as(Some(&admin), "/fr/bo/users?invited=sent").await;
    assert!(list.body.contains("anna@epn.example.org"));
    assert!(
        list.body.contains("L'invitation a été envoyée."),
        "{}",
        list.body
    );
    let mails = app.mails();
    assert_eq!(mails.len(), 1);
    assert!(
        mails[0].contains("To: anna@epn.example.org"),
        "{}",
        mails[0]
    );

    let link = link_in_last_mail(&app);
    assert!(link.starts_with("/fr/invitation?token="), "{link}");
    let page = app.get(&link).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("anna@epn.example.org"));
    let token = link.split("token=").nth(1).unwrap();

    // A too-short password is refused with the field named; nothing is used up.
    let short = app
        .post_form(
            None,
            "/fr/invitation",
            &[
                ("token", token),
                ("password", "short"),
                ("confirm", "short"),
            ],
        )
        .await;
    assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(short.body.contains("href=\"#password\""), "{}", short.body);

    let pw = "a long enough sentence";
    let ok = app
        .post_form(
            None,
            "/fr/invitation",
            &[("token", token), ("password", pw), ("confirm", pw)],
        )
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    assert_eq!(ok.header("location"), "/fr/login?password_set=1");
    // The link works once.
    assert_eq!(app.get(&link).await.status, StatusCode::GONE);

    let res = sign_in_with(&app, "anna@epn.example.org", pw).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(res.header("location"), "/en/bo/");
    // The language signed in with becomes that of her e-mails.
    let anna = app
        .db()
        .user_by_email("anna@epn.example.org")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        app.db()
            .mail_preferences(anna.id)
            .await
            .unwrap()
            .lang
            .as_deref(),
        Some("en")
    );
    let cookie = session_cookie(&res);
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    assert!(
        !cookie.contains("Secure"),
        "no Secure flag over plain http: {cookie}"
    );
    let session = cookie.split(';').next().unwrap();
    let home = app
        .get_with(
            "/en/bo/",
            &[("cookie", &format!("{session}; passerelle_csrf={TEST_CSRF}"))],
        )
        .await;
    assert_eq!(home.status, StatusCode::OK);
    assert!(home.body.contains("Anna"));
    assert_eq!(home.header("cache-control"), "no-store");

    // Signing out ends the session on the server.
    let out = app
        .send(
            Request::post("/en/logout")
                .header("cookie", format!("{session}; passerelle_csrf={TEST_CSRF}"))
                .header("content-type", "application/x-www-form-urlencoded")
                .body(Body::from(format!(
                    "_csrf={}",
                    web::auth::csrf_token(session.trim_start_matches("passerelle_session="))
                )))
                .unwrap(),
        )
        .await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    let after = app.get_with("/en/bo/", &[("cookie", session)]).await;
    assert_eq!(after.status, StatusCode::SEE_OTHER);
    assert!(after.header("location").starts_with("/en/login?next="));
}

#[tokio::test]
async fn a_wrong_password_keeps_the_email_and_too_many_block_the_account() {
    let app = TestApp::demo().await;
    app.db()
        .create_user(
            "coord@example.org",
            "Coord",
            Role::Coordinator,
            &[],
            Some("the right password"),
            NOW,
        )
        .await
        .unwrap();
    let bad = sign_in_with(&app, "coord@example.org", "wrong password").await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        bad.body.contains("value=\"coord@example.org\""),
        "the e-mail typed is kept"
    );
    assert!(
        !bad.body.contains("wrong password"),
        "the password is never sent back"
    );
    for _ in 0..4 {
        sign_in_with(&app, "coord@example.org", "wrong again").await;
    }
    // Now even the right password waits: the account is throttled.
    let blocked = sign_in_with(&app, "coord@example.org", "the right password").await;
    assert_eq!(blocked.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(blocked.header("retry-after").parse::<u32>().unwrap() > 0);
    // Another account is not blocked.
    app.db()
        .create_user(
            "other@example.org",
            "Other",
            Role::Coordinator,
            &[],
            Some("another good password"),
            NOW,
        )
        .await
        .unwrap();
    let other = sign_in_with(&app, "other@example.org", "another good password").await;
    assert_eq!(other.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn password_reset_by_email_and_unknown_addresses_look_the_same() {
    let app = TestApp::demo().await;
    app.db()
        .create_user(
            "ref@example.org",
            "Ref",
            Role::Referrer,
            &[1],
            Some("old password here"),
            NOW,
        )
        .await
        .unwrap();
    let unknown = app
        .post_form(
            None,
            "/nl/password/forgot",
            &[("email", "nobody@example.org")],
        )
        .await;
    assert!(app.mails().is_empty());
    let known = app
        .post_form(None, "/nl/password/forgot", &[("email", "ref@example.org")])
        .await;
    assert_eq!(unknown.status, known.status);
    assert_eq!(
        unknown.body, known.body,
        "the answer does not reveal who has an account"
    );
    let link = link_in_last_mail(&app);
    assert!(link.starts_with("/nl/password/reset?token="));
    let token = link.split("token=").nth(1).unwrap();
    let mismatch = app
        .post_form(
            None,
            "/nl/password/reset",
            &[
                ("token", token),
                ("password", "new password 1"),
                ("confirm", "new password 2"),
            ],
        )
        .await;
    assert_eq!(mismatch.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(mismatch.body.contains("href=\"#confirm\""));
    let done = app
        .post_form(
            None,
            "/nl/password/reset",
            &[
                ("token", token),
                ("password", "new password 1"),
                ("confirm", "new password 1"),
            ],
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    assert_eq!(
        sign_in_with(&app, "ref@example.org", "old password here")
            .await
            .status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        sign_in_with(&app, "ref@example.org", "new password 1")
            .await
            .status,
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn forms_without_the_csrf_token_are_refused() {
    let app = TestApp::demo().await;
    let admin = app.sign_in(Role::Admin, &[]).await;
    let session = admin.cookie.split(';').next().unwrap().to_owned();
    for (cookie, body) in [
        // No CSRF cookie at all.
        (
            session.clone(),
            format!("_csrf={TEST_CSRF}&email=x%40example.org&name=X&role=jury"),
        ),
        // Cookie and field differ.
        (
            admin.cookie.clone(),
            format!(
                "_csrf={}&email=x%40example.org&name=X&role=jury",
                "f".repeat(64)
            ),
        ),
        // No field.
        (
            admin.cookie.clone(),
            "email=x%40example.org&name=X&role=jury".to_owned(),
        ),
    ] {
        let res = app
            .send(
                Request::post("/en/bo/users")
                    .header("cookie", cookie)
                    .header("content-type", "application/x-www-form-urlencoded")
                    .body(Body::from(body))
                    .unwrap(),
            )
            .await;
        assert_eq!(res.status, StatusCode::FORBIDDEN);
    }
    assert!(
        app.db()
            .user_by_email("x@example.org")
            .await
            .unwrap()
            .is_none()
    );
    // With the token, it works.
    let ok = app
        .post_form(
            Some(&admin),
            "/en/bo/users",
            &[("email", "x@example.org"), ("name", "X"), ("role", "jury")],
        )
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.body);
    assert!(
        app.db()
            .user_by_email("x@example.org")
            .await
            .unwrap()
            .is_some()
    );
}

#[tokio::test]
async fn a_page_without_a_form_sets_no_cookie() {
    let app = TestApp::demo().await;
    for path in ["/fr/search?q=1080", "/fr/", "/ar/communes"] {
        let res = app.get(path).await;
        assert_eq!(res.status, 200, "{path}");
        assert!(!res.body.contains("name=\"_csrf\""), "{path}");
        assert_eq!(
            res.headers.get_all("set-cookie").iter().count(),
            0,
            "{path}"
        );
    }
}

#[tokio::test]
async fn a_page_gives_a_csrf_cookie_to_a_new_visitor() {
    let app = TestApp::demo().await;
    let res = app.get("/fr/login").await;
    let cookie = res
        .headers
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("passerelle_csrf="))
        .expect("a CSRF cookie")
        .to_owned();
    let value = cookie
        .split(';')
        .next()
        .unwrap()
        .trim_start_matches("passerelle_csrf=");
    // The form's token is bound to the cookie, not the cookie itself.
    assert!(
        res.body.contains(&format!(
            "name=\"_csrf\" value=\"{}\"",
            web::auth::csrf_token(value)
        )),
        "{}",
        res.body
    );
    assert!(
        !res.body.contains(value),
        "the cookie's value is not in the page"
    );
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"));
}

#[tokio::test]
async fn a_planted_csrf_cookie_does_not_make_a_token_for_someone_elses_session() {
    let app = TestApp::demo().await;
    let admin = app.sign_in(Role::Admin, &[]).await;
    let session = admin.cookie.split(';').next().unwrap().to_owned();
    let form = "email=x%40example.org&name=X&role=jury";
    // An attacker plants a CSRF cookie whose value they know, and sends the
    // matching field (what a plain double-submit check accepts).
    let planted = "a".repeat(64);
    for field in [planted.clone(), web::auth::csrf_token(&planted)] {
        let res = app
            .send(
                Request::post("/en/bo/users")
                    .header("cookie", format!("{session}; passerelle_csrf={planted}"))
                    .header("content-type", "application/x-www-form-urlencoded")
                    .body(Body::from(format!("_csrf={field}&{form}")))
                    .unwrap(),
            )
            .await;
        assert_eq!(res.status, StatusCode::FORBIDDEN, "{field}");
        assert!(res.body.contains("This form has expired"));
    }
    // The token of another session does not work either.
    let other = app.sign_in(Role::Admin, &[]).await;
    let res = app
        .send(
            Request::post("/en/bo/users")
                .header("cookie", admin.cookie.clone())
                .header("content-type", "application/x-www-form-urlencoded")
                .body(Body::from(format!("_csrf={}&{form}", other.csrf)))
                .unwrap(),
        )
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    // The session's own token is accepted.
    let ok = app
        .post_form(
            Some(&admin),
            "/en/bo/users",
            &[("email", "x@example.org"), ("name", "X"), ("role", "jury")],
        )
        .await;
    assert_ne!(ok.status, StatusCode::FORBIDDEN, "{}", ok.body);
}

#[tokio::test]
async fn after_signing_in_only_a_path_of_this_site_is_followed() {
    let app = TestApp::demo().await;
    app.db()
        .create_user(
            "anna@example.org",
            "Anna",
            Role::Coordinator,
            &[],
            Some("a long password"),
            NOW,
        )
        .await
        .unwrap();
    for (next, to) in [
        ("/fr/bo/places?page=2", "/fr/bo/places?page=2"),
        ("/\t/evil.example/x", "/fr/bo/"),
        ("//evil.example/x", "/fr/bo/"),
        ("/\\evil.example", "/fr/bo/"),
        ("https://evil.example/", "/fr/bo/"),
        ("/\n/x", "/fr/bo/"),
        ("/\r/x", "/fr/bo/"),
        ("/\u{7f}/x", "/fr/bo/"),
        ("/\u{0}/x", "/fr/bo/"),
    ] {
        let res = app
            .post_form(
                None,
                "/fr/login",
                &[
                    ("email", "anna@example.org"),
                    ("password", "a long password"),
                    ("next", next),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{next:?}: {}", res.body);
        assert_eq!(res.header("location"), to, "{next:?}");
    }
    // Already signed in, the sign-in page sends on at once: the same rule.
    let anna = app.sign_in(Role::Coordinator, &[]).await;
    for q in [
        "%09/evil.example/x",
        "/%09/evil.example/x",
        "%2F%0a%2Fx",
        "/%7f",
        "/%00",
    ] {
        let res = app
            .get_as(Some(&anna), &format!("/fr/login?next={q}"))
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{q}");
        assert_eq!(res.header("location"), "/fr/bo/", "{q}");
    }
}

#[tokio::test]
async fn bearer_tokens_authenticate_the_api_only() {
    let app = TestApp::demo().await;
    let id = app
        .db()
        .create_user(
            "script@example.org",
            "Script",
            Role::Coordinator,
            &[],
            None,
            NOW,
        )
        .await
        .unwrap();
    let token = app.db().create_api_token(id, "tests", NOW).await.unwrap();
    let me = app
        .get_with(
            "/api/v1/me",
            &[("authorization", &format!("Bearer {token}"))],
        )
        .await;
    assert_eq!(me.status, StatusCode::OK, "{}", me.body);
    assert_eq!(me.json()["email"], "script@example.org");
    assert_eq!(me.json()["role"], "coordinator");

    let none = app.get("/api/v1/me").await;
    assert_eq!(none.status, StatusCode::UNAUTHORIZED);
    assert_eq!(none.header("content-type"), "application/problem+json");
    assert_eq!(none.header("www-authenticate"), "Bearer");
    let bad = app
        .get_with("/api/v1/me", &[("authorization", "Bearer pas_nope")])
        .await;
    assert_eq!(bad.status, StatusCode::UNAUTHORIZED);
    // A token is not a browser session: pages ignore it.
    let page = app
        .get_with("/en/bo/", &[("authorization", &format!("Bearer {token}"))])
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    // And a browser session does not open the API (no CSRF there).
    let b = app.sign_in(Role::Coordinator, &[]).await;
    assert_eq!(
        app.get_as(Some(&b), "/api/v1/me").await.status,
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn cookies_are_secure_behind_https() {
    let t = store::testing::brussels_db().await.unwrap();
    let app = web::App::new(
        t.db.clone(),
        store::reference::shipped_region("brussels").unwrap(),
        store::reference::vocabularies(),
        web::Config {
            public_url: "https://passerelle.example.org".into(),
            ..web::Config::default()
        },
    )
    .await
    .unwrap();
    let router = web::router(web::AppState(std::sync::Arc::new(app)));
    use tower::ServiceExt;
    let res = router
        .oneshot(Request::get("/fr/login").body(Body::empty()).unwrap())
        .await
        .unwrap();
    let cookie = res.headers().get("set-cookie").unwrap().to_str().unwrap();
    assert!(cookie.contains("; Secure"), "{cookie}");
    // `__Host-`: only this host, over HTTPS, may set it.
    assert!(cookie.starts_with("__Host-passerelle_csrf="), "{cookie}");
    assert!(
        cookie.contains("Path=/") && !cookie.contains("Domain"),
        "{cookie}"
    );
}
