//! Referral e-mails and the daily referral and personal-data jobs: the
//! receiving EPN is told of a new referral and reminded before an unanswered
//! one expires; the referrer is told of the answer and of the expiry;
//! personal data of ended referrals and bookings is anonymised after the
//! retention period. E-mails carry no personal data, only a link.

use domain::Lang;
use domain::referral::{Due, Side, Step, StepKind};
use store::referrals::Referral;
use store::referrals::person::RetentionRun;

use super::{staff_body, staff_langs, staff_subject};
use crate::App;
use crate::i18n::t_args;
use crate::mail::Mail;

fn link(app: &App, lang: Lang, id: i64) -> String {
    app.config
        .link(&format!("/{}/bo/referrals/{id}", lang.code()))
}

async fn mail_all(app: &App, to: &[String], key_subject: &str, key_body: &str, id: i64) -> usize {
    let langs = staff_langs(&app.region);
    let mut sent = 0;
    for addr in to {
        let mail = Mail {
            to: addr.clone(),
            subject: staff_subject(&langs, |l| {
                t_args(
                    l,
                    key_subject,
                    &[("id", i32::try_from(id).unwrap_or(0).into())],
                )
            }),
            body: staff_body(&langs, |l| {
                t_args(
                    l,
                    key_body,
                    &[
                        ("id", i32::try_from(id).unwrap_or(0).into()),
                        ("link", link(app, l, id).into()),
                    ],
                )
            }),
        };
        if app.send_mail(&mail).await.is_ok() {
            sent += 1;
        }
    }
    sent
}

/// Tells the receiving organisation's EPN managers that a referral waits for them.
pub async fn tell_receiver(app: &App, referral_id: i64, organisation_id: i64) -> usize {
    match app.db.organisation_manager_emails(organisation_id).await {
        Ok(to) => {
            mail_all(
                app,
                &to,
                "referral-mail-new-subject",
                "referral-mail-new-body",
                referral_id,
            )
            .await
        }
        Err(e) => {
            tracing::error!(error = %e, "referral e-mail not sent");
            0
        }
    }
}

/// Tells the referrer who sent it that the EPN answered (or that it expired).
pub async fn tell_referrer(app: &App, r: &Referral, step: StepKind) -> usize {
    let Some(user) = r.created_by else { return 0 };
    let Ok(Some(u)) = app.db.user_by_id(user).await else {
        return 0;
    };
    if !u.active {
        return 0;
    }
    let (subject, body) = match step {
        StepKind::Accept => (
            "referral-mail-accepted-subject",
            "referral-mail-accepted-body",
        ),
        StepKind::Refuse => (
            "referral-mail-refused-subject",
            "referral-mail-refused-body",
        ),
        StepKind::Expire => (
            "referral-mail-expired-subject",
            "referral-mail-expired-body",
        ),
        _ => return 0,
    };
    mail_all(app, &[u.email], subject, body, r.id).await
}

/// What the daily referral job did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ReferralRun {
    pub reminded: usize,
    pub expired: usize,
    pub retention: RetentionRun,
}

/// Reminds the receiving EPN of referrals about to expire, expires those
/// unanswered for too long, then anonymises what the retention period allows.
pub async fn run_referral_jobs(app: &App) -> Result<ReferralRun, store::StoreError> {
    let now = app.now().timestamp();
    let rules = app.config.referral_expiry;
    let mut run = ReferralRun::default();
    for r in app.db.unanswered_referrals().await? {
        match rules.due(r.state, r.sent_at, r.reminded_at.is_some(), now) {
            Some(Due::Remind) => {
                let to = app
                    .db
                    .organisation_manager_emails(r.to_organisation_id)
                    .await?;
                mail_all(
                    app,
                    &to,
                    "referral-mail-remind-subject",
                    "referral-mail-remind-body",
                    r.id,
                )
                .await;
                app.db.mark_referral_reminded(r.id, now).await?;
                run.reminded += 1;
            }
            Some(Due::Expire) => {
                let step = Step::new(StepKind::Expire, "");
                if let Ok(Ok(_)) = app
                    .db
                    .take_referral_step(r.id, &step, Side::System, None, now)
                    .await
                {
                    tell_referrer(app, &r, StepKind::Expire).await;
                    run.expired += 1;
                }
            }
            None => {}
        }
    }
    run.retention = app
        .db
        .apply_retention(now, app.config.retention_months)
        .await?;
    if run != ReferralRun::default() {
        tracing::info!(?run, "referrals and personal data");
    }
    Ok(run)
}
