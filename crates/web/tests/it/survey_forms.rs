//! The survey's questionnaires in the back office: the shipped 2021
//! questionnaire loaded once, its preview in each of its languages with its
//! conditions in words, its XLSForm downloaded and imported back as a new
//! version, a faulty workbook refused with every problem by sheet, row and
//! column, an existing version refused, and the coordination only.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use domain::account::Role;
use domain::survey::shipped::epn_visitors_2021;
use domain::survey::xlsform::to_sheets;
use http_body_util::BodyExt;
use store::testing::NOW;
use tower::ServiceExt;
use web::services::xlsform::{export, write_sheets};

use crate::helpers::{Browser, TestApp, TestResponse};

const BOUNDARY: &str = "----passerelle-xlsform-import-7d2a";

async fn upload(app: &TestApp, who: &Browser, lang: &str, bytes: &[u8]) -> TestResponse {
    let mut body = Vec::new();
    body.extend_from_slice(format!("--{BOUNDARY}\r\n").as_bytes());
    body.extend_from_slice(
        b"Content-Disposition: form-data; name=\"file\"; filename=\"form.xlsx\"\r\nContent-Type: application/octet-stream\r\n\r\n",
    );
    body.extend_from_slice(bytes);
    body.extend_from_slice(format!("\r\n--{BOUNDARY}--\r\n").as_bytes());
    app.send(
        Request::post(format!(
            "/{lang}/bo/survey/questionnaires/import?_csrf={}",
            who.csrf
        ))
        .header("cookie", &who.cookie)
        .header(
            "content-type",
            format!("multipart/form-data; boundary={BOUNDARY}"),
        )
        .body(Body::from(body))
        .unwrap(),
    )
    .await
}

/// The bytes of a GET (the test harness reads bodies as text).
async fn bytes_of(app: &TestApp, who: &Browser, uri: &str) -> (StatusCode, String, Vec<u8>) {
    let res = app
        .router
        .clone()
        .oneshot(
            Request::get(uri)
                .header("cookie", &who.cookie)
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    let status = res.status();
    let disposition = res
        .headers()
        .get("content-disposition")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_owned();
    let bytes = res.into_body().collect().await.unwrap().to_bytes().to_vec();
    (status, disposition, bytes)
}

fn location(res: &TestResponse) -> String {
    res.header("location").to_owned()
}

#[tokio::test]
async fn the_2021_questionnaire_loads_once_and_previews_in_its_languages() {
    let app = TestApp::demo().await;
    let coord = app.sign_in(Role::Coordinator, &[]).await;
    let list = app
        .get_as(Some(&coord), "/en/bo/survey/questionnaires")
        .await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(
        list.body.contains("Load the 2021 questionnaire"),
        "{}",
        list.body
    );

    let res = app
        .post_form(Some(&coord), "/en/bo/survey/questionnaires/shipped", &[])
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let stored = app
        .db()
        .questionnaire_version("epn-visitors", "2021.1")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.form, epn_visitors_2021());
    assert_eq!(stored.created_at, NOW);
    assert_eq!(
        location(&res),
        format!("/en/bo/survey/questionnaires/{}", stored.id)
    );
    // A second load stores nothing more.
    app.post_form(Some(&coord), "/en/bo/survey/questionnaires/shipped", &[])
        .await;
    assert_eq!(app.db().questionnaires().await.unwrap().len(), 1);
    let list = app
        .get_as(Some(&coord), "/en/bo/survey/questionnaires")
        .await;
    assert!(!list.body.contains("Load the 2021 questionnaire"));
    assert!(list.body.contains(&format!(
        "/en/bo/survey/questionnaires/{}/xlsform",
        stored.id
    )));
    assert!(list.body.contains("fr, nl, en, es, ar"));

    // The preview in the reader's language when the questionnaire has it…
    let page = app
        .get_as(
            Some(&coord),
            &format!("/en/bo/survey/questionnaires/{}", stored.id),
        )
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body
            .contains(r#"<span lang="en" dir="ltr">How old are you?</span>"#),
        "{}",
        page.body
    );
    assert!(page.body.contains("A score from 0 to 10"));
    assert!(page.body.contains("Crossing variable"));
    // …conditions in words: the mobile EPN's public does not see this section.
    assert!(
        page.body.contains("Whole section shown only if <bdi><code>public</code></bdi> is not <bdi><code>mobile</code></bdi>"),
        "{}",
        page.body
    );
    // In Arabic, right to left, from the questionnaire's language.
    let page = app
        .get_as(
            Some(&coord),
            &format!("/fr/bo/survey/questionnaires/{}?in=ar", stored.id),
        )
        .await;
    assert!(
        page.body
            .contains(r#"<span lang="ar" dir="rtl">كم عمرك؟</span>"#),
        "{}",
        page.body
    );
    assert!(page.body.contains("Une note de 0 à 10"));
    // A language the questionnaire lacks falls back to its default (French).
    let page = app
        .get_as(
            Some(&coord),
            &format!("/en/bo/survey/questionnaires/{}?in=de", stored.id),
        )
        .await;
    assert!(
        page.body
            .contains(r#"<span lang="fr" dir="ltr">Quel âge avez-vous ?</span>"#)
    );
    assert_eq!(
        app.get_as(Some(&coord), "/en/bo/survey/questionnaires/999999")
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn a_downloaded_xlsform_imports_back_as_a_new_version_only() {
    let app = TestApp::demo().await;
    let coord = app.sign_in(Role::Coordinator, &[]).await;
    app.post_form(Some(&coord), "/en/bo/survey/questionnaires/shipped", &[])
        .await;
    let stored = app
        .db()
        .questionnaire_version("epn-visitors", "2021.1")
        .await
        .unwrap()
        .unwrap();

    let (status, disposition, bytes) = bytes_of(
        &app,
        &coord,
        &format!("/en/bo/survey/questionnaires/{}/xlsform", stored.id),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        disposition,
        r#"attachment; filename="epn-visitors-2021.1.xlsx""#
    );
    assert_eq!(
        web::services::xlsform::import(&bytes),
        Ok(stored.form.clone())
    );

    // The same version again: refused, nothing stored.
    let res = upload(&app, &coord, "en", &bytes).await;
    assert_eq!(res.status, StatusCode::CONFLICT);
    assert!(
        res.body
            .contains("epn-visitors version 2021.1 is already stored"),
        "{}",
        res.body
    );
    assert_eq!(app.db().questionnaires().await.unwrap().len(), 1);

    // A new version: stored, and the preview says so.
    let mut next = stored.form.clone();
    next.version = "2022.1".into();
    let res = upload(&app, &coord, "en", &export(&next).unwrap()).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let saved = app
        .db()
        .questionnaire_version("epn-visitors", "2022.1")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(saved.form, next);
    assert_eq!(
        location(&res),
        format!("/en/bo/survey/questionnaires/{}?saved=1", saved.id)
    );
    let page = app.get_as(Some(&coord), &location(&res)).await;
    assert!(page.body.contains("The questionnaire is stored."));
}

#[tokio::test]
async fn a_faulty_xlsform_lists_every_problem_and_stores_nothing() {
    let app = TestApp::demo().await;
    let coord = app.sign_in(Role::Coordinator, &[]).await;
    let mut sheets = to_sheets(&epn_visitors_2021());
    let age = sheets.survey.iter().position(|r| r[1] == "age").unwrap();
    sheets.survey[age][0] = "geopoint".into();
    let fr = sheets.choices[0]
        .iter()
        .position(|h| h == "label::Français (fr)")
        .unwrap();
    sheets.choices[3][fr] = String::new();
    let res = upload(&app, &coord, "fr", &write_sheets(&sheets).unwrap()).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.body.contains("Le fichier a 2 problèmes"),
        "{}",
        res.body
    );
    assert!(
        res.body.contains(r##"href="#file""##),
        "the summary links to the file field"
    );
    assert!(
        res.body
            .contains(&format!("Feuille survey, ligne {}, colonne type", age + 1)),
        "{}",
        res.body
    );
    assert!(
        res.body
            .contains("Feuille choices, ligne 4, colonne label::Français (fr)"),
        "{}",
        res.body
    );
    assert!(
        res.body
            .contains("the type &quot;geopoint&quot; is not supported")
    );
    assert!(app.db().questionnaires().await.unwrap().is_empty());

    let res = upload(&app, &coord, "fr", b"not a workbook").await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("n’est pas un classeur Excel"));
}

#[tokio::test]
async fn only_the_coordination_opens_the_questionnaires() {
    let app = TestApp::demo().await;
    let (_, org) = crate::helpers::sessions::place(&app, "Jardinier");
    let epn = app.sign_in(Role::EpnManager, &[org]).await;
    let res = app.get_as(Some(&epn), "/en/bo/survey/questionnaires").await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    let coord = app.sign_in(Role::Coordinator, &[]).await;
    let home = app.get_as(Some(&coord), "/en/bo/indicators").await;
    assert!(
        home.body.contains(r#"href="/en/bo/survey/questionnaires""#),
        "the menu links the area"
    );
}
