//! The plain finding of a cross, as a structured value (for the pages to
//! translate) with an English renderer (for the CLI): which group more often
//! gives which answer, both percentages and the significance, or "no
//! significant difference".

use super::independence::{CrossAnalysis, TestUsed, Why};
use super::table::Axis;

/// Whether a p-value is below the level.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Significance {
    Significant { p_value: f64 },
    NotSignificant { p_value: f64 },
}

impl Significance {
    pub fn at(p_value: f64, alpha: f64) -> Significance {
        if p_value <= alpha {
            Significance::Significant { p_value }
        } else {
            Significance::NotSignificant { p_value }
        }
    }
}

/// What a cross says, in a form any language can put into words.
#[derive(Debug, Clone, PartialEq)]
pub enum Finding {
    /// The answers of `group` (a category of the row question) more often
    /// are `answer` (a category of the column question) than those of the
    /// other groups: shares from 0 to 1.
    MoreOften {
        row_question: String,
        group: String,
        col_question: String,
        answer: String,
        group_share: f64,
        others_share: f64,
        p_value: f64,
    },
    /// The test found no significant difference.
    NoSignificantDifference {
        row_question: String,
        col_question: String,
        p_value: f64,
    },
    /// No test could be made (see the analysis' [`Why`]).
    NotTested {
        row_question: String,
        col_question: String,
        why: Why,
    },
}

/// The finding of an analysed cross, judged on the analysis' own p-value at
/// level `alpha`.
pub fn finding(
    analysis: &CrossAnalysis,
    row_question: &str,
    col_question: &str,
    alpha: f64,
) -> Finding {
    finding_with_p(
        analysis,
        analysis.p_value,
        row_question,
        col_question,
        alpha,
    )
}

/// The same, judged on another p-value (e.g. Holm-adjusted when many crosses
/// are tested at once).
pub fn finding_with_p(
    analysis: &CrossAnalysis,
    p_value: Option<f64>,
    row_question: &str,
    col_question: &str,
    alpha: f64,
) -> Finding {
    let Some(p_value) = p_value else {
        return Finding::NotTested {
            row_question: row_question.to_owned(),
            col_question: col_question.to_owned(),
            why: analysis.why.clone(),
        };
    };
    let no_difference = Finding::NoSignificantDifference {
        row_question: row_question.to_owned(),
        col_question: col_question.to_owned(),
        p_value,
    };
    if let Significance::NotSignificant { .. } = Significance::at(p_value, alpha) {
        return no_difference;
    }
    let t = &analysis.table;
    let (rows, cols, n) = (t.row_totals(), t.col_totals(), t.total());
    // The largest gap between a group's share of an answer and the other
    // groups' share of it (in percentage points).
    let mut best: Option<(usize, usize, f64, f64)> = None;
    for (i, row) in t.counts.iter().enumerate() {
        if rows[i] == 0 || rows[i] == n {
            continue;
        }
        for (j, &x) in row.iter().enumerate() {
            let group = x as f64 / rows[i] as f64;
            let others = (cols[j] - x) as f64 / (n - rows[i]) as f64;
            // On a tie (always so in a 2×2 table) the rarer answer is named:
            // "more often have no device" rather than "more often have a device".
            let better = best.is_none_or(|b| {
                let (gap, best_gap) = (group - others, b.2 - b.3);
                gap > best_gap + 1e-9 || (gap > best_gap - 1e-9 && cols[j] < cols[b.1])
            });
            if group > others && better {
                best = Some((i, j, group, others));
            }
        }
    }
    match best {
        Some((i, j, group_share, others_share)) => Finding::MoreOften {
            row_question: row_question.to_owned(),
            group: t.row_labels[i].clone(),
            col_question: col_question.to_owned(),
            answer: t.col_labels[j].clone(),
            group_share,
            others_share,
            p_value,
        },
        None => no_difference,
    }
}

/// A p-value as the sentences give it: "p < 0.001" or "p = 0.012".
pub fn p_en(p: f64) -> String {
    if p < 0.001 {
        "p < 0.001".to_owned()
    } else {
        format!("p = {p:.3}")
    }
}

fn percent(share: f64) -> String {
    format!("{}%", (share * 100.0).round() as i64)
}

impl Finding {
    /// The sentence in English.
    pub fn render_en(&self) -> String {
        match self {
            Finding::MoreOften {
                row_question,
                group,
                col_question,
                answer,
                group_share,
                others_share,
                p_value,
            } => {
                format!(
                    "Answers with {row_question} “{group}” more often have {col_question} “{answer}”: \
                     {} against {} for the others (significant, {}).",
                    percent(*group_share),
                    percent(*others_share),
                    p_en(*p_value)
                )
            }
            Finding::NoSignificantDifference {
                row_question,
                col_question,
                p_value,
            } => {
                format!(
                    "No significant difference in {col_question} by {row_question} ({}).",
                    p_en(*p_value)
                )
            }
            Finding::NotTested {
                row_question,
                col_question,
                why,
            } => {
                format!(
                    "{col_question} by {row_question} was not tested: {}",
                    why_en(why, row_question, col_question)
                )
            }
        }
    }
}

/// The name of a test in English.
pub fn test_en(test: TestUsed) -> &'static str {
    match test {
        TestUsed::ChiSquare => "chi-square test of independence",
        TestUsed::FisherExact => "Fisher's exact test (two-sided)",
        TestUsed::ExactEnumeration => {
            "exact test (enumeration of all tables with the same margins)"
        }
        TestUsed::None => "no test",
    }
}

/// Why that test, in English.
pub fn why_en(why: &Why, row_question: &str, col_question: &str) -> String {
    let rule = |v: &super::table::Validity| {
        format!(
            "{} of {} expected counts below 1 and {} ({}%) below 5",
            v.below_1,
            v.cells,
            v.below_5,
            (v.below_5 as f64 * 100.0 / v.cells.max(1) as f64).round() as i64
        )
    };
    const NEEDS: &str = "it needs none below 1 and at most 20% below 5";
    match why {
        Why::ChiSquareValid(v) => format!("the chi-square test is valid: {} ({NEEDS}).", rule(v)),
        Why::ChiSquareInvalid(v) => format!(
            "the chi-square test is not valid: {} ({NEEDS}), so the exact test is used.",
            rule(v)
        ),
        Why::ExactRequested(v) => format!(
            "the exact test was asked for (the chi-square test {} valid here: {}).",
            if v.valid() {
                "would be"
            } else {
                "would not be"
            },
            rule(v)
        ),
        Why::TooLargeForExact {
            validity,
            limit,
            suggestions,
        } => {
            let mut s = format!(
                "the chi-square test is not valid: {} ({NEEDS}), and the exact test would enumerate \
                 more than {limit} tables; merge categories",
                rule(validity)
            );
            let merges: Vec<String> = suggestions
                .iter()
                .map(|m| {
                    let q = match m.axis {
                        Axis::Rows => row_question,
                        Axis::Cols => col_question,
                    };
                    format!("“{}” in {q}", m.merged_label)
                })
                .collect();
            if !merges.is_empty() {
                s.push_str(&format!(
                    " (the smallest adjacent ones: {})",
                    merges.join(", or ")
                ));
            }
            s.push('.');
            s
        }
        Why::NothingToCompare { rows, cols } => format!(
            "there is nothing to compare ({rows} {row_question} and {cols} {col_question} categories have answers; \
             a test needs at least two of each)."
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::super::independence::analyse;
    use super::super::table::ContingencyTable;
    use super::*;

    fn table(rows: &[&str], cols: &[&str], counts: Vec<Vec<u64>>) -> ContingencyTable {
        ContingencyTable::new(
            rows.iter().map(|s| s.to_string()).collect(),
            cols.iter().map(|s| s.to_string()).collect(),
            counts,
        )
    }

    #[test]
    fn the_group_that_differs_most_is_named_with_both_percentages() {
        // 31 of 100 over-60s have no device, against 9 of 100 of the others.
        let t = table(
            &["under 60", "60 and over"],
            &["a device", "no device"],
            vec![vec![91, 9], vec![69, 31]],
        );
        let a = analyse(&t);
        let f = finding(&a, "age", "equipment", 0.05);
        match &f {
            Finding::MoreOften {
                group,
                answer,
                group_share,
                others_share,
                ..
            } => {
                assert_eq!(
                    (group.as_str(), answer.as_str()),
                    ("60 and over", "no device")
                );
                assert!((group_share - 0.31).abs() < 1e-12 && (others_share - 0.09).abs() < 1e-12);
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(
            f.render_en(),
            "Answers with age “60 and over” more often have equipment “no device”: 31% against 9% \
             for the others (significant, p < 0.001)."
        );
    }

    #[test]
    fn no_significant_difference() {
        let t = table(&["a", "b"], &["x", "y"], vec![vec![10, 12], vec![11, 10]]);
        let f = finding(&analyse(&t), "age", "equipment", 0.05);
        assert!(matches!(f, Finding::NoSignificantDifference { .. }));
        assert!(
            f.render_en()
                .starts_with("No significant difference in equipment by age (p = 0.")
        );
    }

    #[test]
    fn a_holm_adjusted_p_value_can_turn_a_difference_insignificant() {
        let t = table(&["a", "b"], &["x", "y"], vec![vec![30, 20], vec![20, 30]]);
        let a = analyse(&t);
        let p = a.p_value.unwrap();
        assert!(p < 0.05);
        let f = finding_with_p(&a, Some((p * 10.0).min(1.0)), "age", "equipment", 0.05);
        assert!(matches!(f, Finding::NoSignificantDifference { .. }));
    }

    #[test]
    fn why_is_said_in_words() {
        let a = analyse(&ContingencyTable::from_counts(&[&[3, 1, 0], &[0, 2, 4]]));
        assert_eq!(
            why_en(&a.why, "age", "equipment"),
            "the chi-square test is not valid: 0 of 6 expected counts below 1 and 6 (100%) below 5 \
             (it needs none below 1 and at most 20% below 5), so the exact test is used."
        );
    }
}
