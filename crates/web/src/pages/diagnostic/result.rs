//! The result page: the profile in plain words (never the personae's first
//! names), the urgency and why, what can be learnt, advice, then the places
//! and sessions that fit, near the person. A signed-in referrer also gets a
//! "refer this person" link per place and session, carrying the answers.

use domain::Lang;
use domain::account::Role;
use domain::diagnostic::{Answers, Profile, Urgency, score};
use maud::{Markup, html};

use super::matching::{self, SHOWN};
use crate::AppState;
use crate::auth::Ctx;
use crate::i18n::{t, t_args};
use crate::pages::card::result_card;
use crate::ui::PageResult;
use crate::ui::layout::page;
use crate::ui::sessions::session_card;

pub(super) async fn render(
    state: &AppState,
    lang: Lang,
    ctx: &Ctx,
    raw: &str,
    answers: &Answers,
    place: &str,
) -> PageResult {
    let l = lang.code();
    let profile = score(answers);
    let dir = state.directory();
    let tz = state.region.timezone;
    let now = state.now().with_timezone(&tz).naive_local();
    let location =
        (!place.is_empty() && matching::known_location(&dir, place, now)).then_some(place);
    let places = matching::places(&dir, &profile.needs, location, now);
    let sessions = matching::sessions(state, &dir, &profile.needs, location).await?;
    // The answers for the referral form, which stores them with the referral.
    let refer = ctx
        .user
        .as_ref()
        .is_some_and(|u| u.role == Role::Referrer)
        .then(|| {
            let mut s = form_urlencoded::Serializer::new(String::new());
            for (k, v) in answers.to_pairs() {
                s.append_pair(k, &v);
            }
            s.finish()
        });
    let refer_href = |what: &str, id: i64| {
        refer.as_ref().map(|diag| {
            let mut s = form_urlencoded::Serializer::new(String::new());
            s.append_pair(what, &id.to_string());
            s.append_pair("diag", diag);
            format!("/{l}/bo/referrals/new?{}", s.finish())
        })
    };
    let mut sessions_link = form_urlencoded::Serializer::new(String::new());
    if let Some(p) = location {
        sessions_link.append_pair("q", p);
    }
    if profile.needs.free {
        sessions_link.append_pair("free", "true");
    }
    sessions_link.append_pair("has_seats", "true");
    let places_link = match location {
        Some(p) => format!(
            "/{l}/search?{}",
            form_urlencoded::Serializer::new(String::new())
                .append_pair("q", p)
                .finish()
        ),
        None => format!("/{l}/search"),
    };

    let body = html! {
        h1 { (t(lang, "diag-result-title")) }
        p.notice { (t(lang, "diagp-nothing-stored")) }
        (profile_section(lang, &profile))
        section aria-labelledby="diag-places" {
            h2 #diag-places {
                @match location {
                    Some(p) => (t_args(lang, "diagp-places-near", &[("place", p.to_owned().into())])),
                    None => (t(lang, "diagp-places-title")),
                }
            }
            @if !place.is_empty() && location.is_none() {
                p.notice { (t_args(lang, "diagp-where-unknown", &[("where", place.to_owned().into())])) }
            }
            @if place.is_empty() {
                p { a href=(format!("/{l}/diagnostic?step={}&{raw}#where", super::STEPS)) { (t(lang, "diagp-add-where")) } }
            }
            @if places.relaxed { p { (t(lang, "diagp-places-none")) } }
            @if !places.hits.is_empty() {
                ol.results {
                    @for (place, hit) in &places.hits {
                        li {
                            (result_card(lang, &dir, &dir.hit_view(hit), Some(hit), now))
                            @if let Some(href) = refer_href("place", place.id) {
                                p.refer { a href=(href) { (t_args(lang, "diagp-refer-place", &[("name", place.name.clone().into())])) } }
                            }
                        }
                    }
                }
            }
            p { a href=(places_link) { (t(lang, "diagp-places-all")) } }
        }
        section aria-labelledby="diag-sessions" {
            h2 #diag-sessions { (t(lang, "diagp-sessions-title")) }
            @if sessions.is_empty() {
                p { (t(lang, "diagp-sessions-none")) }
            } @else {
                ol.results {
                    @for (s, d) in sessions.iter().take(SHOWN) {
                        li {
                            (session_card(lang, tz, &dir, s, *d))
                            @if let Some(href) = refer_href("session", s.id) {
                                p.refer { a href=(href) { (t_args(lang, "diagp-refer-session", &[("title", s.title.clone().into())])) } }
                            }
                        }
                    }
                }
            }
            p { a href=(format!("/{l}/sessions?{}", sessions_link.finish())) { (t(lang, "diagp-sessions-all")) } }
        }
        ul.inline-links.diag-actions {
            li { a href=(format!("/{l}/diagnostic?{raw}")) { (t(lang, "diagp-change")) } }
            li { a href=(format!("/{l}/diagnostic")) { (t(lang, "diagp-again")) } }
        }
    };
    Ok(page(
        lang,
        &t(lang, "diag-result-title"),
        &format!("/diagnostic/result?{raw}"),
        body,
        None,
    ))
}

/// The profile, the urgency and why, the gaps, the advice.
fn profile_section(lang: Lang, p: &Profile) -> Markup {
    let urgency_class = match p.urgency {
        Urgency::High => "urgency urgency-high",
        Urgency::Medium => "urgency urgency-medium",
        Urgency::Low => "urgency urgency-low",
    };
    html! {
        section.diag-profile aria-labelledby="diag-profile" {
            h2 #diag-profile { (t(lang, "diagp-profile-title")) }
            p.persona { strong { (t(lang, &p.persona.label_key())) } }
            p { (t(lang, &p.persona.description_key())) }
            h2 { (t(lang, "diagp-urgency-title")) }
            p class=(urgency_class) { (t(lang, &p.urgency.label_key())) }
            ul {
                @for r in &p.urgency_reasons { li { (t(lang, &r.key())) } }
            }
            h2 { (t(lang, "diag-result-gaps")) }
            @if p.gaps.is_empty() {
                p { (t(lang, "diagp-no-gaps")) }
            } @else {
                ul { @for g in &p.gaps { li { (t(lang, &g.label_key())) } } }
            }
            h2 { (t(lang, "diag-result-advice")) }
            ul.advice { @for a in &p.advice { li { (t(lang, &a.key())) } } }
        }
    }
}
