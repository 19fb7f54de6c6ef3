//! The directory as the back office sees it: every place with filters (a GET
//! form), the count, sorting by link, pages, and a CSV download of what is
//! shown. EPN managers see the places of their organisations only, and the
//! status of their proposals.

use axum::extract::{Query, State};
use axum::response::Response;
use domain::account::Access;
use domain::{LabelStatus, Lang, PlaceKind};
use maud::{Markup, html};
use serde::Deserialize;
use store::accounts::User;
use store::editing::{PlaceListFilter, PlaceListRow, ProposalFilter, ProposalStatus};

use super::changes::{kind, label_status};
use crate::AppState;
use crate::auth::Ctx;
use crate::i18n::{t, t_args};
use crate::routes::Routes;
use crate::ui::format::local_datetime;
use crate::ui::layout::back_office_page;
use crate::ui::{PageLang, PageResult};

pub fn routes() -> Routes {
    Routes::new().get("/{lang}/bo/places", Access::PLACE_EDITORS, list_page)
}

const PER_PAGE: usize = 50;
const STALE_SECS: i64 = 365 * 86_400;

/// The list's filters, sort and page, as in the URL.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ListQuery {
    q: String,
    commune: String,
    kind: String,
    label: String,
    stale: String,
    organisation: String,
    sort: String,
    page: String,
    format: String,
    done: String,
}

impl ListQuery {
    /// The query string with these values (empty ones left out), `extra` replacing.
    fn href(&self, lang: Lang, extra: &[(&str, &str)]) -> String {
        let mut s = form_urlencoded::Serializer::new(String::new());
        let base = [
            ("q", &self.q),
            ("commune", &self.commune),
            ("kind", &self.kind),
            ("label", &self.label),
            ("stale", &self.stale),
            ("organisation", &self.organisation),
            ("sort", &self.sort),
        ];
        for (k, v) in base {
            if let Some((_, x)) = extra.iter().find(|(ek, _)| *ek == k) {
                if !x.is_empty() {
                    s.append_pair(k, x);
                }
            } else if !v.is_empty() {
                s.append_pair(k, v);
            }
        }
        for (k, v) in extra {
            if !base.iter().any(|(bk, _)| bk == k) && !v.is_empty() {
                s.append_pair(k, v);
            }
        }
        let q = s.finish();
        if q.is_empty() {
            format!("/{}/bo/places", lang.code())
        } else {
            format!("/{}/bo/places?{q}", lang.code())
        }
    }
}

fn some(s: &str) -> Option<String> {
    let s = s.trim();
    (!s.is_empty()).then(|| s.to_owned())
}

fn commune_of(state: &AppState, lang: Lang, r: &PlaceListRow) -> String {
    match &r.commune_nis {
        Some(nis) => state
            .region
            .commune(nis)
            .map(|c| state.region.display(&c.name, lang).to_owned())
            .unwrap_or_else(|| nis.clone()),
        None => r.commune_name.clone().unwrap_or_default(),
    }
}

fn date(ts: i64) -> String {
    chrono::DateTime::from_timestamp(ts, 0)
        .map(|d| d.date_naive().to_string())
        .unwrap_or_default()
}

async fn list_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Query(q): Query<ListQuery>,
    ctx: Ctx,
) -> PageResult {
    let user = ctx.user()?;
    let filter = PlaceListFilter {
        text: some(&q.q),
        commune_nis: some(&q.commune),
        kind: some(&q.kind),
        label_status: some(&q.label),
        updated_before: (q.stale == "1").then(|| state.now().timestamp() - STALE_SECS),
        organisation_id: q.organisation.trim().parse().ok(),
        organisations: (!user.role.is_coordination()).then(|| user.organisations.clone()),
    };
    let mut rows = state.db.list_places_for_editing(&filter).await?;
    rows.sort_by_cached_key(|r| (domain::text::fold(&r.name), r.id));
    match q.sort.as_str() {
        "-name" => rows.reverse(),
        "updated" => rows.sort_by_key(|r| (r.updated_at, r.id)),
        "-updated" => rows.sort_by_key(|r| (std::cmp::Reverse(r.updated_at), r.id)),
        _ => {}
    }
    if q.format == "csv" {
        return Ok(csv(&state, lang, &rows));
    }
    let organisations = state
        .db
        .list_organisations()
        .await?
        .into_iter()
        .filter(|o| user.role.is_coordination() || user.organisations.contains(&o.id))
        .collect::<Vec<_>>();
    let pages = rows.len().div_ceil(PER_PAGE).max(1);
    let page = q.page.parse::<usize>().unwrap_or(1).clamp(1, pages);
    let shown = &rows[(page - 1) * PER_PAGE..(page * PER_PAGE).min(rows.len())];
    let l = lang.code();
    let communes = super::changes::communes_sorted(&state, lang);
    let sort_link = |col: &str, key: &str| -> Markup {
        let (next, current) = match q.sort.as_str() {
            s if s == col => (format!("-{col}"), Some("ascending")),
            s if s.strip_prefix('-') == Some(col) => (col.to_owned(), Some("descending")),
            _ => (col.to_owned(), None),
        };
        let current = current.or((col == "name" && q.sort.is_empty()).then_some("ascending"));
        let next = if col == "name" && q.sort.is_empty() {
            "-name".to_owned()
        } else {
            next
        };
        html! {
            th scope="col" aria-sort=[current] {
                a href=(q.href(lang, &[("sort", &next)])) {
                    (t(lang, key))
                    @match current {
                        Some("ascending") => span { " " span aria-hidden="true" { "▲" } span.visually-hidden { (t(lang, "bolist-sorted-asc")) } },
                        Some(_) => span { " " span aria-hidden="true" { "▼" } span.visually-hidden { (t(lang, "bolist-sorted-desc")) } },
                        None => {},
                    }
                }
            }
        }
    };
    let done = super::place_edit::done_notice(lang, &q.done, None);
    let body = html! {
        h1 { (t(lang, "bolist-title")) }
        @if let Some(d) = done { (d) }
        p { a.button href=(format!("/{l}/bo/places/new")) { (t(lang, "bolist-new")) } }
        @if user.role.is_coordination() { (pending_link(&state, lang).await) }
        @else { (my_proposals(&state, lang, user).await) }
        form.filters method="get" action=(format!("/{l}/bo/places")) {
            h2 { (t(lang, "filters-title")) }
            div.field {
                label for="q" { (t(lang, "bolist-filter-text")) }
                input #q type="search" name="q" value=(q.q);
            }
            div.field {
                label for="commune" { (t(lang, "edit-field-commune")) }
                select #commune name="commune" {
                    option value="" { (t(lang, "filter-any")) }
                    @for (nis, name) in &communes { option value=(nis) selected[&q.commune == nis] { (name) } }
                }
            }
            div.field {
                label for="kind" { (t(lang, "edit-field-kind")) }
                select #kind name="kind" {
                    option value="" { (t(lang, "filter-any")) }
                    @for k in PlaceKind::ALL.map(PlaceKind::code) { option value=(k) selected[q.kind == k] { (kind(lang, k)) } }
                }
            }
            div.field {
                label for="label" { (t(lang, "edit-field-label")) }
                select #label name="label" {
                    option value="" { (t(lang, "filter-any")) }
                    @for s in [LabelStatus::Labelled, LabelStatus::None, LabelStatus::Withdrawn, LabelStatus::Refused].map(LabelStatus::code) { option value=(s) selected[q.label == s] { (label_status(lang, s)) } }
                }
            }
            @if organisations.len() > 1 {
                div.field {
                    label for="organisation" { (t(lang, "edit-field-organisation")) }
                    select #organisation name="organisation" {
                        option value="" { (t(lang, "filter-any")) }
                        @for o in &organisations { option value=(o.id) selected[q.organisation == o.id.to_string()] { (o.name) } }
                    }
                }
            }
            div.check {
                input #stale type="checkbox" name="stale" value="1" checked[q.stale == "1"];
                label for="stale" { (t(lang, "bolist-filter-stale")) }
            }
            @if !q.sort.is_empty() { input type="hidden" name="sort" value=(q.sort); }
            button type="submit" { (t(lang, "filters-apply")) }
        }
        p.count { (t_args(lang, "results-count", &[("count", rows.len().into())])) }
        p { a href=(q.href(lang, &[("format", "csv")])) download { (t(lang, "bolist-csv")) } }
        @if !shown.is_empty() {
            div.table-scroll tabindex="0" role="region" aria-label=(t(lang, "bolist-title")) {
                table.bo {
                    caption { (t(lang, "bolist-title")) }
                    thead { tr {
                        (sort_link("name", "edit-field-name"))
                        th scope="col" { (t(lang, "edit-field-organisation")) }
                        th scope="col" { (t(lang, "edit-field-commune")) }
                        th scope="col" { (t(lang, "edit-field-kind")) }
                        th scope="col" { (t(lang, "edit-field-label")) }
                        (sort_link("updated", "bolist-updated"))
                    } }
                    tbody {
                        @for r in shown {
                            tr {
                                td { a href=(format!("/{l}/bo/places/{}", r.id)) { (r.name) } }
                                td { (r.organisation_name) }
                                td { @if let Some(pc) = &r.postcode { (pc) " " } (commune_of(&state, lang, r)) }
                                td { (kind(lang, &r.kind)) }
                                td { (label_status(lang, &r.label_status)) }
                                td { (date(r.updated_at)) }
                            }
                        }
                    }
                }
            }
        }
        @if pages > 1 {
            nav.pages aria-label=(t(lang, "pagination")) {
                @if page > 1 { a href=(q.href(lang, &[("page", &(page - 1).to_string())])) rel="prev" { (t(lang, "page-previous")) } }
                span { (t_args(lang, "page-of", &[("page", page.into()), ("pages", pages.into())])) }
                @if page < pages { a href=(q.href(lang, &[("page", &(page + 1).to_string())])) rel="next" { (t(lang, "page-next")) } }
            }
        }
    };
    let tail = q
        .href(lang, &[])
        .trim_start_matches(&format!("/{l}"))
        .to_owned();
    Ok(back_office_page(
        lang,
        &ctx,
        &t(lang, "bolist-title"),
        &tail,
        body,
    ))
}

async fn pending_link(state: &AppState, lang: Lang) -> Markup {
    let pending = state
        .db
        .list_proposals(&ProposalFilter {
            status: Some(ProposalStatus::Pending),
            limit: 1000,
            ..Default::default()
        })
        .await
        .map(|p| p.len())
        .unwrap_or(0);
    html! {
        @if pending > 0 {
            p.notice { a href=(format!("/{}/bo/proposals", lang.code())) { (t_args(lang, "bolist-pending", &[("count", pending.into())])) } }
        }
    }
}

/// An EPN manager's proposals and where they are.
async fn my_proposals(state: &AppState, lang: Lang, user: &User) -> Markup {
    let mine = state
        .db
        .list_proposals(&ProposalFilter {
            organisations: Some(user.organisations.clone()),
            limit: 20,
            ..Default::default()
        })
        .await
        .unwrap_or_default();
    html! {
        @if !mine.is_empty() {
            h2 { (t(lang, "bolist-my-proposals")) }
            div.table-scroll tabindex="0" role="region" aria-label=(t(lang, "bolist-my-proposals")) {
                table.bo {
                    caption.visually-hidden { (t(lang, "bolist-my-proposals")) }
                    thead { tr {
                        th scope="col" { (t(lang, "edit-field-name")) }
                        th scope="col" { (t(lang, "proposals-sent")) }
                        th scope="col" { (t(lang, "proposals-status")) }
                    } }
                    tbody {
                        @for p in &mine {
                            tr {
                                td {
                                    @match p.place_id {
                                        Some(id) => a href=(format!("/{}/bo/places/{id}", lang.code())) { (p.after.name) },
                                        None => (p.after.name),
                                    }
                                }
                                td { (local_datetime(lang, state.region.timezone, p.created_at)) }
                                td {
                                    @let status = super::proposals::status_label(lang, p.status);
                                    @match &p.reason {
                                        Some(r) => (t_args(lang, "bolist-status-reason", &[("status", status.into()), ("reason", r.clone().into())])),
                                        None => (status),
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// One CSV cell: quoted when needed; a leading formula character is
/// neutralised ([`domain::text::csv_cell`]) so that a spreadsheet does not run it.
fn cell(s: &str) -> String {
    let s = domain::text::csv_cell(s).into_owned();
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

fn csv(state: &AppState, lang: Lang, rows: &[PlaceListRow]) -> Response {
    let mut out = String::from("\u{feff}");
    let header = [
        "id",
        "name",
        "organisation",
        "kind",
        "label_status",
        "address",
        "postcode",
        "commune",
        "phone",
        "email",
        "website",
        "opening_hours",
        "updated",
    ];
    out.push_str(&header.join(","));
    out.push_str("\r\n");
    for r in rows {
        let cells = [
            r.id.to_string(),
            r.name.clone(),
            r.organisation_name.clone(),
            r.kind.clone(),
            r.label_status.clone(),
            r.address.clone().unwrap_or_default(),
            r.postcode.clone().unwrap_or_default(),
            commune_of(state, lang, r),
            r.phone.clone().unwrap_or_default(),
            r.email.clone().unwrap_or_default(),
            r.website.clone().unwrap_or_default(),
            r.opening_hours.clone().unwrap_or_default(),
            date(r.updated_at),
        ];
        out.push_str(&cells.iter().map(|c| cell(c)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    crate::ui::download::attachment("text/csv; charset=utf-8", "places.csv", out)
}
