//! `passerelle export places --format csv|json|geojson|xlsx|mednum|hsds [--output FILE]`:
//! the open data files of the public page `/{lang}/open-data`, to standard
//! output (or a file; the spreadsheet needs one). `passerelle export grants
//! --format 360giving-json|360giving-csv [--call KEY] [--output FILE]`: the
//! awarded grants as 360Giving. `passerelle export budget`: docs/budget.md.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{Context, bail};
use web::services::exports::Format;

#[derive(clap::Args)]
pub struct ExportArgs {
    #[command(subcommand)]
    pub what: What,
}

#[derive(clap::Subcommand)]
pub enum What {
    /// The places the public directory publishes.
    Places {
        #[command(flatten)]
        db: crate::DbArgs,
        /// csv, json, geojson, xlsx (spreadsheet), mednum (French national
        /// standard, Belgian profile) or hsds (Open Referral HSDS 3.0).
        #[arg(long, value_enum, default_value = "csv")]
        format: FormatArg,
        /// Write to this file instead of standard output (required for xlsx).
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// The plan's budget: Annex 1 as a workbook, or the ledger as a Data
    /// Package (a directory: datapackage.json and its CSVs). See docs/budget.md.
    Budget {
        #[command(flatten)]
        db: crate::DbArgs,
        #[arg(long, value_enum)]
        format: BudgetFormat,
        /// The .xlsx file, or the directory of the Data Package (created).
        #[arg(long, short)]
        output: PathBuf,
        /// The year of the workbook's tables and of the package's rows
        /// (the workbook: the latest year with rows by default; the
        /// package: every year by default).
        #[arg(long)]
        year: Option<i32>,
    },
    /// The grants the calls for projects awarded, as 360Giving open data
    /// (docs/open-data.md).
    Grants {
        #[command(flatten)]
        db: crate::DbArgs,
        #[arg(long, value_enum)]
        format: GrantsFormat,
        /// Only the grants of this call (its key, as in its address).
        #[arg(long)]
        call: Option<String>,
        /// Write to this file instead of standard output.
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum GrantsFormat {
    #[value(name = "360giving-json")]
    Json,
    #[value(name = "360giving-csv")]
    Csv,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum BudgetFormat {
    Xlsx,
    Datapackage,
}

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum FormatArg {
    Csv,
    Json,
    Geojson,
    Xlsx,
    Mednum,
    Hsds,
}

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Format {
        match f {
            FormatArg::Csv => Format::Csv,
            FormatArg::Json => Format::Json,
            FormatArg::Geojson => Format::Geojson,
            FormatArg::Xlsx => Format::Xlsx,
            FormatArg::Mednum => Format::Mednum,
            FormatArg::Hsds => Format::Hsds,
        }
    }
}

pub async fn run(args: ExportArgs) -> anyhow::Result<()> {
    let (db, format, output) = match args.what {
        What::Places { db, format, output } => (db, format, output),
        What::Budget {
            db,
            format,
            output,
            year,
        } => return crate::budget::export(db, format, output, year).await,
        What::Grants {
            db,
            format,
            call,
            output,
        } => return grants(db, format, call, output).await,
    };
    let format = Format::from(format);
    if format == Format::Xlsx && output.is_none() {
        bail!("--format xlsx writes a binary spreadsheet: give a file with --output FILE.xlsx");
    }
    let (pool, region) = crate::open(&db, false).await?;
    let places = pool.load_places().await.context("loading the places")?;
    pool.close().await;
    let bytes = format
        .render(&places, &region, &store::reference::vocabularies())
        .context("writing the spreadsheet")?;
    match output {
        Some(path) => {
            std::fs::write(&path, &bytes).with_context(|| format!("writing {}", path.display()))?;
            let count = domain::export::published(&places, &region).len();
            eprintln!(
                "Exported {count} places as {} to {} (licence {})",
                format.code(),
                path.display(),
                region.data_licence.id
            );
        }
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(&bytes)
                .context("writing to standard output")?;
            out.flush()?;
        }
    }
    Ok(())
}

async fn grants(
    db: crate::DbArgs,
    format: GrantsFormat,
    call: Option<String>,
    output: Option<PathBuf>,
) -> anyhow::Result<()> {
    use web::services::awards::{GivingFormat, giving_file};
    let (pool, region) = crate::open(&db, false).await?;
    if let Some(key) = &call
        && pool.call_by_key(key).await?.is_none()
    {
        pool.close().await;
        bail!("no call {key:?}: the calls are listed at /{{lang}}/funded-projects");
    }
    let format = match format {
        GrantsFormat::Json => GivingFormat::Json,
        GrantsFormat::Csv => GivingFormat::Csv,
    };
    let (count, bytes) = giving_file(&pool, &region, format, call.as_deref())
        .await
        .context("reading the awarded grants")?;
    pool.close().await;
    match output {
        Some(path) => {
            std::fs::write(&path, &bytes).with_context(|| format!("writing {}", path.display()))?;
            eprintln!(
                "Exported {count} grants as {} to {}",
                format.code(),
                path.display()
            );
        }
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(&bytes)
                .context("writing to standard output")?;
            out.flush()?;
        }
    }
    Ok(())
}
