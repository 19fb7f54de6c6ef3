//! The `passerelle` command as a person runs it.

fn passerelle(args: &[&str]) -> std::process::Output {
    crate::helpers::passerelle_within(args, 60)
}

/// A database URL for this test: a temporary SQLite file, or a new database
/// on the PostgreSQL server of TEST_DATABASE_URL.
async fn test_db_url() -> (store::testing::TestDb, String) {
    let t = store::testing::fresh_db().await.unwrap();
    let url = t.url.clone();
    (t, url)
}

#[tokio::test]
async fn check_reports_the_saint_josse_postcode_and_fails() {
    let (_t, url) = test_db_url().await;
    let out = passerelle(&["demo", "--db", &url, "--load-only"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = passerelle(&["check", "--db", &url]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "errors give a non-zero exit code"
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("[postcode-not-in-commune] #") && text.contains("EPN Sapiens"),
        "{text}"
    );
    assert!(text.contains("The postcode 1180 does not belong"));
    let out = passerelle(&["check", "--db", &url, "--format", "json", "--lang", "fr"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["errors"], 1);
    let f = &v["findings"][0];
    assert_eq!(f["kind"], "postcode-not-in-commune");
    assert!(f["todo"].as_str().unwrap().starts_with("Demandez"));
    assert!(!v["source_issues"].as_array().unwrap().is_empty());
}

#[tokio::test]
async fn the_demo_refuses_a_database_that_has_places() {
    let (_t, url) = test_db_url().await;
    assert!(
        passerelle(&["demo", "--db", &url, "--load-only"])
            .status
            .success()
    );
    let out = passerelle(&["demo", "--db", &url, "--load-only"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("needs an empty database"));
}

#[test]
fn a_bad_database_url_is_explained() {
    let out = passerelle(&["check", "--db", "mysql://nowhere"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("sqlite:// or postgres://"));
}

#[test]
fn referral_expiry_settings_are_checked_before_serving() {
    let out = passerelle(&[
        "serve",
        "--db",
        "sqlite::memory:",
        "--referral-expiry-days",
        "7",
        "--referral-reminder-days",
        "7",
    ]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(
            "--referral-reminder-days (7) must be smaller than --referral-expiry-days (7)"
        ),
        "{err}"
    );
    let out = passerelle(&["serve", "--referral-expiry-days", "1"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--referral-expiry-days"));
}
