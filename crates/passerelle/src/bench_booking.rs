//! `passerelle bench-booking`: booking latency under a burst of simultaneous
//! requests. Serves the application on 127.0.0.1 (a real HTTP server, as in
//! production), publishes a session with `--seats` seats, fires `--requests`
//! booking requests at once (each on its own connection, with a referrer's
//! bearer token), checks that exactly `--seats` were confirmed and the rest
//! wait-listed, and reports the latency of each run; the summary is the median
//! of the runs' percentiles.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use domain::account::Role;
use domain::diagnostic::Level;
use domain::sessions::{Occurrence, Theme};
use store::sessions::NewSession;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use web::{App, AppState, Config};

#[derive(clap::Args)]
pub struct BenchBookingArgs {
    /// An EMPTY database (it gets the demo data, sessions and bookings); by
    /// default a new SQLite file in the temporary directory, removed at the end.
    #[arg(long)]
    pub db: Option<String>,
    /// Simultaneous booking requests per run.
    #[arg(long, default_value_t = 50)]
    pub requests: usize,
    /// Seats of the session (the other requests go on the waiting list).
    #[arg(long, default_value_t = 10)]
    pub seats: i32,
    /// Runs, each on a new session.
    #[arg(long, default_value_t = 7)]
    pub runs: usize,
    /// Print the figures as one JSON object.
    #[arg(long)]
    pub json: bool,
}

/// One HTTP/1.1 request on its own connection: (status, latency).
async fn post(
    addr: SocketAddr,
    path: &str,
    token: &str,
    body: &str,
) -> anyhow::Result<(u16, Duration)> {
    let t = Instant::now();
    let mut stream = tokio::net::TcpStream::connect(addr).await?;
    let req = format!(
        "POST {path} HTTP/1.1\r\nHost: {addr}\r\nAuthorization: Bearer {token}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(req.as_bytes()).await?;
    let mut res = Vec::new();
    stream.read_to_end(&mut res).await?;
    let took = t.elapsed();
    let head = String::from_utf8_lossy(&res[..res.len().min(64)]).into_owned();
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .with_context(|| format!("no HTTP status in {head:?}"))?;
    Ok((status, took))
}

/// Nearest-rank percentile of sorted values.
fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil().max(1.0) as usize;
    sorted[rank.min(sorted.len()) - 1]
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    let n = v.len();
    if n == 0 {
        0.0
    } else if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

struct Run {
    p50: f64,
    p99: f64,
    max: f64,
    wall_ms: f64,
    confirmed: usize,
    waiting: usize,
}

pub async fn run(args: BenchBookingArgs) -> anyhow::Result<()> {
    if args.requests == 0 || args.runs == 0 || args.seats < 1 {
        bail!("--requests, --runs and --seats must be at least 1");
    }
    let temp =
        std::env::temp_dir().join(format!("passerelle-bench-booking-{}", std::process::id()));
    let url = args
        .db
        .clone()
        .unwrap_or_else(|| format!("sqlite://{}.db", temp.display()));
    let db_args = crate::DbArgs {
        db: url.clone(),
        region: "brussels".into(),
        region_file: None,
    };
    let (db, region) = crate::open(&db_args, true).await?;
    if db.has_places().await? {
        bail!(
            "bench-booking writes sessions and bookings: it needs an empty database, and {url} has places"
        );
    }
    let now = chrono::Utc::now().timestamp();
    db.load_demo(&store::demo::DemoData::brussels_2021(), now)
        .await
        .context("loading the demo data")?;
    let place = db
        .load_places()
        .await?
        .into_iter()
        .find(|p| p.kind == domain::PlaceKind::Epn)
        .context("an EPN")?;
    let referrer = db
        .create_user(
            "bench-referrer@example.org",
            "Bench referrer",
            Role::Referrer,
            &[place.organisation_id],
            None,
            now,
        )
        .await?;
    let token = db.create_api_token(referrer, "bench-booking", now).await?;
    let config = Config {
        mail_spool: temp.with_extension("spool"),
        ..Config::default()
    };
    let app = App::new(db.clone(), region, store::reference::vocabularies(), config).await?;
    let state = AppState(Arc::new(app));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    let service = web::router(state.clone()).into_make_service_with_connect_info::<SocketAddr>();
    let server = tokio::spawn(async move { axum::serve(listener, service).await });

    let mut runs = Vec::with_capacity(args.runs);
    for r in 0..args.runs {
        let starts = now + 3 * 86_400 + r as i64 * 3600;
        let session = NewSession {
            organisation_id: place.organisation_id,
            place_id: Some(place.id),
            location: None,
            postcode: None,
            commune_nis: None,
            title: format!("Bench {r}"),
            title_lang: None,
            description: None,
            theme: Theme::Devices,
            level: Level::Beginner,
            languages: vec!["fr".into()],
            seats: args.seats,
            waiting_list: true,
            self_booking: false,
            price_cents: 0,
            publics: vec![],
            bring: None,
            accessibility: vec![],
        };
        let occ = Occurrence {
            date: chrono::NaiveDate::default(),
            starts_at: starts,
            ends_at: starts + 7200,
        };
        let id = db
            .publish_sessions(&session, None, &[occ], None, now)
            .await?[0];
        let path = format!("/api/v1/sessions/{id}/bookings");
        let barrier = Arc::new(tokio::sync::Barrier::new(args.requests));
        let t = Instant::now();
        let tasks: Vec<_> = (0..args.requests)
            .map(|i| {
                let (barrier, token, path) = (barrier.clone(), token.clone(), path.clone());
                tokio::spawn(async move {
                    barrier.wait().await;
                    let body = format!(r#"{{"person":{{"name":"Person {i}"}},"consent":true}}"#);
                    post(addr, &path, &token, &body).await
                })
            })
            .collect();
        let mut ms = Vec::with_capacity(args.requests);
        let (mut confirmed, mut waiting) = (0, 0);
        for task in tasks {
            let (status, took) = task.await??;
            match status {
                201 => confirmed += 1,
                202 => waiting += 1,
                other => bail!("a booking answered {other}"),
            }
            ms.push(took.as_secs_f64() * 1000.0);
        }
        let wall_ms = t.elapsed().as_secs_f64() * 1000.0;
        if confirmed != args.seats as usize || waiting != args.requests - confirmed {
            bail!(
                "run {r}: {confirmed} confirmed and {waiting} wait-listed for {} seats",
                args.seats
            );
        }
        ms.sort_by(f64::total_cmp);
        runs.push(Run {
            p50: percentile(&ms, 50.0),
            p99: percentile(&ms, 99.0),
            max: *ms.last().unwrap_or(&0.0),
            wall_ms,
            confirmed,
            waiting,
        });
    }
    server.abort();
    db.close().await;
    if args.db.is_none() {
        for ext in ["db", "db-wal", "db-shm"] {
            let _ = std::fs::remove_file(temp.with_extension(ext));
        }
    }
    let _ = std::fs::remove_dir_all(temp.with_extension("spool"));

    let p50 = median(runs.iter().map(|r| r.p50).collect());
    let p99 = median(runs.iter().map(|r| r.p99).collect());
    let wall = median(runs.iter().map(|r| r.wall_ms).collect());
    let engine = if url.starts_with("sqlite:") {
        "sqlite"
    } else {
        "postgres"
    };
    if args.json {
        println!(
            "{{\"engine\": \"{engine}\", \"requests\": {}, \"seats\": {}, \"runs\": {}, \"p50_ms\": {p50:.2}, \"p99_ms\": {p99:.2}, \"burst_ms\": {wall:.2}}}",
            args.requests, args.seats, args.runs
        );
    } else {
        println!(
            "Booking latency: {} simultaneous requests at a {}-seat session over HTTP ({engine}), {} runs",
            args.requests, args.seats, args.runs
        );
        println!(
            "{:>4} {:>10} {:>10} {:>10} {:>12} {:>10} {:>8}",
            "run", "p50 ms", "p99 ms", "max ms", "burst ms", "201", "202"
        );
        for (i, r) in runs.iter().enumerate() {
            println!(
                "{:>4} {:>10.2} {:>10.2} {:>10.2} {:>12.2} {:>10} {:>8}",
                i + 1,
                r.p50,
                r.p99,
                r.max,
                r.wall_ms,
                r.confirmed,
                r.waiting
            );
        }
        println!("median of the runs: p50 {p50:.2} ms, p99 {p99:.2} ms, whole burst {wall:.2} ms");
    }
    Ok(())
}
