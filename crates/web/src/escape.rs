//! Finding the bytes to escape eight at a time, for the HTML escaper
//! (`i18n::escape_to`) and the API's JSON (`api::json`): the text of a page
//! or an answer nearly never holds one, and a word of eight bytes without one
//! is copied on without looking at each byte.

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `w` equal to `b` (and maybe of bytes above
/// one that is: only "is there one" is exact, which is all [`find`] asks).
#[inline]
pub fn bytes_equal(w: u64, b: u8) -> u64 {
    let x = w ^ (ONES * u64::from(b));
    x.wrapping_sub(ONES) & !x & HIGHS
}

/// As [`bytes_equal`], for the bytes of `w` below `n` (`n` ≤ 128).
#[inline]
pub fn bytes_below(w: u64, n: u8) -> u64 {
    w.wrapping_sub(ONES * u64::from(n)) & !w & HIGHS
}

/// Does no byte of `bytes` need escaping, by `any` and `special` (as in
/// [`find`])? The common case, answered for a short text byte by byte and
/// for a longer one eight bytes at a time, its last word read where it ends
/// (overlapping the one before: `any` only says whether there is one). The
/// tail is never copied into a padded word: writing bytes one by one and
/// reading them back as a word stalled the processor (half of the JSON
/// writer's time).
#[inline]
fn clean(bytes: &[u8], any: impl Fn(u64) -> bool, special: impl Fn(u8) -> bool) -> bool {
    if bytes.len() < 8 {
        return !bytes.iter().any(|&b| special(b));
    }
    let mut words = bytes.chunks_exact(8);
    for word in &mut words {
        if any(word_at(word)) {
            return false;
        }
    }
    words.remainder().is_empty() || !any(word_at(&bytes[bytes.len() - 8..]))
}

/// The eight bytes at the start of `bytes` (at least eight), little-endian.
#[inline]
fn word_at(bytes: &[u8]) -> u64 {
    let mut eight = [0u8; 8];
    eight.copy_from_slice(&bytes[..8]);
    u64::from_le_bytes(eight)
}

/// The position of the first byte of `bytes[from..]` that `special` flags,
/// or the length when none does. `any` says whether eight bytes (read
/// little-endian) hold such a byte; it must never say no when one does.
#[inline]
fn find(
    bytes: &[u8],
    from: usize,
    any: impl Fn(u64) -> bool,
    special: impl Fn(u8) -> bool,
) -> usize {
    let mut i = from;
    while let Some(word) = bytes.get(i..i + 8) {
        if any(word_at(word)) {
            break;
        }
        i += 8;
    }
    while i < bytes.len() && !special(bytes[i]) {
        i += 1;
    }
    i
}

/// Calls `f` with each run of `bytes` that needs no escaping and the byte
/// that ends it (`None` after the last run): the whole text in one call
/// when, as nearly always, nothing in it needs escaping. `any` and
/// `special` as in [`find`].
#[inline]
pub fn each_run(
    bytes: &[u8],
    any: impl Fn(u64) -> bool,
    special: impl Fn(u8) -> bool,
    mut f: impl FnMut(std::ops::Range<usize>, Option<u8>),
) {
    if clean(bytes, &any, &special) {
        f(0..bytes.len(), None);
        return;
    }
    let mut start = 0;
    loop {
        let i = find(bytes, start, &any, &special);
        let Some(&b) = bytes.get(i) else { break };
        f(start..i, Some(b));
        start = i + 1;
    }
    f(start..bytes.len(), None);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each byte value at each position of a word and in the tail is found
    /// exactly when it is special, after any number of plain bytes.
    #[test]
    fn every_special_byte_is_found_where_it_is() {
        let any =
            |w: u64| (bytes_below(w, 0x20) | bytes_equal(w, b'"') | bytes_equal(w, b'&')) != 0;
        let special = |b: u8| b < 0x20 || b == b'"' || b == b'&';
        for b in 0..=255u8 {
            for pad in 0..20 {
                let mut s = vec![b'a'; pad];
                s.push(b);
                s.extend_from_slice(b"zzzzzzzzz");
                let at = find(&s, 0, any, special);
                assert_eq!(
                    at,
                    if special(b) { pad } else { s.len() },
                    "byte {b} after {pad}"
                );
                assert_eq!(clean(&s, any, special), !special(b));
                assert_eq!(clean(&s[..=pad], any, special), !special(b));
                // High bytes (UTF-8) next to a special one do not hide it.
                let mut t = vec![0xc3u8; pad];
                t.push(b);
                if special(b) {
                    assert_eq!(find(&t, 0, any, special), pad);
                }
            }
        }
    }
}
