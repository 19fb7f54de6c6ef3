//! Open data exports of the directory, as pure functions (the callers load the
//! places and write the bytes):
//!
//! - [`plain`]: every field of a place as a table (CSV, spreadsheet rows) or JSON;
//! - [`geojson`]: a GeoJSON FeatureCollection of points;
//! - [`mednum`]: the French national standard "lieux de médiation numérique"
//!   v1.0.2, with the Belgian profile documented there;
//! - [`hsds`]: Open Referral HSDS 3.0, the international standard for
//!   directories of human services.
//!
//! Every export publishes, in ascending id order (see [`published`]), the
//! places of the region and those outside it that an import let in
//! (`--outside-region accept`), which say so (`in_region` false, their
//! postcode and commune as imported). A web address is published only when it
//! is an http(s) one ([`Place::web_address`]); CSV cells never start a
//! formula ([`crate::text::csv_cell`]).

pub mod geojson;
pub mod hsds;
pub mod mednum;
pub mod plain;
pub mod schedule;

use crate::geo::LatLon;
use crate::place::Place;
use crate::region::{Names, Region};
use crate::text;

/// One value of a table cell.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Integer(i64),
    Number(f64),
    Bool(bool),
}

impl Cell {
    /// Text, or [`Cell::Empty`] when the text is empty.
    pub fn text(s: impl Into<String>) -> Cell {
        let s = s.into();
        if s.is_empty() {
            Cell::Empty
        } else {
            Cell::Text(s)
        }
    }

    pub fn opt_text(s: Option<&str>) -> Cell {
        s.map_or(Cell::Empty, Cell::text)
    }

    /// The value as CSV and spreadsheet readers expect it when written as text.
    pub fn to_text(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(s) => s.clone(),
            Cell::Integer(n) => n.to_string(),
            Cell::Number(x) => x.to_string(),
            Cell::Bool(b) => b.to_string(),
        }
    }
}

/// A table with a header row: the common shape of the CSV and spreadsheet exports.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

impl Table {
    /// RFC 4180 CSV: comma-separated, every field quoted, CRLF line ends,
    /// UTF-8; every cell through [`text::csv_cell`] (no formula).
    pub fn to_csv(&self) -> String {
        let mut out = String::new();
        write_csv_line(&mut out, self.header.iter().map(String::as_str));
        for row in &self.rows {
            let texts: Vec<String> = row.iter().map(Cell::to_text).collect();
            write_csv_line(&mut out, texts.iter().map(String::as_str));
        }
        out
    }

    /// The index of a column by its header name.
    pub fn column(&self, name: &str) -> Option<usize> {
        self.header.iter().position(|h| h == name)
    }
}

fn write_csv_line<'a>(out: &mut String, fields: impl Iterator<Item = &'a str>) {
    for (i, f) in fields.enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push('"');
        out.push_str(&text::csv_cell(f).replace('"', "\"\""));
        out.push('"');
    }
    out.push_str("\r\n");
}

/// The places an export publishes, sorted by id: those of the region (which
/// the public directory lists) and those outside it that an import let in
/// with their own postcode or commune ([`Place::outside_region`]), so that
/// what was imported can be exported again. A place placed nowhere (no
/// commune, postcode or commune name) is left out, as the directory leaves it.
pub fn published<'a>(places: &'a [Place], region: &Region) -> Vec<&'a Place> {
    let mut v: Vec<&Place> = places
        .iter()
        .filter(|p| p.in_region(region) || p.outside_region(region))
        .collect();
    v.sort_by_key(|p| p.id);
    v
}

/// The position of a place and whether it is approximate: its exact
/// coordinates, else the centre of its postcode area (when that postcode
/// belongs to its commune), else the centre of its commune. The same rule as
/// the directory's distances.
pub fn position(region: &Region, place: &Place) -> Option<(LatLon, bool)> {
    if let Some(l) = place.location {
        return Some((l, false));
    }
    let commune = region.commune(&place.commune_nis)?;
    let pc = place
        .postcode
        .as_deref()
        .and_then(|c| region.postcode(c))
        .filter(|pc| pc.communes.iter().any(|n| n == &commune.nis));
    Some(match pc {
        Some(pc) => (
            LatLon {
                lat: pc.lat,
                lon: pc.lon,
            },
            true,
        ),
        None => (Region::centroid(commune), true),
    })
}

/// A name in the region's first language that has one (then any language).
pub fn local_name<'a>(region: &Region, names: &'a Names) -> &'a str {
    region
        .languages
        .iter()
        .find_map(|l| names.get(l))
        .or_else(|| names.values().next())
        .map_or("", String::as_str)
}

/// A name in `lang` if there is one, else [`local_name`].
pub fn name_in<'a>(region: &Region, names: &'a Names, lang: &str) -> &'a str {
    names
        .get(lang)
        .map_or_else(|| local_name(region, names), String::as_str)
}

/// The commune's name in the region's first language ("" if unknown).
pub fn commune_name<'a>(region: &'a Region, nis: &str) -> &'a str {
    region
        .commune(nis)
        .map_or("", |c| local_name(region, &c.name))
}

/// Non-empty trimmed text.
pub(crate) fn present(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_cells_never_start_a_formula() {
        let t = Table {
            header: vec!["name".into(), "lon".into()],
            rows: vec![
                vec![
                    Cell::text("=HYPERLINK(\"http://x\",\"Click\")"),
                    Cell::Number(-0.55),
                ],
                vec![Cell::text("@cmd"), Cell::text("-0.55")],
            ],
        };
        assert_eq!(
            t.to_csv(),
            "\"name\",\"lon\"\r\n\"'=HYPERLINK(\"\"http://x\"\",\"\"Click\"\")\",\"-0.55\"\r\n\"'@cmd\",\"-0.55\"\r\n"
        );
    }

    #[test]
    fn csv_quotes_every_field_and_doubles_quotes() {
        let t = Table {
            header: vec!["a".into(), "b".into()],
            rows: vec![vec![Cell::text("say \"hi\", twice"), Cell::Number(50.5)]],
        };
        assert_eq!(
            t.to_csv(),
            "\"a\",\"b\"\r\n\"say \"\"hi\"\", twice\",\"50.5\"\r\n"
        );
    }
}
