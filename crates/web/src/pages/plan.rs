//! The plan's public pages (issue 13): the plan with its axes and measures
//! and when it was last approved (`/{lang}/plan`), an axis
//! (`/plan/axes/{code}`), a measure with its deliverables and the pages of
//! Passerelle that show its work (`/plan/measures/{n}`), the deliverables
//! quarter by quarter (`/plan/quarters`) and as CSV
//! (`/plan/deliverables.csv`). The budget page is `pages/budget.rs`.

mod axis;
mod measure;
mod quarters;

use axum::extract::State;
use chrono::NaiveDate;
use domain::Lang;
use domain::account::Access;
use domain::deliverable::Status;
use domain::plan::Plan;
use maud::{Markup, html};
use store::plan::{Deliverable, DeliverableFilter};

use crate::AppState;
use crate::i18n::{t, t_args};
use crate::routes::Routes;
use crate::services::budget as service;
use crate::ui::budget::measure_name;
use crate::ui::format::local_date;
use crate::ui::layout::page;
use crate::ui::plan::{evidence_link, organisation_name, quarter_text, status_badge, status_name};
use crate::ui::{PageError, PageLang, PageResult};

pub(super) fn routes() -> Routes {
    use Access::Public;
    Routes::new()
        .get("/{lang}/plan", Public, plan_page)
        .get("/{lang}/plan/axes/{code}", Public, axis::axis_page)
        .get(
            "/{lang}/plan/measures/{number}",
            Public,
            measure::measure_page,
        )
        .get("/{lang}/plan/quarters", Public, quarters::quarters_page)
        .get("/{lang}/plan/deliverables.csv", Public, quarters::csv)
}

/// The region's plan, or a 404 when it has none.
fn the_plan(state: &AppState) -> PageResult<&'static Plan> {
    service::plan(state).ok_or(PageError::NotFound)
}

/// Every deliverable of the plan, by due quarter, measure and id.
async fn all_deliverables(state: &AppState, plan: &Plan) -> PageResult<Vec<Deliverable>> {
    Ok(state
        .db
        .deliverables(&plan.code, &DeliverableFilter::default())
        .await?)
}

/// One parameter of the query string.
fn query_value(raw: Option<&str>, key: &str) -> Option<String> {
    form_urlencoded::parse(raw.unwrap_or("").as_bytes())
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.into_owned())
}

fn axis_href(l: &str, code: &str) -> String {
    format!("/{l}/plan/axes/{code}")
}

fn measure_href(l: &str, number: u32) -> String {
    format!("/{l}/plan/measures/{number}")
}

/// "Axis 2: Federate".
fn axis_title(lang: Lang, axis: &domain::plan::Axis) -> String {
    t_args(
        lang,
        "plan-pages-axis-name",
        &[
            ("number", (axis.number as usize).into()),
            ("name", axis.name(lang.code()).to_string().into()),
        ],
    )
}

/// How many deliverables, and of each status (the statuses with none left
/// out), with how many are past their due date.
fn status_counts<'a>(
    lang: Lang,
    items: impl IntoIterator<Item = &'a Deliverable>,
    today: NaiveDate,
) -> Markup {
    let items: Vec<&Deliverable> = items.into_iter().collect();
    let counts = domain::deliverable::count_by_status(items.iter().map(|d| &d.deliverable));
    let overdue = items
        .iter()
        .filter(|d| d.deliverable.is_overdue(today))
        .count();
    html! {
        p.plan-counts {
            (t_args(lang, "plan-pages-deliverables-count", &[("count", items.len().into())]))
            @for (i, (status, n)) in Status::ALL.iter().zip(counts).filter(|(_, n)| *n > 0).enumerate() {
                @if i > 0 { " · " } @else { " " }
                span.plan-count { (t_args(lang, "plan-pages-status-count", &[
                    ("status", status_name(lang, *status).into()),
                    ("count", n.into()),
                ])) }
            }
            @if overdue > 0 {
                " · " strong.overdue { (t_args(lang, "plan-pages-overdue-count", &[("count", overdue.into())])) }
            }
        }
    }
}

/// The measures of an axis, each linked, with its deliverables counted.
fn measure_list(
    lang: Lang,
    plan: &Plan,
    axis: &str,
    all: &[Deliverable],
    today: NaiveDate,
) -> Markup {
    let l = lang.code();
    html! {
        ul.plan-measures {
            @for m in plan.measures_of(axis) {
                li {
                    a href=(measure_href(l, m.number)) { (measure_name(lang, plan, m.number)) }
                    (status_counts(lang, all.iter().filter(|d| d.deliverable.measure == m.number), today))
                }
            }
        }
    }
}

/// Deliverables as a list that reads on a phone: what (in its own
/// language), its status, when it is due, who delivers it, its evidence;
/// with its measure linked when `with_measure`.
fn deliverable_list<'a>(
    lang: Lang,
    plan: &Plan,
    items: impl IntoIterator<Item = &'a Deliverable>,
    today: NaiveDate,
    with_measure: bool,
) -> Markup {
    let l = lang.code();
    let items: Vec<&Deliverable> = items.into_iter().collect();
    html! {
        @if items.is_empty() {
            p { (t(lang, "plan-pages-no-deliverables")) }
        } @else {
            ul.deliverables {
                @for item in items {
                    @let d = &item.deliverable;
                    @let dir = Lang::parse(&d.lang).map_or("auto", |x| if x.is_rtl() { "rtl" } else { "ltr" });
                    li.deliverable id=(format!("deliverable-{}", item.id)) {
                        p.what lang=(d.lang) dir=(dir) { (d.what) }
                        p.facts {
                            (status_badge(lang, d.status))
                            @if d.is_overdue(today) {
                                " " strong.overdue { span aria-hidden="true" { "⚠ " } (t(lang, "plan-pages-overdue")) }
                            }
                        }
                        p.due { (t_args(lang, "plan-pages-due", &[("quarter", quarter_text(lang, d.due).into())])) }
                        @if with_measure {
                            p { a href=(measure_href(l, d.measure)) { (measure_name(lang, plan, d.measure)) } }
                        }
                        @if let Some(o) = &d.owner {
                            p { (t_args(lang, "plan-pages-owner", &[("name", organisation_name(lang, plan, o).into())])) }
                        }
                        @if let Some(e) = &d.evidence {
                            p { (evidence_link(lang, e)) }
                        }
                    }
                }
            }
        }
    }
}

/// The year select of a page (`all`: with "all years" first, chosen when
/// `year` is None).
fn year_form(lang: Lang, action: &str, plan: &Plan, year: Option<i32>, all: bool) -> Markup {
    html! {
        form.filters method="get" action=(action) {
            div.field {
                label for="year" { (t(lang, "plan-pages-field-year")) }
                select #year name="year" {
                    @if all {
                        option value="" selected[year.is_none()] { (t(lang, "plan-pages-all-years")) }
                    }
                    @for y in plan.years() {
                        option value=(y) selected[year == Some(y)] { (y) }
                    }
                }
            }
            button type="submit" { (t(lang, "plan-pages-show")) }
        }
    }
}

/// The links every plan page ends with: the plan, the quarters, the budget.
fn plan_links(lang: Lang, here: &str) -> Markup {
    let l = lang.code();
    let links = [
        ("/plan", "plan-pages-all-plan"),
        ("/plan/quarters", "plan-pages-quarters-link"),
        ("/plan/budget", "plan-pages-budget-link"),
    ];
    html! {
        ul.plan-links {
            @for (path, key) in links {
                @if path != here {
                    li { a href=(format!("/{l}{path}")) { (t(lang, key)) } }
                }
            }
        }
    }
}

/// `/{lang}/plan`: the plan, its last approved version and what changed
/// since, its axes with their measures and how far their deliverables are.
async fn plan_page(State(state): State<AppState>, PageLang(lang): PageLang) -> PageResult {
    let plan = the_plan(&state)?;
    let l = lang.code();
    let today = state.today();
    let all = all_deliverables(&state, plan).await?;
    let approved = state
        .db
        .last_approved_plan_version(&plan.code, None)
        .await?;
    let changes = match &approved {
        Some((_, before)) => {
            let now = state.db.plan_snapshot(plan).await?;
            Some(domain::plan_version::diff(before, &now).len())
        }
        None => None,
    };
    let title = plan.name(l).to_string();
    let body = html! {
        h1 { (title) }
        p { (t_args(lang, "plan-pages-intro", &[
            ("first", plan.first_year.into()),
            ("last", plan.last_year.into()),
            ("axes", plan.axes.len().into()),
            ("measures", plan.measures.len().into()),
        ])) }
        div.notice #plan-version {
            @match &approved {
                Some((v, _)) => {
                    p { (t_args(lang, "plan-pages-approved", &[
                        ("date", v.decided_at.map_or_else(String::new, |at| local_date(lang, state.region.timezone, at)).into()),
                        ("number", usize::try_from(v.number).unwrap_or(0).into()),
                    ])) }
                    @match changes {
                        Some(n) if n > 0 => p #plan-changes { (t_args(lang, "plan-pages-changes-since", &[("count", n.into())])) },
                        _ => p #plan-changes { (t(lang, "plan-pages-no-changes-since")) },
                    }
                }
                None => p { (t(lang, "plan-pages-not-approved")) },
            }
        }
        (plan_links(lang, "/plan"))
        h2 { (t(lang, "plan-pages-axes-title")) }
        @for axis in &plan.axes {
            section.plan-axis aria-labelledby=(format!("axis-{}", axis.code)) {
                h3 #(format!("axis-{}", axis.code)) {
                    a href=(axis_href(l, &axis.code)) { (axis_title(lang, axis)) }
                }
                p { (axis.summary(l)) }
                (measure_list(lang, plan, &axis.code, &all, today))
            }
        }
        p { a href=(format!("/{l}/plan/deliverables.csv")) download { (t(lang, "plan-pages-csv-link")) } }
    };
    Ok(page(lang, &title, "/plan", body, None))
}
