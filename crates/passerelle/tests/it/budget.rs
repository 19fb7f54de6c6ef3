//! `passerelle budget check` on the demo: Annex 1's one mistake.

use crate::helpers::passerelle_within;

#[tokio::test]
async fn the_check_reports_the_demo_s_0_62_eur_and_exits_1() {
    let t = store::testing::fresh_db().await.unwrap();
    let url = t.url.clone();
    let out = passerelle_within(&["demo", "--db", &url, "--load-only"], 120);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let out = passerelle_within(&["budget", "check", "--db", &url, "--year", "2021"], 60);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("declared:   3,656,819.80 EUR"), "{text}");
    assert!(text.contains("computed:   3,656,819.18 EUR"), "{text}");
    assert!(text.contains("(62 cents)"), "{text}");
    assert!(text.contains("2 of 46 declared totals differ"), "{text}");

    let out = passerelle_within(&["budget", "check", "--db", &url, "--format", "json"], 60);
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let diffs = v["differences"].as_array().unwrap();
    assert_eq!(diffs.len(), 2);
    assert!(diffs.iter().all(|d| d["difference_cents"] == 62));

    // A year without declared totals has nothing to differ: exit 0.
    let out = passerelle_within(&["budget", "check", "--db", &url, "--year", "2022"], 60);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8(out.stdout).unwrap().contains("0 of 0"));
}
