//! A brochure's PDF read back with poppler's tools (`pdfinfo`, `pdftotext`;
//! `scripts/test.sh` installs them): tagged, titled, in its language,
//! headings, tables with header cells and every image with its alternative
//! text in the structure tree, the text extractable — Arabic in logical
//! order — and nothing but the vendored fonts embedded.

mod common;

use common::{pdfua_check, tool, uncompressed, write_pdf};
use domain::brochure::{Brochure, BrochureCommune, BrochureDay, BrochureEntry, BrochureLabels};

/// Left-to-right text isolated in a right-to-left language, as the web
/// crate words it.
fn ltr(lang: &str, s: &str) -> String {
    if lang == "ar" {
        format!("\u{2066}{s}\u{2069}")
    } else {
        s.to_string()
    }
}

fn hours_of(lang: &str) -> String {
    format!("{}, {}", ltr(lang, "10:00–12:00"), ltr(lang, "14:00–18:00"))
}

fn brochure(lang: &str) -> Brochure {
    let (place, day, hours, closed) = match lang {
        "ar" => ("مقهى الحاسوب", "الاثنين", "الساعات", "مغلق"),
        _ => (
            "Espace public numérique de la Senne",
            "Lundi",
            "Heures",
            "Fermé",
        ),
    };
    let entry = |name: &str, n: usize| BrochureEntry {
        name: format!("{name} {n}"),
        address: "Rue Haute 1, 1000 Bruxelles".into(),
        week: vec![
            BrochureDay {
                day: day.into(),
                hours: hours_of(lang),
            },
            BrochureDay {
                day: "Mardi".into(),
                hours: closed.into(),
            },
        ],
        hours_note: None,
        services: vec!["Démarches en ligne".into(), "Ateliers".into()],
        languages: vec!["Français".into(), "العربية".into()],
        accessibility: vec![],
        phone: Some(ltr(lang, "+32 2 000 00 00")),
        url: format!("https://passerelle.example.org/{lang}/places/{n}"),
        qr_alt: format!("QR → {name} {n}"),
    };
    Brochure {
        lang: lang.into(),
        group: "bruxelles".into(),
        title: if lang == "ar" {
            "مساعدة رقمية قريبة منك".into()
        } else {
            "Aide numérique près de chez vous".into()
        },
        subtitle: "Bruxelles".into(),
        intro: "Des lieux où l’on vous aide.".into(),
        date_line: "Informations du 4 décembre 2026.".into(),
        publisher: "Région de Bruxelles-Capitale".into(),
        site: "https://passerelle.example.org/fr/".into(),
        labels: BrochureLabels {
            day: "Jour".into(),
            hours: hours.into(),
            services: "Aide proposée :".into(),
            languages: "Langues :".into(),
            accessibility: "Accessibilité :".into(),
            phone: "Téléphone :".into(),
            page_of: "Page".into(),
            separator: ", ".into(),
        },
        // Enough places for two pages: the table header repeats, the
        // columns flow.
        communes: vec![BrochureCommune {
            name: "Bruxelles".into(),
            entries: (1..=14).map(|n| entry(place, n)).collect(),
        }],
        empty: "Aucun lieu.".into(),
    }
}

fn qr(url: &str) -> Option<String> {
    // A stand-in drawing: the web crate draws the real code.
    Some(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><title>{}</title><rect width=\"10\" height=\"10\"/></svg>",
        url.len()
    ))
}

fn write(lang: &str, test: &str) -> std::path::PathBuf {
    let bytes = documents::brochure_pdf(&brochure(lang), qr).expect("a PDF");
    write_pdf(&bytes, &format!("brochure-{test}-{lang}"))
}

#[test]
fn a_brochure_is_a_tagged_pdf_in_its_language() {
    for lang in ["fr", "ar"] {
        let path = write(lang, "tagged");
        pdfua_check(&path);
        let p = path.to_str().unwrap();
        let info = tool("pdfinfo", &[p]);
        assert!(info.contains("Tagged:          yes"), "{info}");
        assert!(info.contains("Title:           "), "{info}");
        let pages: usize = info
            .lines()
            .find_map(|l| l.strip_prefix("Pages:"))
            .and_then(|n| n.trim().parse().ok())
            .unwrap();
        assert!(pages >= 2, "{pages} pages");
        let fonts = tool("pdffonts", &[p]);
        assert!(fonts.contains("NotoSans"), "{fonts}");
        assert!(
            fonts.lines().skip(2).all(|l| l.contains(" yes ")),
            "every font embedded:\n{fonts}"
        );

        let tree = tool("pdfinfo", &["-struct-text", p]);
        for tag in ["H1", "H2", "H3", "Table", "TH", "TD", "Figure"] {
            assert!(
                tree.contains(tag),
                "no {tag} in the structure tree ({lang}):\n{tree}"
            );
        }
        let text = tool("pdftotext", &["-enc", "UTF-8", p, "-"]);
        if lang == "ar" {
            // Letters in logical order; hours and phone numbers left to right.
            assert!(
                text.contains("مقهى الحاسوب"),
                "Arabic in logical order:\n{text}"
            );
            assert!(
                text.contains("10:00–12:00") && text.contains("+32 2 000 00 00"),
                "{text}"
            );
            assert!(
                info.contains("مساعدة رقمية قريبة منك"),
                "the Arabic title:\n{info}"
            );
        } else {
            assert!(
                text.contains("Espace public numérique de la Senne 14"),
                "{text}"
            );
            assert!(text.contains("10:00–12:00, 14:00–18:00"));
        }
        std::fs::remove_file(&path).ok();
    }
}

#[test]
fn a_brochure_says_its_language_and_alternative_texts() {
    for lang in ["fr", "ar"] {
        let path = write(lang, "lang");
        // Uncompressed, the catalogue and the structure tree can be read.
        let raw = uncompressed(&path);
        assert!(
            raw.contains(&format!("/Lang ({lang})")),
            "no document language {lang}"
        );
        assert!(raw.contains("/MarkInfo"), "marked content");
        // 14 images, 14 alternative texts.
        assert!(
            raw.matches("/Alt").count() >= 14,
            "alternative texts: {}",
            raw.matches("/Alt").count()
        );
        std::fs::remove_file(&path).ok();
    }
}
