//! `passerelle export places` as a person runs it, on the demo data.

use std::process::{Command, Output, Stdio};

/// Runs the command, killing it after 60 s (an export never serves).
fn passerelle(args: &[&str]) -> Output {
    let child = Command::new(env!("CARGO_BIN_EXE_passerelle"))
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    let pid = child.id().to_string();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    // Read the output while waiting, so that a large export cannot fill the pipe.
    let out = std::thread::spawn(move || child.wait_with_output().expect("output"));
    while !out.is_finished() {
        if std::time::Instant::now() > deadline {
            let _ = Command::new("kill").args(["-KILL", &pid]).status();
            panic!("passerelle {args:?} did not finish within 60 s");
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    out.join().expect("joins")
}

fn ok(out: &Output) -> String {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone()).expect("UTF-8")
}

#[tokio::test]
async fn exports_every_format_of_the_demo() {
    let t = store::testing::fresh_db().await.unwrap();
    let url = t.url.clone();
    ok(&passerelle(&["demo", "--db", &url, "--load-only"]));

    let csv = ok(&passerelle(&["export", "places", "--db", &url]));
    assert!(csv.starts_with("\"id\",\"name\","), "CSV by default");
    assert_eq!(
        csv.lines().count(),
        1 + 50,
        "the 50 places the directory publishes"
    );

    let mednum = ok(&passerelle(&[
        "export", "places", "--db", &url, "--format", "mednum",
    ]));
    assert!(
        mednum.starts_with("\"id\",\"pivot\",\"nom\",\"commune\",\"code_postal\",\"code_insee\"")
    );
    assert!(mednum.contains("\"Passerelle\""));

    for format in ["json", "geojson", "hsds"] {
        let text = ok(&passerelle(&[
            "export", "places", "--db", &url, "--format", format,
        ]));
        let v: serde_json::Value = serde_json::from_str(&text).expect(format);
        match format {
            "json" => assert_eq!(v["places"].as_array().unwrap().len(), 50),
            "geojson" => assert_eq!(v["features"].as_array().unwrap().len(), 50),
            _ => assert_eq!(v["services"].as_array().unwrap().len(), 50),
        }
    }

    let refused = passerelle(&["export", "places", "--db", &url, "--format", "xlsx"]);
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("--output"));

    let file = std::env::temp_dir().join(format!("passerelle-export-{}.xlsx", std::process::id()));
    let file_arg = file.display().to_string();
    let out = passerelle(&[
        "export", "places", "--db", &url, "--format", "xlsx", "--output", &file_arg,
    ]);
    ok(&out);
    assert!(String::from_utf8_lossy(&out.stderr).contains("Exported 50 places"));
    let bytes = std::fs::read(&file).unwrap();
    let _ = std::fs::remove_file(&file);
    assert!(bytes.starts_with(b"PK"), "an XLSX file is a zip archive");

    let bad = passerelle(&["export", "places", "--db", &url, "--format", "pdf"]);
    assert!(!bad.status.success());
}

#[tokio::test]
async fn exports_the_awarded_grants_as_360giving() {
    let t = store::testing::fresh_db().await.unwrap();
    let url = t.url.clone();
    ok(&passerelle(&["demo", "--db", &url, "--load-only"]));

    let json = ok(&passerelle(&[
        "export",
        "grants",
        "--db",
        &url,
        "--format",
        "360giving-json",
    ]));
    let v: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    assert_eq!(v["grants"].as_array().unwrap().len(), 33, "the 2021 awards");

    let dir = std::env::temp_dir().join(format!("passerelle-grants-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("db21.csv");
    let out = passerelle(&[
        "export",
        "grants",
        "--db",
        &url,
        "--format",
        "360giving-csv",
        "--call",
        "digital-brussels-2021",
        "--output",
        file.to_str().unwrap(),
    ]);
    ok(&out);
    assert!(String::from_utf8_lossy(&out.stderr).contains("Exported 30 grants"));
    let csv = std::fs::read_to_string(&file).unwrap();
    assert_eq!(csv.lines().count(), 1 + 30);
    let _ = std::fs::remove_dir_all(&dir);

    let unknown = passerelle(&[
        "export",
        "grants",
        "--db",
        &url,
        "--format",
        "360giving-csv",
        "--call",
        "nope",
    ]);
    assert!(!unknown.status.success());
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("no call \"nope\""));
}

#[tokio::test]
async fn writes_the_commune_brochures_as_pdf() {
    let t = store::testing::fresh_db().await.unwrap();
    let url = t.url.clone();
    ok(&passerelle(&["demo", "--db", &url, "--load-only"]));
    let dir = std::env::temp_dir().join(format!("passerelle-brochures-{}", std::process::id()));
    let out = passerelle(&[
        "brochures",
        "--db",
        &url,
        "--lang",
        "nl",
        "--output",
        dir.to_str().unwrap(),
        "--public-url",
        "https://passerelle.example.org",
    ]);
    ok(&out);
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    files.sort();
    assert_eq!(
        files.len(),
        8,
        "one brochure per group of communes: {files:?}"
    );
    assert!(files.contains(&"brochure-bruxelles-ville-nl.pdf".to_string()));
    for f in &files {
        let bytes = std::fs::read(dir.join(f)).unwrap();
        assert!(bytes.starts_with(b"%PDF-"), "{f}");
    }
    // What it printed: each brochure with its places and its time.
    let said = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        said.lines().filter(|l| l.ends_with(" ms")).count(),
        8,
        "{said}"
    );
    // One group only; an unknown group is named with the known ones.
    std::fs::remove_dir_all(&dir).ok();
    ok(&passerelle(&[
        "brochures",
        "--db",
        &url,
        "--lang",
        "ar",
        "--group",
        "forest-uccle",
        "--output",
        dir.to_str().unwrap(),
    ]));
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1);
    let bad = passerelle(&[
        "brochures",
        "--db",
        &url,
        "--lang",
        "fr",
        "--group",
        "nowhere",
        "--output",
        dir.to_str().unwrap(),
    ]);
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("bruxelles-ville"));
    std::fs::remove_dir_all(&dir).ok();
}

#[tokio::test]
async fn writes_the_annual_report_as_pdf_and_html() {
    let t = store::testing::fresh_db().await.unwrap();
    let url = t.url.clone();
    ok(&passerelle(&["demo", "--db", &url, "--load-only"]));
    let dir = std::env::temp_dir().join(format!("passerelle-report-{}", std::process::id()));
    let pdf = dir.join("rapport-2021.pdf");
    let out = passerelle(&[
        "report",
        "--db",
        &url,
        "--year",
        "2021",
        "--lang",
        "fr",
        "--format",
        "pdf",
        "--output",
        pdf.to_str().unwrap(),
        "--public-url",
        "https://passerelle.example.org",
    ]);
    ok(&out);
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.trim_end().ends_with(" ms"), "{said}");
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));
    let html = dir.join("verslag-2021.html");
    ok(&passerelle(&[
        "report",
        "--db",
        &url,
        "--year",
        "2021",
        "--lang",
        "nl",
        "--format",
        "html",
        "--output",
        html.to_str().unwrap(),
        "--public-url",
        "https://passerelle.example.org",
    ]));
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(page.contains("<html lang=\"nl\""));
    assert!(page.contains("<base href=\"https://passerelle.example.org/\">"));
    assert!(
        page.contains("Het Plan voor digitale toe-eigening"),
        "the published text"
    );
    assert!(
        !page.contains("/static/app.css"),
        "the stylesheet is inside"
    );
    // A year outside the plan is refused with the plan's years.
    let bad = passerelle(&[
        "report",
        "--db",
        &url,
        "--year",
        "2030",
        "--lang",
        "fr",
        "--output",
        pdf.to_str().unwrap(),
    ]);
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("2021–2024"));
    std::fs::remove_dir_all(&dir).ok();
}
