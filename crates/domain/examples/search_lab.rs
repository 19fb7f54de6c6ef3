//! The search lab: the query mix of `passerelle bench` on places exported as
//! JSON, built with the `domain` crate alone (a release build of `domain` takes
//! about two minutes, of the whole program twenty), to try a change to the
//! index quickly. See docs/benchmarks.md, "Trying a change to the search".
//!
//! ```text
//! passerelle bench --db sqlite://bench.db --iterations 1 --export-places places.json
//! cargo run --release -p domain --example search_lab -- places.json [KIND|all] [PASSES]
//! cargo run --release -p domain --example search_lab -- places.json dump FILE
//! SLOW=1 cargo run --release -p domain --example search_lab -- places.json all 5
//! ```
//! `dump` writes the answers in the format of `passerelle bench --dump`;
//! `SLOW=1` also lists the slowest queries (median of 9), `SPIKES=1` every
//! search of a pass slower than 40 µs; `WARMUP=0` with 1 pass measures
//! each search the first time it is asked (nothing memoised yet).
//! `Q="words"` and/or `NEAR="lat,lon"` with `x PASSES` asks one search that
//! many times (for `perf`); `SHOW=1` then prints its count and page.

use std::hint::black_box;
use std::time::Instant;

use domain::directory::Directory;
use domain::place::Place;

#[path = "../../passerelle/src/bench_mix.rs"]
#[allow(dead_code)]
mod bench_mix;
use bench_mix::mix;

fn hwm() -> u64 {
    let s = std::fs::read_to_string("/proc/self/status").unwrap();
    s.lines()
        .find(|l| l.starts_with("VmHWM"))
        .unwrap()
        .split_whitespace()
        .nth(1)
        .unwrap()
        .parse()
        .unwrap()
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let path = &args[1];
    let only = args.get(2).cloned().unwrap_or_default();
    let iters: usize = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(25);
    let region =
        domain::Region::from_toml(include_str!("../../../data/regions/brussels/region.toml"))
            .unwrap();
    let vocab =
        domain::Vocabularies::from_toml(include_str!("../../../data/vocabularies.toml")).unwrap();
    let t = Instant::now();
    let places: Vec<Place> = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
    eprintln!("parse {:?}, hwm {} MB", t.elapsed(), hwm() / 1024);
    let t = Instant::now();
    let dir = Directory::build(
        std::sync::Arc::new(region),
        std::sync::Arc::new(vocab),
        places,
    );
    eprintln!("build {:?}, hwm {} MB", t.elapsed(), hwm() / 1024);
    if std::env::var("Q").is_ok() || std::env::var("NEAR").is_ok() {
        // One query, many times (for perf): Q="words", NEAR="lat,lon".
        let near = std::env::var("NEAR").ok().map(|s| {
            let (lat, lon) = s.split_once(',').expect("NEAR=lat,lon");
            domain::geo::LatLon {
                lat: lat.parse().unwrap(),
                lon: lon.parse().unwrap(),
            }
        });
        let q = domain::directory::Query {
            text: std::env::var("Q").ok(),
            near,
            limit: 20,
            ..Default::default()
        };
        let now = chrono::NaiveDate::from_ymd_opt(2026, 3, 10)
            .unwrap()
            .and_hms_opt(10, 30, 0)
            .unwrap();
        let t = Instant::now();
        for _ in 0..iters {
            black_box(dir.search(&q, now).unwrap().total);
        }
        eprintln!("{:?} per search", t.elapsed() / iters as u32);
        if std::env::var("SHOW").is_ok() {
            let r = dir.search(&q, now).unwrap();
            eprintln!("total {} origin {:?}", r.total, r.origin);
            for h in &r.hits {
                eprintln!("  {} {:?} {}", h.id, h.distance_km, h.approximate_location);
            }
        }
        return;
    }
    let mix = mix(&dir);
    if only == "dump" {
        std::fs::write(args.get(3).expect("dump FILE"), bench_mix::dump(&dir, &mix)).unwrap();
        return;
    }
    let mix: Vec<_> = mix
        .into_iter()
        .filter(|(k, ..)| only.is_empty() || only == "all" || k.key() == only)
        .collect();
    // WARMUP=0: the first pass, before the searches memoise anything.
    let warmup: usize = std::env::var("WARMUP")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(2);
    for _ in 0..warmup {
        for (_, q, now) in &mix {
            black_box(dir.search(q, *now).map(|r| r.total).ok());
        }
    }
    let mut ns: std::collections::BTreeMap<&str, Vec<u64>> = Default::default();
    let mut all = Vec::new();
    for _ in 0..iters {
        for (k, q, now) in &mix {
            let t = Instant::now();
            let r = dir.search(black_box(q), *now).unwrap();
            black_box(r.total);
            black_box(&r.hits);
            drop(r);
            let e = t.elapsed().as_nanos() as u64;
            if std::env::var("SPIKES").is_ok() && e > 40_000 {
                eprintln!(
                    "spike {:8.1} {k:?} {:?} near={:?}",
                    e as f64 / 1000.0,
                    q.text,
                    q.near
                );
            }
            ns.entry(k.key()).or_default().push(e);
            all.push(e);
        }
    }
    if std::env::var("SLOW").is_ok() {
        let mut per: Vec<(u64, String)> = mix
            .iter()
            .map(|(k, q, now)| {
                let mut t: Vec<u64> = (0..9)
                    .map(|_| {
                        let t0 = Instant::now();
                        black_box(dir.search(q, *now).unwrap().total);
                        t0.elapsed().as_nanos() as u64
                    })
                    .collect();
                t.sort_unstable();
                let r = dir.search(q, *now).unwrap();
                (
                    t[4],
                    format!(
                        "{k:?} {:?} near={:?} svc={:?} total={} communes={:?}",
                        q.text, q.near, q.services, r.total, r.communes
                    ),
                )
            })
            .collect();
        per.sort();
        for (t, d) in per.iter().rev().take(25) {
            eprintln!("{:8.1} {d}", *t as f64 / 1000.0);
        }
    }
    let pct = |v: &mut Vec<u64>, q: f64| {
        v.sort_unstable();
        let n = v.len();
        v[((q * n as f64).ceil() as usize).clamp(1, n) - 1] as f64 / 1000.0
    };
    for (k, v) in ns.iter_mut() {
        eprintln!(
            "{k:24} p50 {:8.1} p90 {:8.1} p99 {:8.1}",
            pct(v, 0.5),
            pct(v, 0.9),
            pct(v, 0.99)
        );
    }
    eprintln!(
        "{:24} p50 {:8.1} p90 {:8.1} p99 {:8.1}",
        "ALL",
        pct(&mut all, 0.5),
        pct(&mut all, 0.9),
        pct(&mut all, 0.99)
    );
}
