//! The answers the five personae of the study (seed, Annex 2) would give,
//! written from their descriptions: the reference the scoring is tested
//! against, in the domain and on the web pages (form fields as sent).

use super::Persona;

/// Esteban, « le sans repères », 57: "usage limité d'un smartphone" (voice
/// messages and video calls only), "aucune compétence", "aucun intérêt, car
/// trop d'obstacles"; obstacles: reading and writing, the language, a budget
/// for a device and a subscription; relies on others for his procedures.
pub const ESTEBAN: &[(&str, &str)] = &[
    ("equipment", "smartphone"),
    ("internet", "phone"),
    ("email", "no"),
    ("online-form", "no"),
    ("information", "0"),
    ("communication", "1"),
    ("content-creation", "0"),
    ("safety", "0"),
    ("problem-solving", "0"),
    ("motivation", "0"),
    ("barriers", "reading"),
    ("barriers", "language"),
    ("barriers", "cost"),
    ("knows-help", "no"),
];

/// Louis, « le novice » (the seed has his path only): he goes to his town hall
/// to do a procedure online and is offered an information session, needs
/// "une aide pour l'équipement", joins introductory courses when invited,
/// and needs "une approche progressive et rassurante".
pub const LOUIS: &[(&str, &str)] = &[
    ("equipment", "smartphone"),
    ("internet", "phone"),
    ("email", "help"),
    ("online-form", "no"),
    ("information", "1"),
    ("communication", "1"),
    ("content-creation", "0"),
    ("safety", "0"),
    ("problem-solving", "0"),
    ("motivation", "2"),
    ("barriers", "fear"),
    ("knows-help", "no"),
];

/// Anne, « la débrouillarde », 49, accountant: masters e-mail, the web, word
/// processing and spreadsheets, social networks daily; asks her children when
/// stuck; "son intérêt est limité"; slowed by lack of time and of interest.
pub const ANNE: &[(&str, &str)] = &[
    ("equipment", "smartphone"),
    ("equipment", "computer"),
    ("internet", "yes"),
    ("email", "alone"),
    ("online-form", "alone"),
    ("information", "2"),
    ("communication", "3"),
    ("content-creation", "2"),
    ("safety", "2"),
    ("problem-solving", "1"),
    ("motivation", "1"),
    ("barriers", "time"),
    ("knows-help", "no"),
];

/// Noémie, « la motivée », 21, student: at ease with her smartphone, not with
/// a computer or office tools; wants secure purchases and online procedures
/// on her own; "très grand intérêt"; no time after class and no money for
/// courses or equipment.
pub const NOEMIE: &[(&str, &str)] = &[
    ("equipment", "smartphone"),
    ("equipment", "computer"),
    ("internet", "yes"),
    ("email", "alone"),
    ("online-form", "help"),
    ("information", "2"),
    ("communication", "3"),
    ("content-creation", "1"),
    ("safety", "1"),
    ("problem-solving", "1"),
    ("motivation", "3"),
    ("barriers", "time"),
    ("barriers", "cost"),
    ("knows-help", "no"),
];

/// Benoît, « le confirmé », 32: latest smartphone, laptop, tablet; "fortes
/// compétences", "grand intérêt"; learns of a third place through a
/// newsletter; the main obstacle is lack of time.
pub const BENOIT: &[(&str, &str)] = &[
    ("equipment", "smartphone"),
    ("equipment", "computer"),
    ("equipment", "tablet"),
    ("internet", "yes"),
    ("email", "alone"),
    ("online-form", "alone"),
    ("information", "3"),
    ("communication", "3"),
    ("content-creation", "3"),
    ("safety", "3"),
    ("problem-solving", "3"),
    ("motivation", "3"),
    ("barriers", "time"),
    ("knows-help", "no"),
];

/// Each persona with the profile its answers must give.
pub const ALL: [(Persona, &[(&str, &str)]); 5] = [
    (Persona::NoBearings, ESTEBAN),
    (Persona::Novice, LOUIS),
    (Persona::Resourceful, ANNE),
    (Persona::Motivated, NOEMIE),
    (Persona::Confirmed, BENOIT),
];
