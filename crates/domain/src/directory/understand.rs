//! Reading the free text of a search: which parts say where (a postcode, a
//! commune, a district), which say what (a service, a public, a kind of place)
//! and which are words of a name or a street. Typing mistakes are corrected
//! against the region's names, the word list and the directory's own words,
//! only when the word as typed matches nothing.

use super::bits::{has_bit, set_bit, zeroed_bits};
use super::index::{Directory, letter_set};
use super::query::{Matched, hash_key};
use super::words::Meaning;
use crate::text;
use crate::vocab::VocabKind;

/// A vocabulary word of the search: a place passes when it offers one of the
/// services, addresses one of the publics, or holds the word in its name.
#[derive(Debug, Clone, Default)]
pub(super) struct AnyOf {
    pub services: u64,
    pub publics: u64,
    /// Places whose tokens start with the word as typed (ascending), when
    /// they are not many.
    pub names: Vec<u32>,
    /// The same as bits by place index, when the list is long.
    pub names_bits: Option<Vec<u64>>,
    /// The places, when many, as bits of their raw-name ranks (`names` empty).
    pub names_ranks: Option<Vec<u64>>,
    /// The word's tokens, hashed: what decides the places in its name.
    pub key: u64,
}

impl AnyOf {
    /// Makes [`AnyOf::has_name`] a bit test when the list is long.
    pub fn index_names(&mut self, places: usize) {
        if self.names.len() > 64 && self.names_bits.is_none() {
            let mut bits = zeroed_bits(places.div_ceil(64));
            for &i in &self.names {
                set_bit(&mut bits, i);
            }
            self.names_bits = Some(bits);
        }
    }

    /// Does place `i` hold the word in its name? (`raw_rank`: the
    /// directory's rank of each place in raw-name order.)
    #[inline]
    pub fn has_name(&self, i: u32, raw_rank: &[u32]) -> bool {
        if let Some(r) = &self.names_ranks {
            return has_bit(r, raw_rank[i as usize]);
        }
        match &self.names_bits {
            Some(b) => has_bit(b, i),
            None => self.names.binary_search(&i).is_ok(),
        }
    }
}

/// One word (or run of words) of a name: any of the alternatives, each a run
/// of tokens that must all match (prefix match from 3 characters).
pub(super) type NameTerm = Vec<Vec<String>>;

#[derive(Debug, Clone, Default)]
pub(super) struct Understood {
    /// A postcode of the region, typed or named by a district.
    pub postcode: Option<String>,
    /// Four digits the region does not know: only places with that postcode.
    pub other_postcode: Option<String>,
    pub communes: Vec<usize>,
    pub any: Vec<AnyOf>,
    pub names: Vec<NameTerm>,
    /// The text with every corrected word replaced, when one was corrected.
    pub corrected: Option<String>,
}

impl Directory {
    pub(super) fn understand(&self, folded: &str, lang: Option<&str>) -> Understood {
        let mut u = Understood::default();
        if folded.is_empty() {
            return u;
        }
        // The whole text naming communes (even many, "saint") reads as before.
        let whole = self.region.match_communes(folded);
        if !whole.is_empty() {
            u.communes = whole;
            return u;
        }
        let words: Vec<&str> = folded.split(' ').collect();
        let max = self.words.max_words.max(4);
        let mut out_words: Vec<String> = Vec::with_capacity(words.len());
        let mut corrected = false;
        let mut loose: Vec<&str> = Vec::new();
        let mut i = 0;
        'outer: while i < words.len() {
            for len in (1..=max.min(words.len() - i)).rev() {
                let phrase = words[i..i + len].join(" ");
                if len == 1 && phrase.len() == 4 && phrase.bytes().all(|b| b.is_ascii_digit()) {
                    if self.region.postcode(&phrase).is_some() {
                        u.postcode.get_or_insert(phrase.clone());
                    } else {
                        u.other_postcode.get_or_insert(phrase.clone());
                    }
                    out_words.push(phrase);
                    i += 1;
                    continue 'outer;
                }
                let communes = self.region.match_communes(&phrase);
                if !communes.is_empty()
                    && (communes.len() <= 2 || self.region.is_commune_name(&phrase))
                {
                    u.communes.extend(communes);
                    out_words.push(phrase);
                    i += len;
                    continue 'outer;
                }
                if let Some(d) = self.region.match_district(&phrase) {
                    u.postcode.get_or_insert(d.postcode.clone());
                    out_words.push(phrase);
                    i += len;
                    continue 'outer;
                }
                let page_stop = len == 1 && lang.is_some() && self.words.is_stopword(&phrase, lang);
                if !page_stop && let Some(m) = self.words.meaning(&phrase) {
                    self.add_meanings(&mut u, m, &phrase);
                    out_words.push(phrase);
                    i += len;
                    continue 'outer;
                }
            }
            let w = words[i];
            out_words.push(w.to_owned());
            if !(self.words.is_stopword(w, lang)
                || self.words.is_stopword(w, None)
                || self.words.is_ignored(w))
            {
                loose.push(w);
            }
            i += 1;
        }
        if u.postcode.is_none()
            && u.other_postcode.is_none()
            && u.communes.is_empty()
            && u.any.is_empty()
            && u.names.is_empty()
            && loose.is_empty()
        {
            // Only small words ("de", "informatique"): search them as they are.
            loose = words.clone();
        }
        for w in loose {
            if self.has_token(w) {
                u.names.push(vec![vec![w.to_owned()]]);
                continue;
            }
            // Nothing starts with the word as typed: a typing mistake?
            if let Some((fixed, found)) = self.region.correct_place_word(w) {
                match found {
                    Ok(communes) => u.communes.extend(communes),
                    Err(d) => {
                        u.postcode
                            .get_or_insert(self.region.districts[d].postcode.clone());
                    }
                }
                replace(&mut out_words, w, &fixed);
                corrected = true;
                continue;
            }
            if let Some(fixed) = self.words.correct(w) {
                let fixed = fixed.to_owned();
                if let Some(m) = self.words.meaning(&fixed) {
                    self.add_meanings(&mut u, m, &fixed);
                }
                replace(&mut out_words, w, &fixed);
                corrected = true;
                continue;
            }
            let near = self.close_tokens(w);
            if let Some(first) = near.first() {
                replace(&mut out_words, w, first);
                corrected = true;
                u.names.push(near.into_iter().map(|t| vec![t]).collect());
            } else {
                u.names.push(vec![vec![w.to_owned()]]);
            }
        }
        u.communes.sort_unstable();
        u.communes.dedup();
        if corrected {
            u.corrected = Some(out_words.join(" "));
        }
        u
    }

    fn add_meanings(&self, u: &mut Understood, meanings: &[Meaning], phrase: &str) {
        let mut any = AnyOf::default();
        let mut names: NameTerm = Vec::new();
        for m in meanings {
            match m {
                Meaning::Services(codes) => {
                    for c in codes {
                        if let Some(i) = self
                            .vocab
                            .position(VocabKind::Service, c)
                            .filter(|&i| i < 64)
                        {
                            any.services |= 1 << i;
                        }
                    }
                }
                Meaning::Publics(codes) => {
                    for c in codes {
                        if let Some(i) = self
                            .vocab
                            .position(VocabKind::Public, c)
                            .filter(|&i| i < 64)
                        {
                            any.publics |= 1 << i;
                        }
                    }
                }
                Meaning::Names(alts) => names.extend(alts.iter().cloned()),
            }
        }
        if any.services != 0 || any.publics != 0 {
            // The word in a name counts too ("Repair Café" offers repairs).
            let toks = text::tokens(phrase);
            any.key = hash_key(&toks);
            match self.match_terms_set(&[vec![toks]]) {
                Matched::List(l) => any.names = l,
                Matched::Ranks(r) => any.names_ranks = Some(r.into_owned()),
            }
            u.any.push(any);
        } else if !names.is_empty() {
            u.names.push(names);
        }
    }

    /// Does a token start with `w` (or equal it, for words under 3 characters)?
    fn has_token(&self, w: &str) -> bool {
        let start = self.tokens.lower_bound(w);
        (start < self.tokens.len())
            .then(|| self.tokens.token(start))
            .is_some_and(|k| {
                if w.chars().count() >= 3 {
                    k.starts_with(w)
                } else {
                    k == w
                }
            })
    }

    /// The directory's tokens closest to `w` within its typo budget (at most 20).
    fn close_tokens(&self, w: &str) -> Vec<String> {
        let chars: Vec<char> = w.chars().collect();
        let budget = text::typo_budget(chars.len());
        if budget == 0 || chars.iter().any(|c| c.is_numeric()) {
            return Vec::new();
        }
        let mut best = budget + 1;
        let mut found: Vec<u32> = Vec::new();
        let lo = chars.len().saturating_sub(budget);
        let hi = (chars.len() + budget).min(self.typo_buckets.len().saturating_sub(1));
        let set = letter_set(&chars);
        for len in lo..=hi {
            for (t, ti, t_set) in self.typo_buckets.get(len).map_or(&[][..], Vec::as_slice) {
                if (set ^ t_set).count_ones() as usize > 2 * best.min(budget) {
                    continue;
                }
                if let Some(d) = text::distance_within(&chars, t, best.min(budget)) {
                    if d < best {
                        best = d;
                        found.clear();
                    }
                    if found.len() < 20 {
                        found.push(*ti);
                    }
                }
            }
        }
        found
            .into_iter()
            .map(|ti| self.tokens.token(ti as usize).to_owned())
            .collect()
    }
}

fn replace(words: &mut [String], from: &str, to: &str) {
    if let Some(w) = words.iter_mut().find(|w| w.as_str() == from) {
        *w = to.to_owned();
    }
}
