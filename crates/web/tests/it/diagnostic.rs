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

/// Publishes a one-off beginners' session at the demo place named `at`, `days` from now.
async fn publish(
    app: &TestApp,
    at: &str,
    title: &str,
    theme: Theme,
    price_cents: i64,
    days: i64,
) -> i64 {
    publish_level(app, at, title, theme, price_cents, days, Level::Beginner).await
}

/// [`publish`] at another level.
async fn publish_level(
    app: &TestApp,
    at: &str,
    title: &str,
    theme: Theme,
    price_cents: i64,
    days: i64,
    level: Level,
) -> i64 {
    let dir = app.state.directory();
    let p = dir.places().find(|p| p.name.contains(at)).unwrap();
    let s = NewSession {
        organisation_id: p.organisation_id,
        place_id: Some(p.id),
        location: None,
        postcode: None,
        commune_nis: None,
        title: title.into(),
        title_lang: None,
        description: None,
        theme,
        level,
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
async fn the_suggested_sessions_are_listed_soonest_first() {
    let app = TestApp::demo().await;
    let at = "Open Atelier 110 – Jardinier";
    // Anne's one gap is solving problems (devices); her level is intermediate.
    // The later session fits better (her gap), the sooner one less (her level):
    // both are suggested, the soonest first.
    let later = publish(&app, at, "Son appareil", Theme::Devices, 0, 10).await;
    let sooner = publish_level(
        &app,
        at,
        "Sécurité",
        Theme::Safety,
        0,
        3,
        Level::Intermediate,
    )
    .await;
    let r = app.get(&result_uri("fr", ANNE, "1080")).await;
    assert_eq!(r.status, StatusCode::OK);
    let section = &r.body[r.body.find("id=\"diag-sessions\"").unwrap()..];
    let pos = |id: i64| {
        section
            .find(&format!("/fr/sessions/{id}\""))
            .unwrap_or_else(|| panic!("session {id} not suggested"))
    };
    assert!(
        pos(sooner) < pos(later),
        "the session in 3 days comes before the one in 10"
    );
    // And every suggestion is in date order: the dates as shown, read in order.
    let sessions = app.db().sessions_between(0, i64::MAX).await.unwrap();
    let shown: Vec<i64> = sessions
        .iter()
        .filter_map(|s| {
            section
                .find(&format!("/fr/sessions/{}\"", s.id))
                .map(|p| (p, s.starts_at))
        })
        .collect::<std::collections::BTreeMap<_, _>>()
        .into_values()
        .collect();
    assert!(shown.len() >= 2 && shown.is_sorted(), "{shown:?}");
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

/// Follows a redirect: the path and query it points to.
fn location(r: &crate::helpers::TestResponse) -> String {
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    r.header("location").to_owned()
}

/// The query of a step's address with one more pair.
fn with(uri: &str, key: &str, value: &str) -> String {
    let mut s = form_urlencoded::Serializer::new(String::new());
    s.append_pair(key, value);
    format!("{uri}&{}", s.finish())
}

#[tokio::test]
async fn missing_or_wrong_answers_give_the_first_step_with_a_problem() {
    let app = TestApp::demo().await;
    // An old address of the one-page form: a "none" with a device, a value that
    // is not an answer, the later questions missing.
    let r = app
        .get("/fr/diagnostic/result?equipment=none&equipment=smartphone&internet=phone&email=maybe&where=1080")
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("class=\"error-summary\""));
    // The first question with a problem, named and linked; only that one.
    assert!(r.body.contains("href=\"#equipment-smartphone\""));
    assert!(
        r.body
            .contains(&html(&t(Lang::Fr, "diag-error-none-with-others")))
    );
    assert!(!r.body.contains("href=\"#email-alone\""));
    assert_eq!(r.body.matches("<fieldset").count(), 1);
    // What was chosen is kept: ticked here, carried for the other steps.
    assert!(
        r.body
            .contains("id=\"equipment-none\" name=\"equipment\" value=\"none\" checked")
    );
    assert!(r.body.contains("name=\"internet\" value=\"phone\""));
    assert!(r.body.contains("name=\"email\" value=\"maybe\""));
    assert!(r.body.contains("value=\"1080\""));

    // The devices fixed: the wrong e-mail answer (question 3) comes next.
    let r = app
        .get("/fr/diagnostic/result?equipment=smartphone&internet=phone&email=maybe")
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("href=\"#email-alone\""));
    // The summary names the question by its number; the field says what is wrong.
    let item = t_args(
        Lang::Fr,
        "diagp-error-item",
        &[
            ("number", 3.into()),
            ("message", t(Lang::Fr, "diag-error-invalid").into()),
        ],
    );
    assert!(r.body.contains(&html(&item)), "{}", r.body);
    assert!(r.body.contains(&format!(
        "<p class=\"field-error\" id=\"email-error\">{}</p>",
        html(&t(Lang::Fr, "diag-error-invalid"))
    )));
    assert!(r.body.contains(&html(&t_args(
        Lang::Fr,
        "forms-diag-progress",
        &[("step", 3.into()), ("steps", 12.into())]
    ))));

    // Everything answered but the postcode field is too long: the last step.
    let long = "x".repeat(101);
    let r = app.get(&result_uri("fr", ANNE, &long)).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("href=\"#where\""));
    assert!(r.body.contains("id=\"q-knows-help\""));

    // "Change my answers" gives the first step filled in, without errors.
    let query = result_uri("fr", ANNE, "1080").replace("/fr/diagnostic/result?", "");
    let r = app.get(&format!("/fr/diagnostic?{query}")).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(!r.body.contains("error-summary"));
    assert!(r.body.contains("name=\"motivation\" value=\"1\""));
}

#[tokio::test]
async fn the_self_check_asks_one_question_per_page_and_goes_back_keeping_the_answers() {
    let app = TestApp::demo().await;
    let r = app.get("/fr/diagnostic").await;
    assert_eq!(r.status, StatusCode::OK);
    // A GET form of one question, the progress in words, no way back on the first.
    assert!(r.body.contains("action=\"/fr/diagnostic\" method=\"get\""));
    assert_eq!(r.body.matches("<fieldset").count(), 1);
    assert!(r.body.contains("type=\"checkbox\" id=\"equipment-none\""));
    assert!(r.body.contains("Question 1 sur 12"));
    assert!(!r.body.contains("value=\"back\""));
    assert!(r.body.contains(&html(&t(Lang::Fr, "diagp-intro-private"))));

    // Louis's answers, one step at a time, each step's address carrying the earlier ones.
    let mut uri = "/fr/diagnostic?step=1".to_owned();
    for (step, q) in domain::diagnostic::QUESTIONS.iter().enumerate() {
        let step = step + 1;
        let page = app.get(&uri).await;
        assert_eq!(page.status, StatusCode::OK, "{uri}");
        assert!(
            page.body.contains(&format!("Question {step} sur 12")),
            "{uri}"
        );
        assert!(page.body.contains(&format!("id=\"q-{}\"", q.id)));
        assert_eq!(page.body.matches("<fieldset").count(), 1);
        assert_eq!(page.body.contains("value=\"back\""), step > 1);
        let mut next = format!("{uri}&go=next");
        for (k, v) in LOUIS.iter().filter(|(k, _)| *k == q.id) {
            next = with(&next, k, v);
        }
        if step == 12 {
            assert!(
                page.body.contains("id=\"where\""),
                "the last step asks where"
            );
            next = with(&next, "where", "1080");
        }
        // Continuing without the answer: the same step again, with the error.
        if q.kind != domain::diagnostic::QuestionKind::OptionalMulti {
            let empty = app.get(&format!("{uri}&go=next")).await;
            assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY, "{uri}");
            assert!(empty.body.contains(&format!("Question {step} sur 12")));
        }
        uri = location(&app.get(&next).await);
    }
    // After the last step, the result: the same as the one-page address's.
    assert!(uri.starts_with("/fr/diagnostic/result?"), "{uri}");
    assert!(!uri.contains("step=") && !uri.contains("go="), "{uri}");
    let stepwise = app.get(&uri).await;
    let direct = app.get(&result_uri("fr", LOUIS, "1080")).await;
    assert_eq!(stepwise.status, StatusCode::OK);
    let label = html(&t(Lang::Fr, &Persona::Novice.label_key()));
    assert!(stepwise.body.contains(&format!("<strong>{label}</strong>")));
    // The same page but for the address the answers came in.
    let main = |b: &str, uri: &str| {
        let query = html(uri.split_once('?').unwrap().1);
        b[b.find("<main").unwrap()..b.find("</main>").unwrap()].replace(&query, "")
    };
    assert_eq!(
        main(&stepwise.body, &uri),
        main(&direct.body, &result_uri("fr", LOUIS, "1080"))
    );
    assert!(direct.body.contains(&format!("<strong>{label}</strong>")));

    // Back from step 5 with a new answer there: step 4, every answer kept, step 5's too.
    let answers = result_uri("fr", LOUIS, "1080")
        .replace("/fr/diagnostic/result?", "")
        .replace("information=1&", "");
    let back = app
        .get(&format!(
            "/fr/diagnostic?step=5&{answers}&information=3&go=back"
        ))
        .await;
    let to = location(&back);
    assert!(to.starts_with("/fr/diagnostic?step=4&"), "{to}");
    let step4 = app.get(&to).await;
    assert!(
        step4.body.contains("name=\"information\" value=\"3\""),
        "step 5's new answer kept"
    );
    assert!(step4.body.contains("name=\"motivation\" value=\"2\""));
    assert!(step4.body.contains("name=\"where\" value=\"1080\""));
    assert!(
        step4
            .body
            .contains("id=\"online-form-no\" name=\"online-form\" value=\"no\" checked")
    );
    // And forward again: step 5 shows the answer given there.
    let fwd = location(&app.get(&format!("{to}&go=next")).await);
    assert!(fwd.starts_with("/fr/diagnostic?step=5&"), "{fwd}");
    let step5 = app.get(&fwd).await;
    assert!(
        step5
            .body
            .contains("id=\"information-3\" name=\"information\" value=\"3\" checked")
    );

    // A result without a postcode offers to add one: the last step, answers kept.
    let r = app.get(&result_uri("fr", LOUIS, "")).await;
    assert!(
        r.body
            .contains("href=\"/fr/diagnostic?step=12&amp;equipment=smartphone&amp;")
    );
    let last = app.get(&format!("/fr/diagnostic?step=12&{answers}")).await;
    assert!(last.body.contains("id=\"where\""));

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
