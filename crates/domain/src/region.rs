//! A region's reference data: communes, postcodes, brochure groups.
//! Regions are data (a TOML file), never code: Brussels is the first data set.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use crate::geo::LatLon;
use crate::lang::Lang;
use crate::text;

/// Names keyed by language code ("fr", "nl", …).
pub type Names = BTreeMap<String, String>;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Commune {
    pub nis: String,
    pub slug: String,
    pub lat: f64,
    pub lon: f64,
    pub brochure_group: String,
    pub postcodes: Vec<String>,
    pub name: Names,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PostcodeArea {
    pub code: String,
    /// NIS codes; the main commune first.
    pub communes: Vec<String>,
    pub lat: f64,
    pub lon: f64,
    #[serde(default)]
    pub name: Names,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct BrochureGroup {
    pub code: String,
    pub communes: Vec<String>,
    pub name: Names,
}

/// The licence the region publishes its directory data under (open data exports).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DataLicence {
    /// SPDX identifier, e.g. "CC0-1.0".
    pub id: String,
    /// Full name, e.g. "Creative Commons Zero v1.0 Universal".
    pub name: String,
    /// Where the licence text is published.
    pub url: String,
}

impl Default for DataLicence {
    /// CC0 1.0, when a region file names no licence: the most reusable choice,
    /// and what public directories of services are usually published under.
    fn default() -> Self {
        DataLicence {
            id: "CC0-1.0".into(),
            name: "Creative Commons Zero v1.0 Universal".into(),
            url: "https://creativecommons.org/publicdomain/zero/1.0/".into(),
        }
    }
}

/// Where a person turns when a place gives no way to reach it: the region's
/// helpline, or its coordination. Every field is optional but the name; the
/// pages show what is there.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Helpline {
    /// Its name by language code; shown in the page's language when given,
    /// else in the region's first language (marked as such).
    pub name: Names,
    /// A phone number as people write it ("02 123 45 67").
    #[serde(default)]
    pub phone: Option<String>,
    /// When it answers, in words, by language code ("Monday to Friday, 9:00–17:00").
    #[serde(default)]
    pub hours: Names,
    #[serde(default)]
    pub email: Option<String>,
    /// A web address (http or https).
    #[serde(default)]
    pub web: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
struct RegionFile {
    code: String,
    country: String,
    timezone: String,
    languages: Vec<String>,
    default_radius_km: f64,
    name: Names,
    brochure_groups: Vec<BrochureGroup>,
    communes: Vec<Commune>,
    postcodes: Vec<PostcodeArea>,
    #[serde(default)]
    data_licence: DataLicence,
    #[serde(default)]
    helpline: Option<Helpline>,
}

#[derive(Debug, thiserror::Error)]
pub enum RegionError {
    #[error("region file is not valid TOML: {0}")]
    Toml(#[from] toml::de::Error),
    #[error("unknown time zone {0:?}")]
    TimeZone(String),
    #[error("{0}")]
    Inconsistent(String),
}

/// A region with its lookups built.
#[derive(Debug, Clone)]
pub struct Region {
    pub code: String,
    pub country: String,
    pub timezone: chrono_tz::Tz,
    pub languages: Vec<String>,
    pub default_radius_km: f64,
    pub name: Names,
    pub brochure_groups: Vec<BrochureGroup>,
    pub communes: Vec<Commune>,
    pub postcodes: Vec<PostcodeArea>,
    /// Licence of the open data exports.
    pub data_licence: DataLicence,
    /// Where to turn when a place gives no phone, address or e-mail.
    pub helpline: Option<Helpline>,
    by_nis: HashMap<String, usize>,
    by_slug: HashMap<String, usize>,
    by_postcode: HashMap<String, usize>,
    /// Folded commune names (every language) → commune indexes.
    folded_names: Vec<(String, usize)>,
}

impl Region {
    /// Parses and checks a region file.
    pub fn from_toml(src: &str) -> Result<Region, RegionError> {
        let f: RegionFile = toml::from_str(src)?;
        let timezone = f
            .timezone
            .parse::<chrono_tz::Tz>()
            .map_err(|_| RegionError::TimeZone(f.timezone.clone()))?;
        let mut region = Region {
            code: f.code,
            country: f.country,
            timezone,
            languages: f.languages,
            default_radius_km: f.default_radius_km,
            name: f.name,
            brochure_groups: f.brochure_groups,
            communes: f.communes,
            postcodes: f.postcodes,
            data_licence: f.data_licence,
            helpline: f.helpline,
            by_nis: HashMap::new(),
            by_slug: HashMap::new(),
            by_postcode: HashMap::new(),
            folded_names: Vec::new(),
        };
        for (i, c) in region.communes.iter().enumerate() {
            if region.by_nis.insert(c.nis.clone(), i).is_some() {
                return Err(RegionError::Inconsistent(format!(
                    "commune {} twice",
                    c.nis
                )));
            }
            region.by_slug.insert(c.slug.clone(), i);
            for n in c.name.values() {
                region.folded_names.push((text::fold(n), i));
            }
        }
        for (i, p) in region.postcodes.iter().enumerate() {
            region.by_postcode.insert(p.code.clone(), i);
            for nis in &p.communes {
                if !region.by_nis.contains_key(nis) {
                    return Err(RegionError::Inconsistent(format!(
                        "postcode {} names unknown commune {nis}",
                        p.code
                    )));
                }
            }
        }
        for c in &region.communes {
            for pc in &c.postcodes {
                let ok = region
                    .postcode(pc)
                    .is_some_and(|p| p.communes.iter().any(|n| n == &c.nis));
                if !ok {
                    return Err(RegionError::Inconsistent(format!(
                        "commune {} lists postcode {pc}, which does not list it back",
                        c.nis
                    )));
                }
            }
        }
        Ok(region)
    }

    pub fn commune(&self, nis: &str) -> Option<&Commune> {
        self.by_nis.get(nis).map(|&i| &self.communes[i])
    }

    pub fn commune_index(&self, nis: &str) -> Option<usize> {
        self.by_nis.get(nis).copied()
    }

    pub fn commune_by_slug(&self, slug: &str) -> Option<&Commune> {
        self.by_slug.get(slug).map(|&i| &self.communes[i])
    }

    pub fn postcode_index(&self, code: &str) -> Option<usize> {
        self.by_postcode.get(code).copied()
    }

    pub fn postcode(&self, code: &str) -> Option<&PostcodeArea> {
        self.by_postcode.get(code).map(|&i| &self.postcodes[i])
    }

    pub fn brochure_group(&self, code: &str) -> Option<&BrochureGroup> {
        self.brochure_groups.iter().find(|g| g.code == code)
    }

    /// Does `postcode` belong to commune `nis`?
    pub fn postcode_in_commune(&self, postcode: &str, nis: &str) -> bool {
        self.postcode(postcode)
            .is_some_and(|p| p.communes.iter().any(|n| n == nis))
    }

    /// Communes whose name, in any language, matches the folded query:
    /// equal, or the query is a whole-word prefix ("molenbeek" matches
    /// "molenbeek saint jean", "sint jans molenbeek" contains it as a word).
    pub fn match_communes(&self, folded_query: &str) -> Vec<usize> {
        if folded_query.is_empty() {
            return Vec::new();
        }
        let exact: Vec<usize> = self.dedup(
            self.folded_names
                .iter()
                .filter(|(n, _)| n == folded_query)
                .map(|(_, i)| *i),
        );
        if !exact.is_empty() {
            return exact;
        }
        self.dedup(
            self.folded_names
                .iter()
                .filter(|(n, _)| contains_words(n, folded_query))
                .map(|(_, i)| *i),
        )
    }

    fn dedup(&self, it: impl Iterator<Item = usize>) -> Vec<usize> {
        let mut v: Vec<usize> = it.collect();
        v.sort_unstable();
        v.dedup();
        v
    }

    /// The text of a name map in `lang` with the language it is written in:
    /// the page's language when given, else the region's first language that
    /// is, else any (so that a page can mark text in another language).
    pub fn display_with_lang<'a>(
        &self,
        names: &'a Names,
        lang: Lang,
    ) -> Option<(&'a str, &'a str)> {
        names
            .get_key_value(lang.code())
            .or_else(|| self.languages.iter().find_map(|l| names.get_key_value(l)))
            .or_else(|| names.iter().next())
            .map(|(l, n)| (l.as_str(), n.as_str()))
    }

    /// The display name of a region-level name map in `lang`.
    pub fn display<'a>(&self, names: &'a Names, lang: Lang) -> &'a str {
        names
            .get(lang.code())
            .or_else(|| self.languages.iter().find_map(|l| names.get(l)))
            .or_else(|| names.values().next())
            .map_or("", String::as_str)
    }

    pub fn centroid(c: &Commune) -> LatLon {
        LatLon {
            lat: c.lat,
            lon: c.lon,
        }
    }
}

/// Is `needle` (folded words) a run of whole words inside `hay` (folded)?
fn contains_words(hay: &str, needle: &str) -> bool {
    hay.match_indices(needle).any(|(i, _)| {
        let before_ok = i == 0 || hay.as_bytes()[i - 1] == b' ';
        let end = i + needle.len();
        let after_ok = end == hay.len() || hay.as_bytes()[end] == b' ';
        before_ok && after_ok
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINI: &str = r#"
code = "mini"
country = "BE"
timezone = "Europe/Brussels"
languages = ["fr", "nl"]
default_radius_km = 3.0
[name]
fr = "Mini"
[[brochure_groups]]
code = "all"
communes = ["1", "2"]
[brochure_groups.name]
fr = "Tout"
[[communes]]
nis = "1"
slug = "molenbeek-saint-jean"
lat = 50.85
lon = 4.32
brochure_group = "all"
postcodes = ["1080"]
[communes.name]
fr = "Molenbeek-Saint-Jean"
nl = "Sint-Jans-Molenbeek"
[[communes]]
nis = "2"
slug = "bruxelles"
lat = 50.84
lon = 4.35
brochure_group = "all"
postcodes = ["1000", "1080"]
[communes.name]
fr = "Bruxelles"
nl = "Brussel"
[[postcodes]]
code = "1080"
communes = ["1", "2"]
lat = 50.85
lon = 4.32
[[postcodes]]
code = "1000"
communes = ["2"]
lat = 50.84
lon = 4.35
"#;

    #[test]
    fn matches_commune_names_in_both_languages() {
        let r = Region::from_toml(MINI).unwrap();
        assert_eq!(r.match_communes("molenbeek"), vec![0]);
        assert_eq!(r.match_communes("sint jans molenbeek"), vec![0]);
        assert_eq!(r.match_communes("brussel"), vec![1]);
        assert!(r.match_communes("molen").is_empty());
        assert!(r.postcode_in_commune("1080", "2"));
        assert!(!r.postcode_in_commune("1000", "1"));
    }

    #[test]
    fn data_licence_defaults_to_cc0_and_can_be_set() {
        let r = Region::from_toml(MINI).unwrap();
        assert_eq!(r.data_licence.id, "CC0-1.0");
        let with = MINI.replacen(
            "[name]",
            "[data_licence]\nid = \"ODbL-1.0\"\nname = \"Open Data Commons Open Database License v1.0\"\nurl = \"https://opendatacommons.org/licenses/odbl/1-0/\"\n[name]",
            1,
        );
        let r = Region::from_toml(&with).unwrap();
        assert_eq!(r.data_licence.id, "ODbL-1.0");
    }

    #[test]
    fn helpline_is_optional_and_shown_in_the_page_language_or_the_region_s() {
        let r = Region::from_toml(MINI).unwrap();
        assert_eq!(r.helpline, None);
        let with = MINI.replacen(
            "[name]",
            "[helpline]\nphone = \"02 123 45 67\"\nweb = \"https://help.example\"\n[helpline.name]\nnl = \"Hulplijn\"\nfr = \"Ligne d'aide\"\n[name]",
            1,
        );
        let r = Region::from_toml(&with).unwrap();
        let h = r.helpline.as_ref().expect("a helpline");
        assert_eq!(h.phone.as_deref(), Some("02 123 45 67"));
        assert_eq!(h.email, None);
        assert_eq!(
            r.display_with_lang(&h.name, Lang::Nl),
            Some(("nl", "Hulplijn"))
        );
        // No English name: the region's first language, said to be French.
        assert_eq!(
            r.display_with_lang(&h.name, Lang::En),
            Some(("fr", "Ligne d'aide"))
        );
        assert_eq!(r.display_with_lang(&h.hours, Lang::En), None);
    }

    #[test]
    fn rejects_inconsistent_postcodes() {
        let bad = MINI.replace(
            "communes = [\"1\", \"2\"]\nlat = 50.85",
            "communes = [\"2\"]\nlat = 50.85",
        );
        assert!(matches!(
            Region::from_toml(&bad),
            Err(RegionError::Inconsistent(_))
        ));
    }
}
