//! The annual report's texts in the database: a draft saved again stays one
//! text, asking for review needs a draft, the writer cannot review their own
//! text, a second person publishes it (the older published text is then
//! replaced) or sends it back with a note, and the published texts are what
//! the public report reads. On SQLite, and on PostgreSQL when
//! TEST_DATABASE_URL is set.

use domain::account::Role;
use domain::annual_report::{ReviewStep, StepRefusal, TextState};
use store::testing::NOW;

use crate::helpers::{demo, user};

#[tokio::test]
async fn a_text_is_published_only_by_a_second_person() {
    let t = demo().await;
    let writer = user(&t, Role::Coordinator, &[]).await;
    let reviewer = user(&t, Role::Admin, &[]).await;
    let db = &t.db;

    let id = db
        .save_report_draft(2021, "intro", "fr", "Premier jet.", Some(writer), NOW)
        .await
        .unwrap();
    let again = db
        .save_report_draft(2021, "intro", "fr", "Deuxième jet.", Some(writer), NOW + 1)
        .await
        .unwrap();
    assert_eq!(id, again, "a draft saved again stays one text");
    assert!(db.report_published(2021, "fr").await.unwrap().is_empty());

    // A draft cannot be reviewed; the writer cannot review; a second person can.
    assert_eq!(
        db.review_report_text(id, ReviewStep::Publish, None, reviewer, NOW)
            .await
            .unwrap(),
        Err(StepRefusal::WrongState)
    );
    db.submit_report_text(id, Some(writer), NOW + 2)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        db.submit_report_text(id, Some(writer), NOW + 2)
            .await
            .unwrap(),
        Err(StepRefusal::WrongState),
        "asking twice"
    );
    assert_eq!(
        db.review_report_text(id, ReviewStep::Publish, None, writer, NOW + 3)
            .await
            .unwrap(),
        Err(StepRefusal::OwnText)
    );
    db.review_report_text(
        id,
        ReviewStep::SendBack,
        Some("  Plus court.  "),
        reviewer,
        NOW + 4,
    )
    .await
    .unwrap()
    .unwrap();
    let texts = db.report_texts(2021, "fr").await.unwrap();
    let w = texts["intro"].working.as_ref().unwrap();
    assert_eq!(w.state, TextState::Draft);
    assert_eq!(w.review_note.as_deref(), Some("Plus court."));
    assert!(texts["intro"].published.is_none());

    db.submit_report_text(id, Some(writer), NOW + 5)
        .await
        .unwrap()
        .unwrap();
    db.review_report_text(id, ReviewStep::Publish, None, reviewer, NOW + 6)
        .await
        .unwrap()
        .unwrap();
    let published = db.report_published(2021, "fr").await.unwrap();
    assert_eq!(
        published.get("intro").map(String::as_str),
        Some("Deuxième jet.")
    );
    assert!(
        db.report_published(2021, "nl").await.unwrap().is_empty(),
        "per language"
    );
    assert!(
        db.report_published(2022, "fr").await.unwrap().is_empty(),
        "per year"
    );

    // A new version is a new draft beside the published text, which stays
    // public until the new one is published and replaces it.
    let next = db
        .save_report_draft(2021, "intro", "fr", "Version 2.", Some(writer), NOW + 7)
        .await
        .unwrap();
    assert_ne!(next, id);
    let texts = db.report_texts(2021, "fr").await.unwrap();
    assert_eq!(
        texts["intro"].published.as_ref().unwrap().body,
        "Deuxième jet."
    );
    assert_eq!(texts["intro"].working.as_ref().unwrap().body, "Version 2.");
    db.submit_report_text(next, Some(writer), NOW + 8)
        .await
        .unwrap()
        .unwrap();
    db.review_report_text(next, ReviewStep::Publish, None, reviewer, NOW + 9)
        .await
        .unwrap()
        .unwrap();
    let published = db.report_published(2021, "fr").await.unwrap();
    assert_eq!(published.len(), 1);
    assert_eq!(published["intro"], "Version 2.");
    let texts = db.report_texts(2021, "fr").await.unwrap();
    assert!(texts["intro"].working.is_none());

    assert_eq!(
        db.review_report_text(999_999, ReviewStep::Publish, None, reviewer, NOW)
            .await
            .unwrap(),
        Err(StepRefusal::Unknown)
    );
}

#[tokio::test]
async fn the_demo_texts_load_with_their_states() {
    let t = demo().await;
    t.db.load_demo_accounts(NOW).await.unwrap();
    let demo = store::annual_report::demo::DemoReport::brussels_2021();
    t.db.load_demo_report(&demo, NOW).await.unwrap();
    let fr = t.db.report_texts(2021, "fr").await.unwrap();
    let nl = t.db.report_texts(2021, "nl").await.unwrap();
    assert!(fr["intro"].published.is_some());
    assert_eq!(
        nl["measure-6"].working.as_ref().map(|w| w.state),
        Some(TextState::Review)
    );
    assert_eq!(
        fr["measure-10"].working.as_ref().map(|w| w.state),
        Some(TextState::Draft)
    );
    assert!(fr["measure-10"].published.is_none());
}
