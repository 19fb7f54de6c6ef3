//! Data-quality checks on the directory: what is wrong with an entry and what
//! to do about it. The checks only read; fixing is a person's decision.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use serde::Serialize;

use crate::contact::WebAddress;
use crate::hours::Hours;
use crate::place::Place;
use crate::region::Region;
use crate::text;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// The kind of problem; its code names the translation keys
/// `check-<code>` (what is wrong) and `check-<code>-todo` (what to do).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum CheckKind {
    PostcodeNotInCommune,
    UnknownPostcode,
    ProbableDuplicate,
    UnreadableHours,
    NoContact,
    Stale,
    /// Marked labelled in the directory, but no granted label record says so.
    LabelledWithoutRecord,
    /// A stored web address that is not http(s) (`javascript:`, `data:`…,
    /// written before the rule of [`WebAddress`]): never published.
    WebsiteNotHttp,
}

impl CheckKind {
    /// Every kind: errors first, then warnings.
    pub const ALL: [CheckKind; 8] = [
        CheckKind::PostcodeNotInCommune,
        CheckKind::UnknownPostcode,
        CheckKind::UnreadableHours,
        CheckKind::WebsiteNotHttp,
        CheckKind::ProbableDuplicate,
        CheckKind::NoContact,
        CheckKind::Stale,
        CheckKind::LabelledWithoutRecord,
    ];

    pub fn code(self) -> &'static str {
        match self {
            CheckKind::PostcodeNotInCommune => "postcode-not-in-commune",
            CheckKind::UnknownPostcode => "unknown-postcode",
            CheckKind::ProbableDuplicate => "probable-duplicate",
            CheckKind::UnreadableHours => "unreadable-hours",
            CheckKind::NoContact => "no-contact",
            CheckKind::Stale => "stale",
            CheckKind::LabelledWithoutRecord => "labelled-without-record",
            CheckKind::WebsiteNotHttp => "website-not-http",
        }
    }

    pub fn severity(self) -> Severity {
        match self {
            CheckKind::PostcodeNotInCommune
            | CheckKind::UnknownPostcode
            | CheckKind::UnreadableHours
            | CheckKind::WebsiteNotHttp => Severity::Error,
            CheckKind::ProbableDuplicate
            | CheckKind::NoContact
            | CheckKind::Stale
            | CheckKind::LabelledWithoutRecord => Severity::Warning,
        }
    }
}

/// One problem found on one place.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub kind: CheckKind,
    pub severity: Severity,
    pub place_id: i64,
    pub place_name: String,
    /// The offending value (a postcode, the hours text, the other place's name…).
    pub value: String,
    /// The other place of a probable duplicate.
    pub other_place_id: Option<i64>,
}

/// Entries not updated for longer than this are stale.
pub const STALE_AFTER_DAYS: i64 = 365;
/// Two places nearer than this, with similar names, are probably the same.
pub const DUPLICATE_DISTANCE_KM: f64 = 0.05;

fn finding(kind: CheckKind, p: &Place, value: impl Into<String>, other: Option<i64>) -> Finding {
    Finding {
        kind,
        severity: kind.severity(),
        place_id: p.id,
        place_name: p.name.clone(),
        value: value.into(),
        other_place_id: other,
    }
}

/// Names that are "similar": equal once folded, one inside the other, or
/// sharing more than half of their words.
pub fn similar_names(a: &str, b: &str) -> bool {
    let (fa, fb) = (text::fold(a), text::fold(b));
    if fa == fb || (!fa.is_empty() && !fb.is_empty() && (fa.contains(&fb) || fb.contains(&fa))) {
        return true;
    }
    let ta: std::collections::HashSet<&str> = fa.split(' ').filter(|w| w.len() > 1).collect();
    let tb: std::collections::HashSet<&str> = fb.split(' ').filter(|w| w.len() > 1).collect();
    let common = ta.intersection(&tb).count();
    let smaller = ta.len().min(tb.len());
    smaller > 0 && common * 2 > smaller.max(2)
}

/// Runs every check. `today` is the region's local date.
pub fn check_places(region: &Region, places: &[Place], today: NaiveDate) -> Vec<Finding> {
    let mut out = Vec::new();
    for p in places {
        if let Some(pc) = &p.postcode {
            if region.postcode(pc).is_none() {
                out.push(finding(CheckKind::UnknownPostcode, p, pc.clone(), None));
            } else if !p.commune_nis.is_empty() && !region.postcode_in_commune(pc, &p.commune_nis) {
                out.push(finding(
                    CheckKind::PostcodeNotInCommune,
                    p,
                    pc.clone(),
                    None,
                ));
            }
        }
        if let Some(raw) = p.opening_hours.as_deref().filter(|h| !h.trim().is_empty())
            && Hours::parse(raw, &region.country).is_err()
        {
            out.push(finding(CheckKind::UnreadableHours, p, raw, None));
        }
        if let Some(w) = p.website.as_deref().filter(|w| !w.trim().is_empty())
            && WebAddress::parse(w).is_err()
        {
            out.push(finding(CheckKind::WebsiteNotHttp, p, w, None));
        }
        if p.phone.is_none() && p.email.is_none() && p.website.is_none() {
            out.push(finding(CheckKind::NoContact, p, "", None));
        }
        if let Ok(updated) = NaiveDate::parse_from_str(&p.updated_on, "%Y-%m-%d")
            && (today - updated).num_days() > STALE_AFTER_DAYS
        {
            out.push(finding(CheckKind::Stale, p, p.updated_on.clone(), None));
        }
    }
    duplicates(places, &mut out);
    sort_findings(&mut out);
    out
}

fn sort_findings(out: &mut [Finding]) {
    out.sort_by(|a, b| {
        a.severity
            .cmp(&b.severity)
            .then(a.kind.code().cmp(b.kind.code()))
            .then(a.place_id.cmp(&b.place_id))
    });
}

/// Places the directory shows as labelled that no granted label record
/// supports. `granted`: the ids of the places named by a granted label.
pub fn check_label_records(places: &[Place], granted: &HashSet<i64>) -> Vec<Finding> {
    places
        .iter()
        .filter(|p| p.label == crate::place::LabelStatus::Labelled && !granted.contains(&p.id))
        .map(|p| finding(CheckKind::LabelledWithoutRecord, p, "", None))
        .collect()
}

/// [`check_places`] and [`check_label_records`] together, sorted.
pub fn check_all(
    region: &Region,
    places: &[Place],
    today: NaiveDate,
    granted: &HashSet<i64>,
) -> Vec<Finding> {
    let mut out = check_places(region, places, today);
    out.extend(check_label_records(places, granted));
    sort_findings(&mut out);
    out
}

/// Same folded name in the same postcode, or closer than 50 m with similar names.
fn duplicates(places: &[Place], out: &mut Vec<Finding>) {
    let mut seen: std::collections::HashSet<(i64, i64)> = std::collections::HashSet::new();
    let mut pair = |a: &Place, b: &Place, out: &mut Vec<Finding>| {
        let key = (a.id.min(b.id), a.id.max(b.id));
        if a.id != b.id && seen.insert(key) {
            let (first, second) = if a.id < b.id { (a, b) } else { (b, a) };
            out.push(finding(
                CheckKind::ProbableDuplicate,
                second,
                first.name.clone(),
                Some(first.id),
            ));
        }
    };
    let mut by_name: HashMap<(String, &str), Vec<&Place>> = HashMap::new();
    for p in places {
        if let Some(pc) = &p.postcode {
            by_name
                .entry((text::fold(&p.name), pc.as_str()))
                .or_default()
                .push(p);
        }
    }
    for group in by_name.values().filter(|g| g.len() > 1) {
        for w in group.windows(2) {
            pair(w[0], w[1], out);
        }
    }
    // Grid of ~110 m cells over places with exact coordinates.
    let mut grid: HashMap<(i64, i64), Vec<&Place>> = HashMap::new();
    let cell = |lat: f64, lon: f64| ((lat * 1000.0).floor() as i64, (lon * 1000.0).floor() as i64);
    for p in places {
        if let Some(l) = p.location {
            grid.entry(cell(l.lat, l.lon)).or_default().push(p);
        }
    }
    for p in places {
        let Some(l) = p.location else { continue };
        let (ca, co) = cell(l.lat, l.lon);
        for da in -1..=1 {
            for dl in -1..=1 {
                for q in grid.get(&(ca + da, co + dl)).into_iter().flatten() {
                    let ql = q.location.expect("in the grid");
                    if q.id > p.id
                        && l.distance_km(ql) <= DUPLICATE_DISTANCE_KM
                        && similar_names(&p.name, &q.name)
                    {
                        pair(p, q, out);
                    }
                }
            }
        }
    }
}
