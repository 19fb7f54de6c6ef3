//! The activity log of an EPN: its managers record individual supports (one
//! screen, defaults that fit most cases) and count quick helps with one
//! button press; they list, change and delete their organisation's records
//! until the month closes (`Config::activity_close_day` of the following
//! month). The coordination reads every organisation's records.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect};
use domain::Lang;
use domain::account::{Access, Role};
use domain::activity::{
    Autonomy, DraftError, Equipment, Location, QUICK_MINUTES, SupportDraft, editable_until,
    is_open, is_theme, themes,
};
use maud::{Markup, html};
use store::accounts::User;
use store::activity::SupportRecord;

mod import;
mod list;
mod workshops;

use crate::AppState;
use crate::auth::{Ctx, csrf_field};
use crate::i18n::{t, t_args};
use crate::routes::Routes;
use crate::ui::form::{FieldError, error_for, error_summary, radios, select_field, text_input};
use crate::ui::{PageError, PageLang, PageResult};

/// Those who record: the EPN managers, for their organisation's places.
const RECORDERS: Access = Access::Roles(&[Role::EpnManager]);

/// Records per page of the list.
const PER_PAGE: i64 = 25;

pub fn routes() -> Routes {
    Routes::new()
        .post("/{lang}/bo/activity", RECORDERS, create)
        .get("/{lang}/bo/activity/new", RECORDERS, new_page)
        .post("/{lang}/bo/activity/quick", RECORDERS, quick_help)
        .get("/{lang}/bo/activity/{id}/edit", RECORDERS, edit_page)
        .post("/{lang}/bo/activity/{id}/edit", RECORDERS, update)
        .post("/{lang}/bo/activity/{id}/delete", RECORDERS, delete)
        .merge(workshops::routes())
        .merge(import::routes())
        .merge(list::routes())
}

/// The places this account records at: its organisations' places, by name.
fn my_places(state: &AppState, user: &User) -> Vec<(i64, i64, String)> {
    if user.role != Role::EpnManager {
        return Vec::new();
    }
    let dir = state.directory();
    let mut out: Vec<(i64, i64, String)> = dir
        .summaries()
        .filter(|p| user.organisations.contains(&p.organisation_id))
        .map(|p| (p.id, p.organisation_id, p.name.to_owned()))
        .collect();
    out.sort_by_key(|p| domain::text::fold(&p.2));
    out
}

fn place_name(state: &AppState, id: i64) -> String {
    state
        .directory()
        .place_name(id)
        .map_or_else(|| format!("#{id}"), str::to_owned)
}

fn theme_label(lang: Lang, code: &str) -> String {
    t(lang, &format!("activity-theme-{code}"))
}

fn query_value(raw: &Option<String>, key: &str) -> Option<String> {
    form_urlencoded::parse(raw.as_deref().unwrap_or("").as_bytes())
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.into_owned())
}

/// May this account change this record (a manager of its organisation)?
fn may_record(user: &User, r: &SupportRecord) -> bool {
    user.role == Role::EpnManager && user.organisations.contains(&r.organisation_id)
}

fn parse_form(body: &[u8]) -> SupportDraft {
    let mut d = SupportDraft::default();
    for (k, v) in form_urlencoded::parse(body) {
        let v = v.into_owned();
        match k.as_ref() {
            "place" => d.place = v,
            "date" => d.date = v,
            "minutes" => d.minutes = v,
            "minutes_other" => d.minutes_other = v,
            "location" => d.location = v,
            "themes" => d.themes.push(v),
            "equipment" => d.equipment.push(v),
            "autonomy" => d.autonomy = v,
            "redirect_place" => d.redirect_place = v,
            "redirect_text" => d.redirect_text = v,
            _ => {}
        }
    }
    d
}

/// The record checked: the rules of `domain::activity`, then the place is
/// one of this account's and the redirection a place of the directory.
fn check(
    state: &AppState,
    lang: Lang,
    user: &User,
    d: &SupportDraft,
) -> Result<(i64, domain::activity::Support), Vec<FieldError>> {
    let checked = d.validate(state.today(), state.config.activity_close_day);
    let mut errors: Vec<FieldError> = match &checked {
        Ok(_) => Vec::new(),
        Err(errs) => errs
            .iter()
            .map(|DraftError { field, key }| FieldError::new(field, t(lang, key)))
            .collect(),
    };
    let places = my_places(state, user);
    let org = d
        .place
        .parse::<i64>()
        .ok()
        .and_then(|id| places.iter().find(|p| p.0 == id))
        .map(|p| p.1);
    if org.is_none() && error_for(&errors, "place").is_none() {
        errors.push(FieldError::new("place", t(lang, "activity-error-place")));
    }
    if let Ok(id) = d.redirect_place.trim().parse::<i64>()
        && state.directory().place(id).is_none()
    {
        errors.push(FieldError::new(
            "redirect_place",
            t(lang, "activity-error-redirect"),
        ));
    }
    match (checked, org) {
        (Ok(s), Some(org)) if errors.is_empty() => Ok((org, s)),
        _ => Err(errors),
    }
}

fn checkboxes(
    name: &str,
    legend: &str,
    options: &[(String, String)],
    chosen: &[String],
    errors: &[FieldError],
) -> Markup {
    let error = error_for(errors, name);
    html! {
        fieldset.field.checkboxes.(if error.is_some() { "has-error" } else { "" })
            aria-describedby=[error.map(|_| format!("{name}-error"))] {
            legend { (legend) }
            @if let Some(e) = error { p.field-error id=(format!("{name}-error")) { (e) } }
            @for (i, (code, text)) in options.iter().enumerate() {
                @let id = if i == 0 { name.to_owned() } else { format!("{name}-{code}") };
                div.check {
                    input type="checkbox" id=(id) name=(name) value=(code) checked[chosen.contains(code)];
                    label for=(id) { (text) }
                }
            }
        }
    }
}

/// The one-screen form; `editing` is the id of the record being changed.
fn render(
    state: &AppState,
    lang: Lang,
    ctx: &Ctx,
    d: &SupportDraft,
    errors: &[FieldError],
    editing: Option<i64>,
) -> PageResult {
    let user = ctx.user()?;
    let l = lang.code();
    let places = my_places(state, user);
    let (title, action, tail) = match editing {
        Some(id) => (
            t(lang, "activity-edit-title"),
            format!("/{l}/bo/activity/{id}/edit"),
            format!("/bo/activity/{id}/edit"),
        ),
        None => (
            t(lang, "activity-new-title"),
            format!("/{l}/bo/activity"),
            "/bo/activity/new".to_owned(),
        ),
    };
    let minutes: Vec<(String, String)> = QUICK_MINUTES
        .iter()
        .map(|m| {
            (
                m.to_string(),
                t_args(
                    lang,
                    "activity-minutes",
                    &[("minutes", (*m as usize).into())],
                ),
            )
        })
        .chain([("other".to_owned(), t(lang, "activity-minutes-other"))])
        .collect();
    let minutes_ref: Vec<(&str, String)> = minutes
        .iter()
        .map(|(v, s)| (v.as_str(), s.clone()))
        .collect();
    let options = |codes: Vec<&'static str>, prefix: &str| -> Vec<(&'static str, String)> {
        codes
            .into_iter()
            .map(|c| (c, t(lang, &format!("activity-{prefix}-{c}"))))
            .collect()
    };
    let locations = options(Location::ALL.iter().map(|x| x.code()).collect(), "location");
    let autonomy = options(Autonomy::ALL.iter().map(|x| x.code()).collect(), "autonomy");
    let equipment: Vec<(String, String)> = Equipment::ALL
        .iter()
        .map(|e| {
            (
                e.code().to_owned(),
                t(lang, &format!("activity-equipment-{}", e.code())),
            )
        })
        .collect();
    let theme_options: Vec<(String, String)> = themes()
        .iter()
        .map(|th| (th.code.clone(), theme_label(lang, &th.code)))
        .collect();
    let dir = state.directory();
    let mut all_places: Vec<_> = dir.summaries().collect();
    all_places.sort_by_key(|p| domain::text::fold(p.name));
    let body = html! {
        nav.crumbs aria-label=(t(lang, "breadcrumb")) { a href=(format!("/{l}/bo/activity")) { (t(lang, "activity-title")) } }
        h1 { (title) }
        (error_summary(lang, errors))
        p.hint { (t(lang, "activity-form-intro")) }
        form.activity-form method="post" action=(action) novalidate {
            (csrf_field(ctx))
            @if places.len() == 1 && error_for(errors, "place").is_none() {
                input type="hidden" name="place" value=(places[0].0);
                p { (t(lang, "activity-field-place")) ": " strong { (places[0].2) } }
            } @else {
                (select_field("place", &t(lang, "activity-field-place"), None, errors, html! {
                    @for (id, _, name) in &places { option value=(id) selected[d.place == id.to_string()] { (name) } }
                }))
            }
            (text_input("date", &t(lang, "activity-field-date"), "date", &d.date, None, errors))
            (radios("minutes", &t(lang, "activity-field-minutes"), None, &minutes_ref, &d.minutes, errors))
            (text_input("minutes_other", &t(lang, "activity-field-minutes-other"), "number", &d.minutes_other, Some(&t(lang, "activity-minutes-other-hint")), errors))
            (radios("location", &t(lang, "activity-field-location"), None, &locations, &d.location, errors))
            (checkboxes("themes", &t(lang, "activity-field-themes"), &theme_options, &d.themes, errors))
            (checkboxes("equipment", &t(lang, "activity-field-equipment"), &equipment, &d.equipment, errors))
            (radios("autonomy", &t(lang, "activity-field-autonomy"), None, &autonomy, &d.autonomy, errors))
            (select_field("redirect_place", &t(lang, "activity-field-redirect-place"), Some(&t(lang, "activity-redirect-hint")), errors, html! {
                option value="" selected[d.redirect_place.is_empty()] { (t(lang, "activity-redirect-none")) }
                @for p in &all_places { option value=(p.id) selected[d.redirect_place == p.id.to_string()] { (p.name) } }
            }))
            (text_input("redirect_text", &t(lang, "activity-field-redirect-text"), "text", &d.redirect_text, None, errors))
            button type="submit" { (t(lang, "activity-save-button")) }
        }
    };
    Ok(crate::ui::layout::back_office_form_page(
        lang,
        ctx,
        &title,
        &tail,
        body,
        !errors.is_empty(),
    ))
}

async fn new_page(State(state): State<AppState>, PageLang(lang): PageLang, ctx: Ctx) -> PageResult {
    let user = ctx.user()?;
    let places = my_places(&state, user);
    let only = (places.len() == 1).then(|| places[0].0);
    let d = SupportDraft::with_defaults(only, state.today());
    render(&state, lang, &ctx, &d, &[], None)
}

async fn create(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    ctx: Ctx,
    body: Bytes,
) -> PageResult {
    let user = ctx.user()?;
    let d = parse_form(&body);
    let (org, s) = match check(&state, lang, user, &d) {
        Ok(ok) => ok,
        Err(errors) => return render(&state, lang, &ctx, &d, &errors, None),
    };
    state
        .db
        .add_support(org, &s, Some(user.id), state.now().timestamp())
        .await?;
    Ok(Redirect::to(&format!("/{}/bo/activity?done=saved", lang.code())).into_response())
}

/// The record, if this account may change it (404 otherwise: another
/// organisation's record is not even said to exist), and still open (409
/// with the reason otherwise).
async fn open_record(
    state: &AppState,
    lang: Lang,
    user: &User,
    id: &str,
) -> PageResult<SupportRecord> {
    let id = id.parse::<i64>().map_err(|_| PageError::NotFound)?;
    let r = state
        .db
        .support(id)
        .await?
        .filter(|r| may_record(user, r))
        .ok_or(PageError::NotFound)?;
    if !is_open(
        r.support.date,
        state.today(),
        state.config.activity_close_day,
    ) {
        let l = lang.code();
        let until = crate::ui::format::long_date(
            lang,
            &editable_until(r.support.date, state.config.activity_close_day).to_string(),
        );
        return Err(PageError::conflict(
            t(lang, "activity-closed-title"),
            html! {
                p { (t_args(lang, "activity-closed-body", &[("until", until.into())])) }
                p { a href=(format!("/{l}/bo/activity")) { (t(lang, "activity-back")) } }
            },
        ));
    }
    Ok(r)
}

async fn edit_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    ctx: Ctx,
) -> PageResult {
    let user = ctx.user()?;
    let r = open_record(&state, lang, user, &id).await?;
    let d = SupportDraft::from_support(&r.support);
    render(&state, lang, &ctx, &d, &[], Some(r.id))
}

async fn update(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    ctx: Ctx,
    body: Bytes,
) -> PageResult {
    let user = ctx.user()?;
    let r = open_record(&state, lang, user, &id).await?;
    let d = parse_form(&body);
    let (_, s) = match check(&state, lang, user, &d) {
        Ok(ok) => ok,
        Err(errors) => return render(&state, lang, &ctx, &d, &errors, Some(r.id)),
    };
    state
        .db
        .update_support(r.id, &s, Some(user.id), state.now().timestamp())
        .await?;
    Ok(Redirect::to(&format!("/{}/bo/activity?done=saved", lang.code())).into_response())
}

async fn delete(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    ctx: Ctx,
) -> PageResult {
    let user = ctx.user()?;
    let r = open_record(&state, lang, user, &id).await?;
    state
        .db
        .delete_support(r.id, Some(user.id), state.now().timestamp())
        .await?;
    Ok(Redirect::to(&format!("/{}/bo/activity?done=deleted", lang.code())).into_response())
}

/// One quick help: +1 for today at the place, for the theme pressed.
async fn quick_help(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    ctx: Ctx,
    body: Bytes,
) -> PageResult {
    let user = ctx.user()?;
    let mut place = None;
    let mut theme = String::new();
    for (k, v) in form_urlencoded::parse(&body) {
        match k.as_ref() {
            "place" => place = v.parse::<i64>().ok(),
            "theme" => theme = v.into_owned(),
            _ => {}
        }
    }
    let places = my_places(&state, user);
    let Some((place_id, org, _)) = place.and_then(|id| places.into_iter().find(|p| p.0 == id))
    else {
        return Err(PageError::NotFound);
    };
    if !is_theme(&theme) {
        return Err(PageError::NotFound);
    }
    state
        .db
        .add_quick_help(
            org,
            place_id,
            state.today(),
            &theme,
            Some(user.id),
            state.now().timestamp(),
        )
        .await?;
    Ok(Redirect::to(&format!(
        "/{}/bo/activity?done=quick&theme={theme}#quick-title",
        lang.code()
    ))
    .into_response())
}
