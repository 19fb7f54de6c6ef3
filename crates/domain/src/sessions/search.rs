//! The public listing's search: where (the directory's location search, so
//! that a postcode or a commune means the same for places and sessions),
//! what (theme or DigComp area, level, language, public), and when.

use std::collections::HashMap;

use super::{Session, SessionStatus, Theme};
use crate::diagnostic::{DigCompArea, Level};
use crate::directory::{Directory, Origin, Query, QueryError};
use crate::geo::LatLon;
use crate::text;
use crate::vocab::VocabKind;

/// A search of sessions. `location` uses only the directory's location
/// fields (`text`, `postcode`, `commune`, `near`, `radius_km`).
#[derive(Debug, Clone, Default)]
pub struct SessionQuery {
    pub location: Query,
    /// A theme code, or a DigComp area code (every theme of the area).
    pub theme: Option<String>,
    pub level: Option<String>,
    pub language: Option<String>,
    /// Sessions for this public (sessions that name no public are for everyone).
    pub public: Option<String>,
    pub free: bool,
    pub wheelchair: bool,
    /// Only sessions with a free seat.
    pub has_seats: bool,
    /// Only sessions at this place.
    pub place_id: Option<i64>,
    /// Sessions starting at or after (UTC Unix seconds).
    pub from: i64,
    /// Sessions starting before.
    pub to: Option<i64>,
    pub include_cancelled: bool,
    pub offset: usize,
    pub limit: usize,
}

#[derive(Debug, Clone)]
pub struct SessionHit<'a> {
    pub session: &'a Session,
    /// From the searched location, when there is one.
    pub distance_km: Option<f64>,
}

#[derive(Debug)]
pub struct SessionResult<'a> {
    /// The page asked for, soonest first.
    pub hits: Vec<SessionHit<'a>>,
    pub total: usize,
    pub origin: Option<(Origin, LatLon)>,
}

enum ThemeFilter {
    Theme(Theme),
    Area(DigCompArea),
}

fn unknown(param: &'static str, value: &str) -> QueryError {
    QueryError::UnknownCode {
        param,
        value: value.to_owned(),
    }
}

/// Where a mobile activity is, for distances: its postcode's centre, else its commune's.
fn mobile_position(dir: &Directory, s: &Session) -> Option<LatLon> {
    if let Some(a) = s.postcode.as_deref().and_then(|pc| dir.region.postcode(pc)) {
        return Some(LatLon {
            lat: a.lat,
            lon: a.lon,
        });
    }
    s.commune_nis
        .as_deref()
        .and_then(|c| dir.region.commune(c))
        .map(|c| LatLon {
            lat: c.lat,
            lon: c.lon,
        })
}

/// Filters `sessions` (any order) and returns the page asked for, soonest first.
pub fn search<'a>(
    dir: &Directory,
    sessions: &'a [Session],
    q: &SessionQuery,
) -> Result<SessionResult<'a>, QueryError> {
    let theme = match q.theme.as_deref() {
        None => None,
        Some(v) => Some(match (Theme::parse(v), DigCompArea::parse(v)) {
            (Some(t), _) => ThemeFilter::Theme(t),
            (None, Some(a)) => ThemeFilter::Area(a),
            _ => return Err(unknown("theme", v)),
        }),
    };
    let level = match q.level.as_deref() {
        None => None,
        Some(v) => Some(Level::parse(v).ok_or_else(|| unknown("level", v))?),
    };
    if let Some(l) = &q.language
        && !dir.vocab.contains(VocabKind::Language, l)
    {
        return Err(unknown("language", l));
    }
    if let Some(p) = &q.public
        && !dir.vocab.contains(VocabKind::Public, p)
    {
        return Err(unknown("public", p));
    }

    // Where: the directory resolves the location and lists the places in it.
    let loc = &q.location;
    let has_location =
        loc.text.is_some() || loc.postcode.is_some() || loc.commune.is_some() || loc.near.is_some();
    let mut origin = None;
    let mut communes: Vec<usize> = Vec::new();
    let mut places: HashMap<i64, Option<f64>> = HashMap::new();
    if has_location {
        let pq = Query {
            text: loc.text.clone(),
            postcode: loc.postcode.clone(),
            commune: loc.commune.clone(),
            near: loc.near,
            radius_km: loc.radius_km,
            limit: dir.len().max(1),
            ..Query::default()
        };
        let r = dir.search(&pq, chrono::NaiveDateTime::default())?;
        places = r.hits.iter().map(|h| (h.id, h.distance_km)).collect();
        origin = r.origin;
        communes = r.communes;
    }
    // Text that names no location: the words must be in the title (or the place's name).
    let words: Vec<String> = match (&loc.text, &origin) {
        (Some(t), None) if communes.is_empty() => text::fold(t)
            .split(' ')
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect(),
        _ => Vec::new(),
    };
    let radius = loc.radius_km.unwrap_or(dir.region.default_radius_km);

    let located = |s: &Session| -> Option<Option<f64>> {
        if !has_location {
            return Some(None);
        }
        if let Some(pid) = s.place_id
            && let Some(d) = places.get(&pid)
        {
            return Some(*d);
        }
        if !words.is_empty() {
            let title = text::fold(&s.title);
            return words
                .iter()
                .all(|w| title.contains(w.as_str()))
                .then_some(None);
        }
        if s.place_id.is_some() {
            return None;
        }
        // A mobile activity: by its own postcode and commune.
        let pos = mobile_position(dir, s);
        let distance = match (&origin, pos) {
            (Some((_, o)), Some(p)) => Some(o.distance_km(p)),
            _ => None,
        };
        let keep = if let Some(pc) = &loc.postcode {
            s.postcode.as_deref() == Some(pc.trim())
        } else if let Some(c) = &loc.commune {
            s.commune_nis.as_deref() == Some(c.as_str())
        } else if !communes.is_empty() {
            s.commune_nis
                .as_deref()
                .and_then(|c| dir.region.commune_index(c))
                .is_some_and(|ci| communes.contains(&ci))
        } else {
            distance.is_some_and(|d| d <= radius)
        };
        keep.then_some(distance)
    };

    let mut hits: Vec<SessionHit<'a>> = Vec::new();
    for s in sessions {
        if s.starts_at < q.from
            || q.to.is_some_and(|to| s.starts_at >= to)
            || (!q.include_cancelled && s.status == SessionStatus::Cancelled)
            || q.place_id.is_some_and(|p| s.place_id != Some(p))
            || (q.free && !s.is_free())
            || (q.has_seats && (s.seats_left() == 0 || s.status != SessionStatus::Scheduled))
            || level.is_some_and(|l| s.level != l)
            || q.language
                .as_ref()
                .is_some_and(|l| !s.languages.contains(l))
            || q.public
                .as_ref()
                .is_some_and(|p| !s.publics.is_empty() && !s.publics.contains(p))
        {
            continue;
        }
        match &theme {
            Some(ThemeFilter::Theme(t)) if s.theme != *t => continue,
            Some(ThemeFilter::Area(a)) if s.theme.area() != *a => continue,
            _ => {}
        }
        if q.wheelchair {
            let at_place = s
                .place_id
                .and_then(|p| dir.place(p))
                .is_some_and(|p| p.accessibility.iter().any(|a| a == "wheelchair"));
            if !at_place && !s.accessibility.iter().any(|a| a == "wheelchair") {
                continue;
            }
        }
        if let Some(distance_km) = located(s) {
            hits.push(SessionHit {
                session: s,
                distance_km,
            });
        }
    }
    hits.sort_by_key(|h| (h.session.starts_at, h.session.id));
    let total = hits.len();
    let hits = hits
        .into_iter()
        .skip(q.offset)
        .take(q.limit.max(1))
        .collect();
    Ok(SessionResult {
        hits,
        total,
        origin,
    })
}
