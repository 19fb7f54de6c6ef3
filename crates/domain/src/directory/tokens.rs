//! The words of the places (folded tokens of names, organisations, streets,
//! communes and postcodes) with the places each occurs in, in four flat
//! arrays: about 4 bytes per occurrence and 9 per distinct word, where a
//! `String` and a `Vec` per word took 60 bytes more and two allocations.

use rustc_hash::FxHashMap;

use super::query::DENSE;

/// The sorted distinct tokens and, for each, the ascending indexes of the
/// places that have it: as a list, or as bits when many places have it.
#[derive(Debug, Default)]
pub(super) struct TokenIndex {
    /// Every token, in order, one after the other.
    text: String,
    /// Where token `i` ends in `text` (it starts where `i - 1` ends).
    ends: Vec<u32>,
    /// Where the places of token `i` end in `places` (none for a token
    /// many places have, once [`TokenIndex::add_rank_bits`] gave it bits).
    place_ends: Vec<u32>,
    places: Vec<u32>,
    /// The tokens many places have (a [`DENSE`]-th of them or more), ascending,
    /// with their places as a bitset in raw-name order (see
    /// [`TokenIndex::add_rank_bits`]): `rank_bits[k * words..(k + 1) * words]`
    /// for the `k`-th of them.
    dense: Vec<u32>,
    /// The number of places of each of them.
    dense_counts: Vec<u32>,
    rank_bits: Vec<u64>,
    /// Of each of them, the words of `rank_bits` outside of which all are
    /// zero (see [`super::bits::Bits`]).
    rank_spans: Vec<(u32, u32)>,
    /// The same places as a bitset of their indexes, laid out the same way,
    /// instead of their list (no more bytes): a list of places in ascending
    /// index is looked up there in the order of memory.
    index_bits: Vec<u64>,
    words: usize,
}

impl TokenIndex {
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    fn bounds(ends: &[u32], i: usize) -> (usize, usize) {
        let start = if i == 0 { 0 } else { ends[i - 1] as usize };
        (start, ends[i] as usize)
    }

    /// Token `i`.
    pub fn token(&self, i: usize) -> &str {
        let (a, b) = Self::bounds(&self.ends, i);
        &self.text[a..b]
    }

    /// The places of token `i`, ascending, unless many places have it (then
    /// see [`TokenIndex::index_bits`]).
    pub fn places(&self, i: usize) -> &[u32] {
        let (a, b) = Self::bounds(&self.place_ends, i);
        &self.places[a..b]
    }

    /// The places of token `i` when many places have it: how many, as bits
    /// of their raw-name ranks (with the words outside of which all are zero),
    /// and as bits of their indexes.
    pub fn dense(&self, i: usize) -> Option<DenseToken<'_>> {
        let k = self.dense.binary_search(&(i as u32)).ok()?;
        let words = k * self.words..(k + 1) * self.words;
        let (from, to) = self.rank_spans[k];
        Some(DenseToken {
            count: self.dense_counts[k] as usize,
            ranks: &self.rank_bits[words.clone()],
            span: (from as usize, to as usize),
            bits: &self.index_bits[words],
        })
    }

    /// Gives the tokens of a [`DENSE`]-th of the places or more (`rank[p]`:
    /// the position of place `p` in raw-name order, one per place) a bitset
    /// of their places' ranks, what text searches matching many places
    /// combine a word at a time, and one of their indexes, which replaces
    /// their lists (no more bytes). Called once.
    pub fn add_rank_bits(&mut self, rank: &[u32]) {
        let n = rank.len();
        self.words = n.div_ceil(64);
        self.dense = (0..self.len() as u32)
            .filter(|&i| n > 0 && self.places(i as usize).len().saturating_mul(DENSE) >= n)
            .collect();
        self.rank_bits = vec![0u64; self.dense.len() * self.words];
        self.rank_spans = Vec::with_capacity(self.dense.len());
        self.index_bits = vec![0u64; self.dense.len() * self.words];
        for (k, &i) in self.dense.iter().enumerate() {
            let (a, b) = Self::bounds(&self.place_ends, i as usize);
            let words = k * self.words..(k + 1) * self.words;
            let by_rank = &mut self.rank_bits[words.clone()];
            let by_index = &mut self.index_bits[words];
            for &p in &self.places[a..b] {
                super::bits::set_bit(by_rank, rank[p as usize]);
                super::bits::set_bit(by_index, p);
            }
            let (from, to) = super::bits::span_of(by_rank);
            self.rank_spans.push((from as u32, to as u32));
        }
        // The lists of the others only.
        self.dense_counts = Vec::with_capacity(self.dense.len());
        let mut places = Vec::with_capacity(self.places.len());
        let mut place_ends = Vec::with_capacity(self.place_ends.len());
        let mut next_dense = self.dense.iter().peekable();
        for i in 0..self.len() {
            let (a, b) = Self::bounds(&self.place_ends, i);
            if next_dense.next_if(|&&d| d as usize == i).is_some() {
                self.dense_counts.push((b - a) as u32);
            } else {
                places.extend_from_slice(&self.places[a..b]);
            }
            place_ends.push(places.len() as u32);
        }
        places.shrink_to_fit();
        self.places = places;
        self.place_ends = place_ends;
    }

    /// The position of the first token not below `t`.
    pub fn lower_bound(&self, t: &str) -> usize {
        let (mut lo, mut hi) = (0, self.len());
        while lo < hi {
            let mid = (lo + hi) / 2;
            if self.token(mid) < t {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    }

    /// Bytes held.
    pub fn heap_bytes(&self) -> usize {
        self.text.capacity()
            + 4 * (self.ends.capacity()
                + self.place_ends.capacity()
                + self.places.capacity()
                + self.dense.capacity()
                + self.dense_counts.capacity()
                + 2 * self.rank_spans.capacity())
            + 8 * (self.rank_bits.capacity() + self.index_bits.capacity())
    }
}

/// The places of a token many places have (see [`TokenIndex::dense`]).
#[derive(Clone, Copy)]
pub(super) struct DenseToken<'a> {
    pub count: usize,
    pub ranks: &'a [u64],
    pub span: (usize, usize),
    pub bits: &'a [u64],
}

/// Collects the tokens of places added in ascending order of index.
#[derive(Debug, Default)]
pub(super) struct TokenIndexBuilder {
    ids: FxHashMap<Box<str>, u32>,
    /// The token ids of every place, place after place.
    occurrences: Vec<u32>,
    /// Occurrences per token id.
    counts: Vec<u32>,
    /// Where each place's ids end in `occurrences`.
    place_ends: Vec<u32>,
}

impl TokenIndexBuilder {
    /// The id of a token, given one if new.
    pub fn id(&mut self, t: &str) -> u32 {
        if let Some(&id) = self.ids.get(t) {
            return id;
        }
        let id = self.counts.len() as u32;
        self.ids.insert(t.into(), id);
        self.counts.push(0);
        id
    }

    /// The next place's token ids (in any order, repeats allowed).
    pub fn add_place(&mut self, ids: &mut Vec<u32>) {
        ids.sort_unstable();
        ids.dedup();
        for &id in ids.iter() {
            self.counts[id as usize] += 1;
        }
        self.occurrences.extend_from_slice(ids);
        self.place_ends.push(self.occurrences.len() as u32);
    }

    pub fn finish(self) -> TokenIndex {
        let TokenIndexBuilder {
            ids,
            occurrences,
            counts,
            place_ends: ends_of_place,
        } = self;
        let mut order: Vec<(Box<str>, u32)> = ids.into_iter().collect();
        order.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let mut text = String::with_capacity(order.iter().map(|t| t.0.len()).sum());
        let mut ends = Vec::with_capacity(order.len());
        let mut place_ends = Vec::with_capacity(order.len());
        // Where the next place of each token id goes.
        let mut next = vec![0u32; counts.len()];
        let mut at = 0u32;
        for (token, id) in order {
            text.push_str(&token);
            ends.push(text.len() as u32);
            next[id as usize] = at;
            at += counts[id as usize];
            place_ends.push(at);
        }
        let mut places = vec![0u32; at as usize];
        let mut start = 0usize;
        for (place, &end) in ends_of_place.iter().enumerate() {
            for &id in &occurrences[start..end as usize] {
                places[next[id as usize] as usize] = place as u32;
                next[id as usize] += 1;
            }
            start = end as usize;
        }
        TokenIndex {
            text,
            ends,
            place_ends,
            places,
            ..TokenIndex::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_sorted_with_their_places_ascending() {
        let mut b = TokenIndexBuilder::default();
        for words in [&["rue", "gare", "rue"][..], &["gare"], &[], &["abc", "rue"]] {
            let mut ids: Vec<u32> = words.iter().map(|w| b.id(w)).collect();
            b.add_place(&mut ids);
        }
        let t = b.finish();
        let all: Vec<(&str, &[u32])> = (0..t.len()).map(|i| (t.token(i), t.places(i))).collect();
        assert_eq!(
            all,
            vec![
                ("abc", &[3][..]),
                ("gare", &[0, 1][..]),
                ("rue", &[0, 3][..])
            ]
        );
        assert_eq!(t.lower_bound("b"), 1);
        assert_eq!(t.lower_bound("gare"), 1);
        assert_eq!(t.lower_bound("zzz"), 3);
        assert_eq!(TokenIndexBuilder::default().finish().lower_bound("a"), 0);
    }
}
