//! The importance/performance matrix of the services: performance = mean
//! satisfaction with the service, importance = Spearman's correlation of
//! the service's rating with overall satisfaction (derived importance). The
//! cut points are the means across the services of each axis (the
//! data-centred variant of Martilla & James 1977): a service is "high" on an
//! axis when at or above that mean. Relative, not absolute: with few
//! services every quadrant says "compared with the other services".

use super::rank::spearman;

/// One quadrant of the matrix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Quadrant {
    /// Important and well rated: keep it up.
    Strength,
    /// Important and poorly rated: improve first.
    Priority,
    /// Less important and poorly rated.
    LowPriority,
    /// Less important and well rated: possibly more effort than needed.
    OverQuality,
}

impl Quadrant {
    pub fn code(self) -> &'static str {
        match self {
            Quadrant::Strength => "strength",
            Quadrant::Priority => "priority",
            Quadrant::LowPriority => "low_priority",
            Quadrant::OverQuality => "over_quality",
        }
    }
}

/// A service placed in the matrix.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceScore {
    pub service: String,
    /// Mean rating of the service (answers that rated it).
    pub performance: f64,
    /// Spearman's ρ of the rating with overall satisfaction.
    pub importance: f64,
    /// Answers that rated both the service and overall satisfaction.
    pub n: usize,
    pub quadrant: Quadrant,
}

/// Places each service: `ratings` are (service, one rating per answer,
/// `None` when not rated), `overall` the overall satisfaction of the same
/// answers in the same order. Services whose correlation cannot be computed
/// (fewer than 3 pairs, constant ratings) are left out.
pub fn importance_performance(
    ratings: &[(String, Vec<Option<f64>>)],
    overall: &[Option<f64>],
) -> Vec<ServiceScore> {
    let mut scored: Vec<(String, f64, f64, usize)> = Vec::new();
    for (service, values) in ratings {
        let rated: Vec<f64> = values.iter().flatten().copied().collect();
        if rated.is_empty() {
            continue;
        }
        let performance = rated.iter().sum::<f64>() / rated.len() as f64;
        let pairs: Vec<_> = values
            .iter()
            .copied()
            .zip(overall.iter().copied())
            .collect();
        if let Some(c) = spearman(&pairs) {
            scored.push((service.clone(), performance, c.rho, c.n));
        }
    }
    place(scored)
}

/// Places services given as (service, performance, importance, n) in the
/// quadrants, the cut points being the means of each axis across them (for
/// scores computed elsewhere, e.g. from counts).
pub fn place(scored: Vec<(String, f64, f64, usize)>) -> Vec<ServiceScore> {
    if scored.is_empty() {
        return Vec::new();
    }
    let m = scored.len() as f64;
    let perf_cut = scored.iter().map(|s| s.1).sum::<f64>() / m;
    let imp_cut = scored.iter().map(|s| s.2).sum::<f64>() / m;
    scored
        .into_iter()
        .map(|(service, performance, importance, n)| {
            let quadrant = match (importance >= imp_cut, performance >= perf_cut) {
                (true, true) => Quadrant::Strength,
                (true, false) => Quadrant::Priority,
                (false, false) => Quadrant::LowPriority,
                (false, true) => Quadrant::OverQuality,
            };
            ServiceScore {
                service,
                performance,
                importance,
                n,
                quadrant,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn four_services_in_four_quadrants() {
        let overall = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0].map(Some);
        let s = |v: [f64; 6]| v.iter().map(|&x| Some(x)).collect::<Vec<_>>();
        let ratings = vec![
            // Follows overall closely, rated high.
            ("wifi".to_string(), s([6.0, 7.0, 8.0, 9.0, 10.0, 10.0])),
            // Follows overall closely, rated low.
            ("printing".to_string(), s([0.0, 1.0, 2.0, 3.0, 4.0, 5.0])),
            // Hardly related, rated low.
            ("scanner".to_string(), s([3.0, 1.0, 4.0, 1.0, 5.0, 2.0])),
            // Hardly related, rated high.
            ("coffee".to_string(), s([9.0, 10.0, 8.0, 10.0, 9.0, 8.0])),
        ];
        let m = importance_performance(&ratings, &overall);
        let q: Vec<_> = m.iter().map(|s| (s.service.as_str(), s.quadrant)).collect();
        assert_eq!(
            q,
            [
                ("wifi", Quadrant::Strength),
                ("printing", Quadrant::Priority),
                ("scanner", Quadrant::LowPriority),
                ("coffee", Quadrant::OverQuality),
            ]
        );
        assert!((m[1].performance - 2.5).abs() < 1e-12);
        assert!((m[1].importance - 1.0).abs() < 1e-12);
    }
}
