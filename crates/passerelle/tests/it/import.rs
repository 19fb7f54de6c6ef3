//! `passerelle import places` as a person runs it: reports, exit codes, and
//! the database left as it was whenever nothing is written. SQLite by default,
//! PostgreSQL when TEST_DATABASE_URL is set.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use store::testing::{TestDb, fresh_db};

fn passerelle(args: &[&str]) -> Output {
    crate::helpers::passerelle_within(args, 120)
}

fn text(o: &Output) -> String {
    format!(
        "{}\n--- stderr ---\n{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn anjou() -> String {
    repo()
        .join("tests/fixtures/anjou-sample-region.toml")
        .display()
        .to_string()
}

async fn places(t: &TestDb) -> usize {
    t.db.load_places().await.unwrap().len()
}

/// A temporary file removed on drop.
struct TempFile(PathBuf);

impl TempFile {
    fn new(name: &str, bytes: &[u8]) -> TempFile {
        let path =
            std::env::temp_dir().join(format!("passerelle-import-{}-{}", std::process::id(), name));
        std::fs::write(&path, bytes).unwrap();
        TempFile(path)
    }
    fn path(&self) -> &str {
        self.0.to_str().unwrap()
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

const MAPPING: &str = r#"
source = "cli-test"
format = "csv"
id = "id"
[fields]
name = "nom"
postcode = "cp"
latitude = "lat"
longitude = "lon"
services = { column = "services", split = "|" }
[hours]
column = "horaires"
"#;

const HEADER: &str = "id,nom,cp,lat,lon,services,horaires\n";

#[tokio::test]
async fn bad_rows_are_reported_and_nothing_is_written() {
    let t = fresh_db().await.unwrap();
    let map = TempFile::new("bad.toml", MAPPING.as_bytes());
    let csv = TempFile::new(
        "bad.csv",
        format!(
            "{HEADER}1,EPN Sapiens,1180,50.80,4.33,training,Mo-Fr 09:00-17:00\n\
             2,Cuisine,1080,,,cooking,\n\
             3,Nulle part,1080,95,4.3,,\n\
             4,Horaires,1000,,,,lundi matin\n\
             5,Paris,75011,,,,\n\
             1,Encore,1000,,,,\n"
        )
        .as_bytes(),
    );
    let args = |extra: &[&str]| {
        let mut a = vec![
            "import",
            "places",
            csv.path(),
            "--mapping",
            map.path(),
            "--db",
            &t.url,
        ];
        a.extend_from_slice(extra);
        a.into_iter().map(String::from).collect::<Vec<_>>()
    };
    let run = |a: Vec<String>| passerelle(&a.iter().map(String::as_str).collect::<Vec<_>>());

    let out = run(args(&[]));
    let report = text(&out);
    assert_eq!(out.status.code(), Some(1), "{report}");
    for needle in [
        "6 rows: 0 good, 6 with errors",
        "line 2, field id, value \"1\": expected an id used once in the file (also at line 7)",
        "line 3, field services, value \"cooking\": expected a service code",
        "line 4, field latitude, value \"95\": expected a latitude between -90 and 90",
        "line 5, field opening_hours, value \"lundi matin\"",
        "line 6, field postcode, value \"75011\": expected a postcode or commune of the region",
        "--outside-region accept",
        "Nothing written: 6 rows have errors",
    ] {
        assert!(report.contains(needle), "missing {needle:?} in\n{report}");
    }
    assert_eq!(places(&t).await, 0);

    // A dry run reports the same and writes nothing either.
    let out = run(args(&["--dry-run", "--skip-invalid"]));
    assert!(out.status.success(), "{}", text(&out));
    assert!(
        text(&out).contains("Dry run, nothing written"),
        "{}",
        text(&out)
    );
    assert_eq!(places(&t).await, 0);

    // Fixed file: the good rows go in with --skip-invalid.
    let fixed = TempFile::new(
        "fixed.csv",
        format!(
            "{HEADER}1,EPN Sapiens,1180,50.80,4.33,training,Mo-Fr 09:00-17:00\n\
             2,Cuisine,1080,,,cooking,\n\
             8,Atelier,1080,,,,\n"
        )
        .as_bytes(),
    );
    let out = passerelle(&[
        "import",
        "places",
        fixed.path(),
        "--mapping",
        map.path(),
        "--db",
        &t.url,
        "--skip-invalid",
    ]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(
        text(&out).contains("created 2, updated 0, unchanged 0, skipped 1"),
        "{}",
        text(&out)
    );
    assert_eq!(places(&t).await, 2);
}

#[tokio::test]
async fn file_level_problems_are_explained() {
    let t = fresh_db().await.unwrap();
    let map = TempFile::new(
        "file.toml",
        format!("delimiter = \",\"\n{MAPPING}").as_bytes(),
    );
    let run = |file: &TempFile, extra: &[&str]| {
        let mut a = vec![
            "import",
            "places",
            file.path(),
            "--mapping",
            map.path(),
            "--db",
            &t.url,
        ];
        a.extend_from_slice(extra);
        passerelle(&a)
    };
    // Wrong delimiter.
    let semi = TempFile::new(
        "semi.csv",
        b"id;nom;cp;lat;lon;services;horaires\n1;EPN;1080;;;;\n",
    );
    let out = run(&semi, &[]);
    assert!(!out.status.success());
    assert!(text(&out).contains("separated by ';'"), "{}", text(&out));
    // Latin-1 bytes.
    let mut bytes = HEADER.as_bytes().to_vec();
    bytes.extend(b"1,Caf\xe9 num\xe9rique,1080,,,,\n");
    let latin = TempFile::new("latin.csv", &bytes);
    let out = run(&latin, &[]);
    assert!(!out.status.success());
    assert!(
        text(&out).contains("not UTF-8: line 2") && text(&out).contains("--encoding windows-1252"),
        "{}",
        text(&out)
    );
    let out = run(&latin, &["--encoding", "latin-1"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("created 1"));
    // Too large for the limit given.
    let big = TempFile::new("big.csv", &vec![b'x'; 2 * 1024 * 1024 + 10]);
    let out = run(&big, &["--max-size-mib", "2"]);
    assert!(!out.status.success());
    assert!(text(&out).contains("more than the limit"), "{}", text(&out));
    // A broken quote.
    let quote = TempFile::new(
        "quote.csv",
        format!("{HEADER}1,\"EPN,1080,,,,\n2,B,1080,,,,\n3,C,1080,,,,\n4,D,1080,,,,\n").as_bytes(),
    );
    let out = run(&quote, &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out).contains("line 2") && text(&out).contains("quote is probably not closed"),
        "{}",
        text(&out)
    );
    // --format csv without a mapping.
    let out = passerelle(&[
        "import",
        "places",
        quote.path(),
        "--format",
        "csv",
        "--db",
        &t.url,
    ]);
    assert!(!out.status.success());
    assert!(text(&out).contains("need --mapping"), "{}", text(&out));
    assert_eq!(places(&t).await, 1);
}

#[tokio::test]
async fn the_national_standard_imports_and_reimports() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/interop");
    let file = dir.join("standard-mediation-num_exemple-valide.csv");
    if !file.exists() {
        eprintln!("SKIPPED: {} is absent", file.display());
        return;
    }
    let t = fresh_db().await.unwrap();
    let f = file.to_str().unwrap();
    // Reims is not in Brussels: refused by default…
    let out = passerelle(&["import", "places", f, "--format", "mednum", "--db", &t.url]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(text(&out).contains("line 2, field postcode, value \"51100\""));
    // …and imported outside the region on request, then updated in place.
    for expected in ["created 1,", "unchanged 1,"] {
        let out = passerelle(&[
            "import",
            "places",
            f,
            "--db",
            &t.url,
            "--outside-region",
            "accept",
        ]);
        assert!(out.status.success(), "{}", text(&out));
        assert!(text(&out).contains(expected), "{}", text(&out));
        assert!(text(&out).contains("\"Loisirs et créations numériques\": no code for this value"));
    }
    assert_eq!(places(&t).await, 1);
}

#[tokio::test]
async fn each_shipped_mapping_imports_its_file() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/interop");
    if !dir.exists() {
        eprintln!("SKIPPED: {} is absent", dir.display());
        return;
    }
    let t = fresh_db().await.unwrap();
    let region = anjou();
    let mut total = 0;
    for (file, good) in [
        ("france-services_liste-fs-20221201", 2653),
        ("hinaura_lieux-mediation-numerique_source", 687),
        ("paca_regionsud-lieux-inclusion-numerique-2022", 1240),
        ("maine-et-loire_lieux-mediation-numerique", 230),
    ] {
        let data = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|p| p.file_stem().is_some_and(|s| s == file))
            .unwrap();
        let mapping = repo().join("mappings").join(format!("{file}.toml"));
        let args = [
            "import",
            "places",
            data.to_str().unwrap(),
            "--mapping",
            mapping.to_str().unwrap(),
            "--db",
            &t.url,
            "--region-file",
            &region,
            "--outside-region",
            "accept",
            "--skip-invalid",
        ];
        let out = passerelle(&args);
        assert!(out.status.success(), "{file}: {}", text(&out));
        let report = text(&out);
        assert!(
            report.contains(&format!("{good} good"))
                && report.contains(&format!("created {good},")),
            "{file}: {report}"
        );
        total += good;
        // Again: nothing new.
        let out = passerelle(&args);
        assert!(
            text(&out).contains(&format!("created 0, updated 0, unchanged {good},")),
            "{}",
            text(&out)
        );
    }
    assert_eq!(places(&t).await, total);
}

/// Kills the import while it writes: the database holds either none or all
/// of the file's places, never a part.
#[tokio::test]
async fn killing_the_import_leaves_the_database_as_it_was() {
    use std::io::BufRead;
    let t = fresh_db().await.unwrap();
    let map = TempFile::new("kill.toml", MAPPING.as_bytes());
    let mut csv = String::from(HEADER);
    for i in 0..10_000 {
        csv.push_str(&format!(
            "{i},Lieu {i},1080,50.85,4.32,training,Mo-Fr 09:00-17:00\n"
        ));
    }
    let file = TempFile::new("kill.csv", csv.as_bytes());
    let mut outcomes = Vec::new();
    for delay_ms in [0u64, 100, 250, 400] {
        let before = places(&t).await;
        let mut child = Command::new(env!("CARGO_BIN_EXE_passerelle"))
            .args([
                "import",
                "places",
                file.path(),
                "--mapping",
                map.path(),
                "--db",
                &t.url,
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Wait until it says it is writing, then kill it a little later.
        let stdout = std::io::BufReader::new(child.stdout.take().unwrap());
        let mut writing = false;
        for line in stdout.lines() {
            if line.unwrap().starts_with("Writing") {
                writing = true;
                break;
            }
        }
        assert!(writing, "the import never started writing");
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        let _ = child.kill();
        let status = child.wait().unwrap();
        let after = places(&t).await;
        assert!(
            after == before || after == 10_000,
            "killed {delay_ms} ms into the write: {after} places (was {before})"
        );
        outcomes.push(format!("{delay_ms} ms: {status}, {after} places"));
    }
    println!("kill outcomes: {}", outcomes.join("; "));
}

const OUTSIDE_MAPPING: &str = r#"
source = "outside-test"
format = "csv"
id = "id"
[fields]
name = "nom"
postcode = "cp"
commune = "ville"
phone = "tel"
website = "web"
"#;

fn export(url: &str, format: &str) -> String {
    let out = passerelle(&["export", "places", "--db", url, "--format", format]);
    assert!(out.status.success(), "{}", text(&out));
    String::from_utf8(out.stdout).unwrap()
}

/// Places let in with `--outside-region accept` are exported with the others,
/// say that they are outside the region, and keep their postcode and commune
/// as imported; a `javascript:` web address is a bad row.
#[tokio::test]
async fn places_imported_outside_the_region_are_exported() {
    let t = fresh_db().await.unwrap();
    let map = TempFile::new("outside.toml", OUTSIDE_MAPPING.as_bytes());
    let csv = TempFile::new(
        "outside.csv",
        "id,nom,cp,ville,tel,web\n\
         1,EPN Molenbeek,1080,Molenbeek-Saint-Jean,02 411 23 32,https://epn.example.org\n\
         2,Médiathèque d'Angers,49000,Angers,02 41 37 52 20,www.angers.example.fr\n\
         3,France services Reims,51100,Reims,+33 3 26 00 00 00,\n\
         4,Piège,1000,Bruxelles,,javascript:alert(document.cookie)\n\
         5,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\",1000,Bruxelles,,\n"
            .as_bytes(),
    );
    let out = passerelle(&[
        "import",
        "places",
        csv.path(),
        "--mapping",
        map.path(),
        "--db",
        &t.url,
        "--outside-region",
        "accept",
        "--skip-invalid",
    ]);
    let report = text(&out);
    assert!(out.status.success(), "{report}");
    assert!(
        report.contains("line 5, field website, value \"javascript:alert(document.cookie)\": expected a web address starting with http:// or https://"),
        "{report}"
    );
    assert!(report.contains("created 4,"), "{report}");
    assert_eq!(places(&t).await, 4);

    let json: serde_json::Value = serde_json::from_str(&export(&t.url, "json")).unwrap();
    let places = json["places"].as_array().unwrap();
    assert_eq!(places.len(), 4, "every imported place is exported");
    let by_name = |n: &str| places.iter().find(|p| p["name"] == n).unwrap();
    assert_eq!(by_name("EPN Molenbeek")["in_region"], true);
    let angers = by_name("Médiathèque d'Angers");
    assert_eq!(angers["in_region"], false);
    assert_eq!(angers["postcode"], "49000");
    assert_eq!(angers["commune"], "Angers");
    assert_eq!(angers["website"], "http://www.angers.example.fr");

    let csv = export(&t.url, "csv");
    assert_eq!(csv.lines().count(), 1 + 4);
    assert!(csv.lines().next().unwrap().ends_with(",\"in_region\""));
    assert!(csv.contains("\"Reims\""));
    // A formula is written as text (a leading quote), in every CSV format.
    assert!(csv.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\""));
    assert!(!csv.contains(",\"=HYPERLINK"));

    // The national standard keeps their own postcode and commune; only a
    // number written with + is made international outside the region.
    let mednum = export(&t.url, "mednum");
    assert_eq!(mednum.lines().count(), 1 + 4);
    assert!(mednum.contains(",\"'=HYPERLINK(") && !mednum.contains(",\"=HYPERLINK"));
    let reims = mednum.lines().find(|l| l.contains("Reims")).unwrap();
    assert!(reims.contains("\"Reims\",\"51100\",\"\""), "{reims}");
    assert!(reims.contains("\"+33326000000\""), "{reims}");
    let angers = mednum.lines().find(|l| l.contains("Angers")).unwrap();
    assert!(angers.contains("\"Angers\",\"49000\",\"\""), "{angers}");
    assert!(
        !angers.contains("+32"),
        "a French number is not made Belgian: {angers}"
    );
}

/// The four French files of the shared interop folder, imported into the
/// Brussels region with `--outside-region accept`: every place imported is
/// exported (they were left out before), outside the region.
#[tokio::test]
async fn the_french_files_imported_outside_the_region_are_all_exported() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/interop");
    if !dir.exists() {
        eprintln!("SKIPPED: {} is absent", dir.display());
        return;
    }
    let t = fresh_db().await.unwrap();
    for file in [
        "france-services_liste-fs-20221201.csv",
        "hinaura_lieux-mediation-numerique_source.json",
        "paca_regionsud-lieux-inclusion-numerique-2022.json",
        "maine-et-loire_lieux-mediation-numerique.json",
    ] {
        let stem = file.rsplit_once('.').unwrap().0;
        let mapping = repo().join("mappings").join(format!("{stem}.toml"));
        let out = passerelle(&[
            "import",
            "places",
            dir.join(file).to_str().unwrap(),
            "--mapping",
            mapping.to_str().unwrap(),
            "--db",
            &t.url,
            "--outside-region",
            "accept",
            "--skip-invalid",
        ]);
        assert!(out.status.success(), "{file}: {}", text(&out));
    }
    let stored = places(&t).await;
    assert_eq!(stored, 2653 + 687 + 1240 + 230);
    let json: serde_json::Value = serde_json::from_str(&export(&t.url, "json")).unwrap();
    let exported = json["places"].as_array().unwrap();
    assert_eq!(exported.len(), stored);
    assert!(exported.iter().all(|p| p["in_region"] == false));
    // One record per place, each ending with in_region false (descriptions
    // hold line breaks: records are counted by their end).
    assert_eq!(
        export(&t.url, "csv").matches(",\"false\"\r\n").count(),
        stored
    );
    let geojson: serde_json::Value = serde_json::from_str(&export(&t.url, "geojson")).unwrap();
    assert_eq!(geojson["features"].as_array().unwrap().len(), stored);
}
