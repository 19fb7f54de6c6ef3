//! Checking what an EPN manager typed to publish a session, and what a
//! referrer typed about the person they book a seat for. Errors name the
//! field and the kind of problem; the web layer words them.

use chrono::{NaiveDate, NaiveTime};

use super::Theme;
use super::recurrence::{Occurrence, Recurrence, RecurrenceError, expand};
use crate::contact::{Email, PhoneNumber};
use crate::diagnostic::Level;
use crate::person::{FirstName, FirstNameError};
use crate::postcode::Postcode;
use crate::region::Region;
use crate::vocab::{VocabKind, Vocabularies};

/// The most seats a session may have.
pub const MAX_SEATS: i32 = 500;
/// The longest name (first name or nickname) of a booked person.
pub const MAX_NAME_CHARS: usize = FirstName::MAX_CHARS;
const MAX_TITLE_CHARS: usize = 120;
const MAX_TEXT_CHARS: usize = 2000;
const MAX_PRICE_CENTS: i64 = 100_000;

/// What a field's problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DraftErrorKind {
    Missing,
    TooLong,
    UnknownCode,
    NotANumber,
    OutOfRange,
    BadDate,
    BadTime,
    EndBeforeStart,
    InPast,
    UntilBeforeFirst,
    TooMany,
    NoDateLeft,
    UnknownPostcode,
    BadPhone,
    BadEmail,
    NoConsent,
}

impl DraftErrorKind {
    /// The message key (`sessions-error-…`).
    pub fn key(self) -> &'static str {
        match self {
            DraftErrorKind::Missing => "sessions-error-missing",
            DraftErrorKind::TooLong => "sessions-error-too-long",
            DraftErrorKind::UnknownCode => "sessions-error-unknown-code",
            DraftErrorKind::NotANumber => "sessions-error-not-a-number",
            DraftErrorKind::OutOfRange => "sessions-error-out-of-range",
            DraftErrorKind::BadDate => "sessions-error-bad-date",
            DraftErrorKind::BadTime => "sessions-error-bad-time",
            DraftErrorKind::EndBeforeStart => "sessions-error-end-before-start",
            DraftErrorKind::InPast => "sessions-error-in-past",
            DraftErrorKind::UntilBeforeFirst => "sessions-error-until-before-first",
            DraftErrorKind::TooMany => "sessions-error-too-many",
            DraftErrorKind::NoDateLeft => "sessions-error-no-date-left",
            DraftErrorKind::UnknownPostcode => "sessions-error-unknown-postcode",
            DraftErrorKind::BadPhone => "sessions-error-bad-phone",
            DraftErrorKind::BadEmail => "sessions-error-bad-email",
            DraftErrorKind::NoConsent => "sessions-error-no-consent",
        }
    }
}

/// A problem with one field (named as in the form and the API).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DraftError {
    pub field: &'static str,
    pub kind: DraftErrorKind,
}

fn err(field: &'static str, kind: DraftErrorKind) -> DraftError {
    DraftError { field, kind }
}

/// Where a session happens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Where {
    /// At a place of the directory.
    Place(i64),
    /// A mobile activity of an organisation, elsewhere.
    Mobile { organisation_id: i64 },
}

/// A session as typed in the form (every field as text).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SessionDraft {
    pub title: String,
    /// The language the title and description are written in (a code of the
    /// languages vocabulary); empty: not said.
    pub title_lang: String,
    pub description: String,
    pub theme: String,
    pub level: String,
    pub languages: Vec<String>,
    pub seats: String,
    pub waiting_list: bool,
    pub self_booking: bool,
    /// Euros, e.g. "2,50"; empty or 0: free.
    pub price: String,
    pub publics: Vec<String>,
    pub bring: String,
    pub accessibility: Vec<String>,
    /// YYYY-MM-DD, local.
    pub date: String,
    /// HH:MM, local.
    pub start: String,
    pub end: String,
    /// "" (once), "weekly" or "every-2-weeks".
    pub repeat: String,
    /// YYYY-MM-DD: the last date of a repeated session.
    pub until: String,
    /// Dates without a session, separated by spaces or commas.
    pub skip: String,
    /// A mobile activity's place and address.
    pub location: String,
    /// A mobile activity's postcode.
    pub postcode: String,
}

/// A checked session, with its occurrences.
#[derive(Debug, Clone, PartialEq)]
pub struct ValidSession {
    pub title: String,
    pub title_lang: Option<String>,
    pub description: Option<String>,
    pub theme: Theme,
    pub level: Level,
    pub languages: Vec<String>,
    pub seats: i32,
    pub waiting_list: bool,
    pub self_booking: bool,
    pub price_cents: i64,
    pub publics: Vec<String>,
    pub bring: Option<String>,
    pub accessibility: Vec<String>,
    pub location: Option<String>,
    pub postcode: Option<String>,
    pub commune_nis: Option<String>,
    pub recurrence: Option<Recurrence>,
    pub occurrences: Vec<Occurrence>,
}

fn text(field: &'static str, v: &str, max: usize, errors: &mut Vec<DraftError>) -> Option<String> {
    let v = v.trim();
    if v.chars().count() > max {
        errors.push(err(field, DraftErrorKind::TooLong));
    }
    (!v.is_empty()).then(|| v.to_owned())
}

fn codes(
    field: &'static str,
    values: &[String],
    kind: VocabKind,
    vocab: &Vocabularies,
    errors: &mut Vec<DraftError>,
) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for v in values.iter().map(|v| v.trim()).filter(|v| !v.is_empty()) {
        if !vocab.contains(kind, v) {
            errors.push(err(field, DraftErrorKind::UnknownCode));
            return out;
        }
        if !out.iter().any(|o| o == v) {
            out.push(v.to_owned());
        }
    }
    out
}

fn date(field: &'static str, v: &str, errors: &mut Vec<DraftError>) -> Option<NaiveDate> {
    let v = v.trim();
    if v.is_empty() {
        errors.push(err(field, DraftErrorKind::Missing));
        return None;
    }
    let d = NaiveDate::parse_from_str(v, "%Y-%m-%d").ok();
    if d.is_none() {
        errors.push(err(field, DraftErrorKind::BadDate));
    }
    d
}

fn time(field: &'static str, v: &str, errors: &mut Vec<DraftError>) -> Option<NaiveTime> {
    let v = v.trim();
    if v.is_empty() {
        errors.push(err(field, DraftErrorKind::Missing));
        return None;
    }
    let t = NaiveTime::parse_from_str(v, "%H:%M")
        .or_else(|_| NaiveTime::parse_from_str(v, "%H:%M:%S"))
        .or_else(|_| NaiveTime::parse_from_str(&v.replace(['h', '.'], ":"), "%H:%M"))
        .ok();
    if t.is_none() {
        errors.push(err(field, DraftErrorKind::BadTime));
    }
    t
}

/// Euros as typed ("2", "2,50", "€ 2.5") in cents, by the rule of
/// [`crate::money::parse_euros`]; empty is free.
/// Amounts of a million euros or more are not prices (the draft's own
/// ceiling, `MAX_PRICE_CENTS`, then names the field).
pub fn parse_price_cents(s: &str) -> Option<i64> {
    crate::money::parse_euros(s, 100_000_000).ok()
}

/// Cents as euros for a form field or a page: "2,50" (decimal comma) or "2.50".
pub fn format_price(cents: i64, decimal_comma: bool) -> String {
    crate::money::euros_plain(cents, if decimal_comma { ',' } else { '.' })
}

impl SessionDraft {
    /// Checks every field; `mobile` says whether it is a mobile activity
    /// (then `location` and `postcode` are needed). Occurrences must start
    /// after `now` (UTC Unix seconds).
    pub fn validate(
        &self,
        mobile: bool,
        vocab: &Vocabularies,
        region: &Region,
        now: i64,
    ) -> Result<ValidSession, Vec<DraftError>> {
        use DraftErrorKind::*;
        let mut e = Vec::new();
        let title = text("title", &self.title, MAX_TITLE_CHARS, &mut e);
        if title.is_none() {
            e.push(err("title", Missing));
        }
        let description = text("description", &self.description, MAX_TEXT_CHARS, &mut e);
        let theme = match self.theme.trim() {
            "" => {
                e.push(err("theme", Missing));
                None
            }
            t => Theme::parse(t).or_else(|| {
                e.push(err("theme", UnknownCode));
                None
            }),
        };
        let level = match self.level.trim() {
            "" => Some(Level::Beginner),
            l => Level::parse(l).or_else(|| {
                e.push(err("level", UnknownCode));
                None
            }),
        };
        let languages = codes(
            "languages",
            &self.languages,
            VocabKind::Language,
            vocab,
            &mut e,
        );
        if languages.is_empty() && !e.iter().any(|x| x.field == "languages") {
            e.push(err("languages", Missing));
        }
        let title_lang = codes(
            "title_lang",
            std::slice::from_ref(&self.title_lang),
            VocabKind::Language,
            vocab,
            &mut e,
        )
        .pop();
        let seats = match self.seats.trim() {
            "" => {
                e.push(err("seats", Missing));
                None
            }
            s => match s.parse::<i32>() {
                Ok(n) if (1..=MAX_SEATS).contains(&n) => Some(n),
                Ok(_) => {
                    e.push(err("seats", OutOfRange));
                    None
                }
                Err(_) => {
                    e.push(err("seats", NotANumber));
                    None
                }
            },
        };
        let price_cents = match parse_price_cents(&self.price) {
            Some(c) if c <= MAX_PRICE_CENTS => Some(c),
            Some(_) => {
                e.push(err("price", OutOfRange));
                None
            }
            None => {
                e.push(err("price", NotANumber));
                None
            }
        };
        let publics = codes("publics", &self.publics, VocabKind::Public, vocab, &mut e);
        let bring = text("bring", &self.bring, MAX_TEXT_CHARS, &mut e);
        let accessibility = codes(
            "accessibility",
            &self.accessibility,
            VocabKind::Accessibility,
            vocab,
            &mut e,
        );
        let (mut location, mut postcode, mut commune_nis) = (None, None, None);
        if mobile {
            location = text("location", &self.location, MAX_TITLE_CHARS * 2, &mut e);
            if location.is_none() {
                e.push(err("location", Missing));
            }
            match self.postcode.trim() {
                "" => e.push(err("postcode", Missing)),
                pc => match Postcode::parse(pc).ok().and_then(|p| p.area(region)) {
                    Some(a) => {
                        postcode = Some(a.code.clone());
                        commune_nis = a.communes.first().cloned();
                    }
                    None => e.push(err("postcode", UnknownPostcode)),
                },
            }
        }
        let first = date("date", &self.date, &mut e);
        let start = time("start", &self.start, &mut e);
        let end = time("end", &self.end, &mut e);
        let recurrence = match self.repeat.trim() {
            "" | "once" => None,
            r @ ("weekly" | "every-2-weeks") => {
                let until = date("until", &self.until, &mut e);
                let mut skip = Vec::new();
                for s in self
                    .skip
                    .split([',', ' ', ';', '\n'])
                    .filter(|s| !s.trim().is_empty())
                {
                    match NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d") {
                        Ok(d) => skip.push(d),
                        Err(_) => {
                            e.push(err("skip", BadDate));
                            break;
                        }
                    }
                }
                until.map(|until| Recurrence {
                    every_weeks: if r == "weekly" { 1 } else { 2 },
                    weekdays: Vec::new(),
                    until,
                    skip,
                })
            }
            _ => {
                e.push(err("repeat", UnknownCode));
                None
            }
        };
        let mut occurrences = Vec::new();
        if let (Some(first), Some(start), Some(end)) = (first, start, end) {
            let wants_rec = !matches!(self.repeat.trim(), "" | "once");
            if !wants_rec || recurrence.is_some() {
                match expand(first, start, end, recurrence.as_ref(), &region.timezone) {
                    Ok(o) => occurrences = o,
                    Err(RecurrenceError::EndBeforeStart) => e.push(err("end", EndBeforeStart)),
                    Err(RecurrenceError::UntilBeforeFirst) => {
                        e.push(err("until", UntilBeforeFirst))
                    }
                    Err(RecurrenceError::Interval) => e.push(err("repeat", UnknownCode)),
                    Err(RecurrenceError::TooMany) => e.push(err("until", TooMany)),
                    Err(RecurrenceError::Empty) => e.push(err("skip", NoDateLeft)),
                }
                if occurrences.first().is_some_and(|o| o.starts_at <= now) {
                    e.push(err("date", InPast));
                }
            }
        }
        match (title, theme, level, seats, price_cents, e.is_empty()) {
            (Some(title), Some(theme), Some(level), Some(seats), Some(price_cents), true) => {
                Ok(ValidSession {
                    title,
                    title_lang,
                    description,
                    theme,
                    level,
                    languages,
                    seats,
                    waiting_list: self.waiting_list,
                    self_booking: self.self_booking,
                    price_cents,
                    publics,
                    bring,
                    accessibility,
                    location,
                    postcode,
                    commune_nis,
                    recurrence,
                    occurrences,
                })
            }
            _ => Err(e),
        }
    }
}

/// The person a seat is booked for, as typed: pseudonymous by default.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PersonDraft {
    /// A first name or a nickname.
    pub name: String,
    /// Optional, for reminders by SMS.
    pub phone: String,
    /// Optional, for reminders by e-mail.
    pub email: String,
    /// The person agreed to the consent text shown.
    pub consent: bool,
}

/// A checked person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidPerson {
    pub name: String,
    pub phone: Option<String>,
    pub email: Option<String>,
}

impl PersonDraft {
    /// Checks the person's fields with the rules of [`FirstName`],
    /// [`PhoneNumber`] and [`Email`].
    pub fn validate(&self) -> Result<ValidPerson, Vec<DraftError>> {
        use DraftErrorKind::*;
        let mut e = Vec::new();
        let name = match FirstName::parse(&self.name) {
            Ok(n) => Some(n.into_string()),
            Err(problem) => {
                e.push(err(
                    "name",
                    match problem {
                        FirstNameError::Empty => Missing,
                        FirstNameError::TooLong => TooLong,
                        FirstNameError::Control => UnknownCode,
                    },
                ));
                None
            }
        };
        let phone_v = match self.phone.trim() {
            "" => None,
            p => PhoneNumber::parse(p)
                .map(PhoneNumber::into_string)
                .map_err(|_| e.push(err("phone", BadPhone)))
                .ok(),
        };
        let email = match self.email.trim() {
            "" => None,
            m => Email::parse(m)
                .map(Email::into_string)
                .map_err(|_| e.push(err("email", BadEmail)))
                .ok(),
        };
        if !self.consent {
            e.push(err("consent", NoConsent));
        }
        if let (Some(name), true) = (name, e.is_empty()) {
            Ok(ValidPerson {
                name,
                phone: phone_v,
                email,
            })
        } else {
            Err(e)
        }
    }
}
