//! Programme indicators and events of a regional plan: their definitions are
//! data of the region (`data/regions/<region>/indicators.toml`), their values
//! per period and the events with their audiences are entered by the coordination.

use std::collections::HashSet;
use std::sync::LazyLock;

use chrono::NaiveDate;
use serde::Deserialize;

use crate::vocab::{VocabKind, Vocabularies};

/// The Brussels indicators file.
pub const BRUSSELS_INDICATORS: &str =
    include_str!("../../../data/regions/brussels/indicators.toml");

static BRUSSELS: LazyLock<IndicatorSet> = LazyLock::new(|| {
    IndicatorSet::from_toml(BRUSSELS_INDICATORS).expect("the shipped indicators file is valid")
});

/// The indicators of a shipped region, if it has any.
pub fn shipped(region_code: &str) -> Option<&'static IndicatorSet> {
    match region_code {
        "brussels" => Some(&BRUSSELS),
        _ => None,
    }
}

/// Texts of a definition in the four languages (fr, nl, en, ar).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Texts {
    pub fr: Option<String>,
    pub nl: Option<String>,
    pub en: Option<String>,
    pub ar: Option<String>,
}

impl Texts {
    /// The text in `lang`, else English, else French, else "".
    pub fn get(&self, lang: &str) -> &str {
        let pick = |l: &str| match l {
            "fr" => self.fr.as_deref(),
            "nl" => self.nl.as_deref(),
            "en" => self.en.as_deref(),
            "ar" => self.ar.as_deref(),
            _ => None,
        };
        [lang, "en", "fr"]
            .into_iter()
            .find_map(|l| pick(l).filter(|s| !s.trim().is_empty()))
            .unwrap_or("")
    }
}

/// What an indicator's value measures, and so how it is typed and stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// A whole number.
    Count,
    /// Hours with at most one decimal, stored in tenths of an hour.
    Hours,
    /// A whole percentage from 0 to 100.
    Percent,
    /// Euros with at most two decimals, stored in cents.
    Euros,
}

impl Unit {
    pub fn code(self) -> &'static str {
        match self {
            Unit::Count => "count",
            Unit::Hours => "hours",
            Unit::Percent => "percent",
            Unit::Euros => "euros",
        }
    }

    /// Decimals a typed value may have (the stored integer is value × 10^decimals).
    fn decimals(self) -> u32 {
        match self {
            Unit::Count | Unit::Percent => 0,
            Unit::Hours => 1,
            Unit::Euros => 2,
        }
    }

    /// Reads a typed value into the stored integer: spaces (also thin and
    /// no-break) and a point or comma as the decimal mark are accepted;
    /// negative numbers, floats beyond the unit's decimals and percentages
    /// over 100 are not.
    pub fn parse(self, typed: &str) -> Result<i64, ValueError> {
        let s: String = typed
            .chars()
            .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}'))
            .collect();
        if s.is_empty() {
            return Err(ValueError::Missing);
        }
        let (whole, frac) = match s.find([',', '.']) {
            Some(i) => (&s[..i], &s[i + 1..]),
            None => (s.as_str(), ""),
        };
        let digits = |p: &str| p.chars().all(|c| c.is_ascii_digit());
        if whole.is_empty()
            || !digits(whole)
            || !digits(frac)
            || (s.len() > whole.len() && frac.is_empty())
        {
            return Err(ValueError::NotANumber);
        }
        let places = self.decimals();
        if frac.len() as u32 > places {
            return Err(ValueError::TooManyDecimals(places));
        }
        let scale = 10i64.pow(places);
        let whole: i64 = whole.parse().map_err(|_| ValueError::TooLarge)?;
        let mut frac_value: i64 = if frac.is_empty() {
            0
        } else {
            frac.parse().unwrap_or(0)
        };
        for _ in frac.len() as u32..places {
            frac_value *= 10;
        }
        let value = whole
            .checked_mul(scale)
            .and_then(|w| w.checked_add(frac_value))
            .filter(|v| *v <= MAX_VALUE)
            .ok_or(ValueError::TooLarge)?;
        if self == Unit::Percent && value > 100 {
            return Err(ValueError::OverHundred);
        }
        Ok(value)
    }

    /// The stored integer as a plain number with the unit's decimals
    /// (`83646` hours → `8364.6`); the web layer adds the language's marks.
    pub fn plain(self, stored: i64) -> String {
        let places = self.decimals();
        if places == 0 {
            return stored.to_string();
        }
        let scale = 10i64.pow(places);
        format!(
            "{}.{:0width$}",
            stored / scale,
            stored % scale,
            width = places as usize
        )
    }
}

/// The largest value accepted (a trillion units), far beyond any plan figure.
pub const MAX_VALUE: i64 = 1_000_000_000_000_000;

/// Why a typed value was refused; the web layer words it per unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueError {
    Missing,
    NotANumber,
    /// More decimals than the unit allows (the number allowed).
    TooManyDecimals(u32),
    TooLarge,
    OverHundred,
}

/// A programme of the plan (Start Digital…).
#[derive(Debug, Clone)]
pub struct Programme {
    pub code: String,
    pub name: Texts,
    pub source: Option<String>,
}

/// An indicator of a programme.
#[derive(Debug, Clone)]
pub struct Indicator {
    pub code: String,
    pub programme: String,
    pub unit: Unit,
    pub definition: Texts,
    pub source: Option<String>,
}

/// A kind of audience an event counts (sessions, pupils…).
#[derive(Debug, Clone)]
pub struct AudienceKind {
    pub code: String,
    pub name: Texts,
}

/// The region's programmes, indicators and audience kinds, checked.
#[derive(Debug, Clone)]
pub struct IndicatorSet {
    pub programmes: Vec<Programme>,
    pub indicators: Vec<Indicator>,
    pub audience_kinds: Vec<AudienceKind>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNamed {
    code: String,
    #[serde(default)]
    source: Option<String>,
    name_fr: Option<String>,
    name_nl: Option<String>,
    name_en: Option<String>,
    name_ar: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawIndicator {
    code: String,
    programme: String,
    unit: Unit,
    #[serde(default)]
    source: Option<String>,
    definition_fr: Option<String>,
    definition_nl: Option<String>,
    definition_en: Option<String>,
    definition_ar: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    programmes: Vec<RawNamed>,
    #[serde(default)]
    indicators: Vec<RawIndicator>,
    #[serde(default)]
    audience_kinds: Vec<RawNamed>,
}

fn check_code(what: &str, code: &str, seen: &mut HashSet<String>) -> Result<(), String> {
    let ok = !code.is_empty()
        && code.len() <= 60
        && code
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if !ok {
        return Err(format!(
            "{what} code {code:?}: use 1-60 lowercase letters, digits and hyphens"
        ));
    }
    if !seen.insert(code.to_owned()) {
        return Err(format!("{what} code {code:?} is listed twice"));
    }
    Ok(())
}

fn named(raw: RawNamed) -> (String, Texts, Option<String>) {
    (
        raw.code,
        Texts {
            fr: raw.name_fr,
            nl: raw.name_nl,
            en: raw.name_en,
            ar: raw.name_ar,
        },
        raw.source,
    )
}

impl IndicatorSet {
    /// Reads and checks an indicators file: every code well formed and
    /// unique in its list, every indicator in a listed programme, every
    /// programme, indicator and kind named in at least one language.
    pub fn from_toml(src: &str) -> Result<IndicatorSet, String> {
        let raw: RawFile = toml::from_str(src).map_err(|e| e.to_string())?;
        let mut seen = HashSet::new();
        let mut programmes = Vec::new();
        for p in raw.programmes {
            check_code("programme", &p.code, &mut seen)?;
            let (code, name, source) = named(p);
            if name.get("en").is_empty() {
                return Err(format!("programme {code:?} has no name"));
            }
            programmes.push(Programme { code, name, source });
        }
        let mut seen = HashSet::new();
        let mut indicators = Vec::new();
        for i in raw.indicators {
            check_code("indicator", &i.code, &mut seen)?;
            if !programmes.iter().any(|p| p.code == i.programme) {
                return Err(format!(
                    "indicator {:?} names the unknown programme {:?}",
                    i.code, i.programme
                ));
            }
            let definition = Texts {
                fr: i.definition_fr,
                nl: i.definition_nl,
                en: i.definition_en,
                ar: i.definition_ar,
            };
            if definition.get("en").is_empty() {
                return Err(format!("indicator {:?} has no definition", i.code));
            }
            indicators.push(Indicator {
                code: i.code,
                programme: i.programme,
                unit: i.unit,
                definition,
                source: i.source,
            });
        }
        let mut seen = HashSet::new();
        let mut audience_kinds = Vec::new();
        for k in raw.audience_kinds {
            check_code("audience kind", &k.code, &mut seen)?;
            let (code, name, _) = named(k);
            if name.get("en").is_empty() {
                return Err(format!("audience kind {code:?} has no name"));
            }
            audience_kinds.push(AudienceKind { code, name });
        }
        Ok(IndicatorSet {
            programmes,
            indicators,
            audience_kinds,
        })
    }

    pub fn indicator(&self, code: &str) -> Option<&Indicator> {
        self.indicators.iter().find(|i| i.code == code)
    }

    /// The indicators of a programme, in the file's order.
    pub fn of_programme<'a>(&'a self, programme: &'a str) -> impl Iterator<Item = &'a Indicator> {
        self.indicators
            .iter()
            .filter(move |i| i.programme == programme)
    }
}

/// A period of a value: a year (`2021`) or a month (`2021-08`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Period(String);

impl Period {
    /// Reads `YYYY` or `YYYY-MM` (years 2000-2100).
    pub fn parse(s: &str) -> Option<Period> {
        let s = s.trim();
        let (year, month) = match s.split_once('-') {
            Some((y, m)) => (y, Some(m)),
            None => (s, None),
        };
        if year.len() != 4 || !year.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        let y: u32 = year.parse().ok()?;
        if !(2000..=2100).contains(&y) {
            return None;
        }
        match month {
            None => Some(Period(year.to_owned())),
            Some(m) => {
                let n: u32 = (m.len() == 2 && m.chars().all(|c| c.is_ascii_digit()))
                    .then(|| m.parse().ok())
                    .flatten()?;
                (1..=12).contains(&n).then(|| Period(format!("{year}-{m}")))
            }
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The longest source note.
pub const MAX_NOTE: usize = 500;

/// A value to record, checked against its indicator's unit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewValue {
    pub indicator: String,
    pub period: Period,
    /// In the unit's stored form (tenths of hours, cents…).
    pub value: i64,
    pub source_note: String,
}

/// A problem with one field of a form, for the web layer to word: `field` is
/// the input's id, `problem` a message-key suffix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldProblem {
    pub field: String,
    pub problem: &'static str,
}

fn problem(field: &str, problem: &'static str) -> FieldProblem {
    FieldProblem {
        field: field.to_owned(),
        problem,
    }
}

fn value_problem(e: ValueError) -> &'static str {
    match e {
        ValueError::Missing => "missing",
        ValueError::NotANumber => "not-a-number",
        ValueError::TooManyDecimals(0) => "whole-number",
        ValueError::TooManyDecimals(1) => "one-decimal",
        ValueError::TooManyDecimals(_) => "two-decimals",
        ValueError::TooLarge => "too-large",
        ValueError::OverHundred => "over-hundred",
    }
}

fn note(field: &str, s: &str, problems: &mut Vec<FieldProblem>) -> String {
    let s = s.trim();
    if s.chars().count() > MAX_NOTE {
        problems.push(problem(field, "note-too-long"));
    }
    s.to_owned()
}

impl NewValue {
    /// Checks a submitted value: a known indicator, a period, a number in
    /// the indicator's unit and a note of at most 500 characters.
    pub fn parse(
        set: &IndicatorSet,
        indicator: &str,
        period: &str,
        value: &str,
        source_note: &str,
    ) -> Result<NewValue, Vec<FieldProblem>> {
        let mut problems = Vec::new();
        let ind = set.indicator(indicator);
        if ind.is_none() {
            problems.push(problem("indicator", "unknown-indicator"));
        }
        let period = Period::parse(period);
        if period.is_none() {
            problems.push(problem("period", "bad-period"));
        }
        let parsed = ind.map(|i| i.unit.parse(value));
        if let Some(Err(e)) = parsed {
            problems.push(problem("value", value_problem(e)));
        }
        let source_note = note("source_note", source_note, &mut problems);
        match (problems.is_empty(), period, parsed) {
            (true, Some(period), Some(Ok(value))) => Ok(NewValue {
                indicator: indicator.to_owned(),
                period,
                value,
                source_note,
            }),
            _ => Err(problems),
        }
    }
}

/// An event of the plan (a workshop series, a fair…) with its audience.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewEvent {
    pub date: NaiveDate,
    /// The plan's measure it belongs to (free text until the plan's measures are data).
    pub measure: String,
    /// A code of the `publics` vocabulary.
    pub public: String,
    pub title: String,
    /// (audience kind, count), in the kinds' order, only those given.
    pub audience: Vec<(String, i64)>,
    pub source_note: String,
}

/// The typed fields of an event form; `audience` is (kind code, typed count).
#[derive(Debug, Clone, Default)]
pub struct EventInput<'a> {
    pub date: &'a str,
    pub measure: &'a str,
    pub public: &'a str,
    pub title: &'a str,
    pub audience: Vec<(&'a str, &'a str)>,
    pub source_note: &'a str,
}

impl NewEvent {
    /// Checks an event: a date (YYYY-MM-DD, 2000-2100), a measure of 1-100
    /// characters, a public of the vocabulary, a title of 1-200 characters,
    /// whole non-negative counts for known kinds (an empty count is left
    /// out; the count field of kind `k` is `count-k`), a note ≤ 500.
    pub fn parse(
        set: &IndicatorSet,
        vocab: &Vocabularies,
        input: &EventInput,
    ) -> Result<NewEvent, Vec<FieldProblem>> {
        let mut problems = Vec::new();
        let date = NaiveDate::parse_from_str(input.date.trim(), "%Y-%m-%d")
            .ok()
            .filter(|d| (2000..=2100).contains(&chrono::Datelike::year(d)));
        if date.is_none() {
            problems.push(problem("date", "bad-date"));
        }
        let measure = input.measure.trim();
        if measure.is_empty() {
            problems.push(problem("measure", "missing"));
        } else if measure.chars().count() > 100 {
            problems.push(problem("measure", "too-long"));
        }
        if !vocab.contains(VocabKind::Public, input.public) {
            problems.push(problem("public", "unknown-public"));
        }
        let title = input.title.trim();
        if title.is_empty() {
            problems.push(problem("title", "missing"));
        } else if title.chars().count() > 200 {
            problems.push(problem("title", "too-long"));
        }
        let mut audience = Vec::new();
        for kind in &set.audience_kinds {
            let typed = input
                .audience
                .iter()
                .find(|(k, _)| *k == kind.code)
                .map_or("", |(_, v)| v.trim());
            if typed.is_empty() {
                continue;
            }
            match Unit::Count.parse(typed) {
                Ok(n) => audience.push((kind.code.clone(), n)),
                Err(e) => problems.push(problem(&format!("count-{}", kind.code), value_problem(e))),
            }
        }
        for (k, v) in &input.audience {
            if !v.trim().is_empty() && !set.audience_kinds.iter().any(|a| a.code == *k) {
                problems.push(problem(&format!("count-{k}"), "unknown-kind"));
            }
        }
        let source_note = note("source_note", input.source_note, &mut problems);
        match (problems.is_empty(), date) {
            (true, Some(date)) => Ok(NewEvent {
                date,
                measure: measure.to_owned(),
                public: input.public.to_owned(),
                title: title.to_owned(),
                audience,
                source_note,
            }),
            _ => Err(problems),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hours_keep_one_decimal_as_tenths() {
        assert_eq!(Unit::Hours.parse("8364,6"), Ok(83646));
        assert_eq!(Unit::Hours.parse("8 364.6"), Ok(83646));
        assert_eq!(Unit::Hours.parse("12"), Ok(120));
        assert_eq!(
            Unit::Hours.parse("1.25"),
            Err(ValueError::TooManyDecimals(1))
        );
        assert_eq!(Unit::Hours.plain(83646), "8364.6");
    }

    #[test]
    fn counts_are_whole_and_not_negative() {
        assert_eq!(Unit::Count.parse("171"), Ok(171));
        assert_eq!(Unit::Count.parse("0"), Ok(0));
        assert_eq!(Unit::Count.parse("-1"), Err(ValueError::NotANumber));
        assert_eq!(
            Unit::Count.parse("1.5"),
            Err(ValueError::TooManyDecimals(0))
        );
        assert_eq!(Unit::Count.parse("1e3"), Err(ValueError::NotANumber));
        assert_eq!(Unit::Count.parse("12."), Err(ValueError::NotANumber));
        assert_eq!(Unit::Count.parse(" "), Err(ValueError::Missing));
        assert_eq!(
            Unit::Count.parse("99999999999999999999"),
            Err(ValueError::TooLarge)
        );
    }

    #[test]
    fn percents_stop_at_a_hundred_and_euros_are_cents() {
        assert_eq!(Unit::Percent.parse("100"), Ok(100));
        assert_eq!(Unit::Percent.parse("101"), Err(ValueError::OverHundred));
        assert_eq!(Unit::Euros.parse("21517,20"), Ok(2_151_720));
        assert_eq!(Unit::Euros.parse("3.5"), Ok(350));
        assert_eq!(Unit::Euros.plain(2_151_720), "21517.20");
    }

    #[test]
    fn periods_are_years_or_months() {
        assert_eq!(Period::parse("2021").unwrap().as_str(), "2021");
        assert_eq!(Period::parse("2021-08").unwrap().as_str(), "2021-08");
        for bad in ["21", "2021-13", "2021-8", "1999", "2021-00", "x", ""] {
            assert!(Period::parse(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn the_shipped_file_loads() {
        let set = shipped("brussels").unwrap();
        assert_eq!(set.of_programme("start-digital").count(), 6);
        assert_eq!(
            set.indicator("sd-hours-presence").unwrap().unit,
            Unit::Hours
        );
    }

    const BASE: &str = "[[programmes]]\ncode = \"p\"\nname_en = \"P\"\n";

    #[test]
    fn a_bad_file_says_what_is_wrong() {
        let unknown = format!(
            "{BASE}[[indicators]]\ncode = \"i\"\nprogramme = \"q\"\nunit = \"count\"\ndefinition_en = \"I\"\n"
        );
        let e = IndicatorSet::from_toml(&unknown).unwrap_err();
        assert!(e.contains("unknown programme \"q\""), "{e}");
        let twice = format!("{BASE}[[programmes]]\ncode = \"p\"\nname_en = \"P2\"\n");
        let e = IndicatorSet::from_toml(&twice).unwrap_err();
        assert!(e.contains("\"p\" is listed twice"), "{e}");
        let unit = format!(
            "{BASE}[[indicators]]\ncode = \"i\"\nprogramme = \"p\"\nunit = \"litres\"\ndefinition_en = \"I\"\n"
        );
        assert!(
            IndicatorSet::from_toml(&unit)
                .unwrap_err()
                .contains("litres")
        );
    }

    #[test]
    fn a_value_is_checked_against_its_unit() {
        let set = shipped("brussels").unwrap();
        let v = NewValue::parse(set, "sd-hours-presence", "2021", "8364,6", " seed:1983 ").unwrap();
        assert_eq!((v.value, v.source_note.as_str()), (83646, "seed:1983"));
        let e = NewValue::parse(set, "sd-trainings", "2021-13", "2.5", "").unwrap_err();
        assert_eq!(
            e,
            vec![
                problem("period", "bad-period"),
                problem("value", "whole-number")
            ]
        );
        let e = NewValue::parse(set, "nope", "2021", "1", &"x".repeat(501)).unwrap_err();
        assert_eq!(
            e,
            vec![
                problem("indicator", "unknown-indicator"),
                problem("source_note", "note-too-long")
            ]
        );
    }
}
