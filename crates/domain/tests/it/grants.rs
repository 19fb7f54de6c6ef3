//! Calls for projects: the 2021 awards as data with the report's own
//! inconsistency found (391,594 EUR listed against 390,000 declared), the
//! jury's rules (conflicts, "not assessed" apart from 0, z-scores, the
//! tie-break) and the selection's (envelope, tranches to the cent,
//! reminders).

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use domain::grants::awards::{AwardsFile, AwardsProblem, Difference, check};
use domain::grants::jury::{
    Criterion, JuryRefusal, Mark, MarkProblem, Ranked, check_marks, juror_total, may_assess, rank,
    stats, z_scores,
};
use domain::grants::selection::{Line, LineProblem, ReportDue, reminders_due, scenario, tranches};

fn awards_2021() -> AwardsFile {
    let src = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/demo/awards-2021.toml"),
    )
    .unwrap();
    AwardsFile::parse(&src).unwrap_or_else(|p| panic!("{p:?}"))
}

#[test]
fn digital_brussels_lists_30_projects_adding_up_to_391_594_against_390_000_declared() {
    let f = awards_2021();
    let db: Vec<_> = f.of_call("digital-brussels-2021").collect();
    assert_eq!(db.len(), 30);
    assert_eq!(db.iter().map(|a| a.amount_cents).sum::<i64>(), 39_159_400);
    assert!(
        db.iter()
            .all(|a| (500_000..=1_500_000).contains(&a.amount_cents))
    );
    assert!(
        db.iter()
            .all(|a| a.postcode.as_deref().is_some_and(|p| p.len() == 4))
    );
    let actiris: Vec<i64> = f
        .of_call("actiris-maisons-emploi-2021")
        .map(|a| a.amount_cents)
        .collect();
    assert_eq!(actiris, [4_050_000, 10_370_000, 7_000_000]);
    // The check reports the report's own difference, and what follows from
    // it: the 30 amounts exceed the 400,000 envelope less the foundation's
    // 10,000 fee by the same 1,594 EUR.
    let diffs = check(&f);
    assert_eq!(
        diffs,
        [
            Difference::Total {
                call: "digital-brussels-2021".into(),
                declared_cents: 39_000_000,
                computed_cents: 39_159_400,
            },
            Difference::OverEnvelope {
                call: "digital-brussels-2021".into(),
                available_cents: 39_000_000,
                awarded_cents: 39_159_400,
            }
        ]
    );
    assert_eq!(diffs[0].cents(), 159_400, "+1,594.00 EUR");
    assert_eq!(diffs[1].cents(), 159_400);
}

#[test]
fn a_bad_awards_file_names_each_award() {
    let src = r#"
[[call]]
key = "c"
title = "C"
funder = "F"
operator = "O"
min_per_project_cents = 500000
max_per_project_cents = 1500000
declared_projects = 3
award_date = "2021-12-31"
seed = "x"

[[award]]
call = "c"
reference = "A"
organisation = "o"
project = "p"
amount_cents = 1600000
seed = "x"

[[award]]
call = "c"
reference = "A"
organisation = "o"
project = "p"
amount_cents = 0
seed = "x"

[[award]]
call = "nope"
reference = "B"
organisation = "o"
project = "p"
amount_cents = 600000
seed = "x"
"#;
    let problems = AwardsFile::parse(src).unwrap_err();
    assert!(problems.contains(&AwardsProblem::OutsideRange {
        reference: "A".into(),
        amount_cents: 1_600_000
    }));
    assert!(problems.contains(&AwardsProblem::DuplicateReference("A".into())));
    assert!(problems.contains(&AwardsProblem::NotPositive("A".into())));
    assert!(problems.contains(&AwardsProblem::UnknownCall {
        reference: "B".into(),
        call: "nope".into()
    }));
    assert!(
        problems[0].to_string().contains("16000.00 EUR"),
        "{}",
        problems[0]
    );
}

fn criteria() -> Vec<Criterion> {
    vec![
        Criterion {
            code: "relevance".into(),
            weight: 2,
            scale_min: 0,
            scale_max: 10,
        },
        Criterion {
            code: "feasibility".into(),
            weight: 1,
            scale_min: 0,
            scale_max: 10,
        },
    ]
}

fn marks(r: Mark, f: Mark) -> BTreeMap<String, Mark> {
    BTreeMap::from([("relevance".into(), r), ("feasibility".into(), f)])
}

#[test]
fn not_assessed_is_left_out_where_zero_counts() {
    let c = criteria();
    // 8/10 on relevance (weight 2), feasibility not assessed: 80.
    let na = juror_total(&c, &marks(Mark::Score(8), Mark::NotAssessed)).unwrap();
    assert!((na - 80.0).abs() < 1e-9, "{na}");
    // The same with feasibility 0: (2×0.8 + 1×0) / 3 = 53.3.
    let zero = juror_total(&c, &marks(Mark::Score(8), Mark::Score(0))).unwrap();
    assert!((zero - 160.0 / 3.0).abs() < 1e-9, "{zero}");
    // Nothing assessed: no total (not 0).
    assert_eq!(
        juror_total(&c, &marks(Mark::NotAssessed, Mark::NotAssessed)),
        None
    );
    // Marks are checked against the criteria and their scales.
    let mut bad = marks(Mark::Score(11), Mark::Score(3));
    bad.insert("beauty".into(), Mark::Score(5));
    assert_eq!(
        check_marks(&c, &bad),
        [
            MarkProblem::UnknownCriterion("beauty".into()),
            MarkProblem::OutOfScale {
                criterion: "relevance".into(),
                score: 11
            }
        ]
    );
}

#[test]
fn a_conflicted_juror_neither_sees_nor_scores_and_the_jury_waits_for_the_closing() {
    let jurors = BTreeSet::from([1, 2]);
    let conflicts = BTreeSet::from([(1, 10)]);
    assert_eq!(
        may_assess(1, 10, &jurors, &conflicts, true),
        Err(JuryRefusal::Conflict)
    );
    assert_eq!(may_assess(1, 11, &jurors, &conflicts, true), Ok(()));
    assert_eq!(may_assess(2, 10, &jurors, &conflicts, true), Ok(()));
    assert_eq!(
        may_assess(2, 10, &jurors, &conflicts, false),
        Err(JuryRefusal::CallOpen)
    );
    assert_eq!(
        may_assess(3, 10, &jurors, &conflicts, true),
        Err(JuryRefusal::NotAJuror)
    );
}

#[test]
fn a_harsh_juror_is_seen_through_z_scores_and_stats_are_right() {
    // Juror 1 scores everyone low, juror 2 high; both rank A above B above C.
    let totals = BTreeMap::from([
        ((1, 1), 40.0),
        ((1, 2), 30.0),
        ((1, 3), 20.0),
        ((2, 1), 90.0),
        ((2, 2), 80.0),
        ((2, 3), 70.0),
        ((3, 1), 50.0),
    ]);
    let z = z_scores(&totals);
    // The same standardised view for both jurors, whatever their level.
    for app in 1..=3 {
        let (a, b) = (z[&(1, app)].unwrap(), z[&(2, app)].unwrap());
        assert!((a - b).abs() < 1e-9, "app {app}: {a} vs {b}");
    }
    assert!(z[&(1, 1)].unwrap() > 1.2 && z[&(1, 3)].unwrap() < -1.2);
    // One score only: no z-score.
    assert_eq!(z[&(3, 1)], None);
    let s = stats(&[40.0, 90.0, 50.0]);
    assert_eq!(s.count, 3);
    assert!((s.mean.unwrap() - 60.0).abs() < 1e-9);
    assert_eq!(s.median, Some(50.0));
    assert!((s.spread.unwrap() - (1400.0f64 / 3.0).sqrt()).abs() < 1e-9);
    assert_eq!((s.min, s.max), (Some(40.0), Some(90.0)));
    assert_eq!(stats(&[]).mean, None);
}

#[test]
fn the_ranking_breaks_ties_as_documented() {
    let r = |reference: &str, score: Option<f64>, scores: usize, asked: i64, at: i64| Ranked {
        application: 0,
        reference: reference.into(),
        score,
        scores,
        asked_cents: asked,
        submitted_at: at,
    };
    let ranked = rank(vec![
        r("E", None, 0, 100, 1),
        r("D", Some(70.0), 3, 900, 5),
        r("C", Some(70.0), 3, 900, 2),
        r("B", Some(70.0), 3, 500, 9),
        r("A", Some(70.0), 4, 900, 9),
        r("F", Some(80.0), 1, 900, 9),
        r("G", Some(70.0), 3, 900, 2),
    ]);
    let order: Vec<&str> = ranked.iter().map(|x| x.reference.as_str()).collect();
    // Score; then more scores; then the lower ask; then earlier; then the reference.
    assert_eq!(order, ["F", "A", "B", "C", "G", "D", "E"]);
}

#[test]
fn a_scenario_leaves_a_remaining_amount_and_warns_over_the_envelope() {
    let line = |r: &str, asked: i64, granted: i64| Line {
        reference: r.into(),
        asked_cents: asked,
        granted_cents: granted,
    };
    let s = scenario(
        39_000_000,
        500_000,
        1_500_000,
        &[
            line("A", 1_500_000, 1_500_000),
            line("B", 1_000_000, 800_000),
        ],
    )
    .unwrap();
    assert_eq!(
        (s.granted_cents, s.remaining_cents, s.over_envelope),
        (2_300_000, 36_700_000, false)
    );
    let over = scenario(
        2_000_000,
        500_000,
        1_500_000,
        &[
            line("A", 1_500_000, 1_500_000),
            line("B", 1_000_000, 1_000_000),
        ],
    )
    .unwrap();
    assert!(over.over_envelope);
    assert_eq!(over.remaining_cents, -500_000);
    let bad = scenario(
        39_000_000,
        500_000,
        1_500_000,
        &[
            line("A", 1_000_000, 1_200_000),
            line("B", 1_000_000, 400_000),
            line("C", 0, 0),
        ],
    )
    .unwrap_err();
    assert_eq!(
        bad,
        [
            LineProblem::AboveAsked("A".into()),
            LineProblem::OutsideRange("B".into()),
            LineProblem::NotPositive("C".into())
        ]
    );
}

#[test]
fn tranches_add_up_to_the_cent_and_reports_are_reminded() {
    assert_eq!(tranches(1_226_000, &[80, 20]), Some(vec![980_800, 245_200]));
    // An amount that does not split evenly: the last tranche takes the rest.
    let t = tranches(1_000_001, &[33, 33, 34]).unwrap();
    assert_eq!(t.iter().sum::<i64>(), 1_000_001);
    assert_eq!(t, [330_000, 330_000, 340_001]);
    assert_eq!(tranches(100, &[80, 30]), None);
    assert_eq!(tranches(100, &[100, 0]), None);

    let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    let reports = [
        ReportDue {
            reference: "due-soon".into(),
            due: d(2022, 6, 30),
            received: false,
            last_reminded: None,
        },
        ReportDue {
            reference: "received".into(),
            due: d(2022, 6, 30),
            received: true,
            last_reminded: None,
        },
        ReportDue {
            reference: "later".into(),
            due: d(2022, 12, 31),
            received: false,
            last_reminded: None,
        },
        ReportDue {
            reference: "reminded".into(),
            due: d(2022, 6, 1),
            received: false,
            last_reminded: Some(d(2022, 6, 10)),
        },
        ReportDue {
            reference: "overdue".into(),
            due: d(2022, 5, 1),
            received: false,
            last_reminded: Some(d(2022, 5, 1)),
        },
    ];
    let due: Vec<&str> = reminders_due(&reports, d(2022, 6, 15), 30, 14)
        .into_iter()
        .map(|r| r.reference.as_str())
        .collect();
    assert_eq!(due, ["due-soon", "overdue"]);
}
