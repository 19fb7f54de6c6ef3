//! Building the index: positions, vocabulary bitsets, text tokens, a spatial grid.

use std::collections::HashMap;
use std::sync::Arc;

use rustc_hash::FxHashMap;

use crate::geo::LatLon;
use crate::hours::Hours;
use crate::place::{LabelStatus, Place};
use crate::region::Region;
use crate::text;
use crate::vocab::{VocabKind, Vocabularies};

use super::bits::set_bit;
use super::ids::IdIndex;
use super::table::{PlaceSummary, PlaceTable};
use super::tokens::{TokenIndex, TokenIndexBuilder};
use super::words::SearchWords;

pub(super) const NONE: u32 = u32::MAX;
/// Grid cell size in degrees (about 550 m north-south, 530 m east-west at 50°N).
pub(super) const CELL_LAT: f64 = 0.005;
pub(super) const CELL_LON: f64 = 0.0075;

/// Search data of one place (64 bytes), in `Directory::slots` (grouped by grid
/// cell, for sequential scans; `Directory::entry` finds a place's).
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
/// (the non-empty ones of a `SUB` × `SUB` division, and the places many
/// share one position with, whose places follow each other in `slots`), so
/// that a search looks into a cell the circle only touches a sixteenth at a
/// time.
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

/// Places at one position that make a sub-cell of their own.
const STACK: u32 = 32;

/// At most how many such sub-cells a cell has (beyond them, places at one
/// position stay with the others of their sub-cell).
const MAX_STACKS: usize = (SUB * SUB) as usize;

/// At most how many sub-cells a cell has.
pub(super) const MAX_SUBCELLS: usize = (SUB * SUB) as usize + MAX_STACKS;

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
    pub(super) places: PlaceTable,
    /// Where each place's entry is in `slots`.
    pub(super) slot_of: Vec<u32>,
    pub(super) hours: Vec<Hours>,
    pub(super) by_id: IdIndex,
    /// Sorted folded tokens with the places they occur in (ascending).
    pub(super) tokens: TokenIndex,
    /// Every place index, by organisation then index.
    pub(super) by_organisation: Vec<u32>,
    /// Every place index, sorted by folded name.
    pub(super) by_name: Vec<u32>,
    /// Place indexes per commune index, sorted by name.
    pub(super) by_commune: Vec<Vec<u32>>,
    /// Place indexes per postcode, ascending.
    pub(super) by_postcode: FxHashMap<String, Vec<u32>>,
    pub(super) wheelchair_bit: u64,
    pub(super) free_price: u8,
    pub(super) cell_index: FxHashMap<(i32, i32), u32>,
    pub(super) cells: Vec<Cell>,
    /// The sub-cells of every cell (see [`Cell`]).
    pub(super) subcells: Vec<Cell>,
    /// The search data of every place, grouped by cell.
    pub(super) slots: Vec<Entry>,
    /// Per region postcode: its places, farthest from its centre first (the
    /// distances are measured again when read: 4 bytes a place, not 16).
    pub(super) postcode_far: Vec<Vec<u32>>,
    /// Per commune: its places, farthest from its centre first.
    pub(super) commune_far: Vec<Vec<u32>>,
    /// Open or closed for every readable hours, for the last few minutes asked,
    /// each filled as asked: hours change on minute boundaries, and evaluating
    /// them is the costly part of "open now" and of the open flag of hits.
    pub(super) open_memo: std::sync::Mutex<Vec<Arc<super::query::OpenTable>>>,
    /// The number of places (and of those of unknown state) of searches of a
    /// circle, by circle and filters (see `Directory::search`): counting them
    /// is most of such a search's work, ranking the page's few places little.
    /// Places of search words as bits, made the first time a word is
    /// searched: (0, the words of a term of several alternatives) → its places
    /// by raw-name rank (`Directory::term_ranks`); (1, a service or public
    /// word) → its places by folded-name rank (`Directory::word_places`).
    pub(super) bits_memo: BitsMemo,
    pub(super) count_memo:
        std::sync::Mutex<FxHashMap<super::query::CountKey, (usize, super::query::Unknowns<usize>)>>,
    /// Rank of each place in folded-name order (position in `by_name`).
    pub(super) name_rank: Vec<u32>,
    /// Rank of each place by raw name, then index (the order of text searches).
    pub(super) raw_rank: Vec<u32>,
    /// Every place index in that order.
    pub(super) by_raw: Vec<u32>,
    /// For each position in raw-name order, the place's position in
    /// folded-name order (`name_rank[by_raw[r]]`, read in order).
    pub(super) raw_to_name: Vec<u32>,
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

/// Bits of places by (kind, key of the words): see `Directory::bits_memo`.
pub(super) type BitsMemo = std::sync::Mutex<FxHashMap<(u8, u64), Arc<super::bits::Counted>>>;

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
    /// Builds the index of these places (see [`DirectoryBuilder::push`]).
    pub fn build(region: Arc<Region>, vocab: Arc<Vocabularies>, places: Vec<Place>) -> Directory {
        let mut b = DirectoryBuilder::new(region, vocab);
        b.reserve(places.len());
        for p in places {
            b.push(&p);
        }
        b.finish()
    }
}

/// Builds a [`Directory`] from places handed one at a time, so that a caller
/// streaming them from the database never holds them all as `Place` values.
pub struct DirectoryBuilder {
    region: Arc<Region>,
    vocab: Arc<Vocabularies>,
    table: PlaceTable,
    hours: Vec<Hours>,
    hours_ids: HashMap<String, u32>,
    entries: Vec<Entry>,
    tokens: TokenIndexBuilder,
    /// The token ids of the place being added.
    place_tokens: Vec<u32>,
    by_commune: Vec<Vec<u32>>,
    grid: FxHashMap<(i32, i32), Vec<u32>>,
    by_id: FxHashMap<i64, u32>,
    by_postcode: FxHashMap<String, Vec<u32>>,
    /// Every place holds the words of its commune's names: folded once.
    commune_tokens: Vec<Vec<u32>>,
}

impl DirectoryBuilder {
    pub fn new(region: Arc<Region>, vocab: Arc<Vocabularies>) -> DirectoryBuilder {
        let mut tokens = TokenIndexBuilder::default();
        let commune_tokens = region
            .communes
            .iter()
            .map(|c| {
                c.name
                    .values()
                    .flat_map(|n| text::tokens(n))
                    .map(|t| tokens.id(&t))
                    .collect()
            })
            .collect();
        DirectoryBuilder {
            by_commune: vec![Vec::new(); region.communes.len()],
            commune_tokens,
            region,
            vocab,
            table: PlaceTable::default(),
            hours: Vec::new(),
            hours_ids: HashMap::new(),
            entries: Vec::new(),
            tokens,
            place_tokens: Vec::new(),
            grid: FxHashMap::default(),
            by_id: FxHashMap::default(),
            by_postcode: FxHashMap::default(),
        }
    }

    /// Room for `n` more places.
    pub fn reserve(&mut self, n: usize) {
        self.entries.reserve(n);
        self.by_id.reserve(n);
    }

    /// Adds a place. A place whose commune is unknown to the region (one
    /// outside it) is not listed.
    pub fn push(&mut self, p: &Place) {
        let region = &*self.region;
        let vocab = &*self.vocab;
        let Some(ci) = region.commune_index(&p.commune_nis) else {
            return;
        };
        let i = self.table.push(p);
        // The same rule as the exports': exact, else the postcode's centre, else the commune's.
        let (pos, approximate) =
            crate::export::position(region, p).expect("the commune is the region's");
        let hours_id = match p
            .opening_hours
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            None => NONE,
            Some(raw) => match self.hours_ids.get(raw) {
                Some(&id) => id,
                None => {
                    let id = match Hours::parse(raw, &region.country) {
                        Ok(h) => {
                            self.hours.push(h);
                            (self.hours.len() - 1) as u32
                        }
                        Err(_) => NONE - 1,
                    };
                    self.hours_ids.insert(raw.to_owned(), id);
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
        self.entries.push(Entry {
            pos,
            idx: i,
            approximate,
            commune: ci as u16,
            services: mask(vocab, VocabKind::Service, &p.services),
            publics: mask(vocab, VocabKind::Public, &p.publics),
            languages: mask(vocab, VocabKind::Language, &p.languages),
            accessibility: mask(vocab, VocabKind::Accessibility, &p.accessibility),
            price,
            hours: hours_id,
            labelled: p.label == LabelStatus::Labelled,
            postcode: p
                .postcode
                .as_deref()
                .and_then(|c| region.postcode_index(c))
                .map_or(NO_POSTCODE, |x| x as u16),
        });
        self.by_id.insert(p.id, i);
        self.by_commune[ci].push(i);
        self.grid.entry(cell_of(pos)).or_default().push(i);

        let mut ids = std::mem::take(&mut self.place_tokens);
        ids.clear();
        for field in [Some(&p.name), Some(&p.organisation), p.address.as_ref()]
            .into_iter()
            .flatten()
        {
            for t in text::tokens(field) {
                ids.push(self.tokens.id(&t));
            }
        }
        ids.extend_from_slice(&self.commune_tokens[ci]);
        if let Some(pc) = &p.postcode {
            ids.push(self.tokens.id(pc));
            match self.by_postcode.get_mut(pc.as_str()) {
                Some(list) => list.push(i),
                None => {
                    self.by_postcode.insert(pc.clone(), vec![i]);
                }
            }
        }
        self.tokens.add_place(&mut ids);
        self.place_tokens = ids;
    }

    /// The directory of the places added.
    pub fn finish(self) -> Directory {
        let DirectoryBuilder {
            region,
            vocab,
            mut table,
            hours,
            mut entries,
            tokens,
            mut by_commune,
            grid,
            by_id,
            by_postcode,
            ..
        } = self;
        let by_id = IdIndex::new(by_id);
        table.seal();
        // The growing list's slack, given back before the slots copy it.
        entries.shrink_to_fit();
        let n = table.len();
        let folded_names: Vec<String> = (0..n as u32).map(|i| text::fold(table.name(i))).collect();
        let mut by_name: Vec<u32> = (0..n as u32).collect();
        // Unstable, with the index to break ties: the order of a stable sort, faster.
        by_name.sort_unstable_by(|&a, &b| {
            folded_names[a as usize]
                .cmp(&folded_names[b as usize])
                .then(a.cmp(&b))
        });
        // Freed now: the rest of the build is the peak of the load's memory.
        drop(folded_names);
        let mut rank = vec![0u32; n];
        for (r, &i) in by_name.iter().enumerate() {
            rank[i as usize] = r as u32;
        }
        for list in &mut by_commune {
            list.sort_unstable_by_key(|&i| rank[i as usize]);
        }
        let mut tokens = tokens.finish();
        let mut typo_buckets: Vec<Vec<TypoToken>> = Vec::new();
        for ti in 0..tokens.len() {
            let chars: Box<[char]> = tokens.token(ti).chars().collect();
            if chars.len() < 4 || chars.len() > 40 || chars.iter().any(|c| c.is_numeric()) {
                continue;
            }
            if typo_buckets.len() <= chars.len() {
                typo_buckets.resize(chars.len() + 1, Vec::new());
            }
            let set = letter_set(&chars);
            typo_buckets[chars.len()].push((chars, ti as u32, set));
        }

        let mut by_organisation: Vec<u32> = (0..n as u32).collect();
        by_organisation.sort_unstable_by_key(|&i| (table.organisation_id(i), i));
        let mut raw: Vec<u32> = (0..n as u32).collect();
        raw.sort_unstable_by(|&a, &b| table.name(a).cmp(table.name(b)).then(a.cmp(&b)));
        let mut raw_rank = vec![0u32; n];
        for (r, &i) in raw.iter().enumerate() {
            raw_rank[i as usize] = r as u32;
        }
        let by_raw = raw;
        let raw_to_name: Vec<u32> = by_raw.iter().map(|&i| rank[i as usize]).collect();
        tokens.add_rank_bits(&raw_rank);
        let mut keys: Vec<(i32, i32)> = grid.keys().copied().collect();
        keys.sort_unstable();
        let mut cell_index = FxHashMap::with_capacity_and_hasher(keys.len(), Default::default());
        let mut cells = Vec::with_capacity(keys.len());
        let mut subcells = Vec::new();
        let mut slots: Vec<Entry> = Vec::with_capacity(n);
        for k in keys {
            let start = slots.len();
            let sub_start = subcells.len() as u32;
            // A position many places share (the centre of a postcode, where
            // places located only by it are) is a sub-cell of its own, with a
            // bounding box of one point: a search by distance passes it over or
            // takes it whole, and the box of the other places is tighter.
            let at = |i: u32| {
                let p = entries[i as usize].pos;
                (p.lat.to_bits(), p.lon.to_bits())
            };
            let mut count: FxHashMap<(u64, u64), u32> = FxHashMap::default();
            for &i in &grid[&k] {
                *count.entry(at(i)).or_default() += 1;
            }
            let mut stacks: Vec<(u64, u64)> = count
                .into_iter()
                .filter(|&(_, c)| c >= STACK)
                .map(|(p, _)| p)
                .collect();
            stacks.sort_unstable();
            stacks.truncate(MAX_STACKS);
            let mut list: Vec<(usize, usize, u32)> = grid[&k]
                .iter()
                .map(|&i| {
                    let stack = stacks.binary_search(&at(i)).map_or(0, |s| s + 1);
                    (sub_of(entries[i as usize].pos, k), stack, i)
                })
                .collect();
            list.sort_unstable();
            let mut run = 0;
            while run < list.len() {
                let s = (list[run].0, list[run].1);
                let from = slots.len();
                while run < list.len() && (list[run].0, list[run].1) == s {
                    slots.push(entries[list[run].2 as usize]);
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
        drop(grid);
        let far = |centre: LatLon, list: &[u32]| {
            let mut v: Vec<(f64, u32)> = list
                .iter()
                .map(|&i| (entries[i as usize].pos.distance_km(centre), i))
                .collect();
            v.sort_by(|a, b| b.0.total_cmp(&a.0));
            v.into_iter().map(|(_, i)| i).collect::<Vec<u32>>()
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
        let words = n.div_ceil(64);
        let mut slot_of = vec![0u32; n];
        for (s, e) in slots.iter().enumerate() {
            slot_of[e.idx as usize] = s as u32;
        }
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
            places: table,
            by_organisation,
            slot_of,
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
            count_memo: std::sync::Mutex::new(FxHashMap::default()),
            bits_memo: std::sync::Mutex::new(FxHashMap::default()),
            name_rank: rank,
            raw_rank,
            by_raw,
            raw_to_name,
            words: SearchWords::shipped(),
            typo_buckets,
        }
    }
}

impl Directory {
    pub fn len(&self) -> usize {
        self.places.len()
    }

    pub fn is_empty(&self) -> bool {
        self.places.len() == 0
    }

    /// The bytes each part of the index holds on the heap (an estimate from
    /// the capacities, not counting the allocator's own overhead), largest
    /// first: what `passerelle bench` reports.
    pub fn heap_bytes(&self) -> Vec<(&'static str, usize)> {
        use std::mem::size_of;
        let list = |v: &[u32]| v.len() * 4;
        let lists = |v: &[Vec<u32>]| v.iter().map(|l| l.capacity() * 4 + 24).sum::<usize>();
        let [rows, text, shared] = self.places.heap_bytes();
        let mut parts = vec![
            ("places: rows", rows),
            ("places: text", text),
            ("places: shared values", shared),
            (
                "entries",
                self.slots.capacity() * size_of::<Entry>() + self.slot_of.capacity() * 4,
            ),
            ("words and their places", self.tokens.heap_bytes()),
            (
                "typo buckets",
                self.typo_buckets
                    .iter()
                    .flatten()
                    .map(|(c, _, _)| c.len() * 4 + 32)
                    .sum::<usize>(),
            ),
            (
                "orders (name, raw name, organisation, ranks)",
                list(&self.by_name)
                    + list(&self.name_rank)
                    + list(&self.raw_rank)
                    + list(&self.by_raw)
                    + list(&self.raw_to_name)
                    + list(&self.by_organisation),
            ),
            ("by id", self.by_id.heap_bytes()),
            (
                "by commune and postcode",
                lists(&self.by_commune)
                    + self
                        .by_postcode
                        .iter()
                        .map(|(k, l)| k.capacity() + 48 + l.capacity() * 4)
                        .sum::<usize>(),
            ),
            (
                "farthest first per commune and postcode",
                self.postcode_far
                    .iter()
                    .chain(&self.commune_far)
                    .map(|l| l.capacity() * 4 + 24)
                    .sum::<usize>(),
            ),
            (
                "grid cells",
                (self.cells.capacity() + self.subcells.capacity()) * size_of::<Cell>()
                    + self.cell_index.capacity() * 16,
            ),
            (
                "code bitsets",
                self.rank_sets
                    .iter()
                    .map(|s| s.len() * 8 + 16)
                    .sum::<usize>(),
            ),
        ];
        parts.sort_by_key(|p| std::cmp::Reverse(p.1));
        parts
    }

    /// The search data of the place at index `i`.
    pub(super) fn entry(&self, i: u32) -> &Entry {
        &self.slots[self.slot_of[i as usize] as usize]
    }

    /// The place at index `i`, borrowed, with its exact coordinates (its
    /// entry's position, unless that is only a postcode's or commune's centre).
    pub(super) fn view_of(&self, i: u32) -> super::PlaceView<'_> {
        let e = self.entry(i);
        self.places.view(i, (!e.approximate).then_some(e.pos))
    }

    /// [`Directory::view_of`] as a value of its own.
    pub(super) fn place_of(&self, i: u32) -> Place {
        self.view_of(i).to_place()
    }

    /// The place of this id, as a value of its own.
    pub fn place(&self, id: i64) -> Option<Place> {
        self.by_id.get(id).map(|i| self.place_of(i))
    }

    /// The place of this id, borrowed from the directory (no copy).
    pub fn place_view(&self, id: i64) -> Option<super::PlaceView<'_>> {
        self.by_id.get(id).map(|i| self.view_of(i))
    }

    /// The place at position `i` (0..[`Directory::len`]) in the order they
    /// were loaded.
    pub fn place_at(&self, i: usize) -> Place {
        self.place_of(i as u32)
    }

    /// The name of the place of this id, without materialising the place.
    pub fn place_name(&self, id: i64) -> Option<&str> {
        self.by_id.get(id).map(|i| self.places.name(i))
    }

    /// Whether the directory lists a place of this id.
    pub fn contains(&self, id: i64) -> bool {
        self.by_id.contains(id)
    }

    /// Position used for distances, and whether it is only the commune's or postcode's centre.
    pub fn position(&self, id: i64) -> Option<(LatLon, bool)> {
        self.by_id.get(id).map(|i| {
            let e = self.entry(i);
            (e.pos, e.approximate)
        })
    }

    pub fn hours(&self, id: i64) -> HoursInfo<'_> {
        let Some(i) = self.by_id.get(id) else {
            return HoursInfo::None;
        };
        match self.entry(i).hours {
            NONE => HoursInfo::None,
            h if h == NONE - 1 => HoursInfo::Invalid(self.places.opening_hours(i).unwrap_or("")),
            h => HoursInfo::Valid(&self.hours[h as usize]),
        }
    }

    /// Places of a commune (by NIS code), sorted by name.
    pub fn places_in_commune(&self, nis: &str) -> Vec<Place> {
        self.commune_views(nis)
            .iter()
            .map(|v| v.to_place())
            .collect()
    }

    /// [`Self::places_in_commune`], borrowed from the directory (no copy).
    pub fn commune_views(&self, nis: &str) -> Vec<super::PlaceView<'_>> {
        self.region
            .commune_index(nis)
            .map(|ci| {
                self.by_commune[ci]
                    .iter()
                    .map(|&i| self.view_of(i))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Every place, in the order they were loaded, each materialised as it
    /// is reached.
    pub fn places(&self) -> impl ExactSizeIterator<Item = Place> + '_ {
        (0..self.places.len() as u32).map(|i| self.place_of(i))
    }

    /// A summary of every place (id, organisation, kind, label, name,
    /// commune, last update), in the order they were loaded: for lists and
    /// counts that need no more, without materialising a place.
    pub fn summaries(&self) -> impl ExactSizeIterator<Item = PlaceSummary<'_>> + '_ {
        (0..self.places.len() as u32).map(|i| self.places.summary(i))
    }

    /// The places of an organisation, in the order they were loaded.
    pub fn organisation_places(
        &self,
        organisation_id: i64,
    ) -> impl Iterator<Item = PlaceSummary<'_>> + '_ {
        let from = self
            .by_organisation
            .partition_point(|&i| self.places.organisation_id(i) < organisation_id);
        self.by_organisation[from..]
            .iter()
            .take_while(move |&&i| self.places.organisation_id(i) == organisation_id)
            .map(|&i| self.places.summary(i))
    }

    /// The places whose summary passes `keep`, in the order they were loaded;
    /// only those are materialised.
    pub fn places_where(&self, mut keep: impl FnMut(&PlaceSummary<'_>) -> bool) -> Vec<Place> {
        (0..self.places.len() as u32)
            .filter(|&i| keep(&self.places.summary(i)))
            .map(|i| self.place_of(i))
            .collect()
    }
}
