//! The rollup of a survey edition's answers: kept by every insert (one by
//! one and in bulk) in its transaction, equal to the tallies of the answers
//! themselves and to the rebuilt rollup, and giving the same analysis as
//! the answers. On SQLite, and on PostgreSQL when TEST_DATABASE_URL is set.

use chrono::NaiveDate;
use domain::survey::analysis::{AnalysisOptions, analyse_answers};
use domain::survey::shipped::epn_visitors_2021;
use domain::survey::synth::{Quota, generate, plan_2021};
use store::survey::NewEdition;
use store::testing::NOW;

use crate::helpers::demo;

#[tokio::test]
async fn the_rollup_follows_every_insert_and_equals_the_answers() {
    let t = demo().await;
    let db = &t.db;
    let form = epn_visitors_2021();
    let questionnaire_id = db.save_questionnaire(NOW, &form).await.unwrap();
    let day = |d| NaiveDate::from_ymd_opt(2021, 10, d).unwrap();
    let edition = |slug: &str| NewEdition {
        slug: slug.into(),
        title: slug.into(),
        questionnaire_id,
        opens_on: day(4),
        closes_on: day(31),
        illustrative: true,
        compare_with: None,
    };
    let id = db.create_edition(NOW, &edition("e2021")).await.unwrap();
    let other = db.create_edition(NOW, &edition("other")).await.unwrap();
    let places: Vec<i64> = db
        .load_places()
        .await
        .unwrap()
        .iter()
        .take(3)
        .map(|p| p.id)
        .collect();
    for (i, &p) in places.iter().enumerate() {
        let public = (i == 0).then_some("mobile");
        db.set_edition_place(id, p, Some(50), None, public)
            .await
            .unwrap();
        db.set_edition_place(other, p, Some(50), None, None)
            .await
            .unwrap();
    }
    let quotas: Vec<Quota> = places
        .iter()
        .enumerate()
        .map(|(i, &p)| Quota {
            place_id: p,
            answers: 40 + 10 * i as u32,
            hidden: if i == 0 {
                vec![("public".into(), "mobile".into())]
            } else {
                vec![]
            },
        })
        .collect();
    let generated = generate(&form, &plan_2021(), &quotas, day(4), day(31), 7);
    assert_eq!(generated.len(), 150);

    // Twenty one by one, the rest in two bulk inserts; a few in another edition.
    for g in &generated[..20] {
        db.insert_answer(id, g.place_id, g.day, &g.lang, &g.answers, None)
            .await
            .unwrap();
    }
    let rows: Vec<_> = generated[20..]
        .iter()
        .map(|g| (g.place_id, g.day, g.lang.clone(), g.answers.clone()))
        .collect();
    db.insert_answers_bulk(id, &rows[..60]).await.unwrap();
    db.insert_answers_bulk(id, &rows[60..]).await.unwrap();
    db.insert_answers_bulk(other, &rows[..5]).await.unwrap();

    let kept = db.survey_tally(id, &form).await.unwrap();
    assert_eq!(kept.answers(), 150);
    assert_eq!(kept, db.survey_tally_from_answers(id, &form).await.unwrap());
    assert_eq!(db.rebuild_survey_tallies(id).await.unwrap(), 150);
    assert_eq!(db.survey_tally(id, &form).await.unwrap(), kept);
    assert_eq!(db.survey_tally(other, &form).await.unwrap().answers(), 5);

    let options = AnalysisOptions::default();
    let want = analyse_answers(&form, generated.iter().map(|g| &g.answers), options);
    assert_eq!(kept.analyse(options), want);
    assert_eq!(want.question("overall").unwrap().n, 150);
}
