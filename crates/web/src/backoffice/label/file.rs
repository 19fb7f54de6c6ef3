//! An application's file: where it stands, the criteria explained, the
//! answers, the whole history (who, when, why) and the forms of the steps
//! this person may take now.

use std::collections::HashMap;

use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use domain::Lang;
use domain::account::Role;
use domain::label::{CriterionId, LabelState};
use domain::vocab::VocabKind;
use maud::{Markup, html};
use store::accounts::User;
use store::label::{LabelApplication, LabelEvent};

use super::load;
use crate::AppState;
use crate::auth::{Ctx, csrf_field};
use crate::i18n::{t, t_args};
use crate::ui::form::{FieldError, error_summary, field};
use crate::ui::form::{radios, textarea};
use crate::ui::format::long_date;
use crate::ui::format::{local_date, local_datetime};
use crate::ui::label::{body_name, state_name};
use crate::ui::label::{criteria_list, hours_text, price_words};
use crate::ui::layout::back_office_page;
use crate::ui::{PageLang, PageResult};

/// A step's form sent back with what was typed and what is wrong.
#[derive(Debug, Default)]
pub(crate) struct StepForm {
    pub step: &'static str,
    pub values: HashMap<String, String>,
    pub errors: Vec<FieldError>,
}

impl StepForm {
    fn value(&self, step: &str, field: &str) -> String {
        if self.step == step {
            self.values.get(field).cloned().unwrap_or_default()
        } else {
            String::new()
        }
    }
    fn errors(&self, step: &str) -> &[FieldError] {
        if self.step == step { &self.errors } else { &[] }
    }
}

pub async fn file_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    RawQuery(q): RawQuery,
    ctx: Ctx,
) -> PageResult {
    let (app, user) = load(&state, lang, &ctx, &id).await?;
    let notice = match q.as_deref() {
        Some("sent") => Some(t(lang, "label-notice-sent")),
        Some("done") => Some(t(lang, "label-notice-done")),
        Some("confirmed") => Some(t(lang, "label-notice-confirmed")),
        _ => None,
    };
    render(
        &state,
        lang,
        &ctx,
        &app,
        &user,
        notice,
        &StepForm::default(),
        StatusCode::OK,
    )
    .await
}

/// When the event happened: the date the body met (as recorded), the year
/// a report gives, or — for a step taken here — the date and time it was
/// taken (before, such steps said "unknown").
fn event_date(lang: Lang, tz: chrono_tz::Tz, e: &LabelEvent) -> String {
    match (&e.event_date, e.event_year) {
        (Some(d), _) => long_date(lang, d),
        (None, Some(y)) => y.to_string(),
        (None, None) if e.user_id.is_some() => local_datetime(lang, tz, e.at),
        // Taken from a report that does not date it: said so, not "unknown".
        (None, None) => t(lang, "label-date-unknown"),
    }
}

/// The event as one plain sentence ("The steering committee granted the label.").
fn event_sentence(lang: Lang, e: &LabelEvent) -> String {
    let outcome = match (e.step.as_str(), e.favourable) {
        ("decide", Some(true)) => "granted",
        ("decide", Some(false)) => "refused",
        (_, Some(true)) => "favourable",
        (_, Some(false)) => "unfavourable",
        (_, None) => "none",
    };
    t_args(
        lang,
        &format!("label-event-{}", e.step.replace('_', "-")),
        &[("outcome", outcome.to_owned().into())],
    )
}

fn history(lang: Lang, state: &AppState, events: &[LabelEvent]) -> Markup {
    html! {
        // Focusable, so that a keyboard can scroll it on a small screen.
        div.table-scroll tabindex="0" role="region" aria-label=(t(lang, "label-history-title")) {
            table.bo.label-table {
                caption { (t(lang, "label-history-title")) }
                thead { tr {
                    th scope="col" { (t(lang, "label-col-date")) }
                    th scope="col" { (t(lang, "label-col-step")) }
                    th scope="col" { (t(lang, "label-col-body")) }
                    th scope="col" { (t(lang, "label-col-recorded")) }
                    th scope="col" { (t(lang, "label-col-why")) }
                } }
                tbody {
                    @for e in events {
                        tr {
                            td { (event_date(lang, state.region.timezone, e)) }
                            td { (event_sentence(lang, e)) }
                            td { @match &e.body { Some(b) => (body_name(lang, b)), None => (t(lang, "label-body-unknown")) } }
                            td {
                                @match &e.user_name { Some(n) => span dir="auto" { (n) }, None => (t(lang, "label-recorded-from-source")) }
                                br; span.small { (local_datetime(lang, state.region.timezone, e.at)) }
                            }
                            td.label-why dir="auto" {
                                @if let Some(r) = &e.reasons { p { (r) } }
                                @if let Some(n) = &e.notes { p.small { (n) } }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn answers(lang: Lang, state: &AppState, app: &LabelApplication) -> Markup {
    let f = &app.facts;
    let dash = || t(lang, "label-not-answered");
    let row = |name: String, value: String| html! { tr { th scope="row" { (name) } td dir="auto" { (value) } } };
    html! {
        table.bo.label-table {
            caption { (t(lang, "label-answers-title")) }
            tbody {
                (row(t(lang, "label-field-computers"), f.computers.map_or_else(dash, |c| c.to_string())))
                (row(t(lang, "label-field-opening-hours"), f.opening_hours.clone().unwrap_or_else(dash)))
                (row(t(lang, "label-field-training-hours"), f.training_minutes.map_or_else(dash, |m| hours_text(lang, m))))
                (row(t(lang, "label-field-free-access-hours"), f.free_access_minutes.map_or_else(dash, |m| hours_text(lang, m))))
                (row(t(lang, "label-field-open-to-all-adults"), f.open_to_all_adults.map_or_else(dash, |b| t(lang, if b { "label-yes" } else { "label-no" }))))
                (row(t(lang, "label-field-basic-price"), f.basic_price.as_deref().map_or_else(dash, |p| price_words(lang, p))))
                (row(t(lang, "label-field-publics"), if f.publics.is_empty() { dash() } else {
                    f.publics.iter().map(|p| crate::ui::format::label(lang, VocabKind::Public, p)).collect::<Vec<_>>().join(", ")
                }))
                (row(t(lang, "label-field-activities"), f.activities.clone().unwrap_or_else(dash)))
                (row(t(lang, "label-charter-title"), match (&app.charter_version, app.charter_accepted_at) {
                    (Some(v), Some(at)) => t_args(lang, "label-charter-accepted", &[("version", v.clone().into()), ("date", local_date(lang, state.region.timezone, at).into())]),
                    _ => t(lang, "label-charter-not-accepted"),
                }))
            }
        }
    }
}

fn date_input(id: &str, label: &str, value: &str, errors: &[FieldError], max: &str) -> Markup {
    field(id, label, None, errors, |aria| {
        html! {
            input id=(id) name=(id) type="date" value=(value) max=(max)
                aria-invalid=[aria.invalid]
                aria-describedby=[aria.described_by];
        }
    })
}

/// The forms of the steps this person may take now.
fn actions(
    lang: Lang,
    state: &AppState,
    ctx: &Ctx,
    app: &LabelApplication,
    user: &User,
    form: &StepForm,
) -> Markup {
    let l = lang.code();
    let base = format!("/{l}/bo/label/applications/{}", app.id);
    let coordination = user.role.is_coordination();
    let committee = user.role == Role::Committee;
    let applicant = user.manages(app.organisation_id);
    let max = state.today().to_string();
    let yes_no = |yes: &str, no: &str| [("yes", t(lang, yes)), ("no", t(lang, no))];
    // Dates are today's until the person changes them (or sent them back empty).
    let date_value = |step: &str, field: &str| {
        if form.step == step {
            form.value(step, field)
        } else {
            max.clone()
        }
    };
    html! {
        @if app.state == LabelState::Draft && applicant {
            p { a href=(format!("{base}/edit")) { (t(lang, "label-continue")) } }
        }
        @if app.state == LabelState::Granted && applicant {
            p { a href=(format!("{base}/confirm")) { (t_args(lang, "label-confirm-link", &[("year", crate::i18n::Arg::Number(i64::from(chrono::Datelike::year(&state.today()))))])) } }
        }
        @if app.state == LabelState::Submitted && coordination {
            form method="post" action=(format!("{base}/examine")) {
                (csrf_field(ctx))
                button type="submit" { (t(lang, "label-action-examine")) }
            }
        }
        @if app.state == LabelState::UnderExamination && coordination {
            section aria-labelledby="visit-title" {
                h3 #visit-title { (t(lang, "label-action-visit-title")) }
                p { (t(lang, "label-action-visit-intro")) }
                (error_summary(lang, form.errors("visit")))
                form method="post" action=(format!("{base}/visit")) novalidate {
                    (csrf_field(ctx))
                    (date_input("visit-date", &t(lang, "label-field-visit-date"), &date_value("visit", "visit-date"), form.errors("visit"), &max))
                    (textarea("visit-notes", &t(lang, "label-field-notes"), None, &form.value("visit", "visit-notes"), form.errors("visit")))
                    button type="submit" { (t(lang, "label-action-visit")) }
                }
            }
            section aria-labelledby="recommend-title" {
                h3 #recommend-title { (t(lang, "label-action-recommend-title")) }
                (error_summary(lang, form.errors("recommend")))
                form method="post" action=(format!("{base}/recommend")) novalidate {
                    (csrf_field(ctx))
                    (radios("recommend-favourable", &t(lang, "label-field-recommendation"), None, &yes_no("label-favourable", "label-unfavourable"), &form.value("recommend", "recommend-favourable"), form.errors("recommend")))
                    (textarea("recommend-reasons", &t(lang, "label-field-reasons"), Some(&t(lang, "label-hint-reasons")), &form.value("recommend", "recommend-reasons"), form.errors("recommend")))
                    button type="submit" { (t(lang, "label-action-recommend")) }
                }
            }
        }
        @if app.state == LabelState::Recommended && committee {
            section aria-labelledby="advise-title" {
                h3 #advise-title { (t(lang, "label-action-advise-title")) }
                (error_summary(lang, form.errors("advise")))
                form method="post" action=(format!("{base}/advise")) novalidate {
                    (csrf_field(ctx))
                    (radios("advise-favourable", &t(lang, "label-field-advice"), None, &yes_no("label-favourable", "label-unfavourable"), &form.value("advise", "advise-favourable"), form.errors("advise")))
                    (date_input("advise-date", &t(lang, "label-field-meeting-date"), &date_value("advise", "advise-date"), form.errors("advise"), &max))
                    (textarea("advise-notes", &t(lang, "label-field-notes"), None, &form.value("advise", "advise-notes"), form.errors("advise")))
                    button type="submit" { (t(lang, "label-action-advise")) }
                }
            }
        }
        @if app.state == LabelState::Advised && committee {
            section aria-labelledby="decide-title" {
                h3 #decide-title { (t(lang, "label-action-decide-title")) }
                (error_summary(lang, form.errors("decide")))
                form method="post" action=(format!("{base}/decide")) novalidate {
                    (csrf_field(ctx))
                    (radios("decide-granted", &t(lang, "label-field-decision"), None, &yes_no("label-grant", "label-refuse"), &form.value("decide", "decide-granted"), form.errors("decide")))
                    (date_input("decide-date", &t(lang, "label-field-decision-date"), &date_value("decide", "decide-date"), form.errors("decide"), &max))
                    (textarea("decide-reasons", &t(lang, "label-field-reasons"), Some(&t(lang, "label-hint-reasons")), &form.value("decide", "decide-reasons"), form.errors("decide")))
                    button type="submit" { (t(lang, "label-action-decide")) }
                }
            }
        }
        @if app.state == LabelState::Granted && (coordination || committee) {
            section aria-labelledby="withdraw-title" {
                h3 #withdraw-title { (t(lang, "label-action-withdraw-title")) }
                p { (t(lang, "label-action-withdraw-intro")) }
                (error_summary(lang, form.errors("withdraw")))
                form method="post" action=(format!("{base}/withdraw")) novalidate {
                    (csrf_field(ctx))
                    (date_input("withdraw-date", &t(lang, "label-field-withdraw-date"), &date_value("withdraw", "withdraw-date"), form.errors("withdraw"), &max))
                    (textarea("withdraw-reason", &t(lang, "label-field-withdraw-reason"), None, &form.value("withdraw", "withdraw-reason"), form.errors("withdraw")))
                    button type="submit" { (t(lang, "label-action-withdraw")) }
                }
            }
        }
    }
}

#[allow(clippy::too_many_arguments)]
pub(crate) async fn render(
    state: &AppState,
    lang: Lang,
    ctx: &Ctx,
    app: &LabelApplication,
    user: &User,
    notice: Option<String>,
    form: &StepForm,
    status: StatusCode,
) -> PageResult {
    let (events, confirmation, flags) = (
        state.db.label_events(app.id).await?,
        state.db.label_confirmation(app.id).await?,
        state.db.label_flags(true).await?,
    );
    let flags: Vec<_> = flags
        .into_iter()
        .filter(|f| f.application_id == app.id)
        .collect();
    let l = lang.code();
    let no_answers = app.facts == store::label::LabelFacts::default();
    let results: Vec<_> = state.label_config().map_or_else(Vec::new, |c| {
        app.facts
            .evaluate_known(
                &c.rules,
                app.charter_version.is_some(),
                &state.region.country,
                state.today(),
            )
            .into_iter()
            .filter(|r| {
                r.id != CriterionId::Charter
                    || app.charter_version.is_some()
                    || app.state == LabelState::Draft
            })
            .collect()
    });
    let title = t_args(
        lang,
        "label-file-title",
        &[("places", app.place_names().into())],
    );
    let body = html! {
        p { a href=(format!("/{l}/bo/label")) { (t(lang, "label-back")) } }
        h1 dir="auto" { (title) }
        @if let Some(n) = &notice { p.notice role="status" { (n) } }
        p { (t(lang, "label-file-organisation")) " " span dir="auto" { (app.organisation_name) } }
        p.label-state { strong { (t(lang, "label-file-state")) " " (state_name(lang, app.state)) } }
        p { (t(lang, &format!("label-next-{}", app.state.code().replace('_', "-")))) }
        ul.label-list {
            @for p in &app.places {
                li {
                    @if state.directory().contains(p.id) {
                        a href=(format!("/{l}/places/{}", p.id)) dir="auto" { (p.name) }
                    } @else { span dir="auto" { (p.name) } }
                }
            }
        }
        @if !flags.is_empty() {
            section aria-labelledby="flags-title" {
                h2 #flags-title { (t(lang, "label-flags-title")) }
                ul { @for f in &flags { li { (super::queue::flag_sentence(lang, f)) } } }
            }
        }
        (actions(lang, state, ctx, app, user, form))
        h2 { (t(lang, "label-criteria-title")) }
        @if no_answers {
            p { (app.note.clone().unwrap_or_else(|| t(lang, "label-no-answers"))) }
        } @else {
            (criteria_list(lang, &results))
        }
        @if let Some((year, at, facts)) = &confirmation {
            h2 { (t_args(lang, "label-confirmation-title", &[("year", crate::i18n::Arg::Number(i64::from(*year)))])) }
            p { (t_args(lang, "label-confirmation-when", &[("date", local_date(lang, state.region.timezone, *at).into())])) }
            @if let Some(c) = state.label_config() {
                (criteria_list(lang, &store::label::LabelFacts { opening_hours: None, ..facts.clone() }
                    .evaluate_known(&c.rules, true, &state.region.country, state.today())
                    .into_iter().filter(|r| r.id != CriterionId::Charter).collect::<Vec<_>>()))
            }
        }
        @if !no_answers { (answers(lang, state, app)) }
        (history(lang, state, &events))
    };
    let page = back_office_page(
        lang,
        ctx,
        &title,
        &format!("/bo/label/applications/{}", app.id),
        body,
    );
    Ok((status, page).into_response())
}
