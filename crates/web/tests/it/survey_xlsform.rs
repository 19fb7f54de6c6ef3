//! XLSForm files of questionnaires (issue 12): Passerelle's export reads
//! back as the same questionnaire, converts with pyxform (the reference
//! converter of ODK and KoboToolbox) when it is installed, a form laid out
//! the way KoboToolbox exports it imports, and a faulty workbook gets its
//! problems by sheet, row and column.

use std::path::PathBuf;
use std::process::Command;

use domain::survey::shipped::epn_visitors_2021;
use domain::survey::xlsform::{Sheets, to_sheets};
use domain::survey::{Condition, QuestionKind};
use web::services::xlsform::{ImportError, export, file_name, import, read_sheets, write_sheets};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

#[test]
fn the_2021_questionnaire_exports_and_imports_back_unchanged() {
    let q = epn_visitors_2021();
    let bytes = export(&q).unwrap();
    assert!(bytes.starts_with(b"PK"), "an XLSX file is a ZIP");
    assert_eq!(file_name(&q), "epn-visitors-2021.1.xlsx");
    // The workbook holds the three sheets as written, text kept as text.
    let sheets = read_sheets(&bytes).unwrap();
    assert_eq!(sheets, to_sheets(&q));
    assert_eq!(import(&bytes), Ok(q));
}

/// xls2xform from `XLS2XFORM`, else tests/xlsform/.venv (scripts/test.sh
/// installs it there), else the PATH.
fn xls2xform() -> Option<PathBuf> {
    let candidates = [
        std::env::var_os("XLS2XFORM").map(PathBuf::from),
        Some(root().join("tests/xlsform/.venv/bin/xls2xform")),
        Some(PathBuf::from("xls2xform")),
    ];
    candidates.into_iter().flatten().find(|p| {
        Command::new(p)
            .arg("--help")
            .output()
            .is_ok_and(|o| o.status.success())
    })
}

/// Converts an XLSForm with pyxform; `None` when pyxform is absent.
fn pyxform_convert(name: &str, bytes: &[u8]) -> Option<(serde_json::Value, String)> {
    let Some(bin) = xls2xform() else {
        eprintln!(
            "NOTICE: pyxform is not installed (bash tests/xlsform/setup.sh installs it): \
             the conversion of {name} by the reference converter is not checked"
        );
        return None;
    };
    let dir =
        std::env::temp_dir().join(format!("passerelle-xlsform-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let input = dir.join(format!("{name}.xlsx"));
    let output = dir.join(format!("{name}.xml"));
    std::fs::write(&input, bytes).unwrap();
    // ODK Validate (Java) checks the XForm too when Java is there.
    let java = Command::new("java")
        .arg("-version")
        .output()
        .is_ok_and(|o| o.status.success());
    let mut cmd = Command::new(bin);
    cmd.arg("--json");
    if !java {
        eprintln!("NOTICE: no Java: pyxform converts {name} without ODK Validate");
        cmd.arg("--skip_validate");
    }
    let out = cmd.arg(&input).arg(&output).output().unwrap();
    // xls2xform exits 0 even when it fails: its JSON report (on standard
    // error, or output, depending on the version) says how it went.
    let printed = format!(
        "{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value = printed
        .lines()
        .rev()
        .find_map(|line| serde_json::from_str(line.trim()).ok())
        .unwrap_or_else(|| panic!("no JSON report from xls2xform --json: {printed}"));
    let xml = std::fs::read_to_string(&output).unwrap_or_default();
    let _ = std::fs::remove_dir_all(&dir);
    Some((report, xml))
}

#[test]
fn pyxform_converts_the_exported_2021_questionnaire() {
    let q = epn_visitors_2021();
    let Some((report, xml)) = pyxform_convert("epn-visitors-2021", &export(&q).unwrap()) else {
        return;
    };
    assert_eq!(report["code"], 100, "pyxform's report: {report}");
    assert_eq!(
        report["warnings"],
        serde_json::json!([]),
        "pyxform's report: {report}"
    );
    // The XForm carries what the XLSForm says: identity, languages,
    // a 0-10 range, the mobile public's condition.
    assert!(
        xml.contains(r#"id="epn-visitors" version="2021.1""#),
        "{xml}"
    );
    for lang in [
        "Français (fr)",
        "Nederlands (nl)",
        "English (en)",
        "Español (es)",
        "العربية (ar)",
    ] {
        assert!(
            xml.contains(&format!(r#"<translation lang="{lang}""#)),
            "{lang}"
        );
    }
    assert!(xml.contains(r#"start="0" end="10" step="1""#));
    assert!(
        xml.contains(r#"relevant=" /data/profile/public  != 'mobile'""#),
        "{xml}"
    );
}

#[test]
fn pyxform_converts_the_kobo_fixture_too() {
    let bytes = std::fs::read(root().join("crates/web/tests/fixtures/kobo-visitors.xlsx")).unwrap();
    if let Some((report, _)) = pyxform_convert("kobo-visitors", &bytes) {
        assert_eq!(report["code"], 100, "pyxform's report: {report}");
    }
}

#[test]
fn a_form_exported_the_way_kobotoolbox_does_imports() {
    let bytes = std::fs::read(root().join("crates/web/tests/fixtures/kobo-visitors.xlsx")).unwrap();
    let q = import(&bytes).unwrap();
    assert_eq!(q.form_id, "aXk3p9Rt5uWq", "id_string is the form's id");
    assert_eq!(q.version, "vKb7dMy2");
    assert_eq!(q.languages, ["en", "fr"]);
    assert_eq!(q.title.get("en", ""), "EPN visitors (Kobo)");
    // start and end are metadata that Passerelle does not record.
    assert!(q.question("start").is_none() && q.question("end").is_none());
    let names: Vec<&str> = q.questions().map(|x| x.name.as_str()).collect();
    assert_eq!(
        names,
        ["age", "computer", "uses", "hours", "happy", "remarks"]
    );
    let sections: Vec<&str> = q.sections.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        sections,
        ["about_you", "use", "section_3"],
        "questions after the groups make a section"
    );
    assert_eq!(
        q.sections[1].relevant,
        Some(Condition::Equals("computer".into(), "yes".into()))
    );
    assert_eq!(q.sections[1].label.get("fr", ""), "Comment vous l'utilisez");
    let hours = q.question("hours").unwrap();
    assert_eq!(
        hours.relevant,
        Some(Condition::Selected("uses".into(), "work".into()))
    );
    assert_eq!(
        hours.kind,
        QuestionKind::Number {
            min: None,
            max: None
        }
    );
    let happy = q.question("happy").unwrap();
    assert_eq!(happy.kind, QuestionKind::Scale { min: 0, max: 10 });
    assert!(
        happy.required
            && q.question("age").unwrap().required
            && !q.question("computer").unwrap().required
    );
    assert_eq!(happy.hint.get("fr", ""), "0 = pas du tout, 10 = très");
    assert_eq!(
        happy.role, None,
        "a Kobo form has no roles until someone sets them"
    );
    let ages: Vec<&str> = q
        .choices_of(q.question("age").unwrap())
        .iter()
        .map(|c| c.name.as_str())
        .collect();
    assert_eq!(ages, ["under_30", "from_30_to_59", "over_60"]);
    // Exported again, it reads back the same.
    assert_eq!(import(&export(&q).unwrap()), Ok(q));
}

#[test]
fn a_faulty_workbook_gets_every_problem_with_its_row_and_column() {
    let mut sheets: Sheets = to_sheets(&epn_visitors_2021());
    let row_of =
        |sheets: &Sheets, name: &str| sheets.survey.iter().position(|r| r[1] == name).unwrap();
    let col_of =
        |sheets: &Sheets, name: &str| sheets.survey[0].iter().position(|h| h == name).unwrap();
    let age = row_of(&sheets, "age");
    let overall = row_of(&sheets, "overall");
    let role = col_of(&sheets, "passerelle_role");
    let parameters = col_of(&sheets, "parameters");
    sheets.survey[age][0] = "select_one".into();
    sheets.survey[overall][role] = "global".into();
    sheets.survey[overall][parameters] = "start=0 end=10 step=0.5".into();
    sheets.settings[1][1] = String::new();
    let bytes = write_sheets(&sheets).unwrap();
    let Err(ImportError::Form(errors)) = import(&bytes) else {
        panic!("the workbook is refused")
    };
    let found: Vec<(String, Option<usize>, Option<String>)> = errors
        .iter()
        .map(|e| (e.sheet.to_owned(), e.row, e.column.clone()))
        .collect();
    // Rows as a spreadsheet numbers them: the header is row 1.
    assert_eq!(
        found,
        [
            ("settings".to_owned(), Some(2), Some("version".to_owned())),
            ("survey".to_owned(), Some(age + 1), Some("type".to_owned())),
            (
                "survey".to_owned(),
                Some(overall + 1),
                Some("parameters".to_owned())
            ),
            (
                "survey".to_owned(),
                Some(overall + 1),
                Some("passerelle_role".to_owned())
            ),
        ]
    );
    assert!(
        errors[1]
            .to_string()
            .starts_with(&format!("sheet survey, row {}, column type: ", age + 1))
    );
}

#[test]
fn a_file_that_is_not_a_workbook_is_refused_as_such() {
    assert_eq!(
        import(b"type,name\ntext,q\n"),
        Err(ImportError::NotAWorkbook)
    );
    // A workbook without a survey sheet is an XLSForm with a problem.
    let empty = write_sheets(&Sheets::default()).unwrap();
    let Err(ImportError::Form(errors)) = import(&empty) else {
        panic!("refused")
    };
    assert!(
        errors
            .iter()
            .any(|e| e.sheet == "survey" && e.message.contains("missing")),
        "{errors:?}"
    );
}
