//! The interface languages and their negotiation. Ten languages speak the
//! public side (the directory, the survey, the brochures, the report);
//! the back office speaks the first four ([`Lang::STAFF`]), the others
//! fall back to English there. docs/translations.md says who reviewed each.

use serde::{Deserialize, Serialize};

/// A language of the interface. The URL prefix is its code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Fr,
    Nl,
    En,
    Ar,
    Es,
    Tr,
    Ro,
    Sq,
    Pl,
    Pt,
}

impl Lang {
    pub const ALL: [Lang; 10] = [
        Lang::Fr,
        Lang::Nl,
        Lang::En,
        Lang::Ar,
        Lang::Es,
        Lang::Tr,
        Lang::Ro,
        Lang::Sq,
        Lang::Pl,
        Lang::Pt,
    ];

    /// The languages of the whole interface, back office included.
    pub const STAFF: [Lang; 4] = [Lang::Fr, Lang::Nl, Lang::En, Lang::Ar];

    /// Whether the whole interface speaks it (else the public side only).
    pub fn is_staff(self) -> bool {
        Lang::STAFF.contains(&self)
    }

    /// Whether a native speaker has reviewed the translation (the list is
    /// kept in docs/translations.md); pages in the other languages say so.
    /// French is the original wording.
    pub fn is_reviewed(self) -> bool {
        self == Lang::Fr
    }

    /// Whether numbers take a decimal comma (`5,5`) rather than a point.
    pub fn decimal_comma(self) -> bool {
        !matches!(self, Lang::En | Lang::Ar)
    }

    /// What separates thousands (`12 500`, `12.500`, `12,500`).
    pub fn thousands_separator(self) -> char {
        match self {
            Lang::Fr => '\u{202f}',
            Lang::Sq | Lang::Pl | Lang::Pt => '\u{a0}',
            Lang::Nl | Lang::Es | Lang::Tr | Lang::Ro => '.',
            Lang::En | Lang::Ar => ',',
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::Nl => "nl",
            Lang::En => "en",
            Lang::Ar => "ar",
            Lang::Es => "es",
            Lang::Tr => "tr",
            Lang::Ro => "ro",
            Lang::Sq => "sq",
            Lang::Pl => "pl",
            Lang::Pt => "pt",
        }
    }

    /// The language's name in itself, for the language switcher.
    pub fn autonym(self) -> &'static str {
        match self {
            Lang::Fr => "Français",
            Lang::Nl => "Nederlands",
            Lang::En => "English",
            Lang::Ar => "العربية",
            Lang::Es => "Español",
            Lang::Tr => "Türkçe",
            Lang::Ro => "Română",
            Lang::Sq => "Shqip",
            Lang::Pl => "Polski",
            Lang::Pt => "Português",
        }
    }

    pub fn is_rtl(self) -> bool {
        self == Lang::Ar
    }

    pub fn parse(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code))
    }

    /// Picks the best language from an `Accept-Language` header value,
    /// honouring q-values; French when nothing matches.
    pub fn negotiate(accept_language: &str) -> Lang {
        let mut best: Option<(f32, Lang)> = None;
        for item in accept_language.split(',') {
            let mut parts = item.trim().split(';');
            let tag = parts.next().unwrap_or("").trim();
            let q = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            let primary = tag.split('-').next().unwrap_or("");
            if let Some(lang) = Lang::parse(primary)
                && q > 0.0
                && best.is_none_or(|(bq, _)| q > bq)
            {
                best = Some((q, lang));
            }
        }
        best.map_or(Lang::Fr, |(_, l)| l)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiates_with_q_values() {
        assert_eq!(Lang::negotiate("nl-BE,nl;q=0.9,fr;q=0.8"), Lang::Nl);
        assert_eq!(Lang::negotiate("de-DE,ar;q=0.5,en;q=0.7"), Lang::En);
        assert_eq!(Lang::negotiate("pt-PT,pt;q=0.9,fr;q=0.8"), Lang::Pt);
        assert_eq!(Lang::negotiate("tr"), Lang::Tr);
        assert_eq!(Lang::negotiate("de"), Lang::Fr);
        assert_eq!(Lang::negotiate(""), Lang::Fr);
        assert_eq!(Lang::negotiate("en;q=0,ar"), Lang::Ar);
        assert_eq!(Lang::negotiate(";;;q=,,"), Lang::Fr);
    }
}
