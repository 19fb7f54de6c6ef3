//! Survey editions (issue 12, items 3 and 4), for the coordination: an
//! edition is a questionnaire version asked during a period at participating
//! places. Each place has its estimated weekly visitors (from its capacity
//! record of the edition's year, or typed), the `public` value its link
//! sets, its short link `{public_url}/s/{CODE}` and printable posters with a
//! QR code of that link; participation is computed from the complete
//! answers (`domain::survey::participation`), never typed.

mod poster;

use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use chrono::{Datelike, NaiveDate};
use domain::Lang;
use domain::Place;
use domain::account::Access;
use domain::place::LabelStatus;
use domain::statistics::Unit;
use domain::survey::edition::{EditionDraft, EditionError, EditionFields, PlaceDraft};
use domain::survey::participation::{Participation, PlaceCount, Ratio, participation};
use domain::survey::poster::{self as words, PaperSize, PosterWords};
use maud::{DOCTYPE, PreEscaped, html};
use store::survey::{Edition, EditionPlace, NewEdition, StoredQuestionnaire, WeeklySource};

use crate::AppState;
use crate::auth::{Ctx, csrf_field};
use crate::i18n::{Arg, t, t_args};
use crate::routes::Routes;
use crate::ui::figures::number_text;
use crate::ui::form::{FieldError, error_summary, radios, select_field, text_input};
use crate::ui::format::long_date;
use crate::ui::layout::back_office_page;
use crate::ui::{PageError, PageLang, PageResult};

const BASE: &str = "/bo/survey/editions";

/// The form's value for the questionnaire shipped with Passerelle (the 2021
/// one, `domain::survey::shipped`) while it is not stored: choosing it
/// stores it when the edition is saved, so that a fresh platform can start
/// an edition without importing a file.
const SHIPPED: &str = "shipped-epn-visitors";
/// The id the domain's check is given for it until it is stored.
const SHIPPED_ID: i64 = -1;

/// The shipped questionnaire when it is not stored yet.
async fn shipped_unstored(state: &AppState) -> PageResult<Option<domain::survey::Questionnaire>> {
    let form = domain::survey::shipped::epn_visitors_2021();
    let stored = state
        .db
        .questionnaire_version(&form.form_id, &form.version)
        .await?;
    Ok(stored.is_none().then_some(form))
}

pub fn routes() -> Routes {
    const C: Access = Access::COORDINATION;
    let e = "/{lang}/bo/survey/editions";
    Routes::new()
        .get(e, C, list_page)
        .post(e, C, create)
        .get(&format!("{e}/new"), C, new_page)
        .get(&format!("{e}/{{id}}"), C, edition_page)
        .get(&format!("{e}/{{id}}/edit"), C, edit_page)
        .post(&format!("{e}/{{id}}/edit"), C, update)
        .post(&format!("{e}/{{id}}/places"), C, add_place)
        .get(&format!("{e}/{{id}}/posters"), C, posters_page)
        .get(&format!("{e}/{{id}}/places/{{place}}"), C, place_page)
        .post(&format!("{e}/{{id}}/places/{{place}}"), C, save_place)
        .post(
            &format!("{e}/{{id}}/places/{{place}}/remove"),
            C,
            remove_place,
        )
        .get(
            &format!("{e}/{{id}}/places/{{place}}/poster"),
            C,
            poster_page,
        )
        .get(
            &format!("{e}/{{id}}/places/{{place}}/poster.svg"),
            C,
            poster_svg,
        )
        .get("/static/survey-poster.css", Access::Public, poster_css)
}

// ---------------------------------------------------------------- helpers

fn query_values(raw: &Option<String>, key: &str) -> Vec<String> {
    form_urlencoded::parse(raw.as_deref().unwrap_or("").as_bytes())
        .filter(|(k, _)| k == key)
        .map(|(_, v)| v.into_owned())
        .collect()
}

fn query_value(raw: &Option<String>, key: &str) -> Option<String> {
    query_values(raw, key).into_iter().next()
}

fn form_value(body: &[u8], key: &str) -> String {
    form_urlencoded::parse(body)
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default()
}

async fn edition_of(state: &AppState, id: &str) -> PageResult<Edition> {
    let id = id.parse::<i64>().map_err(|_| PageError::NotFound)?;
    state.db.edition(id).await?.ok_or(PageError::NotFound)
}

fn days(e: &Edition) -> i64 {
    (e.closes_on - e.opens_on).num_days() + 1
}

fn date(lang: Lang, d: NaiveDate) -> String {
    long_date(lang, &d.format("%Y-%m-%d").to_string())
}

fn questionnaire_name(lang: Lang, q: &StoredQuestionnaire) -> String {
    let title = q.form.title.get(lang.code(), q.form.default_language());
    t_args(
        lang,
        "survey-editions-questionnaire-name",
        &[
            ("title", title.to_owned().into()),
            ("version", q.form.version.clone().into()),
        ],
    )
}

fn percent(lang: Lang, r: Option<Ratio>) -> String {
    match r {
        Some(r) => number_text(lang, Unit::PerMille, r.percent_tenths()),
        None => t(lang, "survey-editions-no-participation"),
    }
}

/// The weeks of `days` days: "5", or "4,29" when not whole weeks.
fn weeks_text(lang: Lang, days: i64) -> String {
    if days % 7 == 0 {
        count(lang, days / 7)
    } else {
        number_text(lang, Unit::Hundredths, (days * 200 + 7) / 14)
    }
}

fn count(lang: Lang, n: i64) -> String {
    number_text(lang, Unit::Count, n)
}

/// The short link of a place's code.
fn short_link(state: &AppState, code: &str) -> String {
    state.config.link(&format!("/s/{code}"))
}

/// The participation of an edition from its places and answer counts.
fn participation_of(e: &Edition, places: &[EditionPlace], counts: &[(i64, i64)]) -> Participation {
    let input: Vec<PlaceCount> = places
        .iter()
        .map(|p| PlaceCount {
            place_id: p.place_id,
            answers: counts
                .iter()
                .find(|(id, _)| *id == p.place_id)
                .map_or(0, |c| c.1),
            weekly_visitors: p.weekly_visitors,
        })
        .collect();
    participation(days(e), &input)
}

/// Messages for the domain's errors, each naming its field.
fn field_errors(lang: Lang, errors: &[EditionError]) -> Vec<FieldError> {
    errors
        .iter()
        .map(|e| {
            let name = t(lang, &format!("survey-editions-field-{}", e.field));
            let anchor = match e.field {
                "illustrative" => "illustrative-yes",
                f => f,
            };
            FieldError::new(
                anchor,
                t_args(lang, e.kind.key(), &[("field", name.into())]),
            )
        })
        .collect()
}

fn with_status(mut res: Response, errors: &[FieldError]) -> Response {
    if !errors.is_empty() {
        *res.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    }
    res
}

// ---------------------------------------------------------------- the list

async fn list_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    ctx: Ctx,
) -> PageResult {
    ctx.user()?;
    let l = lang.code();
    let editions = state.db.editions().await?;
    let questionnaires = state.db.questionnaires().await?;
    let mut rows = Vec::new();
    for e in &editions {
        let places = state.db.edition_places(e.id).await?;
        let counts = state.db.answer_counts(e.id).await?;
        let p = participation_of(e, &places, &counts);
        rows.push((e, places.len(), p));
    }
    let title = t(lang, "survey-editions-title");
    let body = html! {
        h1 { (title) }
        p { (t(lang, "survey-editions-intro")) }
        p { a.button href=(format!("/{l}{BASE}/new")) { (t(lang, "survey-editions-new")) } }
        @if rows.is_empty() { p { (t(lang, "survey-editions-none")) } }
        @else {
            div.table-scroll {
                table.bo #survey-editions {
                    caption { (t(lang, "survey-editions-list-caption")) }
                    thead { tr {
                        th scope="col" { (t(lang, "survey-editions-field-title")) }
                        th scope="col" { (t(lang, "survey-editions-period")) }
                        th scope="col" { (t(lang, "survey-editions-field-questionnaire")) }
                        th scope="col" { (t(lang, "survey-editions-places")) }
                        th scope="col" { (t(lang, "survey-editions-answers")) }
                        th scope="col" { (t(lang, "survey-editions-participation")) }
                    } }
                    tbody {
                        @for (e, n_places, p) in &rows {
                            tr {
                                th scope="row" {
                                    a href=(format!("/{l}{BASE}/{}", e.id)) { (e.title) }
                                    @if e.illustrative { " " span.tag { (t(lang, "survey-editions-illustrative-tag")) } }
                                }
                                td { (t_args(lang, "survey-editions-period-text", &[("from", date(lang, e.opens_on).into()), ("to", date(lang, e.closes_on).into())])) }
                                td { (questionnaires.iter().find(|q| q.id == e.questionnaire_id).map(|q| questionnaire_name(lang, q)).unwrap_or_default()) }
                                td.num { (count(lang, *n_places as i64)) }
                                td.num { (count(lang, p.all_answers())) }
                                td.num { (percent(lang, p.overall)) }
                            }
                        }
                    }
                }
            }
        }
    };
    Ok(back_office_page(lang, &ctx, &title, BASE, body))
}

// ---------------------------------------------------------------- the form

fn draft_of(e: &Edition) -> EditionDraft {
    EditionDraft {
        questionnaire: e.questionnaire_id.to_string(),
        title: e.title.clone(),
        slug: e.slug.clone(),
        opens_on: e.opens_on.format("%Y-%m-%d").to_string(),
        closes_on: e.closes_on.format("%Y-%m-%d").to_string(),
        illustrative: if e.illustrative { "yes" } else { "no" }.into(),
        compare_with: e.compare_with.map(|c| c.to_string()).unwrap_or_default(),
    }
}

fn draft_from_body(body: &[u8]) -> EditionDraft {
    EditionDraft {
        questionnaire: form_value(body, "questionnaire"),
        title: form_value(body, "title"),
        slug: form_value(body, "slug"),
        opens_on: form_value(body, "opens_on"),
        closes_on: form_value(body, "closes_on"),
        illustrative: form_value(body, "illustrative"),
        compare_with: form_value(body, "compare_with"),
    }
}

/// The edition form, new (`this` none) or to correct one.
async fn render_form(
    state: &AppState,
    lang: Lang,
    ctx: &Ctx,
    this: Option<&Edition>,
    d: &EditionDraft,
    errors: &[FieldError],
) -> PageResult {
    let l = lang.code();
    let questionnaires = state.db.questionnaires().await?;
    let shipped = shipped_unstored(state).await?;
    let editions = state.db.editions().await?;
    let (title, action, tail) = match this {
        Some(e) => (
            t_args(
                lang,
                "survey-editions-edit-title",
                &[("title", e.title.clone().into())],
            ),
            format!("/{l}{BASE}/{}/edit", e.id),
            format!("{BASE}/{}/edit", e.id),
        ),
        None => (
            t(lang, "survey-editions-new"),
            format!("/{l}{BASE}"),
            format!("{BASE}/new"),
        ),
    };
    let hint = |key: &str| Some(t(lang, key));
    let body = html! {
        nav.crumbs aria-label=(t(lang, "breadcrumb")) {
            a href=(format!("/{l}{BASE}")) { (t(lang, "survey-editions-title")) }
            @if let Some(e) = this { " › " a href=(format!("/{l}{BASE}/{}", e.id)) { (e.title) } }
        }
        h1 #form-title { (title) }
        (error_summary(lang, errors))
        @if questionnaires.is_empty() && shipped.is_none() {
            p { (t(lang, "survey-editions-no-questionnaire")) }
        } @else {
            form method="post" action=(action) novalidate aria-labelledby="form-title" {
                (csrf_field(ctx))
                (select_field("questionnaire", &t(lang, "survey-editions-field-questionnaire"), hint("survey-editions-questionnaire-hint").as_deref(), errors, html! {
                    option value="" { (t(lang, "survey-editions-choose")) }
                    @for q in &questionnaires {
                        option value=(q.id) selected[d.questionnaire == q.id.to_string()] { (questionnaire_name(lang, q)) }
                    }
                    @if let Some(f) = &shipped {
                        option value=(SHIPPED) selected[d.questionnaire == SHIPPED] {
                            (t_args(lang, "survey-editions-shipped", &[
                                ("title", f.title.get(lang.code(), f.default_language()).to_owned().into()),
                                ("version", f.version.clone().into()),
                            ]))
                        }
                    }
                }))
                (text_input("title", &t(lang, "survey-editions-field-title"), "text", &d.title, hint("survey-editions-title-hint").as_deref(), errors))
                (text_input("slug", &t(lang, "survey-editions-field-slug"), "text", &d.slug, hint("survey-editions-slug-hint").as_deref(), errors))
                fieldset.field {
                    legend { (t(lang, "survey-editions-period")) }
                    (text_input("opens_on", &t(lang, "survey-editions-field-opens_on"), "text", &d.opens_on, hint("survey-editions-date-hint").as_deref(), errors))
                    (text_input("closes_on", &t(lang, "survey-editions-field-closes_on"), "text", &d.closes_on, hint("survey-editions-date-hint").as_deref(), errors))
                }
                (radios("illustrative", &t(lang, "survey-editions-field-illustrative"), hint("survey-editions-illustrative-hint").as_deref(),
                    &[("yes", t(lang, "survey-editions-yes")), ("no", t(lang, "survey-editions-no"))],
                    &d.illustrative, errors))
                (select_field("compare_with", &t(lang, "survey-editions-field-compare_with"), hint("survey-editions-compare-hint").as_deref(), errors, html! {
                    option value="" { (t(lang, "survey-editions-compare-none")) }
                    @for e in editions.iter().filter(|e| Some(e.id) != this.map(|x| x.id)) {
                        option value=(e.id) selected[d.compare_with == e.id.to_string()] { (e.title) }
                    }
                }))
                button type="submit" { (t(lang, "survey-editions-save")) }
            }
        }
    };
    Ok(with_status(
        back_office_page(lang, ctx, &title, &tail, body),
        errors,
    ))
}

async fn new_page(State(state): State<AppState>, PageLang(lang): PageLang, ctx: Ctx) -> PageResult {
    ctx.user()?;
    let d = EditionDraft {
        illustrative: "no".into(),
        ..EditionDraft::default()
    };
    render_form(&state, lang, &ctx, None, &d, &[]).await
}

async fn edit_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    ctx: Ctx,
) -> PageResult {
    ctx.user()?;
    let e = edition_of(&state, &id).await?;
    render_form(&state, lang, &ctx, Some(&e), &draft_of(&e), &[]).await
}

/// Checks a submitted edition: the domain's rules, then that its slug is
/// free. The fields, or the errors to show.
async fn checked(
    state: &AppState,
    lang: Lang,
    d: &EditionDraft,
    this: Option<i64>,
) -> PageResult<Result<EditionFields, Vec<FieldError>>> {
    let mut q_ids: Vec<i64> = state
        .db
        .questionnaires()
        .await?
        .iter()
        .map(|q| q.id)
        .collect();
    let mut d = d.clone();
    if d.questionnaire.trim() == SHIPPED && shipped_unstored(state).await?.is_some() {
        q_ids.push(SHIPPED_ID);
        d.questionnaire = SHIPPED_ID.to_string();
    }
    let e_ids: Vec<i64> = state.db.editions().await?.iter().map(|e| e.id).collect();
    match d.validate(&q_ids, &e_ids, this) {
        Err(e) => Ok(Err(field_errors(lang, &e))),
        Ok(f) => match state.db.edition_by_slug(&f.slug).await? {
            Some(other) if Some(other.id) != this => Ok(Err(vec![FieldError::new(
                "slug",
                t_args(
                    lang,
                    "survey-editions-error-slug-taken",
                    &[("slug", f.slug.clone().into())],
                ),
            )])),
            _ => Ok(Ok(f)),
        },
    }
}

/// The edition to store, the shipped questionnaire stored first when chosen.
async fn new_edition(state: &AppState, mut f: EditionFields) -> PageResult<NewEdition> {
    if f.questionnaire_id == SHIPPED_ID {
        let form = domain::survey::shipped::epn_visitors_2021();
        f.questionnaire_id = match state
            .db
            .questionnaire_version(&form.form_id, &form.version)
            .await?
        {
            Some(q) => q.id,
            None => {
                state
                    .db
                    .save_questionnaire(state.now().timestamp(), &form)
                    .await?
            }
        };
    }
    Ok(NewEdition {
        slug: f.slug,
        title: f.title,
        questionnaire_id: f.questionnaire_id,
        opens_on: f.opens_on,
        closes_on: f.closes_on,
        illustrative: f.illustrative,
        compare_with: f.compare_with,
    })
}

async fn create(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    ctx: Ctx,
    body: Bytes,
) -> PageResult {
    ctx.user()?;
    let d = draft_from_body(&body);
    match checked(&state, lang, &d, None).await? {
        Err(errors) => render_form(&state, lang, &ctx, None, &d, &errors).await,
        Ok(f) => {
            let id = state
                .db
                .create_edition(state.now().timestamp(), &new_edition(&state, f).await?)
                .await?;
            Ok(Redirect::to(&format!("/{}{BASE}/{id}?saved=1", lang.code())).into_response())
        }
    }
}

async fn update(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    ctx: Ctx,
    body: Bytes,
) -> PageResult {
    ctx.user()?;
    let e = edition_of(&state, &id).await?;
    let d = draft_from_body(&body);
    match checked(&state, lang, &d, Some(e.id)).await? {
        Err(errors) => render_form(&state, lang, &ctx, Some(&e), &d, &errors).await,
        Ok(f) => {
            let new = new_edition(&state, f).await?;
            state.db.update_edition(e.id, &new).await?;
            Ok(Redirect::to(&format!("/{}{BASE}/{}?saved=1", lang.code(), e.id)).into_response())
        }
    }
}

// ---------------------------------------------------------------- an edition

fn source_text(lang: Lang, p: &EditionPlace) -> Option<String> {
    match (p.weekly_visitors, p.weekly_source) {
        (Some(_), Some(WeeklySource::Capacity)) => Some(t(lang, "survey-editions-from-capacity")),
        (Some(_), Some(WeeklySource::Entered)) => Some(t(lang, "survey-editions-entered")),
        _ => None,
    }
}

/// The labelled EPN of the directory not yet in the edition, by name.
fn addable_places(state: &AppState, places: &[EditionPlace]) -> Vec<(i64, String)> {
    let dir = state.directory();
    let mut out: Vec<(i64, String)> = dir
        .summaries()
        .filter(|p| p.label == LabelStatus::Labelled)
        .filter(|p| !places.iter().any(|e| e.place_id == p.id))
        .map(|p| (p.id, p.name.to_owned()))
        .collect();
    out.sort_by_key(|a| a.1.to_lowercase());
    out
}

fn poster_href(lang: Lang, e: &Edition, place: i64, kind: &str, size: PaperSize) -> String {
    format!(
        "/{}{BASE}/{}/places/{place}/{kind}?size={}",
        lang.code(),
        e.id,
        size.code()
    )
}

#[allow(clippy::too_many_arguments)]
async fn render_edition(
    state: &AppState,
    lang: Lang,
    ctx: &Ctx,
    e: &Edition,
    notice: Option<String>,
    add: &PlaceDraft,
    add_place: &str,
    errors: &[FieldError],
) -> PageResult {
    let l = lang.code();
    let places = state.db.edition_places(e.id).await?;
    let counts = state.db.answer_counts(e.id).await?;
    let questionnaire = state.db.questionnaire(e.questionnaire_id).await?;
    let compare = match e.compare_with {
        Some(c) => state.db.edition(c).await?,
        None => None,
    };
    let p = participation_of(e, &places, &counts);
    let addable = addable_places(state, &places);
    let year = e.opens_on.year();
    let q_langs: Vec<String> = questionnaire
        .as_ref()
        .map(|q| q.form.languages.clone())
        .unwrap_or_default();
    let optional: Vec<&str> = words::OPTIONAL
        .into_iter()
        .filter(|o| q_langs.iter().any(|q| q == o))
        .collect();
    let hint = |key: &str| Some(t(lang, key));
    let name_of = |id: i64| {
        places
            .iter()
            .find(|x| x.place_id == id)
            .map_or_else(String::new, |x| x.place_name.clone())
    };
    let body = html! {
        nav.crumbs aria-label=(t(lang, "breadcrumb")) { a href=(format!("/{l}{BASE}")) { (t(lang, "survey-editions-title")) } }
        h1 { (e.title) }
        (error_summary(lang, errors))
        @if let Some(n) = &notice { p.notice role="status" { (n) } }
        @if e.illustrative { p.notice { (t(lang, "survey-editions-illustrative-note")) } }
        dl.facts {
            dt { (t(lang, "survey-editions-period")) }
            dd { (t_args(lang, "survey-editions-period-text", &[("from", date(lang, e.opens_on).into()), ("to", date(lang, e.closes_on).into())]))
                 " " span.small { "(" (t_args(lang, "survey-editions-days", &[("days", Arg::Number(days(e)))])) ")" } }
            dt { (t(lang, "survey-editions-field-questionnaire")) }
            dd { (questionnaire.as_ref().map(|q| questionnaire_name(lang, q)).unwrap_or_default()) }
            dt { (t(lang, "survey-editions-field-slug")) }
            dd { bdi { (e.slug) } }
            dt { (t(lang, "survey-editions-field-compare_with")) }
            dd { @match &compare {
                Some(c) => a href=(format!("/{l}{BASE}/{}", c.id)) { (c.title) },
                None => (t(lang, "survey-editions-compare-none")),
            } }
        }
        p { a href=(format!("/{l}{BASE}/{}/edit", e.id)) { (t(lang, "survey-editions-edit")) } }

        h2 #participation { (t(lang, "survey-editions-participation")) }
        @match p.overall {
            Some(r) => {
                p.figure { strong { (percent(lang, Some(r))) } }
                p { (t_args(lang, "survey-editions-formula", &[
                    ("answers", count(lang, p.answers).into()),
                    ("weeks", weeks_text(lang, p.days).into()),
                    ("visitors", count(lang, p.weekly_visitors).into()),
                    ("percent", percent(lang, Some(r)).into()),
                ])) }
                p.small { (t_args(lang, "survey-editions-n", &[("n", count(lang, p.answers).into()), ("places", Arg::from(places.len() - p.without_estimate.len()))])) }
            }
            None => p { (t(lang, "survey-editions-no-overall")) }
        }
        @if !p.without_estimate.is_empty() {
            p #without-estimate {
                (t_args(lang, "survey-editions-without-estimate", &[
                    ("places", p.without_estimate.iter().map(|id| name_of(*id)).collect::<Vec<_>>().join(", ").into()),
                ]))
                @if p.answers_without_estimate > 0 {
                    " " (t_args(lang, "survey-editions-without-estimate-answers", &[("answers", count(lang, p.answers_without_estimate).into())]))
                }
            }
        }

        h2 #places { (t(lang, "survey-editions-places")) }
        @if places.is_empty() { p { (t(lang, "survey-editions-no-places")) } }
        @else {
            div.table-scroll {
                table.bo #edition-places {
                    caption { (t(lang, "survey-editions-places-caption")) }
                    thead { tr {
                        th scope="col" { (t(lang, "survey-editions-place")) }
                        th scope="col" { (t(lang, "survey-editions-field-weekly_visitors")) }
                        th scope="col" { (t(lang, "survey-editions-field-public")) }
                        th scope="col" { (t(lang, "survey-editions-link")) }
                        th scope="col" { (t(lang, "survey-editions-answers")) }
                        th scope="col" { (t(lang, "survey-editions-participation")) }
                        th scope="col" { (t(lang, "survey-editions-posters")) }
                    } }
                    tbody {
                        @for (x, pp) in places.iter().zip(&p.places) {
                            tr {
                                th scope="row" { a href=(format!("/{l}{BASE}/{}/places/{}", e.id, x.place_id)) { (x.place_name) } }
                                td {
                                    @match x.weekly_visitors {
                                        Some(v) => { (count(lang, v)) @if let Some(s) = source_text(lang, x) { br; span.small { (s) } } }
                                        None => span.small { (t(lang, "survey-editions-no-estimate")) },
                                    }
                                }
                                td { @match &x.public { Some(v) => bdi { (v) }, None => "—" } }
                                td { bdi { a href=(short_link(state, &x.code)) { (short_link(state, &x.code)) } } }
                                td.num { (count(lang, pp.answers)) }
                                td.num { (percent(lang, pp.ratio)) }
                                td {
                                    a href=(poster_href(lang, e, x.place_id, "poster", PaperSize::A4)) { (t(lang, "survey-editions-poster-a4")) span.visually-hidden { " " (x.place_name) } }
                                    " · "
                                    a href=(poster_href(lang, e, x.place_id, "poster", PaperSize::A3)) { (t(lang, "survey-editions-poster-a3")) span.visually-hidden { " " (x.place_name) } }
                                    " · "
                                    a href=(poster_href(lang, e, x.place_id, "poster.svg", PaperSize::A4)) { "SVG" span.visually-hidden { " " (x.place_name) } }
                                }
                            }
                        }
                    }
                }
            }
        }

        h2 #add-place { (t(lang, "survey-editions-add-place")) }
        @if addable.is_empty() { p { (t(lang, "survey-editions-nothing-to-add")) } }
        @else {
            form method="post" action=(format!("/{l}{BASE}/{}/places#add-place", e.id)) novalidate aria-labelledby="add-place" {
                (csrf_field(ctx))
                (select_field("place", &t(lang, "survey-editions-place"), hint("survey-editions-place-hint").as_deref(), errors, html! {
                    option value="" { (t(lang, "survey-editions-choose")) }
                    @for (id, name) in &addable {
                        option value=(id) selected[add_place == id.to_string()] { (name) }
                    }
                }))
                (text_input("weekly_visitors", &t(lang, "survey-editions-field-weekly_visitors"), "text", &add.weekly_visitors,
                    Some(&t_args(lang, "survey-editions-weekly-hint", &[("year", Arg::from(year))])), errors))
                (text_input("public", &t(lang, "survey-editions-field-public"), "text", &add.public, hint("survey-editions-public-hint").as_deref(), errors))
                button type="submit" { (t(lang, "survey-editions-add")) }
            }
        }

        @if !places.is_empty() {
            h2 #all-posters { (t(lang, "survey-editions-posters")) }
            p { (t(lang, "survey-editions-posters-intro")) }
            form method="get" action=(format!("/{l}{BASE}/{}/posters", e.id)) aria-labelledby="all-posters" {
                (radios("size", &t(lang, "survey-editions-size"), None,
                    &[("a4", "A4".to_owned()), ("a3", "A3".to_owned())], "a4", &[]))
                @if !optional.is_empty() {
                    fieldset.field {
                        legend { (t(lang, "survey-editions-langs")) }
                        p.hint { (t(lang, "survey-editions-langs-hint")) }
                        @for o in &optional {
                            div.check {
                                input type="checkbox" id=(format!("langs-{o}")) name="langs" value=(o);
                                label for=(format!("langs-{o}")) { (t(lang, &format!("survey-editions-lang-{o}"))) }
                            }
                        }
                    }
                }
                button type="submit" { (t(lang, "survey-editions-show-posters")) }
            }
        }
    };
    let res = back_office_page(lang, ctx, &e.title, &format!("{BASE}/{}", e.id), body);
    Ok(with_status(res, errors))
}

async fn edition_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    RawQuery(raw): RawQuery,
    ctx: Ctx,
) -> PageResult {
    ctx.user()?;
    let e = edition_of(&state, &id).await?;
    let notice = if query_value(&raw, "saved").is_some() {
        Some(t(lang, "survey-editions-saved"))
    } else if let Some(name) = query_value(&raw, "added") {
        Some(t_args(
            lang,
            "survey-editions-added",
            &[("place", name.into())],
        ))
    } else {
        query_value(&raw, "removed")
            .map(|name| t_args(lang, "survey-editions-removed", &[("place", name.into())]))
    };
    render_edition(
        &state,
        lang,
        &ctx,
        &e,
        notice,
        &PlaceDraft::default(),
        "",
        &[],
    )
    .await
}

/// The weekly visitors to store: typed, or else from the place's capacity
/// record of the edition's year (none when it has none).
async fn weekly_visitors(
    state: &AppState,
    e: &Edition,
    place_id: i64,
    typed: Option<i64>,
) -> PageResult<(Option<i64>, Option<WeeklySource>)> {
    if let Some(v) = typed {
        return Ok((Some(v), Some(WeeklySource::Entered)));
    }
    let records = state.db.capacity_of_place(place_id).await?;
    let v = domain::capacity::estimated_weekly_visitors(
        records.iter().map(|r| &r.capacity),
        e.opens_on.year(),
    );
    Ok((v, v.map(|_| WeeklySource::Capacity)))
}

fn labelled_place(state: &AppState, id: &str) -> Option<Place> {
    let id = id.trim().parse::<i64>().ok()?;
    state
        .directory()
        .place(id)
        .filter(|p| p.label == LabelStatus::Labelled)
}

async fn add_place(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    ctx: Ctx,
    body: Bytes,
) -> PageResult {
    ctx.user()?;
    let e = edition_of(&state, &id).await?;
    let draft = PlaceDraft {
        weekly_visitors: form_value(&body, "weekly_visitors"),
        public: form_value(&body, "public"),
    };
    let chosen = form_value(&body, "place");
    let existing = state.db.edition_places(e.id).await?;
    let place =
        labelled_place(&state, &chosen).filter(|p| !existing.iter().any(|x| x.place_id == p.id));
    let mut errors = Vec::new();
    if place.is_none() {
        let key = if chosen.trim().is_empty() {
            "survey-editions-error-place-missing"
        } else {
            "survey-editions-error-place-unknown"
        };
        errors.push(FieldError::new("place", t(lang, key)));
    }
    let settings = match draft.validate() {
        Ok(s) => Some(s),
        Err(es) => {
            errors.extend(field_errors(lang, &es));
            None
        }
    };
    let (Some(place), Some(settings), true) = (place, settings, errors.is_empty()) else {
        return render_edition(&state, lang, &ctx, &e, None, &draft, &chosen, &errors).await;
    };
    let (visitors, source) =
        weekly_visitors(&state, &e, place.id, settings.weekly_visitors).await?;
    state
        .db
        .set_edition_place(e.id, place.id, visitors, source, settings.public.as_deref())
        .await?;
    let name: String = form_urlencoded::byte_serialize(place.name.as_bytes()).collect();
    Ok(Redirect::to(&format!(
        "/{}{BASE}/{}?added={name}#places",
        lang.code(),
        e.id
    ))
    .into_response())
}

// ---------------------------------------------------------------- a place

async fn place_of(state: &AppState, e: &Edition, place: &str) -> PageResult<EditionPlace> {
    let place = place.parse::<i64>().map_err(|_| PageError::NotFound)?;
    state
        .db
        .edition_places(e.id)
        .await?
        .into_iter()
        .find(|p| p.place_id == place)
        .ok_or(PageError::NotFound)
}

async fn render_place(
    state: &AppState,
    lang: Lang,
    ctx: &Ctx,
    e: &Edition,
    x: &EditionPlace,
    d: &PlaceDraft,
    errors: &[FieldError],
) -> PageResult {
    let l = lang.code();
    let counts = state.db.answer_counts(e.id).await?;
    let answers = counts.iter().find(|c| c.0 == x.place_id).map_or(0, |c| c.1);
    let p = participation_of(e, std::slice::from_ref(x), &[(x.place_id, answers)]);
    let year = e.opens_on.year();
    let title = x.place_name.clone();
    let link = short_link(state, &x.code);
    let body = html! {
        nav.crumbs aria-label=(t(lang, "breadcrumb")) {
            a href=(format!("/{l}{BASE}")) { (t(lang, "survey-editions-title")) }
            " › " a href=(format!("/{l}{BASE}/{}", e.id)) { (e.title) }
        }
        h1 #place-title { (title) }
        (error_summary(lang, errors))
        dl.facts {
            dt { (t(lang, "survey-editions-link")) }
            dd { bdi { a href=(link) { (link) } } }
            dt { (t(lang, "survey-editions-answers")) }
            dd { (count(lang, answers)) }
            dt { (t(lang, "survey-editions-field-weekly_visitors")) }
            dd { @match x.weekly_visitors {
                Some(v) => { (count(lang, v)) @if let Some(s) = source_text(lang, x) { " (" (s) ")" } }
                None => (t(lang, "survey-editions-no-estimate")),
            } }
            dt { (t(lang, "survey-editions-participation")) }
            dd { (percent(lang, p.places[0].ratio)) }
        }
        p {
            a href=(poster_href(lang, e, x.place_id, "poster", PaperSize::A4)) { (t(lang, "survey-editions-poster-a4")) }
            " · " a href=(poster_href(lang, e, x.place_id, "poster", PaperSize::A3)) { (t(lang, "survey-editions-poster-a3")) }
            " · " a href=(poster_href(lang, e, x.place_id, "poster.svg", PaperSize::A4)) { "SVG A4" }
            " · " a href=(poster_href(lang, e, x.place_id, "poster.svg", PaperSize::A3)) { "SVG A3" }
        }
        h2 #settings { (t(lang, "survey-editions-place-settings")) }
        form method="post" action=(format!("/{l}{BASE}/{}/places/{}", e.id, x.place_id)) novalidate aria-labelledby="settings" {
            (csrf_field(ctx))
            (text_input("weekly_visitors", &t(lang, "survey-editions-field-weekly_visitors"), "text", &d.weekly_visitors,
                Some(&t_args(lang, "survey-editions-weekly-hint", &[("year", Arg::from(year))])), errors))
            (text_input("public", &t(lang, "survey-editions-field-public"), "text", &d.public, Some(&t(lang, "survey-editions-public-hint")), errors))
            button type="submit" { (t(lang, "survey-editions-save")) }
        }
        h2 #remove { (t(lang, "survey-editions-remove-title")) }
        @if answers > 0 {
            p { (t(lang, "survey-editions-remove-not-possible")) }
        } @else {
            form method="post" action=(format!("/{l}{BASE}/{}/places/{}/remove", e.id, x.place_id)) aria-labelledby="remove" {
                (csrf_field(ctx))
                p { (t(lang, "survey-editions-remove-intro")) }
                button.secondary type="submit" { (t(lang, "survey-editions-remove")) }
            }
        }
    };
    let res = back_office_page(
        lang,
        ctx,
        &title,
        &format!("{BASE}/{}/places/{}", e.id, x.place_id),
        body,
    );
    Ok(with_status(res, errors))
}

async fn place_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id, place)): Path<(String, String, String)>,
    ctx: Ctx,
) -> PageResult {
    ctx.user()?;
    let e = edition_of(&state, &id).await?;
    let x = place_of(&state, &e, &place).await?;
    // An estimate from the capacity records shows as an empty field: saving
    // it empty takes the record of the year again.
    let d = PlaceDraft {
        weekly_visitors: match x.weekly_source {
            Some(WeeklySource::Entered) => x.weekly_visitors.map(|v| v.to_string()),
            _ => None,
        }
        .unwrap_or_default(),
        public: x.public.clone().unwrap_or_default(),
    };
    render_place(&state, lang, &ctx, &e, &x, &d, &[]).await
}

async fn save_place(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id, place)): Path<(String, String, String)>,
    ctx: Ctx,
    body: Bytes,
) -> PageResult {
    ctx.user()?;
    let e = edition_of(&state, &id).await?;
    let x = place_of(&state, &e, &place).await?;
    let d = PlaceDraft {
        weekly_visitors: form_value(&body, "weekly_visitors"),
        public: form_value(&body, "public"),
    };
    match d.validate() {
        Err(es) => {
            let errors = field_errors(lang, &es);
            render_place(&state, lang, &ctx, &e, &x, &d, &errors).await
        }
        Ok(s) => {
            let (visitors, source) =
                weekly_visitors(&state, &e, x.place_id, s.weekly_visitors).await?;
            state
                .db
                .set_edition_place(e.id, x.place_id, visitors, source, s.public.as_deref())
                .await?;
            Ok(
                Redirect::to(&format!("/{}{BASE}/{}?saved=1#places", lang.code(), e.id))
                    .into_response(),
            )
        }
    }
}

async fn remove_place(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id, place)): Path<(String, String, String)>,
    ctx: Ctx,
) -> PageResult {
    ctx.user()?;
    let e = edition_of(&state, &id).await?;
    let x = place_of(&state, &e, &place).await?;
    let answers = state
        .db
        .answer_counts(e.id)
        .await?
        .iter()
        .find(|c| c.0 == x.place_id)
        .map_or(0, |c| c.1);
    if answers > 0 {
        return Err(PageError::conflict(
            t(lang, "survey-editions-remove-title"),
            html! {
                p { (t(lang, "survey-editions-remove-not-possible")) }
                p { a href=(format!("/{}{BASE}/{}", lang.code(), e.id)) { (e.title) } }
            },
        ));
    }
    state.db.remove_edition_place(e.id, x.place_id).await?;
    let name: String = form_urlencoded::byte_serialize(x.place_name.as_bytes()).collect();
    Ok(Redirect::to(&format!(
        "/{}{BASE}/{}?removed={name}#places",
        lang.code(),
        e.id
    ))
    .into_response())
}

// ---------------------------------------------------------------- posters

/// The poster's size and languages from the query: `size=a4|a3`, and
/// `langs=en,ar` (or `langs=en&langs=ar`) to add to French and Dutch those
/// the questionnaire has.
async fn poster_options(
    state: &AppState,
    e: &Edition,
    raw: &Option<String>,
) -> PageResult<(PaperSize, Vec<&'static PosterWords>, Vec<&'static str>)> {
    let size = PaperSize::parse(&query_value(raw, "size").unwrap_or_default());
    let asked: Vec<&'static str> = query_values(raw, "langs")
        .iter()
        .flat_map(|v| words::parse_langs(v))
        .collect();
    let q_langs = state
        .db
        .questionnaire(e.questionnaire_id)
        .await?
        .map(|q| q.form.languages)
        .unwrap_or_default();
    let langs = words::languages(&asked, &q_langs);
    let extra: Vec<&'static str> = langs
        .iter()
        .copied()
        .filter(|l| !words::ALWAYS.contains(l))
        .collect();
    Ok((
        size,
        langs.iter().filter_map(|l| words::words(l)).collect(),
        extra,
    ))
}

fn poster_of<'a>(
    e: &'a Edition,
    x: &'a EditionPlace,
    size: PaperSize,
    langs: &[&'static PosterWords],
    link: &'a str,
) -> poster::Poster<'a> {
    poster::Poster {
        size,
        place: &x.place_name,
        edition: &e.title,
        link,
        langs: langs.to_vec(),
    }
}

async fn poster_svg(
    State(state): State<AppState>,
    Path((_, id, place)): Path<(String, String, String)>,
    RawQuery(raw): RawQuery,
    ctx: Ctx,
) -> PageResult {
    ctx.user()?;
    let e = edition_of(&state, &id).await?;
    let x = place_of(&state, &e, &place).await?;
    let (size, langs, _) = poster_options(&state, &e, &raw).await?;
    let link = short_link(&state, &x.code);
    let svg = poster::svg(&poster_of(&e, &x, size, &langs, &link), "poster");
    let file = format!("poster-{}-{}-{}.svg", e.slug, x.code, size.code());
    Ok(crate::ui::download::inline(
        "image/svg+xml; charset=utf-8",
        &file,
        svg,
    ))
}

const POSTER_CSS: &str = "\
@page { size: A4 portrait; margin: 0; }
@page a3 { size: A3 portrait; margin: 0; }
html, body { margin: 0; padding: 0; background: #fff; color: #000; font-family: system-ui, sans-serif; }
.toolbar { padding: 1rem; max-inline-size: 48rem; }
.toolbar a { display: inline-block; min-height: 44px; padding-block: 0.5rem; color: #0b4f9c; }
.sheet { inline-size: 210mm; block-size: 297mm; margin: 0 auto 1rem; box-shadow: 0 0 4px #888; overflow: hidden; }
.sheet.a3 { inline-size: 297mm; block-size: 420mm; page: a3; }
.sheet svg { display: block; inline-size: 100%; block-size: 100%; }
@media screen and (max-width: 60rem) { .sheet, .sheet.a3 { inline-size: 100%; block-size: auto; aspect-ratio: 210 / 297; } }
@media print {
  .toolbar { display: none; }
  .sheet { margin: 0; box-shadow: none; break-after: page; }
  .sheet:last-child { break-after: auto; }
}
";

async fn poster_css() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        POSTER_CSS,
    )
        .into_response()
}

/// A print-ready page: a toolbar on screen (back, how to print to PDF), then
/// one sheet per poster, each printed on its own page at its size.
fn print_page(
    lang: Lang,
    title: &str,
    back: &str,
    back_text: &str,
    size: PaperSize,
    sheets: Vec<String>,
) -> Response {
    let markup = html! {
        (DOCTYPE)
        html lang=(lang.code()) dir=(if lang.is_rtl() { "rtl" } else { "ltr" }) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " – " (t(lang, "site-name")) }
                link rel="stylesheet" href="/static/survey-poster.css";
                link rel="icon" href="data:,";
            }
            body {
                main {
                    div.toolbar {
                        h1 { (title) }
                        p { (t_args(lang, "survey-editions-print-help", &[("size", size.code().to_uppercase().into())])) }
                        p { a href=(back) { (back_text) } }
                    }
                    @for s in &sheets {
                        div.sheet.(size.code()) { (PreEscaped(s)) }
                    }
                }
            }
        }
    };
    Html(markup.into_string()).into_response()
}

async fn poster_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id, place)): Path<(String, String, String)>,
    RawQuery(raw): RawQuery,
    ctx: Ctx,
) -> PageResult {
    ctx.user()?;
    let e = edition_of(&state, &id).await?;
    let x = place_of(&state, &e, &place).await?;
    let (size, langs, _) = poster_options(&state, &e, &raw).await?;
    let link = short_link(&state, &x.code);
    let svg = poster::svg(&poster_of(&e, &x, size, &langs, &link), "poster");
    let title = t_args(
        lang,
        "survey-editions-poster-title",
        &[("place", x.place_name.clone().into())],
    );
    Ok(print_page(
        lang,
        &title,
        &format!("/{}{BASE}/{}/places/{}", lang.code(), e.id, x.place_id),
        &x.place_name,
        size,
        vec![svg],
    ))
}

async fn posters_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    RawQuery(raw): RawQuery,
    ctx: Ctx,
) -> PageResult {
    ctx.user()?;
    let e = edition_of(&state, &id).await?;
    let places = state.db.edition_places(e.id).await?;
    let (size, langs, _) = poster_options(&state, &e, &raw).await?;
    let sheets = places
        .iter()
        .enumerate()
        .map(|(i, x)| {
            let link = short_link(&state, &x.code);
            poster::svg(
                &poster_of(&e, x, size, &langs, &link),
                &format!("poster-{i}"),
            )
        })
        .collect();
    let title = t_args(
        lang,
        "survey-editions-posters-title",
        &[("edition", e.title.clone().into())],
    );
    Ok(print_page(
        lang,
        &title,
        &format!("/{}{BASE}/{}", lang.code(), e.id),
        &e.title,
        size,
        sheets,
    ))
}
