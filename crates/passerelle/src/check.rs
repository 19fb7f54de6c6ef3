//! `passerelle check`: the data-quality report, as text or JSON; exits non-zero on errors.

use chrono::Utc;
use domain::Lang;
use domain::quality::{Finding, Severity, check_all};
use serde::Serialize;
use web::i18n::{t, t_args};

#[derive(clap::Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub db: crate::DbArgs,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
    /// Language of the text report (fr, nl, en, ar).
    #[arg(long, default_value = "en", value_parser = parse_lang)]
    pub lang: Lang,
}

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum Format {
    Text,
    Json,
}

pub(crate) fn parse_lang(s: &str) -> Result<Lang, String> {
    Lang::parse(s).ok_or_else(|| {
        let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
        format!("--lang must be one of {} (got {s:?})", codes.join(", "))
    })
}

#[derive(Serialize)]
struct Report<'a> {
    errors: usize,
    warnings: usize,
    findings: Vec<JsonFinding<'a>>,
    source_issues: Vec<domain::place::DataIssue>,
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    #[serde(flatten)]
    finding: &'a Finding,
    message: String,
    todo: String,
}

fn message(lang: Lang, f: &Finding) -> (String, String) {
    let key = format!("check-{}", f.kind.code());
    let mut args = vec![("value", f.value.clone().into())];
    if let Some(o) = f.other_place_id {
        args.push(("other", web::i18n::Arg::Number(o)));
    }
    (t_args(lang, &key, &args), t(lang, &format!("{key}-todo")))
}

/// Runs the checks; returns whether errors were found.
pub async fn run(args: CheckArgs) -> anyhow::Result<bool> {
    let (db, region) = crate::open(&args.db, false).await?;
    let places = db.load_places().await?;
    let today = Utc::now().with_timezone(&region.timezone).date_naive();
    let granted = db.granted_label_place_ids().await?;
    let findings = check_all(&region, &places, today, &granted);
    let source_issues = db.data_issues().await?;
    let errors = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    let warnings = findings.len() - errors;
    let lang = args.lang;
    match args.format {
        Format::Json => {
            let report = Report {
                errors,
                warnings,
                findings: findings
                    .iter()
                    .map(|f| {
                        let (message, todo) = message(lang, f);
                        JsonFinding {
                            finding: f,
                            message,
                            todo,
                        }
                    })
                    .collect(),
                source_issues,
            };
            println!("{}", serde_json::to_string_pretty(&report)?);
        }
        Format::Text => {
            for f in &findings {
                let (msg, todo) = message(lang, f);
                let sev = t(
                    lang,
                    if f.severity == Severity::Error {
                        "severity-error"
                    } else {
                        "severity-warning"
                    },
                );
                println!(
                    "{sev} [{}] #{} {}\n    {msg}\n    → {todo}",
                    f.kind.code(),
                    f.place_id,
                    f.place_name
                );
            }
            for i in &source_issues {
                let place = i.place_id.map(|id| format!(" #{id}")).unwrap_or_default();
                println!(
                    "{}{place} [{}={}] ({})\n    {}",
                    t(lang, "check-source-issue"),
                    i.field,
                    i.value,
                    i.source,
                    i.message
                );
            }
            println!(
                "{}",
                t_args(
                    lang,
                    "check-summary",
                    &[("errors", errors.into()), ("warnings", warnings.into())]
                )
            );
        }
    }
    db.close().await;
    Ok(errors > 0)
}
