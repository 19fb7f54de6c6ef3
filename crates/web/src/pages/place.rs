//! A place's page: everything known, hours as a week table, how to get in touch.

use axum::extract::{Path, State};
use domain::LabelStatus;
use domain::directory::HoursInfo;
use domain::vocab::VocabKind;
use maud::{Markup, html};
use serde_json::json;

use super::contact::{can_call_or_write, place_contact};
use crate::AppState;
use crate::auth::Ctx;
use crate::i18n::t;
use crate::services::places::merged_into;
use crate::ui::format::{Tone, commune_name, label, long_date, open_line, time_range, weekday};
use crate::ui::layout::{json_ld, page};
use crate::ui::{PageError, PageLang, PageResult};
use domain::account::Access;

pub async fn place_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    ctx: Ctx,
) -> PageResult {
    let dir = state.directory();
    let Some(view) = id.parse::<i64>().ok().and_then(|id| dir.place_view(id)) else {
        // A place merged into another: its old address leads to the kept one.
        let new = merged_into(&state, &id).await.ok_or(PageError::NotFound)?;
        return Err(PageError::Moved(format!("/{}/places/{new}", lang.code())));
    };
    let p = &view.to_place();
    let now = state
        .now()
        .with_timezone(&state.region.timezone)
        .naive_local();
    let (pos, approximate) = dir.position(p.id).expect("place is in the directory");
    let commune = commune_name(&dir, lang, &p.commune_nis);
    let commune_slug = dir
        .region
        .commune(&p.commune_nis)
        .map(|c| c.slug.clone())
        .unwrap_or_default();
    let (tone, open) = open_line(lang, &dir, &view, now);
    let vocab_list = |kind: VocabKind, codes: &[String], title: &str| -> Markup {
        html! {
            @if !codes.is_empty() {
                h2 { (t(lang, title)) }
                ul.tags { @for c in codes { li { (label(lang, kind, c)) } } }
            }
        }
    };

    let hours = match dir.hours(p.id) {
        HoursInfo::Valid(h) => {
            let week = h.week(now.date());
            html! {
                table.hours {
                    caption { (t(lang, "hours-table-caption")) }
                    tbody {
                        @for (i, day) in week.iter().enumerate() {
                            tr class=(if i == 0 { "today" } else { "" }) {
                                th scope="row" {
                                    (weekday(lang, day.weekday))
                                    @if i == 0 { " " strong { "(" (t(lang, "today")) ")" } }
                                }
                                td {
                                    @if day.open.is_empty() && day.unknown.is_empty() { (t(lang, "closed")) }
                                    @for (j, (a, b)) in day.open.iter().enumerate() {
                                        @if j > 0 { ", " } (time_range(*a, *b))
                                    }
                                    @if !day.unknown.is_empty() {
                                        @if !day.open.is_empty() { ", " }
                                        (t(lang, "hours-on-request"))
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        HoursInfo::Invalid(raw) => html! {
            p.notice { (t(lang, "hours-unreadable")) }
            p { (t(lang, "hours-as-written")) " " code dir="ltr" { (raw) } }
        },
        HoursInfo::None => html! {},
    };

    let ld = json!({
        "@context": "https://schema.org",
        "@type": "Place",
        "name": p.name,
        "address": {
            "@type": "PostalAddress",
            "streetAddress": p.address,
            "postalCode": p.postcode,
            "addressLocality": commune,
            "addressCountry": state.region.country,
        },
        "geo": if approximate { serde_json::Value::Null } else { json!({"@type": "GeoCoordinates", "latitude": pos.lat, "longitude": pos.lon}) },
        "telephone": p.phone,
        "email": p.email,
        "url": p.web_address(),
        "openingHours": p.opening_hours,
        "description": p.description,
    });

    let sessions = super::sessions::place_section(&state, lang, p.id).await;
    let has_sessions = !sessions.0.is_empty();
    let capacity = super::capacity::place_section(&state, lang, p.id).await;
    // Whether it is open now comes first; "hours unknown" stands out as a notice.
    let open_state = html! {
        @if matches!(dir.hours(p.id), HoursInfo::None) { p.notice { (open) } }
        @else {
            p class=(match tone { Tone::Open => "state open", Tone::Closed => "state closed", Tone::Unknown => "state unknown" }) {
                span aria-hidden="true" { (match tone { Tone::Open => "● ", Tone::Closed => "○ ", Tone::Unknown => "? " }) }
                (open)
            }
        }
    };
    let body = html! {
        nav.crumbs aria-label=(t(lang, "breadcrumb")) {
            a href=(format!("/{}/communes/{}", lang.code(), commune_slug)) { (commune) }
        }
        h1 { (p.name) }
        p.org { (t(lang, "run-by")) " " (p.organisation) }
        p.kind { (t(lang, &format!("kind-{}", p.kind.code()))) }
        @match p.label {
            LabelStatus::Labelled => p.badge { a href=(format!("/{}/label", lang.code())) { (t(lang, "badge-labelled")) } },
            _ => {},
        }
        (place_contact(lang, &dir, &view, open_state, approximate, has_sessions))
        // Without a phone or an e-mail, its next sessions are a way to meet the place.
        @if !can_call_or_write(&view) { (sessions) }

        @if let Some(d) = &p.description { p.description { (d) } }
        @if !matches!(dir.hours(p.id), HoursInfo::None) {
            h2 { (t(lang, "hours-title")) }
            (hours)
        }
        (capacity)

        (vocab_list(VocabKind::Service, &p.services, "services"))
        (vocab_list(VocabKind::Public, &p.publics, "publics"))
        (vocab_list(VocabKind::Language, &p.languages, "languages-spoken"))
        (vocab_list(VocabKind::Accessibility, &p.accessibility, "accessibility"))
        @if let Some(price) = &p.price { h2 { (t(lang, "price")) } p { (label(lang, VocabKind::Price, price)) } }
        @if p.computers.is_some() || p.tablets.is_some() {
            h2 { (t(lang, "equipment")) }
            ul {
                @if let Some(c) = p.computers { li { (crate::i18n::t_args(lang, "computers-count", &[("count", c.into())])) } }
                @if let Some(c) = p.tablets { li { (crate::i18n::t_args(lang, "tablets-count", &[("count", c.into())])) } }
            }
        }
        @if can_call_or_write(&view) { (sessions) }
        @if Access::REFERRERS.allows(ctx.user.as_ref().map(|u| u.role)) {
            p { a.button href=(format!("/{}/bo/referrals/new?place={}", lang.code(), p.id)) { (t(lang, "referral-send-here")) } }
        }
        p.updated { (t(lang, "last-update")) " " time datetime=(p.updated_on) { (long_date(lang, &p.updated_on)) } }
        p.report { a href=(format!("/{}/places/{}/report", lang.code(), p.id)) { (t(lang, "report-link")) } }
    };
    Ok(page(
        lang,
        &p.name,
        &format!("/places/{}", p.id),
        body,
        Some(json_ld(&ld)),
    ))
}
