//! The anonymous self-check: `/{lang}/diagnostic` shows the questionnaire as
//! one server-rendered form; it is sent with GET to
//! `/{lang}/diagnostic/result?…`, which scores the answers (the domain's
//! `diagnostic::score`) and shows the profile, the urgency, advice, and the
//! places and sessions near the person that fit. Nothing is stored and no
//! cookie is needed: the answers live only in the address, so the result can
//! be bookmarked or printed and the back button works. Invalid or missing
//! answers give the form again (422) with an error summary, answers kept.

mod matching;
mod result;

use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::Lang;
use domain::account::Access;
use domain::diagnostic::{AnswerErrors, Answers, QUESTIONS, Question, QuestionKind};
use maud::{Markup, html};

use crate::AppState;
use crate::auth::Ctx;
use crate::i18n::{t, t_args};
use crate::routes::Routes;
use crate::ui::PageLang;
use crate::ui::PageResult;
use crate::ui::layout::page;

pub fn routes() -> Routes {
    use Access::Public;
    Routes::new()
        .get("/{lang}/diagnostic", Public, form_page)
        .get("/{lang}/diagnostic/result", Public, result_page)
}

/// The field with the person's postcode or commune (not a question).
pub(crate) const WHERE_FIELD: &str = "where";
const WHERE_MAX: usize = 100;

/// The questions shown under the "Can you do these things?" heading.
const SKILL_QUESTIONS: std::ops::Range<usize> = 4..9;

/// The query string's pairs, in order.
fn pairs(raw: &str) -> Vec<(String, String)> {
    form_urlencoded::parse(raw.as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

/// What the person wrote as postcode or commune, trimmed.
fn where_value(pairs: &[(String, String)]) -> String {
    pairs
        .iter()
        .find(|(k, _)| k == WHERE_FIELD)
        .map(|(_, v)| v.trim().to_owned())
        .unwrap_or_default()
}

/// The questionnaire; a query string (from "change my answers") fills it in.
async fn form_page(PageLang(lang): PageLang, RawQuery(raw): RawQuery) -> Response {
    let raw = raw.unwrap_or_default();
    let given = pairs(&raw);
    render_form(lang, &raw, &given, None, false)
}

async fn result_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    RawQuery(raw): RawQuery,
    ctx: Ctx,
) -> PageResult {
    let raw = raw.unwrap_or_default();
    let given = pairs(&raw);
    let place = where_value(&given);
    let where_bad = place.chars().count() > WHERE_MAX;
    let parsed = Answers::parse(given.iter().map(|(k, v)| (k.as_str(), v.as_str())), lang);
    match parsed {
        Ok(answers) if !where_bad => {
            result::render(&state, lang, &ctx, &raw, &answers, &place).await
        }
        Ok(_) => Ok(render_form(lang, &raw, &given, None, true)),
        Err(errors) => Ok(render_form(lang, &raw, &given, Some(&errors), where_bad)),
    }
}

/// The form page; with errors, status 422 and the error summary first.
fn render_form(
    lang: Lang,
    raw: &str,
    given: &[(String, String)],
    errors: Option<&AnswerErrors>,
    where_bad: bool,
) -> Response {
    let l = lang.code();
    let has_errors = errors.is_some() || where_bad;
    let chosen = |q: &Question, code: &str| given.iter().any(|(k, v)| k == q.id && v == code);
    let body = html! {
        h1 { (t(lang, "diag-title")) }
        @if has_errors { (error_summary(lang, errors, where_bad)) }
        p { (t(lang, "diag-intro")) }
        p.notice { (t(lang, "diagp-intro-private")) }
        form.diagnostic action=(format!("/{l}/diagnostic/result")) method="get" novalidate {
            h2 { (t(lang, "diagp-part-devices")) }
            @for (i, q) in QUESTIONS.iter().enumerate() {
                @if i == SKILL_QUESTIONS.start { h2 { (t(lang, "diag-skills-intro")) } }
                @if i == SKILL_QUESTIONS.end { h2 { (t(lang, "diagp-part-you")) } }
                (question(lang, i, q, errors, |code| chosen(q, code)))
            }
            (where_field(lang, &where_value(given), where_bad))
            button type="submit" { (t(lang, "diagp-submit")) }
        }
    };
    let tail = if raw.is_empty() {
        "/diagnostic".to_owned()
    } else if has_errors {
        format!("/diagnostic/result?{raw}")
    } else {
        format!("/diagnostic?{raw}")
    };
    let mut res = page(lang, &t(lang, "diag-title"), &tail, body, None);
    if has_errors {
        *res.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    }
    res
}

/// The id of a question's first answer: where the error summary links to.
fn first_input_id(q: &Question) -> String {
    format!("{}-{}", q.id, q.answers[0])
}

fn error_message(lang: Lang, errors: &AnswerErrors, q: &Question) -> Option<String> {
    errors
        .for_question(q.id)
        .map(|e| t(lang, e.kind.message_key()))
}

fn error_summary(lang: Lang, errors: Option<&AnswerErrors>, where_bad: bool) -> Markup {
    html! {
        div.error-summary role="alert" aria-labelledby="error-summary-title" tabindex="-1" {
            h2 #error-summary-title { (t(lang, "diagp-error-title")) }
            ul {
                @if let Some(errors) = errors {
                    @for (i, q) in QUESTIONS.iter().enumerate() {
                        @if let Some(message) = error_message(lang, errors, q) {
                            li { a href=(format!("#{}", first_input_id(q))) {
                                (t_args(lang, "diagp-error-item", &[("number", (i + 1).into()), ("message", message.into())]))
                                " – " (t(lang, &q.key()))
                            } }
                        }
                    }
                }
                @if where_bad { li { a href=(format!("#{WHERE_FIELD}")) { (t(lang, "diagp-error-where")) } } }
            }
        }
    }
}

/// One question: a fieldset whose legend is the question, radio buttons (one
/// answer) or checkboxes (several), the error message under the legend.
fn question(
    lang: Lang,
    index: usize,
    q: &Question,
    errors: Option<&AnswerErrors>,
    chosen: impl Fn(&str) -> bool,
) -> Markup {
    let error = errors.and_then(|e| error_message(lang, e, q));
    let error_id = format!("{}-error", q.id);
    let input_type = match q.kind {
        QuestionKind::Single => "radio",
        QuestionKind::Multi | QuestionKind::OptionalMulti => "checkbox",
    };
    html! {
        fieldset.question.has-error[error.is_some()] id=(format!("q-{}", q.id))
            aria-describedby=[error.as_ref().map(|_| error_id.as_str())] {
            legend { span.qnum { (index + 1) ". " } (t(lang, &q.key())) }
            @if let Some(message) = &error { p.field-error id=(error_id) { (message) } }
            @for code in q.answers {
                div.choice {
                    input type=(input_type) id=(format!("{}-{code}", q.id)) name=(q.id) value=(code) checked[chosen(code)];
                    label for=(format!("{}-{code}", q.id)) { (t(lang, &q.answer_key(code))) }
                }
            }
        }
    }
}

fn where_field(lang: Lang, value: &str, bad: bool) -> Markup {
    html! {
        div.field.has-error[bad] {
            label for=(WHERE_FIELD) { (t(lang, "diagp-where-label")) }
            p.hint #where-hint { (t(lang, "diagp-where-hint")) }
            @if bad { p.field-error #where-error { (t(lang, "diagp-error-where")) } }
            input #where type="text" name=(WHERE_FIELD) value=(value) autocomplete="postal-code" maxlength="100"
                aria-describedby=(if bad { "where-hint where-error" } else { "where-hint" });
        }
    }
}
