//! Reaching a place first: the ways to contact it come before its details,
//! a place without any points to its organisation's or the region's contact,
//! numbers stay left to right on Arabic pages, text in another language
//! carries its `lang`.

use domain::LabelStatus;
use domain::diagnostic::Level;
use domain::geo::LatLon;
use domain::sessions::{Occurrence, Theme};
use store::places::NewPlace;
use store::sessions::NewSession;
use store::testing::NOW;

use crate::helpers::{DAY, HOUR, TestApp};

/// A place in Molenbeek (21012) of a new organisation, with `f` applied.
async fn add_place(app: &TestApp, org: i64, name: &str, f: impl FnOnce(&mut NewPlace)) -> i64 {
    let mut p = NewPlace {
        organisation_id: org,
        kind: domain::PlaceKind::Epn,
        name: name.into(),
        commune_nis: Some("21012".into()),
        label_status: LabelStatus::None,
        ..Default::default()
    };
    f(&mut p);
    let id = app.db().create_place(&p, NOW).await.unwrap();
    app.state.refresh().await.unwrap();
    id
}

async fn org(app: &TestApp, name: &str) -> i64 {
    app.db()
        .create_organisation(None, name, "asbl", NOW)
        .await
        .unwrap()
}

/// The text between `start` and the next `end` (panics when absent).
fn between<'a>(body: &'a str, start: &str, end: &str) -> &'a str {
    let from = body
        .find(start)
        .unwrap_or_else(|| panic!("{start} missing"));
    let rest = &body[from..];
    &rest[..rest.find(end).unwrap_or(rest.len())]
}

#[tokio::test]
async fn a_place_s_ways_to_reach_it_come_before_its_hours_and_read_left_to_right_in_arabic() {
    let app = TestApp::demo().await;
    let o = org(&app, "Asbl Contact").await;
    let id = add_place(&app, o, "Espace Contact", |p| {
        p.address = Some("Rue Comte de Flandre 15".into());
        p.postcode = Some("1080".into());
        p.location = Some(LatLon {
            lat: 50.8549,
            lon: 4.3378,
        });
        p.phone = Some("+32 2 411 00 00".into());
        p.email = Some("info@contact.example".into());
        p.opening_hours = Some("Mo-Fr 09:00-12:00,13:00-17:00".into());
        p.description = Some("Un espace pour tous.".into());
        p.services = vec!["training".into()];
    })
    .await;
    let r = app.get(&format!("/ar/places/{id}")).await;
    assert_eq!(r.status, 200);
    // The page's main content (the head's JSON-LD repeats the facts).
    let b = &r.body[r.body.find("<main").unwrap()..];
    // Phone, e-mail and directions, isolated left to right, before the details.
    assert!(
        b.contains("href=\"tel:+3224110000\"><bdi dir=\"ltr\">+32 2 411 00 00</bdi></a>"),
        "{b}"
    );
    assert!(b.contains(
        "href=\"mailto:info@contact.example\"><bdi dir=\"ltr\">info@contact.example</bdi>"
    ));
    assert!(
        b.contains("href=\"geo:50.854900,4.337800?q=Rue%20Comte%20de%20Flandre%2015,%201080%20"),
        "directions to the person's own map app"
    );
    assert!(b.contains("<bdi dir=\"ltr\">1080</bdi>"), "the postcode");
    let tel = b.find("tel:").unwrap();
    for detail in [
        "<table class=\"hours\">",
        "Un espace pour tous.",
        "<ul class=\"tags\">",
    ] {
        assert!(
            tel < b.find(detail).unwrap_or_else(|| panic!("{detail}")),
            "contact before {detail}"
        );
    }
    // Hours as spans that keep their order: 09:00–12:00, 13:00–17:00.
    let table = between(b, "<table class=\"hours\">", "</table>");
    assert!(
        table.contains("<bdi dir=\"ltr\">09:00–12:00</bdi>, <bdi dir=\"ltr\">13:00–17:00</bdi>"),
        "{table}"
    );
    // It can be called: no helpline, no "no phone" sentence.
    assert!(!b.contains("digitalhelp.brussels"));

    // The search card: directions, phone, e-mail.
    let r = app.get("/ar/search?q=Espace%20Contact").await;
    let card = between(&r.body, "Espace Contact</a>", "</article>");
    assert!(
        card.contains("<bdi dir=\"ltr\">+32 2 411 00 00</bdi>"),
        "{card}"
    );
    assert!(card.contains("href=\"geo:"), "{card}");
    assert!(card.contains("mailto:info@contact.example"), "{card}");
}

#[tokio::test]
async fn a_place_without_phone_points_to_the_region_s_helpline_not_to_a_phone_it_lacks() {
    let app = TestApp::demo().await;
    let id = app.get("/api/v1/places?q=sapiens").await.json()["items"][0]["id"]
        .as_i64()
        .unwrap();
    let r = app.get(&format!("/en/places/{id}")).await;
    let reach = between(&r.body, "<section class=\"reach\"", "</section>");
    assert!(!reach.contains("call first"), "no phone to call: {reach}");
    assert!(reach.contains("ask before you go"), "{reach}");
    assert!(
        reach.contains("href=\"http://digitalhelp.brussels\""),
        "the region's page: {reach}"
    );
    // Its name is only known in French: marked as French on an English page.
    assert!(
        reach.contains("<span lang=\"fr\">Coordination Inclusion Numérique (CIRB)</span>"),
        "{reach}"
    );
    let fr = app.get(&format!("/fr/places/{id}")).await;
    assert!(fr.body.contains("Coordination Inclusion Numérique (CIRB)"));
    assert!(
        !fr.body.contains("lang=\"fr\">Coordination"),
        "no lang mark in its own language"
    );

    // On the results too, every card says whom to ask.
    let r = app.get("/en/search?q=1210").await;
    assert_eq!(r.status, 200);
    let cards = r.body.matches("<article class=\"card\">").count();
    assert!(cards > 0);
    assert_eq!(
        r.body.matches("digitalhelp.brussels</bdi></a>").count(),
        cards,
        "one way to ask per card"
    );
    assert!(!r.body.contains("call first"));
}

#[tokio::test]
async fn a_place_without_phone_shows_its_organisation_s_contact_and_its_next_sessions() {
    let app = TestApp::demo().await;
    let o = org(&app, "Asbl Deux Lieux").await;
    add_place(&app, o, "Siège Deux Lieux", |p| {
        p.phone = Some("02 555 12 12".into())
    })
    .await;
    let quiet = add_place(&app, o, "Annexe Deux Lieux", |p| {
        p.address = Some("Rue de la Colonne 1".into());
        p.postcode = Some("1080".into());
    })
    .await;
    let session = NewSession {
        organisation_id: o,
        place_id: Some(quiet),
        location: None,
        postcode: None,
        commune_nis: None,
        title: "Digitale hulp".into(),
        title_lang: None,
        description: None,
        theme: Theme::Devices,
        level: Level::Beginner,
        languages: vec!["nl".into()],
        seats: 8,
        waiting_list: false,
        self_booking: false,
        price_cents: 0,
        publics: vec![],
        bring: None,
        accessibility: vec![],
    };
    let starts = NOW + 3 * DAY;
    let occ = Occurrence {
        date: chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap(),
        starts_at: starts,
        ends_at: starts + 2 * HOUR,
    };
    app.db()
        .publish_sessions(&session, None, &[occ], None, NOW)
        .await
        .unwrap();

    let r = app.get(&format!("/fr/places/{quiet}")).await;
    let b = &r.body;
    let reach = between(b, "<section class=\"reach\"", "</section>");
    assert!(
        reach.contains("href=\"tel:025551212\""),
        "the organisation's phone: {reach}"
    );
    assert!(
        reach.contains("href=\"geo:0.000000,0.000000?q=Rue%20de%20la%20Colonne%201,%201080%20"),
        "{reach}"
    );
    // An address is known: the page does not say it is not.
    assert!(!b.contains("L'adresse exacte n'est pas connue"));
    assert!(reach.contains("pas depuis cette adresse"));
    // Its next sessions follow the contact, before the details; a Dutch title is marked Dutch.
    let sessions = b.find("place-sessions-title").expect("the sessions");
    assert!(sessions < b.find("class=\"updated\"").unwrap());
    assert!(b.contains("lang=\"nl\">Digitale hulp</a>"), "{b}");

    let card = app.get("/fr/search?q=Annexe%20Deux%20Lieux").await;
    let card = between(&card.body, "Annexe Deux Lieux</a>", "</article>");
    assert!(card.contains("Asbl Deux Lieux"), "{card}");
    assert!(card.contains("href=\"tel:025551212\""), "{card}");
    assert!(card.contains("renseignez-vous avant d'y aller"), "{card}");
}

#[tokio::test]
async fn a_session_title_in_another_language_than_the_page_says_which() {
    let app = TestApp::demo().await;
    // Given in Dutch, French and Arabic, titled in Dutch (the demo's language of the title).
    let fr = app.get("/fr/sessions").await.body;
    assert!(
        fr.contains("lang=\"nl\">Digitale hulp – inloopmoment</a>"),
        "{fr}"
    );
    assert!(fr.contains("lang=\"nl\">Programmeren voor beginners</a>"));
    // A French title on a French page needs no mark; on a Dutch page it has one.
    assert!(fr.contains("\">Premiers pas avec son smartphone</a>"));
    assert!(!fr.contains("lang=\"fr\">Premiers pas"));
    let nl = app.get("/nl/sessions").await.body;
    assert!(
        nl.contains("lang=\"fr\">Premiers pas avec son smartphone</a>"),
        "{nl}"
    );
    assert!(!nl.contains("lang=\"nl\">Digitale hulp"));
}

#[tokio::test]
async fn home_leads_to_sessions_and_the_label_and_the_footer_speaks_plainly() {
    let app = TestApp::demo().await;
    for lang in ["fr", "nl", "en", "ar"] {
        let b = app.get(&format!("/{lang}/")).await.body;
        assert!(b.contains(&format!("href=\"/{lang}/sessions\"")), "{lang}");
        assert!(b.contains(&format!("href=\"/{lang}/label\"")), "{lang}");
        assert!(!b.contains("(API)"), "{lang}: no jargon in the footer");
    }
}

#[tokio::test]
async fn commune_pages_mark_the_other_language_s_name_and_isolate_postcodes() {
    let app = TestApp::demo().await;
    let nl = app.get("/nl/communes/molenbeek-saint-jean").await.body;
    assert!(
        nl.contains("<span lang=\"fr\">Molenbeek-Saint-Jean</span>"),
        "{nl}"
    );
    let fr = app.get("/ar/communes/molenbeek-saint-jean").await.body;
    assert!(fr.contains("<bdi dir=\"ltr\">1080</bdi>"));
    assert!(
        app.get("/ar/communes")
            .await
            .body
            .contains("(<bdi dir=\"ltr\">1080</bdi>)")
    );
}

#[tokio::test]
async fn a_mobile_service_without_phone_does_not_ask_to_call() {
    let app = TestApp::demo().await;
    let o = org(&app, "Asbl Bus").await;
    let id = add_place(&app, o, "Bus numérique", |p| p.mobile = true).await;
    let b = app.get(&format!("/en/places/{id}")).await.body;
    assert!(!b.contains("Call to know"), "nothing to call");
    assert!(!b.contains("call to know"), "nothing to call");
    assert!(b.contains("Mobile: ask where and when"));
    assert!(b.contains("Ask where it will be."));
    assert!(b.contains("digitalhelp.brussels"), "whom to ask");
}
