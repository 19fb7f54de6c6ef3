//! Referrals (orientation) in the back office: a referrer sends a person to a
//! place or a session (needs, optional diagnostic, consent, a contact way);
//! the receiving EPN accepts or refuses, records the first visit, follows up
//! and closes; both sides see the history. Dashboards for both sides, and
//! the coordination's page to export or erase one person's data. See
//! docs/referrals.md for who sees what.

mod dashboard;
mod detail;
mod form;
mod person;

use domain::Lang;
use domain::account::{Access, Role};
use domain::referral::Side;
use maud::{Markup, html};
use store::accounts::User;
use store::referrals::Referral;

use crate::AppState;
use crate::i18n::t;
use crate::routes::Routes;
use crate::ui::PageError;

/// Everyone who has something to do with referrals (each in their scope).
const REFERRAL_USERS: Access = Access::Roles(&[
    Role::Admin,
    Role::Coordinator,
    Role::EpnManager,
    Role::Referrer,
]);
/// Who takes steps: the receiving EPN's managers and the referring structure.
const STEP_TAKERS: Access = Access::Roles(&[Role::EpnManager, Role::Referrer]);
/// Who sends referrals (also decides who sees "send a person here" on a place's page).
pub(crate) const REFERRERS: Access = Access::Roles(&[Role::Referrer]);

pub fn routes() -> Routes {
    Routes::new()
        .get("/{lang}/bo/referrals", REFERRAL_USERS, dashboard::page)
        .get("/{lang}/bo/referrals/new", REFERRERS, form::new_page)
        .post("/{lang}/bo/referrals", REFERRERS, form::create)
        .get("/{lang}/bo/referrals/{id}", REFERRAL_USERS, detail::page)
        .post("/{lang}/bo/referrals/{id}/step", STEP_TAKERS, detail::step)
        .get(
            "/{lang}/bo/personal-data",
            Access::COORDINATION,
            person::page,
        )
        .get(
            "/{lang}/bo/personal-data/export",
            Access::COORDINATION,
            person::export,
        )
        .post(
            "/{lang}/bo/personal-data/erase",
            Access::COORDINATION,
            person::erase,
        )
}

/// How an account stands towards a referral.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Viewer {
    /// Works at the referring structure: sees everything it sent.
    Referrer,
    /// Manages the receiving EPN: sees what it needs to help.
    Receiver,
    /// The coordination: reads like the receiver, takes no step.
    Coordination,
}

impl Viewer {
    /// None: this account has nothing to do with this referral.
    pub(crate) fn of(user: &User, r: &Referral) -> Option<Viewer> {
        match user.role {
            Role::Referrer if user.organisations.contains(&r.from_organisation_id) => {
                Some(Viewer::Referrer)
            }
            Role::EpnManager if user.organisations.contains(&r.to_organisation_id) => {
                Some(Viewer::Receiver)
            }
            r if r.is_coordination() => Some(Viewer::Coordination),
            _ => None,
        }
    }

    pub(crate) fn side(self) -> Option<Side> {
        match self {
            Viewer::Referrer => Some(Side::Referrer),
            Viewer::Receiver => Some(Side::Receiver),
            Viewer::Coordination => None,
        }
    }

    /// Sees the diagnostic: the referring structure, others only when the person agreed.
    pub(crate) fn sees_diagnostic(self, r: &Referral) -> bool {
        self == Viewer::Referrer || r.share_diagnostic
    }
}

/// The 403: the referral exists but is another structure's.
pub(crate) fn forbidden(lang: Lang) -> PageError {
    PageError::forbidden_because(
        t(lang, "forbidden-title"),
        html! {
            p { (t(lang, "referral-forbidden")) }
            p { a href=(format!("/{}/bo/referrals", lang.code())) { (t(lang, "referral-dashboard-link")) } }
        },
    )
}

/// The state as text with a marker shape, never colour alone.
pub(crate) fn state_badge(lang: Lang, r: &Referral) -> Markup {
    use domain::referral::ReferralState as S;
    let tone = match r.state {
        S::Sent => "waiting",
        S::Accepted | S::FirstVisitDone | S::FollowedUp => "ok",
        S::Closed => "done",
        S::Refused | S::Expired => "ended",
    };
    html! { span.(format!("referral-state referral-state-{tone}")) { (t(lang, &r.state.label_key())) } }
}

/// Where the person is sent: the place's name, or the session's title and time.
pub(crate) async fn target_text(state: &AppState, lang: Lang, r: &Referral) -> String {
    if let Some(sid) = r.session_id
        && let Ok(Some(s)) = state.db.activity_session(sid).await
    {
        return format!(
            "{} – {}",
            s.title,
            crate::ui::format::local_time_span(lang, state.region.timezone, s.starts_at, s.ends_at)
        );
    }
    r.place_id
        .and_then(|p| state.directory().place_name(p).map(str::to_owned))
        .unwrap_or_else(|| r.to_organisation.clone())
}
