//! The label's back-office home: an EPN manager sees their places with their
//! label and applications and can apply; the coordination and the committees
//! see their queue ([`super::queue`]).

use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use domain::Lang;
use domain::account::Role;
use domain::label::LabelState;
use maud::{Markup, html};
use store::accounts::User;
use store::label::{LabelApplication, LabelFilter, LabelPlace};

use crate::AppState;
use crate::auth::{Ctx, csrf_field};
use crate::i18n::{t, t_args};
use crate::ui::form::{FieldError, error_for, error_summary};
use crate::ui::format::local_date;
use crate::ui::label::state_name;
use crate::ui::layout::back_office_page;
use crate::ui::{PageLang, PageResult};

pub async fn home_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    RawQuery(q): RawQuery,
    ctx: Ctx,
) -> PageResult {
    let q = q.unwrap_or_default();
    let param = |name: &str| {
        form_urlencoded::parse(q.as_bytes())
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.into_owned())
    };
    let filter = param("state").and_then(|v| LabelState::parse(&v));
    let notice = match (param("reviewed"), param("resolved")) {
        (Some(n), _) => Some(t_args(
            lang,
            "label-review-done",
            &[("count", crate::i18n::Arg::Number(n.parse().unwrap_or(0)))],
        )),
        (None, Some(_)) => Some(t(lang, "label-flag-resolved")),
        _ => None,
    };
    render_with(&state, lang, &ctx, &[], StatusCode::OK, filter, notice).await
}

pub(crate) async fn render(
    state: &AppState,
    lang: Lang,
    ctx: &Ctx,
    errors: &[FieldError],
    status: StatusCode,
) -> PageResult {
    render_with(state, lang, ctx, errors, status, None, None).await
}

async fn render_with(
    state: &AppState,
    lang: Lang,
    ctx: &Ctx,
    errors: &[FieldError],
    status: StatusCode,
    filter: Option<LabelState>,
    notice: Option<String>,
) -> PageResult {
    let user = ctx.user()?;
    let main = if user.role == Role::EpnManager {
        manager_view(state, lang, ctx, user, errors).await?
    } else {
        super::queue::queue_view(state, lang, ctx, user, filter, notice).await?
    };
    let page = back_office_page(lang, ctx, &t(lang, "label-home-title"), "/bo/label", main);
    Ok((status, page).into_response())
}

/// The words of a place's label status in the directory.
pub(crate) fn status_words(lang: Lang, code: &str) -> String {
    t(lang, &format!("label-status-{code}"))
}

/// A table of applications: places, state, last change, link.
pub(crate) fn applications_table(
    lang: Lang,
    state: &AppState,
    caption: &str,
    apps: &[&LabelApplication],
) -> Markup {
    let l = lang.code();
    html! {
        div.table-scroll {
            table.bo.label-table {
                caption { (caption) }
                thead { tr {
                    th scope="col" { (t(lang, "label-col-places")) }
                    th scope="col" { (t(lang, "label-col-organisation")) }
                    th scope="col" { (t(lang, "label-col-state")) }
                    th scope="col" { (t(lang, "label-col-updated")) }
                } }
                tbody {
                    @for a in apps {
                        tr {
                            td { a href=(format!("/{l}/bo/label/applications/{}", a.id)) dir="auto" { (a.place_names()) } }
                            td dir="auto" { (a.organisation_name) }
                            td { (state_name(lang, a.state)) }
                            td { (local_date(lang, state.region.timezone, a.updated_at)) }
                        }
                    }
                }
            }
        }
    }
}

async fn manager_view(
    state: &AppState,
    lang: Lang,
    ctx: &Ctx,
    user: &User,
    errors: &[FieldError],
) -> Result<Markup, store::StoreError> {
    let apps = state
        .db
        .label_applications(&LabelFilter {
            organisations: Some(user.organisations.clone()),
            ..LabelFilter::default()
        })
        .await?;
    let all_places = state.db.label_places_of(&user.organisations).await?;
    let dir = state.directory();
    let l = lang.code();
    let mut sections = Vec::new();
    for org in &user.organisations {
        let places: Vec<&LabelPlace> = all_places
            .iter()
            .filter(|(o, _, _)| o == org)
            .map(|(_, _, p)| p)
            .collect();
        let Some(org_name) = all_places
            .iter()
            .find(|(o, _, _)| o == org)
            .map(|(_, n, _)| n)
        else {
            continue;
        };
        let latest = |place: i64| apps.iter().find(|a| a.places.iter().any(|p| p.id == place));
        let eligible: Vec<&&LabelPlace> = places
            .iter()
            .filter(|p| latest(p.id).is_none_or(|a| a.state.is_closed()))
            .collect();
        let error = error_for(errors, "places");
        sections.push(html! {
            section aria-labelledby=(format!("org-{org}")) {
                h2 #(format!("org-{org}")) dir="auto" { (org_name) }
                div.table-scroll {
                    table.bo.label-table {
                        caption { (t(lang, "label-your-places")) }
                        thead { tr {
                            th scope="col" { (t(lang, "label-col-place")) }
                            th scope="col" { (t(lang, "label-col-directory")) }
                            th scope="col" { (t(lang, "label-col-application")) }
                        } }
                        tbody {
                            @for p in &places {
                                tr {
                                    td {
                                        @if dir.contains(p.id) {
                                            a href=(format!("/{l}/places/{}", p.id)) dir="auto" { (p.name) }
                                        } @else { span dir="auto" { (p.name) } }
                                    }
                                    td { (status_words(lang, &p.label_status)) }
                                    td {
                                        @match latest(p.id) {
                                            Some(a) => a href=(format!("/{l}/bo/label/applications/{}", a.id)) { (state_name(lang, a.state)) },
                                            None => (t(lang, "label-no-application")),
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                @if eligible.is_empty() {
                    p { (t(lang, "label-nothing-to-apply")) }
                } @else {
                    form method="post" action=(format!("/{l}/bo/label/applications")) novalidate {
                        (csrf_field(ctx))
                        @if let [only] = eligible.as_slice() {
                            input type="hidden" name="place" value=(only.id);
                            button type="submit" { (t_args(lang, "label-apply-for", &[("place", only.name.clone().into())])) }
                        } @else {
                            fieldset.field #places tabindex="-1" aria-describedby=[error.map(|_| "places-error")] {
                                legend { (t(lang, "label-apply-which")) }
                                @if let Some(e) = error { p.field-error #places-error { (e) } }
                                @for p in &eligible {
                                    div.check {
                                        input type="checkbox" id=(format!("place-{}", p.id)) name="place" value=(p.id);
                                        label for=(format!("place-{}", p.id)) dir="auto" { (p.name) }
                                    }
                                }
                            }
                            button type="submit" { (t(lang, "label-apply")) }
                        }
                    }
                }
            }
        });
    }
    let mine: Vec<&LabelApplication> = apps.iter().collect();
    Ok(html! {
        h1 { (t(lang, "label-home-title")) }
        (error_summary(lang, errors))
        p { (t(lang, "label-home-intro-manager")) " " a href=(format!("/{l}/label")) { (t(lang, "label-home-about")) } }
        @for s in &sections { (s) }
        @if sections.is_empty() { p { (t(lang, "label-no-places")) } }
        @if !mine.is_empty() {
            h2 { (t(lang, "label-your-applications")) }
            (applications_table(lang, state, &t(lang, "label-your-applications"), &mine))
        }
    })
}
