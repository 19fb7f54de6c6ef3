//! Operations that several front ends share — the public pages, the back
//! office, the API, the daily jobs and the command line — each written once,
//! with the messages it sends: booking and cancelling seats, the steps of a
//! referral and of a label application, reminders, the open-data exports.
//!
//! A service takes the application ([`crate::App`]: database, clock, mailer,
//! SMS sender) and domain values, and returns domain or store values; it
//! never renders a page nor reads a request. Front ends call it and render
//! its outcome. See docs/ARCHITECTURE.md.

pub mod annual_report;
pub mod awards;
pub mod brochures;
pub mod budget;
pub mod calls;
pub mod exports;
pub mod figures;
pub mod jury;
pub mod label;
pub mod notify;
pub mod places;
pub mod referrals;
pub mod sessions;
pub mod sms;
pub mod survey_results;
pub mod xlsform;
