//! The steps after submission: the coordination starts the examination,
//! records courtesy visits and its recommendation; committee members record
//! the working group's advice and the steering committee's decision; a granted
//! label is withdrawn. A step the procedure does not allow now is refused with
//! a sentence saying what is possible.

use std::collections::HashMap;

use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};
use chrono::{Datelike, NaiveDate};
use domain::Lang;
use domain::account::Role;
use domain::label::{Body, Step, TransitionError};
use maud::html;
use store::label::StepOutcome;

use super::file::{StepForm, render};
use super::{forbidden, load, refusal};
use crate::AppState;
use crate::auth::Ctx;
use crate::i18n::t;
use crate::services::label;
use crate::ui::form::FieldError;
use crate::ui::{PageError, PageLang, PageResult};

type Fields = HashMap<String, String>;

/// Reads a step's fields into a [`Step`], or says what is wrong with them.
struct Reader<'a> {
    lang: Lang,
    fields: &'a Fields,
    today: NaiveDate,
    errors: Vec<FieldError>,
}

impl Reader<'_> {
    fn text(&self, name: &str) -> String {
        self.fields
            .get(name)
            .map(|s| s.trim().to_owned())
            .unwrap_or_default()
    }

    fn date(&mut self, name: &str) -> NaiveDate {
        let v = self.text(name);
        match NaiveDate::parse_from_str(&v, "%Y-%m-%d") {
            Ok(d) if d > self.today => {
                self.errors.push(FieldError::new(
                    name,
                    t(self.lang, "label-error-date-future"),
                ));
                d
            }
            Ok(d) if d.year_ce().1 < 2000 => {
                self.errors
                    .push(FieldError::new(name, t(self.lang, "label-error-date")));
                d
            }
            Ok(d) => d,
            Err(_) => {
                self.errors
                    .push(FieldError::new(name, t(self.lang, "label-error-date")));
                self.today
            }
        }
    }

    fn yes_no(&mut self, name: &str, key: &str) -> bool {
        match self.text(name).as_str() {
            "yes" => true,
            "no" => false,
            _ => {
                self.errors
                    .push(FieldError::new(&format!("{name}-yes"), t(self.lang, key)));
                false
            }
        }
    }

    fn reasons(&mut self, name: &str) -> String {
        let v = self.text(name);
        if v.is_empty() {
            self.errors
                .push(FieldError::new(name, t(self.lang, "label-error-reasons")));
        }
        v
    }
}

/// Takes a step on an application: checks the form, the person's body, the
/// procedure; records, e-mails the applicant, and shows the file again.
async fn take(
    state: AppState,
    lang: Lang,
    id: String,
    ctx: Ctx,
    fields: Fields,
    name: &'static str,
    read: impl FnOnce(&mut Reader, Role) -> (Step, Body),
) -> PageResult {
    let (app, user) = load(&state, lang, &ctx, &id).await?;
    let mut reader = Reader {
        lang,
        fields: &fields,
        today: state.today(),
        errors: Vec::new(),
    };
    let (step, body) = read(&mut reader, user.role);
    let mut errors = reader.errors;
    if errors.is_empty() {
        match label::take_step(&state, &app, &step, body, Some(user.id)).await? {
            StepOutcome::Done { .. } => {
                return Ok(Redirect::to(&format!(
                    "/{}/bo/label/applications/{}?done",
                    lang.code(),
                    app.id
                ))
                .into_response());
            }
            StepOutcome::Refused(TransitionError::ReasonMissing { .. }) => {
                let field = if name == "withdraw" {
                    "withdraw-reason".to_owned()
                } else {
                    format!("{name}-reasons")
                };
                errors.push(FieldError::new(&field, t(lang, "label-error-reasons")));
            }
            StepOutcome::Refused(TransitionError::WrongBody { .. }) => {
                return Err(forbidden(lang));
            }
            StepOutcome::Refused(TransitionError::NotAllowed { .. })
            | StepOutcome::Incomplete(_) => {
                // The application moved on (or never was there): say what is possible now.
                let now = state
                    .db
                    .label_application(app.id)
                    .await
                    .ok()
                    .flatten()
                    .unwrap_or(app);
                return Err(PageError::conflict(
                    t(lang, "label-refused-title"),
                    html! {
                        p { (refusal(lang, now.state)) }
                        p { a href=(format!("/{}/bo/label/applications/{}", lang.code(), now.id)) { (t(lang, "label-open-file")) } }
                    },
                ));
            }
            StepOutcome::NotFound => return Err(PageError::NotFound),
        }
    }
    let form = StepForm {
        step: name,
        values: fields,
        errors,
    };
    render(
        &state,
        lang,
        &ctx,
        &app,
        &user,
        None,
        &form,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await
}

pub async fn examine(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    ctx: Ctx,
    Form(fields): Form<Fields>,
) -> PageResult {
    take(state, lang, id, ctx, fields, "examine", |_, _| {
        (Step::StartExamination, Body::Coordination)
    })
    .await
}

pub async fn visit(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    ctx: Ctx,
    Form(fields): Form<Fields>,
) -> PageResult {
    take(state, lang, id, ctx, fields, "visit", |r, _| {
        let date = r.date("visit-date");
        let notes = r.text("visit-notes");
        (Step::RecordVisit { date, notes }, Body::Coordination)
    })
    .await
}

pub async fn recommend(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    ctx: Ctx,
    Form(fields): Form<Fields>,
) -> PageResult {
    take(state, lang, id, ctx, fields, "recommend", |r, _| {
        let favourable = r.yes_no("recommend-favourable", "label-error-recommendation");
        let reasons = r.reasons("recommend-reasons");
        (
            Step::Recommend {
                favourable,
                reasons,
            },
            Body::Coordination,
        )
    })
    .await
}

pub async fn advise(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    ctx: Ctx,
    Form(fields): Form<Fields>,
) -> PageResult {
    take(state, lang, id, ctx, fields, "advise", |r, _| {
        let favourable = r.yes_no("advise-favourable", "label-error-advice");
        let meeting_date = r.date("advise-date");
        let notes = r.text("advise-notes");
        (
            Step::Advise {
                favourable,
                meeting_date,
                notes,
            },
            Body::WorkingGroup,
        )
    })
    .await
}

pub async fn decide(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    ctx: Ctx,
    Form(fields): Form<Fields>,
) -> PageResult {
    take(state, lang, id, ctx, fields, "decide", |r, _| {
        let granted = r.yes_no("decide-granted", "label-error-decision");
        let date = r.date("decide-date");
        let reasons = r.reasons("decide-reasons");
        (
            Step::Decide {
                granted,
                date,
                reasons,
            },
            Body::SteeringCommittee,
        )
    })
    .await
}

pub async fn withdraw(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    ctx: Ctx,
    Form(fields): Form<Fields>,
) -> PageResult {
    take(state, lang, id, ctx, fields, "withdraw", |r, role| {
        let date = r.date("withdraw-date");
        let reason = r.reasons("withdraw-reason");
        let body = super::body_for(role);
        (Step::Withdraw { date, reason, body }, body)
    })
    .await
}
