//! Search parameters, shared by the results page and `GET /api/v1/places`:
//! one parser, so a page and the API never disagree on what a search means.

use chrono::{DateTime, Utc};
use domain::LatLon;
use domain::directory::Query;

use crate::error::ApiError;

/// A parsed search plus what the form needs to show it again.
#[derive(Debug, Clone, Default)]
pub struct SearchParams {
    pub query: Query,
    pub page: usize,
    pub per_page: usize,
    pub q: String,
    pub open_now: bool,
}

/// A yes/no parameter as a search form or a link writes it.
pub(crate) fn parse_bool(name: &str, v: &str) -> Result<bool, ApiError> {
    match v {
        "true" | "on" | "1" | "yes" => Ok(true),
        "false" | "off" | "0" | "no" => Ok(false),
        _ => Err(ApiError::bad_param(
            name,
            format!("{name} must be true or false (got {v:?})"),
        )),
    }
}

fn parse_int(name: &str, v: &str, min: usize, max: usize) -> Result<usize, ApiError> {
    v.parse::<usize>()
        .ok()
        .filter(|n| (min..=max).contains(n))
        .ok_or_else(|| {
            ApiError::bad_param(
                name,
                format!("{name} must be a whole number from {min} to {max} (got {v:?})"),
            )
        })
}

fn parse_near(v: &str) -> Result<LatLon, ApiError> {
    let err = || {
        ApiError::bad_param(
            "near",
            format!(
                "near must be latitude,longitude in decimal degrees, e.g. 50.85,4.35 (got {v:?})"
            ),
        )
    };
    let (a, b) = v.split_once(',').ok_or_else(err)?;
    LatLon::parse(a, b).map_err(|_| err())
}

/// Parses a raw query string. `now` and `tz` turn `open_now` / `open_at` into local time.
pub fn parse_search(
    raw: &str,
    tz: chrono_tz::Tz,
    now: DateTime<Utc>,
    default_per_page: usize,
) -> Result<SearchParams, ApiError> {
    let mut p = SearchParams {
        page: 1,
        per_page: default_per_page,
        ..SearchParams::default()
    };
    let mut open_at = None;
    for (k, v) in form_urlencoded::parse(raw.as_bytes()) {
        let v = v.trim();
        if v.is_empty() {
            continue;
        }
        match k.as_ref() {
            "q" => {
                if v.chars().count() > 200 {
                    return Err(ApiError::bad_param("q", "q must be at most 200 characters"));
                }
                p.q = v.to_owned();
                p.query.text = Some(v.to_owned());
            }
            "postcode" => {
                let pc = domain::Postcode::parse(v).map_err(|_| {
                    ApiError::bad_param(
                        "postcode",
                        format!("postcode must be a postal code such as 1080 (got {v:?})"),
                    )
                })?;
                p.query.postcode = Some(pc.into_string());
            }
            "commune" => p.query.commune = Some(v.to_owned()),
            "near" => p.query.near = Some(parse_near(v)?),
            "radius_km" => {
                let r: f64 = v.parse().map_err(|_| {
                    ApiError::bad_param("radius_km", format!("radius_km must be a number of kilometres between 0 and 1000 (got {v:?})"))
                })?;
                if !(r > 0.0 && r <= 1000.0) {
                    return Err(ApiError::bad_param(
                        "radius_km",
                        "radius_km must be greater than 0 and at most 1000",
                    ));
                }
                p.query.radius_km = Some(r);
            }
            "service" => p.query.services.push(v.to_owned()),
            "public" => p.query.public = Some(v.to_owned()),
            "language" => p.query.language = Some(v.to_owned()),
            "wheelchair" => p.query.wheelchair = parse_bool("wheelchair", v)?,
            "free" => p.query.free = parse_bool("free", v)?,
            "labelled" => p.query.labelled = parse_bool("labelled", v)?,
            "open_now" => p.open_now = parse_bool("open_now", v)?,
            "open_at" => {
                let t = DateTime::parse_from_rfc3339(v).map_err(|_| {
                    ApiError::bad_param("open_at", format!("open_at must be an RFC 3339 date-time such as 2026-11-26T10:00:00+01:00 (got {v:?})"))
                })?;
                open_at = Some(t.with_timezone(&tz).naive_local());
            }
            "page" => p.page = parse_int("page", v, 1, 100_000)?,
            "per_page" => p.per_page = parse_int("per_page", v, 1, 100)?,
            _ => {}
        }
    }
    if p.open_now && open_at.is_none() {
        open_at = Some(now.with_timezone(&tz).naive_local());
    }
    p.query.open_at = open_at;
    p.query.offset = (p.page - 1) * p.per_page;
    p.query.limit = p.per_page;
    Ok(p)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(raw: &str) -> Result<SearchParams, ApiError> {
        parse_search(raw, chrono_tz::Europe::Brussels, Utc::now(), 20)
    }

    #[test]
    fn repeated_services_and_flags() {
        let p =
            parse("q=1080&service=training&service=printing&free=on&page=2&per_page=5").unwrap();
        assert_eq!(p.query.services, vec!["training", "printing"]);
        assert!(p.query.free);
        assert_eq!((p.query.offset, p.query.limit), (5, 5));
    }

    #[test]
    fn errors_name_the_parameter() {
        for (raw, param) in [
            ("near=abc", "near"),
            ("near=91,4", "near"),
            ("radius_km=-1", "radius_km"),
            ("per_page=101", "per_page"),
            ("page=0", "page"),
            ("free=maybe", "free"),
            ("open_at=tomorrow", "open_at"),
            ("postcode=%3Cscript%3E", "postcode"),
        ] {
            let e = parse(raw).unwrap_err();
            assert_eq!(e.param.as_deref(), Some(param), "{raw}");
            assert!(e.detail.contains(param), "{raw}: {}", e.detail);
        }
    }

    #[test]
    fn open_at_is_local_time() {
        let p = parse("open_at=2026-11-26T09:00:00Z").unwrap();
        assert_eq!(p.query.open_at.unwrap().to_string(), "2026-11-26 10:00:00");
    }
}
