//! The digital-fragility diagnostic: the questionnaire, parsing, and the score
//! against the five personae of the study (seed, Annex 2).

use std::collections::BTreeSet;

use domain::Lang;
use domain::diagnostic::{
    AdviceKey, Answers, Barrier, DigCompArea, ErrorKind, Level, Persona, QUESTIONS, QuestionKind,
    Urgency, UrgencyReason, message_keys, persona_for, question, score,
};

fn parse(pairs: &[(&str, &str)]) -> Answers {
    Answers::parse(pairs.iter().copied(), Lang::Fr).unwrap_or_else(|e| panic!("{e}"))
}

use domain::diagnostic::personae::{ANNE, BENOIT, ESTEBAN, LOUIS, NOEMIE};

#[test]
fn the_five_personae_get_their_profile_and_urgency() {
    let expected = [
        (ESTEBAN, Persona::NoBearings, Urgency::High),
        (LOUIS, Persona::Novice, Urgency::High),
        (ANNE, Persona::Resourceful, Urgency::Medium),
        (NOEMIE, Persona::Motivated, Urgency::Medium),
        (BENOIT, Persona::Confirmed, Urgency::Low),
    ];
    for (pairs, persona, urgency) in expected {
        let p = score(&parse(pairs));
        assert_eq!((p.persona, p.urgency), (persona, urgency), "{p:?}");
    }
}

#[test]
fn esteban_gets_close_support_in_easy_read_and_his_language_for_free() {
    let mut a = parse(ESTEBAN);
    a.lang = Lang::Ar;
    let p = score(&a);
    assert_eq!(p.competence, 5);
    assert_eq!(p.motivation, 0);
    assert_eq!(
        p.urgency_reasons,
        [UrgencyReason::Grid, UrgencyReason::FormsBarrier]
    );
    for tip in [
        AdviceKey::StepByStep,
        AdviceKey::AskReferent,
        AdviceKey::EquipmentHelp,
        AdviceKey::ReadingSupport,
        AdviceKey::LanguageSupport,
        AdviceKey::FreeOffers,
        AdviceKey::PlacesNearYou,
    ] {
        assert!(
            p.advice.contains(&tip),
            "{tip:?} missing from {:?}",
            p.advice
        );
    }
    assert!(!p.advice.contains(&AdviceKey::Volunteer));
    assert!(p.needs.free);
    assert_eq!(p.needs.languages, ["ar"]);
    assert_eq!(p.needs.accessibility, ["easy-read"]);
    assert_eq!(p.needs.level, Level::Beginner);
    assert!(p.needs.services.contains(&"assisted-access".to_owned()));
    assert!(p.needs.services.contains(&"online-procedures".to_owned()));
    assert_eq!(
        p.barriers,
        [Barrier::Reading, Barrier::Language, Barrier::Cost]
    );
}

#[test]
fn louis_is_offered_first_steps_equipment_and_reassurance() {
    let p = score(&parse(LOUIS));
    assert_eq!(p.competence, 16);
    assert_eq!(p.motivation, 67);
    assert_eq!(
        p.advice[..2],
        [AdviceKey::FirstSteps, AdviceKey::DropIn],
        "{:?}",
        p.advice
    );
    assert!(p.advice.contains(&AdviceKey::EquipmentHelp));
    assert!(p.advice.contains(&AdviceKey::AtYourPace));
    assert!(!p.needs.free, "cost is not one of his barriers");
    assert!(p.needs.languages.is_empty());
    assert_eq!(p.gaps.len(), 5);
}

#[test]
fn anne_and_noemie_get_themed_workshops_on_their_gaps() {
    let anne = score(&parse(ANNE));
    assert_eq!(anne.competence, 74);
    assert_eq!(anne.gaps, [DigCompArea::ProblemSolving]);
    assert_eq!(anne.needs.themes, anne.gaps);
    assert_eq!(anne.needs.level, Level::Intermediate);
    assert_eq!(anne.advice[0], AdviceKey::ThemedWorkshops);
    assert!(anne.advice.contains(&AdviceKey::ShortSessions));
    assert!(!anne.advice.contains(&AdviceKey::EquipmentHelp));

    let noemie = score(&parse(NOEMIE));
    assert_eq!(noemie.competence, 58);
    assert_eq!(
        noemie.gaps,
        [
            DigCompArea::ContentCreation,
            DigCompArea::Safety,
            DigCompArea::ProblemSolving
        ]
    );
    assert!(noemie.needs.free, "she cannot pay for courses");
    assert!(noemie.needs.services.contains(&"online-safety".to_owned()));
    assert!(
        noemie.advice.contains(&AdviceKey::DropIn),
        "she wants to do procedures alone"
    );
    assert!(noemie.advice.contains(&AdviceKey::FreeOffers));
}

#[test]
fn benoit_could_volunteer() {
    let p = score(&parse(BENOIT));
    assert_eq!((p.competence, p.motivation), (100, 100));
    assert!(p.gaps.is_empty());
    assert_eq!(p.needs.level, Level::Advanced);
    assert_eq!(
        p.advice[..2],
        [AdviceKey::AdvancedCourses, AdviceKey::Volunteer]
    );
    assert!(!p.needs.free);
}

#[test]
fn grid_boundaries() {
    // Competence: low below 34, medium from 34, high from 67; motivation high from 50.
    assert_eq!(persona_for(33, 49), Persona::NoBearings);
    assert_eq!(persona_for(33, 50), Persona::Novice);
    assert_eq!(persona_for(34, 49), Persona::Resourceful);
    assert_eq!(persona_for(34, 50), Persona::Motivated);
    assert_eq!(persona_for(66, 100), Persona::Motivated);
    assert_eq!(persona_for(67, 100), Persona::Confirmed);
    assert_eq!(persona_for(67, 49), Persona::Resourceful);
    assert_eq!(persona_for(100, 0), Persona::Resourceful);
    assert_eq!(persona_for(0, 100), Persona::Novice);
    assert_eq!(persona_for(0, 0), Persona::NoBearings);
}

/// Answers worth `points` competence points (out of 19) with this motivation,
/// a computer and internet at home, no barrier.
fn with_points(points: u32, motivation: u8) -> Answers {
    let mut a = parse(BENOIT);
    a.barriers = BTreeSet::new();
    a.motivation = motivation;
    let mut left = points;
    let detection = left.min(4);
    left -= detection;
    use domain::diagnostic::Ability;
    let ability = |p: u32| match p {
        0 => Ability::No,
        1 => Ability::Help,
        _ => Ability::Alone,
    };
    a.email = ability(detection.min(2));
    a.online_form = ability(detection.saturating_sub(2));
    for s in &mut a.skills {
        let v = left.min(3);
        *s = v as u8;
        left -= v;
    }
    assert_eq!(left, 0);
    a
}

#[test]
fn grid_boundaries_in_points() {
    let p = |points, motivation| score(&with_points(points, motivation));
    // 6 points of 19 is 32%: low; 7 is 37%: medium; 12 is 63%: medium; 13 is 68%: high.
    assert_eq!(p(6, 2).competence, 32);
    assert_eq!(p(6, 2).persona, Persona::Novice);
    assert_eq!(p(7, 2).competence, 37);
    assert_eq!(p(7, 2).persona, Persona::Motivated);
    assert_eq!(p(12, 2).persona, Persona::Motivated);
    assert_eq!(p(13, 2).competence, 68);
    assert_eq!(p(13, 2).persona, Persona::Confirmed);
    // Motivation "a little" (1 → 33) is low, "yes" (2 → 67) is high.
    assert_eq!(p(13, 1).motivation, 33);
    assert_eq!(p(13, 1).persona, Persona::Resourceful);
    assert_eq!(p(6, 1).persona, Persona::NoBearings);
    assert_eq!(p(0, 0).competence, 0);
    assert_eq!(p(19, 3).competence, 100);
    // Urgency follows the persona when nothing raises it.
    assert_eq!(p(6, 1).urgency, Urgency::High);
    assert_eq!(p(7, 2).urgency, Urgency::Medium);
    assert_eq!(p(13, 2).urgency, Urgency::Low);
    assert_eq!(p(13, 2).urgency_reasons, [UrgencyReason::Grid]);
}

#[test]
fn no_device_and_a_reading_barrier_is_high_whatever_the_skills() {
    let mut pairs: Vec<(&str, &str)> = BENOIT
        .iter()
        .copied()
        .filter(|(k, _)| *k != "equipment" && *k != "barriers")
        .collect();
    pairs.push(("equipment", "none"));
    pairs.push(("barriers", "reading"));
    let a = parse(&pairs);
    assert!(a.devices.is_empty());
    let p = score(&a);
    assert_eq!(p.persona, Persona::Confirmed);
    assert_eq!(p.urgency, Urgency::High);
    assert_eq!(p.urgency_reasons, [UrgencyReason::NoDevice]);
    assert!(p.needs.free);
    assert!(p.advice.contains(&AdviceKey::EquipmentHelp));
    assert!(p.advice.contains(&AdviceKey::PublicAccess));
}

#[test]
fn a_form_that_cannot_be_filled_with_a_language_barrier_is_high() {
    let mut a = parse(ANNE);
    a.online_form = domain::diagnostic::Ability::No;
    assert_eq!(
        score(&a).urgency,
        Urgency::Medium,
        "no barrier: the grid decides"
    );
    a.barriers.insert(Barrier::Language);
    let p = score(&a);
    assert_eq!(p.urgency, Urgency::High);
    assert_eq!(p.urgency_reasons, [UrgencyReason::FormsBarrier]);
}

#[test]
fn at_most_twelve_questions_with_unique_ids_and_answers() {
    assert!(QUESTIONS.len() <= 12, "{} questions", QUESTIONS.len());
    let ids: BTreeSet<_> = QUESTIONS.iter().map(|q| q.id).collect();
    assert_eq!(ids.len(), QUESTIONS.len());
    for q in &QUESTIONS {
        let codes: BTreeSet<_> = q.answers.iter().collect();
        assert_eq!(codes.len(), q.answers.len(), "{}", q.id);
        assert!(q.answers.len() >= 2, "{}", q.id);
    }
    for area in DigCompArea::ALL {
        let q = question(area.code()).expect("one question per DigComp area");
        assert_eq!(q.answers, ["0", "1", "2", "3"]);
    }
    assert_eq!(question("equipment").unwrap().kind, QuestionKind::Multi);
    assert_eq!(
        question("barriers").unwrap().kind,
        QuestionKind::OptionalMulti
    );
}

fn ftl_keys(lang: &str) -> BTreeSet<String> {
    let path = format!(
        "{}/../../locales/{lang}/diagnostic.ftl",
        env!("CARGO_MANIFEST_DIR")
    );
    let src = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    src.lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
        .filter_map(|l| {
            l.split_once('=')
                .map(|(k, v)| (k.trim().to_owned(), v.trim()))
        })
        .inspect(|(k, v)| assert!(!v.is_empty(), "{lang}: {k} has no text"))
        .map(|(k, _)| k)
        .collect()
}

#[test]
fn every_text_is_translated_in_the_four_languages() {
    let keys = message_keys();
    assert!(keys.contains(&"diag-q-equipment".to_owned()));
    assert!(keys.contains(&"diag-a-barriers-fear".to_owned()));
    for q in &QUESTIONS {
        assert!(keys.contains(&q.key()));
        for a in q.answers {
            assert!(keys.contains(&q.answer_key(a)));
        }
    }
    let expected: BTreeSet<String> = keys.into_iter().collect();
    for lang in ["en", "fr", "nl", "ar"] {
        let found = ftl_keys(lang);
        let missing: Vec<_> = expected.difference(&found).collect();
        let unused: Vec<_> = found.difference(&expected).collect();
        assert!(missing.is_empty(), "{lang}: missing {missing:?}");
        assert!(unused.is_empty(), "{lang}: unused {unused:?}");
    }
}

#[test]
fn parsing_errors_name_the_question_and_what_is_expected() {
    let without_motivation: Vec<_> = ANNE
        .iter()
        .copied()
        .filter(|(k, _)| *k != "motivation")
        .collect();
    let e = Answers::parse(without_motivation, Lang::En).unwrap_err();
    assert_eq!(e.0.len(), 1);
    assert_eq!(e.0[0].question, "motivation");
    assert_eq!(e.0[0].kind.message_key(), "diag-error-missing");
    assert_eq!(
        e.to_string(),
        "question \"motivation\" is not answered: expected one of 0, 1, 2, 3"
    );

    let mut bad: Vec<_> = ANNE
        .iter()
        .copied()
        .filter(|(k, _)| !matches!(*k, "equipment" | "internet" | "safety"))
        .collect();
    bad.extend([
        ("equipment", "phone"),
        ("internet", "yes"),
        ("internet", "no"),
        ("safety", ""),
    ]);
    let e = Answers::parse(bad, Lang::En).unwrap_err();
    let questions: Vec<_> = e.0.iter().map(|e| e.question).collect();
    assert_eq!(
        questions,
        ["equipment", "internet", "safety"],
        "in question order"
    );
    let equipment = e.for_question("equipment").unwrap();
    assert!(matches!(&equipment.kind, ErrorKind::Invalid { value, .. } if value == "phone"));
    assert_eq!(
        equipment.to_string(),
        "question \"equipment\": \"phone\" is not an answer, expected one or more of \
         smartphone, computer, tablet, none"
    );
    assert_eq!(
        e.for_question("internet").unwrap().kind.message_key(),
        "diag-error-too-many"
    );
    assert!(
        matches!(
            e.for_question("safety").unwrap().kind,
            ErrorKind::Missing { .. }
        ),
        "an empty value is no answer"
    );

    let mut none_and_phone: Vec<_> = ANNE.to_vec();
    none_and_phone.push(("equipment", "none"));
    let e = Answers::parse(none_and_phone, Lang::En).unwrap_err();
    assert_eq!(e.0[0].question, "equipment");
    assert_eq!(e.0[0].kind, ErrorKind::NoneWithOthers);
}

#[test]
fn other_fields_are_ignored_and_barriers_are_optional() {
    let mut pairs: Vec<_> = ANNE
        .iter()
        .copied()
        .filter(|(k, _)| *k != "barriers")
        .collect();
    pairs.extend([
        ("csrf", "x"),
        ("postcode", "1080"),
        ("equipment", "computer"),
    ]);
    let a = Answers::parse(pairs, Lang::Nl).unwrap();
    assert!(a.barriers.is_empty());
    assert_eq!(a.devices.len(), 2, "a repeated answer counts once");
    assert_eq!(a.lang, Lang::Nl);
}

#[test]
fn answers_round_trip_through_form_fields() {
    for pairs in [ESTEBAN, LOUIS, ANNE, NOEMIE, BENOIT] {
        let a = parse(pairs);
        let fields = a.to_pairs();
        let again = Answers::parse(fields.iter().map(|(k, v)| (*k, v.as_str())), Lang::Fr).unwrap();
        assert_eq!(again, a);
    }
}
