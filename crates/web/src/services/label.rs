//! The steps of a label application, as the back office takes them: each
//! is recorded (with who and when), the directory's badge follows, and the
//! applicant hears of it by e-mail; the coordination hears of a new
//! application. In the region's languages, like every e-mail to staff.

use domain::Lang;
use domain::label::{Body, LabelState, Step};
use store::label::{LabelApplication, StepOutcome};

use crate::App;
use crate::i18n::{t, t_args};
use crate::services::notify::{send_to_all, staff_body, staff_langs, staff_subject};
use crate::ui::label::state_name;

/// Takes a step on an application for `actor`: records it, refreshes the
/// directory (a decision changes the badge), and e-mails the applicant —
/// and, for a submission, the coordination.
pub async fn take_step(
    app: &App,
    application: &LabelApplication,
    step: &Step,
    body: Body,
    actor: Option<i64>,
) -> Result<StepOutcome, store::StoreError> {
    let out = app
        .db
        .take_label_step(application.id, step, body, actor, app.now().timestamp())
        .await?;
    if let StepOutcome::Done { to, .. } = &out {
        if let Err(e) = app.refresh().await {
            tracing::warn!(error = %e, "directory refresh after a label step");
        }
        applicant(app, application, step, *to).await;
        if matches!(step, Step::Submit) {
            coordination(app, application).await;
        }
    }
    Ok(out)
}

/// What happened, in a sentence of the e-mail.
fn what(lang: Lang, step: &Step) -> String {
    match step {
        Step::Submit => t(lang, "label-mail-step-submit"),
        Step::StartExamination => t(lang, "label-mail-step-start-examination"),
        Step::RecordVisit { date, .. } => t_args(
            lang,
            "label-mail-step-record-visit",
            &[(
                "date",
                crate::ui::format::long_date(lang, &date.to_string()).into(),
            )],
        ),
        Step::Recommend { favourable, .. } => t(
            lang,
            if *favourable {
                "label-mail-step-recommend-yes"
            } else {
                "label-mail-step-recommend-no"
            },
        ),
        Step::Advise { favourable, .. } => t(
            lang,
            if *favourable {
                "label-mail-step-advise-yes"
            } else {
                "label-mail-step-advise-no"
            },
        ),
        Step::Decide { granted, .. } => t(
            lang,
            if *granted {
                "label-mail-step-decide-granted"
            } else {
                "label-mail-step-decide-refused"
            },
        ),
        Step::Withdraw { .. } => t(lang, "label-mail-step-withdraw"),
    }
}

/// The reasons (true) or notes (false) a step records.
fn reasons(step: &Step) -> Option<(bool, &str)> {
    let (is_reason, text) = match step {
        Step::Recommend { reasons, .. } | Step::Decide { reasons, .. } => (true, reasons),
        Step::Withdraw { reason, .. } => (true, reason),
        Step::RecordVisit { notes, .. } | Step::Advise { notes, .. } => (false, notes),
        _ => return None,
    };
    Some((is_reason, text.trim())).filter(|(_, t)| !t.is_empty())
}

/// Tells the applicant that `step` was taken on the application, now in state `to`.
async fn applicant(app: &App, application: &LabelApplication, step: &Step, to: LabelState) {
    let to_addresses = match app.db.label_applicant_emails(application.id).await {
        Ok(a) => a,
        Err(e) => {
            tracing::error!(error = %e, "reading the applicant's e-mails");
            return;
        }
    };
    let langs = staff_langs(&app.region);
    let places = application.place_names();
    // A visit does not move the application: its subject says a visit was
    // recorded (before, it repeated the state the application was already in).
    let subject = staff_subject(&langs, |lang| {
        let state = match step {
            Step::RecordVisit { .. } => t(lang, "label-mail-subject-visit"),
            _ => state_name(lang, to),
        };
        t_args(
            lang,
            "label-mail-subject",
            &[("places", places.clone().into()), ("state", state.into())],
        )
    });
    let body = staff_body(&langs, |lang| {
        let why = match reasons(step) {
            Some((true, r)) => t_args(
                lang,
                "label-mail-reasons",
                &[("reasons", r.to_owned().into())],
            ),
            Some((false, n)) => t_args(lang, "label-mail-notes", &[("notes", n.to_owned().into())]),
            None => String::new(),
        };
        t_args(
            lang,
            "label-mail-body",
            &[
                ("places", places.clone().into()),
                ("what", what(lang, step).into()),
                ("reasons", why.into()),
                (
                    "link",
                    app.config
                        .link(&format!(
                            "/{}/bo/label/applications/{}",
                            lang.code(),
                            application.id
                        ))
                        .into(),
                ),
            ],
        )
    });
    send_to_all(app, &to_addresses, &subject, &body).await;
}

/// Tells the coordination that an application was submitted.
async fn coordination(app: &App, application: &LabelApplication) {
    let to = match app.db.coordination_emails().await {
        Ok(a) => a,
        Err(e) => {
            tracing::error!(error = %e, "reading the coordinators' e-mails");
            return;
        }
    };
    let langs = staff_langs(&app.region);
    let places = application.place_names();
    let subject = staff_subject(&langs, |lang| {
        t_args(
            lang,
            "label-mail-new-subject",
            &[("places", places.clone().into())],
        )
    });
    let body = staff_body(&langs, |lang| {
        t_args(
            lang,
            "label-mail-new-body",
            &[
                ("places", places.clone().into()),
                ("organisation", application.organisation_name.clone().into()),
                (
                    "link",
                    app.config
                        .link(&format!(
                            "/{}/bo/label/applications/{}",
                            lang.code(),
                            application.id
                        ))
                        .into(),
                ),
            ],
        )
    });
    send_to_all(app, &to, &subject, &body).await;
}

/// The labelled places of one commune, as the public list shows them.
pub struct LabelledCommune<'a> {
    /// Its NIS code; `None` for places whose commune is not known.
    pub nis: Option<String>,
    /// Its name in the reader's language (or "commune not known").
    pub name: String,
    pub places: Vec<domain::directory::PlaceSummary<'a>>,
}

/// The labelled places by commune, communes in alphabetical order of their
/// names in `lang`, the places without a commune last: what the public
/// list `/{lang}/label/epn` and the annual report count.
pub fn labelled_by_commune(
    dir: &domain::directory::Directory,
    lang: Lang,
) -> Vec<LabelledCommune<'_>> {
    let mut by_commune: std::collections::BTreeMap<(u8, String), LabelledCommune<'_>> =
        Default::default();
    for p in dir
        .summaries()
        .filter(|p| p.label == domain::LabelStatus::Labelled)
    {
        let name = crate::ui::format::commune_name(dir, lang, p.commune_nis).to_owned();
        let (key, nis, name) = if name.is_empty() {
            let n = t(lang, "label-list-no-commune");
            ((1, n.clone()), None, n)
        } else {
            (
                (0, domain::text::fold(&name)),
                Some(p.commune_nis.to_owned()),
                name,
            )
        };
        by_commune
            .entry(key)
            .or_insert_with(|| LabelledCommune {
                nis,
                name,
                places: Vec::new(),
            })
            .places
            .push(p);
    }
    by_commune.into_values().collect()
}
