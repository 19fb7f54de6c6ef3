//! `passerelle bench-report`: times the annual report (issue 15's speed
//! target: the PDF for a region of 10,000 places and a survey of 100,000
//! answers in at most 5 s; a brochure in at most 1 s). On an empty
//! database it loads the demo (its 2021 texts, budget, awards, equipment),
//! adds synthetic places up to `--places` (`passerelle synth`, fixed seed)
//! and a 2021 survey edition of `--answers` answers (`passerelle
//! bench-survey`'s generator); then, call by call, it times assembling the
//! report from the data and laying it out as a tagged PDF, and a brochure
//! of the largest group of communes. The first call is printed apart:
//! typst memoizes layout, so later calls on the same data are faster.

use std::time::Instant;

use anyhow::Context;
use domain::Lang;
use web::services::annual_report::{Texts, build};
use web::{App, Config};

#[derive(clap::Args)]
pub struct BenchReportArgs {
    #[command(flatten)]
    pub db: crate::DbArgs,
    /// Places in the region (the demo's and synthetic ones).
    #[arg(long, default_value_t = 10_000)]
    pub places: usize,
    /// Answers of the 2021 survey edition.
    #[arg(long, default_value_t = 100_000)]
    pub answers: u32,
    /// Measured reports (after one unmeasured).
    #[arg(long, default_value_t = 5)]
    pub calls: usize,
    #[arg(long, value_parser = crate::check::parse_lang, default_value = "fr")]
    pub lang: Lang,
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

pub async fn run(args: BenchReportArgs) -> anyhow::Result<()> {
    let (db, _region) = crate::open(&args.db, false).await?;
    let fresh = !db.has_places().await?;
    if fresh {
        let now = chrono::Utc::now().timestamp();
        db.load_demo(&store::demo::DemoData::brussels_2021(), now)
            .await?;
        db.load_demo_accounts(now).await?;
        db.load_demo_budget(&store::budget::demo::DemoBudget::brussels_2021(), now)
            .await?;
        db.load_awards(&store::grants::awards::awards_2021(), now)
            .await?;
        db.load_demo_equipment(&args.db.region, now).await?;
        db.load_demo_report(
            &store::annual_report::demo::DemoReport::brussels_2021(),
            now,
        )
        .await?;
        let have = db.load_places().await?.len();
        db.close().await;
        if args.places > have {
            crate::synth::run(crate::synth::SynthArgs {
                db: args.db.clone(),
                places: args.places - have,
                seed: 42,
                append: true,
                batch: 5_000,
            })
            .await
            .context("adding synthetic places")?;
        }
        crate::bench_survey::run(crate::bench_survey::BenchSurveyArgs {
            db: args.db.clone(),
            answers: args.answers,
            calls: 1,
            batch: 20_000,
            no_raw: true,
        })
        .await
        .context("adding the survey's answers")?;
    } else {
        db.close().await;
        println!("the database has places: measuring it as it is");
    }
    let (db, region) = crate::open(&args.db, false).await?;
    let app = App::new(
        db,
        region,
        store::reference::vocabularies(),
        Config::default(),
    )
    .await?;
    let publisher = app.region.display(&app.region.name, args.lang).to_owned();
    let link = |p: &str| app.config.link(p);
    let (mut data, mut pdf, mut whole) = (Vec::new(), Vec::new(), Vec::new());
    let mut size = (0, 0, 0);
    let mut first = 0.0;
    for call in 0..=args.calls {
        let started = Instant::now();
        let report = build(&app, args.lang, 2021, Texts::Published)
            .await?
            .context("the region has no plan for 2021")?;
        let built = started.elapsed().as_secs_f64() * 1000.0;
        let doc = web::services::annual_report::document(&report, &publisher, &link);
        let laid = Instant::now();
        let bytes = documents::report_pdf(&doc).map_err(|e| anyhow::anyhow!("{e}"))?;
        let laid = laid.elapsed().as_secs_f64() * 1000.0;
        let total = started.elapsed().as_secs_f64() * 1000.0;
        size = (
            bytes.len(),
            report
                .chapters
                .iter()
                .map(|c| c.figures.len())
                .sum::<usize>(),
            app.directory().len(),
        );
        if call == 0 {
            first = total;
        } else {
            data.push(built);
            pdf.push(laid);
            whole.push(total);
        }
    }
    let slowest = whole.iter().copied().fold(0.0, f64::max);
    println!(
        "annual report 2021 ({}), {} places, {} answers: {} figures, {} bytes",
        args.lang.code(),
        size.2,
        args.answers,
        size.1,
        size.0
    );
    println!("  first call (nothing cached yet): {first:.0} ms; target 5000 ms");
    println!(
        "  median of {} more calls: data {:.0} ms + PDF {:.0} ms = {:.0} ms (slowest {:.0} ms)",
        args.calls,
        median(data),
        median(pdf),
        median(whole.clone()),
        slowest
    );
    // A brochure of the group with the most places.
    let dir = app.directory();
    let group = app
        .region
        .brochure_groups
        .iter()
        .max_by_key(|g| {
            g.communes
                .iter()
                .map(|n| dir.places_in_commune(n).len())
                .sum::<usize>()
        })
        .context("the region has no brochure groups")?;
    let today = app.today();
    let mut times = Vec::new();
    let mut places = 0;
    for _ in 0..=args.calls {
        let started = Instant::now();
        let b = web::services::brochures::brochure(&dir, args.lang, group, today, &link);
        places = b.communes.iter().map(|c| c.entries.len()).sum();
        documents::brochure_pdf(&b, web::ui::qr::svg).map_err(|e| anyhow::anyhow!("{e}"))?;
        times.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    let started = Instant::now();
    let b = web::services::brochures::brochure(&dir, args.lang, group, today, &link);
    let worded = started.elapsed().as_secs_f64() * 1000.0;
    let qr_started = Instant::now();
    for c in &b.communes {
        for e in &c.entries {
            let _ = web::ui::qr::svg(&e.url);
        }
    }
    let qr = qr_started.elapsed().as_secs_f64() * 1000.0;
    println!("  brochure: worded in {worded:.0} ms, its QR codes drawn in {qr:.0} ms");
    println!(
        "  brochure {} ({places} places): first call {:.0} ms, median {:.0} ms (target 1000 ms)",
        group.code,
        times[0],
        median(times.clone())
    );
    app.db.close().await;
    Ok(())
}
