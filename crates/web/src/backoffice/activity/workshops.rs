//! Collective workshops in the activity log: an EPN's managers record a
//! workshop held at one of their places, with anonymous counts of the
//! participants (each breakdown adding up to the total), and delete it
//! until the month closes. The list is on the activity page. A workshop can
//! start from a Passerelle session held at one of their places in the last
//! 60 days: its title, date, duration, level and confirmed bookings fill the
//! form (`?session=ID`, a plain GET form: no script), all editable.

use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::response::{IntoResponse, Redirect};
use domain::Lang;
use domain::activity::workshop::{Breakdown, WorkshopDraft};
use domain::activity::{editable_until, is_open, themes};
use domain::diagnostic::Level;
use domain::sessions::{Session, SessionStatus};
use maud::html;
use store::accounts::User;
use store::activity::workshops::WorkshopRecord;

use super::{RECORDERS, checkboxes, my_places, query_value, theme_label};
use crate::AppState;
use crate::auth::{Ctx, csrf_field};
use crate::i18n::{t, t_args};
use crate::routes::Routes;
use crate::ui::form::{FieldError, error_for, error_summary, radios, select_field, text_input};
use crate::ui::{PageError, PageLang, PageResult};

pub fn routes() -> Routes {
    Routes::new()
        .get("/{lang}/bo/activity/workshops/new", RECORDERS, new_page)
        .post("/{lang}/bo/activity/workshops", RECORDERS, create)
        .post(
            "/{lang}/bo/activity/workshops/{id}/delete",
            RECORDERS,
            delete,
        )
        .get(
            "/{lang}/bo/activity/workshops/{id}/edit",
            RECORDERS,
            edit_page,
        )
        .post("/{lang}/bo/activity/workshops/{id}/edit", RECORDERS, update)
}

/// How far back a Passerelle session can be recorded as a workshop, in days.
const SESSION_WINDOW_DAYS: i64 = 60;

/// The sessions held at this account's places in the last 60 days (not
/// cancelled, already over), most recent first.
async fn recent_sessions(state: &AppState, user: &User) -> Result<Vec<Session>, PageError> {
    let places: Vec<i64> = my_places(state, user).iter().map(|p| p.0).collect();
    if places.is_empty() {
        return Ok(Vec::new());
    }
    let now = state.now().timestamp();
    let mut list = state
        .db
        .sessions_of_organisations(
            Some(&user.organisations),
            now - SESSION_WINDOW_DAYS * 86_400,
            now,
        )
        .await?;
    list.retain(|s| {
        s.status == SessionStatus::Scheduled
            && s.ends_at <= now
            && s.place_id.is_some_and(|p| places.contains(&p))
    });
    list.sort_by_key(|s| std::cmp::Reverse((s.starts_at, s.id)));
    Ok(list)
}

/// A draft filled in from a session: place, local date, title, level,
/// duration and its confirmed bookings as the participants.
fn from_session(state: &AppState, s: &Session) -> WorkshopDraft {
    let tz = state.region.timezone;
    let date = chrono::DateTime::from_timestamp(s.starts_at, 0)
        .map(|d| d.with_timezone(&tz).date_naive().to_string())
        .unwrap_or_default();
    WorkshopDraft {
        place: s.place_id.map(|p| p.to_string()).unwrap_or_default(),
        session: s.id.to_string(),
        date,
        title: s.title.clone(),
        level: s.level.code().into(),
        minutes: ((s.ends_at - s.starts_at) / 60).max(1).to_string(),
        participants: if s.booked > 0 {
            s.booked.to_string()
        } else {
            String::new()
        },
        ..WorkshopDraft::default()
    }
}

fn may_record(user: &User, r: &WorkshopRecord) -> bool {
    user.role == domain::account::Role::EpnManager
        && user.organisations.contains(&r.organisation_id)
}

fn parse_form(body: &[u8]) -> WorkshopDraft {
    let mut d = WorkshopDraft::default();
    for b in Breakdown::ALL {
        d.counts[b.index()] = vec![String::new(); b.categories().len()];
    }
    for (k, v) in form_urlencoded::parse(body) {
        let v = v.into_owned();
        match k.as_ref() {
            "place" => d.place = v,
            "session" => d.session = v,
            "date" => d.date = v,
            "title" => d.title = v,
            "level" => d.level = v,
            "minutes" => d.minutes = v,
            "themes" => d.themes.push(v),
            "participants" => d.participants = v,
            other => {
                for b in Breakdown::ALL {
                    if let Some(i) = b.categories().iter().position(|c| b.field(c) == other) {
                        d.counts[b.index()][i] = v.clone();
                    }
                }
            }
        }
    }
    d
}

pub(super) fn check(
    state: &AppState,
    lang: Lang,
    user: &User,
    d: &WorkshopDraft,
    sessions: &[Session],
) -> Result<(i64, domain::activity::workshop::Workshop), Vec<FieldError>> {
    let checked = d.validate(state.today(), state.config.activity_close_day);
    let mut errors: Vec<FieldError> = match &checked {
        Ok(_) => Vec::new(),
        Err(errs) => errs
            .iter()
            .map(|e| {
                let message = match e.sums {
                    Some((sum, total)) => t_args(
                        lang,
                        e.key,
                        &[
                            ("sum", (sum as usize).into()),
                            ("total", (total as usize).into()),
                        ],
                    ),
                    None => t(lang, e.key),
                };
                FieldError::new(&e.field, message)
            })
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
        errors.insert(0, FieldError::new("place", t(lang, "activity-error-place")));
    }
    if let Ok(id) = d.session.trim().parse::<i64>()
        && !sessions.iter().any(|s| s.id == id)
    {
        errors.insert(
            0,
            FieldError::new("session", t(lang, "workshop-error-session")),
        );
    }
    match (checked, org) {
        (Ok(w), Some(org)) if errors.is_empty() => Ok((org, w)),
        _ => Err(errors),
    }
}

#[allow(clippy::too_many_arguments)]
fn render(
    state: &AppState,
    lang: Lang,
    ctx: &Ctx,
    d: &WorkshopDraft,
    errors: &[FieldError],
    sessions: &[Session],
    chosen: Option<&Session>,
    editing: Option<i64>,
) -> PageResult {
    let user = ctx.user()?;
    let l = lang.code();
    let places = my_places(state, user);
    let (title, action, tail) = match editing {
        Some(id) => (
            t(lang, "activity-import-workshop-edit-title"),
            format!("/{l}/bo/activity/workshops/{id}/edit"),
            format!("/bo/activity/workshops/{id}/edit"),
        ),
        None => (
            t(lang, "workshop-new-title"),
            format!("/{l}/bo/activity/workshops"),
            "/bo/activity/workshops/new".to_owned(),
        ),
    };
    let levels: Vec<(&str, String)> = Level::ALL
        .iter()
        .map(|lv| (lv.code(), t(lang, &lv.label_key())))
        .collect();
    let theme_options: Vec<(String, String)> = themes()
        .iter()
        .map(|th| (th.code.clone(), theme_label(lang, &th.code)))
        .collect();
    let body = html! {
        nav.crumbs aria-label=(t(lang, "breadcrumb")) { a href=(format!("/{l}/bo/activity")) { (t(lang, "activity-title")) } }
        h1 { (title) }
        (error_summary(lang, errors))
        p.hint { (t(lang, "workshop-form-intro")) }
        @if let Some(s) = chosen {
            p.notice role="status" { (t_args(lang, "workshop-session-used", &[("title", s.title.clone().into())])) }
        }
        @if !sessions.is_empty() && editing.is_none() {
            form.session-pick method="get" action=(format!("/{l}/bo/activity/workshops/new")) {
                (select_field("session", &t(lang, "workshop-field-session"), Some(&t(lang, "workshop-session-hint")), errors, html! {
                    option value="" selected[chosen.is_none()] { (t(lang, "workshop-session-none")) }
                    @for s in sessions {
                        option value=(s.id) selected[chosen.is_some_and(|c| c.id == s.id)] {
                            (crate::ui::format::local_date(lang, state.region.timezone, s.starts_at)) " – " (s.title)
                        }
                    }
                }))
                button.secondary type="submit" { (t(lang, "workshop-session-button")) }
            }
        }
        form.activity-form method="post" action=(action) novalidate {
            (csrf_field(ctx))
            @if chosen.is_some() { input type="hidden" name="session" value=(d.session); }
            @if places.len() == 1 && error_for(errors, "place").is_none() {
                input type="hidden" name="place" value=(places[0].0);
                p { (t(lang, "activity-field-place")) ": " strong { (places[0].2) } }
            } @else {
                (select_field("place", &t(lang, "activity-field-place"), None, errors, html! {
                    @for (id, _, name) in &places { option value=(id) selected[d.place == id.to_string()] { (name) } }
                }))
            }
            (text_input("title", &t(lang, "workshop-field-title"), "text", &d.title, None, errors))
            (text_input("date", &t(lang, "activity-field-date"), "date", &d.date, None, errors))
            (text_input("minutes", &t(lang, "workshop-field-minutes"), "number", &d.minutes, None, errors))
            (radios("level", &t(lang, "workshop-field-level"), None, &levels, &d.level, errors))
            (checkboxes("themes", &t(lang, "activity-field-themes"), &theme_options, &d.themes, errors))
            (text_input("participants", &t(lang, "workshop-field-participants"), "number", &d.participants, Some(&t(lang, "workshop-participants-hint")), errors))
            @for b in Breakdown::ALL {
                fieldset.field.breakdown {
                    legend { (t(lang, &format!("workshop-breakdown-{}", b.code()))) }
                    p.hint { (t(lang, "workshop-breakdown-hint")) }
                    @for (i, c) in b.categories().iter().enumerate() {
                        (text_input(&b.field(c), &t(lang, &format!("workshop-{}", b.field(c))), "number", d.count(b, i), None, errors))
                    }
                }
            }
            button type="submit" { (t(lang, "workshop-save-button")) }
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

async fn new_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    RawQuery(raw): RawQuery,
    ctx: Ctx,
) -> PageResult {
    let user = ctx.user()?;
    let places = my_places(&state, user);
    let only = (places.len() == 1).then(|| places[0].0);
    let sessions = recent_sessions(&state, user).await?;
    let chosen = query_value(&raw, "session")
        .and_then(|id| id.parse::<i64>().ok())
        .and_then(|id| sessions.iter().find(|s| s.id == id));
    let d = match chosen {
        Some(s) => from_session(&state, s),
        None => WorkshopDraft::with_defaults(only, state.today()),
    };
    render(&state, lang, &ctx, &d, &[], &sessions, chosen, None)
}

async fn create(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    ctx: Ctx,
    body: Bytes,
) -> PageResult {
    let user = ctx.user()?;
    let d = parse_form(&body);
    let sessions = recent_sessions(&state, user).await?;
    let (org, w) = match check(&state, lang, user, &d, &sessions) {
        Ok(ok) => ok,
        Err(errors) => {
            let chosen = sessions
                .iter()
                .find(|s| s.id.to_string() == d.session.trim());
            return render(&state, lang, &ctx, &d, &errors, &sessions, chosen, None);
        }
    };
    state
        .db
        .add_workshop(org, &w, Some(user.id), state.now().timestamp())
        .await?;
    Ok(Redirect::to(&format!(
        "/{}/bo/activity?done=workshop-saved#records-title",
        lang.code()
    ))
    .into_response())
}

/// The workshop, if this account may change it (404 otherwise: another
/// organisation's workshop is not even said to exist), and still open (409
/// with the reason otherwise).
async fn open_workshop(
    state: &AppState,
    lang: Lang,
    user: &User,
    id: &str,
) -> PageResult<WorkshopRecord> {
    let id = id.parse::<i64>().map_err(|_| PageError::NotFound)?;
    let r = state
        .db
        .workshop(id)
        .await?
        .filter(|r| may_record(user, r))
        .ok_or(PageError::NotFound)?;
    let close_day = state.config.activity_close_day;
    if !is_open(r.workshop.date, state.today(), close_day) {
        let until = crate::ui::format::long_date(
            lang,
            &editable_until(r.workshop.date, close_day).to_string(),
        );
        return Err(PageError::conflict(
            t(lang, "activity-closed-title"),
            html! {
                p { (t_args(lang, "activity-closed-body", &[("until", until.into())])) }
                p { a href=(format!("/{}/bo/activity", lang.code())) { (t(lang, "activity-back")) } }
            },
        ));
    }
    Ok(r)
}

/// The creation form, prefilled with the workshop (its session, if any, is
/// kept as it is: it is not changed here).
async fn edit_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    ctx: Ctx,
) -> PageResult {
    let user = ctx.user()?;
    let r = open_workshop(&state, lang, user, &id).await?;
    let d = WorkshopDraft::from_workshop(&r.workshop);
    render(&state, lang, &ctx, &d, &[], &[], None, Some(r.id))
}

async fn update(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    ctx: Ctx,
    body: Bytes,
) -> PageResult {
    let user = ctx.user()?;
    let r = open_workshop(&state, lang, user, &id).await?;
    let mut d = parse_form(&body);
    // The session it was filled in from is not part of the edit form.
    d.session = String::new();
    let (_, mut w) = match check(&state, lang, user, &d, &[]) {
        Ok(ok) => ok,
        Err(errors) => return render(&state, lang, &ctx, &d, &errors, &[], None, Some(r.id)),
    };
    w.session_id = r.workshop.session_id;
    state
        .db
        .update_workshop(r.id, &w, Some(user.id), state.now().timestamp())
        .await?;
    Ok(Redirect::to(&format!(
        "/{}/bo/activity?done=workshop-saved#records-title",
        lang.code()
    ))
    .into_response())
}

async fn delete(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    ctx: Ctx,
) -> PageResult {
    let user = ctx.user()?;
    let r = open_workshop(&state, lang, user, &id).await?;
    state
        .db
        .delete_workshop(r.id, Some(user.id), state.now().timestamp())
        .await?;
    Ok(Redirect::to(&format!(
        "/{}/bo/activity?done=workshop-deleted",
        lang.code()
    ))
    .into_response())
}
