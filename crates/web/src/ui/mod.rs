//! The user-interface kit: everything a page of any area is made of, shared
//! by the public pages, the back office, the e-mails of the services and the
//! API's texts — the page frames ([`layout`]), the page's language
//! ([`lang`]), form widgets ([`form`]), how dates, times, money, distances
//! and names are written ([`format`]), the pages of errors ([`error`]), and
//! the words of areas several front ends show ([`sessions`], [`label`]), and
//! the figures' tables and charts ([`figures`], [`chart`]), and file
//! downloads ([`download`]).
//!
//! `ui` depends on `domain`, `i18n` and `auth`'s CSRF field, never on a
//! front end (`pages`, `backoffice`, `api`, `jobs`). See docs/ARCHITECTURE.md.

pub mod annual_report;
pub mod budget;
pub mod calls;
pub mod chart;
pub mod download;
pub mod error;
pub mod figures;
pub mod form;
pub mod format;
pub mod jury;
pub mod label;
pub mod lang;
pub mod layout;
pub mod map;
pub mod plan;
pub mod qr;
pub mod sessions;
pub mod survey_results;

pub use error::{PageError, PageResult};
pub use lang::PageLang;

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

/// 301 Moved Permanently to `location`.
pub fn moved(location: &str) -> Response {
    let mut res = StatusCode::MOVED_PERMANENTLY.into_response();
    if let Ok(v) = HeaderValue::from_str(location) {
        res.headers_mut().insert(header::LOCATION, v);
    }
    res
}
