//! Operations on the directory's places that send messages or that several
//! front ends share: the coordination's decision on a proposed change (its
//! author is told), a mistake reported from a public page (the coordination
//! is told), the reminders to managers of entries not updated for a year
//! (daily job and `passerelle remind-stale`), and where a merged place went.

use std::collections::BTreeMap;

use domain::place::Place;
use domain::{Lang, Region};
use store::Db;
use store::editing::proposals::{AcceptOutcome, Proposal};

use crate::i18n::{t, t_args};
use crate::mail::{Mail, Mailer};
use crate::services::notify::{send_to_all, staff_body, staff_langs, staff_subject};
use crate::ui::format::long_date;
use crate::{App, Config};

/// Accepts a proposed change for the coordination account `by`; on success
/// the directory is rebuilt and the author told.
pub async fn accept_proposal(
    app: &App,
    p: &Proposal,
    by: i64,
) -> Result<AcceptOutcome, store::StoreError> {
    let out = app
        .db
        .accept_proposal(p.id, by, app.now().timestamp())
        .await?;
    if let AcceptOutcome::Accepted { place_id } = out {
        refresh_directory(app).await;
        notify_author(app, p, Decision::Accepted { place_id }).await;
    }
    Ok(out)
}

/// Rejects a proposed change with its reason; false when it was decided
/// already. The author is told, with the reason.
pub async fn reject_proposal(
    app: &App,
    p: &Proposal,
    by: i64,
    reason: &str,
) -> Result<bool, store::StoreError> {
    let rejected = app
        .db
        .reject_proposal(p.id, by, reason, app.now().timestamp())
        .await?;
    if rejected {
        notify_author(app, p, Decision::Rejected { reason }).await;
    }
    Ok(rejected)
}

/// Rebuilds the directory after a change (a failure is logged: the change is
/// saved, and the periodic refresh catches up).
pub async fn refresh_directory(app: &App) {
    if let Err(e) = app.refresh().await {
        tracing::warn!(error = %e, "directory refresh after an edit failed");
    }
}

/// Records a mistake reported on a place's public page and tells every
/// active coordinator. `client` is the rate limit's key of the sender.
pub async fn report_mistake(
    app: &App,
    place: &Place,
    message: &str,
    contact: Option<&str>,
    client: &str,
) -> Result<(), store::StoreError> {
    app.db
        .create_mistake_report(place.id, message, contact, client, app.now().timestamp())
        .await?;
    tell_coordination(app, place, message, contact).await;
    Ok(())
}

/// What the coordination decided, for the author's e-mail.
enum Decision<'a> {
    Accepted { place_id: i64 },
    Rejected { reason: &'a str },
}

/// Tells the author of a proposal what the coordination decided (in the
/// region's staff languages); a failure is logged, the decision stands.
async fn notify_author(app: &App, p: &Proposal, decision: Decision<'_>) {
    let langs = staff_langs(&app.region);
    let place = p.after.name.clone();
    let (subject, body) = match decision {
        Decision::Accepted { place_id } => (
            staff_subject(&langs, |lang| t(lang, "proposals-mail-accepted-subject")),
            staff_body(&langs, |lang| {
                let link = app
                    .config
                    .link(&format!("/{}/places/{place_id}", lang.code()));
                t_args(
                    lang,
                    "proposals-mail-accepted-body",
                    &[("place", place.clone().into()), ("link", link.into())],
                )
            }),
        ),
        Decision::Rejected { reason } => (
            staff_subject(&langs, |lang| t(lang, "proposals-mail-rejected-subject")),
            staff_body(&langs, |lang| {
                let link = app.config.link(&match p.place_id {
                    Some(id) => format!("/{}/bo/places/{id}", lang.code()),
                    None => format!("/{}/bo/places", lang.code()),
                });
                t_args(
                    lang,
                    "proposals-mail-rejected-body",
                    &[
                        ("place", place.clone().into()),
                        ("reason", reason.to_owned().into()),
                        ("link", link.into()),
                    ],
                )
            }),
        ),
    };
    let mail = crate::mail::Mail {
        to: p.author_email.clone(),
        subject,
        body,
    };
    let _ = app.send_mail(&mail).await;
}

/// E-mails the report to every active coordinator, in the region's languages.
async fn tell_coordination(app: &App, place: &Place, message: &str, contact: Option<&str>) {
    let to = match app.db.coordination_emails().await {
        Ok(to) => to,
        Err(e) => {
            tracing::error!(error = %e, "reading the coordinators' e-mails");
            return;
        }
    };
    let langs = staff_langs(&app.region);
    let subject = staff_subject(&langs, |l| {
        t_args(
            l,
            "report-mail-subject",
            &[("place", place.name.clone().into())],
        )
    });
    let body = staff_body(&langs, |l| {
        t_args(
            l,
            "report-mail-body",
            &[
                ("place", place.name.clone().into()),
                ("message", message.to_owned().into()),
                (
                    "contact",
                    contact
                        .map_or_else(|| t(l, "report-mail-no-contact"), str::to_owned)
                        .into(),
                ),
                (
                    "page",
                    app.config
                        .link(&format!("/{}/places/{}", l.code(), place.id))
                        .into(),
                ),
                (
                    "reports",
                    app.config.link(&format!("/{}/bo/reports", l.code())).into(),
                ),
            ],
        )
    });
    send_to_all(app, &to, &subject, &body).await;
}

/// The id a merged place's id now points to.
pub async fn merged_into(app: &App, id: &str) -> Option<i64> {
    let id: i64 = id.parse().ok()?;
    match app.db.place_redirect(id).await {
        Ok(new) => new,
        Err(e) => {
            tracing::error!(error = %e, "reading place redirects");
            None
        }
    }
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
    /// Also list the stale places whose organisation has no active EPN
    /// manager (`ReminderRun::without_manager`; they are counted anyway).
    pub list_unmanaged: bool,
}

impl Default for ReminderSettings {
    fn default() -> Self {
        ReminderSettings {
            older_than_days: domain::quality::STALE_AFTER_DAYS,
            every_days: 30,
            dry_run: false,
            list_unmanaged: false,
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
    /// Stale places whose organisation has no active EPN manager: the
    /// coordination must call them (listed when `list_unmanaged` is asked).
    pub without_manager: Vec<(i64, String)>,
    /// How many stale places have no active EPN manager.
    pub unmanaged: usize,
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
        .stale_places(
            now,
            settings.older_than_days,
            settings.every_days,
            settings.list_unmanaged,
        )
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
    run.unmanaged = if settings.list_unmanaged {
        run.without_manager.len()
    } else {
        let n = db
            .count_stale_unmanaged(now, settings.older_than_days, settings.every_days)
            .await?;
        usize::try_from(n).unwrap_or(0)
    };
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
