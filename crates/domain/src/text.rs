//! Text folding for search: case-, accent- and punctuation-insensitive matching,
//! ASCII slugs for URLs, and CSV cells a spreadsheet will not run.

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Folds `s` for matching: lowercase, accents removed, every run of
/// non-alphanumeric characters turned into one space, trimmed.
/// "Molenbeek-Saint-Jean" and "molenbeek saint jean" fold to the same string.
///
/// Arabic script is folded the way people type it: short vowels and other
/// marks (tashkeel) and the tatweel are dropped, every alef with hamza or madda
/// is a bare alef (the decomposition leaves the alef), taa marbuta is ha,
/// alef maqsura is ya, and the Persian forms of kaf and ya are the Arabic ones.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    if s.is_ascii() {
        // The same as below without the Unicode tables: ASCII has no marks to
        // drop and lowercases by itself.
        for b in s.bytes() {
            if b.is_ascii_alphanumeric() {
                if pending_space && !out.is_empty() {
                    out.push(' ');
                }
                pending_space = false;
                out.push(char::from(b.to_ascii_lowercase()));
            } else {
                pending_space = true;
            }
        }
        return out;
    }
    fold_unicode(s, out)
}

/// [`fold`] of any text, appended to `out`.
fn fold_unicode(s: &str, mut out: String) -> String {
    let mut pending_space = false;
    for c in s.nfd().filter(|c| !is_combining_mark(*c)) {
        let c = match c {
            '\u{0640}' => continue,                // tatweel
            '\u{0629}' => '\u{0647}',              // taa marbuta -> ha
            '\u{0649}' | '\u{06CC}' => '\u{064A}', // alef maqsura, Farsi ya -> ya
            '\u{0671}' => '\u{0627}',              // alef wasla -> alef
            '\u{06A9}' => '\u{0643}',              // keheh -> kaf
            c => c,
        };
        if c.is_alphanumeric() {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.extend(c.to_lowercase());
        } else {
            pending_space = true;
        }
    }
    out
}

/// How many typing mistakes a word of `len` characters may hold and still be
/// recognised: none up to 4 characters, one up to 7, two beyond.
pub fn typo_budget(len: usize) -> usize {
    match len {
        0..=4 => 0,
        5..=7 => 1,
        _ => 2,
    }
}

/// The edit distance between `a` and `b` (insertions, deletions, substitutions
/// and swaps of two neighbouring characters), when it is at most `max`.
pub fn distance_within(a: &[char], b: &[char], max: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    let w = b.len() + 1;
    // Three rows: two back (for swaps), one back, current.
    let mut prev2 = vec![0usize; w];
    let mut prev: Vec<usize> = (0..w).collect();
    let mut cur = vec![0usize; w];
    for i in 1..=a.len() {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..w {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(prev2[j - 2] + 1);
            }
            cur[j] = d;
            row_min = row_min.min(d);
        }
        if row_min > max {
            return None;
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    Some(prev[w - 1]).filter(|&d| d <= max)
}

/// The folded words of `s`.
pub fn tokens(s: &str) -> Vec<String> {
    fold(s)
        .split(' ')
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect()
}

/// An ASCII slug: folded, non-ASCII dropped, spaces as hyphens.
pub fn slug(s: &str) -> String {
    let folded: String = fold(s).chars().filter(|c| c.is_ascii()).collect();
    folded
        .split(' ')
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

/// A CSV cell that a spreadsheet shows as text instead of running it as a
/// formula ("CSV injection"). As OWASP recommends, a value starting with `=`,
/// `+`, `-`, `@`, a tab or a carriage return gets a leading single quote:
/// `=HYPERLINK("http://x","Click")` becomes `'=HYPERLINK("http://x","Click")`,
/// `+32 2 411 23 32` becomes `'+32 2 411 23 32`. A plain number (`-4.35`,
/// `+3225551234`: digits with an optional sign and decimal point) is left as
/// it is: a spreadsheet reads it as a number, never as a formula, and the
/// coordinates and the national standard's phone numbers stay valid.
///
/// Every CSV the project writes passes each cell through this function.
pub fn csv_cell(s: &str) -> Cow<'_, str> {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) && !is_plain_number(s) {
        Cow::Owned(format!("'{s}"))
    } else {
        Cow::Borrowed(s)
    }
}

/// Digits with an optional leading sign and one optional decimal point between digits.
fn is_plain_number(s: &str) -> bool {
    let body = s.strip_prefix(['+', '-']).unwrap_or(s);
    let (int, frac) = match body.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (body, None),
    };
    let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    digits(int) && frac.is_none_or(digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_folds_as_unicode_does() {
        let printable: String = (0x20u8..0x7f).map(char::from).collect();
        let mut rng = 0x2545_f491_4f6c_dd1du64;
        let mut texts = vec![printable.clone(), String::new(), " -A- ".into()];
        for _ in 0..2000 {
            let len = (rng % 24) as usize;
            let t: String = (0..len)
                .map(|_| {
                    rng ^= rng << 13;
                    rng ^= rng >> 7;
                    rng ^= rng << 17;
                    char::from(printable.as_bytes()[(rng % printable.len() as u64) as usize])
                })
                .collect();
            texts.push(t);
        }
        for t in texts {
            assert_eq!(fold(&t), fold_unicode(&t, String::new()), "{t:?}");
        }
    }

    #[test]
    fn folds_accents_case_and_punctuation() {
        assert_eq!(fold("Woluwé-Saint-Lambert"), "woluwe saint lambert");
        assert_eq!(fold("  L'Atelier du Web! "), "l atelier du web");
        assert_eq!(fold("ÉCOLE"), "ecole");
        // Arabic: marks dropped, alef forms unified, taa marbuta = ha, alef maqsura = ya.
        assert_eq!(fold("مَكْتَبَة"), fold("مكتبه"));
        assert_eq!(fold("مكتبة"), "مكتبه");
        assert_eq!(fold("أندرلخت"), "اندرلخت");
        assert_eq!(fold("إكسل"), fold("اكسل"));
        assert_eq!(fold("آمن"), "امن");
        assert_eq!(fold("مستشفى"), "مستشفي");
        assert_eq!(fold("بـروكـسـل"), "بروكسل");
    }

    #[test]
    fn typo_distance_is_bounded() {
        let d = |a: &str, b: &str, max| {
            let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
            distance_within(&a, &b, max)
        };
        assert_eq!(d("molenbek", "molenbeek", 2), Some(1));
        assert_eq!(d("moelnbeek", "molenbeek", 2), Some(1)); // a swap is one mistake
        assert_eq!(d("schaarbeek", "schaerbeek", 1), Some(1));
        assert_eq!(d("anderleht", "anderlecht", 2), Some(1));
        assert_eq!(d("ixelles", "uccle", 2), None);
        assert_eq!(d("same", "same", 0), Some(0));
        assert_eq!(d("abcdef", "abc", 2), None);
        assert_eq!(typo_budget(4), 0);
        assert_eq!(typo_budget(7), 1);
        assert_eq!(typo_budget(8), 2);
    }

    #[test]
    fn slugs_are_ascii() {
        assert_eq!(slug("Molenbeek-Saint-Jean"), "molenbeek-saint-jean");
        assert_eq!(slug("Saint-Josse-ten-Noode"), "saint-josse-ten-noode");
    }

    #[test]
    fn csv_cells_never_start_a_formula() {
        for (raw, want) in [
            (
                "=HYPERLINK(\"http://x\",\"Click\")",
                "'=HYPERLINK(\"http://x\",\"Click\")",
            ),
            ("@cmd", "'@cmd"),
            ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
            ("-2+3", "'-2+3"),
            ("\t=1", "'\t=1"),
            ("\r=1", "'\r=1"),
            ("+32 2 411 23 32", "'+32 2 411 23 32"),
            ("-", "'-"),
            ("EPN =1", "EPN =1"),
            ("", ""),
            ("-4.35", "-4.35"),
            ("+3225551234", "+3225551234"),
            ("50.8466", "50.8466"),
            ("-1e5", "'-1e5"),
            ("-.5", "'-.5"),
        ] {
            assert_eq!(csv_cell(raw), want, "{raw:?}");
        }
    }
}
