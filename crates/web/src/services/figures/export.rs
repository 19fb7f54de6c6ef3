//! A figure as a file: CSV and spreadsheet (XLSX) with a header row, a row
//! per category, the total, and the respondents and source as a last row.
//! CSV cells go through the domain's formula rule ([`domain::text::csv_cell`]).

use domain::Lang;
use domain::export::{Cell, Table};
use domain::statistics::{FigureTable, Value};
use rust_xlsxwriter::{Format as XlsxFormat, Workbook, XlsxError};

use crate::i18n::{t, t_args};
use crate::ui::figures::{label_text, number_plain, unit_suffix};

/// The figure as a table: `code`, the dimension, then one column per value
/// column (its unit in the header); hidden values say so, unknown ones are empty.
pub fn table(lang: Lang, figure: &FigureTable, small_cell: i64) -> Table {
    let mut header = vec!["code".to_owned(), t(lang, &figure.dimension_key)];
    header.extend(
        figure
            .columns
            .iter()
            .map(|c| format!("{}{}", t(lang, &c.label_key), unit_suffix(c.unit))),
    );
    let values = |vs: &[Value]| -> Vec<Cell> {
        figure
            .columns
            .iter()
            .zip(vs)
            .map(|(c, v)| match v {
                Value::Number(n) => match c.unit {
                    domain::statistics::Unit::Count => Cell::Integer(*n),
                    u => Cell::Number(number_plain(u, *n)),
                },
                Value::Suppressed => Cell::text(t(lang, "figures-hidden")),
                Value::Missing => Cell::Empty,
            })
            .collect()
    };
    let mut rows: Vec<Vec<Cell>> = figure
        .rows
        .iter()
        .map(|r| {
            let mut row = vec![
                Cell::text(r.code.clone()),
                Cell::text(label_text(lang, &r.label)),
            ];
            row.extend(values(&r.values));
            row
        })
        .collect();
    if let Some(total) = &figure.total {
        let mut row = vec![Cell::text("total"), Cell::text(t(lang, "figures-total"))];
        row.extend(values(total));
        rows.push(row);
    }
    let mut about = Vec::new();
    if let Some(n) = figure.respondents {
        about.push(t_args(
            lang,
            "figures-respondents",
            &[("count", crate::i18n::Arg::Number(n))],
        ));
    }
    if let Some(s) = &figure.source {
        about.push(format!("{} {s}", t(lang, "figures-source")));
    }
    if figure
        .rows
        .iter()
        .flat_map(|r| &r.values)
        .any(|v| *v == Value::Suppressed)
    {
        about.push(t_args(
            lang,
            "figures-hidden-export-note",
            &[("threshold", crate::i18n::Arg::Number(small_cell))],
        ));
    }
    if !about.is_empty() {
        rows.push(vec![Cell::text("about"), Cell::text(about.join(" "))]);
    }
    Table { header, rows }
}

/// The figure as CSV (`small_cell`: the threshold the note on hidden values names).
pub fn csv(lang: Lang, figure: &FigureTable, small_cell: i64) -> String {
    table(lang, figure, small_cell).to_csv()
}

/// The figure as a spreadsheet: one sheet named after the figure, a bold
/// frozen header row, numbers typed. Text is written as text, never as a formula.
pub fn xlsx(lang: Lang, figure: &FigureTable, small_cell: i64) -> Result<Vec<u8>, XlsxError> {
    let table = table(lang, figure, small_cell);
    let mut book = Workbook::new();
    let bold = XlsxFormat::new().set_bold();
    let sheet = book.add_worksheet();
    // A sheet name has at most 31 characters and none of []:*?/\ (ids are kebab-case).
    let name: String = figure
        .id
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .take(31)
        .collect();
    sheet.set_name(if name.is_empty() { "figure" } else { &name })?;
    crate::services::exports::write_sheet(sheet, &table, &bold)?;
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofit();
    book.save_to_buffer()
}

/// A figure's file: its format, from the last part of its address
/// (`activity-themes.csv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Csv,
    Xlsx,
}

impl Kind {
    /// The table id and the format of a file name; `None` for another extension.
    pub fn of_file(file: &str) -> Option<(&str, Kind)> {
        if let Some(id) = file.strip_suffix(".csv") {
            Some((id, Kind::Csv))
        } else {
            file.strip_suffix(".xlsx").map(|id| (id, Kind::Xlsx))
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            Kind::Csv => "text/csv; charset=utf-8",
            Kind::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        }
    }

    /// The file's bytes.
    pub fn render(
        self,
        lang: Lang,
        figure: &FigureTable,
        small_cell: i64,
    ) -> Result<Vec<u8>, XlsxError> {
        match self {
            Kind::Csv => Ok(csv(lang, figure, small_cell).into_bytes()),
            Kind::Xlsx => xlsx(lang, figure, small_cell),
        }
    }

    /// The name a browser saves it under: `{id}-{period}.csv`.
    pub fn file_name(self, figure: &FigureTable, period: &str) -> String {
        let ext = match self {
            Kind::Csv => "csv",
            Kind::Xlsx => "xlsx",
        };
        let safe = |s: &str| {
            s.chars()
                .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
                .collect::<String>()
        };
        format!("{}-{}.{ext}", safe(&figure.id), safe(period))
    }
}

#[cfg(test)]
mod tests {
    use domain::statistics::{Column, Label, Row, Unit};

    use super::*;

    fn figure() -> FigureTable {
        FigureTable {
            id: "activity-places".into(),
            title_key: "figures-title".into(),
            dimension_key: "figures-title".into(),
            columns: vec![
                Column {
                    code: "people".into(),
                    label_key: "figures-title".into(),
                    unit: Unit::Count,
                },
                Column {
                    code: "share".into(),
                    label_key: "figures-title".into(),
                    unit: Unit::PerMille,
                },
            ],
            rows: vec![
                Row {
                    code: "1".into(),
                    label: Label::Text("=HYPERLINK(\"http://x\")".into()),
                    values: vec![Value::Number(40), Value::Number(800)],
                },
                Row {
                    code: "2".into(),
                    label: Label::Text("Koekeltech".into()),
                    values: vec![Value::Suppressed, Value::Suppressed],
                },
                Row {
                    code: "3".into(),
                    label: Label::Text("Other".into()),
                    values: vec![Value::Missing, Value::Missing],
                },
            ],
            total: Some(vec![Value::Number(50), Value::Number(1000)]),
            respondents: Some(12),
            source: Some("Rapport 2021".into()),
        }
    }

    #[test]
    fn the_csv_has_a_header_the_rows_the_total_and_the_respondents_and_no_formula() {
        let csv = csv(Lang::En, &figure(), 5);
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines.len(), 6, "{csv}");
        assert!(lines[0].starts_with("\"code\","), "{csv}");
        assert!(lines[0].ends_with(" (%)\""), "{csv}");
        assert!(
            lines[1].contains("\"'=HYPERLINK"),
            "a formula is neutralised: {csv}"
        );
        assert!(lines[1].contains("\"40\",\"80\""), "{csv}");
        assert!(lines[2].contains("\"hidden\",\"hidden\""), "{csv}");
        assert!(lines[3].ends_with("\"Other\",\"\",\"\""), "{csv}");
        assert!(lines[4].starts_with("\"total\""), "{csv}");
        assert!(
            lines[5].contains("12") && lines[5].contains("Rapport 2021"),
            "{csv}"
        );
    }

    #[test]
    fn the_spreadsheet_is_written() {
        let bytes = xlsx(Lang::Fr, &figure(), 5).unwrap();
        assert_eq!(&bytes[..2], b"PK");
    }
}
