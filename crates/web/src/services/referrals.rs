//! Referrals, as the back office and the daily jobs move them: a new
//! referral is sent (with a seat asked for when it is to a session) and the
//! receiving EPN told; each step is recorded and the referrer told of the
//! answer; the daily job reminds the EPN before an unanswered referral
//! expires, expires it, and anonymises personal data of ended referrals and
//! bookings after the retention period. E-mails carry no personal data,
//! only a link.

use domain::Lang;
use domain::referral::{ContactWay, Due, ReferralState, Side, Step, StepKind};
use store::referrals::person::RetentionRun;
use store::referrals::{NewReferral, Referral, StepRefused};
use store::sessions::NewBooking;

use crate::App;
use crate::i18n::{t, t_args};
use crate::mail::Mail;
use crate::services::notify::{staff_body, staff_langs, staff_subject};
use crate::services::sessions::{self, Booked};

/// Records a new referral, tells the receiving EPN, and — for a referral to
/// a session — asks for a seat (or a place on the waiting list) for the
/// person, linked to the referral; a full session leaves the referral for
/// the EPN to answer. Returns the referral's id.
pub async fn send(app: &App, n: &NewReferral) -> Result<i64, store::StoreError> {
    let id = app.db.create_referral(n, app.now().timestamp()).await?;
    tell_receiver(app, id, n.to_organisation_id).await;
    if n.session_id.is_some() {
        book_for_referral(app, n, id).await;
    }
    Ok(id)
}

async fn book_for_referral(app: &App, n: &NewReferral, referral_id: i64) {
    let Some(session_id) = n.session_id else {
        return;
    };
    let booking = NewBooking {
        session_id,
        person_name: n.person_name.clone(),
        phone: (n.contact_way == ContactWay::Phone)
            .then(|| n.contact_value.clone())
            .flatten(),
        email: (n.contact_way == ContactWay::Email)
            .then(|| n.contact_value.clone())
            .flatten(),
        lang: Lang::parse(&n.lang).unwrap_or(Lang::Fr).code().to_owned(),
        consent_text: n.consent_text.clone(),
        consent_at: n.consent_at,
        booked_by: Some(n.created_by),
        organisation_id: Some(n.from_organisation_id),
        referral_id: Some(referral_id),
        ..NewBooking::default()
    };
    let session = match app.db.activity_session(session_id).await {
        Ok(Some(s)) => s,
        Ok(None) => return,
        Err(e) => {
            tracing::error!(error = %e, referral_id, "seat for a referral not booked");
            return;
        }
    };
    match sessions::book(app, &session, &booking, None).await {
        Ok(Booked::Booked(_)) => {}
        Ok(other) => tracing::info!(?other, referral_id, "no seat for a referral"),
        Err(e) => tracing::error!(error = %e, referral_id, "seat for a referral not booked"),
    }
}

/// Takes a step on a referral for one side; when the receiving EPN takes it
/// (an answer, the first visit, a follow-up, the closing), the referrer is
/// told.
pub async fn take_step(
    app: &App,
    r: &Referral,
    step: &Step,
    side: Side,
    actor: Option<i64>,
) -> Result<Result<ReferralState, StepRefused>, store::StoreError> {
    let out = app
        .db
        .take_referral_step(r.id, step, side, actor, app.now().timestamp())
        .await?;
    if out.is_ok() && side == Side::Receiver {
        tell_referrer(app, r, step.kind).await;
    }
    Ok(out)
}

fn link(app: &App, lang: Lang, id: i64) -> String {
    app.config
        .link(&format!("/{}/bo/referrals/{id}", lang.code()))
}

async fn mail_all(app: &App, to: &[String], key_subject: &str, key_body: &str, id: i64) -> usize {
    let langs = staff_langs(&app.region);
    let mut sent = 0;
    for addr in to {
        if mail_in(app, addr, &langs, (key_subject, key_body), id, false).await {
            sent += 1;
        }
    }
    sent
}

/// One e-mail about referral `id`, written in `langs` (one language, or the
/// region's staff languages one after the other), with — for news the
/// referrer may turn off — where to turn it off; true when it was sent.
async fn mail_in(
    app: &App,
    to: &str,
    langs: &[Lang],
    (key_subject, key_body): (&str, &str),
    id: i64,
    may_turn_off: bool,
) -> bool {
    let mail = Mail {
        to: to.to_owned(),
        subject: staff_subject(langs, |l| {
            t_args(
                l,
                key_subject,
                &[("id", i32::try_from(id).unwrap_or(0).into())],
            )
        }),
        body: staff_body(langs, |l| {
            let body = t_args(
                l,
                key_body,
                &[
                    ("id", i32::try_from(id).unwrap_or(0).into()),
                    ("link", link(app, l, id).into()),
                ],
            );
            if may_turn_off {
                let prefs = app.config.link(&format!("/{}/bo/account/mails", l.code()));
                format!(
                    "{body}\n\n{}\n{prefs}",
                    t(l, "referral-mail-progress-footer")
                )
            } else {
                body
            }
        }),
    };
    app.send_mail(&mail).await.is_ok()
}

/// Tells the receiving organisation's EPN managers that a referral waits for them.
async fn tell_receiver(app: &App, referral_id: i64, organisation_id: i64) -> usize {
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

/// Tells the referrer who sent it what the EPN did: its answer (accepted,
/// refused) or the expiry — always —, and, unless they turned these off, that
/// the person came, was followed up, or that the referral was closed. In the
/// referrer's language when it is known (else the region's staff
/// languages). The e-mail holds the referral's number and a link, never the
/// person's data.
async fn tell_referrer(app: &App, r: &Referral, step: StepKind) -> usize {
    let Some(user) = r.created_by else { return 0 };
    let Ok(Some(u)) = app.db.user_by_id(user).await else {
        return 0;
    };
    if !u.active {
        return 0;
    }
    let prefs = app.db.mail_preferences(u.id).await.unwrap_or_default();
    let (subject, body, progress) = match step {
        StepKind::Accept => (
            "referral-mail-accepted-subject",
            "referral-mail-accepted-body",
            false,
        ),
        StepKind::Refuse => (
            "referral-mail-refused-subject",
            "referral-mail-refused-body",
            false,
        ),
        StepKind::Expire => (
            "referral-mail-expired-subject",
            "referral-mail-expired-body",
            false,
        ),
        StepKind::FirstVisit => (
            "referral-mail-first-visit-subject",
            "referral-mail-first-visit-body",
            true,
        ),
        StepKind::FollowUp => (
            "referral-mail-follow-up-subject",
            "referral-mail-follow-up-body",
            true,
        ),
        StepKind::Close => (
            "referral-mail-closed-subject",
            "referral-mail-closed-body",
            true,
        ),
    };
    if progress && !prefs.referral_progress {
        return 0;
    }
    let langs = match prefs.lang.as_deref().and_then(Lang::parse) {
        Some(lang) => vec![lang],
        None => staff_langs(&app.region),
    };
    usize::from(mail_in(app, &u.email, &langs, (subject, body), r.id, progress).await)
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
