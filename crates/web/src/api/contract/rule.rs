//! One rule of the contract: what a value must be, how the OpenAPI document
//! says it, and how a request's value is checked against it.

use std::sync::LazyLock;

use chrono::{DateTime, NaiveDate};
use domain::Lang;
use domain::diagnostic::{DigCompArea, Level};
use domain::label::BasicPrice;
use domain::sessions::Theme;
use domain::vocab::VocabKind;
use regex::Regex;
use serde_json::{Value, json};

use super::body::Body;
use crate::App;

/// A regular expression written in the subset that ECMA-262 (JSON Schema),
/// Python (schemathesis) and Rust's `regex` read alike: explicit classes (no
/// `\s`, `\d`, `\w`, whose meaning differs), no look-around.
pub struct Pattern {
    pub source: &'static str,
    re: LazyLock<Regex>,
}

impl Pattern {
    pub fn is_match(&self, v: &str) -> bool {
        self.re.is_match(v)
    }
}

macro_rules! pattern {
    ($(#[$doc:meta])* $name:ident = $src:expr) => {
        $(#[$doc])*
        pub static $name: Pattern = Pattern {
            source: $src,
            re: LazyLock::new(|| Regex::new($src).expect("a valid pattern")),
        };
    };
}

pattern!(
    /// Some character that is not white space (what `str::trim` removes).
    NOT_BLANK = r"[^\t-\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
);
pattern!(
    /// A name: no control character, and something besides white space.
    NAME = r"^[^\x00-\x1f\x7f-\x9f]*[^\x00-\x20\x7f-\x9f\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000][^\x00-\x1f\x7f-\x9f]*$"
);
pattern!(
    /// Empty, or a phone number as `domain::contact::PhoneNumber` reads one:
    /// 4 to 20 digits with spaces . / - ( ) between them, after an optional +.
    PHONE = r"^(?:\+?[ ./()-]*(?:[0-9][ ./()-]*){4,20})?$"
);
pattern!(
    /// Empty, or an e-mail address: dot-atom@host.domain, ASCII.
    EMAIL = r"^(?:[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+)?$"
);
pattern!(
    /// A postal code as `domain::postcode::Postcode` reads one (with the
    /// parameter's 3 to 10 characters): letters and digits, with spaces or
    /// hyphens inside, and at least one digit (1080, L-1234, 1012 AB).
    POSTCODE = r"^(?:[0-9](?:[A-Za-z0-9 -]*[A-Za-z0-9])?|[A-Za-z][A-Za-z -]*[0-9](?:[A-Za-z0-9 -]*[A-Za-z0-9])?)$"
);
pattern!(
    /// latitude,longitude in decimal degrees, within -90..90 and -180..180.
    NEAR = r"^-?(?:90(?:\.0+)?|[1-8]?[0-9](?:\.[0-9]+)?),-?(?:180(?:\.0+)?|(?:1[0-7][0-9]|[1-9]?[0-9])(?:\.[0-9]+)?)$"
);
pattern!(
    /// A JSON number, as a query parameter writes one.
    JSON_NUMBER = r"^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?$"
);
pattern!(
    /// RFC 3339 `full-date`; the calendar is checked apart.
    FULL_DATE = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
);
pattern!(
    /// RFC 3339 `date-time` (T and Z in either case, as the RFC allows).
    DATE_TIME = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]+)?(?:[Zz]|[+-][0-9]{2}:[0-9]{2})$"
);

/// A list of codes, some known only at run time (the region's communes, the
/// vocabularies).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeList {
    Communes,
    Services,
    Publics,
    Languages,
    /// A session theme, or a DigComp area for every theme of the area.
    ThemesAndAreas,
    Levels,
    /// The languages of the platform: fr, nl, en, ar.
    Langs,
    BasicPrices,
}

impl CodeList {
    pub fn codes(self, app: &App) -> Vec<&str> {
        let vocab = |k| app.vocab.terms(k).iter().map(|t| t.code.as_str()).collect();
        match self {
            CodeList::Communes => app.region.communes.iter().map(|c| c.nis.as_str()).collect(),
            CodeList::Services => vocab(VocabKind::Service),
            CodeList::Publics => vocab(VocabKind::Public),
            CodeList::Languages => vocab(VocabKind::Language),
            CodeList::ThemesAndAreas => {
                let mut v: Vec<&str> = Theme::ALL.iter().map(|t| t.code()).collect();
                for a in DigCompArea::ALL {
                    if !v.contains(&a.code()) {
                        v.push(a.code());
                    }
                }
                v
            }
            CodeList::Levels => Level::ALL.iter().map(|l| l.code()).collect(),
            CodeList::Langs => Lang::ALL.iter().map(|l| l.code()).collect(),
            CodeList::BasicPrices => [BasicPrice::Free, BasicPrice::Symbolic, BasicPrice::Paid]
                .iter()
                .map(|p| p.code())
                .collect(),
        }
    }

    fn contains(self, app: &App, v: &str) -> bool {
        self.codes(app).contains(&v)
    }

    /// Where a client finds the codes, when they are too many to name.
    fn hint(self) -> &'static str {
        match self {
            CodeList::Communes => "a NIS code of GET /api/v1/communes",
            _ => "a code listed in the OpenAPI document",
        }
    }
}

/// What a value must be.
#[derive(Clone, Copy)]
pub enum Rule {
    /// Text of `min` to `max` characters (Unicode code points), matching
    /// `pattern` when there is one; `what` says it in words.
    Text {
        min: usize,
        max: usize,
        pattern: Option<&'static Pattern>,
        what: Option<&'static str>,
    },
    /// One of a list of codes.
    Code(CodeList),
    /// A number above `min` (or equal to it when `min_inclusive`) and at most `max`.
    Number {
        min: f64,
        min_inclusive: bool,
        max: f64,
    },
    /// A whole number from `min` to `max`; as in JSON Schema, 941.0 is the
    /// whole number 941.
    Integer {
        min: i64,
        max: i64,
    },
    Boolean,
    /// `true` and nothing else (a consent).
    True,
    /// An RFC 3339 date-time.
    DateTime,
    /// An RFC 3339 full-date (YYYY-MM-DD) or date-time.
    DateOrDateTime,
    /// A JSON object with fields of its own (request bodies only).
    Object(&'static Body),
}

/// `v` as a JSON number: the grammar of JSON, nothing else (no `+1`, `.5`,
/// `inf`, or white space).
pub fn json_number(v: &str) -> Option<f64> {
    if !JSON_NUMBER.is_match(v) {
        return None;
    }
    v.parse::<f64>().ok().filter(|n| n.is_finite())
}

/// `v` as a whole number: digits, or a JSON number with no fraction (`941.0`,
/// `9.41e2`) within ±2^53, where a double is still exact.
pub fn integer(v: &str) -> Option<i64> {
    let digits = v.strip_prefix('-').unwrap_or(v);
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        return v.parse().ok();
    }
    let n = json_number(v)?;
    const EXACT: f64 = 9_007_199_254_740_992.0;
    (n.fract() == 0.0 && n.abs() <= EXACT).then_some(n as i64)
}

pub fn is_full_date(v: &str) -> bool {
    FULL_DATE.is_match(v) && NaiveDate::parse_from_str(v, "%Y-%m-%d").is_ok()
}

pub fn is_date_time(v: &str) -> bool {
    DATE_TIME.is_match(v) && DateTime::parse_from_rfc3339(v).is_ok()
}

fn number_json(n: f64) -> Value {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        json!(n as i64)
    } else {
        json!(n)
    }
}

impl Rule {
    /// The JSON Schema of the rule.
    pub fn schema(&self, app: &App) -> Value {
        match *self {
            Rule::Text {
                min, max, pattern, ..
            } => {
                let mut s = json!({"type": "string", "maxLength": max});
                if min > 0 {
                    s["minLength"] = json!(min);
                }
                if let Some(p) = pattern {
                    s["pattern"] = json!(p.source);
                }
                s
            }
            Rule::Code(list) => json!({"type": "string", "enum": list.codes(app)}),
            Rule::Number {
                min,
                min_inclusive,
                max,
            } => {
                let key = if min_inclusive {
                    "minimum"
                } else {
                    "exclusiveMinimum"
                };
                json!({"type": "number", key: number_json(min), "maximum": number_json(max)})
            }
            Rule::Integer { min, max } => {
                json!({"type": "integer", "format": "int64", "minimum": min, "maximum": max})
            }
            Rule::Boolean => json!({"type": "boolean"}),
            Rule::True => json!({"type": "boolean", "const": true}),
            Rule::DateTime => json!({"type": "string", "format": "date-time"}),
            Rule::DateOrDateTime => json!({"anyOf": [
                {"type": "string", "format": "date"},
                {"type": "string", "format": "date-time"},
            ]}),
            Rule::Object(body) => {
                json!({"$ref": format!("#/components/schemas/{}", body.component)})
            }
        }
    }

    /// What a value must be, in words, after "must be".
    pub fn expected(&self) -> String {
        match *self {
            Rule::Text { what: Some(w), .. } => w.to_owned(),
            Rule::Text { min: 0, max, .. } => format!("text of at most {max} characters"),
            Rule::Text { min, max, .. } => format!("text of {min} to {max} characters"),
            Rule::Code(CodeList::Langs) => "fr, nl, en or ar".into(),
            Rule::Code(CodeList::Levels) => "beginner, intermediate or advanced".into(),
            Rule::Code(CodeList::BasicPrices) => "\"free\", \"symbolic\" or \"paid\"".into(),
            Rule::Code(list) => list.hint().into(),
            Rule::Number {
                min,
                min_inclusive: true,
                max,
            } => format!("a number from {min} to {max}"),
            Rule::Number { min, max, .. } => {
                format!("a number greater than {min} and at most {max}")
            }
            Rule::Integer { min, max } => format!("a whole number from {min} to {max}"),
            Rule::Boolean => "true or false".into(),
            Rule::True => "true".into(),
            Rule::DateTime => "an RFC 3339 date-time such as 2026-11-26T10:00:00+01:00".into(),
            Rule::DateOrDateTime => {
                "a date (YYYY-MM-DD) or an RFC 3339 date-time such as 2026-11-26T10:00:00+01:00"
                    .into()
            }
            Rule::Object(_) => "a JSON object".into(),
        }
    }

    fn text_ok(&self, v: &str) -> bool {
        match *self {
            Rule::Text {
                min, max, pattern, ..
            } => {
                let n = v.chars().count();
                (min..=max).contains(&n) && pattern.is_none_or(|p| p.is_match(v))
            }
            _ => false,
        }
    }

    fn number_ok(&self, n: f64) -> bool {
        match *self {
            Rule::Number {
                min,
                min_inclusive,
                max,
            } => (if min_inclusive { n >= min } else { n > min }) && n <= max,
            Rule::Integer { min, max } => n.fract() == 0.0 && n >= min as f64 && n <= max as f64,
            _ => false,
        }
    }

    /// Checks a query parameter's value; returns it in the form the page
    /// parsers read (a whole number written as digits), or None when it breaks the rule.
    pub fn check_query(&self, app: &App, v: &str) -> Option<String> {
        let ok = match *self {
            Rule::Text { .. } => self.text_ok(v),
            Rule::Code(list) => list.contains(app, v),
            Rule::Number { .. } => json_number(v).is_some_and(|n| self.number_ok(n)),
            Rule::Integer { min, max } => {
                return integer(v)
                    .filter(|n| (min..=max).contains(n))
                    .map(|n| n.to_string());
            }
            Rule::Boolean => v == "true" || v == "false",
            Rule::True => v == "true",
            Rule::DateTime => is_date_time(v),
            Rule::DateOrDateTime => is_full_date(v) || is_date_time(v),
            Rule::Object(_) => false,
        };
        ok.then(|| v.to_owned())
    }

    /// Checks a value of a JSON body (objects are checked field by field by the caller).
    pub fn check_json(&self, app: &App, v: &Value) -> bool {
        match *self {
            Rule::Text { .. } => v.as_str().is_some_and(|s| self.text_ok(s)),
            Rule::Code(list) => v.as_str().is_some_and(|s| list.contains(app, s)),
            Rule::Number { .. } | Rule::Integer { .. } => {
                v.as_f64().is_some_and(|n| self.number_ok(n))
            }
            Rule::Boolean => v.is_boolean(),
            Rule::True => v == &Value::Bool(true),
            Rule::DateTime => v.as_str().is_some_and(is_date_time),
            Rule::DateOrDateTime => v
                .as_str()
                .is_some_and(|s| is_full_date(s) || is_date_time(s)),
            Rule::Object(_) => v.is_object(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_compile_and_read_as_documented() {
        for (p, yes, no) in [
            (&NOT_BLANK, &["a", " x "][..], &["", " \t\u{3000}"][..]),
            (
                &NAME,
                &["Amina", " Léa ", "\u{feff}"],
                &["", "  ", "A\u{7}"],
            ),
            (
                &PHONE,
                &["", "+32 470 12 34 56", "(02) 511.22.33", " 123456"],
                &["123", " +32470123456", "32+470123456", "0470 12 34 56 x"],
            ),
            (
                &EMAIL,
                &["", "a@b.be", "x.y+z@mail.example.org"],
                &["nope", "a@b", "a@.b.c", "a b@c.d", "a@b@c.d"],
            ),
            (
                &POSTCODE,
                &["1080", "L-1234", "1012 AB"],
                &["", " 1080", "1080-", "<script>", "ABCD", "A-B"],
            ),
            (
                &NEAR,
                &["50.85,4.35", "-90,180", "90.0,-180.000", "0,0"],
                &["91,0", "50.85, 4.35", "1e1,4", "+50,4", "50.,4", "05,4"],
            ),
        ] {
            for v in yes {
                assert!(p.is_match(v), "{} should match {v:?}", p.source);
            }
            for v in no {
                assert!(!p.is_match(v), "{} should not match {v:?}", p.source);
            }
        }
    }

    /// One rule per field: what the document allows, the domain's parser
    /// reads (the server checks the raw value against the pattern, then parses).
    #[test]
    fn phone_and_postcode_patterns_are_the_domains_rules() {
        for v in [
            "02 411 23 32",
            "+32 2 411 23 32",
            "0032 2 411 23 32",
            "0470/12.34.56",
            "1718",
            "36 31",
            "123",
            "12 34 56 78 90 12 34 56 78 90 1",
            "+",
            "0470 12 34 56 x",
            "32+4",
            "(02) 511-22-33",
        ] {
            assert_eq!(
                PHONE.is_match(v),
                domain::contact::PhoneNumber::parse(v).is_ok(),
                "phone {v:?}"
            );
        }
        for v in [
            "1080",
            "L-1234",
            "1012 AB",
            "SW1A 1AA",
            "49000",
            "1",
            "12",
            "ABCD",
            "A-B",
            "AB 12",
            "12345678901",
            "10 80",
            "1-2",
        ] {
            let in_range = (3..=10).contains(&v.chars().count());
            assert_eq!(
                POSTCODE.is_match(v) && in_range,
                domain::postcode::Postcode::parse(v).is_ok(),
                "postcode {v:?}"
            );
        }
    }

    #[test]
    fn numbers_are_json_numbers_and_whole_numbers_may_have_a_zero_fraction() {
        assert_eq!(json_number("1e3"), Some(1000.0));
        for bad in ["", " 1", "+1", ".5", "5.", "inf", "NaN", "0x10", "01"] {
            assert_eq!(json_number(bad), None, "{bad:?}");
        }
        assert_eq!(integer("941.0"), Some(941));
        assert_eq!(integer("9.41e2"), Some(941));
        assert_eq!(integer("-9223372036854775808"), Some(i64::MIN));
        assert_eq!(integer("9223372036854775808"), None);
        assert_eq!(integer("2.5"), None);
    }

    #[test]
    fn dates_follow_rfc_3339() {
        assert!(is_date_time("2026-11-26T10:00:00+01:00"));
        assert!(is_date_time("2026-11-26t10:00:00.123z"));
        assert!(is_date_time("0001-01-01T00:00:00-23:59"));
        assert!(!is_date_time("2026-11-26 10:00:00Z"));
        assert!(!is_date_time("2024-01-01T12:99:00Z"));
        assert!(!is_date_time("2026-11-26T10:00:00+0100"));
        assert!(is_full_date("2024-02-29"));
        assert!(!is_full_date("2026-02-29"));
        assert!(!is_full_date("2024-13-01"));
        assert!(!is_full_date("26-11-2026"));
    }
}
