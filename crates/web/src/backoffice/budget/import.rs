//! Ledger rows from a spreadsheet (CSV or XLSX), in three steps: upload;
//! the mapping (each field of a row from a column, guessed from the
//! headers, or — for year, phase and source — one value for every row);
//! the preview, where every bad row is reported with its line and field,
//! and the choice: import nothing (fix the file) or import the good rows
//! only. Rows are written all at once or not at all (the store's add is
//! one transaction). The file is kept between the steps on the server, for
//! the person who sent it and an hour at most, as the directory's import
//! does.

use std::path::PathBuf;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::body::Bytes;
use axum::extract::multipart::MultipartRejection;
use axum::extract::{Multipart, Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use domain::Lang;
use domain::budget::{FIELDS, FieldProblem, NewRow, Phase};
use domain::budget_import::{self, FieldSource, FileKind, Mapping, ReadError};
use domain::plan::Plan;
use maud::{Markup, html};
use serde::{Deserialize, Serialize};
use store::budget::Origin;

use super::{budget_nav, plan};
use crate::AppState;
use crate::auth::{Ctx, csrf_field};
use crate::i18n::{t, t_args};
use crate::ui::budget::{axis_name, field_name, measure_name, phase_name, problem_text};
use crate::ui::form::{FieldError, error_summary, field};
use crate::ui::layout::back_office_page;
use crate::ui::{PageError, PageLang, PageResult};

/// The largest file accepted.
pub(super) const MAX_FILE_BYTES: usize = 10 * 1024 * 1024;
/// An upload is kept this long.
const KEEP: Duration = Duration::from_secs(3600);
/// Good rows shown in the preview.
const PREVIEW_ROWS: usize = 20;

#[derive(Serialize, Deserialize)]
struct Kept {
    user_id: i64,
    created: u64,
    file_name: String,
    kind: FileKind,
}

fn root() -> PathBuf {
    std::env::temp_dir().join("passerelle-budget-imports")
}

fn now_secs() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

fn folder(id: &str) -> Option<PathBuf> {
    (id.len() == 64 && id.bytes().all(|b| b.is_ascii_hexdigit())).then(|| root().join(id))
}

fn clean_old() {
    let Ok(entries) = std::fs::read_dir(root()) else {
        return;
    };
    for e in entries.flatten() {
        let old = e
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > KEEP);
        if old {
            let _ = std::fs::remove_dir_all(e.path());
        }
    }
}

fn keep(k: &Kept, bytes: &[u8]) -> std::io::Result<String> {
    clean_old();
    let id = store::accounts::new_secret();
    let dir = root().join(&id);
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    // Only the server's account may read what people upload.
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(&dir)?;
    std::fs::write(dir.join("file"), bytes)?;
    std::fs::write(
        dir.join("meta.json"),
        serde_json::to_vec(k).map_err(std::io::Error::other)?,
    )?;
    Ok(id)
}

/// A kept upload of this person; None when unknown, someone else's or expired.
fn kept(id: &str, user_id: i64) -> Option<(Kept, Vec<u8>)> {
    let dir = folder(id)?;
    let meta: Kept = serde_json::from_slice(&std::fs::read(dir.join("meta.json")).ok()?).ok()?;
    if now_secs().saturating_sub(meta.created) > KEEP.as_secs() {
        let _ = std::fs::remove_dir_all(&dir);
        return None;
    }
    if meta.user_id != user_id {
        return None;
    }
    Some((meta, std::fs::read(dir.join("file")).ok()?))
}

fn forget(id: &str) {
    if let Some(dir) = folder(id) {
        let _ = std::fs::remove_dir_all(dir);
    }
}

fn read_error(lang: Lang, e: &ReadError) -> String {
    match e {
        ReadError::Empty => t(lang, "budget-import-empty"),
        ReadError::NotUtf8 => t(lang, "budget-import-not-utf8"),
        ReadError::Csv { line } => {
            t_args(lang, "budget-import-csv-line", &[("line", (*line).into())])
        }
        ReadError::NotAWorkbook => t(lang, "budget-import-not-workbook"),
        ReadError::TooManyRows { max } => {
            t_args(lang, "budget-import-too-many", &[("max", (*max).into())])
        }
        ReadError::UnknownColumn { field, column } => t_args(
            lang,
            "budget-import-unknown-column",
            &[
                ("field", field_name(lang, field).into()),
                ("column", column.clone().into()),
            ],
        ),
        ReadError::UnknownField { field } => t_args(
            lang,
            "budget-import-unknown-column",
            &[
                ("field", field.clone().into()),
                ("column", String::new().into()),
            ],
        ),
    }
}

/// The expired or unknown upload: start again.
fn gone(lang: Lang) -> PageError {
    PageError::conflict(
        t(lang, "budget-import-gone-title"),
        html! {
            p { (t(lang, "budget-import-gone-text")) }
            p { a href=(format!("/{}/bo/budget/import", lang.code())) { (t(lang, "budget-import-again")) } }
        },
    )
}

pub(super) async fn form_page(
    State(_state): State<AppState>,
    PageLang(lang): PageLang,
    ctx: Ctx,
) -> PageResult {
    Ok(upload_page(lang, &ctx, &[]))
}

fn upload_page(lang: Lang, ctx: &Ctx, errors: &[FieldError]) -> Response {
    let l = lang.code();
    let title = t(lang, "budget-import-title");
    let body = html! {
        (error_summary(lang, errors))
        h1 #import-title { (title) }
        (budget_nav(lang, ctx))
        p { (t(lang, "budget-import-intro")) }
        ol {
            li { (t(lang, "budget-import-step-upload")) }
            li { (t(lang, "budget-import-step-map")) }
            li { (t(lang, "budget-import-step-preview")) }
        }
        form method="post" enctype="multipart/form-data" novalidate aria-labelledby="import-title"
            action=(format!("/{l}/bo/budget/import?_csrf={}", ctx.csrf())) {
            (csrf_field(ctx))
            (field("file", &t(lang, "budget-import-file"),
                Some(&t_args(lang, "budget-import-file-hint", &[("mb", (MAX_FILE_BYTES / (1024 * 1024)).into())])),
                errors, |aria| html! {
                    input #file name="file" type="file" required
                        accept=".csv,.xlsx,.xls,.ods,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                        aria-invalid=[aria.invalid] aria-describedby=[aria.described_by];
                }))
            button type="submit" { (t(lang, "budget-import-send")) }
        }
    };
    crate::ui::layout::back_office_form_page(
        lang,
        ctx,
        &title,
        "/bo/budget/import",
        body,
        !errors.is_empty(),
    )
}

pub(super) async fn upload(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    ctx: Ctx,
    multipart: Result<Multipart, MultipartRejection>,
) -> PageResult {
    plan(&state)?;
    let user = ctx.user()?.clone();
    let mut file: Option<(String, Vec<u8>)> = None;
    let mut too_large = false;
    if let Ok(mut m) = multipart {
        loop {
            let f = match m.next_field().await {
                Ok(Some(f)) => f,
                Ok(None) => break,
                Err(e) => {
                    too_large = e.status() == StatusCode::PAYLOAD_TOO_LARGE;
                    break;
                }
            };
            if f.name() != Some("file") {
                continue;
            }
            let name = f.file_name().unwrap_or("").to_owned();
            match f.bytes().await {
                Ok(b) if !b.is_empty() => file = Some((name, b.to_vec())),
                Ok(_) => {}
                Err(e) => {
                    too_large = e.status() == StatusCode::PAYLOAD_TOO_LARGE;
                    break;
                }
            }
        }
    }
    let file_error = |message: String| upload_page(lang, &ctx, &[FieldError::new("file", message)]);
    let Some((name, bytes)) = file else {
        let key = if too_large {
            "budget-import-too-large"
        } else {
            "budget-import-no-file"
        };
        return Ok(file_error(t_args(
            lang,
            key,
            &[("mb", (MAX_FILE_BYTES / (1024 * 1024)).into())],
        )));
    };
    let kind = FileKind::sniff(&name, &bytes);
    // A file whose columns cannot be read is refused here, on the form.
    if let Err(e) = budget_import::headers(&bytes, kind) {
        return Ok(file_error(read_error(lang, &e)));
    }
    let k = Kept {
        user_id: user.id,
        created: now_secs(),
        file_name: name,
        kind,
    };
    let id = keep(&k, &bytes).map_err(PageError::internal)?;
    // Post/redirect/get: the next steps are pages of their own (reloading
    // them does not send the file again).
    Ok(Redirect::to(&format!("/{}/bo/budget/import/{id}", lang.code())).into_response())
}

/// The mapping step of a kept file: its columns, guessed from the headers.
pub(super) async fn mapping_step(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    ctx: Ctx,
) -> PageResult {
    let plan = plan(&state)?;
    let user = ctx.user()?.clone();
    let (k, bytes) = kept(&id, user.id).ok_or_else(|| gone(lang))?;
    let headers = match budget_import::headers(&bytes, k.kind) {
        Ok(h) => h,
        Err(e) => {
            let error = FieldError::new("file", read_error(lang, &e));
            return Ok(upload_page(lang, &ctx, &[error]));
        }
    };
    let mapping = Mapping::guess(&headers);
    Ok(mapping_page(
        lang,
        &ctx,
        plan,
        &id,
        &k,
        &headers,
        &mapping,
        &[],
    ))
}

/// The mapping as sent by the mapping form (`map-<field>`: a column, and
/// `fixed-<field>`: one value when no column gives it).
fn mapping_of(body: &[u8]) -> Mapping {
    let mut m = Mapping::default();
    let pairs: Vec<(String, String)> = form_urlencoded::parse(body)
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    for f in FIELDS {
        let get = |k: String| {
            pairs
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.trim().to_string())
                .filter(|v| !v.is_empty())
        };
        if let Some(c) = get(format!("map-{f}")) {
            m = m.column(f, &c);
        } else if let Some(v) = get(format!("fixed-{f}")) {
            m = m.fixed(f, &v);
        }
    }
    m
}

/// The mapping as hidden fields, to carry it to the next step.
fn mapping_fields(m: &Mapping) -> Markup {
    html! {
        @for (f, src) in &m.fields {
            @match src {
                FieldSource::Column(c) => input type="hidden" name=(format!("map-{f}")) value=(c);,
                FieldSource::Fixed(v) => input type="hidden" name=(format!("fixed-{f}")) value=(v);,
            }
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn mapping_page(
    lang: Lang,
    ctx: &Ctx,
    plan: &Plan,
    id: &str,
    k: &Kept,
    headers: &[String],
    m: &Mapping,
    errors: &[FieldError],
) -> Response {
    let l = lang.code();
    let title = t(lang, "budget-import-map-title");
    let not_in_file = t(lang, "budget-import-not-in-file");
    let fixed_of = |f: &str| match m.fields.get(f) {
        Some(FieldSource::Fixed(v)) => v.clone(),
        _ => String::new(),
    };
    let body = html! {
        (error_summary(lang, errors))
        h1 #map-title { (title) }
        p { (t_args(lang, "budget-import-map-intro", &[("file", k.file_name.clone().into()), ("columns", headers.len().into())])) }
        // A GET: the preview writes nothing, so it is a page like any other.
        form method="get" action=(format!("/{l}/bo/budget/import/{id}/preview")) novalidate aria-labelledby="map-title" {
            fieldset.field {
                legend { (t(lang, "budget-import-columns")) }
                p.hint { (t(lang, "budget-import-columns-hint")) }
                @for f in FIELDS {
                    @let fid = format!("map-{f}");
                    @let current = m.column_of(f).unwrap_or("");
                    (field(&fid, &field_name(lang, f), None, errors, |aria| html! {
                        select id=(fid) name=(fid) aria-invalid=[aria.invalid] aria-describedby=[aria.described_by] {
                            option value="" selected[current.is_empty()] { (not_in_file) }
                            @for h in headers {
                                option value=(h) selected[h.trim() == current] { (h) }
                            }
                        }
                    }))
                }
            }
            fieldset.field {
                legend { (t(lang, "budget-import-fixed")) }
                p.hint { (t(lang, "budget-import-fixed-hint")) }
                @let year = fixed_of("year");
                div.field {
                    label for="fixed-year" { (field_name(lang, "year")) }
                    select #fixed-year name="fixed-year" {
                        option value="" selected[year.is_empty()] { (not_in_file) }
                        @for y in plan.years() { @let v = y.to_string(); option value=(v) selected[v == year] { (v) } }
                    }
                }
                @let phase = fixed_of("phase");
                div.field {
                    label for="fixed-phase" { (field_name(lang, "phase")) }
                    select #fixed-phase name="fixed-phase" {
                        option value="" selected[phase.is_empty()] { (not_in_file) }
                        @for p in Phase::ALL { option value=(p.code()) selected[phase == p.code()] { (phase_name(lang, p)) } }
                    }
                }
                @let source = fixed_of("source");
                div.field {
                    label for="fixed-source" { (field_name(lang, "source")) }
                    select #fixed-source name="fixed-source" {
                        option value="" selected[source.is_empty()] { (not_in_file) }
                        @for s in &plan.sources { option value=(s.code) selected[source == s.code] { (s.name(l)) } }
                    }
                }
            }
            button type="submit" { (t(lang, "budget-import-check")) }
        }
    };
    crate::ui::layout::back_office_form_page(
        lang,
        ctx,
        &title,
        "/bo/budget/import",
        body,
        !errors.is_empty(),
    )
}

type Checked = (Vec<(usize, NewRow)>, Vec<(usize, Vec<FieldProblem>)>);

/// Reads and checks the kept file with the mapping; a mapping that does
/// not fit the file comes back as the mapping page.
fn check(
    lang: Lang,
    ctx: &Ctx,
    plan: &Plan,
    id: &str,
    k: &Kept,
    bytes: &[u8],
    m: &Mapping,
) -> Result<Checked, Box<Response>> {
    let headers = budget_import::headers(bytes, k.kind).unwrap_or_default();
    match budget_import::read(bytes, k.kind, m) {
        Ok(rows) => Ok(budget_import::check_all(plan, &rows)),
        Err(e) => {
            let field = match &e {
                ReadError::UnknownColumn { field, .. } => format!("map-{field}"),
                _ => "map-year".to_string(),
            };
            Err(Box::new(mapping_page(
                lang,
                ctx,
                plan,
                id,
                k,
                &headers,
                m,
                &[FieldError::new(&field, read_error(lang, &e))],
            )))
        }
    }
}

pub(super) async fn preview(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    RawQuery(query): RawQuery,
    ctx: Ctx,
) -> PageResult {
    let plan = plan(&state)?;
    let user = ctx.user()?.clone();
    let (k, bytes) = kept(&id, user.id).ok_or_else(|| gone(lang))?;
    let m = mapping_of(query.unwrap_or_default().as_bytes());
    let (good, bad) = match check(lang, &ctx, plan, &id, &k, &bytes, &m) {
        Ok(c) => c,
        Err(page) => return Ok(*page),
    };
    let l = lang.code();
    let title = t(lang, "budget-import-preview-title");
    let problems: usize = bad.iter().map(|(_, p)| p.len()).sum();
    let body = html! {
        h1 #preview-title { (title) }
        p #import-counts role="status" {
            (t_args(lang, "budget-import-counts", &[("good", good.len().into()), ("bad", bad.len().into())]))
        }
        @if !bad.is_empty() {
            @let caption = t_args(lang, "budget-import-problems-caption", &[("count", problems.into())]);
            div.table-scroll tabindex="0" role="region" aria-label=(caption) {
                table.bo.budget #import-problems {
                    caption { (caption) }
                    thead { tr {
                        th scope="col" { (t(lang, "budget-import-line")) }
                        th scope="col" { (t(lang, "budget-import-field")) }
                        th scope="col" { (t(lang, "budget-import-problem")) }
                    } }
                    tbody {
                        @for (line, ps) in &bad {
                            @for p in ps {
                                tr {
                                    th scope="row" { bdi { (line) } }
                                    td { (field_name(lang, p.field)) }
                                    td { (problem_text(lang, plan, p)) }
                                }
                            }
                        }
                    }
                }
            }
        }
        @if !good.is_empty() {
            @let caption = t_args(lang, "budget-import-good-caption", &[("count", good.len().min(PREVIEW_ROWS).into()), ("total", good.len().into())]);
            div.table-scroll tabindex="0" role="region" aria-label=(caption) {
                table.bo.budget #import-good {
                    caption { (caption) }
                    thead { tr {
                        th scope="col" { (t(lang, "budget-import-line")) }
                        th scope="col" { (field_name(lang, "label")) }
                        th scope="col" { (field_name(lang, "phase")) }
                        th scope="col" { (t(lang, "budget-where")) }
                        th.num scope="col" { (t(lang, "budget-amount-euros")) }
                    } }
                    tbody {
                        @for (line, r) in good.iter().take(PREVIEW_ROWS) {
                            tr {
                                th scope="row" { bdi { (line) } }
                                td { (r.label) }
                                td { bdi { (r.year) } " " (phase_name(lang, r.phase)) }
                                td { (axis_name(lang, plan, &r.axis))
                                    @if let Some(n) = r.measure { br; (measure_name(lang, plan, n)) } }
                                (crate::ui::budget::amount(r.amount_cents))
                            }
                        }
                    }
                }
            }
        }
        h2 { (t(lang, "budget-import-choice")) }
        @if !good.is_empty() {
            form method="post" action=(format!("/{l}/bo/budget/import/{id}/commit")) {
                (csrf_field(&ctx))
                (mapping_fields(&m))
                button type="submit" {
                    @if bad.is_empty() { (t_args(lang, "budget-import-all", &[("count", good.len().into())])) }
                    @else { (t_args(lang, "budget-import-good-only", &[("count", good.len().into())])) }
                }
            }
        }
        p { a href=(format!("/{l}/bo/budget/import")) { (t(lang, "budget-import-nothing")) } }
    };
    let mut res = back_office_page(lang, &ctx, &title, "/bo/budget/import", body);
    if good.is_empty() {
        *res.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(res)
}

pub(super) async fn commit(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    ctx: Ctx,
    body: Bytes,
) -> PageResult {
    let plan = plan(&state)?;
    let user = ctx.user()?.clone();
    let (k, bytes) = kept(&id, user.id).ok_or_else(|| gone(lang))?;
    let m = mapping_of(&body);
    let (good, _) = match check(lang, &ctx, plan, &id, &k, &bytes, &m) {
        Ok(c) => c,
        Err(page) => return Ok(*page),
    };
    if good.is_empty() {
        return Err(gone(lang));
    }
    let rows: Vec<NewRow> = good.into_iter().map(|(_, r)| r).collect();
    state
        .db
        .add_ledger_rows(
            &plan.code,
            &rows,
            Origin::Import,
            Some(user.id),
            state.now().timestamp(),
        )
        .await?;
    forget(&id);
    Ok(Redirect::to(&format!(
        "/{}/bo/budget/rows?imported={}",
        lang.code(),
        rows.len()
    ))
    .into_response())
}
