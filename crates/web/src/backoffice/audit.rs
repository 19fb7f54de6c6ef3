//! The audit log, readable per place (for whoever may edit it) and globally
//! (for the coordination): who, when (in the region's time, with its zone),
//! what, and the fields that changed, before and after.

use axum::extract::{Path, Query, State};
use domain::Lang;
use domain::account::Access;
use maud::{Markup, html};
use serde::Deserialize;
use store::audit::{AuditEntry, AuditFilter};

use super::changes::{Names, action_label, changes, changes_table, forbidden};
use crate::AppState;
use crate::auth::Ctx;
use crate::i18n::{t, t_args};
use crate::routes::Routes;
use crate::ui::format::local_datetime;
use crate::ui::layout::{Pages, back_office_page, pagination};
use crate::ui::{PageError, PageLang, PageResult};

pub fn routes() -> Routes {
    Routes::new()
        .get(
            "/{lang}/bo/places/{id}/history",
            Access::PLACE_EDITORS,
            history,
        )
        .get("/{lang}/bo/audit", Access::COORDINATION, global)
}

const PER_PAGE: i64 = 50;

/// Actions offered in the global log's filter: every action the log records.
const ACTIONS: &[&str] = store::audit::ACTIONS;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct LogQuery {
    action: String,
    page: String,
}

fn page_number(s: &str) -> i64 {
    s.parse::<i64>().unwrap_or(1).max(1)
}

/// The name of the place an entry is about, from its records.
fn place_name(e: &AuditEntry) -> Option<String> {
    [e.after(), e.before()].into_iter().flatten().find_map(|v| {
        v.get("name")
            .or_else(|| v.get("kept").and_then(|k| k.get("name")))
            .and_then(|n| n.as_str())
            .map(str::to_owned)
    })
}

fn entries(
    lang: Lang,
    state: &AppState,
    names: &Names,
    list: &[AuditEntry],
    with_place: bool,
) -> Markup {
    let l = lang.code();
    html! {
        @if list.is_empty() { p { (t(lang, "audit-empty")) } }
        ol.audit {
            @for e in list {
                li {
                    h2 {
                        (action_label(lang, &e.action))
                        span.small { " – " (local_datetime(lang, state.region.timezone, e.at)) }
                    }
                    dl.facts {
                        dt { (t(lang, "audit-by")) }
                        dd { @match &e.user_email { Some(m) => (m), None => (t(lang, "audit-system")) } }
                        @if with_place && let Some(id) = e.place_id {
                            dt { (t(lang, "proposals-place")) }
                            dd { a href=(format!("/{l}/bo/places/{id}/history")) { (place_name(e).unwrap_or_else(|| format!("#{id}"))) } }
                        }
                        @if let Some(n) = &e.note { dt { (t(lang, "audit-note")) } dd { (n) } }
                    }
                    @if !matches!(e.action.as_str(), "proposal.accept" | "proposal.reject") && (e.before_json.is_some() || e.after_json.is_some()) {
                        @let list = changes(e.before().as_ref(), e.after().as_ref());
                        (changes_table(lang, names, &t_args(lang, "audit-changes-caption", &[("when", local_datetime(lang, state.region.timezone, e.at).into())]), &list))
                    }
                }
            }
        }
    }
}

async fn read(state: &AppState, f: AuditFilter) -> PageResult<(Vec<AuditEntry>, bool)> {
    let mut list = state
        .db
        .audit_log(&AuditFilter {
            limit: PER_PAGE + 1,
            ..f
        })
        .await?;
    let more = list.len() as i64 > PER_PAGE;
    list.truncate(PER_PAGE as usize);
    Ok((list, more))
}

async fn history(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    Query(q): Query<LogQuery>,
    ctx: Ctx,
) -> PageResult {
    let user = ctx.user()?;
    let id = id.parse::<i64>().map_err(|_| PageError::NotFound)?;
    let place = state.db.editable_place(id).await?;
    match &place {
        Some(p) if !user.manages(p.record.organisation_id) => return Err(forbidden(lang)),
        // A place merged away keeps its history, for the coordination.
        None if !user.role.is_coordination() => return Err(PageError::NotFound),
        _ => {}
    }
    let page = page_number(&q.page);
    let (list, more) = read(
        &state,
        AuditFilter {
            place_id: Some(id),
            offset: (page - 1) * PER_PAGE,
            ..Default::default()
        },
    )
    .await?;
    if place.is_none() && list.is_empty() {
        return Err(PageError::NotFound);
    }
    let names = Names::load(&state).await;
    let l = lang.code();
    let name = place
        .as_ref()
        .map(|p| p.record.name.clone())
        .or_else(|| list.iter().find_map(place_name))
        .unwrap_or_else(|| format!("#{id}"));
    let title = t_args(lang, "audit-place-title", &[("name", name.into())]);
    let body = html! {
        nav.crumbs aria-label=(t(lang, "breadcrumb")) {
            a href=(format!("/{l}/bo/places")) { (t(lang, "bo-places")) }
            @if place.is_some() { " › " a href=(format!("/{l}/bo/places/{id}")) { (t(lang, "audit-edit-link")) } }
        }
        h1 { (title) }
        p { (t(lang, "audit-intro")) }
        (entries(lang, &state, &names, &list, false))
        (pagination(lang, &format!("bo/places/{id}/history"), "", page as usize, Pages::More(more)))
    };
    Ok(back_office_page(
        lang,
        &ctx,
        &title,
        &format!("/bo/places/{id}/history"),
        body,
    ))
}

async fn global(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Query(q): Query<LogQuery>,
    ctx: Ctx,
) -> PageResult {
    let action = ACTIONS
        .iter()
        .find(|a| **a == q.action)
        .map(|a| (*a).to_owned());
    let page = page_number(&q.page);
    let (list, more) = read(
        &state,
        AuditFilter {
            action: action.clone(),
            offset: (page - 1) * PER_PAGE,
            ..Default::default()
        },
    )
    .await?;
    let names = Names::load(&state).await;
    let l = lang.code();
    let base = match &action {
        Some(a) => format!("/{l}/bo/audit?action={a}"),
        None => format!("/{l}/bo/audit"),
    };
    let body = html! {
        h1 { (t(lang, "audit-title")) }
        p { (t(lang, "audit-intro")) }
        form.filters method="get" action=(format!("/{l}/bo/audit")) {
            div.field {
                label for="action" { (t(lang, "audit-filter-action")) }
                select #action name="action" {
                    option value="" { (t(lang, "filter-any")) }
                    @for a in ACTIONS { option value=(a) selected[action.as_deref() == Some(*a)] { (action_label(lang, a)) } }
                }
            }
            button type="submit" { (t(lang, "filters-apply")) }
        }
        (entries(lang, &state, &names, &list, true))
        (pagination(lang, "bo/audit", base.split_once('?').map_or("", |(_, q)| q), page as usize, Pages::More(more)))
    };
    let tail = base.trim_start_matches(&format!("/{l}")).to_owned();
    Ok(back_office_page(
        lang,
        &ctx,
        &t(lang, "audit-title"),
        &tail,
        body,
    ))
}
