//! The juror's back office (issue 14): the calls I am invited to; once a
//! call has closed, the applications I may assess (never those I declared a
//! conflict with: opening one answers 403 with a page that says why), the
//! scoring form per criterion with "not assessed" apart from 0, and the
//! declaration of a conflict of interest. Before the call closes the juror
//! sees when the applications will come, and nothing of them.

mod scoring;

use axum::extract::{Path, RawQuery, State};
use domain::Lang;
use domain::account::Access;
use domain::grants::jury::JuryRefusal;
use maud::html;
use store::grants::Call;
use store::grants::jury::JuryError;

use crate::AppState;
use crate::auth::Ctx;
use crate::i18n::{t, t_args};
use crate::routes::Routes;
use crate::ui::budget::euros;
use crate::ui::format::local_datetime;
use crate::ui::jury::{application_label, call_title};
use crate::ui::layout::back_office_page;
use crate::ui::{PageError, PageLang, PageResult};

pub fn routes() -> Routes {
    Routes::new()
        .get("/{lang}/bo/jury", Access::JURORS, calls_page)
        .get("/{lang}/bo/jury/{call}", Access::JURORS, call_page)
        .get(
            "/{lang}/bo/jury/{call}/{application}",
            Access::JURORS,
            scoring::page,
        )
        .post(
            "/{lang}/bo/jury/{call}/{application}",
            Access::JURORS,
            scoring::save,
        )
        .get(
            "/{lang}/bo/jury/{call}/{application}/conflict",
            Access::JURORS,
            scoring::conflict_page,
        )
        .post(
            "/{lang}/bo/jury/{call}/{application}/conflict",
            Access::JURORS,
            scoring::declare_conflict,
        )
}

fn query_has(raw: &Option<String>, key: &str) -> Option<String> {
    form_urlencoded::parse(raw.as_deref().unwrap_or("").as_bytes())
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.into_owned())
}

/// The call of this key, 404 when there is none.
async fn call_of(state: &AppState, key: &str) -> PageResult<Call> {
    state.db.call_by_key(key).await?.ok_or(PageError::NotFound)
}

/// A refusal of the jury's rules as the page a person reads: 403 with why
/// and where to go.
fn refusal(state: &AppState, lang: Lang, call: &Call, e: JuryError) -> PageError {
    let l = lang.code();
    let back = html! { p { a href=(format!("/{l}/bo/jury")) { (t(lang, "jury-my-calls")) } } };
    let list = html! { p { a href=(format!("/{l}/bo/jury/{}", call.def.key)) { (t(lang, "jury-back-to-list")) } } };
    match e {
        JuryError::Refused(JuryRefusal::Conflict) => PageError::forbidden_because(
            t(lang, "jury-conflict-title"),
            html! { p { (t(lang, "jury-conflict-text")) } (list) },
        ),
        JuryError::Refused(JuryRefusal::NotAJuror) => PageError::forbidden_because(
            t(lang, "jury-not-juror-title"),
            html! { p { (t(lang, "jury-not-juror-text")) } (back) },
        ),
        JuryError::Refused(JuryRefusal::CallOpen) => PageError::forbidden_because(
            t(lang, "jury-call-open-title"),
            html! { p { (closing_sentence(state, lang, call)) } (back) },
        ),
        JuryError::NotFound | JuryError::Marks(_) => PageError::NotFound,
        JuryError::Store(e) => e.into(),
    }
}

/// "Applications will be available here after the call closes, on …".
fn closing_sentence(state: &AppState, lang: Lang, call: &Call) -> String {
    t_args(
        lang,
        "jury-after-closing",
        &[(
            "closes",
            local_datetime(lang, state.region.timezone, call.def.closes_at).into(),
        )],
    )
}

async fn calls_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    ctx: Ctx,
) -> PageResult {
    let user = ctx.user()?.clone();
    let l = lang.code();
    let now = state.now().timestamp();
    let mut calls = Vec::new();
    for id in state.db.calls_of_juror(user.id).await? {
        if let Some(c) = state.db.call(id).await? {
            calls.push(c);
        }
    }
    let title = t(lang, "jury-my-calls");
    let body = html! {
        h1 { (title) }
        p { (t(lang, "jury-intro")) }
        @if calls.is_empty() { p #jury-no-calls { (t(lang, "jury-no-calls")) } }
        @else {
            ul.cards #jury-calls {
                @for c in &calls {
                    li {
                        h2 { a href=(format!("/{l}/bo/jury/{}", c.def.key)) { (call_title(lang, c)) } }
                        @if c.is_closed(now) {
                            p { (t(lang, "jury-call-closed")) }
                        } @else {
                            p { (closing_sentence(&state, lang, c)) }
                        }
                    }
                }
            }
        }
    };
    Ok(back_office_page(lang, &ctx, &title, "/bo/jury", body))
}

async fn call_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, key)): Path<(String, String)>,
    RawQuery(raw): RawQuery,
    ctx: Ctx,
) -> PageResult {
    let user = ctx.user()?.clone();
    let call = call_of(&state, &key).await?;
    let l = lang.code();
    let now = state.now().timestamp();
    let title = call_title(lang, &call);
    let tail = format!("/bo/jury/{key}");
    let crumbs = html! {
        nav.crumbs aria-label=(t(lang, "breadcrumb")) { a href=(format!("/{l}/bo/jury")) { (t(lang, "jury-my-calls")) } }
    };
    let apps = match state.db.applications_for_juror(call.id, user.id, now).await {
        Ok(a) => a,
        // Before closing the juror sees the call and when to come back.
        Err(JuryError::Refused(JuryRefusal::CallOpen)) => {
            let body = html! {
                (crumbs)
                h1 { (title) }
                p.notice #jury-not-yet { (closing_sentence(&state, lang, &call)) }
            };
            return Ok(back_office_page(lang, &ctx, &title, &tail, body));
        }
        Err(e) => return Err(refusal(&state, lang, &call, e)),
    };
    let mine = state.db.reviews_of_juror(call.id, user.id).await?;
    let scored = |id: i64| mine.iter().any(|r| r.application_id == id);
    let done = apps.iter().filter(|a| scored(a.id)).count();
    let notice = if query_has(&raw, "saved").is_some() {
        Some(t(lang, "jury-saved"))
    } else if query_has(&raw, "conflict").is_some() {
        Some(t(lang, "jury-conflict-saved"))
    } else {
        None
    };
    let caption = t_args(
        lang,
        "jury-list-caption",
        &[("count", apps.len().into()), ("done", done.into())],
    );
    let body = html! {
        (crumbs)
        h1 { (title) }
        @if let Some(n) = &notice { p.notice role="status" { (n) } }
        p { (t(lang, "jury-list-intro")) }
        @if apps.is_empty() { p { (t(lang, "jury-list-empty")) } }
        @else {
            div.table-scroll tabindex="0" role="region" aria-label=(caption) {
                table.bo #jury-applications {
                    caption { (caption) }
                    thead { tr {
                        th scope="col" { (t(lang, "jury-field-application")) }
                        th scope="col" { (t(lang, "jury-field-organisation")) }
                        th scope="col" { (t(lang, "jury-field-asked")) }
                        th scope="col" { (t(lang, "jury-field-my-marks")) }
                        th scope="col" { (t(lang, "jury-field-conflict")) }
                    } }
                    tbody {
                        @for a in &apps {
                            tr {
                                th scope="row" { a href=(format!("/{l}/bo/jury/{key}/{}", a.id)) lang=(a.app.lang) { (application_label(a)) } }
                                td { bdi { (a.organisation.name) } }
                                td.num { @if let Some(c) = a.app.amount_cents { (euros(c)) } }
                                td { @if scored(a.id) { (t(lang, "jury-scored")) } @else { strong { (t(lang, "jury-to-score")) } } }
                                td { a href=(format!("/{l}/bo/jury/{key}/{}/conflict", a.id)) { (t(lang, "jury-declare-conflict-link")) } }
                            }
                        }
                    }
                }
            }
        }
    };
    Ok(back_office_page(lang, &ctx, &title, &tail, body))
}
