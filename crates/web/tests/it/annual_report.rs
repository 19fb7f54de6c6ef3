//! The annual report: the public page shows the published texts only, in
//! its language, and figures equal to those of the pages they link to; the
//! PDF is tagged in its language; the coordination writes, a second person
//! publishes or sends back; wrong input is named and kept.

use axum::http::StatusCode;
use domain::account::Role;
use store::testing::NOW;

use crate::helpers::TestApp;

async fn report_app() -> TestApp {
    TestApp::demo_with_plan_data().await
}

/// The markup from `id="{id}"` to the end of the first table after it.
fn table_of<'a>(html: &'a str, id: &str) -> Option<&'a str> {
    let start = html.find(&format!("id=\"{id}\""))?;
    let rest = &html[start..];
    let body = rest.find("<tbody>")?;
    let end = rest.find("</table>")?;
    Some(&rest[body..end])
}

/// (figure id, source path) of every figure of a report page.
fn figures(html: &str) -> Vec<(String, String)> {
    html.split("<section class=\"figure\" id=\"")
        .skip(1)
        .map(|s| {
            let id = s.split('"').next().unwrap().to_owned();
            let source = s
                .split("<p class=\"figure-source\"><a href=\"")
                .nth(1)
                .unwrap()
                .split('"')
                .next()
                .unwrap()
                .replace("&amp;", "&");
            (id, source)
        })
        .collect()
}

#[tokio::test]
async fn the_report_shows_the_published_texts_and_the_figures_of_its_pages() {
    let app = report_app().await;
    let r = app.get("/fr/annual-report/2021").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("<h1>Rapport annuel 2021"), "{}", r.body);
    // Published texts, with their links; not the draft nor the text in review.
    assert!(
        r.body
            .contains("Le Plan d’appropriation numérique a été approuvé")
    );
    assert!(
        r.body
            .contains("<a href=\"/fr/label/epn\">des EPN labellisés</a>")
    );
    assert!(
        !r.body.contains("Un appel à projets a financé"),
        "a draft is not public"
    );
    let nl = app.get("/nl/annual-report/2021").await;
    assert!(nl.body.contains("Het Plan voor digitale toe-eigening"));
    assert!(
        !nl.body.contains("De evaluatie van het plan steunt"),
        "a text waiting for review is not public"
    );
    // Every part of the plan, in order, in the contents.
    let plan = domain::plan::shipped("brussels").unwrap();
    for m in &plan.measures {
        assert!(r.body.contains(&format!("href=\"#measure-{}\"", m.number)));
    }

    // Each figure equals the one on the page it links to.
    let coordinator = app.sign_in(Role::Coordinator, &[]).await;
    let figs = figures(&r.body);
    assert!(figs.len() > 20, "{} figures", figs.len());
    let mut compared = 0;
    for (id, source) in &figs {
        let (path, anchor) = source.split_once('#').unwrap_or((source, id));
        // A figure from the back office links to the coordination's page.
        let page = if path.contains("/bo/") {
            app.get_as(Some(&coordinator), path).await
        } else {
            app.get(path).await
        };
        assert_eq!(page.status, StatusCode::OK, "{path}");
        if path.starts_with("/fr/figures") || path.starts_with("/fr/survey/") {
            let theirs = table_of(&page.body, anchor)
                .unwrap_or_else(|| panic!("no figure {anchor} on {path}"));
            let ours = table_of(&r.body, id).unwrap();
            assert!(ours.contains("<td"), "{id} has values");
            assert_eq!(theirs, ours, "the figure {id} differs from {source}");
            compared += 1;
        }
    }
    assert!(compared > 15, "{compared}");
    assert!(figs.iter().any(|(_, s)| s.starts_with("/fr/survey/2021#")));

    // The labelled EPN: as many as the public list names.
    let list = app.get("/fr/label/epn").await;
    let listed = list.body.matches("<li><a href=\"/fr/places/").count();
    let label = table_of(&r.body, "annual-label-by-commune").unwrap();
    let total = label.split("<tfoot>").nth(1).unwrap();
    assert!(
        total.contains(&format!("<bdi>{listed}</bdi>")),
        "{listed} labelled places: {total}"
    );
    assert!(listed > 10);

    // The funded projects: the total of the awards of 2021.
    let awards = app.db().awarded_grants(None).await.unwrap();
    let cents: i64 = awards.iter().map(|g| g.amount_cents).sum();
    let funded = table_of(&r.body, "annual-funded-by-commune").unwrap();
    let euros =
        web::ui::figures::number_text(domain::Lang::Fr, domain::statistics::Unit::Cents, cents);
    assert!(funded.contains(&euros), "{euros}: {funded}");
    assert!(
        app.get("/fr/funded-projects")
            .await
            .body
            .contains(&awards[0].title)
    );
}

#[tokio::test]
async fn a_language_without_texts_says_so_and_unknown_years_are_404() {
    let app = report_app().await;
    let r = app.get("/en/annual-report/2021").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(
        r.body
            .contains("No text of this report is published in this language yet")
    );
    assert!(
        r.body.contains("annual-label-by-commune"),
        "the figures are there"
    );
    for bad in [
        "/fr/annual-report/2019",
        "/fr/annual-report/21",
        "/fr/annual-report/abcd",
    ] {
        assert_eq!(app.get(bad).await.status, StatusCode::NOT_FOUND, "{bad}");
    }
    let list = app.get("/fr/annual-report").await;
    for y in 2021..=2024 {
        assert!(
            list.body
                .contains(&format!("href=\"/fr/annual-report/{y}\""))
        );
    }
}

#[tokio::test]
async fn the_pdf_is_tagged_in_its_language_with_the_texts() {
    let app = report_app().await;
    for (lang, words) in [
        ("fr", "Le Plan d’appropriation numérique a été approuvé"),
        ("nl", "Het Plan voor digitale toe-eigening werd"),
    ] {
        let (status, bytes) = app
            .get_bytes(&format!("/{lang}/annual-report/2021/pdf"))
            .await;
        assert_eq!(status, StatusCode::OK);
        let path = std::env::temp_dir().join(format!(
            "passerelle-web-report-{lang}-{}.pdf",
            std::process::id()
        ));
        std::fs::write(&path, &bytes).unwrap();
        let p = path.to_str().unwrap();
        let info = std::process::Command::new("pdfinfo")
            .arg(p)
            .output()
            .unwrap();
        let info = String::from_utf8_lossy(&info.stdout);
        assert!(info.contains("Tagged:          yes"), "{info}");
        let text = std::process::Command::new("pdftotext")
            .args(["-enc", "UTF-8", p, "-"])
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&text.stdout);
        assert!(text.contains(words), "{lang}: {text}");
        std::fs::remove_file(&path).ok();
    }
}

#[tokio::test]
async fn a_second_person_publishes_what_the_coordination_wrote() {
    let app = report_app().await;
    let writer = app.sign_in(Role::Coordinator, &[]).await;
    let reviewer = app.sign_in(Role::Admin, &[]).await;
    let year = app.get_as(Some(&writer), "/fr/bo/annual-report/2021").await;
    assert_eq!(year.status, StatusCode::OK);
    assert!(
        year.body
            .contains("href=\"/fr/bo/annual-report/2021/conclusion/nl\"")
    );
    let url = "/fr/bo/annual-report/2021/axis-outiller/fr";

    // A wrong link and a wrong heading are named with their lines; the text is kept.
    let bad = "# Titre\n\nVoir [ici](javascript:alert(1)).";
    let r = app.post_form(Some(&writer), url, &[("body", bad)]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.body.contains("Ligne 1 : un titre commence par"),
        "{}",
        r.body
    );
    assert!(
        r.body.contains("Ligne 3 : le lien « javascript:alert(1 »"),
        "{}",
        r.body
    );
    assert!(r.body.contains("Voir [ici](javascript:alert(1))."), "kept");

    let good = "## Du matériel\n\nLes EPN ont reçu des [ordinateurs](/fr/equipment/distributed).";
    let r = app.post_form(Some(&writer), url, &[("body", good)]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let r = app
        .post_form(Some(&writer), &format!("{url}/submit"), &[])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    // The writer is told a second person must review, and cannot.
    let page = app.get_as(Some(&writer), url).await;
    assert!(page.body.contains("id=\"own-text\""));
    let r = app
        .post_form(
            Some(&writer),
            &format!("{url}/review"),
            &[("step", "publish")],
        )
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(
        !app.get("/fr/annual-report/2021")
            .await
            .body
            .contains("Du matériel")
    );
    // Sending back needs a note.
    let r = app
        .post_form(
            Some(&reviewer),
            &format!("{url}/review"),
            &[("step", "send_back")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("Dites quoi changer"));
    // The preview shows the text waiting for review; the public page not yet.
    let preview = app
        .get_as(Some(&reviewer), "/fr/bo/annual-report/2021/preview")
        .await;
    assert!(preview.body.contains("Du matériel"));
    let r = app
        .post_form(
            Some(&reviewer),
            &format!("{url}/review"),
            &[("step", "publish")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let public = app.get("/fr/annual-report/2021").await;
    assert!(
        public.body.contains("<h3>Du matériel</h3>"),
        "under the axis's h2"
    );
    assert!(
        public
            .body
            .contains("<a href=\"/fr/equipment/distributed\">ordinateurs</a>")
    );
    // Publishing again: nothing waits any more.
    let r = app
        .post_form(
            Some(&reviewer),
            &format!("{url}/review"),
            &[("step", "publish")],
        )
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT);

    // Unknown parts, languages the region does not write in, other years.
    for bad in [
        "/fr/bo/annual-report/2021/measure-99/fr",
        "/fr/bo/annual-report/2021/intro/en",
        "/fr/bo/annual-report/2030/intro/fr",
    ] {
        assert_eq!(
            app.get_as(Some(&writer), bad).await.status,
            StatusCode::NOT_FOUND,
            "{bad}"
        );
    }
}

#[tokio::test]
async fn the_years_sessions_and_label_decisions_are_counted() {
    use crate::helpers::sessions::{Spec, publish};
    let app = report_app().await;
    // Two sessions in 2022 (one cancelled), one in 2023: the 2022 report
    // counts the first two.
    let at = |y: i32, m: u32, d: u32| {
        chrono::NaiveDate::from_ymd_opt(y, m, d)
            .unwrap()
            .and_hms_opt(12, 0, 0)
            .unwrap()
            .and_utc()
            .timestamp()
    };
    publish(
        &app,
        "Jardinier",
        Spec {
            seats: 12,
            starts_at: at(2022, 3, 10),
            ..Spec::default()
        },
    )
    .await;
    let dropped = publish(
        &app,
        "Jardinier",
        Spec {
            seats: 8,
            starts_at: at(2022, 12, 31),
            ..Spec::default()
        },
    )
    .await;
    publish(
        &app,
        "Jardinier",
        Spec {
            seats: 30,
            starts_at: at(2023, 1, 1),
            ..Spec::default()
        },
    )
    .await;
    app.db()
        .cancel_session(dropped, Some("Salle indisponible"), false, None, NOW)
        .await
        .unwrap();
    let r = app.get("/en/annual-report/2022").await;
    let sessions = table_of(&r.body, "annual-sessions").expect("the sessions of 2022");
    let row = |name: &str| {
        sessions
            .split(&format!("<th scope=\"row\">{name}</th>"))
            .nth(1)
            .and_then(|s| s.split("<bdi>").nth(1))
            .and_then(|s| s.split("</bdi>").next())
            .unwrap_or_else(|| panic!("{name}: {sessions}"))
            .to_owned()
    };
    assert_eq!(row("Sessions held"), "1");
    assert_eq!(row("Sessions cancelled"), "1");
    assert_eq!(row("Seats offered"), "12");
    assert_eq!(row("Seats booked"), "0");
    assert!(r.body.contains("href=\"/en/sessions\""));

    // 2021's label decisions, as the plan's report tells them: Brusurf's
    // label withdrawn, the Cité des Métiers refused.
    let r = app.get("/en/annual-report/2021").await;
    let decisions = table_of(&r.body, "annual-label-decisions").expect("the decisions");
    let counts = app.db().label_decisions_in(2021).await.unwrap();
    for (state, n) in &counts {
        let label = web::i18n::t(domain::Lang::En, &format!("label-state-{state}"));
        assert!(
            decisions.contains(&format!(
                "<th scope=\"row\">{label}</th><td class=\"num\"><bdi>{n}</bdi>"
            )),
            "{state} {n}: {decisions}"
        );
    }
    let n = |s: &str| counts.iter().find(|(x, _)| x == s).unwrap().1;
    assert!(
        n("granted") >= 3 && n("refused") >= 1 && n("withdrawn") >= 1,
        "{counts:?}"
    );
    assert!(
        table_of(&r.body, "annual-sessions").is_none(),
        "no session in 2021"
    );
}

#[tokio::test]
async fn the_budget_annex_adds_up_as_the_budget_page() {
    let app = report_app().await;
    let r = app.get("/en/annual-report/2021").await;
    let totals = |id: &str| -> Vec<String> {
        let t = table_of(&r.body, id).unwrap_or_else(|| panic!("no {id}"));
        t.split("<tfoot>")
            .nth(1)
            .unwrap()
            .split("<bdi>")
            .skip(1)
            .map(|s| s.split("</bdi>").next().unwrap().to_owned())
            .collect()
    };
    let by_axis = totals("annual-budget-by-axis");
    assert!(!by_axis.is_empty());
    assert_eq!(
        by_axis,
        totals("annual-budget-by-source"),
        "the same money, two ways"
    );
    // The planned total is the one the budget page shows for the year.
    let page = app.get("/en/plan/budget?year=2021").await;
    let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
    let page_digits = digits(&page.body);
    assert!(
        page_digits.contains(&digits(&by_axis[0])),
        "{} on the budget page",
        by_axis[0]
    );
    assert!(r.body.contains("href=\"/en/plan/budget?year=2021\""));
}

#[tokio::test]
async fn referrals_are_counted_with_small_counts_hidden_and_the_data_checked() {
    use store::referrals::NewReferral;
    let app = report_app().await;
    let db = app.db();
    let cpas = db.find_organisation("cpas-etterbeek").await.unwrap()[0].id;
    let referrer = app.sign_in(Role::Referrer, &[cpas]).await;
    let place = app.state.directory().place_at(0).clone();
    let in_2022 = chrono::NaiveDate::from_ymd_opt(2022, 6, 1)
        .unwrap()
        .and_hms_opt(12, 0, 0)
        .unwrap()
        .and_utc()
        .timestamp();
    // Six people referred in 2022, none answered yet: "sent" shows 6.
    for i in 0..6 {
        let n = NewReferral {
            from_organisation_id: cpas,
            created_by: referrer.user_id,
            place_id: Some(place.id),
            session_id: None,
            to_organisation_id: place.organisation_id,
            person_name: format!("Personne {i}"),
            contact_way: domain::referral::ContactWay::Phone,
            contact_value: Some("+32 470 12 34 56".into()),
            lang: "fr".into(),
            needs: vec!["communication".into()],
            needs_note: None,
            diagnostic_json: None,
            share_diagnostic: false,
            consent_text: "Vous acceptez.".into(),
            consent_at: in_2022,
        };
        db.create_referral(&n, in_2022).await.unwrap();
    }
    let r = app.get("/en/annual-report/2022").await;
    let t = table_of(&r.body, "annual-referrals").expect("the referrals of 2022");
    assert!(
        t.contains(
            "<th scope=\"row\">Sent, waiting for an answer</th><td class=\"num\"><bdi>6</bdi>"
        ),
        "{t}"
    );
    assert!(
        t.contains("<tfoot><tr><th scope=\"row\">Total</th><td class=\"num\"><bdi>6</bdi>"),
        "{t}"
    );
    assert!(!r.body.contains("Personne 0"), "no one is named");
    // Two of them accepted: a count under 5 is hidden, and so is the one
    // that would give it back.
    for id in db
        .list_referrals(store::referrals::Scope::All)
        .await
        .unwrap()
        .iter()
        .take(2)
        .map(|x| x.id)
    {
        db.take_referral_step(
            id,
            &domain::referral::Step::new(domain::referral::StepKind::Accept, ""),
            domain::referral::Side::Receiver,
            None,
            in_2022 + 3600,
        )
        .await
        .unwrap()
        .unwrap();
    }
    let r = app.get("/en/annual-report/2022").await;
    let t = table_of(&r.body, "annual-referrals").unwrap();
    assert!(
        !t.contains("<bdi>2</bdi>") && !t.contains("<bdi>4</bdi>"),
        "{t}"
    );
    assert!(t.contains("suppressed"), "{t}");
    assert!(r.body.contains("href=\"/en/bo/referrals\""));

    // The data's checks, today, one row per check.
    let q = table_of(&r.body, "annual-quality").expect("the data's checks");
    assert_eq!(
        q.matches("<th scope=\"row\">").count(),
        domain::quality::CheckKind::ALL.len()
    );
    assert!(r.body.contains("href=\"/en/bo/quality\""));
}
