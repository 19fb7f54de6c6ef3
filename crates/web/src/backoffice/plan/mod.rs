//! The plan's back office (issue 13): the deliverables of each measure
//! (list with filters, form, status history) and the versions of the plan
//! the coordination submits to the steering committee (list, what changed,
//! the committee's decision). The coordination edits and submits; committee
//! members read, and only they approve or return a version.

mod deliverables;
mod versions;

use axum::extract::{RawQuery, State};
use domain::Lang;
use domain::account::{Access, Role};
use domain::deliverable::Status;
use domain::plan::Plan;
use maud::{Markup, html};
use store::plan::{Decision, DeliverableFilter, PlanVersion};

use crate::AppState;
use crate::auth::Ctx;
use crate::i18n::{t, t_args};
use crate::routes::Routes;
use crate::ui::budget::{axis_name, measure_name};
use crate::ui::format::local_datetime;
use crate::ui::layout::back_office_page;
use crate::ui::plan::{field_name, organisation_name, quarter_text, status_badge, status_name};
use crate::ui::{PageError, PageLang, PageResult};

/// The coordination and the committee members read the plan's back office.
const READERS: Access = Access::Roles(&[Role::Admin, Role::Coordinator, Role::Committee]);
/// Only members of the steering committee decide on a version: the
/// coordination (admins included) submits, someone else approves.
const DECIDERS: Access = Access::Roles(&[Role::Committee]);

pub fn routes() -> Routes {
    Routes::new()
        .get("/{lang}/bo/plan", READERS, list_page)
        .get(
            "/{lang}/bo/plan/deliverables/new",
            Access::COORDINATION,
            deliverables::new_page,
        )
        .post(
            "/{lang}/bo/plan/deliverables",
            Access::COORDINATION,
            deliverables::create,
        )
        .get(
            "/{lang}/bo/plan/deliverables/{id}",
            READERS,
            deliverables::page,
        )
        .post(
            "/{lang}/bo/plan/deliverables/{id}",
            Access::COORDINATION,
            deliverables::update,
        )
        .get("/{lang}/bo/plan/versions", READERS, versions::list_page)
        .post(
            "/{lang}/bo/plan/versions",
            Access::COORDINATION,
            versions::submit,
        )
        .get("/{lang}/bo/plan/versions/{id}", READERS, versions::page)
        .post(
            "/{lang}/bo/plan/versions/{id}/decide",
            DECIDERS,
            versions::decide,
        )
}

/// The region's plan, or 404 when the region has none.
fn plan(state: &AppState) -> PageResult<&'static Plan> {
    crate::services::budget::plan(state).ok_or(PageError::NotFound)
}

fn query_value(raw: &Option<String>, key: &str) -> Option<String> {
    form_urlencoded::parse(raw.as_deref().unwrap_or("").as_bytes())
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.into_owned())
        .filter(|v| !v.trim().is_empty())
}

/// Whether this person edits the plan (the coordination).
fn edits(ctx: &Ctx) -> bool {
    ctx.user.as_ref().is_some_and(|u| u.role.is_coordination())
}

/// The links every page of the plan's back office starts with.
fn plan_nav(lang: Lang, ctx: &Ctx) -> Markup {
    let l = lang.code();
    html! {
        nav aria-label=(t(lang, "plan-bo-nav")) {
            ul.inline-links {
                li { a href=(format!("/{l}/bo/plan")) { (t(lang, "plan-bo-deliverables-link")) } }
                @if edits(ctx) {
                    li { a href=(format!("/{l}/bo/plan/deliverables/new")) { (t(lang, "plan-bo-new-link")) } }
                }
                li { a href=(format!("/{l}/bo/plan/versions")) { (t(lang, "plan-bo-versions-link")) } }
                li { a href=(format!("/{l}/bo/budget")) { (t(lang, "plan-bo-budget-link")) } }
            }
        }
    }
}

/// "Version 3".
fn version_name(lang: Lang, number: i64) -> String {
    t_args(
        lang,
        "plan-bo-version-name",
        &[("number", number.to_string().into())],
    )
}

/// Who and when, in the region's time: "3 March 2022 at 14:05 – someone@…".
fn who_when(lang: Lang, state: &AppState, email: Option<&str>, at: i64) -> Markup {
    html! {
        span.who-when {
            (local_datetime(lang, state.region.timezone, at))
            @if let Some(e) = email { " – " bdi { (e) } }
        }
    }
}

/// The name of a decision: waiting, approved, returned.
fn decision_name(lang: Lang, d: Decision) -> String {
    t(lang, &format!("plan-bo-decision-{}", d.code()))
}

/// The filters of the list, as typed in the query (kept in the form).
struct Filters {
    measure: String,
    status: String,
    year: String,
}

impl Filters {
    fn read(raw: &Option<String>) -> Filters {
        let v = |k| query_value(raw, k).unwrap_or_default();
        Filters {
            measure: v("measure"),
            status: v("status"),
            year: v("year"),
        }
    }

    /// The store's filter; an unknown value filters nothing out.
    fn to_filter(&self, plan: &Plan) -> DeliverableFilter {
        DeliverableFilter {
            measure: self
                .measure
                .parse()
                .ok()
                .filter(|n| plan.measure(*n).is_some()),
            status: Status::parse(&self.status),
            year: self.year.parse().ok().filter(|y| plan.years().contains(y)),
        }
    }
}

fn filters_form(lang: Lang, plan: &Plan, f: &Filters) -> Markup {
    let l = lang.code();
    let any = t(lang, "plan-bo-filter-any");
    html! {
        form.filters method="get" action=(format!("/{l}/bo/plan")) {
            h2 { (t(lang, "plan-bo-filters-title")) }
            div.field {
                label for="measure" { (field_name(lang, "measure")) }
                select #measure name="measure" {
                    option value="" selected[f.measure.is_empty()] { (any) }
                    @for a in &plan.axes {
                        optgroup label=(axis_name(lang, plan, &a.code)) {
                            @for m in plan.measures_of(&a.code) {
                                @let v = m.number.to_string();
                                option value=(v) selected[f.measure == v] { (measure_name(lang, plan, m.number)) }
                            }
                        }
                    }
                }
            }
            div.field {
                label for="status" { (field_name(lang, "status")) }
                select #status name="status" {
                    option value="" selected[f.status.is_empty()] { (any) }
                    @for s in Status::ALL {
                        option value=(s.code()) selected[f.status == s.code()] { (status_name(lang, s)) }
                    }
                }
            }
            div.field {
                label for="year" { (t(lang, "plan-bo-filter-year")) }
                select #year name="year" {
                    option value="" selected[f.year.is_empty()] { (any) }
                    @for y in plan.years() {
                        @let v = y.to_string();
                        option value=(v) selected[f.year == v] { (v) }
                    }
                }
            }
            button type="submit" { (t(lang, "plan-bo-filter")) }
        }
    }
}

/// The versions block of the list: the last approved version, the one
/// waiting for the committee, a link to all of them.
fn versions_block(lang: Lang, state: &AppState, versions: &[PlanVersion]) -> Markup {
    let l = lang.code();
    let approved = versions.iter().find(|v| v.decision == Decision::Approved);
    let pending = versions.iter().find(|v| v.decision == Decision::Pending);
    html! {
        section #plan-versions-summary aria-labelledby="plan-versions-summary-title" {
            h2 #plan-versions-summary-title { (t(lang, "plan-bo-versions-title")) }
            @match approved {
                Some(v) => p {
                    (t(lang, "plan-bo-last-approved")) " "
                    a href=(format!("/{l}/bo/plan/versions/{}", v.id)) { (version_name(lang, v.number)) }
                    @if let Some(at) = v.decided_at {
                        ", " (t(lang, "plan-bo-approved-by")) " " (who_when(lang, state, v.decided_by_email.as_deref(), at))
                    }
                },
                None => p { (t(lang, "plan-bo-never-approved")) },
            }
            @if let Some(v) = pending {
                p.notice {
                    (t(lang, "plan-bo-pending")) " "
                    a href=(format!("/{l}/bo/plan/versions/{}", v.id)) { (version_name(lang, v.number)) }
                    ", " (t(lang, "plan-bo-submitted-by")) " " (who_when(lang, state, v.submitted_by_email.as_deref(), v.submitted_at))
                }
            }
            p { a href=(format!("/{l}/bo/plan/versions")) { (t(lang, "plan-bo-all-versions")) } }
        }
    }
}

async fn list_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    RawQuery(raw): RawQuery,
    ctx: Ctx,
) -> PageResult {
    let plan = plan(&state)?;
    let l = lang.code();
    let f = Filters::read(&raw);
    let items = state
        .db
        .deliverables(&plan.code, &f.to_filter(plan))
        .await?;
    let versions = state.db.plan_versions(&plan.code).await?;
    let today = state.today();
    let title = t(lang, "plan-bo-title");
    let caption = t_args(
        lang,
        "plan-bo-list-caption",
        &[("count", items.len().into())],
    );
    let body = html! {
        h1 { (title) }
        (plan_nav(lang, &ctx))
        p { (t_args(lang, "plan-bo-intro", &[("plan", plan.name(l).to_string().into())])) }
        @if edits(&ctx) {
            p { a.button href=(format!("/{l}/bo/plan/deliverables/new")) { (t(lang, "plan-bo-new-link")) } }
        }
        (versions_block(lang, &state, &versions))
        h2 #plan-deliverables-title { (t(lang, "plan-bo-deliverables-title")) }
        (filters_form(lang, plan, &f))
        @if items.is_empty() { p #plan-deliverables-empty { (t(lang, "plan-bo-list-empty")) } }
        @else {
            div.table-scroll tabindex="0" role="region" aria-label=(caption) {
                table.bo #plan-deliverables {
                    caption { (caption) }
                    thead { tr {
                        th scope="col" { (field_name(lang, "what")) }
                        th scope="col" { (field_name(lang, "status")) }
                        th scope="col" { (field_name(lang, "due")) }
                        th scope="col" { (field_name(lang, "measure")) }
                        th scope="col" { (field_name(lang, "owner")) }
                    } }
                    tbody {
                        @for d in &items {
                            @let x = &d.deliverable;
                            tr {
                                th scope="row" {
                                    a href=(format!("/{l}/bo/plan/deliverables/{}", d.id)) lang=(x.lang) dir="auto" { (x.what) }
                                }
                                td {
                                    (status_badge(lang, x.status))
                                    @if x.is_overdue(today) { br; strong.overdue { (t(lang, "plan-bo-overdue")) } }
                                }
                                td { (quarter_text(lang, x.due)) }
                                td { (measure_name(lang, plan, x.measure)) }
                                td { (x.owner.as_deref().map_or_else(|| t(lang, "plan-bo-none"), |o| organisation_name(lang, plan, o))) }
                            }
                        }
                    }
                }
            }
        }
    };
    Ok(back_office_page(lang, &ctx, &title, "/bo/plan", body))
}
