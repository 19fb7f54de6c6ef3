//! `passerelle import places FILE`: open data in. Reads a CSV or JSON file
//! through a mapping (or the built-in national standard), reports every bad
//! row, and writes the good ones in one transaction.

use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::path::PathBuf;

use anyhow::{Context, bail};
use domain::import::{
    Encoding, ImportContext, InputFormat, Mapping, OutsideRegion, Parsed, RowPos, parse,
};

#[derive(clap::Args)]
pub struct ImportArgs {
    #[command(subcommand)]
    pub what: ImportWhat,
}

#[derive(clap::Subcommand)]
pub enum ImportWhat {
    /// Import places from a CSV or JSON file (exit code 1 when rows are bad and nothing was written).
    Places(PlacesArgs),
}

#[derive(clap::Args)]
pub struct PlacesArgs {
    /// The file to import.
    pub file: PathBuf,
    /// mednum: the national standard CSV, built in; csv or json: read through --mapping.
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// A mapping file (TOML) saying which column is what; see docs/import.md.
    #[arg(long)]
    pub mapping: Option<PathBuf>,
    /// Read, check and count, but write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Write the good rows even when some rows are bad (they are reported and left out).
    #[arg(long)]
    pub skip_invalid: bool,
    /// Places whose postcode and commune are not in the region: reject them as
    /// bad rows, or accept them without a commune of the region.
    #[arg(long, value_enum, default_value = "reject")]
    pub outside_region: Outside,
    /// Source name for the stable keys `<source>:<id>` (default: the mapping's).
    #[arg(long)]
    pub source: Option<String>,
    /// Character encoding of a CSV file: utf-8, latin-1 or windows-1252 (default: the mapping's).
    #[arg(long)]
    pub encoding: Option<String>,
    /// Largest file accepted, in MiB (the file is read into memory).
    #[arg(long, default_value_t = 64)]
    pub max_size_mib: u64,
    #[command(flatten)]
    pub db: crate::DbArgs,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Mednum,
    Csv,
    Json,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Outside {
    Reject,
    Accept,
}

fn load_mapping(args: &PlacesArgs, vocab: &domain::Vocabularies) -> anyhow::Result<Mapping> {
    let mut m = match (&args.mapping, args.format) {
        (Some(_), Some(Format::Mednum)) => {
            bail!(
                "--format mednum is the built-in mapping of the national standard: leave out --mapping"
            )
        }
        (Some(path), _) => {
            let src = std::fs::read_to_string(path)
                .with_context(|| format!("reading the mapping {}", path.display()))?;
            Mapping::from_toml(&src, vocab)
                .with_context(|| format!("mapping {}", path.display()))?
        }
        (None, Some(Format::Csv | Format::Json)) => bail!(
            "--format csv and --format json need --mapping FILE to say which column is what (see docs/import.md); the national standard is --format mednum"
        ),
        (None, _) => Mapping::mednum(vocab),
    };
    match args.format {
        Some(Format::Csv) => m.format = InputFormat::Csv,
        Some(Format::Json) => m.format = InputFormat::Json,
        _ => {}
    }
    if let Some(e) = &args.encoding {
        m.encoding = Encoding::parse(e).with_context(|| {
            format!("--encoding must be utf-8, latin-1 or windows-1252 (got {e:?})")
        })?;
    }
    Ok(m)
}

fn positions(at: &[RowPos]) -> String {
    const SHOWN: usize = 8;
    let mut s: Vec<String> = at.iter().take(SHOWN).map(|p| p.to_string()).collect();
    if at.len() > SHOWN {
        s.push(format!("and {} more", at.len() - SHOWN));
    }
    s.join(", ")
}

/// Prints every bad row, and the warnings grouped when they repeat.
fn print_report(p: &Parsed) {
    println!(
        "{} rows: {} good, {} with errors, {} warnings",
        p.rows,
        p.places.len(),
        p.bad_rows(),
        p.warnings.len()
    );
    if !p.errors.is_empty() {
        println!("\nErrors ({} rows; each is left out):", p.bad_rows());
        for e in &p.errors {
            println!("  {e}");
        }
    }
    if !p.warnings.is_empty() {
        println!("\nWarnings (imported as said):");
        let mut groups: BTreeMap<(&str, &str, &str), Vec<RowPos>> = BTreeMap::new();
        let mut order = Vec::new();
        for w in &p.warnings {
            let key = (w.field.as_str(), w.value.as_str(), w.note.as_str());
            let v = groups.entry(key).or_default();
            if v.is_empty() {
                order.push(key);
            }
            v.push(w.at);
        }
        for key in order {
            let at = &groups[&key];
            let (field, value, note) = key;
            let value: String = if value.chars().count() > 120 {
                format!("{}…", value.chars().take(120).collect::<String>())
            } else {
                value.to_owned()
            };
            println!(
                "  {}, field {field}, value {value:?}: {note}",
                positions(at)
            );
        }
    }
}

/// Runs the import; returns whether it failed because of bad rows.
pub async fn run(args: ImportArgs) -> anyhow::Result<bool> {
    let ImportWhat::Places(args) = args.what;
    let vocab = store::reference::vocabularies();
    let mapping = load_mapping(&args, &vocab)?;
    if let Some(s) = &args.source
        && !domain::import::mapping::valid_source(s)
    {
        bail!("--source {s:?} must be lowercase letters, digits and hyphens");
    }
    let region = crate::load_region(&args.db)?;
    let limit = args.max_size_mib * 1024 * 1024;
    let size = std::fs::metadata(&args.file)
        .with_context(|| format!("reading {}", args.file.display()))?
        .len();
    if size > limit {
        bail!(
            "{} is {size} bytes, more than the limit of {limit} bytes (--max-size-mib {}): split it, or raise the limit",
            args.file.display(),
            args.max_size_mib
        );
    }
    let bytes =
        std::fs::read(&args.file).with_context(|| format!("reading {}", args.file.display()))?;
    let outside = match args.outside_region {
        Outside::Reject => OutsideRegion::Reject,
        Outside::Accept => OutsideRegion::Accept,
    };
    let ctx = ImportContext::new(&region, &vocab)
        .outside_region(outside)
        .max_bytes(limit)
        .source(args.source.clone());
    println!(
        "Reading {} ({}, source {:?}) for the region {}; places outside it are {}.",
        args.file.display(),
        match &args.mapping {
            Some(m) => format!("mapping {}", m.display()),
            None => "national standard mednum".into(),
        },
        ctx.source.as_deref().unwrap_or(&mapping.source),
        region.code,
        match outside {
            OutsideRegion::Reject => "rejected",
            OutsideRegion::Accept => "accepted",
        }
    );
    let parsed =
        parse(&bytes, &mapping, &ctx).with_context(|| format!("{}", args.file.display()))?;
    drop(bytes);
    print_report(&parsed);
    if parsed.outside_region_rows() > 0 {
        println!(
            "\n{} rows are outside the region {}: import them with --outside-region accept (they are then kept without a commune of the region), or use a region file that has them (--region-file).",
            parsed.outside_region_rows(),
            region.code
        );
    }
    let bad = parsed.bad_rows();
    let refused = bad > 0 && !args.skip_invalid;
    if refused && !args.dry_run {
        println!(
            "\nNothing written: {bad} rows have errors. Fix them (or the mapping), or pass --skip-invalid to import the {} good rows.",
            parsed.places.len()
        );
        return Ok(true);
    }
    let (db, _) = crate::open(&args.db, false).await?;
    println!(
        "\n{} {} places in one transaction…",
        if args.dry_run { "Trying" } else { "Writing" },
        parsed.places.len()
    );
    let bar = if std::io::stderr().is_terminal() {
        let bar = indicatif::ProgressBar::new(parsed.places.len() as u64);
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{bar:40} {pos}/{len} places written ({elapsed}, about {eta} left)",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar
    } else {
        indicatif::ProgressBar::hidden()
    };
    let started = std::time::Instant::now();
    let tick = bar.clone();
    let file_name = args.file.display().to_string();
    let audit_after = serde_json::json!({"file": file_name, "source": parsed.source, "via": "passerelle import places"});
    let audit = store::audit::NewAudit {
        action: "import",
        entity: "import",
        after: Some(audit_after),
        note: Some(&file_name),
        ..Default::default()
    };
    let result = db
        .import_places_audited(
            &parsed.source,
            &parsed.places,
            args.dry_run,
            &mut |done| {
                if done % 64 == 0 {
                    tick.set_position(done as u64);
                }
                true
            },
            Some(&audit),
            chrono::Utc::now().timestamp(),
        )
        .await;
    bar.finish_and_clear();
    db.close().await;
    let mut counts = result.context("writing the places (nothing was written)")?;
    counts.skipped = bad;
    let what = if args.dry_run {
        "Dry run, nothing written; the import would have"
    } else {
        "Imported:"
    };
    println!(
        "\n{what} created {}, updated {}, unchanged {}, skipped {} (bad rows); organisations created {}, updated {}.",
        counts.created,
        counts.updated,
        counts.unchanged,
        counts.skipped,
        counts.organisations_created,
        counts.organisations_updated
    );
    if counts.not_in_file > 0 {
        println!(
            "{} places of the source {:?} in the database are not in this file: left as they are.",
            counts.not_in_file, parsed.source
        );
    }
    if refused {
        println!(
            "Nothing would be written as it is: {bad} rows have errors (pass --skip-invalid to import the good rows)."
        );
    }
    tracing::debug!(
        elapsed_ms = started.elapsed().as_millis() as u64,
        "import written"
    );
    Ok(refused)
}
