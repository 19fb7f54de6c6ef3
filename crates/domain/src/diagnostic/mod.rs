//! The digital-fragility diagnostic: a short questionnaire (at most 12
//! questions, plain language), typed answers parsed from a form, and a simple,
//! explainable score that places the person on the competence × motivation
//! grid of the study's five personae, with an urgency, advice and what to look
//! for in places and sessions. Documented in `docs/diagnostic.md`.
//!
//! Nothing here stores anything: the web layer decides whether answers are
//! kept (a referral) or thrown away (an anonymous self-check).

mod answers;
pub mod personae;
mod questions;
mod score;

use serde::{Deserialize, Serialize};

pub use answers::{
    Ability, AnswerError, AnswerErrors, Answers, Barrier, Device, ErrorKind, Internet,
};
pub use questions::{QUESTIONS, Question, QuestionKind, question};
pub use score::{
    AdviceKey, COMPETENCE_HIGH_FROM, COMPETENCE_MEDIUM_FROM, MOTIVATION_HIGH_FROM, Needs, Persona,
    Profile, Urgency, UrgencyReason, persona_for, score,
};

/// The five competence areas of the European framework DigComp 2.2.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DigCompArea {
    /// Information and data literacy.
    Information,
    /// Communication and collaboration.
    Communication,
    /// Digital content creation.
    ContentCreation,
    /// Safety.
    Safety,
    /// Problem solving.
    ProblemSolving,
}

impl DigCompArea {
    /// In the framework's order (1 to 5).
    pub const ALL: [DigCompArea; 5] = [
        DigCompArea::Information,
        DigCompArea::Communication,
        DigCompArea::ContentCreation,
        DigCompArea::Safety,
        DigCompArea::ProblemSolving,
    ];

    /// Stable code; also the id of the self-assessment question of the area.
    pub fn code(self) -> &'static str {
        match self {
            DigCompArea::Information => "information",
            DigCompArea::Communication => "communication",
            DigCompArea::ContentCreation => "content-creation",
            DigCompArea::Safety => "safety",
            DigCompArea::ProblemSolving => "problem-solving",
        }
    }

    pub fn parse(code: &str) -> Option<DigCompArea> {
        DigCompArea::ALL.into_iter().find(|a| a.code() == code)
    }

    /// The message key of the area's name.
    pub fn label_key(self) -> String {
        format!("diag-area-{}", self.code())
    }

    /// The position of the area in [`DigCompArea::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

/// A simple level for people and sessions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Beginner,
    Intermediate,
    Advanced,
}

impl Level {
    pub const ALL: [Level; 3] = [Level::Beginner, Level::Intermediate, Level::Advanced];

    pub fn code(self) -> &'static str {
        match self {
            Level::Beginner => "beginner",
            Level::Intermediate => "intermediate",
            Level::Advanced => "advanced",
        }
    }

    pub fn parse(code: &str) -> Option<Level> {
        Level::ALL.into_iter().find(|l| l.code() == code)
    }

    pub fn label_key(self) -> String {
        format!("diag-level-{}", self.code())
    }
}

/// Texts of the page around the questions (title, introduction, the heading
/// of the self-assessment and of the result).
pub const PAGE_KEYS: [&str; 6] = [
    "diag-title",
    "diag-intro",
    "diag-skills-intro",
    "diag-result-title",
    "diag-result-gaps",
    "diag-result-advice",
];

/// Every message key the diagnostic can produce: questions, answers, areas,
/// levels, personae, urgencies and their reasons, advice, errors, page texts.
/// The translation files must define all of them in every language.
pub fn message_keys() -> Vec<String> {
    let mut keys: Vec<String> = PAGE_KEYS.iter().map(|k| (*k).to_owned()).collect();
    for q in &QUESTIONS {
        keys.push(q.key());
        keys.extend(q.answers.iter().map(|a| q.answer_key(a)));
    }
    keys.extend(DigCompArea::ALL.iter().map(|a| a.label_key()));
    keys.extend(Level::ALL.iter().map(|l| l.label_key()));
    for p in Persona::ALL {
        keys.push(p.label_key());
        keys.push(p.description_key());
    }
    keys.extend(Urgency::ALL.iter().map(|u| u.label_key()));
    keys.extend(UrgencyReason::ALL.iter().map(|r| r.key()));
    keys.extend(AdviceKey::ALL.iter().map(|a| a.key()));
    keys.extend(ErrorKind::ALL.iter().map(|e| e.message_key().to_owned()));
    keys
}
