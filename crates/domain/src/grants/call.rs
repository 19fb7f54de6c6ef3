//! A call for projects as the coordination defines it: its money (envelope,
//! least and most per project, the operator's fee), who may apply (kinds of
//! organisation, a place in the region, the publics), when, in which
//! languages, the weighted criteria the jury scores and the questions of the
//! application form; and the eligibility of an application, which blocks its
//! submission with a reason per rule.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The kinds of organisation a call can be open to (the directory's
/// organisation kinds).
pub const ORGANISATION_KINDS: [&str; 6] = ["asbl", "commune", "cpas", "library", "school", "other"];

/// The languages a call can be published and answered in.
pub const CALL_LANGUAGES: [&str; 4] = ["fr", "nl", "en", "ar"];

/// Where a call is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CallStatus {
    /// Only the coordination sees it.
    Draft,
    /// On the public page; open from `opens_on` to `closes_at`.
    Published,
    /// The selection is recorded.
    Decided,
}

impl CallStatus {
    pub fn code(self) -> &'static str {
        match self {
            CallStatus::Draft => "draft",
            CallStatus::Published => "published",
            CallStatus::Decided => "decided",
        }
    }

    pub fn parse(s: &str) -> Option<CallStatus> {
        [
            CallStatus::Draft,
            CallStatus::Published,
            CallStatus::Decided,
        ]
        .into_iter()
        .find(|c| c.code() == s)
    }
}

/// A call's words in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CallText {
    pub lang: String,
    pub title: String,
    pub summary: String,
    /// The rules as the public page shows them (plain text, paragraphs
    /// separated by blank lines).
    pub rules: String,
}

/// A criterion the jury scores from 0 to `scale_max`, with its weight.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CriterionDef {
    pub key: String,
    pub weight: u32,
    pub scale_max: u32,
    /// Language code -> words.
    pub labels: BTreeMap<String, String>,
}

impl CriterionDef {
    /// As the jury's formulas take it (`domain::grants::jury`).
    pub fn as_jury(&self) -> super::jury::Criterion {
        super::jury::Criterion {
            code: self.key.clone(),
            weight: self.weight,
            scale_min: 0,
            scale_max: self.scale_max as i32,
        }
    }
}

/// A question of the application form beyond its fixed fields.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionDef {
    pub key: String,
    pub labels: BTreeMap<String, String>,
    pub required: bool,
    pub max_chars: u32,
}

/// Words in the reader's language, else the first language that has them.
pub fn label_in<'a>(
    labels: &'a BTreeMap<String, String>,
    lang: &str,
    call_langs: &[String],
) -> &'a str {
    labels
        .get(lang)
        .or_else(|| call_langs.iter().find_map(|l| labels.get(l)))
        .or_else(|| labels.values().next())
        .map(String::as_str)
        .unwrap_or("")
}

/// Everything that defines a call.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewCall {
    /// Its address on the site: lowercase letters, digits and dashes.
    pub key: String,
    pub envelope_cents: i64,
    pub operator_fee_cents: i64,
    pub min_cents: i64,
    pub max_cents: i64,
    pub opens_on: NaiveDate,
    /// The last moment an application can be submitted (unix seconds).
    pub closes_at: i64,
    pub languages: Vec<String>,
    /// Empty: any kind.
    pub eligible_kinds: Vec<String>,
    /// Empty: any public; else a project must address at least one.
    pub eligible_publics: Vec<String>,
    pub in_region: bool,
    /// Percents in which an agreement is paid, adding up to 100.
    pub tranches: Vec<u32>,
    /// Days after the end of a project by which its final report is due.
    pub report_days: u32,
    pub texts: Vec<CallText>,
    pub criteria: Vec<CriterionDef>,
    pub questions: Vec<QuestionDef>,
}

/// What is wrong with a call, by field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CallProblem {
    Key,
    /// Envelope, fee, minimum or maximum negative, or minimum above maximum,
    /// or the maximum above what the envelope leaves after the fee.
    Amounts,
    /// The call closes before it opens.
    Dates,
    /// No language, or one that is not offered, or fr/nl missing where the
    /// region publishes in both (checked by the caller).
    Languages,
    UnknownKind(String),
    /// Tranches that do not add up to 100, or a 0.
    Tranches,
    /// A language of the call without its title, summary and rules.
    MissingText(String),
    /// No criterion, a weight or scale of 0, a key twice.
    Criteria,
    /// A question key twice, or a question without words.
    Questions,
}

/// A key: lowercase letters, digits and dashes (not at either end), at most 60.
pub(crate) fn is_key(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 60
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

/// Checks a call; empty when it can be saved.
pub fn check(c: &NewCall) -> Vec<CallProblem> {
    let mut out = Vec::new();
    if !is_key(&c.key) {
        out.push(CallProblem::Key);
    }
    if c.envelope_cents < 0
        || c.operator_fee_cents < 0
        || c.min_cents < 0
        || c.max_cents < c.min_cents
        || c.max_cents > c.envelope_cents - c.operator_fee_cents
    {
        out.push(CallProblem::Amounts);
    }
    let opens = c
        .opens_on
        .and_hms_opt(0, 0, 0)
        .map(|d| d.and_utc().timestamp());
    if opens.is_none_or(|o| c.closes_at <= o) {
        out.push(CallProblem::Dates);
    }
    if c.languages.is_empty()
        || c.languages
            .iter()
            .any(|l| !CALL_LANGUAGES.contains(&l.as_str()))
    {
        out.push(CallProblem::Languages);
    }
    for k in &c.eligible_kinds {
        if !ORGANISATION_KINDS.contains(&k.as_str()) {
            out.push(CallProblem::UnknownKind(k.clone()));
        }
    }
    if c.tranches.is_empty() || c.tranches.contains(&0) || c.tranches.iter().sum::<u32>() != 100 {
        out.push(CallProblem::Tranches);
    }
    for l in &c.languages {
        let ok = c.texts.iter().any(|t| {
            &t.lang == l
                && !t.title.trim().is_empty()
                && !t.summary.trim().is_empty()
                && !t.rules.trim().is_empty()
        });
        if !ok {
            out.push(CallProblem::MissingText(l.clone()));
        }
    }
    let mut keys = std::collections::BTreeSet::new();
    if c.criteria.is_empty()
        || c.criteria
            .iter()
            .any(|k| k.weight == 0 || k.scale_max == 0 || !is_key(&k.key) || !keys.insert(&k.key))
    {
        out.push(CallProblem::Criteria);
    }
    let mut qkeys = std::collections::BTreeSet::new();
    if c.questions.iter().any(|q| {
        !is_key(&q.key)
            || !qkeys.insert(&q.key)
            || q.labels.values().all(|v| v.trim().is_empty())
            || q.max_chars == 0
    }) {
        out.push(CallProblem::Questions);
    }
    out
}

/// Checks a call recorded from a report rather than run in Passerelle:
/// the report may give no criteria and no questions.
pub fn check_record(c: &NewCall) -> Vec<CallProblem> {
    check(c)
        .into_iter()
        .filter(|p| !matches!(p, CallProblem::Criteria))
        .collect()
}

/// Is the call open for submissions at `now` (unix seconds)? Published,
/// opened (from midnight UTC of `opens_on`, a conservative reading) and not
/// yet closed.
pub fn is_open(status: CallStatus, opens_on: NaiveDate, closes_at: i64, now: i64) -> bool {
    let opens = opens_on
        .and_hms_opt(0, 0, 0)
        .map(|d| d.and_utc().timestamp())
        .unwrap_or(i64::MAX);
    status == CallStatus::Published && now >= opens && now <= closes_at
}

/// Has the call closed at `now`? (The jury sees applications only then.)
pub fn is_closed(status: CallStatus, closes_at: i64, now: i64) -> bool {
    status == CallStatus::Decided || (status == CallStatus::Published && now > closes_at)
}

/// What the eligibility rules look at in an application.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate<'a> {
    pub organisation_kind: &'a str,
    /// Whether the project's place is a commune of the region (None: not given).
    pub in_region: Option<bool>,
    pub publics: &'a [String],
    pub amount_cents: Option<i64>,
    pub lang: &'a str,
}

/// Why an application cannot be submitted to a call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ineligible {
    /// The call is not open (not yet, or closed).
    Closed,
    /// The organisation's kind is not among those the call is open to.
    Kind,
    /// The place of the project is not given, or not in the region.
    Place,
    /// The project addresses none of the call's publics.
    Publics,
    /// No amount, or outside the minimum–maximum (the bounds in cents).
    Amount { min_cents: i64, max_cents: i64 },
    /// Written in a language the call does not take.
    Language,
}

/// The eligibility rules of a call applied to an application: every rule
/// that fails, in the order of the form.
pub fn eligibility(call: &NewCall, open: bool, a: &Candidate<'_>) -> Vec<Ineligible> {
    let mut out = Vec::new();
    if !open {
        out.push(Ineligible::Closed);
    }
    if !call.eligible_kinds.is_empty()
        && !call.eligible_kinds.iter().any(|k| k == a.organisation_kind)
    {
        out.push(Ineligible::Kind);
    }
    if call.in_region && a.in_region != Some(true) {
        out.push(Ineligible::Place);
    }
    if !call.eligible_publics.is_empty()
        && !a.publics.iter().any(|p| call.eligible_publics.contains(p))
    {
        out.push(Ineligible::Publics);
    }
    match a.amount_cents {
        Some(x) if x >= call.min_cents && x <= call.max_cents => {}
        _ => out.push(Ineligible::Amount {
            min_cents: call.min_cents,
            max_cents: call.max_cents,
        }),
    }
    if !call.languages.iter().any(|l| l == a.lang) {
        out.push(Ineligible::Language);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(s: &str) -> BTreeMap<String, String> {
        [
            ("fr".to_string(), s.to_string()),
            ("nl".to_string(), s.to_string()),
        ]
        .into()
    }

    pub(crate) fn call() -> NewCall {
        NewCall {
            key: "digital-2027".into(),
            envelope_cents: 40_000_000,
            operator_fee_cents: 1_000_000,
            min_cents: 500_000,
            max_cents: 1_500_000,
            opens_on: NaiveDate::from_ymd_opt(2027, 1, 10).unwrap(),
            closes_at: NaiveDate::from_ymd_opt(2027, 3, 1)
                .unwrap()
                .and_hms_opt(12, 0, 0)
                .unwrap()
                .and_utc()
                .timestamp(),
            languages: vec!["fr".into(), "nl".into()],
            eligible_kinds: vec!["asbl".into(), "commune".into()],
            eligible_publics: vec!["seniors".into()],
            in_region: true,
            tranches: vec![80, 20],
            report_days: 60,
            texts: ["fr", "nl"]
                .iter()
                .map(|l| CallText {
                    lang: l.to_string(),
                    title: "T".into(),
                    summary: "S".into(),
                    rules: "R".into(),
                })
                .collect(),
            criteria: vec![CriterionDef {
                key: "relevance".into(),
                weight: 2,
                scale_max: 5,
                labels: labels("Pertinence"),
            }],
            questions: vec![QuestionDef {
                key: "partners".into(),
                labels: labels("Partenaires"),
                required: true,
                max_chars: 2000,
            }],
        }
    }

    #[test]
    fn a_well_formed_call_passes() {
        assert_eq!(check(&call()), vec![]);
    }

    #[test]
    fn each_rule_names_its_field() {
        let mut c = call();
        c.key = "Bad Key".into();
        c.max_cents = 39_500_000; // above envelope less fee
        c.tranches = vec![80, 30];
        c.texts.retain(|t| t.lang == "fr");
        c.eligible_kinds.push("bank".into());
        assert_eq!(
            check(&c),
            vec![
                CallProblem::Key,
                CallProblem::Amounts,
                CallProblem::UnknownKind("bank".into()),
                CallProblem::Tranches,
                CallProblem::MissingText("nl".into()),
            ]
        );
        let mut c = call();
        c.closes_at = 0;
        c.criteria[0].weight = 0;
        assert_eq!(check(&c), vec![CallProblem::Dates, CallProblem::Criteria]);
    }

    #[test]
    fn eligibility_lists_every_failed_rule() {
        let c = call();
        let publics = vec!["youth".to_string()];
        let a = Candidate {
            organisation_kind: "cpas",
            in_region: Some(false),
            publics: &publics,
            amount_cents: Some(1_500_001),
            lang: "en",
        };
        assert_eq!(
            eligibility(&c, false, &a),
            vec![
                Ineligible::Closed,
                Ineligible::Kind,
                Ineligible::Place,
                Ineligible::Publics,
                Ineligible::Amount {
                    min_cents: 500_000,
                    max_cents: 1_500_000
                },
                Ineligible::Language,
            ]
        );
        let publics = vec!["youth".to_string(), "seniors".to_string()];
        let a = Candidate {
            organisation_kind: "asbl",
            in_region: Some(true),
            publics: &publics,
            amount_cents: Some(1_500_000),
            lang: "nl",
        };
        assert_eq!(eligibility(&c, true, &a), vec![]);
    }

    #[test]
    fn open_and_closed_follow_the_dates_and_the_status() {
        let c = call();
        let day = 86_400;
        let opens = 1_799_539_200; // 2027-01-10 00:00 UTC
        assert!(!is_open(
            CallStatus::Published,
            c.opens_on,
            c.closes_at,
            opens - 1
        ));
        assert!(is_open(
            CallStatus::Published,
            c.opens_on,
            c.closes_at,
            opens
        ));
        assert!(!is_open(
            CallStatus::Draft,
            c.opens_on,
            c.closes_at,
            opens + day
        ));
        assert!(is_open(
            CallStatus::Published,
            c.opens_on,
            c.closes_at,
            c.closes_at
        ));
        assert!(!is_closed(CallStatus::Published, c.closes_at, c.closes_at));
        assert!(is_closed(
            CallStatus::Published,
            c.closes_at,
            c.closes_at + 1
        ));
        assert!(!is_closed(CallStatus::Draft, c.closes_at, c.closes_at + 1));
        assert!(is_closed(CallStatus::Decided, c.closes_at, 0));
    }
}
