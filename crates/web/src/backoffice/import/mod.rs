//! Open data in from the back office: upload a CSV or JSON file, see what the
//! import would do (every bad row, in the person's language), then import it
//! in one transaction. The same reading and writing as `passerelle import
//! places` (`domain::import`, `Db::import_places`).

mod messages;
mod upload;
mod view;

use std::sync::Arc;

use axum::Form;
use axum::extract::multipart::MultipartRejection;
use axum::extract::{DefaultBodyLimit, Multipart, State};
use axum::handler::Handler;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use domain::Lang;
use domain::account::Access;
use domain::import::{FileError, ImportContext, OutsideRegion, Parsed, parse};
use serde::Deserialize;
use store::audit::NewAudit;
use store::import::ImportCounts;

use crate::AppState;
use crate::auth::Ctx;
use crate::i18n::{t, t_args};
use crate::routes::Routes;
use crate::ui::form::FieldError;
use crate::ui::{PageError, PageLang, PageResult};
use upload::{ChoiceProblem, FormProblem, Options, Stored};

pub fn routes() -> Routes {
    Routes::new()
        .get("/{lang}/bo/import", Access::COORDINATION, form_page)
        .post(
            "/{lang}/bo/import/preview",
            Access::COORDINATION,
            preview.layer(DefaultBodyLimit::max(upload::MAX_BODY_BYTES)),
        )
        .get(
            "/{lang}/bo/import/preview/{id}",
            Access::COORDINATION,
            preview_page,
        )
        .post("/{lang}/bo/import/confirm", Access::COORDINATION, confirm)
        .get(
            "/{lang}/bo/import/done/{id}",
            Access::COORDINATION,
            done_page,
        )
}

fn default_options() -> Options {
    Options {
        format: "auto".into(),
        outside: "reject".into(),
        ..Options::default()
    }
}

async fn form_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    ctx: Ctx,
) -> PageResult {
    upload::clean_old();
    Ok(view::form(
        &state,
        lang,
        &ctx,
        &default_options(),
        &[],
        None,
    ))
}

/// The form again, with what went wrong.
fn form_error(
    state: &AppState,
    lang: Lang,
    ctx: &Ctx,
    options: &Options,
    error: FieldError,
    status: StatusCode,
) -> Response {
    let mut res = view::form(state, lang, ctx, options, &[error], None);
    *res.status_mut() = status;
    res
}

fn form_problem(lang: Lang, p: &FormProblem) -> (FieldError, StatusCode) {
    let mb = upload::MAX_UPLOAD_BYTES / (1024 * 1024);
    match p {
        FormProblem::TooLarge => (
            FieldError::new(
                "file",
                t_args(lang, "bo-import-error-too-large", &[("mb", mb.into())]),
            ),
            StatusCode::PAYLOAD_TOO_LARGE,
        ),
        FormProblem::MappingTooLarge => (
            FieldError::new(
                "mapping_file",
                t_args(
                    lang,
                    "bo-import-error-mapping-too-large",
                    &[("kb", (upload::MAX_MAPPING_BYTES / 1024).into())],
                ),
            ),
            StatusCode::PAYLOAD_TOO_LARGE,
        ),
        FormProblem::NoFile => (
            FieldError::new("file", t(lang, "bo-import-error-no-file")),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        FormProblem::Unreadable => (
            FieldError::new("file", t(lang, "bo-import-error-unreadable")),
            StatusCode::BAD_REQUEST,
        ),
        FormProblem::MappingNotText => (
            FieldError::new("mapping_file", t(lang, "bo-import-error-mapping-not-text")),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
    }
}

fn choice_problem(lang: Lang, p: &ChoiceProblem) -> FieldError {
    match p {
        ChoiceProblem::MednumWithMapping => {
            FieldError::new("format", t(lang, "bo-import-error-mednum-with-mapping"))
        }
        ChoiceProblem::NeedsMapping => {
            FieldError::new("mapping", t(lang, "bo-import-error-needs-mapping"))
        }
        ChoiceProblem::NoMappingFile => {
            FieldError::new("mapping_file", t(lang, "bo-import-error-no-mapping-file"))
        }
        ChoiceProblem::MappingFileUnused => {
            FieldError::new("mapping", t(lang, "bo-import-error-mapping-file-unused"))
        }
        ChoiceProblem::UnknownMapping => {
            FieldError::new("mapping", t(lang, "bo-import-error-unknown-mapping"))
        }
        ChoiceProblem::BadMapping(e) => FieldError::new(
            "mapping_file",
            t_args(
                lang,
                "bo-import-error-bad-mapping",
                &[("detail", e.to_string().into())],
            ),
        ),
    }
}

/// Why a kept file cannot be read as chosen.
enum CheckProblem {
    Choice(ChoiceProblem),
    File(FileError),
    Internal(String),
}

impl CheckProblem {
    fn field(&self, lang: Lang) -> FieldError {
        match self {
            CheckProblem::Choice(c) => choice_problem(lang, c),
            CheckProblem::File(e) => FieldError::new("file", messages::file_error(lang, e)),
            CheckProblem::Internal(e) => FieldError::new(
                "file",
                t_args(lang, "bo-import-failed", &[("detail", e.clone().into())]),
            ),
        }
    }
}

/// Reads and checks the file with the chosen mapping (off the async threads:
/// a large file takes seconds).
async fn check(state: &AppState, stored: &Stored, file: Vec<u8>) -> Result<Parsed, CheckProblem> {
    let mapping = upload::mapping_for(stored, &file, &state.vocab).map_err(CheckProblem::Choice)?;
    let region = Arc::clone(&state.region);
    let vocab = Arc::clone(&state.vocab);
    let outside = if stored.options.outside == "accept" {
        OutsideRegion::Accept
    } else {
        OutsideRegion::Reject
    };
    let job = tokio::task::spawn_blocking(move || {
        let ctx = ImportContext::new(&region, &vocab)
            .outside_region(outside)
            .max_bytes(upload::MAX_UPLOAD_BYTES as u64);
        parse(&file, &mapping, &ctx)
    });
    match job.await {
        Ok(Ok(p)) => Ok(p),
        Ok(Err(e)) => Err(CheckProblem::File(e)),
        Err(e) => Err(CheckProblem::Internal(e.to_string())),
    }
}

/// What the import would do: the exact counts, from a transaction that is rolled back.
async fn dry_run(state: &AppState, parsed: &Parsed) -> PageResult<ImportCounts> {
    Ok(state
        .db
        .import_places(
            &parsed.source,
            &parsed.places,
            true,
            &mut |_| true,
            state.now().timestamp(),
        )
        .await?)
}

async fn preview(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    ctx: Ctx,
    multipart: Result<Multipart, MultipartRejection>,
) -> PageResult {
    let user_id = ctx.user()?.id;
    upload::clean_old();
    let mut options = default_options();
    let read = match multipart {
        Ok(m) => upload::read_form(m, user_id, &mut options).await,
        Err(_) => Err(FormProblem::Unreadable),
    };
    let submitted = match read {
        Ok(s) => s,
        Err(p) => {
            let (error, status) = form_problem(lang, &p);
            return Ok(form_error(&state, lang, &ctx, &options, error, status));
        }
    };
    let id = upload::save(&submitted).map_err(PageError::internal)?;
    // Post/redirect/get: the preview is read from the kept upload, so that
    // reloading it neither sends the file again nor asks to.
    Ok(
        axum::response::Redirect::to(&format!("/{}/bo/import/preview/{id}", lang.code()))
            .into_response(),
    )
}

/// The form again with the choices that cannot read the file (422).
fn unreadable(
    state: &AppState,
    lang: Lang,
    ctx: &Ctx,
    stored: &Stored,
    p: &CheckProblem,
) -> Response {
    form_error(
        state,
        lang,
        ctx,
        &stored.options,
        p.field(lang),
        StatusCode::UNPROCESSABLE_ENTITY,
    )
}

/// The form again, saying the upload is no longer kept (410).
fn expired(state: &AppState, lang: Lang, ctx: &Ctx) -> Response {
    let notice = t(lang, "bo-import-expired-text");
    let mut res = view::form(state, lang, ctx, &default_options(), &[], Some(notice));
    *res.status_mut() = StatusCode::GONE;
    res
}

/// The preview of a kept upload: every bad row, the counts of a dry run; or
/// the form again when the choices cannot read the file.
async fn preview_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    axum::extract::Path((_, id)): axum::extract::Path<(String, String)>,
    ctx: Ctx,
) -> PageResult {
    let user_id = ctx.user()?.id;
    let Some((stored, file)) = upload::load(&id, user_id) else {
        return Ok(expired(&state, lang, &ctx));
    };
    let parsed = match check(&state, &stored, file).await {
        Ok(p) => p,
        Err(p) => return Ok(unreadable(&state, lang, &ctx, &stored, &p)),
    };
    let counts = dry_run(&state, &parsed).await?;
    Ok(view::preview(
        &state, lang, &ctx, &id, &stored, &parsed, &counts,
    ))
}

#[derive(Debug, Default, Deserialize)]
pub struct ConfirmForm {
    #[serde(default)]
    upload: String,
    /// "Import the good rows only", chosen on a preview with bad rows.
    #[serde(default)]
    skip_invalid: bool,
}

async fn confirm(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    ctx: Ctx,
    Form(form): Form<ConfirmForm>,
) -> PageResult {
    let user_id = ctx.user()?.id;
    let Some((mut stored, file)) = upload::load(form.upload.trim(), user_id) else {
        return Ok(expired(&state, lang, &ctx));
    };
    let parsed = match check(&state, &stored, file).await {
        Ok(p) => p,
        Err(p) => return Ok(unreadable(&state, lang, &ctx, &stored, &p)),
    };
    if form.skip_invalid {
        stored.options.skip_invalid = true;
    }
    let bad = parsed.bad_rows();
    if bad > 0 && !stored.options.skip_invalid {
        // Shown again, with the import button disabled and why.
        let counts = dry_run(&state, &parsed).await?;
        let mut res = view::preview(
            &state,
            lang,
            &ctx,
            form.upload.trim(),
            &stored,
            &parsed,
            &counts,
        );
        *res.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
        return Ok(res);
    }
    let after = serde_json::json!({
        "file": stored.file_name,
        "mapping": view::mapping_code(&stored),
        "source": parsed.source,
        "format": stored.options.format,
        "outside_region": stored.options.outside,
        "skip_invalid": stored.options.skip_invalid,
        "rows": parsed.rows,
        "bad_rows": bad,
    });
    let entry = NewAudit {
        user_id: Some(user_id),
        action: "import",
        entity: "import",
        after: Some(after),
        ..Default::default()
    };
    let result = state
        .db
        .import_places_audited(
            &parsed.source,
            &parsed.places,
            false,
            &mut |_| true,
            Some(&entry),
            state.now().timestamp(),
        )
        .await;
    let mut counts = match result {
        Ok(c) => c,
        Err(e) => {
            tracing::error!(error = %e, file = %stored.file_name, "import failed");
            let error = CheckProblem::Internal(e.to_string()).field(lang);
            return Ok(form_error(
                &state,
                lang,
                &ctx,
                &stored.options,
                error,
                StatusCode::INTERNAL_SERVER_ERROR,
            ));
        }
    };
    counts.skipped = bad;
    if let Err(e) = state.refresh().await {
        tracing::warn!(error = %e, "directory refresh after an import failed");
    }
    let id = form.upload.trim();
    let result = upload::ImportResult {
        counts,
        outside_region: parsed
            .places
            .iter()
            .filter(|p| p.columns.commune_nis.is_none())
            .map(|p| p.name.clone())
            .collect(),
    };
    if let Err(e) = upload::save_result(id, &result) {
        // The import is done; say it here rather than lose it.
        tracing::warn!(error = %e, "keeping an import's result");
        return Ok(view::done(&state, lang, &ctx, &stored, &result));
    }
    // Post/redirect/get: reloading the result does not import again.
    Ok(
        axum::response::Redirect::to(&format!("/{}/bo/import/done/{id}", lang.code()))
            .into_response(),
    )
}

/// What an import did (reached after its POST).
async fn done_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    axum::extract::Path((_, id)): axum::extract::Path<(String, String)>,
    ctx: Ctx,
) -> PageResult {
    let user_id = ctx.user()?.id;
    let Some((stored, result)) = upload::load_result(&id, user_id) else {
        return Ok(expired(&state, lang, &ctx));
    };
    Ok(view::done(&state, lang, &ctx, &stored, &result))
}
