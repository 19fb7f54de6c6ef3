//! Referrals in the database: the procedure and its history, and the
//! person's data — retention on real rows (ended 13 months ago anonymised,
//! 11 months ago kept, counts unchanged), export and erasure. On SQLite, and
//! on PostgreSQL when TEST_DATABASE_URL is set.

use domain::account::Role;
use domain::diagnostic::Level;
use domain::referral::{ContactWay, ReferralState, Side, Step, StepKind, TransitionError};
use domain::sessions::{Occurrence, Theme};
use store::Db;
use store::audit::AuditFilter;
use store::demo::DemoData;
use store::referrals::person::PersonRef;
use store::referrals::{NewReferral, Scope, StepRefused};
use store::sessions::{BookOutcome, NewBooking, NewSession};
use store::testing::{NOW, TestDb, brussels_db};

use crate::helpers::DAY;

/// The demo with a referrer of a CPAS and the manager of a place's EPN
/// (also used by erasure.rs).
pub(crate) struct World {
    pub(crate) t: TestDb,
    pub(crate) cpas: i64,
    pub(crate) referrer: i64,
    pub(crate) place: i64,
    pub(crate) epn: i64,
    pub(crate) manager: i64,
}

pub(crate) async fn world() -> World {
    let t = brussels_db().await.unwrap();
    t.db.load_demo(&DemoData::brussels_2021(), NOW)
        .await
        .unwrap();
    let db = &t.db;
    let cpas = db
        .list_organisations()
        .await
        .unwrap()
        .into_iter()
        .find(|o| o.kind == "cpas")
        .unwrap()
        .id;
    let p = db.load_places().await.unwrap()[0].clone();
    let referrer = db
        .create_user("ref@example.org", "Ref", Role::Referrer, &[cpas], None, NOW)
        .await
        .unwrap();
    let manager = db
        .create_user(
            "epn@example.org",
            "Epn",
            Role::EpnManager,
            &[p.organisation_id],
            None,
            NOW,
        )
        .await
        .unwrap();
    World {
        cpas,
        referrer,
        place: p.id,
        epn: p.organisation_id,
        manager,
        t,
    }
}

fn referral(w: &World, name: &str) -> NewReferral {
    NewReferral {
        from_organisation_id: w.cpas,
        created_by: w.referrer,
        place_id: Some(w.place),
        session_id: None,
        to_organisation_id: w.epn,
        person_name: name.into(),
        contact_way: ContactWay::Phone,
        contact_value: Some("+32 470 12 34 56".into()),
        lang: "fr".into(),
        needs: vec!["communication".into(), "equipment".into()],
        needs_note: Some("Veut écrire à sa fille".into()),
        diagnostic_json: Some(
            r#"{"answers":{"motivation":3},"profile":{"persona":"novice"}}"#.into(),
        ),
        share_diagnostic: false,
        consent_text: "Vous acceptez que ces informations soient transmises.".into(),
        consent_at: NOW,
    }
}

async fn step(db: &Db, id: i64, kind: StepKind, note: &str, side: Side, at: i64) -> ReferralState {
    db.take_referral_step(id, &Step::new(kind, note), side, None, at)
        .await
        .unwrap()
        .unwrap()
}

#[tokio::test]
async fn a_referral_goes_through_its_steps_with_its_history() {
    let w = world().await;
    let db = &w.t.db;
    let id = db
        .create_referral(&referral(&w, "Esteban"), NOW)
        .await
        .unwrap();
    let r = db.referral(id).await.unwrap().unwrap();
    assert_eq!(r.state, ReferralState::Sent);
    assert_eq!(r.needs, vec!["communication", "equipment"]);
    assert_eq!(r.person_name.as_deref(), Some("Esteban"));
    assert!(!r.share_diagnostic);

    // A refusal without a reason, a step from the wrong side: refused, nothing changes.
    let refused = db
        .take_referral_step(
            id,
            &Step::new(StepKind::Refuse, " "),
            Side::Receiver,
            None,
            NOW,
        )
        .await
        .unwrap();
    assert_eq!(
        refused,
        Err(StepRefused::Transition(TransitionError::TextMissing {
            step: StepKind::Refuse
        }))
    );
    let wrong = db
        .take_referral_step(
            id,
            &Step::new(StepKind::Accept, ""),
            Side::Referrer,
            None,
            NOW,
        )
        .await
        .unwrap();
    assert!(matches!(
        wrong,
        Err(StepRefused::Transition(TransitionError::WrongSide { .. }))
    ));
    assert_eq!(
        db.take_referral_step(
            999_999,
            &Step::new(StepKind::Accept, ""),
            Side::Receiver,
            None,
            NOW
        )
        .await
        .unwrap(),
        Err(StepRefused::NotFound)
    );

    assert_eq!(
        step(db, id, StepKind::Accept, "", Side::Receiver, NOW + 10).await,
        ReferralState::Accepted
    );
    assert_eq!(
        step(db, id, StepKind::FirstVisit, "", Side::Receiver, NOW + 20).await,
        ReferralState::FirstVisitDone
    );
    assert_eq!(
        step(
            db,
            id,
            StepKind::FollowUp,
            "Vient chaque mardi",
            Side::Referrer,
            NOW + 30
        )
        .await,
        ReferralState::FollowedUp
    );
    assert_eq!(
        step(db, id, StepKind::Close, "", Side::Receiver, NOW + 40).await,
        ReferralState::Closed
    );
    let r = db.referral(id).await.unwrap().unwrap();
    assert_eq!(r.ended_at, Some(NOW + 40));

    let history = db.referral_events(id).await.unwrap();
    let steps: Vec<&str> = history.iter().map(|e| e.step.as_str()).collect();
    assert_eq!(
        steps,
        ["send", "accept", "first_visit", "follow_up", "close"]
    );
    assert_eq!(history[3].note.as_deref(), Some("Vient chaque mardi"));
    assert_eq!(history[3].side, "referrer");

    // Scopes: the referring structure's list and the receiving EPN's list.
    assert_eq!(
        db.list_referrals(Scope::From(&[w.cpas]))
            .await
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        db.list_referrals(Scope::To(&[w.epn])).await.unwrap().len(),
        1
    );
    assert!(
        db.list_referrals(Scope::To(&[w.cpas]))
            .await
            .unwrap()
            .is_empty()
    );

    // The audit log has every step, and never the person's name or notes.
    let log = db
        .audit_log(&AuditFilter {
            limit: 100,
            ..Default::default()
        })
        .await
        .unwrap();
    let mine: Vec<_> = log.iter().filter(|e| e.entity == "referral").collect();
    assert_eq!(mine.len(), 5);
    for e in mine {
        let text = format!("{:?}{:?}", e.before_json, e.after_json);
        assert!(
            !text.contains("Esteban") && !text.contains("mardi") && !text.contains("+32"),
            "{text}"
        );
    }
}

/// A session that ended `ago` seconds before NOW, with one booking of `name` for `referral`.
async fn past_booking(w: &World, ago: i64, name: &str, referral: Option<i64>) -> i64 {
    let db = &w.t.db;
    let starts_at = NOW - ago - 2 * 3600;
    let s = NewSession {
        organisation_id: w.epn,
        place_id: Some(w.place),
        location: None,
        postcode: None,
        commune_nis: None,
        title: "Atelier e-mail".into(),
        title_lang: None,
        description: None,
        theme: Theme::Devices,
        level: Level::Beginner,
        languages: vec!["fr".into()],
        seats: 10,
        waiting_list: false,
        self_booking: false,
        price_cents: 0,
        publics: vec![],
        bring: None,
        accessibility: vec![],
    };
    let occ = Occurrence {
        date: chrono::NaiveDate::from_ymd_opt(2025, 1, 1).unwrap(),
        starts_at,
        ends_at: starts_at + 2 * 3600,
    };
    let session = db
        .publish_sessions(&s, None, &[occ], None, NOW)
        .await
        .unwrap()[0];
    let b = NewBooking {
        session_id: session,
        person_name: name.into(),
        email: Some(format!("{}@example.org", name.to_lowercase())),
        lang: "fr".into(),
        consent_text: "Vous acceptez.".into(),
        consent_at: starts_at - DAY,
        booked_by: Some(w.referrer),
        organisation_id: Some(w.cpas),
        referral_id: referral,
        ..NewBooking::default()
    };
    match db.book_seat(&b, starts_at - DAY).await.unwrap() {
        BookOutcome::Confirmed(id) => id,
        other => panic!("{other:?}"),
    }
}

async fn counts(db: &Db) -> (Vec<(String, i64)>, i64) {
    let bookings: i64 = store::run!(db, p => sqlx::query_scalar("SELECT COUNT(*) FROM session_bookings")
        .fetch_one(p).await.unwrap());
    (db.referral_counts().await.unwrap(), bookings)
}

#[tokio::test]
async fn retention_anonymises_what_ended_over_twelve_months_ago_and_keeps_counts() {
    let w = world().await;
    let db = &w.t.db;
    let month = 30 * DAY + DAY / 2;
    // Ended 13 months ago, 11 months ago, and still open.
    let old = db
        .create_referral(&referral(&w, "Ancien"), NOW - 14 * month)
        .await
        .unwrap();
    step(
        db,
        old,
        StepKind::Refuse,
        "Complet jusqu'en juin",
        Side::Receiver,
        NOW - 13 * month,
    )
    .await;
    let recent = db
        .create_referral(&referral(&w, "Récent"), NOW - 12 * month)
        .await
        .unwrap();
    step(
        db,
        recent,
        StepKind::Accept,
        "",
        Side::Receiver,
        NOW - 12 * month,
    )
    .await;
    step(
        db,
        recent,
        StepKind::Close,
        "",
        Side::Referrer,
        NOW - 11 * month,
    )
    .await;
    let open = db
        .create_referral(&referral(&w, "Ouvert"), NOW - 2 * DAY)
        .await
        .unwrap();
    let old_booking = past_booking(&w, 13 * month, "Vieux", Some(old)).await;
    let new_booking = past_booking(&w, 11 * month, "Neuf", None).await;
    let before = counts(db).await;

    // The dry run counts what is due and changes nothing.
    let due = db.retention_due(NOW, 12).await.unwrap();
    assert_eq!((due.referrals, due.bookings), (1, 1));
    assert_eq!(db.retention_due(NOW, 12).await.unwrap(), due);

    let run = db.apply_retention(NOW, 12).await.unwrap();
    assert_eq!(run, due);
    assert_eq!(run.referrals, 1);
    assert_eq!(run.bookings, 1);

    let r = db.referral(old).await.unwrap().unwrap();
    assert_eq!(r.person_name, None);
    assert_eq!(r.contact_value, None);
    assert_eq!(r.needs_note, None);
    assert_eq!(r.diagnostic_json, None);
    assert_eq!(r.refuse_reason, None);
    assert_eq!(r.anonymised_at, Some(NOW));
    // What statistics need stays: state, needs, structures, dates.
    assert_eq!(r.state, ReferralState::Refused);
    assert_eq!(r.needs, vec!["communication", "equipment"]);
    assert!(
        db.referral_events(old)
            .await
            .unwrap()
            .iter()
            .all(|e| e.note.is_none())
    );
    for id in [recent, open] {
        let r = db.referral(id).await.unwrap().unwrap();
        assert!(r.person_name.is_some() && r.anonymised_at.is_none(), "{id}");
    }
    let b = db.booking(old_booking).await.unwrap().unwrap();
    assert_eq!((b.person_name, b.email), (None, None));
    let b = db.booking(new_booking).await.unwrap().unwrap();
    assert_eq!(b.person_name.as_deref(), Some("Neuf"));
    assert_eq!(b.email.as_deref(), Some("neuf@example.org"));

    assert_eq!(counts(db).await, before);
    // A second run has nothing left to do; a shorter period takes the 11-month one.
    assert_eq!(db.apply_retention(NOW, 12).await.unwrap().referrals, 0);
    assert_eq!(db.retention_due(NOW, 12).await.unwrap(), Default::default());
    let run = db.apply_retention(NOW, 10).await.unwrap();
    assert_eq!((run.referrals, run.bookings), (1, 1));
    assert_eq!(counts(db).await, before);
}

#[tokio::test]
async fn export_and_erasure_of_one_person() {
    let w = world().await;
    let db = &w.t.db;
    let id = db
        .create_referral(&referral(&w, "Noémie"), NOW - 30 * DAY)
        .await
        .unwrap();
    step(db, id, StepKind::Accept, "", Side::Receiver, NOW - 29 * DAY).await;
    let booking = past_booking(&w, 20 * DAY, "Noémie", Some(id)).await;
    let other = db
        .create_referral(&referral(&w, "Benoît"), NOW)
        .await
        .unwrap();

    let json = db
        .export_person(PersonRef::Booking(booking), w.manager, NOW)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(json["referrals"][0]["person_name"], "Noémie");
    assert_eq!(
        json["referrals"][0]["diagnostic"]["profile"]["persona"],
        "novice"
    );
    assert_eq!(json["referrals"][0]["history"][1]["step"], "accept");
    assert_eq!(json["bookings"][0]["email"], "noémie@example.org");
    assert!(!json.to_string().contains("Benoît"));
    assert!(
        db.export_person(PersonRef::Referral(424_242), w.manager, NOW)
            .await
            .unwrap()
            .is_none()
    );

    let before = counts(db).await;
    let erased = db
        .erase_person(PersonRef::Referral(id), w.manager, NOW)
        .await
        .unwrap();
    assert_eq!(erased, Some((1, 1)));
    let r = db.referral(id).await.unwrap().unwrap();
    assert_eq!(
        (r.person_name, r.contact_value, r.anonymised_at),
        (None, None, Some(NOW))
    );
    let b = db.booking(booking).await.unwrap().unwrap();
    assert_eq!((b.person_name, b.email), (None, None));
    assert_eq!(
        db.referral(other)
            .await
            .unwrap()
            .unwrap()
            .person_name
            .as_deref(),
        Some("Benoît")
    );
    assert_eq!(counts(db).await, before);

    let log = db
        .audit_log(&AuditFilter {
            limit: 100,
            ..Default::default()
        })
        .await
        .unwrap();
    let actions: Vec<&str> = log.iter().map(|e| e.action.as_str()).collect();
    assert!(
        actions.contains(&"person.export") && actions.contains(&"person.erase"),
        "{actions:?}"
    );
}

/// The demo's referrals (loaded by `passerelle demo` after its accounts): one
/// in each state, from the demo referrer's CPAS to the demo EPN, each with the
/// history its steps wrote.
#[tokio::test]
async fn demo_referrals_show_every_state_to_the_demo_epn() {
    use store::referrals::demo::DemoReferrals;
    let t = brussels_db().await.unwrap();
    let db = &t.db;
    db.load_demo(&DemoData::brussels_2021(), NOW).await.unwrap();
    let demo = DemoReferrals::brussels();
    let now = NOW;
    // Without the accounts, there is nobody to send them: a clear error, nothing written.
    let err = db.load_demo_referrals(&demo, now).await.unwrap_err();
    assert!(
        err.to_string().contains("load the demo accounts first"),
        "{err}"
    );
    assert!(db.list_referrals(Scope::All).await.unwrap().is_empty());

    db.load_demo_accounts(NOW).await.unwrap();
    // A file with an unknown code is refused before anything is written.
    let mut bad = demo.clone();
    bad.referrals
        .last_mut()
        .unwrap()
        .needs
        .push("juggling".into());
    let err = db.load_demo_referrals(&bad, now).await.unwrap_err();
    assert!(err.to_string().contains("unknown need juggling"), "{err}");
    assert!(db.list_referrals(Scope::All).await.unwrap().is_empty());

    let ids = db.load_demo_referrals(&demo, now).await.unwrap();
    assert_eq!(ids.len(), demo.referrals.len());

    let epn_user = db
        .user_by_email("epn@demo.passerelle.test")
        .await
        .unwrap()
        .unwrap();
    let referrer_user = db
        .user_by_email("referrer@demo.passerelle.test")
        .await
        .unwrap()
        .unwrap();
    let to_epn = db
        .list_referrals(Scope::To(&epn_user.organisations))
        .await
        .unwrap();
    let from_cpas = db
        .list_referrals(Scope::From(&referrer_user.organisations))
        .await
        .unwrap();
    assert_eq!(
        to_epn.len(),
        ids.len(),
        "every demo referral reaches the demo EPN"
    );
    assert_eq!(
        from_cpas, to_epn,
        "and comes from the demo referrer's structure"
    );

    let mut states: Vec<&str> = to_epn.iter().map(|r| r.state.code()).collect();
    states.sort();
    assert_eq!(
        states,
        [
            "accepted",
            "closed",
            "followed_up",
            "refused",
            "sent",
            "sent"
        ]
    );
    // Newest first; the one to a session points at an upcoming session.
    assert_eq!(to_epn[0].person_name.as_deref(), Some("Nadia"));
    let amina = to_epn
        .iter()
        .find(|r| r.person_name.as_deref() == Some("Amina"))
        .unwrap();
    assert!(amina.session_id.is_some());
    let refused = to_epn
        .iter()
        .find(|r| r.state == ReferralState::Refused)
        .unwrap();
    assert!(
        refused
            .refuse_reason
            .as_deref()
            .unwrap()
            .contains("complets")
    );

    let marc = to_epn
        .iter()
        .find(|r| r.person_name.as_deref() == Some("Marc"))
        .unwrap();
    let history = db.referral_events(marc.id).await.unwrap();
    let steps: Vec<&str> = history.iter().map(|e| e.step.as_str()).collect();
    assert_eq!(steps, ["send", "accept", "first_visit", "follow_up"]);
    assert!(
        history.windows(2).all(|w| w[0].at < w[1].at),
        "dated in order"
    );
    assert_eq!(
        history[1].user_id,
        Some(epn_user.id),
        "taken by the EPN's manager"
    );
    assert_eq!(marc.sent_at, history[0].at);
}
