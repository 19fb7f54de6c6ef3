//! The coordination's form for a call, as typed: amounts in euros, the
//! closing day and hour in the region's time zone, tranches as "80, 20",
//! the words per language, and rows of criteria and questions (a row left
//! blank is no row). `CallForm::check` turns it into a [`NewCall`] or names
//! every field that is wrong, then applies the call's own rules
//! (`call::check`) so that a form, a file and the API agree.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{NaiveDate, NaiveTime, TimeZone};

use super::call::{
    CALL_LANGUAGES, CallProblem, CallText, CriterionDef, NewCall, ORGANISATION_KINDS, QuestionDef,
    check, is_key,
};
use crate::money::{AmountError, euros_plain, parse_euros};
use crate::sessions::local_to_utc;
use crate::vocab::{VocabKind, Vocabularies};

/// The largest envelope a form takes: 100 million euros.
pub const MAX_ENVELOPE_CENTS: i64 = 10_000_000_000;
/// The highest scale a criterion can have (0 to this).
pub const MAX_SCALE: u32 = 100;
/// The most characters a question can allow.
pub const MAX_ANSWER_CHARS: u32 = 20_000;
/// The longest title.
pub const MAX_TITLE_CHARS: usize = 200;

/// One language's words, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextForm {
    pub title: String,
    pub summary: String,
    pub rules: String,
}

/// A row of criteria, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CriterionRow {
    pub key: String,
    pub weight: String,
    pub scale_max: String,
    /// Language code -> words.
    pub labels: BTreeMap<String, String>,
}

/// A row of questions, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QuestionRow {
    pub key: String,
    pub required: bool,
    pub max_chars: String,
    pub labels: BTreeMap<String, String>,
}

impl CriterionRow {
    fn is_blank(&self) -> bool {
        self.key.trim().is_empty()
            && self.weight.trim().is_empty()
            && self.scale_max.trim().is_empty()
            && self.labels.values().all(|v| v.trim().is_empty())
    }
}

impl QuestionRow {
    fn is_blank(&self) -> bool {
        self.key.trim().is_empty()
            && self.max_chars.trim().is_empty()
            && self.labels.values().all(|v| v.trim().is_empty())
    }
}

/// A call as the form holds it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CallForm {
    pub key: String,
    pub funder: String,
    pub operator: String,
    pub envelope: String,
    pub fee: String,
    pub min: String,
    pub max: String,
    pub opens_on: String,
    pub closes_on: String,
    pub closes_time: String,
    pub languages: Vec<String>,
    pub kinds: Vec<String>,
    pub publics: Vec<String>,
    pub in_region: bool,
    pub tranches: String,
    pub report_days: String,
    /// Language code -> words (every offered language; those of the call
    /// must be filled).
    pub texts: BTreeMap<String, TextForm>,
    pub criteria: Vec<CriterionRow>,
    pub questions: Vec<QuestionRow>,
}

/// What is wrong with a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    Missing,
    /// Not lowercase letters, digits and dashes (at most 60).
    Key,
    NotAnAmount,
    TooLarge,
    /// The most per project below the least.
    MaxBelowMin,
    /// The most per project above what the envelope leaves after the fee.
    AboveEnvelope,
    BadDate,
    BadTime,
    ClosesBeforeOpens,
    NoLanguage,
    UnknownCode,
    /// Not whole percents above 0 adding up to 100.
    Tranches,
    /// Not a whole number in its range.
    NotANumber,
    /// The same key twice.
    Duplicate,
    TooLong,
    /// A criterion or question row without words in one of the call's languages.
    MissingLabel,
    /// No criterion at all.
    NoCriterion,
    /// The address of another call, or one the site keeps for itself.
    Taken,
}

impl Problem {
    pub fn code(self) -> &'static str {
        match self {
            Problem::Missing => "missing",
            Problem::Key => "key",
            Problem::NotAnAmount => "not-an-amount",
            Problem::TooLarge => "too-large",
            Problem::MaxBelowMin => "max-below-min",
            Problem::AboveEnvelope => "above-envelope",
            Problem::BadDate => "bad-date",
            Problem::BadTime => "bad-time",
            Problem::ClosesBeforeOpens => "closes-before-opens",
            Problem::NoLanguage => "no-language",
            Problem::UnknownCode => "unknown-code",
            Problem::Tranches => "tranches",
            Problem::NotANumber => "not-a-number",
            Problem::Duplicate => "duplicate",
            Problem::TooLong => "too-long",
            Problem::MissingLabel => "missing-label",
            Problem::NoCriterion => "no-criterion",
            Problem::Taken => "taken",
        }
    }
}

/// A problem and the field it is about (the form's field name: `envelope`,
/// `text-nl-title`, `crit-2-weight`, `q-0-label-fr`…).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldProblem {
    pub field: String,
    pub problem: Problem,
}

fn p(field: impl Into<String>, problem: Problem) -> FieldProblem {
    FieldProblem {
        field: field.into(),
        problem,
    }
}

fn amount(raw: &str, field: &str, required: bool, out: &mut Vec<FieldProblem>) -> i64 {
    if required && raw.trim().is_empty() {
        out.push(p(field, Problem::Missing));
        return 0;
    }
    match parse_euros(raw, MAX_ENVELOPE_CENTS + 1) {
        Ok(c) => c,
        Err(AmountError::NotAnAmount) => {
            out.push(p(field, Problem::NotAnAmount));
            0
        }
        Err(AmountError::TooLarge) => {
            out.push(p(field, Problem::TooLarge));
            0
        }
    }
}

fn number(
    raw: &str,
    field: &str,
    range: std::ops::RangeInclusive<u32>,
    out: &mut Vec<FieldProblem>,
) -> u32 {
    let raw = raw.trim();
    if raw.is_empty() {
        out.push(p(field, Problem::Missing));
        return 0;
    }
    match raw.parse::<u32>() {
        Ok(n) if range.contains(&n) => n,
        _ => {
            out.push(p(field, Problem::NotANumber));
            0
        }
    }
}

/// Addresses under `/bo/calls/` that are pages, not calls.
pub const RESERVED_KEYS: [&str; 2] = ["new", "applications"];

/// "80, 20" or "80 20" or "80 % + 20 %" → [80, 20].
pub fn parse_tranches(raw: &str) -> Option<Vec<u32>> {
    let parts: Vec<&str> = raw
        .split(|c: char| c == ',' || c == '+' || c == ';' || c == '%' || c.is_whitespace())
        .filter(|s| !s.is_empty())
        .collect();
    let v: Vec<u32> = parts
        .iter()
        .map(|s| s.parse().ok())
        .collect::<Option<_>>()?;
    (!v.is_empty() && !v.contains(&0) && v.iter().sum::<u32>() == 100).then_some(v)
}

fn labels_of(
    labels: &BTreeMap<String, String>,
    langs: &[String],
    field: &str,
    out: &mut Vec<FieldProblem>,
) -> BTreeMap<String, String> {
    for l in langs {
        if labels.get(l).is_none_or(|v| v.trim().is_empty()) {
            out.push(p(format!("{field}-label-{l}"), Problem::MissingLabel));
        }
    }
    labels
        .iter()
        .filter(|(l, v)| CALL_LANGUAGES.contains(&l.as_str()) && !v.trim().is_empty())
        .map(|(l, v)| (l.clone(), v.trim().to_string()))
        .collect()
}

impl CallForm {
    /// The form filled with a stored call (amounts in euros with a comma,
    /// the closing instant as a local day and hour in `tz`).
    pub fn of_call<Tz: TimeZone>(c: &NewCall, funder: &str, operator: &str, tz: &Tz) -> CallForm {
        let closes = tz.timestamp_opt(c.closes_at, 0).single();
        let texts = c
            .texts
            .iter()
            .map(|t| {
                (
                    t.lang.clone(),
                    TextForm {
                        title: t.title.clone(),
                        summary: t.summary.clone(),
                        rules: t.rules.clone(),
                    },
                )
            })
            .collect();
        CallForm {
            key: c.key.clone(),
            funder: funder.to_string(),
            operator: operator.to_string(),
            envelope: euros_plain(c.envelope_cents, ','),
            fee: euros_plain(c.operator_fee_cents, ','),
            min: euros_plain(c.min_cents, ','),
            max: euros_plain(c.max_cents, ','),
            opens_on: c.opens_on.to_string(),
            closes_on: closes
                .as_ref()
                .map(|d| d.date_naive().to_string())
                .unwrap_or_default(),
            closes_time: closes
                .map(|d| d.time().format("%H:%M").to_string())
                .unwrap_or_default(),
            languages: c.languages.clone(),
            kinds: c.eligible_kinds.clone(),
            publics: c.eligible_publics.clone(),
            in_region: c.in_region,
            tranches: c
                .tranches
                .iter()
                .map(u32::to_string)
                .collect::<Vec<_>>()
                .join(", "),
            report_days: c.report_days.to_string(),
            texts,
            criteria: c
                .criteria
                .iter()
                .map(|k| CriterionRow {
                    key: k.key.clone(),
                    weight: k.weight.to_string(),
                    scale_max: k.scale_max.to_string(),
                    labels: k.labels.clone(),
                })
                .collect(),
            questions: c
                .questions
                .iter()
                .map(|q| QuestionRow {
                    key: q.key.clone(),
                    required: q.required,
                    max_chars: q.max_chars.to_string(),
                    labels: q.labels.clone(),
                })
                .collect(),
        }
    }

    /// The call this form describes, or every problem, each on its field,
    /// in the order of the form. `publics` are the region's vocabularies;
    /// the closing hour is read in `tz`.
    pub fn check<Tz: TimeZone>(
        &self,
        vocab: &Vocabularies,
        tz: &Tz,
    ) -> Result<NewCall, Vec<FieldProblem>> {
        let mut out = Vec::new();
        let key = self.key.trim().to_string();
        if key.is_empty() {
            out.push(p("key", Problem::Missing));
        } else if !is_key(&key) {
            out.push(p("key", Problem::Key));
        } else if RESERVED_KEYS.contains(&key.as_str()) {
            out.push(p("key", Problem::Taken));
        }
        for (field, v) in [("funder", &self.funder), ("operator", &self.operator)] {
            if v.trim().is_empty() {
                out.push(p(field, Problem::Missing));
            } else if v.trim().chars().count() > MAX_TITLE_CHARS {
                out.push(p(field, Problem::TooLong));
            }
        }
        let envelope = amount(&self.envelope, "envelope", true, &mut out);
        let fee = amount(&self.fee, "fee", false, &mut out);
        let min = amount(&self.min, "min", true, &mut out);
        let max = amount(&self.max, "max", true, &mut out);
        if !out
            .iter()
            .any(|x| ["envelope", "fee", "min", "max"].contains(&x.field.as_str()))
        {
            if fee > envelope {
                out.push(p("fee", Problem::AboveEnvelope));
            } else if max < min {
                out.push(p("max", Problem::MaxBelowMin));
            } else if max > envelope - fee {
                out.push(p("max", Problem::AboveEnvelope));
            }
        }
        let opens_on = match self.opens_on.trim() {
            "" => {
                out.push(p("opens_on", Problem::Missing));
                None
            }
            s => NaiveDate::parse_from_str(s, "%Y-%m-%d").ok().or_else(|| {
                out.push(p("opens_on", Problem::BadDate));
                None
            }),
        };
        let closes_on = match self.closes_on.trim() {
            "" => {
                out.push(p("closes_on", Problem::Missing));
                None
            }
            s => NaiveDate::parse_from_str(s, "%Y-%m-%d").ok().or_else(|| {
                out.push(p("closes_on", Problem::BadDate));
                None
            }),
        };
        let closes_time = match self.closes_time.trim() {
            "" => NaiveTime::from_hms_opt(23, 59, 0),
            s => NaiveTime::parse_from_str(s, "%H:%M").ok().or_else(|| {
                out.push(p("closes_time", Problem::BadTime));
                None
            }),
        };
        let closes_at = match (opens_on, closes_on, closes_time) {
            (Some(o), Some(d), Some(t)) => {
                let at = local_to_utc(d, t, tz).timestamp();
                let opens = local_to_utc(o, NaiveTime::MIN, tz).timestamp();
                if at <= opens {
                    out.push(p("closes_on", Problem::ClosesBeforeOpens));
                }
                at
            }
            _ => 0,
        };
        let languages: Vec<String> = CALL_LANGUAGES
            .iter()
            .filter(|l| self.languages.iter().any(|x| x == *l))
            .map(|l| l.to_string())
            .collect();
        if languages.is_empty() {
            out.push(p(
                format!("languages-{}", CALL_LANGUAGES[0]),
                Problem::NoLanguage,
            ));
        }
        if self
            .languages
            .iter()
            .any(|l| !CALL_LANGUAGES.contains(&l.as_str()))
        {
            out.push(p(
                format!("languages-{}", CALL_LANGUAGES[0]),
                Problem::UnknownCode,
            ));
        }
        if self
            .kinds
            .iter()
            .any(|k| !ORGANISATION_KINDS.contains(&k.as_str()))
        {
            out.push(p(
                format!("kinds-{}", ORGANISATION_KINDS[0]),
                Problem::UnknownCode,
            ));
        }
        let first_public = vocab
            .terms(VocabKind::Public)
            .first()
            .map_or(String::new(), |t| t.code.clone());
        if self
            .publics
            .iter()
            .any(|x| !vocab.contains(VocabKind::Public, x))
        {
            out.push(p(format!("publics-{first_public}"), Problem::UnknownCode));
        }
        let tranches = parse_tranches(&self.tranches).unwrap_or_else(|| {
            out.push(p("tranches", Problem::Tranches));
            Vec::new()
        });
        let report_days = number(&self.report_days, "report_days", 1..=730, &mut out);
        let mut texts = Vec::new();
        for l in &languages {
            let t = self.texts.get(l).cloned().unwrap_or_default();
            for (part, v, max) in [
                ("title", &t.title, MAX_TITLE_CHARS),
                ("summary", &t.summary, 1_000),
                ("rules", &t.rules, 20_000),
            ] {
                if v.trim().is_empty() {
                    out.push(p(format!("text-{l}-{part}"), Problem::Missing));
                } else if v.trim().chars().count() > max {
                    out.push(p(format!("text-{l}-{part}"), Problem::TooLong));
                }
            }
            texts.push(CallText {
                lang: l.clone(),
                title: t.title.trim().to_string(),
                summary: t.summary.trim().to_string(),
                rules: t.rules.trim().replace("\r\n", "\n"),
            });
        }
        let mut criteria = Vec::new();
        let mut seen = BTreeSet::new();
        for (i, r) in self.criteria.iter().enumerate() {
            if r.is_blank() {
                continue;
            }
            let f = format!("crit-{i}");
            let key = r.key.trim().to_string();
            if !is_key(&key) {
                out.push(p(format!("{f}-key"), Problem::Key));
            } else if !seen.insert(key.clone()) {
                out.push(p(format!("{f}-key"), Problem::Duplicate));
            }
            let weight = number(&r.weight, &format!("{f}-weight"), 1..=100, &mut out);
            let scale_max = number(&r.scale_max, &format!("{f}-scale"), 1..=MAX_SCALE, &mut out);
            let labels = labels_of(&r.labels, &languages, &f, &mut out);
            criteria.push(CriterionDef {
                key,
                weight,
                scale_max,
                labels,
            });
        }
        if criteria.is_empty() {
            out.push(p("crit-0-key", Problem::NoCriterion));
        }
        let mut questions = Vec::new();
        let mut seen = BTreeSet::new();
        for (i, r) in self.questions.iter().enumerate() {
            if r.is_blank() {
                continue;
            }
            let f = format!("q-{i}");
            let key = r.key.trim().to_string();
            if !is_key(&key) {
                out.push(p(format!("{f}-key"), Problem::Key));
            } else if !seen.insert(key.clone()) {
                out.push(p(format!("{f}-key"), Problem::Duplicate));
            }
            let max_chars = number(
                &r.max_chars,
                &format!("{f}-max"),
                1..=MAX_ANSWER_CHARS,
                &mut out,
            );
            let labels = labels_of(&r.labels, &languages, &f, &mut out);
            questions.push(QuestionDef {
                key,
                labels,
                required: r.required,
                max_chars,
            });
        }
        if !out.is_empty() {
            return Err(out);
        }
        let call = NewCall {
            key,
            envelope_cents: envelope,
            operator_fee_cents: fee,
            min_cents: min,
            max_cents: max,
            opens_on: opens_on.unwrap_or_default(),
            closes_at,
            languages,
            eligible_kinds: ORGANISATION_KINDS
                .iter()
                .filter(|k| self.kinds.iter().any(|x| x == *k))
                .map(|k| k.to_string())
                .collect(),
            eligible_publics: vocab
                .terms(VocabKind::Public)
                .iter()
                .filter(|t| self.publics.contains(&t.code))
                .map(|t| t.code.clone())
                .collect(),
            in_region: self.in_region,
            tranches,
            report_days,
            texts,
            criteria,
            questions,
        };
        // The call's own rules, which every way in shares; the form's
        // checks above already cover them, so this only guards a drift.
        let rest: Vec<FieldProblem> = check(&call)
            .into_iter()
            .map(|c| match c {
                CallProblem::Key => p("key", Problem::Key),
                CallProblem::Amounts => p("max", Problem::AboveEnvelope),
                CallProblem::Dates => p("closes_on", Problem::ClosesBeforeOpens),
                CallProblem::Languages => p("languages-fr", Problem::NoLanguage),
                CallProblem::UnknownKind(_) => p("kinds-asbl", Problem::UnknownCode),
                CallProblem::Tranches => p("tranches", Problem::Tranches),
                CallProblem::MissingText(l) => p(format!("text-{l}-title"), Problem::Missing),
                CallProblem::Criteria => p("crit-0-key", Problem::NoCriterion),
                CallProblem::Questions => p("q-0-key", Problem::Key),
            })
            .collect();
        if rest.is_empty() { Ok(call) } else { Err(rest) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono_tz::Europe::Brussels;

    fn vocab() -> Vocabularies {
        Vocabularies::from_toml(
            r#"
services = []
languages = []
accessibility = []
prices = []
[[publics]]
code = "seniors"
[[publics]]
code = "youth"
"#,
        )
        .unwrap()
    }

    fn labels(fr: &str, nl: &str) -> BTreeMap<String, String> {
        [
            ("fr".to_string(), fr.to_string()),
            ("nl".to_string(), nl.to_string()),
        ]
        .into()
    }

    fn form() -> CallForm {
        CallForm {
            key: "digital-2027".into(),
            funder: "Région".into(),
            operator: "Fondation".into(),
            envelope: "400 000".into(),
            fee: "10 000".into(),
            min: "5 000".into(),
            max: "15 000".into(),
            opens_on: "2027-01-10".into(),
            closes_on: "2027-03-01".into(),
            closes_time: "12:00".into(),
            languages: vec!["nl".into(), "fr".into()],
            kinds: vec!["asbl".into()],
            publics: vec!["youth".into(), "seniors".into()],
            in_region: true,
            tranches: "80 %, 20 %".into(),
            report_days: "60".into(),
            texts: ["fr", "nl"]
                .iter()
                .map(|l| {
                    (
                        l.to_string(),
                        TextForm {
                            title: format!("Titre {l}"),
                            summary: "S".into(),
                            rules: "R1\r\n\r\nR2".into(),
                        },
                    )
                })
                .collect(),
            criteria: vec![
                CriterionRow {
                    key: "relevance".into(),
                    weight: "3".into(),
                    scale_max: "5".into(),
                    labels: labels("Pertinence", "Relevantie"),
                },
                CriterionRow::default(),
            ],
            questions: vec![QuestionRow::default()],
        }
    }

    #[test]
    fn a_filled_form_makes_the_call_and_reads_back_the_same() {
        let c = form().check(&vocab(), &Brussels).unwrap();
        assert_eq!(c.envelope_cents, 40_000_000);
        assert_eq!(c.operator_fee_cents, 1_000_000);
        // In the order of the offered languages and of the vocabulary.
        assert_eq!(c.languages, vec!["fr", "nl"]);
        assert_eq!(c.eligible_publics, vec!["seniors", "youth"]);
        assert_eq!(c.tranches, vec![80, 20]);
        // 1 March 2027 12:00 in Brussels (winter time) is 11:00 UTC.
        assert_eq!(c.closes_at, 1_803_898_800);
        assert_eq!(c.texts[0].rules, "R1\n\nR2");
        assert_eq!(c.criteria.len(), 1, "a blank row is no row");
        assert!(c.questions.is_empty());
        let again = CallForm::of_call(&c, "Région", "Fondation", &Brussels);
        assert_eq!(again.closes_time, "12:00");
        assert_eq!(again.closes_on, "2027-03-01");
        assert_eq!(again.check(&vocab(), &Brussels).unwrap(), c);
    }

    #[test]
    fn every_wrong_field_is_named() {
        let mut f = form();
        f.key = "Digital 2027".into();
        f.envelope = "lots".into();
        f.closes_on = "2027-01-09".into();
        f.tranches = "80, 30".into();
        f.texts.get_mut("nl").unwrap().title.clear();
        f.criteria[1] = CriterionRow {
            key: "relevance".into(),
            weight: "0".into(),
            scale_max: "5".into(),
            labels: labels("Encore", ""),
        };
        f.questions[0] = QuestionRow {
            key: "partners".into(),
            required: true,
            max_chars: "".into(),
            labels: labels("Partenaires", "Partners"),
        };
        let got: Vec<(String, Problem)> = f
            .check(&vocab(), &Brussels)
            .unwrap_err()
            .into_iter()
            .map(|x| (x.field, x.problem))
            .collect();
        let want: Vec<(String, Problem)> = [
            ("key", Problem::Key),
            ("envelope", Problem::NotAnAmount),
            ("closes_on", Problem::ClosesBeforeOpens),
            ("tranches", Problem::Tranches),
            ("text-nl-title", Problem::Missing),
            ("crit-1-key", Problem::Duplicate),
            ("crit-1-weight", Problem::NotANumber),
            ("crit-1-label-nl", Problem::MissingLabel),
            ("q-0-max", Problem::Missing),
        ]
        .into_iter()
        .map(|(f, p)| (f.to_string(), p))
        .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn amounts_must_fit_the_envelope() {
        let mut f = form();
        f.max = "395 000".into();
        let e = f.check(&vocab(), &Brussels).unwrap_err();
        assert_eq!(e, vec![p("max", Problem::AboveEnvelope)]);
        f.max = "4 000".into();
        let e = f.check(&vocab(), &Brussels).unwrap_err();
        assert_eq!(e, vec![p("max", Problem::MaxBelowMin)]);
        f.max = "15 000".into();
        f.fee = "500 000".into();
        let e = f.check(&vocab(), &Brussels).unwrap_err();
        assert_eq!(e, vec![p("fee", Problem::AboveEnvelope)]);
    }

    #[test]
    fn nothing_but_known_codes() {
        let mut f = form();
        f.languages.push("xx".into());
        f.kinds.push("bank".into());
        f.publics.push("aliens".into());
        f.criteria.clear();
        let fields: Vec<String> = f
            .check(&vocab(), &Brussels)
            .unwrap_err()
            .into_iter()
            .map(|x| x.field)
            .collect();
        assert_eq!(
            fields,
            vec![
                "languages-fr",
                "kinds-asbl",
                "publics-seniors",
                "crit-0-key"
            ]
        );
    }

    #[test]
    fn tranches_are_read_as_people_write_them() {
        assert_eq!(parse_tranches("80, 20"), Some(vec![80, 20]));
        assert_eq!(parse_tranches("80 % + 20 %"), Some(vec![80, 20]));
        assert_eq!(parse_tranches("100"), Some(vec![100]));
        assert_eq!(parse_tranches("50, 50, 0"), None);
        assert_eq!(parse_tranches("80,5 20"), None);
        assert_eq!(parse_tranches(""), None);
    }
}
