//! Errors a person cannot miss: after a failed submit of a public form
//! (booking a seat for someone or alone, the self-check, "report a
//! mistake"), the error summary is the first thing in the page's main
//! content, takes the focus without JavaScript (`autofocus`), and the page's
//! title starts with the translated "Error:".

use axum::http::StatusCode;
use domain::Lang;
use store::testing::NOW;
use web::i18n::t_args;

use crate::helpers::TestApp;
use crate::helpers::sessions::*;

/// The text of the page's `<title>`.
fn title(body: &str) -> &str {
    let start = body.find("<title>").expect("a title") + "<title>".len();
    let end = body[start..].find("</title>").unwrap() + start;
    &body[start..end]
}

/// The HTML of the page's main content.
fn main_of(body: &str) -> &str {
    let start = body.find("<main").expect("a main");
    let open = body[start..].find('>').unwrap() + start + 1;
    &body[open..]
}

/// The error page's promises: the prefixed title, the summary first in main
/// with the focus, and the summary naming `field`.
fn assert_error_page(lang: Lang, body: &str, field: &str) {
    // What comes before the page's own title (Arabic isolates the argument).
    let full = t_args(
        lang,
        "form-error-page-title",
        &[("title", "§".to_owned().into())],
    );
    let prefix = full.split('§').next().unwrap().trim_end_matches('\u{2068}');
    assert!(prefix.len() > 3, "{prefix:?}");
    assert!(
        title(body).starts_with(prefix),
        "title {:?} does not start with {prefix:?}",
        title(body)
    );
    let main = main_of(body);
    assert!(
        main.starts_with("<div class=\"error-summary\""),
        "the summary is not first in main: {}",
        &main[..main.len().min(300)]
    );
    let summary_tag = &main[..main.find('>').unwrap()];
    assert!(summary_tag.contains("autofocus"), "{summary_tag}");
    assert!(summary_tag.contains("tabindex=\"-1\""), "{summary_tag}");
    assert!(
        main.contains(&format!("href=\"#{field}\"")),
        "the summary links to #{field}"
    );
    assert_eq!(
        body.matches("autofocus").count(),
        1,
        "one element takes the focus"
    );
}

#[tokio::test]
async fn a_failed_booking_shows_its_errors_first_with_the_focus_and_an_error_title() {
    let app = TestApp::demo().await;
    let id = publish(&app, "Jardinier", Spec::default()).await;
    let (b, _) = referrer(&app).await;
    // The page as it opens: no summary, no prefix, nothing takes the focus.
    let page = app.get_as(Some(&b), &format!("/fr/sessions/{id}")).await;
    assert!(!page.body.contains("autofocus"));
    assert!(!title(&page.body).starts_with("Erreur"));

    let r = app
        .post_form(
            Some(&b),
            &format!("/fr/bo/sessions/{id}/bookings"),
            &[("name", "Amina"), ("phone", "call me")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_error_page(Lang::Fr, &r.body, "phone");
    assert!(
        title(&r.body).starts_with("Erreur : "),
        "{}",
        title(&r.body)
    );
    // Before the session's details, and what was typed is kept.
    let main = main_of(&r.body);
    assert!(main.find("error-summary").unwrap() < main.find("<h1").unwrap());
    assert!(r.body.contains("value=\"Amina\"") && r.body.contains("value=\"call me\""));
}

#[tokio::test]
async fn booking_alone_with_a_mistake_in_arabic_says_error_first() {
    let app = TestApp::demo().await;
    let id = publish(
        &app,
        "Jardinier",
        Spec {
            self_booking: true,
            ..Spec::default()
        },
    )
    .await;
    let stamp = web::antispam::form_stamp(NOW - 10);
    let r = app
        .post_form(
            None,
            &format!("/ar/sessions/{id}/book"),
            &[("name", ""), ("consent", "yes"), ("stamp", &stamp)],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_error_page(Lang::Ar, &r.body, "name");
    assert!(title(&r.body).starts_with("خطأ"), "{}", title(&r.body));
}

#[tokio::test]
async fn a_report_too_short_shows_its_errors_first_with_an_error_title() {
    let app = TestApp::demo().await;
    let id = crate::helpers::place_named(&app, "Open Atelier 110 – Jardinier");
    let stamp = web::antispam::form_stamp(NOW - 10);
    let r = app
        .post_form(
            None,
            &format!("/fr/places/{id}/report"),
            &[("message", "faux"), ("contact", "moi"), ("stamp", &stamp)],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_error_page(Lang::Fr, &r.body, "message");
    assert!(r.body.contains(">faux</textarea>") && r.body.contains("value=\"moi\""));
}

#[tokio::test]
async fn a_self_check_step_without_an_answer_shows_its_error_first() {
    let app = TestApp::demo().await;
    for lang in [Lang::Fr, Lang::Ar] {
        let l = lang.code();
        let r = app
            .get(&format!("/{l}/diagnostic?step=2&equipment=tablet&go=next"))
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_error_page(lang, &r.body, "internet-yes");
        // The answer already given is still carried.
        assert!(r.body.contains("name=\"equipment\" value=\"tablet\""));
    }
}

/// Every page that shows an error summary says "Error:" first in its title —
/// also the back-office forms that do not ask for it themselves — and a
/// title that already says it is not prefixed twice.
#[tokio::test]
async fn every_page_with_an_error_summary_says_error_once_in_its_title() {
    let app = TestApp::demo().await;
    let admin = app.sign_in(domain::account::Role::Admin, &[]).await;
    for lang in Lang::ALL {
        let r = app
            .post_form(
                Some(&admin),
                &format!("/{}/bo/users", lang.code()),
                &[
                    ("email", "not an address"),
                    ("name", ""),
                    ("role", "epn_manager"),
                    ("organisation", ""),
                ],
            )
            .await;
        assert!(
            r.body.contains("class=\"error-summary\""),
            "{lang:?}: {}",
            r.status
        );
        let full = t_args(
            lang,
            "form-error-page-title",
            &[("title", "§".to_owned().into())],
        );
        let prefix = full.split('§').next().unwrap().trim_end_matches('\u{2068}');
        assert!(
            title(&r.body).starts_with(prefix),
            "{lang:?}: {}",
            title(&r.body)
        );
        assert_eq!(
            title(&r.body).matches(prefix.trim()).count(),
            1,
            "{lang:?}: {}",
            title(&r.body)
        );
    }
    // A form that prefixes its own title (the activity log) is not prefixed twice.
    let org = app.db().list_organisations().await.unwrap()[0].id;
    let epn = app.sign_in(domain::account::Role::EpnManager, &[org]).await;
    let r = app
        .post_form(Some(&epn), "/fr/bo/activity", &[("date", "hier")])
        .await;
    assert!(r.body.contains("class=\"error-summary\""), "{}", r.status);
    assert_eq!(
        title(&r.body).matches("Erreur").count(),
        1,
        "{}",
        title(&r.body)
    );
}
