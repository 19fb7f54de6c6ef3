//! The label in the database: the demo's 2021 history, drafts, every step
//! persisted with who/when/why, the directory's label status following the
//! decisions, refused steps writing nothing, yearly confirmations and review
//! flags. SQLite, and PostgreSQL when TEST_DATABASE_URL is set.

use chrono::NaiveDate;
use domain::PlaceColumns;
use domain::account::Role;
use domain::label::{Body, LabelState, Step, TransitionError};
use store::audit::AuditFilter;
use store::demo::DemoData;
use store::label::steps::status_after;
use store::label::{DraftError, LabelFacts, LabelFilter, StepOutcome, shipped_label};
use store::testing::{NOW, brussels_db};

use crate::helpers::{demo, place, user};

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn complete() -> LabelFacts {
    LabelFacts {
        computers: Some(8),
        opening_hours: Some("Mo-Fr 09:00-12:00".into()),
        training_minutes: Some(6 * 60),
        free_access_minutes: Some(6 * 60),
        open_to_all_adults: Some(true),
        basic_price: Some("free".into()),
        publics: vec!["adults".into(), "job-seekers".into()],
        activities: Some("Initiations au smartphone, accès libre accompagné.".into()),
    }
}

#[tokio::test]
async fn the_demo_has_the_2021_label_history() {
    let t = demo().await;
    let apps =
        t.db.label_applications(&LabelFilter::default())
            .await
            .unwrap();
    let granted: Vec<_> = apps
        .iter()
        .filter(|a| a.state == LabelState::Granted)
        .collect();
    assert_eq!(granted.len(), 19, "19 labelled EPN");
    let granted_places = t.db.granted_label_place_ids().await.unwrap();
    assert_eq!(granted_places.len(), 20, "on 20 sites");
    // Every place marked labelled rests on a granted record.
    for p in t.db.load_places().await.unwrap() {
        assert_eq!(
            p.label == domain::LabelStatus::Labelled,
            granted_places.contains(&p.id),
            "{}",
            p.name
        );
    }
    // Open Atelier 110: one label, two sites.
    let maks = granted
        .iter()
        .find(|a| a.organisation_name == "Maks vzw")
        .unwrap();
    assert_eq!(maks.places.len(), 2);
    // Labelled before 2021: no date, said so.
    let ev = t.db.label_events(maks.id).await.unwrap();
    assert_eq!(ev.len(), 1);
    assert_eq!(
        (ev[0].event_date.as_deref(), ev[0].event_year),
        (None, None)
    );
    assert!(ev[0].notes.as_deref().unwrap().contains("avant 2021"));
    // The three of 2021.
    let years = t.db.label_granted_years().await.unwrap();
    for name in ["Ixelles", "Ganshoren", "Scheut"] {
        let p = place(&t, name).await;
        assert_eq!(years.get(&p.id), Some(&2021), "{name}");
    }
    assert_eq!(years.len(), 3);
    // Brusurf withdrawn, Cité des Métiers refused, with the report's reasons.
    let brusurf = place(&t, "Brusurf").await;
    let app = &t
        .db
        .label_applications(&LabelFilter {
            place_id: Some(brusurf.id),
            ..Default::default()
        })
        .await
        .unwrap()[0];
    assert_eq!(app.state, LabelState::Withdrawn);
    let ev = t.db.label_events(app.id).await.unwrap();
    assert_eq!(
        ev.iter().map(|e| e.step.as_str()).collect::<Vec<_>>(),
        ["decide", "withdraw"]
    );
    assert_eq!(ev[1].event_year, Some(2021));
    assert!(
        ev[1]
            .reasons
            .as_deref()
            .unwrap()
            .contains("uniquement aux jeunes")
    );
    let cite = place(&t, "Cité des Métiers").await;
    let app = &t
        .db
        .label_applications(&LabelFilter {
            place_id: Some(cite.id),
            ..Default::default()
        })
        .await
        .unwrap()[0];
    assert_eq!(app.state, LabelState::Refused);
    let ev = t.db.label_events(app.id).await.unwrap();
    assert_eq!(ev[0].favourable, Some(false));
    assert!(
        ev[0]
            .reasons
            .as_deref()
            .unwrap()
            .contains("heures de formation")
    );
}

#[tokio::test]
async fn a_history_that_contradicts_the_places_is_refused() {
    let t = brussels_db().await.unwrap();
    let mut data = DemoData::brussels_2021();
    let mut h = data.label_history.take().unwrap();
    h.applications.retain(|a| a.organisation != "brusurf");
    data.label_history = Some(h);
    // Brusurf is marked withdrawn but no longer has a history: nothing is loaded.
    assert!(t.db.load_demo(&data, NOW).await.is_err());
    assert!(!t.db.has_places().await.unwrap());
}

#[tokio::test]
async fn an_application_from_draft_to_granted_is_persisted_and_the_place_follows() {
    let t = demo().await;
    let cite = place(&t, "Cité des Métiers").await;
    let manager = user(&t, Role::EpnManager, &[cite.organisation_id]).await;
    let coordinator = user(&t, Role::Coordinator, &[]).await;
    let committee = user(&t, Role::Committee, &[]).await;
    let draft = LabelFacts {
        training_minutes: Some(120),
        ..LabelFacts::default()
    };
    // A refused EPN may apply again.
    let id =
        t.db.create_label_draft(cite.organisation_id, &[cite.id], &draft, Some(manager), NOW)
            .await
            .unwrap()
            .unwrap();
    // Drafts keep what was typed.
    let mut facts = complete();
    facts.training_minutes = Some(120);
    assert!(t.db.save_label_draft(id, &facts, None, NOW).await.unwrap());
    let app = t.db.label_application(id).await.unwrap().unwrap();
    assert_eq!(app.facts, facts);
    assert_eq!(app.state, LabelState::Draft);
    // Not without the charter.
    let out =
        t.db.take_label_step(id, &Step::Submit, Body::Applicant, Some(manager), NOW)
            .await
            .unwrap();
    assert_eq!(out, StepOutcome::Incomplete(vec!["charter"]));
    assert!(
        t.db.save_label_draft(id, &facts, Some("2021-06-10"), NOW)
            .await
            .unwrap()
    );
    let app = t.db.label_application(id).await.unwrap().unwrap();
    assert_eq!(app.charter_version.as_deref(), Some("2021-06-10"));
    assert!(app.charter_accepted_at.is_some());

    let steps: Vec<(Step, Body, i64, LabelState)> = vec![
        (
            Step::Submit,
            Body::Applicant,
            manager,
            LabelState::Submitted,
        ),
        (
            Step::StartExamination,
            Body::Coordination,
            coordinator,
            LabelState::UnderExamination,
        ),
        (
            Step::RecordVisit {
                date: day("2026-11-20"),
                notes: "Visite de courtoisie.".into(),
            },
            Body::Coordination,
            coordinator,
            LabelState::UnderExamination,
        ),
        (
            Step::Recommend {
                favourable: true,
                reasons: "Les heures de formation sont maintenant suffisantes.".into(),
            },
            Body::Coordination,
            coordinator,
            LabelState::Recommended,
        ),
        (
            Step::Advise {
                favourable: true,
                meeting_date: day("2026-11-23"),
                notes: String::new(),
            },
            Body::WorkingGroup,
            committee,
            LabelState::Advised,
        ),
        (
            Step::Decide {
                granted: true,
                date: day("2026-11-25"),
                reasons: "Critères remplis.".into(),
            },
            Body::SteeringCommittee,
            committee,
            LabelState::Granted,
        ),
    ];
    let stamp = t.db.directory_stamp().await.unwrap();
    for (step, body, who, want) in &steps {
        match t
            .db
            .take_label_step(id, step, *body, Some(*who), NOW)
            .await
            .unwrap()
        {
            StepOutcome::Done { to, .. } => assert_eq!(to, *want, "{step:?}"),
            other => panic!("{step:?}: {other:?}"),
        }
    }
    // Who, when, why: every step is an event.
    let ev = t.db.label_events(id).await.unwrap();
    assert_eq!(ev.len(), 6);
    assert_eq!(ev[2].event_date.as_deref(), Some("2026-11-20"));
    assert_eq!(
        ev[3].reasons.as_deref(),
        Some("Les heures de formation sont maintenant suffisantes.")
    );
    assert_eq!(ev[4].body.as_deref(), Some("working_group"));
    assert_eq!(ev[5].user_id, Some(committee));
    assert_eq!(ev[5].to_state, "granted");
    assert_eq!(ev[5].event_year, Some(2026));
    assert!(ev.iter().all(|e| e.at > 0 && e.user_id.is_some()));
    // The directory follows the decision, in the same transaction, audited.
    assert_eq!(
        place(&t, "Cité des Métiers").await.label,
        domain::LabelStatus::Labelled
    );
    assert_ne!(t.db.directory_stamp().await.unwrap(), stamp);
    let log =
        t.db.audit_log(&AuditFilter {
            place_id: Some(cite.id),
            ..Default::default()
        })
        .await
        .unwrap();
    assert!(log.iter().any(|e| e.action == "place.update"
        && e.before().unwrap()["label_status"] == "refused"
        && e.after().unwrap()["label_status"] == "labelled"));
    assert_eq!(log.iter().filter(|e| e.action == "label.step").count(), 6);
    assert!(
        t.db.granted_label_place_ids()
            .await
            .unwrap()
            .contains(&cite.id)
    );

    // Withdrawn: the directory says so.
    let out =
        t.db.take_label_step(
            id,
            &Step::Withdraw {
                date: day("2026-11-26"),
                reason: "Ouvert aux seuls jeunes.".into(),
                body: Body::Coordination,
            },
            Body::Coordination,
            Some(coordinator),
            NOW,
        )
        .await
        .unwrap();
    assert!(matches!(
        out,
        StepOutcome::Done {
            to: LabelState::Withdrawn,
            ..
        }
    ));
    assert_eq!(
        place(&t, "Cité des Métiers").await.label,
        domain::LabelStatus::Withdrawn
    );
    // A withdrawn EPN may apply again; the draft cannot be saved once submitted.
    let again =
        t.db.create_label_draft(
            cite.organisation_id,
            &[cite.id],
            &complete(),
            Some(manager),
            NOW,
        )
        .await
        .unwrap();
    assert!(again.is_ok());
    assert!(
        !t.db
            .save_label_draft(id, &complete(), None, NOW)
            .await
            .unwrap()
    );
}

#[tokio::test]
async fn forbidden_steps_are_refused_and_write_nothing() {
    let t = demo().await;
    let cite = place(&t, "Cité des Métiers").await;
    let id =
        t.db.create_label_draft(cite.organisation_id, &[cite.id], &complete(), None, NOW)
            .await
            .unwrap()
            .unwrap();
    let decide = Step::Decide {
        granted: true,
        date: day("2026-11-25"),
        reasons: "Oui.".into(),
    };
    let out =
        t.db.take_label_step(id, &decide, Body::SteeringCommittee, None, NOW)
            .await
            .unwrap();
    assert_eq!(
        out,
        StepOutcome::Refused(TransitionError::NotAllowed {
            from: LabelState::Draft,
            step: "decide"
        })
    );
    let out =
        t.db.take_label_step(id, &Step::StartExamination, Body::Applicant, None, NOW)
            .await
            .unwrap();
    assert!(matches!(
        out,
        StepOutcome::Refused(TransitionError::WrongBody { .. })
    ));
    assert_eq!(
        t.db.take_label_step(9999, &Step::Submit, Body::Applicant, None, NOW)
            .await
            .unwrap(),
        StepOutcome::NotFound
    );
    assert!(t.db.label_events(id).await.unwrap().is_empty());
    assert_eq!(
        t.db.label_application(id).await.unwrap().unwrap().state,
        LabelState::Draft
    );
    assert_eq!(
        place(&t, "Cité des Métiers").await.label,
        domain::LabelStatus::Refused
    );
}

#[tokio::test]
async fn a_refusal_does_not_hide_a_label_and_drafts_are_scoped() {
    assert_eq!(status_after(LabelState::Refused, "labelled", false), None);
    assert_eq!(
        status_after(LabelState::Refused, "none", false),
        Some("refused")
    );
    assert_eq!(
        status_after(LabelState::Granted, "refused", false),
        Some("labelled")
    );
    assert_eq!(status_after(LabelState::Withdrawn, "labelled", true), None);
    assert_eq!(
        status_after(LabelState::Withdrawn, "labelled", false),
        Some("withdrawn")
    );
    assert_eq!(status_after(LabelState::Submitted, "none", false), None);

    let t = demo().await;
    let cite = place(&t, "Cité des Métiers").await;
    let ixelles = place(&t, "Ixelles").await;
    // A place of another organisation.
    let out =
        t.db.create_label_draft(cite.organisation_id, &[ixelles.id], &complete(), None, NOW)
            .await
            .unwrap();
    assert_eq!(out, Err(DraftError::NotInOrganisation(ixelles.id)));
    // A labelled place has its label already.
    let out =
        t.db.create_label_draft(
            ixelles.organisation_id,
            &[ixelles.id],
            &complete(),
            None,
            NOW,
        )
        .await
        .unwrap();
    assert!(matches!(out, Err(DraftError::Busy { place_id, .. }) if place_id == ixelles.id));
    assert_eq!(
        t.db.create_label_draft(cite.organisation_id, &[], &complete(), None, NOW)
            .await
            .unwrap(),
        Err(DraftError::NoPlace)
    );
    // One application at a time.
    t.db.create_label_draft(cite.organisation_id, &[cite.id], &complete(), None, NOW)
        .await
        .unwrap()
        .unwrap();
    let out =
        t.db.create_label_draft(cite.organisation_id, &[cite.id], &complete(), None, NOW)
            .await
            .unwrap();
    assert!(matches!(out, Err(DraftError::Busy { .. })));
}

#[tokio::test]
async fn labelled_places_that_drop_below_a_criterion_are_flagged_never_withdrawn() {
    let t = demo().await;
    let rules = &shipped_label("brussels").unwrap().rules;
    let today = day("2026-11-26");
    let region = store::reference::shipped_region("brussels").unwrap();
    // The demo's labelled places have no hours or computers recorded: nothing to flag.
    let run = t.db.review_labels(&region, today, NOW).await.unwrap();
    assert_eq!((run.checked, run.raised.len(), run.open), (19, 0, 0));

    let ganshoren = place(&t, "Ganshoren").await;
    let before: PlaceColumns =
        t.db.editable_place(ganshoren.id)
            .await
            .unwrap()
            .unwrap()
            .record;
    let set_hours = |h: &str| PlaceColumns {
        opening_hours: Some(h.into()),
        ..before.clone()
    };
    t.db.update_place(
        ganshoren.id,
        &set_hours("Mo-Fr 14:00-17:00"),
        None,
        None,
        NOW,
    )
    .await
    .unwrap();
    assert!(
        t.db.review_labels_with(rules, "BE", today, None, NOW)
            .await
            .unwrap()
            .raised
            .is_empty(),
        "15 h is enough"
    );
    t.db.update_place(
        ganshoren.id,
        &set_hours("Mo-Th 14:00-17:00"),
        None,
        None,
        NOW,
    )
    .await
    .unwrap();
    let run =
        t.db.review_labels_with(rules, "BE", today, None, NOW)
            .await
            .unwrap();
    assert_eq!(run.raised.len(), 1);
    let flags = t.db.label_flags(true).await.unwrap();
    assert_eq!(flags.len(), 1);
    let f = &flags[0];
    assert_eq!(
        (
            f.criterion.as_str(),
            f.actual.as_str(),
            f.required.as_str(),
            f.source.as_str()
        ),
        ("opening_hours", "12", "15", "directory")
    );
    assert_eq!(f.place_id, Some(ganshoren.id));
    // Never withdrawn automatically.
    assert_eq!(
        place(&t, "Ganshoren").await.label,
        domain::LabelStatus::Labelled
    );
    let app = &t
        .db
        .label_applications(&LabelFilter {
            place_id: Some(ganshoren.id),
            ..Default::default()
        })
        .await
        .unwrap()[0];
    assert_eq!(app.state, LabelState::Granted);
    // Not twice; once looked at, not again for the same figure; again when it changes.
    assert!(
        t.db.review_labels_with(rules, "BE", today, None, NOW)
            .await
            .unwrap()
            .raised
            .is_empty()
    );
    let coordinator = user(&t, Role::Coordinator, &[]).await;
    assert!(
        t.db.resolve_label_flag(
            f.id,
            Some(coordinator),
            "Horaires d’hiver, l’EPN confirme 15 h en janvier.",
            NOW,
        )
        .await
        .unwrap()
    );
    assert!(
        !t.db
            .resolve_label_flag(f.id, Some(coordinator), "again", NOW)
            .await
            .unwrap()
    );
    assert_eq!(
        t.db.review_labels_with(rules, "BE", today, None, NOW)
            .await
            .unwrap()
            .open,
        0
    );
    t.db.update_place(
        ganshoren.id,
        &set_hours("Mo-We 14:00-17:00"),
        None,
        None,
        NOW,
    )
    .await
    .unwrap();
    assert_eq!(
        t.db.review_labels_with(rules, "BE", today, None, NOW)
            .await
            .unwrap()
            .raised
            .len(),
        1
    );
    let all = t.db.label_flags(false).await.unwrap();
    assert_eq!(all.len(), 2);
    assert!(
        all.iter()
            .any(|f| f.resolved_by_name.as_deref() == Some("Someone"))
    );
}

#[tokio::test]
async fn yearly_confirmations_are_kept_and_checked() {
    let t = demo().await;
    let rules = &shipped_label("brussels").unwrap().rules;
    let scheut = place(&t, "Scheut").await;
    let app =
        t.db.label_applications(&LabelFilter {
            place_id: Some(scheut.id),
            ..Default::default()
        })
        .await
        .unwrap()[0]
            .clone();
    assert!(
        t.db.labels_unconfirmed(2026)
            .await
            .unwrap()
            .contains(&app.id)
    );
    let manager = user(&t, Role::EpnManager, &[scheut.organisation_id]).await;
    let facts = LabelFacts {
        training_minutes: Some(240),
        opening_hours: None,
        ..complete()
    };
    assert!(
        t.db.confirm_label(app.id, 2026, &facts, Some(manager), NOW)
            .await
            .unwrap()
    );
    assert!(
        !t.db
            .labels_unconfirmed(2026)
            .await
            .unwrap()
            .contains(&app.id)
    );
    assert!(
        t.db.labels_unconfirmed(2027)
            .await
            .unwrap()
            .contains(&app.id)
    );
    let (year, _, kept) = t.db.label_confirmation(app.id).await.unwrap().unwrap();
    assert_eq!((year, kept), (2026, facts.clone()));
    let run =
        t.db.review_labels_with(rules, "BE", day("2026-11-26"), Some(app.id), NOW)
            .await
            .unwrap();
    assert_eq!(run.checked, 1);
    let flags = t.db.label_flags(true).await.unwrap();
    assert_eq!(flags.len(), 1);
    assert_eq!(
        (
            flags[0].criterion.as_str(),
            flags[0].actual.as_str(),
            flags[0].source.as_str()
        ),
        ("training_hours", "4", "confirmation")
    );
    // Only a granted label is confirmed.
    let cite = place(&t, "Cité des Métiers").await;
    let refused =
        t.db.label_applications(&LabelFilter {
            place_id: Some(cite.id),
            ..Default::default()
        })
        .await
        .unwrap()[0]
            .id;
    assert!(
        !t.db
            .confirm_label(refused, 2026, &facts, Some(manager), NOW)
            .await
            .unwrap()
    );
}

#[test]
fn the_label_file_has_a_versioned_charter() {
    let c = shipped_label("brussels").unwrap();
    assert_eq!(c.rules.min_open_hours_per_week, 15.0);
    let charter = c.current_charter().unwrap();
    assert_eq!(charter.version, "2021-06-10");
    assert!(charter.text("fr").0.contains("ne peuvent jamais refuser"));
    assert_eq!(charter.text("ar").1, "en");
    assert!(c.name("nl").contains("erkend"));
    assert!(store::label::LabelConfig::from_toml("[rules]\nmin_computers = 6\nmin_open_hours_per_week = 15.0\nmin_training_hours_per_week = 6.0\nmin_free_access_hours_per_week = 6.0\naccepted_prices = [\"free\"]\nrequire_open_to_all_adults = true\nrequire_charter = true\n").is_err(), "a charter is required");
}
