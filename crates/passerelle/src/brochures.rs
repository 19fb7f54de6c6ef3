//! `passerelle brochures --lang LANG [--group KEY] --output DIR`: the commune
//! brochures as tagged PDF (PDF/UA-1), one file per group of communes
//! (`brochure-{group}-{lang}.pdf`), from the directory as it is in the
//! database now — the same documents as `/{lang}/brochures/{group}/pdf`.
//! Each line it prints says how long that brochure took (the target:
//! a brochure in at most a second).

use std::path::PathBuf;
use std::sync::Arc;

use anyhow::{Context, bail};
use domain::Lang;
use domain::directory::Directory;

#[derive(clap::Args)]
pub struct BrochuresArgs {
    #[command(flatten)]
    pub db: crate::DbArgs,
    /// The brochures' language: one of the ten (fr, nl, en, ar, es, tr, ro, sq, pl, pt).
    #[arg(long, value_parser = crate::check::parse_lang)]
    pub lang: Lang,
    /// Only this group of communes (its key in the region's data); every
    /// group by default.
    #[arg(long)]
    pub group: Option<String>,
    /// The directory to write the PDF files to (created when missing).
    #[arg(long, short)]
    pub output: PathBuf,
    /// The site's public address, which the QR codes lead to.
    #[arg(
        long,
        env = "PASSERELLE_PUBLIC_URL",
        default_value = "http://127.0.0.1:8080"
    )]
    pub public_url: String,
}

pub async fn run(args: BrochuresArgs) -> anyhow::Result<()> {
    let (db, region) = crate::open(&args.db, false).await?;
    let places = db.load_places().await.context("loading the places")?;
    db.close().await;
    let groups: Vec<_> = region
        .brochure_groups
        .iter()
        .filter(|g| args.group.as_ref().is_none_or(|k| &g.code == k))
        .cloned()
        .collect();
    if groups.is_empty() {
        let known: Vec<&str> = region
            .brochure_groups
            .iter()
            .map(|g| g.code.as_str())
            .collect();
        bail!(
            "no group {:?} in the region (its groups: {})",
            args.group.unwrap_or_default(),
            known.join(", ")
        );
    }
    let tz = region.timezone;
    let dir = Directory::build(
        Arc::new(region),
        Arc::new(store::reference::vocabularies()),
        places,
    );
    let today = chrono::Utc::now().with_timezone(&tz).date_naive();
    std::fs::create_dir_all(&args.output)
        .with_context(|| format!("creating {}", args.output.display()))?;
    let base = args.public_url.trim_end_matches('/').to_string();
    let link = |p: &str| format!("{base}{p}");
    for g in &groups {
        let started = std::time::Instant::now();
        let b = web::services::brochures::brochure(&dir, args.lang, g, today, &link);
        let count: usize = b.communes.iter().map(|c| c.entries.len()).sum();
        let bytes = documents::brochure_pdf(&b, web::ui::qr::svg)
            .map_err(|e| anyhow::anyhow!("brochure {}: {e}", g.code))?;
        let path = args
            .output
            .join(format!("brochure-{}-{}.pdf", g.code, args.lang.code()));
        std::fs::write(&path, &bytes).with_context(|| format!("writing {}", path.display()))?;
        eprintln!(
            "{}: {count} place(s), {} KB in {} ms",
            path.display(),
            bytes.len() / 1024,
            started.elapsed().as_millis()
        );
    }
    Ok(())
}
