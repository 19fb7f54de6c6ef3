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

/// A part of a commune that people name in a search ("Laeken"): it leads to its postcode.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct District {
    pub postcode: String,
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
    districts: Vec<District>,
    #[serde(default)]
    data_licence: DataLicence,
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
    /// Districts people search by name, each with its postcode.
    pub districts: Vec<District>,
    /// Licence of the open data exports.
    pub data_licence: DataLicence,
    by_nis: HashMap<String, usize>,
    by_slug: HashMap<String, usize>,
    by_postcode: HashMap<String, usize>,
    /// Folded commune names (every language) → commune indexes.
    folded_names: Vec<(String, usize)>,
    /// Folded district names (every language) → district indexes.
    folded_districts: Vec<(String, usize)>,
    /// Folded words of 5+ letters of commune and district names, for typo matching:
    /// (word as characters, the word, commune (`Ok`) or district (`Err`) index).
    typo_words: Vec<(Vec<char>, String, Result<usize, usize>)>,
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
            districts: f.districts,
            data_licence: f.data_licence,
            by_nis: HashMap::new(),
            by_slug: HashMap::new(),
            by_postcode: HashMap::new(),
            folded_names: Vec::new(),
            folded_districts: Vec::new(),
            typo_words: Vec::new(),
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
        }
        for (i, d) in region.districts.iter().enumerate() {
            if !region.by_postcode.contains_key(&d.postcode) {
                return Err(RegionError::Inconsistent(format!(
                    "district {:?} names unknown postcode {}",
                    d.name.values().next().map_or("", String::as_str),
                    d.postcode
                )));
            }
            for n in d.name.values() {
                region.folded_districts.push((text::fold(n), i));
            }
        }
        let mut words: Vec<(Vec<char>, String, Result<usize, usize>)> = Vec::new();
        for (n, i) in &region.folded_names {
            words.extend(
                n.split(' ')
                    .map(|w| (w.chars().collect(), w.to_owned(), Ok(*i))),
            );
        }
        for (n, i) in &region.folded_districts {
            words.extend(
                n.split(' ')
                    .map(|w| (w.chars().collect(), w.to_owned(), Err(*i))),
            );
        }
        words.retain(|(c, ..)| c.len() >= 5);
        words.sort();
        words.dedup();
        region.typo_words = words;
        for p in &region.postcodes {
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

    /// Is the folded text the whole name of a commune, in some language?
    pub fn is_commune_name(&self, folded: &str) -> bool {
        self.folded_names.iter().any(|(n, _)| n == folded)
    }

    /// The district named by the folded query (whole name, any language).
    pub fn match_district(&self, folded_query: &str) -> Option<&District> {
        self.folded_districts
            .iter()
            .find(|(n, _)| n == folded_query)
            .map(|(_, i)| &self.districts[*i])
    }

    /// A commune or district word close to the folded `word` (a typing mistake
    /// within [`text::typo_budget`]): the corrected word, and the communes
    /// (`Ok`) or the district (`Err`) it names. The closest word wins.
    pub fn correct_place_word(&self, word: &str) -> Option<(String, Result<Vec<usize>, usize>)> {
        let chars: Vec<char> = word.chars().collect();
        let budget = text::typo_budget(chars.len());
        if budget == 0 {
            return None;
        }
        let mut best: Option<(usize, &str)> = None;
        for (w, s, _) in &self.typo_words {
            if let Some(d) = text::distance_within(&chars, w, budget)
                && best.is_none_or(|(b, _)| d < b)
            {
                best = Some((d, s));
            }
        }
        let (_, found) = best?;
        let hits: Vec<&Result<usize, usize>> = self
            .typo_words
            .iter()
            .filter(|(_, s, _)| s == found)
            .map(|(.., t)| t)
            .collect();
        if let Some(Err(d)) = hits.iter().find(|t| t.is_err()) {
            return Some((found.to_owned(), Err(*d)));
        }
        let communes = self.match_communes(found);
        (!communes.is_empty()).then(|| (found.to_owned(), Ok(communes)))
    }

    fn dedup(&self, it: impl Iterator<Item = usize>) -> Vec<usize> {
        let mut v: Vec<usize> = it.collect();
        v.sort_unstable();
        v.dedup();
        v
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
    fn shipped_region_names_communes_and_districts_in_every_language() {
        let r =
            Region::from_toml(include_str!("../../../data/regions/brussels/region.toml")).unwrap();
        for c in &r.communes {
            for lang in ["fr", "nl", "en", "ar"] {
                assert!(c.name.contains_key(lang), "{} has no {lang} name", c.nis);
            }
        }
        let molenbeek = r.commune_index("21012").unwrap();
        assert_eq!(r.match_communes(&text::fold("مولنبيك")), vec![molenbeek]);
        assert_eq!(
            r.match_communes(&text::fold("بروكسل")),
            vec![r.commune_index("21004").unwrap()]
        );
        assert_eq!(r.match_district("laeken").unwrap().postcode, "1020");
        assert_eq!(r.match_district("laken").unwrap().postcode, "1020");
        assert_eq!(
            r.match_district("neder over heembeek").unwrap().postcode,
            "1120"
        );
        assert_eq!(
            r.match_district(&text::fold("هارن")).unwrap().postcode,
            "1130"
        );
        let (word, found) = r.correct_place_word("molenbek").unwrap();
        assert_eq!((word.as_str(), found), ("molenbeek", Ok(vec![molenbeek])));
        assert_eq!(r.correct_place_word("laekn").map(|x| x.1), Some(Err(0)));
        assert!(r.correct_place_word("jete").is_none(), "too short to guess");
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
