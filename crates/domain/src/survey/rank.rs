//! Spearman's rank correlation: Pearson's correlation of the ranks, ties
//! given their average rank, with the p-value of the t approximation
//! (n − 2 degrees of freedom).

use statrs::distribution::{ContinuousCDF, StudentsT};

/// Ranks from 1, tied values sharing the average of their ranks.
pub fn average_ranks(values: &[f64]) -> Vec<f64> {
    let mut order: Vec<usize> = (0..values.len()).collect();
    order.sort_by(|&a, &b| values[a].total_cmp(&values[b]));
    let mut ranks = vec![0.0; values.len()];
    let mut start = 0;
    while start < order.len() {
        let mut end = start + 1;
        while end < order.len() && values[order[end]] == values[order[start]] {
            end += 1;
        }
        // Positions start..end (0-based) have ranks start+1..=end.
        let rank = (start + 1 + end) as f64 / 2.0;
        for &i in &order[start..end] {
            ranks[i] = rank;
        }
        start = end;
    }
    ranks
}

/// A correlation with its p-value and the number of pairs.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Correlation {
    pub rho: f64,
    /// Two-sided, from t = ρ √((n − 2) / (1 − ρ²)) with n − 2 df.
    pub p_value: f64,
    pub n: usize,
}

fn pearson(x: &[f64], y: &[f64]) -> Option<f64> {
    let n = x.len() as f64;
    let (mx, my) = (x.iter().sum::<f64>() / n, y.iter().sum::<f64>() / n);
    let (mut sxy, mut sxx, mut syy) = (0.0, 0.0, 0.0);
    for (a, b) in x.iter().zip(y) {
        sxy += (a - mx) * (b - my);
        sxx += (a - mx).powi(2);
        syy += (b - my).powi(2);
    }
    (sxx > 0.0 && syy > 0.0).then(|| (sxy / (sxx * syy).sqrt()).clamp(-1.0, 1.0))
}

/// Spearman's ρ on the pairs where both values are present. `None` with
/// fewer than 3 pairs or when one side is constant (no ranking to compare).
pub fn spearman(pairs: &[(Option<f64>, Option<f64>)]) -> Option<Correlation> {
    let (x, y): (Vec<f64>, Vec<f64>) = pairs
        .iter()
        .filter_map(|&(a, b)| Some((a?, b?)))
        .filter(|(a, b)| a.is_finite() && b.is_finite())
        .unzip();
    let n = x.len();
    if n < 3 {
        return None;
    }
    let rho = pearson(&average_ranks(&x), &average_ranks(&y))?;
    let df = (n - 2) as f64;
    let p_value = if rho.abs() >= 1.0 {
        0.0
    } else {
        let t = rho * (df / (1.0 - rho * rho)).sqrt();
        let dist = StudentsT::new(0.0, 1.0, df).ok()?;
        (2.0 * dist.sf(t.abs())).min(1.0)
    };
    Some(Correlation { rho, p_value, n })
}

/// Spearman's ρ from the counts of a joint table of two ordered variables
/// (`counts[i][j]`: pairs with the i-th value of the first variable and the
/// j-th of the second, values in increasing order), the same as
/// [`spearman`] on the pairs the table counts: tied values share their
/// average rank. This is how a million answers are correlated from 11×11
/// counts. `None` with fewer than 3 pairs or when one side is constant.
pub fn spearman_from_counts(counts: &[Vec<u64>]) -> Option<Correlation> {
    let cols = counts.first().map_or(0, Vec::len);
    let rows_total: Vec<f64> = counts
        .iter()
        .map(|r| r.iter().sum::<u64>() as f64)
        .collect();
    let cols_total: Vec<f64> = (0..cols)
        .map(|j| counts.iter().map(|r| r[j]).sum::<u64>() as f64)
        .collect();
    let n: f64 = rows_total.iter().sum();
    if n < 3.0 {
        return None;
    }
    let ranks = |totals: &[f64]| {
        let mut before = 0.0;
        totals
            .iter()
            .map(|&t| {
                let r = before + (t + 1.0) / 2.0;
                before += t;
                r
            })
            .collect::<Vec<f64>>()
    };
    let (rx, ry) = (ranks(&rows_total), ranks(&cols_total));
    let mean = (n + 1.0) / 2.0;
    let sxx: f64 = rows_total
        .iter()
        .zip(&rx)
        .map(|(t, r)| t * (r - mean).powi(2))
        .sum();
    let syy: f64 = cols_total
        .iter()
        .zip(&ry)
        .map(|(t, r)| t * (r - mean).powi(2))
        .sum();
    if sxx <= 0.0 || syy <= 0.0 {
        return None;
    }
    let mut sxy = 0.0;
    for (row, a) in counts.iter().zip(&rx) {
        for (&c, b) in row.iter().zip(&ry) {
            if c > 0 {
                sxy += c as f64 * (a - mean) * (b - mean);
            }
        }
    }
    let rho = (sxy / (sxx * syy).sqrt()).clamp(-1.0, 1.0);
    let df = n - 2.0;
    let p_value = if rho.abs() >= 1.0 {
        0.0
    } else {
        let t = rho * (df / (1.0 - rho * rho)).sqrt();
        let dist = StudentsT::new(0.0, 1.0, df).ok()?;
        (2.0 * dist.sf(t.abs())).min(1.0)
    };
    Some(Correlation {
        rho,
        p_value,
        n: n as usize,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ties_share_their_average_rank() {
        assert_eq!(
            average_ranks(&[10.0, 20.0, 10.0, 30.0]),
            [1.5, 3.0, 1.5, 4.0]
        );
    }

    #[test]
    fn spearman_matches_scipy() {
        // scipy.stats.spearmanr([1,2,3,4,5], [5,6,7,8,7]):
        // statistic 0.8207826816681233, pvalue 0.08858700531354381.
        let pairs: Vec<_> = [1.0, 2.0, 3.0, 4.0, 5.0]
            .iter()
            .zip([5.0, 6.0, 7.0, 8.0, 7.0])
            .map(|(&a, b)| (Some(a), Some(b)))
            .collect();
        let c = spearman(&pairs).unwrap();
        assert!((c.rho - 0.8207826816681233).abs() < 1e-12, "{}", c.rho);
        assert!(
            (c.p_value - 0.08858700531354381).abs() < 1e-9,
            "{}",
            c.p_value
        );
        assert_eq!(c.n, 5);
    }

    #[test]
    fn missing_values_and_constants() {
        let pairs = [
            (Some(1.0), Some(2.0)),
            (None, Some(3.0)),
            (Some(2.0), Some(2.0)),
            (Some(3.0), Some(2.0)),
        ];
        assert_eq!(spearman(&pairs), None, "constant y");
        let pairs = [
            (Some(1.0), Some(1.0)),
            (Some(2.0), Some(2.0)),
            (Some(3.0), Some(3.0)),
        ];
        let c = spearman(&pairs).unwrap();
        assert_eq!((c.rho, c.p_value), (1.0, 0.0));
    }

    #[test]
    fn spearman_from_counts_is_spearman_on_the_counted_pairs() {
        let counts = vec![vec![3, 1, 0, 2], vec![0, 2, 4, 1], vec![1, 0, 3, 5]];
        let mut pairs = Vec::new();
        for (i, row) in counts.iter().enumerate() {
            for (j, &c) in row.iter().enumerate() {
                for _ in 0..c {
                    pairs.push((Some(i as f64), Some(j as f64)));
                }
            }
        }
        let a = spearman(&pairs).unwrap();
        let b = spearman_from_counts(&counts).unwrap();
        assert!((a.rho - b.rho).abs() < 1e-12, "{a:?} {b:?}");
        assert!((a.p_value - b.p_value).abs() < 1e-12);
        assert_eq!(a.n, b.n);
        assert_eq!(spearman_from_counts(&[vec![4, 5]]), None, "one value of x");
        assert_eq!(spearman_from_counts(&[vec![1], vec![1]]), None, "two pairs");
    }
}
