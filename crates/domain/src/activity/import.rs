//! Activity records from an EPN's own spreadsheet (CSV or XLSX): the columns
//! expected (stable codes, the same in every language), and each row turned
//! into the draft the form would have sent, so that the form's rules
//! (`SupportDraft::validate`, `WorkshopDraft::validate`) check it.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::QUICK_MINUTES;
use super::SupportDraft;
use super::workshop::{Breakdown, WorkshopDraft};
use crate::import::input::{decode, sniff_delimiter};
use crate::import::{Encoding, FileError};

/// The most rows a file may have (a year of a busy EPN is a few thousand).
pub const MAX_ROWS: usize = 5000;

/// What a file holds: individual supports or collective workshops.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportKind {
    Support,
    Workshop,
}

impl ImportKind {
    pub const ALL: [ImportKind; 2] = [ImportKind::Support, ImportKind::Workshop];

    pub fn code(self) -> &'static str {
        match self {
            ImportKind::Support => "support",
            ImportKind::Workshop => "workshop",
        }
    }

    pub fn parse(code: &str) -> Option<ImportKind> {
        ImportKind::ALL.into_iter().find(|k| k.code() == code)
    }

    /// The columns of its file, in the template's order.
    pub fn columns(self) -> Vec<String> {
        match self {
            ImportKind::Support => SUPPORT_COLUMNS.iter().map(|c| (*c).to_owned()).collect(),
            ImportKind::Workshop => WORKSHOP_COLUMNS
                .iter()
                .map(|c| (*c).to_owned())
                .chain(
                    Breakdown::ALL
                        .iter()
                        .flat_map(|b| b.categories().iter().map(|c| b.field(c))),
                )
                .collect(),
        }
    }

    /// The columns a file must have (the others may be left out).
    pub fn required(self) -> &'static [&'static str] {
        match self {
            ImportKind::Support => &SUPPORT_COLUMNS[..7],
            ImportKind::Workshop => &WORKSHOP_COLUMNS,
        }
    }
}

/// The columns of a support file; the last two may be left out.
pub const SUPPORT_COLUMNS: [&str; 9] = [
    "place",
    "date",
    "minutes",
    "location",
    "themes",
    "equipment",
    "autonomy",
    "redirect-place",
    "redirect-text",
];

/// The columns of a workshop file, before the breakdowns' (`gender-woman`…,
/// which may be left out).
pub const WORKSHOP_COLUMNS: [&str; 7] = [
    "place",
    "date",
    "title",
    "minutes",
    "level",
    "themes",
    "participants",
];

/// A file read as a table of text: its header and its rows, each with the
/// line (CSV) or row number (XLSX) a spreadsheet shows for it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sheet {
    pub header: Vec<String>,
    pub rows: Vec<SheetRow>,
    /// The text was not UTF-8 and was read as Windows-1252 (Excel's "CSV").
    pub windows_1252: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetRow {
    pub line: u64,
    pub cells: Vec<String>,
}

/// Why a file cannot be read at all (before any row is checked).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SheetProblem {
    /// No header, or no row under it.
    Empty,
    /// A CSV record that cannot be read (an unclosed quote…), at this line.
    Csv { line: u64 },
    /// More than [`MAX_ROWS`] rows.
    TooManyRows,
    /// Columns the file must have and does not (in the expected spelling).
    MissingColumns {
        missing: Vec<String>,
        found: Vec<String>,
    },
}

/// A header as compared: lower case, spaces and `_` read as `-`.
pub fn normalise_header(h: &str) -> String {
    h.trim()
        .trim_start_matches('\u{feff}')
        .to_lowercase()
        .replace([' ', '_'], "-")
}

/// Reads a CSV file (`,` `;` or tab, sniffed; UTF-8, else Windows-1252).
pub fn csv_sheet(bytes: &[u8]) -> Result<Sheet, SheetProblem> {
    let (text, windows_1252) = match decode(bytes, Encoding::Utf8) {
        Ok(t) => (t, false),
        Err(FileError::Encoding { .. }) => (
            decode(bytes, Encoding::Windows1252).map_err(|_| SheetProblem::Empty)?,
            true,
        ),
        Err(_) => return Err(SheetProblem::Empty),
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(sniff_delimiter(&text))
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut sheet = Sheet {
        windows_1252,
        ..Sheet::default()
    };
    let mut rec = csv::StringRecord::new();
    loop {
        let line = reader.position().line();
        match reader.read_record(&mut rec) {
            Ok(false) => break,
            Ok(true) => {}
            Err(_) => return Err(SheetProblem::Csv { line }),
        }
        let line = rec.position().map_or(line, |p| p.line());
        let cells: Vec<String> = rec.iter().map(|c| c.trim().to_owned()).collect();
        if sheet.header.is_empty() {
            sheet.header = cells;
            continue;
        }
        push_row(&mut sheet, line, cells)?;
    }
    finish(sheet)
}

/// Adds a row unless it is blank.
pub fn push_row(sheet: &mut Sheet, line: u64, cells: Vec<String>) -> Result<(), SheetProblem> {
    if cells.iter().all(|c| c.trim().is_empty()) {
        return Ok(());
    }
    if sheet.rows.len() >= MAX_ROWS {
        return Err(SheetProblem::TooManyRows);
    }
    sheet.rows.push(SheetRow { line, cells });
    Ok(())
}

/// The sheet, unless it has no header or no row.
pub fn finish(sheet: Sheet) -> Result<Sheet, SheetProblem> {
    if sheet.header.iter().all(|h| h.trim().is_empty()) || sheet.rows.is_empty() {
        return Err(SheetProblem::Empty);
    }
    Ok(sheet)
}

/// The rows of a sheet as cells by column code.
pub struct Columns {
    index: HashMap<String, usize>,
    /// Headers that are none of the kind's columns (ignored).
    pub ignored: Vec<String>,
}

impl Columns {
    /// The columns of `sheet` for `kind`; an error if a required one is missing.
    pub fn of(sheet: &Sheet, kind: ImportKind) -> Result<Columns, SheetProblem> {
        let known = kind.columns();
        let mut index = HashMap::new();
        let mut ignored = Vec::new();
        for (i, h) in sheet.header.iter().enumerate() {
            let n = normalise_header(h);
            if known.contains(&n) {
                index.entry(n).or_insert(i);
            } else if !h.trim().is_empty() {
                ignored.push(h.trim().to_owned());
            }
        }
        let missing: Vec<String> = kind
            .required()
            .iter()
            .filter(|c| !index.contains_key(**c))
            .map(|c| (*c).to_owned())
            .collect();
        if !missing.is_empty() {
            return Err(SheetProblem::MissingColumns {
                missing,
                found: sheet.header.iter().take(30).cloned().collect(),
            });
        }
        Ok(Columns { index, ignored })
    }

    /// The cell of `column` in `row` (empty when the column or cell is absent).
    pub fn get<'r>(&self, row: &'r SheetRow, column: &str) -> &'r str {
        self.index
            .get(column)
            .and_then(|i| row.cells.get(*i))
            .map_or("", |c| c.trim())
    }

    /// Values beyond the header's columns: a delimiter inside a value
    /// without quotes, most of the time.
    pub fn overflows(&self, sheet: &Sheet, row: &SheetRow) -> bool {
        row.cells
            .iter()
            .skip(sheet.header.len())
            .any(|c| !c.trim().is_empty())
    }
}

/// A list of codes: separated by spaces, commas, semicolons or `|`.
fn codes(v: &str) -> Vec<String> {
    v.split([' ', ',', ';', '|', '\n'])
        .map(|c| c.trim().to_lowercase())
        .filter(|c| !c.is_empty())
        .collect()
}

/// A date as the form sends it (`2026-11-26`): `26/11/2026`, `26-11-2026`
/// and `26.11.2026` (how Belgian spreadsheets write it) are rewritten; any
/// other text is kept for the form's rule to refuse.
pub fn normalise_date(v: &str) -> String {
    let v = v.trim();
    for f in ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"] {
        if let Ok(d) = NaiveDate::parse_from_str(v, f) {
            return d.to_string();
        }
    }
    v.to_owned()
}

/// The support draft of a row, as the form would have sent it.
pub fn support_draft(cols: &Columns, row: &SheetRow) -> SupportDraft {
    let minutes = cols.get(row, "minutes");
    let quick = minutes
        .parse::<u32>()
        .ok()
        .filter(|m| QUICK_MINUTES.contains(m));
    SupportDraft {
        place: cols.get(row, "place").to_owned(),
        date: normalise_date(cols.get(row, "date")),
        minutes: match (quick, minutes) {
            (Some(m), _) => m.to_string(),
            (None, "") => String::new(),
            (None, _) => "other".into(),
        },
        minutes_other: if quick.is_none() {
            minutes.to_owned()
        } else {
            String::new()
        },
        location: cols.get(row, "location").to_lowercase(),
        themes: codes(cols.get(row, "themes")),
        equipment: codes(cols.get(row, "equipment")),
        autonomy: cols.get(row, "autonomy").to_lowercase(),
        redirect_place: cols.get(row, "redirect-place").to_owned(),
        redirect_text: cols.get(row, "redirect-text").to_owned(),
    }
}

/// The workshop draft of a row (never from a session).
pub fn workshop_draft(cols: &Columns, row: &SheetRow) -> WorkshopDraft {
    let mut counts: [Vec<String>; 3] = Default::default();
    for b in Breakdown::ALL {
        counts[b.index()] = b
            .categories()
            .iter()
            .map(|c| cols.get(row, &b.field(c)).to_owned())
            .collect();
    }
    WorkshopDraft {
        place: cols.get(row, "place").to_owned(),
        session: String::new(),
        date: normalise_date(cols.get(row, "date")),
        title: cols.get(row, "title").to_owned(),
        level: cols.get(row, "level").to_lowercase(),
        minutes: cols.get(row, "minutes").to_owned(),
        themes: codes(cols.get(row, "themes")),
        participants: cols.get(row, "participants").to_owned(),
        counts,
    }
}

/// The column of a form field named in a rule's error (`minutes_other` and
/// `minutes-15` are the `minutes` column, `autonomy-alone` is `autonomy`…).
pub fn column_of_field(field: &str) -> String {
    match field {
        "minutes-15" | "minutes_other" => "minutes".into(),
        "location-place" => "location".into(),
        "autonomy-alone" => "autonomy".into(),
        "level-beginner" => "level".into(),
        other => other.replace('_', "-"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::activity::DEFAULT_CLOSE_DAY;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
    }

    #[test]
    fn a_csv_row_becomes_the_draft_the_form_would_send() {
        let csv = "Place;Date;Minutes;Location;Themes;Equipment;Autonomy;Notes\n\
                   7;25/11/2026;45;home;email, internet;phone;helped;kept apart\n\
                   ;;;;;;;\n\
                   7;2026-11-24;20;place;email;;alone;\n";
        let sheet = csv_sheet(csv.as_bytes()).unwrap();
        let cols = Columns::of(&sheet, ImportKind::Support).unwrap();
        assert_eq!(cols.ignored, ["Notes"]);
        assert_eq!(sheet.rows.len(), 2, "the blank row is skipped");
        assert_eq!(
            sheet.rows[1].line, 4,
            "lines count the header and the blank row"
        );
        let s = support_draft(&cols, &sheet.rows[0])
            .validate(today(), DEFAULT_CLOSE_DAY)
            .unwrap();
        assert_eq!(s.date.to_string(), "2026-11-25");
        assert_eq!(s.minutes, 45);
        assert_eq!(s.themes, ["email", "internet"]);
        let other = support_draft(&cols, &sheet.rows[1]);
        assert_eq!(
            (other.minutes.as_str(), other.minutes_other.as_str()),
            ("other", "20")
        );
        assert_eq!(
            other.validate(today(), DEFAULT_CLOSE_DAY).unwrap().minutes,
            20
        );
    }

    #[test]
    fn a_missing_column_is_named() {
        let sheet = csv_sheet(b"place,date,minutes\n7,2026-11-25,30\n").unwrap();
        match Columns::of(&sheet, ImportKind::Support) {
            Err(SheetProblem::MissingColumns { missing, .. }) => {
                assert_eq!(missing, ["location", "themes", "equipment", "autonomy"])
            }
            other => panic!("{:?}", other.err()),
        }
        assert_eq!(csv_sheet(b"place,date\n").unwrap_err(), SheetProblem::Empty);
    }

    #[test]
    fn a_rule_error_names_its_column() {
        let csv = "place,date,minutes,location,themes,equipment,autonomy\n\
                   7,2026-10-01,=1+1,moon,cooking,,\n";
        let sheet = csv_sheet(csv.as_bytes()).unwrap();
        let cols = Columns::of(&sheet, ImportKind::Support).unwrap();
        let errs = support_draft(&cols, &sheet.rows[0])
            .validate(today(), DEFAULT_CLOSE_DAY)
            .unwrap_err();
        let columns: Vec<String> = errs.iter().map(|e| column_of_field(e.field)).collect();
        assert_eq!(
            columns,
            ["date", "minutes", "location", "themes", "autonomy"]
        );
    }

    #[test]
    fn windows_1252_text_is_read() {
        let sheet = csv_sheet(b"place,date,minutes,location,themes,equipment,autonomy,redirect-text\n7,2026-11-25,30,place,email,,alone,CPAS \xe0 Forest\n").unwrap();
        assert!(sheet.windows_1252);
        assert_eq!(sheet.rows[0].cells[7], "CPAS à Forest");
    }

    #[test]
    fn a_workshop_row_with_its_breakdowns() {
        let csv = "place,date,title,minutes,level,themes,participants,gender-woman,gender-man\n\
                   7,2026-11-20,Mes e-mails,90,beginner,email,6,4,2\n";
        let sheet = csv_sheet(csv.as_bytes()).unwrap();
        let cols = Columns::of(&sheet, ImportKind::Workshop).unwrap();
        let w = workshop_draft(&cols, &sheet.rows[0])
            .validate(today(), DEFAULT_CLOSE_DAY)
            .unwrap();
        assert_eq!(w.breakdown(Breakdown::Gender), Some(&[4, 2, 0][..]));
        assert_eq!(w.breakdown(Breakdown::Age), None);
        assert_eq!(column_of_field("gender-woman"), "gender-woman");
    }
}
