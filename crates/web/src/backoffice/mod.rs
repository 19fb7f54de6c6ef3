//! The back office: sign-in and accounts, and the pages where EPN managers and
//! the coordination keep the directory true. Same accessibility bar as the
//! public pages; every form works without JavaScript and keeps what was typed.

mod account;
mod activity;
mod annual_report;
mod applications;
mod audit;
mod budget;
mod cadastre;
mod call_edit;
mod calls;
mod capacity;
mod changes;
mod equipment;
mod figures;
mod hours_editor;
mod import;
mod indicators;
mod jury;
mod label;
mod mail_preferences;
mod merge;
mod place_edit;
mod place_form;
mod places;
mod plan;
mod proposals;
mod quality;
pub(crate) mod referrals;
mod reports;
mod selection;
pub mod sessions;
mod survey_editions;
mod survey_forms;
mod survey_results;
mod users;

pub use account::send_link_with;

use crate::routes::Routes;

pub fn routes() -> Routes {
    Routes::new()
        .merge(account::routes())
        .merge(annual_report::routes())
        .merge(mail_preferences::routes())
        .merge(users::routes())
        .merge(places::routes())
        .merge(place_edit::routes())
        .merge(hours_editor::routes())
        .merge(proposals::routes())
        .merge(audit::routes())
        .merge(import::routes())
        .merge(merge::routes())
        .merge(quality::routes())
        .merge(reports::routes())
        .merge(label::routes())
        .merge(sessions::routes())
        .merge(referrals::routes())
        .merge(indicators::routes())
        .merge(cadastre::routes())
        .merge(capacity::routes())
        .merge(activity::routes())
        .merge(figures::routes())
        .merge(survey_forms::routes())
        .merge(survey_editions::routes())
        .merge(survey_results::routes())
        .merge(budget::routes())
        .merge(plan::routes())
        .merge(applications::routes())
        .merge(calls::routes())
        .merge(call_edit::routes())
        .merge(equipment::routes())
        .merge(jury::routes())
        .merge(selection::routes())
}
