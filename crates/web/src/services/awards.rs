//! Awarded grants for everyone: the public list of funded projects by
//! commune and the 360Giving files (JSON package and flat CSV), from the
//! same rows (`store::grants::awards`). Shared by the public pages and the
//! command line (`passerelle export grants`).

use std::collections::BTreeMap;

use domain::company_number::CompanyNumber;
use domain::giving360::{self, Grant, Org, Publisher};
use domain::region::Region;
use store::Db;
use store::grants::awards::AwardedGrant;

/// The 360Giving prefix of grants published by Passerelle.
pub const PUBLISHER_PREFIX: &str = "passerelle";

pub fn publisher(region: &Region) -> Publisher {
    Publisher {
        prefix: PUBLISHER_PREFIX.into(),
        region: region.code.clone(),
    }
}

fn org(name: &str, number: Option<&str>) -> Org {
    Org {
        name: name.to_owned(),
        company: number.and_then(|n| CompanyNumber::parse(n).ok()),
    }
}

/// An awarded grant as 360Giving describes it; its location is the
/// commune's name in the region's first language.
pub fn as_360(region: &Region, g: &AwardedGrant) -> Grant {
    Grant {
        call: g.call_key.clone(),
        reference: g.reference.clone(),
        title: g.title.clone(),
        description: g.description.clone(),
        amount_cents: g.amount_cents,
        award_date: g.award_date,
        recipient: org(&g.recipient, g.recipient_company_number.as_deref()),
        funder: org(&g.funder, g.funder_company_number.as_deref()),
        location: g
            .commune_nis
            .as_deref()
            .and_then(|nis| region.commune(nis))
            .and_then(|c| {
                region
                    .languages
                    .iter()
                    .find_map(|l| c.name.get(l))
                    .or_else(|| c.name.values().next())
                    .cloned()
            }),
    }
}

/// The two 360Giving files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GivingFormat {
    Json,
    Csv,
}

impl GivingFormat {
    pub const ALL: [GivingFormat; 2] = [GivingFormat::Json, GivingFormat::Csv];

    pub fn code(self) -> &'static str {
        match self {
            GivingFormat::Json => "360giving-json",
            GivingFormat::Csv => "360giving-csv",
        }
    }

    pub fn url(self) -> &'static str {
        match self {
            GivingFormat::Json => "/open-data/grants.360giving.json",
            GivingFormat::Csv => "/open-data/grants.360giving.csv",
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            GivingFormat::Json => "application/json",
            GivingFormat::Csv => "text/csv; charset=utf-8",
        }
    }

    pub fn file_name(self, region: &Region, call: Option<&str>) -> String {
        let ext = match self {
            GivingFormat::Json => "json",
            GivingFormat::Csv => "csv",
        };
        match call {
            Some(c) => format!("{}-grants-{c}.360giving.{ext}", region.code),
            None => format!("{}-grants.360giving.{ext}", region.code),
        }
    }
}

/// The awarded grants of one call (or all) in a 360Giving file.
pub async fn giving_file(
    db: &Db,
    region: &Region,
    format: GivingFormat,
    call: Option<&str>,
) -> Result<(usize, Vec<u8>), store::StoreError> {
    let rows = db.awarded_grants(call).await?;
    let grants: Vec<Grant> = rows.iter().map(|g| as_360(region, g)).collect();
    let p = publisher(region);
    let bytes = match format {
        GivingFormat::Json => {
            serde_json::to_vec_pretty(&giving360::package(&p, &grants)).unwrap_or_default()
        }
        GivingFormat::Csv => giving360::csv(&p, &grants).into_bytes(),
    };
    Ok((grants.len(), bytes))
}

/// Funded projects of a commune (None: no place given).
#[derive(Debug, Clone)]
pub struct CommuneGroup {
    pub commune_nis: Option<String>,
    pub grants: Vec<AwardedGrant>,
    pub total_cents: i64,
}

/// The grants grouped by commune, communes in the region's order (by NIS
/// code), the projects without a commune last.
pub fn by_commune(grants: Vec<AwardedGrant>) -> Vec<CommuneGroup> {
    let mut map: BTreeMap<(bool, String), Vec<AwardedGrant>> = BTreeMap::new();
    for g in grants {
        let key = match &g.commune_nis {
            Some(n) => (false, n.clone()),
            None => (true, String::new()),
        };
        map.entry(key).or_default().push(g);
    }
    map.into_iter()
        .map(|((none, nis), grants)| CommuneGroup {
            commune_nis: (!none).then_some(nis),
            total_cents: grants.iter().map(|g| g.amount_cents).sum(),
            grants,
        })
        .collect()
}
