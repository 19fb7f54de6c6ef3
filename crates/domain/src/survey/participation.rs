//! Participation in a survey edition (issue 12): the share of a place's
//! visitors who answered, computed from what is known rather than typed.
//!
//! participation = complete answers / (weeks × estimated weekly visitors)
//!
//! per place, and overall as Σ answers / (weeks × Σ weekly visitors), the
//! visitors of the places that have an estimate. A place without an estimate
//! (or with an estimate of 0 visitors) has no participation of its own and is
//! listed apart; its answers count in the overall figure, as the 2021 report
//! counted them (the mobile EPN's public is not counted in the visitors, its
//! 117 answers are), so the pages say that the figure may then be somewhat
//! overstated. The 2021 edition: 352 answers in 5 weeks, 1,137 visitors a
//! week in the 17 places with an estimate: 352 / (5 × 1,137) = 6.2 %.
//!
//! Ratios are exact: an edition lasts `days` days, so weeks = days / 7 and
//! the participation is (7 × answers) / (days × visitors), two integers,
//! rounded only when shown ([`Ratio::percent_tenths`]).

use std::fmt;

/// An exact ratio of two whole numbers (the denominator is above 0).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ratio {
    pub numerator: i64,
    pub denominator: i64,
}

impl Ratio {
    /// `numerator / denominator`, or `None` when the denominator is not
    /// above 0.
    pub fn new(numerator: i64, denominator: i64) -> Option<Ratio> {
        (denominator > 0).then_some(Ratio {
            numerator,
            denominator,
        })
    }

    pub fn value(self) -> f64 {
        self.numerator as f64 / self.denominator as f64
    }

    /// The ratio in tenths of a percent, rounded half away from zero: 352 /
    /// (5 × 1,137) → 62 (6.2 %). Integer arithmetic, no floating error at the
    /// rounding edge.
    pub fn percent_tenths(self) -> i64 {
        let n = i128::from(self.numerator) * 1000;
        let d = i128::from(self.denominator);
        let q = (2 * n.abs() + d) / (2 * d);
        (if n < 0 { -q } else { q }) as i64
    }
}

impl fmt::Display for Ratio {
    /// "6.2 %" (a dot; the web layer formats for the reader's language).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let t = self.percent_tenths();
        write!(f, "{}.{} %", t / 10, (t % 10).abs())
    }
}

/// What is known of one place: its complete answers and its estimated weekly
/// visitors (none when unknown).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlaceCount {
    pub place_id: i64,
    pub answers: i64,
    pub weekly_visitors: Option<i64>,
}

/// A place's participation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlaceParticipation {
    pub place_id: i64,
    pub answers: i64,
    pub weekly_visitors: Option<i64>,
    /// `None` when the place has no usable estimate of its visitors.
    pub ratio: Option<Ratio>,
}

/// The participation of an edition, per place and overall.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Participation {
    /// The edition's length in days (weeks = days / 7).
    pub days: i64,
    /// Every place, in the order given.
    pub places: Vec<PlaceParticipation>,
    /// Every complete answer (the overall numerator).
    pub answers: i64,
    /// Their weekly visitors added up.
    pub weekly_visitors: i64,
    /// Σ answers / (weeks × Σ weekly visitors), over the places with an
    /// estimate; `None` when no place has one.
    pub overall: Option<Ratio>,
    /// The places without an estimate, said apart.
    pub without_estimate: Vec<i64>,
    /// Their answers (counted in the overall numerator).
    pub answers_without_estimate: i64,
}

impl Participation {
    /// All complete answers, with or without an estimate.
    pub fn all_answers(&self) -> i64 {
        self.answers
    }

    /// The weeks of the edition, for the formula in words (5 for 35 days).
    pub fn weeks(&self) -> f64 {
        self.days as f64 / 7.0
    }
}

/// The participation over an edition of `days` days (from its first to its
/// last day, both counted).
pub fn participation(days: i64, places: &[PlaceCount]) -> Participation {
    let ratio = |answers: i64, visitors: i64| {
        Ratio::new(answers.saturating_mul(7), days.saturating_mul(visitors))
    };
    let mut out = Participation {
        days,
        places: Vec::with_capacity(places.len()),
        answers: 0,
        weekly_visitors: 0,
        overall: None,
        without_estimate: Vec::new(),
        answers_without_estimate: 0,
    };
    for p in places {
        let estimate = p.weekly_visitors.filter(|v| *v > 0);
        let r = estimate.and_then(|v| ratio(p.answers, v));
        out.answers += p.answers;
        match (estimate, r) {
            (Some(v), Some(_)) => {
                out.weekly_visitors += v;
            }
            _ => {
                out.without_estimate.push(p.place_id);
                out.answers_without_estimate += p.answers;
            }
        }
        out.places.push(PlaceParticipation {
            place_id: p.place_id,
            answers: p.answers,
            weekly_visitors: p.weekly_visitors,
            ratio: r,
        });
    }
    out.overall = if out.weekly_visitors > 0 {
        ratio(out.answers, out.weekly_visitors)
    } else {
        None
    };
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(place_id: i64, answers: i64, weekly_visitors: Option<i64>) -> PlaceCount {
        PlaceCount {
            place_id,
            answers,
            weekly_visitors,
        }
    }

    #[test]
    fn the_2021_report_gives_six_point_two_percent() {
        // 352 complete answers in 5 weeks, 1,137 visitors a week.
        let p = participation(35, &[place(1, 352, Some(1137))]);
        let r = p.overall.unwrap();
        assert_eq!(r, Ratio::new(7 * 352, 35 * 1137).unwrap());
        assert_eq!(r.percent_tenths(), 62);
        assert_eq!(r.to_string(), "6.2 %");
        assert!((r.value() - 352.0 / (5.0 * 1137.0)).abs() < 1e-12);
        assert_eq!(p.places[0].ratio, Some(r));
        assert_eq!(p.weeks(), 5.0);
    }

    #[test]
    fn overall_counts_every_answer_against_the_known_visitors() {
        // As in the 2021 report: three places with an estimate share 241
        // answers and 1,137 visitors; a fourth without an estimate (the
        // mobile EPN) adds 109 answers and a fifth with 0 visitors 2: both
        // are listed apart, their answers counted.
        let p = participation(
            35,
            &[
                place(1, 120, Some(300)),
                place(2, 89, Some(600)),
                place(3, 32, Some(237)),
                place(4, 109, None),
                place(5, 2, Some(0)),
            ],
        );
        assert_eq!(p.answers, 352);
        assert_eq!(p.weekly_visitors, 1137);
        assert_eq!(p.overall.unwrap().percent_tenths(), 62);
        assert_eq!(p.without_estimate, [4, 5]);
        assert_eq!(p.answers_without_estimate, 111);
        assert_eq!(p.all_answers(), 352);
        // 120 / (5 × 300) = 8 %; 89 / (5 × 600) = 3.0 %; 32 / (5 × 237) = 2.7 %
        let tenths: Vec<_> = p
            .places
            .iter()
            .map(|x| x.ratio.map(Ratio::percent_tenths))
            .collect();
        assert_eq!(tenths, [Some(80), Some(30), Some(27), None, None]);
    }

    #[test]
    fn no_estimate_anywhere_gives_no_overall_figure() {
        let p = participation(35, &[place(1, 10, None)]);
        assert_eq!(p.overall, None);
        assert_eq!(p.answers, 10);
        assert_eq!(p.answers_without_estimate, 10);
        assert_eq!(participation(35, &[]).overall, None);
    }

    #[test]
    fn a_period_that_is_not_whole_weeks_is_counted_in_days() {
        // 10 days = 10/7 weeks: 20 / (10/7 × 100) = 14 %.
        let r = participation(10, &[place(1, 20, Some(100))])
            .overall
            .unwrap();
        assert_eq!(r, Ratio::new(140, 1000).unwrap());
        assert_eq!(r.percent_tenths(), 140);
        // An empty period has no ratio.
        assert_eq!(participation(0, &[place(1, 3, Some(100))]).overall, None);
    }

    #[test]
    fn rounding_is_half_up_on_exact_integers() {
        assert_eq!(Ratio::new(1, 8).unwrap().percent_tenths(), 125);
        assert_eq!(Ratio::new(1, 16).unwrap().percent_tenths(), 63); // 62.5 → 63
        assert_eq!(Ratio::new(1, 2000).unwrap().percent_tenths(), 1); // 0.05 % → 0.1
        assert_eq!(Ratio::new(1, 2001).unwrap().percent_tenths(), 0);
        assert_eq!(Ratio::new(3, 2).unwrap().to_string(), "150.0 %");
        assert_eq!(Ratio::new(1, 0), None);
    }
}
