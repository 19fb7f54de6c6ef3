//! Text folding for search: case-, accent- and punctuation-insensitive matching,
//! and ASCII slugs for URLs.

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
}
