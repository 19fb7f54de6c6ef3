//! Activity records from an EPN's own spreadsheet (CSV or XLSX): a template
//! to download, an upload whose every row is checked by the form's own rules
//! (`check` of the support and workshop forms: the domain's `validate`, the
//! place one of the importer's, the redirection a place of the directory),
//! each bad row reported with its line, column and what is expected; then
//! all rows written in one transaction — or none, unless the importer chose
//! to import the good rows only.

use std::collections::BTreeMap;

use axum::extract::multipart::MultipartRejection;
use axum::extract::{DefaultBodyLimit, Multipart, RawQuery, State};
use axum::handler::Handler;
use axum::http::StatusCode;
use domain::Lang;
use domain::activity::import::{
    Columns, ImportKind, MAX_ROWS, Sheet, SheetProblem, column_of_field, csv_sheet, finish,
    push_row, support_draft, workshop_draft,
};
use domain::activity::workshop::Breakdown;
use domain::activity::{Autonomy, Equipment, Location, themes};
use domain::diagnostic::Level;
use maud::{Markup, html};
use store::accounts::User;

use super::{RECORDERS, my_places, place_name, query_value, theme_label};
use crate::AppState;
use crate::auth::{Ctx, csrf_field};
use crate::i18n::{t, t_args};
use crate::routes::Routes;
use crate::ui::form::{FieldError, error_summary_titled, field};
use crate::ui::layout::back_office_page;
use crate::ui::{PageError, PageLang, PageResult};

/// The largest file accepted.
const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;

pub fn routes() -> Routes {
    Routes::new()
        .get("/{lang}/bo/activity/import", RECORDERS, form_page)
        .get("/{lang}/bo/activity/import/template", RECORDERS, template)
        .post(
            "/{lang}/bo/activity/import",
            RECORDERS,
            upload.layer(DefaultBodyLimit::max(MAX_FILE_BYTES + 64 * 1024)),
        )
        .get("/{lang}/bo/activity/import/done/{id}", RECORDERS, done_page)
}

/// What was chosen on the form (kept to show it again).
struct Choice {
    kind: ImportKind,
    good_only: bool,
}

/// A bad row's problem: the spreadsheet's line, the column, the value and
/// the form's message.
#[derive(serde::Serialize, serde::Deserialize)]
struct Problem {
    line: u64,
    column: String,
    value: String,
    message: String,
}

/// A row that passed every rule, ready to be written.
enum Good {
    Support(i64, domain::activity::Support),
    Workshop(i64, domain::activity::workshop::Workshop),
}

fn is_count_column(column: &str) -> bool {
    Breakdown::ALL
        .iter()
        .any(|b| b.categories().iter().any(|c| b.field(c) == column))
}

/// A column's name in the reader's language (a breakdown's box as on the form).
fn column_label(lang: Lang, column: &str) -> String {
    if is_count_column(column) {
        return t(lang, &format!("workshop-{column}"));
    }
    t(lang, &format!("activity-import-col-{column}"))
}

/// What to write in a column, in the reader's language.
fn expected(lang: Lang, column: &str) -> String {
    if is_count_column(column) {
        return t(lang, "activity-import-expect-count");
    }
    match column {
        "(row)" => t(lang, "activity-import-expect-row"),
        c => t(lang, &format!("activity-import-expect-{c}")),
    }
}

/// The cells of the template's example row.
fn example(state: &AppState, lang: Lang, user: &User, kind: ImportKind) -> Vec<String> {
    let place = my_places(state, user)
        .first()
        .map(|p| p.0.to_string())
        .unwrap_or_default();
    let today = state.today().to_string();
    match kind {
        ImportKind::Support => vec![
            place,
            today,
            "30".into(),
            "place".into(),
            "email online-procedures".into(),
            "computer".into(),
            "helped".into(),
            String::new(),
            t(lang, "activity-import-example-redirect"),
        ],
        ImportKind::Workshop => {
            let mut row = vec![
                place,
                today,
                t(lang, "activity-import-example-title"),
                "90".into(),
                "beginner".into(),
                "email".into(),
                "6".into(),
            ];
            for b in Breakdown::ALL {
                for (i, _) in b.categories().iter().enumerate() {
                    row.push(match (b, i) {
                        (Breakdown::Gender, 0) => "4".into(),
                        (Breakdown::Gender, 1) => "2".into(),
                        (Breakdown::Gender, _) => "0".into(),
                        _ => String::new(),
                    });
                }
            }
            row
        }
    }
}

/// `?kind=support|workshop&format=csv|xlsx`: the columns and one example row.
async fn template(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    RawQuery(raw): RawQuery,
    ctx: Ctx,
) -> PageResult {
    let user = ctx.user()?;
    let kind = query_value(&raw, "kind")
        .and_then(|k| ImportKind::parse(&k))
        .unwrap_or(ImportKind::Support);
    let header = kind.columns();
    let row = example(&state, lang, user, kind);
    let name = format!("passerelle-activity-{}", kind.code());
    if query_value(&raw, "format").as_deref() == Some("xlsx") {
        let bytes = xlsx_template(&header, &row).map_err(PageError::internal)?;
        return Ok(crate::ui::download::attachment(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            &format!("{name}.xlsx"),
            bytes,
        ));
    }
    let table = domain::export::Table {
        header: header.clone(),
        rows: vec![
            row.iter()
                .map(|c| domain::export::Cell::text(c.clone()))
                .collect(),
        ],
    };
    // A byte-order mark: spreadsheets then read the file as UTF-8.
    let bytes = format!("\u{feff}{}", table.to_csv()).into_bytes();
    Ok(crate::ui::download::attachment(
        "text/csv; charset=utf-8",
        &format!("{name}.csv"),
        bytes,
    ))
}

fn xlsx_template(header: &[String], row: &[String]) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let bold = rust_xlsxwriter::Format::new().set_bold();
    let sheet = book.add_worksheet();
    sheet.set_name("activity")?;
    for (c, h) in header.iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, h, &bold)?;
    }
    for (c, v) in row.iter().enumerate() {
        match v.parse::<u32>() {
            // Place ids, minutes and counts as numbers, as a spreadsheet would have them.
            Ok(n) => sheet.write_number(1, c as u16, f64::from(n))?,
            Err(_) => sheet.write_string(1, c as u16, v)?,
        };
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofit();
    book.save_to_buffer()
}

/// An Excel serial day (1900 system, or 1904) as a date.
fn excel_date(serial: f64, is_1904: bool) -> Option<chrono::NaiveDate> {
    let epoch = if is_1904 {
        chrono::NaiveDate::from_ymd_opt(1904, 1, 1)?
    } else {
        chrono::NaiveDate::from_ymd_opt(1899, 12, 30)?
    };
    epoch.checked_add_signed(chrono::Duration::days(serial.floor() as i64))
}

/// The first sheet of an XLSX (or ODS, XLS) workbook as text cells; dates as
/// `YYYY-MM-DD`, whole numbers without decimals, formulas by their value.
fn workbook_sheet(bytes: &[u8]) -> Result<Sheet, SheetProblem> {
    use calamine::{Data, Reader};
    let mut book = calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes))
        .map_err(|_| SheetProblem::Empty)?;
    let range = match book.worksheet_range_at(0) {
        Some(Ok(r)) => r,
        _ => return Err(SheetProblem::Empty),
    };
    let first_row = range.start().map_or(0, |(r, _)| r);
    let first_col = range.start().map_or(0, |(_, c)| c) as usize;
    let mut sheet = Sheet::default();
    for (i, cells) in range.rows().enumerate() {
        let mut text: Vec<String> = vec![String::new(); first_col];
        text.extend(cells.iter().map(|c| match c {
            Data::Empty => String::new(),
            Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.trim().to_owned(),
            Data::Int(n) => n.to_string(),
            Data::Float(x) if x.fract() == 0.0 && x.abs() < 1e15 => format!("{}", *x as i64),
            Data::Float(x) => x.to_string(),
            Data::Bool(b) => b.to_string(),
            Data::DateTime(d) => {
                let (y, m, day, ..) = d.to_ymd_hms_milli();
                chrono::NaiveDate::from_ymd_opt(i32::from(y), u32::from(m), u32::from(day))
                    .or_else(|| excel_date(d.as_f64(), false))
                    .map_or_else(|| d.as_f64().to_string(), |d| d.to_string())
            }
            Data::Error(e) => format!("#{e:?}"),
        }));
        // The row number a spreadsheet shows (1-based).
        let line = u64::from(first_row) + i as u64 + 1;
        if sheet.header.is_empty() {
            if text.iter().any(|c| !c.is_empty()) {
                sheet.header = text;
            }
            continue;
        }
        push_row(&mut sheet, line, text)?;
    }
    finish(sheet)
}

/// A workbook (a ZIP: XLSX, ODS) or an old XLS is read as one; anything else as CSV.
fn read_sheet(file_name: &str, bytes: &[u8]) -> Result<Sheet, SheetProblem> {
    let lower = file_name.to_lowercase();
    let workbook = bytes.starts_with(b"PK\x03\x04")
        || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0])
        || [".xlsx", ".xls", ".ods", ".xlsm"]
            .iter()
            .any(|e| lower.ends_with(e));
    if workbook {
        workbook_sheet(bytes)
    } else {
        csv_sheet(bytes)
    }
}

fn sheet_problem(lang: Lang, p: &SheetProblem) -> String {
    match p {
        SheetProblem::Empty => t(lang, "activity-import-error-empty"),
        SheetProblem::Csv { line } => t_args(
            lang,
            "activity-import-error-csv",
            &[("line", (*line as usize).into())],
        ),
        SheetProblem::TooManyRows => t_args(
            lang,
            "activity-import-error-too-many",
            &[("max", MAX_ROWS.into())],
        ),
        SheetProblem::MissingColumns { missing, found } => t_args(
            lang,
            "activity-import-error-columns",
            &[
                ("missing", missing.join(", ").into()),
                ("found", found.join(", ").into()),
            ],
        ),
    }
}

/// Every row checked by the form's rules: the good ones, and the problems.
fn check_rows(
    state: &AppState,
    lang: Lang,
    user: &User,
    sheet: &Sheet,
    cols: &Columns,
    kind: ImportKind,
) -> (Vec<Good>, Vec<Problem>, usize) {
    let mut good = Vec::new();
    let mut problems = Vec::new();
    let mut bad_rows = 0;
    for row in &sheet.rows {
        if cols.overflows(sheet, row) {
            bad_rows += 1;
            problems.push(Problem {
                line: row.line,
                column: "(row)".into(),
                value: row.cells.join(" | ").chars().take(80).collect(),
                message: t(lang, "activity-import-error-overflow"),
            });
            continue;
        }
        let checked = match kind {
            ImportKind::Support => {
                let d = support_draft(cols, row);
                super::check(state, lang, user, &d).map(|(org, s)| Good::Support(org, s))
            }
            ImportKind::Workshop => {
                let d = workshop_draft(cols, row);
                super::workshops::check(state, lang, user, &d, &[])
                    .map(|(org, w)| Good::Workshop(org, w))
            }
        };
        match checked {
            Ok(g) => good.push(g),
            Err(errors) => {
                bad_rows += 1;
                for e in errors {
                    let column = column_of_field(&e.field);
                    problems.push(Problem {
                        line: row.line,
                        value: cols.get(row, &column).to_owned(),
                        column,
                        message: e.message,
                    });
                }
            }
        }
    }
    (good, problems, bad_rows)
}

async fn form_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    ctx: Ctx,
) -> PageResult {
    let choice = Choice {
        kind: ImportKind::Support,
        good_only: false,
    };
    render(&state, lang, &ctx, &choice, &[], Outcome::None)
}

/// What the page shows under the form.
enum Outcome<'a> {
    None,
    /// Rows refused (nothing written).
    Refused {
        problems: &'a [Problem],
        bad_rows: usize,
        rows: usize,
    },
    /// Rows written (and those skipped), read back after the redirect.
    Imported(&'a ImportReport),
}

/// What an import wrote and skipped, kept (an hour, for its importer) so that
/// the page saying it is reached by a GET after the POST: reloading it does
/// not import the file again.
#[derive(serde::Serialize, serde::Deserialize)]
struct ImportReport {
    user_id: i64,
    kind: String,
    good_only: bool,
    written: usize,
    /// (month, place, records, participants), newest month first.
    summary: Vec<(String, String, usize, u32)>,
    workshops: bool,
    problems: Vec<Problem>,
    bad_rows: usize,
    ignored: Vec<String>,
}

/// The folder of kept import reports.
fn reports_dir() -> std::path::PathBuf {
    std::env::temp_dir().join("passerelle-activity-imports")
}

/// Keeps a report; returns its id. Reports older than an hour are removed.
fn save_report(report: &ImportReport) -> std::io::Result<String> {
    let dir = reports_dir();
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(&dir)?;
    if let Ok(entries) = std::fs::read_dir(&dir) {
        for e in entries.flatten() {
            let old = e
                .metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.elapsed().ok())
                .is_some_and(|age| age.as_secs() > 3600);
            if old {
                let _ = std::fs::remove_file(e.path());
            }
        }
    }
    let id = store::accounts::new_secret();
    let bytes = serde_json::to_vec(report).map_err(std::io::Error::other)?;
    std::fs::write(dir.join(format!("{id}.json")), bytes)?;
    Ok(id)
}

/// A kept report of `user_id`; None when unknown, someone else's or gone.
fn load_report(id: &str, user_id: i64) -> Option<ImportReport> {
    if id.len() != 64 || !id.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let bytes = std::fs::read(reports_dir().join(format!("{id}.json"))).ok()?;
    let report: ImportReport = serde_json::from_slice(&bytes).ok()?;
    (report.user_id == user_id).then_some(report)
}

/// The result of an import (after its redirect).
async fn done_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    axum::extract::Path((_, id)): axum::extract::Path<(String, String)>,
    ctx: Ctx,
) -> PageResult {
    let user = ctx.user()?;
    let Some(report) = load_report(&id, user.id) else {
        return Err(PageError::NotFound);
    };
    let choice = Choice {
        kind: ImportKind::parse(&report.kind).unwrap_or(ImportKind::Support),
        good_only: report.good_only,
    };
    render(&state, lang, &ctx, &choice, &[], Outcome::Imported(&report))
}

async fn upload(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    ctx: Ctx,
    multipart: Result<Multipart, MultipartRejection>,
) -> PageResult {
    let user = ctx.user()?;
    let mut choice = Choice {
        kind: ImportKind::Support,
        good_only: false,
    };
    let mut file: Option<(String, Vec<u8>)> = None;
    let mut too_large = false;
    if let Ok(mut m) = multipart {
        loop {
            let field = match m.next_field().await {
                Ok(Some(f)) => f,
                Ok(None) => break,
                Err(e) => {
                    too_large = e.status() == StatusCode::PAYLOAD_TOO_LARGE;
                    break;
                }
            };
            let name = field.name().unwrap_or("").to_owned();
            let file_name = field.file_name().unwrap_or("").to_owned();
            let bytes = match field.bytes().await {
                Ok(b) => b,
                Err(e) => {
                    // Past the body limit, or a broken form (then: no file).
                    too_large = e.status() == StatusCode::PAYLOAD_TOO_LARGE;
                    break;
                }
            };
            match name.as_str() {
                "kind" => {
                    choice.kind = ImportKind::parse(String::from_utf8_lossy(&bytes).trim())
                        .unwrap_or(ImportKind::Support)
                }
                "good_only" => choice.good_only = !bytes.is_empty(),
                "file" if !bytes.is_empty() => file = Some((file_name, bytes.to_vec())),
                _ => {}
            }
        }
    }
    let refuse = |message: String, status: StatusCode| -> PageResult {
        let mut res = render(
            &state,
            lang,
            &ctx,
            &choice,
            &[FieldError::new("file", message)],
            Outcome::None,
        )?;
        *res.status_mut() = status;
        Ok(res)
    };
    if too_large {
        return refuse(
            t_args(
                lang,
                "activity-import-error-too-large",
                &[("mb", (MAX_FILE_BYTES / (1024 * 1024)).into())],
            ),
            StatusCode::PAYLOAD_TOO_LARGE,
        );
    }
    let Some((file_name, bytes)) = file else {
        return refuse(
            t(lang, "activity-import-error-no-file"),
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    };
    let sheet = match read_sheet(&file_name, &bytes) {
        Ok(s) => s,
        Err(p) => return refuse(sheet_problem(lang, &p), StatusCode::UNPROCESSABLE_ENTITY),
    };
    let cols = match Columns::of(&sheet, choice.kind) {
        Ok(c) => c,
        Err(p) => return refuse(sheet_problem(lang, &p), StatusCode::UNPROCESSABLE_ENTITY),
    };
    let (good, problems, bad_rows) = check_rows(&state, lang, user, &sheet, &cols, choice.kind);
    if good.is_empty() || (!problems.is_empty() && !choice.good_only) {
        let summary = t_args(
            lang,
            "activity-import-refused",
            &[("bad", bad_rows.into()), ("rows", sheet.rows.len().into())],
        );
        let mut res = render(
            &state,
            lang,
            &ctx,
            &choice,
            &[FieldError::new("import-problems", summary)],
            Outcome::Refused {
                problems: &problems,
                bad_rows,
                rows: sheet.rows.len(),
            },
        )?;
        *res.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
        return Ok(res);
    }
    let now = state.now().timestamp();
    let actor = Some(user.id);
    match choice.kind {
        ImportKind::Support => {
            let records: Vec<_> = good
                .iter()
                .filter_map(|g| match g {
                    Good::Support(org, s) => Some((*org, s.clone())),
                    Good::Workshop(..) => None,
                })
                .collect();
            state.db.add_supports(&records, actor, now).await?;
        }
        ImportKind::Workshop => {
            let records: Vec<_> = good
                .iter()
                .filter_map(|g| match g {
                    Good::Workshop(org, w) => Some((*org, w.clone())),
                    Good::Support(..) => None,
                })
                .collect();
            state.db.add_workshops(&records, actor, now).await?;
        }
    }
    let (summary, workshops) = summary_rows(&state, &good);
    let report = ImportReport {
        user_id: user.id,
        kind: choice.kind.code().to_owned(),
        good_only: choice.good_only,
        written: good.len(),
        summary,
        workshops,
        problems,
        bad_rows,
        ignored: cols.ignored.clone(),
    };
    let id = save_report(&report).map_err(PageError::internal)?;
    // Post/redirect/get: reloading the result does not import again.
    Ok(axum::response::IntoResponse::into_response(
        axum::response::Redirect::to(&format!("/{}/bo/activity/import/done/{id}", lang.code())),
    ))
}

/// The problems, one item per problem: readable on a phone (no wide table).
fn problems_table(lang: Lang, problems: &[Problem]) -> Markup {
    html! {
        ol.import-problems {
            @for p in problems {
                li {
                    h3 {
                        (t_args(lang, "activity-import-line", &[("line", (p.line as usize).into())]))
                        " – "
                        @if p.column == "(row)" { (t(lang, "activity-import-whole-row")) }
                        @else { bdi { code { (p.column) } } " (" (column_label(lang, &p.column)) ")" }
                    }
                    dl {
                        dt { (t(lang, "activity-import-th-value")) }
                        dd {
                            @if p.value.is_empty() { (t(lang, "activity-import-empty")) }
                            @else { bdi { (p.value.chars().take(80).collect::<String>()) } }
                        }
                        dt { (t(lang, "activity-import-th-problem")) }
                        dd { (p.message) }
                        dt { (t(lang, "activity-import-th-expected")) }
                        dd { (expected(lang, &p.column)) }
                    }
                }
            }
        }
    }
}

/// What was written, by month and place: (month, place, records,
/// participants), newest month first; and whether these are workshops.
fn summary_rows(state: &AppState, written: &[Good]) -> (Vec<(String, String, usize, u32)>, bool) {
    let mut by: BTreeMap<(String, String), (usize, u32)> = BTreeMap::new();
    for g in written {
        let (date, place, people) = match g {
            Good::Support(_, s) => (s.date, s.place_id, 1),
            Good::Workshop(_, w) => (w.date, w.place_id, w.participants),
        };
        let e = by
            .entry((date.format("%Y-%m").to_string(), place_name(state, place)))
            .or_default();
        e.0 += 1;
        e.1 += people;
    }
    let workshops = written.iter().any(|g| matches!(g, Good::Workshop(..)));
    let rows = by
        .into_iter()
        .rev()
        .map(|((month, place), (n, people))| (month, place, n, people))
        .collect();
    (rows, workshops)
}

/// What was written, by month and place: records (and participants).
fn summary_table(lang: Lang, rows: &[(String, String, usize, u32)], workshops: bool) -> Markup {
    html! {
        div.table-scroll tabindex="0" role="region" aria-labelledby="import-summary" {
            table.bo {
                caption { (t(lang, "activity-import-summary-caption")) }
                thead { tr {
                    th scope="col" { (t(lang, "activity-import-th-month")) }
                    th scope="col" { (t(lang, "activity-field-place")) }
                    th scope="col" { (t(lang, "activity-import-th-records")) }
                    @if workshops { th scope="col" { (t(lang, "workshop-col-participants")) } }
                } }
                tbody {
                    @for (month, place, n, people) in rows {
                        tr {
                            th scope="row" { bdi { (month) } }
                            td { (place) }
                            td { bdi { (n) } }
                            @if workshops { td { bdi { (people) } } }
                        }
                    }
                }
            }
        }
    }
}

/// The reference of the columns and their codes, in the reader's language.
fn reference(state: &AppState, lang: Lang, user: &User) -> Markup {
    let code_list = |items: Vec<(String, String)>| -> Markup {
        html! { ul.codes { @for (c, label) in items { li { code { (c) } " – " (label) } } } }
    };
    let places: Vec<(String, String)> = my_places(state, user)
        .into_iter()
        .map(|(id, _, name)| (id.to_string(), name))
        .collect();
    let vocab = |codes: Vec<&str>, prefix: &str| -> Vec<(String, String)> {
        codes
            .into_iter()
            .map(|c| (c.to_owned(), t(lang, &format!("{prefix}{c}"))))
            .collect()
    };
    html! {
        section aria-labelledby="import-columns" {
            h2 #import-columns { (t(lang, "activity-import-columns-title")) }
            p { (t(lang, "activity-import-columns-intro")) }
            @for kind in ImportKind::ALL {
                details {
                    summary { (t(lang, &format!("activity-import-columns-{}", kind.code()))) }
                    dl.import-columns {
                        @for c in kind.columns() {
                            dt { code { (c) } " " (column_label(lang, &c)) }
                            dd { (expected(lang, &c)) }
                        }
                    }
                }
            }
            details {
                summary { (t(lang, "activity-import-codes-places")) }
                (code_list(places))
            }
            details {
                summary { (t(lang, "activity-import-codes-themes")) }
                (code_list(themes().iter().map(|th| (th.code.clone(), theme_label(lang, &th.code))).collect()))
            }
            details {
                summary { (t(lang, "activity-import-codes-other")) }
                h3 { (t(lang, "activity-field-location")) }
                (code_list(vocab(Location::ALL.iter().map(|x| x.code()).collect(), "activity-location-")))
                h3 { (t(lang, "activity-field-equipment")) }
                (code_list(vocab(Equipment::ALL.iter().map(|x| x.code()).collect(), "activity-equipment-")))
                h3 { (t(lang, "activity-field-autonomy")) }
                (code_list(vocab(Autonomy::ALL.iter().map(|x| x.code()).collect(), "activity-autonomy-")))
                h3 { (t(lang, "workshop-field-level")) }
                (code_list(Level::ALL.iter().map(|lv| (lv.code().to_owned(), t(lang, &lv.label_key()))).collect()))
            }
        }
    }
}

fn render(
    state: &AppState,
    lang: Lang,
    ctx: &Ctx,
    choice: &Choice,
    errors: &[FieldError],
    outcome: Outcome<'_>,
) -> PageResult {
    let user = ctx.user()?;
    let l = lang.code();
    let title = t(lang, "activity-import-title");
    // Only the file's own problem goes in the form's field; the rows' are in the table.
    let file_errors: Vec<FieldError> = errors
        .iter()
        .filter(|e| e.field == "file")
        .cloned()
        .collect();
    let body = html! {
        nav.crumbs aria-label=(t(lang, "breadcrumb")) { a href=(format!("/{l}/bo/activity")) { (t(lang, "activity-title")) } }
        h1 { (title) }
        (error_summary_titled(&t(lang, "activity-import-errors-title"), errors))
        @match &outcome {
            Outcome::Imported(r) => {
                section aria-labelledby="import-summary" {
                    div.notice role="status" {
                        p { (t_args(lang, "activity-import-done", &[("count", r.written.into())])) }
                        @if r.bad_rows > 0 { p { (t_args(lang, "activity-import-skipped", &[("bad", r.bad_rows.into())])) } }
                        @if !r.ignored.is_empty() { p { (t_args(lang, "activity-import-ignored", &[("columns", r.ignored.join(", ").into())])) } }
                    }
                    h2 #import-summary { (t(lang, "activity-import-summary-title")) }
                    (summary_table(lang, &r.summary, r.workshops))
                    p { a href=(format!("/{l}/bo/activity")) { (t(lang, "activity-back")) } }
                }
                @if !r.problems.is_empty() {
                    section {
                        h2 #import-problems tabindex="-1" { (t(lang, "activity-import-skipped-title")) }
                        (problems_table(lang, &r.problems))
                    }
                }
            }
            Outcome::Refused { problems, bad_rows, rows } => {
                section {
                    h2 #import-problems tabindex="-1" { (t(lang, "activity-import-problems-title")) }
                    p { (t_args(lang, "activity-import-refused", &[("bad", (*bad_rows).into()), ("rows", (*rows).into())])) }
                    p.hint { (t(lang, "activity-import-fix-hint")) }
                    (problems_table(lang, problems))
                }
            }
            Outcome::None => {}
        }
        p { (t(lang, "activity-import-intro")) }
        section aria-labelledby="import-templates" {
            h2 #import-templates { (t(lang, "activity-import-templates-title")) }
            ul {
                @for kind in ImportKind::ALL {
                    @for format in ["csv", "xlsx"] {
                        li { a href=(format!("/{l}/bo/activity/import/template?kind={}&format={format}", kind.code())) download {
                            (t_args(lang, "activity-import-template-link", &[
                                ("kind", t(lang, &format!("activity-import-kind-{}", kind.code())).into()),
                                ("format", format.to_uppercase().into()),
                            ]))
                        } }
                    }
                }
            }
        }
        h2 #import-form-title { (t(lang, "activity-import-form-title")) }
        form.import method="post" enctype="multipart/form-data" novalidate aria-labelledby="import-form-title"
            action=(format!("/{l}/bo/activity/import?_csrf={}", ctx.csrf())) {
            (csrf_field(ctx))
            fieldset.field {
                legend { (t(lang, "activity-import-field-kind")) }
                @for kind in ImportKind::ALL {
                    @let id = format!("kind-{}", kind.code());
                    div.check {
                        input type="radio" id=(id) name="kind" value=(kind.code()) checked[choice.kind == kind];
                        label for=(id) { (t(lang, &format!("activity-import-kind-{}", kind.code()))) }
                    }
                }
            }
            (field("file", &t(lang, "activity-import-field-file"),
                Some(&t_args(lang, "activity-import-field-file-hint", &[("mb", (MAX_FILE_BYTES / (1024 * 1024)).into())])),
                &file_errors, |aria| html! {
                    input #file name="file" type="file" required
                        accept=".csv,.xlsx,.xls,.ods,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                        aria-invalid=[aria.invalid] aria-describedby=[aria.described_by];
                }))
            div.check {
                input #good_only type="checkbox" name="good_only" value="yes"
                    checked[choice.good_only] aria-describedby="good_only-hint";
                label for="good_only" { (t(lang, "activity-import-field-good-only")) }
            }
            p.hint #good_only-hint { (t(lang, "activity-import-field-good-only-hint")) }
            button type="submit" { (t(lang, "activity-import-button")) }
        }
        (reference(state, lang, user))
    };
    Ok(back_office_page(
        lang,
        ctx,
        &title,
        "/bo/activity/import",
        body,
    ))
}
