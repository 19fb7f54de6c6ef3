//! The web crate's layers (docs/ARCHITECTURE.md): the front ends — public
//! pages, back office, API, daily jobs — never import each other; `ui` and
//! `services`, which they share, import none of them; `ui` does not import
//! `services`. A source scan, so that a new file cannot break the rule.

use std::path::{Path, PathBuf};

const FRONT_ENDS: [&str; 4] = ["pages", "backoffice", "api", "jobs"];

/// The layer a source file belongs to, from its path under `src/`.
fn layer(rel: &Path) -> &'static str {
    let first = rel
        .components()
        .next()
        .and_then(|c| c.as_os_str().to_str())
        .unwrap_or("");
    let name = first.trim_end_matches(".rs");
    for l in FRONT_ENDS.into_iter().chain(["ui", "services"]) {
        if name == l {
            return l;
        }
    }
    "infrastructure"
}

/// The crate modules a file may not name.
fn forbidden(layer: &str) -> Vec<&'static str> {
    match layer {
        "ui" => vec!["pages", "backoffice", "api", "jobs", "services"],
        "services" => FRONT_ENDS.to_vec(),
        "infrastructure" => FRONT_ENDS.to_vec(),
        front => FRONT_ENDS.into_iter().filter(|f| *f != front).collect(),
    }
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every `crate::x` a text names, also inside grouped imports (`crate::{x, y}`).
fn crate_modules(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (i, _) in text.match_indices("crate::") {
        let rest = &text[i + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            for part in group[..end].split(',') {
                let name: String = part
                    .trim()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                found.push(name);
            }
        } else {
            found.push(
                rest.chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect(),
            );
        }
    }
    found
}

#[test]
fn front_ends_never_import_each_other() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    assert!(
        files.len() > 50,
        "the scan sees the sources ({})",
        files.len()
    );
    let mut wrong = Vec::new();
    for file in &files {
        let rel = file.strip_prefix(&src).unwrap();
        if rel == Path::new("lib.rs") {
            continue; // assembles the routes of every front end
        }
        let layer = layer(rel);
        let text = std::fs::read_to_string(file).unwrap();
        for module in crate_modules(&text) {
            if forbidden(layer).contains(&module.as_str()) {
                wrong.push(format!("{} ({layer}) uses crate::{module}", rel.display()));
            }
        }
        // `super::super…` must not climb out of a front end either.
        let depth = rel.components().count();
        let climb = "super::".repeat(depth);
        if layer != "infrastructure" && text.contains(&climb) {
            wrong.push(format!(
                "{} climbs out of {layer} with {climb}",
                rel.display()
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "imports across layers:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_scan_sees_a_crossing() {
    assert_eq!(crate_modules("use crate::pages::x;"), ["pages"]);
    assert_eq!(crate_modules("use crate::{api, ui::form};"), ["api", "ui"]);
    assert!(forbidden("backoffice").contains(&"pages"));
    assert!(!forbidden("backoffice").contains(&"backoffice"));
    assert_eq!(layer(Path::new("jobs.rs")), "jobs");
    assert_eq!(layer(Path::new("pages/sessions/book.rs")), "pages");
    assert_eq!(layer(Path::new("auth.rs")), "infrastructure");
}
