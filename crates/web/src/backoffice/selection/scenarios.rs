//! Scenarios of selection under the envelope, side by side (granted total,
//! what remains, a warning with the amount when over the envelope), the
//! form of a new scenario (applications in the jury's ranking, amounts
//! prefilled with what was asked), and the decision: the scenario
//! retained, its date and the jury's minutes.

use std::collections::BTreeMap;

use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::response::{IntoResponse, Redirect};
use chrono::NaiveDate;
use domain::Lang;
use domain::grants::selection::LineProblem;
use domain::money::{euros_plain, parse_euros};
use maud::html;
use store::grants::Call;
use store::grants::selection::SelectionError;

use super::{call_nav, call_of, crumbs, fields, query_value, with_status};
use crate::AppState;
use crate::auth::{Ctx, csrf_field};
use crate::i18n::{t, t_args};
use crate::services::jury::results;
use crate::ui::budget::euros;
use crate::ui::form::{FieldError, error_summary, field, text_input, textarea};
use crate::ui::format::long_date;
use crate::ui::jury::{
    application_label, application_name, call_title, num_cell, score_text, status_name,
};
use crate::ui::layout::back_office_page;
use crate::ui::{PageLang, PageResult};

pub(super) async fn page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, key)): Path<(String, String)>,
    RawQuery(raw): RawQuery,
    ctx: Ctx,
) -> PageResult {
    let call = call_of(&state, &key).await?;
    let notice = if query_value(&raw, "saved").is_some() {
        Some(t(lang, "selection-scenario-saved"))
    } else if query_value(&raw, "decided").is_some() {
        Some(t(lang, "selection-decision-saved"))
    } else {
        None
    };
    render(&state, lang, &ctx, &call, notice, None, &[]).await
}

/// What remains of the envelope, or by how much it is exceeded.
fn remaining(lang: Lang, envelope: i64, granted: i64) -> maud::Markup {
    let rest = envelope - granted;
    html! {
        @if rest < 0 {
            strong.over { (t(lang, "selection-over-envelope")) " " (euros(-rest)) }
        } @else {
            (euros(rest))
        }
    }
}

async fn render(
    state: &AppState,
    lang: Lang,
    ctx: &Ctx,
    call: &Call,
    notice: Option<String>,
    typed: Option<&BTreeMap<String, String>>,
    errors: &[FieldError],
) -> PageResult {
    let l = lang.code();
    let k = &call.def.key;
    let r = results(state, call).await?;
    let scenarios = state.db.scenarios(call.id).await?;
    let decision = state.db.decision(call.id).await?;
    let env = call.def.envelope_cents;
    let title = t_args(
        lang,
        "selection-scenarios-title",
        &[("call", call_title(lang, call).into())],
    );
    let v = |f: &str| typed.and_then(|t| t.get(f).cloned()).unwrap_or_default();
    let body = html! {
        (error_summary(lang, errors))
        (crumbs(lang))
        h1 { (title) }
        @if let Some(n) = &notice { p.notice role="status" { (n) } }
        (call_nav(lang, call))
        p #envelope {
            (t(lang, "selection-envelope")) " " (euros(env)) ". "
            (t(lang, "selection-range")) " " (euros(call.def.min_cents)) " – " (euros(call.def.max_cents)) "."
        }
        @if let Some(d) = &decision {
            h2 #decision-title { (t(lang, "selection-decision-title")) }
            dl.details #decision {
                dt { (t(lang, "selection-decided-on")) } dd { (long_date(lang, &d.decided_on.to_string())) }
                dt { (t(lang, "selection-scenario")) } dd { (scenarios.iter().find(|s| Some(s.id) == d.scenario_id).map_or("–", |s| s.name.as_str())) }
                dt { (t(lang, "selection-minutes")) } dd { bdi { (d.minutes) } }
            }
        }
        h2 #compare-title { (t(lang, "selection-compare-title")) }
        @if scenarios.is_empty() { p { (t(lang, "selection-no-scenarios")) } }
        @else {
            div.table-scroll tabindex="0" role="region" aria-labelledby="compare-title" {
                table.bo #selection-scenarios {
                    caption { (t_args(lang, "selection-compare-caption", &[("count", scenarios.len().into())])) }
                    thead { tr {
                        th scope="col" { (t(lang, "jury-field-application")) }
                        th scope="col" { (t(lang, "selection-mean")) }
                        th scope="col" { (t(lang, "jury-field-asked")) }
                        @for s in &scenarios { th scope="col" { (s.name) } }
                    } }
                    tbody {
                        @for a in &r.applications {
                            tr {
                                th scope="row" lang=(a.application.app.lang) { (application_label(&a.application)) " " span.small { "(" (status_name(lang, a.application.status)) ")" } }
                                (num_cell(score_text(lang, a.stats.mean)))
                                td.num { @if let Some(c) = a.application.app.amount_cents { (euros(c)) } }
                                @for s in &scenarios {
                                    td.num { @match s.amount_for(a.application.id) { Some(c) => (euros(c)), None => "–" } }
                                }
                            }
                        }
                    }
                    tfoot {
                        tr {
                            th scope="row" colspan="3" { (t(lang, "selection-granted")) }
                            @for s in &scenarios { td.num { (euros(s.granted_cents())) } }
                        }
                        tr {
                            th scope="row" colspan="3" { (t(lang, "selection-remaining")) }
                            @for s in &scenarios { td.num { (remaining(lang, env, s.granted_cents())) } }
                        }
                    }
                }
            }
            @for s in &scenarios {
                @if s.granted_cents() > env {
                    p.notice.warning { (t_args(lang, "selection-over-warning", &[("name", s.name.clone().into()), ("over", format!("{} €", domain::money::euros_text(s.granted_cents() - env)).into())])) }
                }
            }
        }
        @if decision.is_none() {
            h2 #new-title { (t(lang, "selection-new-title")) }
            p { (t(lang, "selection-new-intro")) }
            form method="post" action=(format!("/{l}/bo/selection/{k}/scenarios")) novalidate aria-labelledby="new-title" {
                (csrf_field(ctx))
                (text_input("name", &t(lang, "selection-scenario-name"), "text", &v("name"), None, errors))
                (textarea("note", &t(lang, "selection-scenario-note"), None, &v("note"), errors))
                div.table-scroll tabindex="0" role="region" aria-labelledby="new-title" {
                    table.bo #scenario-lines {
                        caption { (t(lang, "selection-lines-caption")) }
                        thead { tr {
                            th scope="col" { (t(lang, "selection-pick")) }
                            th scope="col" { (t(lang, "selection-rank")) }
                            th scope="col" { (t(lang, "selection-mean")) }
                            th scope="col" { (t(lang, "selection-amount")) }
                        } }
                        tbody {
                            @for a in r.applications.iter().filter(|a| a.application.status == domain::grants::application::Status::Submitted) {
                                @let id = a.application.id;
                                @let pick = format!("pick-{id}");
                                @let amount = format!("amount-{id}");
                                @let asked = a.application.app.amount_cents.map(|c| euros_plain(c, if lang == Lang::En { '.' } else { ',' })).unwrap_or_default();
                                @let value = match typed { Some(t) => t.get(&amount).cloned().unwrap_or_default(), None => asked };
                                @let err = crate::ui::form::error_for(errors, &amount);
                                tr {
                                    td {
                                        div.check {
                                            input type="checkbox" id=(pick) name=(pick) value="1" checked[typed.is_some_and(|t| t.contains_key(&pick))];
                                            label for=(pick) lang=(a.application.app.lang) { (application_label(&a.application)) }
                                        }
                                    }
                                    (num_cell(a.rank.to_string()))
                                    (num_cell(score_text(lang, a.stats.mean)))
                                    td {
                                        label.visually-hidden for=(amount) { (t_args(lang, "selection-amount-for", &[("application", application_name(&a.application).into())])) }
                                        @if let Some(e) = err { p.field-error id=(format!("{amount}-error")) { (e) } }
                                        input.amount type="text" inputmode="decimal" id=(amount) name=(amount) value=(value) size="10"
                                            aria-invalid=[err.map(|_| "true")] aria-describedby=[err.map(|_| format!("{amount}-error"))];
                                        " €"
                                    }
                                }
                            }
                        }
                    }
                }
                button type="submit" { (t(lang, "selection-save-scenario")) }
            }
            @if !scenarios.is_empty() {
                h2 #decide-title { (t(lang, "selection-decide-title")) }
                p { (t(lang, "selection-decide-intro")) }
                form method="post" action=(format!("/{l}/bo/selection/{k}/decision")) novalidate aria-labelledby="decide-title" {
                    (csrf_field(ctx))
                    (field("scenario", &t(lang, "selection-scenario"), None, errors, |aria| html! {
                        select #scenario name="scenario" aria-invalid=[aria.invalid] aria-describedby=[aria.described_by] {
                            option value="" { (t(lang, "selection-choose")) }
                            @for s in &scenarios {
                                @let id = s.id.to_string();
                                option value=(id) selected[v("scenario") == id] { (s.name) }
                            }
                        }
                    }))
                    (text_input("decided_on", &t(lang, "selection-decided-on"), "date", &v("decided_on"), Some(&t(lang, "selection-date-hint")), errors))
                    (textarea("minutes", &t(lang, "selection-minutes"), Some(&t(lang, "selection-minutes-hint")), &v("minutes"), errors))
                    button type="submit" { (t(lang, "selection-decide-button")) }
                }
            }
        }
    };
    Ok(with_status(
        back_office_page(
            lang,
            ctx,
            &title,
            &format!("/bo/selection/{k}/scenarios"),
            body,
        ),
        errors,
    ))
}

pub(super) async fn create(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, key)): Path<(String, String)>,
    ctx: Ctx,
    body: Bytes,
) -> PageResult {
    let call = call_of(&state, &key).await?;
    let f = fields(&body);
    let mut errors = Vec::new();
    let name = f
        .get("name")
        .map(|s| s.trim().to_string())
        .unwrap_or_default();
    if name.is_empty() {
        errors.push(FieldError::new("name", t(lang, "selection-error-name")));
    }
    let apps = state.db.applications_of_call(call.id).await?;
    let mut lines = Vec::new();
    for a in &apps {
        if !f.contains_key(&format!("pick-{}", a.id)) {
            continue;
        }
        let field = format!("amount-{}", a.id);
        match parse_euros(f.get(&field).map_or("", String::as_str), i64::MAX / 4) {
            Ok(c) if c > 0 => lines.push((a.id, c)),
            _ => errors.push(FieldError::new(
                &field,
                t_args(
                    lang,
                    "selection-error-amount",
                    &[("application", application_name(a).into())],
                ),
            )),
        }
    }
    if lines.is_empty() && errors.is_empty() {
        errors.push(FieldError::new("name", t(lang, "selection-error-no-line")));
    }
    if !errors.is_empty() {
        return render(&state, lang, &ctx, &call, None, Some(&f), &errors).await;
    }
    let note = f.get("note").map(String::as_str);
    match state
        .db
        .create_scenario(
            call.id,
            &name,
            note,
            &lines,
            Some(ctx.user()?.id),
            state.now().timestamp(),
        )
        .await
    {
        Ok(_) => Ok(Redirect::to(&format!(
            "/{}/bo/selection/{key}/scenarios?saved=1",
            lang.code()
        ))
        .into_response()),
        Err(SelectionError::Lines(problems)) => {
            let by_ref = |r: &str| {
                apps.iter()
                    .find(|a| a.reference.as_deref() == Some(r) || a.id.to_string() == r)
            };
            let errors: Vec<FieldError> = problems
                .iter()
                .filter_map(|p| {
                    let (r, key) = match p {
                        LineProblem::NotPositive(r) => (r, "selection-error-amount"),
                        LineProblem::AboveAsked(r) => (r, "selection-error-above-asked"),
                        LineProblem::OutsideRange(r) => (r, "selection-error-range"),
                    };
                    let a = by_ref(r)?;
                    Some(FieldError::new(
                        &format!("amount-{}", a.id),
                        t_args(lang, key, &[("application", application_name(a).into())]),
                    ))
                })
                .collect();
            render(&state, lang, &ctx, &call, None, Some(&f), &errors).await
        }
        Err(SelectionError::Store(e)) => Err(e.into()),
        Err(_) => {
            let errors = vec![FieldError::new("name", t(lang, "selection-error-not-now"))];
            render(&state, lang, &ctx, &call, None, Some(&f), &errors).await
        }
    }
}

pub(super) async fn decide(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, key)): Path<(String, String)>,
    ctx: Ctx,
    body: Bytes,
) -> PageResult {
    let call = call_of(&state, &key).await?;
    let f = fields(&body);
    let get = |k: &str| f.get(k).map(|s| s.trim().to_string()).unwrap_or_default();
    let mut errors = Vec::new();
    let scenario = get("scenario").parse::<i64>().ok();
    if scenario.is_none() {
        errors.push(FieldError::new(
            "scenario",
            t(lang, "selection-error-scenario"),
        ));
    }
    let date = NaiveDate::parse_from_str(&get("decided_on"), "%Y-%m-%d").ok();
    if date.is_none() {
        errors.push(FieldError::new(
            "decided_on",
            t(lang, "selection-error-date"),
        ));
    }
    if get("minutes").is_empty() {
        errors.push(FieldError::new(
            "minutes",
            t(lang, "selection-error-minutes"),
        ));
    }
    let (Some(scenario), Some(date), true) = (scenario, date, errors.is_empty()) else {
        return render(&state, lang, &ctx, &call, None, Some(&f), &errors).await;
    };
    let refusal = t(lang, "selection-refusal-note");
    match state
        .db
        .record_decision(
            call.id,
            scenario,
            date,
            &get("minutes"),
            &refusal,
            Some(ctx.user()?.id),
            state.now().timestamp(),
        )
        .await
    {
        Ok(()) => Ok(Redirect::to(&format!(
            "/{}/bo/selection/{key}/scenarios?decided=1",
            lang.code()
        ))
        .into_response()),
        Err(SelectionError::Store(e)) => Err(e.into()),
        Err(SelectionError::NotDecided) => {
            let errors = vec![FieldError::new(
                "scenario",
                t(lang, "selection-error-scenario"),
            )];
            render(&state, lang, &ctx, &call, None, Some(&f), &errors).await
        }
        Err(_) => {
            let errors = vec![FieldError::new(
                "scenario",
                t(lang, "selection-error-not-now"),
            )];
            render(&state, lang, &ctx, &call, None, Some(&f), &errors).await
        }
    }
}
