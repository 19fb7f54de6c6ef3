//! One-off and recurring sessions: "every Tuesday 10:00-12:00 until June" is
//! expanded into occurrences whose local time stays 10:00-12:00 in the
//! region's time zone across daylight-saving changes, stored in UTC.

use chrono::{
    DateTime, Datelike, Duration, LocalResult, NaiveDate, NaiveTime, Offset, TimeZone, Utc, Weekday,
};
use serde::{Deserialize, Serialize};

/// The most occurrences one publication may create (two years of weekly sessions).
pub const MAX_OCCURRENCES: usize = 104;

/// How a session repeats, in local dates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recurrence {
    /// 1: every week, 2: every other week… (1 to 4).
    pub every_weeks: u32,
    /// The weekdays it happens on; empty: the first date's weekday.
    #[serde(default)]
    pub weekdays: Vec<Weekday>,
    /// The last date it may happen on (included).
    pub until: NaiveDate,
    /// Dates without a session (holidays).
    #[serde(default)]
    pub skip: Vec<NaiveDate>,
}

/// One occurrence: its local date and its UTC start and end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Occurrence {
    pub date: NaiveDate,
    /// UTC Unix seconds.
    pub starts_at: i64,
    pub ends_at: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum RecurrenceError {
    #[error("the end time must be after the start time")]
    EndBeforeStart,
    #[error("the last date must be on or after the first date")]
    UntilBeforeFirst,
    #[error("a session repeats every 1 to 4 weeks")]
    Interval,
    #[error("at most {MAX_OCCURRENCES} occurrences at once")]
    TooMany,
    #[error("no date is left (every date is skipped)")]
    Empty,
}

/// The UTC instant of a local date and time. A time that does not exist (the
/// hour skipped when clocks go forward) moves forward by the gap; a time that
/// happens twice (when clocks go back) is the first one.
pub fn local_to_utc<Tz: TimeZone>(date: NaiveDate, time: NaiveTime, tz: &Tz) -> DateTime<Utc> {
    let naive = date.and_time(time);
    match tz.from_local_datetime(&naive) {
        LocalResult::Single(t) => t.with_timezone(&Utc),
        LocalResult::Ambiguous(a, _) => a.with_timezone(&Utc),
        LocalResult::None => {
            // In the gap: read the time with the offset in force just before it,
            // which lands as far after the gap as it was into it (02:30 → 03:30).
            let offset = match tz.from_local_datetime(&(naive - Duration::hours(3))) {
                LocalResult::Single(t) | LocalResult::Ambiguous(t, _) => {
                    t.offset().fix().local_minus_utc()
                }
                LocalResult::None => 0,
            };
            Utc.from_utc_datetime(&(naive - Duration::seconds(i64::from(offset))))
        }
    }
}

fn occurrence<Tz: TimeZone>(
    date: NaiveDate,
    start: NaiveTime,
    end: NaiveTime,
    tz: &Tz,
) -> Result<Occurrence, RecurrenceError> {
    let s = local_to_utc(date, start, tz).timestamp();
    let e = local_to_utc(date, end, tz).timestamp();
    if e <= s {
        return Err(RecurrenceError::EndBeforeStart);
    }
    Ok(Occurrence {
        date,
        starts_at: s,
        ends_at: e,
    })
}

/// The occurrences of a session that starts on `first` (local date), from
/// `start` to `end` (local times, the same day), repeating as `rec` says.
pub fn expand<Tz: TimeZone>(
    first: NaiveDate,
    start: NaiveTime,
    end: NaiveTime,
    rec: Option<&Recurrence>,
    tz: &Tz,
) -> Result<Vec<Occurrence>, RecurrenceError> {
    if end <= start {
        return Err(RecurrenceError::EndBeforeStart);
    }
    let Some(rec) = rec else {
        return Ok(vec![occurrence(first, start, end, tz)?]);
    };
    if !(1..=4).contains(&rec.every_weeks) {
        return Err(RecurrenceError::Interval);
    }
    if rec.until < first {
        return Err(RecurrenceError::UntilBeforeFirst);
    }
    let mut weekdays: Vec<Weekday> = if rec.weekdays.is_empty() {
        vec![first.weekday()]
    } else {
        rec.weekdays.clone()
    };
    weekdays.sort_by_key(|d| d.num_days_from_monday());
    weekdays.dedup();
    let monday = first - Duration::days(i64::from(first.weekday().num_days_from_monday()));
    let mut out = Vec::new();
    let mut week = 0i64;
    loop {
        let week_start = monday + Duration::weeks(week * i64::from(rec.every_weeks));
        if week_start > rec.until {
            break;
        }
        for d in &weekdays {
            let date = week_start + Duration::days(i64::from(d.num_days_from_monday()));
            if date < first || date > rec.until || rec.skip.contains(&date) {
                continue;
            }
            if out.len() == MAX_OCCURRENCES {
                return Err(RecurrenceError::TooMany);
            }
            out.push(occurrence(date, start, end, tz)?);
        }
        week += 1;
    }
    if out.is_empty() {
        return Err(RecurrenceError::Empty);
    }
    Ok(out)
}
