//! The activity import, the workshop edit form and the one activity list:
//! every row of a CSV or XLSX file checked by the form's rules, bad rows
//! reported with their line and column and nothing written (or the good rows
//! only, when asked), other organisations' places and closed months refused,
//! formula-looking cells kept as inert text; the template round trip; a
//! workshop changed while its month is open, by its own organisation only;
//! supports, workshops and quick helps listed together and filtered by kind.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use domain::account::Role;
use domain::activity::workshop::Workshop;
use domain::diagnostic::Level;
use http_body_util::BodyExt;
use store::testing::NOW;
use tower::ServiceExt;

use crate::helpers::sessions::place;
use crate::helpers::{Browser, TestApp, TestResponse};

const BOUNDARY: &str = "----passerelle-activity-import-5c1e";

const HEADER: &str =
    "place,date,minutes,location,themes,equipment,autonomy,redirect-place,redirect-text";

/// Posts the import form: the file (name, bytes), the kind, and the "good
/// rows only" box.
async fn import(
    app: &TestApp,
    who: &Browser,
    file: (&str, &[u8]),
    kind: &str,
    good_only: bool,
) -> TestResponse {
    let mut body = Vec::new();
    let mut part = |name: &str, file_name: Option<&str>, content: &[u8]| {
        body.extend_from_slice(format!("--{BOUNDARY}\r\n").as_bytes());
        let disposition = match file_name {
            Some(f) => format!(
                "Content-Disposition: form-data; name=\"{name}\"; filename=\"{f}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
            ),
            None => format!("Content-Disposition: form-data; name=\"{name}\"\r\n\r\n"),
        };
        body.extend_from_slice(disposition.as_bytes());
        body.extend_from_slice(content);
        body.extend_from_slice(b"\r\n");
    };
    part("kind", None, kind.as_bytes());
    if good_only {
        part("good_only", None, b"yes");
    }
    part("file", Some(file.0), file.1);
    body.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
    let res = app
        .send(
            Request::post(format!("/fr/bo/activity/import?_csrf={}", who.csrf))
                .header("cookie", &who.cookie)
                .header(
                    "content-type",
                    format!("multipart/form-data; boundary={BOUNDARY}"),
                )
                .body(Body::from(body))
                .unwrap(),
        )
        .await;
    if res.status != StatusCode::SEE_OTHER {
        return res;
    }
    // An import redirects to its result (post/redirect/get): reloading that
    // page does not import again, and nobody else reads it.
    let to = res.header("location").to_owned();
    assert!(to.starts_with("/fr/bo/activity/import/done/"), "{to}");
    let page = app.get_as(Some(who), &to).await;
    let other = app
        .sign_in(Role::EpnManager, &who_orgs(app, who).await)
        .await;
    assert_eq!(
        app.get_as(Some(&other), &to).await.status,
        StatusCode::NOT_FOUND
    );
    page
}

/// The organisations of a test browser's account.
async fn who_orgs(app: &TestApp, who: &Browser) -> Vec<i64> {
    app.db()
        .user_by_id(who.user_id)
        .await
        .unwrap()
        .map(|u| u.organisations)
        .unwrap_or_default()
}

async fn count(app: &TestApp, org: i64) -> i64 {
    app.db().supports(Some(&[org]), 1, 0).await.unwrap().1
}

/// The problems table's rows, as (line, column) pairs.
fn problems(body: &str) -> Vec<(String, String)> {
    let re =
        regex::Regex::new(r#"<h3>Ligne (\d+) – (?:<bdi><code>([a-z-]+)</code>|Toute la ligne)"#)
            .unwrap();
    re.captures_iter(body)
        .map(|c| {
            (
                c[1].to_owned(),
                c.get(2).map_or("(row)", |m| m.as_str()).to_owned(),
            )
        })
        .collect()
}

#[tokio::test]
async fn one_bad_row_stops_the_import_and_is_named_by_its_line_and_column() {
    let app = TestApp::demo().await;
    let (mine, org) = place(&app, "Jardinier");
    let (theirs, _) = place(&app, "Uccle");
    let epn = app.sign_in(Role::EpnManager, &[org]).await;
    let before = count(&app, org).await;
    let csv = format!(
        "{HEADER}\n\
         {mine},2026-11-20,30,place,email,computer,helped,,\n\
         \n\
         {mine},25/11/2026,45,home,\"email, internet\",,alone,,\"CPAS, rue\nde la Loi\"\n\
         {theirs},2026-11-21,30,place,email,,alone,,\n\
         {mine},2026-10-15,30,place,cooking,,alone,,\n"
    );
    let res = import(&app, &epn, ("log.csv", csv.as_bytes()), "support", false).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(count(&app, org).await, before, "nothing written");
    assert!(
        res.body
            .contains("2 lignes sur 4 ont un problème : rien n’a été importé.")
    );
    assert!(
        res.body.contains(r##"href="#import-problems""##),
        "the summary links to the table"
    );
    // Lines as a spreadsheet shows them: the header is line 1, the blank
    // line counts, and a quoted value over two lines makes the next row line 6.
    assert_eq!(
        problems(&res.body),
        [
            ("6".into(), "place".into()),
            ("7".into(), "date".into()),
            ("7".into(), "themes".into()),
        ]
    );
    assert!(
        res.body.contains("Choisissez un de vos lieux."),
        "the form's own messages"
    );
    assert!(
        res.body
            .contains("Ce mois est clôturé : choisissez une date d’un mois ouvert.")
    );
    assert!(
        res.body.contains("Un ou plusieurs codes de thème"),
        "what is expected"
    );
    assert!(res.body.contains("<bdi>cooking</bdi>"), "the value found");

    // The same file, good rows only: two written, the two bad ones listed.
    let res = import(&app, &epn, ("log.csv", csv.as_bytes()), "support", true).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert_eq!(count(&app, org).await, before + 2);
    assert!(res.body.contains("2 fiches sont importées."));
    assert!(
        res.body
            .contains("2 lignes avec un problème n’ont pas été importées")
    );
    assert_eq!(problems(&res.body).len(), 3);
    assert!(
        res.body.contains("<bdi>2026-11</bdi>"),
        "the summary by month"
    );
    let (list, _) = app.db().supports(Some(&[org]), 2, 0).await.unwrap();
    let dated: Vec<String> = list.iter().map(|r| r.support.date.to_string()).collect();
    assert_eq!(
        dated,
        ["2026-11-25", "2026-11-20"],
        "26/11/2026 read as a date"
    );
    assert_eq!(
        list[0].support.redirect_text.as_deref(),
        Some("CPAS, rue\nde la Loi")
    );
    assert_eq!(list[0].support.themes, ["email", "internet"]);
    assert_eq!(list[0].created_by, Some(epn.user_id));

    // Only bad rows: nothing to import, even with the box ticked.
    let bad = format!("{HEADER}\n{theirs},2026-11-21,30,place,email,,alone,,\n");
    let res = import(&app, &epn, ("bad.csv", bad.as_bytes()), "support", true).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(count(&app, org).await, before + 2);
}

#[tokio::test]
async fn formula_cells_are_inert_text_and_markup_is_escaped() {
    let app = TestApp::demo().await;
    let (mine, org) = place(&app, "Jardinier");
    let epn = app.sign_in(Role::EpnManager, &[org]).await;
    let csv = format!(
        "{HEADER}\n\
         {mine},2026-11-20,=1+1,place,email,,alone,,\n\
         {mine},2026-11-20,30,place,email,,alone,,\"=HYPERLINK(\"\"http://x.example\"\",\"\"clic\"\")\"\n\
         {mine},2026-11-20,30,place,<script>alert(1)</script>,,alone,,\n"
    );
    let res = import(&app, &epn, ("f.csv", csv.as_bytes()), "support", true).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert_eq!(
        problems(&res.body),
        [
            ("2".into(), "minutes".into()),
            ("4".into(), "themes".into())
        ],
        "a formula is no number of minutes"
    );
    assert!(!res.body.contains("<script>alert"), "shown escaped");
    assert!(res.body.contains("&lt;script&gt;"));
    let (list, _) = app.db().supports(Some(&[org]), 1, 0).await.unwrap();
    assert_eq!(
        list[0].support.redirect_text.as_deref(),
        Some(r#"=HYPERLINK("http://x.example","clic")"#),
        "kept as the text it is: nothing evaluates it, exports quote it"
    );
    assert_eq!(
        domain::text::csv_cell(list[0].support.redirect_text.as_deref().unwrap()),
        r#"'=HYPERLINK("http://x.example","clic")"#
    );
}

#[tokio::test]
async fn a_file_without_the_columns_or_without_rows_is_refused_as_a_whole() {
    let app = TestApp::demo().await;
    let (_, org) = place(&app, "Jardinier");
    let epn = app.sign_in(Role::EpnManager, &[org]).await;
    let res = import(&app, &epn, ("x.csv", b"lieu;jour\n1;2\n"), "support", false).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.body
            .contains("Il manque des colonnes : place, date, minutes")
    );
    assert!(res.body.contains(r##"href="#file""##));
    let res = import(&app, &epn, ("x.csv", HEADER.as_bytes()), "support", false).await;
    assert!(res.body.contains("Le fichier est vide ou illisible"));
    let res = import(
        &app,
        &epn,
        ("x.xlsx", b"PK\x03\x04 not a zip"),
        "support",
        false,
    )
    .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    let form = app.get_as(Some(&epn), "/fr/bo/activity/import").await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains(r#"enctype="multipart/form-data""#));
    assert!(
        form.body.contains("<code>online-procedures</code>"),
        "the codes are listed"
    );
}

async fn bytes(app: &TestApp, who: &Browser, uri: &str) -> (StatusCode, String, Vec<u8>) {
    let res = app
        .router
        .clone()
        .oneshot(
            Request::get(uri)
                .header("cookie", &who.cookie)
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    let status = res.status();
    let disposition = res
        .headers()
        .get("content-disposition")
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    (
        status,
        disposition,
        res.into_body().collect().await.unwrap().to_bytes().to_vec(),
    )
}

#[tokio::test]
async fn the_templates_import_as_they_are_in_csv_and_xlsx() {
    let app = TestApp::demo().await;
    let (mine, org) = place(&app, "Jardinier");
    let epn = app.sign_in(Role::EpnManager, &[org]).await;
    let before = count(&app, org).await;

    let (status, disposition, csv) = bytes(
        &app,
        &epn,
        "/fr/bo/activity/import/template?kind=support&format=csv",
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(disposition.contains("passerelle-activity-support.csv"));
    let text = String::from_utf8(csv.clone()).unwrap();
    assert!(text.starts_with('\u{feff}'));
    assert!(
        text.contains(&format!("\"{mine}\",\"2026-11-26\"")),
        "{text}"
    );
    let res = import(&app, &epn, ("t.csv", &csv), "support", false).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert_eq!(count(&app, org).await, before + 1);

    let (_, disposition, xlsx) = bytes(
        &app,
        &epn,
        "/fr/bo/activity/import/template?kind=support&format=xlsx",
    )
    .await;
    assert!(disposition.contains(".xlsx"));
    let res = import(&app, &epn, ("t.xlsx", &xlsx), "support", false).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert_eq!(count(&app, org).await, before + 2);

    // The workshop template too, its breakdown adding up.
    let (_, _, xlsx) = bytes(
        &app,
        &epn,
        "/fr/bo/activity/import/template?kind=workshop&format=xlsx",
    )
    .await;
    let res = import(&app, &epn, ("w.xlsx", &xlsx), "workshop", false).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let (list, _) = app.db().workshops(Some(&[org]), 1, 0).await.unwrap();
    let w = &list[0].workshop;
    assert_eq!(
        (w.title.as_str(), w.participants),
        ("Mes premiers e-mails", 6)
    );
    assert_eq!(
        w.breakdown(domain::activity::workshop::Breakdown::Gender),
        Some(&[4, 2, 0][..])
    );
}

#[tokio::test]
async fn an_xlsx_sheet_with_date_cells_and_a_bad_workshop_row() {
    let app = TestApp::demo().await;
    let (mine, org) = place(&app, "Jardinier");
    let epn = app.sign_in(Role::EpnManager, &[org]).await;
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    let date_format = rust_xlsxwriter::Format::new().set_num_format("dd/mm/yyyy");
    let header = [
        "place",
        "date",
        "title",
        "minutes",
        "level",
        "themes",
        "participants",
        "gender-woman",
        "gender-man",
    ];
    for (c, h) in header.iter().enumerate() {
        sheet.write_string(0, c as u16, *h).unwrap();
    }
    for (r, (title, women)) in [("Atelier A", 3.0), ("Atelier B", 4.0)].iter().enumerate() {
        let r = r as u32 + 1;
        sheet.write_number(r, 0, mine as f64).unwrap();
        let d = rust_xlsxwriter::ExcelDateTime::from_ymd(2026, 11, 18).unwrap();
        sheet
            .write_datetime_with_format(r, 1, &d, &date_format)
            .unwrap();
        sheet.write_string(r, 2, *title).unwrap();
        sheet.write_number(r, 3, 120.0).unwrap();
        sheet.write_string(r, 4, "intermediate").unwrap();
        sheet.write_string(r, 5, "email internet").unwrap();
        sheet.write_number(r, 6, 5.0).unwrap();
        sheet.write_number(r, 7, *women).unwrap();
        sheet.write_number(r, 8, 1.0).unwrap();
    }
    let xlsx = book.save_to_buffer().unwrap();
    let res = import(&app, &epn, ("ateliers.xlsx", &xlsx), "workshop", false).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(problems(&res.body), [("2".into(), "gender-woman".into())]);
    assert!(
        res.body.contains("font 4, et non 5"),
        "the breakdown's own message, both numbers"
    );
    assert_eq!(app.db().workshops(Some(&[org]), 1, 0).await.unwrap().1, 0);

    let res = import(&app, &epn, ("ateliers.xlsx", &xlsx), "workshop", true).await;
    assert_eq!(res.status, StatusCode::OK);
    let (list, _) = app.db().workshops(Some(&[org]), 5, 0).await.unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(
        list[0].workshop.date.to_string(),
        "2026-11-18",
        "a date cell"
    );
    assert_eq!(
        (list[0].workshop.title.as_str(), list[0].workshop.level),
        ("Atelier B", Level::Intermediate)
    );
}

fn workshop(place_id: i64, date: &str) -> Workshop {
    Workshop {
        place_id,
        session_id: None,
        date: chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap(),
        title: "Mes premiers e-mails".into(),
        level: Level::Beginner,
        minutes: 90,
        themes: vec!["email".into()],
        participants: 6,
        counts: [Some(vec![4, 2, 0]), None, None],
    }
}

fn workshop_form<'a>(place_id: &'a str, title: &'a str, women: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("place", place_id),
        ("date", "2026-11-20"),
        ("title", title),
        ("minutes", "60"),
        ("level", "advanced"),
        ("themes", "security"),
        ("participants", "6"),
        ("gender-woman", women),
        ("gender-man", "2"),
    ]
}

#[tokio::test]
async fn a_workshop_is_changed_by_its_organisation_while_its_month_is_open() {
    let app = TestApp::demo().await;
    let (mine, org) = place(&app, "Jardinier");
    let (_, other_org) = place(&app, "Uccle");
    let epn = app.sign_in(Role::EpnManager, &[org]).await;
    let stranger = app.sign_in(Role::EpnManager, &[other_org]).await;
    let coordinator = app.sign_in(Role::Coordinator, &[]).await;
    let id = app
        .db()
        .add_workshop(org, &workshop(mine, "2026-11-20"), None, NOW)
        .await
        .unwrap();
    let closed = app
        .db()
        .add_workshop(org, &workshop(mine, "2026-10-20"), None, NOW)
        .await
        .unwrap();
    let edit = format!("/fr/bo/activity/workshops/{id}/edit");

    let page = app.get_as(Some(&epn), &edit).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Modifier un atelier collectif"));
    assert!(
        page.body.contains(r#"value="Mes premiers e-mails""#),
        "prefilled"
    );
    assert!(
        page.body
            .contains(r#"id="gender-woman" name="gender-woman" type="number" value="4""#)
    );
    assert!(page.body.contains(&format!(r#"action="{edit}""#)));

    // Another organisation's workshop is not even said to exist; the coordination reads only.
    assert_eq!(
        app.get_as(Some(&stranger), &edit).await.status,
        StatusCode::NOT_FOUND
    );
    let mine_s = mine.to_string();
    let res = app
        .post_form(Some(&stranger), &edit, &workshop_form(&mine_s, "X", "4"))
        .await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    assert_eq!(
        app.get_as(Some(&coordinator), &edit).await.status,
        StatusCode::FORBIDDEN
    );

    // The same rules as the creation form, what was typed kept.
    let res = app
        .post_form(Some(&epn), &edit, &workshop_form(&mine_s, "Sécurité", "3"))
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains(r#"value="Sécurité""#));
    assert!(res.body.contains("font 5, et non 6"));

    let res = app
        .post_form(Some(&epn), &edit, &workshop_form(&mine_s, "Sécurité", "4"))
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let w = app.db().workshop(id).await.unwrap().unwrap().workshop;
    assert_eq!(
        (w.title.as_str(), w.level, w.minutes),
        ("Sécurité", Level::Advanced, 60)
    );
    let log = app
        .db()
        .audit_log(&store::audit::AuditFilter {
            user_id: Some(epn.user_id),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(log[0].action, "activity.workshop.update");

    // A closed month: explained 409.
    let res = app
        .get_as(
            Some(&epn),
            &format!("/fr/bo/activity/workshops/{closed}/edit"),
        )
        .await;
    assert_eq!(res.status, StatusCode::CONFLICT);
    assert!(res.body.contains("Ce mois est clôturé"));
}

#[tokio::test]
async fn the_activity_page_lists_every_kind_together_and_filters_by_kind() {
    let app = TestApp::demo().await;
    let (mine, org) = place(&app, "Jardinier");
    let epn = app.sign_in(Role::EpnManager, &[org]).await;
    let db = app.db();
    let w = db
        .add_workshop(org, &workshop(mine, "2026-11-24"), None, NOW)
        .await
        .unwrap();
    let day = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    db.add_quick_help(org, mine, day("2026-11-25"), "health", None, NOW)
        .await
        .unwrap();
    let closed_quick = {
        db.add_quick_help(org, mine, day("2026-10-02"), "health", None, NOW)
            .await
            .unwrap();
        let (list, _) = db
            .activity_entries(
                Some(&[org]),
                &[store::activity::list::EntryKind::QuickHelp],
                10,
                0,
            )
            .await
            .unwrap();
        list.iter()
            .find_map(|e| match e {
                store::activity::list::Entry::QuickHelp(q) if q.date == day("2026-10-02") => {
                    Some(q.id)
                }
                _ => None,
            })
            .unwrap()
    };

    let page = app.get_as(Some(&epn), "/fr/bo/activity").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains(r#"id="activity-list""#));
    assert!(page.body.contains("<td>Atelier collectif</td>"));
    assert!(page.body.contains("<td>Aide rapide</td>"));
    assert!(
        page.body
            .contains(&format!(r#"href="/fr/bo/activity/workshops/{w}/edit""#))
    );
    assert!(page.body.contains("90 min, 6 participants"));
    let quick = page.body.find("<td>Aide rapide</td>").unwrap();
    let workshop_row = page.body.find("<td>Atelier collectif</td>").unwrap();
    assert!(quick < workshop_row, "the 25th before the 24th");
    assert!(page.body.contains(r#"href="/fr/bo/activity/import""#));

    let only = app
        .get_as(Some(&epn), "/fr/bo/activity?kind=workshop")
        .await;
    assert!(only.body.contains("<td>Atelier collectif</td>"));
    assert!(!only.body.contains("<td>Aide rapide</td>"));
    assert!(only.body.contains(r#"<option value="workshop" selected>"#));

    // A quick-help count removed while open, refused once its month is closed.
    let (list, _) = db
        .activity_entries(
            Some(&[org]),
            &[store::activity::list::EntryKind::QuickHelp],
            1,
            0,
        )
        .await
        .unwrap();
    let store::activity::list::Entry::QuickHelp(q) = &list[0] else {
        panic!()
    };
    let res = app
        .post_form(
            Some(&epn),
            &format!("/fr/bo/activity/quick/{}/delete", q.id),
            &[],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert!(db.quick_help(q.id).await.unwrap().is_none());
    let res = app
        .post_form(
            Some(&epn),
            &format!("/fr/bo/activity/quick/{closed_quick}/delete"),
            &[],
        )
        .await;
    assert_eq!(res.status, StatusCode::CONFLICT);
    let stranger = app
        .sign_in(Role::EpnManager, &[place(&app, "Uccle").1])
        .await;
    let res = app
        .post_form(
            Some(&stranger),
            &format!("/fr/bo/activity/quick/{closed_quick}/delete"),
            &[],
        )
        .await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_file_over_the_limit_is_refused_and_only_managers_import() {
    let app = TestApp::demo().await;
    let (_, org) = place(&app, "Jardinier");
    let epn = app.sign_in(Role::EpnManager, &[org]).await;
    let big = vec![b'a'; 6 * 1024 * 1024];
    let res = import(&app, &epn, ("big.csv", &big), "support", false).await;
    assert_eq!(res.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(
        res.body
            .contains("Le fichier est trop gros : 5 Mo au plus.")
    );
    let coordinator = app.sign_in(Role::Coordinator, &[]).await;
    let res = import(
        &app,
        &coordinator,
        ("x.csv", HEADER.as_bytes()),
        "support",
        false,
    )
    .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
}
