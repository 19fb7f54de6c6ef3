//! `passerelle retention run [--months N] [--dry-run]`, as cron or an
//! operator runs it: the dry run counts, the run anonymises what is due,
//! audits it like the daily job, and a second run finds nothing left.

use domain::account::Role;
use domain::referral::{ContactWay, Side, Step, StepKind};
use store::audit::AuditFilter;
use store::referrals::NewReferral;

use crate::helpers::passerelle_within;

const DAY: i64 = 86_400;

/// The two counts a run prints ("referrals: N …", "bookings: N …").
fn counts(stdout: &[u8]) -> (u64, u64) {
    let text = String::from_utf8_lossy(stdout);
    let count = |kind: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(&format!("{kind}: ")))
            .and_then(|rest| rest.split(' ').next())
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("no {kind} count in {text}"))
    };
    (count("referrals"), count("bookings"))
}

#[tokio::test]
async fn retention_run_anonymises_now_and_the_dry_run_changes_nothing() {
    let t = store::testing::brussels_db().await.unwrap();
    let db = &t.db;
    // The binary runs on the real clock.
    let now = chrono::Utc::now().timestamp();
    let cpas = db
        .create_organisation(None, "CPAS d'essai", "cpas", now)
        .await
        .unwrap();
    let epn = db
        .create_organisation(None, "EPN d'essai", "asbl", now)
        .await
        .unwrap();
    let place = db
        .create_place(
            &store::places::NewPlace {
                organisation_id: epn,
                kind: domain::PlaceKind::Epn,
                name: "EPN d'essai".into(),
                label_status: domain::LabelStatus::None,
                ..Default::default()
            },
            now,
        )
        .await
        .unwrap();
    let referrer = db
        .create_user("ref@example.org", "R", Role::Referrer, &[cpas], None, now)
        .await
        .unwrap();
    let referral = |name: &str, at: i64| NewReferral {
        from_organisation_id: cpas,
        created_by: referrer,
        place_id: Some(place),
        session_id: None,
        to_organisation_id: epn,
        person_name: name.into(),
        contact_way: ContactWay::Phone,
        contact_value: Some("+32470111222".into()),
        lang: "fr".into(),
        needs: vec!["communication".into()],
        needs_note: None,
        diagnostic_json: None,
        share_diagnostic: false,
        consent_text: "Vous acceptez.".into(),
        consent_at: at,
    };
    let old = db
        .create_referral(&referral("Ancienne", now - 400 * DAY), now - 400 * DAY)
        .await
        .unwrap();
    db.take_referral_step(
        old,
        &Step::new(StepKind::Accept, ""),
        Side::Receiver,
        None,
        now - 399 * DAY,
    )
    .await
    .unwrap()
    .unwrap();
    db.take_referral_step(
        old,
        &Step::new(StepKind::Close, ""),
        Side::Referrer,
        None,
        now - 398 * DAY,
    )
    .await
    .unwrap()
    .unwrap();
    let recent = db
        .create_referral(&referral("Récente", now - 60 * DAY), now - 60 * DAY)
        .await
        .unwrap();

    let run = |extra: &[&str]| {
        let mut args = vec!["retention", "run", "--db", &t.url];
        args.extend_from_slice(extra);
        let out = passerelle_within(&args, 60);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        out.stdout
    };

    let dry = run(&["--dry-run"]);
    assert_eq!(counts(&dry), (1, 0));
    assert!(String::from_utf8_lossy(&dry).contains("Dry run"));
    let name = |id| async move { db.referral(id).await.unwrap().unwrap().person_name };
    assert_eq!(name(old).await.as_deref(), Some("Ancienne"));

    assert_eq!(counts(&run(&[])), (1, 0));
    assert_eq!(name(old).await, None);
    assert_eq!(name(recent).await.as_deref(), Some("Récente"));
    let log = db
        .audit_log(&AuditFilter {
            limit: 50,
            ..Default::default()
        })
        .await
        .unwrap();
    assert!(log.iter().any(|e| e.action == "person.retention"));

    // Nothing left at 12 months; a shorter period takes the recent one.
    assert_eq!(counts(&run(&[])), (0, 0));
    assert_eq!(counts(&run(&["--months", "1"])), (1, 0));
    assert_eq!(name(recent).await, None);
    // A period outside 1..=120 months is refused.
    let out = passerelle_within(&["retention", "run", "--db", &t.url, "--months", "0"], 60);
    assert!(!out.status.success());
}
