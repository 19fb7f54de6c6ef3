//! Organisations and the places where people find digital help.

use serde::{Deserialize, Serialize};

use crate::geo::LatLon;

/// What kind of entry a place is in the directory.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PlaceKind {
    /// A public digital space.
    Epn,
    /// An actor running a funded digital-inclusion project.
    Project,
    /// Any other place offering digital help.
    Other,
}

impl PlaceKind {
    pub fn code(self) -> &'static str {
        match self {
            PlaceKind::Epn => "epn",
            PlaceKind::Project => "project",
            PlaceKind::Other => "other",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        [PlaceKind::Epn, PlaceKind::Project, PlaceKind::Other]
            .into_iter()
            .find(|k| k.code() == s)
    }
}

/// Label status as shown in the directory (the workflow lives elsewhere).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LabelStatus {
    None,
    Labelled,
    Withdrawn,
    Refused,
}

impl LabelStatus {
    pub fn code(self) -> &'static str {
        match self {
            LabelStatus::None => "none",
            LabelStatus::Labelled => "labelled",
            LabelStatus::Withdrawn => "withdrawn",
            LabelStatus::Refused => "refused",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        [
            LabelStatus::None,
            LabelStatus::Labelled,
            LabelStatus::Withdrawn,
            LabelStatus::Refused,
        ]
        .into_iter()
        .find(|k| k.code() == s)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Organisation {
    pub id: i64,
    pub key: Option<String>,
    pub name: String,
    pub kind: String,
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
    pub commune_nis: String,
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
    pub website: Option<String>,
    pub description: Option<String>,
    pub label: LabelStatus,
    /// Last update, UTC date (YYYY-MM-DD).
    pub updated_on: String,
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
