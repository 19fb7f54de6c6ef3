//! The label procedure as explicit states and the only transitions allowed:
//!
//! ```text
//! draft → submitted → under examination (courtesy visits may be recorded)
//!       → recommended (coordinator: favourable or not, reasons)
//!       → advised (working group: favourable or not, meeting date)
//!       → granted | refused (steering committee: date, reasons)
//! granted → withdrawn (reason, date, deciding body)
//! ```
//!
//! A granted label has no end date. A refused or withdrawn EPN applies again
//! with a new application. Every step says who may take it.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Where an application stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LabelState {
    Draft,
    Submitted,
    UnderExamination,
    Recommended,
    Advised,
    Granted,
    Refused,
    Withdrawn,
}

impl LabelState {
    pub const ALL: [LabelState; 8] = [
        LabelState::Draft,
        LabelState::Submitted,
        LabelState::UnderExamination,
        LabelState::Recommended,
        LabelState::Advised,
        LabelState::Granted,
        LabelState::Refused,
        LabelState::Withdrawn,
    ];

    pub fn code(self) -> &'static str {
        match self {
            LabelState::Draft => "draft",
            LabelState::Submitted => "submitted",
            LabelState::UnderExamination => "under_examination",
            LabelState::Recommended => "recommended",
            LabelState::Advised => "advised",
            LabelState::Granted => "granted",
            LabelState::Refused => "refused",
            LabelState::Withdrawn => "withdrawn",
        }
    }

    pub fn parse(s: &str) -> Option<LabelState> {
        LabelState::ALL.into_iter().find(|x| x.code() == s)
    }

    /// No step leads out of it (a new application starts again).
    pub fn is_closed(self) -> bool {
        matches!(self, LabelState::Refused | LabelState::Withdrawn)
    }

    /// Still being decided: the EPN may not open a second application.
    pub fn is_open(self) -> bool {
        !matches!(
            self,
            LabelState::Granted | LabelState::Refused | LabelState::Withdrawn
        )
    }
}

/// Who takes a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Body {
    /// The EPN applying.
    Applicant,
    /// The coordination (digital-inclusion coordinator).
    Coordination,
    /// The digital-inclusion working group.
    WorkingGroup,
    /// The steering committee.
    SteeringCommittee,
}

impl Body {
    pub fn code(self) -> &'static str {
        match self {
            Body::Applicant => "applicant",
            Body::Coordination => "coordination",
            Body::WorkingGroup => "working_group",
            Body::SteeringCommittee => "steering_committee",
        }
    }
    pub fn parse(s: &str) -> Option<Body> {
        [
            Body::Applicant,
            Body::Coordination,
            Body::WorkingGroup,
            Body::SteeringCommittee,
        ]
        .into_iter()
        .find(|b| b.code() == s)
    }
}

/// A step of the procedure with what it records.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum Step {
    Submit,
    StartExamination,
    RecordVisit {
        date: NaiveDate,
        notes: String,
    },
    Recommend {
        favourable: bool,
        reasons: String,
    },
    Advise {
        favourable: bool,
        meeting_date: NaiveDate,
        notes: String,
    },
    Decide {
        granted: bool,
        date: NaiveDate,
        reasons: String,
    },
    Withdraw {
        date: NaiveDate,
        reason: String,
        body: Body,
    },
}

impl Step {
    pub fn code(&self) -> &'static str {
        match self {
            Step::Submit => "submit",
            Step::StartExamination => "start_examination",
            Step::RecordVisit { .. } => "record_visit",
            Step::Recommend { .. } => "recommend",
            Step::Advise { .. } => "advise",
            Step::Decide { .. } => "decide",
            Step::Withdraw { .. } => "withdraw",
        }
    }

    /// Who may take this step.
    pub fn bodies(&self) -> &'static [Body] {
        match self {
            Step::Submit => &[Body::Applicant, Body::Coordination],
            Step::StartExamination | Step::RecordVisit { .. } | Step::Recommend { .. } => {
                &[Body::Coordination]
            }
            Step::Advise { .. } => &[Body::WorkingGroup],
            Step::Decide { .. } => &[Body::SteeringCommittee],
            Step::Withdraw { .. } => &[Body::SteeringCommittee, Body::Coordination],
        }
    }
}

/// Why a step is refused; each has a message `label-error-<code>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TransitionError {
    /// This step cannot be taken from this state.
    NotAllowed {
        from: LabelState,
        step: &'static str,
    },
    /// This body may not take this step.
    WrongBody { step: &'static str, by: Body },
    /// Reasons (or a reason) must be given.
    ReasonMissing { step: &'static str },
}

impl TransitionError {
    pub fn code(&self) -> &'static str {
        match self {
            TransitionError::NotAllowed { .. } => "not-allowed",
            TransitionError::WrongBody { .. } => "wrong-body",
            TransitionError::ReasonMissing { .. } => "reason-missing",
        }
    }
}

impl std::fmt::Display for TransitionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TransitionError::NotAllowed { from, step } => {
                write!(
                    f,
                    "the step {step} is not allowed from the state {}",
                    from.code()
                )
            }
            TransitionError::WrongBody { step, by } => {
                write!(f, "the step {step} is not for the {}", by.code())
            }
            TransitionError::ReasonMissing { step } => write!(f, "the step {step} needs reasons"),
        }
    }
}

impl std::error::Error for TransitionError {}

/// The state after `step` taken by `by` from `from`, or why it is refused.
pub fn transition(from: LabelState, step: &Step, by: Body) -> Result<LabelState, TransitionError> {
    use LabelState as S;
    let code = step.code();
    if !step.bodies().contains(&by) {
        return Err(TransitionError::WrongBody { step: code, by });
    }
    let needs_text = match step {
        Step::Recommend { reasons, .. } | Step::Decide { reasons, .. } => Some(reasons),
        Step::Withdraw { reason, .. } => Some(reason),
        _ => None,
    };
    if needs_text.is_some_and(|t| t.trim().is_empty()) {
        return Err(TransitionError::ReasonMissing { step: code });
    }
    let to = match (from, step) {
        (S::Draft, Step::Submit) => S::Submitted,
        (S::Submitted, Step::StartExamination) => S::UnderExamination,
        (S::UnderExamination, Step::RecordVisit { .. }) => S::UnderExamination,
        (S::UnderExamination, Step::Recommend { .. }) => S::Recommended,
        (S::Recommended, Step::Advise { .. }) => S::Advised,
        (S::Advised, Step::Decide { granted: true, .. }) => S::Granted,
        (S::Advised, Step::Decide { granted: false, .. }) => S::Refused,
        (S::Granted, Step::Withdraw { .. }) => S::Withdrawn,
        _ => return Err(TransitionError::NotAllowed { from, step: code }),
    };
    Ok(to)
}

impl LabelState {
    /// The steps that can follow this state (for the interface's buttons).
    pub fn next_steps(self) -> &'static [&'static str] {
        match self {
            LabelState::Draft => &["submit"],
            LabelState::Submitted => &["start_examination"],
            LabelState::UnderExamination => &["record_visit", "recommend"],
            LabelState::Recommended => &["advise"],
            LabelState::Advised => &["decide"],
            LabelState::Granted => &["withdraw"],
            LabelState::Refused | LabelState::Withdrawn => &[],
        }
    }
}

impl std::str::FromStr for LabelState {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        LabelState::parse(s).ok_or_else(|| format!("unknown label state {s:?}"))
    }
}
