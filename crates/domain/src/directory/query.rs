//! Searching the index: resolve where the person is, filter, sort nearest first.

use chrono::NaiveDateTime;

use super::index::{Directory, NONE, cell_of};
use crate::geo::LatLon;
use crate::place::Place;
use crate::text;
use crate::vocab::VocabKind;

/// A search, as parsed from a page's form or the API's parameters.
#[derive(Debug, Clone, Default)]
pub struct Query {
    /// Free text: a postcode, a commune (French or Dutch) or a name.
    pub text: Option<String>,
    /// Only places with this postcode.
    pub postcode: Option<String>,
    /// Only places of this commune (NIS code).
    pub commune: Option<String>,
    pub near: Option<LatLon>,
    pub radius_km: Option<f64>,
    /// Every one of these services (codes).
    pub services: Vec<String>,
    pub public: Option<String>,
    pub language: Option<String>,
    pub wheelchair: bool,
    pub free: bool,
    pub labelled: bool,
    /// Only places open at this local time.
    pub open_at: Option<NaiveDateTime>,
    pub offset: usize,
    pub limit: usize,
}

/// The bad parameter and what was expected.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum QueryError {
    #[error("unknown {param} code {value:?}")]
    UnknownCode { param: &'static str, value: String },
    #[error("radius_km must be a number between 0 and 1000")]
    Radius,
}

/// Where distances are measured from.
#[derive(Debug, Clone, PartialEq)]
pub enum Origin {
    Postcode(String),
    Commune(String),
    Point,
}

#[derive(Debug, Clone)]
pub struct Hit<'a> {
    pub place: &'a Place,
    pub distance_km: Option<f64>,
    pub approximate_location: bool,
    /// Open at the query's time (or now, as given by the caller); None when unknown.
    pub open: Option<bool>,
}

#[derive(Debug)]
pub struct SearchResult<'a> {
    pub hits: Vec<Hit<'a>>,
    pub total: usize,
    pub origin: Option<(Origin, LatLon)>,
    /// Communes matched by the text, when it named one or several.
    pub communes: Vec<usize>,
}

struct Filter {
    services: u128,
    public: u128,
    language: u128,
    wheelchair: u128,
    free: Option<u32>,
    labelled: bool,
}

impl Directory {
    fn code_mask(
        &self,
        kind: VocabKind,
        param: &'static str,
        code: &str,
    ) -> Result<u128, QueryError> {
        match self.vocab.position(kind, code) {
            Some(i) if i < 128 => Ok(1u128 << i),
            _ => Err(QueryError::UnknownCode {
                param,
                value: code.to_owned(),
            }),
        }
    }

    /// Runs a search. `now` is the local time used for the `open` flag of hits.
    pub fn search(&self, q: &Query, now: NaiveDateTime) -> Result<SearchResult<'_>, QueryError> {
        let mut filter = Filter {
            services: 0,
            public: 0,
            language: 0,
            wheelchair: if q.wheelchair {
                self.wheelchair_bit.max(1)
            } else {
                0
            },
            free: q.free.then_some(self.free_price),
            labelled: q.labelled,
        };
        for s in &q.services {
            filter.services |= self.code_mask(VocabKind::Service, "service", s)?;
        }
        if let Some(p) = &q.public {
            filter.public = self.code_mask(VocabKind::Public, "public", p)?;
        }
        if let Some(l) = &q.language {
            filter.language = self.code_mask(VocabKind::Language, "language", l)?;
        }
        if let Some(r) = q.radius_km {
            if !(r > 0.0 && r <= 1000.0) {
                return Err(QueryError::Radius);
            }
        }
        if let Some(c) = &q.commune {
            if self.region.commune(c).is_none() {
                return Err(QueryError::UnknownCode {
                    param: "commune",
                    value: c.clone(),
                });
            }
        }
        let radius = q.radius_km.unwrap_or(self.region.default_radius_km);

        // 1. Where is the person, and which places are in scope?
        let mut origin: Option<(Origin, LatLon)> = None;
        let mut communes = Vec::new();
        let mut scope: Option<Vec<u32>> = None; // None = every place
        let mut within: Option<f64> = None; // keep only places nearer than this from origin
        let mut keep_postcode: Option<&str> = q.postcode.as_deref();
        let mut keep_commune: Option<usize> = q
            .commune
            .as_deref()
            .and_then(|c| self.region.commune_index(c));
        let mut text_tokens: Vec<String> = Vec::new();

        if let Some(p) = q.near {
            origin = Some((Origin::Point, p));
            within = Some(radius);
        } else if let Some(pc) = keep_postcode {
            if let Some(a) = self.region.postcode(pc) {
                origin = Some((
                    Origin::Postcode(pc.to_owned()),
                    LatLon {
                        lat: a.lat,
                        lon: a.lon,
                    },
                ));
            }
        } else if let Some(ci) = keep_commune {
            let c = &self.region.communes[ci];
            origin = Some((
                Origin::Commune(c.nis.clone()),
                LatLon {
                    lat: c.lat,
                    lon: c.lon,
                },
            ));
        }

        let folded = q.text.as_deref().map(text::fold).unwrap_or_default();
        if !folded.is_empty() {
            if let Some(a) = self.region.postcode(&folded) {
                // A postcode: everything near its centre, and everything with that postcode.
                if origin.is_none() {
                    origin = Some((
                        Origin::Postcode(a.code.clone()),
                        LatLon {
                            lat: a.lat,
                            lon: a.lon,
                        },
                    ));
                    within = Some(radius);
                }
                let same = self.by_postcode.get(&a.code).map_or(&[][..], Vec::as_slice);
                let near = self.near_or(origin.as_ref().unwrap().1, within.unwrap_or(radius), same);
                scope = Some(near);
                within = None;
            } else if folded.len() == 4 && folded.bytes().all(|b| b.is_ascii_digit()) {
                // A postcode-like number the region does not know: exact postcode only.
                keep_postcode = Some(q.text.as_deref().unwrap().trim());
            } else {
                communes = self.region.match_communes(&folded);
                match communes.as_slice() {
                    [] => text_tokens = folded.split(' ').map(str::to_owned).collect(),
                    [ci] => {
                        let c = &self.region.communes[*ci];
                        let centre = LatLon {
                            lat: c.lat,
                            lon: c.lon,
                        };
                        if origin.is_none() {
                            origin = Some((Origin::Commune(c.nis.clone()), centre));
                        }
                        scope = Some(self.near_or(centre, radius, &self.by_commune[*ci]));
                        within = None;
                    }
                    many => {
                        let mut v: Vec<u32> = many
                            .iter()
                            .flat_map(|&ci| self.by_commune[ci].iter().copied())
                            .collect();
                        v.sort_unstable();
                        scope = Some(v);
                    }
                }
            }
        }
        if scope.is_none() {
            if let Some(ci) = keep_commune.take() {
                scope = Some(self.by_commune[ci].clone());
            } else if let (Some(r), Some((_, centre))) = (within, &origin) {
                scope = Some(self.near_or(*centre, r, &[]));
                within = None;
            }
        }
        if !text_tokens.is_empty() {
            let matched = self.match_tokens(&text_tokens);
            scope = Some(match scope {
                None => matched,
                Some(s) => intersect(&s, &matched),
            });
        }

        // 2. Filters.
        let mut open_cache: Vec<u8> = Vec::new();
        let candidates: Box<dyn Iterator<Item = u32>> = match &scope {
            Some(s) => Box::new(s.iter().copied()),
            None => Box::new(self.by_name.iter().copied()),
        };
        let mut kept: Vec<(u32, f64)> = Vec::new();
        for i in candidates {
            let e = &self.entries[i as usize];
            if e.services & filter.services != filter.services
                || e.publics & filter.public != filter.public
                || e.languages & filter.language != filter.language
                || e.accessibility & filter.wheelchair != filter.wheelchair
                || filter.free.is_some_and(|f| e.price != f)
                || (filter.labelled && !e.labelled)
            {
                continue;
            }
            if let Some(pc) = keep_postcode {
                if self.places[i as usize].postcode.as_deref() != Some(pc) {
                    continue;
                }
            }
            if let Some(ci) = keep_commune {
                if e.commune as usize != ci {
                    continue;
                }
            }
            if let Some(at) = q.open_at {
                if self.open_cached(e.hours, at, &mut open_cache) != Some(true) {
                    continue;
                }
            }
            let d = origin.as_ref().map_or(0.0, |(_, c)| c.distance_km(e.pos));
            if within.is_some_and(|r| d > r) {
                continue;
            }
            kept.push((i, d));
        }

        // 3. Nearest first (then by name), or by name.
        let total = kept.len();
        let end = (q.offset + q.limit).min(total);
        if origin.is_some() {
            let cmp = |a: &(u32, f64), b: &(u32, f64)| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0));
            if end > 0 && end < total {
                kept.select_nth_unstable_by(end - 1, cmp);
                kept.truncate(end);
            }
            kept.sort_unstable_by(cmp);
        } else if scope.is_some() {
            // Scopes are in index order: restore name order.
            if scope
                .as_ref()
                .is_some_and(|_| !communes.is_empty() || !text_tokens.is_empty())
            {
                kept.sort_by(|a, b| {
                    self.places[a.0 as usize]
                        .name
                        .cmp(&self.places[b.0 as usize].name)
                });
            }
        }
        let hits = kept
            .iter()
            .skip(q.offset)
            .take(q.limit)
            .map(|&(i, d)| {
                let e = &self.entries[i as usize];
                Hit {
                    place: &self.places[i as usize],
                    distance_km: origin.as_ref().map(|_| d),
                    approximate_location: e.approximate,
                    open: self.open_cached(e.hours, q.open_at.unwrap_or(now), &mut open_cache),
                }
            })
            .collect();
        Ok(SearchResult {
            hits,
            total,
            origin,
            communes,
        })
    }

    /// Places within `radius_km` of `centre`, plus `extra` ones; sorted index order.
    fn near_or(&self, centre: LatLon, radius_km: f64, extra: &[u32]) -> Vec<u32> {
        let dlat = radius_km / 111.0;
        let dlon = radius_km / (111.0 * centre.lat.to_radians().cos().max(0.01));
        let (lo_a, lo_o) = cell_of(LatLon {
            lat: centre.lat - dlat,
            lon: centre.lon - dlon,
        });
        let (hi_a, hi_o) = cell_of(LatLon {
            lat: centre.lat + dlat,
            lon: centre.lon + dlon,
        });
        let near = |i: &u32| self.entries[*i as usize].pos.distance_km(centre) <= radius_km;
        let mut out: Vec<u32> = extra.to_vec();
        let cells = (hi_a - lo_a + 1) as i64 * (hi_o - lo_o + 1) as i64;
        if cells > self.grid.len() as i64 {
            out.extend((0..self.entries.len() as u32).filter(near));
        } else {
            for a in lo_a..=hi_a {
                for o in lo_o..=hi_o {
                    if let Some(list) = self.grid.get(&(a, o)) {
                        out.extend(list.iter().copied().filter(near));
                    }
                }
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    /// Places whose tokens contain every query token (prefix match for tokens of 3+ characters).
    fn match_tokens(&self, query: &[String]) -> Vec<u32> {
        let mut acc: Option<Vec<u32>> = None;
        for t in query {
            let start = self
                .tokens
                .partition_point(|(k, _)| k.as_str() < t.as_str());
            let mut ids: Vec<u32> = Vec::new();
            for (k, list) in &self.tokens[start..] {
                let hit = if t.chars().count() >= 3 {
                    k.starts_with(t.as_str())
                } else {
                    k == t
                };
                if !hit {
                    break;
                }
                ids.extend_from_slice(list);
            }
            ids.sort_unstable();
            ids.dedup();
            acc = Some(match acc {
                None => ids,
                Some(a) => intersect(&a, &ids),
            });
            if acc.as_ref().is_some_and(Vec::is_empty) {
                break;
            }
        }
        acc.unwrap_or_default()
    }

    fn open_cached(&self, hours: u32, at: NaiveDateTime, cache: &mut Vec<u8>) -> Option<bool> {
        if hours >= NONE - 1 {
            return None;
        }
        if cache.is_empty() {
            cache.resize(self.hours.len(), 0);
        }
        let slot = &mut cache[hours as usize];
        if *slot == 0 {
            *slot = if self.hours[hours as usize].is_open(at) {
                2
            } else {
                1
            };
        }
        Some(*slot == 2)
    }
}

fn intersect(a: &[u32], b: &[u32]) -> Vec<u32> {
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                out.push(a[i]);
                i += 1;
                j += 1;
            }
        }
    }
    out
}
