//! Text folding for search: case-, accent- and punctuation-insensitive matching,
//! ASCII slugs for URLs, and CSV cells a spreadsheet will not run.

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Folds `s` for matching: lowercase, accents removed, every run of
/// non-alphanumeric characters turned into one space, trimmed.
/// "Molenbeek-Saint-Jean" and "molenbeek saint jean" fold to the same string.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.nfd().filter(|c| !is_combining_mark(*c)) {
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
    fn folds_accents_case_and_punctuation() {
        assert_eq!(fold("Woluwé-Saint-Lambert"), "woluwe saint lambert");
        assert_eq!(fold("  L'Atelier du Web! "), "l atelier du web");
        assert_eq!(fold("ÉCOLE"), "ecole");
        assert_eq!(fold("مكتبة"), "مكتبه".replace('ه', "ة"));
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
