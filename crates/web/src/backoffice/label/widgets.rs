//! Form fields the label's forms share: radio groups and text areas, with
//! their hint and error, keeping what was typed.

use maud::{Markup, html};

use crate::backoffice::{FieldError, described_by, error_for, field};

/// A group of radio buttons with its legend, hint and error.
pub(crate) fn radios(
    name: &str,
    legend: &str,
    hint: Option<&str>,
    options: &[(&str, String)],
    current: &str,
    errors: &[FieldError],
) -> Markup {
    let anchor = format!("{name}-{}", options.first().map_or("", |o| o.0));
    let error = error_for(errors, &anchor);
    html! {
        fieldset.field.(if error.is_some() { "has-error" } else { "" })
            aria-describedby=[described_by(name, hint.is_some(), error.is_some())] {
            legend { (legend) }
            @if let Some(h) = hint { p.hint id=(format!("{name}-hint")) { (h) } }
            @if let Some(e) = error { p.field-error id=(format!("{name}-error")) { (e) } }
            @for (value, text) in options {
                div.check {
                    input type="radio" id=(format!("{name}-{value}")) name=(name) value=(value) checked[current == *value];
                    label for=(format!("{name}-{value}")) { (text) }
                }
            }
        }
    }
}

/// A text area with its label, hint and error, keeping the typed text.
pub(crate) fn textarea(
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
