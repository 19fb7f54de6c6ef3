//! The 360Giving package schema (1.4.3, vendored in
//! crates/domain/tests/fixtures/360giving) as a validator, shared by the
//! domain's tests and the web's (included with `#[path]`).

use std::path::Path;

pub fn fixture(name: &str) -> serde_json::Value {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../domain/tests/fixtures/360giving")
        .join(name);
    serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap()
}

/// Validates `value` against the 360Giving package schema; the errors as text.
pub fn validate(value: &serde_json::Value) -> Result<(), String> {
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    // The package schema refers to the grant schema by its published URL:
    // served from the vendored copy (no network).
    let base = "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.2/schema/";
    compiler
        .add_resource(
            &format!("{base}360-giving-schema.json"),
            fixture("360-giving-schema.json"),
        )
        .unwrap();
    compiler
        .add_resource(
            &format!("{base}360-giving-package-schema.json"),
            fixture("360-giving-package-schema.json"),
        )
        .unwrap();
    compiler.enable_format_assertions();
    let id = compiler
        .compile(
            &format!("{base}360-giving-package-schema.json"),
            &mut schemas,
        )
        .map_err(|e| format!("{e:#}"))?;
    schemas.validate(value, id).map_err(|e| format!("{e:#}"))
}
