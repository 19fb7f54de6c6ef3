//! XLSForm files (issue 12): a questionnaire written as an `.xlsx` workbook
//! with the `survey`, `choices` and `settings` sheets (`rust_xlsxwriter`),
//! and a workbook read back into a questionnaire (`calamine`; XLSX, XLS or
//! ODS). The mapping itself is `domain::survey::xlsform`, pure.

use domain::survey::Questionnaire;
use domain::survey::xlsform::{self, Sheets, XlsFormError};
use rust_xlsxwriter::{Format as XlsxFormat, Workbook, XlsxError};

/// The content type of the files written here.
pub const CONTENT_TYPE: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// More rows than any questionnaire has: a bigger sheet is refused before
/// it is read into memory as text.
pub const MAX_ROWS: usize = 5_000;

/// Why a file is not a questionnaire.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// Not a workbook that calamine can open (XLSX, XLS, ODS).
    NotAWorkbook,
    /// A sheet has more than [`MAX_ROWS`] rows.
    TooManyRows { sheet: &'static str },
    /// The workbook is an XLSForm with these problems.
    Form(Vec<XlsFormError>),
}

/// The file name of a questionnaire's XLSForm: `epn-visitors-2021.1.xlsx`.
pub fn file_name(form: &Questionnaire) -> String {
    let clean = |s: &str| -> String {
        s.chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '-' || c == '.' || c == '_' {
                    c
                } else {
                    '_'
                }
            })
            .collect()
    };
    format!("{}-{}.xlsx", clean(&form.form_id), clean(&form.version))
}

/// The questionnaire as an XLSForm workbook: every cell written as text (a
/// version `2021.1` stays text, a formula is never written), header rows in
/// bold and frozen.
pub fn export(form: &Questionnaire) -> Result<Vec<u8>, XlsxError> {
    write_sheets(&xlsform::to_sheets(form))
}

/// The three sheets as a workbook.
pub fn write_sheets(sheets: &Sheets) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let bold = XlsxFormat::new().set_bold();
    for (name, rows) in [
        ("survey", &sheets.survey),
        ("choices", &sheets.choices),
        ("settings", &sheets.settings),
    ] {
        let sheet = book.add_worksheet();
        sheet.set_name(name)?;
        for (r, row) in rows.iter().enumerate() {
            for (c, text) in row.iter().enumerate() {
                if text.is_empty() {
                    continue;
                }
                if r == 0 {
                    sheet.write_string_with_format(r as u32, c as u16, text, &bold)?;
                } else {
                    sheet.write_string(r as u32, c as u16, text)?;
                }
            }
        }
        sheet.set_freeze_panes(1, 0)?;
        sheet.autofit();
    }
    book.save_to_buffer()
}

/// The `survey`, `choices` and `settings` sheets of a workbook (names
/// compared without case; a missing sheet is empty), with every cell as
/// text at the row and column a spreadsheet shows it.
pub fn read_sheets(bytes: &[u8]) -> Result<Sheets, ImportError> {
    use calamine::{Data, Reader};
    let mut book = calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes))
        .map_err(|_| ImportError::NotAWorkbook)?;
    let names = book.sheet_names();
    let mut sheets = Sheets::default();
    for (wanted, slot) in [
        ("survey", &mut sheets.survey),
        ("choices", &mut sheets.choices),
        ("settings", &mut sheets.settings),
    ] {
        let Some(name) = names.iter().find(|n| n.trim().eq_ignore_ascii_case(wanted)) else {
            continue;
        };
        let range = book
            .worksheet_range(name)
            .map_err(|_| ImportError::NotAWorkbook)?;
        let (first_row, first_col) = range
            .start()
            .map_or((0, 0), |(r, c)| (r as usize, c as usize));
        if first_row + range.height() > MAX_ROWS {
            return Err(ImportError::TooManyRows { sheet: wanted });
        }
        // Rows and columns before the used range are empty, so that row
        // numbers are those a person sees.
        slot.resize(first_row, Vec::new());
        for cells in range.rows() {
            let mut row = vec![String::new(); first_col];
            row.extend(cells.iter().map(|c| match c {
                Data::Empty => String::new(),
                Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
                Data::Int(n) => n.to_string(),
                Data::Float(x) if x.fract() == 0.0 && x.abs() < 1e15 => format!("{}", *x as i64),
                Data::Float(x) => x.to_string(),
                Data::Bool(b) => b.to_string(),
                Data::DateTime(d) => d.as_f64().to_string(),
                Data::Error(e) => format!("#{e:?}"),
            }));
            slot.push(row);
        }
    }
    Ok(sheets)
}

/// The questionnaire of an XLSForm workbook, or why not.
pub fn import(bytes: &[u8]) -> Result<Questionnaire, ImportError> {
    let sheets = read_sheets(bytes)?;
    xlsform::from_sheets(&sheets).map_err(ImportError::Form)
}
