//! Reading a PDF back with poppler and qpdf (`scripts/test.sh` installs them).

use std::path::{Path, PathBuf};
use std::process::Command;

/// The output of `name args`, which must succeed.
pub fn tool(name: &str, args: &[&str]) -> String {
    let out = Command::new(name).args(args).output().unwrap_or_else(|e| {
        panic!("{name} is needed to check PDFs (Debian's poppler-utils; scripts/test.sh installs it): {e}")
    });
    assert!(
        out.status.success(),
        "{name} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The PDF uncompressed by qpdf, so that its catalogue and structure tree
/// can be read as text; the uncompressed file is removed.
pub fn uncompressed(path: &Path) -> String {
    let plain: PathBuf = path.with_extension("qdf.pdf");
    let out = Command::new("qpdf")
        .args(["--qdf", "--object-streams=disable"])
        .arg(path)
        .arg(&plain)
        .output()
        .expect("qpdf is needed to check PDFs (Debian's qpdf; scripts/test.sh installs it)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let raw = String::from_utf8_lossy(&std::fs::read(&plain).unwrap()).into_owned();
    std::fs::remove_file(&plain).ok();
    raw
}

/// Writes a made PDF to a temporary file named after its test.
pub fn write_pdf(bytes: &[u8], name: &str) -> PathBuf {
    assert!(bytes.starts_with(b"%PDF-"));
    let path = std::env::temp_dir().join(format!("passerelle-{name}-{}.pdf", std::process::id()));
    std::fs::write(&path, bytes).unwrap();
    path
}

/// Runs pdfua (`tests/pdfua/setup.sh` installs it; `scripts/test.sh` runs
/// that), an independent checker of the machine-checkable part of PDF/UA-1,
/// and fails on any finding. Without it the check is skipped, saying so —
/// except on CI, where it must run.
pub fn pdfua_check(path: &Path) {
    let venv = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/pdfua/.venv/bin/pdfua");
    let bin = if venv.exists() {
        venv
    } else if Command::new("pdfua").arg("--version").output().is_ok() {
        PathBuf::from("pdfua")
    } else {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "pdfua is needed on CI: bash tests/pdfua/setup.sh"
        );
        eprintln!(
            "pdfua is not installed (bash tests/pdfua/setup.sh): the PDF/UA-1 check is skipped"
        );
        return;
    };
    let out = Command::new(&bin)
        .arg("check")
        .arg(path)
        .output()
        .expect("running pdfua");
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && said.contains("result: PASS"),
        "pdfua found problems in {}:\n{said}{}",
        path.display(),
        String::from_utf8_lossy(&out.stderr)
    );
}
