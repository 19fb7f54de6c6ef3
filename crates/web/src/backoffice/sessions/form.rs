//! The form to publish a session (once or repeated) and to change one date.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{TimeZone, Utc};
use domain::Lang;
use domain::diagnostic::{DigCompArea, Level};
use domain::sessions::{Session, SessionDraft, Theme, format_price};
use domain::vocab::VocabKind;
use maud::{Markup, html};
use store::accounts::User;
use store::sessions::NewSession;

use super::managed_session;
use crate::AppState;
use crate::auth::{Ctx, csrf_field};
use crate::i18n::{t, t_args};
use crate::services::sessions;
use crate::ui::form::{FieldError, error_for, error_summary, field, select_field, text_input};
use crate::ui::format::label;
use crate::ui::sessions::field_errors;
use crate::ui::{PageError, PageLang, PageResult};

/// The form as typed: the draft and where it happens ("place:ID" or "mobile:ORG").
#[derive(Debug, Clone, Default)]
pub(super) struct SessionForm {
    pub draft: SessionDraft,
    pub where_: String,
}

impl SessionForm {
    fn from_body(body: &[u8]) -> SessionForm {
        let mut f = SessionForm::default();
        let d = &mut f.draft;
        for (k, v) in form_urlencoded::parse(body) {
            let v = v.into_owned();
            match k.as_ref() {
                "where" => f.where_ = v,
                "title" => d.title = v,
                "title_lang" => d.title_lang = v,
                "description" => d.description = v,
                "theme" => d.theme = v,
                "level" => d.level = v,
                "languages" => d.languages.push(v),
                "seats" => d.seats = v,
                "waiting_list" => d.waiting_list = true,
                "self_booking" => d.self_booking = true,
                "price" => d.price = v,
                "publics" => d.publics.push(v),
                "bring" => d.bring = v,
                "accessibility" => d.accessibility.push(v),
                "date" => d.date = v,
                "start" => d.start = v,
                "end" => d.end = v,
                "repeat" => d.repeat = v,
                "until" => d.until = v,
                "skip" => d.skip = v,
                "location" => d.location = v,
                "postcode" => d.postcode = v,
                _ => {}
            }
        }
        f
    }

    fn from_session(s: &Session, tz: chrono_tz::Tz) -> SessionForm {
        let local = |ts: i64| {
            Utc.timestamp_opt(ts, 0)
                .single()
                .unwrap_or_default()
                .with_timezone(&tz)
        };
        let (start, end) = (local(s.starts_at), local(s.ends_at));
        SessionForm {
            where_: match s.place_id {
                Some(p) => format!("place:{p}"),
                None => format!("mobile:{}", s.organisation_id),
            },
            draft: SessionDraft {
                title: s.title.clone(),
                title_lang: s.title_lang.clone().unwrap_or_default(),
                description: s.description.clone().unwrap_or_default(),
                theme: s.theme.code().into(),
                level: s.level.code().into(),
                languages: s.languages.clone(),
                seats: s.seats.to_string(),
                waiting_list: s.waiting_list,
                self_booking: s.self_booking,
                price: if s.price_cents == 0 {
                    String::new()
                } else {
                    format_price(s.price_cents, true)
                },
                publics: s.publics.clone(),
                bring: s.bring.clone().unwrap_or_default(),
                accessibility: s.accessibility.clone(),
                date: start.date_naive().to_string(),
                start: start.format("%H:%M").to_string(),
                end: end.format("%H:%M").to_string(),
                location: s.location.clone().unwrap_or_default(),
                postcode: s.postcode.clone().unwrap_or_default(),
                ..SessionDraft::default()
            },
        }
    }
}

/// Where this account may publish: (value, label) for the places of its
/// organisations and their mobile activities (everything for the coordination).
async fn where_options(
    state: &AppState,
    lang: Lang,
    user: &User,
) -> Result<Vec<(String, String)>, store::StoreError> {
    let dir = state.directory();
    let mut places: Vec<_> = dir
        .summaries()
        .filter(|p| user.manages(p.organisation_id))
        .collect();
    places.sort_by_key(|p| domain::text::fold(p.name));
    let mut out: Vec<(String, String)> = places
        .iter()
        .map(|p| (format!("place:{}", p.id), p.name.to_owned()))
        .collect();
    let orgs = state.db.list_organisations().await?;
    for o in orgs.iter().filter(|o| user.manages(o.id)) {
        out.push((
            format!("mobile:{}", o.id),
            t_args(
                lang,
                "sessions-mobile-of",
                &[("organisation", o.name.clone().into())],
            ),
        ));
    }
    Ok(out)
}

/// (organisation, place) from the "where" choice, if this account may publish there.
fn parse_where(state: &AppState, user: &User, v: &str) -> Option<(i64, Option<i64>)> {
    let (kind, id) = v.split_once(':')?;
    let id: i64 = id.parse().ok()?;
    match kind {
        "place" => {
            let org = state.directory().place(id)?.organisation_id;
            user.manages(org).then_some((org, Some(id)))
        }
        "mobile" => user.manages(id).then_some((id, None)),
        _ => None,
    }
}

fn checkboxes(
    lang: Lang,
    state: &AppState,
    name: &'static str,
    kind: VocabKind,
    chosen: &[String],
    errors: &[FieldError],
) -> Markup {
    let error = error_for(errors, name);
    html! {
        fieldset.field.checkboxes.(if error.is_some() { "has-error" } else { "" }) {
            legend { (t(lang, &format!("sessions-field-{name}"))) }
            @if let Some(e) = error { p.field-error id=(format!("{name}-error")) { (e) } }
            @for (i, term) in state.vocab.terms(kind).iter().enumerate() {
                @let id = if i == 0 { name.to_owned() } else { format!("{name}-{}", term.code) };
                div.check {
                    input type="checkbox" id=(id) name=(name) value=(term.code) checked[chosen.contains(&term.code)];
                    label for=(id) { (label(lang, kind, &term.code)) }
                }
            }
        }
    }
}

/// The whole form; `editing` is the session being changed (one date, no repetition).
async fn render(
    state: &AppState,
    lang: Lang,
    ctx: &Ctx,
    form: &SessionForm,
    errors: &[FieldError],
    editing: Option<&Session>,
) -> PageResult {
    let user = ctx.user()?;
    let places = where_options(state, lang, user).await?;
    let l = lang.code();
    let d = &form.draft;
    let (title, action) = match editing {
        Some(s) => (
            t(lang, "sessions-edit-title"),
            format!("/{l}/bo/sessions/{}/edit", s.id),
        ),
        None => (t(lang, "sessions-new-title"), format!("/{l}/bo/sessions")),
    };
    let hint = |key: &str| Some(t(lang, key));
    let body = html! {
        h1 { (title) }
        @if editing.is_some() { p { (t(lang, "sessions-edit-intro")) } }
        (error_summary(lang, errors))
        form.session-form method="post" action=(action) novalidate {
            (csrf_field(ctx))
            (select_field("where", &t(lang, "sessions-field-where"), None, errors, html! {
                @for (v, name) in &places { option value=(v) selected[*v == form.where_] { (name) } }
            }))
            (text_input("title", &t(lang, "sessions-field-title"), "text", &d.title, hint("sessions-title-hint").as_deref(), errors))
            (select_field("title_lang", &t(lang, "sessions-field-title-lang"), hint("sessions-title-lang-hint").as_deref(), errors, html! {
                option value="" selected[d.title_lang.is_empty()] { (t(lang, "sessions-title-lang-unsaid")) }
                @for term in state.vocab.terms(VocabKind::Language) {
                    option value=(term.code) selected[d.title_lang == term.code] { (label(lang, VocabKind::Language, &term.code)) }
                }
            }))
            (field("description", &t(lang, "sessions-field-description"), None, errors, |aria| html! {
                textarea #description name="description" rows="4" aria-invalid=[aria.invalid]
                    aria-describedby=[aria.described_by] { (d.description) }
            }))
            (select_field("theme", &t(lang, "sessions-field-theme"), None, errors, html! {
                @for area in DigCompArea::ALL {
                    optgroup label=(t(lang, &area.label_key())) {
                        @for th in Theme::of_area(area) {
                            option value=(th.code()) selected[d.theme == th.code()] { (t(lang, &th.label_key())) }
                        }
                    }
                }
            }))
            (select_field("level", &t(lang, "sessions-field-level"), None, errors, html! {
                @for lv in Level::ALL { option value=(lv.code()) selected[d.level == lv.code()] { (t(lang, &lv.label_key())) } }
            }))
            (checkboxes(lang, state, "languages", VocabKind::Language, &d.languages, errors))
            (text_input("date", &t(lang, "sessions-field-date"), "date", &d.date, None, errors))
            div.session-times {
                (text_input("start", &t(lang, "sessions-field-start"), "time", &d.start, None, errors))
                (text_input("end", &t(lang, "sessions-field-end"), "time", &d.end, None, errors))
            }
            @if editing.is_none() {
                (select_field("repeat", &t(lang, "sessions-field-repeat"), None, errors, html! {
                    @for (v, key) in [("", "sessions-repeat-once"), ("weekly", "sessions-repeat-weekly"), ("every-2-weeks", "sessions-repeat-every-2-weeks")] {
                        option value=(v) selected[d.repeat == v] { (t(lang, key)) }
                    }
                }))
                (text_input("until", &t(lang, "sessions-field-until"), "date", &d.until, hint("sessions-until-hint").as_deref(), errors))
                (text_input("skip", &t(lang, "sessions-field-skip"), "text", &d.skip, hint("sessions-skip-hint").as_deref(), errors))
            }
            (text_input("seats", &t(lang, "sessions-field-seats"), "number", &d.seats, None, errors))
            div.check {
                input #waiting_list type="checkbox" name="waiting_list" value="true" checked[d.waiting_list];
                label for="waiting_list" { (t(lang, "sessions-field-waiting_list")) }
            }
            div.check {
                input #self_booking type="checkbox" name="self_booking" value="true" checked[d.self_booking];
                label for="self_booking" { (t(lang, "sessions-field-self_booking")) }
            }
            (text_input("price", &t(lang, "sessions-field-price"), "text", &d.price, hint("sessions-price-hint").as_deref(), errors))
            (text_input("bring", &t(lang, "sessions-field-bring"), "text", &d.bring, hint("sessions-bring-hint").as_deref(), errors))
            (checkboxes(lang, state, "publics", VocabKind::Public, &d.publics, errors))
            (checkboxes(lang, state, "accessibility", VocabKind::Accessibility, &d.accessibility, errors))
            fieldset.field {
                legend { (t(lang, "sessions-mobile-legend")) }
                p.hint { (t(lang, "sessions-mobile-hint")) }
                (text_input("location", &t(lang, "sessions-field-location"), "text", &d.location, None, errors))
                (text_input("postcode", &t(lang, "sessions-field-postcode"), "text", &d.postcode, None, errors))
            }
            button type="submit" { (if editing.is_some() { t(lang, "sessions-save-button") } else { t(lang, "sessions-publish-button") }) }
        }
    };
    let tail = match editing {
        Some(s) => format!("/bo/sessions/{}/edit", s.id),
        None => "/bo/sessions/new".to_owned(),
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

pub(super) async fn new_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    ctx: Ctx,
) -> PageResult {
    let form = SessionForm {
        draft: SessionDraft {
            level: "beginner".into(),
            title_lang: lang.code().to_owned(),
            languages: vec![lang.code().to_owned()],
            waiting_list: true,
            seats: "10".into(),
            ..SessionDraft::default()
        },
        where_: String::new(),
    };
    render(&state, lang, &ctx, &form, &[], None).await
}

/// Checks the form; the session's fields and its occurrences, or the errors.
fn check(
    state: &AppState,
    lang: Lang,
    user: &User,
    form: &SessionForm,
) -> Result<(NewSession, domain::sessions::ValidSession), Vec<FieldError>> {
    let place = parse_where(state, user, &form.where_);
    let mobile = place.is_some_and(|(_, p)| p.is_none());
    let checked = form
        .draft
        .validate(mobile, &state.vocab, &state.region, state.now().timestamp());
    let mut errors = match &checked {
        Ok(_) => Vec::new(),
        Err(e) => field_errors(lang, e),
    };
    if place.is_none() {
        errors.insert(0, FieldError::new("where", t(lang, "sessions-error-where")));
    }
    match (place, checked) {
        (Some((org, place)), Ok(v)) if errors.is_empty() => {
            Ok((NewSession::from_valid(&v, org, place), v))
        }
        _ => Err(errors),
    }
}

pub(super) async fn create(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    ctx: Ctx,
    body: Bytes,
) -> PageResult {
    let user = ctx.user()?;
    let form = SessionForm::from_body(&body);
    let (new, v) = match check(&state, lang, user, &form) {
        Ok(ok) => ok,
        Err(errors) => return render(&state, lang, &ctx, &form, &errors, None).await,
    };
    let ids = state
        .db
        .publish_sessions(
            &new,
            v.recurrence.as_ref(),
            &v.occurrences,
            Some(user.id),
            state.now().timestamp(),
        )
        .await?;
    Ok(Redirect::to(&format!(
        "/{}/bo/sessions/{}?published={}",
        lang.code(),
        ids[0],
        ids.len()
    ))
    .into_response())
}

/// A past or cancelled session is not changed any more: the way back to its
/// page. (Which sessions this account may change: see [`managed_session`].)
fn closed(state: &AppState, lang: Lang, s: &Session) -> Option<Response> {
    (!s.is_bookable(state.now().timestamp())).then(|| {
        let back = format!("/{}/bo/sessions/{}", lang.code(), s.id);
        Redirect::to(&back).into_response()
    })
}

pub(super) async fn edit_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    ctx: Ctx,
) -> PageResult {
    let (_, s) = managed_session(&state, &ctx, &id).await?;
    if let Some(back) = closed(&state, lang, &s) {
        return Ok(back);
    }
    let form = SessionForm::from_session(&s, state.region.timezone);
    render(&state, lang, &ctx, &form, &[], Some(&s)).await
}

pub(super) async fn update(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    ctx: Ctx,
    body: Bytes,
) -> PageResult {
    let (user, s) = managed_session(&state, &ctx, &id).await?;
    if let Some(back) = closed(&state, lang, &s) {
        return Ok(back);
    }
    let mut form = SessionForm::from_body(&body);
    form.draft.repeat.clear();
    let (new, v) = match check(&state, lang, user, &form) {
        Ok(ok) => ok,
        Err(errors) => return render(&state, lang, &ctx, &form, &errors, Some(&s)).await,
    };
    let o = v.occurrences[0];
    let out =
        match sessions::change(&state, s.id, &new, o.starts_at, o.ends_at, Some(user.id)).await {
            // Fewer seats than people already booked.
            Err(store::StoreError::Invalid(_)) => {
                let errors = vec![FieldError::new(
                    "seats",
                    t_args(
                        lang,
                        "sessions-error-seats-below-booked",
                        &[("booked", s.booked.into())],
                    ),
                )];
                return render(&state, lang, &ctx, &form, &errors, Some(&s)).await;
            }
            changed => changed?.ok_or(PageError::NotFound)?,
        };
    let told = if out.moved { out.active.len() } else { 0 };
    Ok(Redirect::to(&format!(
        "/{}/bo/sessions/{}?saved={told}",
        lang.code(),
        s.id
    ))
    .into_response())
}
