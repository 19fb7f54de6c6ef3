//! How facts are written for a person: dates and times in the region's
//! time zone, opening states, distances, vocabulary labels, commune names,
//! phone links.

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Weekday};
use domain::Lang;
use domain::directory::{Directory, HoursInfo};
use domain::hours::OpenState;
use domain::place::Place;
use domain::vocab::{VocabKind, Vocabularies};

use crate::i18n::{t, t_args};

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

/// "Open now, until 18:00", "Opens Tuesday at 10:00", "Hours unknown — call first".
pub fn open_line(lang: Lang, dir: &Directory, place: &Place, now: NaiveDateTime) -> (Tone, String) {
    match dir.hours(place.id) {
        HoursInfo::Valid(h) => match h.state(now) {
            OpenState::Open { until: Some(u) } if u.date() == now.date() => (
                Tone::Open,
                t_args(lang, "open-until", &[("time", hhmm(u.time()).into())]),
            ),
            OpenState::Open { .. } => (Tone::Open, t(lang, "open-now")),
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
                (Tone::Closed, text)
            }
            OpenState::Closed { opens: None } => (Tone::Closed, t(lang, "closed-this-week")),
            OpenState::Unknown => (Tone::Unknown, t(lang, "hours-unknown")),
        },
        HoursInfo::Invalid(_) => (Tone::Unknown, t(lang, "hours-unreadable")),
        HoursInfo::None if place.mobile => (Tone::Unknown, t(lang, "hours-mobile")),
        HoursInfo::None => (Tone::Unknown, t(lang, "hours-unknown")),
    }
}

pub fn label(lang: Lang, kind: VocabKind, code: &str) -> String {
    t(lang, &Vocabularies::label_key(kind, code))
}

/// "à 1,2 km" in French, "1.2 km away" in English; "about" when measured from
/// a commune's or postcode's centre.
pub fn distance(lang: Lang, km: f64, approximate: bool) -> String {
    let s = if km < 10.0 {
        format!("{km:.1}")
    } else {
        format!("{km:.0}")
    };
    let s = match lang {
        Lang::Fr | Lang::Nl => s.replace('.', ","),
        _ => s,
    };
    let key = if approximate {
        "distance-km-approximate"
    } else {
        "distance-km"
    };
    t_args(lang, key, &[("km", s.into())])
}

/// The commune's name in the page's language (Dutch on Dutch pages, else the region's first language).
pub fn commune_name(dir: &Directory, lang: Lang, nis: &str) -> String {
    dir.region
        .commune(nis)
        .map(|c| dir.region.display(&c.name, lang).to_owned())
        .unwrap_or_default()
}

/// A `tel:` URL from a written phone number.
pub fn tel_href(phone: &str) -> String {
    let digits: String = phone
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    format!("tel:{digits}")
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
