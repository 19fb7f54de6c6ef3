//! Form widgets every area uses: a field with its label, hint and error
//! (and the aria attributes that tie them together), text inputs, selects,
//! radio groups and text areas that keep what was typed, and the error
//! summary at the top of a form after a failed submit.

use domain::Lang;
use maud::{Markup, html};

use crate::i18n::t;

/// A problem with one field of a submitted form.
#[derive(Debug, Clone)]
pub struct FieldError {
    /// The `id` of the input, so the summary can link to it.
    pub field: String,
    pub message: String,
}

impl FieldError {
    pub fn new(field: &str, message: impl Into<String>) -> FieldError {
        FieldError {
            field: field.to_owned(),
            message: message.into(),
        }
    }
}

/// The message for `field`, if it has one.
pub fn error_for<'a>(errors: &'a [FieldError], field: &str) -> Option<&'a str> {
    errors
        .iter()
        .find(|e| e.field == field)
        .map(|e| e.message.as_str())
}

/// The error summary after a failed submit: each error links to its field.
/// Put it first in the page's main content: it takes the focus as the page
/// loads (`autofocus` on a `tabindex="-1"` box, no script needed), so a
/// person cannot take the page for the one they just sent. Pair it with
/// [`title_with_errors`].
pub fn error_summary(lang: Lang, errors: &[FieldError]) -> Markup {
    error_summary_titled(&t(lang, "form-errors-title"), errors)
}

/// The class that marks an error summary in a rendered page.
pub const ERROR_SUMMARY_MARK: &str = "class=\"error-summary\"";

/// [`error_summary`] under another heading than "There is a problem".
pub fn error_summary_titled(heading: &str, errors: &[FieldError]) -> Markup {
    html! {
        @if !errors.is_empty() {
            div.error-summary role="alert" aria-labelledby="error-summary-title" tabindex="-1" autofocus {
                h2 #error-summary-title { (heading) }
                ul {
                    @for e in errors {
                        li { a href=(format!("#{}", e.field)) { (e.message) } }
                    }
                }
            }
        }
    }
}

/// The page's title, starting with the translated "Error:" when the page
/// has errors: the first thing a screen reader says of the page. The page
/// frame calls it for every page that carries an error summary
/// ([`ERROR_SUMMARY_MARK`]); pages pass their plain title.
pub fn title_with_errors(lang: Lang, title: &str, has_errors: bool) -> String {
    if has_errors {
        crate::i18n::t_args(
            lang,
            "form-error-page-title",
            &[("title", title.to_owned().into())],
        )
    } else {
        title.to_owned()
    }
}

/// The `aria-describedby` of a control: the ids of its hint and of its error,
/// `{id}-hint` and `{id}-error`, those it has; `None` when it has neither.
pub fn described_by(id: &str, hint: bool, error: bool) -> Option<String> {
    let ids: Vec<String> = [
        hint.then(|| format!("{id}-hint")),
        error.then(|| format!("{id}-error")),
    ]
    .into_iter()
    .flatten()
    .collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// The state a field's control carries for assistive technology: `invalid`
/// for `aria-invalid`, `described_by` for `aria-describedby`.
pub struct Aria {
    pub invalid: Option<&'static str>,
    pub described_by: Option<String>,
}

/// A labelled field: its label, hint and error, then the control `control`
/// draws, which must have `id` for its id and carry the given [`Aria`].
pub fn field(
    id: &str,
    label: &str,
    hint: Option<&str>,
    errors: &[FieldError],
    control: impl FnOnce(Aria) -> Markup,
) -> Markup {
    let error = error_for(errors, id);
    let aria = Aria {
        invalid: error.map(|_| "true"),
        described_by: described_by(id, hint.is_some(), error.is_some()),
    };
    html! {
        div.field.(if error.is_some() { "has-error" } else { "" }) {
            label for=(id) { (label) }
            @if let Some(h) = hint { p.hint id=(format!("{id}-hint")) { (h) } }
            @if let Some(e) = error { p.field-error id=(format!("{id}-error")) { (e) } }
            (control(aria))
        }
    }
}

/// A labelled text input with its hint and error, keeping the typed value.
pub fn text_input(
    id: &str,
    label: &str,
    kind: &str,
    value: &str,
    hint: Option<&str>,
    errors: &[FieldError],
) -> Markup {
    field(id, label, hint, errors, |aria| {
        html! {
            input id=(id) name=(id) type=(kind) value=(value)
                aria-invalid=[aria.invalid]
                aria-describedby=[aria.described_by];
        }
    })
}

/// A labelled select with its hint and error; `options` keep the chosen one selected.
pub fn select_field(
    id: &str,
    label: &str,
    hint: Option<&str>,
    errors: &[FieldError],
    options: Markup,
) -> Markup {
    field(id, label, hint, errors, |aria| {
        html! {
            select id=(id) name=(id) aria-invalid=[aria.invalid]
                aria-describedby=[aria.described_by] { (options) }
        }
    })
}

/// A group of radio buttons with its legend, hint and error.
pub fn radios(
    name: &str,
    legend: &str,
    hint: Option<&str>,
    options: &[(&str, String)],
    current: &str,
    errors: &[FieldError],
) -> Markup {
    let options: Vec<(String, String)> = options
        .iter()
        .map(|(v, text)| (v.to_string(), text.clone()))
        .collect();
    choices(
        "radio",
        name,
        legend,
        hint,
        &options,
        &[current.to_string()],
        errors,
    )
}

/// A text area with its label, hint and error, keeping the typed text.
pub fn textarea(
    id: &str,
    label: &str,
    hint: Option<&str>,
    value: &str,
    errors: &[FieldError],
) -> Markup {
    field(id, label, hint, errors, |aria| {
        html! {
            textarea id=(id) name=(id) aria-invalid=[aria.invalid]
                aria-describedby=[aria.described_by] { (value) }
        }
    })
}

/// A group of checkboxes with its legend, hint and error (the error is
/// named after the first box, `{name}-{first value}`, like [`radios`]).
pub fn checkboxes(
    name: &str,
    legend: &str,
    hint: Option<&str>,
    options: &[(String, String)],
    checked: &[String],
    errors: &[FieldError],
) -> Markup {
    choices("checkbox", name, legend, hint, options, checked, errors)
}

/// Radio buttons or checkboxes (`kind`) in a fieldset; the group's error
/// is found under `{name}-{first value}`, the id of its first control.
fn choices(
    kind: &str,
    name: &str,
    legend: &str,
    hint: Option<&str>,
    options: &[(String, String)],
    checked: &[String],
    errors: &[FieldError],
) -> Markup {
    let first = options.first().map_or("", |o| o.0.as_str());
    let error = error_for(errors, &format!("{name}-{first}"));
    html! {
        fieldset.field.(if error.is_some() { "has-error" } else { "" })
            aria-describedby=[described_by(name, hint.is_some(), error.is_some())] {
            legend { (legend) }
            @if let Some(h) = hint { p.hint id=(format!("{name}-hint")) { (h) } }
            @if let Some(e) = error { p.field-error id=(format!("{name}-error")) { (e) } }
            @for (value, text) in options {
                div.check {
                    input type=(kind) id=(format!("{name}-{value}")) name=(name) value=(value) checked[checked.contains(value)];
                    label for=(format!("{name}-{value}")) { (text) }
                }
            }
        }
    }
}
