//! A session's page: what, when, where, seats, its schema.org `Event`, and
//! the booking form (a referrer for a person, an EPN manager at their own
//! sessions, or the person alone when the EPN allows it).

use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use chrono::{TimeZone, Utc};
use domain::Lang;
use domain::sessions::{BookingStatus, Session, SessionStatus};
use domain::vocab::VocabKind;
use maud::{Markup, html};
use serde::Deserialize;
use serde_json::json;

use crate::AppState;
use crate::auth::{Ctx, csrf_field};
use crate::i18n::{t, t_args};
use crate::services::sessions::{consent_text, may_book_for_others, may_see_booking};
use crate::ui::form::{FieldError, error_for, error_summary, text_input};
use crate::ui::format::label;
use crate::ui::format::local_time_span;
use crate::ui::layout::{json_ld, page};
use crate::ui::sessions::{
    address_text, languages_text, price_text, seats_text, session_card, theme_text,
};
use crate::ui::{PageLang, PageResult};

/// The booking form as typed (kept when it has errors).
#[derive(Debug, Default, Clone, Deserialize)]
pub(crate) struct BookingForm {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub consent: Option<String>,
    /// The language the person is written to in.
    #[serde(default)]
    pub person_lang: String,
    /// Spam protection of booking alone (see `crate::antispam`): the honeypot…
    #[serde(default)]
    pub homepage: String,
    /// …and the signed time stamp.
    #[serde(default)]
    pub stamp: String,
}

pub(super) async fn session_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    RawQuery(raw): RawQuery,
    ctx: Ctx,
) -> PageResult {
    let s = super::session_of_path(&state, &id).await?;
    // After a booking, the page says what happened to it.
    let booked: Option<i64> = form_urlencoded::parse(raw.unwrap_or_default().as_bytes())
        .find(|(k, _)| k == "booked")
        .and_then(|(_, v)| v.parse().ok());
    let notice = match (booked, &ctx.user) {
        (Some(b), Some(user)) => match state.db.booking(b).await? {
            Some(b) if b.session_id == s.id && may_see_booking(user, &s, &b) => {
                Some(booking_notice(&state, lang, &b).await)
            }
            _ => None,
        },
        _ => None,
    };
    render_session_page(&state, lang, &ctx, &s, &BookingForm::default(), &[], notice).await
}

/// "Seat confirmed for Amina." or "Amina is number 2 on the waiting list."
pub(crate) async fn booking_notice(
    state: &AppState,
    lang: Lang,
    b: &store::sessions::Booking,
) -> String {
    let name = b.person_name.clone().unwrap_or_default();
    match b.status {
        BookingStatus::Confirmed => {
            t_args(lang, "sessions-booked-confirmed", &[("name", name.into())])
        }
        BookingStatus::Waiting => {
            let position = state.db.waiting_position(b).await.unwrap_or(0);
            t_args(
                lang,
                "sessions-booked-waiting",
                &[
                    ("name", name.into()),
                    ("position", usize::try_from(position).unwrap_or(0).into()),
                ],
            )
        }
        BookingStatus::Cancelled => {
            t_args(lang, "sessions-booking-cancelled", &[("name", name.into())])
        }
    }
}

/// The session's page, with the booking form (its errors and typed values kept).
pub(crate) async fn render_session_page(
    state: &AppState,
    lang: Lang,
    ctx: &Ctx,
    s: &Session,
    form: &BookingForm,
    errors: &[FieldError],
    notice: Option<String>,
) -> PageResult {
    let l = lang.code();
    let tz = state.region.timezone;
    let dir = state.directory();
    let now = state.now().timestamp();
    let place = s.place_id.and_then(|p| dir.place(p));
    let place = place.as_ref();
    let for_others = ctx.user.as_ref().is_some_and(|u| may_book_for_others(u, s));
    // A referrer sees the bookings their structure made here (on a cancelled
    // date, cancelled with it).
    let mine: Vec<store::sessions::Booking> = match &ctx.user {
        Some(u) if for_others => state
            .db
            .bookings_of_session(s.id)
            .await?
            .into_iter()
            .filter(|b| {
                may_see_booking(u, s, b)
                    && (b.status != BookingStatus::Cancelled || b.cancelled_with(s))
            })
            .collect(),
        _ => Vec::new(),
    };
    let bookable = s.is_bookable(now) && (s.seats_left() > 0 || s.waiting_list);
    let list = |kind: VocabKind, codes: &[String]| {
        codes
            .iter()
            .map(|c| label(lang, kind, c))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let body = html! {
        // A failed booking: the summary first, where the page opens.
        (error_summary(lang, errors))
        nav.crumbs aria-label=(t(lang, "breadcrumb")) { a href=(format!("/{l}/sessions")) { (t(lang, "sessions-title")) } }
        h1 lang=[crate::ui::sessions::title_lang(lang, s)] { (s.title) }
        @if let Some(n) = &notice { p.notice role="status" { (n) } }
        @if s.status == SessionStatus::Cancelled {
            div.notice.session-cancelled role="status" {
                p { strong { (t(lang, "sessions-status-cancelled")) } }
                @if let Some(r) = &s.cancel_reason { p { (t(lang, "sessions-cancel-reason")) " " (r) } }
            }
        }
        @if let Some(d) = &s.description { p.description { (d) } }
        dl.session-facts {
            dt { (t(lang, "sessions-when-label")) } dd { (local_time_span(lang, tz, s.starts_at, s.ends_at)) }
            dt { (t(lang, "sessions-where-label-short")) }
            dd {
                @if s.is_mobile() { (t(lang, "sessions-mobile")) ": " }
                @if let Some(p) = place { a href=(format!("/{l}/places/{}", p.id)) { (p.name) } br; }
                (address_text(lang, &dir, s))
            }
            dt { (t(lang, "sessions-theme-label")) } dd { (theme_text(lang, s.theme)) }
            dt { (t(lang, "sessions-level-label")) } dd { (t(lang, &s.level.label_key())) }
            dt { (t(lang, "sessions-languages-label")) } dd { (languages_text(lang, &s.languages)) }
            dt { (t(lang, "sessions-seats-label")) } dd { (seats_text(lang, s)) }
            dt { (t(lang, "sessions-price-label")) } dd { (price_text(lang, s.price_cents)) }
            @if !s.publics.is_empty() { dt { (t(lang, "sessions-publics-label")) } dd { (list(VocabKind::Public, &s.publics)) } }
            @if let Some(b) = &s.bring { dt { (t(lang, "sessions-bring-label")) } dd { (b) } }
            @if !s.accessibility.is_empty() { dt { (t(lang, "sessions-accessibility-label")) } dd { (list(VocabKind::Accessibility, &s.accessibility)) } }
            dt { (t(lang, "sessions-organiser-label")) } dd { (s.organisation) }
        }
        p { a.button.secondary href=(format!("/{l}/sessions/{}/calendar.ics", s.id)) { (t(lang, "sessions-add-to-calendar")) } }
        @if ctx.user.as_ref().is_some_and(|u| u.manages(s.organisation_id)) {
            p { a href=(format!("/{l}/bo/sessions/{}", s.id)) { (t(lang, "sessions-manage-link")) } }
        }

        h2 #booking { (t(lang, "sessions-booking-title")) }
        @if !mine.is_empty() {
            table.bo #bookings {
                caption { (t(lang, "sessions-your-bookings")) }
                thead { tr {
                    th scope="col" { (t(lang, "sessions-person-name")) }
                    th scope="col" { (t(lang, "sessions-booking-status")) }
                    th scope="col" { (t(lang, "actions")) }
                } }
                tbody {
                    @for b in &mine {
                        tr {
                            td { (b.person_name.as_deref().unwrap_or("–")) }
                            td { (t(lang, &format!("sessions-booking-{}", b.status.code()))) }
                            td {
                                @if s.is_bookable(now) {
                                    form.inline method="post" action=(format!("/{l}/bo/bookings/{}/cancel", b.id)) {
                                        (csrf_field(ctx))
                                        input type="hidden" name="back" value="session";
                                        button.secondary type="submit" {
                                            (t(lang, "sessions-cancel-booking"))
                                            span.visually-hidden { " – " (b.person_name.as_deref().unwrap_or("")) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        @if !bookable {
            p { (if s.is_bookable(now) { t(lang, "sessions-full-no-list") } else { t(lang, "sessions-not-bookable") }) }
        } @else if for_others {
            @if s.seats_left() == 0 { p.notice { (t(lang, "sessions-will-wait")) } }
            (booking_form(lang, ctx, s, form, errors, true, now))
        } @else if s.self_booking {
            @if s.seats_left() == 0 { p.notice { (t(lang, "sessions-will-wait")) } }
            p { (t(lang, "sessions-self-booking-intro")) }
            (booking_form(lang, ctx, s, form, errors, false, now))
        } @else {
            p { (t(lang, "sessions-how-to-book")) }
            @if let Some(phone) = place.and_then(|p| p.phone.as_deref()) {
                p { (t(lang, "phone")) " " a href=(crate::ui::format::tel_href(phone)) { (crate::ui::format::ltr(phone)) } }
            }
        }
    };
    let mut res = page(
        lang,
        &s.title,
        &format!("/sessions/{}", s.id),
        body,
        Some(json_ld(&event_json(state, lang, s))),
    );
    if !errors.is_empty() {
        *res.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(res)
}

/// The booking form: for someone else (a referrer, to the back office) or
/// for oneself (public, with the spam guard stamped at `now`).
fn booking_form(
    lang: Lang,
    ctx: &Ctx,
    s: &Session,
    form: &BookingForm,
    errors: &[FieldError],
    for_someone: bool,
    now: i64,
) -> Markup {
    let consent_error = error_for(errors, "consent");
    let action = if for_someone {
        format!("/{}/bo/sessions/{}/bookings", lang.code(), s.id)
    } else {
        format!("/{}/sessions/{}/book", lang.code(), s.id)
    };
    let person_lang = if form.person_lang.is_empty() {
        lang.code()
    } else {
        form.person_lang.as_str()
    };
    html! {
        form.booking method="post" action=(action) novalidate {
            (csrf_field(ctx))
            (text_input("name", &t(lang, if for_someone { "sessions-person-name" } else { "sessions-your-name" }), "text", &form.name,
                Some(&t(lang, "sessions-person-name-hint")), errors))
            (text_input("phone", &t(lang, "sessions-person-phone"), "tel", &form.phone,
                Some(&t(lang, "sessions-person-contact-hint")), errors))
            (text_input("email", &t(lang, "sessions-person-email"), "email", &form.email,
                Some(&t(lang, "sessions-person-contact-hint")), errors))
            div.field {
                label for="person_lang" { (t(lang, "sessions-person-lang")) }
                select #person_lang name="person_lang" {
                    @for l in Lang::ALL {
                        option value=(l.code()) lang=(l.code()) selected[person_lang == l.code()] { (l.autonym()) }
                    }
                }
            }
            div.field.(if consent_error.is_some() { "has-error" } else { "" }) {
                @if let Some(e) = consent_error { p.field-error #consent-error { (e) } }
                div.check.consent {
                    input #consent type="checkbox" name="consent" value="yes" checked[form.consent.is_some()]
                        aria-invalid=[consent_error.map(|_| "true")] aria-describedby=[consent_error.map(|_| "consent-error")];
                    label for="consent" { (consent_text(lang, &s.organisation, for_someone)) }
                }
            }
            @if !for_someone { (crate::antispam::fields(lang, now)) }
            button type="submit" { (if s.seats_left() > 0 { t(lang, "sessions-book-button") } else { t(lang, "sessions-wait-button") }) }
        }
    }
}

fn rfc3339(tz: chrono_tz::Tz, ts: i64) -> String {
    Utc.timestamp_opt(ts, 0)
        .single()
        .unwrap_or_default()
        .with_timezone(&tz)
        .to_rfc3339()
}

/// The schema.org `Event` of a session.
pub(crate) fn event_json(state: &AppState, lang: Lang, s: &Session) -> serde_json::Value {
    let tz = state.region.timezone;
    let dir = state.directory();
    let place = s.place_id.and_then(|p| dir.place(p));
    let place = place.as_ref();
    let locality = place
        .map(|p| p.commune_nis.clone())
        .or_else(|| s.commune_nis.clone())
        .map(|nis| crate::ui::format::commune_name(&dir, lang, &nis));
    let url = state
        .config
        .link(&format!("/{}/sessions/{}", lang.code(), s.id));
    json!({
        "@context": "https://schema.org",
        "@type": "Event",
        "name": s.title,
        "description": s.description,
        "url": url,
        "startDate": rfc3339(tz, s.starts_at),
        "endDate": rfc3339(tz, s.ends_at),
        "eventStatus": match s.status {
            SessionStatus::Cancelled => "https://schema.org/EventCancelled",
            SessionStatus::Scheduled => "https://schema.org/EventScheduled",
        },
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "location": {
            "@type": "Place",
            "name": place.map(|p| p.name.clone()).or_else(|| s.location.clone()),
            "address": {
                "@type": "PostalAddress",
                "streetAddress": place.and_then(|p| p.address.clone()),
                "postalCode": place.and_then(|p| p.postcode.clone()).or_else(|| s.postcode.clone()),
                "addressLocality": locality,
                "addressCountry": state.region.country,
            },
        },
        "organizer": { "@type": "Organization", "name": s.organisation },
        "about": t(lang, &s.theme.label_key()),
        "educationalLevel": s.level.code(),
        "inLanguage": s.languages,
        "maximumAttendeeCapacity": s.seats,
        "remainingAttendeeCapacity": s.seats_left(),
        "isAccessibleForFree": s.is_free(),
        "offers": {
            "@type": "Offer",
            "price": domain::sessions::format_price(s.price_cents, false),
            "priceCurrency": "EUR",
            "availability": if s.seats_left() > 0 && s.status == SessionStatus::Scheduled {
                "https://schema.org/InStock"
            } else {
                "https://schema.org/SoldOut"
            },
            "url": url,
        },
    })
}

/// The upcoming sessions of a place, for its page (nothing when it has none).
pub(crate) async fn place_section(state: &AppState, lang: Lang, place_id: i64) -> Markup {
    let now = state.now().timestamp();
    let sessions = match state
        .db
        .sessions_at_place(place_id, now, now + 90 * 86_400)
        .await
    {
        Ok(s) => s,
        Err(e) => {
            tracing::error!(error = %e, place_id, "sessions of a place");
            return html! {};
        }
    };
    let shown: Vec<&Session> = sessions
        .iter()
        .filter(|s| s.status == SessionStatus::Scheduled)
        .take(5)
        .collect();
    if shown.is_empty() {
        return html! {};
    }
    let l = lang.code();
    let dir = state.directory();
    html! {
        section.place-sessions aria-labelledby="place-sessions-title" {
            h2 #place-sessions-title { (t(lang, "sessions-at-place-title")) }
            ol.results {
                @for s in shown { li { (session_card(lang, state.region.timezone, &dir, s, None)) } }
            }
            p {
                a href=(format!("/{l}/sessions?place={place_id}")) { (t(lang, "sessions-at-place-all")) }
                " · "
                a href=(format!("/{l}/places/{place_id}/sessions.ics")) { (t(lang, "sessions-at-place-calendar")) }
            }
        }
    }
}
