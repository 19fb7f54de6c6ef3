//! The EPN label's procedure on the web: an application from draft to
//! decision with who may do what, e-mails at each step, the badge following
//! the decision, review flags and yearly confirmations. SQLite, and
//! PostgreSQL when TEST_DATABASE_URL is set. (The API and the public pages:
//! label_api.rs.)

use axum::http::StatusCode;
use domain::account::Role;
use store::label::LabelFilter;
use store::testing::NOW;

use crate::helpers::{Browser, TestApp, TestResponse, stored_place as place};

/// The redirect target of a 303.
fn location(r: &TestResponse) -> String {
    assert_eq!(
        r.status,
        StatusCode::SEE_OTHER,
        "{}",
        &r.body[..r.body.len().min(600)]
    );
    r.header("location").to_owned()
}

/// The demo EPN of the Cité des Métiers (refused in 2021) and a manager for it.
async fn cite_manager(app: &TestApp) -> (domain::Place, Browser) {
    let cite = place(app, "Cité des Métiers").await;
    let b = app.sign_in(Role::EpnManager, &[cite.organisation_id]).await;
    (cite, b)
}

async fn new_draft(app: &TestApp, b: &Browser, place_id: i64) -> i64 {
    let r = app
        .post_form(
            Some(b),
            "/en/bo/label/applications",
            &[("place", &place_id.to_string())],
        )
        .await;
    let loc = location(&r);
    loc.trim_start_matches("/en/bo/label/applications/")
        .trim_end_matches("/edit")
        .parse()
        .unwrap()
}

const FORM: &[(&str, &str)] = &[
    ("computers", "8"),
    ("opening_hours", "Mo-Fr 09:00-12:00"),
    ("training_hours", "2"),
    ("free_access_hours", "6"),
    ("open_to_all_adults", "yes"),
    ("basic_price", "free"),
    ("publics", "adults"),
    ("publics", "job-seekers"),
    ("activities", "Initiations au smartphone le mardi."),
];

fn with<'a>(extra: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut v: Vec<(&str, &str)> = FORM.to_vec();
    v.retain(|(k, _)| !extra.iter().any(|(e, _)| e == k) || *k == "publics");
    v.extend_from_slice(extra);
    v
}

#[tokio::test]
async fn an_epn_manager_applies_sees_why_criteria_fail_and_submits() {
    let app = TestApp::demo().await;
    let (cite, b) = cite_manager(&app).await;
    // A coordinator, to be told of the new application.
    app.sign_in(Role::Coordinator, &[]).await;
    let home = app.get_as(Some(&b), "/en/bo/label").await;
    assert_eq!(home.status, StatusCode::OK);
    assert!(
        home.body.contains("Label refused"),
        "the directory's status"
    );
    assert!(
        home.body
            .contains("Apply for the label for “EPN de la Cité des Métiers”")
    );
    let id = new_draft(&app, &b, cite.id).await;
    let edit = format!("/en/bo/label/applications/{id}/edit");
    assert_eq!(app.get_as(Some(&b), &edit).await.status, StatusCode::OK);

    // A draft is saved; the criteria are explained from the answers.
    let r = app
        .post_form(Some(&b), &edit, &with(&[("action", "save")]))
        .await;
    assert_eq!(location(&r), format!("{edit}?saved"));
    let page = app.get_as(Some(&b), &format!("{edit}?saved")).await;
    assert!(page.body.contains("Your draft is saved."));
    assert!(page.body.contains("Not met – Training"));
    assert!(
        page.body
            .contains("2 hours of training a week: the label asks at least 6.")
    );
    assert!(page.body.contains("value=\"Mo-Fr 09:00-12:00\""), "kept");
    let saved = app.db().label_application(id).await.unwrap().unwrap();
    assert_eq!(saved.facts.training_minutes, Some(120));
    assert_eq!(saved.facts.publics, ["adults", "job-seekers"]);

    // Nothing typed is lost, even what is wrong; submitting needs the charter.
    let r = app
        .post_form(
            Some(&b),
            &edit,
            &with(&[("computers", "eight"), ("action", "submit")]),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("error-summary"));
    assert!(r.body.contains("href=\"#computers\""));
    assert!(r.body.contains("href=\"#charter\""));
    assert!(r.body.contains("value=\"eight\""));
    assert!(r.body.contains("Initiations au smartphone le mardi."));
    assert_eq!(
        app.db().label_application(id).await.unwrap().unwrap().state,
        domain::label::LabelState::Draft
    );

    let r = app
        .post_form(
            Some(&b),
            &edit,
            &with(&[("charter", "2021-06-10"), ("action", "submit")]),
        )
        .await;
    let file = location(&r);
    assert_eq!(file, format!("/en/bo/label/applications/{id}?sent"));
    let page = app.get_as(Some(&b), &file).await;
    assert!(page.body.contains("Your application is sent."));
    assert!(
        page.body
            .contains("2 hours of training a week: the label asks at least 6."),
        "which criteria fail and why"
    );
    let app_row = app.db().label_application(id).await.unwrap().unwrap();
    assert_eq!(app_row.state, domain::label::LabelState::Submitted);
    assert_eq!(app_row.charter_version.as_deref(), Some("2021-06-10"));
    // The applicant and the coordination are told.
    let mails = app.decoded_mails();
    assert!(
        mails
            .iter()
            .any(|m| m.contains("Nouvelle demande de label")),
        "the coordination is told"
    );
    assert!(
        mails
            .iter()
            .any(|m| m.contains("la coordination l’a reçue")),
        "{mails:?}"
    );
    // Submitted: the draft can no longer change.
    let r = app
        .post_form(Some(&b), &edit, &with(&[("action", "save")]))
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(r.body.contains("Sent to the coordination"));
}

#[tokio::test]
async fn managers_are_scoped_to_their_organisation_and_other_roles_are_refused() {
    let app = TestApp::demo().await;
    let (cite, b) = cite_manager(&app).await;
    let ixelles = place(&app, "Ixelles").await;
    // Not for another organisation's place.
    let r = app
        .post_form(
            Some(&b),
            "/en/bo/label/applications",
            &[("place", &ixelles.id.to_string())],
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = app
        .post_form(Some(&b), "/en/bo/label/applications", &[])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("Choose at least one place."));
    let id = new_draft(&app, &b, cite.id).await;
    // One application at a time.
    let r = app
        .post_form(
            Some(&b),
            "/en/bo/label/applications",
            &[("place", &cite.id.to_string())],
        )
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    // Another organisation's manager sees neither this file nor its form.
    let other = app
        .sign_in(Role::EpnManager, &[ixelles.organisation_id])
        .await;
    for uri in [
        format!("/en/bo/label/applications/{id}"),
        format!("/en/bo/label/applications/{id}/edit"),
    ] {
        assert_eq!(
            app.get_as(Some(&other), &uri).await.status,
            StatusCode::FORBIDDEN,
            "{uri}"
        );
    }
    let r = app
        .post_form(
            Some(&other),
            &format!("/en/bo/label/applications/{id}/edit"),
            &with(&[("action", "save")]),
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(
        app.db()
            .label_application(id)
            .await
            .unwrap()
            .unwrap()
            .facts
            .computers,
        None
    );
    // Referrers and juries have nothing to do with the label.
    for role in [Role::Referrer, Role::Jury] {
        let orgs = if role == Role::Referrer {
            vec![cite.organisation_id]
        } else {
            vec![]
        };
        let x = app.sign_in(role, &orgs).await;
        assert_eq!(
            app.get_as(Some(&x), "/en/bo/label").await.status,
            StatusCode::FORBIDDEN,
            "{role:?}"
        );
        assert_eq!(
            app.get_as(Some(&x), &format!("/en/bo/label/applications/{id}"))
                .await
                .status,
            StatusCode::FORBIDDEN
        );
    }
    // An EPN manager takes no step of the committees or the coordination.
    for step in ["examine", "recommend", "advise", "decide", "withdraw"] {
        let r = app
            .post_form(
                Some(&b),
                &format!("/en/bo/label/applications/{id}/{step}"),
                &[],
            )
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{step}");
    }
}

#[tokio::test]
async fn the_coordinator_recommends_the_committee_decides_and_the_badge_follows() {
    let app = TestApp::demo().await;
    let ganshoren = place(&app, "EPN de Ganshoren").await;
    let page = format!("/fr/places/{}", ganshoren.id);
    assert!(app.get(&page).await.body.contains("class=\"badge\""));
    let coordinator = app.sign_in(Role::Coordinator, &[]).await;
    let committee = app.sign_in(Role::Committee, &[]).await;
    let manager = app
        .sign_in(Role::EpnManager, &[ganshoren.organisation_id])
        .await;
    // The steering committee withdraws the label of 2021: the badge goes.
    let granted = app
        .db()
        .label_applications(&LabelFilter {
            place_id: Some(ganshoren.id),
            ..Default::default()
        })
        .await
        .unwrap()[0]
        .id;
    let old = format!("/en/bo/label/applications/{granted}");
    let r = app
        .post_form(
            Some(&committee),
            &format!("{old}/withdraw"),
            &[
                ("withdraw-date", "2026-11-02"),
                (
                    "withdraw-reason",
                    "Fermé le soir et le samedi, moins de 15 h.",
                ),
            ],
        )
        .await;
    location(&r);
    assert_eq!(
        place(&app, "EPN de Ganshoren").await.label,
        domain::LabelStatus::Withdrawn
    );
    assert!(!app.get(&page).await.body.contains("class=\"badge\""));
    assert_eq!(
        app.db()
            .label_events(granted)
            .await
            .unwrap()
            .last()
            .unwrap()
            .body
            .as_deref(),
        Some("steering_committee")
    );
    // Withdrawn: no second withdrawal.
    let r = app
        .post_form(
            Some(&coordinator),
            &format!("{old}/withdraw"),
            &[
                ("withdraw-date", "2026-11-02"),
                ("withdraw-reason", "Encore."),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT);

    // It applies again.
    let id = new_draft(&app, &manager, ganshoren.id).await;
    let base = format!("/en/bo/label/applications/{id}");
    let r = app
        .post_form(
            Some(&manager),
            &format!("{base}/edit"),
            &with(&[
                ("opening_hours", "Mo-Fr 13:00-17:00"),
                ("training_hours", "6"),
                ("charter", "2021-06-10"),
                ("action", "submit"),
            ]),
        )
        .await;
    location(&r);
    let queue = app.get_as(Some(&coordinator), "/en/bo/label").await;
    assert!(
        queue.body.contains("Waiting for the coordination (1)"),
        "{}",
        queue.body
    );

    // The committee cannot recommend; the coordinator cannot decide.
    assert_eq!(
        app.post_form(Some(&committee), &format!("{base}/recommend"), &[])
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.post_form(Some(&coordinator), &format!("{base}/decide"), &[])
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    // Not before the examination starts: refused with a clear message.
    let r = app
        .post_form(
            Some(&coordinator),
            &format!("{base}/recommend"),
            &[
                ("recommend-favourable", "yes"),
                ("recommend-reasons", "Bien."),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(r.body.contains("The application is at the step “Sent to the coordination”. What can happen now: Examination started."), "{}", r.body);

    assert_eq!(
        location(
            &app.post_form(Some(&coordinator), &format!("{base}/examine"), &[])
                .await
        ),
        format!("{base}?done")
    );
    let r = app
        .post_form(
            Some(&coordinator),
            &format!("{base}/visit"),
            &[
                ("visit-date", "2026-11-20"),
                ("visit-notes", "Six postes, accueil chaleureux."),
            ],
        )
        .await;
    location(&r);
    // The applicant's e-mail says a visit was recorded, in its subject too
    // (before, the subject repeated "under examination").
    let subjects: Vec<String> = app
        .decoded_mails()
        .iter()
        .filter_map(|m| {
            m.lines()
                .find(|l| l.starts_with("Subject:"))
                .map(str::to_owned)
        })
        .collect();
    let last = subjects.last().unwrap();
    assert!(
        last.contains("EPN de Ganshoren : visite de courtoisie") && !last.contains("examen"),
        "{subjects:?}"
    );
    // A date in the future and missing reasons are said, typed text kept.
    let r = app
        .post_form(
            Some(&coordinator),
            &format!("{base}/visit"),
            &[("visit-date", "2027-01-01"), ("visit-notes", "Plus tard")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("The date cannot be in the future.") && r.body.contains("Plus tard"));
    let r = app
        .post_form(
            Some(&coordinator),
            &format!("{base}/recommend"),
            &[("recommend-favourable", "yes"), ("recommend-reasons", "  ")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("href=\"#recommend-reasons\""));
    let r = app
        .post_form(
            Some(&coordinator),
            &format!("{base}/recommend"),
            &[
                ("recommend-favourable", "yes"),
                ("recommend-reasons", "Ouvert 20 h, six heures de formation."),
            ],
        )
        .await;
    location(&r);
    let r = app
        .post_form(
            Some(&committee),
            &format!("{base}/advise"),
            &[("advise-favourable", "yes"), ("advise-date", "2026-11-24")],
        )
        .await;
    location(&r);
    // No badge before the decision.
    assert!(!app.get(&page).await.body.contains("class=\"badge\""));
    let r = app
        .post_form(
            Some(&committee),
            &format!("{base}/decide"),
            &[
                ("decide-granted", "yes"),
                ("decide-date", "2026-11-25"),
                ("decide-reasons", "Toutes les conditions sont remplies."),
            ],
        )
        .await;
    location(&r);
    // Recorded with who, when, why; the directory follows; the public page shows the badge.
    let events = app.db().label_events(id).await.unwrap();
    assert_eq!(
        events.iter().map(|e| e.step.as_str()).collect::<Vec<_>>(),
        [
            "submit",
            "start_examination",
            "record_visit",
            "recommend",
            "advise",
            "decide"
        ]
    );
    assert!(events.iter().all(|e| e.user_name.is_some()));
    assert!(
        app.get(&page).await.body.contains("class=\"badge\""),
        "the badge is back"
    );
    let file = app.get_as(Some(&manager), &base).await;
    assert!(
        file.body.contains("Label granted")
            && file.body.contains("Toutes les conditions sont remplies.")
    );
    assert!(file.body.contains("Ouvert 20 h, six heures de formation."));
    // The history: every event with its date (and the time, for a step taken
    // here), each as a plain sentence — before, the steps taken here said
    // "Inconnue" and the decision read "Décision du comité de pilotage octroyé".
    let fr = app
        .get_as(Some(&coordinator), &base.replace("/en/", "/fr/"))
        .await;
    let history = fr
        .body
        .split("<caption>Historique</caption>")
        .nth(1)
        .expect("the history")
        .split("</table>")
        .next()
        .unwrap();
    assert!(
        !history.contains("Inconnue") && !history.contains("Date non donnée"),
        "{history}"
    );
    for sentence in [
        "La demande a été envoyée.",
        "La coordination a commencé l’examen de la demande.",
        "La coordination a fait une visite de courtoisie.",
        "Le coordinateur a recommandé d’octroyer le label.",
        "Le groupe de travail a donné un avis favorable.",
        "Le comité de pilotage a octroyé le label.",
    ] {
        assert!(history.contains(sentence), "{sentence}: {history}");
    }
    assert!(!history.contains("octroyé<"), "no bare outcome word");
    let rows: Vec<&str> = history.split("<tr>").skip(2).collect();
    assert_eq!(rows.len(), 6, "{history}");
    for row in &rows {
        let date = row
            .split("<td>")
            .nth(1)
            .unwrap()
            .split("</td>")
            .next()
            .unwrap();
        assert!(date.contains("2026"), "a date in {row}");
    }
    // Steps taken here (submission, examination) carry the time they were taken.
    assert!(
        rows[0].split("</td>").next().unwrap().contains("11:00 CET"),
        "{}",
        rows[0]
    );
    assert!(
        rows[5].contains("25 novembre 2026"),
        "the committee's date: {}",
        rows[5]
    );
    // The applicant heard of every step (withdrawal, then six steps), in the region's languages.
    let mails = app.decoded_mails();
    assert!(
        mails
            .iter()
            .any(|m| m.contains("le comité de pilotage a octroyé le label")),
        "{mails:?}"
    );
    assert!(mails.iter().any(|m| m.contains("het stuurcomit")));
    assert!(
        mails
            .iter()
            .filter(|m| m.contains("Subject: Label EPN"))
            .count()
            >= 7
    );
    let list = app.get("/en/label/epn").await;
    assert!(list.body.contains("20 labelled places") && list.body.contains("labelled in 2026"));
}

#[tokio::test]
async fn a_labelled_place_below_a_criterion_is_flagged_for_review_and_stays_labelled() {
    let app = TestApp::demo().await;
    let ganshoren = place(&app, "Ganshoren").await;
    let before = app
        .db()
        .editable_place(ganshoren.id)
        .await
        .unwrap()
        .unwrap()
        .record;
    let after = domain::PlaceColumns {
        opening_hours: Some("Mo-Th 14:00-17:00".into()),
        ..before
    };
    app.db()
        .update_place(ganshoren.id, &after, None, None, NOW)
        .await
        .unwrap();
    let coordinator = app.sign_in(Role::Coordinator, &[]).await;
    let r = app
        .post_form(Some(&coordinator), "/en/bo/label/review", &[])
        .await;
    assert_eq!(location(&r), "/en/bo/label?reviewed=1");
    let queue = app
        .get_as(Some(&coordinator), "/en/bo/label?reviewed=1")
        .await;
    assert!(queue.body.contains("1 new thing to look at"));
    assert!(queue.body.contains("EPN de Ganshoren: Open only 12 hours in a usual week: the label asks at least 15. (from the directory)"), "{}", queue.body);
    let flag = app.db().label_flags(true).await.unwrap()[0].id;
    // Committee members see the queue but do not resolve.
    let committee = app.sign_in(Role::Committee, &[]).await;
    assert!(
        app.get_as(Some(&committee), "/en/bo/label")
            .await
            .body
            .contains("Open only 12 hours")
    );
    assert_eq!(
        app.post_form(
            Some(&committee),
            &format!("/en/bo/label/flags/{flag}/resolve"),
            &[]
        )
        .await
        .status,
        StatusCode::FORBIDDEN
    );
    let r = app
        .post_form(
            Some(&coordinator),
            &format!("/en/bo/label/flags/{flag}/resolve"),
            &[("resolution", "Horaires d’hiver.")],
        )
        .await;
    location(&r);
    assert!(app.db().label_flags(true).await.unwrap().is_empty());
    let apps = app
        .db()
        .label_applications(&LabelFilter {
            place_id: Some(ganshoren.id),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(apps[0].state, domain::label::LabelState::Granted);
    assert_eq!(
        place(&app, "Ganshoren").await.label,
        domain::LabelStatus::Labelled
    );
}

#[tokio::test]
async fn a_labelled_epn_confirms_its_data_every_year() {
    let app = TestApp::demo().await;
    let scheut = place(&app, "Scheut").await;
    let id = app
        .db()
        .label_applications(&LabelFilter {
            place_id: Some(scheut.id),
            ..Default::default()
        })
        .await
        .unwrap()[0]
        .id;
    let b = app
        .sign_in(Role::EpnManager, &[scheut.organisation_id])
        .await;
    let file = app
        .get_as(Some(&b), &format!("/en/bo/label/applications/{id}"))
        .await;
    assert!(file.body.contains("Confirm your information for 2026"));
    let coordinator = app.sign_in(Role::Coordinator, &[]).await;
    assert!(
        app.get_as(Some(&coordinator), "/en/bo/label")
            .await
            .body
            .contains("Information not yet confirmed for 2026 (19)")
    );
    let uri = format!("/en/bo/label/applications/{id}/confirm");
    assert_eq!(app.get_as(Some(&b), &uri).await.status, StatusCode::OK);
    let fields = [
        ("computers", "10"),
        ("training_hours", "4"),
        ("free_access_hours", "8"),
        ("open_to_all_adults", "yes"),
        ("basic_price", "free"),
        ("activities", "Ateliers numériques."),
    ];
    let r = app.post_form(Some(&b), &uri, &fields).await;
    assert_eq!(
        r.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "the box must be ticked"
    );
    assert!(r.body.contains("value=\"10\""));
    let mut ticked = fields.to_vec();
    ticked.push(("confirm", "yes"));
    let r = app.post_form(Some(&b), &uri, &ticked).await;
    assert_eq!(
        location(&r),
        format!("/en/bo/label/applications/{id}?confirmed")
    );
    let (year, _, facts) = app.db().label_confirmation(id).await.unwrap().unwrap();
    assert_eq!((year, facts.training_minutes), (2026, Some(240)));
    // 4 hours of training: flagged for the coordination, still labelled.
    let queue = app.get_as(Some(&coordinator), "/en/bo/label").await;
    assert!(
        queue.body.contains(
            "4 hours of training a week: the label asks at least 6. (from the yearly confirmation)"
        ),
        "{}",
        queue.body
    );
    assert!(
        queue
            .body
            .contains("Information not yet confirmed for 2026 (18)")
    );
    // Another organisation cannot confirm for it.
    let other = app
        .sign_in(
            Role::EpnManager,
            &[place(&app, "Ixelles").await.organisation_id],
        )
        .await;
    assert_eq!(
        app.post_form(Some(&other), &uri, &ticked).await.status,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn every_label_page_answers_in_every_language_with_the_2021_history() {
    let app = TestApp::demo().await;
    let coordinator = app.sign_in(Role::Coordinator, &[]).await;
    let committee = app.sign_in(Role::Committee, &[]).await;
    let brusurf = place(&app, "Brusurf").await;
    let withdrawn = app
        .db()
        .label_applications(&LabelFilter {
            place_id: Some(brusurf.id),
            ..Default::default()
        })
        .await
        .unwrap()[0]
        .id;
    for lang in ["fr", "nl", "en", "ar"] {
        for who in [&coordinator, &committee] {
            for uri in [
                format!("/{lang}/bo/label"),
                format!("/{lang}/bo/label?state=refused"),
                format!("/{lang}/bo/label/applications/1"),
                format!("/{lang}/bo/label/applications/{withdrawn}"),
            ] {
                let r = app.get_as(Some(who), &uri).await;
                assert_eq!(r.status, StatusCode::OK, "{uri}");
                assert!(
                    !r.body.contains(">label-") && !r.body.contains(">quality-"),
                    "an untranslated key on {uri}: {}",
                    r.body
                );
            }
        }
    }
    let r = app
        .get_as(Some(&coordinator), "/en/bo/label?state=withdrawn")
        .await;
    assert!(r.body.contains("1 application") && r.body.contains("EPN Brusurf"));
    let r = app
        .get_as(
            Some(&coordinator),
            &format!("/en/bo/label/applications/{withdrawn}"),
        )
        .await;
    assert!(r.body.contains("uniquement aux jeunes") && r.body.contains("2021"));
    assert!(!r.body.contains("Withdraw"), "nothing to withdraw any more");
    let r = app
        .get_as(Some(&coordinator), "/en/bo/label?state=refused")
        .await;
    assert!(r.body.contains("EPN de la Cité des Métiers"));
}
