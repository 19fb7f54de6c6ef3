//! The EPN activity log: individual support records and quick-help counts.
//!
//! An individual support is one person helped by an animator: where, when,
//! how long, on which themes, with which equipment, how autonomous the
//! person was and where they were redirected. Nothing about the person is
//! recorded (no name, no age): the log counts work, it does not follow
//! people. A quick help ("five minutes at the desk") is only counted, per
//! day, place and theme.
//!
//! A month stays open for changes until a day of the following month (the
//! 10th by default, [`DEFAULT_CLOSE_DAY`]; a setting of the platform); after
//! that its records are closed (the figures of the month are reported).

use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate};
use serde::Deserialize;

use crate::diagnostic::DigCompArea;

pub mod figures;
pub mod import;
pub mod workshop;

/// By default, a month's records can be changed until this day of the
/// following month (included).
pub const DEFAULT_CLOSE_DAY: u32 = 10;

/// The closing day is a day every month has.
pub const MAX_CLOSE_DAY: u32 = 28;

/// The quick choices of duration, in minutes.
pub const QUICK_MINUTES: [u32; 6] = [15, 30, 45, 60, 90, 120];

/// The longest support that can be recorded, in minutes (a working day).
pub const MAX_MINUTES: u32 = 600;

/// A theme of the activity vocabulary (`[[activity_themes]]` of `data/vocabularies.toml`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActivityTheme {
    pub code: String,
    /// The DigComp area's code.
    pub digcomp: String,
    /// The theme of La Coop de la médiation numérique it maps to.
    pub coop: Option<String>,
    pub note: Option<String>,
}

impl ActivityTheme {
    pub fn area(&self) -> Option<DigCompArea> {
        DigCompArea::parse(&self.digcomp)
    }
}

#[derive(Deserialize)]
struct ThemesFile {
    #[serde(default)]
    activity_themes: Vec<ActivityTheme>,
}

/// Reads the activity themes of a vocabularies file.
pub fn themes_from_toml(src: &str) -> Result<Vec<ActivityTheme>, toml::de::Error> {
    Ok(toml::from_str::<ThemesFile>(src)?.activity_themes)
}

/// The activity themes shipped in `data/vocabularies.toml`, in their order.
pub fn themes() -> &'static [ActivityTheme] {
    static THEMES: OnceLock<Vec<ActivityTheme>> = OnceLock::new();
    THEMES.get_or_init(|| {
        themes_from_toml(include_str!("../../../data/vocabularies.toml"))
            .expect("data/vocabularies.toml: activity_themes")
    })
}

pub fn is_theme(code: &str) -> bool {
    themes().iter().any(|t| t.code == code)
}

macro_rules! code_enum {
    ($(#[$m:meta])* $name:ident { $($variant:ident => $code:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }
            pub fn parse(code: &str) -> Option<$name> {
                $name::ALL.iter().copied().find(|v| v.code() == code)
            }
        }
    };
}

code_enum!(
    /// Where the support took place.
    Location {
        AtPlace => "place",
        AtHome => "home",
        Remote => "remote",
        Elsewhere => "elsewhere",
    }
);

code_enum!(
    /// The equipment used.
    Equipment {
        Computer => "computer",
        Phone => "phone",
        Tablet => "tablet",
        Printer => "printer",
        Other => "other",
    }
);

code_enum!(
    /// How autonomous the person was.
    Autonomy {
        Alone => "alone",
        Helped => "helped",
        DoneFor => "done-for",
    }
);

/// A support record as typed in the form (every field a string).
#[derive(Debug, Clone, Default)]
pub struct SupportDraft {
    pub place: String,
    pub date: String,
    /// One of the quick choices, or "other".
    pub minutes: String,
    /// The number typed when `minutes` is "other".
    pub minutes_other: String,
    pub location: String,
    pub themes: Vec<String>,
    pub equipment: Vec<String>,
    pub autonomy: String,
    /// A place id of the directory, or empty.
    pub redirect_place: String,
    pub redirect_text: String,
}

/// A valid support record (without its place's organisation, which the caller checks).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Support {
    pub place_id: i64,
    pub date: NaiveDate,
    pub minutes: u32,
    pub location: Location,
    pub themes: Vec<String>,
    pub equipment: Vec<Equipment>,
    pub autonomy: Autonomy,
    pub redirect_place_id: Option<i64>,
    pub redirect_text: Option<String>,
}

/// A problem with one field: the field (input id) and a message key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftError {
    pub field: &'static str,
    pub key: &'static str,
}

fn err(field: &'static str, key: &'static str) -> DraftError {
    DraftError { field, key }
}

/// The longest free-text redirection, in characters.
pub const MAX_REDIRECT_TEXT: usize = 200;

impl SupportDraft {
    /// The draft with today's defaults: `place` (the user's only place, or
    /// empty), today, 30 minutes, at the place.
    pub fn with_defaults(place: Option<i64>, today: NaiveDate) -> SupportDraft {
        SupportDraft {
            place: place.map(|p| p.to_string()).unwrap_or_default(),
            date: today.to_string(),
            minutes: "30".into(),
            location: Location::AtPlace.code().into(),
            ..SupportDraft::default()
        }
    }

    /// The draft of a stored record, to change it.
    pub fn from_support(s: &Support) -> SupportDraft {
        let quick = QUICK_MINUTES.contains(&s.minutes);
        SupportDraft {
            place: s.place_id.to_string(),
            date: s.date.to_string(),
            minutes: if quick {
                s.minutes.to_string()
            } else {
                "other".into()
            },
            minutes_other: if quick {
                String::new()
            } else {
                s.minutes.to_string()
            },
            location: s.location.code().into(),
            themes: s.themes.clone(),
            equipment: s.equipment.iter().map(|e| e.code().into()).collect(),
            autonomy: s.autonomy.code().into(),
            redirect_place: s
                .redirect_place_id
                .map(|p| p.to_string())
                .unwrap_or_default(),
            redirect_text: s.redirect_text.clone().unwrap_or_default(),
        }
    }

    /// Checks every field; `today` is the local date (no record in the future,
    /// nor in a month closed on `close_day` of the next month).
    pub fn validate(&self, today: NaiveDate, close_day: u32) -> Result<Support, Vec<DraftError>> {
        let mut errors = Vec::new();
        let place_id = self.place.trim().parse::<i64>().ok();
        if place_id.is_none() {
            errors.push(err("place", "activity-error-place"));
        }
        let date = NaiveDate::parse_from_str(self.date.trim(), "%Y-%m-%d").ok();
        match date {
            None => errors.push(err("date", "activity-error-date")),
            Some(d) if d > today => errors.push(err("date", "activity-error-date-future")),
            Some(d) if !is_open(d, today, close_day) => {
                errors.push(err("date", "activity-error-date-closed"))
            }
            Some(_) => {}
        }
        let minutes = match self.minutes.as_str() {
            "other" => self
                .minutes_other
                .trim()
                .parse::<u32>()
                .ok()
                .filter(|m| (1..=MAX_MINUTES).contains(m)),
            m => m.parse::<u32>().ok().filter(|m| QUICK_MINUTES.contains(m)),
        };
        if minutes.is_none() {
            let field = if self.minutes == "other" {
                "minutes_other"
            } else {
                "minutes-15"
            };
            errors.push(err(field, "activity-error-minutes"));
        }
        let location = Location::parse(&self.location);
        if location.is_none() {
            errors.push(err("location-place", "activity-error-location"));
        }
        let mut themes: Vec<String> = Vec::new();
        for t in &self.themes {
            if is_theme(t) && !themes.contains(t) {
                themes.push(t.clone());
            }
        }
        if themes.is_empty() || themes.len() != self.themes.len() {
            errors.push(err("themes", "activity-error-themes"));
        }
        let mut equipment = Vec::new();
        for e in &self.equipment {
            match Equipment::parse(e) {
                Some(e) if !equipment.contains(&e) => equipment.push(e),
                _ => errors.push(err("equipment", "activity-error-equipment")),
            }
        }
        let autonomy = Autonomy::parse(&self.autonomy);
        if autonomy.is_none() {
            errors.push(err("autonomy-alone", "activity-error-autonomy"));
        }
        let redirect_place_id = match self.redirect_place.trim() {
            "" => None,
            v => match v.parse::<i64>() {
                Ok(id) => Some(id),
                Err(_) => {
                    errors.push(err("redirect_place", "activity-error-redirect"));
                    None
                }
            },
        };
        let text = self.redirect_text.trim();
        if text.chars().count() > MAX_REDIRECT_TEXT {
            errors.push(err("redirect_text", "activity-error-redirect-text"));
        }
        match (place_id, date, minutes, location, autonomy) {
            (Some(place_id), Some(date), Some(minutes), Some(location), Some(autonomy))
                if errors.is_empty() =>
            {
                Ok(Support {
                    place_id,
                    date,
                    minutes,
                    location,
                    themes,
                    equipment,
                    autonomy,
                    redirect_place_id,
                    redirect_text: (!text.is_empty()).then(|| text.to_owned()),
                })
            }
            _ => Err(errors),
        }
    }
}

/// The last day on which a record of `date` can be changed: day `close_day`
/// of the following month (at most [`MAX_CLOSE_DAY`]).
pub fn editable_until(date: NaiveDate, close_day: u32) -> NaiveDate {
    let (y, m) = if date.month() == 12 {
        (date.year() + 1, 1)
    } else {
        (date.year(), date.month() + 1)
    };
    NaiveDate::from_ymd_opt(y, m, close_day.clamp(1, MAX_CLOSE_DAY)).expect("a valid day")
}

/// May a record of `date` still be added, changed or deleted on `today`?
pub fn is_open(date: NaiveDate, today: NaiveDate, close_day: u32) -> bool {
    today <= editable_until(date, close_day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn good() -> SupportDraft {
        SupportDraft {
            themes: vec!["email".into()],
            autonomy: "helped".into(),
            ..SupportDraft::with_defaults(Some(7), d("2026-11-26"))
        }
    }

    #[test]
    fn every_theme_has_a_digcomp_area_and_a_unique_code() {
        assert!(themes().len() >= 10);
        for t in themes() {
            assert!(t.area().is_some(), "{}: {}", t.code, t.digcomp);
            assert_eq!(themes().iter().filter(|o| o.code == t.code).count(), 1);
        }
        assert!(
            themes().iter().any(|t| t.coop.is_none()),
            "a theme the Coop lacks"
        );
    }

    #[test]
    fn the_defaults_and_one_theme_and_autonomy_make_a_record() {
        let s = good().validate(d("2026-11-26"), DEFAULT_CLOSE_DAY).unwrap();
        assert_eq!(s.place_id, 7);
        assert_eq!(s.minutes, 30);
        assert_eq!(s.location, Location::AtPlace);
        assert_eq!(s.date, d("2026-11-26"));
        assert!(s.equipment.is_empty());
        assert_eq!(s.redirect_text, None);
    }

    #[test]
    fn minutes_are_a_quick_choice_or_a_number_up_to_a_day() {
        let today = d("2026-11-26");
        let with = |m: &str, other: &str| SupportDraft {
            minutes: m.into(),
            minutes_other: other.into(),
            ..good()
        };
        assert_eq!(
            with("120", "")
                .validate(today, DEFAULT_CLOSE_DAY)
                .unwrap()
                .minutes,
            120
        );
        assert_eq!(
            with("other", "5")
                .validate(today, DEFAULT_CLOSE_DAY)
                .unwrap()
                .minutes,
            5
        );
        assert_eq!(
            with("other", "600")
                .validate(today, DEFAULT_CLOSE_DAY)
                .unwrap()
                .minutes,
            600
        );
        assert_eq!(
            with("other", "601")
                .validate(today, DEFAULT_CLOSE_DAY)
                .unwrap_err(),
            vec![err("minutes_other", "activity-error-minutes")]
        );
        assert!(
            with("other", "0")
                .validate(today, DEFAULT_CLOSE_DAY)
                .is_err()
        );
        assert!(
            with("20", "").validate(today, DEFAULT_CLOSE_DAY).is_err(),
            "not a quick choice"
        );
    }

    #[test]
    fn a_record_needs_a_theme_and_known_codes() {
        let today = d("2026-11-26");
        let no_theme = SupportDraft {
            themes: vec![],
            ..good()
        };
        assert_eq!(
            no_theme.validate(today, DEFAULT_CLOSE_DAY).unwrap_err(),
            vec![err("themes", "activity-error-themes")]
        );
        let bad = SupportDraft {
            themes: vec!["email".into(), "cooking".into()],
            equipment: vec!["phone".into(), "fax".into()],
            autonomy: "".into(),
            location: "moon".into(),
            ..good()
        };
        let fields: Vec<_> = bad
            .validate(today, DEFAULT_CLOSE_DAY)
            .unwrap_err()
            .iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(
            fields,
            ["location-place", "themes", "equipment", "autonomy-alone"]
        );
    }

    #[test]
    fn a_month_closes_after_the_tenth_of_the_next_month() {
        assert_eq!(editable_until(d("2026-10-31"), 10), d("2026-11-10"));
        assert_eq!(editable_until(d("2026-12-01"), 10), d("2027-01-10"));
        assert_eq!(
            editable_until(d("2027-01-31"), 31),
            d("2027-02-28"),
            "a day every month has"
        );
        assert!(is_open(d("2026-10-01"), d("2026-11-10"), 10));
        assert!(!is_open(d("2026-10-31"), d("2026-11-11"), 10));
        assert!(
            is_open(d("2026-10-31"), d("2026-11-26"), 28),
            "a later closing day"
        );
        let old = SupportDraft {
            date: "2026-10-15".into(),
            ..good()
        };
        assert_eq!(
            old.validate(d("2026-11-26"), DEFAULT_CLOSE_DAY)
                .unwrap_err(),
            vec![err("date", "activity-error-date-closed")]
        );
        let future = SupportDraft {
            date: "2026-11-27".into(),
            ..good()
        };
        assert_eq!(
            future
                .validate(d("2026-11-26"), DEFAULT_CLOSE_DAY)
                .unwrap_err(),
            vec![err("date", "activity-error-date-future")]
        );
    }

    #[test]
    fn a_redirection_is_a_place_or_a_short_text() {
        let today = d("2026-11-26");
        let r = SupportDraft {
            redirect_place: "12".into(),
            redirect_text: "  CPAS d'Anderlecht ".into(),
            ..good()
        };
        let s = r.validate(today, DEFAULT_CLOSE_DAY).unwrap();
        assert_eq!(s.redirect_place_id, Some(12));
        assert_eq!(s.redirect_text.as_deref(), Some("CPAS d'Anderlecht"));
        let long = SupportDraft {
            redirect_text: "x".repeat(201),
            ..good()
        };
        assert!(long.validate(today, DEFAULT_CLOSE_DAY).is_err());
    }
}
