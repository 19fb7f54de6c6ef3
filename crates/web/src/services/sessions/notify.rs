//! Telling people about their seat: e-mails to the person booked (in their
//! language) and to the referrer who booked (in the region's languages), and
//! text messages through the application's [`SmsSender`](crate::services::sms::SmsSender);
//! the reminders 48 hours before.

use domain::Lang;
use domain::sessions::Session;
use store::sessions::Booking;

use crate::App;
use crate::i18n::{t, t_args};
use crate::mail::Mail;
use crate::services::notify::{staff_body, staff_langs, staff_subject};
use crate::ui::format::local_time_span;
use crate::ui::sessions::where_text;

/// What happened, to tell the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice<'a> {
    /// A seat or a place on the waiting list was just booked.
    Booked,
    /// A seat came free and is theirs now.
    Promoted,
    /// The date, time or place changed.
    Changed,
    Cancelled {
        reason: Option<&'a str>,
    },
    /// The session is in less than 48 hours.
    Reminder,
}

impl Notice<'_> {
    fn code(self, waiting: bool) -> &'static str {
        match self {
            Notice::Booked if waiting => "waiting",
            Notice::Booked => "booked",
            Notice::Promoted => "promoted",
            Notice::Changed => "changed",
            Notice::Cancelled { .. } => "cancelled",
            Notice::Reminder => "reminder",
        }
    }
}

/// What a notification did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Sent {
    pub emails: usize,
    pub sms: usize,
}

fn details(app: &App, lang: Lang, s: &Session) -> String {
    let dir = app.directory();
    let mut lines = vec![
        s.title.clone(),
        local_time_span(lang, app.region.timezone, s.starts_at, s.ends_at),
        where_text(lang, &dir, s),
    ];
    if let Some(b) = &s.bring {
        lines.push(t_args(
            lang,
            "sessions-mail-bring",
            &[("bring", b.clone().into())],
        ));
    }
    lines.push(t_args(
        lang,
        "sessions-mail-link",
        &[(
            "link",
            app.config
                .link(&format!("/{}/sessions/{}", lang.code(), s.id))
                .into(),
        )],
    ));
    lines.join("\n")
}

/// Tells the person booked (e-mail and, except for a new booking, SMS) and,
/// when a seat is given, moved or cancelled, the referrer who booked.
pub async fn notify(
    app: &App,
    s: &Session,
    b: &Booking,
    notice: Notice<'_>,
    cancel_link: Option<&str>,
) -> Sent {
    let mut sent = Sent::default();
    let Some(name) = b.person_name.clone() else {
        return sent; // anonymised
    };
    let lang = Lang::parse(&b.lang).unwrap_or(Lang::Fr);
    let code = notice.code(b.status == domain::sessions::BookingStatus::Waiting);
    let position = if code == "waiting" {
        app.db.waiting_position(b).await.unwrap_or(0)
    } else {
        0
    };
    let reason = match notice {
        Notice::Cancelled { reason: Some(r) } => t_args(
            lang,
            "sessions-mail-reason",
            &[("reason", r.to_owned().into())],
        ),
        _ => String::new(),
    };
    if let Some(to) = &b.email {
        let mut body = vec![
            t_args(
                lang,
                &format!("sessions-mail-{code}-intro"),
                &[
                    ("name", name.clone().into()),
                    ("position", usize::try_from(position).unwrap_or(0).into()),
                ],
            ),
            details(app, lang, s),
        ];
        if !reason.is_empty() {
            body.insert(1, reason.clone());
        }
        if let Some(link) = cancel_link {
            body.push(t_args(
                lang,
                "sessions-mail-cancel-link",
                &[("link", link.to_owned().into())],
            ));
        }
        body.push(t(lang, "sessions-mail-footer"));
        let mail = Mail {
            to: to.clone(),
            subject: t_args(
                lang,
                &format!("sessions-mail-{code}-subject"),
                &[("title", s.title.clone().into())],
            ),
            body: body.join("\n\n"),
        };
        if app.send_mail(&mail).await.is_ok() {
            sent.emails += 1;
        }
    }
    if let Some(phone) = &b.phone
        && notice != Notice::Booked
    {
        let text = t_args(
            lang,
            &format!("sessions-sms-{code}"),
            &[
                ("title", s.title.clone().into()),
                (
                    "when",
                    local_time_span(lang, app.region.timezone, s.starts_at, s.ends_at).into(),
                ),
            ],
        );
        match app.sms.send(phone, &text).await {
            Ok(()) => sent.sms += 1,
            Err(e) => tracing::error!(error = %e, booking = b.id, "SMS not sent"),
        }
    }
    let tell_referrer = matches!(
        notice,
        Notice::Promoted | Notice::Changed | Notice::Cancelled { .. }
    );
    if tell_referrer
        && let Some(by) = b.booked_by
        && let Ok(Some(referrer)) = app.db.user_by_id(by).await
        && referrer.active
    {
        let langs = staff_langs(&app.region);
        let subject = staff_subject(&langs, |lang| {
            t_args(
                lang,
                &format!("sessions-mail-referrer-{code}-subject"),
                &[("title", s.title.clone().into())],
            )
        });
        let body = staff_body(&langs, |lang| {
            let mut parts = vec![t_args(
                lang,
                &format!("sessions-mail-referrer-{code}-intro"),
                &[("name", name.clone().into())],
            )];
            if let Notice::Cancelled { reason: Some(r) } = notice {
                parts.push(t_args(
                    lang,
                    "sessions-mail-reason",
                    &[("reason", r.to_owned().into())],
                ));
            }
            parts.push(details(app, lang, s));
            parts.join("\n\n")
        });
        if app
            .send_mail(&Mail {
                to: referrer.email,
                subject,
                body,
            })
            .await
            .is_ok()
        {
            sent.emails += 1;
        }
    }
    sent
}

/// What a reminder run did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SessionReminderRun {
    /// Bookings reminded (whether or not the person left a way to reach them).
    pub bookings: usize,
    pub emails: usize,
    pub sms: usize,
}

/// How long before a session its reminders go out.
pub const REMINDER_BEFORE_SECS: i64 = 48 * 3600;

/// Reminds every person with a seat in a session starting within the next
/// 48 hours, once (by e-mail and by SMS, when they gave an address or a
/// number). Run it every hour or more often, e.g. with the daily jobs.
pub async fn send_session_reminders(app: &App) -> Result<SessionReminderRun, store::StoreError> {
    let now = app.now().timestamp();
    let mut run = SessionReminderRun::default();
    for due in app.db.reminders_due(now, REMINDER_BEFORE_SECS).await? {
        let sent = notify(app, &due.session, &due.booking, Notice::Reminder, None).await;
        app.db.mark_reminded(due.booking.id, now).await?;
        run.bookings += 1;
        run.emails += sent.emails;
        run.sms += sent.sms;
    }
    if run.bookings > 0 {
        tracing::info!(
            bookings = run.bookings,
            emails = run.emails,
            sms = run.sms,
            "session reminders"
        );
    }
    Ok(run)
}
