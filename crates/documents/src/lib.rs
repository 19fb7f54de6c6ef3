//! Printable documents as tagged PDF meeting PDF/UA-1: headings, reading
//! order, tables with header rows, alternative text for every image, the
//! document's language and title, right-to-left text where the language is
//! Arabic, the fonts embedded.
//!
//! The layout is done by the `typst` compiler used as a library: a template
//! (`templates/*.typ`, compiled into the binary) reads its data from a
//! `data.json` this crate serves from memory, with the fonts vendored in
//! `fonts/` (Noto Sans and Noto Naskh Arabic, SIL Open Font License, see
//! `fonts/OFL.txt`). Nothing is ever read from disk or fetched: a package
//! import fails. The crate stands apart so that the rest of Passerelle
//! builds without typst (the `pdf` feature of the web crate).
//!
//! The callers word everything (this crate knows no language): they fill
//! the document's data with translated strings.

pub mod brochure;
pub mod report;
mod world;

pub use brochure::brochure_pdf;
pub use report::report_pdf;

/// Why a document could not be made.
#[derive(Debug)]
pub struct Error(pub String);

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

/// Compiles `template` with `data` (served as `data.json`) to a tagged PDF
/// checked against PDF/UA-1. `ident` identifies the document stably (its
/// kind, language and subject) so that two runs give the same file id.
pub(crate) fn pdf(
    template: &'static str,
    data: &impl serde::Serialize,
    ident: &str,
) -> Result<Vec<u8>, Error> {
    let json = serde_json::to_vec(data).map_err(|e| Error(e.to_string()))?;
    let world = world::MemoryWorld::new(template, json);
    let document: typst_layout::PagedDocument =
        typst::compile(&world).output.map_err(|e| diagnostics(&e))?;
    let options = typst_pdf::PdfOptions {
        ident: typst::foundations::Smart::Custom(ident.to_string()),
        creator: typst::foundations::Smart::Custom(Some("Passerelle".into())),
        standards: typst_pdf::PdfStandards::new(&[typst_pdf::PdfStandard::Ua_1])
            .map_err(|e| Error(e.message().to_string()))?,
        ..Default::default()
    };
    typst_pdf::pdf(&document, &options).map_err(|e| diagnostics(&e))
}

/// typst's errors, their messages joined.
fn diagnostics(errs: &[typst::diag::SourceDiagnostic]) -> Error {
    Error(
        errs.iter()
            .map(|e| e.message.to_string())
            .collect::<Vec<_>>()
            .join("; "),
    )
}
