//! One application as a juror reads and scores it: per criterion a score
//! on its scale or "not assessed" (radio buttons, none chosen until the
//! juror chooses: never a 0 by default), a comment; a criterion left
//! without a choice is named in the error summary, everything typed kept
//! (422). And the declaration of a conflict of interest, with its reason:
//! the application then leaves the juror's list.

use std::collections::BTreeMap;

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use domain::Lang;
use domain::grants::jury::{Mark, MarkProblem};
use maud::{Markup, html};
use store::grants::jury::JuryError;
use store::grants::{Application, Call};

use super::{call_of, refusal};
use crate::AppState;
use crate::auth::{Ctx, csrf_field};
use crate::i18n::{t, t_args};
use crate::ui::form::{FieldError, error_for, error_summary, textarea};
use crate::ui::jury::{
    application_label, application_name, application_summary, call_title, criterion_name,
};
use crate::ui::{PageLang, PageResult};

/// What the juror typed: criterion key -> "0".."max" or "na", and the comment.
#[derive(Default)]
struct Typed {
    marks: BTreeMap<String, String>,
    comment: String,
}

fn read(body: &Bytes) -> Typed {
    let mut out = Typed::default();
    for (k, v) in form_urlencoded::parse(body) {
        if let Some(key) = k.strip_prefix("score-") {
            out.marks.insert(key.to_string(), v.into_owned());
        } else if k == "comment" {
            out.comment = v.into_owned();
        }
    }
    out
}

fn typed_of(marks: &BTreeMap<String, Mark>, comment: &str) -> Typed {
    Typed {
        marks: marks
            .iter()
            .map(|(k, m)| {
                let v = match m {
                    Mark::Score(s) => s.to_string(),
                    Mark::NotAssessed => "na".to_string(),
                };
                (k.clone(), v)
            })
            .collect(),
        comment: comment.to_string(),
    }
}

/// The id a criterion's error links to: its first radio button.
fn anchor(key: &str) -> String {
    format!("score-{key}-0")
}

/// The marks as typed, or an error per criterion left without a choice or
/// with a value off its scale.
fn parse(
    lang: Lang,
    call: &Call,
    typed: &Typed,
) -> Result<BTreeMap<String, Mark>, Vec<FieldError>> {
    let mut marks = BTreeMap::new();
    let mut errors = Vec::new();
    for k in &call.def.criteria {
        let name = criterion_name(lang, call, &k.key);
        match typed.marks.get(&k.key).map(String::as_str) {
            Some("na") => {
                marks.insert(k.key.clone(), Mark::NotAssessed);
            }
            Some(v) if v.parse::<u32>().is_ok_and(|s| s <= k.scale_max) => {
                marks.insert(k.key.clone(), Mark::Score(v.parse().unwrap_or(0)));
            }
            Some(v) if !v.is_empty() => errors.push(FieldError::new(
                &anchor(&k.key),
                t_args(
                    lang,
                    "jury-error-scale",
                    &[
                        ("criterion", name.into()),
                        ("max", (k.scale_max as i32).into()),
                    ],
                ),
            )),
            _ => errors.push(FieldError::new(
                &anchor(&k.key),
                t_args(lang, "jury-error-choose", &[("criterion", name.into())]),
            )),
        }
    }
    if errors.is_empty() {
        Ok(marks)
    } else {
        Err(errors)
    }
}

/// One criterion's radio buttons: 0 to its maximum, then "not assessed".
fn criterion_field(
    lang: Lang,
    call: &Call,
    key: &str,
    max: u32,
    weight: u32,
    current: &str,
    errors: &[FieldError],
) -> Markup {
    let name = format!("score-{key}");
    let id = anchor(key);
    let error = error_for(errors, &id);
    let hint_id = format!("{name}-hint");
    let error_id = format!("{name}-error");
    let described = match error {
        Some(_) => format!("{hint_id} {error_id}"),
        None => hint_id.clone(),
    };
    html! {
        fieldset.field.scale.(if error.is_some() { "has-error" } else { "" }) aria-describedby=(described) {
            legend { (criterion_name(lang, call, key)) }
            p.hint id=(hint_id) {
                (t_args(lang, "jury-criterion-hint", &[("max", (max as i32).into()), ("weight", (weight as i32).into())]))
            }
            @if let Some(e) = error { p.field-error id=(error_id) { (e) } }
            div.scale-options {
                @for s in 0..=max {
                    @let v = s.to_string();
                    div.check {
                        input type="radio" id=(format!("{name}-{s}")) name=(name) value=(v) checked[current == v];
                        label for=(format!("{name}-{s}")) { bdi { (s) } }
                    }
                }
                div.check.not-assessed {
                    input type="radio" id=(format!("{name}-na")) name=(name) value="na" checked[current == "na"];
                    label for=(format!("{name}-na")) { (t(lang, "jury-not-assessed")) }
                }
            }
        }
    }
}

fn render(
    state: &AppState,
    lang: Lang,
    ctx: &Ctx,
    call: &Call,
    a: &Application,
    typed: &Typed,
    errors: &[FieldError],
) -> Response {
    let l = lang.code();
    let key = &call.def.key;
    let title = application_name(a);
    let body = html! {
        (error_summary(lang, errors))
        nav.crumbs aria-label=(t(lang, "breadcrumb")) {
            a href=(format!("/{l}/bo/jury")) { (t(lang, "jury-my-calls")) } " › "
            a href=(format!("/{l}/bo/jury/{key}")) { (call_title(lang, call)) }
        }
        h1 lang=(a.app.lang) dir="auto" { (title) }
        (application_summary(lang, call, a))
        h2 #scoring-title { (t(lang, "jury-scoring-title")) }
        p { (t(lang, "jury-scoring-intro")) }
        form method="post" action=(format!("/{l}/bo/jury/{key}/{}", a.id)) novalidate aria-labelledby="scoring-title" {
            (csrf_field(ctx))
            @for k in &call.def.criteria {
                (criterion_field(lang, call, &k.key, k.scale_max, k.weight, typed.marks.get(&k.key).map_or("", String::as_str), errors))
            }
            (textarea("comment", &t(lang, "jury-comment"), Some(&t(lang, "jury-comment-hint")), &typed.comment, errors))
            button type="submit" { (t(lang, "jury-save-button")) }
        }
        p { a href=(format!("/{l}/bo/jury/{key}/{}/conflict", a.id)) { (t(lang, "jury-declare-conflict-link")) } }
    };
    let _ = state;
    crate::ui::layout::back_office_form_page(
        lang,
        ctx,
        &title,
        &format!("/bo/jury/{key}/{}", a.id),
        body,
        !errors.is_empty(),
    )
}

/// The application, or the page that says why not (403 for a conflict).
async fn load(
    state: &AppState,
    lang: Lang,
    ctx: &Ctx,
    key: &str,
    id: &str,
) -> PageResult<(Call, Application)> {
    let user = ctx.user()?;
    let call = call_of(state, key).await?;
    let id: i64 = id.parse().map_err(|_| crate::ui::PageError::NotFound)?;
    match state
        .db
        .application_for_juror(call.id, id, user.id, state.now().timestamp())
        .await
    {
        Ok(a) => Ok((call, a)),
        Err(e) => Err(refusal(state, lang, &call, e)),
    }
}

pub(super) async fn page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, key, id)): Path<(String, String, String)>,
    ctx: Ctx,
) -> PageResult {
    let (call, a) = load(&state, lang, &ctx, &key, &id).await?;
    let user = ctx.user()?;
    let mine = state.db.reviews_of_juror(call.id, user.id).await?;
    let typed = mine
        .iter()
        .find(|r| r.application_id == a.id)
        .map_or_else(Typed::default, |r| typed_of(&r.marks, &r.comment));
    Ok(render(&state, lang, &ctx, &call, &a, &typed, &[]))
}

pub(super) async fn save(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, key, id)): Path<(String, String, String)>,
    ctx: Ctx,
    body: Bytes,
) -> PageResult {
    let (call, a) = load(&state, lang, &ctx, &key, &id).await?;
    let user = ctx.user()?;
    let typed = read(&body);
    let marks = match parse(lang, &call, &typed) {
        Ok(m) => m,
        Err(errors) => return Ok(render(&state, lang, &ctx, &call, &a, &typed, &errors)),
    };
    match state
        .db
        .save_marks(
            call.id,
            a.id,
            user.id,
            &marks,
            &typed.comment,
            state.now().timestamp(),
        )
        .await
    {
        Ok(()) => {}
        Err(JuryError::Marks(problems)) => {
            let errors: Vec<FieldError> = problems
                .iter()
                .map(|p| match p {
                    MarkProblem::UnknownCriterion(k)
                    | MarkProblem::OutOfScale { criterion: k, .. } => FieldError::new(
                        &anchor(k),
                        t_args(
                            lang,
                            "jury-error-choose",
                            &[("criterion", criterion_name(lang, &call, k).into())],
                        ),
                    ),
                })
                .collect();
            return Ok(render(&state, lang, &ctx, &call, &a, &typed, &errors));
        }
        Err(e) => return Err(refusal(&state, lang, &call, e)),
    }
    Ok(Redirect::to(&format!("/{}/bo/jury/{key}?saved={}", lang.code(), a.id)).into_response())
}

fn render_conflict(
    lang: Lang,
    ctx: &Ctx,
    call: &Call,
    a: &Application,
    reason: &str,
    errors: &[FieldError],
) -> Response {
    let l = lang.code();
    let key = &call.def.key;
    let title = t(lang, "jury-conflict-form-title");
    let body = html! {
        (error_summary(lang, errors))
        nav.crumbs aria-label=(t(lang, "breadcrumb")) {
            a href=(format!("/{l}/bo/jury")) { (t(lang, "jury-my-calls")) } " › "
            a href=(format!("/{l}/bo/jury/{key}")) { (call_title(lang, call)) }
        }
        h1 #conflict-title { (title) }
        p { (t(lang, "jury-conflict-form-intro")) }
        dl.details {
            dt { (t(lang, "jury-field-application")) } dd lang=(a.app.lang) { (application_label(a)) }
            dt { (t(lang, "jury-field-organisation")) } dd { bdi { (a.organisation.name) } }
        }
        form method="post" action=(format!("/{l}/bo/jury/{key}/{}/conflict", a.id)) novalidate aria-labelledby="conflict-title" {
            (csrf_field(ctx))
            (textarea("reason", &t(lang, "jury-conflict-reason"), Some(&t(lang, "jury-conflict-reason-hint")), reason, errors))
            button type="submit" { (t(lang, "jury-conflict-button")) }
        }
    };
    crate::ui::layout::back_office_form_page(
        lang,
        ctx,
        &title,
        &format!("/bo/jury/{key}/{}/conflict", a.id),
        body,
        !errors.is_empty(),
    )
}

pub(super) async fn conflict_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, key, id)): Path<(String, String, String)>,
    ctx: Ctx,
) -> PageResult {
    let (call, a) = load(&state, lang, &ctx, &key, &id).await?;
    Ok(render_conflict(lang, &ctx, &call, &a, "", &[]))
}

pub(super) async fn declare_conflict(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, key, id)): Path<(String, String, String)>,
    ctx: Ctx,
    body: Bytes,
) -> PageResult {
    let (call, a) = load(&state, lang, &ctx, &key, &id).await?;
    let user = ctx.user()?;
    let reason = form_urlencoded::parse(&body)
        .find(|(k, _)| k == "reason")
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default();
    if reason.trim().is_empty() {
        let errors = [FieldError::new("reason", t(lang, "jury-error-reason"))];
        return Ok(render_conflict(lang, &ctx, &call, &a, &reason, &errors));
    }
    state
        .db
        .declare_conflict(
            a.id,
            user.id,
            &reason,
            Some(user.id),
            state.now().timestamp(),
        )
        .await?;
    Ok(Redirect::to(&format!("/{}/bo/jury/{key}?conflict=1", lang.code())).into_response())
}
