//! Searching the index: resolve where the person is, filter, sort nearest first.

use std::collections::BinaryHeap;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Arc, OnceLock};

use chrono::NaiveDateTime;

use super::bits::{
    Bits, Counted, for_each_set_bit, for_each_set_bit_in, give_back, has_bit, or_into, set_bit,
    zeroed_bits,
};
use super::index::{
    CELL_LAT, CELL_LON, Cell, Directory, Entry, MAX_SUBCELLS, NO_PRICE, NONE, cell_of,
};
use super::tokens::DenseToken;
use super::understand::{AnyOf, NameTerm};
use crate::geo::LatLon;
use crate::hours::OpenState;
use crate::place::Place;
use crate::text;
use crate::vocab::VocabKind;

/// A search, as parsed from a page's form or the API's parameters.
#[derive(Debug, Clone, Default)]
pub struct Query {
    /// Free text: where (a postcode, a commune in any language, a district),
    /// what (words of services, publics, kinds of place) and words of names
    /// and streets, in any order (see docs/search.md).
    pub text: Option<String>,
    /// The language of the page (its stop words win over other languages' words).
    pub lang: Option<String>,
    /// Also keep places that do not say whether they pass the free, open or
    /// language filter.
    pub include_unknown: Unknowns<bool>,
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

/// Something for each filter on a field many places leave empty.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Unknowns<T> {
    pub free: T,
    pub open: T,
    pub language: T,
}

const UNKNOWN_FREE: u8 = 1;
const UNKNOWN_OPEN: u8 = 2;
const UNKNOWN_LANGUAGE: u8 = 4;
/// A word is common when a `DENSE`-th of the places or more have it: its
/// places are also kept as bits (no more bytes than its list), and searches
/// for words that common combine bits rather than lists.
pub(super) const DENSE: usize = 32;

/// Set in a ranking key: the place is outside the searched postcode.
const OUTSIDE: u64 = 1 << 63;

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

/// A place found: its id and how it relates to the query. The place itself
/// is materialised on demand ([`Directory::hit_place`]): a search that
/// counts or lists ids never copies a place.
#[derive(Debug, Clone)]
pub struct Hit {
    pub id: i64,
    /// The place's index in the directory.
    pub(super) index: u32,
    pub distance_km: Option<f64>,
    pub approximate_location: bool,
    /// Open at the query's time (or now, as given by the caller); None when unknown.
    pub open: Option<bool>,
}

#[derive(Debug)]
pub struct SearchResult {
    pub hits: Vec<Hit>,
    pub total: usize,
    pub origin: Option<(Origin, LatLon)>,
    /// Communes matched by the text, when it named one or several.
    pub communes: Vec<usize>,
    /// The text with its typing mistakes corrected, when a word as typed
    /// matched nothing and a close word was used instead.
    pub corrected: Option<String>,
    /// Places that pass every other filter but do not say whether they are
    /// free, open or speak the language (counted whether or not included).
    pub unknown: Unknowns<usize>,
}

struct Filter {
    services: u64,
    public: u64,
    language: u64,
    wheelchair: u64,
    free: Option<u8>,
    labelled: bool,
    /// Vocabulary words of the text: each must be satisfied.
    any: Vec<AnyOf>,
}

impl Directory {
    /// The place a search found.
    pub fn hit_place(&self, hit: &Hit) -> Place {
        self.place_of(hit.index)
    }

    /// The place a search found, borrowed from the directory (no copy).
    pub fn hit_view(&self, hit: &Hit) -> super::PlaceView<'_> {
        self.view_of(hit.index)
    }

    fn code_mask(
        &self,
        kind: VocabKind,
        param: &'static str,
        code: &str,
    ) -> Result<u64, QueryError> {
        match self.vocab.position(kind, code) {
            Some(i) if i < 64 => Ok(1u64 << i),
            _ => Err(QueryError::UnknownCode {
                param,
                value: code.to_owned(),
            }),
        }
    }

    /// Runs a search. `now` is the local time used for the `open` flag of hits.
    pub fn search(&self, q: &Query, now: NaiveDateTime) -> Result<SearchResult, QueryError> {
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
            any: Vec::new(),
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
        if let Some(r) = q.radius_km
            && !(r > 0.0 && r <= 1000.0)
        {
            return Err(QueryError::Radius);
        }
        if let Some(c) = &q.commune
            && self.region.commune(c).is_none()
        {
            return Err(QueryError::UnknownCode {
                param: "commune",
                value: c.clone(),
            });
        }
        let radius = q.radius_km.unwrap_or(self.region.default_radius_km);
        let folded = q.text.as_deref().map(text::fold).unwrap_or_default();
        let mut understood = self.understand(&folded, q.lang.as_deref());
        filter.any = std::mem::take(&mut understood.any);
        for a in &mut filter.any {
            a.index_names(self.slots.len());
        }

        // 1. Where is the person, and which places are candidates?
        let mut origin: Option<(Origin, LatLon)> = None;
        let mut communes = Vec::new();
        let mut source: Option<Source<'_>> = None;
        let mut within: Option<f64> = None;
        let mut keep_postcode: Option<&str> = q.postcode.as_deref();
        let keep_commune: Option<usize> = q
            .commune
            .as_deref()
            .and_then(|c| self.region.commune_index(c));
        let text_tokens: Vec<NameTerm> = understood.names.clone();

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

        if let Some(a) = understood
            .postcode
            .as_deref()
            .and_then(|pc| self.region.postcode(pc))
        {
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
            let centre = origin.as_ref().unwrap().1;
            // The postcode's places by distance from its centre: when the
            // circle is around it.
            let far = (centre.lat == a.lat && centre.lon == a.lon)
                .then(|| {
                    self.region
                        .postcode_index(&a.code)
                        .map(|pi| self.postcode_far[pi].as_slice())
                })
                .flatten();
            source = Some(Source::Circle {
                centre,
                radius: within.unwrap_or(radius),
                extra: same,
                far,
            });
            within = None;
        } else if let Some(pc) = understood.other_postcode.as_deref() {
            keep_postcode = Some(pc);
        } else if !understood.communes.is_empty() {
            communes = understood.communes.clone();
            match communes.as_slice() {
                [] => {}
                [ci] => {
                    let c = &self.region.communes[*ci];
                    let centre = LatLon {
                        lat: c.lat,
                        lon: c.lon,
                    };
                    if origin.is_none() {
                        origin = Some((Origin::Commune(c.nis.clone()), centre));
                    }
                    source = Some(Source::Circle {
                        centre,
                        radius,
                        extra: &self.by_commune[*ci],
                        far: Some(&self.commune_far[*ci]),
                    });
                    within = None;
                }
                many => {
                    let mut v: Vec<u32> = many
                        .iter()
                        .flat_map(|&ci| self.by_commune[ci].iter().copied())
                        .collect();
                    v.sort_unstable();
                    source = Some(Source::Owned(v));
                }
            }
        }
        if source.is_none() {
            if let Some(ci) = keep_commune {
                source = Some(Source::List(&self.by_commune[ci]));
            } else if let (Some(r), Some((_, centre))) = (within, &origin) {
                source = Some(Source::Circle {
                    centre: *centre,
                    radius: r,
                    extra: &[],
                    far: None,
                });
                within = None;
            } else if let Some(pc) = keep_postcode {
                // Only places with this postcode can match (the region's or another).
                source = Some(Source::List(
                    self.by_postcode.get(pc).map_or(&[][..], Vec::as_slice),
                ));
            }
        }
        let mut matched = None;
        // Many places match the words and the search is of a circle: the
        // circle is searched as without words, each place looked up in the
        // matches' bits (what the words match is part of the count's key).
        let mut only: Option<(Bits<'_>, u64)> = None;
        let no_candidate = matches!(&source, Some(Source::List(l)) if l.is_empty());
        if !text_tokens.is_empty() && !no_candidate {
            match (self.match_terms_set(&text_tokens), &source) {
                // The words alone: the places as they are matched.
                (Matched::Ranks(ranks), None) => source = Some(Source::Ranks(ranks)),
                (Matched::Ranks(ranks), Some(Source::Circle { .. })) => {
                    only = Some((ranks, hash_key(&text_tokens)));
                }
                // Few places with the postcode or in the commune: those of them
                // that the words match (the list stays a filter, like the commune).
                (m, Some(Source::List(l))) if l.len() < m.count() => {
                    source = Some(Source::Owned(
                        l.iter().copied().filter(|&i| m.contains(self, i)).collect(),
                    ));
                }
                (m, _) => matched = Some(m.into_list(self)),
            }
        }
        if let Some(matched) = matched {
            source = Some(match source {
                None | Some(Source::List(_)) => Source::Owned(matched), // a commune list stays a filter (keep_commune)
                Some(Source::Circle {
                    centre,
                    radius,
                    extra,
                    ..
                }) if extra.is_empty() && origin.as_ref().is_some_and(|(_, c)| *c == centre) => {
                    // Same set as intersecting with the circle: keep the circle as a filter.
                    within = Some(radius);
                    Source::Owned(matched)
                }
                Some(Source::Circle {
                    centre,
                    radius,
                    extra,
                    ..
                }) if matched.len() < self.circle_estimate(centre, radius) + extra.len()
                    && extra.is_sorted() =>
                {
                    // Fewer matches than places around: keep the matches in the
                    // circle or among the extra places (both lists ascending),
                    // rather than list, sort and intersect the circle's places.
                    let c = Circle::new(centre, radius);
                    let mut at = 0;
                    Source::Owned(
                        matched
                            .into_iter()
                            .filter(|&i| c.contains(self.entry(i).pos) || seek(extra, &mut at, i))
                            .collect(),
                    )
                }
                Some(Source::Circle {
                    centre,
                    radius,
                    extra,
                    ..
                }) => {
                    let mut v = self.circle_members(centre, radius, extra);
                    v.sort_unstable();
                    Source::Owned(intersect(&v, &matched))
                }
                Some(Source::Owned(v)) => Source::Owned(intersect(&v, &matched)),
                Some(Source::Ranks(_)) => unreachable!("only the words give ranks"),
            });
        }

        // 2. Order: nearest first, or by name.
        let order = match &origin {
            Some((_, c)) => Order::Distance(*c),
            None if source.is_some() && (!communes.is_empty() || !text_tokens.is_empty()) => {
                Order::RawName
            }
            None => Order::FoldedName,
        };
        let prefer = match &origin {
            Some((Origin::Postcode(pc), _)) => self.region.postcode_index(pc).map(|x| x as u16),
            _ => None,
        };
        let keep_pc_id = keep_postcode.map(|pc| {
            self.region
                .postcode_index(pc)
                .map(|x| x as u16)
                .ok_or_else(|| self.by_postcode.get(pc).map_or(&[][..], Vec::as_slice))
        });
        let mut acc = Acc {
            dir: self,
            filter,
            keep_postcode: keep_pc_id,
            keep_commune,
            open_table: q.open_at.map(|at| self.open_table(at)),
            within: within.and_then(|r| origin.as_ref().map(|(_, c)| Circle::new(*c, r))),
            planar: origin.as_ref().map(|(_, c)| Planar::new(*c)),
            last_measured: (
                LatLon {
                    lat: f64::NAN,
                    lon: f64::NAN,
                },
                0.0,
            ),
            order,
            k: q.offset.saturating_add(q.limit),
            heap: BinaryHeap::new(),
            total: 0,
            trivial: false,
            counting: true,
            known_total: None,
            only,
            prefer,
            include: [
                (q.include_unknown.free, UNKNOWN_FREE),
                (q.include_unknown.open, UNKNOWN_OPEN),
                (q.include_unknown.language, UNKNOWN_LANGUAGE),
            ]
            .iter()
            .filter(|(on, _)| *on)
            .fold(0, |m, (_, bit)| m | bit),
            unknown: Unknowns::default(),
        };
        let no_filter = acc.filter.services == 0
            && acc.filter.public == 0
            && acc.filter.language == 0
            && acc.filter.wheelchair == 0
            && acc.filter.free.is_none()
            && !acc.filter.labelled
            && acc.keep_postcode.is_none()
            && acc.keep_commune.is_none()
            && acc.open_table.is_none()
            && acc.within.is_none();
        acc.trivial = no_filter && acc.filter.any.is_empty() && acc.only.is_none();
        // Service or public words of the text, and no other filter.
        let only_words = no_filter && !acc.filter.any.is_empty();
        match &source {
            None if only_words && matches!(order, Order::FoldedName) => {
                // Service or public words and nothing else: the places of each word
                // are a union of per-code sets, as bits in folded-name order; the
                // matches are their intersection, the page its first set bits.
                let mut all: Option<Bits<'_>> = None;
                for a in &acc.filter.any {
                    let set = self.word_places(a);
                    all = Some(match all {
                        None => set,
                        Some(x) => x.and(&set),
                    });
                }
                let all = all.unwrap_or_else(|| Bits::owned(Vec::new(), Some(0)));
                acc.total = all.count();
                acc.page_from_ranks(&all, all.span(), &self.by_name);
            }
            None if acc.trivial && matches!(order, Order::FoldedName) => {
                // Everything, in the directory's order.
                acc.total = self.slots.len();
                for &i in self.by_name.iter().take(acc.k) {
                    acc.rank(self.entry(i));
                }
            }
            None => {
                for e in &self.slots {
                    acc.consider(e);
                }
            }
            Some(Source::Circle {
                centre,
                radius,
                extra,
                far,
            }) => {
                // The same circle with the same filters (at the same minute, for
                // "open") holds the same places: counted once, later searches
                // only look at the places that can still make the page.
                let key = acc.count_key(*centre, *radius, extra);
                let known = {
                    let memo = self.count_memo.lock().unwrap_or_else(|e| e.into_inner());
                    memo.get(&key).copied()
                };
                acc.counting = known.is_none();
                acc.known_total = known.map(|(total, _)| total);
                self.scan_circle(&mut acc, *centre, *radius);
                let c = Circle::new(*centre, *radius);
                match far {
                    // Without filters every place beyond the circle counts (and when
                    // the count is known, none needs counting): only the nearest can
                    // make the page, from the circle outwards, until one is farther
                    // than the page's last.
                    Some(far)
                        if (acc.trivial || !acc.counting)
                            && matches!(order, Order::Distance(o) if o == *centre) =>
                    {
                        let beyond = far.partition_point(|&i| !c.contains(self.entry(i).pos));
                        if acc.trivial {
                            acc.total += beyond;
                        }
                        for &i in far[..beyond].iter().rev() {
                            let e = self.entry(i);
                            if acc.beyond_page(e.pos.distance_km(*centre)) || acc.all_found() {
                                break;
                            }
                            if acc.trivial {
                                acc.rank(e);
                            } else {
                                acc.consider(e);
                            }
                        }
                    }
                    // Farthest first: stop at the first one inside the circle.
                    Some(far) => {
                        for &i in far.iter() {
                            let e = self.entry(i);
                            if e.pos.distance_km(*centre) <= *radius || acc.all_found() {
                                break;
                            }
                            acc.consider(e);
                        }
                    }
                    None => {
                        for &i in extra.iter() {
                            let e = self.entry(i);
                            if !c.contains(e.pos) {
                                acc.consider(e);
                            }
                        }
                    }
                }
                match known {
                    Some((total, unknown)) => {
                        acc.total = total;
                        acc.unknown = unknown;
                    }
                    None => {
                        let mut memo = self.count_memo.lock().unwrap_or_else(|e| e.into_inner());
                        if memo.len() >= 4096 {
                            memo.clear();
                        }
                        memo.insert(key, (acc.total, acc.unknown));
                    }
                }
            }
            Some(Source::Ranks(ranks)) => {
                if acc.trivial && matches!(order, Order::RawName) {
                    // Every match counts, and the page is the first in raw-name order.
                    acc.total = ranks.count();
                    acc.page_from_ranks(ranks, ranks.span(), &self.by_raw);
                } else {
                    for_each_set_bit_in(ranks, ranks.span(), |r| {
                        acc.consider(self.entry(self.by_raw[r as usize]));
                        true
                    });
                }
            }
            Some(Source::List(_) | Source::Owned(_)) => {
                let l = source.as_ref().map_or(&[][..], Source::members);
                if acc.trivial && !matches!(order, Order::Distance(_)) {
                    // Every candidate counts and the order needs only its index.
                    acc.total += l.len();
                    if l.len() > 4096 && acc.k < 1024 {
                        // Many matches: mark their ranks, read the first ones back.
                        let (ranks, by_rank) = match order {
                            Order::RawName => (&self.raw_rank, &self.by_raw),
                            _ => (&self.name_rank, &self.by_name),
                        };
                        let mut bits = zeroed_bits(self.slots.len().div_ceil(64));
                        for &i in l {
                            set_bit(&mut bits, ranks[i as usize]);
                        }
                        acc.page_from_ranks(&bits, (0, bits.len()), by_rank);
                        give_back(bits);
                    } else {
                        for &i in l {
                            acc.rank_index(i);
                        }
                    }
                } else {
                    for &i in l {
                        acc.consider(self.entry(i));
                    }
                }
            }
        }

        // 3. The page (the bitsets given back for the next search).
        drop(source);
        drop(acc.only.take());
        for a in acc.filter.any.drain(..) {
            if let Some(bits) = a.names_bits {
                give_back(bits);
            }
            if let Some(ranks) = a.names_ranks {
                give_back(ranks);
            }
        }
        let total = acc.total;
        let unknown = acc.unknown;
        let open_table = acc
            .open_table
            .take()
            .unwrap_or_else(|| self.open_table(q.open_at.unwrap_or(now)));
        let best = acc.heap.into_sorted_vec();
        let hits = best
            .iter()
            .skip(q.offset)
            .take(q.limit)
            .map(|&(_, i, d)| {
                let e = self.entry(i);
                Hit {
                    id: self.places.id(i),
                    index: i,
                    distance_km: origin.as_ref().map(|_| f64::from_bits(d)),
                    approximate_location: e.approximate,
                    open: self.open_in(e.hours, &open_table),
                }
            })
            .collect();
        Ok(SearchResult {
            hits,
            total,
            origin,
            communes,
            corrected: understood.corrected.clone(),
            unknown,
        })
    }

    /// Calls `f` with every grid cell that may hold places within `radius_km` of `centre`.
    fn for_cells<'a>(&'a self, centre: LatLon, radius_km: f64, mut f: impl FnMut(&'a Cell)) {
        let ((lo_a, lo_o), (hi_a, hi_o)) = cell_range(centre, radius_km);
        let n = (hi_a - lo_a + 1) as i64 * (hi_o - lo_o + 1) as i64;
        if n > self.cells.len() as i64 {
            for (&(a, o), &ci) in &self.cell_index {
                if (lo_a..=hi_a).contains(&a) && (lo_o..=hi_o).contains(&o) {
                    f(&self.cells[ci as usize]);
                }
            }
        } else {
            for a in lo_a..=hi_a {
                for o in lo_o..=hi_o {
                    if let Some(&ci) = self.cell_index.get(&(a, o)) {
                        f(&self.cells[ci as usize]);
                    }
                }
            }
        }
    }

    /// As [`Directory::scan_circle`] when the circle's count is known and the
    /// page is ordered by distance from its centre: only the cells that can
    /// still make the page are looked at, ring by ring of the grid around the
    /// centre's cell, nearest first (a postcode's circle touches hundreds of
    /// cells; its page is in a few). False, with nothing done, for a circle
    /// wider than the grid's cells, which [`Directory::for_cells`] finds in its
    /// index instead.
    fn scan_rings(&self, acc: &mut Acc<'_>, c: &Circle, radius_km: f64) -> bool {
        let ((lo_a, lo_o), (hi_a, hi_o)) = cell_range(c.centre, radius_km);
        if (hi_a - lo_a + 1) as i64 * (hi_o - lo_o + 1) as i64 > self.cells.len() as i64 {
            return false;
        }
        let (ca, co) = cell_of(c.centre);
        let last = (ca - lo_a).max(hi_a - ca).max(co - lo_o).max(hi_o - co);
        let mut pending = BinaryHeap::new();
        for r in 0..=last {
            let mut visit = |a: i32, o: i32| {
                if (lo_a..=hi_a).contains(&a)
                    && (lo_o..=hi_o).contains(&o)
                    && let Some(&ci) = self.cell_index.get(&(a, o))
                {
                    let cell = &self.cells[ci as usize];
                    let lo = c.planar.cell_lower(cell);
                    if lo <= radius_km {
                        pending.push(NearCell(lo, cell));
                    }
                }
            };
            if r == 0 {
                visit(ca, co);
            } else {
                for o in co - r..=co + r {
                    visit(ca - r, o);
                    visit(ca + r, o);
                }
                for a in ca - r + 1..ca + r {
                    visit(a, co - r);
                    visit(a, co + r);
                }
            }
            // No cell of a later ring is nearer than this.
            let outside = if r == last {
                f64::INFINITY
            } else {
                c.planar.outside_lower(ca, co, r)
            };
            while let Some(NearCell(lo, _)) = pending.peek()
                && *lo <= outside
            {
                let Some(NearCell(_, cell)) = pending.pop() else {
                    break;
                };
                if !acc.could_rank(cell) {
                    // Nearest first: no later cell can rank either.
                    return true;
                }
                self.scan_cell(acc, c, radius_km, cell);
            }
        }
        true
    }

    /// Feeds `acc` with the places within `radius_km` of `centre`, cell by cell:
    /// cells wholly outside are skipped, cells wholly inside need no distance test,
    /// and, without filters, are counted at once and only looked into when one of
    /// their places can still make the page.
    fn scan_circle(&self, acc: &mut Acc<'_>, centre: LatLon, radius_km: f64) {
        let c = Circle::new(centre, radius_km);
        let same_origin = acc
            .planar
            .is_some_and(|p| p.lat == centre.lat && p.lon == centre.lon);
        if same_origin && !acc.counting && self.scan_rings(acc, &c, radius_km) {
            return;
        }
        // The cells that touch the circle, nearest to the origin first, so that the
        // page fills with near places early and far cells need no ranking.
        let mut todo: Vec<NearCell<'_>> = Vec::new();
        self.for_cells(centre, radius_km, |cell| {
            let lo = c.planar.cell_lower(cell);
            if lo <= radius_km {
                let near = match acc.planar {
                    _ if same_origin => lo,
                    Some(p) => p.cell_lower(cell),
                    None => 0.0,
                };
                todo.push(NearCell(near, cell));
            }
        });
        // Nearest first, taken from a heap: only the cells that can still make
        // the page are put in order (a postcode's circle touches hundreds of
        // cells, its page is in the first few); once one cannot, no later one
        // can, and the rest are only counted, in any order.
        let mut todo = BinaryHeap::from(todo);
        while let Some(NearCell(_, cell)) = todo.pop() {
            if !acc.could_rank(cell) {
                if !acc.counting {
                    break;
                }
                self.scan_cell(acc, &c, radius_km, cell);
                for NearCell(_, cell) in todo.into_vec() {
                    self.scan_cell(acc, &c, radius_km, cell);
                }
                break;
            }
            self.scan_cell(acc, &c, radius_km, cell);
        }
    }

    /// The places of one grid cell in the circle `c` (of `radius_km`): counted,
    /// and ranked when they can still make the page.
    fn scan_cell(&self, acc: &mut Acc<'_>, c: &Circle, radius_km: f64, cell: &Cell) {
        let skip_unrankable = !acc.counting;
        let inside = c.planar.cell_bounds(cell).1 < radius_km;
        let subs = &self.subcells[cell.sub_start as usize..cell.sub_end as usize];
        // Nearest to the origin first, when the page is by distance and this
        // cell can make it: the page fills with near places, and the farther
        // sub-cells are then passed over (with a million places a sub-cell
        // holds a few dozen, each ranked with a haversine).
        let mut by_distance = [(0.0, cell); MAX_SUBCELLS];
        let subs = {
            let order = &mut by_distance[..subs.len()];
            let origin = acc
                .planar
                .filter(|_| subs.len() > 1 && acc.could_rank(cell));
            for (slot, sub) in order.iter_mut().zip(subs) {
                *slot = (origin.map_or(0.0, |p| p.cell_lower(sub)), sub);
            }
            if origin.is_some() {
                // Of two as near, places at one position first: at the origin
                // (the centre of a searched postcode), they fill the page at once.
                let spread = |c: &Cell| c.min != c.max;
                order.sort_unstable_by(|a, b| {
                    a.0.total_cmp(&b.0).then(spread(a.1).cmp(&spread(b.1)))
                });
            }
            &*order
        };
        if inside {
            if acc.trivial {
                acc.total += (cell.end - cell.start) as usize;
                if acc.could_rank(cell) {
                    for &(_, sub) in subs {
                        if acc.could_rank(sub) {
                            acc.rank_run(
                                &self.slots[sub.start as usize..sub.end as usize],
                                sub.min == sub.max,
                            );
                        }
                    }
                }
            } else {
                let rankable = acc.could_rank(cell);
                for &(_, sub) in subs {
                    let rankable = rankable && acc.could_rank(sub);
                    if skip_unrankable && !rankable {
                        continue;
                    }
                    acc.consider_run(
                        &self.slots[sub.start as usize..sub.end as usize],
                        rankable,
                        sub.min == sub.max,
                    );
                }
            }
            return;
        }
        // A cell the circle's edge crosses: the same, sub-cell by sub-cell.
        let rankable = acc.could_rank(cell);
        for &(_, sub) in subs {
            let (lo, hi) = c.planar.cell_bounds(sub);
            if lo > radius_km {
                continue;
            }
            let rankable = rankable && acc.could_rank(sub);
            if skip_unrankable && !rankable {
                continue;
            }
            let slots = &self.slots[sub.start as usize..sub.end as usize];
            if hi < radius_km {
                if acc.trivial {
                    acc.total += slots.len();
                    if rankable {
                        acc.rank_run(slots, sub.min == sub.max);
                    }
                } else {
                    acc.consider_run(slots, rankable, sub.min == sub.max);
                }
            } else {
                for e in slots {
                    if c.contains(e.pos) {
                        acc.consider_in(e, rankable);
                    }
                }
            }
        }
    }

    /// Places within `radius_km` of `centre`, plus `extra` ones (unsorted, no duplicates).
    fn circle_members(&self, centre: LatLon, radius_km: f64, extra: &[u32]) -> Vec<u32> {
        let c = Circle::new(centre, radius_km);
        let mut out = Vec::new();
        self.for_cells(centre, radius_km, |cell| {
            for e in &self.slots[cell.start as usize..cell.end as usize] {
                if c.contains(e.pos) {
                    out.push(e.idx);
                }
            }
        });
        out.extend(
            extra
                .iter()
                .copied()
                .filter(|&i| !c.contains(self.entry(i).pos)),
        );
        out
    }

    /// How many places the grid cells that may hold places of the circle
    /// hold: at least as many as the circle's, read from the cells' sizes.
    fn circle_estimate(&self, centre: LatLon, radius_km: f64) -> usize {
        let mut n = 0;
        self.for_cells(centre, radius_km, |cell| {
            n += (cell.end - cell.start) as usize
        });
        n
    }

    /// The places of every token that starts with `t` (equals it, under 3
    /// characters), each ascending (and as bits, in raw-name order and by
    /// index, when many places have the token).
    fn posting_keys(&self, t: &str) -> Vec<Posting<'_>> {
        let start = self.tokens.lower_bound(t);
        let prefix = t.chars().count() >= 3;
        (start..self.tokens.len())
            .take_while(|&i| {
                let k = self.tokens.token(i);
                if prefix { k.starts_with(t) } else { k == t }
            })
            .map(|i| match self.tokens.dense(i) {
                Some(d) => Posting {
                    list: &[],
                    count: d.count,
                    dense: Some(d),
                },
                None => {
                    let list = self.tokens.places(i);
                    Posting {
                        list,
                        count: list.len(),
                        dense: None,
                    }
                }
            })
            .collect()
    }

    /// The union of posting lists, borrowed when there is one (listed from
    /// the bits of a token many places have: the searches look those up
    /// instead, see [`Directory::alt_list`]).
    fn union_of<'a>(&self, keys: &[Posting<'a>]) -> std::borrow::Cow<'a, [u32]> {
        if keys.iter().any(|p| p.dense.is_some()) {
            let mut bits = zeroed_bits(self.slots.len().div_ceil(64));
            for p in keys {
                match p.dense {
                    Some(d) => or_into(&mut bits, d.bits),
                    None => p.list.iter().for_each(|&i| set_bit(&mut bits, i)),
                }
            }
            let mut out = Vec::new();
            for_each_set_bit(&bits, |i| {
                out.push(i);
                true
            });
            give_back(bits);
            return std::borrow::Cow::Owned(out);
        }
        match keys {
            [] => std::borrow::Cow::Owned(Vec::new()),
            [one] => std::borrow::Cow::Borrowed(one.list),
            many => {
                let lists: Vec<&[u32]> = many.iter().map(|p| p.list).collect();
                std::borrow::Cow::Owned(union_all(&lists, self.slots.len()))
            }
        }
    }

    /// Places that match every term: for a term, any of its alternatives, each
    /// a run of tokens that must all match (prefix match from 3 characters).
    /// When even the most selective term matches many places (a [`DENSE`]-th
    /// or more), the terms are combined as bitsets in raw-name order, a word of
    /// 64 places at a time, and given as such. Otherwise the most selective
    /// term is listed first; a term far less selective than what is left is
    /// checked place by place instead of listed.
    pub(super) fn match_terms_set(&self, terms: &[NameTerm]) -> Matched<'_> {
        let keyed: Vec<KeyedTerm<'_>> = terms
            .iter()
            .map(|term| {
                term.iter()
                    .filter(|alt| !alt.is_empty())
                    .map(|alt| alt.iter().map(|t| self.posting_keys(t)).collect())
                    .collect()
            })
            .collect();
        let mut order: Vec<(usize, usize)> = keyed
            .iter()
            .enumerate()
            .map(|(t, term)| (term_estimate(term), t))
            .collect();
        order.sort_unstable();
        let Some(&(first_estimate, first)) = order.first() else {
            return Matched::List(Vec::new());
        };
        let n = self.slots.len();
        if first_estimate.saturating_mul(DENSE) >= n {
            let mut acc = self.term_ranks(&keyed[first], &terms[first]);
            for &(_, t) in &order[1..] {
                if acc.is_empty() {
                    break;
                }
                acc = acc.and(&self.term_ranks(&keyed[t], &terms[t]));
            }
            return Matched::Ranks(acc);
        }
        let mut acc = self.term_list(&keyed[first]);
        for &(estimate, t) in &order[1..] {
            if acc.is_empty() {
                break;
            }
            let term = &keyed[t];
            if estimate.saturating_mul(DENSE) >= n && acc.len() >= n.div_ceil(64) {
                // Many places left and a term many places match: its places
                // as bits, each place left looked up there.
                let bits = self.term_ranks(term, &terms[t]);
                acc.retain(|&i| has_bit(&bits, self.raw_rank[i as usize]));
                continue;
            }
            let postings: usize = term.iter().flatten().flatten().map(|p| p.count).sum();
            let has_bits = term.iter().flatten().flatten().any(|p| p.dense.is_some());
            if has_bits || acc.len().saturating_mul(4) < postings.max(estimate) {
                // Few places left, or a token many places have: look each place
                // up in the term's lists (ascending, like the places: a cursor
                // per list moves forward; a token many places have, in its bits
                // by index), the alternatives most places match first (most
                // stop there).
                let mut alts: Vec<(usize, &Vec<Vec<Posting<'_>>>)> = term
                    .iter()
                    .map(|alt| (term_estimate(std::slice::from_ref(alt)), alt))
                    .collect();
                alts.sort_by_key(|a| std::cmp::Reverse(a.0));
                let mut cursors: Vec<Vec<Vec<usize>>> = alts
                    .iter()
                    .map(|(_, alt)| alt.iter().map(|keys| vec![0; keys.len()]).collect())
                    .collect();
                acc.retain(|&i| {
                    alts.iter().zip(cursors.iter_mut()).any(|((_, alt), cur)| {
                        alt.iter().zip(cur.iter_mut()).all(|(keys, cur)| {
                            keys.iter()
                                .zip(cur.iter_mut())
                                .any(|(p, pos)| match p.dense {
                                    Some(d) => has_bit(d.bits, i),
                                    None => seek(p.list, pos, i),
                                })
                        })
                    })
                });
            } else {
                let l = self.term_list(term);
                acc = if acc.len() <= l.len() {
                    intersect_small(&acc, &l)
                } else {
                    intersect_small(&l, &acc)
                };
            }
        }
        Matched::List(acc)
    }

    /// The places of one alternative of a term: the intersection of its
    /// tokens' places, from the token fewest places can have; a token many
    /// places have is looked up in its bits, place by place.
    fn alt_list<'a>(&self, alt: &[Vec<Posting<'a>>]) -> std::borrow::Cow<'a, [u32]> {
        let mut parts: Vec<(usize, &Vec<Posting<'a>>)> = alt
            .iter()
            .map(|keys| (keys.iter().map(|p| p.count).sum(), keys))
            .collect();
        parts.sort_by_key(|p| p.0);
        let mut acc = match parts.first() {
            Some((_, first)) => self.union_of(first),
            None => return std::borrow::Cow::Owned(Vec::new()),
        };
        for (_, keys) in &parts[1..] {
            if acc.is_empty() {
                break;
            }
            acc = std::borrow::Cow::Owned(if keys.iter().any(|p| p.dense.is_some()) {
                acc.iter()
                    .copied()
                    .filter(|&i| {
                        keys.iter().any(|p| match p.dense {
                            Some(d) => has_bit(d.bits, i),
                            None => p.list.binary_search(&i).is_ok(),
                        })
                    })
                    .collect()
            } else {
                intersect_small(&acc, &self.union_of(keys))
            });
        }
        acc
    }

    /// The places of one term: the union of its alternatives' intersections.
    fn term_list(&self, term: &KeyedTerm<'_>) -> Vec<u32> {
        let mut alts: Vec<std::borrow::Cow<'_, [u32]>> = Vec::with_capacity(term.len());
        for alt in term {
            let acc = self.alt_list(alt);
            if !acc.is_empty() {
                alts.push(acc);
            }
        }
        match alts.len() {
            0 => Vec::new(),
            1 => alts.pop().expect("one").into_owned(),
            _ => {
                let slices: Vec<&[u32]> = alts.iter().map(|l| l.as_ref()).collect();
                union_all(&slices, self.slots.len())
            }
        }
    }

    /// The places of a service or public word (those offering one of its
    /// services or addressing one of its publics, or with the word in their
    /// names) as bits of folded-name ranks; kept for the next search.
    fn word_places(&self, a: &AnyOf) -> Bits<'_> {
        self.memo_bits((1, hash_key(&(a.key, a.services, a.publics))), || {
            let mut set = zeroed_bits(self.slots.len().div_ceil(64));
            for (mask, base) in [(a.services, 0), (a.publics, 64)] {
                let mut m = mask;
                while m != 0 {
                    let b = m.trailing_zeros() as usize;
                    m &= m - 1;
                    or_into(&mut set, &self.rank_sets[base + b]);
                }
            }
            for &i in &a.names {
                set_bit(&mut set, self.name_rank[i as usize]);
            }
            if let Some(ranks) = &a.names_ranks {
                for_each_set_bit(ranks, |r| {
                    set_bit(&mut set, self.raw_to_name[r as usize]);
                    true
                });
            }
            set
        })
    }

    /// The bits kept under `key`, made by `make` when not (up to 64 sets,
    /// then forgotten together), with their count.
    fn memo_bits(&self, key: (u8, u64), make: impl FnOnce() -> Vec<u64>) -> Bits<'_> {
        {
            let memo = self.bits_memo.lock().unwrap_or_else(|e| e.into_inner());
            if let Some(bits) = memo.get(&key) {
                return Bits::shared(bits.clone());
            }
        }
        let bits = Arc::new(Counted::new(make()));
        let mut memo = self.bits_memo.lock().unwrap_or_else(|e| e.into_inner());
        if memo.len() >= 64 {
            memo.clear();
        }
        memo.insert(key, bits.clone());
        Bits::shared(bits)
    }

    /// The places of one term as a bitset of their raw-name ranks. A term of
    /// several alternatives (a search word and the words it stands for, or
    /// the corrections of a mistyped word) is kept for the next search (up
    /// to 64 of them, then forgotten together).
    fn term_ranks<'a>(&'a self, term: &KeyedTerm<'a>, words: &NameTerm) -> Bits<'a> {
        if words.len() < 2 {
            return self.combine_ranks(term);
        }
        self.memo_bits((0, hash_key(words)), || {
            self.combine_ranks(term).into_owned()
        })
    }

    /// The places of one term as a bitset of their raw-name ranks: an
    /// alternative whose tokens many places have is combined a word at a
    /// time (its tokens' bits intersected), one that few places can match is
    /// listed and its places marked. One token of one directory token is
    /// that token's bits, borrowed, with its count.
    fn combine_ranks<'a>(&'a self, term: &KeyedTerm<'a>) -> Bits<'a> {
        let n = self.slots.len();
        let mut dense: Option<Bits<'a>> = None;
        let mut sparse = Vec::new();
        for alt in term {
            let estimate = term_estimate(std::slice::from_ref(alt));
            if estimate == 0 {
                continue;
            }
            if estimate.saturating_mul(DENSE) < n {
                sparse.push(self.alt_list(alt));
                continue;
            }
            let mut bits: Option<Bits<'a>> = None;
            for keys in alt {
                let token = self.token_ranks(keys);
                bits = Some(match bits {
                    None => token,
                    Some(b) => b.and(&token),
                });
            }
            if let Some(bits) = bits {
                dense = Some(match dense {
                    None => bits,
                    Some(d) => d.or(&bits),
                });
            }
        }
        self.with_marked(dense, &sparse)
    }

    /// The places of the directory tokens a search token is a prefix of, as
    /// bits of raw-name ranks: one token's own bits, or their union.
    fn token_ranks<'a>(&'a self, keys: &[Posting<'a>]) -> Bits<'a> {
        // The tokens with bits combined (each read only where it has places),
        // the others' places marked.
        let mut out: Option<Bits<'a>> = None;
        let mut lists = Vec::new();
        for p in keys {
            match p.dense {
                Some(d) => {
                    let b = Bits::borrowed(d.ranks, Some(d.count), d.span);
                    out = Some(match out {
                        None => b,
                        Some(o) => o.or(&b),
                    });
                }
                None => lists.push(p.list),
            }
        }
        self.with_marked(out, &lists)
    }

    /// `bits` (none: no place) with the places of `lists` added by raw-name
    /// rank; `bits` itself when there are none to add.
    fn with_marked<'a>(&self, bits: Option<Bits<'a>>, lists: &[impl AsRef<[u32]>]) -> Bits<'a> {
        let mut out = match bits {
            Some(b) if lists.is_empty() => return b,
            Some(b) => b.into_owned(),
            None => zeroed_bits(self.slots.len().div_ceil(64)),
        };
        for list in lists {
            for &i in list.as_ref() {
                set_bit(&mut out, self.raw_rank[i as usize]);
            }
        }
        Bits::owned(out, None)
    }

    /// The open state of every readable hours at `at` (to the minute),
    /// memoised for the last few minutes asked.
    fn open_table(&self, at: NaiveDateTime) -> Arc<OpenTable> {
        let minute = to_minute(at);
        let mut memo = self.open_memo.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(t) = memo.iter().find(|t| t.minute == minute) {
            return t.clone();
        }
        let table = Arc::new(OpenTable {
            minute,
            state: (0..self.hours.len()).map(|_| AtomicU8::new(0)).collect(),
            states: (0..self.hours.len()).map(|_| OnceLock::new()).collect(),
        });
        if memo.len() >= 4 {
            memo.remove(0);
        }
        memo.push(table.clone());
        table
    }

    /// The open state of the place of this id at `at` (to the minute: hours
    /// change on minute boundaries), with when it closes or opens; None when
    /// its hours are unknown or unreadable. Memoised per hours and minute, as
    /// a page of results shows it for every place.
    pub fn open_state(&self, id: i64, at: NaiveDateTime) -> Option<OpenState> {
        let i = self.by_id.get(id)?;
        let h = self.entry(i).hours;
        if h >= NONE - 1 {
            return None;
        }
        let table = self.open_table(at);
        Some(*table.states[h as usize].get_or_init(|| self.hours[h as usize].state(table.minute)))
    }

    /// Is a place with these hours open at the table's minute? None when its
    /// hours are unknown or unreadable.
    #[inline]
    fn open_in(&self, hours: u32, table: &OpenTable) -> Option<bool> {
        if hours >= NONE - 1 {
            return None;
        }
        let cell = &table.state[hours as usize];
        Some(match cell.load(Ordering::Relaxed) {
            0 => {
                let open = self.hours[hours as usize].is_open(table.minute);
                cell.store(if open { 2 } else { 1 }, Ordering::Relaxed);
                open
            }
            s => s == 2,
        })
    }
}

/// A search of a circle with its filters, as numbers (see `Acc::count_key`).
pub(super) type CountKey = Vec<u64>;

/// Open (2) or closed (1) for every readable hours at one minute; 0 until
/// asked (several threads may compute the same state: they store the same).
/// With, as asked, what a person reads on a result (open until, opens at).
#[derive(Debug)]
pub(super) struct OpenTable {
    minute: NaiveDateTime,
    state: Box<[AtomicU8]>,
    states: Box<[OnceLock<OpenState>]>,
}

fn to_minute(at: NaiveDateTime) -> NaiveDateTime {
    use chrono::Timelike;
    at.with_second(0)
        .and_then(|t| t.with_nanosecond(0))
        .unwrap_or(at)
}

/// Is `x` in the ascending `list`? `pos` is where the last (smaller) value
/// was looked up: the search gallops forward from there.
#[inline]
fn seek(list: &[u32], pos: &mut usize, x: u32) -> bool {
    let mut lo = *pos;
    let mut step = 1;
    while lo + step < list.len() && list[lo + step] < x {
        lo += step;
        step *= 2;
    }
    let hi = (lo + step + 1).min(list.len());
    let k = lo + list[lo.min(hi)..hi].partition_point(|&y| y < x);
    *pos = k;
    k < list.len() && list[k] == x
}

/// The places of a token: ascending indexes or, when many places have it,
/// a bitset of their raw-name ranks and one of their indexes.
#[derive(Clone, Copy)]
struct Posting<'a> {
    /// Ascending (empty when many places have the token: see `dense`).
    list: &'a [u32],
    count: usize,
    dense: Option<DenseToken<'a>>,
}

/// A term of a search with, for each token of each alternative, the places
/// of the directory's tokens it is a prefix of.
type KeyedTerm<'a> = Vec<Vec<Vec<Posting<'a>>>>;

/// The places matching a search's words.
pub(super) enum Matched<'a> {
    /// Ascending indexes.
    List(Vec<u32>),
    /// A bitset of raw-name ranks (when many places match).
    Ranks(Bits<'a>),
}

impl Matched<'_> {
    /// How many places.
    fn count(&self) -> usize {
        match self {
            Matched::List(l) => l.len(),
            Matched::Ranks(r) => r.count(),
        }
    }

    /// Is place `i` one of them?
    fn contains(&self, dir: &Directory, i: u32) -> bool {
        match self {
            Matched::List(l) => l.binary_search(&i).is_ok(),
            Matched::Ranks(r) => has_bit(r, dir.raw_rank[i as usize]),
        }
    }

    /// The places as ascending indexes.
    pub(super) fn into_list(self, dir: &Directory) -> Vec<u32> {
        match self {
            Matched::List(l) => l,
            Matched::Ranks(ranks) => {
                let mut bits = zeroed_bits(ranks.len());
                let mut count = 0;
                for_each_set_bit(&ranks, |r| {
                    set_bit(&mut bits, dir.by_raw[r as usize]);
                    count += 1;
                    true
                });
                let mut out = Vec::with_capacity(count);
                for_each_set_bit(&bits, |i| {
                    out.push(i);
                    true
                });
                give_back(bits);
                out
            }
        }
    }
}

/// At most how many places a term matches: per alternative, its smallest token's.
fn term_estimate(term: &[Vec<Vec<Posting<'_>>>]) -> usize {
    term.iter()
        .map(|alt| {
            alt.iter()
                .map(|keys| keys.iter().map(|p| p.count).sum::<usize>())
                .min()
                .unwrap_or(0)
        })
        .sum()
}

/// Union of ascending lists of place indexes (below `n`): ascending, without
/// duplicates. Long lists (together more than a sixteenth of the places, even
/// two: merging them branches at every place) are marked in a bitset of the
/// `n` places and read back in order (linear, where sorting their
/// concatenation was not).
fn union_all(lists: &[&[u32]], n: usize) -> Vec<u32> {
    match lists {
        [] => Vec::new(),
        [one] => one.to_vec(),
        [a, b] if (a.len() + b.len()).saturating_mul(16) < n => merge(a, b),
        _ => {
            let total: usize = lists.iter().map(|l| l.len()).sum();
            if total.saturating_mul(16) < n {
                let mut ids: Vec<u32> = lists.concat();
                ids.sort_unstable();
                ids.dedup();
                return ids;
            }
            let mut bits = zeroed_bits(n.div_ceil(64));
            for l in lists {
                for &i in *l {
                    set_bit(&mut bits, i);
                }
            }
            let mut out = Vec::with_capacity(total);
            for_each_set_bit(&bits, |i| {
                out.push(i);
                true
            });
            give_back(bits);
            out
        }
    }
}

/// A key of a value for the search's memos (a 64-bit hash).
pub(super) fn hash_key<T: std::hash::Hash + ?Sized>(t: &T) -> u64 {
    let mut h = rustc_hash::FxHasher::default();
    t.hash(&mut h);
    std::hash::Hasher::finish(&h)
}

/// Union of two ascending lists.
fn merge(a: &[u32], b: &[u32]) -> Vec<u32> {
    let (mut i, mut j, mut out) = (0, 0, Vec::with_capacity(a.len() + b.len()));
    while i < a.len() || j < b.len() {
        match (a.get(i), b.get(j)) {
            (Some(&x), Some(&y)) if x == y => {
                out.push(x);
                i += 1;
                j += 1;
            }
            (Some(&x), Some(&y)) if x < y => {
                out.push(x);
                i += 1;
            }
            (Some(_), Some(&y)) | (None, Some(&y)) => {
                out.push(y);
                j += 1;
            }
            (Some(&x), None) => {
                out.push(x);
                i += 1;
            }
            (None, None) => break,
        }
    }
    out
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

/// Intersection of two ascending lists, `a` the smaller: binary search in `b`.
fn intersect_small(a: &[u32], b: &[u32]) -> Vec<u32> {
    if b.len() < a.len() * 8 {
        return intersect(a, b);
    }
    let mut out = Vec::with_capacity(a.len());
    let mut rest = b;
    for &x in a {
        let k = rest.partition_point(|&y| y < x);
        rest = &rest[k..];
        match rest.first() {
            None => break,
            Some(&y) if y == x => out.push(x),
            _ => {}
        }
    }
    out
}

impl Source<'_> {
    /// The places listed (none for a circle).
    fn members(&self) -> &[u32] {
        match self {
            Source::List(l) => l,
            Source::Owned(v) => v,
            Source::Circle { .. } | Source::Ranks(_) => &[],
        }
    }
}

/// Where the candidates come from.
enum Source<'a> {
    /// These places (ascending or name order; the order does not matter).
    List(&'a [u32]),
    Owned(Vec<u32>),
    /// The places matching the words, as a bitset of raw-name ranks.
    Ranks(Bits<'a>),
    /// Places within `radius` km of `centre`, plus the `extra` ones at any distance;
    /// `far`: the extra ones, farthest from `centre` first.
    Circle {
        centre: LatLon,
        radius: f64,
        extra: &'a [u32],
        far: Option<&'a [u32]>,
    },
}

#[derive(Clone, Copy)]
enum Order {
    Distance(LatLon),
    /// By raw name, then index (the order of text searches).
    RawName,
    /// By folded name (the directory's order).
    FoldedName,
}

/// The first and last grid cells (latitude, longitude) of the box around a circle.
fn cell_range(centre: LatLon, radius_km: f64) -> ((i32, i32), (i32, i32)) {
    let dlat = radius_km / 111.0;
    let dlon = radius_km / (111.0 * centre.lat.to_radians().cos().max(0.01));
    let lo = cell_of(LatLon {
        lat: centre.lat - dlat,
        lon: centre.lon - dlon,
    });
    let hi = cell_of(LatLon {
        lat: centre.lat + dlat,
        lon: centre.lon + dlon,
    });
    (lo, hi)
}

const EARTH_KM: f64 = 6371.0088;

/// Cheap equirectangular distance around a point, with an error bound, so that the
/// exact (haversine) distance is only computed when it can change a decision.
#[derive(Clone, Copy)]
struct Planar {
    lat: f64,
    lon: f64,
    cos0: f64,
    tan0: f64,
}

impl Planar {
    fn new(c: LatLon) -> Planar {
        let p = c.lat.to_radians();
        Planar {
            lat: c.lat,
            lon: c.lon,
            cos0: p.cos(),
            tan0: p.tan().abs(),
        }
    }

    /// (estimate in km, relative error bound).
    #[inline]
    fn estimate(&self, p: LatLon) -> (f64, f64) {
        let dp = (p.lat - self.lat).to_radians();
        let dl = (p.lon - self.lon).to_radians() * self.cos0;
        let est = EARTH_KM * (dp * dp + dl * dl).sqrt();
        let r = est / EARTH_KM;
        (est, self.tan0 * dp.abs() + dp * dp + r * r + 1e-12)
    }

    /// Lower and upper bounds of the exact distance to the places of a cell
    /// (from its bounding box; 1 m of slack).
    fn cell_bounds(&self, cell: &Cell) -> (f64, f64) {
        let lo = self.cell_lower(cell);
        let mut hi: f64 = 0.0;
        for p in [
            cell.min,
            cell.max,
            LatLon {
                lat: cell.min.lat,
                lon: cell.max.lon,
            },
            LatLon {
                lat: cell.max.lat,
                lon: cell.min.lon,
            },
        ] {
            let (est, err) = self.estimate(p);
            hi = hi.max(if err >= 0.1 {
                f64::INFINITY
            } else {
                est * (1.0 + err) + 1e-9
            });
        }
        (lo, hi + 0.001)
    }

    /// A lower bound of the exact distance to any place outside the square of
    /// grid cells within `r` rings of cell `(a, o)`, which holds the origin:
    /// the nearest point outside is straight north, south, east or west (10 %
    /// and 1 m of slack, more than the estimate's error where it is used).
    fn outside_lower(&self, a: i32, o: i32, r: i32) -> f64 {
        let lat = [f64::from(a - r) * CELL_LAT, f64::from(a + r + 1) * CELL_LAT];
        let lon = [f64::from(o - r) * CELL_LON, f64::from(o + r + 1) * CELL_LON];
        let nearest = [
            (lat[0], self.lon),
            (lat[1], self.lon),
            (self.lat, lon[0]),
            (self.lat, lon[1]),
        ]
        .map(|(lat, lon)| self.lower(LatLon { lat, lon }))
        .into_iter()
        .fold(f64::INFINITY, f64::min);
        nearest * 0.9 - 0.001
    }

    /// A lower bound of the exact distance to the places of a cell.
    #[inline]
    fn cell_lower(&self, cell: &Cell) -> f64 {
        let near = LatLon {
            lat: self.lat.clamp(cell.min.lat, cell.max.lat),
            lon: self.lon.clamp(cell.min.lon, cell.max.lon),
        };
        self.lower(near) - 0.001
    }

    /// A lower bound of the exact distance.
    #[inline]
    fn lower(&self, p: LatLon) -> f64 {
        let (est, err) = self.estimate(p);
        if err >= 0.1 {
            0.0
        } else {
            est * (1.0 - err) - 1e-9
        }
    }
}

/// "Exact distance ≤ radius", deciding most points without the haversine.
#[derive(Clone, Copy)]
struct Circle {
    centre: LatLon,
    radius: f64,
    planar: Planar,
}

impl Circle {
    fn new(centre: LatLon, radius: f64) -> Circle {
        Circle {
            centre,
            radius,
            planar: Planar::new(centre),
        }
    }

    #[inline]
    fn contains(&self, p: LatLon) -> bool {
        let (est, err) = self.planar.estimate(p);
        if err < 0.1 {
            if est * (1.0 - err) > self.radius + 1e-9 {
                return false;
            }
            if est * (1.0 + err) < self.radius - 1e-9 {
                return true;
            }
        }
        p.distance_km(self.centre) <= self.radius
    }
}

/// A grid cell and the least distance from the origin to it, ordered for a
/// [`BinaryHeap`] to give the nearest first.
struct NearCell<'a>(f64, &'a Cell);

impl PartialEq for NearCell<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other).is_eq()
    }
}

impl Eq for NearCell<'_> {}

impl PartialOrd for NearCell<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for NearCell<'_> {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        other.0.total_cmp(&self.0)
    }
}

/// Filters the candidates, counts them and keeps the best `k` (a bounded max-heap).
struct Acc<'a> {
    dir: &'a Directory,
    filter: Filter,
    /// A postcode the region knows (by index), or any other postcode (by the
    /// places that have it, ascending).
    keep_postcode: Option<Result<u16, &'a [u32]>>,
    keep_commune: Option<usize>,
    /// The open state of every readable hours at the time asked ("open at").
    open_table: Option<Arc<OpenTable>>,
    within: Option<Circle>,
    planar: Option<Planar>,
    /// The last position whose distance to the origin was measured, and that
    /// distance: many places share one position (the centre of their
    /// postcode), and a run of them is measured once.
    last_measured: (LatLon, f64),
    /// No filter at all: every candidate counts.
    trivial: bool,
    /// False when the total is known (the same search of a circle counted
    /// before): places that cannot make the page need not be looked at.
    counting: bool,
    /// How many places the search counted before, when it did.
    known_total: Option<usize>,
    /// Only the places whose raw-name rank is set in these bits count (the
    /// places a search's words match), with a key of the words.
    only: Option<(Bits<'a>, u64)>,
    order: Order,
    k: usize,
    /// (key, index, distance bits): key = distance bits or a name rank.
    heap: BinaryHeap<(u64, u32, u64)>,
    total: usize,
    /// Places of this postcode (index) come first, each group nearest first.
    prefer: Option<u16>,
    /// Which filters also keep places that leave their field empty (UNKNOWN_* bits).
    include: u8,
    unknown: Unknowns<usize>,
}

impl Acc<'_> {
    /// What decides which places a search of this circle (plus `extra`
    /// places beyond it) counts: the circle, the filters, the minute of "open".
    fn count_key(&self, centre: LatLon, radius: f64, extra: &[u32]) -> CountKey {
        let f = &self.filter;
        let mut key = vec![
            centre.lat.to_bits(),
            centre.lon.to_bits(),
            radius.to_bits(),
            extra.as_ptr() as u64,
            extra.len() as u64,
            f.services,
            f.public,
            f.language,
            f.wheelchair,
            f.free.map_or(u64::MAX, u64::from),
            u64::from(f.labelled),
            u64::from(self.include),
            self.keep_commune.map_or(u64::MAX, |c| c as u64),
        ];
        match self.keep_postcode {
            None => key.extend([0, 0]),
            Some(Ok(id)) => key.extend([1, u64::from(id)]),
            Some(Err(list)) => key.extend([list.as_ptr() as u64, list.len() as u64]),
        }
        match &self.within {
            None => key.push(u64::MAX),
            Some(c) => key.extend([
                c.centre.lat.to_bits(),
                c.centre.lon.to_bits(),
                c.radius.to_bits(),
            ]),
        }
        match &self.open_table {
            None => key.push(u64::MAX),
            Some(t) => key.push(t.minute.and_utc().timestamp() as u64),
        }
        if let Some((_, words)) = &self.only {
            key.push(*words);
        }
        for a in &f.any {
            key.extend([a.services, a.publics, a.key]);
        }
        key
    }

    #[inline]
    fn passes(&mut self, e: &Entry) -> bool {
        let f = &self.filter;
        if e.services & f.services != f.services
            || e.publics & f.public != f.public
            || e.accessibility & f.wheelchair != f.wheelchair
            || (f.labelled && !e.labelled)
        {
            return false;
        }
        if let Some((bits, _)) = &self.only
            && !has_bit(bits, self.dir.raw_rank[e.idx as usize])
        {
            return false;
        }
        // Filters on fields many places leave empty: note which one is unknown.
        let mut unknown = 0u8;
        if let Some(x) = f.free
            && e.price != x
        {
            if e.price != NO_PRICE {
                return false;
            }
            unknown |= UNKNOWN_FREE;
        }
        if e.languages & f.language != f.language {
            if e.languages != 0 {
                return false;
            }
            unknown |= UNKNOWN_LANGUAGE;
        }
        for a in &f.any {
            if e.services & a.services == 0
                && e.publics & a.publics == 0
                && !a.has_name(e.idx, &self.dir.raw_rank)
            {
                return false;
            }
        }
        match self.keep_postcode {
            Some(Ok(id)) if e.postcode != id => return false,
            Some(Err(list)) if list.binary_search(&e.idx).is_err() => return false,
            _ => {}
        }
        if self
            .keep_commune
            .is_some_and(|ci| usize::from(e.commune) != ci)
        {
            return false;
        }
        if let Some(c) = &self.within
            && !c.contains(e.pos)
        {
            return false;
        }
        if let Some(table) = &self.open_table {
            match self.dir.open_in(e.hours, table) {
                Some(true) => {}
                Some(false) => return false,
                None => unknown |= UNKNOWN_OPEN,
            }
        }
        if unknown != 0 {
            match unknown {
                UNKNOWN_FREE => self.unknown.free += 1,
                UNKNOWN_OPEN => self.unknown.open += 1,
                UNKNOWN_LANGUAGE => self.unknown.language += 1,
                _ => {}
            }
            if unknown & !self.include != 0 {
                return false;
            }
        }
        true
    }

    #[inline]
    fn consider(&mut self, e: &Entry) {
        if !self.passes(e) {
            return;
        }
        self.total += 1;
        self.rank(e);
    }

    /// Like `consider`, but only counts when the place cannot make the page.
    #[inline]
    fn consider_in(&mut self, e: &Entry, rankable: bool) {
        if !self.passes(e) {
            return;
        }
        self.total += 1;
        if rankable {
            self.rank(e);
        }
    }

    /// Considers the places of a sub-cell (ascending index). When the total
    /// is known and the page is full of places at the very origin, no place
    /// with a larger index than its last can make it: the run stops there
    /// (as in [`Acc::rank_run`], for a search with filters).
    fn consider_run(&mut self, run: &[Entry], rankable: bool, one_position: bool) {
        if self.counting || !rankable || !matches!(self.order, Order::Distance(_)) {
            for e in run {
                self.consider_in(e, rankable);
            }
            return;
        }
        for e in run {
            if self.past_a_page_at_origin(e) || (one_position && self.past_a_page_here(e)) {
                return;
            }
            self.consider_in(e, true);
        }
    }

    /// Is the page full of places at the very origin, each of a smaller
    /// index than `e`'s (which then cannot make it, nor can a place after it
    /// in a run of ascending indexes)?
    #[inline]
    fn past_a_page_at_origin(&self, e: &Entry) -> bool {
        self.heap.len() >= self.k && matches!(self.heap.peek(), Some(&(0, last, _)) if e.idx > last)
    }

    /// Is the page full of places no farther than `e`, those as far each of
    /// a smaller index than `e`? Then neither `e` nor any place after it in a
    /// run of ascending indexes at its position can make it. (Known once a
    /// place of the position was measured: the run's first.)
    #[inline]
    fn past_a_page_here(&self, e: &Entry) -> bool {
        if self.heap.len() < self.k || e.pos != self.last_measured.0 {
            return false;
        }
        let d = self.last_measured.1.to_bits();
        matches!(self.heap.peek(), Some(&(top, last, _)) if top == d && e.idx > last)
    }

    /// Is a place at distance `d` from the origin (give or take a micrometre)
    /// sure to miss a full page that holds no place outside the preferred
    /// postcode? (Its key is at least `d`, outside the postcode or not.)
    #[inline]
    fn beyond_page(&self, d: f64) -> bool {
        if self.k == 0 {
            return true;
        }
        if self.heap.len() < self.k {
            return false;
        }
        let top = self.heap.peek().unwrap().0;
        top & OUTSIDE == 0 && d - 1e-9 > f64::from_bits(top)
    }

    /// Are all the places the search counted before already on the page?
    /// Then no other place passes the filters (at night, with "open now",
    /// often none does: the circle need not be looked into at all).
    #[inline]
    fn all_found(&self) -> bool {
        self.known_total
            .is_some_and(|t| t < self.k && self.heap.len() >= t)
    }

    /// Can a place of this cell still make the page?
    #[inline]
    fn could_rank(&self, cell: &Cell) -> bool {
        if self.k == 0 || self.all_found() {
            return false;
        }
        match (self.order, self.heap.len() >= self.k) {
            (Order::Distance(_), true) => {
                let top = self.heap.peek().unwrap().0;
                if top & OUTSIDE != 0 {
                    // A place of the searched postcode in this cell would still make it.
                    return true;
                }
                self.planar.unwrap().cell_lower(cell) <= f64::from_bits(top)
            }
            _ => true,
        }
    }

    /// Fills the page with the first set bits of `ranks` (positions in an order
    /// of every place; none outside the words `span`), `by_rank` giving the
    /// place at each position.
    fn page_from_ranks(&mut self, ranks: &[u64], span: (usize, usize), by_rank: &[u32]) {
        let k = self.k;
        for_each_set_bit_in(ranks, span, |r| {
            if self.heap.len() >= k {
                return false;
            }
            self.heap.push((u64::from(r), by_rank[r as usize], 0));
            true
        });
    }

    /// Offers an (already counted) place to a page in name order (raw or folded,
    /// as the search's order says; not by distance).
    #[inline]
    fn rank_index(&mut self, i: u32) {
        if self.k == 0 {
            return;
        }
        let key = match self.order {
            Order::RawName => u64::from(self.dir.raw_rank[i as usize]),
            _ => u64::from(self.dir.name_rank[i as usize]),
        };
        if self.heap.len() < self.k {
            self.heap.push((key, i, 0));
        } else {
            let top = self.heap.peek().unwrap();
            if (key, i) < (top.0, top.1) {
                self.heap.pop();
                self.heap.push((key, i, 0));
            }
        }
    }

    /// Offers (already counted) places of a sub-cell, in ascending index, to
    /// the page. Once the page is full of places at the very origin (located
    /// at the centre of the searched postcode, a common case), only places
    /// there with a smaller index can still make it: the run stops at the
    /// first larger one; the same for places all at one position (`one_position`),
    /// once the page is full of places no farther than them.
    fn rank_run(&mut self, run: &[Entry], one_position: bool) {
        if !matches!(self.order, Order::Distance(_)) {
            for e in run {
                self.rank(e);
            }
            return;
        }
        for e in run {
            if self.past_a_page_at_origin(e) || (one_position && self.past_a_page_here(e)) {
                return;
            }
            self.rank(e);
        }
    }

    /// Offers an (already counted) place to the page.
    #[inline]
    fn rank(&mut self, e: &Entry) {
        if self.k == 0 {
            return;
        }
        let i = e.idx;
        let full = self.heap.len() >= self.k;
        let (key, dist) = match self.order {
            Order::Distance(o) => {
                let outside = self.prefer.is_some_and(|p| e.postcode != p);
                if full {
                    let top = self.heap.peek().unwrap().0;
                    let prunable = if top & OUTSIDE == 0 {
                        // The page holds only places of the postcode (or there is none).
                        outside || self.planar.unwrap().lower(e.pos) > f64::from_bits(top)
                    } else {
                        outside
                            && self.planar.unwrap().lower(e.pos) > f64::from_bits(top & !OUTSIDE)
                    };
                    if prunable {
                        return;
                    }
                }
                // Places at the very origin (e.g. located at the postcode's centre) are common.
                let d = if e.pos == o {
                    0.0
                } else if e.pos == self.last_measured.0 {
                    self.last_measured.1
                } else {
                    let d = o.distance_km(e.pos);
                    self.last_measured = (e.pos, d);
                    d
                };
                (d.to_bits() | if outside { OUTSIDE } else { 0 }, d.to_bits())
            }
            Order::RawName => (u64::from(self.dir.raw_rank[i as usize]), 0),
            Order::FoldedName => (u64::from(self.dir.name_rank[i as usize]), 0),
        };
        if !full {
            self.heap.push((key, i, dist));
        } else {
            let top = self.heap.peek().unwrap();
            if (key, i) < (top.0, top.1) {
                self.heap.pop();
                self.heap.push((key, i, dist));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn union_of_many_lists_is_sorted_and_without_duplicates() {
        let mut rng = fastrand::Rng::with_seed(5);
        for round in 0..200 {
            let n = [100, 1000, 5000][round % 3];
            let lists: Vec<Vec<u32>> = (0..rng.usize(0..9))
                .map(|_| {
                    let mut l: Vec<u32> = (0..rng.usize(0..n / 2))
                        .map(|_| rng.u32(..n as u32))
                        .collect();
                    l.sort_unstable();
                    l.dedup();
                    l
                })
                .collect();
            let slices: Vec<&[u32]> = lists.iter().map(Vec::as_slice).collect();
            let mut want: Vec<u32> = lists.concat();
            want.sort_unstable();
            want.dedup();
            assert_eq!(union_all(&slices, n), want);
        }
    }

    #[test]
    fn words_within_d_edits_differ_in_at_most_2d_letter_bits() {
        use super::super::index::letter_set;
        let mut rng = fastrand::Rng::with_seed(9);
        let alphabet: Vec<char> = "abcdeéfghijklmnopqrstuvwxyzابت".chars().collect();
        for _ in 0..5000 {
            let a: Vec<char> = (0..rng.usize(4..12))
                .map(|_| alphabet[rng.usize(..alphabet.len())])
                .collect();
            let mut b = a.clone();
            for _ in 0..rng.usize(1..3) {
                let c = alphabet[rng.usize(..alphabet.len())];
                match rng.u8(0..4) {
                    0 => b.insert(rng.usize(..=b.len()), c),
                    1 if b.len() > 1 => {
                        b.remove(rng.usize(..b.len()));
                    }
                    2 => {
                        let i = rng.usize(..b.len());
                        b[i] = c;
                    }
                    _ if b.len() > 1 => {
                        let i = rng.usize(..b.len() - 1);
                        b.swap(i, i + 1);
                    }
                    _ => {}
                }
            }
            if let Some(d) = crate::text::distance_within(&a, &b, 4) {
                let bits = (letter_set(&a) ^ letter_set(&b)).count_ones() as usize;
                assert!(bits <= 2 * d, "{a:?} {b:?}: {d} edits, {bits} bits");
            }
        }
    }
}
