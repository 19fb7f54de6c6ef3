//! The daily jobs of a running server, a front end like the pages: each
//! day it calls the services that remind managers of stale entries, flag
//! labelled places whose data no longer meets a criterion, remind and expire
//! unanswered referrals, apply the retention of personal data, and remind
//! people of their seats. `passerelle remind-stale` runs the first from cron.

use std::time::Duration;

use crate::services::{places, referrals, sessions};
use crate::{App, AppState};

const DAY_SECS: i64 = 86_400;

/// The daily jobs of a running application, with its clock.
pub async fn run_daily(state: &App) -> Result<places::ReminderRun, store::StoreError> {
    let run = places::remind_stale(
        &state.db,
        &state.config,
        &state.mailer,
        &state.region,
        state.now().timestamp(),
        &places::ReminderSettings::default(),
    )
    .await?;
    if !run.mails.is_empty() || run.unmanaged > 0 {
        tracing::info!(
            mails = run.sent(),
            places = run.places_reminded,
            without_manager = run.unmanaged,
            "stale-entry reminders"
        );
    }
    // Labelled places whose data no longer meets a criterion go to the
    // coordination's queue (never withdrawn automatically).
    match state
        .db
        .review_labels(&state.region, state.today(), state.now().timestamp())
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
    if let Err(e) = sessions::send_session_reminders(state).await {
        tracing::error!(error = %e, "session reminders failed");
    }
    // Final reports of grant agreements due soon or overdue: reminded.
    if let Err(e) = crate::services::jury::send_report_reminders(state, None, None).await {
        tracing::error!(error = %e, "grant report reminders failed");
    }
    // Survey drafts left unchanged for 30 days are purged.
    let stale = state.today() - chrono::Days::new(domain::survey::answering::DRAFT_DAYS as u64);
    match state.db.purge_drafts(stale).await {
        Ok(0) => {}
        Ok(n) => tracing::info!(drafts = n, "stale survey drafts purged"),
        Err(e) => tracing::error!(error = %e, "survey draft purge failed"),
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
