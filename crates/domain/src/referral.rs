//! A referral (orientation): a referring structure (CPAS, commune, employment
//! office, association) sends a person to a place or a session of an EPN,
//! with the person's consent, and both follow it up. Explicit states and the
//! only transitions allowed:
//!
//! ```text
//! sent → accepted → first_visit_done → followed_up (notes, again and again) → closed
//!      ↘ refused (reason required)       accepted and first_visit_done may also be closed
//!      ↘ expired (unanswered for N days, a reminder is sent before)
//! ```
//!
//! `refused`, `closed` and `expired` are final: the time the referral reached
//! one of them starts the retention period of the person's data.

use serde::{Deserialize, Serialize};

/// Where a referral stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReferralState {
    Sent,
    Accepted,
    Refused,
    FirstVisitDone,
    FollowedUp,
    Closed,
    Expired,
}

impl ReferralState {
    pub const ALL: [ReferralState; 7] = [
        ReferralState::Sent,
        ReferralState::Accepted,
        ReferralState::Refused,
        ReferralState::FirstVisitDone,
        ReferralState::FollowedUp,
        ReferralState::Closed,
        ReferralState::Expired,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ReferralState::Sent => "sent",
            ReferralState::Accepted => "accepted",
            ReferralState::Refused => "refused",
            ReferralState::FirstVisitDone => "first_visit_done",
            ReferralState::FollowedUp => "followed_up",
            ReferralState::Closed => "closed",
            ReferralState::Expired => "expired",
        }
    }

    pub fn parse(s: &str) -> Option<ReferralState> {
        ReferralState::ALL.into_iter().find(|x| x.code() == s)
    }

    /// The message key of the state's name (`referral-state-…`).
    pub fn label_key(self) -> String {
        format!("referral-state-{}", self.code().replace('_', "-"))
    }

    /// No step leads out of it; the retention period runs from here.
    pub fn is_final(self) -> bool {
        matches!(
            self,
            ReferralState::Refused | ReferralState::Closed | ReferralState::Expired
        )
    }

    /// The steps that can follow this state, for the side that may take them
    /// (for the interface's buttons). `Expire` is the system's.
    pub fn next_steps(self, side: Side) -> Vec<StepKind> {
        StepKind::ALL
            .into_iter()
            .filter(|k| k.sides().contains(&side) && k.allowed_from(self))
            .collect()
    }
}

/// Who takes a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// The referring structure that sent the referral.
    Referrer,
    /// The EPN the person is sent to (its managers, or the coordination).
    Receiver,
    /// The daily job (expiry).
    System,
}

impl Side {
    pub fn code(self) -> &'static str {
        match self {
            Side::Referrer => "referrer",
            Side::Receiver => "receiver",
            Side::System => "system",
        }
    }
}

/// The kind of a step, without what it records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StepKind {
    Accept,
    Refuse,
    FirstVisit,
    FollowUp,
    Close,
    Expire,
}

impl StepKind {
    pub const ALL: [StepKind; 6] = [
        StepKind::Accept,
        StepKind::Refuse,
        StepKind::FirstVisit,
        StepKind::FollowUp,
        StepKind::Close,
        StepKind::Expire,
    ];

    pub fn code(self) -> &'static str {
        match self {
            StepKind::Accept => "accept",
            StepKind::Refuse => "refuse",
            StepKind::FirstVisit => "first_visit",
            StepKind::FollowUp => "follow_up",
            StepKind::Close => "close",
            StepKind::Expire => "expire",
        }
    }

    pub fn parse(s: &str) -> Option<StepKind> {
        StepKind::ALL.into_iter().find(|k| k.code() == s)
    }

    /// The message key of the step's button and history line (`referral-step-…`).
    pub fn label_key(self) -> String {
        format!("referral-step-{}", self.code().replace('_', "-"))
    }

    /// Who may take this step.
    pub fn sides(self) -> &'static [Side] {
        match self {
            StepKind::Accept | StepKind::Refuse | StepKind::FirstVisit => &[Side::Receiver],
            StepKind::FollowUp | StepKind::Close => &[Side::Receiver, Side::Referrer],
            StepKind::Expire => &[Side::System],
        }
    }

    /// The state this step leads to from `from`, if it may be taken there.
    pub fn target(self, from: ReferralState) -> Option<ReferralState> {
        use ReferralState as S;
        Some(match (from, self) {
            (S::Sent, StepKind::Accept) => S::Accepted,
            (S::Sent, StepKind::Refuse) => S::Refused,
            (S::Sent, StepKind::Expire) => S::Expired,
            (S::Accepted, StepKind::FirstVisit) => S::FirstVisitDone,
            (S::FirstVisitDone | S::FollowedUp, StepKind::FollowUp) => S::FollowedUp,
            (S::Accepted | S::FirstVisitDone | S::FollowedUp, StepKind::Close) => S::Closed,
            _ => return None,
        })
    }

    pub fn allowed_from(self, from: ReferralState) -> bool {
        self.target(from).is_some()
    }

    /// The step needs a text: the reason of a refusal, the note of a follow-up.
    pub fn needs_text(self) -> bool {
        matches!(self, StepKind::Refuse | StepKind::FollowUp)
    }
}

/// A step with what it records (a reason, a note; optional where not needed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub kind: StepKind,
    pub note: String,
}

impl Step {
    pub fn new(kind: StepKind, note: &str) -> Step {
        Step {
            kind,
            note: note.trim().to_owned(),
        }
    }
}

/// Why a step is refused; each has a message `referral-error-<code>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TransitionError {
    NotAllowed {
        from: ReferralState,
        step: StepKind,
    },
    WrongSide {
        step: StepKind,
        by: Side,
    },
    /// A refusal needs a reason, a follow-up a note.
    TextMissing {
        step: StepKind,
    },
}

impl TransitionError {
    pub fn code(&self) -> &'static str {
        match self {
            TransitionError::NotAllowed { .. } => "not-allowed",
            TransitionError::WrongSide { .. } => "wrong-side",
            TransitionError::TextMissing { .. } => "text-missing",
        }
    }

    pub fn message_key(&self) -> String {
        format!("referral-error-{}", self.code())
    }
}

impl std::fmt::Display for TransitionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TransitionError::NotAllowed { from, step } => write!(
                f,
                "the step {} is not allowed from the state {}",
                step.code(),
                from.code()
            ),
            TransitionError::WrongSide { step, by } => {
                write!(f, "the step {} is not for the {}", step.code(), by.code())
            }
            TransitionError::TextMissing { step } => {
                write!(f, "the step {} needs a text", step.code())
            }
        }
    }
}

impl std::error::Error for TransitionError {}

/// The state after `step` taken by `by` from `from`, or why it is refused.
pub fn transition(
    from: ReferralState,
    step: &Step,
    by: Side,
) -> Result<ReferralState, TransitionError> {
    let kind = step.kind;
    if !kind.sides().contains(&by) {
        return Err(TransitionError::WrongSide { step: kind, by });
    }
    if kind.needs_text() && step.note.trim().is_empty() {
        return Err(TransitionError::TextMissing { step: kind });
    }
    kind.target(from)
        .ok_or(TransitionError::NotAllowed { from, step: kind })
}

/// When an unanswered referral gets a reminder and when it expires.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExpiryRules {
    /// A referral still `sent` this many days after it was sent expires.
    pub expire_after_days: i64,
    /// The receiving EPN is reminded this many days before.
    pub remind_days_before: i64,
}

impl Default for ExpiryRules {
    fn default() -> Self {
        ExpiryRules {
            expire_after_days: 14,
            remind_days_before: 3,
        }
    }
}

/// What the daily job must do with one referral.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Due {
    Remind,
    Expire,
}

const DAY: i64 = 86_400;

impl ExpiryRules {
    /// The time the referral sent at `sent_at` expires.
    pub fn expires_at(&self, sent_at: i64) -> i64 {
        sent_at + self.expire_after_days.max(1) * DAY
    }

    /// The time its reminder is due (never before it was sent).
    pub fn remind_at(&self, sent_at: i64) -> i64 {
        (self.expires_at(sent_at) - self.remind_days_before.max(0) * DAY).max(sent_at)
    }

    /// What is due at `now` for a referral in `state` sent at `sent_at`
    /// (`reminded`: its reminder went out already). Only `sent` referrals expire.
    pub fn due(&self, state: ReferralState, sent_at: i64, reminded: bool, now: i64) -> Option<Due> {
        if state != ReferralState::Sent {
            return None;
        }
        if now >= self.expires_at(sent_at) {
            Some(Due::Expire)
        } else if !reminded && self.remind_days_before > 0 && now >= self.remind_at(sent_at) {
            Some(Due::Remind)
        } else {
            None
        }
    }
}

/// What the person needs help with: the five DigComp areas, then practical needs.
pub const NEEDS: [&str; 9] = [
    "information",
    "communication",
    "content-creation",
    "safety",
    "problem-solving",
    "equipment",
    "connection",
    "online-procedures",
    "first-steps",
];

/// The message key of a need (`referral-need-…`).
pub fn need_label_key(code: &str) -> String {
    format!("referral-need-{code}")
}

/// The needs a diagnostic points to: its gaps, no device, no internet at home,
/// unable to fill in a form online, and first steps for the least confident.
pub fn needs_from_profile(
    answers: &crate::diagnostic::Answers,
    profile: &crate::diagnostic::Profile,
) -> Vec<&'static str> {
    use crate::diagnostic::{Ability, Internet, Persona};
    let mut out: Vec<&'static str> = profile.gaps.iter().map(|a| a.code()).collect();
    if answers.devices.is_empty() {
        out.push("equipment");
    }
    if answers.internet == Internet::No {
        out.push("connection");
    }
    if answers.online_form != Ability::Alone {
        out.push("online-procedures");
    }
    if matches!(profile.persona, Persona::NoBearings | Persona::Novice) {
        out.push("first-steps");
    }
    NEEDS.into_iter().filter(|n| out.contains(n)).collect()
}

/// How the receiving EPN reaches the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContactWay {
    Phone,
    Email,
    /// Through the referrer (the person gave no phone or e-mail).
    ThroughReferrer,
}

impl ContactWay {
    pub const ALL: [ContactWay; 3] = [
        ContactWay::Phone,
        ContactWay::Email,
        ContactWay::ThroughReferrer,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ContactWay::Phone => "phone",
            ContactWay::Email => "email",
            ContactWay::ThroughReferrer => "referrer",
        }
    }

    pub fn parse(s: &str) -> Option<ContactWay> {
        ContactWay::ALL.into_iter().find(|c| c.code() == s)
    }

    pub fn label_key(self) -> String {
        format!("referral-contact-{}", self.code())
    }
}

/// Months to a number of seconds for retention (a month is 1/12 of 365.25 days).
pub fn retention_secs(months: i64) -> i64 {
    months.max(1) * 2_629_800
}
