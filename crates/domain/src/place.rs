//! Organisations and the places where people find digital help.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::contact::WebAddress;
use crate::geo::LatLon;
use crate::region::Region;

/// What kind of entry a place is in the directory. Stored and exchanged as
/// its [`code`](PlaceKind::code).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PlaceKind {
    /// A public digital space.
    Epn,
    /// An actor running a funded digital-inclusion project.
    Project,
    /// Any other place offering digital help.
    #[default]
    Other,
}

/// A code that is not one of a closed list; its `Display` says what is expected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{expected} (found {found:?})")]
pub struct UnknownCode {
    pub found: String,
    /// The codes, in English: "epn, project or other".
    pub expected: &'static str,
}

impl PlaceKind {
    pub const ALL: [PlaceKind; 3] = [PlaceKind::Epn, PlaceKind::Project, PlaceKind::Other];

    pub fn code(self) -> &'static str {
        match self {
            PlaceKind::Epn => "epn",
            PlaceKind::Project => "project",
            PlaceKind::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Result<Self, UnknownCode> {
        Self::ALL
            .into_iter()
            .find(|k| k.code() == s)
            .ok_or_else(|| UnknownCode {
                found: s.to_owned(),
                expected: "epn, project or other",
            })
    }
}

/// Label status as shown in the directory (the workflow lives elsewhere).
/// Stored and exchanged as its [`code`](LabelStatus::code).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LabelStatus {
    #[default]
    None,
    Labelled,
    Withdrawn,
    Refused,
}

impl LabelStatus {
    pub const ALL: [LabelStatus; 4] = [
        LabelStatus::None,
        LabelStatus::Labelled,
        LabelStatus::Withdrawn,
        LabelStatus::Refused,
    ];

    pub fn code(self) -> &'static str {
        match self {
            LabelStatus::None => "none",
            LabelStatus::Labelled => "labelled",
            LabelStatus::Withdrawn => "withdrawn",
            LabelStatus::Refused => "refused",
        }
    }

    pub fn parse(s: &str) -> Result<Self, UnknownCode> {
        Self::ALL
            .into_iter()
            .find(|k| k.code() == s)
            .ok_or_else(|| UnknownCode {
                found: s.to_owned(),
                expected: "none, labelled, withdrawn or refused",
            })
    }
}

macro_rules! code_enum {
    ($t:ident) => {
        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.code())
            }
        }

        impl std::str::FromStr for $t {
            type Err = UnknownCode;
            fn from_str(s: &str) -> Result<Self, UnknownCode> {
                $t::parse(s)
            }
        }

        /// Compares with a code, e.g. `kind == "epn"`.
        impl PartialEq<&str> for $t {
            fn eq(&self, other: &&str) -> bool {
                self.code() == *other
            }
        }

        impl PartialEq<str> for $t {
            fn eq(&self, other: &str) -> bool {
                self.code() == other
            }
        }
    };
}

code_enum!(PlaceKind);
code_enum!(LabelStatus);

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Organisation {
    pub id: i64,
    pub key: Option<String>,
    pub name: String,
    pub kind: String,
}

/// The columns of a place that people and imports write: the one row type of
/// a place, used by the import (inside
/// [`ImportedPlace`](crate::import::ImportedPlace)), the editing pages and the
/// proposals, merges and the directory loader (which makes a [`Place`] of it).
/// Lists are vocabulary codes.
///
/// Proposals and the audit log store it as JSON (one key per field, lists as
/// arrays, `kind` and `label_status` as their codes); that JSON is read back,
/// also when it was written by an older version (missing keys are empty).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct PlaceColumns {
    pub organisation_id: i64,
    pub kind: PlaceKind,
    pub name: String,
    pub address: Option<String>,
    pub postcode: Option<String>,
    /// The commune of the region; None for a place outside it.
    pub commune_nis: Option<String>,
    /// The commune as a source wrote it, for places outside the region.
    pub commune_name: Option<String>,
    /// Both or neither (see [`PlaceColumns::location`]).
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    /// Raw OpenStreetMap opening_hours text.
    pub opening_hours: Option<String>,
    pub mobile: bool,
    pub services: Vec<String>,
    pub publics: Vec<String>,
    pub languages: Vec<String>,
    pub accessibility: Vec<String>,
    pub price: Option<String>,
    pub computers: Option<i32>,
    pub tablets: Option<i32>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub website: Option<String>,
    pub description: Option<String>,
    pub label_status: LabelStatus,
}

impl PlaceColumns {
    /// The exact coordinates, when both are known and in range.
    pub fn location(&self) -> Option<LatLon> {
        self.lat
            .zip(self.lon)
            .and_then(|(lat, lon)| LatLon::new(lat, lon))
    }

    pub fn set_location(&mut self, location: Option<LatLon>) {
        self.lat = location.map(|l| l.lat);
        self.lon = location.map(|l| l.lon);
    }

    /// The columns as JSON, for the audit log and proposals.
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::to_value(self).unwrap_or(serde_json::Value::Null)
    }

    /// The columns read back from the JSON of a proposal or an audit entry;
    /// None when it is not one.
    pub fn from_json(s: &str) -> Option<PlaceColumns> {
        serde_json::from_str(s).ok()
    }
}

/// A place as the directory knows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Place {
    pub id: i64,
    pub name: String,
    pub organisation_id: i64,
    pub organisation: String,
    pub kind: PlaceKind,
    pub address: Option<String>,
    pub postcode: Option<String>,
    /// The commune of the region; empty for a place outside it (imported
    /// with `--outside-region accept`), which the directory does not list.
    pub commune_nis: String,
    /// The commune as a source wrote it, for a place outside the region.
    pub commune_name: Option<String>,
    /// Exact coordinates, when known.
    pub location: Option<LatLon>,
    /// Raw OpenStreetMap opening_hours text.
    pub opening_hours: Option<String>,
    pub mobile: bool,
    pub services: Vec<String>,
    pub publics: Vec<String>,
    pub languages: Vec<String>,
    pub accessibility: Vec<String>,
    pub price: Option<String>,
    pub computers: Option<i32>,
    pub tablets: Option<i32>,
    pub phone: Option<String>,
    pub email: Option<String>,
    /// The web address as stored; published only through [`Place::web_address`].
    pub website: Option<String>,
    pub description: Option<String>,
    pub label: LabelStatus,
    /// Last update, UTC date (YYYY-MM-DD).
    pub updated_on: String,
}

/// A place's web address as published: trimmed, and only when it is an
/// http(s) address (the one rule of [`WebAddress`]); None otherwise.
pub fn published_web_address(website: Option<&str>) -> Option<&str> {
    website
        .map(str::trim)
        .filter(|w| WebAddress::parse(w).is_ok())
}

impl Place {
    /// The place of `columns`, with its id, its organisation's name and its
    /// last update (YYYY-MM-DD).
    pub fn from_columns(
        id: i64,
        organisation: String,
        updated_on: String,
        c: PlaceColumns,
    ) -> Place {
        Place {
            id,
            location: c.location(),
            name: c.name,
            organisation_id: c.organisation_id,
            organisation,
            kind: c.kind,
            address: c.address,
            postcode: c.postcode,
            commune_nis: c.commune_nis.unwrap_or_default(),
            commune_name: c.commune_name,
            opening_hours: c.opening_hours,
            mobile: c.mobile,
            services: c.services,
            publics: c.publics,
            languages: c.languages,
            accessibility: c.accessibility,
            price: c.price,
            computers: c.computers,
            tablets: c.tablets,
            phone: c.phone,
            email: c.email,
            website: c.website,
            description: c.description,
            label: c.label_status,
            updated_on,
        }
    }

    /// The web address to show, link and republish: the stored one when it
    /// is an http(s) address ([`WebAddress`]). An address stored before the
    /// rule (a `javascript:` link from an old import) is never published;
    /// the data-quality check lists it.
    pub fn web_address(&self) -> Option<&str> {
        published_web_address(self.website.as_deref())
    }

    /// Is it in a commune of the region?
    pub fn in_region(&self, region: &Region) -> bool {
        region.commune(&self.commune_nis).is_some()
    }

    /// Is it a place outside the region, let in by an import
    /// (`--outside-region accept`) with its own postcode or commune? Such
    /// places are stored and exported, but not listed by the directory. (A
    /// place with no commune, postcode or commune name at all is neither: it
    /// is placed nowhere.)
    pub fn outside_region(&self, region: &Region) -> bool {
        !self.in_region(region)
            && (self
                .postcode
                .as_deref()
                .is_some_and(|p| !p.trim().is_empty())
                || self
                    .commune_name
                    .as_deref()
                    .is_some_and(|c| !c.trim().is_empty()))
    }

    /// The commune's name: the region's (in its first language), else the
    /// one the source wrote for a place outside the region.
    pub fn commune_label<'a>(&'a self, region: &'a Region) -> &'a str {
        match region.commune(&self.commune_nis) {
            Some(c) => crate::export::local_name(region, &c.name),
            None => self.commune_name.as_deref().unwrap_or(""),
        }
    }
}

/// A contradiction found in source data, kept for the data-quality checks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DataIssue {
    pub place_id: Option<i64>,
    pub field: String,
    pub value: String,
    pub message: String,
    pub source: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_unknown_ones_say_what_is_expected() {
        for k in PlaceKind::ALL {
            assert_eq!(PlaceKind::parse(k.code()), Ok(k));
            assert_eq!(serde_json::to_value(k).unwrap(), k.code());
        }
        for l in LabelStatus::ALL {
            assert_eq!(LabelStatus::parse(l.code()), Ok(l));
            assert_eq!(serde_json::to_value(l).unwrap(), l.code());
        }
        let e = PlaceKind::parse("shop").unwrap_err();
        assert_eq!(e.to_string(), "epn, project or other (found \"shop\")");
        assert!(LabelStatus::parse("maybe").is_err());
        assert!(LabelStatus::Labelled == "labelled");
    }

    /// The JSON of a place's columns as proposals and the audit log hold it,
    /// written by the version before [`PlaceColumns`] moved to the domain
    /// (then `store::editing::PlaceRecord`, with `kind` and `label_status` as
    /// text): it still reads, and writes back the same.
    #[test]
    fn reads_the_json_of_proposals_written_before() {
        let stored = r#"{"organisation_id":3,"kind":"epn","name":"EPN Sapiens","address":"Rue de la Loi 16","postcode":"1210","commune_nis":"21014","commune_name":null,"lat":50.853,"lon":4.37,"opening_hours":"Mo-Fr 09:00-17:00","mobile":false,"services":["training","printing"],"publics":[],"languages":["fr","nl"],"accessibility":["wheelchair"],"price":"free","computers":12,"tablets":null,"phone":"02 555 01 02","email":"sapiens@example.org","website":"https://www.sapiens.example.org","description":null,"label_status":"labelled"}"#;
        let c: PlaceColumns = serde_json::from_str(stored).unwrap();
        assert_eq!(c.kind, PlaceKind::Epn);
        assert_eq!(c.label_status, LabelStatus::Labelled);
        assert_eq!(c.services, ["training", "printing"]);
        assert_eq!(c.location(), LatLon::new(50.853, 4.37));
        assert_eq!(serde_json::to_string(&c).unwrap(), stored);
        // An older record without some keys reads with those fields empty.
        let old: PlaceColumns = serde_json::from_str(
            r#"{"organisation_id":3,"kind":"other","name":"A","label_status":"none"}"#,
        )
        .unwrap();
        assert_eq!(old.name, "A");
        assert!(old.services.is_empty() && old.commune_name.is_none());
    }
}
