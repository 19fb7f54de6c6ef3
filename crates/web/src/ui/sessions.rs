//! The words that describe a session — where, price, seats, theme — and its
//! card in a list; shared by the public pages, the back office and e-mails.

use domain::Lang;
use domain::directory::Directory;
use domain::sessions::{Session, SessionStatus, Theme, format_price};
use domain::vocab::VocabKind;
use maud::{Markup, html};

use super::form::FieldError;
use super::format::{self, commune_name, label, local_time_span};
use crate::i18n::{t, t_args};

/// Where a session happens, in words: the place and its commune, or a mobile activity's location.
pub fn where_text(lang: Lang, dir: &Directory, s: &Session) -> String {
    match s.place_id.and_then(|p| dir.place_name(p)) {
        Some(name) => format!("{name}, {}", address_text(lang, dir, s)),
        None => address_text(lang, dir, s),
    }
}

/// The address of a session without the place's name: street, postcode and commune.
pub fn address_text(lang: Lang, dir: &Directory, s: &Session) -> String {
    match s.place_id.and_then(|p| dir.place(p)) {
        Some(p) => {
            let mut parts = Vec::new();
            if let Some(a) = &p.address {
                parts.push(a.clone());
            }
            let commune = commune_name(dir, lang, &p.commune_nis).to_owned();
            parts.push(match &p.postcode {
                Some(pc) => format!("{pc} {commune}"),
                None => commune,
            });
            parts.join(", ")
        }
        None => {
            let mut parts: Vec<String> = s.location.iter().cloned().collect();
            let commune = s
                .commune_nis
                .as_deref()
                .map(|c| commune_name(dir, lang, c).to_owned())
                .unwrap_or_default();
            let line = format!("{} {commune}", s.postcode.as_deref().unwrap_or(""))
                .trim()
                .to_owned();
            if !line.is_empty() {
                parts.push(line);
            }
            parts.join(", ")
        }
    }
}

/// "Free" or "2,50 €".
pub fn price_text(lang: Lang, cents: i64) -> String {
    if cents == 0 {
        t(lang, "sessions-price-free")
    } else {
        t_args(
            lang,
            "sessions-price-euros",
            &[("amount", format_price(cents, lang.decimal_comma()).into())],
        )
    }
}

/// "3 seats left of 8", "Full – you can join the waiting list", "Full", "Cancelled".
pub fn seats_text(lang: Lang, s: &Session) -> String {
    match s.status {
        SessionStatus::Cancelled => t(lang, "sessions-status-cancelled"),
        SessionStatus::Scheduled if s.seats_left() > 0 => t_args(
            lang,
            "sessions-seats-left",
            &[("left", s.seats_left().into()), ("seats", s.seats.into())],
        ),
        SessionStatus::Scheduled if s.waiting_list => t_args(
            lang,
            "sessions-full-waiting",
            &[("waiting", s.waiting.into())],
        ),
        SessionStatus::Scheduled => t(lang, "sessions-full"),
    }
}

/// The theme's name with its DigComp area: "Safety (Staying safe)".
pub fn theme_text(lang: Lang, theme: Theme) -> String {
    t_args(
        lang,
        "sessions-theme-with-area",
        &[
            ("theme", t(lang, &theme.label_key()).into()),
            ("area", t(lang, &theme.area().label_key()).into()),
        ],
    )
}

pub fn languages_text(lang: Lang, codes: &[String]) -> String {
    codes
        .iter()
        .map(|c| label(lang, VocabKind::Language, c))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The language a session's title is written in, when it is not the page's:
/// the one its publisher gave; else, for a session given in one language
/// only, that one. Otherwise nothing is said (no `lang`).
pub fn title_lang(lang: Lang, s: &Session) -> Option<&str> {
    let written = match (&s.title_lang, s.languages.as_slice()) {
        (Some(l), _) => l.as_str(),
        (None, [only]) => only.as_str(),
        _ => return None,
    };
    (written != lang.code()).then_some(written)
}

/// One session in a list: title (link), when, where, theme and level, seats, price.
pub fn session_card(
    lang: Lang,
    tz: chrono_tz::Tz,
    dir: &Directory,
    s: &Session,
    distance: Option<f64>,
) -> Markup {
    let l = lang.code();
    html! {
        article.card.session-card {
            h2 { a href=(format!("/{l}/sessions/{}", s.id)) lang=[title_lang(lang, s)] { (s.title) } }
            p.session-when { (local_time_span(lang, tz, s.starts_at, s.ends_at)) }
            p.where {
                @if s.is_mobile() { (t(lang, "sessions-mobile")) ": " }
                (where_text(lang, dir, s))
                // Distances between postcode or commune centres say nothing below half a kilometre.
                @if let Some(d) = distance.filter(|d| *d >= 0.5) { " · " (format::distance(lang, d, true)) }
            }
            p { (theme_text(lang, s.theme)) " · " (t(lang, &s.level.label_key())) " · " (languages_text(lang, &s.languages)) }
            p class=(if s.status == SessionStatus::Cancelled || s.seats_left() == 0 { "seats seats-none" } else { "seats" }) {
                (seats_text(lang, s)) " · " (price_text(lang, s.price_cents))
            }
        }
    }
}

/// Checked fields' problems in words: "Title: please fill this in."
pub fn field_errors(lang: Lang, errors: &[domain::sessions::DraftError]) -> Vec<FieldError> {
    errors
        .iter()
        .map(|e| {
            let field = t(lang, &format!("sessions-field-{}", e.field));
            FieldError::new(
                e.field,
                t_args(lang, e.kind.key(), &[("field", field.into())]),
            )
        })
        .collect()
}
