//! A measure of the plan, `/{lang}/plan/measures/{n}`: its axis, who leads
//! it and with whom, for whom, its actions and budget for a year, its
//! deliverables, and the pages of Passerelle that show its work.

use axum::extract::{Path, RawQuery, State};
use domain::LabelStatus;
use domain::Lang;
use domain::plan::Measure;
use maud::{Markup, html};

use super::{
    axis_href, axis_title, deliverable_list, plan_links, query_value, status_counts, the_plan,
    year_form,
};
use crate::AppState;
use crate::i18n::{t, t_args};
use crate::services::budget as service;
use crate::ui::budget::{measure_name, measure_summary};
use crate::ui::layout::page;
use crate::ui::plan::{organisation_name, public_name};
use crate::ui::{PageError, PageLang, PageResult};

pub(super) async fn measure_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, number)): Path<(String, String)>,
    RawQuery(raw): RawQuery,
) -> PageResult {
    let plan = the_plan(&state)?;
    let measure = number
        .parse::<u32>()
        .ok()
        .and_then(|n| plan.measure(n))
        .ok_or(PageError::NotFound)?;
    let axis = plan.axis(&measure.axis).ok_or(PageError::NotFound)?;
    let l = lang.code();
    let today = state.today();
    let asked = query_value(raw.as_deref(), "year");
    let year = service::year(&state, plan, asked.as_deref()).await?;
    let yb = service::year_budget(&state, plan, year).await?;
    let actuals = service::actuals_public(&state, plan);
    let deliverables = state
        .db
        .deliverables(
            &plan.code,
            &store::plan::DeliverableFilter {
                measure: Some(measure.number),
                ..Default::default()
            },
        )
        .await?;
    let evidence = evidence(&state, lang, measure).await?;
    let names = |codes: &[String], f: &dyn Fn(&str) -> String| -> Markup {
        html! {
            @if codes.is_empty() {
                (t(lang, "plan-pages-nobody"))
            } @else {
                ul { @for c in codes { li { (f(c)) } } }
            }
        }
    };
    let title = measure_name(lang, plan, measure.number);
    let here = super::measure_href(l, measure.number);
    let body = html! {
        h1 { (title) }
        dl.plan-facts {
            dt { (t(lang, "plan-pages-axis-label")) }
            dd { a href=(axis_href(l, &axis.code)) { (axis_title(lang, axis)) } }
            dt { (t(lang, "plan-pages-owners")) }
            dd #measure-owners { (names(&measure.owners, &|c| organisation_name(lang, plan, c))) }
            @if !measure.partners.is_empty() {
                dt { (t(lang, "plan-pages-partners")) }
                dd #measure-partners { (names(&measure.partners, &|c| organisation_name(lang, plan, c))) }
            }
            @if !measure.publics.is_empty() {
                dt { (t(lang, "plan-pages-publics")) }
                dd #measure-publics { (names(&measure.publics, &|c| public_name(lang, plan, c))) }
            }
        }
        section aria-labelledby="actions-h" {
            h2 #actions-h { (t(lang, "plan-pages-actions-title")) }
            @if measure.actions.is_empty() {
                p { (t(lang, "plan-pages-no-actions")) }
            } @else {
                ul #measure-actions { @for a in &measure.actions { li { (a.name(l)) } } }
            }
        }
        section aria-labelledby="budget-h" {
            h2 #budget-h { (t(lang, "plan-pages-budget-title")) }
            (year_form(lang, &here, plan, Some(year), false))
            (measure_summary(lang, plan, &yb.tables, measure.number, actuals))
        }
        section aria-labelledby="deliverables-h" {
            h2 #deliverables-h { (t(lang, "plan-pages-deliverables-title")) }
            (status_counts(lang, &deliverables, today))
            (deliverable_list(lang, plan, &deliverables, today, false))
        }
        section aria-labelledby="evidence-h" #measure-evidence {
            h2 #evidence-h { (t(lang, "plan-pages-evidence-title")) }
            @if evidence.links.is_empty() && evidence.labelled.is_none() {
                p { (t(lang, "plan-pages-no-evidence")) }
            } @else {
                p { (t(lang, "plan-pages-evidence-intro")) }
                @if let Some(n) = evidence.labelled {
                    p #label-count { (t_args(lang, "plan-pages-label-count", &[("count", n.into())])) }
                }
                ul.plan-links {
                    @for (href, text) in &evidence.links {
                        li { a href=(href) { (text) } }
                    }
                }
            }
        }
        (plan_links(lang, ""))
    };
    Ok(page(
        lang,
        &title,
        &format!("/plan/measures/{}", measure.number),
        body,
        None,
    ))
}

/// What Passerelle shows of a measure's work: links to the public pages of
/// its areas (areas without a public page are left out), and the number
/// of labelled EPN when the label is one of them.
struct Evidence {
    links: Vec<(String, String)>,
    labelled: Option<usize>,
}

async fn evidence(state: &AppState, lang: Lang, measure: &Measure) -> PageResult<Evidence> {
    let l = lang.code();
    let mut links: Vec<(String, String)> = Vec::new();
    let mut labelled = None;
    let mut push = |href: String, text: String| {
        if !links.iter().any(|(h, _)| *h == href) {
            links.push((href, text));
        }
    };
    for area in &measure.areas {
        match area.as_str() {
            "label" if state.label_config().is_some() => {
                let dir = state.directory();
                labelled = Some(
                    dir.summaries()
                        .filter(|p| p.label == LabelStatus::Labelled)
                        .count(),
                );
                push(format!("/{l}/label"), t(lang, "plan-pages-area-label"));
                push(
                    format!("/{l}/label/epn"),
                    t(lang, "plan-pages-area-label-list"),
                );
            }
            "survey" => {
                let today = state.today();
                for e in state.db.editions().await? {
                    if e.opens_on <= today {
                        push(
                            format!("/{l}/survey/{}", e.slug),
                            t_args(
                                lang,
                                "plan-pages-area-survey",
                                &[("edition", e.slug.clone().into())],
                            ),
                        );
                    }
                }
            }
            "figures" | "activity" | "capacity" => {
                push(format!("/{l}/figures"), t(lang, "plan-pages-area-figures"));
            }
            "sessions" => push(
                format!("/{l}/sessions"),
                t(lang, "plan-pages-area-sessions"),
            ),
            "directory" => push(format!("/{l}/"), t(lang, "plan-pages-area-directory")),
            "diagnostic" => push(
                format!("/{l}/diagnostic"),
                t(lang, "plan-pages-area-diagnostic"),
            ),
            // calls, equipment, referrals, cadastre: no public page (yet).
            _ => {}
        }
    }
    Ok(Evidence { links, labelled })
}
