//! The projects a call funded, as data (`data/demo/awards-2021.toml`), and
//! the check of what a report declares against the sum of its lines: the
//! 2021 report says Digital Brussels gave "390,000 EUR in all" to 30
//! projects whose listed amounts add up to 391,594 EUR. The difference is
//! reported, never corrected.

use serde::Deserialize;

/// A call as the awards file describes it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct CallSummary {
    pub key: String,
    pub title: String,
    /// What the call was about and its rules, in the report's language
    /// (shown on the public pages of the call).
    #[serde(default)]
    pub summary: String,
    #[serde(default)]
    pub rules: String,
    /// The language of the report's words.
    #[serde(default = "default_lang")]
    pub lang: String,
    pub funder: String,
    pub operator: String,
    #[serde(default)]
    pub envelope_cents: Option<i64>,
    /// What the operator received for running the call (out of the envelope).
    #[serde(default)]
    pub operator_fee_cents: Option<i64>,
    #[serde(default)]
    pub min_per_project_cents: Option<i64>,
    #[serde(default)]
    pub max_per_project_cents: Option<i64>,
    /// The total the report declares as awarded, as printed.
    #[serde(default)]
    pub declared_awarded_total_cents: Option<i64>,
    /// The number of projects the report declares.
    #[serde(default)]
    pub declared_projects: Option<usize>,
    /// When the awards were decided, as open data needs it.
    pub award_date: chrono::NaiveDate,
    /// Where that date comes from (the report may not give it).
    #[serde(default)]
    pub award_date_note: Option<String>,
    pub seed: String,
}

fn default_lang() -> String {
    "fr".into()
}

/// One funded project.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Award {
    pub call: String,
    pub reference: String,
    pub organisation: String,
    pub project: String,
    #[serde(default)]
    pub postcode: Option<String>,
    #[serde(default)]
    pub commune: Option<String>,
    pub amount_cents: i64,
    pub seed: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct AwardsFile {
    #[serde(rename = "call")]
    pub calls: Vec<CallSummary>,
    #[serde(rename = "award")]
    pub awards: Vec<Award>,
}

/// What is wrong in an awards file (each problem names the award or call).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AwardsProblem {
    Toml(String),
    UnknownCall {
        reference: String,
        call: String,
    },
    DuplicateReference(String),
    NotPositive(String),
    /// Outside the call's minimum–maximum per project.
    OutsideRange {
        reference: String,
        amount_cents: i64,
    },
}

impl std::fmt::Display for AwardsProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AwardsProblem::Toml(e) => write!(f, "not a valid awards file: {e}"),
            AwardsProblem::UnknownCall { reference, call } => {
                write!(f, "{reference}: no call {call:?} in the file")
            }
            AwardsProblem::DuplicateReference(r) => write!(f, "{r}: reference used twice"),
            AwardsProblem::NotPositive(r) => write!(f, "{r}: the amount must be more than 0"),
            AwardsProblem::OutsideRange {
                reference,
                amount_cents,
            } => write!(
                f,
                "{reference}: {} EUR is outside the call's amounts per project",
                crate::money::euros_plain(*amount_cents, '.')
            ),
        }
    }
}

impl AwardsFile {
    /// Reads and checks a file: every award of a known call, references
    /// unique, amounts positive and within the call's range.
    pub fn parse(src: &str) -> Result<AwardsFile, Vec<AwardsProblem>> {
        let file: AwardsFile =
            toml::from_str(src).map_err(|e| vec![AwardsProblem::Toml(e.to_string())])?;
        let mut problems = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for a in &file.awards {
            if !seen.insert(a.reference.as_str()) {
                problems.push(AwardsProblem::DuplicateReference(a.reference.clone()));
            }
            if a.amount_cents <= 0 {
                problems.push(AwardsProblem::NotPositive(a.reference.clone()));
            }
            match file.calls.iter().find(|c| c.key == a.call) {
                None => problems.push(AwardsProblem::UnknownCall {
                    reference: a.reference.clone(),
                    call: a.call.clone(),
                }),
                Some(c) => {
                    let low = c.min_per_project_cents.unwrap_or(i64::MIN);
                    let high = c.max_per_project_cents.unwrap_or(i64::MAX);
                    if a.amount_cents < low || a.amount_cents > high {
                        problems.push(AwardsProblem::OutsideRange {
                            reference: a.reference.clone(),
                            amount_cents: a.amount_cents,
                        });
                    }
                }
            }
        }
        if problems.is_empty() {
            Ok(file)
        } else {
            Err(problems)
        }
    }

    /// The awards of one call.
    pub fn of_call<'a>(&'a self, key: &'a str) -> impl Iterator<Item = &'a Award> + 'a {
        self.awards.iter().filter(move |a| a.call == key)
    }
}

/// A declared figure of a call that its lines do not give.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Difference {
    /// The declared total awarded against the sum of the awards.
    Total {
        call: String,
        declared_cents: i64,
        computed_cents: i64,
    },
    /// The declared number of projects against the awards listed.
    Projects {
        call: String,
        declared: usize,
        listed: usize,
    },
    /// More awarded than the envelope left after the operator's fee.
    OverEnvelope {
        call: String,
        available_cents: i64,
        awarded_cents: i64,
    },
}

impl Difference {
    /// The difference in cents (computed − declared) of a total; 0 otherwise.
    pub fn cents(&self) -> i64 {
        match self {
            Difference::Total {
                declared_cents,
                computed_cents,
                ..
            } => computed_cents - declared_cents,
            Difference::OverEnvelope {
                available_cents,
                awarded_cents,
                ..
            } => awarded_cents - available_cents,
            Difference::Projects { .. } => 0,
        }
    }
}

/// Every declared figure of the file's calls that the awards do not give.
pub fn check(file: &AwardsFile) -> Vec<Difference> {
    let mut out = Vec::new();
    for c in &file.calls {
        let awards: Vec<&Award> = file.of_call(&c.key).collect();
        let sum: i64 = awards.iter().map(|a| a.amount_cents).sum();
        if let Some(declared) = c.declared_awarded_total_cents
            && declared != sum
        {
            out.push(Difference::Total {
                call: c.key.clone(),
                declared_cents: declared,
                computed_cents: sum,
            });
        }
        if let Some(n) = c.declared_projects
            && n != awards.len()
        {
            out.push(Difference::Projects {
                call: c.key.clone(),
                declared: n,
                listed: awards.len(),
            });
        }
        if let Some(envelope) = c.envelope_cents {
            let available = envelope - c.operator_fee_cents.unwrap_or(0);
            if sum > available {
                out.push(Difference::OverEnvelope {
                    call: c.key.clone(),
                    available_cents: available,
                    awarded_cents: sum,
                });
            }
        }
    }
    out
}
