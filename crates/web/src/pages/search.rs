//! The results page: what a person needs to decide where to go.

use std::sync::{Arc, Mutex, PoisonError};

use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use domain::Lang;
use domain::directory::{Directory, Origin, SearchResult, Unknowns};
use domain::vocab::{VocabKind, Vocabularies};
use maud::{Markup, PreEscaped, html};

use crate::AppState;
use crate::i18n::{t, t_args, text};
use crate::params::{SearchParams, parse_search};
use crate::ui::PageLang;
use crate::ui::format::{commune_name, label};

use super::card::result_card;
use crate::ui::layout::{Pages, page, pagination};

const PER_PAGE: usize = 10;

pub async fn search_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    RawQuery(raw): RawQuery,
) -> Response {
    let raw = raw.unwrap_or_default();
    let tail = format!("/search?{raw}");
    let dir = state.directory();
    let now = state
        .now()
        .with_timezone(&state.region.timezone)
        .naive_local();
    let parsed = parse_search(&raw, state.region.timezone, state.now(), PER_PAGE)
        .map_err(|e| e.detail)
        .map(|mut p| {
            // Page-only: the page's language reads the text, and the person may
            // ask to also see places that do not say (not an API parameter).
            p.query.lang = Some(lang.code().to_owned());
            p.query.include_unknown = include_unknown(&raw);
            p
        })
        .and_then(|p| {
            dir.search(&p.query, now)
                .map(|r| (p, r))
                .map_err(|e| e.to_string())
        });
    let (params, result) = match parsed {
        Ok(ok) => ok,
        Err(_) => {
            let body = html! {
                h1 { (text(lang, "search-error-title")) }
                div.error-summary role="alert" { p { (text(lang, "search-error-text")) } }
                (search_box(lang, "", false))
            };
            let mut res = page(lang, &text(lang, "search-error-title"), &tail, body, None);
            *res.status_mut() = StatusCode::BAD_REQUEST;
            return res;
        }
    };

    let place_word = |n: usize| t_args(lang, "results-count", &[("count", n.into())]);
    let heading = match (&result.origin, params.q.is_empty()) {
        (Some((Origin::Point, _)), true) => t(lang, "results-title-position"),
        (_, true) => t(lang, "results-title-all"),
        (Some((Origin::Postcode(pc), _)), false) => {
            t_args(lang, "results-title-near", &[("place", pc.clone().into())])
        }
        (Some((Origin::Commune(nis), _)), false) => t_args(
            lang,
            "results-title-near",
            &[("place", commune_name(&dir, lang, nis).into())],
        ),
        _ => t_args(
            lang,
            "results-title-text",
            &[("text", params.q.clone().into())],
        ),
    };
    let pages = result.total.div_ceil(PER_PAGE).max(1);
    let found: Vec<(domain::directory::PlaceView, &domain::directory::Hit)> =
        result.hits.iter().map(|h| (dir.hit_view(h), h)).collect();
    let body = html! {
        h1 { (heading) }
        (search_box(lang, &params.q, false))
        (filters(lang, &dir, &params))
        (did_you_mean(lang, &raw, &result))
        (unknown_notices(lang, &raw, &params, &result))
        p.count role="status" { (place_word(result.total)) }
        @if result.hits.is_empty() {
            div.empty {
                p { (text(lang, "results-none")) }
                p { a href=(format!("/{}/communes", lang.code())) { (text(lang, "results-none-communes")) } }
            }
        } @else {
            (crate::ui::map::places_map(lang, state.region.map.as_ref(), &dir, found.iter().map(|(p, _)| p)))
            ol.results {
                @for (p, hit) in &found { li { (result_card(lang, &dir, p, Some(hit), now)) } }
            }
            (pagination(lang, "search", &raw, params.page, Pages::Total(pages)))
        }
    };
    page(lang, &heading, &tail, body, None).into_response()
}

/// The page-only parameters that also keep places which do not say.
const UNKNOWN_PARAMS: Unknowns<&str> = Unknowns {
    free: "free_unknown",
    open: "open_unknown",
    language: "language_unknown",
};

/// Which "include the places that do not say" options the address asks for.
fn include_unknown(raw: &str) -> Unknowns<bool> {
    let on = |name: &str| {
        form_urlencoded::parse(raw.as_bytes())
            .any(|(k, v)| k == name && crate::params::parse_bool(name, v.trim()).unwrap_or(false))
    };
    Unknowns {
        free: on(UNKNOWN_PARAMS.free),
        open: on(UNKNOWN_PARAMS.open),
        language: on(UNKNOWN_PARAMS.language),
    }
}

/// This search's address with `key` set to `value` (or removed), back on page 1.
fn search_href(lang: Lang, raw: &str, key: &str, value: Option<&str>) -> String {
    let mut s = form_urlencoded::Serializer::new(String::new());
    for (k, v) in form_urlencoded::parse(raw.as_bytes()) {
        if k != "page" && k != key {
            s.append_pair(&k, &v);
        }
    }
    if let Some(v) = value {
        s.append_pair(key, v);
    }
    format!("/{}/search?{}", lang.code(), s.finish())
}

/// "Did you mean …?": a word as typed matched nothing and a close one was used.
fn did_you_mean(lang: Lang, raw: &str, result: &SearchResult) -> Markup {
    let Some(corrected) = &result.corrected else {
        return html! {};
    };
    html! {
        p.notice.did-you-mean {
            (text(lang, "search-did-you-mean")) " "
            a href=(search_href(lang, raw, "q", Some(corrected))) { bdi { (corrected) } }
        }
    }
}

/// For each ticked filter on something many places do not say (free, open now,
/// language): how many places do not say, and a link to show or hide them.
fn unknown_notices(lang: Lang, raw: &str, params: &SearchParams, result: &SearchResult) -> Markup {
    let q = &params.query;
    let rows = [
        (
            q.free,
            "unknown-free",
            UNKNOWN_PARAMS.free,
            result.unknown.free,
            q.include_unknown.free,
        ),
        (
            q.open_at.is_some(),
            "unknown-open",
            UNKNOWN_PARAMS.open,
            result.unknown.open,
            q.include_unknown.open,
        ),
        (
            q.language.is_some(),
            "unknown-language",
            UNKNOWN_PARAMS.language,
            result.unknown.language,
            q.include_unknown.language,
        ),
    ];
    html! {
        @for (on, key, param, count, included) in rows {
            @if on && count > 0 {
                div.notice.unknown {
                    p {
                        (t_args(lang, key, &[("count", count.into())]))
                        @if included { " " (text(lang, "unknown-included")) }
                    }
                    p {
                        @if included {
                            a href=(search_href(lang, raw, param, None)) { (text(lang, "unknown-hide")) }
                        } @else {
                            a href=(search_href(lang, raw, param, Some("true"))) { (text(lang, "unknown-show")) }
                        }
                    }
                }
            }
        }
    }
}

/// Filters as a plain form; the selected values stay selected.
fn filters(lang: Lang, dir: &Directory, p: &SearchParams) -> Markup {
    let q = &p.query;
    let vocab = &dir.vocab;
    let selected_service = q.services.first().map(String::as_str).unwrap_or("");
    // `name`: the parameter; `key`: its label's message.
    let select = |name: &'static str, key: &'static str, kind: VocabKind, current: &str| {
        html! {
            div.field {
                label for={ "f-" (name) } { (text(lang, key)) }
                select id={ "f-" (name) } name=(name) {
                    option value="" { (text(lang, "filter-any")) }
                    @let options = filter_options(lang, vocab, kind);
                    @for (code, option) in options.codes.iter().zip(&options.markup) {
                        @if code == current {
                            option value=(code) selected { (label(lang, kind, code)) }
                        } @else {
                            (PreEscaped(option))
                        }
                    }
                }
            }
        }
    };
    let check = |name: &'static str, key: &'static str, on: bool| {
        html! {
            div.check {
                input type="checkbox" id={ "f-" (name) } name=(name) value="true" checked[on];
                label for={ "f-" (name) } { (text(lang, key)) }
            }
        }
    };
    let any = !q.services.is_empty()
        || q.public.is_some()
        || q.language.is_some()
        || q.wheelchair
        || q.free
        || p.open_now
        || q.labelled;
    html! {
        details.filters open[any] {
            summary { (text(lang, "filters-title")) }
            form action={ "/" (lang.code()) "/search" } method="get" {
                input type="hidden" name="q" value=(p.q);
                @if let Some(near) = q.near { input type="hidden" name="near" value=(format!("{:.4},{:.4}", near.lat, near.lon)); }
                @for (on, name) in [(q.include_unknown.free, UNKNOWN_PARAMS.free), (q.include_unknown.open, UNKNOWN_PARAMS.open), (q.include_unknown.language, UNKNOWN_PARAMS.language)] {
                    @if on { input type="hidden" name=(name) value="true"; }
                }
                (select("service", "filter-service", VocabKind::Service, selected_service))
                (select("public", "filter-public", VocabKind::Public, q.public.as_deref().unwrap_or("")))
                (select("language", "filter-language", VocabKind::Language, q.language.as_deref().unwrap_or("")))
                fieldset {
                    legend { (text(lang, "filters-only")) }
                    (check("open_now", "filter-open_now", p.open_now))
                    (check("free", "filter-free", q.free))
                    (check("wheelchair", "filter-wheelchair", q.wheelchair))
                    (check("labelled", "filter-labelled", q.labelled))
                }
                button type="submit" { (text(lang, "filters-apply")) }
            }
        }
    }
}

/// A filter's options in a language, as markup (`<option value=…>label</option>`):
/// the same on every results page, so made once — each label looked up and
/// escaped once — and made again when the vocabulary's codes change.
struct FilterOptions {
    codes: Vec<String>,
    markup: Vec<String>,
}

/// The options made so far, by language and vocabulary (a few dozen at most).
type OptionsCache = Vec<((Lang, VocabKind), Arc<FilterOptions>)>;
static FILTER_OPTIONS: Mutex<OptionsCache> = Mutex::new(Vec::new());

fn filter_options(lang: Lang, vocab: &Vocabularies, kind: VocabKind) -> Arc<FilterOptions> {
    let terms = vocab.terms(kind);
    let mut cache = FILTER_OPTIONS
        .lock()
        .unwrap_or_else(PoisonError::into_inner);
    let slot = cache.iter().position(|(k, _)| *k == (lang, kind));
    if let Some(i) = slot
        && cache[i].1.codes.iter().eq(terms.iter().map(|t| &t.code))
    {
        return Arc::clone(&cache[i].1);
    }
    let made = Arc::new(FilterOptions {
        codes: terms.iter().map(|t| t.code.clone()).collect(),
        markup: terms
            .iter()
            .map(|t| html! { option value=(t.code) { (label(lang, kind, &t.code)) } }.into_string())
            .collect(),
    });
    match slot {
        Some(i) => cache[i].1 = Arc::clone(&made),
        None => cache.push(((lang, kind), Arc::clone(&made))),
    }
    made
}

/// The search form, on the home and results pages.
pub(super) fn search_box(lang: Lang, q: &str, big: bool) -> Markup {
    html! {
        form.search role="search" action={ "/" (lang.code()) "/search" } method="get" {
            label for="q" class=(if big { "big" } else { "" }) { (text(lang, "search-label")) }
            p.hint #q-hint { (text(lang, "search-hint")) }
            div.row {
                input #q type="search" name="q" value=(q) aria-describedby="q-hint" maxlength="200";
                button type="submit" { (text(lang, "search-button")) }
            }
            // Shown by /static/near.js only when the browser can give a position;
            // until then app.css keeps its place (invisible) so nothing moves.
            button.secondary #near-me type="button" hidden
                data-action={ "/" (lang.code()) "/search" }
                data-wait=(text(lang, "near-me-wait"))
                data-error=(text(lang, "near-me-error")) { (text(lang, "near-me")) }
            p #near-me-status role="status" {}
        }
    }
}
