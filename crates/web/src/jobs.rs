//! Scheduled jobs: once a day, the managers of entries not updated for a year
//! get one e-mail listing their stale places, with a link to edit each. The
//! same job runs from cron with `passerelle remind-stale`.

pub mod referrals;

use std::collections::BTreeMap;
use std::time::Duration;

use domain::{Lang, Region};
use store::Db;

use crate::i18n::{t, t_args};
use crate::mail::{Mail, Mailer};
use crate::pages::format::long_date;
use crate::{AppState, Config};

const DAY_SECS: i64 = 86_400;

/// The languages of e-mails to staff (coordination, EPN managers): the
/// region's official languages, each in turn (French when none is known).
pub fn staff_langs(region: &Region) -> Vec<Lang> {
    let langs: Vec<Lang> = region
        .languages
        .iter()
        .filter_map(|l| Lang::parse(l))
        .collect();
    if langs.is_empty() {
        vec![Lang::Fr]
    } else {
        langs
    }
}

/// A subject in each staff language, joined with " / ".
pub fn staff_subject(langs: &[Lang], f: impl Fn(Lang) -> String) -> String {
    langs.iter().map(|l| f(*l)).collect::<Vec<_>>().join(" / ")
}

/// A body in each staff language, one after the other.
pub fn staff_body(langs: &[Lang], f: impl Fn(Lang) -> String) -> String {
    langs
        .iter()
        .map(|l| f(*l))
        .collect::<Vec<_>>()
        .join("\n\n----------------------------------------\n\n")
}

/// How the reminder job runs.
#[derive(Debug, Clone, Copy)]
pub struct ReminderSettings {
    /// Entries not updated for longer than this are stale.
    pub older_than_days: i64,
    /// A place's managers are reminded at most once in this many days.
    pub every_days: i64,
    /// Only say what would be sent.
    pub dry_run: bool,
}

impl Default for ReminderSettings {
    fn default() -> Self {
        ReminderSettings {
            older_than_days: domain::quality::STALE_AFTER_DAYS,
            every_days: 30,
            dry_run: false,
        }
    }
}

/// One e-mail of a run: to one manager, about their stale places.
#[derive(Debug, Clone)]
pub struct ReminderMail {
    pub to: String,
    /// (place id, place name)
    pub places: Vec<(i64, String)>,
    pub sent: bool,
}

/// What a run did (or would do, in a dry run).
#[derive(Debug, Clone, Default)]
pub struct ReminderRun {
    pub mails: Vec<ReminderMail>,
    /// Places whose reminder is recorded (at least one manager got the e-mail).
    pub places_reminded: usize,
    /// Stale places whose organisation has no active EPN manager: the coordination must call them.
    pub without_manager: Vec<(i64, String)>,
}

impl ReminderRun {
    pub fn sent(&self) -> usize {
        self.mails.iter().filter(|m| m.sent).count()
    }
}

/// Sends each manager one e-mail listing their stale places, then records a
/// reminder for every place at least one manager was told about, so that a
/// second run within `every_days` sends nothing. `now` is UTC Unix seconds.
pub async fn remind_stale(
    db: &Db,
    config: &Config,
    mailer: &Mailer,
    region: &Region,
    now: i64,
    settings: &ReminderSettings,
) -> Result<ReminderRun, store::StoreError> {
    let stale = db
        .stale_places(now, settings.older_than_days, settings.every_days)
        .await?;
    let mut by_manager: BTreeMap<&str, Vec<&store::moderation::StalePlace>> = BTreeMap::new();
    let mut run = ReminderRun::default();
    for p in &stale {
        if p.managers.is_empty() {
            run.without_manager.push((p.place_id, p.name.clone()));
        }
        for m in &p.managers {
            by_manager.entry(m.as_str()).or_default().push(p);
        }
    }
    let langs = staff_langs(region);
    let mut told: BTreeMap<i64, i32> = BTreeMap::new();
    for (to, places) in by_manager {
        let mail = Mail {
            to: to.to_owned(),
            subject: staff_subject(&langs, |l| {
                t_args(l, "remind-mail-subject", &[("count", places.len().into())])
            }),
            body: staff_body(&langs, |l| reminder_body(l, config, &places)),
        };
        let sent = if settings.dry_run {
            false
        } else {
            match mailer.send(&config.mail_from, &mail).await {
                Ok(()) => true,
                Err(e) => {
                    tracing::error!(error = %e, to, "stale-entry reminder not sent");
                    false
                }
            }
        };
        if sent {
            for p in &places {
                *told.entry(p.place_id).or_default() += 1;
            }
        }
        run.mails.push(ReminderMail {
            to: to.to_owned(),
            places: places
                .iter()
                .map(|p| (p.place_id, p.name.clone()))
                .collect(),
            sent,
        });
    }
    for (place_id, recipients) in &told {
        db.record_reminder(*place_id, *recipients, now).await?;
    }
    run.places_reminded = told.len();
    Ok(run)
}

fn reminder_body(lang: Lang, config: &Config, places: &[&store::moderation::StalePlace]) -> String {
    let list: Vec<String> = places
        .iter()
        .map(|p| {
            let date = chrono::DateTime::from_timestamp(p.updated_at, 0)
                .map(|d| d.date_naive().to_string())
                .unwrap_or_default();
            t_args(
                lang,
                "remind-mail-place",
                &[
                    ("name", p.name.clone().into()),
                    ("date", long_date(lang, &date).into()),
                    (
                        "link",
                        config
                            .link(&format!("/{}/bo/places/{}", lang.code(), p.place_id))
                            .into(),
                    ),
                ],
            )
        })
        .collect();
    t_args(
        lang,
        "remind-mail-body",
        &[
            ("count", list.len().into()),
            ("places", list.join("\n\n").into()),
            ("help", t(lang, "remind-mail-help").into()),
        ],
    )
}

/// The daily jobs of a running application, with its clock.
pub async fn run_daily(state: &crate::App) -> Result<ReminderRun, store::StoreError> {
    let run = remind_stale(
        &state.db,
        &state.config,
        &state.mailer,
        &state.region,
        state.now().timestamp(),
        &ReminderSettings::default(),
    )
    .await?;
    if !run.mails.is_empty() || !run.without_manager.is_empty() {
        tracing::info!(
            mails = run.sent(),
            places = run.places_reminded,
            without_manager = run.without_manager.len(),
            "stale-entry reminders"
        );
    }
    // Labelled places whose data no longer meets a criterion go to the
    // coordination's queue (never withdrawn automatically).
    let today = state
        .now()
        .with_timezone(&state.region.timezone)
        .date_naive();
    match state
        .db
        .review_labels(&state.region, today, state.now().timestamp())
        .await
    {
        Ok(review) => tracing::info!(?review, "label review"),
        Err(e) => tracing::error!(error = %e, "label review failed"),
    }
    // Unanswered referrals: reminder, then expiry; then the retention of
    // personal data (bookings and referrals ended long enough ago).
    if let Err(e) = referrals::run_referral_jobs(state).await {
        tracing::error!(error = %e, "referral and retention jobs failed");
    }
    // Seats in a session within 48 hours: the people booked are reminded.
    let sms = crate::backoffice::sessions::sms_sender();
    if let Err(e) = crate::backoffice::sessions::send_session_reminders(state, sms.as_ref()).await {
        tracing::error!(error = %e, "session reminders failed");
    }
    Ok(run)
}

/// Runs [`run_daily`] a minute after start-up, then every 24 hours.
pub fn spawn_daily_jobs(state: AppState) {
    tokio::spawn(async move {
        let day = Duration::from_secs(DAY_SECS as u64);
        let mut tick =
            tokio::time::interval_at(tokio::time::Instant::now() + Duration::from_secs(60), day);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            if let Err(e) = run_daily(&state).await {
                tracing::error!(error = %e, "daily jobs failed");
            }
        }
    });
}
