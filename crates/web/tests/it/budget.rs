//! The plan's budget pages: entry of a ledger row by form (good rows saved,
//! every bad input refused with the field named and the value kept,
//! overspending warned before it is saved), reversals, who may read and
//! write, the tables and the consistency checks, the ledger's CSV, and the
//! public page that shows the actuals only when the region says so.

use axum::http::StatusCode;
use domain::account::Role;
use domain::budget::{Phase, RawRow, Scope, Sources};
use domain::plan::Plan;
use store::budget::{LedgerFilter, Origin};
use store::testing::NOW;

use crate::helpers::{Browser, TestApp};

/// A year the demo's ledger does not touch.
const YEAR: &str = "2023";

fn plan() -> &'static Plan {
    domain::plan::shipped("brussels").unwrap()
}

fn form<'a>(extra: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut f = vec![
        ("year", YEAR),
        ("phase", "actual"),
        ("source", "cirb-pan"),
        ("axis", ""),
        ("measure", "3"),
        ("action", ""),
        ("date", "2023-03-15"),
        ("supplier", "Imprimerie Bruxelloise"),
        ("invoice", "F-2023-0042"),
        ("label", "Affiches du label"),
        ("amount", "1 250,50"),
        ("note", ""),
        ("reason", ""),
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

async fn rows(app: &TestApp, year: i32) -> Vec<store::budget::LedgerRow> {
    let f = LedgerFilter {
        year: Some(year),
        limit: 1000,
        ..Default::default()
    };
    app.db().ledger_rows(&plan().code, &f).await.unwrap().0
}

/// Stores a row straight in the ledger (as an import would).
async fn add(app: &TestApp, phase: &str, measure: &str, amount: &str) -> i64 {
    let raw = RawRow {
        year: YEAR.into(),
        phase: phase.into(),
        source: "cirb-pan".into(),
        measure: measure.into(),
        label: format!("{phase} {measure}"),
        amount: amount.into(),
        reason: "plan".into(),
        ..Default::default()
    };
    let row = raw.check(plan()).unwrap();
    app.db()
        .add_ledger_rows(&plan().code, &[row], Origin::Import, None, NOW)
        .await
        .unwrap()[0]
}

async fn coordinator(app: &TestApp) -> Browser {
    app.sign_in(Role::Coordinator, &[]).await
}

#[tokio::test]
async fn a_good_row_is_saved_and_shown() {
    let app = TestApp::demo().await;
    let who = coordinator(&app).await;
    let page = app.get_as(Some(&who), "/fr/bo/budget/rows/new").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("Labellisation"),
        "measures listed by name"
    );
    let res = app
        .post_form(Some(&who), "/fr/bo/budget/rows", &form(&[]))
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let stored = rows(&app, 2023).await;
    assert_eq!(stored.len(), 1);
    let r = &stored[0];
    assert_eq!(r.row.amount_cents, 125_050);
    assert_eq!(r.row.axis, "sensibiliser", "the measure's axis");
    assert_eq!(r.row.phase, Phase::Actual);
    assert_eq!(r.created_by, Some(who.user_id));
    assert_eq!(
        res.header("location"),
        format!("/fr/bo/budget/rows/{}?saved=1", r.id)
    );
    let shown = app.get_as(Some(&who), res.header("location")).await;
    assert!(shown.body.contains("La ligne est enregistrée"));
    assert!(shown.body.contains("Affiches du label"));
    assert!(shown.body.contains("1\u{202f}250,50"));
    let list = app.get_as(Some(&who), "/fr/bo/budget/rows?year=2023").await;
    assert!(list.body.contains("Affiches du label"));
    let other = app.get_as(Some(&who), "/fr/bo/budget/rows?year=2024").await;
    assert!(
        !other.body.contains("Affiches du label"),
        "filtered by year"
    );
}

#[tokio::test]
async fn each_bad_input_is_named_and_kept() {
    let app = TestApp::demo().await;
    let who = coordinator(&app).await;
    for (field, value, label, says) in [
        ("amount", "1,2345", "Montant TVAC", "au plus deux décimales"),
        (
            "amount",
            "1.234",
            "Montant TVAC",
            "des milliers ou trois décimales",
        ),
        ("amount", "-50", "Montant TVAC", "négatif"),
        ("amount", "douze", "Montant TVAC", "avec des chiffres"),
        ("amount", "", "Montant TVAC", "indiquez un montant"),
        ("measure", "99", "Mesure", "ne fait pas partie du plan"),
        (
            "source",
            "ailleurs",
            "Source de financement",
            "ne fait pas partie du plan",
        ),
        ("year", "2031", "Année", "de 2021 à 2024"),
        ("date", "2022-03-15", "Date", "dans l'année de la ligne"),
        ("date", "hier", "Date", "jour/mois/année"),
        ("label", "", "Libellé", "obligatoire"),
    ] {
        let res = app
            .post_form(Some(&who), "/fr/bo/budget/rows", &form(&[(field, value)]))
            .await;
        assert_eq!(
            res.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{field}={value}"
        );
        assert!(
            res.body.contains("class=\"error-summary\""),
            "{field}={value}"
        );
        let message = res
            .body
            .split(&format!("<a href=\"#{field}\">"))
            .nth(1)
            .and_then(|s| s.split("</a>").next())
            .unwrap_or_else(|| panic!("{field}={value}: no error for the field"));
        assert!(message.contains(label), "{field}={value}: {message}");
        assert!(message.contains(says), "{field}={value}: {message}");
        assert!(
            res.body.contains("value=\"Imprimerie Bruxelloise\""),
            "{field}={value}: the other fields are kept"
        );
        if !value.is_empty() && field != "year" {
            let kept = res.body.contains(&format!("value=\"{value}\""));
            assert!(kept, "{field}={value}: the value typed is kept");
        }
    }
    assert!(rows(&app, 2023).await.is_empty(), "nothing saved");
}

#[tokio::test]
async fn a_revision_needs_a_reason_and_may_be_negative() {
    let app = TestApp::demo().await;
    let who = coordinator(&app).await;
    let revision = [("phase", "revised"), ("amount", "-5 000")];
    let res = app
        .post_form(Some(&who), "/fr/bo/budget/rows", &form(&revision))
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.body
            .contains("<a href=\"#reason\">Motif : ce champ est obligatoire.</a>")
    );
    assert!(res.body.contains("value=\"-5 000\""));
    let res = app
        .post_form(
            Some(&who),
            "/fr/bo/budget/rows",
            &form(&[
                ("phase", "revised"),
                ("amount", "-5 000"),
                ("reason", "Glissement vers l'axe Outiller"),
            ]),
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let r = &rows(&app, 2023).await[0];
    assert_eq!(r.row.amount_cents, -500_000);
    assert_eq!(
        r.row.reason.as_deref(),
        Some("Glissement vers l'axe Outiller")
    );
}

#[tokio::test]
async fn overspending_is_warned_before_it_is_saved() {
    let app = TestApp::demo().await;
    let who = coordinator(&app).await;
    add(&app, "budget", "3", "1000").await;
    add(&app, "actual", "3", "600").await;
    let spend = [("amount", "500")];
    let res = app
        .post_form(Some(&who), "/fr/bo/budget/rows", &form(&spend))
        .await;
    assert_eq!(res.status, StatusCode::OK);
    assert!(res.body.contains("Cette ligne dépasse son budget"));
    assert!(res.body.contains("1\u{202f}000,00 €"), "the budget");
    assert!(res.body.contains("1\u{202f}100,00 €"), "where it goes");
    assert!(res.body.contains("100,00 €"), "by how much");
    assert!(
        res.body.contains("value=\"Affiches du label\""),
        "values kept"
    );
    assert_eq!(rows(&app, 2023).await.len(), 2, "not saved yet");
    let confirm = res
        .body
        .split("name=\"confirm\" value=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("a confirm button")
        .to_string();
    // A different amount is checked again, not saved on the old confirmation.
    let mut changed = form(&[("amount", "700")]);
    changed.push(("confirm", &confirm));
    let res = app
        .post_form(Some(&who), "/fr/bo/budget/rows", &changed)
        .await;
    assert_eq!(res.status, StatusCode::OK);
    assert!(res.body.contains("1\u{202f}300,00 €"));
    assert_eq!(rows(&app, 2023).await.len(), 2);
    let mut confirmed = form(&spend);
    confirmed.push(("confirm", &confirm));
    let res = app
        .post_form(Some(&who), "/fr/bo/budget/rows", &confirmed)
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(rows(&app, 2023).await.len(), 3);
    // Within the budget: saved at once.
    let res = app
        .post_form(
            Some(&who),
            "/fr/bo/budget/rows",
            &form(&[("phase", "budget"), ("amount", "50")]),
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn a_row_is_reversed_with_a_reason_never_edited() {
    let app = TestApp::demo().await;
    let who = coordinator(&app).await;
    let id = add(&app, "actual", "3", "420").await;
    let page = app
        .get_as(Some(&who), &format!("/fr/bo/budget/rows/{id}"))
        .await;
    assert!(page.body.contains("Annuler la ligne"));
    let url = format!("/fr/bo/budget/rows/{id}/reverse");
    let res = app.post_form(Some(&who), &url, &[("reason", " ")]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("Motif : ce champ est obligatoire."));
    let res = app
        .post_form(Some(&who), &url, &[("reason", "Saisie deux fois")])
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let all = rows(&app, 2023).await;
    assert_eq!(all.len(), 2);
    let reversal = all.iter().find(|r| r.reverses == Some(id)).unwrap();
    assert_eq!(reversal.row.amount_cents, -42_000);
    assert_eq!(reversal.row.reason.as_deref(), Some("Saisie deux fois"));
    let original = all.iter().find(|r| r.id == id).unwrap();
    assert_eq!(original.row.amount_cents, 42_000, "the original is kept");
    assert_eq!(original.reversed_by, Some(reversal.id));
    // Neither can be reversed again.
    let res = app
        .post_form(Some(&who), &url, &[("reason", "encore")])
        .await;
    assert_eq!(res.status, StatusCode::CONFLICT);
    let again = format!("/fr/bo/budget/rows/{}/reverse", reversal.id);
    let res = app.post_form(Some(&who), &again, &[("reason", "x")]).await;
    assert_eq!(res.status, StatusCode::CONFLICT);
    assert_eq!(rows(&app, 2023).await.len(), 2);
    let audit: i64 = audit_count(&app, "budget.reverse").await;
    assert_eq!(audit, 1);
}

async fn audit_count(app: &TestApp, action: &str) -> i64 {
    let f = store::audit::AuditFilter {
        action: Some(action.to_string()),
        limit: 1000,
        ..Default::default()
    };
    app.db().audit_log(&f).await.unwrap().len() as i64
}

#[tokio::test]
async fn committee_members_read_and_others_are_kept_out() {
    let app = TestApp::demo().await;
    let id = add(&app, "actual", "3", "10").await;
    let committee = app.sign_in(Role::Committee, &[]).await;
    for url in [
        "/fr/bo/budget".to_string(),
        "/fr/bo/budget/rows".to_string(),
        format!("/fr/bo/budget/rows/{id}"),
        "/fr/bo/budget/rows.csv".to_string(),
    ] {
        let res = app.get_as(Some(&committee), &url).await;
        assert_eq!(res.status, StatusCode::OK, "{url}");
        assert!(!res.body.contains("Annuler la ligne"), "{url}");
        assert!(!res.body.contains("/fr/bo/budget/rows/new"), "{url}");
    }
    let res = app
        .post_form(Some(&committee), "/fr/bo/budget/rows", &form(&[]))
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    let res = app
        .post_form(
            Some(&committee),
            &format!("/fr/bo/budget/rows/{id}/reverse"),
            &[("reason", "non")],
        )
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    let org = app
        .state
        .directory()
        .places()
        .next()
        .expect("a demo place")
        .organisation_id;
    let manager = app.sign_in(Role::EpnManager, &[org]).await;
    let res = app.get_as(Some(&manager), "/fr/bo/budget").await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    let res = app.get("/fr/bo/budget/rows").await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_eq!(rows(&app, 2023).await.len(), 1);
    // The menu links the budget for those who read it.
    let home = app.get_as(Some(&committee), "/fr/bo/").await;
    assert!(home.body.contains("href=\"/fr/bo/budget\""));
    let home = app.get_as(Some(&manager), "/fr/bo/").await;
    assert!(!home.body.contains("href=\"/fr/bo/budget\""));
}

/// The text of a table (by id) in a page.
fn table<'a>(body: &'a str, id: &str) -> &'a str {
    body.split(&format!("id=\"{id}\""))
        .nth(1)
        .and_then(|s| s.split("</table>").next())
        .unwrap_or_else(|| panic!("no table {id}"))
}

#[tokio::test]
async fn the_tables_and_the_checks_add_up_to_the_cent() {
    let app = TestApp::demo().await;
    let who = coordinator(&app).await;
    add(&app, "budget", "3", "1000").await;
    add(&app, "budget", "5", "2 000,00").await;
    add(&app, "actual", "3", "250,25").await;
    add(&app, "actual", "5", "3 000,00").await;
    let scope = Scope {
        year: 2023,
        figure: Phase::Actual,
        sources: Sources::Plan,
        axis: None,
        measure: None,
        action: None,
    };
    app.db()
        .add_declared_total(
            &plan().code,
            &scope,
            325_087,
            "Total des dépenses",
            None,
            NOW,
        )
        .await
        .unwrap();
    let page = app.get_as(Some(&who), "/fr/bo/budget?year=2023").await;
    assert_eq!(page.status, StatusCode::OK);
    let planned = table(&page.body, "budget-planned");
    assert!(planned.contains("<caption>Budget prévu 2023"));
    assert!(planned.contains("3\u{202f}000,00"), "planned total");
    let variance = table(&page.body, "budget-variance");
    assert!(variance.contains("3\u{202f}250,25"), "actual total");
    assert!(variance.contains("250,25"));
    assert!(variance.contains("+8,34 %"), "250,25 over 3000: {variance}");
    let checks = table(&page.body, "budget-checks");
    assert!(checks.contains("Total des dépenses"));
    assert!(checks.contains("3\u{202f}250,87"), "declared");
    assert!(checks.contains("3\u{202f}250,25"), "computed");
    assert!(checks.contains("0,62"), "the difference to the cent");
    let measures = table(&page.body, "budget-measures");
    assert!(measures.contains("Mesure 3 – Labellisation"));
    // Another year: no difference.
    let page = app.get_as(Some(&who), "/fr/bo/budget?year=2024").await;
    assert!(page.body.contains("id=\"budget-checks-none\""));
}

#[tokio::test]
async fn the_ledger_csv_neutralises_its_cells() {
    let app = TestApp::demo().await;
    let who = coordinator(&app).await;
    let res = app
        .post_form(
            Some(&who),
            "/fr/bo/budget/rows",
            &form(&[("label", "=HYPERLINK(\"http://x\")"), ("phase", "budget")]),
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let csv = app
        .get_as(Some(&who), "/fr/bo/budget/rows.csv?year=2023")
        .await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(csv.header("content-type").starts_with("text/csv"));
    assert!(csv.header("content-disposition").contains("2023.csv"));
    assert!(csv.body.contains("\"'=HYPERLINK(\"\"http://x\"\")\""));
    assert!(csv.body.contains("\"1250.50\""));
}

#[tokio::test]
async fn the_public_page_shows_actuals_only_when_the_region_says_so() {
    for public in [false, true] {
        let app = TestApp::demo_with(|c| c.budget_actuals_public = Some(public)).await;
        add(&app, "budget", "3", "1000").await;
        add(&app, "actual", "3", "777,77").await;
        for lang in ["fr", "ar"] {
            let page = app.get(&format!("/{lang}/plan/budget?year=2023")).await;
            assert_eq!(page.status, StatusCode::OK);
            assert!(table(&page.body, "budget-planned").contains("1\u{202f}000,00"));
            assert_eq!(
                page.body.contains("777,77"),
                public,
                "{lang} public={public}"
            );
            assert_eq!(page.body.contains("id=\"budget-actual\""), public);
            assert_eq!(
                page.body.contains("id=\"budget-actuals-not-public\""),
                !public
            );
        }
    }
}

#[test]
fn every_phase_field_and_origin_has_its_words() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    for lang in ["en", "fr", "nl", "ar"] {
        let src = std::fs::read_to_string(dir.join(lang).join("budget.ftl")).unwrap();
        let keys = web::i18n::keys_of(&src);
        let mut wanted: Vec<String> = Phase::ALL
            .iter()
            .map(|p| format!("budget-phase-{}", p.code()))
            .collect();
        wanted.extend(
            domain::budget::FIELDS
                .iter()
                .map(|f| format!("budget-field-{f}")),
        );
        wanted.extend(
            [Origin::Form, Origin::Import, Origin::Demo]
                .iter()
                .map(|o| format!("budget-origin-{}", o.code())),
        );
        for k in wanted {
            assert!(keys.contains(&k), "{lang}: {k}");
        }
    }
}

#[test]
fn an_axis_or_a_measure_page_gets_its_budget_in_a_few_words() {
    use domain::budget::{BudgetTables, LedgerSum};
    let sum = |phase, measure: u32, cents| LedgerSum {
        year: 2023,
        phase,
        source: "cirb-pan".into(),
        axis: "sensibiliser".into(),
        measure: Some(measure),
        action: None,
        detail: None,
        cents,
    };
    let sums = [
        sum(Phase::Budget, 3, 1_000_000),
        sum(Phase::Revised, 3, -100_000),
        sum(Phase::Actual, 3, 42_096),
        sum(Phase::Budget, 1, 500_000),
    ];
    let tables = BudgetTables::build(plan(), 2023, &sums);
    let lang = domain::Lang::Fr;
    let m = web::ui::budget::measure_summary(lang, plan(), &tables, 3, true).into_string();
    assert!(
        m.contains("9\u{202f}000,00 €"),
        "planned with its revision: {m}"
    );
    assert!(m.contains("420,96 €"), "spent: {m}");
    assert!(m.contains("href=\"/fr/plan/budget?year=2023\""));
    let hidden = web::ui::budget::measure_summary(lang, plan(), &tables, 3, false).into_string();
    assert!(!hidden.contains("420,96"), "actuals not shown: {hidden}");
    let a =
        web::ui::budget::axis_summary(lang, plan(), &tables, "sensibiliser", true).into_string();
    assert!(
        a.contains("14\u{202f}000,00 €"),
        "the axis's planned total: {a}"
    );
}

#[test]
fn arabic_examples_of_amounts_stay_whole() {
    let ar = web::i18n::t_args(
        domain::Lang::Ar,
        "budget-problem-amount-decimals",
        &[("field", "x".to_string().into())],
    );
    assert!(ar.contains("\u{2066}42 320,96\u{2069}"), "{ar:?}");
}

#[tokio::test]
async fn the_demo_annex_1_is_rebuilt_and_its_0_62_difference_reported() {
    let app = TestApp::demo().await;
    app.db()
        .load_demo_budget(&store::budget::demo::DemoBudget::brussels_2021(), NOW)
        .await
        .unwrap();
    let who = coordinator(&app).await;
    let page = app.get_as(Some(&who), "/fr/bo/budget?year=2021").await;
    assert_eq!(page.status, StatusCode::OK);
    let actual = table(&page.body, "budget-actual");
    for axis in [
        "136\u{202f}628,00",
        "319\u{202f}263,75",
        "255\u{202f}314,65",
        "88\u{202f}793,60",
    ] {
        assert!(actual.contains(axis), "{axis} in {actual}");
    }
    assert!(table(&page.body, "budget-planned").contains("990\u{202f}000,00"));
    let checks = table(&page.body, "budget-checks");
    assert!(checks.contains("3\u{202f}656\u{202f}819,80"), "declared");
    assert!(
        checks.contains("3\u{202f}656\u{202f}819,18"),
        "from the lines"
    );
    assert!(checks.contains("<bdi>0,62</bdi>"), "the difference");
    assert!(table(&page.body, "budget-measures").contains("42\u{202f}320,96"));
    let public = app.get("/ar/plan/budget?year=2021").await;
    assert_eq!(public.status, StatusCode::OK);
    assert!(table(&public.body, "budget-planned").contains("990\u{202f}000,00"));
}
