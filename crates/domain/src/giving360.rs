//! Awarded grants as 360Giving open data (the 360Giving Data Standard 1.4):
//! the JSON package (`{"grants": [...]}`) and the flat CSV of its spreadsheet
//! template. Required per grant: id, title, description, currency,
//! amountAwarded, awardDate, recipientOrganization and fundingOrganization
//! (each with id and name). Belgian organisations with a known company
//! number are `BE-BCE_KBO-<ten digits>`; others get a stable local id under
//! the publisher's 360Giving prefix. Amounts come from cents, exactly.

use chrono::NaiveDate;
use serde_json::{Value, json};

use crate::company_number::CompanyNumber;

/// An organisation: its name and, when known, its company number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Org {
    pub name: String,
    pub company: Option<CompanyNumber>,
}

/// One awarded grant, as Passerelle knows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grant {
    /// The call's key and the award's reference, unique within the publisher.
    pub call: String,
    pub reference: String,
    pub title: String,
    pub description: String,
    pub amount_cents: i64,
    pub award_date: NaiveDate,
    pub recipient: Org,
    pub funder: Org,
    /// Where the beneficiaries are (a commune), when known.
    pub location: Option<String>,
}

/// The publisher's 360Giving prefix and the slug of its region, for ids:
/// `360G-<prefix>-<region>-<call>-<reference>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Publisher {
    pub prefix: String,
    pub region: String,
}

fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in crate::text::fold(s).chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_owned()
}

impl Publisher {
    pub fn grant_id(&self, g: &Grant) -> String {
        format!(
            "360G-{}-{}-{}-{}",
            self.prefix,
            self.region,
            slug(&g.call),
            slug(&g.reference)
        )
    }

    /// `BE-BCE_KBO-…` when the company number is known, else a stable
    /// local id from the name.
    pub fn org_id(&self, o: &Org) -> String {
        match &o.company {
            Some(n) => n.org_id(),
            None => format!("360G-{}-org-{}", self.prefix, slug(&o.name)),
        }
    }
}

/// Cents as a JSON number of euros, exactly (1226000 → 12260, 44165 → 441.65).
fn euros(cents: i64) -> Value {
    let text = crate::money::euros_plain(cents, '.');
    let trimmed = text.trim_end_matches('0').trim_end_matches('.');
    serde_json::from_str(trimmed).unwrap_or(Value::Null)
}

fn org_json(p: &Publisher, o: &Org) -> Value {
    let mut v = json!({"id": p.org_id(o), "name": o.name});
    if let Some(n) = &o.company {
        v["companyNumber"] = json!(n.digits());
        v["addressCountry"] = json!("BE");
    }
    v
}

/// The 360Giving JSON package of `grants`.
pub fn package(p: &Publisher, grants: &[Grant]) -> Value {
    let grants: Vec<Value> = grants
        .iter()
        .map(|g| {
            let mut v = json!({
                "id": p.grant_id(g),
                "title": g.title,
                "description": g.description,
                "currency": "EUR",
                "amountAwarded": euros(g.amount_cents),
                "awardDate": g.award_date.format("%Y-%m-%d").to_string(),
                "recipientOrganization": [org_json(p, &g.recipient)],
                "fundingOrganization": [org_json(p, &g.funder)],
            });
            if let Some(l) = &g.location {
                v["beneficiaryLocation"] = json!([{"name": l, "countryCode": "BE"}]);
            }
            v
        })
        .collect();
    json!({"version": "1.4", "grants": grants})
}

/// The columns of the flat file, as the 360Giving spreadsheet template
/// titles them.
pub const CSV_COLUMNS: [&str; 11] = [
    "Identifier",
    "Title",
    "Description",
    "Currency",
    "Amount Awarded",
    "Award Date",
    "Recipient Org:Identifier",
    "Recipient Org:Name",
    "Funding Org:Identifier",
    "Funding Org:Name",
    "Beneficiary Location:Name",
];

/// The flat CSV (UTF-8, comma-separated, every cell neutralised like every
/// CSV of Passerelle).
pub fn csv(p: &Publisher, grants: &[Grant]) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let _ = w.write_record(CSV_COLUMNS);
    for g in grants {
        let amount = crate::money::euros_plain(g.amount_cents, '.');
        let row = [
            p.grant_id(g),
            g.title.clone(),
            g.description.clone(),
            "EUR".to_owned(),
            amount,
            g.award_date.format("%Y-%m-%d").to_string(),
            p.org_id(&g.recipient),
            g.recipient.name.clone(),
            p.org_id(&g.funder),
            g.funder.name.clone(),
            g.location.clone().unwrap_or_default(),
        ];
        let _ = w.write_record(row.iter().map(|c| crate::text::csv_cell(c).into_owned()));
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}
