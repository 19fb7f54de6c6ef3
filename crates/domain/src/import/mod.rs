//! Open data in: CSV and JSON files read through a mapping into checked
//! [`ImportedPlace`] values, with every bad row reported (line or JSON index,
//! field, value, what was expected). Pure: the caller reads the file and writes
//! the result.

pub mod hours_text;
pub mod input;
pub mod mapping;
pub mod report;

use std::collections::HashMap;
use std::fmt;

use chrono::NaiveDate;
use serde::Serialize;

use crate::contact::{Email, EmailError, PhoneNumber, WebAddress, WebAddressError};
use crate::geo::{CoordinateError, LatLon};
use crate::hours::Hours;
use crate::place::{LabelStatus, PlaceColumns, PlaceKind};
use crate::postcode::Postcode;
use crate::region::Region;
use crate::text;
use crate::vocab::Vocabularies;

pub use mapping::{Encoding, InputFormat, Mapping, MappingError};
pub use report::{DelimiterHint, Expected, JsonPathProblem, Note, RecordHint};

use input::{Cell, Row};
use mapping::{FieldSpec, FieldTable, FieldType, HoursSyntax, Unknown};

/// Where a row is: its CSV line (the header is line 1) or its index in the JSON array.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RowPos {
    Line(u64),
    Index(usize),
}

impl fmt::Display for RowPos {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RowPos::Line(l) => write!(f, "line {l}"),
            RowPos::Index(i) => write!(f, "index {i}"),
        }
    }
}

/// A value that makes its row invalid.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RowError {
    #[serde(flatten)]
    pub at: RowPos,
    pub field: String,
    pub value: String,
    /// What was expected, in English (`kind` as text).
    pub expected: String,
    /// What was expected, machine-readable (for translated reports).
    #[serde(skip)]
    pub kind: Expected,
}

impl RowError {
    pub fn new(
        at: RowPos,
        field: impl Into<String>,
        value: impl Into<String>,
        kind: Expected,
    ) -> RowError {
        RowError {
            at,
            field: field.into(),
            value: value.into(),
            expected: kind.to_string(),
            kind,
        }
    }
}

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}, field {}, value {:?}: expected {}",
            self.at,
            self.field,
            preview(&self.value),
            self.expected
        )
    }
}

/// Something imported as it is, or left out, that a person should look at.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RowWarning {
    #[serde(flatten)]
    pub at: RowPos,
    pub field: String,
    pub value: String,
    /// The note, in English (`kind` as text).
    pub note: String,
    /// The note, machine-readable (for translated reports).
    #[serde(skip)]
    pub kind: Note,
}

impl fmt::Display for RowWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}, field {}, value {:?}: {}",
            self.at,
            self.field,
            preview(&self.value),
            self.note
        )
    }
}

fn preview(s: &str) -> String {
    const MAX: usize = 120;
    if s.chars().count() > MAX {
        format!("{}…", s.chars().take(MAX).collect::<String>())
    } else {
        s.to_owned()
    }
}

/// What to do with a place whose postcode and commune are not in the region.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum OutsideRegion {
    /// The row is invalid (the default).
    #[default]
    Reject,
    /// The place is imported without a commune of the region; its postcode and
    /// commune name are kept as written.
    Accept,
}

/// A problem with the file as a whole: nothing can be read from it.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum FileError {
    #[error(
        "the file is {bytes} bytes, more than the limit of {limit} bytes: split it into smaller files"
    )]
    TooLarge { bytes: u64, limit: u64 },
    #[error("the file is empty")]
    Empty,
    #[error(
        "the file is not UTF-8: line {line} has the byte 0x{byte:02X} ({guess:?} in Windows-1252/Latin-1); save it as UTF-8, or import it with --encoding windows-1252 (or encoding = \"windows-1252\" in the mapping)"
    )]
    Encoding { line: u64, byte: u8, guess: char },
    #[error("{}", missing_columns(.missing, .found, .hint))]
    MissingColumns {
        missing: Vec<String>,
        found: Vec<String>,
        hint: Option<DelimiterHint>,
    },
    #[error("the file is not valid JSON: line {line}, column {column}: {message}")]
    Json {
        line: u64,
        column: u64,
        message: String,
    },
    #[error("json_path {path}: {problem}")]
    JsonPath {
        path: String,
        problem: JsonPathProblem,
    },
}

fn missing_columns(missing: &[String], found: &[String], hint: &Option<DelimiterHint>) -> String {
    let mut s = format!(
        "the mapping reads columns the file does not have: {}; the file has: {}",
        missing.join(", "),
        found.join(", ")
    );
    if let Some(h) = hint {
        s.push_str(&format!(" ({h})"));
    }
    s
}

/// A checked place, ready to be written: its [`PlaceColumns`] (also read
/// through `Deref`, e.g. `place.name`) with where it is in the file, its id in
/// the source and its organisation by name. `columns.organisation_id` is 0:
/// the store sets it when it finds or creates the organisation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ImportedPlace {
    pub at: RowPos,
    /// The stable id in the source; the store key is `<source>:<id>`.
    pub source_id: String,
    pub organisation: String,
    pub organisation_kind: String,
    /// The opening hours are kept as written: they could not be read.
    pub hours_invalid: bool,
    /// The source's last update.
    pub updated_on: Option<NaiveDate>,
    /// What is written into the place's columns. `commune_nis` is None for a
    /// place outside the region (accepted), `commune_name` the commune as
    /// written in the file.
    pub columns: PlaceColumns,
}

impl std::ops::Deref for ImportedPlace {
    type Target = PlaceColumns;

    fn deref(&self) -> &PlaceColumns {
        &self.columns
    }
}

impl std::ops::DerefMut for ImportedPlace {
    fn deref_mut(&mut self) -> &mut PlaceColumns {
        &mut self.columns
    }
}

/// The result of reading a file: the good rows, and what is wrong with the others.
#[derive(Debug, Clone, Serialize)]
pub struct Parsed {
    pub source: String,
    /// Rows read (header excluded).
    pub rows: usize,
    pub places: Vec<ImportedPlace>,
    /// Sorted by position; a row may have several.
    pub errors: Vec<RowError>,
    pub warnings: Vec<RowWarning>,
}

/// How the error of a row outside the region begins.
pub const OUTSIDE_REGION: &str = "a postcode or commune of the region";

impl Parsed {
    /// Rows refused because they are outside the region.
    pub fn outside_region_rows(&self) -> usize {
        self.errors
            .iter()
            .filter(|e| matches!(e.kind, Expected::InRegion { .. }))
            .count()
    }

    /// Number of distinct rows with at least one error.
    pub fn bad_rows(&self) -> usize {
        let mut at: Vec<RowPos> = self.errors.iter().map(|e| e.at).collect();
        at.dedup();
        at.len()
    }

    /// The store key of a place: `<source>:<id>`.
    pub fn key(&self, p: &ImportedPlace) -> String {
        format!("{}:{}", self.source, p.source_id)
    }
}

/// Files larger than this are refused by default (the whole file is held in memory).
pub const DEFAULT_MAX_BYTES: u64 = 64 * 1024 * 1024;

/// What a file is checked against.
pub struct ImportContext<'a> {
    pub region: &'a Region,
    pub vocab: &'a Vocabularies,
    pub outside_region: OutsideRegion,
    pub max_bytes: u64,
    /// Overrides the mapping's source name.
    pub source: Option<String>,
    names: HashMap<String, Vec<String>>,
}

impl<'a> ImportContext<'a> {
    pub fn new(region: &'a Region, vocab: &'a Vocabularies) -> ImportContext<'a> {
        let mut names: HashMap<String, Vec<String>> = HashMap::new();
        for c in &region.communes {
            for n in c.name.values() {
                let v = names.entry(text::fold(n)).or_default();
                if !v.contains(&c.nis) {
                    v.push(c.nis.clone());
                }
            }
        }
        ImportContext {
            region,
            vocab,
            outside_region: OutsideRegion::Reject,
            max_bytes: DEFAULT_MAX_BYTES,
            source: None,
            names,
        }
    }

    pub fn outside_region(mut self, o: OutsideRegion) -> Self {
        self.outside_region = o;
        self
    }

    pub fn max_bytes(mut self, n: u64) -> Self {
        self.max_bytes = n;
        self
    }

    pub fn source(mut self, s: Option<String>) -> Self {
        self.source = s;
        self
    }

    fn region_name(&self) -> String {
        let n = &self.region.name;
        n.get("en")
            .or_else(|| n.values().next())
            .cloned()
            .unwrap_or_else(|| self.region.code.clone())
    }
}

/// Reads `bytes` through `mapping`. A file-level problem is an `Err`; bad rows
/// are listed in [`Parsed::errors`] and left out of [`Parsed::places`].
pub fn parse(bytes: &[u8], mapping: &Mapping, ctx: &ImportContext) -> Result<Parsed, FileError> {
    if bytes.len() as u64 > ctx.max_bytes {
        return Err(FileError::TooLarge {
            bytes: bytes.len() as u64,
            limit: ctx.max_bytes,
        });
    }
    let source = ctx.source.clone().unwrap_or_else(|| mapping.source.clone());
    let text = input::decode(bytes, mapping.encoding)?;
    if text.trim().is_empty() {
        return Err(FileError::Empty);
    }
    let mut errors = Vec::new();
    let mut row_errors = Vec::new();
    let mut warnings = Vec::new();
    let mut places = Vec::new();
    let rows = input::rows(&text, mapping, &mut errors, |at, row| {
        let mut r = RowReader {
            row,
            at,
            mapping,
            ctx,
            errors: Vec::new(),
            warnings: &mut warnings,
        };
        let place = r.place();
        if r.errors.is_empty() {
            places.extend(place);
        } else {
            row_errors.append(&mut r.errors);
        }
    })?;
    errors.append(&mut row_errors);
    // A source id twice in one file: every occurrence is an error, since which
    // one is right is the producer's call.
    let mut by_id: HashMap<&str, Vec<RowPos>> = HashMap::new();
    for p in &places {
        by_id.entry(&p.source_id).or_default().push(p.at);
    }
    let dups: HashMap<String, Vec<RowPos>> = by_id
        .into_iter()
        .filter(|(_, v)| v.len() > 1)
        .map(|(k, v)| (k.to_owned(), v))
        .collect();
    if !dups.is_empty() {
        places.retain(|p| {
            let Some(all) = dups.get(&p.source_id) else {
                return true;
            };
            let also_at: Vec<RowPos> = all.iter().filter(|a| **a != p.at).copied().collect();
            errors.push(RowError::new(
                p.at,
                "id",
                p.source_id.clone(),
                Expected::IdOnce { also_at },
            ));
            false
        });
    }
    errors.sort_by_key(|e| e.at);
    warnings.sort_by_key(|w| w.at);
    Ok(Parsed {
        source,
        rows,
        places,
        errors,
        warnings,
    })
}

/// Reads one row.
struct RowReader<'r, 'a> {
    row: &'r dyn Row,
    at: RowPos,
    mapping: &'r Mapping,
    ctx: &'r ImportContext<'a>,
    errors: Vec<RowError>,
    warnings: &'r mut Vec<RowWarning>,
}

const TRUE_WORDS: [&str; 9] = ["oui", "yes", "true", "1", "x", "vrai", "ja", "o", "y"];
const FALSE_WORDS: [&str; 7] = ["non", "no", "false", "0", "faux", "nee", "n"];

fn truthy(v: &str) -> bool {
    let f = text::fold(v);
    !f.is_empty() && !FALSE_WORDS.contains(&f.as_str())
}

/// Text that went through a wrong decoding (UTF-8 read as Latin-1): "Ã©".
fn looks_misencoded(s: &str) -> bool {
    let mut prev = ' ';
    for c in s.chars() {
        if matches!(prev, 'Ã' | 'Â') && ('\u{80}'..='\u{BF}').contains(&c) {
            return true;
        }
        prev = c;
    }
    false
}

fn parse_number(s: &str) -> Option<f64> {
    let t = s.trim();
    let t = if t.contains(',') && !t.contains('.') {
        t.replace(',', ".")
    } else {
        t.to_owned()
    };
    t.parse::<f64>().ok().filter(|v| v.is_finite())
}

fn parse_date(s: &str) -> Option<NaiveDate> {
    let t = s.trim();
    let day = t.get(..10).unwrap_or(t);
    ["%Y-%m-%d", "%d/%m/%Y", "%Y/%m/%d", "%d-%m-%Y", "%d.%m.%Y"]
        .iter()
        .find_map(|f| NaiveDate::parse_from_str(day, f).ok())
}

impl RowReader<'_, '_> {
    fn error(&mut self, field: &str, value: impl Into<String>, expected: Expected) {
        self.errors
            .push(RowError::new(self.at, field, value, expected));
    }

    fn warn(&mut self, field: &str, value: impl Into<String>, note: Note) {
        self.warnings.push(RowWarning {
            at: self.at,
            field: field.into(),
            value: value.into(),
            note: note.to_string(),
            kind: note,
        });
    }

    fn spec(&self, field: &str) -> Option<(FieldType, FieldTable)> {
        self.mapping
            .fields
            .all()
            .into_iter()
            .find(|(n, _, _)| *n == field)
            .and_then(|(_, ty, spec)| spec.map(|s: &FieldSpec| (ty, s.table())))
    }

    /// The raw values of a field: one per column (or per split piece for lists).
    fn items(&self, t: &FieldTable, list: bool) -> Vec<String> {
        if let Some(v) = &t.value {
            return if list {
                v.split_whitespace().map(String::from).collect()
            } else {
                vec![v.clone()]
            };
        }
        let mut cols: Vec<&String> = t.column.iter().collect();
        if let Some(cs) = &t.columns {
            cols.extend(cs);
        }
        let mut out = Vec::new();
        for c in cols {
            let pieces: Vec<String> = match self.row.get(c) {
                None => continue,
                Some(Cell::Text(s)) => match &t.split {
                    Some(sep) => s
                        .split(sep.as_str())
                        .map(|p| p.trim().to_owned())
                        .filter(|p| !p.is_empty())
                        .collect(),
                    None => vec![s],
                },
                Some(Cell::List(items)) => items,
            };
            if list || t.split.is_none() {
                out.extend(pieces);
            } else {
                out.extend(pieces.into_iter().next());
            }
        }
        if out.is_empty()
            && let Some(d) = &t.default
        {
            out.push(d.clone());
        }
        out
    }

    /// A single text value (several columns joined).
    fn text(&mut self, field: &str) -> Option<String> {
        let (_, t) = self.spec(field)?;
        let items = self.items(&t, false);
        if items.is_empty() {
            return None;
        }
        let mut v = items.join(t.join.as_deref().unwrap_or(" "));
        if let Some(n) = t.pad
            && v.len() < n
            && v.chars().all(|c| c.is_ascii_digit())
        {
            v = format!("{v:0>n$}");
        }
        if v.len() > input::MAX_FIELD_BYTES {
            self.error(
                field,
                v.clone(),
                Expected::MaxBytes {
                    max: input::MAX_FIELD_BYTES,
                },
            );
            return None;
        }
        if looks_misencoded(&v) {
            self.warn(field, v.clone(), Note::Misencoded);
        }
        Some(v)
    }

    /// Maps a raw value to its target: `Ok(None)` when the mapping drops it.
    fn map_value(&self, field: &str, ty: FieldType, raw: &str) -> Result<Option<String>, ()> {
        let values = self.mapping.values.get(field);
        if let Some(to) = values.and_then(|m| m.get(&text::fold(raw))) {
            return Ok((!to.is_empty()).then(|| to.clone()));
        }
        let v = raw.trim();
        let direct = match ty {
            FieldType::Vocab(k) | FieldType::VocabList(k) => self.ctx.vocab.contains(k, v),
            FieldType::Kind => PlaceKind::parse(v).is_ok(),
            FieldType::Label => LabelStatus::parse(v).is_ok(),
            FieldType::Bool => {
                let f = text::fold(v);
                return if TRUE_WORDS.contains(&f.as_str()) {
                    Ok(Some("true".into()))
                } else if FALSE_WORDS.contains(&f.as_str()) {
                    Ok(Some("false".into()))
                } else {
                    Err(())
                };
            }
            _ => true,
        };
        if direct {
            Ok(Some(v.to_owned()))
        } else if let Some(to) = values.and_then(|m| m.get("*")) {
            Ok((!to.is_empty()).then(|| to.clone()))
        } else {
            Err(())
        }
    }

    fn known_codes(&self, ty: FieldType) -> Expected {
        match ty {
            FieldType::Vocab(k) | FieldType::VocabList(k) => Expected::Code {
                vocab: k,
                codes: self
                    .ctx
                    .vocab
                    .terms(k)
                    .iter()
                    .map(|t| t.code.clone())
                    .collect(),
            },
            FieldType::Kind => Expected::PlaceKind,
            FieldType::Label => Expected::Label,
            FieldType::Bool => Expected::YesNo,
            _ => Expected::KnownValue,
        }
    }

    /// The codes of a coded field (single-valued fields keep the first).
    fn codes(&mut self, field: &str) -> Vec<String> {
        let Some((ty, t)) = self.spec(field) else {
            return Vec::new();
        };
        let mut out: Vec<String> = Vec::new();
        for raw in self.items(&t, true) {
            match self.map_value(field, ty, &raw) {
                Ok(Some(c)) => {
                    if !out.contains(&c) {
                        out.push(c);
                    }
                }
                Ok(None) => {}
                Err(()) if t.unknown == Unknown::Skip => {
                    self.warn(field, raw, Note::NoCode);
                }
                Err(()) => {
                    let expected = self.known_codes(ty);
                    self.error(field, raw, expected);
                }
            }
        }
        for (col, code) in &t.flags {
            let on = match self.row.get(col) {
                Some(Cell::Text(s)) => truthy(&s),
                Some(Cell::List(l)) => !l.is_empty(),
                None => false,
            };
            if on && !code.is_empty() && !out.contains(code) {
                out.push(code.clone());
            }
        }
        out
    }

    fn number(&mut self, field: &str) -> Option<f64> {
        let raw = self.text(field)?;
        match parse_number(&raw) {
            Some(v) => Some(v),
            None => {
                self.error(field, raw, Expected::Number);
                None
            }
        }
    }

    fn count(&mut self, field: &str) -> Option<i32> {
        let raw = self.text(field)?;
        match parse_number(&raw) {
            Some(v) if (0.0..=100_000.0).contains(&v) && v.fract() == 0.0 => Some(v as i32),
            _ => {
                self.error(field, raw, Expected::Count { max: 100_000 });
                None
            }
        }
    }

    fn location(&mut self) -> Option<LatLon> {
        let (lat, lon) = if let Some(raw) = self.text("coordinates") {
            let parts: Vec<Option<f64>> = raw
                .split([',', ';', ' '])
                .filter(|p| !p.is_empty())
                .map(parse_number)
                .collect();
            match parts.as_slice() {
                [Some(a), Some(b)] => (Some(*a), Some(*b)),
                _ => {
                    self.error("coordinates", raw, Expected::Coordinates);
                    return None;
                }
            }
        } else {
            (self.number("latitude"), self.number("longitude"))
        };
        match (lat, lon) {
            (None, None) => None,
            (Some(lat), Some(lon)) => match LatLon::checked(lat, lon) {
                Ok(_) if lat == 0.0 && lon == 0.0 => {
                    self.warn("latitude", "0,0", Note::NoPlace);
                    None
                }
                Ok(point) => Some(point),
                Err(wrong) => {
                    for w in wrong {
                        match w {
                            CoordinateError::Latitude => {
                                self.error("latitude", lat.to_string(), Expected::Latitude)
                            }
                            CoordinateError::Longitude => {
                                self.error("longitude", lon.to_string(), Expected::Longitude)
                            }
                        }
                    }
                    None
                }
            },
            (Some(v), None) | (None, Some(v)) => {
                let missing = if lat.is_none() {
                    "latitude"
                } else {
                    "longitude"
                };
                self.error(
                    missing,
                    "",
                    Expected::BothCoordinates {
                        given: v.to_string(),
                    },
                );
                None
            }
        }
    }

    /// The commune of the region, or `Ok(None)` for an accepted place outside it.
    fn commune(
        &mut self,
        postcode: Option<&str>,
        name: Option<&str>,
        code: Option<&str>,
    ) -> Option<Option<String>> {
        let region = self.ctx.region;
        if let Some(nis) = code.filter(|c| region.commune(c).is_some()) {
            if let Some(pc) = postcode.filter(|pc| !region.postcode_in_commune(pc, nis)) {
                self.warn(
                    "postcode",
                    pc,
                    Note::PostcodeNotOfCommune {
                        commune: nis.to_owned(),
                    },
                );
            }
            return Some(Some(nis.to_owned()));
        }
        let by_name: Vec<String> = name
            .and_then(|n| self.ctx.names.get(&text::fold(n)))
            .cloned()
            .unwrap_or_default();
        if let Some(pc) = postcode {
            if let Some(area) = region.postcode(pc) {
                if let Some(nis) = by_name.iter().find(|n| area.communes.contains(n)) {
                    return Some(Some(nis.clone()));
                }
                if let Some(n) = name {
                    self.warn(
                        "commune",
                        n,
                        Note::CommuneNotOfPostcode {
                            postcode: pc.to_owned(),
                        },
                    );
                }
                return Some(area.communes.first().cloned());
            }
        } else if let Some(nis) = by_name.first() {
            return Some(Some(nis.clone()));
        }
        let (field, value) = match (postcode, name, code) {
            (Some(pc), _, _) => ("postcode", pc),
            (None, Some(n), _) => ("commune", n),
            (None, None, Some(c)) => ("commune_code", c),
            (None, None, None) => {
                self.error("postcode", "", Expected::PostcodeOrCommune);
                return None;
            }
        };
        match self.ctx.outside_region {
            OutsideRegion::Accept => Some(None),
            OutsideRegion::Reject => {
                let expected = Expected::InRegion {
                    region: self.ctx.region_name(),
                };
                self.error(field, value, expected);
                None
            }
        }
    }

    fn hours(&mut self) -> (Option<String>, bool) {
        let Some(spec) = self.mapping.hours.clone() else {
            return (None, false);
        };
        let country = self.ctx.region.country.clone();
        let (raw, result): (String, Result<Option<String>, String>) =
            if let Some(col) = &spec.column {
                let Some(raw) = self.row.get(col).map(|c| match c {
                    Cell::Text(s) => s,
                    Cell::List(l) => l.join("; "),
                }) else {
                    return (None, false);
                };
                let r = match Hours::parse(&raw, &country) {
                    Ok(_) => Ok(Some(raw.trim().to_owned())),
                    Err(e) if spec.syntax == HoursSyntax::Osm => Err(e),
                    Err(_) => hours_text::french_week(&raw).map(|w| hours_text::week_to_osm(&w)),
                };
                (raw, r)
            } else {
                let mut week: [Option<hours_text::DayRanges>; 7] = Default::default();
                let mut raw_parts = Vec::new();
                let mut err = None;
                for (day, col) in &spec.days {
                    let Some(d) = hours_text::osm_day(day) else {
                        continue;
                    };
                    let Some(Cell::Text(v)) = self.row.get(col) else {
                        continue;
                    };
                    raw_parts.push((d, format!("{} {v}", hours_text::DAYS[d])));
                    match hours_text::day_ranges(&v) {
                        Ok(r) => week[d] = r,
                        Err(e) => {
                            err.get_or_insert(format!("{}: {e}", hours_text::DAYS[d]));
                        }
                    }
                }
                raw_parts.sort();
                let raw = raw_parts
                    .into_iter()
                    .map(|(_, s)| s)
                    .collect::<Vec<_>>()
                    .join("; ");
                match err {
                    Some(e) => (raw, Err(e)),
                    None => (raw, Ok(hours_text::week_to_osm(&week))),
                }
            };
        let checked = result.and_then(|osm| match osm {
            None => Ok(None),
            Some(o) => Hours::parse(&o, &country).map(|_| Some(o)),
        });
        match checked {
            Ok(h) => (h, false),
            Err(e) if self.mapping.keep_invalid_hours => {
                self.warn(
                    "opening_hours",
                    raw.clone(),
                    Note::HoursKept {
                        detail: e.to_string(),
                    },
                );
                (Some(raw), true)
            }
            Err(e) => {
                self.error(
                    "opening_hours",
                    raw,
                    Expected::OpeningHours {
                        detail: e.to_string(),
                    },
                );
                (None, false)
            }
        }
    }

    fn id(&mut self) -> Option<String> {
        let cols = self.mapping.id.columns();
        let parts: Vec<String> = cols
            .iter()
            .filter_map(|c| match self.row.get(c) {
                Some(Cell::Text(s)) => Some(s),
                Some(Cell::List(l)) => Some(l.join(" ")),
                None => None,
            })
            .collect();
        let id = if cols.len() == 1 {
            parts.into_iter().next()
        } else {
            let slugs: Vec<String> = parts
                .iter()
                .map(|p| text::slug(p))
                .filter(|s| !s.is_empty())
                .collect();
            (!slugs.is_empty()).then(|| slugs.join("~"))
        };
        match id {
            Some(id) if id.len() <= 256 => Some(id),
            Some(id) => {
                self.error("id", id, Expected::IdMaxBytes { max: 256 });
                None
            }
            None => {
                let columns = cols.join(" + ");
                self.error("id", "", Expected::Id { columns });
                None
            }
        }
    }

    /// The postcode: the format rule of [`Postcode`] (the region's own
    /// postcodes are told apart when the commune is found).
    fn postcode(&mut self) -> Result<Option<String>, ()> {
        let Some(raw) = self.text("postcode") else {
            return Ok(None);
        };
        match Postcode::parse(&raw) {
            Ok(p) => Ok(Some(p.into_string())),
            Err(_) => {
                self.error("postcode", raw, Expected::Postcode);
                Err(())
            }
        }
    }

    /// The phone number: the rule of [`PhoneNumber`].
    fn phone(&mut self) -> Option<String> {
        let raw = self.text("phone")?;
        match PhoneNumber::parse(&raw) {
            Ok(p) => Some(p.into_string()),
            Err(_) => {
                self.error("phone", raw, Expected::Phone);
                None
            }
        }
    }

    /// The e-mail address: the rule of [`Email`]. A cell that is not one
    /// address (a web page, two addresses, spaces) is a bad row: the mapping
    /// or the column is probably wrong. A single address whose domain has no
    /// dot (`name@town`) cannot be written to: it is left out with a warning
    /// and the place is imported.
    fn email(&mut self) -> Option<String> {
        let raw = self.text("email")?;
        match Email::parse(&raw) {
            Ok(e) => Some(e.into_string()),
            Err(EmailError::Domain) => {
                self.warn("email", raw, Note::EmailLeftOut);
                None
            }
            Err(_) => {
                self.error("email", raw, Expected::Email);
                None
            }
        }
    }

    /// The web address: the rule of [`WebAddress`] (http or https, with a
    /// host). Another scheme (`javascript:`, `data:`…) is a bad row: such a
    /// link runs code, and a file holding one needs a person's look. An
    /// address written without its scheme (`www.example.org`, as files often
    /// have) is completed with `http://`; one that is broken (spaces inside,
    /// no host) is left out; both with a warning, and the place is imported.
    fn website(&mut self) -> Option<String> {
        let raw = self.text("website")?;
        match WebAddress::parse_or_complete(&raw) {
            Ok((w, false)) => Some(w.into_string()),
            Ok((w, true)) => {
                self.warn(
                    "website",
                    raw,
                    Note::WebAddressCompleted {
                        address: w.as_str().to_owned(),
                    },
                );
                Some(w.into_string())
            }
            Err(WebAddressError::Scheme { .. }) => {
                self.error("website", raw, Expected::WebAddress);
                None
            }
            Err(_) => {
                self.warn("website", raw, Note::WebAddressLeftOut);
                None
            }
        }
    }

    fn place(&mut self) -> Option<ImportedPlace> {
        let source_id = self.id();
        let name = self.text("name");
        match &name {
            None => self.error("name", "", Expected::Name),
            Some(n) if !n.chars().any(char::is_alphabetic) => {
                self.error("name", n.clone(), Expected::NameWithLetter)
            }
            Some(n) if n.chars().count() > 300 => {
                self.error("name", n.clone(), Expected::NameMaxChars { max: 300 })
            }
            _ => {}
        }
        let organisation = self.text("organisation");
        let organisation_kind = self.text("organisation_kind");
        let kind = self
            .codes("kind")
            .first()
            .and_then(|k| PlaceKind::parse(k).ok())
            .unwrap_or(PlaceKind::Other);
        let label_status = self
            .codes("label")
            .first()
            .and_then(|k| LabelStatus::parse(k).ok())
            .unwrap_or(LabelStatus::None);
        let mobile = self.codes("mobile").first().is_some_and(|v| v == "true");
        let address = self.text("address");
        let postcode = self.postcode();
        let commune_name = self.text("commune");
        let commune_code = self.text("commune_code");
        let (postcode, commune_nis) = match postcode {
            Err(()) => (None, None),
            Ok(postcode) => {
                let nis = self
                    .commune(
                        postcode.as_deref(),
                        commune_name.as_deref(),
                        commune_code.as_deref(),
                    )
                    .flatten();
                (postcode, nis)
            }
        };
        let location = self.location();
        let (opening_hours, hours_invalid) = self.hours();
        let services = self.codes("services");
        let publics = self.codes("publics");
        let languages = self.codes("languages");
        let accessibility = self.codes("accessibility");
        let price = self.codes("price").into_iter().next();
        let computers = self.count("computers");
        let tablets = self.count("tablets");
        let phone = self.phone();
        let email = self.email();
        let website = self.website();
        let description = self.text("description");
        let updated_on = match self.text("updated_on") {
            None => None,
            Some(raw) => match parse_date(&raw) {
                Some(d) => Some(d),
                None => {
                    self.error("updated_on", raw, Expected::Date);
                    None
                }
            },
        };
        if !self.errors.is_empty() {
            return None;
        }
        let name = name?;
        let mut columns = PlaceColumns {
            organisation_id: 0,
            kind,
            name: name.clone(),
            address,
            postcode,
            commune_nis,
            commune_name,
            lat: None,
            lon: None,
            opening_hours,
            mobile,
            services,
            publics,
            languages,
            accessibility,
            price,
            computers,
            tablets,
            phone,
            email,
            website,
            description,
            label_status,
        };
        columns.set_location(location);
        Some(ImportedPlace {
            at: self.at,
            source_id: source_id?,
            organisation: organisation.unwrap_or(name),
            organisation_kind: organisation_kind.unwrap_or_else(|| "other".into()),
            hours_invalid,
            updated_on,
            columns,
        })
    }
}
