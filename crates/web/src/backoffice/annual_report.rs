//! The coordination writes the annual report: for a year, every part of the
//! plan (introduction, each axis and measure, conclusion) in each of the
//! region's languages, with where its text stands; a part's editor (a text
//! in a simple markup: headings, lists, links) that saves drafts, asks for
//! a review, and lets a second person publish the text or send it back
//! with a note; a preview of the report with the texts being worked on.
//! The figures are never typed: the report takes them from the data.

use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::response::{IntoResponse, Redirect};
use domain::Lang;
use domain::account::Access;
use domain::annual_report::{MarkupError, PartKey, ReviewStep, StepRefusal, TextState, parts};
use domain::plan::Plan;
use maud::{Markup, html};
use store::annual_report::PartTexts;

use crate::AppState;
use crate::auth::{Ctx, csrf_field};
use crate::i18n::{t, t_args};

use crate::routes::Routes;
use crate::services::annual_report::{Texts, build, part_title, year_of, years};
use crate::services::notify::staff_langs;
use crate::ui::annual_report::report_body;
use crate::ui::form::{FieldError, error_summary, field, textarea};
use crate::ui::format::local_datetime;
use crate::ui::layout::{back_office_form_page, back_office_page};
use crate::ui::{PageError, PageLang, PageResult};

pub fn routes() -> Routes {
    Routes::new()
        .get("/{lang}/bo/annual-report", Access::COORDINATION, years_page)
        .get(
            "/{lang}/bo/annual-report/{year}",
            Access::COORDINATION,
            year_page,
        )
        .get(
            "/{lang}/bo/annual-report/{year}/preview",
            Access::COORDINATION,
            preview_page,
        )
        .get(
            "/{lang}/bo/annual-report/{year}/{part}/{text_lang}",
            Access::COORDINATION,
            editor_page,
        )
        .post(
            "/{lang}/bo/annual-report/{year}/{part}/{text_lang}",
            Access::COORDINATION,
            save,
        )
        .post(
            "/{lang}/bo/annual-report/{year}/{part}/{text_lang}/submit",
            Access::COORDINATION,
            submit,
        )
        .post(
            "/{lang}/bo/annual-report/{year}/{part}/{text_lang}/review",
            Access::COORDINATION,
            review,
        )
}

fn plan(state: &AppState) -> Result<&'static Plan, PageError> {
    crate::services::budget::plan(state).ok_or(PageError::NotFound)
}

fn plan_year(plan: &Plan, year: &str) -> Result<i32, PageError> {
    let y = year_of(year).ok_or(PageError::NotFound)?;
    if plan.years().contains(&y) {
        Ok(y)
    } else {
        Err(PageError::NotFound)
    }
}

fn form_value(body: &Bytes, key: &str) -> String {
    form_urlencoded::parse(body)
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default()
}

fn state_name(lang: Lang, s: TextState) -> String {
    t(lang, &format!("annual-bo-state-{}", s.code()))
}

/// Where a part stands in one language, in words.
fn standing(lang: Lang, texts: Option<&PartTexts>) -> String {
    let published = texts.and_then(|t| t.published.as_ref()).is_some();
    match texts.and_then(|t| t.working.as_ref()) {
        Some(w) if published => t_args(
            lang,
            "annual-bo-published-and",
            &[("state", state_name(lang, w.state).into())],
        ),
        Some(w) => state_name(lang, w.state),
        None if published => state_name(lang, TextState::Published),
        None => t(lang, "annual-bo-empty"),
    }
}

fn crumbs(lang: Lang, year: Option<i32>) -> Markup {
    let l = lang.code();
    html! {
        nav.crumbs aria-label=(t(lang, "breadcrumb")) {
            a href=(format!("/{l}/bo/annual-report")) { (t(lang, "annual-bo-title")) }
            @if let Some(y) = year {
                " › " a href=(format!("/{l}/bo/annual-report/{y}")) { (t_args(lang, "annual-year-link", &[("year", y.into())])) }
            }
        }
    }
}

async fn years_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    ctx: Ctx,
) -> PageResult {
    let plan = plan(&state)?;
    let l = lang.code();
    let title = t(lang, "annual-bo-title");
    let body = html! {
        h1 { (title) }
        p { (t(lang, "annual-bo-intro")) }
        ul {
            @for y in years(plan) {
                li { a href=(format!("/{l}/bo/annual-report/{y}")) { (t_args(lang, "annual-year-link", &[("year", y.into())])) } }
            }
        }
    };
    Ok(back_office_page(
        lang,
        &ctx,
        &title,
        "/bo/annual-report",
        body,
    ))
}

async fn year_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, year)): Path<(String, String)>,
    ctx: Ctx,
) -> PageResult {
    let plan = plan(&state)?;
    let year = plan_year(plan, &year)?;
    let l = lang.code();
    let langs = staff_langs(&state.region);
    let mut texts = Vec::new();
    for tl in &langs {
        texts.push(state.db.report_texts(year, tl.code()).await?);
    }
    let title = t_args(lang, "annual-bo-year-title", &[("year", year.into())]);
    let body = html! {
        (crumbs(lang, None))
        h1 { (title) }
        p { (t(lang, "annual-bo-year-intro")) }
        p {
            a href=(format!("/{l}/bo/annual-report/{year}/preview")) { (t(lang, "annual-bo-preview")) }
            " — "
            a href=(format!("/{l}/annual-report/{year}")) { (t(lang, "annual-bo-public-page")) }
        }
        div.table-scroll tabindex="0" role="region" aria-label=(title) {
            table.bo #report-parts {
                caption { (t(lang, "annual-bo-parts")) }
                thead { tr {
                    th scope="col" { (t(lang, "annual-bo-part")) }
                    @for tl in &langs { th scope="col" lang=(tl.code()) { (tl.autonym()) } }
                } }
                tbody {
                    @for part in parts(plan) {
                        @let code = part.code();
                        tr {
                            th scope="row" { (part_title(lang, plan, &part)) }
                            @for (tl, by_part) in langs.iter().zip(&texts) {
                                td {
                                    a href=(format!("/{l}/bo/annual-report/{year}/{code}/{}", tl.code())) {
                                        (standing(lang, by_part.get(&code)))
                                        span.visually-hidden { " — " (t_args(lang, "annual-bo-edit-label", &[("part", part_title(lang, plan, &part).into()), ("language", tl.autonym().to_owned().into())])) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    };
    Ok(back_office_page(
        lang,
        &ctx,
        &title,
        &format!("/bo/annual-report/{year}"),
        body,
    ))
}

async fn preview_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, year)): Path<(String, String)>,
    ctx: Ctx,
) -> PageResult {
    let plan = plan(&state)?;
    let year = plan_year(plan, &year)?;
    let r = build(&state, lang, year, Texts::Working)
        .await?
        .ok_or(PageError::NotFound)?;
    let body = html! {
        (crumbs(lang, Some(year)))
        (report_body(lang, &r, true))
    };
    Ok(back_office_page(
        lang,
        &ctx,
        &r.title,
        &format!("/bo/annual-report/{year}/preview"),
        body,
    ))
}

/// The year, the part and the text's language of an editor's address.
fn target(
    state: &AppState,
    year: &str,
    part: &str,
    text_lang: &str,
) -> Result<(&'static Plan, i32, PartKey, Lang), PageError> {
    let plan = plan(state)?;
    let year = plan_year(plan, year)?;
    let part = PartKey::parse(part, plan).ok_or(PageError::NotFound)?;
    let text_lang = Lang::parse(text_lang)
        .filter(|tl| staff_langs(&state.region).contains(tl))
        .ok_or(PageError::NotFound)?;
    Ok((plan, year, part, text_lang))
}

/// A mistake in a text, in words.
fn markup_error(lang: Lang, e: &MarkupError) -> String {
    match e {
        MarkupError::TooLong { chars } => t_args(
            lang,
            "annual-bo-error-too-long",
            &[
                ("chars", (*chars).into()),
                ("max", domain::annual_report::MAX_TEXT_CHARS.into()),
            ],
        ),
        MarkupError::BadLink { line, href } => t_args(
            lang,
            "annual-bo-error-link",
            &[("line", (*line).into()), ("href", href.clone().into())],
        ),
        MarkupError::EmptyLink { line } => t_args(
            lang,
            "annual-bo-error-empty-link",
            &[("line", (*line).into())],
        ),
        MarkupError::BadHeading { line } => {
            t_args(lang, "annual-bo-error-heading", &[("line", (*line).into())])
        }
    }
}

#[allow(clippy::too_many_arguments)]
async fn render_editor(
    state: &AppState,
    lang: Lang,
    ctx: &Ctx,
    plan: &Plan,
    year: i32,
    part: &PartKey,
    text_lang: Lang,
    typed: Option<&str>,
    errors: &[FieldError],
    notice: Option<String>,
) -> PageResult {
    let l = lang.code();
    let code = part.code();
    let texts = state.db.report_texts(year, text_lang.code()).await?;
    let here = texts.get(&code).cloned().unwrap_or_default();
    let me = ctx.user()?.id;
    let value = typed
        .map(str::to_owned)
        .or_else(|| here.working.as_ref().map(|w| w.body.clone()))
        .or_else(|| here.published.as_ref().map(|p| p.body.clone()))
        .unwrap_or_default();
    let title = t_args(
        lang,
        "annual-bo-editor-title",
        &[
            ("part", part_title(lang, plan, part).into()),
            ("language", text_lang.autonym().to_owned().into()),
        ],
    );
    let base = format!("/{l}/bo/annual-report/{year}/{code}/{}", text_lang.code());
    let tz = state.region.timezone;
    let body = html! {
        (crumbs(lang, Some(year)))
        (error_summary(lang, errors))
        h1 { (title) }
        @if let Some(n) = &notice { p.notice role="status" { (n) } }
        dl.facts {
            dt { (t(lang, "annual-bo-standing")) }
            dd #text-standing { (standing(lang, Some(&here))) }
            @if let Some(w) = &here.working {
                dt { (t(lang, "annual-bo-last-written")) }
                dd { (local_datetime(lang, tz, w.written_at)) @if let Some(e) = &w.written_by_email { " – " bdi { (e) } } }
                @if let Some(note) = &w.review_note {
                    dt { (t(lang, "annual-bo-review-note")) }
                    dd #review-note { (note) }
                }
            }
            @if let Some(p) = &here.published {
                dt { (t(lang, "annual-bo-published-on")) }
                dd { (p.reviewed_at.map(|at| local_datetime(lang, tz, at)).unwrap_or_default())
                    @if let Some(e) = &p.reviewed_by_email { " – " bdi { (e) } } }
            }
        }
        form method="post" action=(base) {
            (csrf_field(ctx))
            // The text is in its own language and direction, whatever the page's.
            (field("body", &t(lang, "annual-bo-field-text"), Some(&t(lang, "annual-bo-field-text-hint")), errors, |aria| html! {
                textarea #body name="body" lang=(text_lang.code()) dir=(if text_lang.is_rtl() { "rtl" } else { "ltr" }) rows="16"
                    aria-invalid=[aria.invalid] aria-describedby=[aria.described_by] { (value) }
            }))
            button type="submit" { (t(lang, "annual-bo-save")) }
        }
        @if let Some(w) = &here.working {
            @match w.state {
                TextState::Draft => form method="post" action=(format!("{base}/submit")) {
                    (csrf_field(ctx))
                    p { (t(lang, "annual-bo-submit-intro")) }
                    button type="submit" { (t(lang, "annual-bo-submit")) }
                },
                TextState::Review if w.written_by == Some(me) => p.notice #own-text { (t(lang, "annual-bo-own-text")) },
                TextState::Review => form method="post" action=(format!("{base}/review")) {
                    (csrf_field(ctx))
                    h2 { (t(lang, "annual-bo-review-title")) }
                    (textarea("note", &t(lang, "annual-bo-field-note"), Some(&t(lang, "annual-bo-field-note-hint")), "", errors))
                    button type="submit" name="step" value="publish" { (t(lang, "annual-bo-publish")) }
                    " "
                    button type="submit" name="step" value="send_back" { (t(lang, "annual-bo-send-back")) }
                },
                _ => {},
            }
        }
        @if let Some(p) = &here.published {
            details {
                summary { (t(lang, "annual-bo-published-text")) }
                pre.report-source { (p.body) }
            }
        }
    };
    Ok(back_office_form_page(
        lang,
        ctx,
        &title,
        &format!("/bo/annual-report/{year}/{code}/{}", text_lang.code()),
        body,
        !errors.is_empty(),
    ))
}

async fn editor_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, year, part, text_lang)): Path<(String, String, String, String)>,
    RawQuery(raw): RawQuery,
    ctx: Ctx,
) -> PageResult {
    let (plan, year, part, text_lang) = target(&state, &year, &part, &text_lang)?;
    let done = form_urlencoded::parse(raw.as_deref().unwrap_or("").as_bytes())
        .find(|(k, _)| k == "done")
        .map(|(_, v)| v.into_owned());
    let notice = done
        .filter(|d| ["saved", "submitted", "published", "sent_back"].contains(&d.as_str()))
        .map(|d| t(lang, &format!("annual-bo-done-{d}")));
    render_editor(
        &state,
        lang,
        &ctx,
        plan,
        year,
        &part,
        text_lang,
        None,
        &[],
        notice,
    )
    .await
}

async fn save(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, year, part, text_lang)): Path<(String, String, String, String)>,
    ctx: Ctx,
    body: Bytes,
) -> PageResult {
    let (plan, year, part, text_lang) = target(&state, &year, &part, &text_lang)?;
    let user = ctx.user()?.clone();
    let text = form_value(&body, "body").replace("\r\n", "\n");
    if let Err(errs) = domain::annual_report::parse(&text) {
        let errors: Vec<FieldError> = errs
            .iter()
            .map(|e| FieldError::new("body", markup_error(lang, e)))
            .collect();
        return render_editor(
            &state,
            lang,
            &ctx,
            plan,
            year,
            &part,
            text_lang,
            Some(&text),
            &errors,
            None,
        )
        .await;
    }
    state
        .db
        .save_report_draft(
            year,
            &part.code(),
            text_lang.code(),
            &text,
            Some(user.id),
            state.now().timestamp(),
        )
        .await?;
    Ok(redirect(lang, year, &part, text_lang, "saved"))
}

fn redirect(
    lang: Lang,
    year: i32,
    part: &PartKey,
    text_lang: Lang,
    done: &str,
) -> axum::response::Response {
    Redirect::to(&format!(
        "/{}/bo/annual-report/{year}/{}/{}?done={done}",
        lang.code(),
        part.code(),
        text_lang.code()
    ))
    .into_response()
}

fn refused(lang: Lang, year: i32, part: &PartKey, text_lang: Lang, why: StepRefusal) -> PageError {
    let l = lang.code();
    let key = match why {
        StepRefusal::OwnText => "annual-bo-refused-own",
        StepRefusal::WrongState | StepRefusal::Unknown => "annual-bo-refused-state",
    };
    PageError::conflict(
        t(lang, &format!("{key}-title")),
        html! {
            p { (t(lang, &format!("{key}-text"))) }
            p { a href=(format!("/{l}/bo/annual-report/{year}/{}/{}", part.code(), text_lang.code())) { (t(lang, "annual-bo-back-to-text")) } }
        },
    )
}

/// The id of the text being worked on for the part, if any.
async fn working_id(
    state: &AppState,
    year: i32,
    part: &PartKey,
    text_lang: Lang,
) -> Result<Option<i64>, PageError> {
    Ok(state
        .db
        .report_texts(year, text_lang.code())
        .await?
        .remove(&part.code())
        .and_then(|t| t.working)
        .map(|w| w.id))
}

async fn submit(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, year, part, text_lang)): Path<(String, String, String, String)>,
    ctx: Ctx,
) -> PageResult {
    let (_, year, part, text_lang) = target(&state, &year, &part, &text_lang)?;
    let user = ctx.user()?.clone();
    let Some(id) = working_id(&state, year, &part, text_lang).await? else {
        return Err(refused(lang, year, &part, text_lang, StepRefusal::Unknown));
    };
    match state
        .db
        .submit_report_text(id, Some(user.id), state.now().timestamp())
        .await?
    {
        Ok(()) => Ok(redirect(lang, year, &part, text_lang, "submitted")),
        Err(why) => Err(refused(lang, year, &part, text_lang, why)),
    }
}

async fn review(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, year, part, text_lang)): Path<(String, String, String, String)>,
    ctx: Ctx,
    body: Bytes,
) -> PageResult {
    let (plan, year, part, text_lang) = target(&state, &year, &part, &text_lang)?;
    let user = ctx.user()?.clone();
    let note = form_value(&body, "note");
    let step = match form_value(&body, "step").as_str() {
        "publish" => ReviewStep::Publish,
        "send_back" => ReviewStep::SendBack,
        _ => {
            let errors = [FieldError::new("note", t(lang, "annual-bo-error-no-step"))];
            return render_editor(
                &state, lang, &ctx, plan, year, &part, text_lang, None, &errors, None,
            )
            .await;
        }
    };
    if step == ReviewStep::SendBack && note.trim().is_empty() {
        let errors = [FieldError::new(
            "note",
            t(lang, "annual-bo-error-send-back-needs-note"),
        )];
        return render_editor(
            &state, lang, &ctx, plan, year, &part, text_lang, None, &errors, None,
        )
        .await;
    }
    let Some(id) = working_id(&state, year, &part, text_lang).await? else {
        return Err(refused(lang, year, &part, text_lang, StepRefusal::Unknown));
    };
    match state
        .db
        .review_report_text(id, step, Some(&note), user.id, state.now().timestamp())
        .await?
    {
        Ok(()) => Ok(redirect(
            lang,
            year,
            &part,
            text_lang,
            match step {
                ReviewStep::Publish => "published",
                ReviewStep::SendBack => "sent_back",
            },
        )),
        Err(why) => Err(refused(lang, year, &part, text_lang, why)),
    }
}
