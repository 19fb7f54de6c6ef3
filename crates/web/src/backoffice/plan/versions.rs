//! The versions of the plan: the list, the coordination's submission to the
//! steering committee, one version with what changed since the last
//! approved version before it, and the committee's decision (approve, or
//! return with a reason). Refusals (a version already waits, nothing
//! changed, already decided) are 409 pages that say where things stand.

use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::response::{IntoResponse, Redirect};
use domain::Lang;
use domain::account::Role;
use domain::deliverable::{Quarter, Status};
use domain::plan::Plan;
use domain::plan_version::{Change, FieldChange, Item, Snapshot, diff};
use maud::{Markup, html};
use store::plan::{Decision, PlanVersion, VersionRefusal};

use super::{decision_name, edits, plan, plan_nav, query_value, version_name, who_when};
use crate::AppState;
use crate::auth::{Ctx, csrf_field};
use crate::i18n::{t, t_args};
use crate::ui::budget::measure_name;
use crate::ui::form::{FieldError, error_summary, textarea};
use crate::ui::layout::back_office_page;
use crate::ui::plan::{
    change_kind_name, field_name, item_text, organisation_name, quarter_text, status_name,
};
use crate::ui::{PageError, PageLang, PageResult};

fn form_value(body: &Bytes, key: &str) -> String {
    form_urlencoded::parse(body)
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default()
}

fn is_committee(ctx: &Ctx) -> bool {
    ctx.user.as_ref().is_some_and(|u| u.role == Role::Committee)
}

pub(super) async fn list_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    ctx: Ctx,
) -> PageResult {
    let plan = plan(&state)?;
    let l = lang.code();
    let versions = state.db.plan_versions(&plan.code).await?;
    let pending = versions.iter().find(|v| v.decision == Decision::Pending);
    let title = t(lang, "plan-bo-versions-title");
    let none = t(lang, "plan-bo-none");
    let body = html! {
        nav.crumbs aria-label=(t(lang, "breadcrumb")) { a href=(format!("/{l}/bo/plan")) { (t(lang, "plan-bo-title")) } }
        h1 { (title) }
        (plan_nav(lang, &ctx))
        p { (t(lang, "plan-bo-versions-intro")) }
        @if let Some(v) = pending {
            p.notice #plan-version-pending {
                (t(lang, "plan-bo-pending")) " "
                a href=(format!("/{l}/bo/plan/versions/{}", v.id)) { (version_name(lang, v.number)) }
                @if is_committee(&ctx) { " " (t(lang, "plan-bo-pending-committee")) }
            }
        }
        @if edits(&ctx) {
            h2 #submit-title { (t(lang, "plan-bo-submit-title")) }
            @if let Some(v) = pending {
                p { (t_args(lang, "plan-bo-submit-waits", &[("version", version_name(lang, v.number).into())])) }
            } @else {
                p { (t(lang, "plan-bo-submit-intro")) }
                form method="post" action=(format!("/{l}/bo/plan/versions")) novalidate aria-labelledby="submit-title" {
                    (csrf_field(&ctx))
                    (textarea("note", &t(lang, "plan-bo-submit-note"), Some(&t(lang, "plan-bo-submit-note-hint")), "", &[]))
                    button type="submit" { (t(lang, "plan-bo-submit-button")) }
                }
            }
        }
        h2 #versions-list-title { (t(lang, "plan-bo-versions-list-title")) }
        @if versions.is_empty() { p #plan-versions-empty { (t(lang, "plan-bo-versions-empty")) } }
        @else {
            div.table-scroll tabindex="0" role="region" aria-labelledby="versions-list-title" {
                table.bo #plan-versions {
                    caption { (t_args(lang, "plan-bo-versions-caption", &[("count", versions.len().into())])) }
                    thead { tr {
                        th scope="col" { (t(lang, "plan-bo-version")) }
                        th scope="col" { (t(lang, "plan-bo-submitted")) }
                        th scope="col" { (t(lang, "plan-bo-submit-note")) }
                        th scope="col" { (t(lang, "plan-bo-decision")) }
                        th scope="col" { (t(lang, "plan-bo-decided")) }
                        th scope="col" { (t(lang, "plan-bo-decision-note")) }
                    } }
                    tbody {
                        @for v in &versions {
                            tr {
                                th scope="row" { a href=(format!("/{l}/bo/plan/versions/{}", v.id)) { (version_name(lang, v.number)) } }
                                td { (who_when(lang, &state, v.submitted_by_email.as_deref(), v.submitted_at)) }
                                td { bdi { (v.note.as_deref().unwrap_or(&none)) } }
                                td { (decision_name(lang, v.decision)) }
                                td { @match v.decided_at { Some(at) => (who_when(lang, &state, v.decided_by_email.as_deref(), at)), None => (none) } }
                                td { bdi { (v.decision_note.as_deref().unwrap_or(&none)) } }
                            }
                        }
                    }
                }
            }
        }
    };
    Ok(back_office_page(
        lang,
        &ctx,
        &title,
        "/bo/plan/versions",
        body,
    ))
}

pub(super) async fn submit(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    ctx: Ctx,
    body: Bytes,
) -> PageResult {
    let plan = plan(&state)?;
    let user = ctx.user()?.clone();
    let l = lang.code();
    let note = form_value(&body, "note");
    let out = state
        .db
        .submit_plan_version(plan, Some(&note), Some(user.id), state.now().timestamp())
        .await?;
    match out {
        Ok(id) => {
            Ok(Redirect::to(&format!("/{l}/bo/plan/versions/{id}?submitted=1")).into_response())
        }
        Err(VersionRefusal::AlreadyPending(n)) => {
            let versions = state.db.plan_versions(&plan.code).await?;
            let id = versions.iter().find(|v| v.number == n).map(|v| v.id);
            Err(PageError::conflict(
                t_args(
                    lang,
                    "plan-bo-refused-pending-title",
                    &[("version", version_name(lang, n).into())],
                ),
                html! {
                    p { (t(lang, "plan-bo-refused-pending-text")) }
                    @if let Some(id) = id {
                        p { a href=(format!("/{l}/bo/plan/versions/{id}")) { (t_args(lang, "plan-bo-see-version", &[("version", version_name(lang, n).into())])) } }
                    }
                },
            ))
        }
        Err(_) => Err(PageError::conflict(
            t(lang, "plan-bo-refused-unchanged-title"),
            html! {
                p { (t(lang, "plan-bo-refused-unchanged-text")) }
                p { a href=(format!("/{l}/bo/plan")) { (t(lang, "plan-bo-back-to-list")) } }
            },
        )),
    }
}

async fn load(state: &AppState, plan: &Plan, id: &str) -> PageResult<(PlanVersion, Snapshot)> {
    let id = id.parse::<i64>().map_err(|_| PageError::NotFound)?;
    state
        .db
        .plan_version(id)
        .await?
        .filter(|(v, _)| v.plan == plan.code)
        .ok_or(PageError::NotFound)
}

pub(super) async fn page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    RawQuery(raw): RawQuery,
    ctx: Ctx,
) -> PageResult {
    let plan = plan(&state)?;
    let (v, snap) = load(&state, plan, &id).await?;
    let notice = if query_value(&raw, "submitted").is_some() {
        Some(t(lang, "plan-bo-submitted-notice"))
    } else if query_value(&raw, "decided").is_some() {
        Some(t(lang, "plan-bo-decided-notice"))
    } else {
        None
    };
    render(&state, lang, &ctx, plan, &v, &snap, notice, "", &[]).await
}

pub(super) async fn decide(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    ctx: Ctx,
    body: Bytes,
) -> PageResult {
    let plan = plan(&state)?;
    let user = ctx.user()?.clone();
    let l = lang.code();
    let (v, snap) = load(&state, plan, &id).await?;
    let refused = || {
        PageError::conflict(
            t_args(
                lang,
                "plan-bo-refused-decided-title",
                &[("version", version_name(lang, v.number).into())],
            ),
            html! {
                p { (t(lang, "plan-bo-refused-decided-text")) }
                p { a href=(format!("/{l}/bo/plan/versions/{}", v.id)) { (t_args(lang, "plan-bo-see-version", &[("version", version_name(lang, v.number).into())])) } }
            },
        )
    };
    if v.decision != Decision::Pending {
        return Err(refused());
    }
    let note = form_value(&body, "decision-note");
    let approve = match form_value(&body, "decision").as_str() {
        "approve" => true,
        "return" => false,
        _ => {
            let errors = [FieldError::new(
                "decision-note",
                t(lang, "plan-bo-problem-no-decision"),
            )];
            return render(&state, lang, &ctx, plan, &v, &snap, None, &note, &errors).await;
        }
    };
    if !approve && note.trim().is_empty() {
        let errors = [FieldError::new(
            "decision-note",
            t(lang, "plan-bo-problem-return-needs-note"),
        )];
        return render(&state, lang, &ctx, plan, &v, &snap, None, &note, &errors).await;
    }
    match state
        .db
        .decide_plan_version(
            v.id,
            approve,
            Some(&note),
            Some(user.id),
            state.now().timestamp(),
        )
        .await?
    {
        Ok(()) => {
            Ok(Redirect::to(&format!("/{l}/bo/plan/versions/{}?decided=1", v.id)).into_response())
        }
        Err(VersionRefusal::Unknown) => Err(PageError::NotFound),
        Err(_) => Err(refused()),
    }
}

/// A field of a change, named readably: "Name (Nederlands)", "Status".
fn change_field_name(lang: Lang, field: &str) -> String {
    let (base, in_lang) = match field.split_once('.') {
        Some((b, code)) => (b, Lang::ALL.iter().find(|x| x.code() == code).copied()),
        None => (field, None),
    };
    let name = match base {
        "measure" | "what" | "lang" | "owner" | "due" | "status" | "note" => field_name(lang, base),
        "evidence" => t(lang, "plan-bo-evidence"),
        "name" | "summary" | "years" | "actuals_public" | "in_plan" | "number" | "axis"
        | "owners" | "partners" | "publics" | "areas" => t(
            lang,
            &format!("plan-bo-diff-field-{}", base.replace('_', "-")),
        ),
        other => other.to_string(),
    };
    match in_lang {
        Some(x) => t_args(
            lang,
            "plan-bo-field-in-lang",
            &[
                ("field", name.into()),
                ("lang", x.autonym().to_string().into()),
            ],
        ),
        None => name,
    }
}

/// A field's value, in words where the value is a code of the plan.
fn change_value(lang: Lang, plan: &Plan, field: &str, value: &str) -> String {
    match field {
        "status" => {
            Status::parse(value).map_or_else(|| value.to_string(), |s| status_name(lang, s))
        }
        "due" => Quarter::parse(value).map_or_else(|| value.to_string(), |q| quarter_text(lang, q)),
        "owner" => organisation_name(lang, plan, value),
        "measure" => value
            .parse()
            .map_or_else(|_| value.to_string(), |n| measure_name(lang, plan, n)),
        "lang" => Lang::ALL
            .iter()
            .find(|x| x.code() == value)
            .map_or_else(|| value.to_string(), |x| x.autonym().to_string()),
        "actuals_public" | "in_plan" => t(
            lang,
            if value == "true" {
                "plan-bo-yes"
            } else {
                "plan-bo-no"
            },
        ),
        _ => value.to_string(),
    }
}

fn field_line(lang: Lang, plan: &Plan, f: &FieldChange) -> Markup {
    let none = t(lang, "plan-bo-empty-value");
    let v = |x: &Option<String>| {
        x.as_deref()
            .map_or_else(|| none.clone(), |s| change_value(lang, plan, &f.field, s))
    };
    html! {
        li {
            strong { (change_field_name(lang, &f.field)) } ": "
            @match (&f.before, &f.after) {
                (None, Some(_)) => { bdi { (v(&f.after)) } }
                (Some(_), None) => { bdi { (v(&f.before)) } " " (t(lang, "plan-bo-value-removed")) }
                _ => {
                    (t(lang, "plan-bo-before")) " " bdi { (v(&f.before)) }
                    (t(lang, "plan-bo-after")) " " bdi { (v(&f.after)) }
                }
            }
        }
    }
}

/// The text of a deliverable in either snapshot, to say which one changed.
fn deliverable_what<'a>(id: i64, snaps: &[&'a Snapshot]) -> Option<(&'a str, &'a str)> {
    snaps.iter().find_map(|s| {
        s.deliverables
            .iter()
            .find(|d| d.id == id)
            .map(|d| (d.deliverable.what.as_str(), d.deliverable.lang.as_str()))
    })
}

fn changes_list(
    lang: Lang,
    plan: &Plan,
    changes: &[Change],
    before: &Snapshot,
    after: &Snapshot,
) -> Markup {
    html! {
        ul.changes #plan-version-changes {
            @for c in changes {
                li {
                    strong { (item_text(lang, plan, &c.item)) }
                    @if let Item::Deliverable(id) = &c.item {
                        @if let Some((w, wl)) = deliverable_what(*id, &[after, before]) { " – " bdi lang=(wl) { (w) } }
                    }
                    " (" (change_kind_name(lang, c.kind)) ")"
                    @if !c.fields.is_empty() {
                        ul { @for f in &c.fields { (field_line(lang, plan, f)) } }
                    }
                }
            }
        }
    }
}

#[allow(clippy::too_many_arguments)]
async fn render(
    state: &AppState,
    lang: Lang,
    ctx: &Ctx,
    plan: &Plan,
    v: &PlanVersion,
    snap: &Snapshot,
    notice: Option<String>,
    note: &str,
    errors: &[FieldError],
) -> PageResult {
    let l = lang.code();
    let none = t(lang, "plan-bo-none");
    let before = state
        .db
        .last_approved_plan_version(&plan.code, Some(v.number))
        .await?;
    let title = version_name(lang, v.number);
    let actions: usize = snap.plan.measures.iter().map(|m| m.actions.len()).sum();
    let body = html! {
        (error_summary(lang, errors))
        nav.crumbs aria-label=(t(lang, "breadcrumb")) { a href=(format!("/{l}/bo/plan/versions")) { (t(lang, "plan-bo-versions-title")) } }
        h1 { (title) }
        @if let Some(n) = &notice { p.notice role="status" { (n) } }
        (plan_nav(lang, ctx))
        dl.details #plan-version {
            dt { (t(lang, "plan-bo-submitted")) } dd { (who_when(lang, state, v.submitted_by_email.as_deref(), v.submitted_at)) }
            dt { (t(lang, "plan-bo-submit-note")) } dd { bdi { (v.note.as_deref().unwrap_or(&none)) } }
            dt { (t(lang, "plan-bo-decision")) } dd #plan-version-decision { (decision_name(lang, v.decision)) }
            @if let Some(at) = v.decided_at {
                dt { (t(lang, "plan-bo-decided")) } dd { (who_when(lang, state, v.decided_by_email.as_deref(), at)) }
                dt { (t(lang, "plan-bo-decision-note")) } dd { bdi { (v.decision_note.as_deref().unwrap_or(&none)) } }
            }
        }
        h2 #changes-title { (t(lang, "plan-bo-changes-title")) }
        @match &before {
            None => p #plan-version-first {
                (t_args(lang, "plan-bo-first-version", &[
                    ("measures", snap.plan.measures.len().into()),
                    ("actions", actions.into()),
                    ("deliverables", snap.deliverables.len().into()),
                ]))
            },
            Some((bv, bsnap)) => {
                @let changes = diff(bsnap, snap);
                p #plan-version-since {
                    (t_args(lang, "plan-bo-changes-since", &[
                        ("count", changes.len().into()),
                        ("version", version_name(lang, bv.number).into()),
                    ]))
                    " "
                    a href=(format!("/{l}/bo/plan/versions/{}", bv.id)) { (t_args(lang, "plan-bo-see-version", &[("version", version_name(lang, bv.number).into())])) }
                }
                @if !changes.is_empty() { (changes_list(lang, plan, &changes, bsnap, snap)) }
            }
        }
        @if v.decision == Decision::Pending {
            @if is_committee(ctx) {
                h2 #decide-title { (t(lang, "plan-bo-decide-title")) }
                p { (t(lang, "plan-bo-decide-intro")) }
                form method="post" action=(format!("/{l}/bo/plan/versions/{}/decide", v.id)) novalidate aria-labelledby="decide-title" {
                    (csrf_field(ctx))
                    (textarea("decision-note", &t(lang, "plan-bo-decision-note"), Some(&t(lang, "plan-bo-decision-note-hint")), note, errors))
                    div.actions {
                        button type="submit" name="decision" value="approve" { (t(lang, "plan-bo-approve-button")) }
                        " "
                        button.secondary type="submit" name="decision" value="return" { (t(lang, "plan-bo-return-button")) }
                    }
                }
            } @else {
                p #plan-version-waits { (t(lang, "plan-bo-waits-committee")) }
            }
        }
    };
    Ok(crate::ui::layout::back_office_form_page(
        lang,
        ctx,
        &title,
        &format!("/bo/plan/versions/{}", v.id),
        body,
        !errors.is_empty(),
    ))
}
