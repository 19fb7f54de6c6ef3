//! `passerelle budget check [--year Y] [--format text|json]`: every declared
//! total of the budget ledger that is not the sum of its lines (see
//! docs/budget.md); exits 1 when there is one. `passerelle budget import`,
//! `passerelle budget rebuild-sums`.

use anyhow::{Context, bail};
use domain::budget::{Difference, Scope, Sources, check};

#[derive(clap::Args)]
pub struct BudgetArgs {
    #[command(subcommand)]
    pub what: What,
}

#[derive(clap::Subcommand)]
pub enum What {
    /// Compares every declared total with the sum of its lines; exits 1 when one differs.
    Check {
        #[command(flatten)]
        db: crate::DbArgs,
        /// One year (all years by default).
        #[arg(long)]
        year: Option<i32>,
        #[arg(long, value_enum, default_value = "text")]
        format: Output,
    },
    /// Imports ledger rows from a CSV or XLSX file; every bad row is reported
    /// with its line and nothing is written (unless --good-rows-only).
    Import {
        #[command(flatten)]
        db: crate::DbArgs,
        file: std::path::PathBuf,
        /// field=Header: read a field from that column (guessed from the headers otherwise).
        #[arg(long = "mapping", value_name = "FIELD=HEADER")]
        mapping: Vec<String>,
        /// field=value: the same value on every row (e.g. year=2021, phase=actual).
        #[arg(long = "set", value_name = "FIELD=VALUE")]
        set: Vec<String>,
        /// Write the good rows when some are bad.
        #[arg(long)]
        good_rows_only: bool,
    },
    /// Recomputes the ledger's rollup (the sums the tables read) from its rows.
    RebuildSums {
        #[command(flatten)]
        db: crate::DbArgs,
    },
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Output {
    Text,
    Json,
}

/// Euros from cents, "3,656,819.80" style with a sign when negative.
pub fn euros(cents: i64) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let c = cents.unsigned_abs();
    let whole = (c / 100).to_string();
    let mut grouped = String::new();
    for (i, ch) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    format!("{sign}{grouped}.{:02} EUR", c % 100)
}

/// The scope in English: "2021, actual, other sources, axis accompagner".
pub fn scope_text(s: &Scope) -> String {
    let mut parts = vec![s.year.to_string(), s.figure.code().to_string()];
    parts.push(match &s.sources {
        Sources::All => "all sources".into(),
        Sources::Plan => "the plan's sources".into(),
        Sources::Other => "other sources".into(),
        Sources::One(c) => format!("source {c}"),
    });
    if let Some(a) = &s.axis {
        parts.push(format!("axis {a}"));
    }
    if let Some(m) = s.measure {
        parts.push(format!("measure {m}"));
    }
    if let Some(a) = &s.action {
        parts.push(format!("action {a}"));
    }
    parts.join(", ")
}

fn text(diffs: &[Difference], checked: usize) -> String {
    let mut out = String::new();
    for d in diffs {
        out.push_str(&format!(
            "{}\n  scope:      {}\n  declared:   {}\n  computed:   {}\n  difference: {} ({} cents)\n",
            d.declared.label,
            scope_text(&d.declared.scope),
            euros(d.declared.cents),
            euros(d.computed_cents),
            euros(d.difference_cents),
            d.difference_cents
        ));
    }
    out.push_str(&format!(
        "{} of {checked} declared totals differ from the sum of their lines.\n",
        diffs.len()
    ));
    out
}

pub async fn run(args: BudgetArgs) -> anyhow::Result<()> {
    let (db, year, format) = match args.what {
        What::Check { db, year, format } => (db, year, format),
        What::Import {
            db,
            file,
            mapping,
            set,
            good_rows_only,
        } => return import(db, file, mapping, set, good_rows_only).await,
        What::RebuildSums { db } => {
            let (pool, _) = crate::open(&db, false).await?;
            let started = std::time::Instant::now();
            let lines = pool
                .rebuild_budget_sums()
                .await
                .context("rebuilding the budget sums")?;
            pool.close().await;
            println!(
                "Budget sums of {} rebuilt: {lines} lines in {:.1} s",
                db.db,
                started.elapsed().as_secs_f64()
            );
            return Ok(());
        }
    };
    let (pool, region) = crate::open(&db, false).await?;
    let Some(plan) = domain::plan::shipped(&region.code) else {
        bail!("the region {} has no plan", region.code);
    };
    let sums = pool
        .ledger_sums(&plan.code, year)
        .await
        .context("reading the ledger")?;
    let declared = pool
        .declared_totals(&plan.code, year)
        .await
        .context("reading the declared totals")?;
    pool.close().await;
    let diffs = check(plan, &sums, &declared);
    match format {
        Output::Text => print!("{}", text(&diffs, declared.len())),
        Output::Json => println!(
            "{}",
            serde_json::to_string_pretty(&serde_json::json!({
                "checked": declared.len(),
                "differences": diffs,
            }))?
        ),
    }
    if !diffs.is_empty() {
        std::process::exit(1);
    }
    Ok(())
}

/// The workbook's words, in English.
fn words() -> domain::budget_export::Words {
    domain::budget_export::Words {
        planned: "Planned".into(),
        actual: "Actual, plan".into(),
        other: "Actual, other".into(),
        measures: "By measure".into(),
        differences: "Differences".into(),
        axis: "Axis".into(),
        total: "TOTAL".into(),
        subtotal: "Subtotals".into(),
        measure: "Measure".into(),
        line: "Line".into(),
        plan_column: "Plan's sources".into(),
        other_column: "Other sources".into(),
        declared: "Declared".into(),
        computed: "Computed".into(),
        difference: "Difference".into(),
    }
}

/// `passerelle export budget`.
pub async fn export(
    db: crate::DbArgs,
    format: crate::export::BudgetFormat,
    output: std::path::PathBuf,
    year: Option<i32>,
) -> anyhow::Result<()> {
    use crate::export::BudgetFormat;
    let (pool, region) = crate::open(&db, false).await?;
    let Some(plan) = domain::plan::shipped(&region.code) else {
        bail!("the region {} has no plan", region.code);
    };
    match format {
        BudgetFormat::Xlsx => {
            let year = match year {
                Some(y) => y,
                None => match pool.ledger_years(&plan.code).await?.last() {
                    Some(y) => *y,
                    None => bail!("the ledger has no rows"),
                },
            };
            let sums = pool.ledger_sums(&plan.code, Some(year)).await?;
            let declared = pool.declared_totals(&plan.code, Some(year)).await?;
            pool.close().await;
            let tables = domain::budget::BudgetTables::build(plan, year, &sums);
            let diffs = check(plan, &sums, &declared);
            let bytes = domain::budget_export::xlsx(plan, &tables, &diffs, &words(), "en")
                .context("writing the workbook")?;
            std::fs::write(&output, bytes)
                .with_context(|| format!("writing {}", output.display()))?;
            eprintln!("Exported the {year} budget tables to {}", output.display());
        }
        BudgetFormat::Datapackage => {
            let (mut rows, _) = pool
                .ledger_rows(
                    &plan.code,
                    &store::budget::LedgerFilter {
                        year,
                        limit: i64::from(i32::MAX),
                        ..Default::default()
                    },
                )
                .await?;
            rows.reverse();
            let declared = pool.declared_totals(&plan.code, year).await?;
            pool.close().await;
            let package_rows: Vec<_> = rows
                .iter()
                .map(|r| domain::budget_export::PackageRow {
                    id: r.id,
                    reverses: r.reverses,
                    row: &r.row,
                })
                .collect();
            let files = domain::budget_export::datapackage(
                plan,
                &package_rows,
                &declared,
                (&region.data_licence.id, &region.data_licence.url),
            );
            std::fs::create_dir_all(&output)
                .with_context(|| format!("creating {}", output.display()))?;
            for (name, bytes) in files {
                let path = output.join(name);
                std::fs::write(&path, bytes)
                    .with_context(|| format!("writing {}", path.display()))?;
            }
            eprintln!(
                "Exported {} ledger rows as a Data Package to {}",
                rows.len(),
                output.display()
            );
        }
    }
    Ok(())
}

/// A field's problem in English.
pub fn problem_text(p: &domain::budget::FieldProblem) -> String {
    use domain::budget::{AmountProblem, RowProblem};
    let what = match &p.problem {
        RowProblem::Missing => "is missing".to_string(),
        RowProblem::Unknown(v) => format!("{v:?} is not one of the plan's"),
        RowProblem::NotUnder => "is not under the row's axis or measure".into(),
        RowProblem::YearOutside(a, b) => format!("must be between {a} and {b}"),
        RowProblem::DateOutside => "is not in the row's year".into(),
        RowProblem::NotADate => "is not a date (YYYY-MM-DD or DD/MM/YYYY)".into(),
        RowProblem::NotAYear => "is not a year".into(),
        RowProblem::TooLong(n) => format!("is longer than {n} characters"),
        RowProblem::Amount(a) => match a {
            AmountProblem::Missing => "is missing".into(),
            AmountProblem::NotAnAmount => "is not an amount in euros".into(),
            AmountProblem::TooManyDecimals => "has more than two decimals".into(),
            AmountProblem::Ambiguous => {
                "is ambiguous: one separator then three digits (write 1234 or 1,234.00)".into()
            }
            AmountProblem::Negative => "is negative, which only a revision may be".into(),
            AmountProblem::TooLarge => "is too large".into(),
        },
    };
    format!("{} {what}", p.field)
}

fn pairs(list: &[String]) -> anyhow::Result<Vec<(String, String)>> {
    list.iter()
        .map(|kv| {
            kv.split_once('=')
                .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
                .with_context(|| format!("{kv:?} is not FIELD=VALUE"))
        })
        .collect()
}

async fn import(
    db: crate::DbArgs,
    file: std::path::PathBuf,
    mapping: Vec<String>,
    set: Vec<String>,
    good_rows_only: bool,
) -> anyhow::Result<()> {
    use domain::budget_import::{FileKind, Mapping, check_all, headers, read};
    let bytes = std::fs::read(&file).with_context(|| format!("reading {}", file.display()))?;
    let kind = FileKind::sniff(&file.to_string_lossy(), &bytes);
    let hs = headers(&bytes, kind).map_err(|e| anyhow::anyhow!("{e:?}"))?;
    let mut m = Mapping::guess(&hs);
    for (k, v) in pairs(&mapping)? {
        m = m.column(&k, &v);
    }
    for (k, v) in pairs(&set)? {
        m = m.fixed(&k, &v);
    }
    let rows = read(&bytes, kind, &m).map_err(|e| anyhow::anyhow!("{e:?}"))?;
    let (pool, region) = crate::open(&db, false).await?;
    let Some(plan) = domain::plan::shipped(&region.code) else {
        bail!("the region {} has no plan", region.code);
    };
    let (good, bad) = check_all(plan, &rows);
    for (line, problems) in &bad {
        let text: Vec<String> = problems.iter().map(problem_text).collect();
        eprintln!("line {line}: {}", text.join("; "));
    }
    if !bad.is_empty() && !good_rows_only {
        pool.close().await;
        eprintln!(
            "{} of {} rows are bad: nothing imported (--good-rows-only imports the {} good ones).",
            bad.len(),
            rows.len(),
            good.len()
        );
        std::process::exit(1);
    }
    let new: Vec<_> = good.into_iter().map(|(_, r)| r).collect();
    pool.add_ledger_rows(
        &plan.code,
        &new,
        store::budget::Origin::Import,
        None,
        chrono::Utc::now().timestamp(),
    )
    .await
    .context("writing the rows")?;
    pool.close().await;
    println!("Imported {} rows.", new.len());
    if !bad.is_empty() {
        std::process::exit(1);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn euros_are_grouped_by_thousands() {
        assert_eq!(super::euros(365_681_980), "3,656,819.80 EUR");
        assert_eq!(super::euros(62), "0.62 EUR");
        assert_eq!(super::euros(-100_000), "-1,000.00 EUR");
    }
}
