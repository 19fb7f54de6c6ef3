//! The back office: sign-in and accounts, and the pages where EPN managers and
//! the coordination keep the directory true. Same accessibility bar as the
//! public pages; every form works without JavaScript and keeps what was typed.

mod account;
mod audit;
mod changes;
mod hours_editor;
mod import;
mod label;
mod merge;
mod place_edit;
mod place_form;
mod places;
mod proposals;
mod quality;
pub(crate) mod referrals;
mod reports;
pub mod sessions;
mod users;

pub use account::send_link_with;

use axum::response::Response;
use domain::Lang;
use maud::{Markup, html};

use crate::auth::{Ctx, csrf_field};
use crate::i18n::t;
use crate::routes::Routes;

pub fn routes() -> Routes {
    Routes::new()
        .merge(account::routes())
        .merge(users::routes())
        .merge(places::routes())
        .merge(place_edit::routes())
        .merge(hours_editor::routes())
        .merge(proposals::routes())
        .merge(audit::routes())
        .merge(import::routes())
        .merge(merge::routes())
        .merge(quality::routes())
        .merge(reports::routes())
        .merge(label::routes())
        .merge(sessions::routes())
        .merge(referrals::routes())
}

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

/// The error summary at the top of a form after a failed submit: each error links to its field.
pub fn error_summary(lang: Lang, errors: &[FieldError]) -> Markup {
    html! {
        @if !errors.is_empty() {
            div.error-summary role="alert" aria-labelledby="error-summary-title" tabindex="-1" {
                h2 #error-summary-title { (t(lang, "form-errors-title")) }
                ul {
                    @for e in errors {
                        li { a href=(format!("#{}", e.field)) { (e.message) } }
                    }
                }
            }
        }
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

/// The back-office navigation, by role.
pub fn nav(lang: Lang, ctx: &Ctx) -> Markup {
    let l = lang.code();
    let Some(user) = &ctx.user else {
        return html! {};
    };
    html! {
        nav.bo aria-label=(t(lang, "bo-nav")) {
            ul {
                li { a href=(format!("/{l}/bo/")) { (t(lang, "bo-home")) } }
                @for (path, key, show) in BO_LINKS {
                    @if show(user.role) {
                        li { a href=(format!("/{l}/bo/{path}")) { (t(lang, key)) } }
                    }
                }
            }
            form.inline method="post" action=(format!("/{l}/logout")) {
                (csrf_field(ctx))
                span.small { (t(lang, "bo-signed-in-as")) " " (user.name) " " }
                button.secondary type="submit" { (t(lang, "logout")) }
            }
        }
    }
}

type ShowFor = fn(domain::account::Role) -> bool;

/// Links of the back-office menu (path after `/{lang}/bo/`, label key, who sees it).
pub const BO_LINKS: &[(&str, &str, ShowFor)] = &[
    ("places", "bo-places", |r| {
        r.is_coordination() || r == domain::account::Role::EpnManager
    }),
    ("proposals", "bo-proposals", |r| r.is_coordination()),
    ("audit", "bo-audit", |r| r.is_coordination()),
    ("users", "bo-users", |r| r == domain::account::Role::Admin),
    ("organisations", "bo-organisations", |r| r.is_coordination()),
    ("import", "bo-import", |r| r.is_coordination()),
    ("reports", "bo-reports", |r| r.is_coordination()),
    ("quality", "bo-quality", |r| r.is_coordination()),
    ("merge", "bo-merge", |r| r.is_coordination()),
    ("label", "bo-label", |r| {
        r.is_coordination()
            || matches!(
                r,
                domain::account::Role::EpnManager | domain::account::Role::Committee
            )
    }),
    ("sessions", "sessions-bo-link", |r| {
        r.is_coordination() || r == domain::account::Role::EpnManager
    }),
    ("bookings", "sessions-bookings-link", |r| {
        r == domain::account::Role::Referrer
    }),
    ("referrals", "referral-nav", |r| {
        r.is_coordination()
            || matches!(
                r,
                domain::account::Role::EpnManager | domain::account::Role::Referrer
            )
    }),
];

/// A whole back-office page: the public frame with the back-office menu.
pub fn page(lang: Lang, ctx: &Ctx, title: &str, tail: &str, main: Markup) -> Response {
    let body = html! {
        (nav(lang, ctx))
        (main)
    };
    crate::pages::layout::page(lang, title, tail, body, None)
}
