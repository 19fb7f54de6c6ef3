//! The survey's store core: a questionnaire version stored once and read
//! back whole, editions with their places and short codes, answers in bulk
//! and one by one (deleting the draft they came from), streamed back in
//! order, drafts kept and purged. On SQLite, and on PostgreSQL when
//! TEST_DATABASE_URL is set.

use chrono::NaiveDate;
use domain::survey::{
    Answers, Choice, ChoiceList, Labels, Question, QuestionKind, Questionnaire, Role, Section,
    Value,
};
use store::survey::{NewEdition, WeeklySource};
use store::testing::NOW;

use crate::helpers::{demo, place};

fn form(version: &str) -> Questionnaire {
    let l = |fr: &str, en: &str| Labels::new().with("fr", fr).with("en", en);
    Questionnaire {
        form_id: "visitors".into(),
        version: version.into(),
        title: l("Enquête", "Survey"),
        languages: vec!["fr".into(), "en".into()],
        provenance: None,
        sections: vec![Section {
            name: "profile".into(),
            label: l("Profil", "Profile"),
            relevant: None,
            questions: vec![
                Question {
                    name: "gender".into(),
                    kind: QuestionKind::SingleChoice {
                        list: "gender".into(),
                    },
                    label: l("Genre", "Gender"),
                    hint: Labels::new(),
                    required: true,
                    relevant: None,
                    role: Some(Role::Cross),
                },
                Question {
                    name: "overall".into(),
                    kind: QuestionKind::Scale { min: 0, max: 10 },
                    label: l("Satisfaction", "Satisfaction"),
                    hint: Labels::new(),
                    required: true,
                    relevant: None,
                    role: Some(Role::Overall),
                },
            ],
        }],
        lists: vec![ChoiceList {
            name: "gender".into(),
            choices: vec![
                Choice {
                    name: "woman".into(),
                    label: l("Femme", "Woman"),
                },
                Choice {
                    name: "man".into(),
                    label: l("Homme", "Man"),
                },
            ],
        }],
    }
}

fn answer(gender: &str, overall: i64) -> Answers {
    let mut a = Answers::new();
    a.insert("gender".into(), Value::Text(gender.into()));
    a.insert("overall".into(), Value::Number(overall));
    a
}

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

#[tokio::test]
async fn a_questionnaire_version_is_stored_once_and_read_back_whole() {
    let t = demo().await;
    let f = form("1");
    let id = t.db.save_questionnaire(NOW, &f).await.unwrap();
    assert_eq!(t.db.questionnaire(id).await.unwrap().unwrap().form, f);
    assert_eq!(
        t.db.questionnaire_version("visitors", "1")
            .await
            .unwrap()
            .unwrap()
            .id,
        id
    );
    let again = t.db.save_questionnaire(NOW, &f).await.unwrap_err();
    assert!(again.to_string().contains("already stored"), "{again}");
    let mut broken = form("2");
    broken.lists.clear();
    let err = t.db.save_questionnaire(NOW, &broken).await.unwrap_err();
    assert!(err.to_string().contains("gender"), "{err}");
    assert_eq!(t.db.questionnaires().await.unwrap().len(), 1);
}

#[tokio::test]
async fn editions_places_answers_and_drafts() {
    let t = demo().await;
    let q = t.db.save_questionnaire(NOW, &form("1")).await.unwrap();
    let new = NewEdition {
        slug: "2021".into(),
        title: "Visitors 2021".into(),
        questionnaire_id: q,
        opens_on: d("2021-11-01"),
        closes_on: d("2021-12-05"),
        illustrative: false,
        compare_with: None,
    };
    let e = t.db.create_edition(NOW, &new).await.unwrap();
    assert!(t.db.create_edition(NOW, &new).await.is_err(), "slug taken");
    let bad = NewEdition {
        closes_on: d("2021-10-01"),
        slug: "x".into(),
        ..new.clone()
    };
    assert!(t.db.create_edition(NOW, &bad).await.is_err(), "period");
    let edition = t.db.edition(e).await.unwrap().unwrap();
    assert_eq!(edition.weeks(), 5.0);
    assert!(edition.is_open_on(d("2021-12-05")) && !edition.is_open_on(d("2021-12-06")));

    let a = place(&t, "Scheut").await.id;
    let b = place(&t, "mobile").await.id;
    let code_a =
        t.db.set_edition_place(e, a, Some(80), Some(WeeklySource::Capacity), None)
            .await
            .unwrap();
    assert_eq!(code_a.len(), 6);
    let code_b =
        t.db.set_edition_place_with_code(e, b, Some("epnm21"), None, None, Some("mobile"))
            .await
            .unwrap();
    assert_eq!(code_b, "EPNM21");
    // Updating keeps the code.
    let again =
        t.db.set_edition_place(e, a, Some(90), Some(WeeklySource::Entered), None)
            .await
            .unwrap();
    assert_eq!(again, code_a);
    let (found, fp) = t.db.edition_place_by_code("epnm21").await.unwrap().unwrap();
    assert_eq!(
        (found.id, fp.place_id, fp.public.as_deref()),
        (e, b, Some("mobile"))
    );
    assert!(t.db.edition_place_by_code("nope!").await.unwrap().is_none());
    let places = t.db.edition_places(e).await.unwrap();
    let pa = places.iter().find(|p| p.place_id == a).unwrap();
    assert_eq!(
        (pa.weekly_visitors, pa.weekly_source),
        (Some(90), Some(WeeklySource::Entered))
    );

    // A draft, then the complete answer deletes it.
    let day = d("2021-11-03");
    t.db.save_draft("h1", e, a, "fr", &answer("woman", 9), day)
        .await
        .unwrap();
    t.db.save_draft("h1", e, a, "ar", &answer("man", 9), day)
        .await
        .unwrap();
    let draft = t.db.draft("h1").await.unwrap().unwrap();
    assert_eq!(
        (draft.lang.as_str(), draft.answers.clone()),
        ("ar", answer("man", 9))
    );
    t.db.insert_answer(e, a, day, "ar", &draft.answers, Some("h1"))
        .await
        .unwrap();
    assert!(t.db.draft("h1").await.unwrap().is_none());

    let rows: Vec<_> = (0..450)
        .map(|i| {
            (
                b,
                day,
                "fr".to_owned(),
                answer(if i % 3 == 0 { "man" } else { "woman" }, i % 11),
            )
        })
        .collect();
    assert_eq!(t.db.insert_answers_bulk(e, &rows).await.unwrap(), 450);
    let mut seen = Vec::new();
    let n = t.db.for_each_answer(e, |a| seen.push(a)).await.unwrap();
    assert_eq!(n, 451);
    assert_eq!(seen[0].answers, answer("man", 9));
    assert_eq!(seen[450].answers, answer("woman", 449 % 11));
    assert!(seen.windows(2).all(|w| w[0].id < w[1].id));
    let mut counts = t.db.answer_counts(e).await.unwrap();
    counts.sort();
    let mut expected = vec![(a, 1), (b, 450)];
    expected.sort();
    assert_eq!(counts, expected);

    // A place with answers stays; drafts are purged by age.
    assert!(t.db.remove_edition_place(e, b).await.is_err());
    t.db.save_draft("old", e, a, "fr", &answer("man", 1), d("2021-11-01"))
        .await
        .unwrap();
    t.db.save_draft("new", e, a, "fr", &answer("man", 1), d("2021-12-01"))
        .await
        .unwrap();
    assert_eq!(t.db.purge_drafts(d("2021-11-15")).await.unwrap(), 1);
    assert!(t.db.draft("new").await.unwrap().is_some());
}

#[tokio::test]
async fn merging_two_places_of_an_edition_keeps_one_link_and_every_answer() {
    let t = demo().await;
    let q = t.db.save_questionnaire(NOW, &form("1")).await.unwrap();
    let e =
        t.db.create_edition(
            NOW,
            &NewEdition {
                slug: "2021".into(),
                title: "Visitors 2021".into(),
                questionnaire_id: q,
                opens_on: d("2021-11-01"),
                closes_on: d("2021-12-05"),
                illustrative: false,
                compare_with: None,
            },
        )
        .await
        .unwrap();
    let keep = place(&t, "Scheut").await.id;
    let remove = place(&t, "Koekeltech").await.id;
    let kept_code =
        t.db.set_edition_place(e, keep, Some(10), Some(WeeklySource::Entered), None)
            .await
            .unwrap();
    t.db.set_edition_place(e, remove, Some(20), Some(WeeklySource::Entered), None)
        .await
        .unwrap();
    let day = d("2021-11-02");
    t.db.insert_answer(e, keep, day, "fr", &answer("man", 3), None)
        .await
        .unwrap();
    t.db.insert_answer(e, remove, day, "fr", &answer("woman", 7), None)
        .await
        .unwrap();
    t.db.merge_places(keep, remove, None, NOW).await.unwrap();
    let places = t.db.edition_places(e).await.unwrap();
    assert_eq!(places.len(), 1);
    assert_eq!(
        (places[0].place_id, places[0].code.as_str()),
        (keep, kept_code.as_str())
    );
    assert_eq!(t.db.answer_counts(e).await.unwrap(), vec![(keep, 2)]);
}

#[tokio::test]
async fn the_demo_compares_2021_with_an_illustrative_2019_edition_with_data() {
    use domain::survey::analysis::{AnalysisOptions, compare};
    use store::survey::demo::DemoSurvey;

    let t = demo().await;
    let db = &t.db;
    db.load_demo_survey(&DemoSurvey::shipped(), NOW)
        .await
        .unwrap();
    let y2019 = db.edition_by_slug("2019").await.unwrap().unwrap();
    let y2021 = db.edition_by_slug("2021").await.unwrap().unwrap();
    assert!(y2019.illustrative && y2021.illustrative);
    assert_eq!(y2021.compare_with, Some(y2019.id));

    // 2021 as the report gives it; 2019 smaller, from 12 of its 14 places.
    let total = |c: &[(i64, i64)]| c.iter().map(|x| x.1).sum::<i64>();
    let c2021 = db.answer_counts(y2021.id).await.unwrap();
    assert_eq!((total(&c2021), c2021.len()), (352, 15));
    let c2019 = db.answer_counts(y2019.id).await.unwrap();
    assert_eq!((total(&c2019), c2019.len()), (248, 12));

    // The comparison the results page shows: both editions' answers in
    // every table, question by question.
    let form = db
        .questionnaire(y2021.questionnaire_id)
        .await
        .unwrap()
        .unwrap()
        .form;
    let now = db.survey_tally(y2021.id, &form).await.unwrap();
    let before = db.survey_tally(y2019.id, &form).await.unwrap();
    let found = compare(
        &now.analyse(AnalysisOptions::default()),
        "2021",
        &before.analyse(AnalysisOptions::default()),
        "2019",
        AnalysisOptions::default(),
    );
    assert!(found.len() > 10, "{} comparisons", found.len());
    for c in &found {
        let totals = c.analysis.table.row_totals();
        assert_eq!(
            c.analysis.table.row_labels,
            ["2019", "2021"],
            "{}",
            c.question
        );
        assert!(totals.iter().all(|&n| n > 0), "{}: {totals:?}", c.question);
    }
    let age = found.iter().find(|c| c.question == "age").unwrap();
    assert_eq!(
        age.analysis.table.row_totals(),
        [248, 352],
        "age is required"
    );

    // Loading the demo again adds nothing.
    db.load_demo_survey(&DemoSurvey::shipped(), NOW)
        .await
        .unwrap();
    assert_eq!(total(&db.answer_counts(y2019.id).await.unwrap()), 248);
}
