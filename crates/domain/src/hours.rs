//! Opening hours in OpenStreetMap `opening_hours` syntax, evaluated with the
//! `opening-hours` crate in the region's local time.

use std::sync::Arc;

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, Weekday};
use opening_hours::localization::Country;
use opening_hours::{Context, OpeningHours, RuleKind};

/// Parsed opening hours, cheap to clone.
#[derive(Clone)]
pub struct Hours {
    raw: Arc<str>,
    oh: Arc<OpeningHours>,
}

impl std::fmt::Debug for Hours {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Hours({:?})", self.raw)
    }
}

/// What a person needs to know right now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenState {
    /// Open, closing at this local time (None: not within the next week).
    Open { until: Option<NaiveDateTime> },
    /// Closed, opening at this local time (None: not within the next week).
    Closed { opens: Option<NaiveDateTime> },
    /// The hours say "unknown" now (e.g. "by appointment").
    Unknown,
}

/// One row of the week table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DaySchedule {
    pub date: NaiveDate,
    pub weekday: Weekday,
    /// Open intervals (local times); an interval ending at midnight ends at 24:00.
    pub open: Vec<(NaiveTime, NaiveTime)>,
    /// Intervals whose state is unknown (e.g. "on appointment").
    pub unknown: Vec<(NaiveTime, NaiveTime)>,
}

impl Hours {
    /// Parses `raw` with the holidays of `country` (ISO 3166 alpha-2) when known.
    pub fn parse(raw: &str, country: &str) -> Result<Hours, String> {
        let raw = raw.trim();
        if raw.is_empty() {
            return Err("empty".into());
        }
        let oh: OpeningHours = raw.parse().map_err(|e| format!("{e}"))?;
        let oh = match country.parse::<Country>() {
            Ok(c) => oh.with_context(Context::default().with_holidays(c.holidays())),
            Err(_) => oh,
        };
        Ok(Hours {
            raw: raw.into(),
            oh: Arc::new(oh),
        })
    }

    pub fn raw(&self) -> &str {
        &self.raw
    }

    pub fn is_open(&self, at: NaiveDateTime) -> bool {
        self.oh.is_open(at)
    }

    /// The state at `at` with the next change, looking at most a week ahead.
    pub fn state(&self, at: NaiveDateTime) -> OpenState {
        let horizon = at + TimeDelta::days(8);
        let (kind, _) = self.oh.state(at);
        let next = self.oh.next_change(at).filter(|t| *t < horizon);
        match kind {
            RuleKind::Open => OpenState::Open { until: next },
            RuleKind::Unknown => OpenState::Unknown,
            RuleKind::Closed => {
                // Skip an "unknown" interval to find when it really opens.
                let opens = self
                    .oh
                    .iter_range(at, horizon)
                    .find(|r| r.kind == RuleKind::Open)
                    .map(|r| r.range.start);
                OpenState::Closed { opens }
            }
        }
    }

    /// Open hours in the seven days starting at `from`.
    pub fn hours_in_week(&self, from: NaiveDateTime) -> TimeDelta {
        self.oh
            .iter_range(from, from + TimeDelta::days(7))
            .filter(|r| r.kind == RuleKind::Open)
            .map(|r| r.range.end - r.range.start)
            .sum()
    }

    /// The seven days starting at `monday` (or any day), as a table.
    pub fn week(&self, first_day: NaiveDate) -> Vec<DaySchedule> {
        (0..7)
            .map(|d| {
                let date = first_day + TimeDelta::days(d);
                let start = date.and_time(NaiveTime::MIN);
                let end = start + TimeDelta::days(1);
                let mut day = DaySchedule {
                    date,
                    weekday: date.weekday(),
                    open: vec![],
                    unknown: vec![],
                };
                for r in self.oh.iter_range(start, end) {
                    let s = r.range.start.time();
                    // An interval reaching the next midnight is shown as ending at 23:59:59.
                    let e = if r.range.end >= end {
                        NaiveTime::from_hms_opt(23, 59, 59).unwrap()
                    } else {
                        r.range.end.time()
                    };
                    match r.kind {
                        RuleKind::Open => day.open.push((s, e)),
                        RuleKind::Unknown => day.unknown.push((s, e)),
                        RuleKind::Closed => {}
                    }
                }
                day
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
    }

    #[test]
    fn open_now_and_next_opening() {
        let h = Hours::parse("Mo-Fr 10:00-18:00; Sa 10:00-13:00", "BE").unwrap();
        // 2026-11-26 is a Thursday.
        assert!(h.is_open(at("2026-11-26 11:00")));
        assert_eq!(
            h.state(at("2026-11-26 11:00")),
            OpenState::Open {
                until: Some(at("2026-11-26 18:00"))
            }
        );
        assert_eq!(
            h.state(at("2026-11-28 14:00")),
            OpenState::Closed {
                opens: Some(at("2026-11-30 10:00"))
            }
        );
        assert_eq!(
            h.hours_in_week(at("2026-11-23 00:00")),
            TimeDelta::hours(43)
        );
    }

    #[test]
    fn belgian_public_holidays_close_ph_places() {
        let h = Hours::parse("Mo-Fr 09:00-17:00; PH off", "BE").unwrap();
        // 2026-12-25 is Christmas, a Friday.
        assert!(!h.is_open(at("2026-12-25 10:00")));
        assert!(h.is_open(at("2026-12-24 10:00")));
    }

    #[test]
    fn week_table() {
        let h = Hours::parse("Tu,Th 14:00-17:00", "BE").unwrap();
        let w = h.week(NaiveDate::from_ymd_opt(2026, 11, 23).unwrap());
        assert_eq!(w.len(), 7);
        assert!(w[0].open.is_empty());
        assert_eq!(
            w[1].open,
            vec![(
                NaiveTime::from_hms_opt(14, 0, 0).unwrap(),
                NaiveTime::from_hms_opt(17, 0, 0).unwrap()
            )]
        );
    }

    #[test]
    fn bad_syntax_is_an_error() {
        assert!(Hours::parse("lundi 9h-12h", "BE").is_err());
        assert!(Hours::parse("", "BE").is_err());
    }
}
