//! `passerelle survey crosstab` on the fixtures of tests/fixtures/survey/,
//! which reproduce issue 12's three reference tables.

use std::process::Output;

fn fixture(name: &str) -> String {
    format!(
        "{}/tests/fixtures/survey/{name}",
        env!("CARGO_MANIFEST_DIR")
    )
}

fn crosstab(file: &str, rows: &str, cols: &str, extra: &[&str]) -> Output {
    let path = fixture(file);
    let mut args = vec![
        "survey",
        "crosstab",
        path.as_str(),
        "--rows",
        rows,
        "--cols",
        cols,
    ];
    args.extend_from_slice(extra);
    crate::helpers::passerelle_within(&args, 60)
}

fn json(out: &Output) -> serde_json::Value {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON on standard output")
}

fn close(v: &serde_json::Value, want: f64, tol: f64) {
    let got = v.as_f64().unwrap_or_else(|| panic!("not a number: {v}"));
    assert!((got - want).abs() <= tol, "{got} is not {want} ± {tol}");
}

#[test]
fn survey_chi_square_reference_table_in_json() {
    let out = crosstab(
        "chi_square.csv",
        "gender",
        "connection",
        &["--format", "json"],
    );
    let v = json(&out);
    assert_eq!(v["test"], "chi_square");
    assert_eq!(v["valid_chi_square"], true);
    assert_eq!(
        v["counts"],
        serde_json::json!([[762, 327, 468], [484, 239, 477]])
    );
    assert_eq!(v["missing"], 2);
    close(&v["statistic"], 30.0701, 5e-5);
    assert_eq!(v["df"], 2);
    close(&v["p_value"], 2.954e-07, 5e-11);
    close(&v["cramers_v"], 0.1044, 5e-5);
    close(&v["cramers_v_corrected"], 0.1009, 5e-5);
}

#[test]
fn survey_chi_square_reference_table_in_text() {
    let out = crosstab("chi_square.csv", "gender", "connection", &[]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    for want in [
        "gender × connection: 2757 answers (2 with a missing value left out)",
        "man        762        327   468   1557",
        "Test: chi-square test of independence",
        "Why: the chi-square test is valid",
        "Chi-square: 30.0701, df = 2",
        "p-value: 2.954e-07",
        "Cramér's V: 0.1044 (bias-corrected: 0.1009)",
        "Answers with gender “woman” more often have connection “none”: 40% against 30% for the others \
         (significant, p < 0.001).",
    ] {
        assert!(text.contains(want), "{want:?} not in:\n{text}");
    }
}

#[test]
fn survey_small_table_gets_the_exact_test() {
    // Semicolon-separated: the delimiter is sniffed.
    let v = json(&crosstab(
        "exact.csv",
        "age",
        "device",
        &["--format", "json"],
    ));
    assert_eq!(v["test"], "exact_enumeration");
    assert_eq!(v["valid_chi_square"], false);
    assert_eq!(v["counts"], serde_json::json!([[3, 1, 0], [0, 2, 4]]));
    close(&v["p_value"], 1.0 / 30.0, 1e-12);
    let out = crosstab("exact.csv", "age", "device", &[]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains(
            "Why: the chi-square test is not valid: 0 of 6 expected counts below 1 and 6 (100%) below 5"
        ),
        "{text}"
    );
    assert!(text.contains("p-value: 0.03333"), "{text}");
}

#[test]
fn survey_fisher_reference_table() {
    // Every expected count is 5 or more: chi-square is valid by default…
    let v = json(&crosstab(
        "fisher.csv",
        "age",
        "device",
        &["--format", "json"],
    ));
    assert_eq!(v["test"], "chi_square");
    // …and --exact gives Fisher's two-sided p-value.
    let v = json(&crosstab(
        "fisher.csv",
        "age",
        "device",
        &["--format", "json", "--exact"],
    ));
    assert_eq!(v["test"], "fisher_exact");
    assert_eq!(v["valid_chi_square"], true);
    assert_eq!(v["counts"], serde_json::json!([[1, 9], [11, 3]]));
    assert_eq!(
        v["finding"],
        "Answers with age “60 and over” more often have device “no device”: 90% against 21% \
         for the others (significant, p = 0.003)."
    );
    close(&v["p_value"], 0.002759, 5e-7);
    let out = crosstab("fisher.csv", "age", "device", &["--exact"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("Test: Fisher's exact test (two-sided)"),
        "{text}"
    );
    assert!(text.contains("p-value: 0.002759"), "{text}");
}

#[test]
fn survey_too_large_for_the_exact_test_suggests_a_merge() {
    let out = crosstab("exact.csv", "age", "device", &["--exact-limit", "2"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    for want in [
        "Test: no test",
        "the exact test would enumerate more than 2 tables; merge categories \
         (the smallest adjacent ones: “laptop + none” in device).",
        "p-value: none (no test)",
        "device by age was not tested:",
    ] {
        assert!(text.contains(want), "{want:?} not in:\n{text}");
    }
    // Asked for but too large, the exact test is not run: the usual rule applies.
    let v = json(&crosstab(
        "exact.csv",
        "age",
        "device",
        &["--exact", "--exact-limit", "2", "--format", "json"],
    ));
    assert_eq!(v["test"], "none");
    assert_eq!(v["p_value"], serde_json::Value::Null);
}

#[test]
fn survey_a_missing_column_lists_the_available_ones() {
    let out = crosstab("fisher.csv", "gender", "device", &[]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("no column \"gender\"; the columns are: id, age, device"),
        "{err}"
    );
}

#[test]
fn survey_a_bad_line_is_named() {
    let dir = std::env::temp_dir().join(format!("passerelle-survey-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("bad.csv");
    std::fs::write(&path, "age,device\n60+,none\n18-29,laptop,extra\n").unwrap();
    let out = crate::helpers::passerelle_within(
        &[
            "survey",
            "crosstab",
            path.to_str().unwrap(),
            "--rows",
            "age",
            "--cols",
            "device",
        ],
        60,
    );
    let _ = std::fs::remove_dir_all(&dir);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("line 3: 3 fields where the header has 2"),
        "{err}"
    );
}
