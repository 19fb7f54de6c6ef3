//! The OpenAPI document as served: utoipa's, with each query parameter and
//! body field given the schema of its rule (codes known at run time included).

use serde_json::{Value, json};
use utoipa::OpenApi;

use super::body::{BOOKING, Body, EVALUATE as EVALUATE_BODY, PERSON};
use super::query::{EVALUATE, PLACES, Param, SESSIONS, STATISTICS};
use crate::App;
use crate::api::ApiDoc;

/// The operations whose query parameters are checked, with their rules.
pub const QUERIES: [(&str, &str, &[Param]); 4] = [
    ("/api/v1/places", "get", PLACES),
    ("/api/v1/sessions", "get", SESSIONS),
    ("/api/v1/statistics/{section}", "get", STATISTICS),
    ("/api/v1/label/evaluate", "post", EVALUATE),
];

/// The request bodies checked, each a component of the document.
pub const BODIES: [&Body; 3] = [&EVALUATE_BODY, &BOOKING, &PERSON];

/// The document served at `/api/v1/openapi.json`.
pub fn document(app: &App) -> Value {
    let mut doc = serde_json::to_value(ApiDoc::openapi()).unwrap_or_else(|_| json!({}));
    for (path, method, params) in QUERIES {
        let Some(list) = doc["paths"][path][method]["parameters"].as_array_mut() else {
            continue;
        };
        for p in params {
            let mut schema = p.rule.schema(app);
            if p.repeated {
                schema = json!({"type": "array", "items": schema});
            }
            match list
                .iter_mut()
                .find(|d| d["name"] == p.name && d["in"] == "query")
            {
                Some(d) => d["schema"] = schema,
                None => list.push(json!({"name": p.name, "in": "query", "schema": schema})),
            }
        }
    }
    for body in BODIES {
        let s = &mut doc["components"]["schemas"][body.component];
        for f in body.fields {
            let prop = &mut s["properties"][f.name];
            let description = prop.get("description").cloned();
            let mut schema = f.rule.schema(app);
            if f.nullable {
                schema = nullable(schema);
            }
            if let Some(d) = description {
                schema["description"] = d;
            }
            *prop = schema;
        }
        s["required"] = body
            .fields
            .iter()
            .filter(|f| f.required)
            .map(|f| f.name)
            .collect();
        if body.closed {
            s["additionalProperties"] = json!(false);
        }
    }
    doc
}

/// The schema, or null.
fn nullable(mut schema: Value) -> Value {
    if schema.get("$ref").is_some() {
        return json!({"oneOf": [schema, {"type": "null"}]});
    }
    if let Some(t) = schema.get("type").cloned() {
        schema["type"] = json!([t, "null"]);
    }
    if let Some(list) = schema.get_mut("enum").and_then(Value::as_array_mut) {
        list.push(Value::Null);
    }
    schema
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The handlers' annotations name each parameter once, and the rules know them all.
    #[test]
    fn every_documented_query_parameter_has_a_rule() {
        let doc = serde_json::to_value(ApiDoc::openapi()).unwrap();
        for (path, method, params) in QUERIES {
            let documented: Vec<&str> = doc["paths"][path][method]["parameters"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|p| p["in"] == "query")
                .map(|p| p["name"].as_str().unwrap())
                .collect();
            let ruled: Vec<&str> = params.iter().map(|p| p.name).collect();
            assert_eq!(documented, ruled, "{method} {path}");
        }
        for body in BODIES {
            let s = &doc["components"]["schemas"][body.component]["properties"];
            let mut documented: Vec<&str> =
                s.as_object().unwrap().keys().map(String::as_str).collect();
            let mut ruled: Vec<&str> = body.fields.iter().map(|f| f.name).collect();
            documented.sort_unstable();
            ruled.sort_unstable();
            assert_eq!(documented, ruled, "{}", body.component);
        }
    }
}
