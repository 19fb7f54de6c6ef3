//! The results of a survey edition (issue 12): the coordination's analysis
//! page with every question, cross, test and the matrix, its downloads, who
//! may read it; the public summary without small counts, in French and in
//! Arabic, saying when the answers are illustrative.

use chrono::NaiveDate;
use domain::account::Role;
use domain::survey::analysis::{AnalysisOptions, analyse_answers};
use domain::survey::shipped::epn_visitors_2021;
use domain::survey::synth::{Quota, generate, plan_2021};
use store::survey::NewEdition;
use store::testing::NOW;

use crate::helpers::TestApp;

/// An illustrative edition `e2021` of 150 generated answers at three demo
/// places (the first the mobile EPN, 50 visitors a week each); its id and
/// the analysis of its answers.
async fn edition(app: &TestApp) -> (i64, domain::survey::analysis::EditionAnalysis) {
    let db = &app.state.db;
    let form = epn_visitors_2021();
    let questionnaire_id = db.save_questionnaire(NOW, &form).await.unwrap();
    let day = |m, d| NaiveDate::from_ymd_opt(2021, m, d).unwrap();
    let id = db
        .create_edition(
            NOW,
            &NewEdition {
                slug: "e2021".into(),
                title: "Enquête 2021".into(),
                questionnaire_id,
                opens_on: day(10, 4),
                closes_on: day(11, 7),
                illustrative: true,
                compare_with: None,
            },
        )
        .await
        .unwrap();
    let places: Vec<i64> = app
        .state
        .directory()
        .places()
        .take(3)
        .map(|p| p.id)
        .collect();
    let mut quotas = Vec::new();
    for (i, &p) in places.iter().enumerate() {
        let public = (i == 0).then_some("mobile");
        db.set_edition_place(id, p, Some(50), None, public)
            .await
            .unwrap();
        quotas.push(Quota {
            place_id: p,
            answers: 50,
            hidden: public
                .map(|v| vec![("public".to_owned(), v.to_owned())])
                .unwrap_or_default(),
        });
    }
    let generated = generate(&form, &plan_2021(), &quotas, day(10, 4), day(11, 7), 11);
    let rows: Vec<_> = generated
        .iter()
        .map(|g| (g.place_id, g.day, g.lang.clone(), g.answers.clone()))
        .collect();
    db.insert_answers_bulk(id, &rows).await.unwrap();
    let analysis = analyse_answers(
        &form,
        generated.iter().map(|g| &g.answers),
        AnalysisOptions::default(),
    );
    (id, analysis)
}

fn label(question: &str) -> String {
    let form = epn_visitors_2021();
    let q = form.question(question).unwrap();
    maud::html! { (q.label.get("fr", "fr")) }.into_string()
}

#[tokio::test]
async fn the_coordination_reads_every_question_cross_and_the_matrix() {
    let app = TestApp::demo().await;
    let (id, analysis) = edition(&app).await;
    let url = format!("/fr/bo/survey/editions/{id}/results");
    let coordinator = app.sign_in(Role::Coordinator, &[]).await;
    let r = app.get_as(Some(&coordinator), &url).await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(r.body.contains("Résultats : Enquête 2021"));
    assert!(r.body.contains("ces résultats sont illustratifs"));
    // Participation: 150 answers / (5 weeks × 150 weekly visitors) = 20 %.
    assert!(
        r.body.contains(
            "150 réponses complètes venues de 3 lieux sur 3, en 5 semaines. Participation : 20,0 %"
        ),
        "{}",
        r.body
    );
    for q in [
        "age",
        "devices",
        "connection",
        "overall",
        "sat_help",
        "comment",
    ] {
        assert!(r.body.contains(&label(q)), "{q}");
    }
    assert!(r.body.contains("les pourcentages ne font pas 100 %"));
    assert!(r.body.contains("Réponses libres : seulement comptées"));
    // Every cross, with its test and the Holm-corrected p-value.
    assert_eq!(
        r.body.matches("<details class=\"survey-cross\">").count(),
        analysis.crosses.len()
    );
    assert!(analysis.crosses.len() > 100);
    assert!(r.body.contains("Valeur p corrigée (Holm)"));
    assert!(r.body.contains("V de Cramér"));
    assert!(r.body.contains("Test exact de Fisher") || r.body.contains("Test du khi-deux"));
    // The matrix: chart and table, seven services.
    assert!(
        r.body
            .contains("aria-labelledby=\"matrix-title matrix-desc\"")
    );
    assert_eq!(analysis.matrix.len(), 7);
    assert!(r.body.contains("Point fort") && r.body.contains("Priorité"));
    // Not the public version: nothing hidden.
    assert!(!r.body.contains("class=\"suppressed\""));

    let csv = app
        .get_as(Some(&coordinator), &format!("{url}/q-gender.csv"))
        .await;
    assert_eq!(csv.status, 200);
    assert!(csv.header("content-type").starts_with("text/csv"));
    assert!(csv.body.contains("Une femme"), "{}", csv.body);
    let cross = app
        .get_as(Some(&coordinator), &format!("{url}/x-age-connection.xlsx"))
        .await;
    assert_eq!(cross.status, 200);
    assert!(cross.header("content-type").contains("spreadsheetml"));
    let missing = app
        .get_as(Some(&coordinator), &format!("{url}/nothing.csv"))
        .await;
    assert_eq!(missing.status, 404);
    let none = app
        .get_as(Some(&coordinator), "/fr/bo/survey/editions/999999/results")
        .await;
    assert_eq!(none.status, 404);
}

#[tokio::test]
async fn only_the_coordination_reads_the_analysis() {
    let app = TestApp::demo().await;
    let (id, _) = edition(&app).await;
    let url = format!("/fr/bo/survey/editions/{id}/results");
    let org = app.state.directory().place_at(0).organisation_id;
    let manager = app.sign_in(Role::EpnManager, &[org]).await;
    assert_eq!(app.get_as(Some(&manager), &url).await.status, 403);
    assert_ne!(app.get(&url).await.status, 200);
}

#[tokio::test]
async fn the_public_summary_hides_small_counts_in_french_and_arabic() {
    let app = TestApp::demo().await;
    let (_, analysis) = edition(&app).await;
    let r = app.get("/fr/survey/e2021").await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(r.body.contains("Enquête auprès des visiteurs : e2021"));
    assert!(r.body.contains("ces résultats sont illustratifs"));
    assert!(r.body.contains("aucun nombre sous 5 n"));
    // 150 answers: some counts are small (e.g. gender "other"), hidden here.
    assert!(r.body.contains("class=\"suppressed\""));
    let public = domain::survey::analysis::publish(&analysis, 5);
    let hidden = public.crosses.iter().filter(|c| c.shown.is_none()).count();
    assert!(hidden > 0);
    assert!(
        r.body
            .contains(&format!("croisements montrés ; {hidden} ne le sont pas")),
        "{}",
        r.body
    );
    // No cross table on the public page, only the findings' sentences.
    assert!(!r.body.contains("survey-cross"));
    let csv = app.get("/fr/survey/e2021/q-gender.csv").await;
    assert_eq!(csv.status, 200);
    assert!(csv.body.contains("caché"), "{}", csv.body);

    let ar = app.get("/ar/survey/e2021").await;
    assert_eq!(ar.status, 200);
    assert!(ar.body.contains("dir=\"rtl\""));
    assert!(ar.body.contains("استبيان الزوار"));
    assert_eq!(app.get("/fr/survey/nothing").await.status, 404);
}

#[tokio::test]
async fn the_coordination_downloads_the_anonymised_answers_and_their_codebook() {
    let app = TestApp::demo().await;
    app.state
        .db
        .load_demo_survey(&store::survey::demo::DemoSurvey::shipped(), NOW)
        .await
        .unwrap();
    let e = app.state.db.edition_by_slug("2021").await.unwrap().unwrap();
    let coordinator = app.sign_in(Role::Coordinator, &[]).await;
    let base = format!("/fr/bo/survey/editions/{}", e.id);
    let page = app
        .get_as(Some(&coordinator), &format!("{base}/results"))
        .await;
    assert!(page.body.contains(&format!("{base}/answers/answers.csv")));

    let csv = app
        .get_as(Some(&coordinator), &format!("{base}/answers/answers.csv"))
        .await;
    assert_eq!(csv.status, 200);
    assert!(csv.header("content-type").starts_with("text/csv"));
    let lines: Vec<&str> = csv.body.lines().collect();
    // The header and the demo's 352 complete answers.
    assert_eq!(lines.len(), 353, "{}", &csv.body[..200]);
    assert!(
        lines[0].starts_with("\"place\",\"day\",\"language\",") && lines[0].contains("\"age\"")
    );
    assert!(!lines[0].contains("\"comment\""), "free texts are left out");
    // French value labels on a French page, the day only.
    assert!(csv.body.contains("60 ans et plus"));
    assert!(lines[1].contains("\"2021-1"));
    let nl = app
        .get_as(
            Some(&coordinator),
            &format!("/nl{}/answers/answers.csv", &base[3..]),
        )
        .await;
    assert!(
        nl.body.contains("60 jaar en ouder") || nl.body.contains("60 jaar of ouder"),
        "Dutch labels"
    );

    let book = app
        .get_as(Some(&coordinator), &format!("{base}/answers/codebook.xlsx"))
        .await;
    assert_eq!(book.status, 200);
    assert!(book.header("content-type").contains("spreadsheetml"));
    let codebook = app
        .get_as(Some(&coordinator), &format!("{base}/answers/codebook.csv"))
        .await;
    assert!(codebook.body.contains("\"select_one age\""));
    assert!(codebook.body.contains("${public} != 'mobile'"));
    assert_eq!(
        app.get_as(Some(&coordinator), &format!("{base}/answers/other.csv"))
            .await
            .status,
        404
    );

    let org = app.state.directory().place_at(0).organisation_id;
    let manager = app.sign_in(Role::EpnManager, &[org]).await;
    assert_eq!(
        app.get_as(Some(&manager), &format!("{base}/answers/answers.csv"))
            .await
            .status,
        403
    );
}

#[tokio::test]
async fn the_demo_2021_results_compare_with_the_2019_edition() {
    let app = TestApp::demo().await;
    app.state
        .db
        .load_demo_survey(&store::survey::demo::DemoSurvey::shipped(), NOW)
        .await
        .unwrap();
    let e = app.state.db.edition_by_slug("2021").await.unwrap().unwrap();
    let coordinator = app.sign_in(Role::Coordinator, &[]).await;
    let page = app
        .get_as(
            Some(&coordinator),
            &format!("/en/bo/survey/editions/{}/results", e.id),
        )
        .await;
    assert_eq!(page.status, 200);
    let (_, comparison) = page
        .body
        .split_once("id=\"comparison\"")
        .expect("a comparison section");
    // Its first table (age, a required question): a row per edition, each
    // with all its answers, the 248 of the illustrative 2019 edition and
    // the 352 of 2021.
    let row_sum = |edition: &str| -> u64 {
        let (_, rest) = comparison.split_once(&format!("{edition}</th>")).unwrap();
        let row = &rest[..rest.find("</tr>").unwrap()];
        row.split("<td class=\"num\"><bdi>")
            .skip(1)
            .map(|c| c[..c.find('<').unwrap()].trim().parse::<u64>().unwrap())
            .sum()
    };
    assert_eq!(row_sum("EPN 2019 (illustrative)"), 248);
    assert_eq!(row_sum("EPN 2021"), 352);
    // 2021's own figures are those of the report.
    assert!(page.body.contains("Participation: 6.2%"), "6.2%");
}
