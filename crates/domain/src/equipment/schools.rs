//! The schools' equipment plan (`data/regions/brussels/schools-equipment.toml`):
//! per year what the report declares and the actions it paid for (lots of
//! Chromebooks, subsidies, an equipment plan, cabling and wifi); the units
//! of a lot action are checked (lots × units per lot) and each year's
//! actions against its declared budget — the difference is reported, never
//! corrected.

use std::collections::BTreeMap;

use serde::Deserialize;

/// The kinds of action, each with its words in the translation files.
pub const KINDS: [&str; 4] = [
    "chromebook-lots",
    "it-subsidies",
    "equipment-plan",
    "cabling-wifi",
];

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Year {
    pub year: i32,
    pub declared_cents: i64,
    pub seed: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Action {
    pub year: i32,
    pub kind: String,
    #[serde(default)]
    pub schools: Option<u32>,
    #[serde(default)]
    pub lots: Option<u32>,
    #[serde(default)]
    pub units_per_lot: Option<u32>,
    #[serde(default)]
    pub units: Option<u32>,
    pub cents: i64,
    pub seed: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct SchoolsPlan {
    #[serde(rename = "year")]
    pub years: Vec<Year>,
    #[serde(rename = "action")]
    pub actions: Vec<Action>,
}

/// A year whose actions do not add up to what the report declares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YearDifference {
    pub year: i32,
    pub declared_cents: i64,
    pub actions_cents: i64,
}

impl SchoolsPlan {
    /// Reads the file; an unknown kind, a lot action whose units are not
    /// lots × units per lot, or an action of an undeclared year is refused.
    pub fn parse(src: &str) -> Result<SchoolsPlan, Vec<String>> {
        let p: SchoolsPlan = toml::from_str(src).map_err(|e| vec![e.to_string()])?;
        let mut problems = Vec::new();
        for a in &p.actions {
            if !KINDS.contains(&a.kind.as_str()) {
                problems.push(format!("{} {}: unknown kind", a.year, a.kind));
            }
            if !p.years.iter().any(|y| y.year == a.year) {
                problems.push(format!(
                    "{} {}: no declared budget that year",
                    a.year, a.kind
                ));
            }
            if let (Some(l), Some(u), Some(units)) = (a.lots, a.units_per_lot, a.units)
                && l * u != units
            {
                problems.push(format!(
                    "{} {}: {l} lots of {u} are not {units} units",
                    a.year, a.kind
                ));
            }
            if a.cents <= 0 {
                problems.push(format!(
                    "{} {}: the amount must be more than 0",
                    a.year, a.kind
                ));
            }
        }
        if problems.is_empty() {
            Ok(p)
        } else {
            Err(problems)
        }
    }

    /// The actions' amounts per year.
    pub fn per_year(&self) -> BTreeMap<i32, i64> {
        let mut m = BTreeMap::new();
        for a in &self.actions {
            *m.entry(a.year).or_insert(0) += a.cents;
        }
        m
    }

    /// The years whose actions differ from the declared budget.
    pub fn check(&self) -> Vec<YearDifference> {
        let sums = self.per_year();
        self.years
            .iter()
            .filter_map(|y| {
                let s = sums.get(&y.year).copied().unwrap_or(0);
                (s != y.declared_cents).then_some(YearDifference {
                    year: y.year,
                    declared_cents: y.declared_cents,
                    actions_cents: s,
                })
            })
            .collect()
    }
}

/// The region's schools plan, when it has one.
pub fn shipped(region: &str) -> Option<SchoolsPlan> {
    match region {
        "brussels" => SchoolsPlan::parse(include_str!(
            "../../../../data/regions/brussels/schools-equipment.toml"
        ))
        .ok(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_brussels_plan_adds_up_except_the_4000_eur_of_2021() {
        let p = shipped("brussels").expect("the file is valid");
        let lots = p
            .actions
            .iter()
            .find(|a| a.kind == "chromebook-lots")
            .unwrap();
        assert_eq!(lots.lots.unwrap() * lots.units_per_lot.unwrap(), 728);
        assert_eq!(p.per_year()[&2020], 36_300_000, "291,000 + 72,000 EUR");
        assert_eq!(
            p.check(),
            vec![YearDifference {
                year: 2021,
                declared_cents: 290_400_000,
                actions_cents: 290_000_000
            }]
        );
    }

    #[test]
    fn wrong_units_are_refused() {
        let src = include_str!("../../../../data/regions/brussels/schools-equipment.toml")
            .replace("units = 728", "units = 730");
        let e = SchoolsPlan::parse(&src).unwrap_err();
        assert!(e[0].contains("56 lots of 13 are not 730 units"), "{e:?}");
    }
}
