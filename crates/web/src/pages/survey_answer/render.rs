//! The answering pages' HTML: a light frame (no script, one small
//! stylesheet), the start page, one page of questions, closed, thanks.
//! Every chrome string comes from `survey-answer.ftl` in the
//! questionnaire's language (Spanish included); the questions' own texts
//! come from the questionnaire.

use axum::response::{Html, IntoResponse, Response};
use chrono::NaiveDate;
use domain::survey::answering::{self, AnswerError, Page, PageAnswers};
use domain::survey::{Answers, Question, QuestionKind, Value};
use maud::{DOCTYPE, Markup, html};

use super::Survey;
use crate::antispam::HONEYPOT;
use crate::auth::{Ctx, csrf_field};
use crate::i18n::{Arg, t_code, t_code_args};
use crate::ui::form::{FieldError, error_summary_titled};

/// A language named in itself.
pub fn autonym(code: &str) -> &str {
    match code {
        "fr" => "Français",
        "nl" => "Nederlands",
        "en" => "English",
        "es" => "Español",
        "ar" => "العربية",
        "de" => "Deutsch",
        other => other,
    }
}

fn date(d: NaiveDate) -> String {
    d.format("%d/%m/%Y").to_string()
}

/// The frame: `lang` and `dir` from the questionnaire's language (Arabic
/// right to left), the site's name, the main part.
fn frame(lang: &str, title: &str, has_errors: bool, main: Markup) -> Response {
    let title = if has_errors {
        t_code_args(
            lang,
            "sva-error-title",
            &[("title", title.to_owned().into())],
        )
    } else {
        title.to_owned()
    };
    let markup = html! {
        (DOCTYPE)
        html lang=(lang) dir=(if lang == "ar" { "rtl" } else { "ltr" }) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " – " (t_code(lang, "sva-site")) }
                link rel="stylesheet" href="/static/survey.css";
                link rel="icon" href="data:,";
            }
            body {
                header { (t_code(lang, "sva-site")) }
                main #main tabindex="-1" { (main) }
            }
        }
    };
    Html(markup.into_string()).into_response()
}

fn title_of(s: &Survey, lang: &str) -> String {
    s.form.title.get(lang, s.form.default_language()).to_owned()
}

/// The other languages of the questionnaire, each named in itself, to the
/// same page in that language.
fn languages(s: &Survey, lang: &str, tail: &str) -> Markup {
    html! {
        nav aria-label=(t_code(lang, "sva-languages")) {
            ul.langs {
                @for l in &s.form.languages {
                    li {
                        @if l == lang {
                            span lang=(l) aria-current="true" { (autonym(l)) }
                        } @else {
                            a href=(format!("/s/{}/{l}{tail}", s.code())) lang=(l) hreflang=(l) { (autonym(l)) }
                        }
                    }
                }
            }
        }
    }
}

/// The start page: the place, anonymous, how long, the languages; with a
/// draft on this device, "continue where you stopped" or "start again".
pub fn start(
    s: &Survey,
    lang: &str,
    first: usize,
    resume: Option<usize>,
    shown_pages: usize,
    ctx: &Ctx,
) -> Response {
    let base = s.base(lang);
    // About 20 seconds a page, rounded up to the minute, 2 minutes at least.
    let minutes = (shown_pages * 20).div_ceil(60).max(2);
    let title = title_of(s, lang);
    let main = html! {
        (languages(s, lang, ""))
        h1 { (title) }
        p { (t_code_args(lang, "sva-start-place", &[("place", s.place.place_name.clone().into())])) }
        p { (t_code_args(lang, "sva-start-time", &[("minutes", Arg::from(minutes))])) }
        p.notice { (t_code(lang, "sva-start-anonymous")) }
        p { (t_code_args(lang, "sva-start-until", &[("date", date(s.edition.closes_on).into())])) }
        @if let Some(resume) = resume {
            h2 { (t_code(lang, "sva-resume-title")) }
            p { (t_code(lang, "sva-resume-text")) }
            div.buttons {
                a.button href=(format!("{base}/q/{}", resume + 1)) { (t_code(lang, "sva-resume-continue")) }
                form.inline method="post" action=(format!("{base}/restart")) {
                    (csrf_field(ctx))
                    button.secondary type="submit" { (t_code(lang, "sva-resume-restart")) }
                }
            }
        } @else {
            div.buttons {
                a.button href=(format!("{base}/q/{}", first + 1)) { (t_code(lang, "sva-start-button")) }
            }
        }
    };
    frame(lang, &title, false, main)
}

/// Outside the edition's period.
pub fn closed(s: &Survey, lang: &str, today: NaiveDate) -> Response {
    let title = t_code(lang, "sva-closed-title");
    let dates = [
        ("opens", Arg::from(date(s.edition.opens_on))),
        ("closes", Arg::from(date(s.edition.closes_on))),
    ];
    let main = html! {
        (languages(s, lang, ""))
        h1 { (title) }
        p { (title_of(s, lang)) " – " (s.place.place_name) }
        @if today < s.edition.opens_on {
            p { (t_code_args(lang, "sva-closed-not-yet", &dates)) }
        } @else {
            p { (t_code_args(lang, "sva-closed-over", &dates)) }
        }
        p { (t_code(lang, "sva-closed-thanks")) }
    };
    frame(lang, &title, false, main)
}

pub fn thanks(s: &Survey, lang: &str) -> Response {
    let title = t_code(lang, "sva-thanks-title");
    let main = html! {
        h1 { (title) }
        p { (t_code_args(lang, "sva-thanks-text", &[("place", s.place.place_name.clone().into())])) }
        p.notice { (t_code(lang, "sva-thanks-nothing-kept")) }
    };
    frame(lang, &title, false, main)
}

/// Answers as form fields, to fill a page in again.
pub fn answers_as_fields(answers: &Answers) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (k, v) in answers {
        match v {
            Value::Number(n) => out.push((k.clone(), n.to_string())),
            Value::Text(t) => out.push((k.clone(), t.clone())),
            Value::Choices(cs) => out.extend(cs.iter().map(|c| (k.clone(), c.clone()))),
        }
    }
    out
}

/// The id of a question's first control: where the error summary links to.
fn control_id(s: &Survey, q: &Question) -> String {
    match &q.kind {
        QuestionKind::SingleChoice { .. } | QuestionKind::MultipleChoice { .. } => {
            let first = s.form.choices_of(q).first().map_or("", |c| c.name.as_str());
            format!("{}-{first}", q.name)
        }
        QuestionKind::Scale { min, .. } => format!("{}-{min}", q.name),
        _ => q.name.clone(),
    }
}

fn shown_questions<'a>(s: &'a Survey, page: &'a Page, answers: &'a Answers) -> Vec<&'a Question> {
    page.questions
        .iter()
        .filter(|n| s.form.is_shown(n, answers))
        .filter_map(|n| s.form.question(n))
        .collect()
}

/// The first control of a page (for a problem that is not one question's).
pub fn first_field_id(s: &Survey, page: &Page, answers: &Answers) -> String {
    shown_questions(s, page, answers)
        .first()
        .map_or_else(|| "main".to_owned(), |q| control_id(s, q))
}

/// A problem in plain words, for this kind of question.
fn message(lang: &str, q: &Question, e: &AnswerError) -> String {
    match e {
        AnswerError::Required => t_code(
            lang,
            match q.kind {
                QuestionKind::SingleChoice { .. } => "sva-error-choose-one",
                QuestionKind::MultipleChoice { .. } => "sva-error-choose-some",
                QuestionKind::Scale { .. } => "sva-error-choose-number",
                QuestionKind::Number { .. } => "sva-error-number-missing",
                _ => "sva-error-text-missing",
            },
        ),
        AnswerError::NotAChoice => t_code(lang, "sva-error-not-a-choice"),
        AnswerError::OneOnly => t_code(lang, "sva-error-one-only"),
        AnswerError::NotANumber => t_code(lang, "sva-error-not-a-number"),
        AnswerError::OutOfRange { min, max } => match (min, max) {
            (Some(a), Some(b)) => t_code_args(
                lang,
                "sva-error-between",
                &[("min", Arg::Number(*a)), ("max", Arg::Number(*b))],
            ),
            (Some(a), None) => t_code_args(lang, "sva-error-at-least", &[("min", Arg::Number(*a))]),
            (None, Some(b)) => t_code_args(lang, "sva-error-at-most", &[("max", Arg::Number(*b))]),
            (None, None) => t_code(lang, "sva-error-not-a-number"),
        },
        AnswerError::TooLong { max, count } => t_code_args(
            lang,
            "sva-error-too-long",
            &[("max", Arg::from(*max)), ("count", Arg::from(*count))],
        ),
    }
}

/// The error summary's items: one per question, named by its label when
/// the page has several.
pub fn field_errors(
    s: &Survey,
    lang: &str,
    page: &Page,
    answers: &Answers,
    parsed: &PageAnswers,
) -> Vec<FieldError> {
    let several = shown_questions(s, page, answers).len() > 1;
    parsed
        .errors
        .iter()
        .filter_map(|(name, e)| {
            let q = s.form.question(name)?;
            let text = message(lang, q, e);
            let text = if several {
                format!("{}: {text}", label(s, q, lang))
            } else {
                text
            };
            Some(FieldError::new(&control_id(s, q), text))
        })
        .collect()
}

fn label<'a>(s: &'a Survey, q: &'a Question, lang: &str) -> &'a str {
    q.label.get(lang, s.form.default_language())
}

/// One page of questions: progress, the section, the questions (the only
/// question's label is the page's heading), Continue and Back.
#[allow(clippy::too_many_arguments)]
pub fn question(
    s: &Survey,
    lang: &str,
    index: usize,
    answers: &Answers,
    given: &[(String, String)],
    errors: &[FieldError],
    stamp: &str,
    ctx: &Ctx,
) -> Response {
    let page = &s.pages[index];
    let questions = shown_questions(s, page, answers);
    let (position, total) = answering::progress(&s.form, &s.pages, index, answers);
    let progress = t_code_args(
        lang,
        "sva-progress",
        &[("number", Arg::from(position)), ("total", Arg::from(total))],
    );
    let section = s.form.sections.iter().find(|sec| {
        sec.questions
            .iter()
            .any(|q| page.questions.contains(&q.name))
    });
    let section_label =
        section.map(|sec| sec.label.get(lang, s.form.default_language()).to_owned());
    let single = questions.len() == 1;
    let heading = if single {
        label(s, questions[0], lang).to_owned()
    } else {
        section_label.clone().unwrap_or_default()
    };
    let has_back = answering::previous_page(&s.form, &s.pages, index, answers).is_some();
    let error_of = |q: &Question| {
        let id = control_id(s, q);
        errors.iter().find(|e| e.field == id).map(|e| {
            // Under the field: the message without the label prefix.
            let prefix = format!("{}: ", label(s, q, lang));
            e.message
                .strip_prefix(&prefix)
                .unwrap_or(&e.message)
                .to_owned()
        })
    };
    let main = html! {
        @if !errors.is_empty() {
            (error_summary_titled(&t_code(lang, "sva-errors-title"), errors))
        }
        p.progress { (progress) }
        @if let Some(l) = section_label.as_ref().filter(|_| single) { p.part { (l) } }
        form method="post" action=(format!("{}/q/{}", s.base(lang), index + 1)) novalidate {
            (csrf_field(ctx))
            input type="hidden" name="stamp" value=(stamp);
            div.trap aria-hidden="true" {
                label for=(HONEYPOT) { (t_code(lang, "sva-trap")) }
                input id=(HONEYPOT) name=(HONEYPOT) type="text" tabindex="-1" autocomplete="off" value="";
            }
            @if !single { h1 { (heading) } }
            @for q in &questions {
                (control(s, lang, q, single, given, error_of(q)))
            }
            div.buttons {
                button type="submit" name="go" value="next" { (t_code(lang, "sva-continue")) }
                @if has_back {
                    button.secondary type="submit" name="go" value="back" { (t_code(lang, "sva-back")) }
                }
            }
        }
    };
    let title = format!("{progress} – {heading}");
    frame(lang, &title, !errors.is_empty(), main)
}

/// One question's control. As the page's only question its label is the
/// heading (`h1` inside the legend or the label).
fn control(
    s: &Survey,
    lang: &str,
    q: &Question,
    single: bool,
    given: &[(String, String)],
    error: Option<String>,
) -> Markup {
    let values: Vec<&str> = given
        .iter()
        .filter(|(k, _)| *k == q.name)
        .map(|(_, v)| v.as_str())
        .collect();
    let chosen = |v: &str| values.contains(&v);
    let text = label(s, q, lang);
    let optional = (!q.required).then(|| t_code(lang, "sva-optional"));
    let hint_text = q.hint.get(lang, s.form.default_language());
    let hint_id = format!("{}-hint", q.name);
    let error_id = format!("{}-error", q.name);
    let kind_hint = match &q.kind {
        QuestionKind::MultipleChoice { .. } => Some(t_code(lang, "sva-hint-several")),
        QuestionKind::Scale { min, max } => Some(t_code_args(
            lang,
            "sva-hint-scale",
            &[("min", Arg::Number(*min)), ("max", Arg::Number(*max))],
        )),
        QuestionKind::Text => Some(t_code_args(
            lang,
            "sva-hint-text",
            &[("max", Arg::from(answering::TEXT_MAX_CHARS))],
        )),
        _ => None,
    };
    let has_hint = !hint_text.trim().is_empty() || kind_hint.is_some();
    let described: Vec<&str> = [
        has_hint.then_some(hint_id.as_str()),
        error.as_ref().map(|_| error_id.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect();
    let described = (!described.is_empty()).then(|| described.join(" "));
    let title = html! {
        (text) @if let Some(o) = &optional { " " (o) }
    };
    let hints = html! {
        @if has_hint {
            p.hint id=(hint_id) {
                @if !hint_text.trim().is_empty() { (hint_text) " " }
                @if let Some(h) = &kind_hint { (h) }
            }
        }
        @if let Some(e) = &error { p.field-error id=(error_id) { (e) } }
    };
    match &q.kind {
        QuestionKind::SingleChoice { .. } | QuestionKind::MultipleChoice { .. } => {
            let input_type = if matches!(q.kind, QuestionKind::SingleChoice { .. }) {
                "radio"
            } else {
                "checkbox"
            };
            html! {
                fieldset.has-error[error.is_some()] aria-describedby=[described.as_deref()] {
                    legend { @if single { h1 { (title) } } @else { (title) } }
                    (hints)
                    @for c in s.form.choices_of(q) {
                        @let id = format!("{}-{}", q.name, c.name);
                        div.choice {
                            input type=(input_type) id=(id) name=(q.name) value=(c.name) checked[chosen(&c.name)];
                            label for=(id) { (c.label.get(lang, s.form.default_language())) }
                        }
                    }
                }
            }
        }
        QuestionKind::Scale { min, max } => html! {
            fieldset.has-error[error.is_some()] aria-describedby=[described.as_deref()] {
                legend { @if single { h1 { (title) } } @else { (title) } }
                (hints)
                div.scale {
                    @for n in *min..=*max {
                        @let id = format!("{}-{n}", q.name);
                        label for=(id) {
                            (n)
                            input type="radio" id=(id) name=(q.name) value=(n) checked[chosen(&n.to_string())];
                        }
                    }
                }
            }
        },
        QuestionKind::Number { .. } | QuestionKind::Text => {
            let value = values.first().copied().unwrap_or("");
            html! {
                div.has-error[error.is_some()] {
                    @if single { h1 { label for=(q.name) { (title) } } } @else { label for=(q.name) { (title) } }
                    (hints)
                    @if matches!(q.kind, QuestionKind::Text) {
                        textarea id=(q.name) name=(q.name) rows="4" aria-describedby=[described.as_deref()] { (value) }
                    } @else {
                        input.number type="text" inputmode="numeric" id=(q.name) name=(q.name) value=(value)
                            aria-describedby=[described.as_deref()];
                    }
                }
            }
        }
        QuestionKind::Hidden => html! {},
    }
}
