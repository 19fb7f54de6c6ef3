//! The web crate's integration tests, in one binary (one link instead of one
//! per file): one module per area of the product. helpers.rs is the shared
//! harness (a test application on its own database with a fixed clock, signed-in
//! browsers, decoded e-mails, the place edit form); helpers/sessions.rs adds
//! sessions, referrers and API calls.

mod api_contract;
mod helpers;

mod accounts;
mod activity;
mod activity_figures;
mod activity_import;
mod annual_report;
mod api;
mod architecture;
mod audit_actions;
mod bo_import;
mod bo_moderation;
mod bo_places;
mod bo_reports;
mod brochures;
mod budget;
mod budget_import;
mod cadastre;
mod call_edit;
mod calls;
mod capacity;
mod clock;
mod compression;
mod contact;
mod diagnostic;
mod equipment;
mod errors;
mod figures;
mod figures_capacity;
mod form_errors;
mod funded;
mod i18n;
mod i18n_public;
mod indicators;
mod jury;
mod label;
mod label_api;
mod map;
mod opendata;
mod pages;
mod permissions;
mod plan_backoffice;
mod plan_pages;
mod referrals;
mod search_more;
mod sessions;
mod sessions_api;
mod sessions_backoffice;
mod survey_answer;
mod survey_editions;
mod survey_forms;
mod survey_results;
mod survey_xlsform;
