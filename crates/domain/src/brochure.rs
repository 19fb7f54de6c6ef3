//! A commune brochure as data: the public digital spaces and other help
//! of a group of communes (the region's `brochure_groups`), each with its
//! address, its hours as a week, services, languages, accessibility, phone
//! and the address of its live page, with the date of the data. Worded in
//! one language by whoever builds it; drawn as a web page (the web crate)
//! and as a tagged PDF (the documents crate).

use serde::Serialize;

/// A day of a place's week, worded: ("Lundi", "10:00–12:00, 14:00–18:00").
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BrochureDay {
    pub day: String,
    pub hours: String,
}

/// A place as the brochure lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BrochureEntry {
    pub name: String,
    /// Street, postcode and commune, on one line.
    pub address: String,
    /// Empty when the hours are not known (then `hours_note` says so).
    pub week: Vec<BrochureDay>,
    pub hours_note: Option<String>,
    pub services: Vec<String>,
    pub languages: Vec<String>,
    pub accessibility: Vec<String>,
    pub phone: Option<String>,
    /// Its live page (a QR code leads there on paper).
    pub url: String,
    /// What the QR code leads to, for those who cannot see it.
    pub qr_alt: String,
}

/// The places of one commune of the group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BrochureCommune {
    pub name: String,
    pub entries: Vec<BrochureEntry>,
}

/// The brochure's fixed words; a label that introduces a value carries its
/// own punctuation ("Téléphone :", "Phone:").
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BrochureLabels {
    pub day: String,
    pub hours: String,
    pub services: String,
    pub languages: String,
    pub accessibility: String,
    pub phone: String,
    pub page_of: String,
    /// Between the items of a list (", ", "، ").
    pub separator: String,
}

/// A whole brochure, worded in `lang`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Brochure {
    /// BCP 47 code ("fr", "ar"): the document's language (and direction).
    pub lang: String,
    /// The group's key, for the document's identity.
    pub group: String,
    pub title: String,
    /// The communes of the group, worded.
    pub subtitle: String,
    pub intro: String,
    /// "Data of 4 December 2026": when the list was taken from the directory.
    pub date_line: String,
    /// Who publishes it, and where the live directory is.
    pub publisher: String,
    pub site: String,
    pub labels: BrochureLabels,
    pub communes: Vec<BrochureCommune>,
    /// Said when the group has no place.
    pub empty: String,
}
