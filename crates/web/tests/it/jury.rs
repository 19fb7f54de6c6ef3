//! The jury and the selection of a call for projects (issue 14): a
//! conflicted juror neither sees nor scores that application (403); a
//! juror of another call and other roles are refused; before the call
//! closes the jury sees no application; "not assessed" and 0 give different
//! totals; the results' mean, median, spread and count against a hand
//! computation; a scenario over the envelope warns with the amount; the
//! decision accepts and refuses; tranches add up to the cent, the last one
//! refused before the final report; report reminders sent and recorded.

use axum::http::StatusCode;
use domain::account::Role;
use domain::grants::application::{Action, Status};
use domain::grants::call::CallStatus;
use store::grants::NewApplication;
use store::testing::{NOW, sample_call};

use crate::helpers::{Browser, DAY, TestApp};

const KEY: &str = "jury-test";

struct Setup {
    app: TestApp,
    call: i64,
    /// Applications A, B, C (12,000 / 9,000 / 12,000 € asked).
    apps: [i64; 3],
    org: i64,
    coordinator: Browser,
}

/// The demo, a call closing at `closes_at` with a 20,000 € envelope and
/// three submitted applications.
async fn setup(closes_at: i64) -> Setup {
    let app = TestApp::demo().await;
    let db = app.db();
    let region = db
        .ensure_organisation("Région de Bruxelles-Capitale", "other", None, NOW)
        .await
        .unwrap();
    let org = db
        .ensure_organisation("Atelier numérique", "asbl", None, NOW)
        .await
        .unwrap();
    let mut def = sample_call(KEY, closes_at);
    def.opens_on = chrono::NaiveDate::from_ymd_opt(2026, 10, 1).unwrap();
    def.envelope_cents = 2_000_000;
    let call = db
        .create_call(
            region,
            region,
            &def,
            CallStatus::Published,
            None,
            None,
            NOW - 60 * DAY,
        )
        .await
        .unwrap();
    let mut apps = [0; 3];
    for (i, (title, cents)) in [
        ("Projet A", 1_200_000),
        ("Projet B", 900_000),
        ("Projet C", 1_200_000),
    ]
    .into_iter()
    .enumerate()
    {
        let a = NewApplication {
            lang: "fr".into(),
            title: title.into(),
            postcode: Some("1060".into()),
            commune_nis: Some("21013".into()),
            amount_cents: Some(cents),
            publics: vec!["seniors".into()],
            description: format!("Description de {title}"),
            answers: [("partners".to_string(), "Le CPAS".to_string())].into(),
            budget: vec![("Animateur".into(), cents)],
        };
        let id = db
            .create_application(call, org, &a, None, NOW - 40 * DAY)
            .await
            .unwrap();
        db.step_application(id, Action::Submitted, None, None, NOW - 30 * DAY + i as i64)
            .await
            .unwrap();
        apps[i] = id;
    }
    let coordinator = app.sign_in(Role::Coordinator, &[]).await;
    Setup {
        app,
        call,
        apps,
        org,
        coordinator,
    }
}

async fn juror(s: &Setup) -> Browser {
    let b = s.app.sign_in(Role::Jury, &[]).await;
    s.app
        .db()
        .invite_juror(s.call, b.user_id, None, NOW)
        .await
        .unwrap();
    b
}

async fn score(s: &Setup, who: &Browser, app: i64, relevance: &str, feasibility: &str) {
    let res = s
        .app
        .post_form(
            Some(who),
            &format!("/fr/bo/jury/{KEY}/{app}"),
            &[
                ("score-relevance", relevance),
                ("score-feasibility", feasibility),
                ("comment", "ok"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
}

#[tokio::test]
async fn a_conflicted_juror_neither_sees_nor_scores_that_application() {
    let s = setup(NOW - 14 * DAY).await;
    let [a, b, _] = s.apps;
    let j = juror(&s).await;
    let list = s.app.get_as(Some(&j), &format!("/fr/bo/jury/{KEY}")).await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(list.body.contains("Projet B"));

    // A conflict needs a reason; the form says so and keeps the page.
    let empty = s
        .app
        .post_form(
            Some(&j),
            &format!("/fr/bo/jury/{KEY}/{b}/conflict"),
            &[("reason", " ")],
        )
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty.body.contains("Dites pourquoi"));
    let res = s
        .app
        .post_form(
            Some(&j),
            &format!("/fr/bo/jury/{KEY}/{b}/conflict"),
            &[("reason", "Je siège au conseil de l'ASBL")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_eq!(
        res.header("location"),
        format!("/fr/bo/jury/{KEY}?conflict=1")
    );

    let list = s
        .app
        .get_as(Some(&j), &format!("/fr/bo/jury/{KEY}?conflict=1"))
        .await;
    assert!(
        !list.body.contains("Projet B"),
        "the conflicted application is not listed"
    );
    assert!(list.body.contains("Projet A"));
    let page = s
        .app
        .get_as(Some(&j), &format!("/fr/bo/jury/{KEY}/{b}"))
        .await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    assert!(
        page.body.contains("conflit d&#39;intérêts") || page.body.contains("conflit d'intérêts")
    );
    assert!(!page.body.contains("Description de Projet B"));
    let post = s
        .app
        .post_form(
            Some(&j),
            &format!("/fr/bo/jury/{KEY}/{b}"),
            &[("score-relevance", "5"), ("score-feasibility", "5")],
        )
        .await;
    assert_eq!(post.status, StatusCode::FORBIDDEN);
    assert_eq!(
        s.app
            .get_as(Some(&j), &format!("/fr/bo/jury/{KEY}/{b}/conflict"))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert!(
        s.app
            .db()
            .reviews_of_application(b)
            .await
            .unwrap()
            .is_empty()
    );
    // The other applications are still open to this juror.
    let ok = s
        .app
        .get_as(Some(&j), &format!("/fr/bo/jury/{KEY}/{a}"))
        .await;
    assert_eq!(ok.status, StatusCode::OK);
    assert!(ok.body.contains("Description de Projet A"));

    // The coordination sees who declared it.
    let jury = s
        .app
        .get_as(Some(&s.coordinator), &format!("/fr/bo/selection/{KEY}"))
        .await;
    assert_eq!(jury.status, StatusCode::OK);
    assert!(jury.body.contains("Je siège au conseil"));
}

#[tokio::test]
async fn other_jurors_and_other_roles_are_refused() {
    let s = setup(NOW - 14 * DAY).await;
    let [a, ..] = s.apps;
    // A juror of another call (not invited to this one).
    let other = s.app.sign_in(Role::Jury, &[]).await;
    for uri in [
        format!("/fr/bo/jury/{KEY}"),
        format!("/fr/bo/jury/{KEY}/{a}"),
        format!("/fr/bo/jury/{KEY}/{a}/conflict"),
    ] {
        assert_eq!(
            s.app.get_as(Some(&other), &uri).await.status,
            StatusCode::FORBIDDEN,
            "{uri}"
        );
    }
    let post = s
        .app
        .post_form(
            Some(&other),
            &format!("/fr/bo/jury/{KEY}/{a}"),
            &[("score-relevance", "5"), ("score-feasibility", "5")],
        )
        .await;
    assert_eq!(post.status, StatusCode::FORBIDDEN);
    // Applicants, referrers and EPN managers reach neither side; jurors not the coordination's.
    let place = s.app.state.directory().place_at(0).clone();
    let applicant = s.app.sign_in(Role::Applicant, &[s.org]).await;
    let referrer = s
        .app
        .sign_in(Role::Referrer, &[place.organisation_id])
        .await;
    let manager = s
        .app
        .sign_in(Role::EpnManager, &[place.organisation_id])
        .await;
    for who in [&applicant, &referrer, &manager] {
        for uri in [
            format!("/fr/bo/jury/{KEY}/{a}"),
            format!("/fr/bo/selection/{KEY}/results"),
            format!("/fr/bo/selection/{KEY}/results.csv"),
        ] {
            assert_eq!(
                s.app.get_as(Some(who), &uri).await.status,
                StatusCode::FORBIDDEN,
                "{uri}"
            );
        }
    }
    let j = juror(&s).await;
    assert_eq!(
        s.app
            .get_as(Some(&j), &format!("/fr/bo/selection/{KEY}/results"))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn before_the_call_closes_the_jury_sees_no_application() {
    let s = setup(NOW + 3 * DAY).await;
    let [a, ..] = s.apps;
    let j = juror(&s).await;
    let list = s.app.get_as(Some(&j), &format!("/fr/bo/jury/{KEY}")).await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(list.body.contains("jury-not-yet"));
    assert!(list.body.contains("après la clôture"));
    assert!(!list.body.contains("Projet A"));
    let page = s
        .app
        .get_as(Some(&j), &format!("/fr/bo/jury/{KEY}/{a}"))
        .await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    assert!(!page.body.contains("Description de Projet A"));
    let home = s.app.get_as(Some(&j), "/fr/bo/jury").await;
    assert!(home.body.contains("Inclusion numérique de proximité"));
}

#[tokio::test]
async fn the_scoring_form_names_what_is_missing_and_not_assessed_is_not_zero() {
    let s = setup(NOW - 14 * DAY).await;
    let [a, ..] = s.apps;
    let j1 = juror(&s).await;
    let j2 = juror(&s).await;
    let form = s
        .app
        .get_as(Some(&j1), &format!("/fr/bo/jury/{KEY}/{a}"))
        .await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(
        !form.body.contains("checked"),
        "nothing chosen by default, never a 0"
    );
    assert!(form.body.contains("Non évalué"));

    let res = s
        .app
        .post_form(
            Some(&j1),
            &format!("/fr/bo/jury/{KEY}/{a}"),
            &[("score-relevance", "4"), ("comment", "Gardé")],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("error-summary"));
    assert!(res.body.contains("href=\"#score-feasibility-0\""));
    assert!(res.body.contains("Faisabilité"));
    assert!(res.body.contains("Gardé"), "the comment is kept");
    assert!(
        res.body
            .contains("id=\"score-relevance-4\" name=\"score-relevance\" value=\"4\" checked"),
        "the score chosen is kept"
    );
    let off = s
        .app
        .post_form(
            Some(&j1),
            &format!("/fr/bo/jury/{KEY}/{a}"),
            &[("score-relevance", "9"), ("score-feasibility", "na")],
        )
        .await;
    assert_eq!(off.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(off.body.contains("entre 0 et 5"));

    score(&s, &j1, a, "4", "na").await;
    score(&s, &j2, a, "4", "0").await;
    // Read back: the form shows "not assessed" chosen.
    let again = s
        .app
        .get_as(Some(&j1), &format!("/fr/bo/jury/{KEY}/{a}"))
        .await;
    assert!(again.body.contains("value=\"na\" checked"));

    let results = s
        .app
        .get_as(
            Some(&s.coordinator),
            &format!("/fr/bo/selection/{KEY}/results"),
        )
        .await;
    assert_eq!(results.status, StatusCode::OK);
    // 8/10 on relevance with feasibility not assessed: 80; with 0: 53.3.
    assert!(
        results.body.contains("80,0"),
        "not assessed leaves the criterion out"
    );
    assert!(results.body.contains("53,3"), "0 counts as 0");
    assert!(results.body.contains("Non évalué"));
}

#[tokio::test]
async fn the_results_match_a_hand_computation_and_export() {
    let s = setup(NOW - 14 * DAY).await;
    let [a, b, _] = s.apps;
    let j1 = juror(&s).await;
    let j2 = juror(&s).await;
    let j3 = juror(&s).await;
    // Totals on A: 100; (2×3/5 + 4/10)/3 = 53.33; 4/5 alone = 80.
    score(&s, &j1, a, "5", "10").await;
    score(&s, &j2, a, "3", "4").await;
    score(&s, &j3, a, "4", "na").await;
    score(&s, &j1, b, "2", "2").await;
    let res = s
        .app
        .get_as(
            Some(&s.coordinator),
            &format!("/en/bo/selection/{KEY}/results"),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK);
    let row = res
        .body
        .split(&format!("id=\"result-{a}\""))
        .nth(1)
        .unwrap()
        .split("</tr>")
        .next()
        .unwrap();
    // Mean 77.78, median 80, population standard deviation 19.12, 3 scores.
    for want in ["77.8", "80.0", "19.1", "<bdi>3</bdi>"] {
        assert!(row.contains(want), "{want} in {row}");
    }
    assert!(row.contains("<bdi>1</bdi>"), "A ranks first: {row}");
    assert!(res.body.contains("tie-break"));
    // z-scores beside the raw totals: j1 scored two applications (100 and 40).
    assert!(res.body.contains("+1.00") && res.body.contains("-1.00"));

    let csv = s
        .app
        .get_as(
            Some(&s.coordinator),
            &format!("/en/bo/selection/{KEY}/results.csv"),
        )
        .await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(csv.header("content-type").starts_with("text/csv"));
    assert!(csv.body.contains("\"not_assessed\""));
    assert!(csv.body.contains("\"77.778\""));
    let xlsx = s
        .app
        .get_as(
            Some(&s.coordinator),
            &format!("/en/bo/selection/{KEY}/results.xlsx"),
        )
        .await;
    assert_eq!(xlsx.status, StatusCode::OK);
}

#[tokio::test]
async fn scenarios_decision_agreements_payments_and_reminders() {
    let s = setup(NOW - 14 * DAY).await;
    let [a, b, c] = s.apps;
    let co = &s.coordinator;
    let page = s
        .app
        .get_as(Some(co), &format!("/fr/bo/selection/{KEY}/scenarios"))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("value=\"12000,00\""),
        "amounts prefilled with what was asked"
    );

    // A line above what was asked is named, what was typed kept.
    let (pa, pb, pc) = (
        format!("pick-{a}"),
        format!("pick-{b}"),
        format!("pick-{c}"),
    );
    let (ma, mb, mc) = (
        format!("amount-{a}"),
        format!("amount-{b}"),
        format!("amount-{c}"),
    );
    let bad = s
        .app
        .post_form(
            Some(co),
            &format!("/fr/bo/selection/{KEY}/scenarios"),
            &[("name", "Trop"), (&pa, "1"), (&ma, "12500")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("dépasse le montant demandé"));
    assert!(bad.body.contains("value=\"12500\""));

    // Over the envelope: saved, with a warning and the amount over.
    let all = s
        .app
        .post_form(
            Some(co),
            &format!("/fr/bo/selection/{KEY}/scenarios"),
            &[
                ("name", "Tout"),
                (&pa, "1"),
                (&ma, "12000"),
                (&pb, "1"),
                (&mb, "9000"),
                (&pc, "1"),
                (&mc, "12000"),
            ],
        )
        .await;
    assert_eq!(all.status, StatusCode::SEE_OTHER, "{}", all.body);
    let two = s
        .app
        .post_form(
            Some(co),
            &format!("/fr/bo/selection/{KEY}/scenarios"),
            &[
                ("name", "A et C"),
                (&pa, "1"),
                (&ma, "9999,99"),
                (&pc, "1"),
                (&mc, "10000,01"),
            ],
        )
        .await;
    assert_eq!(two.status, StatusCode::SEE_OTHER);
    let page = s
        .app
        .get_as(
            Some(co),
            &format!("/fr/bo/selection/{KEY}/scenarios?saved=1"),
        )
        .await;
    assert!(
        page.body
            .contains("dépasse l'enveloppe de 13\u{202f}000,00 €")
            || page
                .body
                .contains("dépasse l&#39;enveloppe de 13\u{202f}000,00 €"),
        "{}",
        page.body
    );
    // A et C: 20,000.00 € exactly, nothing left.
    assert!(page.body.contains("<bdi>0,00 €</bdi>"));

    let scenarios = s.app.db().scenarios(s.call).await.unwrap();
    let chosen = scenarios
        .iter()
        .find(|x| x.name == "A et C")
        .unwrap()
        .id
        .to_string();
    let missing = s
        .app
        .post_form(
            Some(co),
            &format!("/fr/bo/selection/{KEY}/decision"),
            &[("scenario", &chosen), ("decided_on", "2026-11-20")],
        )
        .await;
    assert_eq!(missing.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(missing.body.contains("procès-verbal"));
    let decided = s
        .app
        .post_form(
            Some(co),
            &format!("/fr/bo/selection/{KEY}/decision"),
            &[
                ("scenario", &chosen),
                ("decided_on", "2026-11-20"),
                ("minutes", "PV du jury du 20 novembre"),
            ],
        )
        .await;
    assert_eq!(decided.status, StatusCode::SEE_OTHER);
    let app = &s.app;
    let status = |id| async move { app.db().application(id).await.unwrap().unwrap().status };
    assert_eq!(status(a).await, Status::Accepted);
    assert_eq!(status(b).await, Status::Refused);
    assert_eq!(status(c).await, Status::Accepted);
    assert_eq!(
        s.app.db().call(s.call).await.unwrap().unwrap().status,
        CallStatus::Decided
    );

    // The agreement of C: 10,000.01 € in 80 % then 20 %, to the cent.
    let ag = s
        .app
        .post_form(
            Some(co),
            &format!("/fr/bo/selection/{KEY}/agreements"),
            &[
                ("application", &c.to_string()),
                ("signed_on", "2026-11-21"),
                ("project_ends_on", "2026-09-30"),
            ],
        )
        .await;
    assert_eq!(ag.status, StatusCode::SEE_OTHER, "{}", ag.body);
    let g = s.app.db().agreement_of(c).await.unwrap().unwrap();
    assert_eq!(g.tranches(), vec![800_000, 200_001]);
    assert_eq!(g.tranches().iter().sum::<i64>(), 1_000_001);
    let pay = |n: &'static str, date: &'static str| {
        let field = format!("paid-on-{}-{n}", g.id);
        let uri = format!("/fr/bo/selection/{KEY}/agreements/{}/payments", g.id);
        async move {
            app.post_form(Some(co), &uri, &[("tranche", n), (&field, date)])
                .await
        }
    };
    assert_eq!(pay("1", "2026-11-22").await.status, StatusCode::SEE_OTHER);
    let early = pay("2", "2026-11-23").await;
    assert_eq!(early.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(early.body.contains("réception du rapport final"));

    // Reminders: the report is due 29 November (60 days after 30 September).
    let applicant = s.app.sign_in(Role::Applicant, &[s.org]).await;
    let email = s
        .app
        .db()
        .user_by_id(applicant.user_id)
        .await
        .unwrap()
        .unwrap()
        .email;
    let page = s
        .app
        .get_as(Some(co), &format!("/fr/bo/selection/{KEY}/agreements"))
        .await;
    assert!(page.body.contains("reminders-due"));
    let sent = s
        .app
        .post_form(Some(co), &format!("/fr/bo/selection/{KEY}/reminders"), &[])
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    assert!(sent.header("location").ends_with("count=1"));
    let mails = s.app.decoded_mails();
    assert!(
        mails
            .iter()
            .any(|m| m.contains(&email) && m.contains("Projet C")),
        "{mails:?}"
    );
    let g2 = s.app.db().agreement_of(c).await.unwrap().unwrap();
    assert_eq!(g2.reminders, vec![s.app.state.today()]);
    let again = s
        .app
        .post_form(Some(co), &format!("/fr/bo/selection/{KEY}/reminders"), &[])
        .await;
    assert!(
        again.header("location").ends_with("count=0"),
        "not twice in a week"
    );

    let report = s
        .app
        .post_form(
            Some(co),
            &format!("/fr/bo/selection/{KEY}/agreements/{}/report", g.id),
            &[
                (&format!("received-on-{}", g.id), "2026-11-24"),
                (&format!("summary-{}", g.id), "120 personnes formées"),
            ],
        )
        .await;
    assert_eq!(report.status, StatusCode::SEE_OTHER);
    assert_eq!(pay("2", "2026-11-25").await.status, StatusCode::SEE_OTHER);
    let g = s.app.db().agreement_of(c).await.unwrap().unwrap();
    assert_eq!(g.paid_cents(), g.amount_cents);
    assert_eq!(g.amount_cents, 1_000_001);
    let page = s
        .app
        .get_as(Some(co), &format!("/fr/bo/selection/{KEY}/agreements"))
        .await;
    assert!(page.body.contains("reminders-none"));
}
