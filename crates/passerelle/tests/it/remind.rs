//! `passerelle remind-stale`, as cron runs it.

use domain::account::Role;
use store::places::NewPlace;

const DAY: i64 = 86_400;

fn spool_files(dir: &std::path::Path) -> Vec<String> {
    web::mail::read_spool(dir)
}

#[tokio::test]
async fn remind_stale_mails_each_manager_once_per_period() {
    let t = store::testing::brussels_db().await.unwrap();
    let db = &t.db;
    // The binary runs on the real clock.
    let now = chrono::Utc::now().timestamp();
    let org = db
        .create_organisation(None, "Maison de quartier", "asbl", now)
        .await
        .unwrap();
    let other = db
        .create_organisation(None, "Autre asbl", "asbl", now)
        .await
        .unwrap();
    let place = |org: i64, name: &str, age_days: i64| NewPlace {
        organisation_id: org,
        kind: domain::PlaceKind::Epn,
        name: name.into(),
        label_status: domain::LabelStatus::None,
        updated_at: Some(now - age_days * DAY),
        ..NewPlace::default()
    };
    let stale = db
        .create_place(&place(org, "EPN Stale", 500), now)
        .await
        .unwrap();
    db.create_place(&place(org, "EPN Fresh", 3), now)
        .await
        .unwrap();
    db.create_place(&place(other, "EPN Other fresh", 3), now)
        .await
        .unwrap();
    db.create_user(
        "manager@example.org",
        "M",
        Role::EpnManager,
        &[org],
        None,
        now,
    )
    .await
    .unwrap();
    db.create_user(
        "other@example.org",
        "O",
        Role::EpnManager,
        &[other],
        None,
        now,
    )
    .await
    .unwrap();
    let spool = std::env::temp_dir().join(format!(
        "passerelle-remind-{}-{}",
        std::process::id(),
        &store::accounts::new_secret()[..8]
    ));
    let spool_arg = spool.display().to_string();
    let run = |extra: &[&str]| {
        let mut args = vec![
            "remind-stale",
            "--db",
            &t.url,
            "--mail-spool",
            &spool_arg,
            "--public-url",
            "https://passerelle.example.org",
        ];
        args.extend_from_slice(extra);
        crate::helpers::passerelle_within(&args, 60)
    };

    let dry = run(&["--dry-run"]);
    assert!(
        dry.status.success(),
        "{}",
        String::from_utf8_lossy(&dry.stderr)
    );
    let text = String::from_utf8_lossy(&dry.stdout);
    assert!(
        text.contains("would remind manager@example.org") && text.contains("EPN Stale"),
        "{text}"
    );
    assert!(
        !text.contains("other@example.org") && !text.contains("EPN Fresh"),
        "{text}"
    );
    assert!(spool_files(&spool).is_empty(), "a dry run sends nothing");

    let out = run(&[]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("1 e-mail(s) sent about 1 place(s)"));
    let mails = spool_files(&spool);
    assert_eq!(mails.len(), 1);
    let mail = mails[0].replace("=\r\n", "").replace("=3D", "=");
    assert!(mail.contains("To: manager@example.org"));
    assert!(mail.contains(&format!(
        "https://passerelle.example.org/fr/bo/places/{stale}"
    )));

    let again = run(&[]);
    assert!(again.status.success());
    assert!(String::from_utf8_lossy(&again.stdout).contains("0 e-mail(s) sent"));
    assert_eq!(spool_files(&spool).len(), 1, "once per period");
    let _ = std::fs::remove_dir_all(&spool);
}
