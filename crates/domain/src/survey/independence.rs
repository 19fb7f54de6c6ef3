//! Tests of independence on a contingency table: the chi-square test where
//! it is valid, otherwise an exact test (Fisher's for 2×2, an enumeration of
//! every table with the same margins for small r×c tables), and Cramér's V
//! raw and bias-corrected (Bergsma 2013). The choice is returned with its
//! reason, as values the CLI and the pages put into words.

use statrs::distribution::{ChiSquared, ContinuousCDF};
use statrs::function::factorial::ln_factorial;
use statrs::stats_tests::{Alternative, fishers_exact};

use super::table::{Axis, ContingencyTable, Validity};

/// Default bound on the tables an exact enumeration may visit.
pub const DEFAULT_ENUMERATION_LIMIT: u64 = 5_000_000;

/// R's tolerance: tables at most this much more probable than the observed
/// one count as "as or less probable" (floating-point ties).
const RELATIVE_TOLERANCE: f64 = 1e-7;

/// The chi-square statistic of a table and what follows from it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ChiSquare {
    pub statistic: f64,
    pub df: u64,
    /// Upper tail of the chi-square distribution with `df` degrees of freedom.
    pub p_value: f64,
    /// Cramér's V = √(χ² / (n · (min(r, c) − 1))).
    pub cramers_v: f64,
    /// Bergsma's (2013) bias-corrected V.
    pub cramers_v_corrected: f64,
}

/// Pearson's chi-square test of independence. The table should have no empty
/// row or column ([`ContingencyTable::without_empty`]) and be at least 2×2;
/// otherwise the statistic is 0 and the p-value 1.
pub fn chi_square(table: &ContingencyTable) -> ChiSquare {
    let (r, c) = (table.rows(), table.cols());
    let n = table.total() as f64;
    let expected = table.expected();
    let mut statistic = 0.0;
    for (row, erow) in table.counts.iter().zip(&expected) {
        for (&o, &e) in row.iter().zip(erow) {
            if e > 0.0 {
                statistic += (o as f64 - e).powi(2) / e;
            }
        }
    }
    let df = (r.saturating_sub(1) * c.saturating_sub(1)) as u64;
    let p_value = if df == 0 {
        1.0
    } else {
        ChiSquared::new(df as f64).map_or(f64::NAN, |d| d.sf(statistic))
    };
    let k = r.min(c);
    let cramers_v = if k >= 2 && n > 0.0 {
        (statistic / (n * (k as f64 - 1.0))).sqrt()
    } else {
        0.0
    };
    ChiSquare {
        statistic,
        df,
        p_value,
        cramers_v,
        cramers_v_corrected: bergsma_v(statistic, n, r as f64, c as f64),
    }
}

/// Bergsma (2013): φ̃² = max(0, χ²/n − (k−1)(r−1)/(n−1)),
/// r̃ = r − (r−1)²/(n−1), k̃ = k − (k−1)²/(n−1), Ṽ = √(φ̃² / min(k̃−1, r̃−1)).
fn bergsma_v(chi2: f64, n: f64, r: f64, k: f64) -> f64 {
    if n <= 1.0 || r < 2.0 || k < 2.0 {
        return 0.0;
    }
    let phi2 = (chi2 / n - (k - 1.0) * (r - 1.0) / (n - 1.0)).max(0.0);
    let rt = r - (r - 1.0).powi(2) / (n - 1.0);
    let kt = k - (k - 1.0).powi(2) / (n - 1.0);
    let denom = (kt - 1.0).min(rt - 1.0);
    if denom <= 0.0 {
        0.0
    } else {
        (phi2 / denom).sqrt()
    }
}

/// Fisher's exact test on a 2×2 table, two-sided.
pub fn fisher_2x2(counts: [[u64; 2]; 2]) -> f64 {
    let flat = [counts[0][0], counts[0][1], counts[1][0], counts[1][1]];
    fishers_exact(&flat, Alternative::TwoSided).unwrap_or(f64::NAN)
}

/// The enumeration would visit more tables than allowed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TooLarge {
    pub limit: u64,
}

/// The exact test of independence on an r×c table (Fisher–Freeman–Halton):
/// enumerates every table with the observed margins and sums the
/// probabilities (multivariate hypergeometric) of those at most as probable
/// as the observed one, within a relative tolerance of 1e-7 as R's
/// `fisher.test` does. Gives up once `limit` tables have been visited.
pub fn exact_rxc(counts: &[Vec<u64>], limit: u64) -> Result<f64, TooLarge> {
    let r = counts.len();
    let c = counts.first().map_or(0, Vec::len);
    if r < 2 || c < 2 {
        return Ok(1.0);
    }
    let rows: Vec<u64> = counts.iter().map(|x| x.iter().sum()).collect();
    let cols: Vec<u64> = (0..c).map(|j| counts.iter().map(|x| x[j]).sum()).collect();
    let n: u64 = rows.iter().sum();
    let lf: Vec<f64> = (0..=n).map(ln_factorial).collect();
    // ln of the probability of a table = constant − Σ ln n_ij!
    let constant: f64 = rows
        .iter()
        .chain(&cols)
        .map(|&m| lf[m as usize])
        .sum::<f64>()
        - lf[n as usize];
    let observed = constant
        - counts
            .iter()
            .flatten()
            .map(|&x| lf[x as usize])
            .sum::<f64>();
    let threshold = observed + RELATIVE_TOLERANCE.ln_1p();

    struct Walk<'a> {
        r: usize,
        c: usize,
        lf: &'a [f64],
        constant: f64,
        threshold: f64,
        visited: u64,
        limit: u64,
        p: f64,
    }
    impl Walk<'_> {
        /// Fills cell (i, j) of the rows above the last and the columns
        /// before the last; the last column and row follow from the margins.
        fn fill(
            &mut self,
            i: usize,
            j: usize,
            row_rem: &mut [u64],
            col_rem: &mut [u64],
            acc: f64,
        ) -> Result<(), TooLarge> {
            if i == self.r - 1 {
                // Last row: what the columns have left.
                self.visited += 1;
                if self.visited > self.limit {
                    return Err(TooLarge { limit: self.limit });
                }
                let last: f64 = col_rem.iter().map(|&x| self.lf[x as usize]).sum();
                let lp = self.constant - acc - last;
                if lp <= self.threshold {
                    self.p += lp.exp();
                }
                return Ok(());
            }
            if j == self.c - 1 {
                // Last column of row i: what the row has left (fits by the lower bounds).
                let x = row_rem[i];
                col_rem[j] -= x;
                let res = self.fill(i + 1, 0, row_rem, col_rem, acc + self.lf[x as usize]);
                col_rem[j] += x;
                return res;
            }
            let later: u64 = col_rem[j + 1..].iter().sum();
            let lo = row_rem[i].saturating_sub(later);
            let hi = row_rem[i].min(col_rem[j]);
            for x in lo..=hi {
                row_rem[i] -= x;
                col_rem[j] -= x;
                let res = self.fill(i, j + 1, row_rem, col_rem, acc + self.lf[x as usize]);
                row_rem[i] += x;
                col_rem[j] += x;
                res?;
            }
            Ok(())
        }
    }
    let mut walk = Walk {
        r,
        c,
        lf: &lf,
        constant,
        threshold,
        visited: 0,
        limit,
        p: 0.0,
    };
    walk.fill(0, 0, &mut rows.clone(), &mut cols.clone(), 0.0)?;
    Ok(walk.p.min(1.0))
}

/// The test a cross was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TestUsed {
    ChiSquare,
    /// Fisher's exact test, 2×2, two-sided.
    FisherExact,
    /// Exact test by enumeration of the tables with the same margins.
    ExactEnumeration,
    /// No test: see [`Why`].
    None,
}

impl TestUsed {
    /// Stable code (JSON, translation keys).
    pub fn code(self) -> &'static str {
        match self {
            TestUsed::ChiSquare => "chi_square",
            TestUsed::FisherExact => "fisher_exact",
            TestUsed::ExactEnumeration => "exact_enumeration",
            TestUsed::None => "none",
        }
    }
}

/// Why that test.
#[derive(Debug, Clone, PartialEq)]
pub enum Why {
    /// Every expected count is at least 1 and at most 20 % are below 5.
    ChiSquareValid(Validity),
    /// The chi-square rule fails on this validity; the table is small enough
    /// for an exact test.
    ChiSquareInvalid(Validity),
    /// The chi-square rule fails and the exact enumeration is too large:
    /// merge categories. `suggestions` are the merges of the smallest
    /// adjacent categories, rows first.
    TooLargeForExact {
        validity: Validity,
        limit: u64,
        suggestions: Vec<Merge>,
    },
    /// The exact test was asked for (it is computable; the chi-square
    /// rule's result is given for information).
    ExactRequested(Validity),
    /// Fewer than two rows or two columns have answers.
    NothingToCompare { rows: usize, cols: usize },
}

/// A suggested merge of two adjacent categories.
#[derive(Debug, Clone, PartialEq)]
pub struct Merge {
    pub axis: Axis,
    pub merged_label: String,
}

/// Everything about one cross.
#[derive(Debug, Clone, PartialEq)]
pub struct CrossAnalysis {
    /// The table as counted (empty categories included).
    pub table: ContingencyTable,
    pub test: TestUsed,
    pub why: Why,
    /// The chi-square statistic, df, and V (computed even when the p-value
    /// comes from an exact test: V describes the strength of the link).
    pub chi_square: Option<ChiSquare>,
    /// The p-value of the test used.
    pub p_value: Option<f64>,
}

impl CrossAnalysis {
    /// Whether the chi-square test's validity rule holds (whatever test was used).
    pub fn valid_chi_square(&self) -> bool {
        match &self.why {
            Why::ChiSquareValid(v) | Why::ChiSquareInvalid(v) | Why::ExactRequested(v) => v.valid(),
            Why::TooLargeForExact { validity, .. } => validity.valid(),
            Why::NothingToCompare { .. } => false,
        }
    }
}

/// How to choose the test.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// Bound on the tables an exact enumeration may visit.
    pub limit: u64,
    /// Use the exact test even where the chi-square test is valid (when the
    /// enumeration stays within `limit`; otherwise the chi-square test).
    pub exact: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            limit: DEFAULT_ENUMERATION_LIMIT,
            exact: false,
        }
    }
}

/// Analyses a cross with the default options.
pub fn analyse(table: &ContingencyTable) -> CrossAnalysis {
    analyse_with(table, Options::default())
}

/// Analyses a cross with the default rule and another enumeration bound.
pub fn analyse_with_limit(table: &ContingencyTable, limit: u64) -> CrossAnalysis {
    analyse_with(
        table,
        Options {
            limit,
            exact: false,
        },
    )
}

/// Chooses and runs the test: chi-square when valid; otherwise Fisher's for
/// 2×2 and an exact enumeration (at most `limit` tables) for larger ones.
/// Empty rows and columns are left out of the test.
pub fn analyse_with(table: &ContingencyTable, options: Options) -> CrossAnalysis {
    let limit = options.limit;
    let t = table.without_empty();
    if t.rows() < 2 || t.cols() < 2 {
        return CrossAnalysis {
            table: table.clone(),
            test: TestUsed::None,
            why: Why::NothingToCompare {
                rows: t.rows(),
                cols: t.cols(),
            },
            chi_square: None,
            p_value: None,
        };
    }
    let chi = chi_square(&t);
    let validity = t.validity();
    let exact = || {
        if t.rows() == 2 && t.cols() == 2 {
            let c = &t.counts;
            Ok((
                TestUsed::FisherExact,
                fisher_2x2([[c[0][0], c[0][1]], [c[1][0], c[1][1]]]),
            ))
        } else {
            exact_rxc(&t.counts, limit).map(|p| (TestUsed::ExactEnumeration, p))
        }
    };
    // Asked for, the exact test is tried once; when too large, the usual rule applies.
    let requested = options.exact.then(exact);
    let (test, why, p) = if let Some(Ok((test, p))) = requested {
        (test, Why::ExactRequested(validity), Some(p))
    } else if validity.valid() {
        (
            TestUsed::ChiSquare,
            Why::ChiSquareValid(validity),
            Some(chi.p_value),
        )
    } else {
        match requested.unwrap_or_else(exact) {
            Ok((test, p)) => (test, Why::ChiSquareInvalid(validity), Some(p)),
            Err(TooLarge { limit }) => {
                let suggestions = [Axis::Rows, Axis::Cols]
                    .into_iter()
                    .filter_map(|axis| {
                        let merged = t.merge_smallest_adjacent(axis)?;
                        let labels = match axis {
                            Axis::Rows => &merged.row_labels,
                            Axis::Cols => &merged.col_labels,
                        };
                        let merged_label = labels.iter().find(|l| {
                            !match axis {
                                Axis::Rows => &t.row_labels,
                                Axis::Cols => &t.col_labels,
                            }
                            .contains(l)
                        })?;
                        Some(Merge {
                            axis,
                            merged_label: merged_label.clone(),
                        })
                    })
                    .collect();
                (
                    TestUsed::None,
                    Why::TooLargeForExact {
                        validity,
                        limit,
                        suggestions,
                    },
                    None,
                )
            }
        }
    };
    CrossAnalysis {
        table: table.clone(),
        test,
        why,
        chi_square: Some(chi),
        p_value: p,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64, tol: f64) -> bool {
        (a - b).abs() <= tol
    }

    #[test]
    fn chi_square_reference_table() {
        // Issue 12's reference values.
        let t = ContingencyTable::from_counts(&[&[762, 327, 468], &[484, 239, 477]]);
        let chi = chi_square(&t);
        assert!(close(chi.statistic, 30.0701, 5e-5), "{}", chi.statistic);
        assert_eq!(chi.df, 2);
        assert!(close(chi.p_value / 2.954e-07, 1.0, 5e-4), "{}", chi.p_value);
        assert!(close(chi.cramers_v, 0.1044, 5e-5), "{}", chi.cramers_v);
        assert!(
            close(chi.cramers_v_corrected, 0.1009, 5e-5),
            "{}",
            chi.cramers_v_corrected
        );
        let a = analyse(&t);
        assert_eq!(a.test, TestUsed::ChiSquare);
        assert!(a.valid_chi_square());
    }

    #[test]
    fn fisher_reference_table() {
        assert!(close(fisher_2x2([[1, 9], [11, 3]]), 0.002759, 5e-7));
        // The enumeration agrees with the 2×2 test.
        let p = exact_rxc(&[vec![1, 9], vec![11, 3]], 1000).unwrap();
        assert!(close(p, 0.002759, 5e-7), "{p}");
        // Every expected count is at least 5: chi-square is valid, and the
        // exact test is used when asked for.
        let t = ContingencyTable::from_counts(&[&[1, 9], &[11, 3]]);
        assert_eq!(analyse(&t).test, TestUsed::ChiSquare);
        let a = analyse_with(
            &t,
            Options {
                exact: true,
                ..Options::default()
            },
        );
        assert_eq!(a.test, TestUsed::FisherExact);
        assert!(matches!(a.why, Why::ExactRequested(_)));
        assert!(close(a.p_value.unwrap(), 0.002759, 5e-7));
        // A 2×2 table where chi-square is not valid gets Fisher's test.
        let a = analyse(&ContingencyTable::from_counts(&[&[1, 9], &[4, 3]]));
        assert_eq!(a.test, TestUsed::FisherExact);
        assert!(matches!(a.why, Why::ChiSquareInvalid(_)));
    }

    #[test]
    fn the_enumeration_agrees_with_fisher_on_every_small_2x2_table() {
        for a in 0..6u64 {
            for b in 0..6 {
                for c in 0..6 {
                    for d in 0..6 {
                        if a + b == 0 || c + d == 0 || a + c == 0 || b + d == 0 {
                            continue;
                        }
                        let f = fisher_2x2([[a, b], [c, d]]);
                        let e = exact_rxc(&[vec![a, b], vec![c, d]], 1000).unwrap();
                        assert!(close(f, e, 1e-9), "{a} {b} {c} {d}: {f} against {e}");
                    }
                }
            }
        }
    }

    #[test]
    fn exact_reference_table_is_one_thirtieth() {
        let p = exact_rxc(&[vec![3, 1, 0], vec![0, 2, 4]], 1000).unwrap();
        assert!(close(p, 1.0 / 30.0, 1e-12), "{p}");
        let a = analyse(&ContingencyTable::from_counts(&[&[3, 1, 0], &[0, 2, 4]]));
        assert_eq!(a.test, TestUsed::ExactEnumeration);
        assert!(!a.valid_chi_square());
        assert!(close(a.p_value.unwrap(), 1.0 / 30.0, 1e-12));
    }

    #[test]
    fn exact_probabilities_of_all_tables_sum_to_one() {
        // The observed table is the least probable possible: p = 1 when all count.
        let p = exact_rxc(&[vec![2, 2, 2], vec![2, 2, 2], vec![2, 2, 2]], 100_000).unwrap();
        assert!(close(p, 1.0, 1e-9), "{p}");
    }

    #[test]
    fn too_large_enumeration_says_so_and_suggests_merges() {
        let t = ContingencyTable::from_counts(&[&[3, 1, 0, 2], &[0, 2, 4, 1], &[1, 0, 3, 2]]);
        let a = analyse_with_limit(&t, 10);
        assert_eq!(a.test, TestUsed::None);
        assert_eq!(a.p_value, None);
        match &a.why {
            Why::TooLargeForExact { suggestions, .. } => {
                assert_eq!(suggestions.len(), 2);
                assert_eq!(suggestions[0].axis, Axis::Rows);
            }
            other => panic!("{other:?}"),
        }
        // With the default bound it is small enough.
        assert_eq!(analyse(&t).test, TestUsed::ExactEnumeration);
    }

    #[test]
    fn one_answer_only_is_not_tested() {
        let t = ContingencyTable::from_counts(&[&[5, 0], &[7, 0]]);
        let a = analyse(&t);
        assert_eq!(a.test, TestUsed::None);
        assert!(matches!(a.why, Why::NothingToCompare { rows: 2, cols: 1 }));
    }
}
