//! One referral: what each side may see, its history, and the steps the
//! viewer may take. Reading it from another structure than the referring one
//! is written to the audit log (`person.view`).

use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};
use domain::Lang;
use domain::referral::{ContactWay, Step, StepKind, TransitionError, need_label_key};
use domain::vocab::VocabKind;
use maud::html;
use store::accounts::User;
use store::referrals::{Referral, StepRefused};

use super::{Viewer, forbidden, state_badge, target_text};
use crate::AppState;
use crate::auth::{Ctx, csrf_field};
use crate::i18n::{t, t_args};
use crate::services::referrals;
use crate::ui::form::{FieldError, error_summary, field};
use crate::ui::format::label;
use crate::ui::format::local_datetime;
use crate::ui::{PageError, PageLang, PageResult};

/// The referral and how this account stands towards it; a 404 or 403 page otherwise.
async fn load(
    state: &AppState,
    lang: Lang,
    user: &User,
    id: &str,
) -> PageResult<(Referral, Viewer)> {
    let id = id.parse::<i64>().map_err(|_| PageError::NotFound)?;
    let r = state.db.referral(id).await?.ok_or(PageError::NotFound)?;
    let v = Viewer::of(user, &r).ok_or_else(|| forbidden(lang))?;
    Ok((r, v))
}

pub(super) async fn page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    RawQuery(query): RawQuery,
    ctx: Ctx,
) -> PageResult {
    let user = ctx.user()?;
    let (r, viewer) = load(&state, lang, user, &id).await?;
    let sent = query.as_deref() == Some("sent=1");
    render(&state, lang, &ctx, user, &r, viewer, &[], sent).await
}

#[allow(clippy::too_many_arguments)]
async fn render(
    state: &AppState,
    lang: Lang,
    ctx: &Ctx,
    user: &User,
    r: &Referral,
    viewer: Viewer,
    errors: &[FieldError],
    sent: bool,
) -> PageResult {
    // Another structure reads the person's record: written down.
    if viewer != Viewer::Referrer {
        state
            .db
            .log_person_access(
                "person.view",
                user.id,
                Some(r.id),
                None,
                state.now().timestamp(),
            )
            .await?;
    }
    let history = state.db.referral_events(r.id).await?;
    let referrer = match r.created_by {
        Some(id) => state.db.user_by_id(id).await.ok().flatten(),
        None => None,
    };
    let target = target_text(state, lang, r).await;
    let l = lang.code();
    let dash = "–".to_owned();
    let name = r
        .person_name
        .clone()
        .unwrap_or_else(|| t(lang, "referral-anonymised"));
    let contact = match (r.contact_way, &r.contact_value) {
        (ContactWay::ThroughReferrer, _) => match &referrer {
            Some(u) => t_args(
                lang,
                "referral-contact-through",
                &[
                    ("name", u.name.clone().into()),
                    ("email", u.email.clone().into()),
                    ("structure", r.from_organisation.clone().into()),
                ],
            ),
            None => r.from_organisation.clone(),
        },
        (way, Some(v)) => format!("{}: {v}", t(lang, &way.label_key())),
        (way, None) => format!("{}: {dash}", t(lang, &way.label_key())),
    };
    let diagnostic = viewer.sees_diagnostic(r).then(|| r.diagnostic()).flatten();
    let steps = viewer
        .side()
        .map(|s| r.state.next_steps(s))
        .unwrap_or_default();
    let title = t_args(lang, "referral-title", &[("name", name.clone().into())]);
    let body = html! {
        p { a href=(format!("/{l}/bo/referrals")) { (t(lang, "referral-dashboard-link")) } }
        h1 { (title) }
        @if sent { p.notice role="status" { (t(lang, "referral-sent-notice")) } }
        (error_summary(lang, errors))
        dl.referral-facts {
            dt { (t(lang, "referral-state-label")) } dd { (state_badge(lang, r)) }
            dt { (t(lang, "referral-from")) } dd { (r.from_organisation) }
            dt { (t(lang, "referral-to")) } dd { (target) }
            dt { (t(lang, "referral-field-person-name")) } dd { (name) }
            dt { (t(lang, "referral-field-lang")) } dd { (label(lang, VocabKind::Language, &r.lang)) }
            dt { (t(lang, "referral-field-needs")) }
            dd {
                @if r.needs.is_empty() { (dash) }
                ul { @for n in &r.needs { li { (t(lang, &need_label_key(n))) } } }
                @if let Some(note) = &r.needs_note { p { (note) } }
            }
            dt { (t(lang, "referral-field-contact-way")) } dd { (contact) }
            dt { (t(lang, "referral-consent-label")) }
            dd {
                (t_args(lang, "referral-consent-given", &[("when", local_datetime(lang, state.region.timezone, r.consent_at).into())]))
                @if viewer == Viewer::Referrer { blockquote { (r.consent_text) } }
            }
            @if let Some(reason) = &r.refuse_reason {
                dt { (t(lang, "referral-refuse-reason")) } dd { (reason) }
            }
            @if let Some(d) = &diagnostic {
                dt { (t(lang, "referral-diagnostic-title")) }
                dd {
                    @let persona = d["profile"]["persona"].as_str().unwrap_or("");
                    @let urgency = d["profile"]["urgency"].as_str().unwrap_or("");
                    @if let Some(p) = domain::diagnostic::Persona::parse(persona) { (t(lang, &p.label_key())) }
                    @if !urgency.is_empty() { " – " (t(lang, &format!("diag-urgency-{urgency}"))) }
                }
            }
        }
        @if r.diagnostic_json.is_some() && diagnostic.is_none() {
            p.hint { (t(lang, "referral-diagnostic-not-shared")) }
        }
        @if !steps.is_empty() {
            section aria-labelledby="referral-actions" {
                h2 #referral-actions { (t(lang, "referral-actions")) }
                @for kind in &steps {
                    @let text_id = if *kind == StepKind::Refuse { "reason" } else { "note" };
                    form.referral-step method="post" action=(format!("/{l}/bo/referrals/{}/step", r.id)) {
                        (csrf_field(ctx))
                        input type="hidden" name="step" value=(kind.code());
                        @if kind.needs_text() {
                            (field(text_id, &t(lang, &format!("referral-field-{text_id}")), None, errors, |aria| html! {
                                textarea id=(text_id) name="note" rows="3"
                                    aria-invalid=[aria.invalid]
                                    aria-describedby=[aria.described_by] {}
                            }))
                        }
                        button.(if *kind == StepKind::Refuse { "secondary" } else { "" }) type="submit" { (t(lang, &kind.label_key())) }
                    }
                }
            }
        }
        section aria-labelledby="referral-history" {
            h2 #referral-history { (t(lang, "referral-history")) }
            div.table-scroll tabindex="0" role="region" aria-label=(t(lang, "referral-history")) {
                table.bo {
                    caption.visually-hidden { (t(lang, "referral-history")) }
                    thead { tr {
                        th scope="col" { (t(lang, "referral-history-when")) }
                        th scope="col" { (t(lang, "referral-history-what")) }
                        th scope="col" { (t(lang, "referral-history-who")) }
                        th scope="col" { (t(lang, "referral-history-note")) }
                    } }
                    tbody {
                        @for e in &history {
                            tr {
                                td { (local_datetime(lang, state.region.timezone, e.at)) }
                                td { (t(lang, &format!("referral-event-{}", e.step.replace('_', "-")))) }
                                td {
                                    (t(lang, &format!("referral-side-{}", e.side)))
                                    @if let Some(n) = &e.user_name { " (" (n) ")" }
                                }
                                td { (e.note.as_deref().unwrap_or("")) }
                            }
                        }
                    }
                }
            }
        }
    };
    Ok(crate::ui::layout::back_office_form_page(
        lang,
        ctx,
        &title,
        &format!("/bo/referrals/{}", r.id),
        body,
        !errors.is_empty(),
    ))
}

pub(super) async fn step(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    ctx: Ctx,
    body: Bytes,
) -> PageResult {
    let user = ctx.user()?;
    let (r, viewer) = load(&state, lang, user, &id).await?;
    let side = viewer.side().ok_or_else(|| forbidden(lang))?;
    let (mut kind, mut note) = (None, String::new());
    for (k, v) in form_urlencoded::parse(&body) {
        match k.as_ref() {
            "step" => kind = StepKind::parse(&v),
            "note" => note = v.into_owned(),
            _ => {}
        }
    }
    let Some(kind) = kind else {
        return Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            t(lang, "referral-error-not-allowed"),
        )
            .into_response());
    };
    let out =
        referrals::take_step(&state, &r, &Step::new(kind, &note), side, Some(user.id)).await?;
    let field = if kind == StepKind::Refuse {
        "reason"
    } else {
        "note"
    };
    let error = match out {
        Ok(_) => {
            return Ok(
                Redirect::to(&format!("/{}/bo/referrals/{}", lang.code(), r.id)).into_response(),
            );
        }
        Err(StepRefused::NotFound) => return Err(PageError::NotFound),
        Err(StepRefused::Transition(e @ TransitionError::TextMissing { .. })) => {
            FieldError::new(field, t(lang, &e.message_key()))
        }
        Err(StepRefused::Transition(e)) => {
            // Someone else moved it first, or a forged step: say so on the page.
            FieldError::new("referral-actions", t(lang, &e.message_key()))
        }
    };
    let r = state.db.referral(r.id).await?.ok_or(PageError::NotFound)?;
    let mut res = render(&state, lang, &ctx, user, &r, viewer, &[error], false).await?;
    *res.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    Ok(res)
}
