//! Reading files through mappings: the real open-data files of
//! `../shared/data/interop/` with the shipped mappings, and bad inputs.

use std::path::{Path, PathBuf};

use domain::import::{FileError, ImportContext, Mapping, OutsideRegion, Parsed, RowPos, parse};
use domain::{Region, Vocabularies};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn vocab() -> Vocabularies {
    Vocabularies::from_toml(
        &std::fs::read_to_string(repo().join("data/vocabularies.toml")).unwrap(),
    )
    .unwrap()
}

fn anjou() -> Region {
    Region::from_toml(
        &std::fs::read_to_string(repo().join("tests/fixtures/anjou-sample-region.toml")).unwrap(),
    )
    .unwrap()
}

fn brussels() -> Region {
    Region::from_toml(
        &std::fs::read_to_string(repo().join("data/regions/brussels/region.toml")).unwrap(),
    )
    .unwrap()
}

/// The shared interop folder, or `None` (with a message) when it is absent.
fn interop(file: &str) -> Option<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/interop");
    match std::fs::read(dir.join(file)) {
        Ok(b) => Some(b),
        Err(_) => {
            eprintln!(
                "SKIPPED: {} is absent (the shared data folder is not beside the clone)",
                dir.join(file).display()
            );
            None
        }
    }
}

fn mapping(name: &str, v: &Vocabularies) -> Mapping {
    let src = std::fs::read_to_string(repo().join("mappings").join(name)).unwrap();
    Mapping::from_toml(&src, v).unwrap()
}

fn summary(p: &Parsed) -> String {
    let mut s = format!(
        "{}: {} rows, {} places, {} bad rows, {} warnings\n",
        p.source,
        p.rows,
        p.places.len(),
        p.bad_rows(),
        p.warnings.len()
    );
    for e in p.errors.iter().take(15) {
        s.push_str(&format!("  error {e}\n"));
    }
    for w in p.warnings.iter().take(8) {
        s.push_str(&format!("  warning {w}\n"));
    }
    s
}

fn read(file: &str, map: &str, region: &Region, outside: OutsideRegion) -> Option<Parsed> {
    let bytes = interop(file)?;
    let v = vocab();
    let m = mapping(map, &v);
    let ctx = ImportContext::new(region, &v).outside_region(outside);
    let p = parse(&bytes, &m, &ctx).unwrap_or_else(|e| panic!("{file}: {e}"));
    eprintln!("{}", summary(&p));
    // Every row is either a place or reported.
    assert_eq!(p.places.len() + p.bad_rows(), p.rows, "{file}");
    Some(p)
}

#[test]
fn france_services_list() {
    let Some(p) = read(
        "france-services_liste-fs-20221201.csv",
        "france-services_liste-fs-20221201.toml",
        &anjou(),
        OutsideRegion::Accept,
    ) else {
        return;
    };
    assert_eq!(p.rows, 2683);
    let first = &p.places[0];
    assert_eq!(first.source_id, "1");
    assert_eq!(first.at, RowPos::Line(2));
    assert_eq!(
        first.opening_hours.as_deref(),
        Some("Mo-Th 09:00-12:00,13:30-17:00; Fr 09:00-12:00,13:30-16:00")
    );
    assert_eq!(first.postcode.as_deref(), Some("01200"));
    assert_eq!(first.commune_nis, None);
    assert_eq!(first.commune_name.as_deref(), Some("Valserhône"));
    assert_eq!(first.services, ["online-procedures"]);
    // The 26 sites without any address are reported, not imported.
    let no_place = p
        .errors
        .iter()
        .filter(|e| e.field == "postcode" && e.value.is_empty())
        .count();
    assert_eq!(no_place, 26);
    // Unreadable hours are kept as written and flagged.
    assert!(p.places.iter().any(|p| p.hours_invalid));
    assert!(
        p.warnings
            .iter()
            .any(|w| w.field == "opening_hours" && w.value.contains("07:30:12:30"))
    );
    // No France services site is in the sample region: all are kept outside it.
    assert!(p.places.iter().all(|p| p.commune_nis.is_none()));
    // Two e-mail addresses in one cell are a bad row, reported.
    assert!(
        p.errors
            .iter()
            .any(|e| e.field == "email" && e.at == RowPos::Line(655))
    );
}

#[test]
fn hinaura_places() {
    let Some(p) = read(
        "hinaura_lieux-mediation-numerique_source.json",
        "hinaura_lieux-mediation-numerique_source.toml",
        &anjou(),
        OutsideRegion::Accept,
    ) else {
        return;
    };
    assert_eq!(p.rows, 687);
    let first = &p.places[0];
    assert_eq!(first.at, RowPos::Index(0));
    assert_eq!(
        first.services,
        ["internet-access", "free-access", "online-procedures"]
    );
    assert_eq!(first.price.as_deref(), Some("free"));
    assert!(first.accessibility.contains(&"easy-read".to_string()));
}

#[test]
fn paca_places() {
    let Some(p) = read(
        "paca_regionsud-lieux-inclusion-numerique-2022.json",
        "paca_regionsud-lieux-inclusion-numerique-2022.toml",
        &anjou(),
        OutsideRegion::Accept,
    ) else {
        return;
    };
    assert_eq!(p.rows, 1245);
    assert!(p.places.len() > 1100, "{}", p.places.len());
    // Postcodes read as numbers get their leading zero back.
    assert!(
        p.places
            .iter()
            .any(|p| p.postcode.as_deref() == Some("05000"))
    );
    // French hours text becomes OpenStreetMap syntax.
    assert!(
        p.places
            .iter()
            .any(|p| p.opening_hours.as_deref() == Some("Mo-Fr 09:00-12:00,14:00-18:00"))
    );
}

#[test]
fn maine_et_loire_places_in_and_outside_the_region() {
    let Some(all) = read(
        "maine-et-loire_lieux-mediation-numerique.json",
        "maine-et-loire_lieux-mediation-numerique.toml",
        &anjou(),
        OutsideRegion::Accept,
    ) else {
        return;
    };
    assert_eq!(all.rows, 235);
    // Five rows have a web address in the e-mail column.
    assert_eq!(all.places.len(), 230);
    assert!(
        all.errors
            .iter()
            .all(|e| e.field == "email" && e.value.starts_with("https://"))
    );
    let first = &all.places[0];
    assert_eq!(first.source_id, "LMN266");
    assert_eq!(first.postcode.as_deref(), Some("49650"));
    let loc = first.location().unwrap();
    assert!((loc.lat - 47.292).abs() < 0.001 && (loc.lon - 0.0217).abs() < 0.001);
    assert!(first.services.contains(&"internet-access".to_string()));
    let inside = all
        .places
        .iter()
        .filter(|p| p.commune_nis.is_some())
        .count();
    assert!(inside > 50, "{inside}");

    let only = read(
        "maine-et-loire_lieux-mediation-numerique.json",
        "maine-et-loire_lieux-mediation-numerique.toml",
        &anjou(),
        OutsideRegion::Reject,
    )
    .unwrap();
    assert_eq!(only.places.len(), inside);
    let e = only.errors.iter().find(|e| e.field != "email").unwrap();
    assert_eq!(e.field, "postcode");
    assert!(e.expected.contains("Anjou"), "{}", e.expected);
}

#[test]
fn national_standard_example() {
    let Some(bytes) = interop("standard-mediation-num_exemple-valide.csv") else {
        return;
    };
    let v = vocab();
    let region = brussels();
    let ctx = ImportContext::new(&region, &v).outside_region(OutsideRegion::Accept);
    let p = parse(&bytes, &Mapping::mednum(&v), &ctx).unwrap();
    eprintln!("{}", summary(&p));
    assert_eq!((p.rows, p.places.len()), (1, 1));
    let s = &p.places[0];
    assert_eq!(s.source_id, "structure-1");
    assert_eq!(s.name, "Anonymal");
    assert_eq!(
        s.opening_hours.as_deref(),
        Some("Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00")
    );
    assert_eq!(s.services, ["training", "job-search"]);
    assert_eq!(s.publics, ["young-people", "women"]);
    assert_eq!(s.languages, ["en"]);
    assert_eq!(s.price.as_deref(), Some("free"));
    assert_eq!(s.email.as_deref(), Some("contact@laquincaillerie.tl"));
    assert!(s.mobile);
    assert_eq!(s.commune_nis, None);
    // Values without a code are reported, not silently dropped.
    assert!(
        p.warnings
            .iter()
            .any(|w| w.value == "Loisirs et créations numériques")
    );
    assert!(p.warnings.iter().any(|w| w.value == "Surdité"));
    // In reject mode the same row is outside Brussels.
    let ctx = ImportContext::new(&region, &v);
    let p = parse(&bytes, &Mapping::mednum(&v), &ctx).unwrap();
    assert_eq!(p.places.len(), 0);
    assert_eq!(p.errors[0].at, RowPos::Line(2));
    assert_eq!(p.errors[0].value, "51100");
}

// ---------------------------------------------------------------------------
// Bad inputs
// ---------------------------------------------------------------------------

const MAP: &str = r#"
source = "test"
id = "id"
[fields]
name = "nom"
postcode = "cp"
latitude = "lat"
longitude = "lon"
services = { column = "services", split = "|", values = { "Démarches" = "online-procedures" } }
[hours]
column = "horaires"
"#;

fn parse_csv(csv: &[u8], map: &str) -> Result<Parsed, FileError> {
    let v = vocab();
    let region = brussels();
    let m = Mapping::from_toml(map, &v).unwrap();
    let ctx = ImportContext::new(&region, &v);
    parse(csv, &m, &ctx)
}

const HEADER: &str = "id,nom,cp,lat,lon,services,horaires\n";

#[test]
fn a_good_file() {
    let csv = format!(
        "{HEADER}1,EPN Sapiens,1180,50.80,4.33,Démarches|training,Mo-Fr 09:00-17:00\n2,\"Atelier, numérique\",1080,,,,\n"
    );
    let p = parse_csv(csv.as_bytes(), MAP).unwrap();
    assert_eq!(p.errors, []);
    assert_eq!(p.places.len(), 2);
    assert_eq!(p.places[0].services, ["online-procedures", "training"]);
    assert_eq!(p.places[0].commune_nis.as_deref(), Some("21016"));
    assert_eq!(p.places[1].name, "Atelier, numérique");
    assert_eq!(p.places[1].at, RowPos::Line(3));
}

#[test]
fn wrong_delimiter_is_named() {
    let csv = "id;nom;cp;lat;lon;services;horaires\n1;EPN;1080;;;;\n";
    let m = format!("delimiter = \",\"\n{MAP}");
    let e = parse_csv(csv.as_bytes(), &m).unwrap_err().to_string();
    assert!(e.contains("separated by ';'"), "{e}");
    // Without a delimiter in the mapping, it is found from the header.
    assert_eq!(parse_csv(csv.as_bytes(), MAP).unwrap().places.len(), 1);
}

#[test]
fn broken_quotes_are_located() {
    let csv = format!(
        "{HEADER}1,EPN,1080,,,,\n2,\"EPN 2,1080,,,,\n3,EPN 3,1080,,,,\n4,EPN 4,1080,,,,\n5,EPN 5,1000,,,,\n"
    );
    let p = parse_csv(csv.as_bytes(), MAP).unwrap();
    assert_eq!(p.places.len(), 1, "{}", summary(&p));
    let e = &p.errors[0];
    assert_eq!(e.at, RowPos::Line(3));
    assert!(e.expected.contains("quote is probably not closed"), "{e}");
    // A stray delimiter in an unquoted value.
    let csv = format!("{HEADER}1,EPN, Molenbeek,1080,,,,\n");
    let p = parse_csv(csv.as_bytes(), MAP).unwrap();
    assert!(
        p.errors[0].expected.contains("must be quoted"),
        "{}",
        p.errors[0]
    );
}

#[test]
fn latin1_bytes_are_an_encoding_error() {
    let mut csv = HEADER.as_bytes().to_vec();
    csv.extend(b"1,Caf\xe9 num\xe9rique,1080,,,,\n");
    let e = parse_csv(&csv, MAP).unwrap_err();
    assert!(matches!(e, FileError::Encoding { line: 2, .. }), "{e}");
    assert!(e.to_string().contains("windows-1252"));
    let m = format!("encoding = \"latin-1\"\n{MAP}");
    let p = parse_csv(&csv, &m).unwrap();
    assert_eq!(p.places[0].name, "Café numérique");
}

#[test]
fn unknown_vocabulary_values_invalid_hours_and_bad_coordinates() {
    let csv = format!(
        "{HEADER}1,A,1080,,,Cuisine,\n2,B,1080,,,,lundi 9h-12h\n3,C,1080,95.1,4.3,,\n4,D,1080,50.8,,,\n5,E,9999,,,,\n6,,1080,,,,\n"
    );
    let p = parse_csv(csv.as_bytes(), MAP).unwrap();
    assert!(p.places.is_empty());
    let by_line = |l| p.errors.iter().find(|e| e.at == RowPos::Line(l)).unwrap();
    assert_eq!(by_line(2).field, "services");
    assert!(by_line(2).expected.contains("online-procedures"));
    assert_eq!(by_line(3).field, "opening_hours");
    assert_eq!(by_line(3).value, "lundi 9h-12h");
    assert_eq!(by_line(4).field, "latitude");
    assert!(by_line(4).expected.contains("between -90 and 90"));
    assert_eq!(by_line(5).field, "longitude");
    assert_eq!(by_line(6).field, "postcode");
    assert!(by_line(6).expected.contains("Brussels"));
    assert_eq!(by_line(7).field, "name");
    // Kept as written when the mapping says so.
    let m = format!("keep_invalid_hours = true\n{MAP}");
    let p = parse_csv(format!("{HEADER}2,B,1080,,,,lundi 9h-12h\n").as_bytes(), &m).unwrap();
    assert!(p.places[0].hours_invalid);
    assert_eq!(p.places[0].opening_hours.as_deref(), Some("lundi 9h-12h"));
    assert_eq!(p.warnings[0].field, "opening_hours");
}

#[test]
fn a_duplicate_id_is_an_error_on_every_occurrence() {
    let csv = format!("{HEADER}7,A,1080,,,,\n8,B,1080,,,,\n7,C,1000,,,,\n");
    let p = parse_csv(csv.as_bytes(), MAP).unwrap();
    assert_eq!(p.places.len(), 1);
    assert_eq!(p.errors.len(), 2);
    assert!(
        p.errors[0].expected.contains("also at line 4"),
        "{}",
        p.errors[0]
    );
    assert!(p.errors[1].expected.contains("also at line 2"));
    // Reports serialise with the position as its own key (for a JSON report).
    let v = serde_json::to_value(&p.errors[0]).unwrap();
    assert_eq!(v["line"], 2);
    assert_eq!(v["field"], "id");
}

#[test]
fn a_huge_file_is_refused_or_read_in_bounds() {
    // Above the limit: refused before reading a single row.
    let v = vocab();
    let region = brussels();
    let m = Mapping::from_toml(MAP, &v).unwrap();
    let big = vec![b'a'; 2 * 1024 * 1024];
    let ctx = ImportContext::new(&region, &v).max_bytes(1024 * 1024);
    let e = parse(&big, &m, &ctx).unwrap_err();
    assert!(matches!(e, FileError::TooLarge { .. }));
    assert!(e.to_string().contains("split it"));
    // 20 MB that is one unclosed quote: one clear row error, quickly.
    let mut csv = format!("{HEADER}1,\"EPN").into_bytes();
    csv.resize(20 * 1024 * 1024, b'x');
    let started = std::time::Instant::now();
    let p = parse_csv(&csv, MAP).unwrap();
    assert_eq!(p.errors.len(), 1);
    assert!(p.errors[0].expected.contains("quote"), "{}", p.errors[0]);
    eprintln!("20 MB broken file read in {:?}", started.elapsed());
}

#[test]
fn json_paths_and_nested_fields() {
    let v = vocab();
    let region = brussels();
    let m = Mapping::from_toml(
        r#"
source = "nested"
format = "json"
json_path = "data.places"
id = "ref.id"
[fields]
name = "name"
postcode = "address.postcode"
services = { column = "services" }
"#,
        &v,
    )
    .unwrap();
    let ctx = ImportContext::new(&region, &v);
    let json = r#"{"data": {"places": [
        {"ref": {"id": 1}, "name": "A", "address": {"postcode": "1080"}, "services": ["training"]},
        {"ref": {"id": 2}, "name": "B", "address": {"postcode": "1000"}, "services": ["cooking"]},
        "oops"
    ]}}"#;
    let p = parse(json.as_bytes(), &m, &ctx).unwrap();
    assert_eq!(p.places.len(), 1);
    assert_eq!(p.places[0].source_id, "1");
    assert_eq!(p.places[0].services, ["training"]);
    assert_eq!(p.errors[0].at, RowPos::Index(1));
    assert_eq!(p.errors[0].field, "services");
    assert_eq!(p.errors[1].at, RowPos::Index(2));
    let e = parse(b"[{\"a\": 1},", &m, &ctx).unwrap_err();
    assert!(matches!(e, FileError::Json { line: 1, .. }), "{e}");
    let e = parse(b"{\"data\": {\"items\": []}}", &m, &ctx).unwrap_err();
    assert!(e.to_string().contains("no \"places\""), "{e}");
}

const CONTACT_MAP: &str = r#"
source = "test"
id = "id"
[fields]
name = "nom"
postcode = "cp"
phone = "tel"
email = "mail"
website = "web"
"#;

const CONTACT_HEADER: &str = "id,nom,cp,tel,mail,web\n";

/// Phone, e-mail and web address go through the rules of `domain::contact`:
/// a `javascript:`, `data:` or `vbscript:` link is a bad row reported like any
/// other bad value (line, field, value, what is expected).
#[test]
fn contact_fields_follow_the_domain_rules() {
    let csv = format!(
        "{CONTACT_HEADER}\
         1,A,1080,02 411 23 32,Contact@EPN.be,https://epn.example.org\n\
         2,B,1080,,,javascript:alert(document.cookie)\n\
         3,C,1080,,,\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"\n\
         4,D,1080,,,VBScript:msgbox(1)\n\
         5,E,1080,call me,,\n\
         6,F,1080,,,www.epn.example.org\n\
         7,G,1080,,name@town,http://www.example.Mairie et services.fr/\n\
         8,H,1080,+32 2 411 23 32,a@b.org - c@d.org,\n"
    );
    let p = parse_csv(csv.as_bytes(), CONTACT_MAP).unwrap();
    let a = &p.places[0];
    assert_eq!(a.phone.as_deref(), Some("02 411 23 32"));
    assert_eq!(a.email.as_deref(), Some("contact@epn.be"));
    assert_eq!(a.website.as_deref(), Some("https://epn.example.org"));
    let error = |l| p.errors.iter().find(|e| e.at == RowPos::Line(l)).unwrap();
    for (line, value) in [
        (3, "javascript:alert(document.cookie)"),
        (
            4,
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        ),
        (5, "VBScript:msgbox(1)"),
    ] {
        let e = error(line);
        assert_eq!((e.field.as_str(), e.value.as_str()), ("website", value));
        assert!(
            e.to_string().contains(&format!(
                "line {line}, field website, value {value:?}: expected a web address starting with http:// or https://"
            )),
            "{e}"
        );
    }
    assert_eq!(error(6).field, "phone");
    assert!(error(6).expected.contains("4 to 20 digits"));
    assert_eq!(error(9).field, "email");
    // Completed or left out with a warning, the place imported.
    let f = p.places.iter().find(|p| p.name == "F").unwrap();
    assert_eq!(f.website.as_deref(), Some("http://www.epn.example.org"));
    let g = p.places.iter().find(|p| p.name == "G").unwrap();
    assert_eq!((g.email.as_deref(), g.website.as_deref()), (None, None));
    let warned: Vec<(&str, RowPos)> = p
        .warnings
        .iter()
        .map(|w| (w.field.as_str(), w.at))
        .collect();
    assert_eq!(
        warned,
        [
            ("website", RowPos::Line(7)),
            ("email", RowPos::Line(8)),
            ("website", RowPos::Line(8))
        ]
    );
    assert_eq!(p.places.len(), 3, "{}", summary(&p));
}

/// A postcode follows one format rule; the region's postcodes are told apart
/// only to find the commune (outside the region: `--outside-region accept`).
#[test]
fn postcodes_have_one_format_rule() {
    let v = vocab();
    let region = brussels();
    let m = Mapping::from_toml(CONTACT_MAP, &v).unwrap();
    let csv = format!("{CONTACT_HEADER}1,A, l-1234 ,,,\n2,B,10,,,\n3,C,1080,,,\n");
    let ctx = ImportContext::new(&region, &v).outside_region(OutsideRegion::Accept);
    let p = parse(csv.as_bytes(), &m, &ctx).unwrap();
    assert_eq!(p.places[0].postcode.as_deref(), Some("L-1234"));
    assert_eq!(p.places[0].commune_nis, None);
    assert_eq!(p.places[1].commune_nis.as_deref(), Some("21012"));
    assert_eq!(p.errors.len(), 1);
    assert_eq!(p.errors[0].field, "postcode");
    assert!(p.errors[0].expected.contains("3 to 10 letters and digits"));
}
