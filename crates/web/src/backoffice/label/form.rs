//! The application form: opened for one or several places of an organisation
//! (prefilled from the directory), saved as a draft as often as needed, the
//! criteria explained from the answers given so far, then submitted.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use domain::Lang;
use domain::account::Role;
use domain::label::{BasicPrice, LabelState, Step};
use domain::vocab::VocabKind;
use maud::html;
use store::label::{DraftError, LabelApplication, LabelFacts, StepOutcome};

use super::{body_for, forbidden, load, parse_hours, refusal};
use crate::AppState;
use crate::auth::{Ctx, csrf_field};
use crate::i18n::{t, t_args};
use crate::services::label;
use crate::ui::form::{FieldError, error_for, error_summary, text_input};
use crate::ui::form::{radios, textarea};
use crate::ui::label::{charter_text, criteria_list, hours_text};
use crate::ui::layout::back_office_page;
use crate::ui::{PageError, PageLang, PageResult};

/// The form as typed (kept as typed, to show it again).
#[derive(Debug, Clone, Default)]
pub(crate) struct DraftInput {
    computers: String,
    opening_hours: String,
    training_hours: String,
    free_access_hours: String,
    open_to_all_adults: String,
    basic_price: String,
    publics: Vec<String>,
    activities: String,
    charter: String,
    action: String,
}

impl DraftInput {
    fn from_body(body: &[u8]) -> DraftInput {
        let mut d = DraftInput::default();
        for (k, v) in form_urlencoded::parse(body) {
            let v = v.into_owned();
            match k.as_ref() {
                "computers" => d.computers = v,
                "opening_hours" => d.opening_hours = v,
                "training_hours" => d.training_hours = v,
                "free_access_hours" => d.free_access_hours = v,
                "open_to_all_adults" => d.open_to_all_adults = v,
                "basic_price" => d.basic_price = v,
                "publics" => d.publics.push(v),
                "activities" => d.activities = v,
                "charter" => d.charter = v,
                "action" => d.action = v,
                _ => {}
            }
        }
        d
    }

    fn from_app(lang: Lang, app: &LabelApplication) -> DraftInput {
        let f = &app.facts;
        DraftInput {
            computers: f.computers.map(|c| c.to_string()).unwrap_or_default(),
            opening_hours: f.opening_hours.clone().unwrap_or_default(),
            training_hours: f
                .training_minutes
                .map(|m| hours_text(lang, m))
                .unwrap_or_default(),
            free_access_hours: f
                .free_access_minutes
                .map(|m| hours_text(lang, m))
                .unwrap_or_default(),
            open_to_all_adults: match f.open_to_all_adults {
                Some(true) => "yes".into(),
                Some(false) => "no".into(),
                None => String::new(),
            },
            basic_price: f.basic_price.clone().unwrap_or_default(),
            publics: f.publics.clone(),
            activities: f.activities.clone().unwrap_or_default(),
            charter: app.charter_version.clone().unwrap_or_default(),
            action: String::new(),
        }
    }

    /// The answers that can be kept, and what is wrong with the others.
    fn facts(&self, lang: Lang, state: &AppState) -> (LabelFacts, Vec<FieldError>) {
        let mut errors = Vec::new();
        let text = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
        let computers = text(&self.computers).and_then(|c| {
            let n = c.parse::<i32>().ok().filter(|n| (0..=100_000).contains(n));
            if n.is_none() {
                errors.push(FieldError::new(
                    "computers",
                    t(lang, "label-error-computers"),
                ));
            }
            n
        });
        let mut hours = |id: &str, s: &str| {
            text(s).and_then(|h| {
                let m = parse_hours(&h);
                if m.is_none() {
                    errors.push(FieldError::new(id, t(lang, "label-error-hours")));
                }
                m
            })
        };
        let training_minutes = hours("training_hours", &self.training_hours);
        let free_access_minutes = hours("free_access_hours", &self.free_access_hours);
        let opening_hours = text(&self.opening_hours);
        if let Some(h) = &opening_hours
            && domain::Hours::parse(h, &state.region.country).is_err()
        {
            errors.push(FieldError::new(
                "opening_hours",
                t(lang, "label-error-opening-hours"),
            ));
        }
        let activities = text(&self.activities);
        if activities
            .as_deref()
            .is_some_and(|a| a.chars().count() > 5000)
        {
            errors.push(FieldError::new(
                "activities",
                t(lang, "label-error-activities-long"),
            ));
        }
        let publics: Vec<String> = state
            .vocab
            .terms(VocabKind::Public)
            .iter()
            .filter(|term| self.publics.contains(&term.code))
            .map(|term| term.code.clone())
            .collect();
        let facts = LabelFacts {
            computers,
            opening_hours,
            training_minutes,
            free_access_minutes,
            open_to_all_adults: match self.open_to_all_adults.as_str() {
                "yes" => Some(true),
                "no" => Some(false),
                _ => None,
            },
            basic_price: BasicPrice::parse(&self.basic_price).map(|p| p.code().to_owned()),
            publics,
            activities,
        };
        (facts, errors)
    }
}

/// Opens a draft for the chosen places (`place`, repeated) of one organisation.
pub async fn create(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    ctx: Ctx,
    body: Bytes,
) -> PageResult {
    let user = ctx.user()?;
    let ids: Vec<i64> = form_urlencoded::parse(&body)
        .filter(|(k, _)| k == "place")
        .filter_map(|(_, v)| v.parse().ok())
        .collect();
    let mut records = Vec::new();
    for id in &ids {
        let p = state
            .db
            .editable_place(*id)
            .await?
            .ok_or_else(|| forbidden(lang))?;
        records.push(p.record);
    }
    let Some(first) = records.first() else {
        return no_place(&state, lang, &ctx).await;
    };
    if !user.manages(first.organisation_id) {
        return Err(forbidden(lang));
    }
    let price = first.price.as_deref().and_then(BasicPrice::parse);
    let facts = LabelFacts {
        computers: first.computers,
        opening_hours: first.opening_hours.clone(),
        basic_price: price.map(|p| p.code().to_owned()),
        publics: first.publics.clone(),
        ..LabelFacts::default()
    };
    let l = lang.code();
    let created = state
        .db
        .create_label_draft(
            first.organisation_id,
            &ids,
            &facts,
            Some(user.id),
            state.now().timestamp(),
        )
        .await?;
    match created {
        Ok(id) => {
            Ok(Redirect::to(&format!("/{l}/bo/label/applications/{id}/edit")).into_response())
        }
        Err(DraftError::NotInOrganisation(_)) => Err(forbidden(lang)),
        Err(DraftError::Busy { application_id, .. }) => Err(PageError::conflict(
            t(lang, "label-busy-title"),
            html! {
                p { (t(lang, "label-busy-text")) }
                p { a href=(format!("/{l}/bo/label/applications/{application_id}")) { (t(lang, "label-busy-link")) } }
            },
        )),
        Err(DraftError::NoPlace) => no_place(&state, lang, &ctx).await,
    }
}

/// The label's home again, saying that no place was chosen (422).
async fn no_place(state: &AppState, lang: Lang, ctx: &Ctx) -> PageResult {
    let errors = [FieldError::new("places", t(lang, "label-error-no-place"))];
    super::home::render(state, lang, ctx, &errors, StatusCode::UNPROCESSABLE_ENTITY).await
}

pub async fn edit_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    axum::extract::RawQuery(q): axum::extract::RawQuery,
    ctx: Ctx,
) -> PageResult {
    let (app, user) = load(&state, lang, &ctx, &id).await?;
    if !user.manages(app.organisation_id) {
        return Err(forbidden(lang));
    }
    if app.state != LabelState::Draft {
        return Ok(Redirect::to(&format!(
            "/{}/bo/label/applications/{}",
            lang.code(),
            app.id
        ))
        .into_response());
    }
    let notice = (q.as_deref() == Some("saved")).then(|| t(lang, "label-draft-saved"));
    let input = DraftInput::from_app(lang, &app);
    Ok(render(
        &state,
        lang,
        &ctx,
        &app,
        &input,
        &[],
        notice,
        StatusCode::OK,
    ))
}

pub async fn save(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    ctx: Ctx,
    body: Bytes,
) -> PageResult {
    let (app, user) = load(&state, lang, &ctx, &id).await?;
    if !user.manages(app.organisation_id) {
        return Err(forbidden(lang));
    }
    let l = lang.code();
    let input = DraftInput::from_body(&body);
    let (facts, mut errors) = input.facts(lang, &state);
    let current = state.label_config().and_then(|c| c.current_charter());
    let charter = current
        .map(|c| c.version.as_str())
        .filter(|v| !input.charter.is_empty() && *v == input.charter);
    let saved = state
        .db
        .save_label_draft(app.id, &facts, charter, state.now().timestamp())
        .await?;
    if !saved {
        return Err(conflict(lang, &app));
    }
    if input.action == "submit" {
        for field in facts.missing() {
            if errors.iter().all(|e| !e.field.starts_with(field)) {
                let key = format!("label-error-required-{}", field.replace('_', "-"));
                errors.push(FieldError::new(&error_anchor(field), t(lang, &key)));
            }
        }
        if charter.is_none() && current.is_some() {
            errors.push(FieldError::new("charter", t(lang, "label-error-charter")));
        }
        if errors.is_empty() {
            let by = if user.role == Role::EpnManager {
                body_for(user.role)
            } else {
                domain::label::Body::Coordination
            };
            match label::take_step(&state, &app, &Step::Submit, by, Some(user.id)).await? {
                StepOutcome::Done { .. } => {
                    return Ok(Redirect::to(&format!(
                        "/{l}/bo/label/applications/{}?sent",
                        app.id
                    ))
                    .into_response());
                }
                StepOutcome::Incomplete(missing) => {
                    for field in missing {
                        errors.push(FieldError::new(
                            &error_anchor(field),
                            t(lang, "label-error-incomplete"),
                        ));
                    }
                }
                _ => return Err(conflict(lang, &app)),
            }
        }
    } else if errors.is_empty() {
        return Ok(
            Redirect::to(&format!("/{l}/bo/label/applications/{}/edit?saved", app.id))
                .into_response(),
        );
    }
    let notice = Some(t(lang, "label-draft-saved-partly"));
    Ok(render(
        &state,
        lang,
        &ctx,
        &app,
        &input,
        &errors,
        notice,
        StatusCode::UNPROCESSABLE_ENTITY,
    ))
}

/// The id an error links to: the first radio button of a group.
fn error_anchor(field: &str) -> String {
    match field {
        "open_to_all_adults" => "open_to_all_adults-yes".into(),
        "basic_price" => "basic_price-free".into(),
        other => other.into(),
    }
}

/// The 409: the application has moved on and this form no longer applies.
fn conflict(lang: Lang, app: &LabelApplication) -> PageError {
    let l = lang.code();
    PageError::conflict(
        t(lang, "label-refused-title"),
        html! {
            p { (refusal(lang, app.state)) }
            p { a href=(format!("/{l}/bo/label/applications/{}", app.id)) { (t(lang, "label-open-file")) } }
        },
    )
}

#[allow(clippy::too_many_arguments)]
fn render(
    state: &AppState,
    lang: Lang,
    ctx: &Ctx,
    app: &LabelApplication,
    input: &DraftInput,
    errors: &[FieldError],
    notice: Option<String>,
    status: StatusCode,
) -> Response {
    let l = lang.code();
    let cfg = state.label_config();
    let charter = cfg.and_then(|c| c.current_charter());
    let (facts, _) = input.facts(lang, state);
    let accepted = charter.is_some_and(|c| c.version == input.charter);
    let results = cfg.map_or_else(Vec::new, |c| {
        facts.evaluate_known(&c.rules, accepted, &state.region.country, state.today())
    });
    let yes_no = [("yes", t(lang, "label-yes")), ("no", t(lang, "label-no"))];
    let prices: Vec<(&str, String)> = ["free", "symbolic", "paid"]
        .into_iter()
        .map(|p| (p, crate::ui::label::price_words(lang, p)))
        .collect();
    let title = t_args(
        lang,
        "label-form-title",
        &[("places", app.place_names().into())],
    );
    let body = html! {
        h1 dir="auto" { (title) }
        (error_summary(lang, errors))
        @if let Some(n) = &notice { p.notice role="status" { (n) } }
        p { (t(lang, "label-form-intro")) }
        section aria-labelledby="label-criteria-title" {
            h2 #label-criteria-title { (t(lang, "label-form-criteria")) }
            @if results.is_empty() { p { (t(lang, "label-form-criteria-none")) } }
            (criteria_list(lang, &results))
        }
        form method="post" action=(format!("/{l}/bo/label/applications/{}/edit", app.id)) novalidate {
            (csrf_field(ctx))
            h2 { (t(lang, "label-form-questions")) }
            (text_input("computers", &t(lang, "label-field-computers"), "text", &input.computers, Some(&t(lang, "label-hint-computers")), errors))
            (text_input("opening_hours", &t(lang, "label-field-opening-hours"), "text", &input.opening_hours, Some(&t(lang, "label-hint-opening-hours")), errors))
            (text_input("training_hours", &t(lang, "label-field-training-hours"), "text", &input.training_hours, Some(&t(lang, "label-hint-weekly-hours")), errors))
            (text_input("free_access_hours", &t(lang, "label-field-free-access-hours"), "text", &input.free_access_hours, Some(&t(lang, "label-hint-weekly-hours")), errors))
            (radios("open_to_all_adults", &t(lang, "label-field-open-to-all-adults"), Some(&t(lang, "label-hint-open-to-all-adults")), &yes_no, &input.open_to_all_adults, errors))
            (radios("basic_price", &t(lang, "label-field-basic-price"), None, &prices, &input.basic_price, errors))
            fieldset.field {
                legend { (t(lang, "label-field-publics")) }
                @for term in state.vocab.terms(VocabKind::Public) {
                    div.check {
                        input type="checkbox" id=(format!("publics-{}", term.code)) name="publics" value=(term.code) checked[input.publics.contains(&term.code)];
                        label for=(format!("publics-{}", term.code)) { (crate::ui::format::label(lang, VocabKind::Public, &term.code)) }
                    }
                }
            }
            (textarea("activities", &t(lang, "label-field-activities"), Some(&t(lang, "label-hint-activities")), &input.activities, errors))
            @if let Some(c) = charter {
                @let error = error_for(errors, "charter");
                fieldset.field.(if error.is_some() { "has-error" } else { "" }) {
                    legend { (t(lang, "label-charter-title")) }
                    (charter_text(lang, c))
                    @if let Some(e) = error { p.field-error #charter-error { (e) } }
                    div.check {
                        input type="checkbox" #charter name="charter" value=(c.version) checked[accepted]
                            aria-describedby=[error.map(|_| "charter-error")];
                        label for="charter" { (t(lang, "label-field-charter")) }
                    }
                }
            }
            div.label-buttons {
                button.secondary type="submit" name="action" value="save" { (t(lang, "label-save-draft")) }
                " "
                button type="submit" name="action" value="submit" { (t(lang, "label-submit")) }
            }
        }
        p { a href=(format!("/{l}/bo/label/applications/{}", app.id)) { (t(lang, "label-open-file")) } }
    };
    let page = back_office_page(
        lang,
        ctx,
        &title,
        &format!("/bo/label/applications/{}/edit", app.id),
        body,
    );
    (status, page).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_typed_form_is_read_back() {
        let d = DraftInput::from_body(
            b"computers=8&publics=adults&publics=seniors&action=submit&charter=2021-06-10",
        );
        assert_eq!(d.computers, "8");
        assert_eq!(d.publics, ["adults", "seniors"]);
        assert_eq!(
            (d.action.as_str(), d.charter.as_str()),
            ("submit", "2021-06-10")
        );
        assert_eq!(error_anchor("basic_price"), "basic_price-free");
    }
}
