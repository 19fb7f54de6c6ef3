//! The coordination's page for a person's request: export (a JSON download)
//! or erase their data, found by a referral number or a booking number.

use axum::body::Bytes;
use axum::extract::{RawQuery, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use domain::Lang;
use maud::html;
use store::referrals::person::PersonRef;

use crate::AppState;
use crate::auth::{Ctx, csrf_field};
use crate::i18n::{t, t_args};
use crate::ui::form::{FieldError, error_summary, text_input};
use crate::ui::{PageLang, PageResult};

#[derive(Debug, Default)]
struct Lookup {
    referral: String,
    booking: String,
    confirm: bool,
}

impl Lookup {
    fn parse(body: &[u8]) -> Lookup {
        let mut l = Lookup::default();
        for (k, v) in form_urlencoded::parse(body) {
            match k.as_ref() {
                "referral" => l.referral = v.trim().to_owned(),
                "booking" => l.booking = v.trim().to_owned(),
                "confirm" => l.confirm = true,
                _ => {}
            }
        }
        l
    }

    /// The person asked for, or the error to show.
    fn who(&self, lang: Lang) -> Result<PersonRef, FieldError> {
        let number = |s: &str| s.trim_start_matches('#').parse::<i64>().ok();
        match (self.referral.is_empty(), self.booking.is_empty()) {
            (false, _) => number(&self.referral)
                .map(PersonRef::Referral)
                .ok_or_else(|| {
                    FieldError::new("referral", t(lang, "referral-person-error-number"))
                }),
            (true, false) => number(&self.booking)
                .map(PersonRef::Booking)
                .ok_or_else(|| FieldError::new("booking", t(lang, "referral-person-error-number"))),
            (true, true) => Err(FieldError::new(
                "referral",
                t(lang, "referral-person-error-missing"),
            )),
        }
    }
}

fn render(
    lang: Lang,
    ctx: &Ctx,
    form: &Lookup,
    errors: &[FieldError],
    done: Option<String>,
) -> Response {
    let l = lang.code();
    let title = t(lang, "referral-person-title");
    let fields = || {
        html! {
            (text_input("referral", &t(lang, "referral-person-referral"), "text", &form.referral, None, errors))
            (text_input("booking", &t(lang, "referral-person-booking"), "text", &form.booking,
                Some(&t(lang, "referral-person-hint")), errors))
        }
    };
    let body = html! {
        h1 { (title) }
        p { (t(lang, "referral-person-intro")) }
        @if let Some(msg) = done { p.notice role="status" { (msg) } }
        (error_summary(lang, errors))
        form method="get" action=(format!("/{l}/bo/personal-data/export")) {
            (fields())
            button type="submit" { (t(lang, "referral-person-export")) }
        }
        h2 { (t(lang, "referral-person-erase-title")) }
        p { (t(lang, "referral-person-erase-intro")) }
        form method="post" action=(format!("/{l}/bo/personal-data/erase")) {
            (csrf_field(ctx))
            div.field {
                label for="erase-number" { (t(lang, "referral-person-referral")) }
                input #erase-number type="text" name="referral" value=(form.referral);
            }
            div.field {
                label for="erase-booking" { (t(lang, "referral-person-booking")) }
                input #erase-booking type="text" name="booking" value=(form.booking);
            }
            div.check {
                input #confirm type="checkbox" name="confirm" value="true";
                label for="confirm" { (t(lang, "referral-person-confirm")) }
            }
            button.secondary type="submit" { (t(lang, "referral-person-erase")) }
        }
    };
    crate::ui::layout::back_office_form_page(
        lang,
        ctx,
        &title,
        "/bo/personal-data",
        body,
        !errors.is_empty(),
    )
}

/// The page; after an erasure (redirected here, so that reloading does not
/// post again) it says what was erased.
pub(super) async fn page(
    PageLang(lang): PageLang,
    RawQuery(query): RawQuery,
    ctx: Ctx,
) -> PageResult {
    let query = query.unwrap_or_default();
    let count = |key: &str| {
        form_urlencoded::parse(query.as_bytes())
            .find(|(k, _)| k == key)
            .and_then(|(_, v)| v.parse::<usize>().ok())
    };
    let done = match (count("erased_referrals"), count("erased_bookings")) {
        (Some(referrals), Some(bookings)) => Some(t_args(
            lang,
            "referral-person-erased",
            &[
                ("referrals", referrals.into()),
                ("bookings", bookings.into()),
            ],
        )),
        _ => None,
    };
    Ok(render(lang, &ctx, &Lookup::default(), &[], done))
}

/// The person's data as a JSON download (written to the audit log).
pub(super) async fn export(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    RawQuery(query): RawQuery,
    ctx: Ctx,
) -> PageResult {
    let user = ctx.user()?;
    let form = Lookup::parse(query.unwrap_or_default().as_bytes());
    let who = match form.who(lang) {
        Ok(w) => w,
        Err(e) => return Ok(render(lang, &ctx, &form, &[e], None)),
    };
    let exported = state
        .db
        .export_person(who, user.id, state.now().timestamp())
        .await?;
    let Some(json) = exported else {
        return Ok(unknown(lang, &ctx, &form));
    };
    let name = match who {
        PersonRef::Referral(id) => format!("referral-{id}.json"),
        PersonRef::Booking(id) => format!("booking-{id}.json"),
    };
    let mut res = crate::ui::download::attachment(
        "application/json; charset=utf-8",
        &name,
        serde_json::to_string_pretty(&json).unwrap_or_default(),
    );
    res.headers_mut().insert(
        header::CACHE_CONTROL,
        axum::http::HeaderValue::from_static("no-store"),
    );
    Ok(res)
}

pub(super) async fn erase(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    ctx: Ctx,
    body: Bytes,
) -> PageResult {
    let user = ctx.user()?;
    let form = Lookup::parse(&body);
    let who = match form.who(lang) {
        Ok(w) => w,
        Err(e) => return Ok(render(lang, &ctx, &form, &[e], None)),
    };
    if !form.confirm {
        let e = FieldError::new("confirm", t(lang, "referral-person-error-confirm"));
        return Ok(render(lang, &ctx, &form, &[e], None));
    }
    let erased = state
        .db
        .erase_person(who, user.id, state.now().timestamp())
        .await?;
    let Some((referrals, bookings)) = erased else {
        return Ok(unknown(lang, &ctx, &form));
    };
    // Post/redirect/get: the counts travel in the address (no personal data).
    Ok(Redirect::to(&format!(
        "/{}/bo/personal-data?erased_referrals={referrals}&erased_bookings={bookings}",
        lang.code()
    ))
    .into_response())
}

/// The form again, saying no one has this number (404).
fn unknown(lang: Lang, ctx: &Ctx, form: &Lookup) -> Response {
    let e = FieldError::new("referral", t(lang, "referral-person-error-unknown"));
    let mut res = render(lang, ctx, form, &[e], None);
    *res.status_mut() = StatusCode::NOT_FOUND;
    res
}
