//! `passerelle remind-stale`: e-mails the managers of entries not updated for
//! a year (the job `passerelle serve` also runs once a day), for cron users.

use web::services::places::{ReminderSettings, remind_stale};

#[derive(clap::Args)]
pub struct RemindArgs {
    #[command(flatten)]
    pub db: crate::DbArgs,
    #[command(flatten)]
    pub mail: crate::admin::MailArgs,
    /// Entries not updated for more than this many days are stale.
    #[arg(long, default_value_t = domain::quality::STALE_AFTER_DAYS)]
    pub older_than_days: i64,
    /// Remind the managers of a place at most once in this many days.
    #[arg(long, default_value_t = 30)]
    pub every_days: i64,
    /// Only list what would be sent; send and record nothing.
    #[arg(long)]
    pub dry_run: bool,
}

pub async fn run(args: RemindArgs) -> anyhow::Result<()> {
    if args.older_than_days < 1 || args.every_days < 1 {
        anyhow::bail!("--older-than-days and --every-days must be at least 1");
    }
    let (db, region) = crate::open(&args.db, false).await?;
    let config = args.mail.config();
    let mailer = web::mail::Mailer::new(config.smtp_url.as_deref(), &config.mail_spool)?;
    let settings = ReminderSettings {
        older_than_days: args.older_than_days,
        every_days: args.every_days,
        dry_run: args.dry_run,
        list_unmanaged: true,
    };
    let run = remind_stale(
        &db,
        &config,
        &mailer,
        &region,
        chrono::Utc::now().timestamp(),
        &settings,
    )
    .await?;
    db.close().await;
    for m in &run.mails {
        let places: Vec<String> = m
            .places
            .iter()
            .map(|(id, name)| format!("#{id} {name}"))
            .collect();
        let what = if args.dry_run {
            "would remind"
        } else if m.sent {
            "reminded"
        } else {
            "NOT SENT to"
        };
        println!("{what} {}: {}", m.to, places.join(", "));
    }
    for (id, name) in &run.without_manager {
        println!("no active EPN manager to remind for #{id} {name}: call the place");
    }
    let failed = run.mails.iter().filter(|m| !m.sent).count();
    if args.dry_run {
        println!(
            "Dry run: {} e-mail(s) would be sent; nothing was sent or recorded.",
            run.mails.len()
        );
    } else {
        println!(
            "{} e-mail(s) sent about {} place(s) ({}).",
            run.sent(),
            run.places_reminded,
            mailer.describe()
        );
        if failed > 0 {
            anyhow::bail!(
                "{failed} reminder e-mail(s) could not be sent; they will be tried again next run"
            );
        }
    }
    Ok(())
}
