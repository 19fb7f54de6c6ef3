//! `passerelle bench`: loads the directory as the server does, then times a fixed,
//! deterministic mix of searches in-process (no HTTP), query by query.

use std::hint::black_box;
use std::time::{Duration, Instant};

use chrono::{NaiveDate, NaiveDateTime};
use domain::LatLon;
use domain::directory::{Directory, Query};

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
}

/// The kinds of search of the mix.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    /// q = a postcode.
    Postcode,
    /// q = a postcode, two filters, open at a given time.
    Filtered,
    /// q = a word or prefix of a name.
    Text,
    /// near = lat,lon (+ radius_km).
    Near,
    /// q = a word of the search word list (`wifi`, `bibliotheek`, `مساعدة`).
    Synonym,
    /// q = a commune, a district, a name or a street word with a typing mistake.
    Typo,
    /// q = a commune's Arabic name.
    ArabicCommune,
    /// q = a district's name (`Laeken`).
    District,
    /// q = a word of a place's street.
    Street,
    /// q = where + what or name: `wifi 1030`, `cours Schaerbeek`, `Molenbeek 1080`.
    Combined,
}

const KINDS: [Kind; 10] = [
    Kind::Postcode,
    Kind::Filtered,
    Kind::Text,
    Kind::Near,
    Kind::Synonym,
    Kind::Typo,
    Kind::ArabicCommune,
    Kind::District,
    Kind::Street,
    Kind::Combined,
];

impl Kind {
    fn key(self) -> &'static str {
        match self {
            Kind::Postcode => "postcode",
            Kind::Filtered => "postcode_filters_open",
            Kind::Text => "text",
            Kind::Near => "near",
            Kind::Synonym => "synonym",
            Kind::Typo => "typo",
            Kind::ArabicCommune => "arabic_commune",
            Kind::District => "district",
            Kind::Street => "street",
            Kind::Combined => "combined",
        }
    }
}

/// Queries per kind in the mix.
const PER_KIND: usize = 40;

fn at(d: (i32, u32, u32), h: u32, m: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(d.0, d.1, d.2)
        .unwrap()
        .and_hms_opt(h, m, 0)
        .unwrap()
}

/// Fixed local times used for "open now" (a Tuesday morning, a Thursday afternoon,
/// a Saturday morning, a Monday evening) and as the clock of every search.
fn times() -> [NaiveDateTime; 4] {
    [
        at((2026, 3, 10), 10, 30),
        at((2026, 3, 12), 15, 0),
        at((2026, 3, 14), 11, 0),
        at((2026, 3, 16), 19, 0),
    ]
}

fn base(limit: usize) -> Query {
    Query {
        limit,
        ..Query::default()
    }
}

/// The deterministic mix: depends only on the region and the directory's content.
pub fn mix(dir: &Directory) -> Vec<(Kind, Query, NaiveDateTime)> {
    let region = &dir.region;
    let times = times();
    let mut out = Vec::new();
    let postcodes: Vec<&str> = region.postcodes.iter().map(|p| p.code.as_str()).collect();

    // (a) a postcode, as typed on the home page; every tenth asks for page 2.
    for i in 0..PER_KIND {
        let mut q = base(20);
        q.text = Some(postcodes[i % postcodes.len()].to_owned());
        if i % 10 == 9 {
            q.offset = 20;
        }
        out.push((Kind::Postcode, q, times[i % 4]));
    }

    // (b) a postcode, two filters, open at the given time.
    let has = |kind, code: &str| dir.vocab.contains(kind, code);
    use domain::vocab::VocabKind as V;
    for i in 0..PER_KIND {
        let mut q = base(20);
        q.text = Some(postcodes[(i * 7 + 3) % postcodes.len()].to_owned());
        match i % 5 {
            0 => {
                q.services.push("training".into());
                q.language = Some("fr".into());
            }
            1 => {
                q.services.push("online-procedures".into());
                q.wheelchair = true;
            }
            2 => {
                q.services.push("assisted-access".into());
                q.public = Some("seniors".into());
            }
            3 => q
                .services
                .extend(["printing".to_owned(), "internet-access".to_owned()]),
            _ => {
                q.free = true;
                q.language = Some("nl".into());
            }
        }
        q.services.retain(|s| has(V::Service, s));
        q.public = q.public.filter(|p| has(V::Public, p));
        q.language = q.language.filter(|l| has(V::Language, l));
        q.open_at = Some(times[i % 4]);
        out.push((Kind::Filtered, q, times[i % 4]));
    }

    // (c) free text taken from names of places at fixed positions: a whole word,
    // a 4-letter prefix, a word and a number, two words.
    let places = dir.places();
    let mut words = Vec::new();
    for j in 0..PER_KIND * 4 {
        if words.len() == PER_KIND || places.is_empty() {
            break;
        }
        let p = &places[(j * 7919 + 11) % places.len()];
        let toks = domain::text::tokens(&p.name);
        let word = toks
            .iter()
            .filter(|t| t.chars().count() >= 4 && !t.chars().all(|c| c.is_ascii_digit()))
            .max_by_key(|t| t.len());
        let Some(word) = word else { continue };
        let number = toks.iter().find(|t| t.chars().all(|c| c.is_ascii_digit()));
        let text = match words.len() % 4 {
            0 => word.clone(),
            1 => word.chars().take(4).collect(),
            2 => number.map_or_else(|| word.clone(), |n| format!("{word} {n}")),
            _ => toks[..toks.len().min(2)].join(" "),
        };
        words.push(text);
    }
    for (i, w) in words.into_iter().enumerate() {
        let mut q = base(20);
        q.text = Some(w);
        out.push((Kind::Text, q, times[i % 4]));
    }

    // (d) near a point close to a commune centre, with a radius (None = region default).
    let mut rng = fastrand::Rng::with_seed(7);
    let radii = [None, Some(1.0), Some(2.0), Some(5.0)];
    for i in 0..PER_KIND {
        let c = &region.communes[i % region.communes.len()];
        let mut q = base(20);
        q.near = Some(LatLon {
            lat: c.lat + (rng.f64() - 0.5) * 0.018,
            lon: c.lon + (rng.f64() - 0.5) * 0.028,
        });
        q.radius_km = radii[i % 4];
        out.push((Kind::Near, q, times[i % 4]));
    }

    // (e) words of the search word list, in four languages.
    const SYNONYMS: [&str; 20] = [
        "wifi",
        "internet",
        "imprimer",
        "cours",
        "aide",
        "bibliotheek",
        "computer",
        "printen",
        "help",
        "مساعدة",
        "ordinateur",
        "les",
        "library",
        "réparation",
        "seniors",
        "emploi",
        "دروس",
        "hulp",
        "démarches",
        "انترنت",
    ];
    for i in 0..PER_KIND {
        let mut q = base(20);
        q.text = Some(SYNONYMS[i % SYNONYMS.len()].to_owned());
        q.lang = Some(["fr", "nl", "en", "ar"][i % 4].to_owned());
        out.push((Kind::Synonym, q, times[i % 4]));
    }

    // (f) typing mistakes: a commune's name (French or Dutch) or a long word of a
    // place's name or street with one letter dropped.
    let drop_one = |w: &str, at: usize| -> String {
        let chars: Vec<char> = w.chars().collect();
        let k = 1 + at % (chars.len() - 2);
        chars[..k].iter().chain(&chars[k + 1..]).collect()
    };
    let long_word = |s: &str| {
        domain::text::tokens(s)
            .into_iter()
            .filter(|t| t.chars().count() >= 7 && !t.chars().any(|c| c.is_ascii_digit()))
            .max_by_key(|t| t.len())
    };
    for i in 0..PER_KIND {
        let mut q = base(20);
        let text = if i % 2 == 0 {
            let c = &region.communes[(i / 2) % region.communes.len()];
            let name = c
                .name
                .get(if i % 4 == 0 { "fr" } else { "nl" })
                .cloned()
                .unwrap_or_default();
            long_word(&name).map_or(name, |w| drop_one(&w, i))
        } else {
            let p = &places[(i * 4441 + 5) % places.len().max(1)];
            let src = if i % 4 == 1 {
                p.name.clone()
            } else {
                p.address.clone().unwrap_or_else(|| p.name.clone())
            };
            long_word(&src).map_or(src, |w| drop_one(&w, i))
        };
        q.text = Some(text);
        out.push((Kind::Typo, q, times[i % 4]));
    }

    // (g) communes by their Arabic names.
    for i in 0..PER_KIND {
        let c = &region.communes[(i * 7) % region.communes.len()];
        let mut q = base(20);
        q.text = c
            .name
            .get("ar")
            .cloned()
            .or_else(|| c.name.values().next().cloned());
        q.lang = Some("ar".into());
        out.push((Kind::ArabicCommune, q, times[i % 4]));
    }

    // (h) districts by name, in the languages they have.
    let district_names: Vec<String> = region
        .districts
        .iter()
        .flat_map(|d| d.name.values().cloned())
        .collect();
    for i in 0..PER_KIND {
        let mut q = base(20);
        q.text = Some(
            district_names
                .get(i % district_names.len().max(1))
                .cloned()
                .unwrap_or_else(|| postcodes[i % postcodes.len()].to_owned()),
        );
        out.push((Kind::District, q, times[i % 4]));
    }

    // (i) the longest word of the street of places at fixed positions.
    let mut streets = Vec::new();
    for j in 0..PER_KIND * 8 {
        if streets.len() == PER_KIND || places.is_empty() {
            break;
        }
        let p = &places[(j * 6271 + 3) % places.len()];
        if let Some(w) = p.address.as_deref().and_then(|a| {
            domain::text::tokens(a)
                .into_iter()
                .filter(|t| t.chars().count() >= 4 && !t.chars().any(|c| c.is_ascii_digit()))
                .max_by_key(|t| t.len())
        }) {
            streets.push(w);
        }
    }
    for (i, w) in streets.into_iter().enumerate() {
        let mut q = base(20);
        q.text = Some(w);
        out.push((Kind::Street, q, times[i % 4]));
    }

    // (j) where and what together.
    for i in 0..PER_KIND {
        let c = &region.communes[(i * 3) % region.communes.len()];
        let fr = c.name.get("fr").cloned().unwrap_or_default();
        let pc = c
            .postcodes
            .first()
            .cloned()
            .unwrap_or_else(|| postcodes[0].to_owned());
        let text = match i % 4 {
            0 => format!("{} {pc}", SYNONYMS[i % SYNONYMS.len()]),
            1 => format!("cours {fr}"),
            2 => format!("{fr} {pc}"),
            _ => format!("wifi {fr}"),
        };
        let mut q = base(20);
        q.text = Some(text);
        q.lang = Some("fr".into());
        out.push((Kind::Combined, q, times[i % 4]));
    }

    // Interleave the kinds so that no kind runs with caches warmed by itself only.
    let mut interleaved = Vec::with_capacity(out.len());
    let by_kind: Vec<Vec<_>> = KINDS
        .iter()
        .map(|k| out.iter().filter(|(kk, ..)| kk == k).cloned().collect())
        .collect();
    for i in 0..PER_KIND {
        for list in &by_kind {
            if let Some(x) = list.get(i) {
                interleaved.push(x.clone());
            }
        }
    }
    interleaved
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
    // read the stamp, load every place, build the index.
    let t0 = Instant::now();
    let (db, region) = crate::open(&args.db, false).await?;
    let t_open = t0.elapsed();
    let (_, rss_open) = memory_kb();
    let t1 = Instant::now();
    let _stamp = db.directory_stamp().await?;
    let places = db.load_places().await?;
    let t_load = t1.elapsed();
    let (_, rss_loaded) = memory_kb();
    let t2 = Instant::now();
    let dir = Directory::build(
        std::sync::Arc::new(region),
        std::sync::Arc::new(store::reference::vocabularies()),
        places,
    );
    let t_build = t2.elapsed();
    let startup = t0.elapsed();
    let (hwm, rss) = memory_kb();
    db.close().await;

    let mix = mix(&dir);
    for (kind, q, now) in &mix {
        if let Err(e) = dir.search(q, *now) {
            anyhow::bail!("{kind:?} search {q:?} failed: {e}");
        }
    }
    if let Some(path) = &args.dump {
        use std::fmt::Write as _;
        let mut out = String::new();
        for (kind, q, now) in &mix {
            let r = dir.search(q, *now).expect("checked above");
            let _ = write!(
                out,
                "{kind:?}\t{:?}\t{:?}\t{:?}\t{:?}\ttotal={}\t",
                q.text, q.near, q.radius_km, q.open_at, r.total
            );
            for h in &r.hits {
                let _ = write!(
                    out,
                    " {}:{:.6}:{:?}",
                    h.place.id,
                    h.distance_km.unwrap_or(-1.0),
                    h.open
                );
            }
            out.push('\n');
        }
        std::fs::write(path, out)?;
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
            "Start-up: {:.0} ms (open+migrate+reference {:.0} ms, load places {:.0} ms, build index {:.0} ms)",
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
            "  VmRSS: {} after opening the database, {} loading the places, {} building the index",
            kb(rss_open),
            mb(rss_open, rss_loaded),
            mb(rss_loaded, rss)
        );
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
