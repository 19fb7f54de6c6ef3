//! Typed answers, parsed from form-like key/value pairs with errors that name
//! the question and what is expected.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::{Deserialize, Serialize};

use super::DigCompArea;
use super::questions::{QUESTIONS, Question, QuestionKind};
use crate::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Device {
    Smartphone,
    Computer,
    Tablet,
}

impl Device {
    pub const ALL: [Device; 3] = [Device::Smartphone, Device::Computer, Device::Tablet];

    pub fn code(self) -> &'static str {
        match self {
            Device::Smartphone => "smartphone",
            Device::Computer => "computer",
            Device::Tablet => "tablet",
        }
    }
}

/// Internet at home.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Internet {
    Yes,
    /// Only the mobile data of a phone.
    Phone,
    No,
}

impl Internet {
    pub const ALL: [Internet; 3] = [Internet::Yes, Internet::Phone, Internet::No];

    pub fn code(self) -> &'static str {
        match self {
            Internet::Yes => "yes",
            Internet::Phone => "phone",
            Internet::No => "no",
        }
    }
}

/// The answer to a detection question ("Do you use e-mail?").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Ability {
    Alone,
    Help,
    No,
}

impl Ability {
    pub const ALL: [Ability; 3] = [Ability::Alone, Ability::Help, Ability::No];

    pub fn code(self) -> &'static str {
        match self {
            Ability::Alone => "alone",
            Ability::Help => "help",
            Ability::No => "no",
        }
    }

    /// Competence points: 2 on one's own, 1 with help, 0 not at all.
    pub fn points(self) -> u32 {
        match self {
            Ability::Alone => 2,
            Ability::Help => 1,
            Ability::No => 0,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Barrier {
    Reading,
    Language,
    Cost,
    Time,
    Fear,
}

impl Barrier {
    pub const ALL: [Barrier; 5] = [
        Barrier::Reading,
        Barrier::Language,
        Barrier::Cost,
        Barrier::Time,
        Barrier::Fear,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Barrier::Reading => "reading",
            Barrier::Language => "language",
            Barrier::Cost => "cost",
            Barrier::Time => "time",
            Barrier::Fear => "fear",
        }
    }
}

/// One person's answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answers {
    /// The language the questions were answered in (not a question): places
    /// and sessions in this language are looked for when language is a barrier.
    pub lang: Lang,
    /// Devices the person has; empty when they answered "none".
    pub devices: BTreeSet<Device>,
    pub internet: Internet,
    /// "Do you use e-mail?"
    pub email: Ability,
    /// "Can you fill in a form on the internet on your own?"
    pub online_form: Ability,
    /// Self-assessment 0-3 in each DigComp area, in [`DigCompArea::ALL`] order.
    pub skills: [u8; 5],
    /// 0-3.
    pub motivation: u8,
    pub barriers: BTreeSet<Barrier>,
    /// Knows a place near them where they can get help.
    pub knows_help: bool,
}

impl Answers {
    /// The self-assessment (0-3) in one area.
    pub fn skill(&self, area: DigCompArea) -> u8 {
        self.skills[area.index()].min(3)
    }

    pub fn has(&self, barrier: Barrier) -> bool {
        self.barriers.contains(&barrier)
    }

    /// Parses form fields named by question id; a multi-choice question may
    /// repeat its field. Fields that are not questions (a CSRF token, the
    /// postcode…) are ignored; empty values count as no answer. All problems
    /// are reported at once, in the order of the questions.
    pub fn parse<'a, I>(pairs: I, lang: Lang) -> Result<Answers, AnswerErrors>
    where
        I: IntoIterator<Item = (&'a str, &'a str)>,
    {
        let mut given: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for (key, value) in pairs {
            let value = value.trim();
            if !value.is_empty() {
                given.entry(key.trim()).or_default().push(value);
            }
        }
        let mut errors = Vec::new();
        let mut chosen: BTreeMap<&'static str, Vec<&'static str>> = BTreeMap::new();
        for q in &QUESTIONS {
            let values = given.get(q.id).map(Vec::as_slice).unwrap_or(&[]);
            match check(q, values) {
                Ok(codes) => {
                    chosen.insert(q.id, codes);
                }
                Err(kind) => errors.push(AnswerError {
                    question: q.id,
                    kind,
                }),
            }
        }
        if !errors.is_empty() {
            return Err(AnswerErrors(errors));
        }
        let one = |id: &str| chosen[id].first().copied().unwrap_or_default();
        let scale = |id: &str| one(id).parse::<u8>().unwrap_or(0);
        let ability = |id: &str| {
            Ability::ALL
                .into_iter()
                .find(|a| a.code() == one(id))
                .unwrap_or(Ability::No)
        };
        Ok(Answers {
            lang,
            devices: Device::ALL
                .into_iter()
                .filter(|d| chosen["equipment"].contains(&d.code()))
                .collect(),
            internet: Internet::ALL
                .into_iter()
                .find(|i| i.code() == one("internet"))
                .unwrap_or(Internet::No),
            email: ability("email"),
            online_form: ability("online-form"),
            skills: DigCompArea::ALL.map(|a| scale(a.code())),
            motivation: scale("motivation"),
            barriers: Barrier::ALL
                .into_iter()
                .filter(|b| chosen["barriers"].contains(&b.code()))
                .collect(),
            knows_help: one("knows-help") == "yes",
        })
    }

    /// The answers as form fields (the inverse of [`Answers::parse`]), to
    /// show a form again with what was chosen, or to store the answers.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        if self.devices.is_empty() {
            pairs.push(("equipment", "none".to_owned()));
        }
        for d in &self.devices {
            pairs.push(("equipment", d.code().to_owned()));
        }
        pairs.push(("internet", self.internet.code().to_owned()));
        pairs.push(("email", self.email.code().to_owned()));
        pairs.push(("online-form", self.online_form.code().to_owned()));
        for area in DigCompArea::ALL {
            pairs.push((area.code(), self.skill(area).to_string()));
        }
        pairs.push(("motivation", self.motivation.min(3).to_string()));
        for b in &self.barriers {
            pairs.push(("barriers", b.code().to_owned()));
        }
        let knows = if self.knows_help { "yes" } else { "no" };
        pairs.push(("knows-help", knows.to_owned()));
        pairs
    }
}

/// The answer codes chosen for one question, or what is wrong with them.
fn check(q: &Question, values: &[&str]) -> Result<Vec<&'static str>, ErrorKind> {
    let mut codes: Vec<&'static str> = Vec::new();
    for v in values {
        match q.answers.iter().find(|a| **a == *v) {
            Some(code) if !codes.contains(code) => codes.push(code),
            Some(_) => {}
            None => {
                return Err(ErrorKind::Invalid {
                    value: (*v).to_owned(),
                    expected: q.expected(),
                });
            }
        }
    }
    let expected = q.expected();
    match q.kind {
        _ if codes.is_empty() && q.kind != QuestionKind::OptionalMulti => {
            Err(ErrorKind::Missing { expected })
        }
        QuestionKind::Single if codes.len() > 1 => Err(ErrorKind::TooMany { expected }),
        _ if codes.contains(&"none") && codes.len() > 1 => Err(ErrorKind::NoneWithOthers),
        _ => Ok(codes),
    }
}

/// What is wrong with the answer to one question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum ErrorKind {
    /// Not answered.
    Missing { expected: String },
    /// A value that is not one of the question's answers.
    Invalid { value: String, expected: String },
    /// Several answers to a one-answer question.
    TooMany { expected: String },
    /// "None" ticked together with something else.
    NoneWithOthers,
}

impl ErrorKind {
    /// One of each kind, for listing message keys.
    pub const ALL: [ErrorKind; 4] = [
        ErrorKind::Missing {
            expected: String::new(),
        },
        ErrorKind::Invalid {
            value: String::new(),
            expected: String::new(),
        },
        ErrorKind::TooMany {
            expected: String::new(),
        },
        ErrorKind::NoneWithOthers,
    ];

    /// The message key of a plain-language message to show next to the question.
    pub fn message_key(&self) -> &'static str {
        match self {
            ErrorKind::Missing { .. } => "diag-error-missing",
            ErrorKind::Invalid { .. } => "diag-error-invalid",
            ErrorKind::TooMany { .. } => "diag-error-too-many",
            ErrorKind::NoneWithOthers => "diag-error-none-with-others",
        }
    }
}

/// A problem with the answer to one question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AnswerError {
    /// The question's id (its form field).
    pub question: &'static str,
    #[serde(flatten)]
    pub kind: ErrorKind,
}

impl fmt::Display for AnswerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let q = self.question;
        match &self.kind {
            ErrorKind::Missing { expected } => {
                write!(f, "question \"{q}\" is not answered: expected {expected}")
            }
            ErrorKind::Invalid { value, expected } => {
                write!(
                    f,
                    "question \"{q}\": \"{value}\" is not an answer, expected {expected}"
                )
            }
            ErrorKind::TooMany { expected } => {
                write!(
                    f,
                    "question \"{q}\": several answers given, expected {expected}"
                )
            }
            ErrorKind::NoneWithOthers => {
                write!(
                    f,
                    "question \"{q}\": \"none\" cannot be chosen with another answer"
                )
            }
        }
    }
}

/// All the problems of one set of answers, in question order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AnswerErrors(pub Vec<AnswerError>);

impl AnswerErrors {
    /// The problem with one question, if any.
    pub fn for_question(&self, id: &str) -> Option<&AnswerError> {
        self.0.iter().find(|e| e.question == id)
    }
}

impl fmt::Display for AnswerErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for AnswerErrors {}
