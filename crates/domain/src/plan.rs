//! The plan the region runs (issue 13): its axes, numbered measures and the
//! actions under them, the organisations that own or join a measure, the
//! target publics, and the funding sources of its budget ledger. A plan is
//! data of the region (`data/regions/<region>/plan-<years>.toml`); nothing
//! of it is written in code.
//!
//! The deliverables, the approved versions and the ledger live in the
//! database; they name the plan's parts by their codes (an axis code, a
//! measure number, `"<measure>.<action>"`, a source code), checked here.

use std::collections::BTreeSet;
use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use crate::region::Names;

/// The Brussels plan 2021-2024.
pub const BRUSSELS_PLAN: &str = include_str!("../../../data/regions/brussels/plan-2021-2024.toml");

static BRUSSELS: LazyLock<Plan> =
    LazyLock::new(|| Plan::from_toml(BRUSSELS_PLAN).expect("the shipped plan is valid"));

/// The plan of a shipped region.
pub fn shipped(region_code: &str) -> Option<&'static Plan> {
    match region_code {
        "brussels" => Some(&BRUSSELS),
        _ => None,
    }
}

/// The parts of Passerelle a measure's page may link to, as evidence.
pub const AREAS: [&str; 12] = [
    "label",
    "survey",
    "calls",
    "equipment",
    "activity",
    "directory",
    "sessions",
    "referrals",
    "diagnostic",
    "figures",
    "capacity",
    "cadastre",
];

/// A plan: one region, one period.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    pub code: String,
    pub first_year: i32,
    pub last_year: i32,
    pub name: Names,
    /// Whether the public pages show actual spending (the planned budget
    /// is public in any case).
    #[serde(default)]
    pub actuals_public: bool,
    #[serde(default, rename = "organisation")]
    pub organisations: Vec<Organisation>,
    #[serde(default, rename = "public")]
    pub publics: Vec<TargetPublic>,
    #[serde(default, rename = "source")]
    pub sources: Vec<FundingSource>,
    #[serde(rename = "axis")]
    pub axes: Vec<Axis>,
    #[serde(rename = "measure")]
    pub measures: Vec<Measure>,
}

/// An organisation that owns or joins measures.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    pub code: String,
    pub name: Names,
}

/// A target public of the plan.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct TargetPublic {
    pub code: String,
    pub name: Names,
}

/// Where the money comes from.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct FundingSource {
    pub code: String,
    /// The plan's own budget (true), or other spending counted as the
    /// plan's work (false: Annex 1's "other budget of the IT centre").
    pub in_plan: bool,
    pub name: Names,
}

/// An axis of the plan.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Axis {
    pub code: String,
    pub number: u32,
    pub name: Names,
    #[serde(default)]
    pub summary: Names,
}

/// A numbered measure, under one axis.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Measure {
    pub number: u32,
    /// The code of its axis.
    pub axis: String,
    pub name: Names,
    /// Codes of the organisations that own it.
    #[serde(default)]
    pub owners: Vec<String>,
    /// Codes of its partners.
    #[serde(default)]
    pub partners: Vec<String>,
    /// Codes of the target publics it serves.
    #[serde(default)]
    pub publics: Vec<String>,
    /// Parts of Passerelle that give evidence for it (one of `AREAS`).
    #[serde(default)]
    pub areas: Vec<String>,
    #[serde(default, rename = "action")]
    pub actions: Vec<Action>,
}

/// An action under a measure; its key in the ledger is `"<measure>.<code>"`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Action {
    pub code: String,
    pub name: Names,
}

/// Why a plan file is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanError {
    Toml(String),
    /// (what, the code or number): e.g. ("axis", "sensibiliser") twice.
    Duplicate(&'static str, String),
    /// A measure names an unknown (what, code).
    Unknown(&'static str, String),
    /// A name misses a language of the plan's name.
    MissingName(String),
    /// The first year is after the last one.
    Years,
}

impl std::fmt::Display for PlanError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PlanError::Toml(e) => write!(f, "not a plan file: {e}"),
            PlanError::Duplicate(what, c) => write!(f, "{what} {c} is given twice"),
            PlanError::Unknown(what, c) => write!(f, "unknown {what}: {c}"),
            PlanError::MissingName(w) => write!(f, "{w} has no name in every language of the plan"),
            PlanError::Years => write!(f, "first_year is after last_year"),
        }
    }
}

impl std::error::Error for PlanError {}

/// The languages every name of a plan must have.
pub const LANGUAGES: [&str; 4] = ["fr", "nl", "en", "ar"];

fn name_in<'a>(names: &'a Names, lang: &str) -> &'a str {
    names
        .get(lang)
        .or_else(|| names.get("en"))
        .or_else(|| names.values().next())
        .map(String::as_str)
        .unwrap_or("")
}

impl Plan {
    /// Parses and checks a plan file: unique codes and numbers, every code
    /// a measure names known, every name in every language.
    pub fn from_toml(src: &str) -> Result<Plan, PlanError> {
        let plan: Plan = toml::from_str(src).map_err(|e| PlanError::Toml(e.to_string()))?;
        plan.check()?;
        Ok(plan)
    }

    fn check(&self) -> Result<(), PlanError> {
        if self.first_year > self.last_year {
            return Err(PlanError::Years);
        }
        let named = |what: String, n: &Names| {
            if LANGUAGES
                .iter()
                .all(|l| n.get(*l).is_some_and(|s| !s.trim().is_empty()))
            {
                Ok(())
            } else {
                Err(PlanError::MissingName(what))
            }
        };
        named(format!("plan {}", self.code), &self.name)?;
        fn unique(
            what: &'static str,
            keys: impl Iterator<Item = String>,
        ) -> Result<BTreeSet<String>, PlanError> {
            let mut seen = BTreeSet::new();
            for k in keys {
                if !seen.insert(k.clone()) {
                    return Err(PlanError::Duplicate(what, k));
                }
            }
            Ok(seen)
        }
        let orgs = unique(
            "organisation",
            self.organisations.iter().map(|o| o.code.clone()),
        )?;
        let publics = unique("public", self.publics.iter().map(|p| p.code.clone()))?;
        unique("source", self.sources.iter().map(|s| s.code.clone()))?;
        let axes = unique("axis", self.axes.iter().map(|a| a.code.clone()))?;
        unique(
            "axis number",
            self.axes.iter().map(|a| a.number.to_string()),
        )?;
        unique(
            "measure",
            self.measures.iter().map(|m| m.number.to_string()),
        )?;
        for o in &self.organisations {
            named(format!("organisation {}", o.code), &o.name)?;
        }
        for p in &self.publics {
            named(format!("public {}", p.code), &p.name)?;
        }
        for s in &self.sources {
            named(format!("source {}", s.code), &s.name)?;
        }
        for a in &self.axes {
            named(format!("axis {}", a.code), &a.name)?;
        }
        for m in &self.measures {
            named(format!("measure {}", m.number), &m.name)?;
            if !axes.contains(&m.axis) {
                return Err(PlanError::Unknown("axis", m.axis.clone()));
            }
            for o in m.owners.iter().chain(&m.partners) {
                if !orgs.contains(o) {
                    return Err(PlanError::Unknown("organisation", o.clone()));
                }
            }
            for p in &m.publics {
                if !publics.contains(p) {
                    return Err(PlanError::Unknown("public", p.clone()));
                }
            }
            for a in &m.areas {
                if !AREAS.contains(&a.as_str()) {
                    return Err(PlanError::Unknown("area", a.clone()));
                }
            }
            unique(
                "action",
                m.actions.iter().map(|a| format!("{}.{}", m.number, a.code)),
            )?;
            for a in &m.actions {
                named(format!("action {}.{}", m.number, a.code), &a.name)?;
            }
        }
        Ok(())
    }

    /// The plan's name in `lang`.
    pub fn name(&self, lang: &str) -> &str {
        name_in(&self.name, lang)
    }

    /// The years of the plan, in order.
    pub fn years(&self) -> std::ops::RangeInclusive<i32> {
        self.first_year..=self.last_year
    }

    pub fn axis(&self, code: &str) -> Option<&Axis> {
        self.axes.iter().find(|a| a.code == code)
    }

    pub fn measure(&self, number: u32) -> Option<&Measure> {
        self.measures.iter().find(|m| m.number == number)
    }

    /// The measures of an axis, in number order.
    pub fn measures_of<'a>(&'a self, axis: &'a str) -> impl Iterator<Item = &'a Measure> + 'a {
        self.measures.iter().filter(move |m| m.axis == axis)
    }

    /// An action by its key `"<measure>.<code>"`, with its measure.
    pub fn action(&self, key: &str) -> Option<(&Measure, &Action)> {
        let (n, code) = key.split_once('.')?;
        let m = self.measure(n.parse().ok()?)?;
        let a = m.actions.iter().find(|a| a.code == code)?;
        Some((m, a))
    }

    pub fn source(&self, code: &str) -> Option<&FundingSource> {
        self.sources.iter().find(|s| s.code == code)
    }

    pub fn organisation(&self, code: &str) -> Option<&Organisation> {
        self.organisations.iter().find(|o| o.code == code)
    }

    pub fn public(&self, code: &str) -> Option<&TargetPublic> {
        self.publics.iter().find(|p| p.code == code)
    }

    /// The plan as a canonical JSON text: what a steering committee
    /// approves as a version (stored whole, compared with `changes`).
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a plan serialises")
    }
}

impl Axis {
    pub fn name(&self, lang: &str) -> &str {
        name_in(&self.name, lang)
    }
    pub fn summary(&self, lang: &str) -> &str {
        name_in(&self.summary, lang)
    }
}

impl Measure {
    pub fn name(&self, lang: &str) -> &str {
        name_in(&self.name, lang)
    }
    /// The key of one of its actions in the ledger.
    pub fn action_key(&self, action: &Action) -> String {
        format!("{}.{}", self.number, action.code)
    }
}

impl Action {
    pub fn name(&self, lang: &str) -> &str {
        name_in(&self.name, lang)
    }
}

impl Organisation {
    pub fn name(&self, lang: &str) -> &str {
        name_in(&self.name, lang)
    }
}

impl TargetPublic {
    pub fn name(&self, lang: &str) -> &str {
        name_in(&self.name, lang)
    }
}

impl FundingSource {
    pub fn name(&self, lang: &str) -> &str {
        name_in(&self.name, lang)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_brussels_plan_has_four_axes_and_seventeen_measures() {
        let p = shipped("brussels").unwrap();
        assert_eq!(p.axes.len(), 4);
        assert_eq!(p.measures.len(), 17);
        assert_eq!(p.publics.len(), 6);
        assert_eq!(
            p.measures.iter().map(|m| m.number).collect::<Vec<_>>(),
            (1..=17).collect::<Vec<_>>()
        );
        assert_eq!(p.measure(3).unwrap().name("fr"), "Labellisation");
        assert_eq!(p.measures_of("federer").count(), 3);
        let (m, a) = p.action("1.printemps-numerique").unwrap();
        assert_eq!(m.number, 1);
        assert_eq!(a.name("fr"), "Participation au Printemps Numérique");
        assert!(p.action("2.printemps-numerique").is_none());
        assert!(p.source("cirb-other").is_some_and(|s| !s.in_plan));
    }

    #[test]
    fn a_measure_naming_an_unknown_axis_is_refused() {
        let bad = BRUSSELS_PLAN.replacen("axis = \"federer\"", "axis = \"fedrer\"", 1);
        assert_eq!(
            Plan::from_toml(&bad),
            Err(PlanError::Unknown("axis", "fedrer".into()))
        );
        let twice = BRUSSELS_PLAN.replacen("number = 2\naxis", "number = 1\naxis", 1);
        assert_eq!(
            Plan::from_toml(&twice),
            Err(PlanError::Duplicate("measure", "1".into()))
        );
        let unnamed = BRUSSELS_PLAN.replacen(
            "name = { fr = \"Les femmes\", nl = \"Vrouwen\", en = \"Women\", ar = \"النساء\" }\nowners",
            "name = { fr = \"Les femmes\" }\nowners",
            1,
        );
        assert_eq!(
            Plan::from_toml(&unnamed),
            Err(PlanError::MissingName("measure 17".into()))
        );
    }
}
