//! The words people type and what they mean for the directory
//! (`data/search-words.toml`): services, publics, kinds of place, stop words.

use std::collections::{HashMap, HashSet};

use serde::Deserialize;

use crate::text;

/// The shipped word list.
pub const SHIPPED: &str = include_str!("../../../../data/search-words.toml");

#[derive(Debug, Deserialize)]
struct WordsFile {
    #[serde(default)]
    services: Vec<CodeWords>,
    #[serde(default)]
    publics: Vec<CodeWords>,
    #[serde(default)]
    kinds: Vec<KindWords>,
    #[serde(default)]
    stopwords: HashMap<String, Vec<String>>,
    #[serde(default)]
    ignore: Ignore,
}

#[derive(Debug, Deserialize)]
struct CodeWords {
    codes: Vec<String>,
    #[serde(flatten)]
    words: HashMap<String, Vec<String>>,
}

#[derive(Debug, Deserialize)]
struct KindWords {
    #[allow(dead_code)]
    code: String,
    #[serde(flatten)]
    words: HashMap<String, Vec<String>>,
}

#[derive(Debug, Default, Deserialize)]
struct Ignore {
    #[serde(default)]
    words: Vec<String>,
}

/// What a word (or a run of words) of a search means.
#[derive(Debug, Clone, PartialEq)]
pub enum Meaning {
    /// Places offering any of these services (codes).
    Services(Vec<String>),
    /// Places addressing any of these publics (codes).
    Publics(Vec<String>),
    /// Places whose name holds one of these runs of words (a kind of place).
    Names(Vec<Vec<String>>),
}

/// The word list, folded and ready for lookups.
#[derive(Debug, Clone, Default)]
pub struct SearchWords {
    /// Folded phrase → what it means.
    phrases: HashMap<String, Vec<Meaning>>,
    /// The longest phrase, in words.
    pub max_words: usize,
    /// Language → folded stop words.
    stop: HashMap<String, HashSet<String>>,
    ignore: HashSet<String>,
    /// Single-word phrases of 5+ letters, for typo matching.
    typo: Vec<(Vec<char>, String)>,
}

impl SearchWords {
    pub fn from_toml(src: &str) -> Result<SearchWords, toml::de::Error> {
        let f: WordsFile = toml::from_str(src)?;
        let mut w = SearchWords::default();
        let add = |phrase: &str, m: Meaning, w: &mut SearchWords| {
            let folded = text::fold(phrase);
            if folded.is_empty() {
                return;
            }
            w.max_words = w.max_words.max(folded.split(' ').count());
            let list = w.phrases.entry(folded).or_default();
            if !list.contains(&m) {
                list.push(m);
            }
        };
        for c in &f.services {
            for words in c.words.values() {
                for p in words {
                    add(p, Meaning::Services(c.codes.clone()), &mut w);
                }
            }
        }
        for c in &f.publics {
            for words in c.words.values() {
                for p in words {
                    add(p, Meaning::Publics(c.codes.clone()), &mut w);
                }
            }
        }
        for k in &f.kinds {
            let mut alts: Vec<Vec<String>> = k
                .words
                .values()
                .flatten()
                .map(|p| text::tokens(p))
                .filter(|t| !t.is_empty())
                .collect();
            alts.sort();
            alts.dedup();
            for p in k.words.values().flatten() {
                add(p, Meaning::Names(alts.clone()), &mut w);
            }
        }
        for (lang, words) in &f.stopwords {
            w.stop
                .insert(lang.clone(), words.iter().map(|s| text::fold(s)).collect());
        }
        w.ignore = f.ignore.words.iter().map(|s| text::fold(s)).collect();
        w.typo = w
            .phrases
            .keys()
            .filter(|p| !p.contains(' ') && p.chars().count() >= 5)
            .map(|p| (p.chars().collect(), p.clone()))
            .collect();
        w.typo.sort();
        Ok(w)
    }

    /// The shipped list (`data/search-words.toml`), parsed once per process:
    /// every directory rebuild (after each write) shares it.
    pub fn shipped() -> std::sync::Arc<SearchWords> {
        static WORDS: std::sync::LazyLock<std::sync::Arc<SearchWords>> =
            std::sync::LazyLock::new(|| {
                std::sync::Arc::new(
                    SearchWords::from_toml(SHIPPED).expect("shipped search words are valid"),
                )
            });
        WORDS.clone()
    }

    /// What a folded phrase means, if anything.
    pub fn meaning(&self, folded: &str) -> Option<&[Meaning]> {
        self.phrases.get(folded).map(Vec::as_slice)
    }

    /// Is `word` a small word to leave out, in `lang` (or in any language when None)?
    pub fn is_stopword(&self, word: &str, lang: Option<&str>) -> bool {
        match lang {
            Some(l) => self.stop.get(l).is_some_and(|s| s.contains(word)),
            None => self.stop.values().any(|s| s.contains(word)),
        }
    }

    /// Is `word` a word that says nothing here ("informatique")?
    pub fn is_ignored(&self, word: &str) -> bool {
        self.ignore.contains(word)
    }

    /// The known word closest to `word` within its typo budget.
    pub fn correct(&self, word: &str) -> Option<&str> {
        let chars: Vec<char> = word.chars().collect();
        let budget = text::typo_budget(chars.len());
        if budget == 0 {
            return None;
        }
        let mut best: Option<(usize, &str)> = None;
        for (c, s) in &self.typo {
            if let Some(d) = text::distance_within(&chars, c, budget)
                && best.is_none_or(|(b, _)| d < b)
            {
                best = Some((d, s));
            }
        }
        best.map(|(_, s)| s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_words_name_known_codes() {
        let w = SearchWords::shipped();
        let vocab = crate::vocab::Vocabularies::from_toml(include_str!(
            "../../../../data/vocabularies.toml"
        ))
        .unwrap();
        for list in w.phrases.values() {
            for m in list {
                match m {
                    Meaning::Services(codes) => {
                        for c in codes {
                            assert!(vocab.contains(crate::vocab::VocabKind::Service, c), "{c}");
                        }
                    }
                    Meaning::Publics(codes) => {
                        for c in codes {
                            assert!(vocab.contains(crate::vocab::VocabKind::Public, c), "{c}");
                        }
                    }
                    Meaning::Names(_) => {}
                }
            }
        }
        assert!(matches!(w.meaning("wifi"), Some([Meaning::Services(_)])));
        assert!(w.meaning(&text::fold("مكتبة")).is_some());
        assert!(w.is_stopword("les", Some("fr")));
        assert!(!w.is_stopword("les", Some("nl")));
        assert_eq!(w.correct("imprimmer"), Some("imprimer"));
    }
}
