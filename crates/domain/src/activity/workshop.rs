//! A collective workshop of the activity log: where, when, what, how long,
//! at which level, on which themes, and how many took part, with anonymous
//! breakdowns (gender, age band, status) that must each add up to the total
//! when given. Nothing identifies a participant.

use chrono::NaiveDate;

use super::{MAX_MINUTES, is_open, is_theme};
use crate::diagnostic::Level;

/// The most participants a workshop can have.
pub const MAX_PARTICIPANTS: u32 = 500;

/// The longest title, in characters.
pub const MAX_TITLE: usize = 200;

/// An anonymous breakdown of the participants.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Breakdown {
    Gender,
    Age,
    Status,
}

impl Breakdown {
    pub const ALL: [Breakdown; 3] = [Breakdown::Gender, Breakdown::Age, Breakdown::Status];

    pub fn code(self) -> &'static str {
        match self {
            Breakdown::Gender => "gender",
            Breakdown::Age => "age",
            Breakdown::Status => "status",
        }
    }

    /// The codes of its categories, in order (the last one is "not said").
    pub fn categories(self) -> &'static [&'static str] {
        match self {
            Breakdown::Gender => &["woman", "man", "other"],
            Breakdown::Age => &[
                "under-18", "18-25", "26-39", "40-59", "60-74", "75-plus", "unknown",
            ],
            Breakdown::Status => &["job-seeker", "student", "retired", "employed", "other"],
        }
    }

    /// The form field of a category (`gender-woman`).
    pub fn field(self, category: &str) -> String {
        format!("{}-{category}", self.code())
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

/// A workshop as typed in the form (every field a string).
#[derive(Debug, Clone, Default)]
pub struct WorkshopDraft {
    pub place: String,
    /// The id of the Passerelle session it is filled in from, or empty.
    pub session: String,
    pub date: String,
    pub title: String,
    pub level: String,
    pub minutes: String,
    pub themes: Vec<String>,
    pub participants: String,
    /// Per breakdown (in [`Breakdown::ALL`] order), the typed counts in the
    /// order of its categories.
    pub counts: [Vec<String>; 3],
}

/// A valid workshop (without its place's organisation, which the caller checks).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Workshop {
    pub place_id: i64,
    /// The Passerelle session it was filled in from (the caller checks it is one of the place's).
    pub session_id: Option<i64>,
    pub date: NaiveDate,
    pub title: String,
    pub level: Level,
    pub minutes: u32,
    pub themes: Vec<String>,
    pub participants: u32,
    /// Per breakdown, its counts (None: not given).
    pub counts: [Option<Vec<u32>>; 3],
}

impl Workshop {
    pub fn breakdown(&self, b: Breakdown) -> Option<&[u32]> {
        self.counts[b.index()].as_deref()
    }
}

/// A problem with one field: the field (input id), a message key, and for a
/// breakdown that does not add up, (its sum, the total).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkshopError {
    pub field: String,
    pub key: &'static str,
    pub sums: Option<(u32, u32)>,
}

fn err(field: &str, key: &'static str) -> WorkshopError {
    WorkshopError {
        field: field.to_owned(),
        key,
        sums: None,
    }
}

impl WorkshopDraft {
    /// The draft with today's defaults: the user's only place, today, 60 minutes.
    pub fn with_defaults(place: Option<i64>, today: NaiveDate) -> WorkshopDraft {
        WorkshopDraft {
            place: place.map(|p| p.to_string()).unwrap_or_default(),
            date: today.to_string(),
            minutes: "60".into(),
            ..WorkshopDraft::default()
        }
    }

    /// The draft of a stored workshop, to change it (a breakdown not given
    /// stays empty).
    pub fn from_workshop(w: &Workshop) -> WorkshopDraft {
        let mut counts: [Vec<String>; 3] = Default::default();
        for b in Breakdown::ALL {
            counts[b.index()] = match w.breakdown(b) {
                Some(c) => c.iter().map(u32::to_string).collect(),
                None => vec![String::new(); b.categories().len()],
            };
        }
        WorkshopDraft {
            place: w.place_id.to_string(),
            session: w.session_id.map(|s| s.to_string()).unwrap_or_default(),
            date: w.date.to_string(),
            title: w.title.clone(),
            level: w.level.code().into(),
            minutes: w.minutes.to_string(),
            themes: w.themes.clone(),
            participants: w.participants.to_string(),
            counts,
        }
    }

    /// The typed count of a category (empty if none).
    pub fn count(&self, b: Breakdown, i: usize) -> &str {
        self.counts[b.index()].get(i).map_or("", String::as_str)
    }

    /// Checks every field; `today` and `close_day` as for support records.
    pub fn validate(
        &self,
        today: NaiveDate,
        close_day: u32,
    ) -> Result<Workshop, Vec<WorkshopError>> {
        let mut errors = Vec::new();
        let place_id = self.place.trim().parse::<i64>().ok();
        if place_id.is_none() {
            errors.push(err("place", "activity-error-place"));
        }
        let session_id = match self.session.trim() {
            "" => None,
            v => {
                let id = v.parse::<i64>().ok();
                if id.is_none() {
                    errors.push(err("session", "workshop-error-session"));
                }
                id
            }
        };
        let date = NaiveDate::parse_from_str(self.date.trim(), "%Y-%m-%d").ok();
        match date {
            None => errors.push(err("date", "activity-error-date")),
            Some(d) if d > today => errors.push(err("date", "activity-error-date-future")),
            Some(d) if !is_open(d, today, close_day) => {
                errors.push(err("date", "activity-error-date-closed"))
            }
            Some(_) => {}
        }
        let title = self.title.trim();
        if title.is_empty() || title.chars().count() > MAX_TITLE {
            errors.push(err("title", "workshop-error-title"));
        }
        let level = Level::parse(&self.level);
        if level.is_none() {
            errors.push(err("level-beginner", "workshop-error-level"));
        }
        let minutes = self
            .minutes
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|m| (1..=MAX_MINUTES).contains(m));
        if minutes.is_none() {
            errors.push(err("minutes", "activity-error-minutes"));
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
        let participants = self
            .participants
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|n| (1..=MAX_PARTICIPANTS).contains(n));
        if participants.is_none() {
            errors.push(err("participants", "workshop-error-participants"));
        }
        let mut counts: [Option<Vec<u32>>; 3] = [None, None, None];
        for b in Breakdown::ALL {
            let typed = &self.counts[b.index()];
            if typed.iter().all(|v| v.trim().is_empty()) {
                continue;
            }
            let mut values = Vec::new();
            let mut bad = false;
            for (i, cat) in b.categories().iter().enumerate() {
                let v = typed.get(i).map_or("", |v| v.trim());
                match v {
                    "" => values.push(0),
                    v => match v.parse::<u32>().ok().filter(|n| *n <= MAX_PARTICIPANTS) {
                        Some(n) => values.push(n),
                        None => {
                            bad = true;
                            errors.push(err(&b.field(cat), "workshop-error-count"));
                        }
                    },
                }
            }
            if bad {
                continue;
            }
            let sum: u32 = values.iter().sum();
            if let Some(total) = participants
                && sum != total
            {
                errors.push(WorkshopError {
                    field: b.field(b.categories()[0]),
                    key: match b {
                        Breakdown::Gender => "workshop-error-sum-gender",
                        Breakdown::Age => "workshop-error-sum-age",
                        Breakdown::Status => "workshop-error-sum-status",
                    },
                    sums: Some((sum, total)),
                });
            }
            counts[b.index()] = Some(values);
        }
        match (place_id, date, level, minutes, participants) {
            (Some(place_id), Some(date), Some(level), Some(minutes), Some(participants))
                if errors.is_empty() =>
            {
                Ok(Workshop {
                    place_id,
                    session_id,
                    date,
                    title: title.to_owned(),
                    level,
                    minutes,
                    themes,
                    participants,
                    counts,
                })
            }
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::activity::DEFAULT_CLOSE_DAY;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn today() -> NaiveDate {
        d("2026-11-26")
    }

    fn good() -> WorkshopDraft {
        WorkshopDraft {
            title: "Mes premiers e-mails".into(),
            level: "beginner".into(),
            themes: vec!["email".into()],
            participants: "8".into(),
            ..WorkshopDraft::with_defaults(Some(7), today())
        }
    }

    fn counts(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn a_workshop_without_breakdowns_is_valid() {
        let w = good().validate(today(), DEFAULT_CLOSE_DAY).unwrap();
        assert_eq!(w.participants, 8);
        assert_eq!(w.minutes, 60);
        assert_eq!(w.level, Level::Beginner);
        assert_eq!(w.breakdown(Breakdown::Gender), None);
    }

    #[test]
    fn each_breakdown_given_adds_up_to_the_total() {
        let mut draft = good();
        draft.counts[0] = counts(&["5", "", "3"]);
        draft.counts[1] = counts(&["", "2", "2", "2", "2", "", ""]);
        let w = draft.validate(today(), DEFAULT_CLOSE_DAY).unwrap();
        assert_eq!(w.breakdown(Breakdown::Gender), Some(&[5, 0, 3][..]));
        assert_eq!(w.breakdown(Breakdown::Age).unwrap().len(), 7);
        assert_eq!(w.breakdown(Breakdown::Status), None);

        draft.counts[2] = counts(&["1", "1", "1", "1", "1"]);
        let errs = draft.validate(today(), DEFAULT_CLOSE_DAY).unwrap_err();
        assert_eq!(
            errs,
            vec![WorkshopError {
                field: "status-job-seeker".into(),
                key: "workshop-error-sum-status",
                sums: Some((5, 8)),
            }]
        );
    }

    #[test]
    fn a_count_is_a_number_and_the_total_is_from_1_to_500() {
        let mut draft = good();
        draft.counts[0] = counts(&["x", "8", ""]);
        let errs = draft.validate(today(), DEFAULT_CLOSE_DAY).unwrap_err();
        assert_eq!(errs[0].field, "gender-woman");
        assert_eq!(errs[0].key, "workshop-error-count");
        for (total, ok) in [("0", false), ("1", true), ("500", true), ("501", false)] {
            let w = WorkshopDraft {
                participants: total.into(),
                ..good()
            };
            assert_eq!(
                w.validate(today(), DEFAULT_CLOSE_DAY).is_ok(),
                ok,
                "{total}"
            );
        }
    }

    #[test]
    fn a_stored_workshop_gives_back_its_draft() {
        let mut draft = good();
        draft.counts[0] = counts(&["5", "", "3"]);
        let w = draft.validate(today(), DEFAULT_CLOSE_DAY).unwrap();
        let again = WorkshopDraft::from_workshop(&w);
        assert_eq!(again.counts[0], counts(&["5", "0", "3"]));
        assert_eq!(again.counts[1], vec![String::new(); 7]);
        assert_eq!(again.validate(today(), DEFAULT_CLOSE_DAY).unwrap(), w);
    }

    #[test]
    fn a_session_is_an_id_or_nothing() {
        let from = WorkshopDraft {
            session: "42".into(),
            ..good()
        };
        assert_eq!(
            from.validate(today(), DEFAULT_CLOSE_DAY)
                .unwrap()
                .session_id,
            Some(42)
        );
        assert_eq!(
            good()
                .validate(today(), DEFAULT_CLOSE_DAY)
                .unwrap()
                .session_id,
            None
        );
        let bad = WorkshopDraft {
            session: "x".into(),
            ..good()
        };
        assert_eq!(
            bad.validate(today(), DEFAULT_CLOSE_DAY).unwrap_err()[0].field,
            "session"
        );
    }

    #[test]
    fn a_workshop_needs_a_title_a_level_a_theme_and_an_open_date() {
        let bad = WorkshopDraft {
            title: " ".into(),
            level: "expert".into(),
            themes: vec![],
            date: "2026-10-01".into(),
            minutes: "0".into(),
            ..good()
        };
        let fields: Vec<_> = bad
            .validate(today(), DEFAULT_CLOSE_DAY)
            .unwrap_err()
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(
            fields,
            ["date", "title", "level-beginner", "minutes", "themes"]
        );
    }
}
