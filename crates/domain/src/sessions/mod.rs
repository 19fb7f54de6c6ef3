//! Sessions: workshops, trainings and drop-in help hours that public digital
//! spaces publish, with a number of seats that referrers (or people
//! themselves, when the EPN allows it) book. This module holds the rules
//! without I/O: themes mapped to the DigComp competence areas, recurrence
//! expanded in the region's local time (daylight saving time included), the
//! validation of a session and of a booked person, and the search of the
//! public listing (the same location search as the directory's places).
//! Documented in `docs/sessions.md`.

mod draft;
mod recurrence;
mod search;

use serde::{Deserialize, Serialize};

use crate::diagnostic::{DigCompArea, Level};

pub use draft::{
    DraftError, DraftErrorKind, MAX_NAME_CHARS, MAX_SEATS, PersonDraft, SessionDraft, ValidPerson,
    ValidSession, Where, format_price, parse_price_cents,
};
pub use recurrence::{
    MAX_OCCURRENCES, Occurrence, Recurrence, RecurrenceError, expand, local_to_utc,
};
pub use search::{SessionHit, SessionQuery, SessionResult, search};

/// What a session is about. Each theme belongs to one DigComp competence
/// area, so that the diagnostic's gaps (areas) find the sessions that fit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Theme {
    /// First steps with a computer, a smartphone or a tablet.
    Devices,
    /// Drop-in help hours: bring your question, your letter, your device.
    DropInHelp,
    /// Searching the internet and judging what one finds.
    InternetSearch,
    /// Looking for a job online: job sites, applications.
    JobSearch,
    /// E-mail, messaging and video calls.
    Messaging,
    /// Online public and banking services (itsme, tax, health insurance…).
    OnlineServices,
    /// Writing documents, a CV, editing photos.
    Documents,
    /// Programming and making things with code.
    Programming,
    /// Passwords, scams, privacy.
    Safety,
}

impl Theme {
    pub const ALL: [Theme; 9] = [
        Theme::Devices,
        Theme::DropInHelp,
        Theme::InternetSearch,
        Theme::JobSearch,
        Theme::Messaging,
        Theme::OnlineServices,
        Theme::Documents,
        Theme::Programming,
        Theme::Safety,
    ];

    /// Stable code, used in URLs, the API and the database.
    pub fn code(self) -> &'static str {
        match self {
            Theme::Devices => "devices",
            Theme::DropInHelp => "drop-in-help",
            Theme::InternetSearch => "internet-search",
            Theme::JobSearch => "job-search",
            Theme::Messaging => "messaging",
            Theme::OnlineServices => "online-services",
            Theme::Documents => "documents",
            Theme::Programming => "programming",
            Theme::Safety => "safety",
        }
    }

    pub fn parse(code: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.code() == code)
    }

    /// The DigComp 2.2 competence area the theme belongs to.
    pub fn area(self) -> DigCompArea {
        match self {
            Theme::InternetSearch | Theme::JobSearch => DigCompArea::Information,
            Theme::Messaging | Theme::OnlineServices => DigCompArea::Communication,
            Theme::Documents | Theme::Programming => DigCompArea::ContentCreation,
            Theme::Safety => DigCompArea::Safety,
            Theme::Devices | Theme::DropInHelp => DigCompArea::ProblemSolving,
        }
    }

    /// The themes of a competence area.
    pub fn of_area(area: DigCompArea) -> impl Iterator<Item = Theme> {
        Theme::ALL.into_iter().filter(move |t| t.area() == area)
    }

    /// The message key of the theme's name.
    pub fn label_key(self) -> String {
        format!("sessions-theme-{}", self.code())
    }
}

/// A session's state. A changed session stays `scheduled` (its sequence
/// number grows, so that calendars update it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SessionStatus {
    Scheduled,
    Cancelled,
}

impl SessionStatus {
    pub fn code(self) -> &'static str {
        match self {
            SessionStatus::Scheduled => "scheduled",
            SessionStatus::Cancelled => "cancelled",
        }
    }
    pub fn parse(s: &str) -> Option<SessionStatus> {
        [SessionStatus::Scheduled, SessionStatus::Cancelled]
            .into_iter()
            .find(|x| x.code() == s)
    }
}

/// A booking's state: a seat, a place on the waiting list, or cancelled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BookingStatus {
    Confirmed,
    Waiting,
    Cancelled,
}

impl BookingStatus {
    pub fn code(self) -> &'static str {
        match self {
            BookingStatus::Confirmed => "confirmed",
            BookingStatus::Waiting => "waiting",
            BookingStatus::Cancelled => "cancelled",
        }
    }
    pub fn parse(s: &str) -> Option<BookingStatus> {
        [
            BookingStatus::Confirmed,
            BookingStatus::Waiting,
            BookingStatus::Cancelled,
        ]
        .into_iter()
        .find(|x| x.code() == s)
    }
}

/// Whether a booked person came, marked by the EPN after the session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Attendance {
    Present,
    Absent,
}

impl Attendance {
    pub fn code(self) -> &'static str {
        match self {
            Attendance::Present => "present",
            Attendance::Absent => "absent",
        }
    }
    pub fn parse(s: &str) -> Option<Attendance> {
        [Attendance::Present, Attendance::Absent]
            .into_iter()
            .find(|x| x.code() == s)
    }
}

/// A session as listed and shown: what it is, when, where, and its seats.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Session {
    pub id: i64,
    /// Occurrences published together (a recurring session) share a series.
    pub series_id: Option<i64>,
    pub organisation_id: i64,
    pub organisation: String,
    /// The place it happens at; None for a mobile activity.
    pub place_id: Option<i64>,
    /// Where a mobile activity happens (name and address), as written.
    pub location: Option<String>,
    /// Postcode and commune (NIS) of a mobile activity, for the search.
    pub postcode: Option<String>,
    pub commune_nis: Option<String>,
    pub title: String,
    /// The language the title and description are written in (a code of the
    /// vocabulary's `languages`), when said: pages mark it with `lang`.
    pub title_lang: Option<String>,
    pub description: Option<String>,
    pub theme: Theme,
    pub level: Level,
    /// Language codes (the vocabulary's `languages`).
    pub languages: Vec<String>,
    /// UTC Unix seconds.
    pub starts_at: i64,
    pub ends_at: i64,
    pub seats: i32,
    /// Confirmed bookings.
    pub booked: i32,
    /// People on the waiting list.
    pub waiting: i32,
    /// Whether a full session takes people on a waiting list.
    pub waiting_list: bool,
    /// Whether a person may book a seat for themselves on the public page.
    pub self_booking: bool,
    /// Price in euro cents; 0 is free.
    pub price_cents: i64,
    pub publics: Vec<String>,
    /// What to bring (an identity card, one's smartphone…).
    pub bring: Option<String>,
    /// Accessibility codes (the vocabulary's `accessibility`).
    pub accessibility: Vec<String>,
    pub status: SessionStatus,
    pub cancel_reason: Option<String>,
    /// Grows at every change people should know of (iCalendar SEQUENCE).
    pub sequence: i32,
    pub updated_at: i64,
}

impl Session {
    /// Seats still free (never negative).
    pub fn seats_left(&self) -> i32 {
        (self.seats - self.booked).max(0)
    }

    pub fn is_free(&self) -> bool {
        self.price_cents == 0
    }

    pub fn is_mobile(&self) -> bool {
        self.place_id.is_none()
    }

    pub fn area(&self) -> DigCompArea {
        self.theme.area()
    }

    /// Can a booking still be made at `now` (scheduled, not started)?
    pub fn is_bookable(&self, now: i64) -> bool {
        self.status == SessionStatus::Scheduled && self.starts_at > now
    }
}
