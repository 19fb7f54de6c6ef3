//! "Report a mistake" on a place's page: no account needed, spam-protected
//! without any third-party service:
//!
//! - a honeypot field that people never see (visually hidden, out of the tab
//!   order, hidden from screen readers) but form-filling robots do;
//! - a signed timestamp: the form must have been open at least
//!   [`MIN_FILL_SECS`] and at most [`MAX_FORM_AGE_SECS`] (the signature is the
//!   SHA-256 of the time and a secret drawn at start-up, kept in memory);
//! - a length limit on the message;
//! - at most [`MAX_PER_HOUR`] reports an hour from one client address.
//!
//! A person whose report is refused is told why and keeps what they typed; a
//! robot caught by the honeypot gets the same "thank you" as everyone.

use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use domain::Lang;
use domain::place::Place;
use maud::html;
use serde::Deserialize;

use super::{PageLang, not_found_page};
use crate::AppState;
use crate::antispam::{ClientAddr, Stamp, check_stamp};
use crate::auth::{Ctx, csrf_field};
use crate::backoffice::{FieldError, error_for, error_summary};
use crate::i18n::{t, t_args};
use crate::jobs::{staff_body, staff_langs, staff_subject};
use crate::mail::Mail;

pub const MESSAGE_MIN_CHARS: usize = 10;
pub const MESSAGE_MAX_CHARS: usize = 2000;
pub const CONTACT_MAX_CHARS: usize = 200;
/// Reports accepted from one client address per hour.
pub const MAX_PER_HOUR: i64 = 5;

#[derive(Debug, Default, Deserialize)]
pub struct ReportForm {
    #[serde(default)]
    message: String,
    #[serde(default)]
    contact: String,
    /// The honeypot: people leave it empty.
    #[serde(default)]
    homepage: String,
    #[serde(default)]
    stamp: String,
}

#[derive(Debug, Default, Deserialize)]
pub struct SentQuery {
    sent: Option<String>,
}

/// The id a merged place's id now points to.
pub(crate) async fn merged_into(state: &AppState, id: &str) -> Option<i64> {
    let id: i64 = id.parse().ok()?;
    match state.db.place_redirect(id).await {
        Ok(new) => new,
        Err(e) => {
            tracing::error!(error = %e, "reading place redirects");
            None
        }
    }
}

/// 301 Moved Permanently to `location`.
pub(crate) fn moved(location: &str) -> Response {
    let mut res = StatusCode::MOVED_PERMANENTLY.into_response();
    if let Ok(v) = HeaderValue::from_str(location) {
        res.headers_mut().insert(header::LOCATION, v);
    }
    res
}

/// The place of the URL, or the answer to give instead (404, or 301 for a merged place).
async fn find_place(state: &AppState, lang: Lang, id: &str) -> Result<Place, Response> {
    if let Some(p) = id
        .parse::<i64>()
        .ok()
        .and_then(|i| state.directory().place(i).cloned())
    {
        return Ok(p);
    }
    match merged_into(state, id).await {
        Some(new) => Err(moved(&format!("/{}/places/{new}/report", lang.code()))),
        None => Err(not_found_page(lang)),
    }
}

pub(crate) async fn report_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    Query(q): Query<SentQuery>,
    ctx: Ctx,
) -> Response {
    let place = match find_place(&state, lang, &id).await {
        Ok(p) => p,
        Err(r) => return r,
    };
    if q.sent.is_some() {
        return thanks(lang, &place);
    }
    render(
        &state,
        lang,
        &ctx,
        &place,
        &ReportForm::default(),
        &[],
        StatusCode::OK,
    )
}

fn thanks(lang: Lang, place: &Place) -> Response {
    let l = lang.code();
    let body = html! {
        h1 { (t(lang, "report-thanks-title")) }
        p.notice role="status" { (t(lang, "report-thanks-text")) }
        p { a href=(format!("/{l}/places/{}", place.id)) { (t_args(lang, "report-back", &[("place", place.name.clone().into())])) } }
    };
    super::layout::page(
        lang,
        &t(lang, "report-thanks-title"),
        &format!("/places/{}/report?sent=1", place.id),
        body,
        None,
    )
}

fn render(
    state: &AppState,
    lang: Lang,
    ctx: &Ctx,
    place: &Place,
    form: &ReportForm,
    errors: &[FieldError],
    status: StatusCode,
) -> Response {
    let l = lang.code();
    let msg_error = error_for(errors, "message");
    let contact_error = error_for(errors, "contact");
    let described = |id: &str, error: Option<&str>| {
        let mut d = format!("{id}-hint");
        if error.is_some() {
            d.push_str(&format!(" {id}-error"));
        }
        d
    };
    let body = html! {
        h1 { (t(lang, "report-title")) }
        p { (t(lang, "report-about")) " " a href=(format!("/{l}/places/{}", place.id)) { (place.name) } }
        p { (t(lang, "report-intro")) }
        (error_summary(lang, errors))
        form.report-form method="post" action=(format!("/{l}/places/{}/report", place.id)) novalidate {
            (csrf_field(ctx))
            div.field.(if msg_error.is_some() { "has-error" } else { "" }) {
                label for="message" { (t(lang, "report-message")) }
                p.hint #message-hint {
                    (t_args(lang, "report-message-hint", &[("min", MESSAGE_MIN_CHARS.into()), ("max", MESSAGE_MAX_CHARS.into())]))
                }
                @if let Some(e) = msg_error { p.field-error #message-error { (e) } }
                textarea #message name="message" rows="8" dir="auto" maxlength=(MESSAGE_MAX_CHARS)
                    aria-describedby=(described("message", msg_error))
                    aria-invalid=[msg_error.map(|_| "true")] { (form.message) }
            }
            div.field.(if contact_error.is_some() { "has-error" } else { "" }) {
                label for="contact" { (t(lang, "report-contact")) }
                p.hint #contact-hint { (t(lang, "report-contact-hint")) }
                @if let Some(e) = contact_error { p.field-error #contact-error { (e) } }
                input #contact name="contact" type="text" dir="auto" autocomplete="email"
                    maxlength=(CONTACT_MAX_CHARS) value=(form.contact)
                    aria-describedby=(described("contact", contact_error))
                    aria-invalid=[contact_error.map(|_| "true")];
            }
            (crate::antispam::fields(lang, state.now().timestamp()))
            button type="submit" { (t(lang, "report-send")) }
        }
        p.small { (t(lang, "report-privacy")) }
    };
    let title = if errors.is_empty() {
        t(lang, "report-title")
    } else {
        format!(
            "{} – {}",
            t(lang, "report-error-prefix"),
            t(lang, "report-title")
        )
    };
    let mut res = super::layout::page(
        lang,
        &title,
        &format!("/places/{}/report", place.id),
        body,
        None,
    );
    *res.status_mut() = status;
    // The form carries a time stamp: never from a cache.
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

pub(crate) async fn send_report(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    ctx: Ctx,
    client: ClientAddr,
    Form(form): Form<ReportForm>,
) -> Response {
    let place = match find_place(&state, lang, &id).await {
        Ok(p) => p,
        Err(r) => return r,
    };
    let thanks_url = format!("/{}/places/{}/report?sent=1", lang.code(), place.id);
    if !form.homepage.trim().is_empty() {
        tracing::info!(place = place.id, "report refused: honeypot filled");
        return Redirect::to(&thanks_url).into_response();
    }
    let mut errors = Vec::new();
    let message = form.message.trim();
    let chars = message.chars().count();
    if chars < MESSAGE_MIN_CHARS {
        errors.push(FieldError::new(
            "message",
            t_args(
                lang,
                "report-error-short",
                &[("min", MESSAGE_MIN_CHARS.into())],
            ),
        ));
    } else if chars > MESSAGE_MAX_CHARS {
        errors.push(FieldError::new(
            "message",
            t_args(
                lang,
                "report-error-long",
                &[("max", MESSAGE_MAX_CHARS.into()), ("count", chars.into())],
            ),
        ));
    }
    // After the length checks: a message that is too short is the more useful thing to say.
    match check_stamp(&form.stamp, state.now().timestamp()) {
        Stamp::Good => {}
        Stamp::TooFast => errors.push(FieldError::new("message", t(lang, "report-error-fast"))),
        Stamp::Expired => errors.push(FieldError::new("message", t(lang, "report-error-expired"))),
    }
    if form.contact.trim().chars().count() > CONTACT_MAX_CHARS {
        errors.push(FieldError::new(
            "contact",
            t_args(
                lang,
                "report-error-contact",
                &[("max", CONTACT_MAX_CHARS.into())],
            ),
        ));
    }
    if !errors.is_empty() {
        // One message per field in the summary: the first problem of each.
        let mut seen = std::collections::HashSet::new();
        errors.retain(|e| seen.insert(e.field.clone()));
        return render(
            &state,
            lang,
            &ctx,
            &place,
            &form,
            &errors,
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    }
    let client = client.key();
    match state
        .db
        .recent_reports_from(&client, 3600, state.now().timestamp())
        .await
    {
        Ok(n) if n >= MAX_PER_HOUR => {
            tracing::info!(place = place.id, %client, "report refused: rate limit");
            let errors = [FieldError::new("message", t(lang, "report-error-rate"))];
            let mut res = render(
                &state,
                lang,
                &ctx,
                &place,
                &form,
                &errors,
                StatusCode::TOO_MANY_REQUESTS,
            );
            res.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(3600));
            return res;
        }
        Ok(_) => {}
        Err(e) => return crate::error::ApiError::internal(e).into_response(),
    }
    let contact = Some(form.contact.trim()).filter(|c| !c.is_empty());
    if let Err(e) = state
        .db
        .create_mistake_report(place.id, message, contact, &client, state.now().timestamp())
        .await
    {
        return crate::error::ApiError::internal(e).into_response();
    }
    tell_coordination(&state, &place, message, contact).await;
    Redirect::to(&thanks_url).into_response()
}

/// E-mails the report to every active coordinator, in the region's languages.
async fn tell_coordination(state: &AppState, place: &Place, message: &str, contact: Option<&str>) {
    let to = match state.db.coordination_emails().await {
        Ok(to) => to,
        Err(e) => {
            tracing::error!(error = %e, "reading the coordinators' e-mails");
            return;
        }
    };
    let langs = staff_langs(&state.region);
    let subject = staff_subject(&langs, |l| {
        t_args(
            l,
            "report-mail-subject",
            &[("place", place.name.clone().into())],
        )
    });
    let body = staff_body(&langs, |l| {
        t_args(
            l,
            "report-mail-body",
            &[
                ("place", place.name.clone().into()),
                ("message", message.to_owned().into()),
                (
                    "contact",
                    contact
                        .map_or_else(|| t(l, "report-mail-no-contact"), str::to_owned)
                        .into(),
                ),
                (
                    "page",
                    state
                        .config
                        .link(&format!("/{}/places/{}", l.code(), place.id))
                        .into(),
                ),
                (
                    "reports",
                    state
                        .config
                        .link(&format!("/{}/bo/reports", l.code()))
                        .into(),
                ),
            ],
        )
    });
    for address in to {
        let mail = Mail {
            to: address,
            subject: subject.clone(),
            body: body.clone(),
        };
        // A failure is logged by send_mail; the report is stored and listed anyway.
        let _ = state.send_mail(&mail).await;
    }
}
