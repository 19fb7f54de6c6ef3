//! `passerelle bench-survey`: times the full analysis of a survey edition
//! (issue 12's speed target: a million answers in at most 2 s on SQLite).
//! Loads the 2021 questionnaire, creates an edition with 20 places (one of
//! them the mobile EPN), inserts `--answers` generated answers in bulk
//! (`domain::survey::synth`, fixed seed), then times, call by call, what
//! the results page computes: the edition's tallies read from the database
//! and every question, every cross with its test and Holm's correction,
//! and the importance/performance matrix. Once, for the record, the same
//! analysis from the answers themselves (parsing every stored answer): what
//! the rollup saves.

use std::time::Instant;

use anyhow::Context;
use chrono::NaiveDate;
use domain::survey::analysis::AnalysisOptions;
use domain::survey::shipped::epn_visitors_2021;
use domain::survey::synth::{Quota, generate, plan_2021, spread};
use store::survey::NewEdition;

#[derive(clap::Args)]
pub struct BenchSurveyArgs {
    #[command(flatten)]
    pub db: crate::DbArgs,
    /// Generated answers to insert.
    #[arg(long, default_value_t = 1_000_000)]
    pub answers: u32,
    /// Measured analyses (after one unmeasured).
    #[arg(long, default_value_t = 10)]
    pub calls: usize,
    /// Answers per bulk insert.
    #[arg(long, default_value_t = 20_000)]
    pub batch: u32,
    /// Skip the analysis from the raw answers (slow on a million).
    #[arg(long)]
    pub no_raw: bool,
}

const PLACES: usize = 20;

fn ms(ns: u128) -> f64 {
    ns as f64 / 1e6
}

/// Nearest-rank percentile of sorted nanoseconds, in ms.
fn pick(sorted: &[u128], q: f64) -> f64 {
    let n = sorted.len().max(1);
    ms(sorted
        .get(((q * n as f64).ceil() as usize).clamp(1, n) - 1)
        .copied()
        .unwrap_or(0))
}

pub async fn run(args: BenchSurveyArgs) -> anyhow::Result<()> {
    let (db, _region) = crate::open(&args.db, false).await?;
    let now = chrono::Utc::now().timestamp();
    if !db.has_places().await? {
        db.load_demo(&store::demo::DemoData::brussels_2021(), now)
            .await
            .context("loading the demo's places")?;
    }
    let mut places = db.load_places().await?;
    places.sort_by_key(|p| p.id);
    places.truncate(PLACES);
    anyhow::ensure!(
        places.len() == PLACES,
        "the database has {} places, the benchmark needs {PLACES}",
        places.len()
    );

    let form = epn_visitors_2021();
    let questionnaire_id = match db
        .questionnaire_version(&form.form_id, &form.version)
        .await?
    {
        Some(q) => q.id,
        None => db.save_questionnaire(now, &form).await?,
    };
    let day = |m, d| NaiveDate::from_ymd_opt(2021, m, d).expect("a day");
    let (opens_on, closes_on) = (day(10, 4), day(11, 7));
    let edition_id = db
        .create_edition(
            now,
            &NewEdition {
                slug: format!("bench-{}-{now}", args.answers),
                title: format!("Benchmark, {} answers", args.answers),
                questionnaire_id,
                opens_on,
                closes_on,
                illustrative: true,
                compare_with: None,
            },
        )
        .await?;
    for (i, p) in places.iter().enumerate() {
        let public = (i == 0).then_some("mobile");
        db.set_edition_place(
            edition_id,
            p.id,
            Some(60),
            Some(store::survey::WeeklySource::Entered),
            public,
        )
        .await?;
    }

    // Inserted in batches: each its own transaction, its rollup added.
    let plan = plan_2021();
    let started = Instant::now();
    let mut left = args.answers;
    let mut batch_no = 0u64;
    while left > 0 {
        let n = left.min(args.batch.max(1));
        let counts = spread(n, PLACES, PLACES, 1.0 / 3.0, batch_no);
        let quotas: Vec<Quota> = places
            .iter()
            .zip(counts)
            .enumerate()
            .map(|(i, (p, answers))| Quota {
                place_id: p.id,
                answers,
                hidden: if i == 0 {
                    vec![("public".to_owned(), "mobile".to_owned())]
                } else {
                    vec![]
                },
            })
            .collect();
        let rows: Vec<_> = generate(&form, &plan, &quotas, opens_on, closes_on, 2021 + batch_no)
            .into_iter()
            .map(|g| (g.place_id, g.day, g.lang, g.answers))
            .collect();
        db.insert_answers_bulk(edition_id, &rows).await?;
        left -= n;
        batch_no += 1;
    }
    let insert_s = started.elapsed().as_secs_f64();

    let analyse = || async {
        let tally = db.survey_tally(edition_id, &form).await?;
        anyhow::Ok(tally.analyse(AnalysisOptions::default()))
    };
    let first = analyse().await?;
    anyhow::ensure!(
        first.answers == u64::from(args.answers),
        "the rollup counts {} answers, {} were inserted",
        first.answers,
        args.answers
    );
    let mut ns = Vec::with_capacity(args.calls);
    for _ in 0..args.calls {
        let t = Instant::now();
        let a = analyse().await?;
        ns.push(t.elapsed().as_nanos());
        std::hint::black_box(a);
    }
    ns.sort_unstable();

    let raw = if args.no_raw {
        None
    } else {
        let t = Instant::now();
        let tally = db.survey_tally_from_answers(edition_id, &form).await?;
        let a = tally.analyse(AnalysisOptions::default());
        let elapsed = t.elapsed();
        anyhow::ensure!(
            a == first,
            "the rollup and the answers give different analyses"
        );
        Some(elapsed)
    };

    let build = if cfg!(debug_assertions) {
        "debug build (measure with --release)"
    } else {
        "release build"
    };
    println!(
        "Survey analysis of {} generated answers ({} questions, {} crosses tested with Holm's correction, {} services in the matrix) on {} — {build}",
        args.answers,
        first.questions.len(),
        first.crosses.len(),
        first.matrix.len(),
        args.db.db.split(':').next().unwrap_or("?"),
    );
    println!(
        "Insert (bulk, {} per transaction, rollup maintained): {insert_s:.1} s",
        args.batch
    );
    println!(
        "Full analysis from the database (rollup), {} calls: median {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        ns.len(),
        pick(&ns, 0.5),
        pick(&ns, 0.99),
        ms(ns.last().copied().unwrap_or(0)),
    );
    if let Some(raw) = raw {
        println!(
            "The same analysis parsing every stored answer (no rollup), once: {:.1} s",
            raw.as_secs_f64()
        );
    }
    Ok(())
}
