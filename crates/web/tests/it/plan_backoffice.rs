//! The plan's back office: who may read and change deliverables, the
//! deliverable form (every bad input named next to its field and kept,
//! nothing saved), a status change kept in the history with why, and the
//! versions: submitted by the coordination, approved or returned by the
//! steering committee only, with the refusals (one version waits at a time,
//! nothing changed, already decided).

use axum::http::StatusCode;
use domain::Lang;
use domain::account::Role;
use domain::deliverable::{RawDeliverable, Status};
use domain::plan::Plan;
use store::plan::demo::DemoDeliverables;
use store::plan::{Decision, DeliverableFilter};
use store::testing::NOW;

use crate::helpers::TestApp;

fn plan() -> &'static Plan {
    domain::plan::shipped("brussels").unwrap()
}

/// The demo with its accounts, deliverables and approved version 1 (and
/// three deliverables changed since).
async fn app() -> TestApp {
    let app = TestApp::demo().await;
    app.db().load_demo_accounts(NOW).await.unwrap();
    app.db()
        .load_demo_deliverables(&DemoDeliverables::brussels(), plan(), NOW)
        .await
        .unwrap();
    app
}

fn good<'a>(extra: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut f = vec![
        ("measure", "3"),
        ("what", "Guide des EPN imprimé en quatre langues"),
        ("lang", "fr"),
        ("owner", ""),
        ("due", "2023-Q2"),
        ("status", "planned"),
        ("evidence", ""),
        ("note", ""),
    ];
    for (k, v) in extra {
        if let Some(e) = f.iter_mut().find(|(n, _)| n == k) {
            e.1 = v;
        } else {
            f.push((k, v));
        }
    }
    f
}

async fn all(app: &TestApp) -> Vec<store::plan::Deliverable> {
    app.db()
        .deliverables(&plan().code, &DeliverableFilter::default())
        .await
        .unwrap()
}

fn id_from(location: &str, prefix: &str) -> i64 {
    location
        .strip_prefix(prefix)
        .and_then(|r| r.split('?').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{location}"))
}

async fn version_id(app: &TestApp, number: i64) -> i64 {
    app.db()
        .plan_versions(&plan().code)
        .await
        .unwrap()
        .into_iter()
        .find(|v| v.number == number)
        .unwrap()
        .id
}

#[tokio::test]
async fn the_public_signs_in_managers_are_refused_and_the_committee_reads_only() {
    let app = app().await;
    let d = all(&app).await[0].id;
    let res = app.get("/en/bo/plan").await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert!(res.header("location").starts_with("/en/login?next="));

    let org = app.state.directory().place_at(0).organisation_id;
    let manager = app.sign_in(Role::EpnManager, &[org]).await;
    assert_eq!(
        app.get_as(Some(&manager), "/en/bo/plan").await.status,
        StatusCode::FORBIDDEN
    );

    let committee = app.sign_in(Role::Committee, &[]).await;
    let list = app.get_as(Some(&committee), "/en/bo/plan").await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(list.body.contains("id=\"plan-deliverables\""));
    assert!(!list.body.contains("/en/bo/plan/deliverables/new"));
    let page = app
        .get_as(Some(&committee), &format!("/en/bo/plan/deliverables/{d}"))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("id=\"deliverable-history\""));
    assert!(
        !page.body.contains("name=\"what\""),
        "no form for the committee"
    );
    let before = app.db().deliverable(d).await.unwrap().unwrap();
    let res = app
        .post_form(
            Some(&committee),
            &format!("/en/bo/plan/deliverables/{d}"),
            &good(&[]),
        )
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert_eq!(app.db().deliverable(d).await.unwrap().unwrap(), before);
    let res = app
        .post_form(Some(&committee), "/en/bo/plan/deliverables", &good(&[]))
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert_eq!(
        all(&app).await.len(),
        DemoDeliverables::brussels().deliverables.len()
    );

    let coordinator = app.sign_in(Role::Coordinator, &[]).await;
    let list = app.get_as(Some(&coordinator), "/en/bo/plan").await;
    assert!(list.body.contains("/en/bo/plan/deliverables/new"));
    // The list says which version was approved last.
    assert!(list.body.contains("Last approved version:"));
    assert!(list.body.contains("Version 1"));
}

#[tokio::test]
async fn the_list_filters_by_measure_status_and_year_and_marks_overdue_ones() {
    let app = app().await;
    let coordinator = app.sign_in(Role::Coordinator, &[]).await;
    let today = app.state.today();
    let rows = |body: &str| body.matches("/en/bo/plan/deliverables/").count();
    for (query, keep) in [
        (
            "measure=3",
            Box::new(|d: &store::plan::Deliverable| d.deliverable.measure == 3)
                as Box<dyn Fn(&store::plan::Deliverable) -> bool>,
        ),
        (
            "status=done",
            Box::new(|d: &store::plan::Deliverable| d.deliverable.status == Status::Done),
        ),
        (
            "year=2022",
            Box::new(|d: &store::plan::Deliverable| d.deliverable.due.year == 2022),
        ),
    ] {
        let want = all(&app).await.into_iter().filter(|d| keep(d)).count();
        assert!(want > 0, "{query}");
        let res = app
            .get_as(Some(&coordinator), &format!("/en/bo/plan?{query}"))
            .await;
        assert_eq!(res.status, StatusCode::OK);
        // Each row links to its page (the "new" link is not a row: it has no number).
        let new_links = res.body.matches("/en/bo/plan/deliverables/new").count();
        assert_eq!(rows(&res.body) - new_links, want, "{query}");
    }
    let overdue = all(&app)
        .await
        .into_iter()
        .filter(|d| d.deliverable.is_overdue(today))
        .count();
    assert!(overdue > 0);
    let res = app.get_as(Some(&coordinator), "/en/bo/plan").await;
    assert_eq!(res.body.matches("class=\"overdue\"").count(), overdue);
}

#[tokio::test]
async fn a_deliverable_with_mistakes_is_refused_field_by_field_and_kept() {
    let app = app().await;
    let coordinator = app.sign_in(Role::Coordinator, &[]).await;
    let count = all(&app).await.len();
    let long = "x".repeat(301);
    let res = app
        .post_form(
            Some(&coordinator),
            "/en/bo/plan/deliverables",
            &good(&[
                ("measure", "99"),
                ("what", &long),
                ("owner", "nobody"),
                ("due", "2031-Q1"),
                ("status", "done"),
                ("evidence", "ftp://example.org/report"),
                ("note", "Kept note"),
            ]),
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    let body = &res.body;
    assert!(
        body.contains("<title>Error:"),
        "the title starts with Error:"
    );
    assert!(body.contains("class=\"error-summary\""));
    let summary = body.find("class=\"error-summary\"").unwrap();
    assert!(
        summary < body.find("<h1").unwrap(),
        "the summary comes first"
    );
    for (field, message) in [
        ("measure", "Measure: this measure is not in the plan."),
        ("what", "Deliverable: 300 characters at most."),
        ("owner", "Owner: choose an organisation of the plan."),
        ("due", "Due quarter: the quarter must be within the plan"),
        (
            "evidence",
            "Evidence (web address or page of Passerelle): an address starting with http",
        ),
    ] {
        assert!(body.contains(&format!("id=\"{field}-error\"")), "{field}");
        assert!(body.contains(message), "{field}: {message}");
    }
    // What was typed is kept.
    assert!(body.contains(&long));
    assert!(body.contains("<option value=\"99\" selected"));
    assert!(body.contains("<option value=\"nobody\" selected"));
    assert!(body.contains("<option value=\"2031-Q1\" selected"));
    assert!(body.contains("value=\"ftp://example.org/report\""));
    assert!(body.contains("Kept note"));
    assert_eq!(all(&app).await.len(), count, "nothing saved");

    // Done without evidence: named on the evidence field.
    let res = app
        .post_form(
            Some(&coordinator),
            "/en/bo/plan/deliverables",
            &good(&[("status", "done"), ("what", "")]),
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.body
            .contains("a deliverable that is done needs its evidence")
    );
    assert!(
        res.body
            .contains("Deliverable: write what is to be delivered.")
    );
    assert_eq!(all(&app).await.len(), count);

    // Right: saved, and its page says so.
    let res = app
        .post_form(
            Some(&coordinator),
            "/en/bo/plan/deliverables",
            &good(&[("owner", "easy-brussels"), ("due", "T2 2023")]),
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let id = id_from(res.header("location"), "/en/bo/plan/deliverables/");
    let d = app.db().deliverable(id).await.unwrap().unwrap().deliverable;
    assert_eq!(d.measure, 3);
    assert_eq!(d.due.code(), "2023-Q2");
    assert_eq!(d.owner.as_deref(), Some("easy-brussels"));
    let page = app.get_as(Some(&coordinator), res.header("location")).await;
    assert!(page.body.contains("The deliverable is saved."));
    assert!(
        page.body
            .contains("Guide des EPN imprimé en quatre langues")
    );
}

#[tokio::test]
async fn a_status_change_is_kept_in_the_history_with_who_and_why() {
    let app = app().await;
    let coordinator = app.sign_in(Role::Coordinator, &[]).await;
    let d = all(&app)
        .await
        .into_iter()
        .find(|d| d.deliverable.status == Status::Planned)
        .unwrap();
    let mut raw = RawDeliverable::from(&d.deliverable);
    raw.status = "in_progress".into();
    let form: Vec<(&str, &str)> = vec![
        ("measure", &raw.measure),
        ("what", &raw.what),
        ("lang", &raw.lang),
        ("owner", &raw.owner),
        ("due", &raw.due),
        ("status", &raw.status),
        ("evidence", &raw.evidence),
        ("note", &raw.note),
        ("why", "The supplier started in March"),
    ];
    let uri = format!("/en/bo/plan/deliverables/{}", d.id);
    let res = app.post_form(Some(&coordinator), &uri, &form).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let events = app.db().deliverable_events(d.id).await.unwrap();
    let last = events.last().unwrap();
    assert_eq!(last.status, Status::InProgress);
    assert_eq!(last.note.as_deref(), Some("The supplier started in March"));
    let page = app.get_as(Some(&coordinator), &uri).await;
    let history = &page.body[page.body.find("id=\"deliverable-history\"").unwrap()..];
    assert!(history.contains("In progress"));
    assert!(history.contains("The supplier started in March"));
    assert!(history.contains("coordinator-"), "who changed it");
    let when = web::ui::format::local_datetime(Lang::En, app.state.region.timezone, NOW);
    assert!(history.contains(&when), "when, in Brussels time: {when}");

    // A committee member sees the same history.
    let committee = app.sign_in(Role::Committee, &[]).await;
    let page = app.get_as(Some(&committee), &uri).await;
    assert!(page.body.contains("The supplier started in March"));
}

#[tokio::test]
async fn a_version_is_submitted_then_approved_or_returned_by_the_committee_only() {
    let app = app().await;
    let coordinator = app.sign_in(Role::Coordinator, &[]).await;
    let committee = app.sign_in(Role::Committee, &[]).await;
    let admin = app.sign_in(Role::Admin, &[]).await;

    let res = app
        .post_form(
            Some(&coordinator),
            "/en/bo/plan/versions",
            &[("note", "Three deliverables changed")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let v2 = id_from(res.header("location"), "/en/bo/plan/versions/");
    assert_eq!(v2, version_id(&app, 2).await);
    let uri = format!("/en/bo/plan/versions/{v2}");
    let page = app.get_as(Some(&coordinator), res.header("location")).await;
    assert!(
        page.body
            .contains("The plan is submitted to the steering committee.")
    );
    // What changed since version 1: the demo's three changes.
    assert!(
        page.body.contains("3 items changed since Version 1"),
        "{}",
        page.body
    );
    assert!(page.body.contains("Status"));
    assert!(page.body.contains("Dropped"));
    assert!(page.body.contains("; after:"));
    assert!(
        !page.body.contains("name=\"decision\""),
        "the coordination does not decide"
    );

    // One version waits at a time.
    let res = app
        .post_form(Some(&coordinator), "/en/bo/plan/versions", &[("note", "")])
        .await;
    assert_eq!(res.status, StatusCode::CONFLICT);
    assert!(
        res.body
            .contains("Version 2 already waits for the steering committee")
    );
    assert_eq!(app.db().plan_versions(&plan().code).await.unwrap().len(), 2);

    // Neither the coordination nor an admin decides.
    for who in [&coordinator, &admin] {
        let res = app
            .post_form(
                Some(who),
                &format!("{uri}/decide"),
                &[("decision", "approve")],
            )
            .await;
        assert_eq!(res.status, StatusCode::FORBIDDEN);
    }

    // Returning needs a reason.
    let page = app.get_as(Some(&committee), &uri).await;
    assert!(page.body.contains("name=\"decision\" value=\"approve\""));
    let res = app
        .post_form(
            Some(&committee),
            &format!("{uri}/decide"),
            &[("decision", "return"), ("decision-note", "  ")],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("id=\"decision-note-error\""));
    assert!(res.body.contains("say why you return this version"));
    let (v, _) = app.db().plan_version(v2).await.unwrap().unwrap();
    assert_eq!(v.decision, Decision::Pending);

    let res = app
        .post_form(
            Some(&committee),
            &format!("{uri}/decide"),
            &[
                ("decision", "return"),
                ("decision-note", "Explain the dropped one"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let (v, _) = app.db().plan_version(v2).await.unwrap().unwrap();
    assert_eq!(v.decision, Decision::Returned);
    assert_eq!(v.decision_note.as_deref(), Some("Explain the dropped one"));
    let list = app.get_as(Some(&coordinator), "/en/bo/plan/versions").await;
    assert!(list.body.contains("Returned to the coordination"));
    assert!(list.body.contains("Explain the dropped one"));

    // Decided once.
    let res = app
        .post_form(
            Some(&committee),
            &format!("{uri}/decide"),
            &[("decision", "approve")],
        )
        .await;
    assert_eq!(res.status, StatusCode::CONFLICT);
    assert!(res.body.contains("Version 2 has already been decided"));
    assert_eq!(
        app.db().plan_version(v2).await.unwrap().unwrap().0.decision,
        Decision::Returned
    );

    // Submitted again and approved; then nothing changed since.
    let res = app
        .post_form(
            Some(&coordinator),
            "/en/bo/plan/versions",
            &[("note", "With the reason")],
        )
        .await;
    let v3 = id_from(res.header("location"), "/en/bo/plan/versions/");
    let res = app
        .post_form(
            Some(&committee),
            &format!("/en/bo/plan/versions/{v3}/decide"),
            &[("decision", "approve"), ("decision-note", "")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.db().plan_version(v3).await.unwrap().unwrap().0.decision,
        Decision::Approved
    );
    let res = app
        .post_form(Some(&coordinator), "/en/bo/plan/versions", &[("note", "")])
        .await;
    assert_eq!(res.status, StatusCode::CONFLICT);
    assert!(
        res.body
            .contains("Nothing changed since the last approved version")
    );
    assert_eq!(app.db().plan_versions(&plan().code).await.unwrap().len(), 3);
    let list = app.get_as(Some(&coordinator), "/en/bo/plan").await;
    assert!(list.body.contains("Version 3"));
}

#[tokio::test]
async fn the_first_version_says_everything_is_new() {
    let app = TestApp::demo().await;
    let coordinator = app.sign_in(Role::Coordinator, &[]).await;
    let res = app
        .post_form(Some(&coordinator), "/en/bo/plan/deliverables", &good(&[]))
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let res = app
        .post_form(Some(&coordinator), "/en/bo/plan/versions", &[("note", "")])
        .await;
    let id = id_from(res.header("location"), "/en/bo/plan/versions/");
    let page = app
        .get_as(Some(&coordinator), &format!("/en/bo/plan/versions/{id}"))
        .await;
    let measures = plan().measures.len();
    assert!(
        page.body.contains(&format!(
            "First version: everything is new (measures: {measures},"
        )),
        "{}",
        page.body
    );
    assert!(page.body.contains("deliverables: 1)"));
    assert!(!page.body.contains("id=\"plan-version-changes\""));
}
