//! The questionnaires shipped with Passerelle as data (`data/surveys/`).

use super::questionnaire::Questionnaire;

/// The source of the 2021 visitor questionnaire of the labelled EPN, rebuilt
/// from the 2021 report's Annex 5 (`data/surveys/epn-visitors-2021.toml`).
pub const EPN_VISITORS_2021_TOML: &str =
    include_str!("../../../../data/surveys/epn-visitors-2021.toml");

/// The 2021 visitor questionnaire (`epn-visitors`, version `2021.1`) in
/// French, Dutch, English, Spanish and Arabic. The file is part of the
/// binary and checked by the tests, so reading it cannot fail.
pub fn epn_visitors_2021() -> Questionnaire {
    toml::from_str(EPN_VISITORS_2021_TOML)
        .expect("data/surveys/epn-visitors-2021.toml is a questionnaire")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::survey::questionnaire::{Answers, QuestionKind, Role, Value};

    #[test]
    fn the_2021_questionnaire_parses_and_is_usable_in_five_languages() {
        let q = epn_visitors_2021();
        assert_eq!(q.check(), Ok(()));
        assert_eq!(q.form_id, "epn-visitors");
        assert_eq!(q.version, "2021.1");
        assert_eq!(q.languages, ["fr", "nl", "en", "es", "ar"]);
        assert_eq!(q.default_language(), "fr");
        assert!(
            q.provenance
                .as_deref()
                .is_some_and(|p| p.contains("Annex 5"))
        );
        for lang in &q.languages {
            assert!(!q.title.get(lang, "").is_empty(), "title in {lang}");
        }
    }

    #[test]
    fn the_2021_questionnaire_follows_the_report() {
        let q = epn_visitors_2021();
        let sections: Vec<&str> = q.sections.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(
            sections,
            [
                "profile",
                "equipment",
                "knowing",
                "needs",
                "satisfaction",
                "comment"
            ]
        );
        let role = |r: Role| {
            q.questions()
                .filter(|x| x.role == Some(r))
                .map(|x| x.name.as_str())
                .collect::<Vec<_>>()
        };
        assert_eq!(role(Role::Cross), ["age", "gender", "diploma", "status"]);
        assert_eq!(role(Role::Overall), ["overall"]);
        assert_eq!(role(Role::Service).len(), 7);
        let age: Vec<&str> = q
            .choices_of(q.question("age").unwrap())
            .iter()
            .map(|c| c.name.as_str())
            .collect();
        assert_eq!(
            age,
            [
                "under_20",
                "age_20_29",
                "age_30_39",
                "age_40_49",
                "age_50_59",
                "age_60_plus"
            ]
        );
        for name in ["devices", "heard_from", "come_for", "purposes", "criteria"] {
            assert!(
                matches!(
                    q.question(name).unwrap().kind,
                    QuestionKind::MultipleChoice { .. }
                ),
                "{name}"
            );
        }
        // The profile and the overall satisfaction are required, the rest optional.
        let required: Vec<&str> = q
            .questions()
            .filter(|x| x.required)
            .map(|x| x.name.as_str())
            .collect();
        assert_eq!(
            required,
            ["age", "gender", "diploma", "status", "home_help", "overall"]
        );
        for x in q
            .questions()
            .filter(|x| !x.required && x.kind != QuestionKind::Hidden)
        {
            for lang in &q.languages {
                assert!(
                    !x.hint.get(lang, "").is_empty(),
                    "{} says it is optional in {lang}",
                    x.name
                );
            }
        }
    }

    #[test]
    fn the_mobile_epn_public_sees_only_its_part() {
        let q = epn_visitors_2021();
        let mut mobile = Answers::new();
        mobile.insert("public".into(), Value::Text("mobile".into()));
        let place = Answers::new();
        for hidden in ["knew_before", "heard_from", "criteria", "sat_hours"] {
            assert!(!q.is_shown(hidden, &mobile), "{hidden}");
            assert!(q.is_shown(hidden, &place), "{hidden}");
        }
        for shown in [
            "age", "devices", "come_for", "purposes", "overall", "sat_help", "comment",
        ] {
            assert!(q.is_shown(shown, &mobile), "{shown}");
        }
        assert!(!q.is_shown("public", &place));
    }
}
