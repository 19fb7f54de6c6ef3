//! Editing and creating a place. The coordination, and the managers of
//! organisations it trusts, publish at once; the other EPN managers' saves
//! become proposals for the coordination. A manager may only touch the
//! places of their organisations.

use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use domain::Lang;
use domain::account::Access;
use domain::{LabelStatus, PlaceColumns, PlaceKind};
use maud::{Markup, html};
use serde::Deserialize;
use store::accounts::{OrganisationRow, User};
use store::editing::{EditablePlace, NewProposal, ProposalFilter, ProposalStatus, UpdateOutcome};

use super::changes::forbidden;
use super::place_form::{PlaceForm, allowed_organisations, fields, validate};
use crate::AppState;
use crate::auth::{Ctx, csrf_field};
use crate::i18n::{t, t_args};
use crate::routes::Routes;
use crate::ui::form::{FieldError, error_summary};
use crate::ui::format::local_datetime;
use crate::ui::layout::back_office_page;
use crate::ui::{PageError, PageLang, PageResult};

pub fn routes() -> Routes {
    Routes::new()
        .get("/{lang}/bo/places/new", Access::PLACE_EDITORS, new_page)
        .post("/{lang}/bo/places/new", Access::PLACE_EDITORS, create)
        .get("/{lang}/bo/places/{id}", Access::PLACE_EDITORS, edit_page)
        .post("/{lang}/bo/places/{id}", Access::PLACE_EDITORS, save)
        .post(
            "/{lang}/bo/places/{id}/confirm",
            Access::PLACE_EDITORS,
            confirm,
        )
}

/// "Everything is still correct": confirms the place as it is (no proposal
/// needed, nothing changes but the date of the last check).
async fn confirm(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    ctx: Ctx,
) -> PageResult {
    let user = ctx.user()?;
    let place = load(&state, lang, user, &id).await?;
    let confirmed = state
        .db
        .confirm_place(place.id, user.id, state.now().timestamp())
        .await?;
    if !confirmed {
        return Err(PageError::NotFound);
    }
    refresh(&state).await;
    Ok(Redirect::to(&format!(
        "/{}/bo/places/{}?done=confirmed",
        lang.code(),
        place.id
    ))
    .into_response())
}

#[derive(Debug, Default, Deserialize)]
pub struct DoneQuery {
    #[serde(default)]
    done: String,
}

/// What the edit page shows around the form.
struct View<'a> {
    place: Option<&'a EditablePlace>,
    form: PlaceForm,
    errors: Vec<FieldError>,
    notice: Option<Markup>,
    show_hours_result: bool,
    organisations: Vec<OrganisationRow>,
    /// Saving publishes at once (else it sends a proposal).
    direct: bool,
}

/// A notice after a redirect (`?done=…`).
pub fn done_notice(lang: Lang, done: &str, public: Option<String>) -> Option<Markup> {
    let text = match done {
        "published" => t(lang, "edit-done-published"),
        "created" => t(lang, "edit-done-created"),
        "sent" => t(lang, "edit-done-sent"),
        "unchanged" => t(lang, "edit-done-unchanged"),
        "confirmed" => t(lang, "edit-done-confirmed"),
        _ => return None,
    };
    Some(html! {
        div.notice role="status" {
            p { (text) }
            @if let Some(url) = public.filter(|_| !matches!(done, "sent" | "unchanged" | "confirmed")) {
                p { a href=(url) { (t(lang, "edit-see-public")) } }
            }
        }
    })
}

async fn organisations_for(state: &AppState, user: &User) -> PageResult<Vec<OrganisationRow>> {
    let all = state.db.list_organisations().await?;
    Ok(allowed_organisations(user, all))
}

fn trusted(orgs: &[OrganisationRow], id: i64) -> bool {
    orgs.iter().any(|o| o.id == id && o.trusted)
}

fn render(state: &AppState, lang: Lang, ctx: &Ctx, v: View<'_>, status: StatusCode) -> Response {
    let l = lang.code();
    let (title, action) = match v.place {
        Some(p) => (p.record.name.clone(), format!("/{l}/bo/places/{}", p.id)),
        None => (t(lang, "edit-new-title"), format!("/{l}/bo/places/new")),
    };
    let tail = action.trim_start_matches(&format!("/{l}")).to_owned();
    let public = v
        .place
        .filter(|p| p.record.commune_nis.is_some())
        .map(|p| format!("/{l}/places/{}", p.id));
    let save = html! {
        button type="submit" name="action" value="save" {
            (if v.direct { t(lang, "edit-save") } else { t(lang, "edit-send") })
        }
    };
    let body = html! {
        nav.crumbs aria-label=(t(lang, "breadcrumb")) {
            a href=(format!("/{l}/bo/places")) { (t(lang, "bo-places")) }
        }
        h1 { (title) }
        @if let Some(n) = &v.notice { (n) }
        @if let Some(p) = v.place {
            p { (t_args(lang, "edit-organisation-line", &[("name", p.organisation_name.clone().into())])) }
            ul.inline-links {
                @if let Some(url) = &public { li { a href=(url) { (t(lang, "edit-see-public")) } } }
                li { a href=(format!("/{l}/bo/places/{}/history", p.id)) { (t(lang, "edit-history-link")) } }
            }
            form.confirm-place method="post" action=(format!("/{l}/bo/places/{}/confirm", p.id)) {
                (csrf_field(ctx))
                p.hint #confirm-hint { (t(lang, "edit-confirm-hint")) }
                button.secondary type="submit" aria-describedby="confirm-hint" { (t(lang, "edit-confirm-button")) }
            }
        }
        p { (if v.direct { t(lang, "edit-intro-direct") } else { t(lang, "edit-intro-proposal") }) }
        (error_summary(lang, &v.errors))
        form.place-form method="post" action=(action) novalidate {
            (csrf_field(ctx))
            // The first button of a form is the one Enter presses: saving, not checking the hours.
            div.actions.top { (save) }
            (fields(lang, state, &v.form, &v.errors, &v.organisations, v.show_hours_result))
            div.actions { (save) }
        }
        script src="/static/hours.js" defer {}
    };
    let mut res = back_office_page(lang, ctx, &title, &tail, body);
    *res.status_mut() = status;
    res
}

async fn edit_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    Query(q): Query<DoneQuery>,
    ctx: Ctx,
) -> PageResult {
    let user = ctx.user()?;
    let (place, organisations) = load_with_organisations(&state, lang, user, &id).await?;
    let public = Some(format!("/{}/places/{}", lang.code(), place.id));
    let mut notice = done_notice(lang, &q.done, public);
    let mut form = PlaceForm::from_record(&place.record);
    if !user.role.is_coordination() {
        // Carry on with one's own pending proposal rather than the published record.
        let pending = state
            .db
            .list_proposals(&ProposalFilter {
                status: Some(ProposalStatus::Pending),
                place_id: Some(place.id),
                ..Default::default()
            })
            .await
            .unwrap_or_default();
        if let Some(p) = pending.iter().find(|p| p.author_id == user.id) {
            form = PlaceForm::from_record(&p.after);
            let waiting = t_args(
                lang,
                "edit-pending",
                &[(
                    "date",
                    local_datetime(lang, state.region.timezone, p.created_at).into(),
                )],
            );
            notice = Some(html! {
                @if let Some(n) = notice { (n) }
                div.notice role="status" { p { (waiting) } }
            });
        }
    }
    let direct = user.role.is_coordination() || place.organisation_trusted;
    let view = View {
        place: Some(&place),
        form,
        errors: vec![],
        notice,
        show_hours_result: false,
        organisations,
        direct,
    };
    Ok(render(&state, lang, &ctx, view, StatusCode::OK))
}

/// The place `id` the person may change, with the organisations they may file it under.
async fn load_with_organisations(
    state: &AppState,
    lang: Lang,
    user: &User,
    id: &str,
) -> PageResult<(EditablePlace, Vec<OrganisationRow>)> {
    let place = load(state, lang, user, id).await?;
    let organisations = organisations_for(state, user).await?;
    Ok((place, organisations))
}

/// What a submitted place form leads to: the record to save, or the form
/// again with these errors (none when the button pressed only checks the hours).
fn to_save(
    validated: Result<PlaceColumns, Vec<FieldError>>,
    form: &PlaceForm,
) -> Result<PlaceColumns, Vec<FieldError>> {
    if form.action == "check" {
        return Err(vec![]);
    }
    validated
}

/// The form again after checking the hours or a refused save: the hours as
/// checked, and 422 when there are errors.
fn render_again(state: &AppState, lang: Lang, ctx: &Ctx, mut v: View<'_>) -> Response {
    v.form.hours = v.form.hours.after_submit(&state.region.country);
    let status = if v.errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render(state, lang, ctx, v, status)
}

/// The place `id`, if it exists and the person may change it.
async fn load(state: &AppState, lang: Lang, user: &User, id: &str) -> PageResult<EditablePlace> {
    let id = id.parse::<i64>().map_err(|_| PageError::NotFound)?;
    let place = state
        .db
        .editable_place(id)
        .await?
        .ok_or(PageError::NotFound)?;
    if !user.manages(place.record.organisation_id) {
        return Err(forbidden(lang));
    }
    Ok(place)
}

async fn save(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    ctx: Ctx,
    body: Bytes,
) -> PageResult {
    let user = ctx.user()?;
    let (place, organisations) = load_with_organisations(&state, lang, user, &id).await?;
    let form = PlaceForm::from_body(&body);
    let direct = user.role.is_coordination() || place.organisation_trusted;
    let result = validate(&state, lang, &form, &place.record, &organisations, false);
    let record = match to_save(result, &form) {
        Ok(r) => r,
        Err(errors) => {
            let view = View {
                place: Some(&place),
                form,
                errors,
                notice: None,
                show_hours_result: true,
                organisations,
                direct,
            };
            return Ok(render_again(&state, lang, &ctx, view));
        }
    };
    let l = lang.code();
    let done = if record == place.record {
        "unchanged"
    } else if user.role.is_coordination()
        || (place.organisation_trusted && trusted(&organisations, record.organisation_id))
    {
        let outcome = state
            .db
            .update_place(
                place.id,
                &record,
                Some(user.id),
                None,
                state.now().timestamp(),
            )
            .await?;
        if let UpdateOutcome::NotFound = outcome {
            return Err(PageError::NotFound);
        }
        refresh(&state).await;
        "published"
    } else {
        let proposal = NewProposal {
            place_id: Some(place.id),
            organisation_id: record.organisation_id,
            author_id: user.id,
            before: Some(&place.record),
            after: &record,
        };
        state
            .db
            .create_proposal(&proposal, state.now().timestamp())
            .await?;
        "sent"
    };
    Ok(Redirect::to(&format!("/{l}/bo/places/{}?done={done}", place.id)).into_response())
}

/// Rebuilds the public directory after a write, so that it shows at once.
pub async fn refresh(state: &AppState) {
    if let Err(e) = state.refresh().await {
        tracing::warn!(error = %e, "directory refresh after an edit failed");
    }
}

fn blank(organisations: &[OrganisationRow]) -> PlaceColumns {
    PlaceColumns {
        organisation_id: match organisations {
            [only] => only.id,
            _ => 0,
        },
        kind: PlaceKind::Epn,
        label_status: LabelStatus::None,
        ..Default::default()
    }
}

async fn new_page(State(state): State<AppState>, PageLang(lang): PageLang, ctx: Ctx) -> PageResult {
    let user = ctx.user()?;
    let organisations = organisations_for(&state, user).await?;
    let mut form = PlaceForm::from_record(&blank(&organisations));
    if form.organisation == "0" {
        form.organisation.clear();
    }
    let direct = user.role.is_coordination() || organisations.iter().all(|o| o.trusted);
    let view = View {
        place: None,
        form,
        errors: vec![],
        notice: None,
        show_hours_result: false,
        organisations,
        direct,
    };
    Ok(render(&state, lang, &ctx, view, StatusCode::OK))
}

async fn create(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    ctx: Ctx,
    body: Bytes,
) -> PageResult {
    let user = ctx.user()?;
    let organisations = organisations_for(&state, user).await?;
    let form = PlaceForm::from_body(&body);
    let base = blank(&organisations);
    let result = validate(&state, lang, &form, &base, &organisations, true);
    let direct_for = |org: i64| user.role.is_coordination() || trusted(&organisations, org);
    let record = match to_save(result, &form) {
        Ok(r) => r,
        Err(errors) => {
            let direct = form
                .organisation
                .parse()
                .map_or(user.role.is_coordination(), direct_for);
            let view = View {
                place: None,
                form,
                errors,
                notice: None,
                show_hours_result: true,
                organisations: organisations.clone(),
                direct,
            };
            return Ok(render_again(&state, lang, &ctx, view));
        }
    };
    let l = lang.code();
    if direct_for(record.organisation_id) {
        let id = state
            .db
            .add_place(&record, Some(user.id), state.now().timestamp())
            .await?;
        refresh(&state).await;
        Ok(Redirect::to(&format!("/{l}/bo/places/{id}?done=created")).into_response())
    } else {
        let proposal = NewProposal {
            place_id: None,
            organisation_id: record.organisation_id,
            author_id: user.id,
            before: None,
            after: &record,
        };
        state
            .db
            .create_proposal(&proposal, state.now().timestamp())
            .await?;
        Ok(Redirect::to(&format!("/{l}/bo/places?done=sent")).into_response())
    }
}
