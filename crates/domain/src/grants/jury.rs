//! The jury of a call: conflicts of interest, raw scores where "not
//! assessed" is kept apart from 0, per application the mean, median, spread
//! and number of scores, each juror's scores standardised (z-scores) so that
//! a juror who scores harder than the others can be seen, and a ranking with
//! a documented tie-break. None of the tools of the field does these.
//!
//! Formulas (docs/calls.md):
//! * a juror's **total** for an application is the weighted mean of the
//!   criteria they assessed, on 0–100: Σ wᵢ·(sᵢ−minᵢ)/(maxᵢ−minᵢ) / Σ wᵢ
//!   × 100 over the assessed criteria only — a criterion "not assessed"
//!   is left out of both sums, a 0 counts as 0;
//! * an application's **score** is the mean of its jurors' totals; its
//!   median, standard deviation (population) and count are shown beside;
//! * a juror's **z-score** for an application is (total − the juror's mean
//!   total) / the juror's standard deviation, over the applications that
//!   juror scored; undefined (None) with fewer than two or with no spread;
//! * **ranking**: by score, higher first; ties broken by more scores, then
//!   the lower amount asked, then the earlier submission, then the reference.

use std::collections::{BTreeMap, BTreeSet};

/// A criterion of the call: its code, weight and scale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Criterion {
    pub code: String,
    pub weight: u32,
    pub scale_min: i32,
    pub scale_max: i32,
}

/// One juror's mark on one criterion: a score on the scale, or "not
/// assessed" (the juror could not judge it) — never the same as 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    Score(i32),
    NotAssessed,
}

/// Why a juror may not see or score an application.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JuryRefusal {
    /// The juror declared (or the coordination recorded) a conflict.
    Conflict,
    /// The call is not closed: the jury sees applications only after.
    CallOpen,
    NotAJuror,
}

/// May `juror` see and score `application`? Only an invited juror, after
/// the call closed, without a declared conflict on it.
pub fn may_assess(
    juror: i64,
    application: i64,
    jurors: &BTreeSet<i64>,
    conflicts: &BTreeSet<(i64, i64)>,
    call_closed: bool,
) -> Result<(), JuryRefusal> {
    if !jurors.contains(&juror) {
        return Err(JuryRefusal::NotAJuror);
    }
    if !call_closed {
        return Err(JuryRefusal::CallOpen);
    }
    if conflicts.contains(&(juror, application)) {
        return Err(JuryRefusal::Conflict);
    }
    Ok(())
}

/// A mark that does not fit its criterion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MarkProblem {
    UnknownCriterion(String),
    OutOfScale { criterion: String, score: i32 },
}

/// Checks one juror's marks for one application against the criteria.
pub fn check_marks(criteria: &[Criterion], marks: &BTreeMap<String, Mark>) -> Vec<MarkProblem> {
    let mut out = Vec::new();
    for (code, mark) in marks {
        match criteria.iter().find(|c| &c.code == code) {
            None => out.push(MarkProblem::UnknownCriterion(code.clone())),
            Some(c) => {
                if let Mark::Score(s) = mark
                    && (*s < c.scale_min || *s > c.scale_max)
                {
                    out.push(MarkProblem::OutOfScale {
                        criterion: code.clone(),
                        score: *s,
                    });
                }
            }
        }
    }
    out
}

/// A juror's total on 0–100 over the criteria they assessed; None when they
/// assessed none (all "not assessed", or no marks).
pub fn juror_total(criteria: &[Criterion], marks: &BTreeMap<String, Mark>) -> Option<f64> {
    let mut weighted = 0.0;
    let mut weights = 0.0;
    for c in criteria {
        if let Some(Mark::Score(s)) = marks.get(&c.code) {
            let span = f64::from(c.scale_max - c.scale_min);
            if span <= 0.0 {
                continue;
            }
            let w = f64::from(c.weight);
            weighted += w * f64::from(s - c.scale_min) / span;
            weights += w;
        }
    }
    (weights > 0.0).then(|| weighted / weights * 100.0)
}

/// The figures of one application.
#[derive(Debug, Clone, PartialEq)]
pub struct Stats {
    /// Jurors who gave a total (at least one criterion assessed).
    pub count: usize,
    pub mean: Option<f64>,
    pub median: Option<f64>,
    /// Population standard deviation of the totals.
    pub spread: Option<f64>,
    pub min: Option<f64>,
    pub max: Option<f64>,
}

pub fn stats(totals: &[f64]) -> Stats {
    let n = totals.len();
    if n == 0 {
        return Stats {
            count: 0,
            mean: None,
            median: None,
            spread: None,
            min: None,
            max: None,
        };
    }
    let mut v = totals.to_vec();
    v.sort_by(f64::total_cmp);
    let mean = v.iter().sum::<f64>() / n as f64;
    let median = if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    };
    let var = v.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / n as f64;
    Stats {
        count: n,
        mean: Some(mean),
        median: Some(median),
        spread: Some(var.sqrt()),
        min: v.first().copied(),
        max: v.last().copied(),
    }
}

/// Each juror's totals standardised over the applications they scored:
/// (juror, application) → z, None when the juror has fewer than two totals
/// or no spread.
pub fn z_scores(totals: &BTreeMap<(i64, i64), f64>) -> BTreeMap<(i64, i64), Option<f64>> {
    let mut by_juror: BTreeMap<i64, Vec<f64>> = BTreeMap::new();
    for ((juror, _), t) in totals {
        by_juror.entry(*juror).or_default().push(*t);
    }
    totals
        .iter()
        .map(|((juror, app), t)| {
            let v = &by_juror[juror];
            let s = stats(v);
            let z = match (s.mean, s.spread) {
                (Some(m), Some(sd)) if v.len() >= 2 && sd > 1e-9 => Some((t - m) / sd),
                _ => None,
            };
            ((*juror, *app), z)
        })
        .collect()
}

/// An application to rank.
#[derive(Debug, Clone, PartialEq)]
pub struct Ranked {
    pub application: i64,
    pub reference: String,
    pub score: Option<f64>,
    pub scores: usize,
    pub asked_cents: i64,
    pub submitted_at: i64,
}

/// The ranking, best first, with the tie-break of the module's doc. An
/// application without any score comes last.
pub fn rank(mut list: Vec<Ranked>) -> Vec<Ranked> {
    list.sort_by(|a, b| {
        let score = |r: &Ranked| r.score.unwrap_or(f64::NEG_INFINITY);
        score(b)
            .total_cmp(&score(a))
            .then(b.scores.cmp(&a.scores))
            .then(a.asked_cents.cmp(&b.asked_cents))
            .then(a.submitted_at.cmp(&b.submitted_at))
            .then(a.reference.cmp(&b.reference))
    });
    list
}
