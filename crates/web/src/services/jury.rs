//! The jury's results of a call and the reminders of final reports: the
//! figures the coordination's pages and exports show, computed once from
//! the stored marks with `domain::grants::jury` (totals, mean, median,
//! spread, count, z-scores, ranking), and the report reminders sent by
//! e-mail from the back office and the daily jobs.

use std::collections::BTreeMap;

use domain::Lang;
use domain::grants::jury::{self, Mark, Ranked, Stats};
use store::grants::jury::{Juror, Review, assessed_by_jury};
use store::grants::{Application, Call};

use crate::App;
use crate::i18n::t_args;
use crate::services::notify::{send_to_all, staff_body, staff_langs, staff_subject};

/// One juror's assessment of one application.
#[derive(Debug, Clone)]
pub struct JurorLine {
    pub juror: i64,
    /// 0–100 over the criteria assessed; None when none was.
    pub total: Option<f64>,
    /// The juror's standardised total (None: fewer than two totals or no spread).
    pub z: Option<f64>,
    pub marks: BTreeMap<String, Mark>,
    pub comment: String,
}

/// One application's results.
#[derive(Debug, Clone)]
pub struct AppResult {
    pub application: Application,
    /// 1, 2… in the ranking.
    pub rank: usize,
    pub stats: Stats,
    /// By juror, in the order of the call's jurors.
    pub jurors: Vec<JurorLine>,
}

/// The results of a call, ranked.
#[derive(Debug, Clone)]
pub struct Results {
    pub jurors: Vec<Juror>,
    pub applications: Vec<AppResult>,
}

impl Results {
    pub fn of(&self, application: i64) -> Option<&AppResult> {
        self.applications
            .iter()
            .find(|a| a.application.id == application)
    }
}

/// The figures of a call from its applications and reviews (pure, for tests).
pub fn compute(
    call: &Call,
    applications: Vec<Application>,
    jurors: Vec<Juror>,
    reviews: &[Review],
) -> Results {
    let criteria: Vec<_> = call.def.criteria.iter().map(|k| k.as_jury()).collect();
    let apps: Vec<Application> = applications
        .into_iter()
        .filter(|a| assessed_by_jury(a.status))
        .collect();
    let mut totals: BTreeMap<(i64, i64), f64> = BTreeMap::new();
    for r in reviews {
        if let Some(t) = jury::juror_total(&criteria, &r.marks) {
            totals.insert((r.user_id, r.application_id), t);
        }
    }
    let z = jury::z_scores(&totals);
    let ranked = jury::rank(
        apps.iter()
            .map(|a| {
                let ts: Vec<f64> = totals
                    .iter()
                    .filter(|((_, app), _)| *app == a.id)
                    .map(|(_, t)| *t)
                    .collect();
                let s = jury::stats(&ts);
                Ranked {
                    application: a.id,
                    reference: a.reference.clone().unwrap_or_default(),
                    score: s.mean,
                    scores: s.count,
                    asked_cents: a.app.amount_cents.unwrap_or(0),
                    submitted_at: a.submitted_at.unwrap_or(i64::MAX),
                }
            })
            .collect(),
    );
    let applications = ranked
        .iter()
        .enumerate()
        .filter_map(|(i, r)| {
            let a = apps.iter().find(|a| a.id == r.application)?.clone();
            let ts: Vec<f64> = totals
                .iter()
                .filter(|((_, app), _)| *app == a.id)
                .map(|(_, t)| *t)
                .collect();
            let lines = jurors
                .iter()
                .filter_map(|j| {
                    let rev = reviews
                        .iter()
                        .find(|x| x.application_id == a.id && x.user_id == j.user_id)?;
                    Some(JurorLine {
                        juror: j.user_id,
                        total: totals.get(&(j.user_id, a.id)).copied(),
                        z: z.get(&(j.user_id, a.id)).copied().flatten(),
                        marks: rev.marks.clone(),
                        comment: rev.comment.clone(),
                    })
                })
                .collect();
            Some(AppResult {
                application: a,
                rank: i + 1,
                stats: jury::stats(&ts),
                jurors: lines,
            })
        })
        .collect();
    Results {
        jurors,
        applications,
    }
}

/// The results of a call as stored now.
pub async fn results(app: &App, call: &Call) -> Result<Results, store::StoreError> {
    let applications = app.db.applications_of_call(call.id).await?;
    let jurors = app.db.jurors(call.id).await?;
    let reviews = app.db.reviews_of_call(call.id).await?;
    Ok(compute(call, applications, jurors, &reviews))
}

/// Days before the due date a final report is first reminded of, and days
/// between two reminders.
pub const REPORT_REMIND_BEFORE_DAYS: i64 = 14;
pub const REPORT_REMIND_EVERY_DAYS: i64 = 7;

/// What a reminder run did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ReminderRun {
    /// Agreements reminded (recorded even when no e-mail could be sent).
    pub agreements: usize,
    /// E-mails sent.
    pub mails: usize,
}

/// Sends the final-report reminders due today (of one call, or of every
/// call) to the applicant organisation's accounts, and records each, so
/// that the next comes `REPORT_REMIND_EVERY_DAYS` later.
pub async fn send_report_reminders(
    app: &App,
    call: Option<i64>,
    actor: Option<i64>,
) -> Result<ReminderRun, store::StoreError> {
    let today = app.today();
    let now = app.now().timestamp();
    let agreements = match call {
        Some(c) => app.db.agreements(c).await?,
        None => app.db.all_agreements().await?,
    };
    let due = store::grants::selection::reports_due(
        &agreements,
        today,
        REPORT_REMIND_BEFORE_DAYS,
        REPORT_REMIND_EVERY_DAYS,
    );
    let langs = staff_langs(&app.region);
    let mut run = ReminderRun::default();
    for g in due {
        let to = app.db.applicant_emails(g.organisation_id).await?;
        let due_on = g.report_due_on.map(|d| d.to_string()).unwrap_or_default();
        let args = |l: Lang| {
            vec![
                ("title", g.title.clone().into()),
                ("reference", g.reference.clone().unwrap_or_default().into()),
                ("due", crate::ui::format::long_date(l, &due_on).into()),
                ("organisation", g.organisation.clone().into()),
            ]
        };
        let subject = staff_subject(&langs, |l| t_args(l, "jury-remind-subject", &args(l)));
        let body = staff_body(&langs, |l| t_args(l, "jury-remind-body", &args(l)));
        send_to_all(app, &to, &subject, &body).await;
        app.db
            .record_report_reminder(g.id, today, &to, actor, now)
            .await?;
        run.agreements += 1;
        run.mails += to.len();
    }
    Ok(run)
}
