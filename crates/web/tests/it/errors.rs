//! When the database fails under a request, a page answers an HTML page in
//! the reader's language with a reference to quote, and the API answers a
//! problem report; neither shows the cause.

use axum::http::StatusCode;
use domain::account::Role;

use crate::helpers::TestApp;

#[tokio::test]
async fn a_database_failure_gives_an_html_page_in_the_readers_language() {
    let app = TestApp::demo().await;
    let coordinator = app.sign_in(Role::Coordinator, &[]).await;
    app.db().close().await;

    for (uri, title) in [
        ("/fr/sessions", "Un problème est survenu"),
        ("/nl/sessions", "Er ging iets mis"),
        ("/ar/label/epn", "حدث خطأ"),
    ] {
        let res = app.get(uri).await;
        assert_eq!(res.status, StatusCode::INTERNAL_SERVER_ERROR, "{uri}");
        assert!(
            res.header("content-type").starts_with("text/html"),
            "{uri}: {}",
            res.header("content-type")
        );
        assert!(res.body.contains(title), "{uri}: {}", res.body);
        assert!(res.body.contains("<main"), "{uri}: the page has the layout");
        // A reference of eight characters the coordination finds in the log.
        let reference = res
            .body
            .split("class=\"reference\"")
            .nth(1)
            .and_then(|s| s.split('>').nth(2))
            .and_then(|s| s.split('<').next())
            .unwrap_or_default();
        assert_eq!(reference.len(), 8, "{uri}: reference {reference:?}");
        assert!(!res.body.contains("pool"), "{uri}: the cause is not shown");
        assert_eq!(res.header("cache-control"), "no-store");
    }

    // A back-office page: the sign-in itself needs the database.
    let res = app.get_as(Some(&coordinator), "/en/bo/sessions").await;
    assert_eq!(res.status, StatusCode::INTERNAL_SERVER_ERROR);
    assert!(res.header("content-type").starts_with("text/html"));
    assert!(res.body.contains("Something went wrong"), "{}", res.body);

    // The API keeps its problem reports.
    let res = app.get("/api/v1/sessions").await;
    assert_eq!(res.status, StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(res.header("content-type"), "application/problem+json");
    let problem = res.json();
    assert_eq!(problem["status"], 500);
    assert!(!problem["detail"].as_str().unwrap().contains("pool"));
}

#[tokio::test]
async fn unknown_pages_and_refusals_are_pages_in_the_readers_language() {
    let app = TestApp::demo().await;
    let res = app.get("/nl/places/999999").await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    assert!(res.header("content-type").starts_with("text/html"));
    assert!(res.body.contains("Pagina niet gevonden"), "{}", res.body);
    assert!(res.body.contains("lang=\"nl\""));
    // The language switcher keeps the page asked for.
    assert!(
        res.body.contains("href=\"/fr/places/999999\""),
        "{}",
        res.body
    );

    let res = app.get("/ar/no/such/page").await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    assert!(res.body.contains("dir=\"rtl\""));

    let res = app.get("/api/v1/nothing").await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    assert_eq!(res.header("content-type"), "application/problem+json");

    // Signed in with a role the page is not for: 403, in the page's language.
    let committee = app.sign_in(Role::Committee, &[]).await;
    let res = app.get_as(Some(&committee), "/en/bo/users").await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert!(
        res.body.contains("You may not open this page"),
        "{}",
        res.body
    ); // With the person's menu, and a way back to the back office's home.
    assert!(
        res.body.contains("<nav class=\"bo\""),
        "the back-office menu: {}",
        res.body
    );
    assert!(res.body.contains("href=\"/en/bo/\""));
}
