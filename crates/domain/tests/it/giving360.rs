//! The awarded grants as 360Giving open data, validated against the
//! standard's own JSON schema (1.4.3, vendored in tests/fixtures/360giving):
//! the 2021 awards of the demo become a valid package, amounts exact to the
//! cent, Belgian organisations with a company number as BE-BCE_KBO-…; the
//! CSV has the template's columns and neutralised cells.

use domain::company_number::CompanyNumber;
use domain::giving360::{CSV_COLUMNS, Grant, Org, Publisher, csv, package};
use domain::grants::awards::AwardsFile;

#[path = "../support/giving360_schema.rs"]
mod schema;
use schema::validate;
use std::path::Path;

fn publisher() -> Publisher {
    Publisher {
        prefix: "passerelle".into(),
        region: "brussels".into(),
    }
}

fn grants_2021() -> Vec<Grant> {
    let src = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/demo/awards-2021.toml"),
    )
    .unwrap();
    let f = AwardsFile::parse(&src).unwrap();
    f.awards
        .iter()
        .map(|a| {
            let call = f.calls.iter().find(|c| c.key == a.call).unwrap();
            Grant {
                call: call.key.clone(),
                reference: a.reference.clone(),
                title: a.project.clone(),
                description: format!("{} — {}", call.title, a.project),
                amount_cents: a.amount_cents,
                award_date: call.award_date,
                recipient: Org {
                    name: a.organisation.clone(),
                    company: None,
                },
                funder: Org {
                    name: call.funder.clone(),
                    company: None,
                },
                location: a.commune.clone(),
            }
        })
        .collect()
}

#[test]
fn the_2021_awards_are_a_valid_360giving_package() {
    let p = publisher();
    let mut grants = grants_2021();
    assert_eq!(grants.len(), 33);
    // A recipient whose company number is known (constructed for the test).
    grants[0].recipient.company = Some(CompanyNumber::parse("0123.456.749").unwrap());
    let pkg = package(&p, &grants);
    validate(&pkg).unwrap();
    let g = &pkg["grants"];
    assert_eq!(g.as_array().unwrap().len(), 33);
    assert_eq!(
        g[0]["id"],
        "360G-passerelle-brussels-digital-brussels-2021-db21-01"
    );
    assert_eq!(
        g[0]["recipientOrganization"][0]["id"],
        "BE-BCE_KBO-0123456749"
    );
    assert_eq!(g[0]["currency"], "EUR");
    assert_eq!(g[0]["awardDate"], "2021-12-31");
    assert!(
        g[1]["recipientOrganization"][0]["id"]
            .as_str()
            .unwrap()
            .starts_with("360G-passerelle-org-")
    );
    // Amounts exact: the sum of the JSON amounts, in cents, is 391,594.00 + Actiris.
    let cents: i64 = g
        .as_array()
        .unwrap()
        .iter()
        .map(|x| (x["amountAwarded"].as_f64().unwrap() * 100.0).round() as i64)
        .sum();
    assert_eq!(cents, 39_159_400 + 4_050_000 + 10_370_000 + 7_000_000);
    assert_eq!(g[2]["amountAwarded"].to_string(), "12260");
    // Ids are unique (the schema says so too).
    let mut ids: Vec<&str> = g
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["id"].as_str().unwrap())
        .collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 33);
}

#[test]
fn the_validation_fails_on_a_grant_missing_what_the_standard_requires() {
    let p = publisher();
    let mut pkg = package(&p, &grants_2021()[..1]);
    pkg["grants"][0]
        .as_object_mut()
        .unwrap()
        .remove("amountAwarded");
    assert!(validate(&pkg).is_err(), "the test can fail");
    let mut pkg = package(&p, &grants_2021()[..1]);
    pkg["grants"][0]["awardDate"] = "31/12/2021".into();
    assert!(validate(&pkg).is_err());
}

#[test]
fn the_csv_has_the_template_columns_and_neutralised_cells() {
    let p = publisher();
    let mut grants = grants_2021();
    grants[0].title = "=HYPERLINK(\"x\")".into();
    let text = csv(&p, &grants);
    let mut r = csv::Reader::from_reader(text.as_bytes());
    assert_eq!(r.headers().unwrap().iter().collect::<Vec<_>>(), CSV_COLUMNS);
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 33);
    assert_eq!(&rows[0][1], "'=HYPERLINK(\"x\")");
    assert_eq!(&rows[2][4], "12260.00");
    assert_eq!(&rows[0][10], "Saint-Gilles");
}
