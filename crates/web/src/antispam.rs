//! Spam protection for the forms anyone may send without an account (report
//! a mistake, book a seat alone), without any third-party service:
//! - a signed time stamp: the form must have been open at least
//!   [`MIN_FILL_SECS`] and at most [`MAX_FORM_AGE_SECS`] (the secret lives in
//!   memory, so a restart expires open forms: the person sends again, with
//!   what they typed kept);
//! - a honeypot field hidden from people ([`honeypot`]);
//! - a rate limit per client address ([`client_key`]), counted by the caller.

use std::net::{IpAddr, SocketAddr};
use std::sync::LazyLock;

use axum::extract::ConnectInfo;
use axum::http::Extensions;
use domain::Lang;
use maud::{Markup, html};

use crate::i18n::t;

/// A form sent sooner than this after it was shown is refused.
pub const MIN_FILL_SECS: i64 = 3;
/// A form older than this has expired.
pub const MAX_FORM_AGE_SECS: i64 = 2 * 3600;
/// Seats a person may book alone from one client address per hour.
pub const SELF_BOOKINGS_PER_HOUR: i64 = 5;
/// The name of the honeypot field.
pub const HONEYPOT: &str = "homepage";

static FORM_SECRET: LazyLock<String> = LazyLock::new(store::accounts::new_secret);

/// The hidden `stamp` field of a form shown at `issued_at` (UTC Unix seconds).
pub fn form_stamp(issued_at: i64) -> String {
    let sig = store::accounts::secret_hash(&format!("{issued_at}:{}", *FORM_SECRET));
    format!("{issued_at}.{sig}")
}

#[derive(Debug, PartialEq, Eq)]
pub enum Stamp {
    Good,
    TooFast,
    /// Too old, or signed before a restart, or missing.
    Expired,
}

pub fn check_stamp(stamp: &str, now: i64) -> Stamp {
    let issued = stamp
        .split_once('.')
        .and_then(|(ts, _)| ts.parse::<i64>().ok())
        .filter(|ts| form_stamp(*ts) == stamp);
    match issued {
        None => Stamp::Expired,
        Some(ts) if now - ts < MIN_FILL_SECS => Stamp::TooFast,
        Some(ts) if now - ts > MAX_FORM_AGE_SECS => Stamp::Expired,
        Some(_) => Stamp::Good,
    }
}

/// The rate-limit key of the sender: their IP address (an IPv6 /64, which one
/// subscriber usually holds whole). Without the address, every sender shares one key.
pub fn client_key(ext: &Extensions) -> String {
    match ext.get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip()) {
        Some(IpAddr::V4(ip)) => format!("ip:{ip}"),
        Some(IpAddr::V6(ip)) => {
            let s = ip.segments();
            format!("ip6:{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
        }
        None => "ip:unknown".into(),
    }
}

/// The honeypot and the time stamp of a form: off-screen, out of the tab
/// order and hidden from screen readers (people leave the field empty).
pub fn fields(lang: Lang) -> Markup {
    html! {
        input type="hidden" name="stamp" value=(form_stamp(store::now_ts()));
        div.report-trap aria-hidden="true" {
            label for=(HONEYPOT) { (t(lang, "report-trap")) }
            input id=(HONEYPOT) name=(HONEYPOT) type="text" tabindex="-1" autocomplete="off" value="";
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamps_are_checked() {
        let now = 1_800_000_000;
        assert_eq!(check_stamp(&form_stamp(now - 10), now), Stamp::Good);
        assert_eq!(check_stamp(&form_stamp(now - 1), now), Stamp::TooFast);
        assert_eq!(
            check_stamp(&form_stamp(now - 3 * 3600), now),
            Stamp::Expired
        );
        let forged = format!("{}.{}", now - 10, "0".repeat(64));
        assert_eq!(check_stamp(&forged, now), Stamp::Expired);
        assert_eq!(check_stamp("", now), Stamp::Expired);
    }
}
