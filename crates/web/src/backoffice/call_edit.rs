//! The coordination writes a call: its funder and operator, its money, its
//! dates (the closing hour in the region's time zone), who may apply, its
//! words in each of its languages, and rows of weighted criteria and of
//! questions — more rows come with a button, without JavaScript. The form
//! is checked by `domain::grants::call_form` (every wrong field named, 422,
//! everything typed kept); a new call is saved as a draft, published from
//! its page. A call's rules can change until its first application is
//! submitted, never once decided (409 with the reason).

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use domain::Lang;
use domain::account::Access;
use domain::grants::call::{CALL_LANGUAGES, CallStatus, ORGANISATION_KINDS};
use domain::grants::call_form::{CallForm, CriterionRow, FieldProblem, Problem, QuestionRow};
use domain::vocab::VocabKind;
use maud::{Markup, html};
use store::grants::Call;

use crate::AppState;
use crate::auth::{Ctx, csrf_field};
use crate::i18n::{t, t_args};
use crate::routes::Routes;
use crate::ui::calls::kind_words;
use crate::ui::form::{FieldError, checkboxes, error_summary, text_input, textarea};
use crate::ui::format::label;
use crate::ui::{PageError, PageLang, PageResult};

/// Blank rows offered after the filled ones, and added by "More rows".
const BLANK_ROWS: usize = 2;

pub fn routes() -> Routes {
    Routes::new()
        .get("/{lang}/bo/calls/new", Access::COORDINATION, new_page)
        .post("/{lang}/bo/calls/new", Access::COORDINATION, create)
        .get(
            "/{lang}/bo/calls/{key}/edit",
            Access::COORDINATION,
            edit_page,
        )
        .post("/{lang}/bo/calls/{key}/edit", Access::COORDINATION, update)
}

/// A new call as the form first shows it: in the region's languages, open
/// to any organisation of the region, paid 80 % then 20 % (as Digital
/// Brussels was), the final report due 60 days after the project.
fn blank(state: &AppState, lang: Lang) -> CallForm {
    let region_name = state
        .region
        .name
        .get(lang.code())
        .or_else(|| state.region.name.values().next())
        .cloned()
        .unwrap_or_default();
    CallForm {
        funder: region_name.clone(),
        operator: region_name,
        languages: state
            .region
            .languages
            .iter()
            .filter(|l| CALL_LANGUAGES.contains(&l.as_str()))
            .cloned()
            .collect(),
        in_region: true,
        tranches: "80, 20".into(),
        report_days: "60".into(),
        ..Default::default()
    }
}

async fn new_page(State(state): State<AppState>, PageLang(lang): PageLang, ctx: Ctx) -> PageResult {
    let f = blank(&state, lang);
    Ok(render(&state, lang, &ctx, None, &f, 0, &[]))
}

async fn editable(state: &AppState, lang: Lang, key: &str) -> Result<Call, PageError> {
    let call = state
        .db
        .call_by_key(key)
        .await?
        .ok_or(PageError::NotFound)?;
    if !state.db.call_is_editable(call.id).await? {
        let l = lang.code();
        return Err(PageError::conflict(
            t(lang, "calls-edit-frozen-title"),
            html! {
                p { (t(lang, "calls-edit-frozen")) }
                p { a href=(format!("/{l}/bo/calls/{key}")) { (t(lang, "calls-bo-back-call")) } }
            },
        ));
    }
    Ok(call)
}

async fn edit_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, key)): Path<(String, String)>,
    ctx: Ctx,
) -> PageResult {
    let call = editable(&state, lang, &key).await?;
    let f = CallForm::of_call(
        &call.def,
        &call.funder.name,
        &call.operator.name,
        &state.region.timezone,
    );
    Ok(render(&state, lang, &ctx, Some(&call), &f, 0, &[]))
}

/// What the form sent: the call as typed, and how many more blank rows
/// were asked for ("More rows").
fn read(body: &Bytes) -> (CallForm, bool) {
    let mut f = CallForm::default();
    let mut more = false;
    fn row<T: Default>(rows: &mut Vec<T>, i: usize) -> Option<&mut T> {
        // A form has at most a few dozen rows; a larger index is noise.
        if i >= 200 {
            return None;
        }
        if rows.len() <= i {
            rows.resize_with(i + 1, T::default);
        }
        rows.get_mut(i)
    }
    for (k, v) in form_urlencoded::parse(body) {
        let v = v.into_owned();
        match k.as_ref() {
            "key" => f.key = v,
            "funder" => f.funder = v,
            "operator" => f.operator = v,
            "envelope" => f.envelope = v,
            "fee" => f.fee = v,
            "min" => f.min = v,
            "max" => f.max = v,
            "opens_on" => f.opens_on = v,
            "closes_on" => f.closes_on = v,
            "closes_time" => f.closes_time = v,
            "languages" => f.languages.push(v),
            "kinds" => f.kinds.push(v),
            "publics" => f.publics.push(v),
            "in_region" => f.in_region = true,
            "tranches" => f.tranches = v,
            "report_days" => f.report_days = v,
            "more" => more = true,
            k => {
                let parts: Vec<&str> = k.split('-').collect();
                match parts.as_slice() {
                    ["text", l, part] => {
                        let t = f.texts.entry(l.to_string()).or_default();
                        match *part {
                            "title" => t.title = v,
                            "summary" => t.summary = v,
                            "rules" => t.rules = v,
                            _ => {}
                        }
                    }
                    ["crit", i, rest @ ..] => {
                        let Some(r) = i.parse().ok().and_then(|i| row(&mut f.criteria, i)) else {
                            continue;
                        };
                        match rest {
                            ["key"] => r.key = v,
                            ["weight"] => r.weight = v,
                            ["scale"] => r.scale_max = v,
                            ["label", l] => {
                                r.labels.insert(l.to_string(), v);
                            }
                            _ => {}
                        }
                    }
                    ["q", i, rest @ ..] => {
                        let Some(r) = i.parse().ok().and_then(|i| row(&mut f.questions, i)) else {
                            continue;
                        };
                        match rest {
                            ["key"] => r.key = v,
                            ["max"] => r.max_chars = v,
                            ["required"] => r.required = true,
                            ["label", l] => {
                                r.labels.insert(l.to_string(), v);
                            }
                            _ => {}
                        }
                    }
                    _ => {}
                }
            }
        }
    }
    (f, more)
}

fn problem_words(lang: Lang, p: &FieldProblem) -> String {
    if p.problem == Problem::NoCriterion {
        let what = t(lang, "calls-form-section-criteria");
        return t_args(
            lang,
            "calls-form-error-no-criterion",
            &[("field", what.into())],
        );
    }
    let mut what = t(lang, &format!("calls-form-field-{}", field_kind(&p.field)));
    // A field of a row or of a language says which.
    let parts: Vec<&str> = p.field.split('-').collect();
    let row = match parts.as_slice() {
        ["text", l, _] => Some(language_name(l)),
        ["crit", i, ..] => i
            .parse::<usize>()
            .ok()
            .map(|i| t_args(lang, "calls-form-criterion-n", &[("n", (i + 1).into())])),
        ["q", i, ..] => i
            .parse::<usize>()
            .ok()
            .map(|i| t_args(lang, "calls-form-question-n", &[("n", (i + 1).into())])),
        _ => None,
    };
    if let Some(row) = row {
        if let ["crit" | "q", _, "label", l] = parts.as_slice() {
            what = t_args(
                lang,
                "calls-form-label-in",
                &[("language", language_name(l).into())],
            );
        }
        what = t_args(
            lang,
            "calls-form-row-field",
            &[("row", row.into()), ("field", what.into())],
        );
    }
    t_args(
        lang,
        &format!("calls-form-error-{}", p.problem.code()),
        &[("field", what.into())],
    )
}

/// The kind of field a name is, for its words: `crit-2-weight` → `crit-weight`.
fn field_kind(field: &str) -> String {
    let parts: Vec<&str> = field.split('-').collect();
    match parts.as_slice() {
        ["text", _, part] => format!("text-{part}"),
        ["crit", _, "label", _] => "crit-label".into(),
        ["q", _, "label", _] => "q-label".into(),
        ["crit", _, rest] => format!("crit-{rest}"),
        ["q", _, rest] => format!("q-{rest}"),
        [group, ..] if ["languages", "kinds", "publics"].contains(group) => group.to_string(),
        _ => field.to_string(),
    }
}

/// Saves the call, or shows the form again with its problems.
async fn save(
    state: &AppState,
    lang: Lang,
    ctx: &Ctx,
    existing: Option<&Call>,
    body: &Bytes,
) -> PageResult {
    let user = ctx.user()?;
    let (mut f, more) = read(body);
    if let Some(c) = existing {
        f.key = c.def.key.clone();
    }
    if more {
        return Ok(render(state, lang, ctx, existing, &f, BLANK_ROWS, &[]));
    }
    let taken = match existing {
        None => state
            .db
            .call_by_key(f.key.trim())
            .await?
            .map(|_| FieldProblem {
                field: "key".into(),
                problem: Problem::Taken,
            }),
        Some(_) => None,
    };
    let def = match (f.check(&state.vocab, &state.region.timezone), taken) {
        (Ok(def), None) => def,
        (checked, taken) => {
            let mut problems = checked.err().unwrap_or_default();
            if let Some(taken) = taken {
                problems.insert(0, taken);
            }
            let errors: Vec<FieldError> = problems
                .iter()
                .map(|p| FieldError::new(&p.field, problem_words(lang, p)))
                .collect();
            return Ok(render(state, lang, ctx, existing, &f, 0, &errors));
        }
    };
    let now = state.now().timestamp();
    let funder = state
        .db
        .ensure_organisation(f.funder.trim(), "other", None, now)
        .await?;
    let operator = state
        .db
        .ensure_organisation(f.operator.trim(), "other", None, now)
        .await?;
    match existing {
        Some(c) => {
            state
                .db
                .update_call(c.id, funder, operator, &def, Some(user.id), now)
                .await?
        }
        None => {
            state
                .db
                .create_call(
                    funder,
                    operator,
                    &def,
                    CallStatus::Draft,
                    None,
                    Some(user.id),
                    now,
                )
                .await?;
        }
    }
    Ok(Redirect::to(&format!("/{}/bo/calls/{}?saved", lang.code(), def.key)).into_response())
}

async fn create(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    ctx: Ctx,
    body: Bytes,
) -> PageResult {
    save(&state, lang, &ctx, None, &body).await
}

async fn update(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, key)): Path<(String, String)>,
    ctx: Ctx,
    body: Bytes,
) -> PageResult {
    let call = editable(&state, lang, &key).await?;
    save(&state, lang, &ctx, Some(&call), &body).await
}

fn language_name(code: &str) -> String {
    Lang::parse(code).map_or_else(|| code.to_string(), |l| l.autonym().to_string())
}

fn criterion_row(lang: Lang, i: usize, r: &CriterionRow, errors: &[FieldError]) -> Markup {
    let f = format!("crit-{i}");
    html! {
        fieldset.field.call-row {
            legend { (t_args(lang, "calls-form-criterion-n", &[("n", (i + 1).into())])) }
            (text_input(&format!("{f}-key"), &t(lang, "calls-form-field-crit-key"), "text", &r.key, Some(&t(lang, "calls-form-key-hint")), errors))
            (text_input(&format!("{f}-weight"), &t(lang, "calls-form-field-crit-weight"), "text", &r.weight, None, errors))
            (text_input(&format!("{f}-scale"), &t(lang, "calls-form-field-crit-scale"), "text", &r.scale_max, Some(&t(lang, "calls-form-scale-hint")), errors))
            @for l in CALL_LANGUAGES {
                (label_input(&format!("{f}-label-{l}"), &t_args(lang, "calls-form-label-in", &[("language", language_name(l).into())]),
                    l, r.labels.get(l).map(String::as_str).unwrap_or(""), errors))
            }
        }
    }
}

fn question_row(lang: Lang, i: usize, r: &QuestionRow, errors: &[FieldError]) -> Markup {
    let f = format!("q-{i}");
    html! {
        fieldset.field.call-row {
            legend { (t_args(lang, "calls-form-question-n", &[("n", (i + 1).into())])) }
            (text_input(&format!("{f}-key"), &t(lang, "calls-form-field-q-key"), "text", &r.key, Some(&t(lang, "calls-form-key-hint")), errors))
            (text_input(&format!("{f}-max"), &t(lang, "calls-form-field-q-max"), "text", &r.max_chars, None, errors))
            div.check {
                input type="checkbox" id=(format!("{f}-required")) name=(format!("{f}-required")) value="1" checked[r.required];
                label for=(format!("{f}-required")) { (t(lang, "calls-form-field-q-required")) }
            }
            @for l in CALL_LANGUAGES {
                (label_input(&format!("{f}-label-{l}"), &t_args(lang, "calls-form-label-in", &[("language", language_name(l).into())]),
                    l, r.labels.get(l).map(String::as_str).unwrap_or(""), errors))
            }
        }
    }
}

/// A text input for words in another language than the page's: marked
/// with that language (and its direction) for screen readers.
fn label_input(id: &str, text: &str, in_lang: &str, value: &str, errors: &[FieldError]) -> Markup {
    crate::ui::form::field(id, text, None, errors, |aria| {
        html! {
            input id=(id) name=(id) type="text" value=(value) lang=(in_lang) dir="auto"
                aria-invalid=[aria.invalid] aria-describedby=[aria.described_by];
        }
    })
}

fn render(
    state: &AppState,
    lang: Lang,
    ctx: &Ctx,
    existing: Option<&Call>,
    f: &CallForm,
    more_rows: usize,
    errors: &[FieldError],
) -> Response {
    let l = lang.code();
    let (title, action) = match existing {
        Some(c) => (
            t_args(
                lang,
                "calls-edit-title",
                &[("title", c.text(l).title.clone().into())],
            ),
            format!("/{l}/bo/calls/{}/edit", c.def.key),
        ),
        None => (t(lang, "calls-new-title"), format!("/{l}/bo/calls/new")),
    };
    let crit_rows = f.criteria.len() + if more_rows > 0 { more_rows } else { BLANK_ROWS };
    let q_rows = f.questions.len() + if more_rows > 0 { more_rows } else { BLANK_ROWS };
    let languages: Vec<(String, String)> = CALL_LANGUAGES
        .iter()
        .map(|c| (c.to_string(), language_name(c)))
        .collect();
    let kinds: Vec<(String, String)> = ORGANISATION_KINDS
        .iter()
        .map(|k| (k.to_string(), kind_words(lang, k)))
        .collect();
    let publics: Vec<(String, String)> = state
        .vocab
        .terms(VocabKind::Public)
        .iter()
        .map(|term| {
            (
                term.code.clone(),
                label(lang, VocabKind::Public, &term.code).into_owned(),
            )
        })
        .collect();
    let euros_hint = t(lang, "calls-form-euros-hint");
    let body = html! {
        p { a href=(format!("/{l}/bo/calls")) { (t(lang, "calls-bo-back")) } }
        h1 { (title) }
        (error_summary(lang, errors))
        form method="post" action=(action) novalidate {
            (csrf_field(ctx))
            h2 { (t(lang, "calls-form-section-call")) }
            @match existing {
                Some(c) => p { (t_args(lang, "calls-form-address-fixed", &[("key", c.def.key.clone().into())])) },
                None => (text_input("key", &t(lang, "calls-form-field-key"), "text", &f.key, Some(&t(lang, "calls-form-address-hint")), errors)),
            }
            (text_input("funder", &t(lang, "calls-form-field-funder"), "text", &f.funder, None, errors))
            (text_input("operator", &t(lang, "calls-form-field-operator"), "text", &f.operator, Some(&t(lang, "calls-form-operator-hint")), errors))
            h2 { (t(lang, "calls-form-section-money")) }
            (text_input("envelope", &t(lang, "calls-form-field-envelope"), "text", &f.envelope, Some(&euros_hint), errors))
            (text_input("fee", &t(lang, "calls-form-field-fee"), "text", &f.fee, Some(&t(lang, "calls-form-fee-hint")), errors))
            (text_input("min", &t(lang, "calls-form-field-min"), "text", &f.min, Some(&euros_hint), errors))
            (text_input("max", &t(lang, "calls-form-field-max"), "text", &f.max, Some(&euros_hint), errors))
            // Figures in a row read left to right, also in a right-to-left page.
            (crate::ui::form::field("tranches", &t(lang, "calls-form-field-tranches"), Some(&t(lang, "calls-form-tranches-hint")), errors, |aria| html! {
                input #tranches name="tranches" type="text" value=(f.tranches) dir="ltr"
                    aria-invalid=[aria.invalid] aria-describedby=[aria.described_by];
            }))
            (text_input("report_days", &t(lang, "calls-form-field-report_days"), "text", &f.report_days, Some(&t(lang, "calls-form-report-hint")), errors))
            h2 { (t(lang, "calls-form-section-dates")) }
            (text_input("opens_on", &t(lang, "calls-form-field-opens_on"), "date", &f.opens_on, None, errors))
            (text_input("closes_on", &t(lang, "calls-form-field-closes_on"), "date", &f.closes_on, None, errors))
            (text_input("closes_time", &t(lang, "calls-form-field-closes_time"), "time", &f.closes_time,
                Some(&t_args(lang, "calls-form-time-hint", &[("zone", state.region.timezone.name().to_string().into())])), errors))
            h2 { (t(lang, "calls-form-section-who")) }
            (checkboxes("languages", &t(lang, "calls-form-field-languages"), Some(&t(lang, "calls-form-languages-hint")), &languages, &f.languages, errors))
            (checkboxes("kinds", &t(lang, "calls-form-field-kinds"), Some(&t(lang, "calls-form-kinds-hint")), &kinds, &f.kinds, errors))
            (checkboxes("publics", &t(lang, "calls-form-field-publics"), Some(&t(lang, "calls-form-publics-hint")), &publics, &f.publics, errors))
            div.check {
                input type="checkbox" id="in_region" name="in_region" value="1" checked[f.in_region];
                label for="in_region" { (t(lang, "calls-form-field-in_region")) }
            }
            h2 { (t(lang, "calls-form-section-texts")) }
            p.hint { (t(lang, "calls-form-texts-hint")) }
            @for code in CALL_LANGUAGES {
                @let text = f.texts.get(code).cloned().unwrap_or_default();
                fieldset.field.call-row lang=(code) dir="auto" {
                    legend { (language_name(code)) }
                    (text_input(&format!("text-{code}-title"), &t(lang, "calls-form-field-text-title"), "text", &text.title, None, errors))
                    (textarea(&format!("text-{code}-summary"), &t(lang, "calls-form-field-text-summary"), None, &text.summary, errors))
                    (textarea(&format!("text-{code}-rules"), &t(lang, "calls-form-field-text-rules"), Some(&t(lang, "calls-form-rules-hint")), &text.rules, errors))
                }
            }
            h2 { (t(lang, "calls-form-section-criteria")) }
            p.hint { (t(lang, "calls-form-criteria-hint")) }
            @for i in 0..crit_rows {
                (criterion_row(lang, i, f.criteria.get(i).unwrap_or(&CriterionRow::default()), errors))
            }
            h2 { (t(lang, "calls-form-section-questions")) }
            p.hint { (t(lang, "calls-form-questions-hint")) }
            @for i in 0..q_rows {
                (question_row(lang, i, f.questions.get(i).unwrap_or(&QuestionRow::default()), errors))
            }
            // Saving comes first: it is the button Enter presses.
            p { button type="submit" { (t(lang, "calls-form-save")) } }
            p { button.secondary type="submit" name="more" value="1" { (t(lang, "calls-form-more-rows")) } }
        }
    };
    let path = match existing {
        Some(c) => format!("/bo/calls/{}/edit", c.def.key),
        None => "/bo/calls/new".to_string(),
    };
    crate::ui::layout::back_office_form_page(lang, ctx, &title, &path, body, !errors.is_empty())
}
