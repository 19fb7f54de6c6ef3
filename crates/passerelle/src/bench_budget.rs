//! `passerelle bench-budget --rows 100000`: times the budget tables (issue
//! 13's speed target: over 100,000 ledger rows in at most 200 ms p50).
//! Inserts `--rows` generated rows over the plan (every phase, source,
//! axis, measure and action; a few hundred suppliers; fixed seed) with the
//! demo's declared totals, then times, call by call, what the tables page
//! computes: `ledger_sums`, `BudgetTables::build` and `check`.

use std::time::Instant;

use anyhow::Context;
use domain::budget::{BudgetTables, NewRow, Phase, check};

#[derive(clap::Args)]
pub struct BenchBudgetArgs {
    #[command(flatten)]
    db: crate::DbArgs,
    /// Generated ledger rows to insert.
    #[arg(long, default_value_t = 100_000)]
    pub rows: usize,
    /// Measured calls (after one unmeasured).
    #[arg(long, default_value_t = 20)]
    pub calls: usize,
}

/// Nearest-rank percentile of sorted nanoseconds, in ms.
fn pick(sorted: &[u128], q: f64) -> f64 {
    let n = sorted.len().max(1);
    sorted
        .get(((q * n as f64).ceil() as usize).clamp(1, n) - 1)
        .copied()
        .unwrap_or(0) as f64
        / 1e6
}

pub async fn run(args: BenchBudgetArgs) -> anyhow::Result<()> {
    let (db, region) = crate::open(&args.db, false).await?;
    let plan = domain::plan::shipped(&region.code).context("the region has no plan")?;
    let now = chrono::Utc::now().timestamp();
    let mut rng = fastrand::Rng::with_seed(13);
    let year = plan.first_year;
    let measures: Vec<_> = plan
        .axes
        .iter()
        .flat_map(|a| plan.measures_of(&a.code))
        .collect();
    let started = Instant::now();
    let mut rows = Vec::with_capacity(10_000);
    for i in 0..args.rows {
        let m = measures[rng.usize(..measures.len())];
        let action = (!m.actions.is_empty() && rng.bool())
            .then(|| m.action_key(&m.actions[rng.usize(..m.actions.len())]));
        let phase = match rng.u8(..10) {
            0 => Phase::Budget,
            1 => Phase::Revised,
            2 | 3 => Phase::Commitment,
            _ => Phase::Actual,
        };
        let source = &plan.sources[rng.usize(..plan.sources.len())];
        rows.push(NewRow {
            year,
            phase,
            source: source.code.clone(),
            axis: m.axis.clone(),
            measure: Some(m.number),
            action: action.clone(),
            date: None,
            supplier: action
                .is_none()
                .then(|| format!("Supplier {}", rng.u16(..300))),
            invoice: Some(format!("F-{i}")),
            label: format!("Generated row {i}"),
            amount_cents: rng.i64(1..5_000_000),
            note: None,
            reason: (phase == Phase::Revised).then(|| "generated".to_string()),
        });
        if rows.len() == 10_000 || i + 1 == args.rows {
            db.add_ledger_rows(&plan.code, &rows, store::budget::Origin::Import, None, now)
                .await
                .context("inserting rows")?;
            rows.clear();
        }
    }
    let demo = store::budget::demo::DemoBudget::brussels_2021();
    for d in &demo.declared {
        db.add_declared_total(&plan.code, &d.scope, d.cents, &d.label, None, now)
            .await?;
    }
    println!(
        "Inserted {} rows in {:.1} s",
        args.rows,
        started.elapsed().as_secs_f64()
    );
    let declared = db.declared_totals(&plan.code, Some(year)).await?;
    let mut times = Vec::with_capacity(args.calls);
    // Each part of a call: reading the sums, building the tables, the check.
    let mut parts: [Vec<u128>; 3] = Default::default();
    let mut groups = 0;
    for call in 0..=args.calls {
        let t = Instant::now();
        let sums = db.ledger_sums(&plan.code, Some(year)).await?;
        let read = t.elapsed().as_nanos();
        let tables = BudgetTables::build(plan, year, &sums);
        let built = t.elapsed().as_nanos();
        let diffs = check(plan, &sums, &declared);
        let ns = t.elapsed().as_nanos();
        std::hint::black_box((&tables, &diffs));
        groups = sums.len();
        if call > 0 {
            times.push(ns);
            parts[0].push(read);
            parts[1].push(built - read);
            parts[2].push(ns - built);
        }
    }
    times.sort_unstable();
    for p in &mut parts {
        p.sort_unstable();
    }
    println!(
        "Budget tables over {} rows ({groups} sums, {} declared totals), {} calls: p50 {:.1} ms, p99 {:.1} ms",
        args.rows,
        declared.len(),
        args.calls,
        pick(&times, 0.5),
        pick(&times, 0.99)
    );
    println!(
        "  p50 of each part: ledger_sums {:.1} ms, BudgetTables::build {:.1} ms, check {:.1} ms",
        pick(&parts[0], 0.5),
        pick(&parts[1], 0.5),
        pick(&parts[2], 0.5)
    );
    db.close().await;
    Ok(())
}
