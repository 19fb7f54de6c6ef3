//! The yearly confirmation: once a year each labelled EPN confirms (or
//! corrects) its figures; they are checked against the criteria at once, and
//! what no longer meets one is flagged for the coordination — never withdrawn.

use std::collections::HashMap;

use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Datelike;
use domain::Lang;
use domain::label::{BasicPrice, LabelState};
use maud::html;
use store::label::{LabelApplication, LabelFacts};

use super::{forbidden, load, parse_hours};
use crate::AppState;
use crate::auth::{Ctx, csrf_field};
use crate::i18n::{Arg, t, t_args};
use crate::ui::form::{FieldError, error_for, error_summary, text_input};
use crate::ui::form::{radios, textarea};
use crate::ui::label::{hours_text, price_words};
use crate::ui::layout::back_office_page;
use crate::ui::{PageError, PageLang, PageResult};

type Fields = HashMap<String, String>;

fn prefill(lang: Lang, f: &LabelFacts) -> Fields {
    let mut v = Fields::new();
    let mut put = |k: &str, s: Option<String>| {
        v.insert(k.to_owned(), s.unwrap_or_default());
    };
    put("computers", f.computers.map(|c| c.to_string()));
    put(
        "training_hours",
        f.training_minutes.map(|m| hours_text(lang, m)),
    );
    put(
        "free_access_hours",
        f.free_access_minutes.map(|m| hours_text(lang, m)),
    );
    put(
        "open_to_all_adults",
        f.open_to_all_adults
            .map(|b| if b { "yes" } else { "no" }.to_owned()),
    );
    put("basic_price", f.basic_price.clone());
    put("activities", f.activities.clone());
    v
}

/// The figures confirmed, or what is wrong with them (every one is needed).
fn read(lang: Lang, v: &Fields, publics: &[String]) -> Result<LabelFacts, Vec<FieldError>> {
    let get = |k: &str| v.get(k).map(|s| s.trim().to_owned()).unwrap_or_default();
    let mut errors = Vec::new();
    let computers = get("computers")
        .parse::<i32>()
        .ok()
        .filter(|n| (0..=100_000).contains(n));
    if computers.is_none() {
        errors.push(FieldError::new(
            "computers",
            t(lang, "label-error-computers"),
        ));
    }
    let mut hours = |k: &str| {
        let m = parse_hours(&get(k));
        if m.is_none() {
            errors.push(FieldError::new(k, t(lang, "label-error-hours")));
        }
        m
    };
    let training_minutes = hours("training_hours");
    let free_access_minutes = hours("free_access_hours");
    let open_to_all_adults = match get("open_to_all_adults").as_str() {
        "yes" => Some(true),
        "no" => Some(false),
        _ => {
            errors.push(FieldError::new(
                "open_to_all_adults-yes",
                t(lang, "label-error-required-open-to-all-adults"),
            ));
            None
        }
    };
    let basic_price = BasicPrice::parse(&get("basic_price")).map(|p| p.code().to_owned());
    if basic_price.is_none() {
        errors.push(FieldError::new(
            "basic_price-free",
            t(lang, "label-error-required-basic-price"),
        ));
    }
    let activities = Some(get("activities")).filter(|a| !a.is_empty());
    if activities.is_none() {
        errors.push(FieldError::new(
            "activities",
            t(lang, "label-error-required-activities"),
        ));
    }
    if get("confirm") != "yes" {
        errors.push(FieldError::new("confirm", t(lang, "label-error-confirm")));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(LabelFacts {
        computers,
        opening_hours: None,
        training_minutes,
        free_access_minutes,
        open_to_all_adults,
        basic_price,
        publics: publics.to_vec(),
        activities,
    })
}

pub async fn confirm_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    ctx: Ctx,
) -> PageResult {
    let (app, user) = load(&state, lang, &ctx, &id).await?;
    if !user.manages(app.organisation_id) {
        return Err(forbidden(lang));
    }
    if app.state != LabelState::Granted {
        return Ok(Redirect::to(&format!(
            "/{}/bo/label/applications/{}",
            lang.code(),
            app.id
        ))
        .into_response());
    }
    let facts = match state.db.label_confirmation(app.id).await? {
        Some((_, _, f)) => f,
        None => app.facts.clone(),
    };
    Ok(render(
        &state,
        lang,
        &ctx,
        &app,
        &prefill(lang, &facts),
        &[],
        StatusCode::OK,
    ))
}

pub async fn save(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    ctx: Ctx,
    Form(fields): Form<Fields>,
) -> PageResult {
    let (app, user) = load(&state, lang, &ctx, &id).await?;
    if !user.manages(app.organisation_id) {
        return Err(forbidden(lang));
    }
    if app.state != LabelState::Granted {
        return Err(PageError::conflict(
            t(lang, "label-refused-title"),
            html! { p { (t(lang, "label-error-confirm-not-granted")) } },
        ));
    }
    let facts = match read(lang, &fields, &app.facts.publics) {
        Ok(f) => f,
        Err(errors) => {
            return Ok(render(
                &state,
                lang,
                &ctx,
                &app,
                &fields,
                &errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            ));
        }
    };
    let day = state.today();
    let confirmed = state
        .db
        .confirm_label(
            app.id,
            day.year(),
            &facts,
            Some(user.id),
            state.now().timestamp(),
        )
        .await?;
    if !confirmed {
        return Err(PageError::NotFound);
    }
    if let Some(cfg) = state.label_config() {
        state
            .db
            .review_labels_with(
                &cfg.rules,
                &state.region.country,
                day,
                Some(app.id),
                state.now().timestamp(),
            )
            .await?;
    }
    Ok(Redirect::to(&format!(
        "/{}/bo/label/applications/{}?confirmed",
        lang.code(),
        app.id
    ))
    .into_response())
}

fn render(
    state: &AppState,
    lang: Lang,
    ctx: &Ctx,
    app: &LabelApplication,
    v: &Fields,
    errors: &[FieldError],
    status: StatusCode,
) -> Response {
    let l = lang.code();
    let get = |k: &str| v.get(k).cloned().unwrap_or_default();
    let year = state.today().year();
    let dir = state.directory();
    let country = state.region.country.clone();
    let weeks = state.label_config().map_or(52, |c| c.rules.weeks_sampled);
    let title = t_args(
        lang,
        "label-confirm-title",
        &[
            ("year", Arg::Number(i64::from(year))),
            ("places", app.place_names().into()),
        ],
    );
    let yes_no = [("yes", t(lang, "label-yes")), ("no", t(lang, "label-no"))];
    let prices: Vec<(&str, String)> = ["free", "symbolic", "paid"]
        .into_iter()
        .map(|p| (p, price_words(lang, p)))
        .collect();
    let confirm_error = error_for(errors, "confirm");
    let body = html! {
        h1 dir="auto" { (title) }
        (error_summary(lang, errors))
        p { (t(lang, "label-confirm-intro")) }
        h2 { (t(lang, "label-confirm-directory")) }
        p { (t(lang, "label-confirm-directory-intro")) }
        @for p in &app.places {
            @let place = dir.place(p.id);
            @let place = place.as_ref();
            @let hours = place.and_then(|x| x.opening_hours.clone());
            @let weekly = hours.as_deref().and_then(|h| domain::label::criteria::usual_weekly_hours(h, &country, state.today(), weeks));
            h3 dir="auto" { (p.name) }
            ul {
                li { (t(lang, "label-field-opening-hours")) " : "
                    @match &hours { Some(h) => code { (h) }, None => (t(lang, "label-not-recorded")) }
                    @if let Some(w) = weekly { " – " (t_args(lang, "label-weekly-hours", &[("hours", crate::ui::label::figure(lang, &domain::label::criteria::fmt_hours(w)))])) }
                }
                li { (t(lang, "label-field-computers")) " : "
                    (place.and_then(|x| x.computers).map_or_else(|| t(lang, "label-not-recorded"), |c| c.to_string())) }
            }
            p { a href=(format!("/{l}/bo/places/{}", p.id)) { (t(lang, "label-confirm-edit-place")) span.visually-hidden { " – " (p.name) } } }
        }
        h2 { (t(lang, "label-confirm-figures")) }
        form method="post" action=(format!("/{l}/bo/label/applications/{}/confirm", app.id)) novalidate {
            (csrf_field(ctx))
            (text_input("computers", &t(lang, "label-field-computers"), "text", &get("computers"), Some(&t(lang, "label-hint-computers")), errors))
            (text_input("training_hours", &t(lang, "label-field-training-hours"), "text", &get("training_hours"), Some(&t(lang, "label-hint-weekly-hours")), errors))
            (text_input("free_access_hours", &t(lang, "label-field-free-access-hours"), "text", &get("free_access_hours"), Some(&t(lang, "label-hint-weekly-hours")), errors))
            (radios("open_to_all_adults", &t(lang, "label-field-open-to-all-adults"), Some(&t(lang, "label-hint-open-to-all-adults")), &yes_no, &get("open_to_all_adults"), errors))
            (radios("basic_price", &t(lang, "label-field-basic-price"), None, &prices, &get("basic_price"), errors))
            (textarea("activities", &t(lang, "label-field-activities"), Some(&t(lang, "label-hint-activities")), &get("activities"), errors))
            div.field.(if confirm_error.is_some() { "has-error" } else { "" }) {
                @if let Some(e) = confirm_error { p.field-error #confirm-error { (e) } }
                div.check {
                    input type="checkbox" #confirm name="confirm" value="yes" checked[get("confirm") == "yes"]
                        aria-describedby=[confirm_error.map(|_| "confirm-error")];
                    label for="confirm" { (t(lang, "label-field-confirm")) }
                }
            }
            button type="submit" { (t(lang, "label-confirm-button")) }
        }
        p { a href=(format!("/{l}/bo/label/applications/{}", app.id)) { (t(lang, "label-open-file")) } }
    };
    let page = back_office_page(
        lang,
        ctx,
        &title,
        &format!("/bo/label/applications/{}/confirm", app.id),
        body,
    );
    (status, page).into_response()
}
