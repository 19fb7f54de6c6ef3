//! The oracle of the contract tests: whether a schema of the OpenAPI document
//! allows a value (read as JSON Schema reads it, for the keywords the document
//! uses), and values at the edges of each schema to try on the server.

#![allow(dead_code)]

use chrono::{NaiveDate, NaiveTime};
use regex::Regex;
use serde_json::{Value, json};

/// The schema a `$ref` points to, or the schema itself.
pub fn resolve<'a>(doc: &'a Value, schema: &'a Value) -> &'a Value {
    match schema["$ref"].as_str() {
        Some(r) => {
            let name = r.trim_start_matches("#/components/schemas/");
            &doc["components"]["schemas"][name]
        }
        None => schema,
    }
}

fn types(schema: &Value) -> Vec<&str> {
    match &schema["type"] {
        Value::String(t) => vec![t.as_str()],
        Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
        _ => vec![],
    }
}

/// RFC 3339 full-date, read from the RFC (not from the server's code).
pub fn rfc3339_date(v: &str) -> bool {
    let b = v.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && [0..4, 5..7, 8..10]
            .iter()
            .all(|r| b[r.clone()].iter().all(u8::is_ascii_digit))
        && NaiveDate::from_ymd_opt(
            v[0..4].parse().unwrap(),
            v[5..7].parse().unwrap(),
            v[8..10].parse().unwrap(),
        )
        .is_some()
}

/// RFC 3339 date-time: full-date "T" partial-time time-offset (T and Z in
/// either case); a leap second is not tried here.
pub fn rfc3339_date_time(v: &str) -> bool {
    let re = Regex::new(
        r"^(.{10})[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})(\.[0-9]+)?([Zz]|[+-]([0-9]{2}):([0-9]{2}))$",
    )
    .unwrap();
    let Some(c) = re.captures(v) else {
        return false;
    };
    let n = |i: usize| c[i].parse::<u32>().unwrap();
    rfc3339_date(&c[1])
        && NaiveTime::from_hms_opt(n(2), n(3), n(4)).is_some()
        && c.get(7).is_none_or(|_| n(7) <= 23 && n(8) <= 59)
}

fn cmp_number(a: &Value, b: &Value) -> std::cmp::Ordering {
    let int = |v: &Value| {
        v.as_i64()
            .map(i128::from)
            .or_else(|| v.as_u64().map(i128::from))
    };
    match (int(a), int(b)) {
        (Some(x), Some(y)) => x.cmp(&y),
        _ => a
            .as_f64()
            .unwrap()
            .partial_cmp(&b.as_f64().unwrap())
            .unwrap(),
    }
}

/// Whether the schema allows the JSON value.
pub fn allows(doc: &Value, schema: &Value, v: &Value) -> bool {
    use std::cmp::Ordering::*;
    let s = resolve(doc, schema);
    if let Some(any) = s["anyOf"].as_array() {
        return any.iter().any(|b| allows(doc, b, v));
    }
    if let Some(one) = s["oneOf"].as_array() {
        return one.iter().filter(|b| allows(doc, b, v)).count() == 1;
    }
    let ts = types(s);
    let type_ok = ts.is_empty()
        || ts.iter().any(|t| match *t {
            "string" => v.is_string(),
            "boolean" => v.is_boolean(),
            "null" => v.is_null(),
            "object" => v.is_object(),
            "array" => v.is_array(),
            "number" => v.is_number(),
            "integer" => v.is_i64() || v.is_u64() || v.as_f64().is_some_and(|f| f.fract() == 0.0),
            _ => false,
        });
    if !type_ok {
        return false;
    }
    if let Some(list) = s["enum"].as_array()
        && !list.contains(v)
    {
        return false;
    }
    if let Some(c) = s.get("const")
        && c != v
    {
        return false;
    }
    if v.is_number() {
        let fails = |k: &str, bad: &[std::cmp::Ordering]| {
            s.get(k).is_some_and(|b| bad.contains(&cmp_number(v, b)))
        };
        if fails("minimum", &[Less])
            || fails("maximum", &[Greater])
            || fails("exclusiveMinimum", &[Less, Equal])
            || fails("exclusiveMaximum", &[Greater, Equal])
        {
            return false;
        }
    }
    if let Some(text) = v.as_str() {
        let n = text.chars().count() as u64;
        if s["minLength"].as_u64().is_some_and(|m| n < m)
            || s["maxLength"].as_u64().is_some_and(|m| n > m)
            || s["pattern"]
                .as_str()
                .is_some_and(|p| !Regex::new(p).unwrap().is_match(text))
            || (s["format"] == "date" && !rfc3339_date(text))
            || (s["format"] == "date-time" && !rfc3339_date_time(text))
        {
            return false;
        }
    }
    if let Some(obj) = v.as_object() {
        let props = &s["properties"];
        let required = s["required"].as_array().cloned().unwrap_or_default();
        if required
            .iter()
            .any(|k| !obj.contains_key(k.as_str().unwrap()))
        {
            return false;
        }
        for (k, fv) in obj {
            match props.get(k) {
                Some(ps) if !allows(doc, ps, fv) => return false,
                None if s["additionalProperties"] == json!(false) => return false,
                _ => {}
            }
        }
    }
    if let (Some(items), Some(list)) = (s.get("items"), v.as_array())
        && !list.iter().all(|i| allows(doc, items, i))
    {
        return false;
    }
    true
}

/// How a query parameter's text reads as a JSON value of its schema's type
/// (OpenAPI's `form` style): None when it cannot be one.
pub fn query_value(doc: &Value, schema: &Value, raw: &str) -> Vec<Value> {
    let s = resolve(doc, schema);
    if let Some(branches) = s["anyOf"].as_array().or(s["oneOf"].as_array()) {
        return branches
            .iter()
            .flat_map(|b| query_value(doc, b, raw))
            .collect();
    }
    let number = Regex::new(r"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$").unwrap();
    types(s)
        .iter()
        .filter_map(|t| match *t {
            "integer" | "number" if number.is_match(raw) => Some(exact_number(raw)),
            "boolean" if raw == "true" || raw == "false" => Some(json!(raw == "true")),
            "string" => Some(json!(raw)),
            _ => None,
        })
        .collect()
}

/// A JSON number's text as a value; a whole number beyond 64 bits (which a
/// double would round onto the bound) stays beyond it.
fn exact_number(raw: &str) -> Value {
    match raw.parse::<i128>() {
        Ok(i) if i > i128::from(u64::MAX) => json!(1e30),
        Ok(i) if i < i128::from(i64::MIN) => json!(-1e30),
        _ => serde_json::from_str(raw).unwrap(),
    }
}

/// Whether the schema allows a query parameter's text.
pub fn allows_query(doc: &Value, schema: &Value, raw: &str) -> bool {
    let s = resolve(doc, schema);
    let target = if s["type"] == "array" { &s["items"] } else { s };
    query_value(doc, target, raw)
        .iter()
        .any(|v| allows(doc, target, v))
}

/// Texts around a number: the bound, one step either side, written as JSON
/// writes numbers (and as it may: `941.0` for 941).
fn around(b: &Value, integer: bool) -> Vec<String> {
    let mut out = vec![b.to_string()];
    if let Some(i) = b.as_i64() {
        let i = i128::from(i);
        out.extend([(i - 1).to_string(), (i + 1).to_string()]);
        // Beyond 2^53 a double is not exact: `9223372036854775807.0` is 2^63.
        if i.abs() <= 1 << 53 {
            out.push(format!("{i}.0"));
        }
    }
    if !integer && let Some(f) = b.as_f64() {
        out.extend([(f - 0.001).to_string(), (f + 0.001).to_string()]);
    }
    out
}

/// Texts to try for a query parameter of this schema, with `samples` for its
/// pattern.
pub fn query_candidates(doc: &Value, schema: &Value, samples: &[&str]) -> Vec<String> {
    let s = resolve(doc, schema);
    let mut out: Vec<String> = ["", " ", "x", "null", "true", "1", "+1", " 1", "1.5", "NaN"]
        .iter()
        .map(|v| v.to_string())
        .collect();
    out.extend(samples.iter().map(|v| v.to_string()));
    if s["type"] == "array" {
        out.extend(query_candidates(doc, &s["items"], &[]));
        return out;
    }
    for b in s["anyOf"].as_array().into_iter().flatten() {
        out.extend(query_candidates(doc, b, &[]));
    }
    let integer = types(s).contains(&"integer");
    for k in ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"] {
        if let Some(b) = s.get(k) {
            out.extend(around(b, integer));
        }
    }
    if types(s).contains(&"boolean") {
        out.extend(["false", "TRUE", "yes", "on", "0"].map(String::from));
    }
    for e in s["enum"].as_array().into_iter().flatten() {
        if let Some(e) = e.as_str() {
            out.extend([
                e.to_owned(),
                e.to_uppercase(),
                format!(" {e}"),
                format!("{e} "),
            ]);
        }
    }
    out.extend(length_edges(s));
    match s["format"].as_str() {
        Some("date-time") => out.extend(DATE_TIMES.map(String::from)),
        Some("date") => out.extend(DATES.map(String::from)),
        _ => {}
    }
    out.sort();
    out.dedup();
    out
}

const DATE_TIMES: [&str; 8] = [
    "2026-11-26T10:00:00+01:00",
    "2026-11-26t10:00:00.5z",
    "0001-01-01T00:00:00-23:59",
    "9999-12-31T23:59:59+00:00",
    "2026-11-26 10:00:00Z",
    "2024-01-01T12:99:00Z",
    "2026-02-29T10:00:00Z",
    "2026-11-26T10:00:00+0100",
];

const DATES: [&str; 7] = [
    "2026-11-26",
    "2024-02-29",
    "0001-01-01",
    "9999-12-31",
    "2026-02-29",
    "2024-13-01",
    "2026-1-5",
];

fn length_edges(s: &Value) -> Vec<String> {
    let mut out = Vec::new();
    for k in ["minLength", "maxLength"] {
        if let Some(n) = s[k].as_u64() {
            let n = n as usize;
            out.extend([n.saturating_sub(1), n, n + 1].map(|n| "a".repeat(n)));
            out.push(format!(" {} ", "b".repeat(n.saturating_sub(2))));
        }
    }
    out
}

/// JSON values to try for a body field of this schema.
pub fn body_candidates(doc: &Value, schema: &Value, samples: &[&str]) -> Vec<Value> {
    let s = resolve(doc, schema);
    let mut out = vec![
        Value::Null,
        json!(true),
        json!(false),
        json!(1),
        json!("x"),
        json!(""),
        json!(" "),
        json!([]),
        json!({}),
    ];
    out.extend(samples.iter().map(|v| json!(v)));
    for b in s["anyOf"]
        .as_array()
        .or(s["oneOf"].as_array())
        .into_iter()
        .flatten()
    {
        out.extend(body_candidates(doc, b, &[]));
    }
    let integer = types(s).contains(&"integer");
    for k in ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"] {
        if let Some(b) = s.get(k) {
            for t in around(b, integer) {
                out.push(serde_json::from_str(&t).unwrap());
            }
            out.push(json!(b.to_string()));
            if let Some(f) = b.as_f64() {
                out.push(json!(f + 0.5));
            }
        }
    }
    for e in s["enum"].as_array().into_iter().flatten() {
        out.push(e.clone());
        if let Some(e) = e.as_str() {
            out.extend([json!(e.to_uppercase()), json!(format!(" {e}"))]);
        }
    }
    out.extend(length_edges(s).into_iter().map(Value::String));
    out
}

/// Bodies to try: `base` (which the schema allows) with one field changed to
/// each of its candidates, or removed, or an unknown field added; each with
/// the name of the field changed (`person.name` inside `person`).
pub fn body_cases(
    doc: &Value,
    schema: &Value,
    base: &Value,
    samples: fn(&str) -> &'static [&'static str],
) -> Vec<(String, Value)> {
    let s = resolve(doc, schema);
    let mut out = vec![("colour".to_owned(), {
        let mut b = base.clone();
        b["colour"] = json!("blue");
        b
    })];
    for (k, field) in s["properties"].as_object().unwrap() {
        let mut absent = base.clone();
        absent.as_object_mut().unwrap().remove(k);
        out.push((k.clone(), absent));
        for v in body_candidates(doc, field, samples(k)) {
            let mut b = base.clone();
            b[k] = v;
            out.push((k.clone(), b));
        }
        let inner = resolve(doc, field);
        if inner["type"] == "object" {
            for (path, v) in body_cases(doc, field, &base[k], samples) {
                let mut b = base.clone();
                b[k] = v;
                out.push((format!("{k}.{path}"), b));
            }
        }
    }
    out
}

/// The field named by a problem is the one changed, or one inside it.
pub fn names_field(param: &Value, field: &str) -> bool {
    param
        .as_str()
        .is_some_and(|p| p == field || p.starts_with(&format!("{field}.")))
}
