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

use crate::AppState;
use crate::antispam::{ClientAddr, Stamp, check_stamp};
use crate::auth::{Ctx, csrf_field};
use crate::i18n::{t, t_args};
use crate::services::places;
use crate::ui::form::{FieldError, error_for, error_summary};
use crate::ui::layout::page;
use crate::ui::{PageError, PageLang, PageResult};

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

/// The place of the URL, or the answer to give instead (404, or 301 for a merged place).
async fn find_place(state: &AppState, lang: Lang, id: &str) -> PageResult<Place> {
    if let Some(p) = id
        .parse::<i64>()
        .ok()
        .and_then(|i| state.directory().place(i))
    {
        return Ok(p);
    }
    match crate::services::places::merged_into(state, id).await {
        Some(new) => Err(PageError::Moved(format!(
            "/{}/places/{new}/report",
            lang.code()
        ))),
        None => Err(PageError::NotFound),
    }
}

pub(crate) async fn report_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    Query(q): Query<SentQuery>,
    ctx: Ctx,
) -> PageResult {
    let place = find_place(&state, lang, &id).await?;
    if q.sent.is_some() {
        return Ok(thanks(lang, &place));
    }
    Ok(render(
        &state,
        lang,
        &ctx,
        &place,
        &ReportForm::default(),
        &[],
        StatusCode::OK,
    ))
}

fn thanks(lang: Lang, place: &Place) -> Response {
    let l = lang.code();
    let body = html! {
        h1 { (t(lang, "report-thanks-title")) }
        p.notice role="status" { (t(lang, "report-thanks-text")) }
        p { a href=(format!("/{l}/places/{}", place.id)) { (t_args(lang, "report-back", &[("place", place.name.clone().into())])) } }
    };
    page(
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
        (error_summary(lang, errors))
        h1 { (t(lang, "report-title")) }
        p { (t(lang, "report-about")) " " a href=(format!("/{l}/places/{}", place.id)) { (place.name) } }
        p { (t(lang, "report-intro")) }
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
    let title = t(lang, "report-title");
    let mut res = page(
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
) -> PageResult {
    let place = find_place(&state, lang, &id).await?;
    let thanks_url = format!("/{}/places/{}/report?sent=1", lang.code(), place.id);
    if !form.homepage.trim().is_empty() {
        tracing::info!(place = place.id, "report refused: honeypot filled");
        return Ok(Redirect::to(&thanks_url).into_response());
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
        return Ok(render(
            &state,
            lang,
            &ctx,
            &place,
            &form,
            &errors,
            StatusCode::UNPROCESSABLE_ENTITY,
        ));
    }
    let client = client.key();
    if state
        .db
        .recent_reports_from(&client, 3600, state.now().timestamp())
        .await?
        >= MAX_PER_HOUR
    {
        {
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
            return Ok(res);
        }
    }
    let contact = Some(form.contact.trim()).filter(|c| !c.is_empty());
    places::report_mistake(&state, &place, message, contact, &client).await?;
    Ok(Redirect::to(&thanks_url).into_response())
}
