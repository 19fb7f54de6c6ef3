//! iCalendar (RFC 5545) feeds: one session, and the sessions of a place.
//! Times are written in UTC (`…Z`), which every calendar reads without a
//! VTIMEZONE; lines are folded at 75 octets and end with CRLF.

use axum::extract::{Path, State};
use axum::http::{HeaderValue, header};
use axum::response::Response;
use chrono::{TimeZone, Utc};
use domain::Lang;
use domain::sessions::{Session, SessionStatus};

use crate::AppState;
use crate::i18n::t;
use crate::ui::sessions::{price_text, seats_text, theme_text, where_text};
use crate::ui::{PageError, PageLang, PageResult};

const DAY: i64 = 86_400;

/// Escapes a TEXT value (RFC 5545 §3.3.11).
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded so that no line exceeds 75 octets
/// (never inside a UTF-8 character).
/// The ORGANIZER property: RFC 5545 wants a calendar address (a `mailto:`
/// URI) as its value, so it is the place's e-mail address when the
/// directory has a valid one, and no ORGANIZER at all otherwise (a published
/// event may go without; the page's address is already in URL).
fn organizer(name: &str, email: Option<&str>) -> Option<String> {
    let email = domain::contact::Email::parse(email?).ok()?;
    Some(format!(
        "ORGANIZER;CN=\"{}\":mailto:{}",
        name.replace(['"', '\r', '\n'], ""),
        email.as_str()
    ))
}

fn line(out: &mut String, content: &str) {
    let mut width = 0;
    for c in content.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out.push_str("\r\n");
}

fn stamp(ts: i64) -> String {
    Utc.timestamp_opt(ts, 0)
        .single()
        .unwrap_or_default()
        .format("%Y%m%dT%H%M%SZ")
        .to_string()
}

fn host(state: &AppState) -> String {
    state
        .config
        .public_url
        .split("://")
        .nth(1)
        .unwrap_or("passerelle")
        .trim_end_matches('/')
        .split(['/', ':'])
        .next()
        .unwrap_or("passerelle")
        .to_owned()
}

fn event(out: &mut String, state: &AppState, lang: Lang, s: &Session) {
    let dir = state.directory();
    let url = state
        .config
        .link(&format!("/{}/sessions/{}", lang.code(), s.id));
    let mut description = Vec::new();
    if let Some(d) = &s.description {
        description.push(d.clone());
    }
    description.push(theme_text(lang, s.theme));
    description.push(format!(
        "{} · {}",
        seats_text(lang, s),
        price_text(lang, s.price_cents)
    ));
    if let Some(b) = &s.bring {
        description.push(format!("{} {b}", t(lang, "sessions-bring-label")));
    }
    description.push(url.clone());
    line(out, "BEGIN:VEVENT");
    line(out, &format!("UID:session-{}@{}", s.id, host(state)));
    line(out, &format!("DTSTAMP:{}", stamp(s.updated_at)));
    line(out, &format!("LAST-MODIFIED:{}", stamp(s.updated_at)));
    line(out, &format!("SEQUENCE:{}", s.sequence));
    line(out, &format!("DTSTART:{}", stamp(s.starts_at)));
    line(out, &format!("DTEND:{}", stamp(s.ends_at)));
    line(out, &format!("SUMMARY:{}", escape(&s.title)));
    line(
        out,
        &format!("LOCATION:{}", escape(&where_text(lang, &dir, s))),
    );
    line(
        out,
        &format!("DESCRIPTION:{}", escape(&description.join("\n"))),
    );
    line(out, &format!("URL:{url}"));
    let place_email = s
        .place_id
        .and_then(|p| dir.place(p))
        .and_then(|p| p.email.clone());
    if let Some(organizer) = organizer(&s.organisation, place_email.as_deref()) {
        line(out, &organizer);
    }
    line(
        out,
        &format!("CATEGORIES:{}", escape(&t(lang, &s.theme.label_key()))),
    );
    line(
        out,
        match s.status {
            SessionStatus::Scheduled => "STATUS:CONFIRMED",
            SessionStatus::Cancelled => "STATUS:CANCELLED",
        },
    );
    line(out, "TRANSP:OPAQUE");
    line(out, "END:VEVENT");
}

/// A whole calendar of these sessions.
pub(crate) fn calendar(state: &AppState, lang: Lang, name: &str, sessions: &[Session]) -> String {
    let mut out = String::new();
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, "PRODID:-//Passerelle//Sessions//EN");
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, "METHOD:PUBLISH");
    line(&mut out, &format!("X-WR-CALNAME:{}", escape(name)));
    for s in sessions {
        event(&mut out, state, lang, s);
    }
    line(&mut out, "END:VCALENDAR");
    out
}

fn ics(body: String, file: &str) -> Response {
    let mut res = crate::ui::download::inline("text/calendar; charset=utf-8", file, body);
    res.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=300"),
    );
    res
}

pub(super) async fn session_ics(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
) -> PageResult {
    let s = super::session_of_path(&state, &id).await?;
    Ok(ics(
        calendar(&state, lang, &s.title, std::slice::from_ref(&s)),
        &format!("session-{id}.ics"),
    ))
}

/// The sessions of a place from 30 days ago to a year ahead (cancelled ones
/// included, so that calendars remove them).
pub(super) async fn place_ics(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
) -> PageResult {
    let dir = state.directory();
    let place = id
        .parse::<i64>()
        .ok()
        .and_then(|id| dir.place(id))
        .ok_or(PageError::NotFound)?;
    let now = state.now().timestamp();
    let list = state
        .db
        .sessions_at_place(place.id, now - 30 * DAY, now + 366 * DAY)
        .await?;
    Ok(ics(
        calendar(&state, lang, &place.name, &list),
        &format!("place-{}-sessions.ics", place.id),
    ))
}

#[cfg(test)]
mod tests {
    use super::{escape, line, organizer};

    #[test]
    fn the_organizer_is_a_mailto_address_or_nothing() {
        assert_eq!(
            organizer("EPN \"Le Lien\"", Some("accueil@lelien.be")).as_deref(),
            Some("ORGANIZER;CN=\"EPN Le Lien\":mailto:accueil@lelien.be")
        );
        assert_eq!(organizer("EPN", None), None);
        assert_eq!(organizer("EPN", Some("not an address")), None);
    }

    #[test]
    fn lines_are_folded_at_75_octets_and_text_is_escaped() {
        let mut out = String::new();
        line(&mut out, &format!("SUMMARY:{}", "é".repeat(60)));
        for l in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{} octets", l.len());
        }
        assert!(out.contains("\r\n "));
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }
}
