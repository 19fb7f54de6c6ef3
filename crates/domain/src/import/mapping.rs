//! The mapping file (TOML): how the columns of a CSV or JSON file become the
//! fields of a place. See `docs/import.md` for the format with examples.

use std::collections::{BTreeMap, HashMap};

use serde::Deserialize;

use crate::place::{LabelStatus, PlaceKind};
use crate::text;
use crate::vocab::{VocabKind, Vocabularies};

use super::hours_text;

/// The national standard "lieux de médiation numérique" v1.0.2 (CSV), built in.
pub const MEDNUM: &str = include_str!("mednum.toml");

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum InputFormat {
    #[default]
    Csv,
    Json,
}

/// Character encoding of a CSV file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
pub enum Encoding {
    #[default]
    #[serde(rename = "utf-8")]
    Utf8,
    #[serde(rename = "latin-1")]
    Latin1,
    #[serde(rename = "windows-1252")]
    Windows1252,
}

impl Encoding {
    pub fn parse(s: &str) -> Option<Encoding> {
        match text::fold(s).replace(' ', "").as_str() {
            "utf8" => Some(Encoding::Utf8),
            "latin1" | "iso88591" => Some(Encoding::Latin1),
            "windows1252" | "cp1252" => Some(Encoding::Windows1252),
            _ => None,
        }
    }
}

/// The source id: one column, or several whose values are combined.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum IdSpec {
    Column(String),
    Columns(Vec<String>),
}

impl IdSpec {
    pub fn columns(&self) -> Vec<&str> {
        match self {
            IdSpec::Column(c) => vec![c.as_str()],
            IdSpec::Columns(cs) => cs.iter().map(String::as_str).collect(),
        }
    }
}

/// What to do with a value that `values` does not map and that is no known code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Unknown {
    /// The row is invalid (the default): fix the file or the mapping.
    #[default]
    Error,
    /// The value is left out and reported as a warning.
    Skip,
}

/// How one field is read: a column name, or a table.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum FieldSpec {
    Column(String),
    Table(FieldTable),
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldTable {
    /// The column (CSV header, or JSON key / dotted path).
    pub column: Option<String>,
    /// Several columns, joined with `join` (text) or merged (lists).
    pub columns: Option<Vec<String>>,
    /// Separator used to join several columns (default: a space).
    pub join: Option<String>,
    /// A constant value for every row.
    pub value: Option<String>,
    /// The value when the columns are empty.
    pub default: Option<String>,
    /// Splits the text into several values (lists); for single-valued text
    /// fields, the first value is kept.
    pub split: Option<String>,
    /// Source value → code (or "true"/"false", or "" to drop the value);
    /// compared without case, accents or punctuation; the key "*" maps any
    /// other value.
    #[serde(default)]
    pub values: BTreeMap<String, String>,
    /// Column → code: the code is added when the column holds a "yes"
    /// (anything but empty, "non", "no", "false", "0").
    #[serde(default)]
    pub flags: BTreeMap<String, String>,
    #[serde(default)]
    pub unknown: Unknown,
    /// Left-pads with zeros to this length (postcodes read as numbers: 5000 → 05000).
    pub pad: Option<usize>,
}

impl FieldSpec {
    pub fn table(&self) -> FieldTable {
        match self {
            FieldSpec::Column(c) => FieldTable {
                column: Some(c.clone()),
                ..FieldTable::default()
            },
            FieldSpec::Table(t) => t.clone(),
        }
    }
}

/// Every field a mapping may fill.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fields {
    pub name: Option<FieldSpec>,
    pub organisation: Option<FieldSpec>,
    pub organisation_kind: Option<FieldSpec>,
    pub kind: Option<FieldSpec>,
    pub address: Option<FieldSpec>,
    pub postcode: Option<FieldSpec>,
    pub commune: Option<FieldSpec>,
    pub commune_code: Option<FieldSpec>,
    pub latitude: Option<FieldSpec>,
    pub longitude: Option<FieldSpec>,
    pub coordinates: Option<FieldSpec>,
    pub mobile: Option<FieldSpec>,
    pub services: Option<FieldSpec>,
    pub publics: Option<FieldSpec>,
    pub languages: Option<FieldSpec>,
    pub accessibility: Option<FieldSpec>,
    pub price: Option<FieldSpec>,
    pub computers: Option<FieldSpec>,
    pub tablets: Option<FieldSpec>,
    pub phone: Option<FieldSpec>,
    pub email: Option<FieldSpec>,
    pub website: Option<FieldSpec>,
    pub description: Option<FieldSpec>,
    pub label: Option<FieldSpec>,
    pub updated_on: Option<FieldSpec>,
}

/// What a field holds, which decides how its values are checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldType {
    Text,
    Postcode,
    Number,
    Count,
    Coordinates,
    Bool,
    Kind,
    Label,
    Vocab(VocabKind),
    VocabList(VocabKind),
    Date,
}

impl Fields {
    /// (name, type, spec) of every field, in a fixed order.
    pub fn all(&self) -> Vec<(&'static str, FieldType, Option<&FieldSpec>)> {
        use FieldType as T;
        vec![
            ("name", T::Text, self.name.as_ref()),
            ("organisation", T::Text, self.organisation.as_ref()),
            (
                "organisation_kind",
                T::Text,
                self.organisation_kind.as_ref(),
            ),
            ("kind", T::Kind, self.kind.as_ref()),
            ("address", T::Text, self.address.as_ref()),
            ("postcode", T::Postcode, self.postcode.as_ref()),
            ("commune", T::Text, self.commune.as_ref()),
            ("commune_code", T::Text, self.commune_code.as_ref()),
            ("latitude", T::Number, self.latitude.as_ref()),
            ("longitude", T::Number, self.longitude.as_ref()),
            ("coordinates", T::Coordinates, self.coordinates.as_ref()),
            ("mobile", T::Bool, self.mobile.as_ref()),
            (
                "services",
                T::VocabList(VocabKind::Service),
                self.services.as_ref(),
            ),
            (
                "publics",
                T::VocabList(VocabKind::Public),
                self.publics.as_ref(),
            ),
            (
                "languages",
                T::VocabList(VocabKind::Language),
                self.languages.as_ref(),
            ),
            (
                "accessibility",
                T::VocabList(VocabKind::Accessibility),
                self.accessibility.as_ref(),
            ),
            ("price", T::Vocab(VocabKind::Price), self.price.as_ref()),
            ("computers", T::Count, self.computers.as_ref()),
            ("tablets", T::Count, self.tablets.as_ref()),
            ("phone", T::Text, self.phone.as_ref()),
            ("email", T::Text, self.email.as_ref()),
            ("website", T::Text, self.website.as_ref()),
            ("description", T::Text, self.description.as_ref()),
            ("label", T::Label, self.label.as_ref()),
            ("updated_on", T::Date, self.updated_on.as_ref()),
        ]
    }
}

/// Where the opening hours are.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HoursSpec {
    /// One column holding the whole week.
    pub column: Option<String>,
    /// How that column is written.
    #[serde(default)]
    pub syntax: HoursSyntax,
    /// One column per day, keyed by OpenStreetMap day (Mo, Tu, We, Th, Fr, Sa, Su),
    /// each holding times only ("9h-12h / 14h-17h", "-" for closed).
    #[serde(default)]
    pub days: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum HoursSyntax {
    /// OpenStreetMap `opening_hours` (the default).
    #[default]
    Osm,
    /// French text naming the days ("Lundi au vendredi 9h-12h/14h-18h");
    /// text that is already OpenStreetMap syntax is kept as it is.
    French,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct MappingFile {
    source: String,
    #[serde(default)]
    format: InputFormat,
    delimiter: Option<String>,
    #[serde(default)]
    encoding: Encoding,
    json_path: Option<String>,
    id: IdSpec,
    #[serde(default)]
    keep_invalid_hours: bool,
    #[serde(default)]
    fields: Fields,
    hours: Option<HoursSpec>,
}

/// A checked mapping.
#[derive(Debug, Clone)]
pub struct Mapping {
    /// Prefix of the stable keys `<source>:<id>`; lowercase letters, digits, hyphens.
    pub source: String,
    pub format: InputFormat,
    pub delimiter: Option<u8>,
    pub encoding: Encoding,
    pub json_path: Option<String>,
    pub id: IdSpec,
    pub keep_invalid_hours: bool,
    pub fields: Fields,
    pub hours: Option<HoursSpec>,
    /// Folded source value → target, per field name.
    pub(crate) values: HashMap<&'static str, HashMap<String, String>>,
}

#[derive(Debug, thiserror::Error)]
pub enum MappingError {
    #[error("the mapping is not valid TOML or has an unknown key: {0}")]
    Toml(#[from] toml::de::Error),
    #[error("mapping: {0}")]
    Invalid(String),
}

fn invalid(msg: impl Into<String>) -> MappingError {
    MappingError::Invalid(msg.into())
}

/// Is `s` a valid source name?
pub fn valid_source(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn check_target(
    vocab: &Vocabularies,
    field: &str,
    ty: FieldType,
    target: &str,
) -> Result<(), MappingError> {
    if target.is_empty() {
        return Ok(());
    }
    let ok = match ty {
        FieldType::Vocab(k) | FieldType::VocabList(k) => vocab.contains(k, target),
        FieldType::Kind => PlaceKind::parse(target).is_ok(),
        FieldType::Label => LabelStatus::parse(target).is_ok(),
        FieldType::Bool => matches!(target, "true" | "false"),
        _ => true,
    };
    if ok {
        return Ok(());
    }
    let known: Vec<String> = match ty {
        FieldType::Vocab(k) | FieldType::VocabList(k) => {
            vocab.terms(k).iter().map(|t| t.code.clone()).collect()
        }
        FieldType::Kind => ["epn", "project", "other"].map(String::from).to_vec(),
        FieldType::Label => ["none", "labelled", "withdrawn", "refused"]
            .map(String::from)
            .to_vec(),
        _ => ["true", "false"].map(String::from).to_vec(),
    };
    Err(invalid(format!(
        "fields.{field}: {target:?} is not a known code (known: {})",
        known.join(", ")
    )))
}

impl Mapping {
    /// Parses and checks a mapping against the vocabularies.
    pub fn from_toml(src: &str, vocab: &Vocabularies) -> Result<Mapping, MappingError> {
        let f: MappingFile = toml::from_str(src)?;
        if !valid_source(&f.source) {
            return Err(invalid(format!(
                "source {:?} must be lowercase letters, digits and hyphens (it prefixes the stable ids)",
                f.source
            )));
        }
        let delimiter = match &f.delimiter {
            None => None,
            Some(d) if d == "\\t" || d == "\t" || d == "tab" => Some(b'\t'),
            Some(d) if d.len() == 1 && d.is_ascii() => Some(d.as_bytes()[0]),
            Some(d) => {
                return Err(invalid(format!(
                    "delimiter {d:?} must be one ASCII character"
                )));
            }
        };
        if f.id.columns().is_empty() || f.id.columns().iter().any(|c| c.is_empty()) {
            return Err(invalid("id must name the column(s) holding a stable id"));
        }
        if f.fields.name.is_none() {
            return Err(invalid("fields.name is required"));
        }
        let mut values = HashMap::new();
        for (name, ty, spec) in f.fields.all() {
            let Some(spec) = spec else { continue };
            let t = spec.table();
            let sources = t.column.is_some() as u8
                + t.columns.is_some() as u8
                + t.value.is_some() as u8
                + (!t.flags.is_empty()) as u8;
            if sources == 0 {
                return Err(invalid(format!(
                    "fields.{name} needs a column, columns, value or flags"
                )));
            }
            if t.value.is_some() && sources > 1 {
                return Err(invalid(format!(
                    "fields.{name}: a constant value cannot be combined with columns"
                )));
            }
            if !t.flags.is_empty() && !matches!(ty, FieldType::VocabList(_)) {
                return Err(invalid(format!(
                    "fields.{name}: flags only apply to lists (services, publics, languages, accessibility)"
                )));
            }
            if t.split.as_deref() == Some("") || t.join.is_some() && t.columns.is_none() {
                return Err(invalid(format!(
                    "fields.{name}: split must not be empty, and join needs columns"
                )));
            }
            let mut folded = HashMap::new();
            for (from, to) in &t.values {
                check_target(vocab, name, ty, to)?;
                // "*" stands for any other value.
                let key = if from == "*" {
                    "*".to_owned()
                } else {
                    text::fold(from)
                };
                if let Some(prev) = folded.insert(key, to.clone())
                    && &prev != to
                {
                    return Err(invalid(format!(
                        "fields.{name}.values: {from:?} maps to both {prev:?} and {to:?}"
                    )));
                }
            }
            for to in t.flags.values() {
                check_target(vocab, name, ty, to)?;
            }
            for v in t.value.iter().chain(t.default.iter()) {
                let list = matches!(ty, FieldType::VocabList(_));
                let codes: Vec<&str> = if list {
                    v.split_whitespace().collect()
                } else {
                    vec![v.as_str()]
                };
                for c in codes {
                    let c = folded.get(&text::fold(c)).map_or(c, String::as_str);
                    check_target(vocab, name, ty, c)?;
                }
            }
            values.insert(name, folded);
        }
        if let Some(h) = &f.hours {
            if h.column.is_some() != h.days.is_empty() {
                return Err(invalid(
                    "hours needs either column (the whole week) or days (one column per day)",
                ));
            }
            for d in h.days.keys() {
                if hours_text::osm_day(d).is_none() {
                    return Err(invalid(format!(
                        "hours.days: {d:?} is not a day; use Mo, Tu, We, Th, Fr, Sa, Su"
                    )));
                }
            }
        }
        if f.format == InputFormat::Csv && f.json_path.is_some() {
            return Err(invalid("json_path only applies to format = \"json\""));
        }
        Ok(Mapping {
            source: f.source,
            format: f.format,
            delimiter,
            encoding: f.encoding,
            json_path: f.json_path,
            id: f.id,
            keep_invalid_hours: f.keep_invalid_hours,
            fields: f.fields,
            hours: f.hours,
            values,
        })
    }

    /// The built-in mapping of the national standard.
    pub fn mednum(vocab: &Vocabularies) -> Mapping {
        Mapping::from_toml(MEDNUM, vocab).expect("the built-in mednum mapping is valid")
    }

    /// Every column the mapping reads, in a stable order, without repeats.
    pub fn columns(&self) -> Vec<String> {
        let mut out: Vec<String> = self.id.columns().into_iter().map(String::from).collect();
        for (_, _, spec) in self.fields.all() {
            let Some(spec) = spec else { continue };
            let t = spec.table();
            out.extend(t.column.clone());
            out.extend(t.columns.clone().unwrap_or_default());
            out.extend(t.flags.keys().cloned());
        }
        if let Some(h) = &self.hours {
            out.extend(h.column.clone());
            out.extend(h.days.values().cloned());
        }
        let mut seen = std::collections::HashSet::new();
        out.retain(|c| seen.insert(c.clone()));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vocab() -> Vocabularies {
        Vocabularies::from_toml(include_str!("../../../../data/vocabularies.toml")).unwrap()
    }

    #[test]
    fn built_in_mednum_mapping_is_valid() {
        let m = Mapping::mednum(&vocab());
        assert_eq!(m.source, "mednum");
        assert!(m.columns().contains(&"code_postal".to_string()));
    }

    #[test]
    fn unknown_codes_and_keys_are_explained() {
        let v = vocab();
        let e = Mapping::from_toml(
            "source = \"x\"\nid = \"id\"\n[fields]\nname = \"nom\"\nservices = { column = \"s\", values = { a = \"nope\" } }",
            &v,
        )
        .unwrap_err()
        .to_string();
        assert!(e.contains("\"nope\" is not a known code"), "{e}");
        assert!(e.contains("training"), "{e}");
        let e = Mapping::from_toml(
            "source = \"x\"\nid = \"id\"\n[fields]\nname = \"nom\"\nnmae = \"x\"",
            &v,
        )
        .unwrap_err()
        .to_string();
        assert!(e.contains("nmae"), "{e}");
        let e = Mapping::from_toml("source = \"X Y\"\nid = \"id\"\n[fields]\nname = \"n\"", &v)
            .unwrap_err()
            .to_string();
        assert!(e.contains("lowercase"), "{e}");
    }
}
