//! The analysis of an edition of the survey (issue 12): from a questionnaire
//! and its answers, in one pass of additive tallies ([`Tally`]) so that the
//! same code serves 300 answers or a million:
//!
//! * the distribution of every question, with its n: single choices as
//!   counts and shares; multiple choices as the share of those who answered
//!   that selected each option (shares that do not add up to 100 %); 0–10
//!   scales as the distribution, the mean and the share of 8 or more;
//!   numbers as the mean and median; texts as a count only (texts are never
//!   analysed automatically);
//! * the cross of every question by each crossing variable (the questions
//!   with [`Role::Cross`]: age class, gender, diploma, status): a single
//!   choice by its answers; each option of a multiple choice as selected /
//!   not selected among those who answered; a scale as "8 or more" against
//!   "under 8"; a number as above / at most its median. Each cross is
//!   tested by [`analyse_with`] (chi-square or an exact test, said why),
//!   the p-values of the whole edition corrected by [`holm`], and the
//!   finding in words ([`finding_with_p`]) judged on the corrected p-value;
//! * the importance/performance matrix: each [`Role::Service`] rating's
//!   mean (performance) and Spearman correlation with the [`Role::Overall`]
//!   rating (importance), from the joint counts of the two (11×11).
//!
//! [`compare`] compares two editions question by question, [`public`] gives
//! the version without small counts that the public pages show.

mod compare;
mod public;
mod tally;

pub use compare::{Comparison, compare};
pub use public::{PublicAnalysis, PublicCross, PublicQuestion, publish};
pub use tally::Tally;

use std::collections::BTreeMap;

use super::finding::{Finding, finding_with_p};
use super::holm::holm;
use super::independence::{CrossAnalysis, Options, analyse_with};
use super::matrix::{ServiceScore, place};
use super::questionnaire::{Answers, Questionnaire};
use super::rank::spearman_from_counts;
use super::table::ContingencyTable;
use tally::{QuestionTally, Shape};

/// Column codes of the two-column tables (the pages translate them).
pub const SELECTED: &str = "selected";
pub const NOT_SELECTED: &str = "not_selected";
pub const HIGH: &str = "high";
pub const NOT_HIGH: &str = "not_high";
pub const ABOVE_MEDIAN: &str = "above_median";
pub const AT_MOST_MEDIAN: &str = "at_most_median";

/// How an edition is analysed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AnalysisOptions {
    /// The level of significance, after Holm's correction.
    pub alpha: f64,
    /// Bound on the tables an exact test may enumerate, per cross (beyond
    /// it the cross says to merge categories). Lower than the command's
    /// default so that a page with hundreds of crosses stays fast.
    pub exact_limit: u64,
}

impl Default for AnalysisOptions {
    fn default() -> Self {
        AnalysisOptions {
            alpha: 0.05,
            exact_limit: 200_000,
        }
    }
}

/// The distribution of one question's answers.
#[derive(Debug, Clone, PartialEq)]
pub enum Distribution {
    /// A single choice: answers per choice (name, count); the shares of n
    /// add up to 100 %.
    Choices(Vec<(String, u64)>),
    /// A multiple choice: answers that selected each option (name, count);
    /// the shares of n do not add up to 100 %.
    Selections(Vec<(String, u64)>),
    /// A scale: answers per value from `min` to `max`, the mean, and how
    /// many gave `high_from` or more (8 on a 0–10 scale).
    Scale {
        min: i64,
        max: i64,
        counts: Vec<u64>,
        mean: Option<f64>,
        high_from: i64,
        high: u64,
    },
    /// A number: mean and median (`None` without answers), smallest and
    /// largest values.
    Number {
        mean: Option<f64>,
        median: Option<f64>,
        min: Option<i64>,
        max: Option<i64>,
    },
    /// A text: only how many answered (n).
    Text,
}

/// A question's results.
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionResult {
    pub question: String,
    /// The answers that answered it (the base of every share).
    pub n: u64,
    pub distribution: Distribution,
}

impl QuestionResult {
    /// A count as a share of n (0 to 1); 0 when n is 0.
    pub fn share(&self, count: u64) -> f64 {
        if self.n == 0 {
            0.0
        } else {
            count as f64 / self.n as f64
        }
    }
}

/// What the columns of a cross (or a comparison) are.
#[derive(Debug, Clone, PartialEq)]
pub enum Measure {
    /// The choices of a single choice.
    Choices,
    /// One option of a multiple choice: [`SELECTED`] / [`NOT_SELECTED`]
    /// among those who answered.
    Option(String),
    /// A scale: [`HIGH`] (`from` or more) / [`NOT_HIGH`].
    High { from: i64 },
    /// A number: [`ABOVE_MEDIAN`] / [`AT_MOST_MEDIAN`] (the median of all
    /// answers to it).
    Median { median: f64 },
}

/// One question crossed by one crossing variable.
#[derive(Debug, Clone, PartialEq)]
pub struct Cross {
    /// The crossing variable (the rows: its choices).
    pub by: String,
    /// The question crossed (the columns).
    pub question: String,
    pub measure: Measure,
    /// The table, the test used and why, the statistic, V and the p-value.
    pub analysis: CrossAnalysis,
    /// The p-value corrected by Holm over every cross of the edition.
    pub p_holm: Option<f64>,
    /// What the cross says, judged on `p_holm`.
    pub finding: Finding,
}

/// The analysis of an edition.
#[derive(Debug, Clone, PartialEq)]
pub struct EditionAnalysis {
    /// Complete answers counted.
    pub answers: u64,
    /// Every question in order (hidden values left out).
    pub questions: Vec<QuestionResult>,
    /// Every cross, questions in order, crossing variables in order.
    pub crosses: Vec<Cross>,
    /// The overall satisfaction question, when there is one.
    pub overall: Option<String>,
    /// The services placed in the importance/performance matrix.
    pub matrix: Vec<ServiceScore>,
    /// The options the analysis was made with.
    pub options: AnalysisOptions,
}

impl EditionAnalysis {
    pub fn question(&self, name: &str) -> Option<&QuestionResult> {
        self.questions.iter().find(|q| q.question == name)
    }

    /// The crosses of a question, by each crossing variable.
    pub fn crosses_of<'a>(&'a self, question: &'a str) -> impl Iterator<Item = &'a Cross> + 'a {
        self.crosses.iter().filter(move |c| c.question == question)
    }
}

/// Analyses answers in one pass: tallies them, then [`Tally::analyse`].
pub fn analyse_answers<'a>(
    form: &Questionnaire,
    answers: impl IntoIterator<Item = &'a Answers>,
    options: AnalysisOptions,
) -> EditionAnalysis {
    let mut tally = Tally::new(form);
    for a in answers {
        tally.add(a);
    }
    tally.analyse(options)
}

fn mean_of(values: impl Iterator<Item = (f64, u64)>) -> Option<f64> {
    let (mut sum, mut n) = (0.0, 0u64);
    for (v, c) in values {
        sum += v * c as f64;
        n += c;
    }
    (n > 0).then(|| sum / n as f64)
}

/// The median of a histogram (the mean of the two middle values when n is even).
fn median_of(values: &BTreeMap<i64, u64>) -> Option<f64> {
    let n: u64 = values.values().sum();
    if n == 0 {
        return None;
    }
    let at = |k: u64| {
        let mut seen = 0;
        for (&v, &c) in values {
            seen += c;
            if seen > k {
                return v as f64;
            }
        }
        unreachable!("k < n")
    };
    Some(if n % 2 == 1 {
        at(n / 2)
    } else {
        (at(n / 2 - 1) + at(n / 2)) / 2.0
    })
}

/// The first value counted as high on a scale: 8 on 0–10 (the top fifth
/// of the range and up, rounded up).
pub fn high_from(min: i64, max: i64) -> i64 {
    min + ((max - min) * 8 + 9) / 10
}

fn distribution(q: &QuestionTally) -> Distribution {
    let named = |names: &[String]| {
        names
            .iter()
            .cloned()
            .zip(q.counts.iter().copied())
            .collect::<Vec<_>>()
    };
    match &q.shape {
        Shape::Single(names) => Distribution::Choices(named(names)),
        Shape::Multiple(names) => Distribution::Selections(named(names)),
        Shape::Scale { min, max } => {
            let from = high_from(*min, *max);
            Distribution::Scale {
                min: *min,
                max: *max,
                counts: q.counts.clone(),
                mean: mean_of(
                    q.counts
                        .iter()
                        .enumerate()
                        .map(|(i, &c)| ((min + i as i64) as f64, c)),
                ),
                high_from: from,
                high: q.counts[(from - min) as usize..].iter().sum(),
            }
        }
        Shape::Number => Distribution::Number {
            mean: mean_of(q.numbers.iter().map(|(&v, &c)| (v as f64, c))),
            median: median_of(&q.numbers),
            min: q.numbers.keys().next().copied(),
            max: q.numbers.keys().next_back().copied(),
        },
        Shape::Text | Shape::Hidden => Distribution::Text,
    }
}

fn labels(names: &[String]) -> Vec<String> {
    names.to_vec()
}

fn two(a: &str, b: &str) -> Vec<String> {
    vec![a.to_owned(), b.to_owned()]
}

/// The tables of one question by one crossing variable (rows: the
/// variable's choices), with what their columns are.
fn cross_tables(
    var: &QuestionTally,
    ci: usize,
    q: &QuestionTally,
) -> Vec<(Measure, ContingencyTable)> {
    let Shape::Single(rows) = &var.shape else {
        return Vec::new();
    };
    let by = &q.by[ci];
    let w = q.shape.width();
    // Answers to q whose crossing variable is not known.
    let missing = q.n - by.iter().map(|r| r[w]).sum::<u64>();
    let table = |cols: Vec<String>, counts: Vec<Vec<u64>>| {
        let mut t = ContingencyTable::new(labels(rows), cols, counts);
        t.missing = missing;
        t
    };
    match &q.shape {
        Shape::Single(names) => vec![(
            Measure::Choices,
            table(labels(names), by.iter().map(|r| r[..w].to_vec()).collect()),
        )],
        Shape::Multiple(names) => names
            .iter()
            .enumerate()
            .map(|(i, name)| {
                (
                    Measure::Option(name.clone()),
                    table(
                        two(SELECTED, NOT_SELECTED),
                        by.iter().map(|r| vec![r[i], r[w] - r[i]]).collect(),
                    ),
                )
            })
            .collect(),
        Shape::Scale { min, max } => {
            let from = high_from(*min, *max);
            let k = (from - min) as usize;
            vec![(
                Measure::High { from },
                table(
                    two(HIGH, NOT_HIGH),
                    by.iter()
                        .map(|r| {
                            let high: u64 = r[k..w].iter().sum();
                            vec![high, r[w] - high]
                        })
                        .collect(),
                ),
            )]
        }
        Shape::Number => {
            let Some(median) = median_of(&q.numbers) else {
                return Vec::new();
            };
            vec![(
                Measure::Median { median },
                table(
                    two(ABOVE_MEDIAN, AT_MOST_MEDIAN),
                    q.by_numbers[ci]
                        .iter()
                        .map(|values| {
                            let above: u64 = values
                                .iter()
                                .filter(|(v, _)| **v as f64 > median)
                                .map(|(_, c)| c)
                                .sum();
                            let all: u64 = values.values().sum();
                            vec![above, all - above]
                        })
                        .collect(),
                ),
            )]
        }
        Shape::Text | Shape::Hidden => Vec::new(),
    }
}

impl Tally {
    /// Every figure of the edition from the tallies.
    pub fn analyse(&self, options: AnalysisOptions) -> EditionAnalysis {
        let questions: Vec<QuestionResult> = self
            .questions
            .iter()
            .filter(|q| q.shape != Shape::Hidden)
            .map(|q| QuestionResult {
                question: q.name.clone(),
                n: q.n,
                distribution: distribution(q),
            })
            .collect();

        let test = Options {
            limit: options.exact_limit,
            exact: false,
        };
        let mut crosses: Vec<(String, String, Measure, CrossAnalysis)> = Vec::new();
        for (qi, q) in self.questions.iter().enumerate() {
            for (ci, &vi) in self.cross.iter().enumerate() {
                // Each pair of crossing variables once: the later by the earlier.
                if qi == vi || (self.cross.contains(&qi) && qi < vi) {
                    continue;
                }
                let var = &self.questions[vi];
                for (measure, table) in cross_tables(var, ci, q) {
                    crosses.push((
                        var.name.clone(),
                        q.name.clone(),
                        measure,
                        analyse_with(&table, test),
                    ));
                }
            }
        }
        let tested: Vec<usize> = (0..crosses.len())
            .filter(|&i| crosses[i].3.p_value.is_some())
            .collect();
        let adjusted = holm(
            &tested
                .iter()
                .map(|&i| crosses[i].3.p_value.unwrap_or(1.0))
                .collect::<Vec<_>>(),
        );
        let mut p_holm: Vec<Option<f64>> = vec![None; crosses.len()];
        for (&i, &p) in tested.iter().zip(&adjusted) {
            p_holm[i] = Some(p);
        }
        let crosses = crosses
            .into_iter()
            .zip(p_holm)
            .map(|((by, question, measure, analysis), p_holm)| {
                let finding = finding_with_p(&analysis, p_holm, &by, &question, options.alpha);
                Cross {
                    by,
                    question,
                    measure,
                    analysis,
                    p_holm,
                    finding,
                }
            })
            .collect();

        let matrix = match self.overall {
            Some(_) => place(
                self.services
                    .iter()
                    .zip(&self.joint)
                    .filter_map(|(&s, joint)| {
                        let q = &self.questions[s];
                        let Shape::Scale { min, .. } = q.shape else {
                            return None;
                        };
                        let performance = mean_of(
                            q.counts
                                .iter()
                                .enumerate()
                                .map(|(i, &c)| ((min + i as i64) as f64, c)),
                        )?;
                        let c = spearman_from_counts(joint)?;
                        Some((q.name.clone(), performance, c.rho, c.n))
                    })
                    .collect(),
            ),
            None => Vec::new(),
        };

        EditionAnalysis {
            answers: self.answers,
            questions,
            crosses,
            overall: self.overall.map(|o| self.questions[o].name.clone()),
            matrix,
            options,
        }
    }
}

#[cfg(test)]
pub(crate) mod tests;
