//! The dashboards: a referring structure's referrals and their states; an
//! EPN's referrals to its places, its upcoming sessions and their fill
//! rates; for the coordination, the counts and every referral (without the
//! person's name).

use axum::extract::State;
use domain::Lang;
use domain::account::Role;
use domain::referral::ReferralState;
use domain::sessions::SessionStatus;
use maud::{Markup, html};
use store::referrals::{Referral, Scope};

use super::{state_badge, target_text};
use crate::AppState;
use crate::auth::Ctx;
use crate::i18n::{t, t_args};
use crate::ui::format::local_datetime;
use crate::ui::layout::back_office_page;
use crate::ui::{PageLang, PageResult};

const DAY: i64 = 86_400;

/// How many referrals are in each state, as a list (states with none left out).
fn counts(lang: Lang, list: &[Referral]) -> Markup {
    html! {
        ul.referral-counts {
            @for s in ReferralState::ALL {
                @let n = list.iter().filter(|r| r.state == s).count();
                @if n > 0 { li { (t(lang, &s.label_key())) ": " strong { (n) } } }
            }
        }
    }
}

async fn table(
    state: &AppState,
    lang: Lang,
    id: &str,
    caption: String,
    list: &[Referral],
    names: bool,
    other_side: &str,
) -> Markup {
    let l = lang.code();
    let mut rows = Vec::new();
    for r in list {
        rows.push((r, target_text(state, lang, r).await));
    }
    html! {
        div.table-scroll tabindex="0" role="region" aria-label=(caption) {
            table.bo id=(id) {
                caption { (caption) }
                thead { tr {
                    th scope="col" { (t(lang, "referral-col-number")) }
                    @if names { th scope="col" { (t(lang, "referral-field-person-name")) } }
                    th scope="col" { (t(lang, other_side)) }
                    th scope="col" { (t(lang, "referral-to")) }
                    th scope="col" { (t(lang, "referral-col-sent")) }
                    th scope="col" { (t(lang, "referral-state-label")) }
                } }
                tbody {
                    @for (r, target) in &rows {
                        tr {
                            td { a href=(format!("/{l}/bo/referrals/{}", r.id)) {
                                (t_args(lang, "referral-number", &[("id", i32::try_from(r.id).unwrap_or(0).into())]))
                            } }
                            @if names { td { (r.person_name.clone().unwrap_or_else(|| t(lang, "referral-anonymised"))) } }
                            td { @if other_side == "referral-from" { (r.from_organisation) } @else { (r.to_organisation) } }
                            td { (target) }
                            td { (local_datetime(lang, state.region.timezone, r.sent_at)) }
                            td { (state_badge(lang, r)) }
                        }
                    }
                }
            }
        }
    }
}

/// The EPN's upcoming sessions (four weeks) with their fill rates.
async fn sessions(state: &AppState, lang: Lang, orgs: &[i64]) -> Result<Markup, store::StoreError> {
    let now = state.now().timestamp();
    let list = state
        .db
        .sessions_of_organisations(Some(orgs), now, now + 28 * DAY)
        .await?;
    let l = lang.code();
    let tz = state.region.timezone;
    Ok(html! {
        section aria-labelledby="referral-sessions" {
            h2 #referral-sessions { (t(lang, "referral-sessions-title")) }
            @if list.is_empty() { p { (t(lang, "referral-sessions-none")) } }
            @else {
                div.table-scroll tabindex="0" role="region" aria-label=(t(lang, "referral-sessions-title")) {
                    table.bo #epn-sessions {
                        caption.visually-hidden { (t(lang, "referral-sessions-title")) }
                        thead { tr {
                            th scope="col" { (t(lang, "referral-session-col")) }
                            th scope="col" { (t(lang, "referral-session-when")) }
                            th scope="col" { (t(lang, "referral-session-fill")) }
                        } }
                        tbody {
                            @for s in &list {
                                tr {
                                    td { a href=(format!("/{l}/bo/sessions/{}", s.id)) { (s.title) } }
                                    td { (crate::ui::format::local_time_span(lang, tz, s.starts_at, s.ends_at)) }
                                    td {
                                        @if s.status == SessionStatus::Cancelled { (t(lang, "referral-session-cancelled")) }
                                        @else {
                                            @let pct = i32::try_from(i64::from(s.booked) * 100 / i64::from(s.seats.max(1))).unwrap_or(0);
                                            (t_args(lang, "referral-session-fill-rate", &[
                                                ("booked", s.booked.into()), ("seats", s.seats.into()),
                                                ("percent", pct.into()), ("waiting", s.waiting.into())]))
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    })
}

pub(super) async fn page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    ctx: Ctx,
) -> PageResult {
    let user = ctx.user()?;
    let l = lang.code();
    let scope = match user.role {
        Role::Referrer => Scope::From(&user.organisations),
        Role::EpnManager => Scope::To(&user.organisations),
        _ => Scope::All,
    };
    let list = state.db.list_referrals(scope).await?;
    let (title, main) = match user.role {
        Role::Referrer => {
            let title = t(lang, "referral-mine-title");
            let body = html! {
                p { a.button href=(format!("/{l}/bo/referrals/new")) { (t(lang, "referral-new-link")) } }
                @if list.is_empty() { p { (t(lang, "referral-none")) } }
                @else {
                    (counts(lang, &list))
                    (table(&state, lang, "my-referrals", title.clone(), &list, true, "referral-to-structure").await)
                }
            };
            (title, body)
        }
        Role::EpnManager => {
            let title = t(lang, "referral-to-me-title");
            let (open, done): (Vec<Referral>, Vec<Referral>) =
                list.iter().cloned().partition(|r| !r.state.is_final());
            let sessions = sessions(&state, lang, &user.organisations).await?;
            let body = html! {
                @if list.is_empty() { p { (t(lang, "referral-none-to-me")) } }
                @else {
                    (counts(lang, &list))
                    @if !open.is_empty() {
                        (table(&state, lang, "referrals-to-me", t(lang, "referral-open-caption"), &open, true, "referral-from").await)
                    }
                    @if !done.is_empty() {
                        (table(&state, lang, "referrals-ended", t(lang, "referral-ended-caption"), &done, true, "referral-from").await)
                    }
                }
                (sessions)
            };
            (title, body)
        }
        _ => {
            let title = t(lang, "referral-all-title");
            let body = html! {
                p { a href=(format!("/{l}/bo/personal-data")) { (t(lang, "referral-personal-data-link")) } }
                @if list.is_empty() { p { (t(lang, "referral-none")) } }
                @else {
                    (counts(lang, &list))
                    (table(&state, lang, "all-referrals", title.clone(), &list, false, "referral-from").await)
                }
            };
            (title, body)
        }
    };
    let body = html! { h1 { (title) } (main) };
    Ok(back_office_page(lang, &ctx, &title, "/bo/referrals", body))
}
