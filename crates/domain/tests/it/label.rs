//! The label's criteria at and around every threshold, and every transition
//! of the procedure, allowed or forbidden.

use chrono::NaiveDate;
use domain::label::criteria::{fmt_hours, usual_weekly_hours};
use domain::label::{
    Application, BasicPrice, Body, CriterionId, LabelRules, LabelState, Step, TransitionError,
    evaluate, transition,
};

fn rules() -> LabelRules {
    LabelRules::from_toml(include_str!("../../../../data/regions/brussels/label.toml")).unwrap()
}

/// Thursday 26 November 2026.
fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
}

fn good() -> Application {
    Application {
        computers: 6,
        opening_hours: "Mo-Fr 14:00-17:00".into(),
        training_hours_per_week: 6.0,
        free_access_hours_per_week: 6.0,
        open_to_all_adults: true,
        basic_activities_price: BasicPrice::Free,
        charter_accepted: true,
    }
}

fn outcome(app: &Application, id: CriterionId) -> bool {
    let e = evaluate(&rules(), app, "BE", today());
    e.criteria.iter().find(|c| c.id == id).unwrap().passed
}

#[test]
fn the_brussels_rules_are_read_from_the_region_file() {
    let r = rules();
    assert_eq!(r.min_computers, 6);
    assert_eq!(r.min_open_hours_per_week, 15.0);
    assert_eq!(
        r.accepted_prices,
        vec![BasicPrice::Free, BasicPrice::Symbolic]
    );
    assert!(LabelRules::from_toml("[rules]\nmin_computers = 6").is_err());
}

#[test]
fn exactly_at_every_threshold_passes() {
    let e = evaluate(&rules(), &good(), "BE", today());
    assert!(e.eligible, "{e:?}");
    assert_eq!(e.criteria.len(), 7);
    assert_eq!(
        e.criteria.iter().map(|c| c.id).collect::<Vec<_>>(),
        CriterionId::ALL.to_vec()
    );
    let open = e
        .criteria
        .iter()
        .find(|c| c.id == CriterionId::OpeningHours)
        .unwrap();
    assert_eq!(open.actual, "15");
    assert_eq!(open.required, "15");
}

#[test]
fn computers_around_the_threshold() {
    for (n, pass) in [(5, false), (6, true), (7, true), (0, false)] {
        let app = Application {
            computers: n,
            ..good()
        };
        assert_eq!(outcome(&app, CriterionId::Computers), pass, "{n} computers");
    }
}

#[test]
fn opening_hours_around_15_a_week() {
    for (oh, pass) in [
        ("Mo-Fr 14:00-16:59", false),         // 14 h 55
        ("Mo-Fr 14:00-17:00", true),          // 15 h exactly
        ("Mo-Fr 14:00-17:01", true),          // 15 h 05
        ("Mo-Fr 09:00-12:00; PH off", true),  // holidays do not decide the usual week
        ("Mo-Fr 09:00-12:00; Aug off", true), // nor the summer closing
        ("Tu,Th 09:00-12:00", false),         // 6 h
        ("24/7", true),
    ] {
        let app = Application {
            opening_hours: oh.into(),
            ..good()
        };
        assert_eq!(outcome(&app, CriterionId::OpeningHours), pass, "{oh}");
    }
    let e = evaluate(
        &rules(),
        &Application {
            opening_hours: "lundi 9h".into(),
            ..good()
        },
        "BE",
        today(),
    );
    let c = e
        .criteria
        .iter()
        .find(|c| c.id == CriterionId::OpeningHours)
        .unwrap();
    assert!(!c.passed && c.unreadable);
    assert_eq!(c.message_key(), "label-criterion-opening-hours-unreadable");
    assert!(!e.eligible);
}

#[test]
fn usual_week_is_the_median_week() {
    let h = usual_weekly_hours("Mo-Fr 10:00-12:30", "BE", today(), 52).unwrap();
    assert_eq!(fmt_hours(h), "12.5");
    assert_eq!(usual_weekly_hours("nonsense", "BE", today(), 52), None);
}

#[test]
fn training_and_free_access_hours_around_6() {
    for (h, pass) in [(5.9, false), (5.99, false), (6.0, true), (6.5, true)] {
        let t = Application {
            training_hours_per_week: h,
            ..good()
        };
        assert_eq!(
            outcome(&t, CriterionId::TrainingHours),
            pass,
            "training {h}"
        );
        let f = Application {
            free_access_hours_per_week: h,
            ..good()
        };
        assert_eq!(
            outcome(&f, CriterionId::FreeAccessHours),
            pass,
            "free access {h}"
        );
    }
}

#[test]
fn price_public_and_charter() {
    assert!(outcome(
        &Application {
            basic_activities_price: BasicPrice::Symbolic,
            ..good()
        },
        CriterionId::Price
    ));
    assert!(!outcome(
        &Application {
            basic_activities_price: BasicPrice::Paid,
            ..good()
        },
        CriterionId::Price
    ));
    assert!(!outcome(
        &Application {
            open_to_all_adults: false,
            ..good()
        },
        CriterionId::OpenToAllAdults
    ));
    assert!(!outcome(
        &Application {
            charter_accepted: false,
            ..good()
        },
        CriterionId::Charter
    ));
    // Another region's label may not ask for the charter.
    let mut r = rules();
    r.require_charter = false;
    let e = evaluate(
        &r,
        &Application {
            charter_accepted: false,
            ..good()
        },
        "BE",
        today(),
    );
    assert!(e.eligible);
}

#[test]
fn the_cite_des_metiers_situation_fails_on_training_hours_only() {
    // Refused in 2021 for not enough training hours.
    let app = Application {
        training_hours_per_week: 2.0,
        ..good()
    };
    let e = evaluate(&rules(), &app, "BE", today());
    assert!(!e.eligible);
    let failed: Vec<_> = e.criteria.iter().filter(|c| !c.passed).collect();
    assert_eq!(failed.len(), 1);
    assert_eq!(failed[0].id, CriterionId::TrainingHours);
    assert_eq!(failed[0].actual, "2");
    assert_eq!(failed[0].required, "6");
    assert_eq!(
        failed[0].message_key(),
        "label-criterion-training-hours-fail"
    );
}

fn date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2021, 10, 12).unwrap()
}

fn steps() -> Vec<Step> {
    vec![
        Step::Submit,
        Step::StartExamination,
        Step::RecordVisit {
            date: date(),
            notes: "visite".into(),
        },
        Step::Recommend {
            favourable: true,
            reasons: "criteria met".into(),
        },
        Step::Advise {
            favourable: true,
            meeting_date: date(),
            notes: String::new(),
        },
        Step::Decide {
            granted: true,
            date: date(),
            reasons: "criteria met".into(),
        },
        Step::Decide {
            granted: false,
            date: date(),
            reasons: "training hours".into(),
        },
        Step::Withdraw {
            date: date(),
            reason: "open to young people only".into(),
            body: Body::SteeringCommittee,
        },
    ]
}

/// The whole table, written out: (from, step, to).
fn allowed() -> Vec<(LabelState, &'static str, bool, LabelState)> {
    use LabelState as S;
    vec![
        (S::Draft, "submit", true, S::Submitted),
        (S::Submitted, "start_examination", true, S::UnderExamination),
        (
            S::UnderExamination,
            "record_visit",
            true,
            S::UnderExamination,
        ),
        (S::UnderExamination, "recommend", true, S::Recommended),
        (S::Recommended, "advise", true, S::Advised),
        (S::Advised, "decide", true, S::Granted),
        (S::Advised, "decide", false, S::Refused),
        (S::Granted, "withdraw", true, S::Withdrawn),
    ]
}

#[test]
fn every_transition_is_allowed_or_refused_as_the_procedure_says() {
    let bodies = [
        Body::Applicant,
        Body::Coordination,
        Body::WorkingGroup,
        Body::SteeringCommittee,
    ];
    let mut allowed_seen = 0;
    for from in LabelState::ALL {
        for step in steps() {
            let granted = !matches!(step, Step::Decide { granted: false, .. });
            let expected = allowed()
                .into_iter()
                .find(|(f, s, g, _)| {
                    *f == from && *s == step.code() && (*s != "decide" || *g == granted)
                })
                .map(|(_, _, _, to)| to);
            for by in bodies {
                let got = transition(from, &step, by);
                match (expected, step.bodies().contains(&by)) {
                    (Some(to), true) => {
                        assert_eq!(got, Ok(to), "{from:?} {step:?} by {by:?}");
                        allowed_seen += 1;
                    }
                    (_, false) => assert!(
                        matches!(got, Err(TransitionError::WrongBody { .. })),
                        "{from:?} {step:?} by {by:?}: {got:?}"
                    ),
                    (None, true) => assert_eq!(
                        got,
                        Err(TransitionError::NotAllowed {
                            from,
                            step: step.code()
                        }),
                        "{from:?} {step:?} by {by:?}"
                    ),
                }
            }
        }
    }
    // submit ×2 bodies, withdraw ×2 bodies, the others ×1.
    assert_eq!(allowed_seen, 10);
    // Refused and withdrawn are closed: nothing follows, a new application starts.
    for s in [LabelState::Refused, LabelState::Withdrawn] {
        assert!(s.is_closed() && s.next_steps().is_empty());
    }
}

#[test]
fn decisions_and_withdrawals_need_reasons() {
    let no_reason = Step::Decide {
        granted: false,
        date: date(),
        reasons: "  ".into(),
    };
    assert_eq!(
        transition(LabelState::Advised, &no_reason, Body::SteeringCommittee),
        Err(TransitionError::ReasonMissing { step: "decide" })
    );
    let no_reason = Step::Withdraw {
        date: date(),
        reason: String::new(),
        body: Body::SteeringCommittee,
    };
    assert!(transition(LabelState::Granted, &no_reason, Body::Coordination).is_err());
    let rec = Step::Recommend {
        favourable: false,
        reasons: String::new(),
    };
    assert!(transition(LabelState::UnderExamination, &rec, Body::Coordination).is_err());
}
