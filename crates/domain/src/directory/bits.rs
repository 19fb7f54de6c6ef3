//! Sets of places as bits, one per place in some order (raw-name or
//! folded-name rank, or index): what text searches matching many places
//! combine a word of 64 places at a time. With a million places a set is
//! 125 KB, so a search avoids passes over one: a token's own bits are
//! borrowed, a remembered set is shared, a set's count is kept when known
//! (a token's is its number of places; an intersection counts as it goes),
//! and a set made for a search goes back to the thread's spares when done.

use std::sync::Arc;

/// A set of places as bits, and how many when known.
pub(super) struct Bits<'a> {
    set: Set<'a>,
    count: Option<usize>,
}

enum Set<'a> {
    /// A token's bits in the index.
    Borrowed(&'a [u64]),
    /// A set remembered for the next searches.
    Shared(Arc<Counted>),
    /// Made for this search.
    Owned(Vec<u64>),
}

/// A remembered set with its count.
#[derive(Debug)]
pub(super) struct Counted {
    pub bits: Vec<u64>,
    pub count: usize,
}

impl Counted {
    pub fn new(bits: Vec<u64>) -> Counted {
        let count = count_bits(&bits);
        Counted { bits, count }
    }
}

impl<'a> Bits<'a> {
    pub fn borrowed(bits: &'a [u64], count: Option<usize>) -> Bits<'a> {
        Bits {
            set: Set::Borrowed(bits),
            count,
        }
    }

    pub fn shared(c: Arc<Counted>) -> Bits<'a> {
        Bits {
            count: Some(c.count),
            set: Set::Shared(c),
        }
    }

    pub fn owned(bits: Vec<u64>, count: Option<usize>) -> Bits<'a> {
        Bits {
            set: Set::Owned(bits),
            count,
        }
    }

    /// How many bits are set (a pass over them when not known).
    pub fn count(&self) -> usize {
        self.count.unwrap_or_else(|| count_bits(self))
    }

    /// Is no bit set? (Stops at the first set word when the count is not known.)
    pub fn is_empty(&self) -> bool {
        match self.count {
            Some(c) => c == 0,
            None => self.iter().all(|&w| w == 0),
        }
    }

    /// The bits as a set of one's own (copied unless made for this search).
    pub fn into_owned(mut self) -> Vec<u64> {
        match &mut self.set {
            Set::Owned(v) => std::mem::take(v),
            _ => copy_of(&self),
        }
    }

    /// The places in both sets, counted as they are combined.
    pub fn and(mut self, other: &[u64]) -> Bits<'a> {
        let count = match &mut self.set {
            Set::Owned(v) => and_into_counted(v, other),
            _ => {
                let mut v = spare(self.len());
                let count = and_of_counted(&mut v, &self, other);
                self = Bits::owned(v, None);
                count
            }
        };
        self.count = Some(count);
        self
    }

    /// The places in either set.
    pub fn or(self, other: &[u64]) -> Bits<'a> {
        let mut v = self.into_owned();
        or_into(&mut v, other);
        Bits::owned(v, None)
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
pub(super) fn copy_of(bits: &[u64]) -> Vec<u64> {
    let mut v = spare(bits.len());
    v.extend_from_slice(bits);
    v
}

/// `a &= b`, counting the bits left.
fn and_into_counted(a: &mut [u64], b: &[u64]) -> usize {
    let mut count = 0;
    for (x, y) in a.iter_mut().zip(b) {
        *x &= *y;
        count += x.count_ones() as usize;
    }
    count
}

/// `out = a & b` (`out` empty), counting the bits set.
fn and_of_counted(out: &mut Vec<u64>, a: &[u64], b: &[u64]) -> usize {
    let mut count = 0;
    out.extend(a.iter().zip(b).map(|(x, y)| {
        let w = x & y;
        count += w.count_ones() as usize;
        w
    }));
    count
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
    match SPARE_BITS.with(|s| s.borrow_mut().pop()) {
        Some(mut v) => {
            v.clear();
            v.resize(words, 0);
            v
        }
        None => vec![0u64; words],
    }
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
    bits.iter().map(|w| w.count_ones() as usize).sum()
}

/// Is bit `i` of `bits` set?
#[inline]
pub(super) fn has_bit(bits: &[u64], i: u32) -> bool {
    bits[i as usize >> 6] & (1u64 << (i & 63)) != 0
}

/// Calls `f` with the position of every set bit, ascending, while it returns true.
#[inline]
pub(super) fn for_each_set_bit(bits: &[u64], mut f: impl FnMut(u32) -> bool) {
    for (w, &word) in bits.iter().enumerate() {
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
