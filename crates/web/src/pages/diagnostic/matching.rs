//! Which places and sessions fit a profile's needs, near the person: the
//! needs that cannot be bent (free, a language) filter, the others (services,
//! accessibility, themes, level) rank; the nearest come first among equals.

use chrono::NaiveDateTime;
use domain::Place;
use domain::diagnostic::Needs;
use domain::directory::{Directory, Hit, Query};
use domain::sessions::{Session, SessionQuery};

use crate::AppState;

/// Places and sessions shown on the result page.
pub(super) const SHOWN: usize = 5;
/// Places looked at (nearest first) before ranking.
const CANDIDATES: usize = 60;
/// How far ahead sessions are looked for.
const SESSION_DAYS: i64 = 60;
/// Sessions within this distance of each other count as equally near.
const NEAR_KM: f64 = 2.0;

/// Is `text` a postcode or a commune the directory knows?
pub(super) fn known_location(dir: &Directory, text: &str, now: NaiveDateTime) -> bool {
    let q = Query {
        text: Some(text.to_owned()),
        limit: 1,
        ..Query::default()
    };
    dir.search(&q, now)
        .is_ok_and(|r| r.origin.is_some() || !r.communes.is_empty())
}

pub(super) struct PlaceMatches {
    pub hits: Vec<(Place, Hit)>,
    /// Nothing fitted the firm needs (free, language): these are the nearest places.
    pub relaxed: bool,
}

/// Does a place say something that rules it out? Only what it states
/// counts: a price that is not free, languages without the person's.
fn place_excluded(needs: &Needs, price: Option<&str>, languages: &[String]) -> bool {
    let paid = needs.free && price.is_some_and(|p| p != "free");
    let language = !languages.is_empty()
        && needs
            .languages
            .first()
            .is_some_and(|l| !languages.contains(l));
    paid || language
}

/// How well a place fits: a point per needed service it offers, two for a
/// needed accessibility, two for being free or speaking the language when
/// the person needs it.
fn place_fit(needs: &Needs, p: &domain::place::Place) -> usize {
    let services = needs
        .services
        .iter()
        .filter(|c| p.services.contains(c))
        .count();
    let accessibility = needs
        .accessibility
        .iter()
        .filter(|c| p.accessibility.contains(c))
        .count();
    let free = needs.free && p.price.as_deref() == Some("free");
    let language = needs.languages.iter().any(|l| p.languages.contains(l));
    services + 2 * (accessibility + usize::from(free) + usize::from(language))
}

/// The places that fit best, near `location` (a known postcode or commune)
/// when given: the nearest candidates, without those that rule themselves
/// out, best fit first.
pub(super) fn places(
    dir: &Directory,
    needs: &Needs,
    location: Option<&str>,
    now: NaiveDateTime,
) -> PlaceMatches {
    let q = Query {
        text: location.map(str::to_owned),
        limit: CANDIDATES,
        ..Query::default()
    };
    let candidates: Vec<(Place, Hit)> = dir
        .search(&q, now)
        .map(|r| r.hits)
        .unwrap_or_default()
        .into_iter()
        .map(|h| (dir.hit_place(&h), h))
        .collect();
    let mut hits: Vec<(Place, Hit)> = candidates
        .iter()
        .filter(|(p, _)| !place_excluded(needs, p.price.as_deref(), &p.languages))
        .cloned()
        .collect();
    let relaxed = hits.is_empty();
    if relaxed {
        hits = candidates;
    }
    // Stable: among places that fit as well, the nearest (or by name) first.
    hits.sort_by_key(|(p, _)| std::cmp::Reverse(place_fit(needs, p)));
    hits.truncate(SHOWN);
    PlaceMatches { hits, relaxed }
}

/// How well a session fits: its theme is one of the gaps (or there are no
/// gaps), and its level is the person's.
fn session_fit(needs: &Needs, s: &Session) -> usize {
    let theme = needs.themes.is_empty() || needs.themes.contains(&s.theme.area());
    2 * usize::from(theme) + usize::from(s.level == needs.level)
}

/// Upcoming sessions with a free seat near `location`, free and in the
/// person's language when they need it, whose theme or level fits; one
/// occurrence per series. The [`SHOWN`] that fit best (then the nearest, then
/// the soonest) are chosen, and listed soonest first, as a person reads a diary.
pub(super) async fn sessions(
    state: &AppState,
    dir: &Directory,
    needs: &Needs,
    location: Option<&str>,
) -> Result<Vec<(Session, Option<f64>)>, store::StoreError> {
    let from = state.now().timestamp();
    let to = from + SESSION_DAYS * 86_400;
    let all = state.db.sessions_between(from, to).await?;
    let q = SessionQuery {
        location: Query {
            text: location.map(str::to_owned),
            ..Query::default()
        },
        language: needs.languages.first().cloned(),
        free: needs.free,
        has_seats: true,
        from,
        to: Some(to),
        limit: all.len().max(1),
        ..SessionQuery::default()
    };
    let Ok(found) = domain::sessions::search(dir, &all, &q) else {
        return Ok(Vec::new());
    };
    let mut hits: Vec<(usize, &Session, Option<f64>)> = found
        .hits
        .iter()
        .map(|h| (session_fit(needs, h.session), h.session, h.distance_km))
        .filter(|(fit, _, _)| *fit > 0)
        .collect();
    // Best fit first; then within 2 km before farther; then soonest.
    hits.sort_by_key(|(fit, s, d)| {
        let far = d.map_or(0, |d| (d / NEAR_KM) as u32);
        (std::cmp::Reverse(*fit), far, s.starts_at, s.id)
    });
    let mut series = Vec::new();
    let mut out = Vec::new();
    for (_, s, d) in hits {
        if let Some(id) = s.series_id {
            if series.contains(&id) {
                continue;
            }
            series.push(id);
        }
        out.push((s.clone(), d));
        if out.len() == SHOWN {
            break;
        }
    }
    out.sort_by_key(|(s, _)| (s.starts_at, s.id));
    Ok(out)
}
