//! Running the `passerelle` binary from tests.

use std::process::{Command, Output};
use std::sync::mpsc;
use std::time::Duration;

/// Runs the command and returns its output, failing the test if it has not
/// finished within `secs` (a command that wrongly starts serving must not hang
/// the suite). The output is read while the command runs, so a long report
/// cannot fill the pipe and block it.
pub fn passerelle_within(args: &[&str], secs: u64) -> Output {
    let child = Command::new(env!("CARGO_BIN_EXE_passerelle"))
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("runs");
    let pid = child.id();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    match rx.recv_timeout(Duration::from_secs(secs)) {
        Ok(out) => out.expect("output"),
        Err(_) => {
            let _ = Command::new("kill").args(["-9", &pid.to_string()]).status();
            panic!("passerelle {args:?} did not finish within {secs} s");
        }
    }
}
