//! The activity page: today's quick-help buttons, then one list of the
//! organisation's records — individual supports, collective workshops and
//! quick-help counts — by day (newest first), in pages, filtered by kind,
//! each with its actions while its month is open; and removing a quick-help
//! count pressed by mistake.

use axum::extract::{Path, RawQuery, State};
use axum::response::{IntoResponse, Redirect};
use chrono::NaiveDate;
use domain::Lang;
use domain::account::{Access, Role};
use domain::activity::{editable_until, is_open, is_theme, themes};
use maud::{Markup, html};
use store::accounts::User;
use store::activity::list::{Entry, EntryKind};

use super::{PER_PAGE, RECORDERS, my_places, place_name, query_value, theme_label};
use crate::AppState;
use crate::auth::{Ctx, csrf_field};
use crate::i18n::{t, t_args};
use crate::routes::Routes;
use crate::ui::layout::{Pages, back_office_page, pagination};
use crate::ui::{PageError, PageLang, PageResult};

pub fn routes() -> Routes {
    Routes::new()
        .get("/{lang}/bo/activity", Access::PLACE_EDITORS, list_page)
        .post(
            "/{lang}/bo/activity/quick/{id}/delete",
            RECORDERS,
            delete_quick_help,
        )
}

fn kind_label(lang: Lang, kind: EntryKind) -> String {
    t(lang, &format!("activity-import-kind-{}", kind.code()))
}

async fn list_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    RawQuery(raw): RawQuery,
    ctx: Ctx,
) -> PageResult {
    let user = ctx.user()?;
    let l = lang.code();
    let today = state.today();
    let scope = (!user.role.is_coordination()).then_some(user.organisations.as_slice());
    let page: i64 = query_value(&raw, "page")
        .and_then(|p| p.parse().ok())
        .filter(|p| *p >= 1)
        .unwrap_or(1);
    let kind = query_value(&raw, "kind").and_then(|k| EntryKind::parse(&k));
    let kinds: Vec<EntryKind> = kind.into_iter().collect();
    let (list, total) = state
        .db
        .activity_entries(scope, &kinds, PER_PAGE, (page - 1) * PER_PAGE)
        .await?;
    let pages = usize::try_from((total + PER_PAGE - 1) / PER_PAGE).unwrap_or(1);
    let places = my_places(&state, user);
    let counts = if places.is_empty() {
        Vec::new()
    } else {
        state.db.quick_help_on(scope, today).await?
    };
    let notice = match query_value(&raw, "done").as_deref() {
        Some("saved") => Some(t(lang, "activity-saved")),
        Some("deleted") => Some(t(lang, "activity-deleted")),
        Some("workshop-saved") => Some(t(lang, "workshop-saved")),
        Some("workshop-deleted") => Some(t(lang, "workshop-deleted")),
        Some("quick-deleted") => Some(t(lang, "activity-import-quick-deleted")),
        Some("quick") => query_value(&raw, "theme").filter(|c| is_theme(c)).map(|c| {
            t_args(
                lang,
                "activity-quick-added",
                &[("theme", theme_label(lang, &c).into())],
            )
        }),
        _ => None,
    };
    let title = t(lang, "activity-title");
    let body = html! {
        h1 { (title) }
        @if let Some(n) = &notice { p.notice role="status" { (n) } }
        p { (t(lang, "activity-intro")) }
        @if !places.is_empty() {
            p {
                a.button href=(format!("/{l}/bo/activity/new")) { (t(lang, "activity-new-link")) }
                " "
                a.button href=(format!("/{l}/bo/activity/workshops/new")) { (t(lang, "workshop-new-link")) }
                " "
                a href=(format!("/{l}/bo/activity/import")) { (t(lang, "activity-import-link")) }
            }
            section aria-labelledby="quick-title" {
                h2 #quick-title { (t(lang, "activity-quick-title")) }
                p.hint { (t(lang, "activity-quick-hint")) }
                @for (place_id, _, name) in &places {
                    form.quick-help method="post" action=(format!("/{l}/bo/activity/quick")) {
                        (csrf_field(&ctx))
                        input type="hidden" name="place" value=(place_id);
                        @if places.len() > 1 { h3 { (name) } }
                        ul.quick-themes {
                            @for th in themes() {
                                @let n = counts.iter().find(|c| c.place_id == *place_id && c.theme == th.code).map_or(0, |c| c.count);
                                li { button.secondary type="submit" name="theme" value=(th.code) {
                                    (t_args(lang, "activity-quick-button", &[("theme", theme_label(lang, &th.code).into()), ("count", usize::try_from(n).unwrap_or(0).into())]))
                                } }
                            }
                        }
                    }
                }
            }
        }
        h2 #records-title { (t(lang, "activity-import-list-title")) }
        form.filters method="get" action=(format!("/{l}/bo/activity")) {
            div.field {
                label for="kind" { (t(lang, "activity-import-filter-kind")) }
                select #kind name="kind" {
                    option value="" selected[kind.is_none()] { (t(lang, "activity-import-filter-all")) }
                    @for k in EntryKind::ALL {
                        option value=(k.code()) selected[kind == Some(k)] { (kind_label(lang, k)) }
                    }
                }
            }
            button.secondary type="submit" { (t(lang, "activity-import-filter-button")) }
        }
        @if list.is_empty() { p { (t(lang, "activity-import-list-none")) } }
        @else {
            div.table-scroll.activity-list tabindex="0" role="region" aria-labelledby="records-title" {
                table.bo #activity-list {
                    caption { (t_args(lang, "activity-import-list-caption", &[("count", usize::try_from(total).unwrap_or(0).into())])) }
                    thead { tr {
                        th scope="col" { (t(lang, "workshop-col-kind")) }
                        th scope="col" { (t(lang, "activity-field-date")) }
                        th scope="col" { (t(lang, "activity-field-place")) }
                        th scope="col" { (t(lang, "activity-import-col-what")) }
                        th scope="col" { (t(lang, "activity-import-col-detail")) }
                        th scope="col" { (t(lang, "actions")) }
                    } }
                    tbody {
                        @for e in &list { (row(lang, &state, &ctx, user, e, today)) }
                    }
                }
            }
            (pagination(lang, "bo/activity", raw.as_deref().unwrap_or(""), usize::try_from(page).unwrap_or(1), Pages::Total(pages.max(1))))
        }
    };
    Ok(back_office_page(lang, &ctx, &title, "/bo/activity", body))
}

/// May this account change this record (a manager of its organisation)?
fn may_record(user: &User, e: &Entry) -> bool {
    user.role == Role::EpnManager && user.organisations.contains(&e.organisation_id())
}

fn row(
    lang: Lang,
    state: &AppState,
    ctx: &Ctx,
    user: &User,
    e: &Entry,
    today: NaiveDate,
) -> Markup {
    let l = lang.code();
    let date = crate::ui::format::long_date(lang, &e.date().to_string());
    let themes_of = |codes: &[String]| {
        codes
            .iter()
            .map(|c| theme_label(lang, c))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let (place, what, detail, edit, delete) = match e {
        Entry::Support(r) => (
            r.support.place_id,
            themes_of(&r.support.themes),
            t_args(
                lang,
                "activity-import-detail-support",
                &[
                    ("minutes", (r.support.minutes as usize).into()),
                    (
                        "autonomy",
                        t(
                            lang,
                            &format!("activity-autonomy-{}", r.support.autonomy.code()),
                        )
                        .into(),
                    ),
                ],
            ),
            Some(format!("/{l}/bo/activity/{}/edit", r.id)),
            format!("/{l}/bo/activity/{}/delete", r.id),
        ),
        Entry::Workshop(r) => (
            r.workshop.place_id,
            r.workshop.title.clone(),
            t_args(
                lang,
                "activity-import-detail-workshop",
                &[
                    ("minutes", (r.workshop.minutes as usize).into()),
                    ("participants", (r.workshop.participants as usize).into()),
                ],
            ),
            Some(format!("/{l}/bo/activity/workshops/{}/edit", r.id)),
            format!("/{l}/bo/activity/workshops/{}/delete", r.id),
        ),
        Entry::QuickHelp(r) => (
            r.place_id,
            theme_label(lang, &r.theme),
            t_args(
                lang,
                "activity-import-detail-quick",
                &[("count", usize::try_from(r.count).unwrap_or(0).into())],
            ),
            None,
            format!("/{l}/bo/activity/quick/{}/delete", r.id),
        ),
    };
    let mine = may_record(user, e);
    let open = is_open(e.date(), today, state.config.activity_close_day);
    html! {
        tr {
            td { (kind_label(lang, e.kind())) }
            td { (date) }
            td { (place_name(state, place)) }
            td { (what) }
            td { (detail) }
            td {
                @if mine && open {
                    @if let Some(href) = edit {
                        a href=(href) {
                            (t(lang, "activity-edit-link")) span.visually-hidden { " – " (what) " – " (date) }
                        }
                        " "
                    }
                    form.inline method="post" action=(delete) {
                        (csrf_field(ctx))
                        button.secondary type="submit" {
                            (t(lang, "activity-delete-button")) span.visually-hidden { " – " (what) " – " (date) }
                        }
                    }
                } @else if mine {
                    (t(lang, "activity-closed-short"))
                }
            }
        }
    }
}

/// Removes a day's quick-help count (own organisation, open month).
async fn delete_quick_help(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    ctx: Ctx,
) -> PageResult {
    let user = ctx.user()?;
    let id = id.parse::<i64>().map_err(|_| PageError::NotFound)?;
    let r = state
        .db
        .quick_help(id)
        .await?
        .filter(|r| {
            user.role == Role::EpnManager && user.organisations.contains(&r.organisation_id)
        })
        .ok_or(PageError::NotFound)?;
    let close_day = state.config.activity_close_day;
    if !is_open(r.date, state.today(), close_day) {
        let until =
            crate::ui::format::long_date(lang, &editable_until(r.date, close_day).to_string());
        return Err(PageError::conflict(
            t(lang, "activity-closed-title"),
            html! {
                p { (t_args(lang, "activity-closed-body", &[("until", until.into())])) }
                p { a href=(format!("/{}/bo/activity", lang.code())) { (t(lang, "activity-back")) } }
            },
        ));
    }
    state
        .db
        .delete_quick_help(r.id, Some(user.id), state.now().timestamp())
        .await?;
    Ok(Redirect::to(&format!("/{}/bo/activity?done=quick-deleted", lang.code())).into_response())
}
