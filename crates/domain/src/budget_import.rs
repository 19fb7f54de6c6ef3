//! Reading ledger rows from a spreadsheet (issue 13): a CSV or the first
//! sheet of an XLSX workbook, with a `Mapping` that says which column holds
//! which field of `budget::FIELDS` — or a value fixed for every row (e.g.
//! year 2021, phase actual). Every row is then checked against the plan
//! (`check_all`); the project's import policy is to write nothing when a
//! row is bad, or, when the person asks for it, the good rows only.
//!
//! No words here: problems are values (`ReadError`, `FieldProblem`) that
//! the web pages put into words with Fluent and the CLI in English.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::budget::{FIELDS, FieldProblem, NewRow, RawRow};
use crate::plan::Plan;
use crate::text::fold;

/// At most this many rows in one file.
pub const MAX_ROWS: usize = 200_000;

/// A spreadsheet's format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FileKind {
    Csv,
    Xlsx,
}

impl FileKind {
    /// A workbook (a ZIP: XLSX, ODS; or an old XLS) by its first bytes or
    /// its name; anything else is read as CSV.
    pub fn sniff(file_name: &str, bytes: &[u8]) -> FileKind {
        let lower = file_name.to_lowercase();
        if bytes.starts_with(b"PK\x03\x04")
            || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0])
            || [".xlsx", ".xls", ".ods", ".xlsm"]
                .iter()
                .any(|e| lower.ends_with(e))
        {
            FileKind::Xlsx
        } else {
            FileKind::Csv
        }
    }
}

/// Why a file could not be read at all (nothing is imported).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ReadError {
    /// No header line, or no row under it.
    Empty,
    /// A CSV not in UTF-8.
    NotUtf8,
    /// A CSV line that cannot be read (an unclosed quote…).
    Csv { line: usize },
    /// Not a workbook calamine can open.
    NotAWorkbook,
    /// More rows than `MAX_ROWS`.
    TooManyRows { max: usize },
    /// The mapping names a column the file does not have.
    UnknownColumn { field: String, column: String },
    /// The mapping names a field that is not one of `FIELDS`.
    UnknownField { field: String },
}

/// Where one field's value comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FieldSource {
    /// The column with this header.
    Column(String),
    /// The same value for every row.
    Fixed(String),
}

/// Which column (by its header) or fixed value gives each field of
/// `budget::FIELDS`; a field not mapped is left blank.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mapping {
    pub fields: BTreeMap<String, FieldSource>,
}

/// Header words recognised for each field, folded (lower case, no accents,
/// punctuation as spaces), in French, English and Dutch.
const WORDS: [(&str, &[&str]); 13] = [
    (
        "year",
        &["annee", "year", "jaar", "exercice", "boekjaar", "an"],
    ),
    (
        "phase",
        &["phase", "fase", "stade", "type", "type de montant", "stage"],
    ),
    (
        "source",
        &[
            "source",
            "source de financement",
            "financement",
            "funding",
            "funding source",
            "bron",
            "financieringsbron",
            "financiering",
        ],
    ),
    ("axis", &["axe", "axis", "as", "pijler"]),
    (
        "measure",
        &["mesure", "measure", "maatregel", "n mesure", "no mesure"],
    ),
    ("action", &["action", "actie"]),
    (
        "date",
        &["date", "datum", "date de paiement", "payment date"],
    ),
    (
        "supplier",
        &[
            "fournisseur",
            "supplier",
            "leverancier",
            "prestataire",
            "beneficiaire",
            "vendor",
            "payee",
        ],
    ),
    (
        "invoice",
        &[
            "facture",
            "invoice",
            "factuur",
            "n facture",
            "no facture",
            "reference facture",
            "invoice reference",
            "invoice ref",
            "factuurnummer",
        ],
    ),
    (
        "label",
        &[
            "libelle",
            "label",
            "description",
            "intitule",
            "objet",
            "omschrijving",
            "beschrijving",
            "poste",
        ],
    ),
    (
        "amount",
        &[
            "montant", "amount", "bedrag", "value", "valeur", "total", "somme",
        ],
    ),
    (
        "note",
        &[
            "note",
            "notes",
            "remarque",
            "remarques",
            "commentaire",
            "comment",
            "opmerking",
        ],
    ),
    (
        "reason",
        &["raison", "motif", "reason", "reden", "motivation"],
    ),
];

impl Mapping {
    /// A mapping guessed from the headers: each field takes the first
    /// header that is one of its words, or starts with one ("Montant TVAC
    /// (€)" is the amount); each header gives at most one field.
    pub fn guess(headers: &[String]) -> Mapping {
        let folded: Vec<String> = headers.iter().map(|h| fold(h)).collect();
        let mut taken = vec![false; headers.len()];
        let mut fields = BTreeMap::new();
        // Exact words first, then prefixes.
        for exact in [true, false] {
            for (field, words) in WORDS {
                if fields.contains_key(field) {
                    continue;
                }
                let found = folded.iter().enumerate().position(|(i, h)| {
                    !taken[i]
                        && words.iter().any(|w| {
                            if exact {
                                h == w
                            } else {
                                w.len() > 2
                                    && h.strip_prefix(w).is_some_and(|rest| rest.starts_with(' '))
                            }
                        })
                });
                if let Some(i) = found {
                    taken[i] = true;
                    fields.insert(
                        field.to_string(),
                        FieldSource::Column(headers[i].trim().to_string()),
                    );
                }
            }
        }
        Mapping { fields }
    }

    /// `field` is read from the column `header`.
    pub fn column(mut self, field: &str, header: &str) -> Mapping {
        self.fields
            .insert(field.to_string(), FieldSource::Column(header.to_string()));
        self
    }

    /// `field` has `value` on every row.
    pub fn fixed(mut self, field: &str, value: &str) -> Mapping {
        self.fields
            .insert(field.to_string(), FieldSource::Fixed(value.to_string()));
        self
    }

    /// The column of a field, if it is read from one.
    pub fn column_of(&self, field: &str) -> Option<&str> {
        match self.fields.get(field) {
            Some(FieldSource::Column(c)) => Some(c),
            _ => None,
        }
    }

    /// Every field the mapping names is one of `FIELDS` and every column it
    /// names is in `headers` (compared without case, accents or spaces).
    pub fn validate(&self, headers: &[String]) -> Result<(), ReadError> {
        for (field, src) in &self.fields {
            if !FIELDS.contains(&field.as_str()) {
                return Err(ReadError::UnknownField {
                    field: field.clone(),
                });
            }
            if let FieldSource::Column(c) = src
                && header_index(headers, c).is_none()
            {
                return Err(ReadError::UnknownColumn {
                    field: field.clone(),
                    column: c.clone(),
                });
            }
        }
        Ok(())
    }
}

fn header_index(headers: &[String], column: &str) -> Option<usize> {
    let want = fold(column);
    headers
        .iter()
        .position(|h| h.trim() == column.trim())
        .or_else(|| headers.iter().position(|h| fold(h) == want))
}

fn set(row: &mut RawRow, field: &str, value: String) {
    let slot = match field {
        "year" => &mut row.year,
        "phase" => &mut row.phase,
        "source" => &mut row.source,
        "axis" => &mut row.axis,
        "measure" => &mut row.measure,
        "action" => &mut row.action,
        "date" => &mut row.date,
        "supplier" => &mut row.supplier,
        "invoice" => &mut row.invoice,
        "label" => &mut row.label,
        "amount" => &mut row.amount,
        "note" => &mut row.note,
        "reason" => &mut row.reason,
        _ => return,
    };
    *slot = value;
}

/// A sheet as text: its header and its rows with the line a spreadsheet
/// shows (1-based, the header's line counted).
struct Sheet {
    headers: Vec<String>,
    rows: Vec<(usize, Vec<String>)>,
}

fn csv_sheet(bytes: &[u8]) -> Result<Sheet, ReadError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|_| ReadError::NotUtf8)?;
    // The separator: the most frequent of ; , and tab on the first line.
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let count = |c: char| first.chars().filter(|x| *x == c).count();
    let delimiter = [b';', b',', b'\t']
        .into_iter()
        .max_by_key(|d| (count(*d as char), matches!(d, b';')))
        .unwrap_or(b';');
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut headers: Option<Vec<String>> = None;
    let mut rows = Vec::new();
    for rec in reader.records() {
        let rec = rec.map_err(|e| ReadError::Csv {
            line: e.position().map_or(0, |p| p.line() as usize),
        })?;
        // The csv crate does not count blank lines: count the newlines.
        let line = rec.position().map_or(0, |p| {
            // A record's position may be that of the blank lines before it.
            let b = text.as_bytes();
            let mut at = (p.byte() as usize).min(b.len());
            while at < b.len() && matches!(b[at], b'\n' | b'\r') {
                at += 1;
            }
            b[..at].iter().filter(|b| **b == b'\n').count() + 1
        });
        let cells: Vec<String> = rec.iter().map(|c| c.trim().to_string()).collect();
        if cells.iter().all(String::is_empty) {
            continue;
        }
        if headers.is_none() {
            headers = Some(cells);
            continue;
        }
        if rows.len() >= MAX_ROWS {
            return Err(ReadError::TooManyRows { max: MAX_ROWS });
        }
        rows.push((line, cells));
    }
    Ok(Sheet {
        headers: headers.ok_or(ReadError::Empty)?,
        rows,
    })
}

/// A number from a workbook cell as the text of an amount, exact to the
/// cent: 42320.96 (stored as 42320.959999…) is "42320.96". A number with
/// more than two decimals is written with at least four, so that reading
/// it says "too many decimals" (three alone would be ambiguous).
pub fn number_text(x: f64) -> String {
    if !x.is_finite() {
        return x.to_string();
    }
    if x.fract() == 0.0 && x.abs() < 1e15 {
        return format!("{}", x as i64);
    }
    let shortest = format!("{x}");
    let decimals = shortest.split_once('.').map_or(0, |(_, f)| f.len());
    if decimals <= 2 {
        return shortest;
    }
    // Float noise from a formula (0.1 + 0.2): as good as two decimals.
    let cents = (x * 100.0).round();
    if ((cents / 100.0) - x).abs() <= x.abs().max(1.0) * 1e-12 {
        return format!("{:.2}", cents / 100.0);
    }
    if decimals == 3 {
        format!("{shortest}0")
    } else {
        shortest
    }
}

fn xlsx_sheet(bytes: &[u8]) -> Result<Sheet, ReadError> {
    use calamine::{Data, Reader};
    let mut book = calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes))
        .map_err(|_| ReadError::NotAWorkbook)?;
    let range = match book.worksheet_range_at(0) {
        Some(Ok(r)) => r,
        Some(Err(_)) => return Err(ReadError::NotAWorkbook),
        None => return Err(ReadError::Empty),
    };
    let first_row = range.start().map_or(0, |(r, _)| r) as usize;
    let first_col = range.start().map_or(0, |(_, c)| c) as usize;
    let mut headers: Option<Vec<String>> = None;
    let mut rows = Vec::new();
    for (i, cells) in range.rows().enumerate() {
        let mut text: Vec<String> = vec![String::new(); first_col];
        text.extend(cells.iter().map(|c| match c {
            Data::Empty => String::new(),
            Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.trim().to_owned(),
            Data::Int(n) => n.to_string(),
            Data::Float(x) => number_text(*x),
            Data::Bool(b) => b.to_string(),
            Data::DateTime(d) => {
                let (y, m, day, ..) = d.to_ymd_hms_milli();
                chrono::NaiveDate::from_ymd_opt(i32::from(y), u32::from(m), u32::from(day))
                    .map_or_else(|| number_text(d.as_f64()), |d| d.to_string())
            }
            Data::Error(e) => format!("#{e:?}"),
        }));
        if text.iter().all(String::is_empty) {
            continue;
        }
        let line = first_row + i + 1;
        if headers.is_none() {
            headers = Some(text);
            continue;
        }
        if rows.len() >= MAX_ROWS {
            return Err(ReadError::TooManyRows { max: MAX_ROWS });
        }
        rows.push((line, text));
    }
    Ok(Sheet {
        headers: headers.ok_or(ReadError::Empty)?,
        rows,
    })
}

fn sheet(bytes: &[u8], kind: FileKind) -> Result<Sheet, ReadError> {
    match kind {
        FileKind::Csv => csv_sheet(bytes),
        FileKind::Xlsx => xlsx_sheet(bytes),
    }
}

/// The headers of a file (its first non-empty line), to guess or choose a
/// mapping.
pub fn headers(bytes: &[u8], kind: FileKind) -> Result<Vec<String>, ReadError> {
    Ok(sheet(bytes, kind)?.headers)
}

/// Every row of a file as a `RawRow` through the mapping, with its line
/// (the header is line 1). Empty lines are skipped.
pub fn read(
    bytes: &[u8],
    kind: FileKind,
    mapping: &Mapping,
) -> Result<Vec<(usize, RawRow)>, ReadError> {
    let sheet = sheet(bytes, kind)?;
    mapping.validate(&sheet.headers)?;
    if sheet.rows.is_empty() {
        return Err(ReadError::Empty);
    }
    let plan: Vec<(&str, Result<usize, &str>)> = mapping
        .fields
        .iter()
        .map(|(f, src)| {
            let at = match src {
                FieldSource::Column(c) => {
                    Ok(header_index(&sheet.headers, c).expect("validated above"))
                }
                FieldSource::Fixed(v) => Err(v.as_str()),
            };
            (f.as_str(), at)
        })
        .collect();
    Ok(sheet
        .rows
        .into_iter()
        .map(|(line, cells)| {
            let mut row = RawRow::default();
            for (field, at) in &plan {
                let value = match at {
                    Ok(i) => cells.get(*i).cloned().unwrap_or_default(),
                    Err(v) => v.to_string(),
                };
                set(&mut row, field, value);
            }
            (line, row)
        })
        .collect())
}

/// Checks every row against the plan: the good rows and every bad row with
/// its line and all its problems.
pub type Checked = (Vec<(usize, NewRow)>, Vec<(usize, Vec<FieldProblem>)>);

pub fn check_all(plan: &Plan, rows: &[(usize, RawRow)]) -> Checked {
    let mut good = Vec::new();
    let mut bad = Vec::new();
    for (line, raw) in rows {
        match raw.check(plan) {
            Ok(r) => good.push((*line, r)),
            Err(p) => bad.push((*line, p)),
        }
    }
    (good, bad)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::budget::{AmountProblem, Phase, RowProblem};

    fn plan() -> &'static Plan {
        crate::plan::shipped("brussels").unwrap()
    }

    fn hs(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn headers_in_three_languages_are_recognised() {
        let m = Mapping::guess(&hs(&[
            "Année",
            "Mesure",
            "Fournisseur",
            "Montant TVAC (€)",
            "Libellé",
            "Source de financement",
        ]));
        assert_eq!(m.column_of("year"), Some("Année"));
        assert_eq!(m.column_of("measure"), Some("Mesure"));
        assert_eq!(m.column_of("supplier"), Some("Fournisseur"));
        assert_eq!(m.column_of("amount"), Some("Montant TVAC (€)"));
        assert_eq!(m.column_of("label"), Some("Libellé"));
        assert_eq!(m.column_of("source"), Some("Source de financement"));
        assert_eq!(m.column_of("phase"), None);
        let m = Mapping::guess(&hs(&["Jaar", "Maatregel", "Leverancier", "Bedrag", "Bron"]));
        assert_eq!(m.column_of("amount"), Some("Bedrag"));
        assert_eq!(m.column_of("supplier"), Some("Leverancier"));
        assert_eq!(m.column_of("source"), Some("Bron"));
        let m = Mapping::guess(&hs(&["Axis", "Amount", "Supplier", "Invoice", "Phase"]));
        assert_eq!(m.column_of("axis"), Some("Axis"));
        assert_eq!(m.column_of("invoice"), Some("Invoice"));
        assert_eq!(m.column_of("phase"), Some("Phase"));
    }

    const CSV: &str = "\u{feff}Mesure;Action;Fournisseur;Libellé;Montant;Source\n\
        1;printemps-numerique;Cellule;Participation au Printemps Numérique;42.320,96;cirb-other\n\
        \n\
        2;;easy.brussels;Sensibilisation;100 000;easy-brussels\n";

    fn mapping() -> Mapping {
        Mapping::guess(&hs(&[
            "Mesure",
            "Action",
            "Fournisseur",
            "Libellé",
            "Montant",
            "Source",
        ]))
        .fixed("year", "2021")
        .fixed("phase", "actual")
    }

    #[test]
    fn a_csv_with_semicolons_and_a_bom_is_read_with_its_lines() {
        let rows = read(CSV.as_bytes(), FileKind::Csv, &mapping()).unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].0, 2);
        assert_eq!(rows[1].0, 4, "the empty line counts in the numbering");
        assert_eq!(rows[0].1.amount, "42.320,96");
        assert_eq!(rows[0].1.year, "2021");
        let (good, bad) = check_all(plan(), &rows);
        assert!(bad.is_empty(), "{bad:?}");
        assert_eq!(good[0].1.amount_cents, 4_232_096);
        assert_eq!(good[0].1.phase, Phase::Actual);
        assert_eq!(good[1].1.amount_cents, 10_000_000);
        assert_eq!(good[1].1.axis, "sensibiliser");
    }

    #[test]
    fn a_csv_with_commas_is_read() {
        let csv = "Year,Phase,Source,Measure,Label,Amount\n\
            2021,actual,cirb-pan,1,\"Campaign, online\",\"1,234.50\"\n";
        let m = Mapping::guess(&hs(&[
            "Year", "Phase", "Source", "Measure", "Label", "Amount",
        ]));
        assert_eq!(headers(csv.as_bytes(), FileKind::Csv).unwrap().len(), 6);
        let rows = read(csv.as_bytes(), FileKind::Csv, &m).unwrap();
        assert_eq!(rows[0].1.label, "Campaign, online");
        let (good, bad) = check_all(plan(), &rows);
        assert!(bad.is_empty());
        assert_eq!(good[0].1.amount_cents, 123_450);
    }

    #[test]
    fn every_bad_row_is_reported_with_its_line_and_field() {
        let csv = "Année;Phase;Source;Mesure;Libellé;Montant\n\
            2021;actual;cirb-pan;1;ok;42320,96\n\
            2021;actual;cirb-pan;1;negative;-5,00\n\
            2021;actual;cirb-pan;1;three decimals;12,3456\n\
            2021;actual;cirb-pan;1;ambiguous;1.234\n\
            2021;actual;cirb-nope;1;unknown source;10\n\
            2021;actual;cirb-pan;18;unknown measure;10\n\
            2021;actual;cirb-pan;1;thousands;1.234.567,89\n\
            2021;actual;cirb-pan;1;comma;1234,5\n\
            2021;actual;cirb-pan;1;point;1234.5\n\
            2021;actual;cirb-pan;1;bad thousands;12.34.567\n";
        let m = Mapping::guess(
            &csv::ReaderBuilder::new()
                .delimiter(b';')
                .from_reader(csv.as_bytes())
                .headers()
                .unwrap()
                .iter()
                .map(String::from)
                .collect::<Vec<_>>(),
        );
        let rows = read(csv.as_bytes(), FileKind::Csv, &m).unwrap();
        let (good, bad) = check_all(plan(), &rows);
        let cents: Vec<i64> = good.iter().map(|(_, r)| r.amount_cents).collect();
        assert_eq!(cents, [4_232_096, 123_456_789, 123_450, 123_450]);
        let found: Vec<(usize, &str, RowProblem)> = bad
            .iter()
            .map(|(l, p)| {
                assert_eq!(p.len(), 1, "{p:?}");
                (*l, p[0].field, p[0].problem.clone())
            })
            .collect();
        assert_eq!(
            found,
            [
                (3, "amount", RowProblem::Amount(AmountProblem::Negative)),
                (
                    4,
                    "amount",
                    RowProblem::Amount(AmountProblem::TooManyDecimals)
                ),
                (5, "amount", RowProblem::Amount(AmountProblem::Ambiguous)),
                (6, "source", RowProblem::Unknown("cirb-nope".into())),
                (7, "measure", RowProblem::Unknown("18".into())),
                (11, "amount", RowProblem::Amount(AmountProblem::NotAnAmount)),
            ]
        );
    }

    #[test]
    fn a_mapping_must_name_real_fields_and_columns() {
        let m = mapping().column("amount", "Prix");
        assert_eq!(
            read(CSV.as_bytes(), FileKind::Csv, &m),
            Err(ReadError::UnknownColumn {
                field: "amount".into(),
                column: "Prix".into()
            })
        );
        let m = mapping().fixed("colour", "red");
        assert_eq!(
            read(CSV.as_bytes(), FileKind::Csv, &m),
            Err(ReadError::UnknownField {
                field: "colour".into()
            })
        );
        assert_eq!(
            read(b"\xff\xfeM\x00", FileKind::Csv, &m),
            Err(ReadError::NotUtf8)
        );
        assert_eq!(
            read(b"Montant\n", FileKind::Csv, &Mapping::default()),
            Err(ReadError::Empty)
        );
        assert_eq!(
            read(b"not a zip", FileKind::Xlsx, &Mapping::default()),
            Err(ReadError::NotAWorkbook)
        );
    }

    #[test]
    fn numbers_from_workbook_cells_are_exact_to_the_cent() {
        assert_eq!(number_text(42320.96), "42320.96");
        assert_eq!(number_text(786.5), "786.5");
        assert_eq!(number_text(3_656_819.8), "3656819.8");
        assert_eq!(number_text(2021.0), "2021");
        assert_eq!(number_text(0.1 + 0.2), "0.30");
        assert_eq!(number_text(12.345), "12.3450");
        assert_eq!(number_text(1.23456), "1.23456");
        assert_eq!(
            crate::budget::parse_amount(&number_text(12.345), false),
            Err(AmountProblem::TooManyDecimals)
        );
        assert_eq!(
            crate::budget::parse_amount(&number_text(42320.96), false),
            Ok(4_232_096)
        );
    }
}
