//! `passerelle bench-figures`: times the coordination's region dashboard —
//! every section of the figures (`web::services::figures::sections`:
//! activity, capacity, cadastre) over the last twelve months, for every place
//! and for one commune, drawn as the page draws them (tables and SVG charts)
//! — in-process, call by call.

use std::time::Instant;

use anyhow::Context;
use chrono::{Datelike, NaiveDate};
use web::services::figures::{Places, Scope, sections};
use web::ui::figures::{Downloads, section};

/// The page's figures for `scope`: every section computed and drawn; how
/// many tables and how many bytes of HTML.
async fn dashboard(app: &App, scope: &Scope) -> anyhow::Result<(usize, usize)> {
    let downloads = Downloads {
        path: "bo/figures",
        query: "",
    };
    let mut tables = 0;
    let mut bytes = 0;
    for s in sections(app, scope).await? {
        tables += s.tables.len();
        bytes += section(
            domain::Lang::Fr,
            s.code,
            s.title_key,
            &s.tables,
            app.config.small_cell,
            &downloads,
        )
        .into_string()
        .len();
    }
    Ok((tables, bytes))
}
use web::{App, Config};

#[derive(clap::Args)]
pub struct BenchFiguresArgs {
    #[command(flatten)]
    db: crate::DbArgs,
    /// Measured calls per scope.
    #[arg(long, default_value_t = 200)]
    pub iterations: usize,
    /// Unmeasured calls first, per scope.
    #[arg(long, default_value_t = 5)]
    pub warmup: usize,
    /// The commune (NIS code) of the one-commune scope; by default the
    /// commune of the first labelled EPN place.
    #[arg(long)]
    pub commune: Option<String>,
    /// Print the figures as one JSON object instead of a table.
    #[arg(long)]
    pub json: bool,
}

/// Latencies in milliseconds (nearest-rank percentiles).
struct Summary {
    count: usize,
    p50: f64,
    p95: f64,
    p99: f64,
    max: f64,
}

fn summarise(mut ns: Vec<u128>) -> Summary {
    ns.sort_unstable();
    let n = ns.len().max(1);
    let pick = |q: f64| {
        ns.get(((q * n as f64).ceil() as usize).clamp(1, n) - 1)
            .copied()
            .unwrap_or(0) as f64
            / 1e6
    };
    Summary {
        count: ns.len(),
        p50: pick(0.50),
        p95: pick(0.95),
        p99: pick(0.99),
        max: ns.last().copied().unwrap_or(0) as f64 / 1e6,
    }
}

fn last_day_of_month(d: NaiveDate) -> NaiveDate {
    let (y, m) = if d.month() == 12 {
        (d.year() + 1, 1)
    } else {
        (d.year(), d.month() + 1)
    };
    NaiveDate::from_ymd_opt(y, m, 1)
        .expect("a month")
        .pred_opt()
        .expect("a day")
}

pub async fn run(args: BenchFiguresArgs) -> anyhow::Result<()> {
    let (db, region) = crate::open(&args.db, false).await?;
    let counts = db.activity_row_counts().await?;
    let commune = match &args.commune {
        Some(c) => c.clone(),
        None => {
            let first = db
                .labelled_epn_places()
                .await?
                .first()
                .map(|p| p.0)
                .context("no labelled EPN place")?;
            db.load_places()
                .await?
                .into_iter()
                .find(|p| p.id == first)
                .map(|p| p.commune_nis)
                .filter(|c| !c.is_empty())
                .context("the first labelled EPN place has no commune: give --commune")?
        }
    };
    let today = chrono::Utc::now()
        .with_timezone(&region.timezone)
        .date_naive();
    let from = crate::synth_activity::first_day(today);
    let to = last_day_of_month(today);
    let app = App::new(
        db,
        region,
        store::reference::vocabularies(),
        Config::default(),
    )
    .await?;
    let scopes = [
        (
            "region",
            Scope {
                from,
                to,
                places: Places::All,
                public: false,
            },
        ),
        (
            "commune",
            Scope {
                from,
                to,
                places: Places::Commune(commune.clone()),
                public: false,
            },
        ),
        (
            "region_public",
            Scope {
                from,
                to,
                places: Places::All,
                public: true,
            },
        ),
    ];
    let mut results = Vec::new();
    for (name, scope) in &scopes {
        let mut tables = 0;
        for _ in 0..args.warmup {
            tables = dashboard(&app, scope).await?.0;
        }
        let mut ns = Vec::with_capacity(args.iterations);
        for _ in 0..args.iterations {
            let t = Instant::now();
            let out = dashboard(&app, scope).await?;
            ns.push(t.elapsed().as_nanos());
            tables = std::hint::black_box(out).0;
        }
        results.push((*name, tables, summarise(ns)));
    }
    if args.json {
        println!("{{");
        println!(
            "  \"supports\": {}, \"workshops\": {}, \"quick_help_rows\": {}, \"rollup_lines\": {}, \"from\": \"{from}\", \"to\": \"{to}\", \"commune\": \"{commune}\",",
            counts[0], counts[1], counts[2], counts[3]
        );
        let rows: Vec<String> = results
            .iter()
            .map(|(name, tables, s)| {
                format!(
                    "  \"{name}\": {{\"tables\": {tables}, \"count\": {}, \"p50_ms\": {:.2}, \"p95_ms\": {:.2}, \"p99_ms\": {:.2}, \"max_ms\": {:.2}}}",
                    s.count, s.p50, s.p95, s.p99, s.max
                )
            })
            .collect();
        println!("{}", rows.join(",\n"));
        println!("}}");
    } else {
        println!(
            "Activity log: {} supports, {} workshops, {} quick-help rows; rollup: {} lines",
            counts[0], counts[1], counts[2], counts[3]
        );
        println!(
            "Dashboard: every section computed and drawn (tables and charts) from {from} to {to}, {} calls per scope after {} warm-up calls (commune {commune})",
            args.iterations, args.warmup
        );
        println!();
        println!(
            "{:<16} {:>7} {:>7} {:>10} {:>10} {:>10} {:>10}",
            "scope", "tables", "calls", "p50 ms", "p95 ms", "p99 ms", "max ms"
        );
        for (name, tables, s) in &results {
            println!(
                "{:<16} {:>7} {:>7} {:>10.2} {:>10.2} {:>10.2} {:>10.2}",
                name, tables, s.count, s.p50, s.p95, s.p99, s.max
            );
        }
    }
    Ok(())
}
