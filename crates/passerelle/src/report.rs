//! `passerelle report --year 2021 --lang fr --format pdf|html --output FILE`:
//! the plan's annual report of a year with its published texts, from the
//! data in the database now — the same report as
//! `/{lang}/annual-report/{year}` (HTML: that page, standalone, with its
//! stylesheet inlined so that the file opens anywhere) and its `/pdf`.
//! It prints how long the report took.

use std::path::PathBuf;

use anyhow::{Context, bail};
use domain::Lang;
use web::services::annual_report::{Texts, build};
use web::{App, Config};

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Pdf,
    Html,
}

#[derive(clap::Args)]
pub struct ReportArgs {
    #[command(flatten)]
    pub db: crate::DbArgs,
    /// The plan year.
    #[arg(long)]
    pub year: i32,
    /// The report's language: one of the ten (fr, nl, en, ar, es, tr, ro, sq, pl, pt).
    #[arg(long, value_parser = crate::check::parse_lang)]
    pub lang: Lang,
    #[arg(long, value_enum, default_value = "pdf")]
    pub format: Format,
    /// The file to write.
    #[arg(long, short)]
    pub output: PathBuf,
    /// The site's public address, which the report's links lead to.
    #[arg(
        long,
        env = "PASSERELLE_PUBLIC_URL",
        default_value = "http://127.0.0.1:8080"
    )]
    pub public_url: String,
}

pub async fn run(args: ReportArgs) -> anyhow::Result<()> {
    let (db, region) = crate::open(&args.db, false).await?;
    let config = Config {
        public_url: args.public_url.trim_end_matches('/').to_string(),
        ..Config::default()
    };
    let app = App::new(db, region, store::reference::vocabularies(), config).await?;
    let started = std::time::Instant::now();
    let Some(report) = build(&app, args.lang, args.year, Texts::Published).await? else {
        let years = web::services::budget::plan(&app)
            .map(|p| format!("{}–{}", p.first_year, p.last_year))
            .unwrap_or_else(|| "none: the region has no plan".into());
        bail!("no report for {} (the plan's years: {years})", args.year);
    };
    let bytes = match args.format {
        Format::Pdf => {
            let publisher = app.region.display(&app.region.name, args.lang).to_owned();
            let link = |p: &str| app.config.link(p);
            let doc = web::services::annual_report::document(&report, &publisher, &link);
            documents::report_pdf(&doc).map_err(|e| anyhow::anyhow!("the report: {e}"))?
        }
        Format::Html => {
            web::pages::annual_report::standalone(&report, &app.config.public_url).into_bytes()
        }
    };
    if let Some(parent) = args.output.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)
            .with_context(|| format!("creating {}", parent.display()))?;
    }
    std::fs::write(&args.output, &bytes)
        .with_context(|| format!("writing {}", args.output.display()))?;
    let figures: usize = report.chapters.iter().map(|c| c.figures.len()).sum();
    println!(
        "{}: {} parts ({} with a text), {} figures, {} bytes, {} ms",
        args.output.display(),
        report.chapters.len(),
        report.written,
        figures,
        bytes.len(),
        started.elapsed().as_millis()
    );
    app.db.close().await;
    Ok(())
}
