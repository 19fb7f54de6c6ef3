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
}
