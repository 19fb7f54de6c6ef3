//! A region's reference data: communes, postcodes, brochure groups.
//! Regions are data (a TOML file), never code: Brussels is the first data set.

use std::collections::{BTreeMap, HashMap, HashSet};

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
    districts: Vec<District>,
    #[serde(default)]
    data_licence: DataLicence,
    #[serde(default)]
    helpline: Option<Helpline>,
    /// The region's own tile server, for a map beside the results.
    #[serde(default)]
    map: Option<MapSettings>,
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
    /// Where to turn when a place gives no phone, address or e-mail.
    pub helpline: Option<Helpline>,
    by_nis: HashMap<String, usize>,
    by_slug: HashMap<String, usize>,
    by_postcode: HashMap<String, usize>,
    /// Folded commune names (every language) → commune indexes.
    folded_names: Vec<(String, usize)>,
    /// Every word of the folded commune names: a text whose first word is
    /// none of them names no commune (most searches: one lookup, no scan).
    name_words: HashSet<String>,
    /// The tile server of the map beside the results; None: no map, nothing requested.
    pub map: Option<MapSettings>,
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
            helpline: f.helpline,
            by_nis: HashMap::new(),
            by_slug: HashMap::new(),
            by_postcode: HashMap::new(),
            folded_names: Vec::new(),
            name_words: HashSet::new(),
            map: f.map,
            folded_districts: Vec::new(),
            typo_words: Vec::new(),
        };
        if let Some(m) = &region.map {
            m.check()
                .map_err(|e| RegionError::Inconsistent(format!("[map] {e}")))?;
        }
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
        region.name_words = region
            .folded_names
            .iter()
            .flat_map(|(n, _)| n.split(' '))
            .map(str::to_owned)
            .collect();
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
        // Equal to a name, or found in one at a word start and ending at a
        // word end: either way its first word is a word of that name.
        let first = folded_query.split(' ').next().unwrap_or_default();
        if folded_query.is_empty() || !self.name_words.contains(first) {
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
///
/// Tried at each word's start only (a name has a few words): no substring
/// search, whose set-up cost more than the comparisons themselves, for
/// each of the region's names on every query.
fn contains_words(hay: &str, needle: &str) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let starts = std::iter::once(0).chain(
        h.iter()
            .enumerate()
            .filter(|(_, b)| **b == b' ')
            .map(|(i, _)| i + 1),
    );
    starts
        .into_iter()
        .any(|i| h[i..].starts_with(n) && h.get(i + n.len()).is_none_or(|b| *b == b' '))
}

/// A tile server for the map beside the results: 256-pixel Web-Mercator tiles
/// (the "XYZ" scheme of OpenStreetMap and of WMTS `GoogleMapsCompatible` /
/// `EPSG:900913` matrix sets). Pages request tiles from nowhere else, and only
/// when a region (or the deployment) names one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MapSettings {
    /// Tile URL template with `{z}`, `{x}` and `{y}`, e.g.
    /// `https://tiles.example.org/{z}/{x}/{y}.png`.
    pub tiles: String,
    /// The credit line the tile provider asks for, shown under the map.
    #[serde(default)]
    pub attribution: String,
    /// The closest zoom level the server has (0-22).
    #[serde(default = "MapSettings::default_max_zoom")]
    pub max_zoom: u8,
}

impl MapSettings {
    fn default_max_zoom() -> u8 {
        18
    }

    /// Settings from a tile URL template, checked.
    pub fn new(
        tiles: &str,
        attribution: &str,
        max_zoom: Option<u8>,
    ) -> Result<MapSettings, String> {
        let m = MapSettings {
            tiles: tiles.trim().to_owned(),
            attribution: attribution.trim().to_owned(),
            max_zoom: max_zoom.unwrap_or_else(Self::default_max_zoom),
        };
        m.check()?;
        Ok(m)
    }

    /// An `http(s)://host[:port]/…` template with `{z}`, `{x}` and `{y}`, and
    /// nothing that could break out of a header or an attribute.
    pub fn check(&self) -> Result<(), String> {
        let t = &self.tiles;
        let rest = t
            .strip_prefix("https://")
            .or_else(|| t.strip_prefix("http://"))
            .ok_or_else(|| format!("tiles must start with https:// (got {t:?})"))?;
        let host = rest.split('/').next().unwrap_or("");
        let (name, port) = match host.rsplit_once(':') {
            Some((n, p)) => (n, Some(p)),
            None => (host, None),
        };
        let name_ok = !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-');
        let port_ok = port
            .is_none_or(|p| !p.is_empty() && p.len() <= 5 && p.chars().all(|c| c.is_ascii_digit()));
        if !name_ok || !port_ok || !rest.contains('/') {
            return Err(format!("tiles: no valid host in {t:?}"));
        }
        if t.chars()
            .any(|c| c.is_whitespace() || c.is_control() || "'\"<>;,`\\".contains(c))
        {
            return Err(format!("tiles: unexpected character in {t:?}"));
        }
        for part in ["{z}", "{x}", "{y}"] {
            if !t.contains(part) {
                return Err(format!("tiles must contain {part} (got {t:?})"));
            }
        }
        if self.max_zoom > 22 {
            return Err(format!("max_zoom must be 0-22 (got {})", self.max_zoom));
        }
        Ok(())
    }

    /// `scheme://host[:port]` of the tile server, for the Content-Security-Policy.
    pub fn origin(&self) -> &str {
        let after_scheme = self.tiles.find("://").map_or(0, |i| i + 3);
        let end = self.tiles[after_scheme..]
            .find('/')
            .map_or(self.tiles.len(), |i| after_scheme + i);
        &self.tiles[..end]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_query_matches_whole_words_of_a_name() {
        let hay = "sint jans molenbeek";
        for (needle, want) in [
            ("molenbeek", true),
            ("sint jans", true),
            ("sint jans molenbeek", true),
            ("jans", true),
            ("molen", false),
            ("ans molenbeek", false),
            ("sint jans molenbeek x", false),
            ("1080", false),
        ] {
            assert_eq!(contains_words(hay, needle), want, "{needle}");
        }
        assert!(contains_words("saint gilles saint", "saint"));
    }

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

#[cfg(test)]
mod map_tests {
    use super::*;

    #[test]
    fn a_tile_template_needs_a_host_and_the_three_placeholders() {
        let m = MapSettings::new(
            "https://tiles.example.org/wmts/{z}/{y}/{x}?format=image/png",
            " © Example ",
            None,
        )
        .unwrap();
        assert_eq!(m.origin(), "https://tiles.example.org");
        assert_eq!(m.attribution, "© Example");
        assert_eq!(m.max_zoom, 18);
        let local =
            MapSettings::new("http://127.0.0.1:4321/{z}/{x}/{y}.png", "", Some(19)).unwrap();
        assert_eq!(local.origin(), "http://127.0.0.1:4321");
        for bad in [
            "tiles.example.org/{z}/{x}/{y}.png",
            "ftp://tiles.example.org/{z}/{x}/{y}.png",
            "https:///{z}/{x}/{y}.png",
            "https://tiles.example.org/{z}/{x}.png",
            "https://tiles.example.org; script-src *//{z}/{x}/{y}.png",
            "https://tiles.example.org/{z}/{x}/{y}.png 'unsafe-inline'",
            "https://tiles.example.org:80a/{z}/{x}/{y}.png",
            "https://user@tiles.example.org/{z}/{x}/{y}.png",
        ] {
            assert!(MapSettings::new(bad, "", None).is_err(), "{bad} is refused");
        }
        assert!(MapSettings::new("https://t.example.org/{z}/{x}/{y}.png", "", Some(23)).is_err());
    }

    #[test]
    fn a_region_file_may_name_a_tile_server() {
        let src = include_str!("../../../data/regions/brussels/region.toml");
        assert_eq!(
            Region::from_toml(src).unwrap().map,
            None,
            "Brussels ships without a map: nothing leaves the site"
        );
        let with = format!(
            "{src}\n[map]\ntiles = \"https://tiles.example.org/{{z}}/{{x}}/{{y}}.png\"\nattribution = \"© Example\"\nmax_zoom = 17\n"
        );
        let m = Region::from_toml(&with).unwrap().map.unwrap();
        assert_eq!(
            (m.tiles.as_str(), m.attribution.as_str(), m.max_zoom),
            ("https://tiles.example.org/{z}/{x}/{y}.png", "© Example", 17)
        );
        let bad = format!("{src}\n[map]\ntiles = \"https://tiles.example.org/tiles.png\"\n");
        assert!(matches!(
            Region::from_toml(&bad),
            Err(RegionError::Inconsistent(_))
        ));
    }
}
