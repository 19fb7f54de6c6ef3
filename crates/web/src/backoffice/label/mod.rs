//! The label in the back office: EPN managers apply (drafts kept, criteria
//! explained as they answer) and confirm their data every year; the
//! coordination examines, visits and recommends; committee members record the
//! working group's advice and the steering committee's decision; a granted
//! label can be withdrawn. Every step goes through the domain's transition
//! rules, is stored with who/when/why, audited, and e-mailed to the applicant.

mod confirm;
mod file;
mod form;
mod home;
mod queue;
mod steps;

use domain::Lang;
use domain::account::{Access, Role};
use domain::label::{Body, LabelState};
use maud::html;
use store::accounts::User;
use store::label::LabelApplication;

use crate::AppState;
use crate::auth::Ctx;
use crate::i18n::{t, t_args};
use crate::routes::Routes;
use crate::ui::label::{state_name, step_name};
use crate::ui::{PageError, PageResult};

/// Everyone the label concerns: applicants, the coordination, the committees.
const READERS: Access = Access::Roles(&[
    Role::Admin,
    Role::Coordinator,
    Role::EpnManager,
    Role::Committee,
]);
/// The working group and the steering committee.
const COMMITTEE: Access = Access::Roles(&[Role::Committee]);
/// A granted label is withdrawn by the coordination or the steering committee.
const WITHDRAWERS: Access = Access::Roles(&[Role::Admin, Role::Coordinator, Role::Committee]);

pub fn routes() -> Routes {
    let app = "/{lang}/bo/label/applications/{id}";
    Routes::new()
        .get("/{lang}/bo/label", READERS, home::home_page)
        .post(
            "/{lang}/bo/label/applications",
            Access::PLACE_EDITORS,
            form::create,
        )
        .get(app, READERS, file::file_page)
        .get(
            &format!("{app}/edit"),
            Access::PLACE_EDITORS,
            form::edit_page,
        )
        .post(&format!("{app}/edit"), Access::PLACE_EDITORS, form::save)
        .post(
            &format!("{app}/examine"),
            Access::COORDINATION,
            steps::examine,
        )
        .post(&format!("{app}/visit"), Access::COORDINATION, steps::visit)
        .post(
            &format!("{app}/recommend"),
            Access::COORDINATION,
            steps::recommend,
        )
        .post(&format!("{app}/advise"), COMMITTEE, steps::advise)
        .post(&format!("{app}/decide"), COMMITTEE, steps::decide)
        .post(&format!("{app}/withdraw"), WITHDRAWERS, steps::withdraw)
        .get(
            &format!("{app}/confirm"),
            Access::PLACE_EDITORS,
            confirm::confirm_page,
        )
        .post(
            &format!("{app}/confirm"),
            Access::PLACE_EDITORS,
            confirm::save,
        )
        .post(
            "/{lang}/bo/label/review",
            Access::COORDINATION,
            queue::review_now,
        )
        .post(
            "/{lang}/bo/label/flags/{id}/resolve",
            Access::COORDINATION,
            queue::resolve,
        )
}

/// The body a person records for, by role (committee members: the step says which).
pub(crate) fn body_for(role: Role) -> Body {
    match role {
        Role::EpnManager => Body::Applicant,
        Role::Committee => Body::SteeringCommittee,
        _ => Body::Coordination,
    }
}

/// May this person see this application? The coordination and the
/// committees see every one; an EPN manager those of their organisations.
pub(crate) fn may_see(user: &User, app: &LabelApplication) -> bool {
    user.role == Role::Committee || user.manages(app.organisation_id)
}

/// The application `id` if this person may see it; else the page to answer.
pub(crate) async fn load(
    state: &AppState,
    lang: Lang,
    ctx: &Ctx,
    id: &str,
) -> PageResult<(LabelApplication, User)> {
    let user = ctx.user()?.clone();
    let id = id.parse::<i64>().map_err(|_| PageError::NotFound)?;
    let app = state
        .db
        .label_application(id)
        .await?
        .ok_or(PageError::NotFound)?;
    if !may_see(&user, &app) {
        return Err(forbidden(lang));
    }
    Ok((app, user))
}

/// Another organisation's application, or a step for another role.
pub(crate) fn forbidden(lang: Lang) -> PageError {
    PageError::forbidden_because(
        t(lang, "label-forbidden-title"),
        html! {
            p { (t(lang, "label-forbidden-text")) }
            p { a href=(format!("/{}/bo/label", lang.code())) { (t(lang, "label-back")) } }
        },
    )
}

/// "Weekly hours" typed by a person ("6", "5,5", "5.5") as minutes, 0 to 168 h.
pub(crate) fn parse_hours(s: &str) -> Option<i32> {
    let s = s.trim().replace(',', ".");
    let h: f64 = s.parse().ok()?;
    if !h.is_finite() || !(0.0..=168.0).contains(&h) {
        return None;
    }
    Some((h * 60.0).round() as i32)
}

/// The sentence for a refused step: what the application's state allows.
pub(crate) fn refusal(lang: Lang, app_state: LabelState) -> String {
    let next: Vec<String> = app_state
        .next_steps()
        .iter()
        .map(|s| step_name(lang, s))
        .collect();
    let next = if next.is_empty() {
        t(lang, "label-next-none")
    } else {
        next.join(", ")
    };
    t_args(
        lang,
        "label-error-not-allowed",
        &[
            ("state", state_name(lang, app_state).into()),
            ("next", next.into()),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hours_are_read_as_people_type_them() {
        assert_eq!(parse_hours("6"), Some(360));
        assert_eq!(parse_hours(" 5,5 "), Some(330));
        assert_eq!(parse_hours("2.25"), Some(135));
        assert_eq!(parse_hours("169"), None);
        assert_eq!(parse_hours("-1"), None);
        assert_eq!(parse_hours("six"), None);
        assert_eq!(parse_hours("NaN"), None);
    }
}
