//! Building the index: positions, vocabulary bitsets, text tokens, a spatial grid.

use std::collections::HashMap;
use std::sync::Arc;

use crate::geo::LatLon;
use crate::hours::Hours;
use crate::place::{LabelStatus, Place};
use crate::region::Region;
use crate::text;
use crate::vocab::{VocabKind, Vocabularies};

pub(super) const NONE: u32 = u32::MAX;
/// Grid cell size in degrees (about 2.2 km north-south, 2.1 km east-west at 50°N).
pub(super) const CELL_LAT: f64 = 0.02;
pub(super) const CELL_LON: f64 = 0.03;

/// Search data of one place, parallel to `Directory::places`.
#[derive(Debug, Clone)]
pub(super) struct Entry {
    pub pos: LatLon,
    pub approximate: bool,
    pub commune: u32,
    pub services: u128,
    pub publics: u128,
    pub languages: u128,
    pub accessibility: u128,
    pub price: u32,
    pub hours: u32,
    pub labelled: bool,
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
    pub(super) grid: HashMap<(i32, i32), Vec<u32>>,
    /// Sorted folded tokens with the places they occur in (ascending).
    pub(super) tokens: Vec<(String, Vec<u32>)>,
    /// Every place index, sorted by folded name.
    pub(super) by_name: Vec<u32>,
    /// Place indexes per commune index, sorted by name.
    pub(super) by_commune: Vec<Vec<u32>>,
    /// Place indexes per postcode, ascending.
    pub(super) by_postcode: HashMap<String, Vec<u32>>,
    pub(super) wheelchair_bit: u128,
    pub(super) free_price: u32,
}

pub(super) fn cell_of(p: LatLon) -> (i32, i32) {
    (
        (p.lat / CELL_LAT).floor() as i32,
        (p.lon / CELL_LON).floor() as i32,
    )
}

fn mask(vocab: &Vocabularies, kind: VocabKind, codes: &[String]) -> u128 {
    codes
        .iter()
        .filter_map(|c| vocab.position(kind, c))
        .filter(|&i| i < 128)
        .fold(0, |m, i| m | (1u128 << i))
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
                .map_or(NONE, |x| x as u32);
            entries.push(Entry {
                pos,
                approximate,
                commune: ci as u32,
                services: mask(&vocab, VocabKind::Service, &p.services),
                publics: mask(&vocab, VocabKind::Public, &p.publics),
                languages: mask(&vocab, VocabKind::Language, &p.languages),
                accessibility: mask(&vocab, VocabKind::Accessibility, &p.accessibility),
                price,
                hours: hours_id,
                labelled: p.label == LabelStatus::Labelled,
            });
            by_id.insert(p.id, i);
            by_commune[ci].push(i);
            grid.entry(cell_of(pos)).or_default().push(i);

            let mut toks = text::tokens(&p.name);
            toks.extend(text::tokens(&p.organisation));
            for n in commune.name.values() {
                toks.extend(text::tokens(n));
            }
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

        let wheelchair_bit = vocab
            .position(VocabKind::Accessibility, "wheelchair")
            .map_or(0, |i| 1u128 << i);
        let free_price = vocab
            .position(VocabKind::Price, "free")
            .map_or(NONE - 2, |i| i as u32);
        Directory {
            region,
            vocab,
            places,
            entries,
            hours,
            by_id,
            grid,
            tokens,
            by_name,
            by_commune,
            by_postcode,
            wheelchair_bit,
            free_price,
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
