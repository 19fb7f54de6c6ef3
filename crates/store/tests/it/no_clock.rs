//! The store never reads the clock: every time it writes or compares comes
//! from its caller (`now`), so that the application's one clock (fixed in
//! tests) governs every timestamp. Only `testing.rs` may read the time, to
//! name test databases uniquely.

use std::path::Path;

const FORBIDDEN: &[&str] = &["Utc::now", "Local::now", "SystemTime::now", "now_ts"];

fn scan(dir: &Path, found: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            scan(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs")
            && path.file_name().is_some_and(|n| n != "testing.rs")
        {
            let text = std::fs::read_to_string(&path).unwrap();
            for (i, line) in text.lines().enumerate() {
                for word in FORBIDDEN {
                    if line.contains(word) {
                        found.push(format!("{}:{}: {}", path.display(), i + 1, line.trim()));
                    }
                }
            }
        }
    }
}

#[test]
fn store_code_does_not_read_the_clock() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut found = Vec::new();
    scan(&src, &mut found);
    assert!(
        found.is_empty(),
        "take `now` from the caller instead:\n{}",
        found.join("\n")
    );
}
