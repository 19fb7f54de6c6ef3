//! The yearly tables of refurbished IT given to non-profits
//! (`data/regions/brussels/refurbished-it.toml`): units per supplier, year
//! and category, the totals per year and per supplier, and the totals the
//! report declares checked against the lines.

use std::collections::BTreeMap;

use serde::Deserialize;

/// One supplier's units of one year.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Line {
    pub supplier: String,
    pub year: i32,
    #[serde(default)]
    pub laptop: u32,
    #[serde(default)]
    pub desktop: u32,
    #[serde(default)]
    pub screen: u32,
}

/// Units of the three categories.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
pub struct Units {
    #[serde(default)]
    pub laptop: u32,
    #[serde(default)]
    pub desktop: u32,
    #[serde(default)]
    pub screen: u32,
}

impl Units {
    fn add(&mut self, l: &Line) {
        self.laptop += l.laptop;
        self.desktop += l.desktop;
        self.screen += l.screen;
    }
}

/// A total the report declares for a year.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Declared {
    pub year: i32,
    #[serde(flatten)]
    pub units: Units,
    pub seed: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Refurbished {
    pub categories: Vec<String>,
    #[serde(rename = "line")]
    pub lines: Vec<Line>,
    #[serde(default, rename = "declared")]
    pub declared: Vec<Declared>,
}

impl Refurbished {
    /// Reads the file; a supplier given twice for one year is refused.
    pub fn parse(src: &str) -> Result<Refurbished, String> {
        let r: Refurbished = toml::from_str(src).map_err(|e| e.to_string())?;
        let mut seen = std::collections::BTreeSet::new();
        for l in &r.lines {
            if !seen.insert((l.year, l.supplier.as_str())) {
                return Err(format!("{} is given twice for {}", l.supplier, l.year));
            }
        }
        Ok(r)
    }

    /// Units per year, all suppliers together.
    pub fn per_year(&self) -> BTreeMap<i32, Units> {
        let mut out: BTreeMap<i32, Units> = BTreeMap::new();
        for l in &self.lines {
            out.entry(l.year).or_default().add(l);
        }
        out
    }

    /// Units per supplier, all years together.
    pub fn per_supplier(&self) -> BTreeMap<String, Units> {
        let mut out: BTreeMap<String, Units> = BTreeMap::new();
        for l in &self.lines {
            out.entry(l.supplier.clone()).or_default().add(l);
        }
        out
    }

    /// The declared totals that the lines do not give: (year, declared, computed).
    pub fn check(&self) -> Vec<(i32, Units, Units)> {
        let years = self.per_year();
        self.declared
            .iter()
            .filter_map(|d| {
                let computed = years.get(&d.year).copied().unwrap_or_default();
                (computed != d.units).then_some((d.year, d.units, computed))
            })
            .collect()
    }
}

/// The region's yearly tables of refurbished IT, when it has them.
pub fn shipped(region: &str) -> Option<Refurbished> {
    match region {
        "brussels" => Refurbished::parse(include_str!(
            "../../../../data/regions/brussels/refurbished-it.toml"
        ))
        .ok(),
        _ => None,
    }
}
