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

#[tokio::test]
async fn exports_the_demo_budget_as_a_workbook_and_a_data_package() {
    let t = store::testing::fresh_db().await.unwrap();
    let url = t.url.clone();
    let out = passerelle_within(&["demo", "--db", &url, "--load-only"], 120);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let dir = std::env::temp_dir().join(format!("passerelle-budget-{}", std::process::id()));
    let xlsx = dir.join("annex1.xlsx");
    std::fs::create_dir_all(&dir).unwrap();
    let out = passerelle_within(
        &[
            "export",
            "budget",
            "--db",
            &url,
            "--format",
            "xlsx",
            "--output",
            xlsx.to_str().unwrap(),
        ],
        60,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(std::fs::read(&xlsx).unwrap().starts_with(b"PK"));

    let pkg = dir.join("package");
    let out = passerelle_within(
        &[
            "export",
            "budget",
            "--db",
            &url,
            "--format",
            "datapackage",
            "--output",
            pkg.to_str().unwrap(),
        ],
        60,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(pkg.join("datapackage.json")).unwrap()).unwrap();
    assert_eq!(json["resources"].as_array().unwrap().len(), 4);
    let ledger = std::fs::read_to_string(pkg.join("ledger.csv")).unwrap();
    assert_eq!(ledger.lines().count(), 1 + 35, "Annex 1's 35 rows");
    let cents: i64 = ledger
        .lines()
        .skip(1)
        .filter(|l| l.contains(",actual,cirb-other,"))
        .map(|l| {
            let mut r = csv::ReaderBuilder::new()
                .has_headers(false)
                .from_reader(l.as_bytes());
            r.records().next().unwrap().unwrap()[12]
                .parse::<i64>()
                .unwrap()
        })
        .sum();
    assert_eq!(cents, 365_681_918);
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
async fn an_import_with_a_bad_row_writes_nothing_unless_asked() {
    let t = store::testing::fresh_db().await.unwrap();
    let url = t.url.clone();
    let dir = std::env::temp_dir().join(format!("passerelle-bimport-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("ledger.csv");
    std::fs::write(
        &file,
        "Mesure;Libellé;Fournisseur;Montant\n1;Flyers;Imprimerie;1.234,50\n2;Kits;X;12,345\n",
    )
    .unwrap();
    let f = file.to_str().unwrap();
    let args = [
        "budget",
        "import",
        "--db",
        &url,
        f,
        "--set",
        "year=2021",
        "--set",
        "phase=actual",
        "--set",
        "source=cirb-pan",
    ];
    let out = passerelle_within(&args, 60);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("line 3: amount is ambiguous"), "{err}");
    assert!(err.contains("nothing imported"), "{err}");
    let out = passerelle_within(&["budget", "check", "--db", &url, "--format", "json"], 60);
    assert_eq!(out.status.code(), Some(0));

    let mut with = args.to_vec();
    with.push("--good-rows-only");
    let out = passerelle_within(&with, 60);
    assert_eq!(out.status.code(), Some(1), "a bad row is still reported");
    assert!(String::from_utf8_lossy(&out.stdout).contains("Imported 1 rows."));
    let pkg = dir.join("pkg");
    let out = passerelle_within(
        &[
            "export",
            "budget",
            "--db",
            &url,
            "--format",
            "datapackage",
            "--output",
            pkg.to_str().unwrap(),
        ],
        60,
    );
    assert!(out.status.success());
    let ledger = std::fs::read_to_string(pkg.join("ledger.csv")).unwrap();
    assert_eq!(ledger.lines().count(), 2);
    assert!(ledger.contains(",123450,1234.50,"), "{ledger}");
    let _ = std::fs::remove_dir_all(&dir);
}
