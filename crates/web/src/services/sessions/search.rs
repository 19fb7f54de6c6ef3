//! Searching sessions, for the public listing and `GET /api/v1/sessions`:
//! one parser of the query string (the places' location parameters and
//! filters, plus theme, level, seats, dates and place) and one search.

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use domain::directory::Query;
use domain::sessions::{Session, SessionQuery};

use store::StoreError;

use crate::App;
use crate::error::ApiError;
use crate::params::{parse_bool, parse_search};

const DAY: i64 = 86_400;
/// Without `to`, the listing looks this far ahead.
const DEFAULT_SPAN: i64 = 180 * DAY;
/// The widest date range one search may ask for.
const MAX_SPAN: i64 = 400 * DAY;

/// A parsed sessions search, and what the form shows again.
#[derive(Debug, Clone)]
pub struct SessionSearch {
    pub query: SessionQuery,
    pub page: usize,
    pub per_page: usize,
    pub q: String,
    pub from_date: String,
    pub to_date: String,
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
pub fn parse_session_search(
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

/// Searches and returns the page of sessions (owned, with distances) and the total.
///
/// The outer error is the database's; the inner one a search the directory
/// refuses (an unknown code, a radius out of range), naming the parameter.
pub async fn search(state: &App, s: &SessionSearch) -> Result<Result<Found, ApiError>, StoreError> {
    let to = s.query.to.unwrap_or(s.query.from + DEFAULT_SPAN);
    let all = state.db.sessions_between(s.query.from, to).await?;
    let dir = state.directory();
    Ok(domain::sessions::search(&dir, &all, &s.query)
        .map(|r| {
            let hits = r
                .hits
                .iter()
                .map(|h| (h.session.clone(), h.distance_km))
                .collect();
            (hits, r.total)
        })
        .map_err(query_error))
}

/// A page of sessions with their distances, and how many matched in all.
pub type Found = (Vec<(Session, Option<f64>)>, usize);

/// A search the directory refuses, as a problem naming the parameter.
fn query_error(e: domain::directory::QueryError) -> ApiError {
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
