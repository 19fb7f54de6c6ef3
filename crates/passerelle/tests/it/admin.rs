//! `passerelle admin`: the first accounts and tokens from the command line.

use domain::account::Role;

use crate::helpers::passerelle_within;

#[tokio::test]
async fn create_user_invites_by_spool_and_create_token_prints_a_working_token() {
    let t = store::testing::fresh_db().await.unwrap();
    let url = t.url.clone();
    let spool = std::env::temp_dir().join(format!(
        "passerelle-admin-test-{}",
        store::accounts::new_secret()
    ));
    let spool_s = spool.display().to_string();
    let out = passerelle_within(&["demo", "--db", &url, "--load-only"], 60);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    // An EPN manager needs an organisation: the error says so.
    let out = passerelle_within(
        &[
            "admin",
            "create-user",
            "--db",
            &url,
            "--mail-spool",
            &spool_s,
            "--email",
            "m@example.org",
            "--role",
            "epn-manager",
        ],
        60,
    );
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("needs an organisation"));
    let out = passerelle_within(
        &[
            "admin",
            "create-user",
            "--db",
            &url,
            "--mail-spool",
            &spool_s,
            "--email",
            "m@example.org",
            "--role",
            "boss",
        ],
        60,
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("--role \"boss\""));

    let out = passerelle_within(
        &[
            "admin",
            "create-user",
            "--db",
            &url,
            "--mail-spool",
            &spool_s,
            "--email",
            "M@Example.org",
            "--role",
            "epn-manager",
            "--organisation",
            "CPAS de Jette",
            "--name",
            "Mia",
        ],
        60,
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("m@example.org") && stdout.contains(&spool_s),
        "{stdout}"
    );
    let mails = web::mail::read_spool(&spool);
    assert_eq!(mails.len(), 1);
    assert!(mails[0].contains("To: m@example.org") && mails[0].contains("/fr/invitation?token="));
    let user = t.db.user_by_email("m@example.org").await.unwrap().unwrap();
    assert_eq!(user.role, Role::EpnManager);
    assert_eq!(user.organisations.len(), 1);

    let out = passerelle_within(
        &[
            "admin",
            "create-token",
            "--db",
            &url,
            "--email",
            "m@example.org",
        ],
        60,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let token = String::from_utf8_lossy(&out.stdout).trim().to_owned();
    assert!(token.starts_with("pas_"), "{token}");
    assert_eq!(
        t.db.token_user(&token, chrono::Utc::now().timestamp())
            .await
            .unwrap()
            .unwrap()
            .id,
        user.id
    );
    let out = passerelle_within(
        &[
            "admin",
            "create-token",
            "--db",
            &url,
            "--email",
            "nobody@example.org",
        ],
        60,
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("no account has this e-mail"));

    // The demo's accounts exist and sign in with their published passwords.
    for (email, password, role) in store::demo::DEMO_ACCOUNTS {
        let u =
            t.db.check_login(email, password)
                .await
                .unwrap()
                .expect(email);
        assert_eq!(u.role, *role);
    }
    let _ = std::fs::remove_dir_all(&spool);
}
