//! Two editions compared question by question: the questions with the same
//! name and the same choices in both (the same scale for scales) give an
//! edition × answer table, tested like any cross ([`analyse_with`]: the
//! chi-square test or an exact test), with the difference of the shares
//! and the finding in words; Holm's correction runs over the comparisons of
//! the pair of editions. Numbers and texts are not compared.

use super::super::finding::{Finding, finding_with_p};
use super::super::holm::holm;
use super::super::independence::{CrossAnalysis, Options, analyse_with};
use super::super::table::ContingencyTable;
use super::{
    AnalysisOptions, Distribution, EditionAnalysis, HIGH, Measure, NOT_HIGH, NOT_SELECTED,
    QuestionResult, SELECTED,
};

/// The row "question" of a comparison's finding: the edition.
pub const EDITION: &str = "edition";

/// One question compared between two editions.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub question: String,
    pub measure: Measure,
    /// Rows: the previous edition then the current one (their labels).
    pub analysis: CrossAnalysis,
    /// Per column: the current share minus the previous share (−1 to 1).
    pub differences: Vec<(String, f64)>,
    /// The means of a scale: previous, current.
    pub means: Option<(f64, f64)>,
    /// The p-value corrected by Holm over the comparisons of the two editions.
    pub p_holm: Option<f64>,
    /// What the comparison says (row question [`EDITION`]).
    pub finding: Finding,
}

fn shares(counts: &[u64]) -> Vec<f64> {
    let n: u64 = counts.iter().sum();
    counts
        .iter()
        .map(|&c| if n == 0 { 0.0 } else { c as f64 / n as f64 })
        .collect()
}

/// A table to test, with the two means of a scale.
type Table = (Measure, ContingencyTable, Option<(f64, f64)>);

/// A tested table before Holm: question, measure, analysis, differences, means.
type Found = (
    String,
    Measure,
    CrossAnalysis,
    Vec<(String, f64)>,
    Option<(f64, f64)>,
);

/// The edition × answer tables of a question present in both editions.
fn tables(current: &QuestionResult, previous: &QuestionResult, rows: &[String]) -> Vec<Table> {
    let table = |cols: Vec<String>, prev: Vec<u64>, cur: Vec<u64>| {
        ContingencyTable::new(rows.to_vec(), cols, vec![prev, cur])
    };
    let same_names = |a: &[(String, u64)], b: &[(String, u64)]| {
        let mut x: Vec<&str> = a.iter().map(|c| c.0.as_str()).collect();
        let mut y: Vec<&str> = b.iter().map(|c| c.0.as_str()).collect();
        x.sort_unstable();
        y.sort_unstable();
        x == y
    };
    let count_in =
        |list: &[(String, u64)], name: &str| list.iter().find(|c| c.0 == name).map_or(0, |c| c.1);
    match (&current.distribution, &previous.distribution) {
        (Distribution::Choices(cur), Distribution::Choices(prev)) if same_names(cur, prev) => {
            vec![(
                Measure::Choices,
                table(
                    cur.iter().map(|c| c.0.clone()).collect(),
                    cur.iter().map(|c| count_in(prev, &c.0)).collect(),
                    cur.iter().map(|c| c.1).collect(),
                ),
                None,
            )]
        }
        (Distribution::Selections(cur), Distribution::Selections(prev))
            if same_names(cur, prev) =>
        {
            cur.iter()
                .map(|(name, c)| {
                    let p = count_in(prev, name);
                    (
                        Measure::Option(name.clone()),
                        table(
                            vec![SELECTED.into(), NOT_SELECTED.into()],
                            vec![p, previous.n.saturating_sub(p)],
                            vec![*c, current.n.saturating_sub(*c)],
                        ),
                        None,
                    )
                })
                .collect()
        }
        (
            Distribution::Scale {
                min,
                max,
                mean: Some(cm),
                high_from,
                high,
                ..
            },
            Distribution::Scale {
                min: pmin,
                max: pmax,
                mean: Some(pm),
                high: phigh,
                ..
            },
        ) if (min, max) == (pmin, pmax) => vec![(
            Measure::High { from: *high_from },
            table(
                vec![HIGH.into(), NOT_HIGH.into()],
                vec![*phigh, previous.n - phigh],
                vec![*high, current.n - high],
            ),
            Some((*pm, *cm)),
        )],
        _ => Vec::new(),
    }
}

/// Compares the current edition with a previous one (`*_label`: how each
/// is named in the tables, e.g. their years).
pub fn compare(
    current: &EditionAnalysis,
    current_label: &str,
    previous: &EditionAnalysis,
    previous_label: &str,
    options: AnalysisOptions,
) -> Vec<Comparison> {
    let rows = vec![previous_label.to_owned(), current_label.to_owned()];
    let test = Options {
        limit: options.exact_limit,
        exact: false,
    };
    let mut found: Vec<Found> = Vec::new();
    for cur in &current.questions {
        let Some(prev) = previous.question(&cur.question) else {
            continue;
        };
        for (measure, table, means) in tables(cur, prev, &rows) {
            let (p, c) = (shares(&table.counts[0]), shares(&table.counts[1]));
            let differences = table
                .col_labels
                .iter()
                .cloned()
                .zip(c.iter().zip(&p).map(|(c, p)| c - p))
                .collect();
            found.push((
                cur.question.clone(),
                measure,
                analyse_with(&table, test),
                differences,
                means,
            ));
        }
    }
    let tested: Vec<usize> = (0..found.len())
        .filter(|&i| found[i].2.p_value.is_some())
        .collect();
    let adjusted = holm(
        &tested
            .iter()
            .map(|&i| found[i].2.p_value.unwrap_or(1.0))
            .collect::<Vec<_>>(),
    );
    let mut p_holm = vec![None; found.len()];
    for (&i, &p) in tested.iter().zip(&adjusted) {
        p_holm[i] = Some(p);
    }
    found
        .into_iter()
        .zip(p_holm)
        .map(
            |((question, measure, analysis, differences, means), p_holm)| {
                let finding = finding_with_p(&analysis, p_holm, EDITION, &question, options.alpha);
                Comparison {
                    question,
                    measure,
                    analysis,
                    differences,
                    means,
                    p_holm,
                    finding,
                }
            },
        )
        .collect()
}
