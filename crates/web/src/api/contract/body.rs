//! Request bodies: their fields and rules, checked before a handler reads
//! them, so that a problem names the first field at fault.

use serde_json::{Map, Value};

use super::rule::{CodeList, EMAIL, NAME, NOT_BLANK, PHONE, Rule};
use crate::App;
use crate::error::ApiError;

/// A JSON object of a request: the component of the OpenAPI document that
/// describes it, and its fields.
pub struct Body {
    pub component: &'static str,
    pub fields: &'static [Field],
    /// Fields not listed are refused (`additionalProperties: false`).
    pub closed: bool,
}

pub struct Field {
    pub name: &'static str,
    pub rule: Rule,
    pub required: bool,
    /// `null` is accepted, as if the field were absent.
    pub nullable: bool,
}

const fn field(name: &'static str, rule: Rule) -> Field {
    Field {
        name,
        rule,
        required: true,
        nullable: false,
    }
}

const fn optional(name: &'static str, rule: Rule) -> Field {
    Field {
        name,
        rule,
        required: false,
        nullable: true,
    }
}

/// `POST /api/v1/label/evaluate`.
pub static EVALUATE: Body = Body {
    component: "EvaluateIn",
    closed: true,
    fields: &[
        field(
            "computers",
            Rule::Integer {
                min: 0,
                max: 100_000,
            },
        ),
        field(
            "opening_hours",
            Rule::Text {
                min: 1,
                max: 500,
                pattern: Some(&NOT_BLANK),
                what: Some(
                    "text in OpenStreetMap opening_hours syntax, e.g. \"Mo-Fr 14:00-17:00\", of 1 to 500 characters",
                ),
            },
        ),
        field("training_hours_per_week", HOURS_A_WEEK),
        field("free_access_hours_per_week", HOURS_A_WEEK),
        field("open_to_all_adults", Rule::Boolean),
        field("basic_activities_price", Rule::Code(CodeList::BasicPrices)),
        field("charter_accepted", Rule::Boolean),
    ],
};

const HOURS_A_WEEK: Rule = Rule::Number {
    min: 0.0,
    min_inclusive: true,
    max: 168.0,
};

/// The person of a booking.
pub static PERSON: Body = Body {
    component: "PersonIn",
    closed: false,
    fields: &[
        field(
            "name",
            Rule::Text {
                min: 1,
                max: domain::sessions::MAX_NAME_CHARS,
                pattern: Some(&NAME),
                what: Some(
                    "a first name or a nickname of 1 to 60 characters, without control characters",
                ),
            },
        ),
        optional(
            "phone",
            Rule::Text {
                min: 0,
                max: 40,
                pattern: Some(&PHONE),
                what: Some(
                    "a phone number: 6 to 20 digits, with spaces . / - ( ) between them and an optional + first",
                ),
            },
        ),
        optional(
            "email",
            Rule::Text {
                min: 0,
                max: 254,
                pattern: Some(&EMAIL),
                what: Some("an e-mail address such as amina@example.org"),
            },
        ),
    ],
};

/// `POST /api/v1/sessions/{id}/bookings`.
pub static BOOKING: Body = Body {
    component: "BookingIn",
    closed: false,
    fields: &[
        field("person", Rule::Object(&PERSON)),
        field("consent", Rule::True),
        optional(
            "consent_text",
            Rule::Text {
                min: 1,
                max: 2000,
                pattern: Some(&NOT_BLANK),
                what: Some("the consent text shown, 1 to 2000 characters"),
            },
        ),
        optional("lang", Rule::Code(CodeList::Langs)),
    ],
};

/// Checks a JSON object against `body`, naming the first field at fault
/// (`person.name` for a nested one).
pub fn check_body(app: &App, body: &Body, value: &Map<String, Value>) -> Result<(), ApiError> {
    check_object(app, body, value, "")
}

fn check_object(
    app: &App,
    body: &Body,
    obj: &Map<String, Value>,
    prefix: &str,
) -> Result<(), ApiError> {
    if body.closed
        && let Some(extra) = obj
            .keys()
            .find(|k| !body.fields.iter().any(|f| f.name == k.as_str()))
    {
        let names: Vec<&str> = body.fields.iter().map(|f| f.name).collect();
        let path = format!("{prefix}{extra}");
        return Err(ApiError::bad_param(
            &path,
            format!(
                "{path} is not a field of this request (the fields are {})",
                names.join(", ")
            ),
        ));
    }
    for f in body.fields {
        let path = format!("{prefix}{}", f.name);
        match obj.get(f.name) {
            None if f.required => {
                return Err(ApiError::bad_param(&path, format!("{path} is missing")));
            }
            None => {}
            Some(Value::Null) if f.nullable => {}
            Some(v) if f.rule.check_json(app, v) => {
                if let (Rule::Object(inner), Value::Object(o)) = (f.rule, v) {
                    check_object(app, inner, o, &format!("{path}."))?;
                }
            }
            Some(v) => {
                return Err(ApiError::bad_param(
                    &path,
                    format!("{path} must be {} (got {})", f.rule.expected(), shown(v)),
                ));
            }
        }
    }
    Ok(())
}

/// A value for a message: JSON, cut short.
fn shown(v: &Value) -> String {
    let s = v.to_string();
    match s.char_indices().nth(80) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s,
    }
}
