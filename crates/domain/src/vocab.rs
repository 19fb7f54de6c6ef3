//! Controlled vocabularies (services, publics, languages, accessibility, prices):
//! stable codes, loaded from data, mapped to the French national standard.
//! Labels live in the translation files under `<kind>-<code>` keys.

use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
pub struct Term {
    pub code: String,
    /// The closest value of the "lieux de médiation numérique" standard.
    pub mednum: Option<String>,
    pub note: Option<String>,
}

/// Which vocabulary a code belongs to; also the prefix of its label key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VocabKind {
    Service,
    Public,
    Language,
    Accessibility,
    Price,
}

impl VocabKind {
    pub fn key_prefix(self) -> &'static str {
        match self {
            VocabKind::Service => "service",
            VocabKind::Public => "public",
            VocabKind::Language => "language",
            VocabKind::Accessibility => "accessibility",
            VocabKind::Price => "price",
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
pub struct Vocabularies {
    pub services: Vec<Term>,
    pub publics: Vec<Term>,
    pub languages: Vec<Term>,
    pub accessibility: Vec<Term>,
    pub prices: Vec<Term>,
}

impl Vocabularies {
    pub fn from_toml(src: &str) -> Result<Self, toml::de::Error> {
        toml::from_str(src)
    }

    pub fn terms(&self, kind: VocabKind) -> &[Term] {
        match kind {
            VocabKind::Service => &self.services,
            VocabKind::Public => &self.publics,
            VocabKind::Language => &self.languages,
            VocabKind::Accessibility => &self.accessibility,
            VocabKind::Price => &self.prices,
        }
    }

    /// Position of `code` in its vocabulary (used as a bit index).
    pub fn position(&self, kind: VocabKind, code: &str) -> Option<usize> {
        self.terms(kind).iter().position(|t| t.code == code)
    }

    pub fn contains(&self, kind: VocabKind, code: &str) -> bool {
        self.position(kind, code).is_some()
    }

    pub fn term(&self, kind: VocabKind, code: &str) -> Option<&Term> {
        self.terms(kind).iter().find(|t| t.code == code)
    }

    /// The translation key of a code's label, e.g. `service-training`.
    pub fn label_key(kind: VocabKind, code: &str) -> String {
        let mut key = String::new();
        Self::write_label_key(&mut key, kind, code);
        key
    }

    /// [`Self::label_key`] appended to `key`.
    pub fn write_label_key(key: &mut String, kind: VocabKind, code: &str) {
        key.push_str(kind.key_prefix());
        key.push('-');
        key.push_str(code);
    }
}
