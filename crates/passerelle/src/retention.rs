//! `passerelle retention run [--months N] [--dry-run]`: the retention of
//! personal data now, as the daily job of `passerelle serve` does it (for
//! cron and for operators): the personal fields of referrals and bookings
//! that ended more than N months ago are anonymised, audited, and the
//! database files are scrubbed of their old versions.

#[derive(clap::Args)]
pub struct RetentionArgs {
    #[command(subcommand)]
    pub command: RetentionCommand,
}

#[derive(clap::Subcommand)]
pub enum RetentionCommand {
    /// Anonymise now what is due (see docs/personal-data.md).
    Run {
        #[command(flatten)]
        db: crate::DbArgs,
        /// Personal data is anonymised this many months after the referral or booking ended
        /// (the same setting as `serve --retention-months`).
        #[arg(long, env = "PASSERELLE_RETENTION_MONTHS", default_value_t = 12,
              value_parser = clap::value_parser!(i64).range(1..=120))]
        months: i64,
        /// Only count what is due; change nothing.
        #[arg(long)]
        dry_run: bool,
    },
}

pub async fn run(args: RetentionArgs) -> anyhow::Result<()> {
    let RetentionCommand::Run {
        db,
        months,
        dry_run,
    } = args.command;
    let (db, _region) = crate::open(&db, false).await?;
    let now = chrono::Utc::now().timestamp();
    let result = if dry_run {
        db.retention_due(now, months).await
    } else {
        db.apply_retention(now, months).await
    };
    db.close().await;
    let run = result?;
    let verb = if dry_run {
        "would be anonymised"
    } else {
        "anonymised"
    };
    println!("referrals: {} {verb}", run.referrals);
    println!("bookings: {} {verb}", run.bookings);
    println!(
        "{} (personal data of what ended more than {months} month(s) ago).",
        if dry_run {
            "Dry run: nothing was changed"
        } else {
            "Done, and written to the audit log"
        }
    );
    Ok(())
}
