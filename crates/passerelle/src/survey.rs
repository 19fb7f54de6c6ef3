//! `passerelle survey crosstab ANSWERS.csv --rows COLUMN --cols COLUMN
//! [--format text|json] [--exact]`: the survey's cross analysis on any
//! answers file (one row per answer, one column per question). The rules and
//! the sentences are the domain's (`domain::survey`, docs/survey.md).
//!
//! `passerelle survey xlsform-export [--out FILE]` writes the shipped 2021
//! questionnaire as an XLSForm; `passerelle survey xlsform-check FILE` reads
//! one as the back office's import would and prints its problems (sheet,
//! row, column) or a summary.

use std::fmt::Write as _;
use std::path::PathBuf;

use anyhow::Context;
use domain::survey::finding::{finding, test_en, why_en};
use domain::survey::independence::{CrossAnalysis, Options};
use domain::survey::{ContingencyTable, analyse_with, answers};

#[derive(clap::Args)]
pub struct SurveyArgs {
    #[command(subcommand)]
    pub what: What,
}

#[derive(clap::Subcommand)]
pub enum What {
    /// Cross two questions of an answers file: counts, the test used and why,
    /// statistic, df, p-value, Cramér's V (raw and bias-corrected), the finding.
    Crosstab {
        /// The answers file: CSV, one row per answer, one column per question
        /// (delimiter `,`, `;` or tab, read from the header line).
        answers: PathBuf,
        /// The column whose categories are the groups (rows of the table).
        #[arg(long)]
        rows: String,
        /// The column whose categories are the answers compared (columns).
        #[arg(long)]
        cols: String,
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        /// Use the exact test (Fisher's for 2×2, enumeration otherwise) even
        /// where the chi-square test is valid.
        #[arg(long)]
        exact: bool,
        /// The most tables the exact test may enumerate before giving up
        /// (and suggesting categories to merge).
        #[arg(long, default_value_t = domain::survey::independence::DEFAULT_ENUMERATION_LIMIT,
              value_parser = clap::value_parser!(u64).range(1..))]
        exact_limit: u64,
        /// Significance level of the sentence.
        #[arg(long, default_value_t = 0.05)]
        alpha: f64,
    },
    /// Write the shipped 2021 questionnaire (epn-visitors 2021.1) as an
    /// XLSForm workbook, for KoboToolbox, ODK or a translator.
    XlsformExport {
        /// The file to write (default: epn-visitors-2021.1.xlsx in the
        /// current directory).
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Read an XLSForm workbook as Passerelle would import it: print every
    /// problem with its sheet, row and column, or a summary of the
    /// questionnaire. Exits with 1 when the file cannot be imported.
    XlsformCheck {
        /// The XLSForm (.xlsx; .xls and .ods are read too).
        file: PathBuf,
    },
}

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum Format {
    Text,
    Json,
}

pub fn run(args: SurveyArgs) -> anyhow::Result<()> {
    match args.what {
        What::Crosstab {
            answers,
            rows,
            cols,
            format,
            exact,
            exact_limit,
            alpha,
        } => {
            anyhow::ensure!(
                alpha > 0.0 && alpha < 1.0,
                "--alpha must be between 0 and 1, not {alpha}"
            );
            let bytes = std::fs::read(&answers)
                .with_context(|| format!("reading {}", answers.display()))?;
            let text = String::from_utf8(bytes).map_err(|e| {
                anyhow::anyhow!(
                    "{}: not UTF-8 text (byte {})",
                    answers.display(),
                    e.utf8_error().valid_up_to()
                )
            })?;
            let table = answers::cross_from_csv(&text, &rows, &cols)
                .map_err(|e| anyhow::anyhow!("{}: {e}", answers.display()))?;
            let analysis = analyse_with(
                &table,
                Options {
                    exact,
                    limit: exact_limit,
                },
            );
            let out = match format {
                Format::Text => text_report(&analysis, &rows, &cols, alpha),
                Format::Json => {
                    serde_json::to_string_pretty(&json_report(&analysis, &rows, &cols, alpha))?
                        + "\n"
                }
            };
            print!("{out}");
            Ok(())
        }
        What::XlsformExport { out } => xlsform_export(out),
        What::XlsformCheck { file } => xlsform_check(&file),
    }
}

fn xlsform_export(out: Option<PathBuf>) -> anyhow::Result<()> {
    let form = domain::survey::shipped::epn_visitors_2021();
    let path = out.unwrap_or_else(|| PathBuf::from(web::services::xlsform::file_name(&form)));
    let bytes = web::services::xlsform::export(&form).context("writing the XLSForm workbook")?;
    std::fs::write(&path, bytes).with_context(|| format!("writing {}", path.display()))?;
    eprintln!(
        "{}: questionnaire {} version {} ({} questions, languages {})",
        path.display(),
        form.form_id,
        form.version,
        form.questions().count(),
        form.languages.join(", ")
    );
    Ok(())
}

fn xlsform_check(file: &std::path::Path) -> anyhow::Result<()> {
    use web::services::xlsform::{ImportError, MAX_ROWS, import};
    let bytes = std::fs::read(file).with_context(|| format!("reading {}", file.display()))?;
    match import(&bytes) {
        Ok(form) => {
            print!("{}", xlsform_summary(&form));
            Ok(())
        }
        Err(ImportError::NotAWorkbook) => anyhow::bail!(
            "{}: not a spreadsheet workbook (XLSX, XLS or ODS)",
            file.display()
        ),
        Err(ImportError::TooManyRows { sheet }) => anyhow::bail!(
            "{}: the {sheet} sheet has more than {MAX_ROWS} rows",
            file.display()
        ),
        Err(ImportError::Form(errors)) => {
            for e in &errors {
                println!("{e}");
            }
            anyhow::bail!(
                "{}: {} problem{} to fix before it can be imported",
                file.display(),
                errors.len(),
                if errors.len() == 1 { "" } else { "s" }
            )
        }
    }
}

/// What `xlsform-check` prints for a questionnaire that can be imported.
fn xlsform_summary(form: &domain::survey::Questionnaire) -> String {
    let lang = form.default_language();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} version {}: {}",
        form.form_id,
        form.version,
        form.title.get(lang, lang)
    );
    let _ = writeln!(out, "languages: {}", form.languages.join(", "));
    if let Some(p) = &form.provenance {
        let _ = writeln!(out, "provenance: {p}");
    }
    let _ = writeln!(
        out,
        "{} sections, {} questions, {} choice lists",
        form.sections.len(),
        form.questions().count(),
        form.lists.len()
    );
    for s in &form.sections {
        let shown = s
            .relevant
            .as_ref()
            .map(|c| format!(" (shown if {})", c.to_xlsform()))
            .unwrap_or_default();
        let _ = writeln!(out, "  {}: {} questions{shown}", s.name, s.questions.len());
    }
    for role in [
        domain::survey::Role::Cross,
        domain::survey::Role::Overall,
        domain::survey::Role::Service,
    ] {
        let names: Vec<&str> = form
            .questions()
            .filter(|q| q.role == Some(role))
            .map(|q| q.name.as_str())
            .collect();
        if !names.is_empty() {
            let _ = writeln!(out, "role {}: {}", role.code(), names.join(", "));
        }
    }
    out
}

/// A p-value with four significant digits: 0.002759, 2.954e-07.
pub fn p_value_text(p: f64) -> String {
    if p == 0.0 {
        "0".into()
    } else if p < 0.001 {
        let s = format!("{p:.3e}");
        match s.split_once('e') {
            Some((m, e)) => {
                let (sign, digits) = e.strip_prefix('-').map_or(("+", e), |d| ("-", d));
                format!("{m}e{sign}{digits:0>2}")
            }
            None => s,
        }
    } else {
        let digits = (3 - p.log10().floor() as i32).max(0) as usize;
        format!("{p:.digits$}")
    }
}

fn counts_table(t: &ContingencyTable) -> String {
    let rows = t.row_totals();
    let cols = t.col_totals();
    let mut header: Vec<String> = vec![String::new()];
    header.extend(t.col_labels.iter().cloned());
    header.push("Total".into());
    let mut lines: Vec<Vec<String>> = vec![header];
    for (i, label) in t.row_labels.iter().enumerate() {
        let mut line = vec![label.clone()];
        line.extend(t.counts[i].iter().map(u64::to_string));
        line.push(rows[i].to_string());
        lines.push(line);
    }
    let mut total = vec!["Total".to_string()];
    total.extend(cols.iter().map(u64::to_string));
    total.push(t.total().to_string());
    lines.push(total);
    let widths: Vec<usize> = (0..lines[0].len())
        .map(|k| {
            lines
                .iter()
                .map(|l| l[k].chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    for line in &lines {
        let mut s = String::new();
        for (k, cell) in line.iter().enumerate() {
            let pad = widths[k] - cell.chars().count();
            if k == 0 {
                s.push_str(cell);
                s.push_str(&" ".repeat(pad));
            } else {
                s.push_str("  ");
                s.push_str(&" ".repeat(pad));
                s.push_str(cell);
            }
        }
        out.push_str(s.trim_end());
        out.push('\n');
    }
    out
}

fn text_report(a: &CrossAnalysis, rows: &str, cols: &str, alpha: f64) -> String {
    let t = &a.table;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{rows} × {cols}: {} answers ({} with a missing value left out)\n",
        t.total(),
        t.missing
    );
    out.push_str(&counts_table(t));
    out.push('\n');
    let _ = writeln!(out, "Test: {}", test_en(a.test));
    let _ = writeln!(out, "Why: {}", why_en(&a.why, rows, cols));
    if let Some(chi) = a.chi_square {
        let _ = writeln!(out, "Chi-square: {:.4}, df = {}", chi.statistic, chi.df);
    }
    match a.p_value {
        Some(p) => {
            let _ = writeln!(out, "p-value: {}", p_value_text(p));
        }
        None => out.push_str("p-value: none (no test)\n"),
    }
    if let Some(chi) = a.chi_square {
        let _ = writeln!(
            out,
            "Cramér's V: {:.4} (bias-corrected: {:.4})",
            chi.cramers_v, chi.cramers_v_corrected
        );
    }
    let _ = writeln!(out, "\n{}", finding(a, rows, cols, alpha).render_en());
    out
}

fn json_report(a: &CrossAnalysis, rows: &str, cols: &str, alpha: f64) -> serde_json::Value {
    let t = &a.table;
    serde_json::json!({
        "rows": rows,
        "cols": cols,
        "row_labels": t.row_labels,
        "col_labels": t.col_labels,
        "counts": t.counts,
        "n": t.total(),
        "missing": t.missing,
        "test": a.test.code(),
        "why": why_en(&a.why, rows, cols),
        "valid_chi_square": a.valid_chi_square(),
        "statistic": a.chi_square.map(|c| c.statistic),
        "df": a.chi_square.map(|c| c.df),
        "p_value": a.p_value,
        "cramers_v": a.chi_square.map(|c| c.cramers_v),
        "cramers_v_corrected": a.chi_square.map(|c| c.cramers_v_corrected),
        "finding": finding(a, rows, cols, alpha).render_en(),
    })
}

#[cfg(test)]
mod tests {
    use super::p_value_text;

    #[test]
    fn p_values_have_four_significant_digits() {
        assert_eq!(p_value_text(2.954e-07), "2.954e-07");
        assert_eq!(p_value_text(0.0027591), "0.002759");
        assert_eq!(p_value_text(1.0 / 30.0), "0.03333");
        assert_eq!(p_value_text(0.42), "0.4200");
    }
}
