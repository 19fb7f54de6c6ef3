//! `passerelle survey xlsform-export` and `xlsform-check`.

use std::path::PathBuf;

use crate::helpers::passerelle_within;

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("passerelle-cli-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn the_exported_2021_questionnaire_checks_with_its_summary() {
    let dir = temp_dir("xlsform-export");
    let file = dir.join("q.xlsx");
    let out = passerelle_within(
        &["survey", "xlsform-export", "--out", file.to_str().unwrap()],
        60,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let bytes = std::fs::read(&file).unwrap();
    assert_eq!(
        web::services::xlsform::import(&bytes),
        Ok(domain::survey::shipped::epn_visitors_2021()),
        "the file is the shipped questionnaire"
    );

    let out = passerelle_within(&["survey", "xlsform-check", file.to_str().unwrap()], 60);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("epn-visitors version 2021.1: "), "{text}");
    assert!(text.contains("languages: fr, nl, en, es, ar\n"), "{text}");
    assert!(
        text.contains("6 sections, 22 questions, 11 choice lists\n"),
        "{text}"
    );
    assert!(
        text.contains("  knowing: 2 questions (shown if ${public} != 'mobile')\n"),
        "{text}"
    );
    assert!(
        text.contains("role cross: age, gender, diploma, status\n"),
        "{text}"
    );
    assert!(text.contains("role overall: overall\n"), "{text}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_faulty_xlsform_prints_each_problem_and_fails() {
    let dir = temp_dir("xlsform-check");
    let file = dir.join("faulty.xlsx");
    let mut sheets =
        domain::survey::xlsform::to_sheets(&domain::survey::shipped::epn_visitors_2021());
    let age = sheets.survey.iter().position(|r| r[1] == "age").unwrap();
    sheets.survey[age][0] = "geopoint".into();
    std::fs::write(
        &file,
        web::services::xlsform::write_sheets(&sheets).unwrap(),
    )
    .unwrap();
    let out = passerelle_within(&["survey", "xlsform-check", file.to_str().unwrap()], 60);
    assert!(!out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with(&format!(
            "sheet survey, row {}, column type: the type \"geopoint\" is not supported",
            age + 1
        )),
        "{text}"
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("1 problem to fix"));

    std::fs::write(&file, "not a workbook").unwrap();
    let out = passerelle_within(&["survey", "xlsform-check", file.to_str().unwrap()], 60);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a spreadsheet workbook"));
    let _ = std::fs::remove_dir_all(&dir);
}
