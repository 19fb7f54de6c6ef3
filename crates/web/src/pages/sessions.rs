//! Sessions on the public site: the listing `/{lang}/sessions` (the same
//! location search as places, plus theme, language, free, free seats and
//! dates), a session's page with its schema.org `Event` and the booking form,
//! the upcoming sessions of a place, iCalendar feeds, and a person's own
//! booking (when they booked alone). Shared with the API and the back office:
//! the search parameters and the words that describe a session.

mod ical;
mod page;
mod selfbook;
mod words;

use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use domain::Lang;
use domain::account::Access;
use domain::diagnostic::DigCompArea;
use domain::directory::{Directory, Query};
use domain::sessions::{Session, SessionQuery, Theme};
use domain::vocab::VocabKind;
use maud::{Markup, html};

use super::PageLang;
use super::format::label;
use super::layout::{page, pagination};
use crate::AppState;
use crate::error::ApiError;
use crate::i18n::{t, t_args};
use crate::params::parse_search;
use crate::routes::Routes;

pub(crate) use page::{BookingForm, place_section, render_session_page};
pub(crate) use selfbook::{check_person, consent_text, person_lang};
pub(crate) use words::{
    address_text, languages_text, price_text, seats_text, session_card, theme_text, when,
    where_text,
};

pub fn routes() -> Routes {
    use Access::Public;
    Routes::new()
        .get("/{lang}/sessions", Public, list_page)
        .get("/{lang}/sessions/{id}", Public, page::session_page)
        .get(
            "/{lang}/sessions/{id}/calendar.ics",
            Public,
            ical::session_ics,
        )
        .get("/{lang}/places/{id}/sessions.ics", Public, ical::place_ics)
        .post("/{lang}/sessions/{id}/book", Public, selfbook::self_book)
        .get(
            "/{lang}/bookings/{token}",
            Public,
            selfbook::my_booking_page,
        )
        .post(
            "/{lang}/bookings/{token}/cancel",
            Public,
            selfbook::my_booking_cancel,
        )
}

const PER_PAGE: usize = 20;
const DAY: i64 = 86_400;
/// Without `to`, the listing looks this far ahead.
const DEFAULT_SPAN: i64 = 180 * DAY;
/// The widest date range one search may ask for.
const MAX_SPAN: i64 = 400 * DAY;

/// A parsed sessions search, and what the form shows again.
#[derive(Debug, Clone)]
pub(crate) struct SessionSearch {
    pub query: SessionQuery,
    pub page: usize,
    pub per_page: usize,
    pub q: String,
    pub from_date: String,
    pub to_date: String,
}

fn parse_bool(name: &str, v: &str) -> Result<bool, ApiError> {
    match v {
        "true" | "on" | "1" | "yes" => Ok(true),
        "false" | "off" | "0" | "no" => Ok(false),
        _ => Err(ApiError::bad_param(
            name,
            format!("{name} must be true or false (got {v:?})"),
        )),
    }
}

/// A date (YYYY-MM-DD, local: the start of that day, or of the next day for
/// an end) or an RFC 3339 date-time, as UTC Unix seconds.
fn parse_instant(name: &str, v: &str, tz: chrono_tz::Tz, end: bool) -> Result<i64, ApiError> {
    let bad = || {
        ApiError::bad_param(
            name,
            format!("{name} must be a date (YYYY-MM-DD) or an RFC 3339 date-time (got {v:?})"),
        )
    };
    if let Ok(d) = NaiveDate::parse_from_str(v, "%Y-%m-%d") {
        let d = if end {
            d.succ_opt().ok_or_else(bad)?
        } else {
            d
        };
        return Ok(domain::sessions::local_to_utc(d, NaiveTime::MIN, &tz).timestamp());
    }
    Ok(DateTime::parse_from_rfc3339(v)
        .map_err(|_| bad())?
        .timestamp())
}

/// Parses the listing's and the API's query string: the places' location
/// parameters (q, postcode, commune, near, radius_km) and filters (language,
/// public, free, wheelchair, page, per_page), plus theme, level, has_seats,
/// from, to and place.
pub(crate) fn parse_session_search(
    raw: &str,
    tz: chrono_tz::Tz,
    now: DateTime<Utc>,
    per_page: usize,
) -> Result<SessionSearch, ApiError> {
    let p = parse_search(raw, tz, now, per_page)?;
    let mut query = SessionQuery {
        location: Query {
            text: p.query.text.clone(),
            postcode: p.query.postcode.clone(),
            commune: p.query.commune.clone(),
            near: p.query.near,
            radius_km: p.query.radius_km,
            ..Query::default()
        },
        language: p.query.language.clone(),
        public: p.query.public.clone(),
        free: p.query.free,
        wheelchair: p.query.wheelchair,
        from: now.timestamp(),
        offset: p.query.offset,
        limit: p.per_page,
        ..SessionQuery::default()
    };
    let (mut from_date, mut to_date) = (String::new(), String::new());
    let mut to = None;
    for (k, v) in form_urlencoded::parse(raw.as_bytes()) {
        let v = v.trim();
        if v.is_empty() {
            continue;
        }
        match k.as_ref() {
            "theme" => query.theme = Some(v.to_owned()),
            "level" => query.level = Some(v.to_owned()),
            "has_seats" => query.has_seats = parse_bool("has_seats", v)?,
            "from" => {
                query.from = parse_instant("from", v, tz, false)?;
                from_date = v.to_owned();
            }
            "to" => {
                to = Some(parse_instant("to", v, tz, true)?);
                to_date = v.to_owned();
            }
            "place" => {
                query.place_id = Some(v.parse().map_err(|_| {
                    ApiError::bad_param("place", format!("place must be a place id (got {v:?})"))
                })?)
            }
            _ => {}
        }
    }
    // A wider range is cut (the API says where in its answer); a `to` before
    // `from` is an empty range.
    let to = to
        .unwrap_or(query.from.saturating_add(DEFAULT_SPAN))
        .min(query.from.saturating_add(MAX_SPAN));
    query.to = Some(to);
    Ok(SessionSearch {
        query,
        page: p.page,
        per_page: p.per_page,
        q: p.q,
        from_date,
        to_date,
    })
}

async fn list_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    RawQuery(raw): RawQuery,
) -> Response {
    let raw = raw.unwrap_or_default();
    let tail = format!("/sessions?{raw}");
    let tz = state.region.timezone;
    let parsed = parse_session_search(&raw, tz, state.now(), PER_PAGE);
    let found = match &parsed {
        Ok(s) => Some(load_and_search(&state, s).await),
        Err(_) => None,
    };
    let (search, (items, total)) = match (parsed, found) {
        (Ok(s), Some(Ok(r))) => (s, r),
        (_, Some(Err(e))) if e.status.is_server_error() => return e.into_response(),
        (Err(e), _) | (_, Some(Err(e))) => {
            let body = html! {
                h1 { (t(lang, "sessions-title")) }
                div.error-summary role="alert" { p { (t(lang, "sessions-search-error")) } p.small { (e.detail) } }
                p { a href=(format!("/{}/sessions", lang.code())) { (t(lang, "sessions-search-reset")) } }
            };
            let mut res = page(lang, &t(lang, "sessions-title"), &tail, body, None);
            *res.status_mut() = StatusCode::BAD_REQUEST;
            return res;
        }
        (Ok(_), None) => unreachable!("a parsed search is searched"),
    };
    let dir = state.directory();
    let pages = total.div_ceil(PER_PAGE).max(1);
    let body = html! {
        h1 { (t(lang, "sessions-title")) }
        p { (t(lang, "sessions-intro")) }
        (search_form(lang, &dir, &search))
        p.count role="status" { (t_args(lang, "sessions-count", &[("count", total.into())])) }
        @if items.is_empty() {
            div.empty { p { (t(lang, "sessions-none")) } }
        } @else {
            ol.results {
                @for (s, d) in &items { li { (session_card(lang, tz, &dir, s, *d)) } }
            }
            @if pages > 1 { (pagination(lang, "sessions", &raw, search.page, pages)) }
        }
    };
    page(lang, &t(lang, "sessions-title"), &tail, body, None)
}

/// Searches and returns the page of sessions (owned, with distances) and the total.
pub(crate) async fn load_and_search(
    state: &AppState,
    s: &SessionSearch,
) -> Result<(Vec<(Session, Option<f64>)>, usize), ApiError> {
    let to = s.query.to.unwrap_or(s.query.from + DEFAULT_SPAN);
    let all = state
        .db
        .sessions_between(s.query.from, to)
        .await
        .map_err(ApiError::internal)?;
    let dir = state.directory();
    let r = domain::sessions::search(&dir, &all, &s.query).map_err(query_error)?;
    Ok((
        r.hits
            .iter()
            .map(|h| (h.session.clone(), h.distance_km))
            .collect(),
        r.total,
    ))
}

/// Checked fields' problems in words: "Title: please fill this in."
pub(crate) fn field_errors(
    lang: Lang,
    errors: &[domain::sessions::DraftError],
) -> Vec<crate::backoffice::FieldError> {
    errors
        .iter()
        .map(|e| {
            let field = t(lang, &format!("sessions-field-{}", e.field));
            crate::backoffice::FieldError::new(
                e.field,
                t_args(lang, e.kind.key(), &[("field", field.into())]),
            )
        })
        .collect()
}

/// A search the directory refuses, as a problem naming the parameter.
pub(crate) fn query_error(e: domain::directory::QueryError) -> ApiError {
    match e {
        domain::directory::QueryError::UnknownCode { param, value } => ApiError::bad_param(
            param,
            format!(
                "{param} {value:?} is not a known code; see the OpenAPI document for the codes"
            ),
        ),
        domain::directory::QueryError::Radius => ApiError::bad_param(
            "radius_km",
            "radius_km must be greater than 0 and at most 1000",
        ),
    }
}

fn search_form(lang: Lang, dir: &Directory, s: &SessionSearch) -> Markup {
    let l = lang.code();
    let q = &s.query;
    let theme = q.theme.as_deref().unwrap_or("");
    let language = q.language.as_deref().unwrap_or("");
    html! {
        form.session-search action=(format!("/{l}/sessions")) method="get" {
            div.field {
                label for="q" { (t(lang, "sessions-where-label")) }
                p.hint #q-hint { (t(lang, "sessions-where-hint")) }
                input #q type="text" name="q" value=(s.q) aria-describedby="q-hint" maxlength="200" autocomplete="postal-code";
            }
            div.field {
                label for="theme" { (t(lang, "sessions-theme-label")) }
                select #theme name="theme" {
                    option value="" { (t(lang, "filter-any")) }
                    @for area in DigCompArea::ALL {
                        optgroup label=(t(lang, &area.label_key())) {
                            option value=(area.code()) selected[theme == area.code()] { (t_args(lang, "sessions-theme-all-of-area", &[("area", t(lang, &area.label_key()).into())])) }
                            @for th in Theme::of_area(area) {
                                option value=(th.code()) selected[theme == th.code()] { (t(lang, &th.label_key())) }
                            }
                        }
                    }
                }
            }
            div.field {
                label for="language" { (t(lang, "filter-language")) }
                select #language name="language" {
                    option value="" { (t(lang, "filter-any")) }
                    @for term in dir.vocab.terms(VocabKind::Language) {
                        option value=(term.code) selected[term.code == language] { (label(lang, VocabKind::Language, &term.code)) }
                    }
                }
            }
            div.session-dates {
                div.field {
                    label for="from" { (t(lang, "sessions-from-label")) }
                    input #from type="date" name="from" value=(s.from_date);
                }
                div.field {
                    label for="to" { (t(lang, "sessions-to-label")) }
                    input #to type="date" name="to" value=(s.to_date);
                }
            }
            fieldset {
                legend { (t(lang, "filters-only")) }
                div.check {
                    input #free type="checkbox" name="free" value="true" checked[q.free];
                    label for="free" { (t(lang, "sessions-only-free")) }
                }
                div.check {
                    input #has_seats type="checkbox" name="has_seats" value="true" checked[q.has_seats];
                    label for="has_seats" { (t(lang, "sessions-only-seats")) }
                }
            }
            button type="submit" { (t(lang, "sessions-search-button")) }
        }
    }
}
