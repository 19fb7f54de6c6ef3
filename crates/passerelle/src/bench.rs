//! `passerelle bench`: loads the directory as the server does, then times a fixed,
//! deterministic mix of searches in-process (no HTTP), query by query.

use std::hint::black_box;
use std::time::{Duration, Instant};

pub use crate::bench_mix::{KINDS, Kind, mix};

#[derive(clap::Args)]
pub struct BenchArgs {
    #[command(flatten)]
    db: crate::DbArgs,
    /// Passes over the query mix (each pass runs every query once).
    #[arg(long, default_value_t = 25)]
    pub iterations: usize,
    /// Unmeasured passes first, to warm caches.
    #[arg(long, default_value_t = 2)]
    pub warmup: usize,
    /// Print the figures as one JSON object instead of a table.
    #[arg(long)]
    pub json: bool,
    /// Write every query of the mix with its answer (total, ids, distances) to this
    /// file, to check that a change to the search gives the same answers.
    #[arg(long)]
    pub dump: Option<std::path::PathBuf>,
    /// Write the loaded places as JSON to this file (for the search lab,
    /// `crates/domain/examples/search_lab.rs`), then go on.
    #[arg(long)]
    pub export_places: Option<std::path::PathBuf>,
}

/// Latency summary in microseconds (nearest-rank percentiles).
pub struct Summary {
    pub count: usize,
    pub p50: f64,
    pub p90: f64,
    pub p99: f64,
    pub max: f64,
    pub mean: f64,
    /// Mean number of matching places (`total`) per search.
    pub mean_total: f64,
}

fn summarise(mut ns: Vec<u64>, totals: &[usize]) -> Summary {
    ns.sort_unstable();
    let n = ns.len().max(1);
    let pick = |q: f64| {
        ns.get(((q * n as f64).ceil() as usize).clamp(1, n) - 1)
            .copied()
            .unwrap_or(0) as f64
            / 1000.0
    };
    Summary {
        count: ns.len(),
        p50: pick(0.50),
        p90: pick(0.90),
        p99: pick(0.99),
        max: ns.last().copied().unwrap_or(0) as f64 / 1000.0,
        mean: ns.iter().sum::<u64>() as f64 / n as f64 / 1000.0,
        mean_total: totals.iter().sum::<usize>() as f64 / totals.len().max(1) as f64,
    }
}

/// Peak and current resident memory of this process, in kB (Linux only).
pub fn memory_kb() -> (Option<u64>, Option<u64>) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse().ok())
    };
    (field("VmHWM:"), field("VmRSS:"))
}

/// (seconds this thread ran on a CPU, involuntary context switches), Linux only.
fn sched() -> (f64, u64) {
    let run_ns = std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| {
            s.split_whitespace()
                .next()
                .and_then(|v| v.parse::<u64>().ok())
        })
        .unwrap_or(0);
    let preempted = std::fs::read_to_string("/proc/thread-self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("nonvoluntary_ctxt_switches:"))
                .and_then(|l| l.split_whitespace().nth(1).and_then(|v| v.parse().ok()))
        })
        .unwrap_or(0);
    (run_ns as f64 / 1e9, preempted)
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

pub async fn run(args: BenchArgs) -> anyhow::Result<()> {
    // Start-up as `serve` does it: open (migrate on SQLite, sync reference data),
    // read the stamp, read every place into the index as it arrives (load, on
    // two threads), finish the index (build).
    let t0 = Instant::now();
    let (db, region) = crate::open(&args.db, false).await?;
    let t_open = t0.elapsed();
    let (_, rss_open) = memory_kb();
    let t1 = Instant::now();
    let _stamp = db.directory_stamp().await?;
    let loaded = web::load_directory(
        &db,
        &std::sync::Arc::new(region),
        &std::sync::Arc::new(store::reference::vocabularies()),
    )
    .await?;
    let dir = loaded.directory;
    let t_build = loaded.finish;
    let t_load = t1.elapsed() - t_build;
    let (_, rss_loaded) = memory_kb();
    let startup = t0.elapsed();
    if let Some(p) = &args.export_places {
        std::fs::write(p, serde_json::to_vec(&db.load_places().await?)?)?;
    }
    let (hwm, rss) = memory_kb();
    db.close().await;

    let mix = mix(&dir);
    for (kind, q, now) in &mix {
        if let Err(e) = dir.search(q, *now) {
            anyhow::bail!("{kind:?} search {q:?} failed: {e}");
        }
    }
    if let Some(path) = &args.dump {
        std::fs::write(path, crate::bench_mix::dump(&dir, &mix))?;
    }
    for _ in 0..args.warmup {
        for (_, q, now) in &mix {
            black_box(dir.search(q, *now).map(|r| (r.total, r.hits.len())).ok());
        }
    }
    let mut ns: Vec<Vec<u64>> = vec![Vec::new(); KINDS.len()];
    let mut totals: Vec<Vec<usize>> = vec![Vec::new(); KINDS.len()];
    let sched0 = sched();
    let t_run = Instant::now();
    for _ in 0..args.iterations {
        for (kind, q, now) in &mix {
            let k = KINDS.iter().position(|x| x == kind).unwrap();
            let t = Instant::now();
            let r = dir.search(black_box(q), *now).expect("checked above");
            let total = black_box(r.total);
            black_box(&r.hits);
            drop(r);
            ns[k].push(t.elapsed().as_nanos() as u64);
            totals[k].push(total);
        }
    }
    let run_took = t_run.elapsed();
    let sched1 = sched();
    // Share of the wall-clock time this thread was on a CPU, and how often it was
    // preempted: on a busy machine the latencies include waiting for a CPU.
    let cpu_share = (sched1.0 - sched0.0) / run_took.as_secs_f64();
    let preempted = sched1.1.saturating_sub(sched0.1);
    let all_ns: Vec<u64> = ns.iter().flatten().copied().collect();
    let all_totals: Vec<usize> = totals.iter().flatten().copied().collect();
    let per_kind: Vec<(Kind, Summary)> = KINDS
        .iter()
        .enumerate()
        .map(|(k, kind)| (*kind, summarise(ns[k].clone(), &totals[k])))
        .collect();
    let overall = summarise(all_ns, &all_totals);
    let qps = overall.count as f64 / run_took.as_secs_f64();

    if args.json {
        let row = |s: &Summary| {
            format!(
                "{{\"count\": {}, \"p50_us\": {:.1}, \"p90_us\": {:.1}, \"p99_us\": {:.1}, \"max_us\": {:.1}, \"mean_us\": {:.1}, \"mean_total\": {:.1}}}",
                s.count, s.p50, s.p90, s.p99, s.max, s.mean, s.mean_total
            )
        };
        println!("{{");
        println!("  \"places\": {},", dir.len());
        println!("  \"open_ms\": {:.1},", ms(t_open));
        println!("  \"load_ms\": {:.1},", ms(t_load));
        println!("  \"build_ms\": {:.1},", ms(t_build));
        println!("  \"startup_ms\": {:.1},", ms(startup));
        println!("  \"vmhwm_kb\": {},", hwm.unwrap_or(0));
        println!("  \"vmrss_kb\": {},", rss.unwrap_or(0));
        println!("  \"vmrss_open_kb\": {},", rss_open.unwrap_or(0));
        println!("  \"vmrss_loaded_kb\": {},", rss_loaded.unwrap_or(0));
        let heap: Vec<String> = dir
            .heap_bytes()
            .iter()
            .map(|(part, b)| format!("\"{part}\": {}", b / 1024))
            .collect();
        println!("  \"index_heap_kb\": {{{}}},", heap.join(", "));
        println!("  \"queries_per_s_single_thread\": {qps:.0},");
        println!("  \"cpu_share\": {cpu_share:.2},");
        println!("  \"preempted\": {preempted},");
        for (kind, s) in &per_kind {
            println!("  \"{}\": {},", kind.key(), row(s));
        }
        println!("  \"mix\": {}", row(&overall));
        println!("}}");
    } else {
        println!("Directory: {} places", dir.len());
        println!(
            "Start-up: {:.0} ms (open+migrate+reference {:.0} ms, read places into the index {:.0} ms, finish the index {:.0} ms)",
            ms(startup),
            ms(t_open),
            ms(t_load),
            ms(t_build)
        );
        let kb = |x: Option<u64>| x.map_or("?".into(), |k| format!("{:.1} MB", k as f64 / 1024.0));
        println!(
            "Memory after loading: peak (VmHWM) {}, now (VmRSS) {}",
            kb(hwm),
            kb(rss)
        );
        let mb = |a: Option<u64>, b: Option<u64>| match (a, b) {
            (Some(a), Some(b)) => format!("{:+.1} MB", (b as f64 - a as f64) / 1024.0),
            _ => "?".into(),
        };
        println!(
            "  VmRSS: {} after opening the database, {} reading the places and building the index",
            kb(rss_open),
            mb(rss_open, rss_loaded)
        );
        let heap = dir.heap_bytes();
        println!(
            "  the index holds {:.1} MB on the heap:",
            heap.iter().map(|p| p.1).sum::<usize>() as f64 / 1048576.0
        );
        for (part, bytes) in heap {
            println!("    {part}: {:.1} MB", bytes as f64 / 1048576.0);
        }
        println!(
            "Searches: {} passes × {} queries, after {} warm-up passes; {qps:.0} searches/s on one thread",
            args.iterations,
            mix.len(),
            args.warmup
        );
        println!(
            "  the thread was on a CPU {:.0} % of the time and preempted {preempted} times{}",
            cpu_share * 100.0,
            if cpu_share < 0.9 {
                " (busy machine: latencies include waiting for a CPU)"
            } else {
                ""
            }
        );
        println!();
        println!(
            "{:<24} {:>7} {:>10} {:>10} {:>10} {:>10} {:>10} {:>10}",
            "kind", "count", "p50 µs", "p90 µs", "p99 µs", "max µs", "mean µs", "matches"
        );
        let line = |name: &str, s: &Summary| {
            println!(
                "{:<24} {:>7} {:>10.1} {:>10.1} {:>10.1} {:>10.1} {:>10.1} {:>10.0}",
                name, s.count, s.p50, s.p90, s.p99, s.max, s.mean, s.mean_total
            )
        };
        for (kind, s) in &per_kind {
            line(kind.key(), s);
        }
        line("all", &overall);
    }
    Ok(())
}
