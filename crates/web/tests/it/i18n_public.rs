//! Every public page in each language of the public side says everything
//! in that language: no message falls back to English (the web crate
//! records such messages in debug builds), the page is in the language and
//! says the translation is not yet reviewed.

use axum::http::StatusCode;
use domain::Lang;
use store::testing::NOW;

use crate::helpers::TestApp;

#[tokio::test]
async fn every_public_page_is_whole_in_every_language() {
    let app = TestApp::demo_with_plan_data().await;
    let db = app.db();
    db.load_demo_open_call(NOW).await.unwrap();
    db.load_demo_equipment("brussels", NOW).await.unwrap();
    let place = app.state.directory().place_at(0).id;
    let call = db
        .calls()
        .await
        .unwrap()
        .into_iter()
        .find(|c| c.status == domain::grants::call::CallStatus::Published)
        .map(|c| c.def.key);
    let mut paths = vec![
        "/".to_string(),
        "/search?q=1080".into(),
        "/search?q=zzzzzz".into(),
        "/search?lat=nope".into(),
        format!("/places/{place}"),
        format!("/places/{place}/report"),
        "/communes".into(),
        "/communes/anderlecht".into(),
        "/label".into(),
        "/label/epn".into(),
        "/sessions".into(),
        "/diagnostic".into(),
        "/open-data".into(),
        "/plan".into(),
        "/plan/axes/outiller".into(),
        "/plan/measures/3".into(),
        "/plan/quarters".into(),
        "/plan/budget?year=2021".into(),
        "/funded-projects".into(),
        "/calls".into(),
        "/equipment".into(),
        "/equipment/distributed".into(),
        "/figures?year=2021".into(),
        "/survey/2021".into(),
        "/brochures".into(),
        "/brochures/bruxelles-ville".into(),
        "/annual-report".into(),
        "/annual-report/2021".into(),
        "/login".into(),
        "/password/forgot".into(),
        "/applicant/register".into(),
        "/no-such-page".into(),
    ];
    if let Some(k) = call {
        paths.push(format!("/calls/{k}"));
    }
    for lang in Lang::ALL.into_iter().filter(|l| !l.is_staff()) {
        let l = lang.code();
        for p in &paths {
            let r = app.get(&format!("/{l}{p}")).await;
            assert!(
                r.status == StatusCode::OK
                    || (p == "/no-such-page" && r.status == StatusCode::NOT_FOUND),
                "{l}{p}: {}",
                r.status
            );
            assert!(
                r.body.contains(&format!("<html lang=\"{l}\" dir=\"ltr\">")),
                "{l}{p}"
            );
            assert!(r.body.contains("class=\"translation-note\""), "{l}{p}");
        }
        // The self-check's result, a form sent back with its errors.
        let r = app
            .post_form(None, &format!("/{l}/places/{place}/report"), &[])
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{l}");
        let missing = web::i18n::missing_keys(lang);
        assert!(
            missing.is_empty(),
            "{l}: in English on public pages: {missing:?}"
        );
    }
    // The reviewed language says nothing; the chooser names every language in itself.
    let fr = app.get("/fr/").await;
    assert!(!fr.body.contains("class=\"translation-note\""));
    for lang in Lang::ALL {
        assert!(fr.body.contains(lang.autonym()), "{}", lang.autonym());
    }
    // The back office offers its own languages only.
    let who = app.sign_in(domain::account::Role::Coordinator, &[]).await;
    let bo = app.get_as(Some(&who), "/fr/bo/").await;
    assert!(!bo.body.contains("Shqip") && bo.body.contains("Nederlands"));
}
