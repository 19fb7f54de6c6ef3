//! The annual report's PDF read back: tagged, titled, in its language,
//! headings down to the figures, every chart with its alternative text,
//! tables with header cells, links kept, the text extractable — Arabic in
//! logical order — and nothing but the vendored fonts embedded.

mod common;

use common::{pdfua_check, tool, uncompressed, write_pdf};
use domain::annual_report::{
    Block, DocBar, DocChapter, DocChart, DocFigure, DocLabels, Inline, ReportDoc,
};

fn text(s: &str) -> Inline {
    Inline::Text { text: s.into() }
}

fn report(lang: &str) -> ReportDoc {
    let ar = lang == "ar";
    let w = |fr: &str, a: &str| if ar { a.to_string() } else { fr.to_string() };
    let figure = |id: &str, title: &str| DocFigure {
        id: id.into(),
        title: title.into(),
        header: vec![w("Commune", "البلدية"), w("Projets", "المشاريع")],
        rows: vec![
            vec!["Anderlecht".into(), "12".into()],
            vec!["Ixelles".into(), "7".into()],
        ],
        total: Some(vec![w("Total", "المجموع"), "19".into()]),
        notes: vec![w("Une note.", "ملاحظة.")],
        source: "Source : https://example.org/fr/figures?year=2021".into(),
        source_url: "https://example.org/fr/figures?year=2021".into(),
        chart: Some(DocChart {
            alt: w(
                "Projets par commune — barres : 2 communes",
                "المشاريع حسب البلدية — أعمدة: بلديتان",
            ),
            bars: vec![
                DocBar {
                    label: "Anderlecht".into(),
                    share: 1.0,
                    value: "12".into(),
                },
                DocBar {
                    label: "Ixelles".into(),
                    share: 7.0 / 12.0,
                    value: "7".into(),
                },
            ],
        }),
    };
    ReportDoc {
        lang: lang.into(),
        year: 2021,
        title: w("Rapport annuel 2021", "التقرير السنوي 2021"),
        date_line: w("Chiffres du 4 décembre 2026", "أرقام يوم 4 ديسمبر 2026"),
        publisher: w("Région de Bruxelles-Capitale", "منطقة بروكسل العاصمة"),
        site: "https://example.org/fr/annual-report/2021".into(),
        labels: DocLabels {
            contents: w("Sommaire", "المحتويات"),
            page_of: w("Page", "صفحة"),
            total: w("Total", "المجموع"),
            see_also: w("Chiffres de cette partie :", "أرقام هذا الجزء:"),
            not_written: w("Pas encore écrit.", "لم يُكتب بعد."),
        },
        chapters: vec![
            DocChapter {
                id: "intro".into(),
                level: 1,
                title: w("Introduction", "مقدمة"),
                blocks: vec![
                    Block::Paragraph {
                        content: vec![
                            text(&w("La première année du plan. ", "السنة الأولى من الخطة. ")),
                            Inline::Link {
                                text: w("Le label", "العلامة"),
                                href: "https://example.org/fr/label".into(),
                            },
                        ],
                    },
                    Block::Heading {
                        depth: 1,
                        content: vec![text(&w("Ce qui a changé", "ما الذي تغيّر"))],
                    },
                    Block::List {
                        items: vec![vec![text("un")], vec![text("deux")]],
                    },
                ],
                written: true,
                see_also: vec![],
                figures: vec![],
            },
            DocChapter {
                id: "axis-outiller".into(),
                level: 1,
                title: w("Axe 3 : Outiller", "المحور 3: التجهيز"),
                blocks: vec![],
                written: false,
                see_also: vec![],
                figures: vec![],
            },
            DocChapter {
                id: "measure-10".into(),
                level: 2,
                title: w("Mesure 10 : Financements", "الإجراء 10: التمويل"),
                blocks: vec![],
                written: false,
                see_also: vec![],
                figures: vec![figure(
                    "funded",
                    &w("Projets par commune", "المشاريع حسب البلدية"),
                )],
            },
        ],
    }
}

fn write(lang: &str, test: &str) -> std::path::PathBuf {
    let bytes = documents::report_pdf(&report(lang)).expect("a PDF");
    write_pdf(&bytes, &format!("report-{test}-{lang}"))
}

#[test]
fn the_report_is_a_tagged_pdf_in_its_language() {
    for lang in ["fr", "ar"] {
        let path = write(lang, "tagged");
        pdfua_check(&path);
        let p = path.to_str().unwrap();
        let info = tool("pdfinfo", &[p]);
        assert!(info.contains("Tagged:          yes"), "{info}");
        let fonts = tool("pdffonts", &[p]);
        assert!(
            fonts.lines().skip(2).all(|l| l.contains(" yes ")),
            "every font embedded:\n{fonts}"
        );
        assert!(
            fonts.lines().skip(2).all(|l| l.contains("Noto")),
            "only the vendored fonts:\n{fonts}"
        );
        let tree = tool("pdfinfo", &["-struct-text", p]);
        for tag in [
            "H1", "H2", "H3", "H4", "Table", "TH", "TD", "Figure", "L", "Link", "TOC",
        ] {
            assert!(
                tree.contains(tag),
                "no {tag} in the structure tree ({lang}):\n{tree}"
            );
        }
        let text = tool("pdftotext", &["-enc", "UTF-8", p, "-"]);
        if lang == "ar" {
            assert!(info.contains("التقرير السنوي 2021"), "{info}");
            assert!(
                text.contains("السنة الأولى من الخطة"),
                "logical order:\n{text}"
            );
            assert!(text.contains("المشاريع حسب البلدية"), "{text}");
        } else {
            assert!(
                info.contains("Title:           Rapport annuel 2021"),
                "{info}"
            );
            assert!(text.contains("La première année du plan."), "{text}");
            assert!(text.contains("Pas encore écrit."), "an empty part says so");
            assert!(text.contains("Anderlecht") && text.contains("19"), "{text}");
        }
        std::fs::remove_file(&path).ok();
    }
}

#[test]
fn the_report_says_its_language_alternative_texts_and_links() {
    for lang in ["fr", "ar"] {
        let path = write(lang, "lang");
        let raw = uncompressed(&path);
        assert!(
            raw.contains(&format!("/Lang ({lang})")),
            "no document language {lang}"
        );
        assert!(raw.contains("/MarkInfo"), "marked content");
        assert!(raw.contains("/Alt"), "the chart's alternative text");
        assert!(
            raw.contains("https://example.org/fr/label"),
            "the link is kept"
        );
        std::fs::remove_file(&path).ok();
    }
}
