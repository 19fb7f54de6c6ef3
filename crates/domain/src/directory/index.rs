//! Building the index: positions, vocabulary bitsets, text tokens, a spatial grid.

use std::collections::HashMap;
use std::sync::Arc;

use crate::geo::LatLon;
use crate::hours::Hours;
use crate::place::{LabelStatus, Place};
use crate::region::Region;
use crate::text;
use crate::vocab::{VocabKind, Vocabularies};

use super::query::set_bit;
use super::words::SearchWords;

pub(super) const NONE: u32 = u32::MAX;
/// Grid cell size in degrees (about 550 m north-south, 530 m east-west at 50°N).
pub(super) const CELL_LAT: f64 = 0.005;
pub(super) const CELL_LON: f64 = 0.0075;

/// Search data of one place (64 bytes), in `Directory::entries` (by place index)
/// and again in `Directory::slots` (grouped by grid cell, for sequential scans).
#[derive(Debug, Clone, Copy)]
pub(super) struct Entry {
    pub pos: LatLon,
    pub services: u64,
    pub publics: u64,
    pub languages: u64,
    pub accessibility: u64,
    /// Index of the place in `Directory::places`.
    pub idx: u32,
    pub hours: u32,
    pub commune: u16,
    /// Index of the postcode in the region, or `NO_POSTCODE`.
    pub postcode: u16,
    /// Position in the price vocabulary, or `NO_PRICE`.
    pub price: u8,
    pub labelled: bool,
    pub approximate: bool,
}

pub(super) const NO_POSTCODE: u16 = u16::MAX;
pub(super) const NO_PRICE: u8 = u8::MAX;

/// A grid cell: its places in `slots[start..end]` and their bounding box; a
/// cell of the grid also has its sub-cells in `subcells[sub_start..sub_end]`
/// (the non-empty ones of a `SUB` × `SUB` division, whose places follow each
/// other in `slots`), so that a search looks into a cell the circle only
/// touches a sixteenth at a time.
#[derive(Debug, Clone, Copy)]
pub(super) struct Cell {
    pub start: u32,
    pub end: u32,
    pub min: LatLon,
    pub max: LatLon,
    pub sub_start: u32,
    pub sub_end: u32,
}

/// Sub-cells per side of a grid cell.
pub(super) const SUB: i32 = 4;

/// The sub-cell (0..SUB²) of a position in grid cell `key`.
fn sub_of(p: LatLon, key: (i32, i32)) -> usize {
    let a = ((p.lat / (CELL_LAT / f64::from(SUB))).floor() as i32 - key.0 * SUB).clamp(0, SUB - 1);
    let o = ((p.lon / (CELL_LON / f64::from(SUB))).floor() as i32 - key.1 * SUB).clamp(0, SUB - 1);
    (a * SUB + o) as usize
}

/// The bounding box of these entries.
fn bounds(entries: &[Entry]) -> (LatLon, LatLon) {
    entries.iter().fold(
        (
            LatLon {
                lat: f64::MAX,
                lon: f64::MAX,
            },
            LatLon {
                lat: f64::MIN,
                lon: f64::MIN,
            },
        ),
        |(min, max), e| {
            (
                LatLon {
                    lat: min.lat.min(e.pos.lat),
                    lon: min.lon.min(e.pos.lon),
                },
                LatLon {
                    lat: max.lat.max(e.pos.lat),
                    lon: max.lon.max(e.pos.lon),
                },
            )
        },
    )
}

/// What is known of a place's opening hours.
#[derive(Debug, Clone, Copy)]
pub enum HoursInfo<'a> {
    /// No hours recorded.
    None,
    /// Hours recorded but not in a syntax we can read: show the raw text.
    Invalid(&'a str),
    Valid(&'a Hours),
}

/// The searchable directory. Immutable: a new one is built after each write.
#[derive(Debug)]
pub struct Directory {
    pub region: Arc<Region>,
    pub vocab: Arc<Vocabularies>,
    pub(super) places: Vec<Place>,
    pub(super) entries: Vec<Entry>,
    pub(super) hours: Vec<Hours>,
    pub(super) by_id: HashMap<i64, u32>,
    /// Sorted folded tokens with the places they occur in (ascending).
    pub(super) tokens: Vec<(String, Vec<u32>)>,
    /// Every place index, sorted by folded name.
    pub(super) by_name: Vec<u32>,
    /// Place indexes per commune index, sorted by name.
    pub(super) by_commune: Vec<Vec<u32>>,
    /// Place indexes per postcode, ascending.
    pub(super) by_postcode: HashMap<String, Vec<u32>>,
    pub(super) wheelchair_bit: u64,
    pub(super) free_price: u8,
    pub(super) cell_index: HashMap<(i32, i32), u32>,
    pub(super) cells: Vec<Cell>,
    /// The sub-cells of every cell (see [`Cell`]).
    pub(super) subcells: Vec<Cell>,
    /// Copies of `entries`, grouped by cell.
    pub(super) slots: Vec<Entry>,
    /// Per region postcode: (distance from its centre, place), farthest first.
    pub(super) postcode_far: Vec<Vec<(f64, u32)>>,
    /// Per commune: (distance from its centre, place), farthest first.
    pub(super) commune_far: Vec<Vec<(f64, u32)>>,
    /// Open (2) or closed (1) for every readable hours, for the last few minutes asked:
    /// hours change on minute boundaries, and evaluating them is the costly part of "open now".
    pub(super) open_memo: std::sync::Mutex<Vec<(chrono::NaiveDateTime, Arc<Vec<u8>>)>>,
    /// Rank of each place in folded-name order (position in `by_name`).
    pub(super) name_rank: Vec<u32>,
    /// Rank of each place by raw name, then index (the order of text searches).
    pub(super) raw_rank: Vec<u32>,
    /// Every place index in that order.
    pub(super) by_raw: Vec<u32>,
    /// The words people type and what they mean.
    pub(super) words: Arc<SearchWords>,
    /// Per length in characters: the tokens (index in `tokens`, as characters) without
    /// digits, for typo matching against the distinct tokens rather than every place.
    /// Each with its [`letter_set`], to skip tokens that cannot be close.
    pub(super) typo_buckets: Vec<Vec<TypoToken>>,
    /// Per service code (vocabulary position 0–63) then public code (64–127):
    /// the places that have it, as bits in folded-name order (`name_rank`);
    /// empty for a code no place has.
    pub(super) rank_sets: Vec<Box<[u64]>>,
}

/// A token for typo matching: its characters, its index in `tokens`, its [`letter_set`].
pub(super) type TypoToken = (Box<[char]>, u32, u64);

/// The set of a word's characters, hashed to 64 bits. One edit (insertion,
/// deletion, substitution, swap) changes at most two bits of it, so two words
/// within `d` edits differ in at most `2 d` bits: a cheap test that rules out
/// most tokens before the edit distance is computed.
pub(super) fn letter_set(chars: &[char]) -> u64 {
    chars
        .iter()
        .fold(0, |m, &c| m | (1u64 << (u32::from(c) % 64)))
}

pub(super) fn cell_of(p: LatLon) -> (i32, i32) {
    (
        (p.lat / CELL_LAT).floor() as i32,
        (p.lon / CELL_LON).floor() as i32,
    )
}

fn mask(vocab: &Vocabularies, kind: VocabKind, codes: &[String]) -> u64 {
    codes
        .iter()
        .filter_map(|c| vocab.position(kind, c))
        .filter(|&i| i < 64)
        .fold(0, |m, i| m | (1u64 << i))
}

impl Directory {
    /// Builds the index. Places whose commune is unknown to the region are kept
    /// only if they have coordinates.
    pub fn build(
        region: Arc<Region>,
        vocab: Arc<Vocabularies>,
        mut places: Vec<Place>,
    ) -> Directory {
        places.retain(|p| region.commune(&p.commune_nis).is_some());
        let mut hours: Vec<Hours> = Vec::new();
        let mut hours_ids: HashMap<String, u32> = HashMap::new();
        let mut entries = Vec::with_capacity(places.len());
        let mut token_map: HashMap<String, Vec<u32>> = HashMap::new();
        let mut by_commune = vec![Vec::new(); region.communes.len()];
        let mut grid: HashMap<(i32, i32), Vec<u32>> = HashMap::new();
        let mut by_id = HashMap::with_capacity(places.len());
        let mut by_postcode: HashMap<String, Vec<u32>> = HashMap::new();
        let country = region.country.clone();
        let mut folded_names = Vec::with_capacity(places.len());
        // Every place holds the words of its commune's names: fold them once.
        let commune_tokens: Vec<Vec<String>> = region
            .communes
            .iter()
            .map(|c| c.name.values().flat_map(|n| text::tokens(n)).collect())
            .collect();

        for (i, p) in places.iter().enumerate() {
            let i = i as u32;
            let ci = region
                .commune_index(&p.commune_nis)
                .expect("retained above");
            let commune = &region.communes[ci];
            let (pos, approximate) = match p.location {
                Some(l) => (l, false),
                None => {
                    // Postcode centroid when the postcode belongs to the commune, else the commune's.
                    let pc = p
                        .postcode
                        .as_deref()
                        .and_then(|c| region.postcode(c))
                        .filter(|pc| pc.communes.iter().any(|n| n == &commune.nis));
                    match pc {
                        Some(pc) => (
                            LatLon {
                                lat: pc.lat,
                                lon: pc.lon,
                            },
                            true,
                        ),
                        None => (Region::centroid(commune), true),
                    }
                }
            };
            let hours_id = match p
                .opening_hours
                .as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
            {
                None => NONE,
                Some(raw) => match hours_ids.get(raw) {
                    Some(&id) => id,
                    None => {
                        let id = match Hours::parse(raw, &country) {
                            Ok(h) => {
                                hours.push(h);
                                (hours.len() - 1) as u32
                            }
                            Err(_) => NONE - 1,
                        };
                        hours_ids.insert(raw.to_owned(), id);
                        id
                    }
                },
            };
            let price = p
                .price
                .as_deref()
                .and_then(|c| vocab.position(VocabKind::Price, c))
                .filter(|&x| x < usize::from(NO_PRICE) - 1)
                .map_or(NO_PRICE, |x| x as u8);
            entries.push(Entry {
                pos,
                idx: i,
                approximate,
                commune: ci as u16,
                services: mask(&vocab, VocabKind::Service, &p.services),
                publics: mask(&vocab, VocabKind::Public, &p.publics),
                languages: mask(&vocab, VocabKind::Language, &p.languages),
                accessibility: mask(&vocab, VocabKind::Accessibility, &p.accessibility),
                price,
                hours: hours_id,
                labelled: p.label == LabelStatus::Labelled,
                postcode: p
                    .postcode
                    .as_deref()
                    .and_then(|c| region.postcode_index(c))
                    .map_or(NO_POSTCODE, |x| x as u16),
            });
            by_id.insert(p.id, i);
            by_commune[ci].push(i);
            grid.entry(cell_of(pos)).or_default().push(i);

            let mut toks = text::tokens(&p.name);
            toks.extend(text::tokens(&p.organisation));
            if let Some(a) = &p.address {
                toks.extend(text::tokens(a));
            }
            toks.extend(commune_tokens[ci].iter().cloned());
            if let Some(pc) = &p.postcode {
                toks.push(pc.clone());
                by_postcode.entry(pc.clone()).or_default().push(i);
            }
            toks.sort_unstable();
            toks.dedup();
            for t in toks {
                token_map.entry(t).or_default().push(i);
            }
            folded_names.push(text::fold(&p.name));
        }

        let mut by_name: Vec<u32> = (0..places.len() as u32).collect();
        by_name.sort_by(|&a, &b| folded_names[a as usize].cmp(&folded_names[b as usize]));
        let mut rank = vec![0u32; places.len()];
        for (r, &i) in by_name.iter().enumerate() {
            rank[i as usize] = r as u32;
        }
        for list in &mut by_commune {
            list.sort_by_key(|&i| rank[i as usize]);
        }
        let mut tokens: Vec<(String, Vec<u32>)> = token_map.into_iter().collect();
        tokens.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let mut typo_buckets: Vec<Vec<TypoToken>> = Vec::new();
        for (ti, (t, _)) in tokens.iter().enumerate() {
            let chars: Box<[char]> = t.chars().collect();
            if chars.len() < 4 || chars.len() > 40 || chars.iter().any(|c| c.is_numeric()) {
                continue;
            }
            if typo_buckets.len() <= chars.len() {
                typo_buckets.resize(chars.len() + 1, Vec::new());
            }
            let set = letter_set(&chars);
            typo_buckets[chars.len()].push((chars, ti as u32, set));
        }

        let mut raw: Vec<u32> = (0..places.len() as u32).collect();
        raw.sort_by(|&a, &b| {
            places[a as usize]
                .name
                .cmp(&places[b as usize].name)
                .then(a.cmp(&b))
        });
        let mut raw_rank = vec![0u32; places.len()];
        for (r, &i) in raw.iter().enumerate() {
            raw_rank[i as usize] = r as u32;
        }
        let by_raw = raw;
        let mut keys: Vec<(i32, i32)> = grid.keys().copied().collect();
        keys.sort_unstable();
        let mut cell_index = HashMap::with_capacity(keys.len());
        let mut cells = Vec::with_capacity(keys.len());
        let mut subcells = Vec::new();
        let mut slots: Vec<Entry> = Vec::with_capacity(places.len());
        for k in keys {
            let start = slots.len();
            let sub_start = subcells.len() as u32;
            let mut list: Vec<(usize, u32)> = grid[&k]
                .iter()
                .map(|&i| (sub_of(entries[i as usize].pos, k), i))
                .collect();
            list.sort_unstable();
            let mut run = 0;
            while run < list.len() {
                let s = list[run].0;
                let from = slots.len();
                while run < list.len() && list[run].0 == s {
                    slots.push(entries[list[run].1 as usize]);
                    run += 1;
                }
                let (min, max) = bounds(&slots[from..]);
                subcells.push(Cell {
                    start: from as u32,
                    end: slots.len() as u32,
                    min,
                    max,
                    sub_start: 0,
                    sub_end: 0,
                });
            }
            let (min, max) = bounds(&slots[start..]);
            cell_index.insert(k, cells.len() as u32);
            cells.push(Cell {
                start: start as u32,
                end: slots.len() as u32,
                min,
                max,
                sub_start,
                sub_end: subcells.len() as u32,
            });
        }
        let far = |centre: LatLon, list: &[u32]| {
            let mut v: Vec<(f64, u32)> = list
                .iter()
                .map(|&i| (entries[i as usize].pos.distance_km(centre), i))
                .collect();
            v.sort_by(|a, b| b.0.total_cmp(&a.0));
            v
        };
        let postcode_far = region
            .postcodes
            .iter()
            .map(|a| {
                far(
                    LatLon {
                        lat: a.lat,
                        lon: a.lon,
                    },
                    by_postcode.get(&a.code).map_or(&[][..], Vec::as_slice),
                )
            })
            .collect();
        let commune_far = region
            .communes
            .iter()
            .zip(&by_commune)
            .map(|(c, list)| {
                far(
                    LatLon {
                        lat: c.lat,
                        lon: c.lon,
                    },
                    list,
                )
            })
            .collect();
        let wheelchair_bit = vocab
            .position(VocabKind::Accessibility, "wheelchair")
            .filter(|&i| i < 64)
            .map_or(0, |i| 1u64 << i);
        let free_price = vocab
            .position(VocabKind::Price, "free")
            .filter(|&x| x < usize::from(NO_PRICE) - 1)
            .map_or(NO_PRICE - 1, |i| i as u8);
        let mut rank_sets: Vec<Box<[u64]>> = vec![Box::default(); 128];
        let words = places.len().div_ceil(64);
        for e in &entries {
            let r = rank[e.idx as usize] as usize;
            for (mask, base) in [(e.services, 0), (e.publics, 64)] {
                let mut m = mask;
                while m != 0 {
                    let b = m.trailing_zeros() as usize;
                    m &= m - 1;
                    let set = &mut rank_sets[base + b];
                    if set.is_empty() {
                        *set = vec![0u64; words].into_boxed_slice();
                    }
                    set_bit(set, r as u32);
                }
            }
        }
        Directory {
            rank_sets,
            region,
            vocab,
            places,
            entries,
            hours,
            by_id,
            tokens,
            by_name,
            by_commune,
            by_postcode,
            wheelchair_bit,
            free_price,
            cell_index,
            cells,
            subcells,
            slots,
            postcode_far,
            commune_far,
            open_memo: std::sync::Mutex::new(Vec::new()),
            name_rank: rank,
            raw_rank,
            by_raw,
            words: SearchWords::shipped(),
            typo_buckets,
        }
    }

    pub fn len(&self) -> usize {
        self.places.len()
    }

    pub fn is_empty(&self) -> bool {
        self.places.is_empty()
    }

    pub fn place(&self, id: i64) -> Option<&Place> {
        self.by_id.get(&id).map(|&i| &self.places[i as usize])
    }

    /// Position used for distances, and whether it is only the commune's or postcode's centre.
    pub fn position(&self, id: i64) -> Option<(LatLon, bool)> {
        self.by_id.get(&id).map(|&i| {
            let e = &self.entries[i as usize];
            (e.pos, e.approximate)
        })
    }

    pub fn hours(&self, id: i64) -> HoursInfo<'_> {
        match self.by_id.get(&id).map(|&i| self.entries[i as usize].hours) {
            None | Some(NONE) => HoursInfo::None,
            Some(h) if h == NONE - 1 => HoursInfo::Invalid(
                self.place(id)
                    .and_then(|p| p.opening_hours.as_deref())
                    .unwrap_or(""),
            ),
            Some(h) => HoursInfo::Valid(&self.hours[h as usize]),
        }
    }

    /// Places of a commune (by NIS code), sorted by name.
    pub fn places_in_commune(&self, nis: &str) -> Vec<&Place> {
        self.region
            .commune_index(nis)
            .map(|ci| {
                self.by_commune[ci]
                    .iter()
                    .map(|&i| &self.places[i as usize])
                    .collect()
            })
            .unwrap_or_default()
    }

    pub fn places(&self) -> &[Place] {
        &self.places
    }
}
