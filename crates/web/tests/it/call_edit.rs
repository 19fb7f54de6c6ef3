//! The coordination writes a call in the back office: a filled form makes a
//! draft with its money, its closing hour in Brussels time, its words,
//! criteria and questions; wrong input comes back named with everything
//! typed kept (422); "Add rows" adds rows without saving; an address can
//! be used once; the rules can change until an application is submitted.

use axum::http::StatusCode;
use domain::account::Role;
use domain::grants::application::Action;
use domain::grants::call::CallStatus;
use store::testing::NOW;

use crate::helpers::TestApp;

/// A call as the form sends it, with one blank criterion row (ignored).
fn filled(key: &str) -> Vec<(String, String)> {
    let v: Vec<(&str, &str)> = vec![
        ("key", key),
        ("funder", "Région de Bruxelles-Capitale"),
        ("operator", "Fondation Roi Baudouin"),
        ("envelope", "400 000"),
        ("fee", "10 000"),
        ("min", "5 000"),
        ("max", "15 000"),
        ("tranches", "80, 20"),
        ("report_days", "60"),
        ("opens_on", "2027-01-10"),
        ("closes_on", "2027-03-01"),
        ("closes_time", "12:00"),
        ("languages", "fr"),
        ("languages", "nl"),
        ("kinds", "asbl"),
        ("kinds", "commune"),
        ("publics", "seniors"),
        ("in_region", "1"),
        ("text-fr-title", "Digital Brussels 2027"),
        ("text-fr-summary", "Des projets près de chez vous."),
        (
            "text-fr-rules",
            "Un projet par organisation.\r\n\r\nDeux tranches.",
        ),
        ("text-nl-title", "Digital Brussels 2027 (nl)"),
        ("text-nl-summary", "Projecten dicht bij huis."),
        ("text-nl-rules", "Eén project per organisatie."),
        ("crit-0-key", "relevance"),
        ("crit-0-weight", "3"),
        ("crit-0-scale", "5"),
        ("crit-0-label-fr", "Pertinence"),
        ("crit-0-label-nl", "Relevantie"),
        ("crit-1-key", ""),
        ("crit-1-weight", ""),
        ("q-0-key", "partners"),
        ("q-0-max", "2000"),
        ("q-0-required", "1"),
        ("q-0-label-fr", "Vos partenaires"),
        ("q-0-label-nl", "Uw partners"),
    ];
    v.into_iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

fn pairs(v: &[(String, String)]) -> Vec<(&str, &str)> {
    v.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect()
}

fn set(v: &mut [(String, String)], key: &str, value: &str) {
    for (k, x) in v.iter_mut() {
        if k == key {
            *x = value.to_string();
        }
    }
}

#[tokio::test]
async fn the_coordination_writes_a_call_as_a_draft_then_publishes_it() {
    let app = TestApp::demo().await;
    let coord = app.sign_in(Role::Coordinator, &[]).await;
    let page = app.get_as(Some(&coord), "/fr/bo/calls/new").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("name=\"crit-1-key\""),
        "blank rows offered"
    );
    assert!(page.body.contains("value=\"80, 20\""), "tranches proposed");

    let r = app
        .post_form(
            Some(&coord),
            "/fr/bo/calls/new",
            &pairs(&filled("digital-2027")),
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(r.header("location"), "/fr/bo/calls/digital-2027?saved");
    let c = app.db().call_by_key("digital-2027").await.unwrap().unwrap();
    assert_eq!(c.status, CallStatus::Draft);
    assert_eq!(c.funder.name, "Région de Bruxelles-Capitale");
    assert_eq!(c.operator.name, "Fondation Roi Baudouin");
    assert_eq!(
        (
            c.def.envelope_cents,
            c.def.operator_fee_cents,
            c.def.min_cents,
            c.def.max_cents
        ),
        (40_000_000, 1_000_000, 500_000, 1_500_000)
    );
    // 1 March 2027 at noon in Brussels (UTC+1 in winter).
    assert_eq!(c.def.closes_at, 1_803_898_800);
    assert_eq!(c.def.tranches, vec![80, 20]);
    assert_eq!(c.def.criteria.len(), 1, "the blank row is no criterion");
    assert_eq!(c.def.questions[0].labels["nl"], "Uw partners");
    assert!(c.def.questions[0].required);
    assert_eq!(
        c.text("fr").rules,
        "Un projet par organisation.\n\nDeux tranches."
    );
    // A draft is not public; published, it is.
    assert_eq!(
        app.get("/fr/calls/digital-2027").await.status,
        StatusCode::NOT_FOUND
    );
    let call_page = app
        .get_as(Some(&coord), "/fr/bo/calls/digital-2027?saved")
        .await;
    assert!(call_page.body.contains("L’appel est enregistré."));
    assert!(call_page.body.contains("/fr/bo/calls/digital-2027/edit"));
    app.post_form(Some(&coord), "/fr/bo/calls/digital-2027/publish", &[])
        .await;
    let public = app.get("/fr/calls/digital-2027").await;
    assert_eq!(public.status, StatusCode::OK);
    assert!(public.body.contains("Digital Brussels 2027"));
    assert!(public.body.contains("Fondation Roi Baudouin"));
    assert!(public.body.contains("Pertinence"));

    // Another role cannot write calls.
    let org = app.state.directory().place_at(0).organisation_id;
    for role in [Role::EpnManager, Role::Applicant, Role::Jury] {
        let who = app.sign_in(role, &[org]).await;
        let r = app
            .post_form(Some(&who), "/fr/bo/calls/new", &pairs(&filled("sneaky")))
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{role:?}");
    }
    assert!(app.db().call_by_key("sneaky").await.unwrap().is_none());
}

#[tokio::test]
async fn wrong_input_is_named_and_everything_typed_is_kept() {
    let app = TestApp::demo().await;
    let coord = app.sign_in(Role::Coordinator, &[]).await;
    let mut form = filled("Digital 2027");
    set(&mut form, "envelope", "beaucoup");
    set(&mut form, "max", "4 000");
    set(&mut form, "closes_on", "2027-01-01");
    set(&mut form, "tranches", "80, 30");
    set(&mut form, "text-nl-title", "");
    set(&mut form, "crit-1-key", "relevance");
    set(&mut form, "crit-1-weight", "0");
    let r = app
        .post_form(Some(&coord), "/fr/bo/calls/new", &pairs(&form))
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let b = &r.body;
    for (anchor, words) in [
        (
            "#key",
            "Adresse de l’appel : seulement des lettres minuscules",
        ),
        ("#envelope", "Enveloppe : tapez un montant en euros"),
        (
            "#closes_on",
            "Clôture : l’appel doit clôturer après son ouverture.",
        ),
        ("#tranches", "Tranches de paiement : des pour cent"),
        ("#text-nl-title", "Nederlands — Titre : à remplir."),
        (
            "#crit-1-key",
            "Critère 2 — Nom court : ce nom court est déjà utilisé plus haut.",
        ),
        (
            "#crit-1-weight",
            "Critère 2 — Poids (1 à 100) : tapez un nombre entier",
        ),
        (
            "#crit-1-label-fr",
            "Critère 2 — Libellé en Français : à remplir dans cette langue",
        ),
    ] {
        assert!(b.contains(&format!("href=\"{anchor}\"")), "{anchor}");
        assert!(b.contains(words), "{words}");
    }
    assert!(!b.contains("calls-form-"), "a message key shown raw");
    assert!(
        b.contains("<title>Erreur : Nouvel appel à projets"),
        "said once in the title"
    );
    assert!(!b.contains("Erreur : Erreur"));
    // What was typed is still there.
    assert!(b.contains("value=\"beaucoup\""));
    assert!(b.contains("value=\"Digital 2027\""));
    assert!(b.contains("Un projet par organisation."));
    assert!(b.contains("value=\"Vos partenaires\""));
    assert!(
        app.db()
            .calls()
            .await
            .unwrap()
            .iter()
            .all(|c| c.def.key != "digital-2027")
    );

    // An address that is another call's, or a page's.
    let r = app
        .post_form(Some(&coord), "/fr/bo/calls/new", &pairs(&filled("first")))
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    for key in ["first", "new"] {
        let r = app
            .post_form(Some(&coord), "/fr/bo/calls/new", &pairs(&filled(key)))
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{key}");
        assert!(
            r.body.contains("un autre appel a déjà cette adresse"),
            "{key}"
        );
    }
}

#[tokio::test]
async fn more_rows_come_without_saving_and_keep_what_was_typed() {
    let app = TestApp::demo().await;
    let coord = app.sign_in(Role::Coordinator, &[]).await;
    let mut form = filled("with-rows");
    form.push(("more".into(), "1".into()));
    let r = app
        .post_form(Some(&coord), "/fr/bo/calls/new", &pairs(&form))
        .await;
    assert_eq!(r.status, StatusCode::OK);
    // Two rows were sent (one blank), two more are offered.
    assert!(r.body.contains("name=\"crit-3-key\""));
    assert!(!r.body.contains("name=\"crit-4-key\""));
    assert!(r.body.contains("value=\"Relevantie\""));
    assert!(app.db().call_by_key("with-rows").await.unwrap().is_none());
}

#[tokio::test]
async fn the_rules_can_change_until_an_application_is_submitted() {
    let app = TestApp::demo().await;
    let coord = app.sign_in(Role::Coordinator, &[]).await;
    let r = app
        .post_form(Some(&coord), "/fr/bo/calls/new", &pairs(&filled("edited")))
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let edit = app.get_as(Some(&coord), "/fr/bo/calls/edited/edit").await;
    assert_eq!(edit.status, StatusCode::OK);
    assert!(edit.body.contains("value=\"400000,00\""));
    assert!(edit.body.contains("value=\"12:00\""));
    let mut form = filled("ignored-key");
    set(&mut form, "max", "12 000");
    set(&mut form, "operator", "Région de Bruxelles-Capitale");
    let r = app
        .post_form(Some(&coord), "/fr/bo/calls/edited/edit", &pairs(&form))
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let c = app.db().call_by_key("edited").await.unwrap().unwrap();
    assert_eq!(c.def.max_cents, 1_200_000);
    assert_eq!(c.operator.id, c.funder.id);
    assert!(app.db().call_by_key("ignored-key").await.unwrap().is_none());

    // Once an application is submitted, the rules stay as they were read.
    let org = app
        .db()
        .ensure_organisation("ASBL Test", "asbl", None, NOW)
        .await
        .unwrap();
    let a = app
        .db()
        .create_application(
            c.id,
            org,
            &store::grants::NewApplication {
                lang: "fr".into(),
                title: "Projet".into(),
                ..Default::default()
            },
            None,
            NOW,
        )
        .await
        .unwrap();
    app.db()
        .step_application(a, Action::Submitted, None, None, NOW)
        .await
        .unwrap();
    let frozen = app.get_as(Some(&coord), "/fr/bo/calls/edited/edit").await;
    assert_eq!(frozen.status, StatusCode::CONFLICT);
    assert!(frozen.body.contains("dès qu’une candidature est envoyée"));
    let r = app
        .post_form(
            Some(&coord),
            "/fr/bo/calls/edited/edit",
            &pairs(&filled("x")),
        )
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert_eq!(
        app.db()
            .call_by_key("edited")
            .await
            .unwrap()
            .unwrap()
            .def
            .max_cents,
        1_200_000
    );
}
