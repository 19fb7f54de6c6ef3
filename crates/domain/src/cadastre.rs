//! The funding cadastre of the labelled EPN (issue 11, item 3): per place
//! and calendar year, the resources by funder — received by the EPN, or
//! mobilised for it by its host structure — and the costs, all in integer
//! cents. The funders are data of the region
//! (`data/regions/<region>/funders.toml`); and the staff, as head counts by
//! contract type, role and working time.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use serde::Deserialize;

/// Oldest year an entry may be about (the first cadastre is of 2020).
pub const FIRST_YEAR: i32 = 2015;
/// Every amount is below ten million euros (in cents).
pub const MAX_CENTS: i64 = 10_000_000 * 100;

/// The Brussels funders file.
pub const BRUSSELS_FUNDERS: &str = include_str!("../../../data/regions/brussels/funders.toml");

static BRUSSELS: LazyLock<Vec<Funder>> =
    LazyLock::new(|| funders_from_toml(BRUSSELS_FUNDERS).expect("the shipped funders are valid"));

/// The funders of a shipped region, in the order of the form.
pub fn shipped(region_code: &str) -> Option<&'static [Funder]> {
    match region_code {
        "brussels" => Some(&BRUSSELS),
        _ => None,
    }
}

/// Levels of government a funder may belong to.
pub const LEVELS: [&str; 8] = [
    "region",
    "community-commission",
    "commune",
    "community",
    "federal",
    "own",
    "private",
    "other",
];

/// A funder of the region's vocabulary.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Funder {
    pub code: String,
    /// One of `LEVELS`.
    pub level: String,
    pub fr: String,
    pub nl: String,
    pub en: String,
    pub ar: String,
}

impl Funder {
    /// The funder's name in `lang` ("fr", "nl", "en", "ar"; else English).
    pub fn name(&self, lang: &str) -> &str {
        match lang {
            "fr" => &self.fr,
            "nl" => &self.nl,
            "ar" => &self.ar,
            _ => &self.en,
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FundersFile {
    funder: Vec<Funder>,
}

/// Reads a funders file: codes unique and made of a-z, 0-9 and '-', levels known.
pub fn funders_from_toml(src: &str) -> Result<Vec<Funder>, String> {
    let f: FundersFile = toml::from_str(src).map_err(|e| e.to_string())?;
    let mut seen = std::collections::HashSet::new();
    for x in &f.funder {
        if x.code.is_empty()
            || !x
                .code
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            return Err(format!("bad funder code {:?}", x.code));
        }
        if !seen.insert(x.code.clone()) {
            return Err(format!("funder {} twice", x.code));
        }
        if !LEVELS.contains(&x.level.as_str()) {
            return Err(format!("funder {}: unknown level {}", x.code, x.level));
        }
    }
    Ok(f.funder)
}

pub use crate::money::{AmountError, euros_text};

/// Euros typed in the cadastre's form (the rule of [`crate::money::parse_euros`]),
/// below ten million euros.
pub fn parse_euros(raw: &str) -> Result<i64, AmountError> {
    crate::money::parse_euros(raw, MAX_CENTS)
}

/// Cents as the form shows them back: "12500,50", "" for 0.
pub fn euros_input(cents: i64) -> String {
    if cents == 0 {
        String::new()
    } else {
        crate::money::euros_plain(cents, ',')
    }
}

/// The form's field of a funder's amount: received by the EPN, or mobilised
/// by its host structure.
pub fn resource_field(code: &str, by_host: bool) -> String {
    format!("{}-{code}", if by_host { "host" } else { "received" })
}

/// Most people in one staff line.
pub const MAX_HEAD_COUNT: i32 = 200;
/// Contract types of the staff, in the order of the form ("subsidised": a
/// subsidised job such as article 60 or ACS).
pub const CONTRACTS: [&str; 4] = ["permanent", "fixed-term", "subsidised", "volunteer"];
/// Roles of the staff.
pub const ROLES: [&str; 3] = ["animator", "coordinator", "other"];

/// The form's field of a staff head count.
pub fn staff_field(contract: &str, role: &str, full_time: bool) -> String {
    format!(
        "staff-{contract}-{role}-{}",
        if full_time { "full" } else { "part" }
    )
}

/// Every staff field, in the order of the form: (contract, role, full time).
pub fn staff_fields() -> Vec<(&'static str, &'static str, bool)> {
    let mut v = Vec::new();
    for c in CONTRACTS {
        for r in ROLES {
            for full in [true, false] {
                v.push((c, r, full));
            }
        }
    }
    v
}

/// One staff line: how many people with this contract, role and time.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct StaffLine {
    pub contract: String,
    pub role: String,
    pub full_time: bool,
    pub head_count: i32,
}

/// The names of the three cost fields, in the order of the form.
pub const COST_FIELDS: [&str; 3] = ["cost_epn_staff", "cost_host_staff", "cost_running"];

/// An entry as typed: the year and every amount by field name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CadastreDraft {
    pub year: String,
    pub amounts: BTreeMap<String, String>,
}

impl CadastreDraft {
    /// The typed value of `field`, or "".
    pub fn amount(&self, field: &str) -> &str {
        self.amounts.get(field).map(String::as_str).unwrap_or("")
    }
}

/// One resource line: a funder's amount, received by the EPN or mobilised
/// by its host structure.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Resource {
    pub funder: String,
    pub by_host: bool,
    pub cents: i64,
}

/// A checked cadastre entry for a year.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Cadastre {
    pub year: i32,
    /// Only the non-zero amounts, in the order of the funders.
    pub resources: Vec<Resource>,
    pub cost_epn_staff_cents: i64,
    pub cost_host_staff_cents: i64,
    pub cost_running_cents: i64,
    /// Only the non-zero head counts, in the order of the form.
    pub staff: Vec<StaffLine>,
}

impl Cadastre {
    /// The entry as the form shows it.
    pub fn to_draft(&self) -> CadastreDraft {
        let mut amounts = BTreeMap::new();
        for r in &self.resources {
            amounts.insert(resource_field(&r.funder, r.by_host), euros_input(r.cents));
        }
        for l in &self.staff {
            amounts.insert(
                staff_field(&l.contract, &l.role, l.full_time),
                l.head_count.to_string(),
            );
        }
        for (f, c) in COST_FIELDS.iter().zip([
            self.cost_epn_staff_cents,
            self.cost_host_staff_cents,
            self.cost_running_cents,
        ]) {
            amounts.insert((*f).to_string(), euros_input(c));
        }
        CadastreDraft {
            year: self.year.to_string(),
            amounts,
        }
    }

    /// All resources, in cents.
    pub fn resources_cents(&self) -> i64 {
        self.resources.iter().map(|r| r.cents).sum()
    }

    /// All the staff, head count.
    pub fn head_count(&self) -> i32 {
        self.staff.iter().map(|l| l.head_count).sum()
    }

    /// All costs, in cents.
    pub fn costs_cents(&self) -> i64 {
        self.cost_epn_staff_cents + self.cost_host_staff_cents + self.cost_running_cents
    }
}

/// What is wrong with a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CadastreErrorKind {
    BadYear,
    NotAnAmount,
    TooLarge,
    /// Not a whole number of people from 0 to MAX_HEAD_COUNT.
    BadHeadCount,
}

impl CadastreErrorKind {
    /// The translation key of the message (takes `$field`).
    pub fn key(self) -> &'static str {
        match self {
            CadastreErrorKind::BadYear => "cadastre-error-year",
            CadastreErrorKind::NotAnAmount => "cadastre-error-amount",
            CadastreErrorKind::TooLarge => "cadastre-error-too-large",
            CadastreErrorKind::BadHeadCount => "cadastre-error-head-count",
        }
    }
}

/// A problem with one field, named as in the form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CadastreError {
    pub field: String,
    pub kind: CadastreErrorKind,
}

impl CadastreDraft {
    /// Checks the year (FIRST_YEAR..=this_year) and every amount; all the
    /// problems, in the order of the form.
    pub fn validate(
        &self,
        funders: &[Funder],
        this_year: i32,
    ) -> Result<Cadastre, Vec<CadastreError>> {
        let mut errors = Vec::new();
        let y = self.year.trim();
        let year = match y.parse::<i32>() {
            Ok(n) if y.len() == 4 && (FIRST_YEAR..=this_year).contains(&n) => n,
            _ => {
                errors.push(CadastreError {
                    field: "year".into(),
                    kind: CadastreErrorKind::BadYear,
                });
                0
            }
        };
        let cents = |field: String, errors: &mut Vec<CadastreError>| -> i64 {
            match parse_euros(self.amount(&field)) {
                Ok(c) => c,
                Err(e) => {
                    let kind = match e {
                        AmountError::NotAnAmount => CadastreErrorKind::NotAnAmount,
                        AmountError::TooLarge => CadastreErrorKind::TooLarge,
                    };
                    errors.push(CadastreError { field, kind });
                    0
                }
            }
        };
        let mut resources = Vec::new();
        for f in funders {
            for by_host in [false, true] {
                let c = cents(resource_field(&f.code, by_host), &mut errors);
                if c > 0 {
                    resources.push(Resource {
                        funder: f.code.clone(),
                        by_host,
                        cents: c,
                    });
                }
            }
        }
        let [a, b, c] = COST_FIELDS.map(|f| cents(f.to_string(), &mut errors));
        let mut staff = Vec::new();
        for (contract, role, full_time) in staff_fields() {
            let field = staff_field(contract, role, full_time);
            let raw = self.amount(&field).trim();
            let n = if raw.is_empty() {
                Some(0)
            } else if raw.len() <= 3 && raw.bytes().all(|b| b.is_ascii_digit()) {
                raw.parse::<i32>().ok().filter(|n| *n <= MAX_HEAD_COUNT)
            } else {
                None
            };
            match n {
                Some(0) => {}
                Some(head_count) => staff.push(StaffLine {
                    contract: contract.into(),
                    role: role.into(),
                    full_time,
                    head_count,
                }),
                None => errors.push(CadastreError {
                    field,
                    kind: CadastreErrorKind::BadHeadCount,
                }),
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Cadastre {
            year,
            resources,
            cost_epn_staff_cents: a,
            cost_host_staff_cents: b,
            cost_running_cents: c,
            staff,
        })
    }
}

/// The totals of a year's entries, for the coordination.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Totals {
    /// Entries counted (one per place).
    pub respondents: usize,
    /// Per funder code: (received by the EPN, mobilised by the host), cents.
    pub by_funder: BTreeMap<String, (i64, i64)>,
    pub resources_cents: i64,
    pub received_cents: i64,
    pub region_cents: i64,
    pub costs_cents: i64,
}

impl Totals {
    /// Sums `entries`; a funder's level comes from `funders` (an unknown
    /// code counts in the total, never as the Region's).
    pub fn of<'a>(funders: &[Funder], entries: impl IntoIterator<Item = &'a Cadastre>) -> Totals {
        let mut t = Totals::default();
        for e in entries {
            t.respondents += 1;
            t.costs_cents += e.costs_cents();
            for r in &e.resources {
                let slot = t.by_funder.entry(r.funder.clone()).or_default();
                if r.by_host {
                    slot.1 += r.cents;
                } else {
                    slot.0 += r.cents;
                    t.received_cents += r.cents;
                }
                t.resources_cents += r.cents;
                if funders
                    .iter()
                    .any(|f| f.code == r.funder && f.level == "region")
                {
                    t.region_cents += r.cents;
                }
            }
        }
        t
    }

    /// The Region's share of all resources, in per mille, rounded half up
    /// with integer arithmetic; None when there are no resources.
    pub fn region_per_mille(&self) -> Option<i64> {
        per_mille(self.region_cents, self.resources_cents)
    }
}

/// `part / whole` in per mille, rounded half up, in integers.
pub fn per_mille(part: i64, whole: i64) -> Option<i64> {
    if whole <= 0 {
        return None;
    }
    Some((part as i128 * 2000 + whole as i128).div_euclid(whole as i128 * 2) as i64)
}

/// Per mille as a percentage with one decimal and a comma: 435 → "43,5".
pub fn per_mille_text(pm: i64) -> String {
    format!("{},{}", pm / 10, pm % 10)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn brussels() -> &'static [Funder] {
        shipped("brussels").unwrap()
    }

    #[test]
    fn the_shipped_funders_are_read() {
        let f = brussels();
        assert_eq!(f.len(), 12);
        assert_eq!(f[0].code, "region-actiris");
        assert_eq!(f.iter().filter(|f| f.level == "region").count(), 3);
        assert!(
            funders_from_toml(
                "[[funder]]\ncode=\"a\"\nlevel=\"moon\"\nfr=\"\"\nnl=\"\"\nen=\"\"\nar=\"\""
            )
            .is_err()
        );
    }

    #[test]
    fn euros_are_parsed_to_cents() {
        assert_eq!(parse_euros(""), Ok(0));
        assert_eq!(parse_euros("12"), Ok(1200));
        assert_eq!(parse_euros("12,5"), Ok(1250));
        assert_eq!(parse_euros("12.05"), Ok(1205));
        assert_eq!(parse_euros(",5"), Ok(50));
        assert_eq!(parse_euros("12 500,50 €"), Ok(1_250_050));
        assert_eq!(parse_euros("1\u{a0}000"), Ok(100_000));
        assert_eq!(parse_euros("9999999,99"), Ok(999_999_999));
        assert_eq!(parse_euros("10000000"), Err(AmountError::TooLarge));
        assert_eq!(parse_euros("123456789012"), Err(AmountError::TooLarge));
        for bad in ["-5", "12,345", "1e3", "abc", "12,", "1.000,50"] {
            assert_eq!(parse_euros(bad), Err(AmountError::NotAnAmount), "{bad}");
        }
    }

    #[test]
    fn cents_are_shown_as_euros() {
        assert_eq!(euros_text(1_250_050), "12\u{202f}500,50");
        assert_eq!(euros_text(5), "0,05");
        assert_eq!(euros_input(0), "");
        assert_eq!(euros_input(1250), "12,50");
    }

    fn draft(pairs: &[(&str, &str)]) -> CadastreDraft {
        CadastreDraft {
            year: "2025".into(),
            amounts: pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        }
    }

    #[test]
    fn an_entry_is_checked_and_round_trips() {
        let d = draft(&[
            ("received-region-digital-inclusion", "30000"),
            ("host-communes", "12000,50"),
            ("cost_epn_staff", "40000"),
            ("cost_running", "2500"),
            ("staff-subsidised-animator-full", "2"),
            ("staff-volunteer-other-part", " 3 "),
        ]);
        let c = d.validate(brussels(), 2026).unwrap();
        assert_eq!(c.resources.len(), 2);
        assert_eq!(c.resources_cents(), 4_200_050);
        assert_eq!(c.costs_cents(), 4_250_000);
        assert_eq!(c.staff.len(), 2);
        assert_eq!(c.head_count(), 5);
        assert_eq!(c.to_draft().validate(brussels(), 2026).unwrap(), c);

        let bad = draft(&[
            ("received-cocof", "beaucoup"),
            ("cost_running", "12000000"),
            ("staff-permanent-animator-full", "201"),
            ("staff-permanent-animator-part", "200"),
            ("staff-volunteer-coordinator-full", "-1"),
        ]);
        let mut bad = bad;
        bad.year = "1999".into();
        let e = bad.validate(brussels(), 2026).unwrap_err();
        let fields: Vec<_> = e.iter().map(|e| (e.field.as_str(), e.kind)).collect();
        assert_eq!(
            fields,
            [
                ("year", CadastreErrorKind::BadYear),
                ("received-cocof", CadastreErrorKind::NotAnAmount),
                ("cost_running", CadastreErrorKind::TooLarge),
                (
                    "staff-permanent-animator-full",
                    CadastreErrorKind::BadHeadCount
                ),
                (
                    "staff-volunteer-coordinator-full",
                    CadastreErrorKind::BadHeadCount
                ),
            ]
        );
    }

    #[test]
    fn totals_and_the_regions_share() {
        let a = draft(&[
            ("received-region-actiris", "435"),
            ("received-own-revenue", "65"),
        ])
        .validate(brussels(), 2026)
        .unwrap();
        let b = draft(&[("host-communes", "500"), ("cost_running", "10")])
            .validate(brussels(), 2026)
            .unwrap();
        let t = Totals::of(brussels(), [&a, &b]);
        assert_eq!(t.respondents, 2);
        assert_eq!(t.resources_cents, 100_000);
        assert_eq!(t.received_cents, 50_000);
        assert_eq!(t.by_funder["communes"], (0, 50_000));
        assert_eq!(t.region_per_mille(), Some(435));
        assert_eq!(per_mille_text(435), "43,5");
        assert_eq!(Totals::default().region_per_mille(), None);
        // Rounded half up: 1/3 = 333.3‰, 2/3 = 666.7‰, 1/8 = 125‰.
        assert_eq!(per_mille(1, 3), Some(333));
        assert_eq!(per_mille(2, 3), Some(667));
        assert_eq!(per_mille(1, 8), Some(125));
        assert_eq!(per_mille(1, 2000), Some(1));
    }
}
