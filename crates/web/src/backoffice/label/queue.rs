//! The coordination's and committees' queue: applications waiting for each
//! body, labelled places flagged for review (with "looked at"), the yearly
//! confirmations still to come, places shown as labelled without a record,
//! and every application (the history, 2021 included), filtered by state.

use std::collections::HashMap;

use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect};
use chrono::Datelike;
use domain::Lang;
use domain::account::Role;
use domain::label::{CriterionId, CriterionResult, LabelState};
use maud::{Markup, html};
use store::accounts::User;
use store::label::{LabelApplication, LabelFilter, LabelFlag};

use super::home::applications_table;
use crate::AppState;
use crate::auth::{Ctx, csrf_field};
use crate::i18n::{Arg, t, t_args};
use crate::ui::format::local_date;
use crate::ui::label::explain;
use crate::ui::label::state_name;
use crate::ui::{PageError, PageLang, PageResult};

/// What a flag says, as a sentence: the place, the criterion explained, where the figure comes from.
pub(crate) fn flag_sentence(lang: Lang, f: &LabelFlag) -> String {
    let id = CriterionId::ALL
        .into_iter()
        .find(|c| c.code() == f.criterion);
    let why = id.map_or_else(
        || f.criterion.clone(),
        |id| {
            explain(
                lang,
                &CriterionResult {
                    id,
                    passed: false,
                    actual: f.actual.clone(),
                    required: f.required.clone(),
                    unreadable: false,
                },
            )
        },
    );
    let source = t(lang, &format!("label-flag-source-{}", f.source));
    match &f.place_name {
        Some(p) => t_args(
            lang,
            "label-flag-place",
            &[
                ("place", p.clone().into()),
                ("why", why.into()),
                ("source", source.into()),
            ],
        ),
        None => t_args(
            lang,
            "label-flag-epn",
            &[
                ("organisation", f.organisation_name.clone().into()),
                ("why", why.into()),
                ("source", source.into()),
            ],
        ),
    }
}

fn flags_section(
    lang: Lang,
    state: &AppState,
    ctx: &Ctx,
    user: &User,
    flags: &[LabelFlag],
) -> Markup {
    let l = lang.code();
    html! {
        section aria-labelledby="flags-title" {
            h2 #flags-title { (t(lang, "label-flags-title")) " (" (flags.len()) ")" }
            p { (t(lang, "label-flags-intro")) }
            @if flags.is_empty() { p { (t(lang, "label-flags-none")) } }
            @for f in flags {
                article.label-flag aria-labelledby=(format!("flag-{}", f.id)) {
                    p #(format!("flag-{}", f.id)) dir="auto" { (flag_sentence(lang, f)) }
                    p.small { (t_args(lang, "label-flag-raised", &[("date", local_date(lang, state.region.timezone, f.created_at).into())])) " · "
                        a href=(format!("/{l}/bo/label/applications/{}", f.application_id)) { (t(lang, "label-open-file")) } }
                    @if user.role.is_coordination() {
                        form method="post" action=(format!("/{l}/bo/label/flags/{}/resolve", f.id)) {
                            (csrf_field(ctx))
                            div.field {
                                label for=(format!("resolution-{}", f.id)) { (t(lang, "label-field-resolution")) }
                                input type="text" id=(format!("resolution-{}", f.id)) name="resolution";
                            }
                            button.secondary type="submit" { (t(lang, "label-flag-resolve")) }
                        }
                    }
                }
            }
        }
    }
}

pub(crate) async fn queue_view(
    state: &AppState,
    lang: Lang,
    ctx: &Ctx,
    user: &User,
    filter: Option<LabelState>,
    notice: Option<String>,
) -> Result<Markup, store::StoreError> {
    let l = lang.code();
    let all = state.db.label_applications(&LabelFilter::default()).await?;
    let flags = state.db.label_flags(true).await?;
    let year = state.today().year();
    let unconfirmed = state.db.labels_unconfirmed(year).await?;
    let coordination = user.role.is_coordination();
    let in_state = |states: &[LabelState]| -> Vec<&LabelApplication> {
        all.iter().filter(|a| states.contains(&a.state)).collect()
    };
    let examine = in_state(&[LabelState::Submitted, LabelState::UnderExamination]);
    let working_group = in_state(&[LabelState::Recommended]);
    let steering = in_state(&[LabelState::Advised]);
    let drafts = in_state(&[LabelState::Draft]).len();
    let by_id: HashMap<i64, &LabelApplication> = all.iter().map(|a| (a.id, a)).collect();
    let to_confirm: Vec<&LabelApplication> = unconfirmed
        .iter()
        .filter_map(|id| by_id.get(id).copied())
        .collect();
    let without_record = if coordination {
        let granted = state.db.granted_label_place_ids().await?;
        domain::quality::check_label_records(
            &state
                .directory()
                .places_where(|p| p.label == domain::LabelStatus::Labelled),
            &granted,
        )
    } else {
        Vec::new()
    };
    let shown: Vec<&LabelApplication> = all
        .iter()
        .filter(|a| filter.is_none_or(|s| a.state == s))
        .collect();
    let waiting = |title: &str, apps: &[&LabelApplication]| {
        html! {
            h2 { (title) " (" (apps.len()) ")" }
            @if apps.is_empty() { p { (t(lang, "label-queue-empty")) } } @else { (applications_table(lang, state, title, apps)) }
        }
    };
    Ok(html! {
        h1 { (t(lang, "label-home-title")) }
        @if let Some(n) = &notice { p.notice role="status" { (n) } }
        p { (t(lang, "label-home-intro-staff")) " " a href=(format!("/{l}/label")) { (t(lang, "label-home-about")) } " · "
            a href=(format!("/{l}/label/epn")) { (t(lang, "label-list-link")) } }
        @if user.role == Role::Committee {
            (waiting(&t(lang, "label-queue-working-group"), &working_group))
            (waiting(&t(lang, "label-queue-steering"), &steering))
            (waiting(&t(lang, "label-queue-examine"), &examine))
        } @else {
            (waiting(&t(lang, "label-queue-examine"), &examine))
            (waiting(&t(lang, "label-queue-working-group"), &working_group))
            (waiting(&t(lang, "label-queue-steering"), &steering))
        }
        p { (t_args(lang, "label-queue-drafts", &[("count", drafts.into())])) }
        (flags_section(lang, state, ctx, user, &flags))
        @if coordination {
            form method="post" action=(format!("/{l}/bo/label/review")) {
                (csrf_field(ctx))
                button.secondary type="submit" { (t(lang, "label-review-now")) }
            }
        }
        section aria-labelledby="confirm-title" {
            h2 #confirm-title { (t_args(lang, "label-unconfirmed-title", &[("year", Arg::Number(i64::from(year))), ("count", to_confirm.len().into())])) }
            p { (t(lang, "label-unconfirmed-intro")) }
            @if !to_confirm.is_empty() {
                ul.label-list {
                    @for a in &to_confirm {
                        li { a href=(format!("/{l}/bo/label/applications/{}", a.id)) dir="auto" { (a.place_names()) } }
                    }
                }
            }
        }
        @if !without_record.is_empty() {
            section aria-labelledby="norecord-title" {
                h2 #norecord-title { (t(lang, "quality-kind-labelled-without-record")) " (" (without_record.len()) ")" }
                p { (t(lang, "check-labelled-without-record-todo")) }
                ul { @for f in &without_record { li { a href=(format!("/{l}/places/{}", f.place_id)) dir="auto" { (f.place_name) } } } }
            }
        }
        section aria-labelledby="all-title" {
            h2 #all-title { (t(lang, "label-all-title")) }
            form.bomod-filter method="get" action=(format!("/{l}/bo/label")) {
                div.field {
                    label for="state" { (t(lang, "label-filter-state")) }
                    select #state name="state" {
                        option value="" { (t(lang, "label-filter-all")) }
                        @for s in LabelState::ALL {
                            option value=(s.code()) selected[filter == Some(s)] { (state_name(lang, s)) }
                        }
                    }
                }
                button.secondary type="submit" { (t(lang, "label-filter-show")) }
            }
            p.count { (t_args(lang, "label-all-count", &[("count", shown.len().into())])) }
            (applications_table(lang, state, &t(lang, "label-all-title"), &shown))
        }
    })
}

/// Looks at every labelled place now (the daily job does the same).
pub async fn review_now(State(state): State<AppState>, PageLang(lang): PageLang) -> PageResult {
    let run = state
        .db
        .review_labels(&state.region, state.today(), state.now().timestamp())
        .await?;
    Ok(Redirect::to(&format!(
        "/{}/bo/label?reviewed={}",
        lang.code(),
        run.raised.len()
    ))
    .into_response())
}

/// The coordination has looked at a flag; the label is unchanged.
pub async fn resolve(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    ctx: Ctx,
    Form(fields): Form<HashMap<String, String>>,
) -> PageResult {
    let id = id.parse::<i64>().map_err(|_| PageError::NotFound)?;
    let note = fields
        .get("resolution")
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| t(lang, "label-flag-looked-at"));
    let user = ctx.user()?;
    let resolved = state
        .db
        .resolve_label_flag(id, Some(user.id), &note, state.now().timestamp())
        .await?;
    if !resolved {
        return Err(PageError::NotFound);
    }
    Ok(Redirect::to(&format!("/{}/bo/label?resolved", lang.code())).into_response())
}
