//! Spam protection for the forms anyone may send without an account (report
//! a mistake, book a seat alone), without any third-party service:
//! - a signed time stamp: the form must have been open at least
//!   [`MIN_FILL_SECS`] and at most [`MAX_FORM_AGE_SECS`] (the secret lives in
//!   memory, so a restart expires open forms: the person sends again, with
//!   what they typed kept);
//! - a honeypot field hidden from people ([`honeypot`]);
//! - a rate limit per client address ([`ClientAddr`]), counted by the caller.

use std::convert::Infallible;
use std::net::{IpAddr, SocketAddr};
use std::sync::LazyLock;

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::HeaderMap;
use axum::http::request::Parts;
use domain::Lang;
use ipnet::IpNet;
use maud::{Markup, html};

use crate::AppState;
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

/// Who sent a request, for rate limits: the address of the connection or,
/// when that is one of the reverse proxies of [`crate::Config::trusted_proxies`],
/// the address that proxy forwarded (see [`client_ip`]). None when unknown
/// (a test without a connection).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClientAddr(pub Option<IpAddr>);

impl FromRequestParts<AppState> for ClientAddr {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Infallible> {
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip());
        Ok(ClientAddr(client_ip(
            peer,
            &parts.headers,
            &state.config.trusted_proxies,
        )))
    }
}

impl ClientAddr {
    /// The rate-limit key: the IPv4 address, or the IPv6 /64 (which one
    /// subscriber usually holds whole). Without an address, every sender
    /// shares one key.
    pub fn key(&self) -> String {
        match self.0.map(|ip| ip.to_canonical()) {
            Some(IpAddr::V4(ip)) => format!("ip:{ip}"),
            Some(IpAddr::V6(ip)) => {
                let s = ip.segments();
                format!("ip6:{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
            }
            None => "ip:unknown".into(),
        }
    }
}

/// The client's address: the connection's (`peer`) unless it is a trusted
/// proxy; then `X-Forwarded-For` is read from the right (each proxy appends
/// the address it received from), skipping trusted proxies, and the first
/// address that is not one is the client. A hop that is not an address
/// stops the walk at the last trusted one: nothing left of it can be
/// believed. Without trusted proxies the header is ignored, since anyone can
/// write it.
pub fn client_ip(peer: Option<IpAddr>, headers: &HeaderMap, trusted: &[IpNet]) -> Option<IpAddr> {
    let is_trusted = |ip: &IpAddr| trusted.iter().any(|net| net.contains(&ip.to_canonical()));
    let mut client = peer?;
    if !is_trusted(&client) {
        return Some(client);
    }
    let hops: Vec<&str> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .collect();
    for hop in hops.iter().rev() {
        let Ok(ip) = hop.parse::<IpAddr>() else { break };
        client = ip;
        if !is_trusted(&ip) {
            break;
        }
    }
    Some(client)
}

/// A trusted proxy from the command line: an address (`10.0.0.2`, `::1`) or
/// a network (`10.0.0.0/8`).
pub fn parse_trusted_proxy(s: &str) -> Result<IpNet, String> {
    s.parse::<IpNet>()
        .or_else(|_| s.parse::<IpAddr>().map(IpNet::from))
        .map_err(|_| format!("{s:?} is not an IP address or a network like 10.0.0.0/8"))
}

/// The honeypot and the time stamp of a form: off-screen, out of the tab
/// order and hidden from screen readers (people leave the field empty).
/// `now` is the time the form is shown.
pub fn fields(lang: Lang, now: i64) -> Markup {
    html! {
        input type="hidden" name="stamp" value=(form_stamp(now));
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

    fn forwarded(values: &[&str]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for v in values {
            h.append("x-forwarded-for", v.parse().unwrap());
        }
        h
    }

    fn ip(s: &str) -> Option<IpAddr> {
        Some(s.parse().unwrap())
    }

    #[test]
    fn the_client_is_the_connection_unless_a_trusted_proxy_forwards() {
        let proxies = [
            parse_trusted_proxy("10.0.0.0/8").unwrap(),
            parse_trusted_proxy("::1").unwrap(),
        ];
        let h = forwarded(&["198.51.100.7"]);
        // Nobody trusted: the header is anyone's to write, and ignored.
        assert_eq!(client_ip(ip("10.0.0.2"), &h, &[]), ip("10.0.0.2"));
        // A connection that is not a proxy: its own address, header or not.
        assert_eq!(
            client_ip(ip("203.0.113.9"), &h, &proxies),
            ip("203.0.113.9")
        );
        // Through a trusted proxy: the address it forwarded.
        assert_eq!(client_ip(ip("10.0.0.2"), &h, &proxies), ip("198.51.100.7"));
        assert_eq!(client_ip(ip("::1"), &h, &proxies), ip("198.51.100.7"));
        // The rightmost untrusted hop: what the client wrote itself (left) is not believed.
        let spoofed = forwarded(&["1.2.3.4, 198.51.100.7, 10.0.0.3"]);
        assert_eq!(
            client_ip(ip("10.0.0.2"), &spoofed, &proxies),
            ip("198.51.100.7")
        );
        // Several header lines read as one list.
        let lines = forwarded(&["1.2.3.4", "198.51.100.7"]);
        assert_eq!(
            client_ip(ip("10.0.0.2"), &lines, &proxies),
            ip("198.51.100.7")
        );
        // A garbled hop stops at the last trusted address; no header: the proxy.
        let garbled = forwarded(&["198.51.100.7, unknown, 10.0.0.3"]);
        assert_eq!(
            client_ip(ip("10.0.0.2"), &garbled, &proxies),
            ip("10.0.0.3")
        );
        assert_eq!(
            client_ip(ip("10.0.0.2"), &HeaderMap::new(), &proxies),
            ip("10.0.0.2")
        );
        // An IPv4 peer written as IPv6 (dual-stack listener) is still recognised.
        assert_eq!(
            client_ip(ip("::ffff:10.0.0.2"), &h, &proxies),
            ip("198.51.100.7")
        );
        assert_eq!(client_ip(None, &h, &proxies), None);
        assert!(parse_trusted_proxy("proxy.local").is_err());
    }

    #[test]
    fn rate_limit_keys_group_an_ipv6_subscriber() {
        assert_eq!(ClientAddr(ip("198.51.100.7")).key(), "ip:198.51.100.7");
        assert_eq!(
            ClientAddr(ip("2001:db8:1:2:aaaa::1")).key(),
            ClientAddr(ip("2001:db8:1:2:bbbb::9")).key()
        );
        assert_eq!(
            ClientAddr(ip("::ffff:198.51.100.7")).key(),
            "ip:198.51.100.7"
        );
        assert_eq!(ClientAddr(None).key(), "ip:unknown");
    }
}
