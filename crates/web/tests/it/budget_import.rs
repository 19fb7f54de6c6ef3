//! Ledger rows from a spreadsheet: the upload, the mapping guessed from the
//! headers (with one value for every row where the file has no column), the
//! preview naming every bad row's line and field, and the two choices —
//! nothing written, or the good rows only, all at once.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use domain::account::Role;
use store::budget::LedgerFilter;

use crate::helpers::{Browser, TestApp, TestResponse};

const BOUNDARY: &str = "----passerelle-budget-boundary-51c2";

async fn upload(app: &TestApp, who: &Browser, name: &str, content: &[u8]) -> TestResponse {
    let mut body = Vec::new();
    body.extend_from_slice(format!("--{BOUNDARY}\r\n").as_bytes());
    body.extend_from_slice(
        format!(
            "Content-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
        )
        .as_bytes(),
    );
    body.extend_from_slice(content);
    body.extend_from_slice(format!("\r\n--{BOUNDARY}--\r\n").as_bytes());
    let res = app
        .send(
            Request::post(format!("/fr/bo/budget/import?_csrf={}", who.csrf))
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
    // The upload redirects to its mapping step (post/redirect/get).
    let to = res.header("location").to_owned();
    assert!(to.starts_with("/fr/bo/budget/import/"), "{to}");
    app.get_as(Some(who), &to).await
}

/// The preview of a mapping: a GET (it writes nothing).
async fn preview_of(
    app: &TestApp,
    who: &Browser,
    url: &str,
    fields: &[(&str, &str)],
) -> TestResponse {
    let query: String = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(fields)
        .finish();
    app.get_as(Some(who), &format!("{url}?{query}")).await
}

/// The kept upload's id, from the mapping form's address.
fn upload_id(body: &str) -> String {
    body.split("/fr/bo/budget/import/")
        .nth(1)
        .and_then(|s| s.split('/').next())
        .expect("the mapping form")
        .to_string()
}

/// The column chosen for a field on the mapping page.
fn chosen(body: &str, field: &str) -> String {
    let select = body
        .split(&format!("<select id=\"map-{field}\""))
        .nth(1)
        .and_then(|s| s.split("</select>").next())
        .unwrap_or_else(|| panic!("no select for {field}"));
    select
        .split("<option ")
        .find(|o| o.contains("selected"))
        .and_then(|o| o.split("value=\"").nth(1))
        .and_then(|v| v.split('"').next())
        .unwrap_or("")
        .to_string()
}

async fn count_2023(app: &TestApp) -> i64 {
    let f = LedgerFilter {
        year: Some(2023),
        ..Default::default()
    };
    app.db()
        .ledger_rows(&domain::plan::shipped("brussels").unwrap().code, &f)
        .await
        .unwrap()
        .1
}

const CSV: &str = "Mesure,Libellé,Fournisseur,Montant TVAC\r\n\
3,Affiches du label,Imprimerie,\"1 250,50\"\r\n\
3,Trop de décimales,Imprimerie,\"1,2345\"\r\n\
99,Mesure inconnue,Imprimerie,100\r\n\
5,Formation,Asbl,\"2.000,00\"\r\n";

fn mapping() -> Vec<(&'static str, &'static str)> {
    vec![
        ("map-measure", "Mesure"),
        ("map-label", "Libellé"),
        ("map-supplier", "Fournisseur"),
        ("map-amount", "Montant TVAC"),
        ("fixed-year", "2023"),
        ("fixed-phase", "actual"),
        ("fixed-source", "cirb-pan"),
    ]
}

#[tokio::test]
async fn a_spreadsheet_is_mapped_previewed_and_its_good_rows_imported_at_once() {
    let app = TestApp::demo().await;
    let who = app.sign_in(Role::Coordinator, &[]).await;
    let form = app.get_as(Some(&who), "/fr/bo/budget/import").await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains(r#"enctype="multipart/form-data""#));
    let res = upload(&app, &who, "depenses.csv", CSV.as_bytes()).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert_eq!(chosen(&res.body, "measure"), "Mesure", "guessed");
    assert_eq!(chosen(&res.body, "amount"), "Montant TVAC", "guessed");
    assert_eq!(chosen(&res.body, "year"), "", "not in the file");
    let id = upload_id(&res.body);
    let preview_url = format!("/fr/bo/budget/import/{id}/preview");
    let preview = preview_of(&app, &who, &preview_url, &mapping()).await;
    assert_eq!(preview.status, StatusCode::OK, "{}", preview.body);
    assert!(preview.body.contains("2 bonnes lignes, 2 lignes fautives."));
    let problems = preview
        .body
        .split("id=\"import-problems\"")
        .nth(1)
        .and_then(|s| s.split("</table>").next())
        .expect("the problems table");
    assert!(problems.contains("<bdi>3</bdi>") && problems.contains("au plus deux décimales"));
    assert!(problems.contains("<bdi>4</bdi>") && problems.contains("« 99 »"));
    assert!(problems.contains("Montant TVAC (euros)") && problems.contains("Mesure"));
    assert!(
        preview
            .body
            .contains("Importer seulement les 2 bonnes lignes")
    );
    assert!(
        preview.body.contains("href=\"/fr/bo/budget/import\""),
        "import nothing"
    );
    assert_eq!(
        count_2023(&app).await,
        0,
        "nothing written before the choice"
    );
    // Someone else cannot use this upload.
    let other = app.sign_in(Role::Coordinator, &[]).await;
    let res = preview_of(&app, &other, &preview_url, &mapping()).await;
    assert_eq!(res.status, StatusCode::CONFLICT);
    let commit_url = format!("/fr/bo/budget/import/{id}/commit");
    let res = app.post_form(Some(&who), &commit_url, &mapping()).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(res.header("location"), "/fr/bo/budget/rows?imported=2");
    assert_eq!(count_2023(&app).await, 2);
    let list = app.get_as(Some(&who), res.header("location")).await;
    assert!(list.body.contains("2 lignes importées."));
    // The upload is gone once imported: no second import of the same rows.
    let res = app.post_form(Some(&who), &commit_url, &mapping()).await;
    assert_eq!(res.status, StatusCode::CONFLICT);
    assert_eq!(count_2023(&app).await, 2);
}

#[tokio::test]
async fn a_file_that_cannot_be_read_or_mapped_is_named() {
    let app = TestApp::demo().await;
    let who = app.sign_in(Role::Coordinator, &[]).await;
    let res = upload(&app, &who, "vide.csv", b"").await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("<a href=\"#file\">Tableur"));
    let res = upload(&app, &who, "faux.xlsx", b"PK\x03\x04 not a workbook").await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("<a href=\"#file\">Tableur"));
    // Without a year anywhere, every row says so; nothing can be imported.
    let res = upload(&app, &who, "depenses.csv", CSV.as_bytes()).await;
    let id = upload_id(&res.body);
    let no_year: Vec<_> = mapping()
        .into_iter()
        .filter(|(k, _)| *k != "fixed-year")
        .collect();
    let preview = preview_of(
        &app,
        &who,
        &format!("/fr/bo/budget/import/{id}/preview"),
        &no_year,
    )
    .await;
    assert_eq!(preview.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(preview.body.contains("Année : ce champ est obligatoire."));
    assert!(!preview.body.contains("/commit\""), "no import button");
    // A column the file does not have.
    let mut wrong = mapping();
    wrong[0] = ("map-measure", "Numéro");
    let res = preview_of(
        &app,
        &who,
        &format!("/fr/bo/budget/import/{id}/preview"),
        &wrong,
    )
    .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("<a href=\"#map-measure\">Mesure"));
    assert_eq!(count_2023(&app).await, 0);
}
