//! The `passerelle` command: serve the platform, run the demo, migrate,
//! import, export, benchmark. It wires the crates together and holds no rule
//! of its own (docs/ARCHITECTURE.md).

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use anyhow::{Context, bail};
use clap::{Parser, Subcommand};
use store::Db;
use store::demo::DemoData;
use web::{App, AppState, Config};

mod admin;
mod allocator;
mod bench;
mod bench_booking;
mod bench_budget;
mod bench_figures;
mod bench_mix;
mod bench_report;
mod bench_survey;
mod brochures;
mod budget;
mod check;
mod export;
mod import;
mod remind;
mod report;
mod retention;
mod survey;
mod synth;
mod synth_activity;

#[derive(Parser)]
#[command(
    name = "passerelle",
    version,
    about = "Find digital help near you: the platform of a regional digital-inclusion plan."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Args, Clone)]
pub struct DbArgs {
    /// Database URL: sqlite://FILE (created if missing) or postgres://…
    #[arg(long, env = "PASSERELLE_DB", default_value = "sqlite://passerelle.db")]
    pub db: String,
    /// Shipped region to use.
    #[arg(long, default_value = "brussels")]
    pub region: String,
    /// A region file (TOML) to use instead of a shipped region.
    #[arg(long)]
    pub region_file: Option<PathBuf>,
}

/// The map beside the results: overrides the region file's `[map]` section.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct MapArgs {
    /// A tile server for the map beside the results, as a URL template with
    /// {z}, {x} and {y} (256-pixel Web-Mercator tiles). Pages then load tiles
    /// from that host; without it (and without [map] in the region file) no
    /// map is drawn and nothing is requested from another site.
    #[arg(long, env = "PASSERELLE_MAP_TILES", value_name = "URL")]
    pub map_tiles: Option<String>,
    /// The credit line of the tile server, shown under the map.
    #[arg(long, env = "PASSERELLE_MAP_ATTRIBUTION", requires = "map_tiles")]
    pub map_attribution: Option<String>,
    /// The closest zoom level the tile server has (default 18).
    #[arg(long, env = "PASSERELLE_MAP_MAX_ZOOM", requires = "map_tiles",
          value_parser = clap::value_parser!(u8).range(0..=22))]
    pub map_max_zoom: Option<u8>,
    /// No map, even if the region file names a tile server.
    #[arg(long, conflicts_with = "map_tiles")]
    pub no_map: bool,
}

impl MapArgs {
    fn apply(&self, region: &mut domain::Region) -> anyhow::Result<()> {
        if self.no_map {
            region.map = None;
        } else if let Some(tiles) = &self.map_tiles {
            let settings = domain::region::MapSettings::new(
                tiles,
                self.map_attribution.as_deref().unwrap_or(""),
                self.map_max_zoom,
            )
            .map_err(|e| anyhow::anyhow!("--map-tiles: {e}"))?;
            region.map = Some(settings);
        }
        Ok(())
    }
}

#[derive(Subcommand)]
enum Command {
    /// Serve the platform.
    Serve {
        #[command(flatten)]
        db: DbArgs,
        #[command(flatten)]
        mail: admin::MailArgs,
        /// Address to listen on.
        #[arg(long, default_value = "127.0.0.1:8080")]
        addr: SocketAddr,
        /// Personal data of bookings and referrals is anonymised this many months after they end.
        #[arg(long, env = "PASSERELLE_RETENTION_MONTHS", default_value_t = 12,
              value_parser = clap::value_parser!(i64).range(1..=120))]
        retention_months: i64,
        /// A month's activity records can be changed until this day of the next month.
        #[arg(long, env = "PASSERELLE_ACTIVITY_CLOSE_DAY", default_value_t = domain::activity::DEFAULT_CLOSE_DAY,
              value_parser = clap::value_parser!(u32).range(1..=28))]
        activity_close_day: u32,
        /// A referral nobody answered expires this many days after it was sent.
        #[arg(long, env = "PASSERELLE_REFERRAL_EXPIRY_DAYS", default_value_t = 14,
              value_parser = clap::value_parser!(i64).range(2..=365))]
        referral_expiry_days: i64,
        /// The receiving EPN is reminded this many days before a referral expires.
        #[arg(long, env = "PASSERELLE_REFERRAL_REMINDER_DAYS", default_value_t = 3,
              value_parser = clap::value_parser!(i64).range(1..=364))]
        referral_reminder_days: i64,
        /// A reverse proxy in front of Passerelle: an address, or a network such
        /// as 10.0.0.0/8 (repeat the option, or separate with commas). Rate
        /// limits then count the address it forwards in X-Forwarded-For.
        #[arg(long = "trusted-proxy", env = "PASSERELLE_TRUSTED_PROXIES", value_delimiter = ',',
              value_parser = web::antispam::parse_trusted_proxy)]
        trusted_proxies: Vec<ipnet::IpNet>,
        #[command(flatten)]
        map: MapArgs,
    },
    /// Serve a fresh database filled with the Brussels 2021 demo data.
    Demo {
        /// Database URL; by default a new SQLite file in the temporary directory.
        #[arg(long, env = "PASSERELLE_DEMO_DB")]
        db: Option<String>,
        #[arg(long, default_value = "127.0.0.1:8080")]
        addr: SocketAddr,
        #[command(flatten)]
        mail: admin::MailArgs,
        /// Only fill the database, do not serve.
        #[arg(long)]
        load_only: bool,
        #[command(flatten)]
        map: MapArgs,
    },
    /// Apply the database migrations (needed once for a PostgreSQL database).
    Migrate {
        #[command(flatten)]
        db: DbArgs,
    },
    /// Accounts and API tokens (the first administrator, scripts).
    Admin(admin::AdminArgs),
    /// Report data-quality problems (exit code 1 when errors are found).
    Check(check::CheckArgs),
    /// Write the open data files (the downloads of /{lang}/open-data).
    Export(export::ExportArgs),
    /// The commune brochures as tagged PDF, one file per group of communes (docs/brochures.md).
    Brochures(brochures::BrochuresArgs),
    /// The plan's annual report of a year, as tagged PDF or as a web page (docs/annual-report.md).
    Report(report::ReportArgs),
    /// Open data in: import places from a CSV or JSON file (see docs/import.md).
    Import(import::ImportArgs),
    /// Fill a database with a synthetic region of many places, for benchmarks.
    Synth(synth::SynthArgs),
    /// Measure search latency in-process on the database's directory.
    Bench(bench::BenchArgs),
    /// Fill a database with synthetic activity records (supports, workshops, quick helps), for benchmarks.
    SynthActivity(synth_activity::SynthActivityArgs),
    /// Recompute the monthly rollup of the activity log from its records (after a bulk load, or to repair it).
    RebuildTallies {
        #[command(flatten)]
        db: DbArgs,
    },
    /// Measure the region's activity dashboard (the figures of the last twelve months) in-process.
    BenchFigures(bench_figures::BenchFiguresArgs),
    /// Measure booking latency: simultaneous booking requests at one session over HTTP.
    BenchBooking(bench_booking::BenchBookingArgs),
    /// E-mail the managers of entries not updated for a year (also run daily by `serve`).
    RemindStale(remind::RemindArgs),
    /// Personal data: `retention run [--months N] [--dry-run]` anonymises now what is due (see docs/personal-data.md).
    Retention(retention::RetentionArgs),
    /// Survey analysis on an answers file, and questionnaires as XLSForm (see docs/survey.md).
    Survey(survey::SurveyArgs),
    /// The plan's budget ledger: check the declared totals (see docs/budget.md).
    Budget(budget::BudgetArgs),
    /// Times the budget tables over generated ledger rows (see docs/benchmarks.md).
    BenchBudget(bench_budget::BenchBudgetArgs),
    /// Measure the full analysis of a survey edition of generated answers (a million by default).
    BenchSurvey(bench_survey::BenchSurveyArgs),
    /// Times the annual report's PDF and a brochure (issue 15's targets; docs/benchmarks.md).
    BenchReport(bench_report::BenchReportArgs),
}

fn load_region(args: &DbArgs) -> anyhow::Result<domain::Region> {
    match &args.region_file {
        Some(path) => {
            let src = std::fs::read_to_string(path)
                .with_context(|| format!("reading {}", path.display()))?;
            domain::Region::from_toml(&src)
                .with_context(|| format!("region file {}", path.display()))
        }
        None => store::reference::shipped_region(&args.region)
            .with_context(|| format!("no shipped region {:?} (shipped: brussels)", args.region)),
    }
}

/// Connects, migrates when allowed, and loads the reference data.
pub async fn open(args: &DbArgs, migrate: bool) -> anyhow::Result<(Db, domain::Region)> {
    let region = load_region(args)?;
    let db = Db::connect(&args.db)
        .await
        .with_context(|| format!("connecting to {}", args.db))?;
    if migrate || db.engine() == store::Engine::Sqlite {
        db.migrate().await.context("applying migrations")?;
    }
    db.sync_reference(&region, &store::reference::vocabularies())
        .await
        .context("loading reference data (for PostgreSQL, run `passerelle migrate` first)")?;
    Ok((db, region))
}

/// Listens on `addr` (port 0: one the system chooses) and returns the
/// listener with the public URL: `public_url` when given, else the address
/// actually bound, so that links in answers and e-mails lead back here.
async fn listen(
    addr: SocketAddr,
    public_url: Option<&str>,
) -> anyhow::Result<(tokio::net::TcpListener, String)> {
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .with_context(|| format!("listening on {addr}"))?;
    let local = listener.local_addr()?;
    let url = match public_url {
        Some(u) => u.trim_end_matches('/').to_owned(),
        None => {
            if local.ip().is_unspecified() {
                eprintln!(
                    "warning: links will point to http://{local}, which people cannot open; \
                     set --public-url (or PASSERELLE_PUBLIC_URL) to the address they reach"
                );
            }
            format!("http://{local}")
        }
    };
    Ok((listener, url))
}

async fn serve(
    db: Db,
    region: domain::Region,
    listener: tokio::net::TcpListener,
    db_url: &str,
    config: Config,
) -> anyhow::Result<()> {
    let started = std::time::Instant::now();
    let public_url = config.public_url.clone();
    let app = App::new(db, region, store::reference::vocabularies(), config).await?;
    let mail = app.mailer.describe();
    let places = app.directory().len();
    let state = AppState(std::sync::Arc::new(app));
    web::spawn_refresher(state.clone(), Duration::from_secs(30));
    web::jobs::spawn_daily_jobs(state.clone());
    let local = listener.local_addr()?;
    let links = if public_url == format!("http://{local}") {
        String::new()
    } else {
        format!("links to {public_url}, ")
    };
    println!(
        "Passerelle is serving http://{local}/ ({links}{places} places, database {db_url}, e-mails to {mail}, ready in {} ms)",
        started.elapsed().as_millis()
    );
    let service = web::router(state).into_make_service_with_connect_info::<SocketAddr>();
    axum::serve(listener, service)
        .with_graceful_shutdown(shutdown())
        .await?;
    Ok(())
}

async fn shutdown() {
    let _ = tokio::signal::ctrl_c().await;
}

/// glibc's allocator, which serves the large blocks (`allocator::Split`) and
/// SQLite: large allocations (64 KiB and more) from their own mappings, always.
///
/// glibc's allocator raises this threshold each time such a mapping is freed,
/// after which the growing buffers of the directory's build (a few of tens
/// of megabytes, doubled as they fill) come from the heap and leave holes
/// there that are never given back: with 100,000 places the server peaked at
/// 128 MB instead of 95 MB. A fixed threshold keeps them in mappings, which
/// are returned whole when freed and grown in place.
///
/// And one heap (arena) per core rather than glibc's eight (this was
/// measured when glibc served every block; small ones now come from
/// mimalloc, whose heaps are per thread): each thread
/// that allocates while another holds its heap gets a new one, whose
/// freed memory stays with it; under load, requests on the two workers
/// of a 2-core machine had the server grow from 92 to 102 MB with
/// 100,000 places (96 MB with two heaps, at the same speed; one heap
/// slowed the results page by half).
fn fix_allocator() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        let cores = std::thread::available_parallelism().map_or(2, usize::from);
        let arenas = libc::c_int::try_from(cores.max(2)).unwrap_or(libc::c_int::MAX);
        // SAFETY: mallopt only sets parameters of the allocator; it is
        // called before any thread of ours allocates.
        unsafe {
            libc::mallopt(libc::M_MMAP_THRESHOLD, 64 * 1024);
            libc::mallopt(libc::M_ARENA_MAX, arenas);
        }
    }
}

#[global_allocator]
static GLOBAL: allocator::Split = allocator::Split;

fn main() -> anyhow::Result<()> {
    fix_allocator();
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?
        .block_on(run())
}

async fn run() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("PASSERELLE_LOG")
                .unwrap_or_else(|_| "info,sqlx=warn".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    match Cli::parse().command {
        Command::Serve {
            db,
            mail,
            addr,
            retention_months,
            activity_close_day,
            referral_expiry_days,
            referral_reminder_days,
            trusted_proxies,
            map,
        } => {
            if referral_reminder_days >= referral_expiry_days {
                bail!(
                    "--referral-reminder-days ({referral_reminder_days}) must be smaller than \
                     --referral-expiry-days ({referral_expiry_days}): the reminder comes before the expiry"
                );
            }
            let (pool, mut region) = open(&db, false).await?;
            map.apply(&mut region)?;
            let (listener, public_url) = listen(addr, mail.public_url.as_deref()).await?;
            let config = web::Config {
                public_url,
                retention_months,
                activity_close_day,
                referral_expiry: domain::referral::ExpiryRules {
                    expire_after_days: referral_expiry_days,
                    remind_days_before: referral_reminder_days,
                },
                trusted_proxies,
                ..mail.config()
            };
            serve(pool, region, listener, &db.db, config).await
        }
        Command::Demo {
            db,
            addr,
            mail,
            load_only,
            map,
        } => {
            let url = db.unwrap_or_else(|| {
                let path =
                    std::env::temp_dir().join(format!("passerelle-demo-{}.db", std::process::id()));
                let _ = std::fs::remove_file(&path);
                format!("sqlite://{}", path.display())
            });
            let args = DbArgs {
                db: url.clone(),
                region: "brussels".into(),
                region_file: None,
            };
            let (pool, mut region) = open(&args, true).await?;
            map.apply(&mut region)?;
            if pool.has_places().await? {
                bail!("the demo needs an empty database, and {url} already has places");
            }
            // The demo's sessions and referrals fall around the time it is loaded.
            let now = chrono::Utc::now().timestamp();
            pool.load_demo(&DemoData::brussels_2021(), now)
                .await
                .context("loading the demo data")?;
            pool.load_demo_accounts(now)
                .await
                .context("creating the demo accounts")?;
            pool.load_demo_referrals(&store::referrals::demo::DemoReferrals::brussels(), now)
                .await
                .context("loading the demo referrals")?;
            if let Some(set) = domain::indicators::shipped(&region.code) {
                pool.load_demo_indicators(
                    &store::indicators::DemoIndicators::brussels_2021(),
                    set,
                    &store::reference::vocabularies(),
                    now,
                )
                .await
                .context("loading the demo indicators and events")?;
            }
            // Illustrative: twelve months of activity records at the demo EPN.
            let today = chrono::Utc::now()
                .with_timezone(&region.timezone)
                .date_naive();
            pool.load_demo_activity(today, now)
                .await
                .context("loading the demo activity log")?;
            pool.load_demo_survey(&store::survey::demo::DemoSurvey::shipped(), now)
                .await
                .context("loading the demo survey editions")?;
            pool.load_demo_budget(&store::budget::demo::DemoBudget::brussels_2021(), now)
                .await
                .context("loading the demo budget ledger (Annex 1 of 2021)")?;
            if let Some(plan) = domain::plan::shipped(&region.code) {
                pool.load_demo_deliverables(
                    &store::plan::demo::DemoDeliverables::brussels(),
                    plan,
                    now,
                )
                .await
                .context("loading the demo deliverables and the approved plan version")?;
            }
            pool.load_demo_report(
                &store::annual_report::demo::DemoReport::brussels_2021(),
                now,
            )
            .await
            .context("loading the demo's texts of the 2021 annual report")?;
            pool.load_awards(&store::grants::awards::awards_2021(), now)
                .await
                .context("loading the funded projects of 2021")?;
            pool.load_demo_open_call(now)
                .await
                .context("loading the demo's open call for projects")?;
            pool.load_demo_equipment(&region.code, now)
                .await
                .context("loading the demo's equipment catalogue, orders and assets")?;
            // A call for projects closed two weeks ago, waiting for its jury.
            pool.load_demo_jury(&store::grants::demo_jury::DemoJury::shipped(), now)
                .await
                .context("loading the demo call at the jury's stage")?;
            if load_only {
                println!("Demo data loaded into {url}");
                pool.close().await;
                return Ok(());
            }
            let (listener, public_url) = listen(addr, mail.public_url.as_deref()).await?;
            println!("Demo accounts (sign in at {public_url}/fr/login):");
            for (email, password, role) in store::demo::DEMO_ACCOUNTS {
                println!("  {:<12} {email}  {password}", role.code());
            }
            let config = web::Config {
                public_url,
                ..mail.config()
            };
            serve(pool, region, listener, &url, config).await
        }
        Command::Migrate { db } => {
            let (pool, _) = open(&db, true).await?;
            println!("Migrations applied to {}", db.db);
            pool.close().await;
            Ok(())
        }
        Command::Check(args) => {
            if check::run(args).await? {
                std::process::exit(1);
            }
            Ok(())
        }
        Command::Export(args) => export::run(args).await,
        Command::Brochures(args) => brochures::run(args).await,
        Command::Report(args) => report::run(args).await,
        Command::Admin(args) => admin::run(args).await,
        Command::Import(args) => {
            if import::run(args).await? {
                std::process::exit(1);
            }
            Ok(())
        }
        Command::Synth(args) => synth::run(args).await,
        Command::Bench(args) => bench::run(args).await,
        Command::SynthActivity(args) => synth_activity::run(args).await,
        Command::RebuildTallies { db } => {
            let (pool, _) = open(&db, true).await?;
            let started = std::time::Instant::now();
            let lines = pool
                .rebuild_tallies()
                .await
                .context("rebuilding the rollup")?;
            println!(
                "Activity rollup of {} rebuilt: {lines} lines in {:.1} s",
                db.db,
                started.elapsed().as_secs_f64()
            );
            pool.close().await;
            Ok(())
        }
        Command::BenchFigures(args) => bench_figures::run(args).await,
        Command::BenchBooking(args) => bench_booking::run(args).await,
        Command::RemindStale(args) => remind::run(args).await,
        Command::Retention(args) => retention::run(args).await,
        Command::Survey(args) => survey::run(args),
        Command::Budget(args) => budget::run(args).await,
        Command::BenchBudget(args) => bench_budget::run(args).await,
        Command::BenchSurvey(args) => bench_survey::run(args).await,
        Command::BenchReport(args) => bench_report::run(args).await,
    }
}
