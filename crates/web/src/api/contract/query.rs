//! Query parameters: the rules of each operation's parameters, checked before
//! the shared search parsers (which also read the pages' lenient forms) see
//! the query.

use super::rule::{CodeList, NEAR, POSTCODE, Rule};
use crate::App;
use crate::error::ApiError;

/// A query parameter.
pub struct Param {
    pub name: &'static str,
    pub rule: Rule,
    /// May be given several times (`service=a&service=b`).
    pub repeated: bool,
}

const fn one(name: &'static str, rule: Rule) -> Param {
    Param {
        name,
        rule,
        repeated: false,
    }
}

const Q: Param = one(
    "q",
    Rule::Text {
        min: 0,
        max: 200,
        pattern: None,
        what: None,
    },
);
const POSTCODE_PARAM: Param = one(
    "postcode",
    Rule::Text {
        min: 3,
        max: 10,
        pattern: Some(&POSTCODE),
        what: Some("a postal code such as 1080"),
    },
);
const NEAR_PARAM: Param = one(
    "near",
    Rule::Text {
        min: 3,
        max: 100,
        pattern: Some(&NEAR),
        what: Some(
            "latitude,longitude in decimal degrees, e.g. 50.85,4.35 (latitude within ±90, longitude within ±180)",
        ),
    },
);
const RADIUS: Param = one(
    "radius_km",
    Rule::Number {
        min: 0.0,
        min_inclusive: false,
        max: 1000.0,
    },
);
const PAGE: Param = one(
    "page",
    Rule::Integer {
        min: 1,
        max: 100_000,
    },
);
const PER_PAGE: Param = one("per_page", Rule::Integer { min: 1, max: 100 });

/// `GET /api/v1/places`.
pub static PLACES: &[Param] = &[
    Q,
    POSTCODE_PARAM,
    one("commune", Rule::Code(CodeList::Communes)),
    NEAR_PARAM,
    RADIUS,
    Param {
        name: "service",
        rule: Rule::Code(CodeList::Services),
        repeated: true,
    },
    one("public", Rule::Code(CodeList::Publics)),
    one("language", Rule::Code(CodeList::Languages)),
    one("wheelchair", Rule::Boolean),
    one("free", Rule::Boolean),
    one("open_now", Rule::Boolean),
    one("open_at", Rule::DateTime),
    one("labelled", Rule::Boolean),
    PAGE,
    PER_PAGE,
];

/// `GET /api/v1/sessions`.
pub static SESSIONS: &[Param] = &[
    Q,
    POSTCODE_PARAM,
    one("commune", Rule::Code(CodeList::Communes)),
    NEAR_PARAM,
    RADIUS,
    one("theme", Rule::Code(CodeList::ThemesAndAreas)),
    one("level", Rule::Code(CodeList::Levels)),
    one("language", Rule::Code(CodeList::Languages)),
    one("public", Rule::Code(CodeList::Publics)),
    one("free", Rule::Boolean),
    one("wheelchair", Rule::Boolean),
    one("has_seats", Rule::Boolean),
    one("from", Rule::DateOrDateTime),
    one("to", Rule::DateOrDateTime),
    one(
        "place",
        Rule::Integer {
            min: i64::MIN,
            max: i64::MAX,
        },
    ),
    PAGE,
    PER_PAGE,
];

/// `GET /api/v1/statistics/{section}`.
pub static STATISTICS: &[Param] = &[one(
    "year",
    Rule::Integer {
        min: crate::services::figures::FIRST_YEAR as i64,
        max: 2100,
    },
)];

/// `POST /api/v1/label/evaluate`.
pub static EVALUATE: &[Param] = &[one("lang", Rule::Code(CodeList::Langs))];

/// Checks every documented parameter of `raw` (an empty value breaks every
/// rule but free text's) and returns the query the shared parsers should
/// read: the documented parameters only, whole numbers written as digits.
pub fn check_query(app: &App, params: &[Param], raw: &str) -> Result<String, ApiError> {
    let mut out = form_urlencoded::Serializer::new(String::new());
    for (k, v) in form_urlencoded::parse(raw.as_bytes()) {
        let Some(p) = params.iter().find(|p| p.name == k) else {
            continue;
        };
        let v = p.rule.check_query(app, &v).ok_or_else(|| {
            let shown: String = v.chars().take(80).collect();
            ApiError::bad_param(
                p.name,
                format!("{} must be {} (got {shown:?})", p.name, p.rule.expected()),
            )
        })?;
        out.append_pair(p.name, &v);
    }
    Ok(out.finish())
}
