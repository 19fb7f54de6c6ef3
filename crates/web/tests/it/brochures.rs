//! The commune brochures: the list of the region's groups of communes, a
//! group's brochure as a page (every place of its communes, with its week,
//! phone, services and a QR code to its page, the date of the data) in each
//! language, and the same brochure as a tagged PDF made on demand.

use axum::http::StatusCode;

use crate::helpers::TestApp;

#[tokio::test]
async fn the_groups_are_listed_with_their_number_of_places() {
    let app = TestApp::demo().await;
    let r = app.get("/fr/brochures").await;
    assert_eq!(r.status, StatusCode::OK);
    let dir = app.state.directory();
    assert_eq!(app.state.region.brochure_groups.len(), 8);
    for g in &app.state.region.brochure_groups {
        let count: usize = g
            .communes
            .iter()
            .map(|n| dir.places_in_commune(n).len())
            .sum();
        assert!(
            r.body
                .contains(&format!("href=\"/fr/brochures/{}\"", g.code)),
            "{}",
            g.code
        );
        assert!(
            r.body
                .contains(&format!("href=\"/fr/brochures/{}/pdf\"", g.code))
        );
        let words = match count {
            0 => "aucun lieu".to_string(),
            1 => "1 lieu".to_string(),
            n => format!("{n} lieux"),
        };
        assert!(r.body.contains(&words), "{} {words}", g.code);
    }
}

#[tokio::test]
async fn a_brochure_lists_every_place_of_its_communes() {
    let app = TestApp::demo().await;
    let g = app
        .state
        .region
        .brochure_groups
        .iter()
        .find(|g| g.code == "bruxelles-ville")
        .unwrap()
        .clone();
    let dir = app.state.directory();
    let places: Vec<_> = g
        .communes
        .iter()
        .flat_map(|n| dir.places_in_commune(n))
        .collect();
    assert!(places.len() > 5);
    for lang in ["fr", "nl", "en", "ar"] {
        let r = app.get(&format!("/{lang}/brochures/bruxelles-ville")).await;
        assert_eq!(r.status, StatusCode::OK, "{lang}");
        for key in [
            "brochure-title",
            "brochure-intro",
            "brochure-date",
            "brochure-day",
            "brochure-qr-alt",
        ] {
            assert!(!r.body.contains(key), "{lang}: {key} shown raw");
        }
        for p in &places {
            let name = maud::html! { (p.name) }.into_string();
            assert!(r.body.contains(&name), "{lang}: {}", p.name);
            assert!(r.body.contains(&format!("/{lang}/places/{}\"", p.id)));
        }
        assert_eq!(
            r.body.matches("role=\"img\"").count(),
            places.len(),
            "{lang}: a QR code per place, each named"
        );
    }
    let fr = app.get("/fr/brochures/bruxelles-ville").await.body;
    assert!(fr.contains("Informations du "), "the date of the data");
    // A place with known hours shows its week, days as row headers.
    let with_hours = places
        .iter()
        .find(|p| matches!(dir.hours(p.id), domain::directory::HoursInfo::Valid(_)));
    if with_hours.is_some() {
        assert!(fr.contains("<th scope=\"row\">Lundi</th>"));
    }
    assert_eq!(
        app.get("/fr/brochures/nowhere").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn a_brochure_prints_as_a_tagged_pdf() {
    let app = TestApp::demo().await;
    for lang in ["fr", "ar"] {
        let r = app
            .get(&format!("/{lang}/brochures/bruxelles-ville/pdf"))
            .await;
        assert_eq!(r.status, StatusCode::OK);
        assert_eq!(r.header("content-type"), "application/pdf");
        assert!(
            r.header("content-disposition")
                .contains(&format!("brochure-bruxelles-ville-{lang}.pdf"))
        );
        assert!(r.body.starts_with("%PDF-"));
        // Read back by poppler (scripts/test.sh installs it): tagged, titled
        // in its language, and listing the places of the page.
        let (_, bytes) = app
            .get_bytes(&format!("/{lang}/brochures/bruxelles-ville/pdf"))
            .await;
        let path = std::env::temp_dir().join(format!(
            "passerelle-web-brochure-{lang}-{}.pdf",
            std::process::id()
        ));
        std::fs::write(&path, &bytes).unwrap();
        let run = |tool: &str, args: &[&str]| {
            let out = std::process::Command::new(tool)
                .args(args)
                .arg(&path)
                .args(if tool == "pdftotext" {
                    &["-"][..]
                } else {
                    &[][..]
                })
                .output()
                .unwrap_or_else(|e| panic!("{tool} (poppler-utils) is needed: {e}"));
            String::from_utf8_lossy(&out.stdout).into_owned()
        };
        let info = run("pdfinfo", &[]);
        assert!(info.contains("Tagged:          yes"), "{info}");
        let title = if lang == "ar" {
            "مساعدة رقمية قريبة منك"
        } else {
            "Aide numérique près de chez vous"
        };
        assert!(info.contains(title), "{info}");
        let text = run("pdftotext", &["-enc", "UTF-8"]);
        let dir = app.state.directory();
        for nis in ["21004"] {
            for p in dir.places_in_commune(nis) {
                let first = p.name.split_whitespace().next().unwrap();
                assert!(text.contains(first), "{lang}: {} not in the PDF", p.name);
            }
        }
        std::fs::remove_file(&path).ok();
    }
    assert_eq!(
        app.get("/fr/brochures/nowhere/pdf").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn every_brochure_is_a_tagged_pdf_in_each_of_the_ten_languages() {
    let app = TestApp::demo().await;
    let groups: Vec<String> = app
        .state
        .region
        .brochure_groups
        .iter()
        .map(|g| g.code.clone())
        .collect();
    assert_eq!(groups.len(), 8);
    for lang in domain::Lang::ALL {
        let l = lang.code();
        for g in &groups {
            let (status, bytes) = app.get_bytes(&format!("/{l}/brochures/{g}/pdf")).await;
            assert_eq!(status, StatusCode::OK, "{l} {g}");
            let path = std::env::temp_dir().join(format!(
                "passerelle-web-brochure-all-{l}-{g}-{}.pdf",
                std::process::id()
            ));
            std::fs::write(&path, &bytes).unwrap();
            let out = std::process::Command::new("pdfinfo")
                .arg(&path)
                .output()
                .expect("pdfinfo (poppler-utils)");
            let info = String::from_utf8_lossy(&out.stdout);
            assert!(info.contains("Tagged:          yes"), "{l} {g}: {info}");
            let title = web::i18n::t(lang, "brochure-title");
            assert!(
                info.contains(&title),
                "{l} {g}: the title {title} in {info}"
            );
            let raw = String::from_utf8_lossy(&bytes);
            // The catalogue is compressed in an object stream; the language
            // is checked uncompressed in crates/documents/tests.
            assert!(raw.starts_with("%PDF-"));
            std::fs::remove_file(&path).ok();
        }
        assert!(
            web::i18n::missing_keys(lang).is_empty() || lang.is_staff(),
            "{l}: {:?}",
            web::i18n::missing_keys(lang)
        );
    }
}
