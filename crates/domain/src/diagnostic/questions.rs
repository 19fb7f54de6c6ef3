//! The questionnaire as data: question ids (also the form field names),
//! answer codes, and the message keys of their texts
//! (`diag-q-<id>`, `diag-a-<id>-<code>`).

/// How a question is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuestionKind {
    /// Exactly one answer.
    Single,
    /// One answer or more.
    Multi,
    /// Zero answers or more (nothing ticked is an answer: "none of these").
    OptionalMulti,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Question {
    /// Stable id; the form field name.
    pub id: &'static str,
    pub kind: QuestionKind,
    /// Answer codes, in the order they are shown.
    pub answers: &'static [&'static str],
}

impl Question {
    /// The message key of the question's text.
    pub fn key(&self) -> String {
        format!("diag-q-{}", self.id)
    }

    /// The message key of one answer's text.
    pub fn answer_key(&self, code: &str) -> String {
        format!("diag-a-{}-{}", self.id, code)
    }

    /// What an answer must look like, for error messages.
    pub fn expected(&self) -> String {
        let codes = self.answers.join(", ");
        match self.kind {
            QuestionKind::Single => format!("one of {codes}"),
            QuestionKind::Multi => format!("one or more of {codes}"),
            QuestionKind::OptionalMulti => format!("none, or some of {codes}"),
        }
    }
}

/// The answers of the 0-3 self-assessment scale (0 = no, 1 = with help,
/// 2 = on my own, 3 = easily, I could show someone), and of motivation.
pub const SCALE: &[&str] = &["0", "1", "2", "3"];
/// The answers of the two detection questions.
pub const ABILITY: &[&str] = &["alone", "help", "no"];

/// The 12 questions, in the order they are asked.
pub const QUESTIONS: [Question; 12] = [
    Question {
        id: "equipment",
        kind: QuestionKind::Multi,
        answers: &["smartphone", "computer", "tablet", "none"],
    },
    Question {
        id: "internet",
        kind: QuestionKind::Single,
        answers: &["yes", "phone", "no"],
    },
    // Detection questions (ours, see docs/diagnostic.md: the seed says the
    // employment office asks 4 questions at registration but does not list them).
    Question {
        id: "email",
        kind: QuestionKind::Single,
        answers: ABILITY,
    },
    Question {
        id: "online-form",
        kind: QuestionKind::Single,
        answers: ABILITY,
    },
    // Self-assessment in the five DigComp areas; ids are DigCompArea codes.
    Question {
        id: "information",
        kind: QuestionKind::Single,
        answers: SCALE,
    },
    Question {
        id: "communication",
        kind: QuestionKind::Single,
        answers: SCALE,
    },
    Question {
        id: "content-creation",
        kind: QuestionKind::Single,
        answers: SCALE,
    },
    Question {
        id: "safety",
        kind: QuestionKind::Single,
        answers: SCALE,
    },
    Question {
        id: "problem-solving",
        kind: QuestionKind::Single,
        answers: SCALE,
    },
    Question {
        id: "motivation",
        kind: QuestionKind::Single,
        answers: SCALE,
    },
    Question {
        id: "barriers",
        kind: QuestionKind::OptionalMulti,
        answers: &["reading", "language", "cost", "time", "fear"],
    },
    // Knowledge of existing help (the Allo-Digiparcours diagnostic).
    Question {
        id: "knows-help",
        kind: QuestionKind::Single,
        answers: &["yes", "no"],
    },
];

/// The question with this id.
pub fn question(id: &str) -> Option<&'static Question> {
    QUESTIONS.iter().find(|q| q.id == id)
}
