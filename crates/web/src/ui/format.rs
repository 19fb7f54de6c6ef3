//! How facts are written for a person: dates and times in the region's
//! time zone, opening states, distances, vocabulary labels, commune names,
//! phone links.

use std::fmt::Write as _;

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Weekday};
use domain::Lang;
use domain::directory::{Directory, HoursInfo, PlaceView};
use domain::hours::OpenState;
use domain::vocab::{VocabKind, Vocabularies};
use maud::{Markup, html};

use crate::i18n::{Text, t, t_args, text};

pub fn weekday(lang: Lang, d: Weekday) -> String {
    let key = match d {
        Weekday::Mon => "weekday-mon",
        Weekday::Tue => "weekday-tue",
        Weekday::Wed => "weekday-wed",
        Weekday::Thu => "weekday-thu",
        Weekday::Fri => "weekday-fri",
        Weekday::Sat => "weekday-sat",
        Weekday::Sun => "weekday-sun",
    };
    t(lang, key)
}

pub fn hhmm(t: NaiveTime) -> String {
    if t == NaiveTime::from_hms_opt(23, 59, 59).unwrap() {
        "24:00".into()
    } else {
        t.format("%H:%M").to_string()
    }
}

/// Whether the line is good news (open) — for an icon next to the words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Open,
    Closed,
    Unknown,
}

/// "Hours unknown": with the way to ask that the place gives — call when it
/// has a phone, write when it has only an e-mail, else ask (the page then
/// shows its organisation's or the region's contact).
fn hours_unknown(lang: Lang, place: &PlaceView<'_>) -> Text {
    match (place.mobile, place.phone.is_some(), place.email.is_some()) {
        (true, true, _) => text(lang, "hours-mobile"),
        (true, false, _) => text(lang, "contact-hours-mobile-ask"),
        (false, true, _) => text(lang, "hours-unknown"),
        (false, false, true) => text(lang, "contact-hours-unknown-write"),
        (false, false, false) => text(lang, "contact-hours-unknown-ask"),
    }
}

/// "Open now, until 18:00", "Opens Tuesday at 10:00", "Hours unknown — call first"
/// (or write, or ask, when the place has no phone).
pub fn open_line(
    lang: Lang,
    dir: &Directory,
    place: &PlaceView<'_>,
    now: NaiveDateTime,
) -> (Tone, Text) {
    match dir.hours(place.id) {
        HoursInfo::Valid(_) => match dir.open_state(place.id, now).unwrap_or(OpenState::Unknown) {
            OpenState::Open { until: Some(u) } if u.date() == now.date() => (
                Tone::Open,
                t_args(lang, "open-until", &[("time", hhmm(u.time()).into())]).into(),
            ),
            OpenState::Open { .. } => (Tone::Open, text(lang, "open-now")),
            OpenState::Closed { opens: Some(o) } => {
                let time = hhmm(o.time());
                let text = if o.date() == now.date() {
                    t_args(lang, "opens-today", &[("time", time.clone().into())])
                } else if o.date() == now.date().succ_opt().unwrap_or(now.date()) {
                    t_args(lang, "opens-tomorrow", &[("time", time.clone().into())])
                } else {
                    t_args(
                        lang,
                        "opens-on",
                        &[
                            ("day", weekday(lang, o.weekday()).into()),
                            ("time", time.clone().into()),
                        ],
                    )
                };
                (Tone::Closed, text.into())
            }
            OpenState::Closed { opens: None } => (Tone::Closed, text(lang, "closed-this-week")),
            OpenState::Unknown => (Tone::Unknown, hours_unknown(lang, place)),
        },
        HoursInfo::Invalid(_) => (Tone::Unknown, text(lang, "hours-unreadable")),
        HoursInfo::None => (Tone::Unknown, hours_unknown(lang, place)),
    }
}

/// A vocabulary term's label (borrowed from the translations).
pub fn label(lang: Lang, kind: VocabKind, code: &str) -> Text {
    KEY.with_borrow_mut(|key| {
        key.clear();
        Vocabularies::write_label_key(key, kind, code);
        text(lang, key)
    })
}

thread_local! {
    /// The key of [`label`], built in place: the results page asks for a
    /// hundred labels.
    static KEY: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// "à 1,2 km" in French, "1.2 km away" in English; "about" when measured from
/// a commune's or postcode's centre.
pub fn distance(lang: Lang, km: f64, approximate: bool) -> String {
    let s = if km < 10.0 {
        format!("{km:.1}")
    } else {
        format!("{km:.0}")
    };
    let s = if lang.decimal_comma() {
        s.replace('.', ",")
    } else {
        s
    };
    let key = if approximate {
        "distance-km-approximate"
    } else {
        "distance-km"
    };
    t_args(lang, key, &[("km", s.into())])
}

/// The commune's name in the page's language (Dutch on Dutch pages, else the region's first language).
pub fn commune_name<'a>(dir: &'a Directory, lang: Lang, nis: &str) -> &'a str {
    dir.region
        .commune(nis)
        .map_or("", |c| dir.region.display(&c.name, lang))
}

/// A `tel:` URL from a written phone number.
pub fn tel_href(phone: &str) -> String {
    let mut href = String::with_capacity(4 + phone.len());
    tel_href_to(&mut href, phone);
    href
}

/// [`tel_href`] appended to `buf` (only `+` and digits: nothing to escape).
pub fn tel_href_to(buf: &mut String, phone: &str) {
    buf.push_str("tel:");
    buf.extend(phone.chars().filter(|c| c.is_ascii_digit() || *c == '+'));
}

/// Text that reads left to right whatever the page's direction — a phone
/// number, postcode, time, e-mail or web address — isolated so that an Arabic
/// page does not reorder its parts ("+32 2 411 00 00", not "00 00 411 2 32+").
pub fn ltr(text: &str) -> Ltr<'_> {
    Ltr(text)
}

/// [`ltr`]'s markup, written straight into the page (no string of its own:
/// a results page has dozens).
pub struct Ltr<'a>(&'a str);

impl maud::Render for Ltr<'_> {
    fn render_to(&self, buf: &mut String) {
        buf.push_str("<bdi dir=\"ltr\">");
        crate::i18n::escape_to(buf, self.0);
        buf.push_str("</bdi>");
    }
}

/// "09:00–12:00": opening and closing times as one left-to-right span.
pub fn time_range(from: NaiveTime, to: NaiveTime) -> Markup {
    html! { (ltr(&format!("{}–{}", hhmm(from), hhmm(to)))) }
}

/// A `geo:` URI that opens the person's own map application at a place:
/// its coordinates when known (else 0,0) and its address as the query.
/// Nothing is asked of a third party by the page itself.
/// `address` is given in parts, written one after the other, and the URI
/// at the end of `buf`. What it writes needs no HTML escaping (digits,
/// letters, `-._~,:?=%`): it can go straight into an attribute.
pub fn geo_href_to(buf: &mut String, position: Option<(f64, f64)>, address: &[&str]) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let (lat, lon) = position.unwrap_or((0.0, 0.0));
    let _ = write!(buf, "geo:{lat:.6},{lon:.6}?q=");
    for b in address.iter().flat_map(|part| part.bytes()) {
        if b.is_ascii_alphanumeric() || b"-._~,".contains(&b) {
            buf.push(char::from(b));
        } else {
            buf.push('%');
            buf.push(char::from(HEX[usize::from(b >> 4)]));
            buf.push(char::from(HEX[usize::from(b & 15)]));
        }
    }
}

/// "26 November 2026", from a YYYY-MM-DD date.
pub fn long_date(lang: Lang, iso: &str) -> String {
    match NaiveDate::parse_from_str(iso, "%Y-%m-%d") {
        Ok(d) => date_words(lang, d),
        Err(_) => iso.to_owned(),
    }
}

/// A Unix time in the region's zone (`None` when out of range).
fn local(tz: chrono_tz::Tz, ts: i64) -> Option<DateTime<chrono_tz::Tz>> {
    tz.timestamp_opt(ts, 0).single()
}

fn date_words(lang: Lang, d: NaiveDate) -> String {
    t_args(
        lang,
        "date-long",
        &[
            ("day", (d.day() as i32).into()),
            ("month", t(lang, &format!("month-{}", d.month())).into()),
            ("year", d.year().into()),
        ],
    )
}

/// "26 November 2026": the local date of a Unix time.
pub fn local_date(lang: Lang, tz: chrono_tz::Tz, ts: i64) -> String {
    local(tz, ts).map_or_else(String::new, |d| date_words(lang, d.date_naive()))
}

/// "26 November 2026, 11:00 CET": the local date and time of a Unix time,
/// with the zone's abbreviation.
pub fn local_datetime(lang: Lang, tz: chrono_tz::Tz, ts: i64) -> String {
    local(tz, ts).map_or_else(String::new, |d| {
        format!(
            "{}, {} {}",
            date_words(lang, d.date_naive()),
            hhmm(d.time()),
            d.format("%Z")
        )
    })
}

/// "Tuesday 1 December 2026, 10:00–12:00": the local day and hours of
/// something that starts and ends (a session).
pub fn local_time_span(lang: Lang, tz: chrono_tz::Tz, starts_at: i64, ends_at: i64) -> String {
    let (Some(s), Some(e)) = (local(tz, starts_at), local(tz, ends_at)) else {
        return String::new();
    };
    t_args(
        lang,
        "sessions-when",
        &[
            ("day", weekday(lang, s.weekday()).into()),
            ("date", date_words(lang, s.date_naive()).into()),
            ("start", hhmm(s.time()).into()),
            ("end", hhmm(e.time()).into()),
        ],
    )
}
