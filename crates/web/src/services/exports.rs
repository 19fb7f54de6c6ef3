//! The directory's open-data files: one export in each format (CSV,
//! spreadsheet, JSON, GeoJSON, the national standard, HSDS), the same for
//! the download page and for `passerelle export`.

use domain::export::{Cell, Table, geojson, hsds, mednum, plain};
use domain::place::Place;
use domain::vocab::{VocabKind, Vocabularies};
use domain::{Lang, Region};
use rust_xlsxwriter::{Format as XlsxFormat, Workbook, XlsxError};

use crate::i18n::t;

/// An export format, as offered for download and by `passerelle export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Json,
    Geojson,
    Xlsx,
    Mednum,
    Hsds,
}

impl Format {
    pub const ALL: [Format; 6] = [
        Format::Csv,
        Format::Xlsx,
        Format::Json,
        Format::Geojson,
        Format::Mednum,
        Format::Hsds,
    ];

    /// The code used on the command line and in translation keys.
    pub fn code(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Json => "json",
            Format::Geojson => "geojson",
            Format::Xlsx => "xlsx",
            Format::Mednum => "mednum",
            Format::Hsds => "hsds",
        }
    }

    /// The file name under `/open-data/`.
    pub fn path_name(self) -> &'static str {
        match self {
            Format::Csv => "places.csv",
            Format::Json => "places.json",
            Format::Geojson => "places.geojson",
            Format::Xlsx => "places.xlsx",
            Format::Mednum => "places-mednum.csv",
            Format::Hsds => "places-hsds.json",
        }
    }

    pub fn url(self) -> String {
        format!("/open-data/{}", self.path_name())
    }

    pub fn content_type(self) -> &'static str {
        match self {
            Format::Csv | Format::Mednum => "text/csv; charset=utf-8",
            Format::Json | Format::Hsds => "application/json",
            Format::Geojson => "application/geo+json",
            Format::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        }
    }

    /// The name a browser saves the download under, e.g. `brussels-places.csv`.
    pub fn file_name(self, region: &Region) -> String {
        format!("{}-{}", region.code, self.path_name())
    }

    /// The export of `places` in this format.
    pub fn render(
        self,
        places: &[Place],
        region: &Region,
        vocab: &Vocabularies,
    ) -> Result<Vec<u8>, XlsxError> {
        let json = |v: serde_json::Value| {
            let mut s = v.to_string();
            s.push('\n');
            s.into_bytes()
        };
        Ok(match self {
            Format::Csv => plain::table(places, region, vocab).to_csv().into_bytes(),
            Format::Json => json(plain::json(places, region, vocab)),
            Format::Geojson => json(geojson::feature_collection(places, region, vocab)),
            Format::Xlsx => xlsx(&plain::table(places, region, vocab), region)?,
            Format::Mednum => mednum::csv(places, region, vocab).into_bytes(),
            Format::Hsds => json(hsds::document(places, region, vocab, &english_label)),
        })
    }
}

/// The English label of a vocabulary code (the HSDS term names).
pub fn english_label(kind: VocabKind, code: &str) -> String {
    t(Lang::En, &Vocabularies::label_key(kind, code))
}

/// Writes `table` on `sheet`: the header row in `bold`, then the rows with
/// numbers and booleans typed and text written as text (never a formula).
/// Shared by every spreadsheet Passerelle writes.
pub fn write_sheet(
    sheet: &mut rust_xlsxwriter::Worksheet,
    table: &Table,
    bold: &XlsxFormat,
) -> Result<(), XlsxError> {
    for (c, h) in table.header.iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, h, bold)?;
    }
    for (r, row) in table.rows.iter().enumerate() {
        let r = r as u32 + 1;
        for (c, cell) in row.iter().enumerate() {
            let c = c as u16;
            match cell {
                Cell::Empty => {}
                Cell::Text(s) => {
                    sheet.write_string(r, c, s)?;
                }
                Cell::Integer(n) => {
                    sheet.write_number(r, c, *n as f64)?;
                }
                Cell::Number(x) => {
                    sheet.write_number(r, c, *x)?;
                }
                Cell::Bool(b) => {
                    sheet.write_boolean(r, c, *b)?;
                }
            }
        }
    }
    Ok(())
}

/// A spreadsheet with the table on a first sheet ("places": bold header
/// row, frozen, with filters; numbers and booleans typed) and the licence
/// on a second sheet.
pub fn xlsx(table: &Table, region: &Region) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let bold = XlsxFormat::new().set_bold();
    let sheet = book.add_worksheet();
    sheet.set_name("places")?;
    write_sheet(sheet, table, &bold)?;
    sheet.set_freeze_panes(1, 0)?;
    if !table.header.is_empty() {
        sheet.autofilter(0, 0, table.rows.len() as u32, table.header.len() as u16 - 1)?;
    }
    sheet.autofit();
    let about = book.add_worksheet();
    about.set_name("licence")?;
    let l = &region.data_licence;
    about.write_string_with_format(0, 0, "licence", &bold)?;
    about.write_string(0, 1, format!("{} ({})", l.name, l.id))?;
    about.write_string_with_format(1, 0, "url", &bold)?;
    about.write_url(1, 1, l.url.as_str())?;
    about.write_string_with_format(2, 0, "source", &bold)?;
    about.write_string(2, 1, mednum::SOURCE)?;
    about.autofit();
    book.save_to_buffer()
}
