//! Every transition of a referral, allowed or forbidden, for every side; the
//! reminder and expiry of unanswered referrals around their thresholds.

use domain::referral::{
    Due, ExpiryRules, NEEDS, ReferralState as S, Side, Step, StepKind as K, TransitionError,
    need_label_key, retention_secs, transition,
};

const SIDES: [Side; 3] = [Side::Referrer, Side::Receiver, Side::System];

/// The allowed transitions, written out by hand: (from, step, sides, to).
fn allowed() -> Vec<(S, K, &'static [Side], S)> {
    const RECEIVER: &[Side] = &[Side::Receiver];
    const BOTH: &[Side] = &[Side::Receiver, Side::Referrer];
    vec![
        (S::Sent, K::Accept, RECEIVER, S::Accepted),
        (S::Sent, K::Refuse, RECEIVER, S::Refused),
        (S::Sent, K::Expire, &[Side::System], S::Expired),
        (S::Accepted, K::FirstVisit, RECEIVER, S::FirstVisitDone),
        (S::Accepted, K::Close, BOTH, S::Closed),
        (S::FirstVisitDone, K::FollowUp, BOTH, S::FollowedUp),
        (S::FirstVisitDone, K::Close, BOTH, S::Closed),
        (S::FollowedUp, K::FollowUp, BOTH, S::FollowedUp),
        (S::FollowedUp, K::Close, BOTH, S::Closed),
    ]
}

fn step(kind: K) -> Step {
    Step::new(kind, "a reason or a note")
}

#[test]
fn every_state_step_and_side_gives_what_the_table_says() {
    let table = allowed();
    let mut checked = 0;
    for from in S::ALL {
        for kind in K::ALL {
            for by in SIDES {
                let got = transition(from, &step(kind), by);
                let row = table.iter().find(|(f, k, _, _)| *f == from && *k == kind);
                match row {
                    Some((_, _, sides, to)) if sides.contains(&by) => {
                        assert_eq!(got, Ok(*to), "{from:?} {kind:?} by {by:?}")
                    }
                    Some(_) => assert_eq!(
                        got,
                        Err(TransitionError::WrongSide { step: kind, by }),
                        "{from:?} {kind:?} by {by:?}"
                    ),
                    None if !kind.sides().contains(&by) => assert!(
                        matches!(got, Err(TransitionError::WrongSide { .. })),
                        "{from:?} {kind:?} by {by:?}: {got:?}"
                    ),
                    None => assert_eq!(
                        got,
                        Err(TransitionError::NotAllowed { from, step: kind }),
                        "{from:?} {kind:?} by {by:?}"
                    ),
                }
                checked += 1;
            }
        }
    }
    assert_eq!(checked, 7 * 6 * 3);
}

#[test]
fn final_states_have_no_way_out() {
    for from in [S::Refused, S::Closed, S::Expired] {
        assert!(from.is_final());
        for by in SIDES {
            assert!(from.next_steps(by).is_empty(), "{from:?}");
        }
    }
    for from in [S::Sent, S::Accepted, S::FirstVisitDone, S::FollowedUp] {
        assert!(!from.is_final());
    }
}

#[test]
fn next_steps_are_the_buttons_each_side_sees() {
    assert_eq!(
        S::Sent.next_steps(Side::Receiver),
        vec![K::Accept, K::Refuse]
    );
    assert!(S::Sent.next_steps(Side::Referrer).is_empty());
    assert_eq!(S::Sent.next_steps(Side::System), vec![K::Expire]);
    assert_eq!(
        S::Accepted.next_steps(Side::Receiver),
        vec![K::FirstVisit, K::Close]
    );
    assert_eq!(S::Accepted.next_steps(Side::Referrer), vec![K::Close]);
    assert_eq!(
        S::FollowedUp.next_steps(Side::Referrer),
        vec![K::FollowUp, K::Close]
    );
}

#[test]
fn a_refusal_needs_a_reason_and_a_follow_up_a_note() {
    for blank in ["", "   ", "\n\t"] {
        assert_eq!(
            transition(S::Sent, &Step::new(K::Refuse, blank), Side::Receiver),
            Err(TransitionError::TextMissing { step: K::Refuse })
        );
        assert_eq!(
            transition(
                S::FirstVisitDone,
                &Step::new(K::FollowUp, blank),
                Side::Referrer
            ),
            Err(TransitionError::TextMissing { step: K::FollowUp })
        );
    }
    // Accepting, the first visit and closing need no text.
    assert_eq!(
        transition(S::Sent, &Step::new(K::Accept, ""), Side::Receiver),
        Ok(S::Accepted)
    );
    assert_eq!(
        transition(S::Accepted, &Step::new(K::Close, ""), Side::Referrer),
        Ok(S::Closed)
    );
    assert_eq!(
        TransitionError::TextMissing { step: K::Refuse }.message_key(),
        "referral-error-text-missing"
    );
}

#[test]
fn codes_round_trip() {
    for s in S::ALL {
        assert_eq!(S::parse(s.code()), Some(s));
        assert!(s.label_key().starts_with("referral-state-"));
    }
    for k in K::ALL {
        assert_eq!(K::parse(k.code()), Some(k));
    }
    assert_eq!(S::parse("pending"), None);
    assert_eq!(K::parse("delete"), None);
    assert_eq!(need_label_key(NEEDS[0]), "referral-need-information");
}

const DAY: i64 = 86_400;

#[test]
fn an_unanswered_referral_is_reminded_then_expires() {
    let rules = ExpiryRules {
        expire_after_days: 14,
        remind_days_before: 3,
    };
    let sent = 1_000_000;
    let due = |now: i64, reminded: bool| rules.due(S::Sent, sent, reminded, now);
    assert_eq!(due(sent, false), None);
    assert_eq!(due(sent + 11 * DAY - 1, false), None);
    assert_eq!(due(sent + 11 * DAY, false), Some(Due::Remind));
    assert_eq!(due(sent + 11 * DAY, true), None);
    assert_eq!(due(sent + 14 * DAY - 1, true), None);
    assert_eq!(due(sent + 14 * DAY, true), Some(Due::Expire));
    assert_eq!(due(sent + 14 * DAY, false), Some(Due::Expire));
    // Only referrals nobody answered expire.
    for s in S::ALL.into_iter().filter(|s| *s != S::Sent) {
        assert_eq!(rules.due(s, sent, false, sent + 100 * DAY), None, "{s:?}");
    }
    // Without a reminder period, it only expires.
    let no_reminder = ExpiryRules {
        expire_after_days: 7,
        remind_days_before: 0,
    };
    assert_eq!(no_reminder.due(S::Sent, sent, false, sent + 6 * DAY), None);
    assert_eq!(
        no_reminder.due(S::Sent, sent, false, sent + 7 * DAY),
        Some(Due::Expire)
    );
}

#[test]
fn twelve_months_is_a_year() {
    assert_eq!(retention_secs(12), 31_557_600);
    assert!(retention_secs(12) > 365 * DAY && retention_secs(12) < 366 * DAY);
}
