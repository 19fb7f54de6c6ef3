//! The plan's public pages: the plan with its axes, measures and last
//! approved version, an axis, a measure with its owners, actions,
//! deliverables and the pages of Passerelle that show its work, the
//! quarter view, the deliverables' CSV; unknown axes and measures are 404;
//! actual spending only when the region makes it public.

use axum::http::StatusCode;
use domain::LabelStatus;
use domain::budget::RawRow;
use domain::deliverable::{NewDeliverable, Quarter, Status};
use domain::plan::Plan;
use store::budget::Origin;
use store::plan::DeliverableFilter;
use store::plan::demo::DemoDeliverables;
use store::testing::NOW;

use crate::helpers::TestApp;

fn plan() -> &'static Plan {
    domain::plan::shipped("brussels").unwrap()
}

/// The demo with its accounts and deliverables: version 1 approved, then
/// three deliverables changed.
async fn with_deliverables(app: &TestApp) {
    app.db().load_demo_accounts(NOW).await.unwrap();
    app.db()
        .load_demo_deliverables(&DemoDeliverables::brussels(), plan(), NOW)
        .await
        .unwrap();
}

async fn demo() -> TestApp {
    let app = TestApp::demo().await;
    with_deliverables(&app).await;
    app
}

fn deliverable(measure: u32, what: &str, due: &str, status: Status) -> NewDeliverable {
    NewDeliverable {
        measure,
        what: what.into(),
        lang: "fr".into(),
        owner: Some("cin".into()),
        due: Quarter::parse(due).unwrap(),
        status,
        evidence: None,
        note: None,
    }
}

/// The part of a page from the element with `id` to the first `end` after it.
fn part<'a>(body: &'a str, id: &str, end: &str) -> &'a str {
    let start = body
        .find(&format!("id=\"{id}\""))
        .unwrap_or_else(|| panic!("no {id}"));
    let rest = &body[start..];
    &rest[..rest.find(end).unwrap_or(rest.len())]
}

/// A deliverable's list item, or another element up to the end of its first item.
fn item<'a>(body: &'a str, id: &str) -> &'a str {
    part(body, id, "</li>")
}

#[tokio::test]
async fn the_four_pages_answer_in_every_language() {
    let app = demo().await;
    for lang in ["fr", "nl", "en", "ar"] {
        for path in [
            "/plan",
            "/plan/axes/sensibiliser",
            "/plan/measures/3",
            "/plan/quarters",
        ] {
            let page = app.get(&format!("/{lang}{path}")).await;
            assert_eq!(page.status, StatusCode::OK, "{lang}{path}");
            assert!(page.body.contains(&format!("<html lang=\"{lang}\"")));
            assert!(
                !page.body.contains("plan-pages-"),
                "{lang}{path}: a key without its words"
            );
        }
    }
}

#[tokio::test]
async fn the_plan_lists_its_axes_and_17_measures_and_says_when_it_was_approved() {
    let app = demo().await;
    let page = app.get("/fr/plan").await;
    assert_eq!(page.status, StatusCode::OK);
    let b = &page.body;
    assert!(b.contains("Plan d'appropriation numérique 2021-2024"));
    for axis in &plan().axes {
        assert!(b.contains(&format!("href=\"/fr/plan/axes/{}\"", axis.code)));
    }
    assert_eq!(plan().measures.len(), 17);
    for n in 1..=17 {
        assert!(
            b.contains(&format!("href=\"/fr/plan/measures/{n}\"")),
            "measure {n}"
        );
    }
    assert!(b.contains("Mesure 3 – Labellisation"));
    // Measure 3 has three deliverables in the demo: two done, one in progress.
    let m3 = &b[b.find("href=\"/fr/plan/measures/3\"").unwrap()..];
    let m3 = &m3[..m3.find("</li>").unwrap()];
    assert!(m3.contains("3 livrables"), "{m3}");
    assert!(m3.contains("Fait : 2"), "{m3}");
    assert!(b.contains("href=\"/fr/plan/quarters\""));
    assert!(b.contains("href=\"/fr/plan/budget\""));
    // Approved 30 days before NOW (26 November 2026), then 3 deliverables changed.
    let version = part(b, "plan-version", "</div>");
    assert!(
        version.contains("Approuvé par le comité de pilotage le 27 octobre 2026 (version 1)."),
        "{version}"
    );
    assert!(
        version.contains("Depuis, 3 éléments du plan ont changé."),
        "{version}"
    );

    // One more change counts.
    let all = app
        .db()
        .deliverables(&plan().code, &DeliverableFilter::default())
        .await
        .unwrap();
    let untouched = all
        .iter()
        .find(|d| d.deliverable.status == Status::InProgress)
        .unwrap();
    let mut d = untouched.deliverable.clone();
    d.due = Quarter::parse("2024-Q4").unwrap();
    assert!(
        app.db()
            .update_deliverable(untouched.id, &d, None, None, NOW)
            .await
            .unwrap()
    );
    let page = app.get("/fr/plan").await;
    assert!(
        page.body.contains("Depuis, 4 éléments du plan ont changé."),
        "{}",
        part(&page.body, "plan-version", "</div>")
    );
}

#[tokio::test]
async fn a_plan_never_approved_says_so() {
    let app = TestApp::demo().await;
    let page = app.get("/fr/plan").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body
            .contains("Le comité de pilotage n'a pas encore approuvé de version du plan."),
    );
    assert!(page.body.contains("Pas encore de livrable."));
}

#[tokio::test]
async fn a_measure_shows_its_owners_actions_deliverables_and_evidence() {
    let app = demo().await;
    let page = app.get("/fr/plan/measures/3").await;
    assert_eq!(page.status, StatusCode::OK);
    let b = &page.body;
    assert!(b.contains("<h1>Mesure 3 – Labellisation</h1>"));
    assert!(
        b.contains("href=\"/fr/plan/axes/sensibiliser\""),
        "its axis linked"
    );
    let owners = part(b, "measure-owners", "</dd>");
    assert!(owners.contains("Coordination Inclusion numérique (CIRB)"));
    let partners = part(b, "measure-partners", "</dd>");
    assert!(partners.contains("Réseau CABAN"), "{partners}");
    let actions = part(b, "measure-actions", "</ul>");
    assert!(actions.contains("Feuille de route pour la création d'un EPN"));
    // Its deliverables, in their language, with status, quarter and evidence.
    let label = app
        .db()
        .deliverables(
            &plan().code,
            &DeliverableFilter {
                measure: Some(3),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(label.len(), 3);
    for d in &label {
        let li = item(b, &format!("deliverable-{}", d.id));
        assert!(li.contains(&d.deliverable.what), "{li}");
    }
    let given = label
        .iter()
        .find(|d| d.deliverable.what.starts_with("Label attribué"))
        .unwrap();
    let li = item(b, &format!("deliverable-{}", given.id));
    assert!(li.contains("lang=\"fr\""), "{li}");
    assert!(li.contains("Fait"), "{li}");
    assert!(li.contains("T4 2021"), "{li}");
    assert!(li.contains("href=\"/fr/label\""), "its evidence: {li}");
    assert!(
        !li.contains("Échéance dépassée"),
        "done is not overdue: {li}"
    );
    // Evidence in Passerelle: the label's pages and how many EPN are labelled.
    let labelled = app
        .state
        .directory()
        .places()
        .filter(|p| p.label == LabelStatus::Labelled)
        .count();
    assert!(labelled > 0);
    let evidence = &b[b.find("id=\"measure-evidence\"").unwrap()..];
    assert!(
        evidence.contains(&format!("Aujourd'hui, {labelled} EPN sont labellisés.")),
        "{evidence}"
    );
    assert!(evidence.contains("href=\"/fr/label\""));
    assert!(evidence.contains("href=\"/fr/label/epn\""));
    assert!(
        evidence.contains("href=\"/fr/figures\""),
        "capacity figures"
    );
    // The French deliverable keeps its language on the Arabic page.
    let ar = app.get("/ar/plan/measures/3").await;
    let li = item(&ar.body, &format!("deliverable-{}", given.id));
    assert!(li.contains("lang=\"fr\" dir=\"ltr\""), "{li}");

    // Measure 6 (reporting) links the survey's results.
    app.db()
        .load_demo_survey(&store::survey::demo::DemoSurvey::shipped(), NOW)
        .await
        .unwrap();
    let six = app.get("/fr/plan/measures/6").await;
    assert_eq!(six.status, StatusCode::OK);
    let evidence = &six.body[six.body.find("id=\"measure-evidence\"").unwrap()..];
    assert!(
        evidence.contains("href=\"/fr/survey/2021\""),
        "the survey's results: {evidence}"
    );
    // A measure whose areas have no public page says so.
    let nine = plan()
        .measures
        .iter()
        .find(|m| {
            m.areas
                .iter()
                .all(|a| ["calls", "equipment", "referrals", "cadastre"].contains(&a.as_str()))
        })
        .unwrap();
    let page = app.get(&format!("/fr/plan/measures/{}", nine.number)).await;
    assert!(
        page.body
            .contains("Passerelle n'a pas encore de page publique pour cette mesure.")
    );
}

#[tokio::test]
async fn an_open_deliverable_whose_quarter_has_ended_is_marked_overdue() {
    let app = demo().await;
    let id = app
        .db()
        .add_deliverable(
            &plan().code,
            &deliverable(14, "Ateliers pour les seniors", "2024-Q4", Status::Planned),
            None,
            NOW,
        )
        .await
        .unwrap();
    let anchor = format!("deliverable-{id}");
    for path in ["/fr/plan/measures/14", "/fr/plan/quarters"] {
        let page = app.get(path).await;
        let li = item(&page.body, &anchor);
        assert!(li.contains("Échéance dépassée"), "{path}: {li}");
        assert!(li.contains("Prévu"), "{li}");
    }
    let mut done = deliverable(14, "Ateliers pour les seniors", "2024-Q4", Status::Done);
    done.evidence = Some(domain::deliverable::Evidence::parse("/fr/sessions").unwrap());
    app.db()
        .update_deliverable(id, &done, Some("fait"), None, NOW)
        .await
        .unwrap();
    let page = app.get("/fr/plan/measures/14").await;
    let li = item(&page.body, &anchor);
    assert!(!li.contains("Échéance dépassée"), "{li}");
    assert!(li.contains("href=\"/fr/sessions\""), "{li}");
}

#[tokio::test]
async fn the_quarter_view_groups_the_deliverables_by_quarter() {
    let app = demo().await;
    let all = app
        .db()
        .deliverables(&plan().code, &DeliverableFilter::default())
        .await
        .unwrap();
    let page = app.get("/fr/plan/quarters").await;
    assert_eq!(page.status, StatusCode::OK);
    let b = &page.body;
    let quarters = Quarter::range(
        Quarter::new(2021, 1).unwrap(),
        Quarter::new(2024, 4).unwrap(),
    );
    assert_eq!(quarters.len(), 16);
    // Each deliverable under its quarter's heading, before the next one's.
    for (i, q) in quarters.iter().enumerate() {
        let start = b.find(&format!("id=\"q-{}\"", q.code())).unwrap();
        let end = quarters.get(i + 1).map_or(b.len(), |n| {
            b.find(&format!("id=\"q-{}\"", n.code())).unwrap()
        });
        let section = &b[start..end];
        let due: Vec<_> = all.iter().filter(|d| d.deliverable.due == *q).collect();
        for d in &due {
            assert!(
                section.contains(&format!("id=\"deliverable-{}\"", d.id)),
                "{} under {}",
                d.deliverable.what,
                q.code()
            );
        }
        assert_eq!(
            section.matches("class=\"deliverable\"").count(),
            due.len(),
            "{}",
            q.code()
        );
        if due.is_empty() {
            assert!(section.contains("Rien n'est prévu ce trimestre."));
        } else {
            // Its measure linked.
            let d = due[0];
            assert!(section.contains(&format!(
                "href=\"/fr/plan/measures/{}\"",
                d.deliverable.measure
            )));
        }
    }
    assert!(b.contains("href=\"/fr/plan/deliverables.csv\""));

    // One year only.
    let page = app.get("/fr/plan/quarters?year=2022").await;
    let b = &page.body;
    assert!(b.contains("id=\"q-2022-Q1\"") && b.contains("id=\"q-2022-Q4\""));
    assert!(!b.contains("id=\"q-2021-Q4\"") && !b.contains("id=\"q-2023-Q1\""));
    assert!(b.contains("<option value=\"2022\" selected>"));
    let in_2022 = all
        .iter()
        .filter(|d| d.deliverable.due.year == 2022)
        .count();
    assert_eq!(b.matches("class=\"deliverable\"").count(), in_2022);
    // A year outside the plan shows every quarter.
    let page = app.get("/fr/plan/quarters?year=1999").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("<option value=\"\" selected>"));
    assert_eq!(
        page.body.matches("class=\"deliverable\"").count(),
        all.len()
    );
}

#[tokio::test]
async fn an_unknown_axis_or_measure_is_not_found() {
    let app = demo().await;
    for path in [
        "/fr/plan/axes/nope",
        "/nl/plan/axes/SENSIBILISER",
        "/fr/plan/measures/0",
        "/fr/plan/measures/18",
        "/fr/plan/measures/trois",
        "/ar/plan/measures/-1",
    ] {
        let page = app.get(path).await;
        assert_eq!(page.status, StatusCode::NOT_FOUND, "{path}");
        assert!(
            page.header("content-type").starts_with("text/html"),
            "{path}"
        );
    }
    let page = app.get("/fr/plan/measures/18").await;
    assert!(page.body.contains("Page introuvable"), "{}", page.body);
}

#[tokio::test]
async fn an_axis_and_a_measure_show_actual_spending_only_when_public() {
    for public in [false, true] {
        let app = TestApp::demo_with(|c| c.budget_actuals_public = Some(public)).await;
        with_deliverables(&app).await;
        let row = |phase: &str, amount: &str| RawRow {
            year: "2023".into(),
            phase: phase.into(),
            source: "cirb-pan".into(),
            measure: "3".into(),
            label: format!("{phase} 3"),
            amount: amount.into(),
            reason: "plan".into(),
            ..Default::default()
        };
        let rows = [
            row("budget", "1000").check(plan()).unwrap(),
            row("actual", "777,77").check(plan()).unwrap(),
        ];
        app.db()
            .add_ledger_rows(&plan().code, &rows, Origin::Import, None, NOW)
            .await
            .unwrap();
        for path in [
            "/fr/plan/measures/3?year=2023",
            "/fr/plan/axes/sensibiliser?year=2023",
        ] {
            let page = app.get(path).await;
            assert_eq!(page.status, StatusCode::OK);
            assert!(
                page.body.contains("1\u{202f}000,00 €"),
                "{path}: planned always"
            );
            assert!(page.body.contains("<option value=\"2023\" selected>"));
            assert_eq!(
                page.body.contains("777,77"),
                public,
                "{path} public={public}"
            );
        }
    }
}

#[tokio::test]
async fn the_deliverables_download_as_csv_with_cells_neutralised() {
    let app = demo().await;
    app.db()
        .add_deliverable(
            &plan().code,
            &deliverable(
                5,
                "=HYPERLINK(\"http://x\",\"clic\")",
                "2023-Q2",
                Status::Planned,
            ),
            None,
            NOW,
        )
        .await
        .unwrap();
    let res = app.get("/en/plan/deliverables.csv").await;
    assert_eq!(res.status, StatusCode::OK);
    assert!(res.header("content-type").starts_with("text/csv"));
    assert!(
        res.header("content-disposition")
            .contains("deliverables-pan-2021-2024.csv")
    );
    let body = res.body.trim_start_matches('\u{feff}');
    let lines: Vec<&str> = body.lines().collect();
    assert_eq!(
        lines[0],
        "\"id\",\"measure\",\"axis\",\"what\",\"lang\",\"owner\",\"due\",\"status\",\"overdue\",\"evidence\""
    );
    assert_eq!(lines.len(), 1 + 24, "23 demo deliverables and ours");
    let ours = lines.iter().find(|l| l.contains("HYPERLINK")).unwrap();
    assert!(
        ours.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"clic\"\")\""),
        "neutralised: {ours}"
    );
    assert!(ours.contains("\"2023-Q2\",\"planned\",\"true\""), "{ours}");
    assert!(
        ours.contains("\"5\",\"federer\""),
        "its measure and axis: {ours}"
    );
}
