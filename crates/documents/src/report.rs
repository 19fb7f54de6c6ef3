//! The plan's annual report as a tagged PDF: A4 portrait, a title page
//! with the contents, each part with its written text and its figures
//! (a table with a header row repeated on every page, and a bar chart with
//! its alternative text), each figure naming the page it comes from.

use domain::annual_report::ReportDoc;

const TEMPLATE: &str = include_str!("../templates/report.typ");

/// The report as a tagged PDF (PDF/UA-1).
pub fn report_pdf(doc: &ReportDoc) -> Result<Vec<u8>, crate::Error> {
    crate::pdf(
        TEMPLATE,
        doc,
        &format!("annual-report-{}-{}", doc.year, doc.lang),
    )
}
