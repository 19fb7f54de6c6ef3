//! The public version of an edition's analysis: no count from 1 to k − 1 is
//! shown (k = `Config::small_cell`, 5 by default), by the rule of the public
//! figures ([`FigureTable::suppress_small_cells`]: a lone hidden count
//! takes the next smallest with it, so that no hidden count is the total
//! minus the shown ones). The option of a multiple choice and the "8 or
//! more" of a scale are hidden when they or their complement (the others
//! who answered) are small. A cross whose table has a small count is not
//! shown at all: it says so instead. Means and medians are shown when n is
//! at least k; the smallest and largest numbers never.

use super::super::matrix::ServiceScore;
use super::{Cross, Distribution, EditionAnalysis, Measure};
use crate::statistics::{Column, FigureTable, Label, Row, Unit, Value};

/// A question's public figures.
#[derive(Debug, Clone, PartialEq)]
pub struct PublicQuestion {
    pub question: String,
    /// The answers to it, hidden when small.
    pub n: Value,
    /// Per category (a choice's name, a scale's value): its count or hidden.
    /// Empty for numbers and texts.
    pub counts: Vec<(String, Value)>,
    /// Whether the shares add up to 100 % (false for a multiple choice).
    pub adds_up: bool,
    pub mean: Option<f64>,
    pub median: Option<f64>,
    /// A scale's answers at `high_from` or more, or hidden.
    pub high: Option<(i64, Value)>,
}

/// A cross as the public sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct PublicCross {
    pub by: String,
    pub question: String,
    pub measure: Measure,
    /// The cross, or `None` when its table has a count from 1 to k − 1.
    pub shown: Option<Cross>,
}

/// The public version of an edition's analysis.
#[derive(Debug, Clone, PartialEq)]
pub struct PublicAnalysis {
    pub answers: Value,
    pub questions: Vec<PublicQuestion>,
    pub crosses: Vec<PublicCross>,
    /// The services rated by at least k answers (with overall satisfaction).
    pub matrix: Vec<ServiceScore>,
    /// The threshold used.
    pub small_cell: i64,
}

fn small(count: u64, k: i64) -> bool {
    count > 0 && (count as i64) < k
}

fn shown(count: u64, k: i64) -> Value {
    if small(count, k) {
        Value::Suppressed
    } else {
        Value::Number(count as i64)
    }
}

/// The counts after the small-cell rule of the public figures; `total`
/// when the counts add up to it.
fn suppressed(counts: &[(String, u64)], total: Option<u64>, k: i64) -> Vec<(String, Value)> {
    let mut t = FigureTable {
        id: String::new(),
        title_key: String::new(),
        dimension_key: String::new(),
        columns: vec![Column {
            code: "answers".into(),
            label_key: String::new(),
            unit: Unit::Count,
        }],
        rows: counts
            .iter()
            .map(|(name, c)| Row {
                code: name.clone(),
                label: Label::Text(name.clone()),
                values: vec![Value::Number(*c as i64)],
            })
            .collect(),
        total: total.map(|n| vec![Value::Number(n as i64)]),
        respondents: None,
        source: None,
    };
    t.suppress_small_cells(k);
    t.rows.into_iter().map(|r| (r.code, r.values[0])).collect()
}

/// The version of `analysis` that the public sees, with threshold `k`.
pub fn publish(analysis: &EditionAnalysis, k: i64) -> PublicAnalysis {
    let questions = analysis
        .questions
        .iter()
        .map(|q| {
            let enough = !small(q.n, k) && q.n > 0;
            let mut p = PublicQuestion {
                question: q.question.clone(),
                n: shown(q.n, k),
                counts: Vec::new(),
                adds_up: true,
                mean: None,
                median: None,
                high: None,
            };
            match &q.distribution {
                Distribution::Choices(counts) => {
                    p.counts = suppressed(counts, Some(q.n), k);
                }
                Distribution::Selections(counts) => {
                    p.adds_up = false;
                    p.counts = counts
                        .iter()
                        .map(|(name, c)| {
                            let hide = !enough || small(*c, k) || small(q.n - c, k);
                            let v = if hide {
                                Value::Suppressed
                            } else {
                                Value::Number(*c as i64)
                            };
                            (name.clone(), v)
                        })
                        .collect();
                }
                Distribution::Scale {
                    min,
                    counts,
                    mean,
                    high_from,
                    high,
                    ..
                } => {
                    let named: Vec<(String, u64)> = counts
                        .iter()
                        .enumerate()
                        .map(|(i, &c)| ((min + i as i64).to_string(), c))
                        .collect();
                    p.counts = suppressed(&named, Some(q.n), k);
                    p.mean = mean.filter(|_| enough);
                    let hide = !enough || small(*high, k) || small(q.n - high, k);
                    p.high = Some((
                        *high_from,
                        if hide {
                            Value::Suppressed
                        } else {
                            Value::Number(*high as i64)
                        },
                    ));
                }
                Distribution::Number { mean, median, .. } => {
                    p.mean = mean.filter(|_| enough);
                    p.median = median.filter(|_| enough);
                }
                Distribution::Text => {}
            }
            p
        })
        .collect();
    let crosses = analysis
        .crosses
        .iter()
        .map(|c| {
            let hidden = c
                .analysis
                .table
                .counts
                .iter()
                .flatten()
                .any(|&x| small(x, k));
            PublicCross {
                by: c.by.clone(),
                question: c.question.clone(),
                measure: c.measure.clone(),
                shown: (!hidden).then(|| c.clone()),
            }
        })
        .collect();
    PublicAnalysis {
        answers: shown(analysis.answers, k),
        questions,
        crosses,
        matrix: analysis
            .matrix
            .iter()
            .filter(|s| s.n as i64 >= k)
            .cloned()
            .collect(),
        small_cell: k,
    }
}
