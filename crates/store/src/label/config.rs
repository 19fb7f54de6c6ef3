//! The label's configuration: its name, rules, benefits and the versions of
//! its charter, from the region's label file (`data/regions/<region>/label.toml`).

use std::collections::{BTreeMap, HashSet};
use std::sync::LazyLock;

use chrono::NaiveDate;
use domain::label::LabelRules;
use serde::Deserialize;

/// The Brussels label file.
pub const BRUSSELS_LABEL: &str = include_str!("../../../../data/regions/brussels/label.toml");

static BRUSSELS: LazyLock<LabelConfig> = LazyLock::new(|| {
    LabelConfig::from_toml(BRUSSELS_LABEL).expect("the shipped label file is valid")
});

/// The label of a shipped region, if it has one.
pub fn shipped_label(region_code: &str) -> Option<&'static LabelConfig> {
    match region_code {
        "brussels" => Some(&BRUSSELS),
        _ => None,
    }
}

/// A version of the charter.
#[derive(Debug, Clone, Deserialize)]
pub struct Charter {
    pub version: String,
    pub adopted: NaiveDate,
    /// The language the charter was written in.
    pub original: String,
    pub source: Option<String>,
    #[serde(default)]
    pub text_fr: Option<String>,
    #[serde(default)]
    pub text_nl: Option<String>,
    #[serde(default)]
    pub text_en: Option<String>,
    #[serde(default)]
    pub text_ar: Option<String>,
}

impl Charter {
    fn text_in(&self, lang: &str) -> Option<&str> {
        match lang {
            "fr" => self.text_fr.as_deref(),
            "nl" => self.text_nl.as_deref(),
            "en" => self.text_en.as_deref(),
            "ar" => self.text_ar.as_deref(),
            _ => None,
        }
        .map(str::trim)
        .filter(|t| !t.is_empty())
    }

    /// The text in `lang` (else English, else the original) and the language it is in.
    pub fn text<'a>(&'a self, lang: &'a str) -> (&'a str, &'a str) {
        for l in [lang, "en", self.original.as_str()] {
            if let Some(t) = self.text_in(l) {
                return (t, if l == "en" { "en" } else { l });
            }
        }
        ("", self.original.as_str())
    }
}

/// What a labelled EPN receives.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Benefits {
    pub equipment_eur: Option<u32>,
}

/// The whole label file: its name, rules, benefits and charter versions.
#[derive(Debug, Clone)]
pub struct LabelConfig {
    pub names: BTreeMap<String, String>,
    pub rules: LabelRules,
    pub benefits: Benefits,
    /// Oldest first.
    pub charters: Vec<Charter>,
}

impl LabelConfig {
    pub fn from_toml(src: &str) -> std::result::Result<LabelConfig, String> {
        #[derive(Deserialize)]
        struct File {
            name_fr: Option<String>,
            name_nl: Option<String>,
            name_en: Option<String>,
            name_ar: Option<String>,
            #[serde(default)]
            benefits: Benefits,
            #[serde(default)]
            charter: Vec<Charter>,
        }
        let rules = LabelRules::from_toml(src)?;
        let f: File = toml::from_str(src).map_err(|e| e.to_string())?;
        let mut names = BTreeMap::new();
        for (l, n) in [
            ("fr", f.name_fr),
            ("nl", f.name_nl),
            ("en", f.name_en),
            ("ar", f.name_ar),
        ] {
            if let Some(n) = n {
                names.insert(l.to_owned(), n);
            }
        }
        let mut charters = f.charter;
        if charters.is_empty() && rules.require_charter {
            return Err("the label requires a charter but the file has no [[charter]]".into());
        }
        charters.sort_by_key(|c| c.adopted);
        let mut seen = HashSet::new();
        for c in &charters {
            if !seen.insert(c.version.clone()) {
                return Err(format!("charter version {} appears twice", c.version));
            }
        }
        Ok(LabelConfig {
            names,
            rules,
            benefits: f.benefits,
            charters,
        })
    }

    /// The label's name in `lang` (else English, else any).
    pub fn name(&self, lang: &str) -> &str {
        self.names
            .get(lang)
            .or_else(|| self.names.get("en"))
            .or_else(|| self.names.values().next())
            .map_or("", String::as_str)
    }

    /// The charter an applicant accepts today.
    pub fn current_charter(&self) -> Option<&Charter> {
        self.charters.last()
    }

    pub fn charter(&self, version: &str) -> Option<&Charter> {
        self.charters.iter().find(|c| c.version == version)
    }
}
