//! The back-office import: upload, preview (nothing written, every bad row
//! shown in the person's language), confirm (one transaction, audited,
//! re-import updates), and who may use it. Multipart bodies are built by hand.
//! SQLite by default, PostgreSQL when TEST_DATABASE_URL is set.

use std::path::Path;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use domain::account::Role;
use store::audit::AuditFilter;

use crate::helpers::{Browser, TestApp, TestResponse};

/// The columns of the national standard CSV (v1.0.2).
const HEADER: &str = "id,pivot,nom,commune,code_postal,code_insee,adresse,complement_adresse,latitude,longitude,typologie,telephone,courriels,site_web,horaires,presentation_resume,presentation_detail,source,itinerance,structure_parente,date_maj,services,publics_specifiquement_adresses,prise_en_charge_specifique,frais_a_charge";

/// A row of the national standard: id, name, postcode, commune, latitude, e-mail, hours.
fn row(id: &str, name: &str, postcode: &str, commune: &str, lat: &str, email: &str) -> String {
    format!(
        "{id},,{name},{commune},{postcode},,Rue de la Loi 1,,{lat},4.35,,,{email},,Mo-Fr 09:00-17:00,,,,,,2026-01-15,,,,"
    )
}

fn csv(rows: &[String]) -> Vec<u8> {
    let mut s = String::from(HEADER);
    for r in rows {
        s.push('\n');
        s.push_str(r);
    }
    s.push('\n');
    s.into_bytes()
}

/// Three good rows (lines 2, 3, 5) and two bad ones (line 4: latitude; line 6: e-mail).
fn mixed_file() -> Vec<u8> {
    csv(&[
        row(
            "a1",
            "Espace Loi",
            "1000",
            "Bruxelles",
            "50.84",
            "info@loi.example",
        ),
        row(
            "a2",
            "EPN Schaerbeek Test",
            "1030",
            "Schaerbeek",
            "50.86",
            "",
        ),
        row("a3", "Lieu Latitude", "1050", "Ixelles", "95", ""),
        row("a4", "Atelier Ixelles", "1050", "Ixelles", "50.83", ""),
        row(
            "a5",
            "Mauvais Courriel",
            "1000",
            "Bruxelles",
            "50.84",
            "https://not-an-address",
        ),
    ])
}

fn good_file() -> Vec<u8> {
    csv(&[
        row(
            "a1",
            "Espace Loi",
            "1000",
            "Bruxelles",
            "50.84",
            "info@loi.example",
        ),
        row(
            "a2",
            "EPN Schaerbeek Test",
            "1030",
            "Schaerbeek",
            "50.86",
            "",
        ),
        row("a4", "Atelier Ixelles", "1050", "Ixelles", "50.83", ""),
    ])
}

/// One part of a multipart form: (name, file name, content).
type Part<'a> = (&'a str, Option<&'a str>, &'a [u8]);

const BOUNDARY: &str = "----passerelle-test-boundary-7f3a";

fn multipart(parts: &[Part]) -> Vec<u8> {
    let mut body = Vec::new();
    for (name, file, content) in parts {
        body.extend_from_slice(format!("--{BOUNDARY}\r\n").as_bytes());
        match file {
            Some(f) => body.extend_from_slice(
                format!(
                    "Content-Disposition: form-data; name=\"{name}\"; filename=\"{f}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
                )
                .as_bytes(),
            ),
            None => body.extend_from_slice(
                format!("Content-Disposition: form-data; name=\"{name}\"\r\n\r\n").as_bytes(),
            ),
        }
        body.extend_from_slice(content);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
    body
}

/// Posts the upload form as `who`, with the CSRF token in the query unless `csrf` is false.
async fn post_upload(
    app: &TestApp,
    who: &Browser,
    lang: &str,
    parts: &[Part<'_>],
    csrf: bool,
) -> TestResponse {
    let uri = if csrf {
        format!("/{lang}/bo/import/preview?_csrf={}", who.csrf)
    } else {
        format!("/{lang}/bo/import/preview")
    };
    app.send(
        Request::post(uri)
            .header("cookie", &who.cookie)
            .header(
                "content-type",
                format!("multipart/form-data; boundary={BOUNDARY}"),
            )
            .body(Body::from(multipart(parts)))
            .unwrap(),
    )
    .await
}

/// Uploads `file` with the usual choices plus `extra` fields.
async fn preview(
    app: &TestApp,
    who: &Browser,
    lang: &str,
    name: &str,
    file: &[u8],
    extra: &[(&str, &str)],
) -> TestResponse {
    let mut parts: Vec<Part> = vec![("file", Some(name), file)];
    let mut fields: Vec<(&str, &str)> = vec![("format", "auto"), ("outside", "reject")];
    for (k, v) in extra {
        fields.retain(|(f, _)| f != k);
        fields.push((k, v));
    }
    for (k, v) in &fields {
        parts.push((k, None, v.as_bytes()));
    }
    let res = post_upload(app, who, lang, &parts, true).await;
    if res.status != StatusCode::SEE_OTHER {
        return res;
    }
    // Post/redirect/get: the preview is a page of its own.
    let to = res.header("location").to_owned();
    assert!(
        to.starts_with(&format!("/{lang}/bo/import/preview/")),
        "{to}"
    );
    app.get_as(Some(who), &to).await
}

/// The upload id in the preview's "Import now" form.
fn upload_id(page: &str) -> String {
    let re = regex::Regex::new(r#"name="upload" value="([0-9a-f]{64})""#).unwrap();
    re.captures(page)
        .unwrap_or_else(|| panic!("no upload id in {page}"))[1]
        .to_owned()
}

/// Confirms an upload; an import answers 303 to its result page, which is
/// then read (post/redirect/get), other answers are returned as they are.
async fn confirm(app: &TestApp, who: &Browser, id: &str) -> TestResponse {
    confirm_with(app, who, &[("upload", id)]).await
}

async fn confirm_with(app: &TestApp, who: &Browser, fields: &[(&str, &str)]) -> TestResponse {
    let res = app
        .post_form(Some(who), "/en/bo/import/confirm", fields)
        .await;
    if res.status != StatusCode::SEE_OTHER {
        return res;
    }
    let to = res.header("location").to_owned();
    assert!(to.starts_with("/en/bo/import/done/"), "{to}");
    let page = app.get_as(Some(who), &to).await;
    // Someone else cannot read it.
    let other = app.sign_in(Role::Coordinator, &[]).await;
    assert_eq!(app.get_as(Some(&other), &to).await.status, StatusCode::GONE);
    page
}

async fn mednum_places(app: &TestApp) -> i64 {
    app.db().count_source_places("mednum").await.unwrap()
}

async fn import_audits(app: &TestApp) -> Vec<store::audit::AuditEntry> {
    app.db()
        .audit_log(&AuditFilter {
            action: Some("import".into()),
            ..Default::default()
        })
        .await
        .unwrap()
}

/// The preview offers the import button.
fn offers_import(page: &str) -> bool {
    page.contains("Import now")
}

#[tokio::test]
async fn preview_lists_every_bad_row_and_writes_nothing() {
    let app = TestApp::demo().await;
    let coord = app.sign_in(Role::Coordinator, &[]).await;
    let before = app.db().load_places().await.unwrap().len();
    let form = app.get_as(Some(&coord), "/en/bo/import").await;
    assert_eq!(form.status, StatusCode::OK, "{}", form.body);
    assert!(form.body.contains(r#"enctype="multipart/form-data""#));
    assert!(
        form.body
            .contains(&format!("/en/bo/import/preview?_csrf={}", coord.csrf))
    );
    assert!(
        form.body
            .contains("hinaura_lieux-mediation-numerique_source")
    );

    let res = preview(&app, &coord, "en", "lieux.csv", &mixed_file(), &[]).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let b = &res.body;
    for s in [
        "Rows read: 5",
        "Good rows: 3",
        "Bad rows: 2",
        "New places: 3",
        "line 4",
        "a latitude between -90 and 90",
        "line 6",
        "https://not-an-address",
        "an e-mail address such as name@example.org",
        // The first good rows as they will be imported.
        "Espace Loi",
        "Schaerbeek",
        "Mo-Fr 09:00-17:00",
        "Digital help",
    ] {
        assert!(b.contains(s), "{s:?} missing from the preview");
    }
    // Bad rows without "good rows only": no import button at all, but the
    // way on — importing the good rows only.
    assert!(
        !offers_import(b),
        "bad rows without skip-invalid: no import button"
    );
    assert!(b.contains("Import the 3 good rows only"), "{b}");
    assert!(b.contains(r#"name="skip_invalid" value="true""#));

    // Nothing written by the preview, nor by a confirm forced anyway.
    assert_eq!(mednum_places(&app).await, 0);
    let forced = confirm(&app, &coord, &upload_id(b)).await;
    assert_eq!(
        forced.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        forced.body
    );
    assert_eq!(mednum_places(&app).await, 0);
    assert_eq!(app.db().load_places().await.unwrap().len(), before);
    assert!(import_audits(&app).await.is_empty());
    // The button offered instead imports the good rows only.
    let id = upload_id(b);
    let done = confirm_with(&app, &coord, &[("upload", &id), ("skip_invalid", "true")]).await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.body);
    assert!(done.body.contains("New places: 3") && done.body.contains("Bad rows left out: 2"));
    assert!(
        done.body
            .contains("The public directory already shows the changes.")
    );
    assert_eq!(mednum_places(&app).await, 3);
}

#[tokio::test]
async fn the_report_is_in_the_persons_language() {
    let app = TestApp::demo().await;
    let coord = app.sign_in(Role::Coordinator, &[]).await;
    let fr = preview(&app, &coord, "fr", "lieux.csv", &mixed_file(), &[]).await;
    assert_eq!(fr.status, StatusCode::OK, "{}", fr.body);
    for s in [
        "Lignes lues : 5",
        "ligne 4",
        "une latitude entre -90 et 90",
        "une adresse e-mail comme nom@exemple.org",
        "Importer seulement les 3 bonnes lignes",
    ] {
        assert!(fr.body.contains(s), "{s:?} missing from the French preview");
    }
    assert!(!fr.body.contains("a latitude between"));
    let nl = preview(&app, &coord, "nl", "lieux.csv", &mixed_file(), &[]).await;
    assert!(nl.body.contains("regel 4"), "{}", nl.body);
    assert!(nl.body.contains("een breedtegraad tussen -90 en 90"));
}

#[tokio::test]
async fn confirm_imports_once_and_reimport_updates_without_duplicating() {
    let app = TestApp::demo().await;
    let coord = app.sign_in(Role::Coordinator, &[]).await;
    let res = preview(&app, &coord, "en", "lieux.csv", &good_file(), &[]).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert!(offers_import(&res.body));
    let id = upload_id(&res.body);

    let done = confirm(&app, &coord, &id).await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.body);
    assert!(done.body.contains("New places: 3"), "{}", done.body);
    assert!(done.body.contains("/en/bo/places"));
    assert_eq!(mednum_places(&app).await, 3);
    // The public directory shows them at once.
    assert!(
        app.state
            .directory()
            .places()
            .any(|p| p.name == "EPN Schaerbeek Test")
    );
    let audits = import_audits(&app).await;
    assert_eq!(audits.len(), 1);
    let after = audits[0].after().unwrap();
    assert_eq!(after["file"], "lieux.csv");
    assert_eq!(after["mapping"], "mednum");
    assert_eq!(after["counts"]["created"], 3);
    assert_eq!(audits[0].user_id, Some(coord.user_id));
    // Written at the application's time (its fixed clock here).
    assert_eq!(audits[0].at, store::testing::NOW);

    // The same upload confirmed again: nothing new.
    let again = confirm(&app, &coord, &id).await;
    assert!(
        again.body.contains("Places already up to date: 3"),
        "{}",
        again.body
    );
    assert_eq!(mednum_places(&app).await, 3);

    // The file again with one place renamed: one update, no duplicate.
    let changed = csv(&[
        row(
            "a1",
            "Espace Loi (rue de la Loi)",
            "1000",
            "Bruxelles",
            "50.84",
            "info@loi.example",
        ),
        row(
            "a2",
            "EPN Schaerbeek Test",
            "1030",
            "Schaerbeek",
            "50.86",
            "",
        ),
        row("a4", "Atelier Ixelles", "1050", "Ixelles", "50.83", ""),
    ]);
    let res = preview(&app, &coord, "en", "lieux.csv", &changed, &[]).await;
    assert!(res.body.contains("New places: 0"), "{}", res.body);
    assert!(res.body.contains("with changes: 1"), "{}", res.body);
    let done = confirm(&app, &coord, &upload_id(&res.body)).await;
    assert!(done.body.contains("Places updated: 1"), "{}", done.body);
    assert_eq!(mednum_places(&app).await, 3);
    assert!(
        app.db()
            .load_places()
            .await
            .unwrap()
            .iter()
            .any(|p| p.name == "Espace Loi (rue de la Loi)")
    );
}

#[tokio::test]
async fn skip_invalid_imports_only_the_good_rows() {
    let app = TestApp::demo().await;
    let coord = app.sign_in(Role::Coordinator, &[]).await;
    let res = preview(
        &app,
        &coord,
        "en",
        "lieux.csv",
        &mixed_file(),
        &[("skip_invalid", "yes")],
    )
    .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert!(offers_import(&res.body));
    assert!(
        res.body.contains("The 2 bad rows are left out."),
        "{}",
        res.body
    );
    let done = confirm(&app, &coord, &upload_id(&res.body)).await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.body);
    assert!(done.body.contains("New places: 3"));
    assert!(done.body.contains("Bad rows left out: 2"));
    assert_eq!(mednum_places(&app).await, 3);
    let names: Vec<String> = app
        .db()
        .load_places()
        .await
        .unwrap()
        .into_iter()
        .map(|p| p.name)
        .collect();
    assert!(
        !names
            .iter()
            .any(|n| n == "Lieu Latitude" || n == "Mauvais Courriel")
    );
}

#[tokio::test]
async fn wrong_encoding_and_delimiter_are_explained() {
    let app = TestApp::demo().await;
    let coord = app.sign_in(Role::Coordinator, &[]).await;
    // "Café" in Windows-1252 on line 3.
    let mut latin = csv(&[row("b1", "Espace Loi", "1000", "Bruxelles", "50.84", "")]);
    latin.extend_from_slice(b"b2,,Caf\xe9 Num,Bruxelles,1000,,Rue,,50.84,4.35,,,,,,,,,,,,,,,\n");
    let res = preview(&app, &coord, "en", "lieux.csv", &latin, &[]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.body);
    assert!(res.body.contains("not in UTF-8: line 3"), "{}", res.body);
    assert!(res.body.contains("Windows-1252"));
    assert!(res.body.contains("error-summary"));
    // The advice works.
    let res = preview(
        &app,
        &coord,
        "en",
        "lieux.csv",
        &latin,
        &[("encoding", "windows-1252")],
    )
    .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert!(res.body.contains("Café Num"));

    let semicolons = String::from_utf8(good_file()).unwrap().replace(',', ";");
    let res = preview(&app, &coord, "en", "lieux.csv", semicolons.as_bytes(), &[]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.body);
    assert!(
        res.body.contains("seems to be separated by &#39;;&#39;")
            || res.body.contains("seems to be separated by ';'"),
        "{}",
        res.body
    );
    // A JSON file needs a mapping.
    let res = preview(&app, &coord, "en", "lieux.json", b"[{\"id\": 1}]", &[]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("Choose the mapping"), "{}", res.body);
    assert_eq!(mednum_places(&app).await, 0);
}

#[tokio::test]
async fn an_uploaded_mapping_reads_any_csv() {
    let app = TestApp::demo().await;
    let coord = app.sign_in(Role::Coordinator, &[]).await;
    let mapping = br#"
source = "test-upload"
id = "ref"
[fields]
name = "titre"
postcode = "cp"
commune = "ville"
"#;
    let file = "ref;titre;cp;ville\nx1;Salle Numérique;1000;Bruxelles\nx2;;1030;Schaerbeek\n";
    let parts: Vec<Part> = vec![
        ("file", Some("liste.csv"), file.as_bytes()),
        ("format", None, b"csv"),
        ("mapping", None, b"upload"),
        ("mapping_file", Some("ma-liste.toml"), mapping),
        ("outside", None, b"reject"),
        ("skip_invalid", None, b"yes"),
    ];
    let posted = post_upload(&app, &coord, "en", &parts, true).await;
    assert_eq!(posted.status, StatusCode::SEE_OTHER, "{}", posted.body);
    let res = app.get_as(Some(&coord), posted.header("location")).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert!(res.body.contains("Salle Numérique"));
    assert!(res.body.contains("line 3"));
    assert!(res.body.contains("ma-liste.toml"));
    let done = confirm(&app, &coord, &upload_id(&res.body)).await;
    assert!(done.body.contains("New places: 1"), "{}", done.body);
    assert_eq!(
        app.db().count_source_places("test-upload").await.unwrap(),
        1
    );
    let after = import_audits(&app).await[0].after().unwrap();
    assert_eq!(after["mapping"], "upload:ma-liste.toml");

    // A broken mapping is reported on its field.
    let parts: Vec<Part> = vec![
        ("file", Some("liste.csv"), file.as_bytes()),
        ("mapping", None, b"upload"),
        ("mapping_file", Some("bad.toml"), b"source = \"x\"\nid = \n"),
    ];
    let posted = post_upload(&app, &coord, "en", &parts, true).await;
    assert_eq!(posted.status, StatusCode::SEE_OTHER);
    let res = app.get_as(Some(&coord), posted.header("location")).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.body.contains("The mapping file cannot be used"),
        "{}",
        res.body
    );
    assert!(res.body.contains(r##"href="#mapping_file""##));
}

#[tokio::test]
async fn a_real_interop_file_with_its_shipped_mapping() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/interop");
    let Ok(full) = std::fs::read_to_string(dir.join("france-services_liste-fs-20221201.csv"))
    else {
        eprintln!(
            "SKIPPED: {} is absent (the shared data folder is not beside the clone)",
            dir.display()
        );
        return;
    };
    // The header and the first 60 lines: a slice a person could send.
    let slice: String = full.lines().take(61).collect::<Vec<_>>().join("\n");
    let app = TestApp::demo().await;
    let coord = app.sign_in(Role::Coordinator, &[]).await;
    let res = preview(
        &app,
        &coord,
        "en",
        "france-services.csv",
        slice.as_bytes(),
        &[
            ("mapping", "france-services_liste-fs-20221201"),
            ("outside", "accept"),
        ],
    )
    .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    // The same numbers as the importer itself.
    let vocab = store::reference::vocabularies();
    let region = store::reference::shipped_region("brussels").unwrap();
    let mapping = domain::import::Mapping::from_toml(
        &std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../../mappings/france-services_liste-fs-20221201.toml"),
        )
        .unwrap(),
        &vocab,
    )
    .unwrap();
    let ctx = domain::import::ImportContext::new(&region, &vocab)
        .outside_region(domain::import::OutsideRegion::Accept);
    let parsed = domain::import::parse(slice.as_bytes(), &mapping, &ctx).unwrap();
    assert!(parsed.places.len() > 40);
    assert!(res.body.contains(&format!("Rows read: {}", parsed.rows)));
    assert!(
        res.body
            .contains(&format!("Good rows: {}", parsed.places.len()))
    );
    assert!(
        res.body
            .contains(&format!("New places: {}", parsed.places.len()))
    );
    let escaped = parsed.places[0]
        .name
        .replace('&', "&amp;")
        .replace('"', "&quot;");
    assert!(res.body.contains(&escaped), "{escaped}");
    assert!(res.body.contains("(outside the region)"));
    for e in &parsed.errors {
        assert!(
            res.body
                .contains(&format!("<th scope=\"row\">{}</th>", e.at)),
            "{e}"
        );
    }
    let done = confirm(&app, &coord, &upload_id(&res.body)).await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.body);
    assert_eq!(
        app.db().count_source_places(&parsed.source).await.unwrap(),
        parsed.places.len() as i64
    );
    // The result says which imported places the public directory does not
    // show, and why: those outside the region.
    let outside: Vec<&str> = parsed
        .places
        .iter()
        .filter(|p| p.columns.commune_nis.is_none())
        .map(|p| p.name.as_str())
        .collect();
    assert!(!outside.is_empty());
    assert!(
        done.body.contains(&format!(
            "{} imported places the public directory does not show",
            outside.len()
        )),
        "{}",
        done.body
    );
    assert!(
        done.body
            .contains("They are in no municipality of the region")
    );
    assert!(
        !done
            .body
            .contains("The public directory already shows the changes.")
    );
    let listed = done.body.split(r#"id="hidden-places""#).nth(1).unwrap();
    let first = outside[0].replace('&', "&amp;").replace('"', "&quot;");
    assert!(listed.contains(&first), "{first}");
}

#[tokio::test]
async fn too_large_files_are_refused_clearly() {
    let app = TestApp::demo().await;
    let coord = app.sign_in(Role::Coordinator, &[]).await;
    let mut big = good_file();
    big.resize(21 * 1024 * 1024, b'\n');
    let res = preview(&app, &coord, "en", "big.csv", &big, &[]).await;
    assert_eq!(
        res.status,
        StatusCode::PAYLOAD_TOO_LARGE,
        "{}",
        &res.body[..res.body.len().min(500)]
    );
    assert!(res.body.contains("larger than 20 MB"), "{}", res.body);
    assert!(res.body.contains(r##"href="#file""##));
}

#[tokio::test]
async fn expired_or_unknown_uploads_go_back_to_the_form() {
    let app = TestApp::demo().await;
    let coord = app.sign_in(Role::Coordinator, &[]).await;
    let res = confirm(&app, &coord, "not-an-id").await;
    assert_eq!(res.status, StatusCode::GONE);
    assert!(res.body.contains("no longer available"), "{}", res.body);
    assert!(res.body.contains(r#"enctype="multipart/form-data""#));

    let res = preview(&app, &coord, "en", "lieux.csv", &good_file(), &[]).await;
    let id = upload_id(&res.body);
    // Someone else's upload is not theirs to import.
    let other = app.sign_in(Role::Coordinator, &[]).await;
    assert_eq!(confirm(&app, &other, &id).await.status, StatusCode::GONE);
    // An hour later the file is gone.
    let dir = std::env::temp_dir().join("passerelle-imports").join(&id);
    let meta_path = dir.join("meta.json");
    let mut meta: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&meta_path).unwrap()).unwrap();
    meta["created"] = (meta["created"].as_u64().unwrap() - 3700).into();
    std::fs::write(&meta_path, meta.to_string()).unwrap();
    let res = confirm(&app, &coord, &id).await;
    assert_eq!(res.status, StatusCode::GONE);
    assert!(!dir.exists());
    assert_eq!(mednum_places(&app).await, 0);
}

#[tokio::test]
async fn only_the_coordination_may_import_and_csrf_is_checked() {
    let app = TestApp::demo().await;
    let org = app.state.directory().place_at(0).organisation_id;
    let manager = app.sign_in(Role::EpnManager, &[org]).await;
    let referrer = app.sign_in(Role::Referrer, &[org]).await;
    for who in [&manager, &referrer] {
        assert_eq!(
            app.get_as(Some(who), "/en/bo/import").await.status,
            StatusCode::FORBIDDEN
        );
        let res = preview(&app, who, "en", "lieux.csv", &good_file(), &[]).await;
        assert_eq!(res.status, StatusCode::FORBIDDEN);
        assert_eq!(
            confirm(&app, who, &"0".repeat(64)).await.status,
            StatusCode::FORBIDDEN
        );
    }
    let anonymous = app.get_as(None, "/en/bo/import").await;
    assert_eq!(anonymous.status, StatusCode::SEE_OTHER);
    assert!(anonymous.header("location").starts_with("/en/login?next="));
    let res = app
        .post_form(
            None,
            "/en/bo/import/confirm",
            &[("upload", &"0".repeat(64))],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);

    // The coordinator, without the CSRF token in the query: refused, nothing kept.
    let coord = app.sign_in(Role::Coordinator, &[]).await;
    let file = good_file();
    let parts: Vec<Part> = vec![("file", Some("lieux.csv"), &file)];
    let res = post_upload(&app, &coord, "en", &parts, false).await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    // Nor may the confirm form be posted without its token.
    let res = app
        .send(
            Request::post("/en/bo/import/confirm")
                .header("cookie", &coord.cookie)
                .header("content-type", "application/x-www-form-urlencoded")
                .body(Body::from(format!("upload={}", "0".repeat(64))))
                .unwrap(),
        )
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert_eq!(mednum_places(&app).await, 0);
    // The menu shows the import to the coordination only.
    let home = app.get_as(Some(&coord), "/en/bo/").await;
    assert!(home.body.contains("/en/bo/import"));
    let home = app.get_as(Some(&manager), "/en/bo/").await;
    assert!(!home.body.contains("/en/bo/import"));
}

/// Places outside the region, imported on purpose: the result does not say
/// the public directory shows them — it names them and says why it does not.
#[tokio::test]
async fn the_result_names_the_imported_places_the_directory_does_not_show() {
    let app = TestApp::demo().await;
    let coord = app.sign_in(Role::Coordinator, &[]).await;
    let file = csv(&[
        row("b1", "Espace Loi", "1000", "Bruxelles", "50.84", ""),
        row("b2", "Médiathèque de Lille", "59000", "Lille", "50.63", ""),
    ]);
    let res = preview(
        &app,
        &coord,
        "fr",
        "lieux.csv",
        &file,
        &[("outside", "accept")],
    )
    .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let posted = app
        .post_form(
            Some(&coord),
            "/fr/bo/import/confirm",
            &[("upload", &upload_id(&res.body))],
        )
        .await;
    assert_eq!(posted.status, StatusCode::SEE_OTHER, "{}", posted.body);
    let done = app.get_as(Some(&coord), posted.header("location")).await;
    assert_eq!(done.status, StatusCode::OK);
    assert!(
        done.body
            .contains("Un lieu importé que l’annuaire public ne montre pas"),
        "{}",
        done.body
    );
    assert!(
        done.body
            .contains("Ils ne sont dans aucune commune de la région")
    );
    let listed = done
        .body
        .split(r#"id="hidden-places""#)
        .nth(1)
        .unwrap()
        .split("</ul>")
        .next()
        .unwrap();
    assert!(listed.contains("Médiathèque de Lille") && !listed.contains("Espace Loi"));
    assert!(
        !done
            .body
            .contains("L’annuaire public montre déjà les changements.")
    );
    // Indeed: Lille is not in the public directory, the Brussels place is.
    let names: Vec<String> = app
        .state
        .directory()
        .places()
        .map(|p| p.name.clone())
        .collect();
    assert!(names.iter().any(|n| n == "Espace Loi"));
    assert!(!names.iter().any(|n| n == "Médiathèque de Lille"));
}
