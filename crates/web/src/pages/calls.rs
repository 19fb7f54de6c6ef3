//! Calls for projects for everyone: `/{lang}/calls` lists the published
//! calls (open, closed, decided; drafts stay in the back office) and
//! `/{lang}/calls/{key}` shows one with its rules and how to apply. The
//! public sees no application: only, for a decided call, the projects it
//! funded.

use axum::extract::{Path, State};
use domain::account::Access;
use domain::grants::call::CallStatus;
use maud::html;
use store::grants::Call;

use crate::AppState;
use crate::i18n::t;
use crate::routes::Routes;
use crate::ui::calls::rules;
use crate::ui::format::local_datetime;
use crate::ui::layout::page;
use crate::ui::{PageError, PageLang, PageResult};

pub(super) fn routes() -> Routes {
    Routes::new()
        .get("/{lang}/calls", Access::Public, calls_page)
        .get("/{lang}/calls/{key}", Access::Public, call_page)
}

/// Where a published call stands for a visitor.
fn state_key(c: &Call, now: i64) -> &'static str {
    if c.status == CallStatus::Decided {
        "calls-state-decided"
    } else if c.is_open(now) {
        "calls-state-open"
    } else if c.is_closed(now) {
        "calls-state-closed"
    } else {
        "calls-state-soon"
    }
}

async fn calls_page(State(state): State<AppState>, PageLang(lang): PageLang) -> PageResult {
    let l = lang.code();
    let now = state.now().timestamp();
    let calls: Vec<Call> = state
        .db
        .calls()
        .await?
        .into_iter()
        .filter(|c| c.status != CallStatus::Draft)
        .collect();
    let title = t(lang, "calls-title");
    let body = html! {
        h1 { (title) }
        p { (t(lang, "calls-intro")) }
        @if calls.is_empty() { p { (t(lang, "calls-none")) } }
        ul.cards #calls {
            @for c in &calls {
                li {
                    h2 { a href=(format!("/{l}/calls/{}", c.def.key)) { (c.text(l).title) } }
                    p { strong { (t(lang, state_key(c, now))) } }
                    p lang=(c.text(l).lang) dir="auto" { (c.text(l).summary) }
                }
            }
        }
        p { a href=(format!("/{l}/funded-projects")) { (t(lang, "calls-funded-link")) } }
    };
    Ok(page(lang, &title, "/calls", body, None))
}

async fn call_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, key)): Path<(String, String)>,
) -> PageResult {
    let l = lang.code();
    let now = state.now().timestamp();
    let call = state
        .db
        .call_by_key(&key)
        .await?
        .filter(|c| c.status != CallStatus::Draft)
        .ok_or(PageError::NotFound)?;
    let text = call.text(l);
    let tz = state.region.timezone;
    let body = html! {
        p { a href=(format!("/{l}/calls")) { (t(lang, "calls-all")) } }
        h1 lang=(text.lang) dir="auto" { (text.title) }
        p #call-state { strong { (t(lang, state_key(&call, now))) } }
        p lang=(text.lang) dir="auto" { (text.summary) }
        @if call.is_open(now) {
            section.apply aria-labelledby="apply-h" {
                h2 #apply-h { (t(lang, "calls-apply-title")) }
                p { (t(lang, "calls-apply-until")) " " (local_datetime(lang, tz, call.def.closes_at)) "." }
                ul {
                    li { a href=(format!("/{l}/bo/applications")) { (t(lang, "calls-apply-signed-in")) } }
                    li { a href=(format!("/{l}/applicant/register")) { (t(lang, "calls-apply-register")) } }
                }
            }
        }
        @if call.status == CallStatus::Decided {
            p { a href=(format!("/{l}/calls/{}/funded", call.def.key)) { (t(lang, "calls-funded-of-call")) } }
        }
        (rules(lang, tz, &call))
    };
    Ok(page(
        lang,
        &text.title,
        &format!("/calls/{key}"),
        body,
        None,
    ))
}
