//! The public self-check: the questionnaire, the result of each of the five
//! personae, the places and sessions near the person that fit, errors that
//! name the question, right-to-left Arabic, nothing stored, and "refer this
//! person" links for a referrer only. On SQLite, and on PostgreSQL when
//! TEST_DATABASE_URL is set.

use axum::http::StatusCode;
use domain::Lang;
use domain::account::Role;
use domain::diagnostic::personae::{ANNE, BENOIT, ESTEBAN, LOUIS, NOEMIE};
use domain::diagnostic::{Level, Persona};
use domain::sessions::{Occurrence, Theme};
use store::sessions::NewSession;
use store::testing::NOW;
use web::i18n::{t, t_args};

use crate::helpers::{DAY, TestApp, fixed_now};

/// The result page's address for these answers (and a postcode or commune).
fn result_uri(lang: &str, answers: &[(&str, &str)], place: &str) -> String {
    let mut s = form_urlencoded::Serializer::new(String::new());
    for (k, v) in answers {
        s.append_pair(k, v);
    }
    s.append_pair("where", place);
    format!("/{lang}/diagnostic/result?{}", s.finish())
}

/// Text as it appears in the HTML.
fn html(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Publishes a one-off session at the demo place named `at`, `days` from now.
async fn publish(
    app: &TestApp,
    at: &str,
    title: &str,
    theme: Theme,
    price_cents: i64,
    days: i64,
) -> i64 {
    let dir = app.state.directory();
    let p = dir.places().iter().find(|p| p.name.contains(at)).unwrap();
    let s = NewSession {
        organisation_id: p.organisation_id,
        place_id: Some(p.id),
        location: None,
        postcode: None,
        commune_nis: None,
        title: title.into(),
        description: None,
        theme,
        level: Level::Beginner,
        languages: vec!["fr".into(), "ar".into()],
        seats: 8,
        waiting_list: true,
        self_booking: false,
        price_cents,
        publics: vec![],
        bring: None,
        accessibility: vec![],
    };
    let starts_at = fixed_now().timestamp() + days * DAY;
    let occ = Occurrence {
        date: chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
        starts_at,
        ends_at: starts_at + 7200,
    };
    app.db()
        .publish_sessions(&s, None, &[occ], None, NOW)
        .await
        .unwrap()[0]
}

/// Rows of a few tables, read through the store: accounts, organisations,
/// places, the audit log, sessions and their bookings (seats and waiting list).
async fn snapshot(app: &TestApp) -> [usize; 6] {
    let db = app.db();
    let sessions = db.sessions_between(0, i64::MAX).await.unwrap();
    let bookings: i32 = sessions.iter().map(|s| s.booked + s.waiting).sum();
    let audit = store::audit::AuditFilter {
        limit: 1_000_000,
        ..Default::default()
    };
    [
        db.list_users().await.unwrap().len(),
        db.list_organisations().await.unwrap().len(),
        db.load_places().await.unwrap().len(),
        db.audit_log(&audit).await.unwrap().len(),
        sessions.len(),
        usize::try_from(bookings).unwrap(),
    ]
}

#[tokio::test]
async fn each_persona_gets_its_profile_in_plain_words() {
    let app = TestApp::demo().await;
    let cases = [
        (ESTEBAN, Persona::NoBearings, "high"),
        (LOUIS, Persona::Novice, "high"),
        (ANNE, Persona::Resourceful, "medium"),
        (NOEMIE, Persona::Motivated, "medium"),
        (BENOIT, Persona::Confirmed, "low"),
    ];
    for lang in [Lang::Fr, Lang::En] {
        for (answers, persona, urgency) in cases {
            let r = app.get(&result_uri(lang.code(), answers, "1080")).await;
            assert_eq!(r.status, StatusCode::OK, "{persona:?}: {}", r.body);
            let label = html(&t(lang, &persona.label_key()));
            assert!(
                r.body.contains(&format!("<strong>{label}</strong>")),
                "{persona:?} in {lang:?}"
            );
            assert!(r.body.contains(&html(&t(lang, &persona.description_key()))));
            assert!(
                r.body
                    .contains(&html(&t(lang, &format!("diag-urgency-{urgency}"))))
            );
            // The other profiles are not shown, and never the personae's first names.
            for other in Persona::ALL.into_iter().filter(|p| *p != persona) {
                assert!(!r.body.contains(&html(&t(lang, &other.description_key()))));
            }
            for name in ["Esteban", "Louis", "Anne", "Noémie", "Benoît"] {
                assert!(!r.body.contains(name), "{name} on the page");
            }
        }
    }
}

#[tokio::test]
async fn the_result_lists_places_and_sessions_near_the_postcode_that_fit() {
    let app = TestApp::demo().await;
    let free = publish(
        &app,
        "Open Atelier 110 – Jardinier",
        "Premiers pas gratuits",
        Theme::Devices,
        0,
        5,
    )
    .await;
    let paid = publish(
        &app,
        "Open Atelier 110 – Jardinier",
        "Premiers pas payants",
        Theme::Devices,
        500,
        2,
    )
    .await;
    let r = app.get(&result_uri("fr", ESTEBAN, "1080")).await;
    assert_eq!(r.status, StatusCode::OK);
    let heading = t_args(
        Lang::Fr,
        "diagp-places-near",
        &[("place", "1080".to_owned().into())],
    );
    assert!(r.body.contains(&html(&heading)));
    // Places near 1080 (Molenbeek), as result cards linking to the place.
    let molenbeek = crate::helpers::place_named(&app, "Open Atelier 110 – Jardinier");
    assert!(
        r.body.contains(&format!("/fr/places/{molenbeek}\"")),
        "{}",
        r.body
    );
    // Esteban needs free offers: the free session is shown, the paid one is not.
    assert!(r.body.contains(&format!("/fr/sessions/{free}\"")));
    assert!(!r.body.contains(&format!("/fr/sessions/{paid}\"")));
    // Advice in plain words.
    assert!(
        r.body
            .contains(&html(&t(Lang::Fr, "diag-advice-free-offers")))
    );

    // Far away (Uccle, 1180): the Molenbeek session is not "near".
    let far = app.get(&result_uri("fr", ESTEBAN, "1180")).await;
    assert!(!far.body.contains(&format!("/fr/sessions/{free}\"")));

    // A place the region does not know: said so, places of the whole region instead.
    let unknown = app.get(&result_uri("fr", ESTEBAN, "Atlantis")).await;
    assert_eq!(unknown.status, StatusCode::OK);
    assert!(unknown.body.contains("Atlantis"));
    assert!(unknown.body.contains("class=\"results\""));
}

#[tokio::test]
async fn the_self_check_writes_nothing() {
    let app = TestApp::demo().await;
    let cpas = app.db().find_organisation("cpas-etterbeek").await.unwrap()[0].id;
    let referrer = app.sign_in(Role::Referrer, &[cpas]).await;
    publish(&app, "Chass", "Premiers pas", Theme::Devices, 0, 3).await;
    let before = snapshot(&app).await;
    assert!(before.iter().all(|n| *n > 0), "{before:?}");
    for answers in [ESTEBAN, LOUIS, ANNE, NOEMIE, BENOIT] {
        assert_eq!(app.get("/fr/diagnostic").await.status, StatusCode::OK);
        let uri = result_uri("fr", answers, "1040");
        assert_eq!(app.get(&uri).await.status, StatusCode::OK);
        assert_eq!(
            app.get_as(Some(&referrer), &uri).await.status,
            StatusCode::OK
        );
    }
    let missing = app.get("/fr/diagnostic/result?equipment=none").await;
    assert_eq!(missing.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(snapshot(&app).await, before);
}

#[tokio::test]
async fn missing_or_wrong_answers_give_the_form_again_naming_the_questions() {
    let app = TestApp::demo().await;
    // Only the first questions, a "none" with a device, and a value that is not an answer.
    let r = app
        .get("/fr/diagnostic/result?equipment=none&equipment=smartphone&internet=phone&email=maybe&where=1080")
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("class=\"error-summary\""));
    // The summary names each question and links to its first answer.
    assert!(r.body.contains("href=\"#equipment-smartphone\""));
    assert!(
        r.body
            .contains(&html(&t(Lang::Fr, "diag-error-none-with-others")))
    );
    assert!(r.body.contains("href=\"#email-alone\""));
    assert!(r.body.contains(&html(&t(Lang::Fr, "diag-error-invalid"))));
    assert!(r.body.contains("href=\"#motivation-0\""));
    assert!(r.body.contains(&html(&t(Lang::Fr, "diag-q-motivation"))));
    assert!(r.body.contains("Question 10"));
    // The answered question is not in the summary; what was chosen is kept.
    assert!(!r.body.contains("href=\"#internet-yes\""));
    assert!(
        r.body
            .contains("id=\"internet-phone\" name=\"internet\" value=\"phone\" checked")
    );
    assert!(r.body.contains("value=\"1080\""));

    // Everything answered but the postcode field is too long.
    let long = "x".repeat(101);
    let r = app.get(&result_uri("fr", ANNE, &long)).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("href=\"#where\""));

    // "Change my answers" gives the form filled in, without errors.
    let query = result_uri("fr", ANNE, "1080").replace("/fr/diagnostic/result?", "");
    let r = app.get(&format!("/fr/diagnostic?{query}")).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(!r.body.contains("error-summary"));
    assert!(
        r.body
            .contains("id=\"motivation-1\" name=\"motivation\" value=\"1\" checked")
    );
}

#[tokio::test]
async fn the_questionnaire_is_one_form_that_works_without_javascript() {
    let app = TestApp::demo().await;
    let r = app.get("/fr/diagnostic").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(
        r.body
            .contains("action=\"/fr/diagnostic/result\" method=\"get\"")
    );
    assert_eq!(r.body.matches("<fieldset").count(), 12);
    assert_eq!(r.body.matches("<legend>").count(), 12);
    assert!(r.body.contains("type=\"checkbox\" id=\"barriers-fear\""));
    assert!(r.body.contains("type=\"radio\" id=\"knows-help-no\""));
    assert!(r.body.contains(&html(&t(Lang::Fr, "diagp-intro-private"))));
    // The home page links to it.
    let home = app.get("/fr/").await;
    assert!(home.body.contains("href=\"/fr/diagnostic\""));
}

#[tokio::test]
async fn arabic_pages_are_right_to_left() {
    let app = TestApp::demo().await;
    for uri in ["/ar/diagnostic".to_owned(), result_uri("ar", LOUIS, "1080")] {
        let r = app.get(&uri).await;
        assert_eq!(r.status, StatusCode::OK);
        assert!(r.body.contains("<html lang=\"ar\" dir=\"rtl\">"), "{uri}");
    }
    let r = app.get(&result_uri("ar", LOUIS, "")).await;
    assert!(
        r.body
            .contains(&html(&t(Lang::Ar, &Persona::Novice.label_key())))
    );
}

#[tokio::test]
async fn a_referrer_sees_refer_links_with_the_answers_and_anonymous_does_not() {
    let app = TestApp::demo().await;
    let session = publish(
        &app,
        "Open Atelier 110 – Jardinier",
        "Premiers pas",
        Theme::Devices,
        0,
        4,
    )
    .await;
    let uri = result_uri("fr", LOUIS, "1080");
    let anonymous = app.get(&uri).await;
    assert!(
        anonymous
            .body
            .contains(&format!("/fr/sessions/{session}\""))
    );
    assert!(!anonymous.body.contains("/bo/referrals"));
    let coordinator = app.sign_in(Role::Coordinator, &[]).await;
    assert!(
        !app.get_as(Some(&coordinator), &uri)
            .await
            .body
            .contains("/bo/referrals")
    );

    let cpas = app.db().find_organisation("cpas-etterbeek").await.unwrap()[0].id;
    let referrer = app.sign_in(Role::Referrer, &[cpas]).await;
    let r = app.get_as(Some(&referrer), &uri).await;
    let place = crate::helpers::place_named(&app, "Open Atelier 110 – Jardinier");
    assert!(
        r.body
            .contains(&format!("/fr/bo/referrals/new?place={place}&amp;diag=")),
        "{}",
        r.body
    );
    assert!(
        r.body
            .contains(&format!("/fr/bo/referrals/new?session={session}&amp;diag="))
    );
    // The answers travel with the link (form-encoded inside `diag`).
    assert!(r.body.contains("motivation%3D2"));
    assert!(r.body.contains("barriers%3Dfear"));
}
