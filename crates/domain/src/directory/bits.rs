//! Sets of places as bits, one per place in some order (raw-name or
//! folded-name rank, or index): what text searches matching many places
//! combine a word of 64 places at a time. With a million places a set is
//! 125 KB, so a search avoids passes over one: a token's own bits are
//! borrowed, a remembered set is shared, a set's count is kept when known
//! (a token's is its number of places; an intersection counts as it goes),
//! and a set made for a search goes back to the thread's spares when done.

use std::sync::Arc;

/// A set of places as bits, how many when known, and the words outside of
/// which all are zero (places are ranked by name, and the places of a word
/// that starts names, "EPN" or "Projet", are a run of ranks: a search that
/// combines it with another word or reads its first places skips the rest).
pub(super) struct Bits<'a> {
    set: Set<'a>,
    count: Option<usize>,
    span: (usize, usize),
}

enum Set<'a> {
    /// A token's bits in the index.
    Borrowed(&'a [u64]),
    /// A set remembered for the next searches.
    Shared(Arc<Counted>),
    /// Made for this search.
    Owned(Vec<u64>),
}

/// A remembered set with its count and span (see [`Bits`]).
#[derive(Debug)]
pub(super) struct Counted {
    pub bits: Vec<u64>,
    pub count: usize,
    pub span: (usize, usize),
}

impl Counted {
    pub fn new(bits: Vec<u64>) -> Counted {
        let count = count_bits(&bits);
        let span = span_of(&bits);
        Counted { bits, count, span }
    }
}

/// The words outside of which all are zero: from the first set word to
/// after the last (an empty span for no set bit).
pub(super) fn span_of(bits: &[u64]) -> (usize, usize) {
    match bits.iter().position(|&w| w != 0) {
        None => (0, 0),
        Some(first) => (
            first,
            bits.iter().rposition(|&w| w != 0).unwrap_or(first) + 1,
        ),
    }
}

impl<'a> Bits<'a> {
    pub fn borrowed(bits: &'a [u64], count: Option<usize>, span: (usize, usize)) -> Bits<'a> {
        Bits {
            set: Set::Borrowed(bits),
            count,
            span,
        }
    }

    pub fn shared(c: Arc<Counted>) -> Bits<'a> {
        Bits {
            count: Some(c.count),
            span: c.span,
            set: Set::Shared(c),
        }
    }

    pub fn owned(bits: Vec<u64>, count: Option<usize>) -> Bits<'a> {
        Bits {
            span: (0, bits.len()),
            set: Set::Owned(bits),
            count,
        }
    }

    /// The words outside of which all are zero.
    pub fn span(&self) -> (usize, usize) {
        self.span
    }

    /// How many bits are set (a pass over them when not known).
    pub fn count(&self) -> usize {
        self.count
            .unwrap_or_else(|| count_bits(&self[self.span.0..self.span.1]))
    }

    /// Is no bit set? (Stops at the first set word when the count is not known.)
    pub fn is_empty(&self) -> bool {
        match self.count {
            Some(c) => c == 0,
            None => self[self.span.0..self.span.1].iter().all(|&w| w == 0),
        }
    }

    /// The bits as a set of one's own (copied unless made for this search).
    pub fn into_owned(mut self) -> Vec<u64> {
        match &mut self.set {
            Set::Owned(v) => std::mem::take(v),
            _ => copy_of(&self),
        }
    }

    /// The places in both sets, counted as they are combined (only the
    /// words where both can have places are read).
    pub fn and(mut self, other: &Bits<'_>) -> Bits<'a> {
        let (from, to) = (self.span.0.max(other.span.0), self.span.1.min(other.span.1));
        let (from, to) = if from < to { (from, to) } else { (0, 0) };
        let count = match &mut self.set {
            Set::Owned(v) => {
                // Zero what the new span leaves of the old (inside it when not empty).
                let (was_from, was_to) = self.span;
                if from == to {
                    v[was_from..was_to].fill(0);
                    0
                } else {
                    v[was_from..from].fill(0);
                    v[to..was_to].fill(0);
                    and_into_counted(&mut v[from..to], &other[from..to])
                }
            }
            _ => {
                let len = self.len();
                let mut v = spare(len);
                v.resize(from, 0);
                let count = and_of_counted(&mut v, &self[from..to], &other[from..to]);
                v.resize(len, 0);
                self = Bits::owned(v, None);
                count
            }
        };
        self.count = Some(count);
        self.span = (from, to);
        self
    }

    /// The places in either set.
    pub fn or(self, other: &Bits<'_>) -> Bits<'a> {
        let span = match (self.span, other.span) {
            ((a, b), o) if a == b => o,
            (s, (a, b)) if a == b => s,
            ((a, b), (c, d)) => (a.min(c), b.max(d)),
        };
        let (from, to) = other.span;
        let mut v = self.into_owned();
        or_into(&mut v[from..to], &other[from..to]);
        Bits {
            set: Set::Owned(v),
            count: None,
            span,
        }
    }
}

impl std::ops::Deref for Bits<'_> {
    type Target = [u64];

    fn deref(&self) -> &[u64] {
        match &self.set {
            Set::Borrowed(b) => b,
            Set::Shared(c) => &c.bits,
            Set::Owned(v) => v,
        }
    }
}

impl Drop for Bits<'_> {
    fn drop(&mut self) {
        match std::mem::replace(&mut self.set, Set::Borrowed(&[])) {
            Set::Owned(v) => give_back(v),
            Set::Shared(c) => {
                // Forgotten by the memo meanwhile: its bits serve again.
                if let Ok(c) = Arc::try_unwrap(c) {
                    give_back(c.bits);
                }
            }
            Set::Borrowed(_) => {}
        }
    }
}

impl std::fmt::Debug for Bits<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Bits")
            .field("words", &self.len())
            .field("count", &self.count)
            .finish()
    }
}

/// An empty vector with room for `words` words (a spare one when there is).
fn spare(words: usize) -> Vec<u64> {
    let mut v = SPARE_BITS
        .with(|s| s.borrow_mut().pop())
        .unwrap_or_default();
    v.clear();
    v.reserve(words);
    v
}

/// A copy of `bits` (written once, not zeroed first).
fn copy_of(bits: &[u64]) -> Vec<u64> {
    let mut v = spare(bits.len());
    v.extend_from_slice(bits);
    v
}

/// Runs one of the passes below compiled for the processor's AVX2 and
/// popcount instructions when it has them (x86-64's baseline has neither:
/// a word's popcount is then a dozen instructions, and the passes that
/// count a million places' bits take a third longer).
macro_rules! with_fast_popcount {
    ($generic:ident, $fast:ident, ($($arg:ident: $ty:ty),*) -> $ret:ty) => {
        #[cfg(target_arch = "x86_64")]
        #[target_feature(enable = "avx2,popcnt")]
        fn $fast($($arg: $ty),*) -> $ret {
            $generic($($arg),*)
        }

        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("avx2")
            && std::arch::is_x86_feature_detected!("popcnt")
        {
            // SAFETY: the processor has both features (checked just above).
            return unsafe { $fast($($arg),*) };
        }
        return $generic($($arg),*);
    };
}

/// `a &= b`, counting the bits left.
fn and_into_counted(a: &mut [u64], b: &[u64]) -> usize {
    #[inline(always)]
    fn generic(a: &mut [u64], b: &[u64]) -> usize {
        let mut count = 0;
        for (x, y) in a.iter_mut().zip(b) {
            *x &= *y;
            count += x.count_ones() as usize;
        }
        count
    }
    with_fast_popcount!(generic, fast, (a: &mut [u64], b: &[u64]) -> usize);
}

/// `out = a & b` (`out` empty), counting the bits set.
fn and_of_counted(out: &mut Vec<u64>, a: &[u64], b: &[u64]) -> usize {
    #[inline(always)]
    fn generic(out: &mut Vec<u64>, a: &[u64], b: &[u64]) -> usize {
        let mut count = 0;
        out.extend(a.iter().zip(b).map(|(x, y)| {
            let w = x & y;
            count += w.count_ones() as usize;
            w
        }));
        count
    }
    with_fast_popcount!(generic, fast, (out: &mut Vec<u64>, a: &[u64], b: &[u64]) -> usize);
}

/// Sets bit `i` of `bits`.
#[inline]
pub(super) fn set_bit(bits: &mut [u64], i: u32) {
    bits[i as usize >> 6] |= 1u64 << (i & 63);
}

thread_local! {
    /// Bitsets a search of this thread gave back, for its next search: with
    /// a million places each is 125 KB, which the system allocator maps,
    /// faults in page by page and unmaps every time.
    static SPARE_BITS: std::cell::RefCell<Vec<Vec<u64>>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// A bitset of `words` zero words, one given back earlier when there is.
pub(super) fn zeroed_bits(words: usize) -> Vec<u64> {
    let mut v = spare(words);
    v.resize(words, 0);
    v
}

/// Gives a bitset back for this thread's next search (up to 8 are kept).
pub(super) fn give_back(v: Vec<u64>) {
    if v.capacity() > 0 {
        SPARE_BITS.with(|s| {
            let mut s = s.borrow_mut();
            if s.len() < 8 {
                s.push(v);
            }
        });
    }
}

/// `a |= b`, word by word.
pub(super) fn or_into(a: &mut [u64], b: &[u64]) {
    for (x, y) in a.iter_mut().zip(b) {
        *x |= *y;
    }
}

/// How many bits are set.
pub(super) fn count_bits(bits: &[u64]) -> usize {
    #[inline(always)]
    fn generic(bits: &[u64]) -> usize {
        bits.iter().map(|w| w.count_ones() as usize).sum()
    }
    with_fast_popcount!(generic, fast, (bits: &[u64]) -> usize);
}

/// Is bit `i` of `bits` set?
#[inline]
pub(super) fn has_bit(bits: &[u64], i: u32) -> bool {
    bits[i as usize >> 6] & (1u64 << (i & 63)) != 0
}

/// Calls `f` with the position of every set bit, ascending, while it returns true.
#[inline]
pub(super) fn for_each_set_bit(bits: &[u64], f: impl FnMut(u32) -> bool) {
    for_each_set_bit_in(bits, (0, bits.len()), f);
}

/// [`for_each_set_bit`] over the words `span` (those outside are zero).
#[inline]
pub(super) fn for_each_set_bit_in(
    bits: &[u64],
    span: (usize, usize),
    mut f: impl FnMut(u32) -> bool,
) {
    for (w, &word) in bits[span.0..span.1].iter().enumerate() {
        let w = w + span.0;
        let mut x = word;
        while x != 0 {
            let t = x.trailing_zeros();
            if !f(((w as u32) << 6) | t) {
                return;
            }
            x &= x - 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Random words, zero outside a random run of them.
    fn random_set(rng: &mut fastrand::Rng, words: usize) -> (Vec<u64>, (usize, usize)) {
        let a = rng.usize(0..=words);
        let b = rng.usize(a..=words);
        let v: Vec<u64> = (0..words)
            .map(|w| {
                if (a..b).contains(&w) {
                    rng.u64(..) & rng.u64(..)
                } else {
                    0
                }
            })
            .collect();
        (v, (a, b))
    }

    #[test]
    fn and_and_or_give_the_words_and_counts_of_a_plain_pass() {
        let mut rng = fastrand::Rng::with_seed(9);
        for round in 0..500 {
            let words = rng.usize(1..40);
            let sets: Vec<_> = (0..4).map(|_| random_set(&mut rng, words)).collect();
            // A borrowed set with its span, or one of this search's own.
            let bits = |k: usize| {
                let (v, span) = &sets[k];
                if (round + k).is_multiple_of(2) {
                    Bits::borrowed(v, Some(count_bits(v)), *span)
                } else {
                    Bits::owned(v.clone(), None)
                }
            };
            let plain_and: Vec<u64> = (0..words)
                .map(|w| sets[0].0[w] & sets[1].0[w] & sets[2].0[w])
                .collect();
            let and = bits(0).and(&bits(1)).and(&bits(2));
            assert_eq!(&*and, &plain_and[..]);
            assert_eq!(and.count(), count_bits(&plain_and));
            assert_eq!(and.is_empty(), plain_and.iter().all(|&w| w == 0));
            let (from, to) = and.span();
            assert!(
                plain_and[..from]
                    .iter()
                    .chain(&plain_and[to..])
                    .all(|&w| w == 0)
            );
            let plain_or: Vec<u64> = (0..words)
                .map(|w| (sets[0].0[w] & sets[1].0[w] & sets[2].0[w]) | sets[3].0[w])
                .collect();
            let or = and.or(&bits(3));
            assert_eq!(&*or, &plain_or[..]);
            assert_eq!(or.count(), count_bits(&plain_or));
            let (from, to) = or.span();
            assert!(
                plain_or[..from]
                    .iter()
                    .chain(&plain_or[to..])
                    .all(|&w| w == 0)
            );
            let mut first = Vec::new();
            for_each_set_bit_in(&or, or.span(), |b| {
                first.push(b);
                first.len() < 5
            });
            let mut expected = Vec::new();
            for_each_set_bit(&plain_or, |b| {
                expected.push(b);
                expected.len() < 5
            });
            assert_eq!(first, expected);
        }
    }

    #[test]
    fn a_span_runs_from_the_first_set_word_to_after_the_last() {
        assert_eq!(span_of(&[0, 0, 4, 0, 1, 0]), (2, 5));
        assert_eq!(span_of(&[0, 0]), (0, 0));
        assert_eq!(span_of(&[1]), (0, 1));
    }
}
