//! The data-quality finding "marked labelled without a label record": the
//! directory's label status must rest on a granted label.

use std::collections::HashSet;

use chrono::NaiveDate;
use domain::quality::{CheckKind, Severity, check_all, check_label_records, check_places};
use domain::{LabelStatus, Region};

use crate::helpers::{REGION, place};

#[test]
fn a_labelled_place_without_a_granted_label_is_found() {
    let mut labelled = place(1, "EPN Uccle", "Org", "21016", "1180");
    labelled.label = LabelStatus::Labelled;
    let mut other = place(2, "EPN Koekeltech", "Org", "21011", "1081");
    other.label = LabelStatus::Labelled;
    let mut refused = place(3, "EPN de la Cité des Métiers", "Org", "21004", "1000");
    refused.label = LabelStatus::Refused;
    let places = [labelled, other, refused];
    let granted: HashSet<i64> = [2].into_iter().collect();

    let found = check_label_records(&places, &granted);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].kind, CheckKind::LabelledWithoutRecord);
    assert_eq!(found[0].place_id, 1);
    assert_eq!(found[0].severity, Severity::Warning);
    assert_eq!(found[0].kind.code(), "labelled-without-record");
    // Every place backed by a record: nothing.
    assert!(check_label_records(&places, &[1, 2].into_iter().collect()).is_empty());

    // check_all = the other checks and this one.
    let region = Region::from_toml(REGION).unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    let all = check_all(&region, &places, today, &granted);
    assert_eq!(all.len(), check_places(&region, &places, today).len() + 1);
    assert!(CheckKind::ALL.contains(&CheckKind::LabelledWithoutRecord));
}
