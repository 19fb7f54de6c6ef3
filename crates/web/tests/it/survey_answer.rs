//! Answering the visitor survey through HTTP: the short link, pages,
//! errors, stop and resume, the mobile public's part, closed editions,
//! spam protections, and what is stored (every column read back).

use std::collections::BTreeSet;

use domain::survey::answering::{self, Page};
use domain::survey::{Answers, QuestionKind, Questionnaire, Value};
use web::i18n::keys_of;

use store::testing::NOW;

use crate::helpers::{TEST_CSRF, TestApp, TestResponse, anonymous_csrf};

/// What a visitor's browser sends with every request; none of it may be stored.
const USER_AGENT: &str = "SurveyTestAgent/4.2 (identifying)";
const REFERER: &str = "https://referrer.example/poster?who=someone";
const FORWARDED: &str = "198.51.100.23";

async fn demo() -> TestApp {
    let app = TestApp::demo().await;
    app.db()
        .load_demo_survey(&store::survey::demo::DemoSurvey::shipped(), NOW)
        .await
        .unwrap();
    app
}

/// A device: the CSRF cookie every test browser has, and the survey's
/// draft cookie once set.
#[derive(Default)]
struct Device {
    draft: Option<String>,
}

impl Device {
    fn cookie(&self) -> String {
        match &self.draft {
            Some(t) => format!("passerelle_csrf={TEST_CSRF}; passerelle_survey={t}"),
            None => format!("passerelle_csrf={TEST_CSRF}"),
        }
    }

    fn headers(&self) -> Vec<(&'static str, String)> {
        vec![
            ("cookie", self.cookie()),
            ("user-agent", USER_AGENT.into()),
            ("referer", REFERER.into()),
            ("x-forwarded-for", FORWARDED.into()),
        ]
    }

    async fn get(&self, app: &TestApp, uri: &str) -> TestResponse {
        let h = self.headers();
        let pairs: Vec<(&str, &str)> = h.iter().map(|(k, v)| (*k, v.as_str())).collect();
        app.get_with(uri, &pairs).await
    }

    /// Posts a form; keeps the draft cookie the answer sets or clears.
    async fn post(
        &mut self,
        app: &TestApp,
        uri: &str,
        fields: &[(String, String)],
    ) -> TestResponse {
        let mut body = form_urlencoded::Serializer::new(String::new());
        body.append_pair("_csrf", &anonymous_csrf());
        for (k, v) in fields {
            body.append_pair(k, v);
        }
        let mut req = axum::http::Request::post(uri)
            .header("content-type", "application/x-www-form-urlencoded");
        for (k, v) in self.headers() {
            req = req.header(k, v);
        }
        let res = app
            .send(req.body(axum::body::Body::from(body.finish())).unwrap())
            .await;
        for c in res.headers.get_all("set-cookie") {
            let c = c.to_str().unwrap();
            if let Some(rest) = c.strip_prefix("passerelle_survey=") {
                let value = rest.split(';').next().unwrap();
                self.draft = (!value.is_empty()).then(|| value.to_owned());
            }
        }
        res
    }
}

fn location(res: &TestResponse) -> String {
    assert_eq!(res.status, 303, "{}", res.body);
    res.header("location").to_owned()
}

/// A stamp signed a minute ago: the visitor took their time.
fn stamp() -> String {
    web::antispam::form_stamp(NOW - 60)
}

async fn form_of(app: &TestApp, code: &str) -> Questionnaire {
    let (edition, _) = app.db().edition_place_by_code(code).await.unwrap().unwrap();
    app.db()
        .questionnaire(edition.questionnaire_id)
        .await
        .unwrap()
        .unwrap()
        .form
}

/// The page index of `/s/{code}/{lang}/q/{n}`.
fn index_of(uri: &str) -> Option<usize> {
    let path = uri.split('?').next().unwrap();
    let (_, n) = path.rsplit_once("/q/")?;
    Some(n.parse::<usize>().unwrap() - 1)
}

/// Answers for a page: the first choice, the first two of a multiple
/// choice, 8 on a scale, 3 for a number, a short text.
fn fill(form: &Questionnaire, page: &Page, answers: &Answers) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for name in &page.questions {
        if !form.is_shown(name, answers) {
            continue;
        }
        let q = form.question(name).unwrap();
        let choices = form.choices_of(q);
        match &q.kind {
            QuestionKind::SingleChoice { .. } => out.push((name.clone(), choices[0].name.clone())),
            QuestionKind::MultipleChoice { .. } => {
                for c in choices.iter().take(2) {
                    out.push((name.clone(), c.name.clone()));
                }
            }
            QuestionKind::Scale { .. } => out.push((name.clone(), "8".into())),
            QuestionKind::Number { .. } => out.push((name.clone(), "3".into())),
            QuestionKind::Text => out.push((name.clone(), "Très bon accueil, merci".into())),
            QuestionKind::Hidden => {}
        }
    }
    out
}

/// Answers from the start page to the end (or `stop_after` pages): every
/// page is read, filled and sent. Returns the pages' HTML, the answers the
/// visitor gave and where the last answer went.
async fn answer(
    app: &TestApp,
    device: &mut Device,
    code: &str,
    lang: &str,
    stop_after: Option<usize>,
) -> (Vec<String>, Answers, String) {
    let form = form_of(app, code).await;
    let pages = answering::pages(&form);
    let (_, place) = app.db().edition_place_by_code(code).await.unwrap().unwrap();
    let mut answers = Answers::new();
    if let Some(p) = place.public {
        answers.insert("public".into(), Value::Text(p));
    }
    let start = device.get(app, &format!("/s/{code}/{lang}")).await;
    assert_eq!(start.status, 200, "{}", start.body);
    let first = start
        .body
        .split(&format!("/s/{}/{lang}/q/", place.code))
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("a link to the first page")
        .to_owned();
    let mut uri = format!("/s/{}/{lang}/q/{first}", place.code);
    let mut seen = Vec::new();
    let mut sent = 0;
    while let Some(index) = index_of(&uri) {
        if stop_after == Some(sent) {
            break;
        }
        let page = device.get(app, &uri).await;
        assert_eq!(page.status, 200, "{uri}: {}", page.body);
        assert_eq!(page.header("cache-control"), "no-store");
        seen.push(page.body.clone());
        let mut fields = fill(&form, &pages[index], &answers);
        let given = answering::parse_page(&form, &pages[index], &fields, &answers);
        assert!(given.is_ok());
        answers = answering::apply_page(&answers, &pages[index], &given);
        fields.push(("go".into(), "next".into()));
        fields.push(("stamp".into(), stamp()));
        fields.push(("homepage".into(), String::new()));
        let path = uri.split('?').next().unwrap().to_owned();
        let res = device.post(app, &path, &fields).await;
        uri = location(&res);
        sent += 1;
    }
    (seen, answers, uri)
}

fn names(rows: &[store::survey::answering::RawRow]) -> BTreeSet<String> {
    rows.iter()
        .flat_map(|r| r.iter().map(|(k, _)| k.clone()))
        .collect()
}

#[tokio::test]
async fn an_answer_through_http_stores_the_day_the_language_and_the_answers_only() {
    let app = demo().await;
    let mut device = Device::default();
    // Midway: a draft under the hash of the device's token, never the token.
    let (first_pages, so_far, _) = answer(&app, &mut device, "EPN26A", "fr", Some(2)).await;
    assert!(
        first_pages[0].contains("Question 1 sur"),
        "progress in words"
    );
    let token = device.draft.clone().expect("the draft cookie");
    assert_eq!(token.len(), 64);
    let drafts = app.db().survey_raw_rows("survey_drafts").await.unwrap();
    assert_eq!(drafts.len(), 1);
    assert_eq!(
        names(&drafts),
        [
            "answers",
            "edition_id",
            "lang",
            "place_id",
            "token_hash",
            "updated_on"
        ]
        .map(String::from)
        .into(),
        "the draft's columns"
    );
    let d: std::collections::HashMap<_, _> = drafts[0].iter().cloned().collect();
    assert_eq!(
        d["token_hash"].as_deref(),
        Some(store::accounts::secret_hash(&token).as_str())
    );
    assert_eq!(d["updated_on"].as_deref(), Some("2026-11-26"));
    assert_eq!(d["lang"].as_deref(), Some("fr"));
    let stored: Answers = serde_json::from_str(d["answers"].as_deref().unwrap()).unwrap();
    assert_eq!(stored, so_far);

    // To the end, on the same device: the answer, the draft deleted, the cookie cleared.
    let (seen, rest, end) = answer(&app, &mut device, "EPN26A", "fr", None).await;
    assert!(end.ends_with("/s/EPN26A/fr/thanks"), "{end}");
    assert!(device.draft.is_none(), "the cookie is cleared");
    assert!(
        seen[0].contains("Question 3 sur"),
        "resumed after the two pages sent"
    );
    let mut given = so_far.clone();
    given.extend(rest);
    let rows = open_edition_rows(&app).await;
    assert_eq!(rows.len(), 1);
    assert_eq!(
        names(&rows),
        [
            "answered_on",
            "answers",
            "edition_id",
            "id",
            "lang",
            "place_id"
        ]
        .map(String::from)
        .into(),
        "the answer's columns: nothing else"
    );
    let r: std::collections::HashMap<_, _> = rows[0].iter().cloned().collect();
    let (edition, place) = app
        .db()
        .edition_place_by_code("epn26a")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        r["edition_id"].as_deref(),
        Some(edition.id.to_string().as_str())
    );
    assert_eq!(
        r["place_id"].as_deref(),
        Some(place.place_id.to_string().as_str())
    );
    assert_eq!(
        r["answered_on"].as_deref(),
        Some("2026-11-26"),
        "the day only"
    );
    assert_eq!(r["lang"].as_deref(), Some("fr"));
    let stored: Answers = serde_json::from_str(r["answers"].as_deref().unwrap()).unwrap();
    let form = form_of(&app, "EPN26A").await;
    assert_eq!(stored, answering::clean(&form, &given));
    assert!(answering::is_complete(&form, &stored));
    assert!(
        app.db()
            .survey_raw_rows("survey_drafts")
            .await
            .unwrap()
            .is_empty()
    );
    // Nothing the browser sent about itself.
    let everything = format!("{rows:?}");
    for secret in [
        USER_AGENT,
        REFERER,
        FORWARDED,
        "SurveyTestAgent",
        "referrer.example",
        &token,
    ] {
        assert!(!everything.contains(secret), "{secret} stored");
    }
    let thanks = device.get(&app, &end).await;
    assert!(thanks.body.contains("Merci"));
}

#[tokio::test]
async fn the_start_page_names_the_place_and_offers_five_languages() {
    let app = demo().await;
    let device = Device::default();
    let res = device.get(&app, "/s/epn26a").await;
    assert_eq!(res.status, 200);
    assert!(res.body.contains("<html lang=\"fr\" dir=\"ltr\">"));
    assert!(res.body.contains("EPN Bravvo"));
    assert!(res.body.contains("anonyme"));
    assert!(res.body.contains("environ"));
    for (code, name) in [
        ("nl", "Nederlands"),
        ("en", "English"),
        ("es", "Español"),
        ("ar", "العربية"),
    ] {
        assert!(
            res.body.contains(&format!(
                "href=\"/s/EPN26A/{code}\" lang=\"{code}\" hreflang=\"{code}\">{name}</a>"
            )),
            "{code}"
        );
    }
    let ar = device.get(&app, "/s/EPN26A/ar").await;
    assert!(ar.body.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(ar.body.contains("ابدأ"));
    let es = device.get(&app, "/s/EPN26A/es").await;
    assert!(es.body.contains("<html lang=\"es\" dir=\"ltr\">"));
    assert!(es.body.contains("Empezar"));
    // The page and its stylesheet: 30 KB at most together.
    let css = device.get(&app, "/static/survey.css").await;
    assert!(css.header("content-type").starts_with("text/css"));
    assert!(res.body.len() + css.body.len() < 30 * 1024);
    assert_eq!(device.get(&app, "/s/NOSUCH").await.status, 404);
    assert_eq!(device.get(&app, "/s/EPN26A/de").await.status, 404);
}

#[tokio::test]
async fn a_missing_answer_gives_the_error_summary_and_keeps_what_was_typed() {
    let app = demo().await;
    let mut device = Device::default();
    let form = form_of(&app, "EPN26A").await;
    let pages = answering::pages(&form);
    // The first page, empty: required.
    let fields = vec![
        ("go".to_owned(), "next".to_owned()),
        ("stamp".into(), stamp()),
    ];
    let res = device.post(&app, "/s/EPN26A/fr/q/1", &fields).await;
    assert_eq!(res.status, 422);
    assert!(res.body.contains("class=\"error-summary\""));
    assert!(res.body.contains("<title>Erreur"));
    let first = &form.question(&pages[0].questions[0]).unwrap();
    let id = format!("{}-{}", first.name, form.choices_of(first)[0].name);
    assert!(
        res.body.contains(&format!("href=\"#{id}\"")),
        "the summary links to the field"
    );
    assert!(res.body.contains(&format!("id=\"{id}\"")));
    assert!(res.body.contains("Choisissez une réponse"));
    assert!(
        app.db()
            .survey_raw_rows("survey_drafts")
            .await
            .unwrap()
            .is_empty()
    );

    // The comment, too long: the text comes back as typed.
    let comment = pages
        .iter()
        .position(|p| p.questions == ["comment"])
        .unwrap();
    let long = "é".repeat(501);
    let fields = vec![
        ("go".to_owned(), "next".to_owned()),
        ("stamp".into(), stamp()),
        ("comment".into(), long.clone()),
    ];
    let res = device
        .post(&app, &format!("/s/EPN26A/fr/q/{}", comment + 1), &fields)
        .await;
    assert_eq!(res.status, 422);
    assert!(
        res.body
            .contains("500 caractères au maximum (vous en avez écrit 501)")
    );
    assert!(res.body.contains(&format!(">{long}</textarea>")));
    // The ratings: a number outside 0-10 is refused, the others kept.
    let ratings = pages.iter().position(|p| p.questions.len() > 1).unwrap();
    let fields = vec![
        ("go".to_owned(), "next".to_owned()),
        ("stamp".into(), stamp()),
        (pages[ratings].questions[0].clone(), "11".into()),
        (pages[ratings].questions[1].clone(), "6".into()),
    ];
    let res = device
        .post(&app, &format!("/s/EPN26A/fr/q/{}", ratings + 1), &fields)
        .await;
    assert_eq!(res.status, 422);
    assert!(res.body.contains("Écrivez un nombre de 0 à 10"));
    let kept = format!(
        "id=\"{}-6\" name=\"{}\" value=\"6\" checked",
        pages[ratings].questions[1], pages[ratings].questions[1]
    );
    assert!(res.body.contains(&kept), "{kept}");
}

#[tokio::test]
async fn the_mobile_epn_link_shows_only_its_part() {
    let app = demo().await;
    let mut device = Device::default();
    let (seen, given, end) = answer(&app, &mut device, "EPNM26", "fr", None).await;
    assert!(end.ends_with("/thanks"));
    let form = form_of(&app, "EPNM26").await;
    let everyone = answering::pages(&form).len();
    assert!(seen.len() < everyone, "{} pages of {everyone}", seen.len());
    for html in &seen {
        for q in ["knew_before", "heard_from", "criteria", "sat_hours"] {
            assert!(
                !html.contains(&format!("name=\"{q}\"")),
                "{q} shown to the mobile public"
            );
        }
    }
    assert_eq!(given.get("public"), Some(&Value::Text("mobile".into())));
    let last = seen.last().unwrap();
    assert!(last.contains(&format!("Question {} sur {}", seen.len(), seen.len())));
    let rows = open_edition_rows(&app).await;
    let stored: Answers = serde_json::from_str(
        rows[0]
            .iter()
            .find(|(k, _)| k == "answers")
            .unwrap()
            .1
            .as_deref()
            .unwrap(),
    )
    .unwrap();
    assert_eq!(stored.get("public"), Some(&Value::Text("mobile".into())));
}

#[tokio::test]
async fn a_stopped_answer_resumes_on_the_same_device_or_starts_again() {
    let app = demo().await;
    let mut device = Device::default();
    let (_, _, next) = answer(&app, &mut device, "EPN26A", "fr", Some(3)).await;
    let start = device.get(&app, "/s/EPN26A").await;
    assert!(start.body.contains("Continuer là où je me suis arrêté"));
    let path = next.split('?').next().unwrap();
    assert!(start.body.contains(&format!("href=\"{path}\"")), "{path}");
    // Another device sees no draft.
    let other = Device::default().get(&app, "/s/EPN26A").await;
    assert!(!other.body.contains("Continuer là où"));
    // Start again: the draft is deleted and the cookie cleared.
    let res = device.post(&app, "/s/EPN26A/fr/restart", &[]).await;
    assert!(location(&res).ends_with("/s/EPN26A/fr/q/1"));
    assert!(device.draft.is_none());
    assert!(
        app.db()
            .survey_raw_rows("survey_drafts")
            .await
            .unwrap()
            .is_empty()
    );
}

#[tokio::test]
async fn outside_its_period_an_edition_is_closed_and_stores_nothing() {
    let app = demo().await;
    let mut device = Device::default();
    let res = device.get(&app, "/s/EPNM21").await;
    assert_eq!(res.status, 200);
    assert!(res.body.contains("Ce questionnaire est fermé"));
    assert!(res.body.contains("01/11/2021") && res.body.contains("05/12/2021"));
    let fields = vec![
        ("go".to_owned(), "next".to_owned()),
        ("age".into(), "x".into()),
    ];
    let res = device.post(&app, "/s/EPNM21/fr/q/1", &fields).await;
    assert!(res.body.contains("Ce questionnaire est fermé"));
    assert!(
        app.db()
            .survey_raw_rows("survey_drafts")
            .await
            .unwrap()
            .is_empty()
    );
}

#[tokio::test]
async fn robots_are_turned_away_without_a_trace() {
    let app = demo().await;
    let mut device = Device::default();
    let (_, _, last) = answer(&app, &mut device, "EPN26A", "en", Some(100)).await;
    assert!(last.ends_with("/thanks"));
    // Too fast: the whole answer sent within 3 seconds of the first page.
    let form = form_of(&app, "EPN26A").await;
    let pages = answering::pages(&form);
    let mut device = Device::default();
    let mut answers = Answers::new();
    let mut uri = "/s/EPN26A/en/q/1".to_owned();
    while let Some(i) = index_of(&uri) {
        let mut fields = fill(&form, &pages[i], &answers);
        answers = answering::apply_page(
            &answers,
            &pages[i],
            &answering::parse_page(&form, &pages[i], &fields, &answers),
        );
        fields.push(("go".into(), "next".into()));
        fields.push(("stamp".into(), web::antispam::form_stamp(NOW)));
        let res = device.post(&app, &uri, &fields).await;
        if res.status == 422 {
            assert!(res.body.contains("sent very quickly"));
            break;
        }
        uri = location(&res).split('?').next().unwrap().to_owned();
    }
    assert_eq!(open_edition_rows(&app).await.len(), 1);
    // The honeypot filled: "thanks", and the draft goes.
    let fields = vec![
        ("go".to_owned(), "next".to_owned()),
        ("homepage".into(), "http://spam.example".into()),
    ];
    let res = device.post(&app, "/s/EPN26A/en/q/2", &fields).await;
    assert!(location(&res).ends_with("/thanks"));
    assert_eq!(open_edition_rows(&app).await.len(), 1);
    assert!(
        app.db()
            .survey_raw_rows("survey_drafts")
            .await
            .unwrap()
            .is_empty()
    );
}

#[tokio::test]
async fn the_daily_job_purges_drafts_unchanged_for_30_days() {
    let app = demo().await;
    let (edition, place) = app
        .db()
        .edition_place_by_code("EPN26A")
        .await
        .unwrap()
        .unwrap();
    let today = app.state.today();
    let old = today - chrono::Days::new(31);
    let recent = today - chrono::Days::new(29);
    let a = Answers::new();
    app.db()
        .save_draft(
            "a".repeat(64).as_str(),
            edition.id,
            place.place_id,
            "fr",
            &a,
            old,
        )
        .await
        .unwrap();
    app.db()
        .save_draft(
            "b".repeat(64).as_str(),
            edition.id,
            place.place_id,
            "fr",
            &a,
            recent,
        )
        .await
        .unwrap();
    web::jobs::run_daily(&app.state).await.unwrap();
    assert!(app.db().draft(&"a".repeat(64)).await.unwrap().is_none());
    assert!(app.db().draft(&"b".repeat(64)).await.unwrap().is_some());
}

/// The survey's chrome is complete in Spanish too (the interface has no
/// Spanish, the questionnaire has), and every key the pages use exists.
#[test]
fn the_survey_chrome_is_translated_in_five_languages() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    let keys = |lang: &str| -> BTreeSet<String> {
        let src = std::fs::read_to_string(root.join(lang).join("survey-answer.ftl")).unwrap();
        keys_of(&src).into_iter().collect()
    };
    let en = keys("en");
    for lang in ["fr", "nl", "ar", "es"] {
        assert_eq!(keys(lang), en, "{lang}/survey-answer.ftl");
    }
    let src_dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/pages");
    let mut used = BTreeSet::new();
    for file in ["survey_answer.rs", "survey_answer/render.rs"] {
        let src = std::fs::read_to_string(src_dir.join(file)).unwrap();
        for part in src.split("\"sva-").skip(1) {
            used.insert(format!("sva-{}", part.split('"').next().unwrap()));
        }
    }
    assert!(used.len() > 30, "{used:?}");
    let missing: Vec<_> = used.difference(&en).collect();
    assert!(missing.is_empty(), "{missing:?}");
    // Spanish is really there, not the English fallback.
    assert_eq!(web::i18n::t_code("es", "sva-continue"), "Continuar");
    assert_eq!(web::i18n::t_code("de", "sva-continue"), "Continue");
}

/// The stored answers of the demo's open edition (2026), every column; the
/// demo's 2021 edition has its generated answers beside them.
async fn open_edition_rows(app: &TestApp) -> Vec<store::survey::answering::RawRow> {
    let (edition, _) = app
        .db()
        .edition_place_by_code("EPN26A")
        .await
        .unwrap()
        .unwrap();
    let id = edition.id.to_string();
    app.db()
        .survey_raw_rows("survey_answers")
        .await
        .unwrap()
        .into_iter()
        .filter(|row| {
            row.iter()
                .any(|(k, v)| k == "edition_id" && v.as_deref() == Some(id.as_str()))
        })
        .collect()
}
