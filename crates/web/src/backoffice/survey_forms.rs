//! The visitor survey's questionnaires, for the coordination (issue 12):
//! the stored versions, a readable preview of each in any of its languages
//! (sections, questions, choices, conditions in words), its XLSForm to
//! download, the shipped 2021 questionnaire to load, and an XLSForm import
//! whose every problem is listed with its sheet, row and column. A version
//! is never changed: an import with a form id and version already stored is
//! refused.

use axum::extract::multipart::MultipartRejection;
use axum::extract::{DefaultBodyLimit, Multipart, Path, Query, State};
use axum::handler::Handler;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use domain::Lang;
use domain::account::Access;
use domain::survey::xlsform::{XlsFormError, language_column_name};
use domain::survey::{Condition, Question, QuestionKind, Questionnaire, Role};
use maud::{Markup, html};
use serde::Deserialize;

use crate::AppState;
use crate::auth::{Ctx, csrf_field};
use crate::i18n::{t, t_args};
use crate::routes::Routes;
use crate::services::xlsform::{self, ImportError, MAX_ROWS};
use crate::ui::form::{FieldError, error_summary_titled, field};
use crate::ui::format::local_date;
use crate::ui::layout::back_office_page;
use crate::ui::{PageError, PageLang, PageResult};

/// The largest XLSForm accepted (a questionnaire is a few dozen kB).
const MAX_FILE_BYTES: usize = 2 * 1024 * 1024;

pub fn routes() -> Routes {
    Routes::new()
        .get(
            "/{lang}/bo/survey/questionnaires",
            Access::COORDINATION,
            list_page,
        )
        .post(
            "/{lang}/bo/survey/questionnaires/shipped",
            Access::COORDINATION,
            load_shipped,
        )
        .get(
            "/{lang}/bo/survey/questionnaires/import",
            Access::COORDINATION,
            import_page,
        )
        .post(
            "/{lang}/bo/survey/questionnaires/import",
            Access::COORDINATION,
            import_upload.layer(DefaultBodyLimit::max(MAX_FILE_BYTES + 64 * 1024)),
        )
        .get(
            "/{lang}/bo/survey/questionnaires/{id}",
            Access::COORDINATION,
            preview_page,
        )
        .get(
            "/{lang}/bo/survey/questionnaires/{id}/xlsform",
            Access::COORDINATION,
            download,
        )
}

// ----------------------------------------------------------------- list

async fn list_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    ctx: Ctx,
) -> PageResult {
    let l = lang.code();
    let stored = state.db.questionnaires().await?;
    let shipped = domain::survey::shipped::epn_visitors_2021();
    let shipped_stored = stored
        .iter()
        .any(|q| q.form.form_id == shipped.form_id && q.form.version == shipped.version);
    let title = t(lang, "survey-forms-title");
    let body = html! {
        h1 { (title) }
        p { (t(lang, "survey-forms-intro")) }
        @if stored.is_empty() {
            p { (t(lang, "survey-forms-none")) }
        } @else {
            div.table-scroll tabindex="0" role="region" aria-labelledby="survey-forms-caption" {
                table.bo {
                    caption #survey-forms-caption { (t(lang, "survey-forms-caption")) }
                    thead { tr {
                        th scope="col" { (t(lang, "survey-forms-col-form")) }
                        th scope="col" { (t(lang, "survey-forms-col-version")) }
                        th scope="col" { (t(lang, "survey-forms-col-title")) }
                        th scope="col" { (t(lang, "survey-forms-col-languages")) }
                        th scope="col" { (t(lang, "survey-forms-col-questions")) }
                        th scope="col" { (t(lang, "survey-forms-col-provenance")) }
                        th scope="col" { (t(lang, "survey-forms-col-stored")) }
                        th scope="col" { (t(lang, "survey-forms-col-xlsform")) }
                    } }
                    tbody {
                        @for q in &stored {
                            @let f = &q.form;
                            @let title_lang = form_language(f, lang.code());
                            tr {
                                th scope="row" {
                                    a href=(format!("/{l}/bo/survey/questionnaires/{}", q.id)) { bdi { code { (f.form_id) } } }
                                }
                                td { bdi { (f.version) } }
                                td lang=(title_lang) dir=(dir_of(title_lang)) { (f.title.get(title_lang, f.default_language())) }
                                td { bdi { (f.languages.join(", ")) } }
                                td { bdi { (f.questions().filter(|x| x.kind != QuestionKind::Hidden).count()) } }
                                td { @if let Some(p) = &f.provenance { span lang="en" { (p) } } }
                                td { (local_date(lang, state.region.timezone, q.created_at)) }
                                td {
                                    a href=(format!("/{l}/bo/survey/questionnaires/{}/xlsform", q.id)) download {
                                        (t_args(lang, "survey-forms-download", &[("form", format!("{} {}", f.form_id, f.version).into())]))
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        @if !shipped_stored {
            section aria-labelledby="survey-forms-shipped" {
                h2 #survey-forms-shipped { (t(lang, "survey-forms-shipped-title")) }
                p { (t_args(lang, "survey-forms-shipped-intro", &[
                    ("form", shipped.form_id.clone().into()),
                    ("version", shipped.version.clone().into()),
                ])) }
                form method="post" action=(format!("/{l}/bo/survey/questionnaires/shipped")) {
                    (csrf_field(&ctx))
                    button type="submit" { (t(lang, "survey-forms-shipped-button")) }
                }
            }
        }
        p { a href=(format!("/{l}/bo/survey/questionnaires/import")) { (t(lang, "survey-forms-import-link")) } }
    };
    Ok(back_office_page(
        lang,
        &ctx,
        &title,
        "/bo/survey/questionnaires",
        body,
    ))
}

/// Stores the shipped 2021 questionnaire, once.
async fn load_shipped(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    ctx: Ctx,
) -> PageResult {
    ctx.user()?;
    let form = domain::survey::shipped::epn_visitors_2021();
    let id = match state
        .db
        .questionnaire_version(&form.form_id, &form.version)
        .await?
    {
        Some(q) => q.id,
        None => {
            state
                .db
                .save_questionnaire(state.now().timestamp(), &form)
                .await?
        }
    };
    Ok(Redirect::to(&format!("/{}/bo/survey/questionnaires/{id}", lang.code())).into_response())
}

// -------------------------------------------------------------- preview

#[derive(Deserialize)]
struct PreviewQuery {
    /// The questionnaire language to show (`in=nl`).
    #[serde(rename = "in")]
    in_lang: Option<String>,
    /// Set after an import or a load: says it was saved.
    saved: Option<String>,
}

/// The questionnaire language closest to the reader's: theirs when the
/// questionnaire has it, else its default language.
fn form_language<'a>(form: &'a Questionnaire, wanted: &str) -> &'a str {
    form.languages
        .iter()
        .find(|l| *l == wanted)
        .map_or(form.default_language(), String::as_str)
}

fn dir_of(lang: &str) -> &'static str {
    if matches!(lang, "ar" | "he" | "fa" | "ur") {
        "rtl"
    } else {
        "ltr"
    }
}

async fn preview_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, i64)>,
    Query(query): Query<PreviewQuery>,
    ctx: Ctx,
) -> PageResult {
    let stored = state
        .db
        .questionnaire(id)
        .await?
        .ok_or(PageError::NotFound)?;
    let form = &stored.form;
    let l = lang.code();
    let shown = form_language(form, query.in_lang.as_deref().unwrap_or(l));
    let dir = dir_of(shown);
    let title = t_args(
        lang,
        "survey-forms-preview-title",
        &[
            ("form", form.form_id.clone().into()),
            ("version", form.version.clone().into()),
        ],
    );
    let text =
        |labels: &domain::survey::Labels| labels.get(shown, form.default_language()).to_owned();
    let body = html! {
        nav.crumbs aria-label=(t(lang, "breadcrumb")) {
            a href=(format!("/{l}/bo/survey/questionnaires")) { (t(lang, "survey-forms-title")) }
        }
        h1 { (title) }
        @if query.saved.is_some() {
            p.notice role="status" { (t(lang, "survey-forms-saved")) }
        }
        dl {
            dt { (t(lang, "survey-forms-col-title")) }
            dd lang=(shown) dir=(dir) { (text(&form.title)) }
            dt { (t(lang, "survey-forms-col-languages")) }
            dd { @for (i, code) in form.languages.iter().enumerate() {
                @if i > 0 { ", " }
                span lang=(code) dir=(dir_of(code)) { (language_column_name(code)) }
            } }
            @if let Some(p) = &form.provenance {
                dt { (t(lang, "survey-forms-col-provenance")) }
                dd lang="en" { (p) }
            }
            dt { (t(lang, "survey-forms-col-stored")) }
            dd { (local_date(lang, state.region.timezone, stored.created_at)) }
        }
        p { a href=(format!("/{l}/bo/survey/questionnaires/{id}/xlsform")) download {
            (t_args(lang, "survey-forms-download", &[("form", format!("{} {}", form.form_id, form.version).into())]))
        } }
        form.inline method="get" action=(format!("/{l}/bo/survey/questionnaires/{id}")) {
            (field("in", &t(lang, "survey-forms-preview-language"), None, &[], |aria| html! {
                select #in name="in" aria-describedby=[aria.described_by] {
                    @for code in &form.languages {
                        option value=(code) lang=(code) selected[code == shown] { (language_column_name(code)) }
                    }
                }
            }))
            button type="submit" { (t(lang, "survey-forms-preview-show")) }
        }
        @for (n, section) in form.sections.iter().enumerate() {
            section.survey-section aria-labelledby=(format!("section-{n}")) {
                h2 #(format!("section-{n}")) {
                    @let label = text(&section.label);
                    @if label.is_empty() {
                        (t_args(lang, "survey-forms-untitled-section", &[("name", section.name.clone().into())]))
                    } @else {
                        span lang=(shown) dir=(dir) { (label) }
                    }
                    " " span.small { bdi { code { (section.name) } } }
                }
                @if let Some(c) = &section.relevant {
                    p.condition { (t(lang, "survey-forms-section-shown-if")) " " (condition_words(lang, form, shown, c)) }
                }
                ol.survey-questions {
                    @for q in &section.questions {
                        li { (question_preview(lang, form, shown, q)) }
                    }
                }
            }
        }
    };
    Ok(back_office_page(
        lang,
        &ctx,
        &title,
        &format!("/bo/survey/questionnaires/{id}"),
        body,
    ))
}

fn question_preview(lang: Lang, form: &Questionnaire, shown: &str, q: &Question) -> Markup {
    let dir = dir_of(shown);
    let text =
        |labels: &domain::survey::Labels| labels.get(shown, form.default_language()).to_owned();
    let kind = match &q.kind {
        QuestionKind::SingleChoice { .. } => t(lang, "survey-forms-kind-single"),
        QuestionKind::MultipleChoice { .. } => t(lang, "survey-forms-kind-multiple"),
        QuestionKind::Scale { min, max } => t_args(
            lang,
            "survey-forms-kind-scale",
            &[
                ("min", min.to_string().into()),
                ("max", max.to_string().into()),
            ],
        ),
        QuestionKind::Number {
            min: None,
            max: None,
        } => t(lang, "survey-forms-kind-number"),
        QuestionKind::Number { min, max } => t_args(
            lang,
            "survey-forms-kind-number-between",
            &[
                ("min", min.map_or("…".to_owned(), |n| n.to_string()).into()),
                ("max", max.map_or("…".to_owned(), |n| n.to_string()).into()),
            ],
        ),
        QuestionKind::Text => t(lang, "survey-forms-kind-text"),
        QuestionKind::Hidden => t(lang, "survey-forms-kind-hidden"),
    };
    let hint = text(&q.hint);
    html! {
        h3 {
            @let label = text(&q.label);
            @if label.is_empty() { bdi { code { (q.name) } } }
            @else { span lang=(shown) dir=(dir) { (label) } " " span.small { bdi { code { (q.name) } } } }
        }
        @if !hint.is_empty() { p.hint lang=(shown) dir=(dir) { (hint) } }
        ul.survey-question-facts {
            li { (kind) }
            @if q.kind != QuestionKind::Hidden {
                li { (t(lang, if q.required { "survey-forms-required" } else { "survey-forms-optional" })) }
            }
            @if let Some(role) = q.role {
                li { (t(lang, match role {
                    Role::Cross => "survey-forms-role-cross",
                    Role::Overall => "survey-forms-role-overall",
                    Role::Service => "survey-forms-role-service",
                })) }
            }
            @if let Some(c) = &q.relevant {
                li { (t(lang, "survey-forms-question-shown-if")) " " (condition_words(lang, form, shown, c)) }
            }
        }
        @let choices = form.choices_of(q);
        @if !choices.is_empty() {
            ul.survey-choices {
                @for c in choices {
                    li { span lang=(shown) dir=(dir) { (text(&c.label)) } " " span.small { bdi { code { (c.name) } } } }
                }
            }
        }
    }
}

/// A condition in words: the question by its label in the questionnaire
/// language, a choice by its label, numbers as numbers.
fn condition_words(lang: Lang, form: &Questionnaire, shown: &str, c: &Condition) -> Markup {
    let question = |name: &str| -> Markup {
        match form.question(name) {
            Some(q)
                if !q.label.get(shown, form.default_language()).is_empty()
                    && q.kind != QuestionKind::Hidden =>
            {
                html! { "“" span lang=(shown) dir=(dir_of(shown)) { (q.label.get(shown, form.default_language())) } "”" }
            }
            _ => html! { bdi { code { (name) } } },
        }
    };
    let value = |name: &str, v: &str| -> Markup {
        let choice = form
            .question(name)
            .and_then(|q| form.choices_of(q).iter().find(|c| c.name == v));
        match choice {
            Some(c) => {
                html! { "“" span lang=(shown) dir=(dir_of(shown)) { (c.label.get(shown, form.default_language())) } "”" }
            }
            None => html! { bdi { code { (v) } } },
        }
    };
    let sentence = |key: &str, q: Markup, v: Markup| -> Markup {
        // The translation places the question and the value (either order):
        // it is asked with two markers, then the markers are replaced.
        let words = t_args(
            lang,
            key,
            &[
                ("question", "\u{E000}".to_owned().into()),
                ("value", "\u{E001}".to_owned().into()),
            ],
        )
        .replace(['\u{2068}', '\u{2069}'], "");
        let mut out = String::new();
        let mut text = String::new();
        for ch in words.chars() {
            let part = match ch {
                '\u{E000}' => &q,
                '\u{E001}' => &v,
                _ => {
                    text.push(ch);
                    continue;
                }
            };
            out.push_str(&html! { (text) }.0);
            text.clear();
            out.push_str(&part.0);
        }
        out.push_str(&html! { (text) }.0);
        maud::PreEscaped(out)
    };
    match c {
        Condition::Equals(q, v) => sentence("survey-forms-cond-equals", question(q), value(q, v)),
        Condition::NotEquals(q, v) => {
            sentence("survey-forms-cond-not-equals", question(q), value(q, v))
        }
        Condition::Selected(q, v) => {
            sentence("survey-forms-cond-selected", question(q), value(q, v))
        }
        Condition::AtLeast(q, n) => sentence(
            "survey-forms-cond-at-least",
            question(q),
            html! { bdi { (n) } },
        ),
        Condition::AtMost(q, n) => sentence(
            "survey-forms-cond-at-most",
            question(q),
            html! { bdi { (n) } },
        ),
        Condition::Not(inner) => html! {
            (t(lang, "survey-forms-cond-not")) " (" (condition_words(lang, form, shown, inner)) ")"
        },
        Condition::All(cs) | Condition::Any(cs) => {
            let joiner = t(
                lang,
                if matches!(c, Condition::All(_)) {
                    "survey-forms-cond-and"
                } else {
                    "survey-forms-cond-or"
                },
            );
            html! {
                @for (i, inner) in cs.iter().enumerate() {
                    @if i > 0 { " " (joiner) " " }
                    @if matches!(inner, Condition::All(_) | Condition::Any(_)) {
                        "(" (condition_words(lang, form, shown, inner)) ")"
                    } @else {
                        (condition_words(lang, form, shown, inner))
                    }
                }
            }
        }
    }
}

// ------------------------------------------------------------- download

async fn download(State(state): State<AppState>, Path((_, id)): Path<(String, i64)>) -> PageResult {
    let stored = state
        .db
        .questionnaire(id)
        .await?
        .ok_or(PageError::NotFound)?;
    let bytes = xlsform::export(&stored.form).map_err(PageError::internal)?;
    Ok(crate::ui::download::attachment(
        xlsform::CONTENT_TYPE,
        &xlsform::file_name(&stored.form),
        bytes,
    ))
}

// --------------------------------------------------------------- import

async fn import_page(PageLang(lang): PageLang, ctx: Ctx) -> PageResult {
    import_form(lang, &ctx, &[], &[])
}

/// The import form, with the file's problem (`errors`, for the summary and
/// the field) and the workbook's problems one by one (`problems`).
fn import_form(
    lang: Lang,
    ctx: &Ctx,
    errors: &[FieldError],
    problems: &[XlsFormError],
) -> PageResult {
    let l = lang.code();
    let title = t(lang, "survey-forms-import-title");
    let body = html! {
        nav.crumbs aria-label=(t(lang, "breadcrumb")) {
            a href=(format!("/{l}/bo/survey/questionnaires")) { (t(lang, "survey-forms-title")) }
        }
        h1 { (title) }
        (error_summary_titled(&t(lang, "survey-forms-import-errors-title"), errors))
        @if !problems.is_empty() {
            section aria-labelledby="import-problems" {
                h2 #import-problems { (t_args(lang, "survey-forms-import-problems", &[("count", problems.len().into())])) }
                ol.import-problems {
                    @for p in problems {
                        li {
                            h3 { (place_words(lang, p)) }
                            p lang="en" { (p.message) }
                        }
                    }
                }
            }
        }
        p { (t(lang, "survey-forms-import-intro")) }
        ul {
            li { (t(lang, "survey-forms-import-sheet-survey")) }
            li { (t(lang, "survey-forms-import-sheet-choices")) }
            li { (t(lang, "survey-forms-import-sheet-settings")) }
        }
        p { (t(lang, "survey-forms-import-version")) }
        form.import method="post" enctype="multipart/form-data" novalidate aria-labelledby="import-form-title"
            action=(format!("/{l}/bo/survey/questionnaires/import?_csrf={}", ctx.csrf())) {
            h2 #import-form-title { (t(lang, "survey-forms-import-form-title")) }
            (csrf_field(ctx))
            (field("file", &t(lang, "survey-forms-import-field-file"),
                Some(&t_args(lang, "survey-forms-import-field-file-hint", &[("mb", (MAX_FILE_BYTES / (1024 * 1024)).into())])),
                errors, |aria| html! {
                    input #file name="file" type="file" required
                        accept=".xlsx,.xls,.ods,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                        aria-invalid=[aria.invalid] aria-describedby=[aria.described_by];
                }))
            button type="submit" { (t(lang, "survey-forms-import-button")) }
        }
    };
    Ok(back_office_page(
        lang,
        ctx,
        &title,
        "/bo/survey/questionnaires/import",
        body,
    ))
}

/// "Sheet survey, row 5, column type" in the reader's language.
fn place_words(lang: Lang, p: &XlsFormError) -> String {
    let sheet = p.sheet.to_owned();
    match (p.row, &p.column) {
        (Some(row), Some(column)) => t_args(
            lang,
            "survey-forms-problem-at-cell",
            &[
                ("sheet", sheet.into()),
                ("row", row.into()),
                ("column", column.clone().into()),
            ],
        ),
        (Some(row), None) => t_args(
            lang,
            "survey-forms-problem-at-row",
            &[("sheet", sheet.into()), ("row", row.into())],
        ),
        (None, _) => t_args(
            lang,
            "survey-forms-problem-at-sheet",
            &[("sheet", sheet.into())],
        ),
    }
}

async fn import_upload(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    ctx: Ctx,
    multipart: Result<Multipart, MultipartRejection>,
) -> PageResult {
    ctx.user()?;
    let mut file: Option<Vec<u8>> = None;
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
            let bytes = match field.bytes().await {
                Ok(b) => b,
                Err(e) => {
                    too_large = e.status() == StatusCode::PAYLOAD_TOO_LARGE;
                    break;
                }
            };
            if name == "file" && !bytes.is_empty() {
                file = Some(bytes.to_vec());
            }
        }
    }
    let refuse = |message: String, problems: &[XlsFormError], status: StatusCode| -> PageResult {
        let mut res: Response =
            import_form(lang, &ctx, &[FieldError::new("file", message)], problems)?;
        *res.status_mut() = status;
        Ok(res)
    };
    if too_large {
        return refuse(
            t_args(
                lang,
                "survey-forms-import-too-large",
                &[("mb", (MAX_FILE_BYTES / (1024 * 1024)).into())],
            ),
            &[],
            StatusCode::PAYLOAD_TOO_LARGE,
        );
    }
    let Some(bytes) = file else {
        return refuse(
            t(lang, "survey-forms-import-no-file"),
            &[],
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    };
    let form = match xlsform::import(&bytes) {
        Ok(f) => f,
        Err(ImportError::NotAWorkbook) => {
            return refuse(
                t(lang, "survey-forms-import-not-workbook"),
                &[],
                StatusCode::UNPROCESSABLE_ENTITY,
            );
        }
        Err(ImportError::TooManyRows { sheet }) => {
            return refuse(
                t_args(
                    lang,
                    "survey-forms-import-too-many-rows",
                    &[("sheet", sheet.to_owned().into()), ("max", MAX_ROWS.into())],
                ),
                &[],
                StatusCode::UNPROCESSABLE_ENTITY,
            );
        }
        Err(ImportError::Form(problems)) => {
            return refuse(
                t_args(
                    lang,
                    "survey-forms-import-has-problems",
                    &[("count", problems.len().into())],
                ),
                &problems,
                StatusCode::UNPROCESSABLE_ENTITY,
            );
        }
    };
    if state
        .db
        .questionnaire_version(&form.form_id, &form.version)
        .await?
        .is_some()
    {
        return refuse(
            t_args(
                lang,
                "survey-forms-import-version-exists",
                &[
                    ("form", form.form_id.clone().into()),
                    ("version", form.version.clone().into()),
                ],
            ),
            &[],
            StatusCode::CONFLICT,
        );
    }
    let id = state
        .db
        .save_questionnaire(state.now().timestamp(), &form)
        .await?;
    Ok(Redirect::to(&format!(
        "/{}/bo/survey/questionnaires/{id}?saved=1",
        lang.code()
    ))
    .into_response())
}
