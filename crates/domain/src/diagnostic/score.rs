//! The score: competence and motivation on 0-100, the persona of the study's
//! grid, the urgency, the gaps, advice and needs. Every rule is written out
//! in `docs/diagnostic.md`; change both together.

use serde::{Deserialize, Serialize};

use super::answers::{Ability, Answers, Barrier, Device, Internet};
use super::{DigCompArea, Level};

/// Competence at or above this (and below [`COMPETENCE_HIGH_FROM`]) is medium.
/// In points out of 19: 0-6 is low.
pub const COMPETENCE_MEDIUM_FROM: u8 = 34;
/// Competence at or above this is high. In points out of 19: 13-19.
pub const COMPETENCE_HIGH_FROM: u8 = 67;
/// Motivation at or above this is high: the answers "yes" (2) and "yes, very
/// much" (3); "no" (0) and "a little" (1) are low.
pub const MOTIVATION_HIGH_FROM: u8 = 50;
/// Competence points: 5 areas × 3 + 2 detection questions × 2.
pub const MAX_POINTS: u32 = 19;
/// An area self-assessed at or below this is a gap (0 = no, 1 = with help).
pub const GAP_AT_MOST: u8 = 1;

/// The five personae of the study (seed, Annex 2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Persona {
    /// Esteban, « le sans repères »: low competence, low motivation.
    NoBearings,
    /// Louis, « le novice »: low competence, motivated.
    Novice,
    /// Anne, « la débrouillarde »: medium or high competence, little interest.
    Resourceful,
    /// Noémie, « la motivée »: medium competence, very motivated.
    Motivated,
    /// Benoît, « le confirmé »: high competence, motivated.
    Confirmed,
}

impl Persona {
    pub const ALL: [Persona; 5] = [
        Persona::NoBearings,
        Persona::Novice,
        Persona::Resourceful,
        Persona::Motivated,
        Persona::Confirmed,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Persona::NoBearings => "no_bearings",
            Persona::Novice => "novice",
            Persona::Resourceful => "resourceful",
            Persona::Motivated => "motivated",
            Persona::Confirmed => "confirmed",
        }
    }

    pub fn parse(code: &str) -> Option<Persona> {
        Persona::ALL.into_iter().find(|p| p.code() == code)
    }

    /// A short, respectful name for the profile.
    pub fn label_key(self) -> String {
        format!("diag-persona-{}", self.code())
    }

    /// One or two plain sentences describing the profile.
    pub fn description_key(self) -> String {
        format!("diag-persona-{}-text", self.code())
    }

    /// The urgency the study gives the persona ("Niveau d'urgence").
    pub fn urgency(self) -> Urgency {
        match self {
            Persona::NoBearings | Persona::Novice => Urgency::High,
            Persona::Resourceful | Persona::Motivated => Urgency::Medium,
            Persona::Confirmed => Urgency::Low,
        }
    }

    /// The level of the courses the study proposes to the persona.
    pub fn level(self) -> Level {
        match self {
            Persona::NoBearings | Persona::Novice => Level::Beginner,
            Persona::Resourceful | Persona::Motivated => Level::Intermediate,
            Persona::Confirmed => Level::Advanced,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Urgency {
    Low,
    Medium,
    High,
}

impl Urgency {
    pub const ALL: [Urgency; 3] = [Urgency::High, Urgency::Medium, Urgency::Low];

    pub fn code(self) -> &'static str {
        match self {
            Urgency::High => "high",
            Urgency::Medium => "medium",
            Urgency::Low => "low",
        }
    }

    pub fn label_key(self) -> String {
        format!("diag-urgency-{}", self.code())
    }
}

/// Why the urgency is what it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum UrgencyReason {
    /// The urgency of the persona on the grid.
    Grid,
    /// No device at all: raised to high.
    NoDevice,
    /// Cannot fill in a form online, and reading or language is a barrier
    /// (so procedures in person are hard too): raised to high.
    FormsBarrier,
}

impl UrgencyReason {
    pub const ALL: [UrgencyReason; 3] = [
        UrgencyReason::Grid,
        UrgencyReason::NoDevice,
        UrgencyReason::FormsBarrier,
    ];

    pub fn code(self) -> &'static str {
        match self {
            UrgencyReason::Grid => "grid",
            UrgencyReason::NoDevice => "no-device",
            UrgencyReason::FormsBarrier => "forms-barrier",
        }
    }

    pub fn key(self) -> String {
        format!("diag-why-{}", self.code())
    }
}

/// A piece of plain-language advice; its text is the message `diag-advice-<code>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AdviceKey {
    StepByStep,
    AskReferent,
    FirstSteps,
    DropIn,
    ThemedWorkshops,
    AdvancedCourses,
    Volunteer,
    EquipmentHelp,
    PublicAccess,
    FreeOffers,
    ReadingSupport,
    LanguageSupport,
    ShortSessions,
    AtYourPace,
    PlacesNearYou,
}

impl AdviceKey {
    pub const ALL: [AdviceKey; 15] = [
        AdviceKey::StepByStep,
        AdviceKey::AskReferent,
        AdviceKey::FirstSteps,
        AdviceKey::DropIn,
        AdviceKey::ThemedWorkshops,
        AdviceKey::AdvancedCourses,
        AdviceKey::Volunteer,
        AdviceKey::EquipmentHelp,
        AdviceKey::PublicAccess,
        AdviceKey::FreeOffers,
        AdviceKey::ReadingSupport,
        AdviceKey::LanguageSupport,
        AdviceKey::ShortSessions,
        AdviceKey::AtYourPace,
        AdviceKey::PlacesNearYou,
    ];

    pub fn code(self) -> &'static str {
        match self {
            AdviceKey::StepByStep => "step-by-step",
            AdviceKey::AskReferent => "ask-referent",
            AdviceKey::FirstSteps => "first-steps",
            AdviceKey::DropIn => "drop-in",
            AdviceKey::ThemedWorkshops => "themed-workshops",
            AdviceKey::AdvancedCourses => "advanced-courses",
            AdviceKey::Volunteer => "volunteer",
            AdviceKey::EquipmentHelp => "equipment-help",
            AdviceKey::PublicAccess => "public-access",
            AdviceKey::FreeOffers => "free-offers",
            AdviceKey::ReadingSupport => "reading-support",
            AdviceKey::LanguageSupport => "language-support",
            AdviceKey::ShortSessions => "short-sessions",
            AdviceKey::AtYourPace => "at-your-pace",
            AdviceKey::PlacesNearYou => "places-near-you",
        }
    }

    pub fn key(self) -> String {
        format!("diag-advice-{}", self.code())
    }
}

/// What to look for in places and sessions. Codes are those of the
/// directory's vocabularies (data/vocabularies.toml); an empty list means
/// "any".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Needs {
    /// Only free places and sessions (price code "free").
    pub free: bool,
    /// Language codes the place or session must speak.
    pub languages: Vec<String>,
    /// Accessibility codes (e.g. "easy-read").
    pub accessibility: Vec<String>,
    /// Session themes: the DigComp areas of the gaps.
    pub themes: Vec<DigCompArea>,
    pub level: Level,
    /// Service codes of places that fit (e.g. "assisted-access", "equipment").
    pub services: Vec<String>,
}

/// The result of the diagnostic.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    /// 0-100: competence points × 100 / 19, rounded.
    pub competence: u8,
    /// 0-100: the motivation answer (0-3) × 100 / 3, rounded.
    pub motivation: u8,
    pub persona: Persona,
    pub urgency: Urgency,
    /// The rules that give the urgency (never empty).
    pub urgency_reasons: Vec<UrgencyReason>,
    /// DigComp areas self-assessed 0 or 1, in framework order.
    pub gaps: Vec<DigCompArea>,
    pub barriers: Vec<Barrier>,
    pub advice: Vec<AdviceKey>,
    pub needs: Needs,
}

/// The persona at a point of the grid (both values 0-100).
pub fn persona_for(competence: u8, motivation: u8) -> Persona {
    let motivated = motivation >= MOTIVATION_HIGH_FROM;
    if competence >= COMPETENCE_HIGH_FROM && motivated {
        Persona::Confirmed
    } else if competence >= COMPETENCE_MEDIUM_FROM && motivated {
        Persona::Motivated
    } else if competence >= COMPETENCE_MEDIUM_FROM {
        Persona::Resourceful
    } else if motivated {
        Persona::Novice
    } else {
        Persona::NoBearings
    }
}

/// Competence points (0-19): the five self-assessments (0-3 each) and the two
/// detection questions (2 on one's own, 1 with help, 0 not at all).
pub fn competence_points(a: &Answers) -> u32 {
    let skills: u32 = DigCompArea::ALL
        .iter()
        .map(|&ar| u32::from(a.skill(ar)))
        .sum();
    skills + a.email.points() + a.online_form.points()
}

/// `n × 100 / max`, rounded half up.
fn percent(n: u32, max: u32) -> u8 {
    u8::try_from((n * 200 + max) / (2 * max))
        .unwrap_or(100)
        .min(100)
}

fn push<T: PartialEq>(list: &mut Vec<T>, item: T) {
    if !list.contains(&item) {
        list.push(item);
    }
}

pub fn score(a: &Answers) -> Profile {
    let competence = percent(competence_points(a), MAX_POINTS);
    let motivation = percent(u32::from(a.motivation.min(3)), 3);
    let persona = persona_for(competence, motivation);

    let no_device = a.devices.is_empty();
    let forms_barrier =
        a.online_form == Ability::No && (a.has(Barrier::Reading) || a.has(Barrier::Language));
    let mut urgency = persona.urgency();
    if no_device || forms_barrier {
        urgency = Urgency::High;
    }
    let mut urgency_reasons = Vec::new();
    if persona.urgency() == urgency {
        urgency_reasons.push(UrgencyReason::Grid);
    }
    if no_device {
        urgency_reasons.push(UrgencyReason::NoDevice);
    }
    if forms_barrier {
        urgency_reasons.push(UrgencyReason::FormsBarrier);
    }

    let gaps: Vec<DigCompArea> = DigCompArea::ALL
        .into_iter()
        .filter(|&ar| a.skill(ar) <= GAP_AT_MOST)
        .collect();
    let no_computer =
        !a.devices.contains(&Device::Computer) && !a.devices.contains(&Device::Tablet);
    let no_home_internet = a.internet != Internet::Yes;

    let mut advice = Vec::new();
    let mut services: Vec<String> = Vec::new();
    let mut service = |code: &str| push(&mut services, code.to_owned());
    match persona {
        Persona::NoBearings => {
            advice.extend([
                AdviceKey::StepByStep,
                AdviceKey::AskReferent,
                AdviceKey::FirstSteps,
            ]);
            service("assisted-access");
            service("training");
        }
        Persona::Novice => {
            advice.extend([AdviceKey::FirstSteps, AdviceKey::DropIn]);
            service("training");
            service("assisted-access");
        }
        Persona::Resourceful | Persona::Motivated => {
            advice.push(AdviceKey::ThemedWorkshops);
            service("training");
        }
        Persona::Confirmed => {
            advice.extend([AdviceKey::AdvancedCourses, AdviceKey::Volunteer]);
            service("training");
        }
    }
    if a.online_form != Ability::Alone {
        push(&mut advice, AdviceKey::DropIn);
        service("online-procedures");
    }
    if no_computer {
        push(&mut advice, AdviceKey::EquipmentHelp);
        service("equipment");
    }
    if no_home_internet || no_device {
        push(&mut advice, AdviceKey::PublicAccess);
        service("free-access");
    }
    if gaps.contains(&DigCompArea::Safety) {
        service("online-safety");
    }
    for (barrier, tip) in [
        (Barrier::Cost, AdviceKey::FreeOffers),
        (Barrier::Reading, AdviceKey::ReadingSupport),
        (Barrier::Language, AdviceKey::LanguageSupport),
        (Barrier::Time, AdviceKey::ShortSessions),
        (Barrier::Fear, AdviceKey::AtYourPace),
    ] {
        if a.has(barrier) {
            push(&mut advice, tip);
        }
    }
    if !a.knows_help {
        push(&mut advice, AdviceKey::PlacesNearYou);
    }

    let needs = Needs {
        free: a.has(Barrier::Cost) || no_device,
        languages: if a.has(Barrier::Language) {
            vec![a.lang.code().to_owned()]
        } else {
            Vec::new()
        },
        accessibility: if a.has(Barrier::Reading) {
            vec!["easy-read".to_owned()]
        } else {
            Vec::new()
        },
        themes: gaps.clone(),
        level: persona.level(),
        services,
    };
    Profile {
        competence,
        motivation,
        persona,
        urgency,
        urgency_reasons,
        gaps,
        barriers: a.barriers.iter().copied().collect(),
        advice,
        needs,
    }
}
