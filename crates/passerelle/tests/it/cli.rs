//! The `passerelle` command as a person runs it.

fn passerelle(args: &[&str]) -> std::process::Output {
    crate::helpers::passerelle_within(args, 60)
}

/// A database URL for this test: a temporary SQLite file, or a new database
/// on the PostgreSQL server of TEST_DATABASE_URL.
async fn test_db_url() -> (store::testing::TestDb, String) {
    let t = store::testing::fresh_db().await.unwrap();
    let url = t.url.clone();
    (t, url)
}

#[tokio::test]
async fn check_reports_the_saint_josse_postcode_and_fails() {
    let (_t, url) = test_db_url().await;
    let out = passerelle(&["demo", "--db", &url, "--load-only"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = passerelle(&["check", "--db", &url]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "errors give a non-zero exit code"
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("[postcode-not-in-commune] #") && text.contains("EPN Sapiens"),
        "{text}"
    );
    assert!(text.contains("The postcode 1180 does not belong"));
    let out = passerelle(&["check", "--db", &url, "--format", "json", "--lang", "fr"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["errors"], 1);
    let f = &v["findings"][0];
    assert_eq!(f["kind"], "postcode-not-in-commune");
    assert!(f["todo"].as_str().unwrap().starts_with("Demandez"));
    assert!(!v["source_issues"].as_array().unwrap().is_empty());
}

#[tokio::test]
async fn the_demo_refuses_a_database_that_has_places() {
    let (_t, url) = test_db_url().await;
    assert!(
        passerelle(&["demo", "--db", &url, "--load-only"])
            .status
            .success()
    );
    let out = passerelle(&["demo", "--db", &url, "--load-only"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("needs an empty database"));
}

#[test]
fn a_bad_database_url_is_explained() {
    let out = passerelle(&["check", "--db", "mysql://nowhere"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("sqlite:// or postgres://"));
}

#[test]
fn referral_expiry_settings_are_checked_before_serving() {
    let out = passerelle(&[
        "serve",
        "--db",
        "sqlite::memory:",
        "--referral-expiry-days",
        "7",
        "--referral-reminder-days",
        "7",
    ]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(
            "--referral-reminder-days (7) must be smaller than --referral-expiry-days (7)"
        ),
        "{err}"
    );
    let out = passerelle(&["serve", "--referral-expiry-days", "1"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--referral-expiry-days"));
}

/// A `passerelle` server started by a test, stopped when dropped.
struct Server {
    child: std::process::Child,
    /// The address it printed that it serves.
    addr: String,
    spool: std::path::PathBuf,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.spool);
    }
}

/// Starts `passerelle ARGS` without PASSERELLE_PUBLIC_URL and waits until it
/// says where it serves and answers /healthz.
fn start(args: &[&str]) -> Server {
    use std::io::BufRead;
    let spool = std::env::temp_dir().join(format!(
        "passerelle-cli-mail-{}-{}",
        std::process::id(),
        unique()
    ));
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_passerelle"))
        .args(args)
        .arg("--mail-spool")
        .arg(&spool)
        .env_remove("PASSERELLE_PUBLIC_URL")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("runs");
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stdout)
            .lines()
            .map_while(Result::ok)
        {
            if let Some(rest) = line.strip_prefix("Passerelle is serving http://") {
                let _ = tx.send(rest.split('/').next().unwrap_or_default().to_owned());
            }
        }
    });
    let mut server = Server {
        child,
        addr: String::new(),
        spool,
    };
    server.addr = rx
        .recv_timeout(std::time::Duration::from_secs(120))
        .unwrap_or_else(|_| panic!("passerelle {args:?} did not start serving"));
    assert!(get(&server.addr, "/healthz").0.starts_with("HTTP/1.1 200"));
    server
}

fn unique() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64
}

/// A GET over plain HTTP/1.1: the status line and the body.
fn get(addr: &str, path: &str) -> (String, String) {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(addr).expect("connects");
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut text = String::new();
    s.read_to_string(&mut text).unwrap();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    (
        head.lines().next().unwrap_or_default().to_owned(),
        body.to_owned(),
    )
}

/// The `url` of the first session in the API.
fn first_session_url(addr: &str) -> String {
    let (status, body) = get(addr, "/api/v1/sessions?per_page=1");
    assert!(status.starts_with("HTTP/1.1 200"), "{status} {body}");
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    v["items"][0]["url"]
        .as_str()
        .unwrap_or_else(|| panic!("{body}"))
        .to_owned()
}

/// A port no one listens on now.
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Issue 9: without --public-url, links in the API lead to the address served
/// (a port the system chose included), not to http://127.0.0.1:8080.
#[tokio::test]
async fn links_lead_to_the_address_served_unless_a_public_url_is_given() {
    let (_t, url) = test_db_url().await;
    let port = free_port();
    let addr = format!("127.0.0.1:{port}");
    let demo = start(&["demo", "--db", &url, "--addr", &addr]);
    assert_eq!(demo.addr, addr);
    let link = first_session_url(&addr);
    assert!(
        link.starts_with(&format!("http://{addr}/fr/sessions/")),
        "{link}"
    );
    drop(demo);

    let served = start(&["serve", "--db", &url, "--addr", "127.0.0.1:0"]);
    assert_ne!(served.addr, "127.0.0.1:0");
    let link = first_session_url(&served.addr);
    assert!(
        link.starts_with(&format!("http://{}/fr/sessions/", served.addr)),
        "{link}"
    );
    drop(served);

    let public = start(&[
        "serve",
        "--db",
        &url,
        "--addr",
        "127.0.0.1:0",
        "--public-url",
        "https://passerelle.example.org/",
    ]);
    let link = first_session_url(&public.addr);
    assert!(
        link.starts_with("https://passerelle.example.org/fr/sessions/"),
        "{link}"
    );
}

#[tokio::test]
async fn the_demo_has_the_2021_programme_indicators_and_events() {
    let (t, url) = test_db_url().await;
    let out = passerelle(&["demo", "--db", &url, "--load-only"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let values = t.db.indicator_values().await.unwrap();
    assert_eq!(values.len(), 6, "Start Digital's six indicators for 2021");
    assert!(values.iter().all(|v| v.source_note.contains("seed:")));
    let events = t.db.plan_events().await.unwrap();
    assert_eq!(events.len(), 4, "the Digital week's four events");
}
