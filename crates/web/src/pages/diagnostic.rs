//! The anonymous self-check, one question per page: `/{lang}/diagnostic`
//! asks question `step` (1 to 12; the last one with the postcode or commune,
//! "do you know a place near you?") in a GET form that carries every other
//! answer in hidden fields. "Continue"
//! (`go=next`) checks the question and goes on; "Back" (`go=back`) goes back
//! with every answer, the current one too. After the last step comes
//! `/{lang}/diagnostic/result?…`, which scores the answers (the domain's
//! `diagnostic::score`) and shows the profile, the urgency, advice, and the
//! places and sessions near the person that fit. Nothing is stored and no
//! cookie is needed: the answers live only in the address, so the result can
//! be bookmarked or printed and the browser's back button works. A result
//! address with missing or invalid answers (an old bookmark of the one-page
//! form) gives the first step with a problem (422), answers kept.

mod matching;
mod result;

use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
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
use crate::ui::form::{FieldError, error_summary};
use crate::ui::layout::page;

pub fn routes() -> Routes {
    use Access::Public;
    Routes::new()
        .get("/{lang}/diagnostic", Public, step_page)
        .get("/{lang}/diagnostic/result", Public, result_page)
}

/// The field with the person's postcode or commune (not a question).
pub(crate) const WHERE_FIELD: &str = "where";
const WHERE_MAX: usize = 100;

/// The steps: one per question; the last also asks for the postcode or commune.
pub(super) const STEPS: usize = QUESTIONS.len();

/// The questions shown under the "Can you do these things?" heading.
const SKILL_QUESTIONS: std::ops::Range<usize> = 4..9;

/// The query string's pairs, in order.
fn pairs(raw: &str) -> Vec<(String, String)> {
    form_urlencoded::parse(raw.as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

/// The first value of `key`.
fn value<'a>(pairs: &'a [(String, String)], key: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

/// What the person wrote as postcode or commune, trimmed.
fn where_value(pairs: &[(String, String)]) -> String {
    value(pairs, WHERE_FIELD)
        .unwrap_or_default()
        .trim()
        .to_owned()
}

/// Is this field an answer (a question, or the postcode)? Others (`step`,
/// `go`) only steer the questionnaire.
fn is_answer(key: &str) -> bool {
    key == WHERE_FIELD || domain::diagnostic::question(key).is_some()
}

/// The fields step `step` asks for.
fn step_fields(step: usize) -> Vec<&'static str> {
    let mut fields = vec![QUESTIONS[step - 1].id];
    if step == STEPS {
        fields.push(WHERE_FIELD);
    }
    fields
}

/// The answers as a query string, in the order given (without `step`, `go`).
fn answers_query(given: &[(String, String)]) -> String {
    let mut s = form_urlencoded::Serializer::new(String::new());
    for (k, v) in given.iter().filter(|(k, _)| is_answer(k)) {
        s.append_pair(k, v);
    }
    s.finish()
}

/// The address of step `step` with these answers.
fn step_tail(step: usize, given: &[(String, String)]) -> String {
    let answers = answers_query(given);
    if answers.is_empty() {
        format!("/diagnostic?step={step}")
    } else {
        format!("/diagnostic?step={step}&{answers}")
    }
}

/// One step of the questionnaire (the first by default); `go=next` checks
/// the step's answer and moves on, `go=back` moves back keeping everything.
async fn step_page(PageLang(lang): PageLang, RawQuery(raw): RawQuery) -> Response {
    let given = pairs(&raw.unwrap_or_default());
    let step = value(&given, "step")
        .and_then(|s| s.parse::<usize>().ok())
        .filter(|n| (1..=STEPS).contains(n))
        .unwrap_or(1);
    let l = lang.code();
    match value(&given, "go") {
        Some("back") => Redirect::to(&format!(
            "/{l}{}",
            step_tail(step.saturating_sub(1).max(1), &given)
        ))
        .into_response(),
        Some("next") => {
            let errors = step_errors(lang, step, &given);
            if !errors.is_empty() {
                render_step(lang, step, &given, &errors)
            } else if step == STEPS {
                Redirect::to(&format!("/{l}/diagnostic/result?{}", answers_query(&given)))
                    .into_response()
            } else {
                Redirect::to(&format!("/{l}{}", step_tail(step + 1, &given))).into_response()
            }
        }
        _ => render_step(lang, step, &given, &[]),
    }
}

/// The problems with step `step`'s answers, for the error summary.
fn step_errors(lang: Lang, step: usize, given: &[(String, String)]) -> Vec<FieldError> {
    let q = &QUESTIONS[step - 1];
    let parsed = Answers::parse(given.iter().map(|(k, v)| (k.as_str(), v.as_str())), lang);
    let mut errors: Vec<FieldError> = match parsed {
        Err(errors) => error_message(lang, &errors, q)
            .map(|message| {
                let item = t_args(
                    lang,
                    "diagp-error-item",
                    &[("number", step.into()), ("message", message.into())],
                );
                FieldError::new(&first_input_id(q), item)
            })
            .into_iter()
            .collect(),
        Ok(_) => Vec::new(),
    };
    if step == STEPS && where_value(given).chars().count() > WHERE_MAX {
        errors.push(FieldError::new(WHERE_FIELD, t(lang, "diagp-error-where")));
    }
    errors
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
    // The first step with a problem, if any.
    let wrong = (1..=STEPS)
        .map(|step| (step, step_errors(lang, step, &given)))
        .find(|(_, errors)| !errors.is_empty());
    let answers = Answers::parse(given.iter().map(|(k, v)| (k.as_str(), v.as_str())), lang);
    match (wrong, answers) {
        (None, Ok(answers)) => result::render(&state, lang, &ctx, &raw, &answers, &place).await,
        (Some((step, errors)), _) => Ok(render_step(lang, step, &given, &errors)),
        // Not reached: every problem of the answers is one step's.
        (None, Err(_)) => Ok(render_step(lang, 1, &given, &[])),
    }
}

/// One step: the progress line, the question (a fieldset whose legend is
/// the page's heading) or the postcode field, "Continue" and "Back". With
/// errors: status 422, the summary first and "Error:" in the title.
fn render_step(
    lang: Lang,
    step: usize,
    given: &[(String, String)],
    errors: &[FieldError],
) -> Response {
    let l = lang.code();
    let fields = step_fields(step);
    let q = &QUESTIONS[step - 1];
    let progress = t_args(
        lang,
        "forms-diag-progress",
        &[("step", step.into()), ("steps", STEPS.into())],
    );
    let part = match step - 1 {
        i if i < SKILL_QUESTIONS.start => "diagp-part-devices",
        i if i < SKILL_QUESTIONS.end => "diag-skills-intro",
        _ => "diagp-part-you",
    };
    let chosen = |code: &str| given.iter().any(|(k, v)| k == q.id && v == code);
    // The question's own message, under its legend (the summary's names the question).
    let q_error = errors
        .iter()
        .any(|e| e.field != WHERE_FIELD)
        .then(|| {
            Answers::parse(given.iter().map(|(k, v)| (k.as_str(), v.as_str())), lang)
                .err()
                .and_then(|e| error_message(lang, &e, q))
        })
        .flatten();
    let where_bad = errors.iter().any(|e| e.field == WHERE_FIELD);
    let body = html! {
        (error_summary(lang, errors))
        @if step == 1 {
            p { (t(lang, "diag-intro")) }
            p.notice { (t(lang, "diagp-intro-private")) }
        }
        form.diagnostic action=(format!("/{l}/diagnostic")) method="get" novalidate {
            p.diag-progress { strong { (progress) } }
            p.diag-part { (t(lang, part)) }
            input type="hidden" name="step" value=(step);
            @for (k, v) in given.iter().filter(|(k, _)| is_answer(k) && !fields.contains(&k.as_str())) {
                input type="hidden" name=(k) value=(v);
            }
            (question(lang, q, q_error, chosen))
            @if step == STEPS { (where_field(lang, &where_value(given), where_bad)) }
            div.diag-buttons {
                button type="submit" name="go" value="next" {
                    (t(lang, if step == STEPS { "diagp-submit" } else { "forms-diag-next" }))
                }
                @if step > 1 {
                    button.secondary type="submit" name="go" value="back" { (t(lang, "forms-diag-back")) }
                }
            }
        }
    };
    let title = format!("{progress} – {}", t(lang, "diag-title"));
    let mut res = page(lang, &title, &step_tail(step, given), body, None);
    if !errors.is_empty() {
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

/// One question: a fieldset whose legend is the page's heading, radio
/// buttons (one answer) or checkboxes (several), the error under the legend.
fn question(
    lang: Lang,
    q: &Question,
    error: Option<String>,
    chosen: impl Fn(&str) -> bool,
) -> Markup {
    let error = error.as_deref();
    let error_id = format!("{}-error", q.id);
    let input_type = match q.kind {
        QuestionKind::Single => "radio",
        QuestionKind::Multi | QuestionKind::OptionalMulti => "checkbox",
    };
    html! {
        fieldset.question.has-error[error.is_some()] id=(format!("q-{}", q.id))
            aria-describedby=[error.map(|_| error_id.as_str())] {
            legend { h1 { (t(lang, &q.key())) } }
            @if let Some(message) = error { p.field-error id=(error_id) { (message) } }
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
