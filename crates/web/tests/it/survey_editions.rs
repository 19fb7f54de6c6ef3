//! Survey editions in the back office: the coordination creates an edition
//! (errors named, input kept), adds labelled EPN whose weekly visitors come
//! from their capacity record of the edition's year or are typed, sees each
//! place's short link and the participation computed from the complete
//! answers (352 / (5 × 1,137) = 6.2 %, as in 2021), removes a place without
//! answers but not one with answers; each place's poster draws the QR code
//! of its short link; an EPN manager may do none of it.

use axum::http::StatusCode;
use chrono::NaiveDate;
use domain::LabelStatus;
use domain::account::Role;
use domain::capacity::Capacity;
use domain::survey::{
    Answers, Choice, ChoiceList, Labels, Question, QuestionKind, Questionnaire, Section, Value,
};
use store::testing::NOW;

use crate::helpers::TestApp;

fn labels(text: &str) -> Labels {
    ["fr", "nl", "en", "es", "ar"]
        .iter()
        .fold(Labels::new(), |l, lang| {
            l.with(lang, &format!("{text} ({lang})"))
        })
}

/// A small questionnaire in the five languages of the 2021 one.
fn questionnaire() -> Questionnaire {
    Questionnaire {
        form_id: "visitors".into(),
        version: "2026.1".into(),
        title: labels("Visitor survey"),
        languages: ["fr", "nl", "en", "es", "ar"].map(String::from).to_vec(),
        provenance: None,
        sections: vec![Section {
            name: "you".into(),
            label: labels("About you"),
            relevant: None,
            questions: vec![Question {
                name: "device".into(),
                kind: QuestionKind::SingleChoice {
                    list: "yes_no".into(),
                },
                label: labels("Do you have a computer at home?"),
                hint: Labels::new(),
                required: true,
                relevant: None,
                role: None,
            }],
        }],
        lists: vec![ChoiceList {
            name: "yes_no".into(),
            choices: vec![
                Choice {
                    name: "yes".into(),
                    label: labels("Yes"),
                },
                Choice {
                    name: "no".into(),
                    label: labels("No"),
                },
            ],
        }],
    }
}

/// The demo's labelled places, the `skip`-th one.
fn labelled(app: &TestApp, skip: usize) -> (i64, String) {
    let dir = app.state.directory();
    let p = dir
        .places()
        .filter(|p| p.label == LabelStatus::Labelled)
        .nth(skip)
        .expect("labelled places in the demo");
    (p.id, p.name.clone())
}

fn capacity(year: i32, days_open: i32, weekday: i32, saturday: i32) -> Capacity {
    Capacity {
        year,
        days_open,
        hours_open: days_open * 6,
        visitors_weekday: weekday,
        visitors_saturday: saturday,
        visitors_counted: true,
        computers: 8,
        tablets: 0,
        other_equipment: None,
        trainings: true,
        animators: 2,
        animators_fte_hundredths: None,
    }
}

fn form<'a>(
    questionnaire: &'a str,
    title: &'a str,
    opens: &'a str,
    closes: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("questionnaire", questionnaire),
        ("title", title),
        ("slug", "visitors-2026"),
        ("opens_on", opens),
        ("closes_on", closes),
        ("illustrative", "no"),
        ("compare_with", ""),
    ]
}

fn location(res: &crate::helpers::TestResponse) -> String {
    res.header("location").to_owned()
}

#[tokio::test]
async fn the_coordination_creates_an_edition_and_sees_participation() {
    let app = TestApp::demo().await;
    let q = app
        .db()
        .save_questionnaire(NOW, &questionnaire())
        .await
        .unwrap();
    let coord = app.sign_in(Role::Coordinator, &[]).await;

    let list = app.get_as(Some(&coord), "/en/bo/survey/editions").await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(list.body.contains("No edition yet."));
    let new = app.get_as(Some(&coord), "/en/bo/survey/editions/new").await;
    assert_eq!(new.status, StatusCode::OK);
    assert!(new.body.contains("Visitor survey (en) (version 2026.1)"));

    // Mistakes: each named, everything typed kept.
    let q_id = q.to_string();
    let bad = app
        .post_form(
            Some(&coord),
            "/en/bo/survey/editions",
            &form(&q_id, "", "2026-04-05", "2026-03-02"),
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("class=\"error-summary\""));
    assert!(bad.body.contains("href=\"#title\""));
    assert!(
        bad.body
            .contains("Last day: the last day comes before the first day.")
    );
    assert!(
        bad.body
            .contains(r#"name="opens_on" type="text" value="2026-04-05""#)
    );
    assert!(
        bad.body
            .contains(&format!(r#"option value="{q}" selected"#))
    );

    // Five weeks, from Monday 2 March to Sunday 5 April 2026.
    let ok = app
        .post_form(
            Some(&coord),
            "/en/bo/survey/editions",
            &form(&q_id, "Visitor survey 2026", "02/03/2026", "2026-04-05"),
        )
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.body);
    let page_url = location(&ok);
    let edition = app
        .db()
        .edition_by_slug("visitors-2026")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        edition.opens_on,
        NaiveDate::from_ymd_opt(2026, 3, 2).unwrap()
    );
    assert!(page_url.starts_with(&format!("/en/bo/survey/editions/{}", edition.id)));

    // The slug is the edition's: a second one may not take it.
    let again = app
        .post_form(
            Some(&coord),
            "/en/bo/survey/editions",
            &form(&q_id, "Again", "2026-05-04", "2026-05-31"),
        )
        .await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(again.body.contains("“visitors-2026” is already used"));

    // Place A has a capacity record of 2026: Monday to Saturday, 40 a
    // weekday and 25 on Saturday, 225 a week. Place B's visitors are typed.
    // Place C has no record of 2026 and none typed.
    let (a, a_name) = labelled(&app, 0);
    let (b, _) = labelled(&app, 1);
    let (c, c_name) = labelled(&app, 2);
    app.db()
        .save_capacity(a, &capacity(2026, 6, 40, 25), None, NOW)
        .await
        .unwrap();
    app.db()
        .save_capacity(c, &capacity(2025, 5, 10, 0), None, NOW)
        .await
        .unwrap();
    let add = format!("/en/bo/survey/editions/{}/places", edition.id);
    let added = app
        .post_form(
            Some(&coord),
            &add,
            &[
                ("place", &a.to_string()),
                ("weekly_visitors", ""),
                ("public", ""),
            ],
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    let bad_place = app
        .post_form(
            Some(&coord),
            &add,
            &[
                ("place", &b.to_string()),
                ("weekly_visitors", "many"),
                ("public", "mobile epn"),
            ],
        )
        .await;
    assert_eq!(bad_place.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad_place.body.contains("href=\"#weekly_visitors\""));
    assert!(bad_place.body.contains("href=\"#public\""));
    assert!(
        bad_place
            .body
            .contains(r#"name="weekly_visitors" type="text" value="many""#)
    );
    for (place, visitors, public) in [(b, "912", "Mobile"), (c, "", "")] {
        let r = app
            .post_form(
                Some(&coord),
                &add,
                &[
                    ("place", &place.to_string()),
                    ("weekly_visitors", visitors),
                    ("public", public),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    }
    // A place cannot be added twice.
    let twice = app
        .post_form(
            Some(&coord),
            &add,
            &[
                ("place", &a.to_string()),
                ("weekly_visitors", ""),
                ("public", ""),
            ],
        )
        .await;
    assert_eq!(twice.status, StatusCode::UNPROCESSABLE_ENTITY);

    let places = app.db().edition_places(edition.id).await.unwrap();
    let of = |id: i64| places.iter().find(|p| p.place_id == id).unwrap();
    assert_eq!(of(a).weekly_visitors, Some(225));
    assert_eq!(
        of(a).weekly_source,
        Some(store::survey::WeeklySource::Capacity)
    );
    assert_eq!(of(b).weekly_visitors, Some(912));
    assert_eq!(
        of(b).weekly_source,
        Some(store::survey::WeeklySource::Entered)
    );
    assert_eq!(of(b).public.as_deref(), Some("mobile"));
    assert_eq!(of(c).weekly_visitors, None);

    // 352 complete answers: 200 at A, 150 at B, 2 at C.
    let day = NaiveDate::from_ymd_opt(2026, 3, 10).unwrap();
    let mut answers = Answers::new();
    answers.insert("device".into(), Value::Text("yes".into()));
    let rows: Vec<_> = std::iter::repeat_n(a, 200)
        .chain(std::iter::repeat_n(b, 150))
        .map(|p| (p, day, "fr".to_owned(), answers.clone()))
        .collect();
    app.db()
        .insert_answers_bulk(edition.id, &rows)
        .await
        .unwrap();
    let with_c = [
        (c, day, "nl".to_owned(), answers.clone()),
        (c, day, "fr".to_owned(), answers.clone()),
    ];
    app.db()
        .insert_answers_bulk(edition.id, &with_c)
        .await
        .unwrap();

    let page = app.get_as(Some(&coord), &page_url).await;
    assert_eq!(page.status, StatusCode::OK);
    // 352 / (5 × 1,137) = 6.2 % (C's answers count, its visitors cannot), with the formula in words and n.
    assert!(page.body.contains("<strong>6.2%</strong>"), "{}", page.body);
    assert!(
        page.body
            .contains("352 complete answers ÷ (5 weeks × 1,137 visitors a week) = 6.2%")
    );
    assert!(
        page.body
            .contains("n = 352 complete answers; 2 places have an estimate")
    );
    assert!(page.body.contains("from capacity records"));
    assert!(page.body.contains("entered by hand"));
    assert!(page.body.contains("no estimate"));
    assert!(page.body.contains(&format!(
        "Without an estimate of their weekly visitors: {c_name}. Their 2 complete answers are counted"
    )));
    // Each place's short link on the configured public URL.
    let code = &of(a).code;
    assert!(
        page.body
            .contains(&format!("http://127.0.0.1:8080/s/{code}"))
    );
    assert!(page.body.contains(&a_name));
    // Place A: 200 / (5 × 225) = 17.8 %.
    assert!(page.body.contains("17.8%"));

    // The list says the same.
    let list = app.get_as(Some(&coord), "/en/bo/survey/editions").await;
    assert!(list.body.contains("Visitor survey 2026"));
    assert!(list.body.contains("352"));
    assert!(list.body.contains("6.2%"));

    // Correcting B's visitors by hand; C cannot be removed (it has answers).
    let b_url = format!("/en/bo/survey/editions/{}/places/{b}", edition.id);
    let b_page = app.get_as(Some(&coord), &b_url).await;
    assert!(
        b_page
            .body
            .contains(r#"name="weekly_visitors" type="text" value="912""#)
    );
    let saved = app
        .post_form(
            Some(&coord),
            &b_url,
            &[("weekly_visitors", "1000"), ("public", "mobile")],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let removed_c = app
        .post_form(
            Some(&coord),
            &format!("/en/bo/survey/editions/{}/places/{c}/remove", edition.id),
            &[],
        )
        .await;
    assert_eq!(removed_c.status, StatusCode::CONFLICT);

    // A place without answers can be removed.
    let (d, _) = labelled(&app, 3);
    app.post_form(
        Some(&coord),
        &add,
        &[
            ("place", &d.to_string()),
            ("weekly_visitors", "10"),
            ("public", ""),
        ],
    )
    .await;
    let removed_d = app
        .post_form(
            Some(&coord),
            &format!("/en/bo/survey/editions/{}/places/{d}/remove", edition.id),
            &[],
        )
        .await;
    assert_eq!(removed_d.status, StatusCode::SEE_OTHER);
    let places = app.db().edition_places(edition.id).await.unwrap();
    assert!(places.iter().all(|p| p.place_id != d));
    assert_eq!(
        places
            .iter()
            .find(|p| p.place_id == b)
            .unwrap()
            .weekly_visitors,
        Some(1000)
    );

    // The edition can be corrected: same form, its values kept.
    let edit_url = format!("/en/bo/survey/editions/{}/edit", edition.id);
    let edit = app.get_as(Some(&coord), &edit_url).await;
    assert!(
        edit.body
            .contains(r#"name="closes_on" type="text" value="2026-04-05""#)
    );
    let mut f = form(&q_id, "Visitors 2026", "2026-03-02", "2026-04-12");
    f[2] = ("slug", "visitors-2026");
    let r = app.post_form(Some(&coord), &edit_url, &f).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let e = app.db().edition(edition.id).await.unwrap().unwrap();
    assert_eq!(
        (e.title.as_str(), e.closes_on),
        (
            "Visitors 2026",
            NaiveDate::from_ymd_opt(2026, 4, 12).unwrap()
        )
    );
}

/// An edition with one place (with a capacity record of its year).
async fn edition_with_a_place(app: &TestApp) -> (i64, i64, String) {
    let q = app
        .db()
        .save_questionnaire(NOW, &questionnaire())
        .await
        .unwrap();
    let id = app
        .db()
        .create_edition(
            NOW,
            &store::survey::NewEdition {
                slug: "visitors-2026".into(),
                title: "Visitor survey 2026".into(),
                questionnaire_id: q,
                opens_on: NaiveDate::from_ymd_opt(2026, 3, 2).unwrap(),
                closes_on: NaiveDate::from_ymd_opt(2026, 4, 5).unwrap(),
                illustrative: false,
                compare_with: None,
            },
        )
        .await
        .unwrap();
    let (place, _) = labelled(app, 0);
    let code = app
        .db()
        .set_edition_place(
            id,
            place,
            Some(200),
            Some(store::survey::WeeklySource::Entered),
            None,
        )
        .await
        .unwrap();
    (id, place, code)
}

/// The dark modules drawn in the poster's QR group, as a width × width grid.
fn drawn_matrix(svg: &str, width: usize) -> Vec<bool> {
    let start = svg.find(r#"<g id="poster-qr""#).expect("the QR group");
    let group = &svg[start..start + svg[start..].find("</g>").unwrap()];
    let rect =
        regex::Regex::new(r#"<rect x="(\d+)" y="(\d+)" width="(\d+)" height="1"/>"#).unwrap();
    let mut m = vec![false; width * width];
    for c in rect.captures_iter(group) {
        let (x, y, w): (usize, usize, usize) = (
            c[1].parse().unwrap(),
            c[2].parse().unwrap(),
            c[3].parse().unwrap(),
        );
        for i in x..x + w {
            m[y * width + i] = true;
        }
    }
    m
}

fn well_formed(svg: &str) {
    let mut reader = quick_xml::Reader::from_str(svg);
    let mut depth = 0i32;
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Start(_)) => depth += 1,
            Ok(quick_xml::events::Event::End(_)) => depth -= 1,
            Ok(quick_xml::events::Event::Eof) => break,
            Ok(_) => {}
            Err(e) => panic!("not well-formed at {}: {e}", reader.buffer_position()),
        }
    }
    assert_eq!(depth, 0, "every element is closed");
}

#[tokio::test]
async fn a_poster_draws_the_qr_code_of_the_places_short_link() {
    let app = TestApp::demo_with(|c| c.public_url = "http://passerelle.example.org".into()).await;
    let (edition, place, code) = edition_with_a_place(&app).await;
    let coord = app.sign_in(Role::Coordinator, &[]).await;
    let base = format!("/fr/bo/survey/editions/{edition}/places/{place}");

    let res = app
        .get_as(Some(&coord), &format!("{base}/poster.svg?size=a3"))
        .await;
    assert_eq!(res.status, StatusCode::OK);
    assert!(res.header("content-type").starts_with("image/svg+xml"));
    let svg = res.body;
    well_formed(&svg);
    let link = format!("http://passerelle.example.org/s/{code}");
    // The link in big letters, the place's size, French and Dutch.
    assert!(svg.contains(&format!(">passerelle.example.org/s/{code}</text>")));
    assert!(svg.contains(r#"width="297mm" height="420mm""#));
    assert!(svg.contains("Votre avis aide à améliorer ce lieu — 5 minutes, anonyme"));
    assert!(svg.contains("Uw mening helpt deze plek te verbeteren"));
    assert!(!svg.contains(r#"xml:lang="ar""#), "Arabic only when asked");
    // The drawn modules are those of the link's QR code.
    let qr =
        qrcode::QrCode::with_error_correction_level(link.as_bytes(), qrcode::EcLevel::M).unwrap();
    let expected: Vec<bool> = qr
        .to_colors()
        .iter()
        .map(|c| *c == qrcode::Color::Dark)
        .collect();
    assert_eq!(drawn_matrix(&svg, qr.width()), expected);
    // Not the code of another link.
    let other = qrcode::QrCode::with_error_correction_level(
        b"http://passerelle.example.org/s/AAAAAA",
        qrcode::EcLevel::M,
    )
    .unwrap();
    let other: Vec<bool> = other
        .to_colors()
        .iter()
        .map(|c| *c == qrcode::Color::Dark)
        .collect();
    assert_ne!(drawn_matrix(&svg, qr.width()), other);

    // Arabic and English on demand, Arabic right to left; A4 by default.
    let svg = app
        .get_as(Some(&coord), &format!("{base}/poster.svg?langs=ar,en"))
        .await
        .body;
    well_formed(&svg);
    assert!(svg.contains(r#"width="210mm" height="297mm""#));
    assert!(svg.contains(r#"xml:lang="ar" direction="rtl""#));
    assert!(svg.contains("Your opinion helps improve this place — 5 minutes, anonymous"));

    // The print page: the poster inline, its size for print CSS.
    let print = app
        .get_as(Some(&coord), &format!("{base}/poster?size=a3&langs=es"))
        .await;
    assert_eq!(print.status, StatusCode::OK);
    assert!(print.body.contains(r#"class="sheet a3""#));
    assert!(print.body.contains("Su opinión ayuda a mejorar este lugar"));
    assert!(print.body.contains(r#"href="/static/survey-poster.css""#));
    let css = app.get("/static/survey-poster.css").await;
    assert!(css.body.contains("@page { size: A4 portrait"));
    assert!(css.body.contains("@page a3 { size: A3 portrait"));

    // Every poster of the edition for bulk printing, one per sheet.
    let (second, _) = labelled(&app, 1);
    app.db()
        .set_edition_place(edition, second, None, None, None)
        .await
        .unwrap();
    let all = app
        .get_as(
            Some(&coord),
            &format!("/fr/bo/survey/editions/{edition}/posters?size=a4&langs=en&langs=ar"),
        )
        .await;
    assert_eq!(all.status, StatusCode::OK);
    assert_eq!(all.body.matches(r#"class="sheet a4""#).count(), 2);
    assert_eq!(all.body.matches("<svg ").count(), 2);
    assert!(all.body.contains(r#"id="poster-1-qr""#));
}

#[tokio::test]
async fn an_epn_manager_may_not_see_editions_or_posters() {
    let app = TestApp::demo().await;
    let (edition, place, _) = edition_with_a_place(&app).await;
    let org = app.state.directory().place(place).unwrap().organisation_id;
    let manager = app.sign_in(Role::EpnManager, &[org]).await;
    for url in [
        "/fr/bo/survey/editions".to_owned(),
        format!("/fr/bo/survey/editions/{edition}"),
        format!("/fr/bo/survey/editions/{edition}/places/{place}/poster.svg"),
    ] {
        let res = app.get_as(Some(&manager), &url).await;
        assert_eq!(res.status, StatusCode::FORBIDDEN, "{url}");
    }
    let res = app
        .post_form(
            Some(&manager),
            &format!("/fr/bo/survey/editions/{edition}/places/{place}/remove"),
            &[],
        )
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert_eq!(app.db().edition_places(edition).await.unwrap().len(), 1);
    // Anonymous: sent to sign in.
    let anon = app.get(&format!("/fr/bo/survey/editions/{edition}")).await;
    assert_ne!(anon.status, StatusCode::OK);
}

#[tokio::test]
async fn a_fresh_platform_starts_an_edition_with_the_shipped_questionnaire() {
    let app = TestApp::demo().await;
    let coord = app.sign_in(Role::Coordinator, &[]).await;
    let new = app.get_as(Some(&coord), "/nl/bo/survey/editions/new").await;
    assert!(new.body.contains(r#"option value="shipped-epn-visitors""#));
    assert!(
        new.body
            .contains("versie 2021.1, meegeleverd met Passerelle")
    );
    // A failed submit stores nothing and keeps the choice.
    let mut f = form("shipped-epn-visitors", "", "2021-10-04", "2021-11-07");
    let bad = app
        .post_form(Some(&coord), "/nl/bo/survey/editions", &f)
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        bad.body
            .contains(r#"option value="shipped-epn-visitors" selected"#)
    );
    assert!(app.db().questionnaires().await.unwrap().is_empty());
    f[1] = ("title", "Bezoekersenquête 2021");
    let ok = app
        .post_form(Some(&coord), "/nl/bo/survey/editions", &f)
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.body);
    let stored = app.db().questionnaires().await.unwrap();
    assert_eq!(stored.len(), 1);
    assert_eq!(
        (
            stored[0].form.form_id.as_str(),
            stored[0].form.version.as_str()
        ),
        ("epn-visitors", "2021.1")
    );
    let e = app
        .db()
        .edition_by_slug("visitors-2026")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(e.questionnaire_id, stored[0].id);
    // Once stored, it is offered as any stored version, once.
    let again = app.get_as(Some(&coord), "/nl/bo/survey/editions/new").await;
    assert!(!again.body.contains("shipped-epn-visitors"));
    assert_eq!(again.body.matches("(versie 2021.1)").count(), 1);
}
