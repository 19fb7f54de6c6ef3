//! A simple weekly grid of opening hours (for each weekday, up to two time
//! ranges) for people who do not know the OpenStreetMap syntax, and its
//! conversion to and from that syntax.
//!
//! The grid only expresses plain weekly hours. [`WeekGrid::from_osm`] gives
//! None for anything else (public holidays, months, week numbers, "24/7",
//! comments…): the text is then kept as it is, so exceptions are never lost.

use chrono::{NaiveDate, NaiveTime};

use crate::hours::Hours;

/// One opening range, start before end, on the same day.
pub type Range = (NaiveTime, NaiveTime);

/// Ranges a day of the grid can hold.
pub const MAX_RANGES: usize = 2;

/// OpenStreetMap day codes, Monday first (the grid's order).
pub const DAY_CODES: [&str; 7] = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];

/// The week, Monday first; each day's ranges sorted and not overlapping.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WeekGrid {
    pub days: [Vec<Range>; 7],
}

/// What is wrong with one range of a submitted grid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GridProblem {
    /// Not a time (HH:MM).
    BadTime,
    /// Only the start or only the end is given.
    Incomplete,
    /// The end is not after the start.
    EndNotAfterStart,
    /// The two ranges of the day overlap.
    Overlap,
}

/// A problem at `day` (0 = Monday) and `slot` (0 or 1) of a submitted grid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GridError {
    pub day: usize,
    pub slot: usize,
    pub problem: GridProblem,
}

fn hhmm(t: NaiveTime) -> String {
    t.format("%H:%M").to_string()
}

/// "HH:MM" or "H:MM" (or "HH:MM:SS", as some browsers send time inputs).
fn parse_time(s: &str) -> Option<NaiveTime> {
    let s = s.trim();
    let mut parts = s.split(':');
    let (h, m, sec) = (parts.next()?, parts.next()?, parts.next());
    let digits = |p: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit())
    };
    if parts.next().is_some() || !digits(h, 1..=2) || !digits(m, 2..=2) {
        return None;
    }
    if sec.is_some_and(|x| !digits(x, 2..=2) || x != "00") {
        return None;
    }
    NaiveTime::from_hms_opt(h.parse().ok()?, m.parse().ok()?, 0)
}

impl WeekGrid {
    pub fn is_empty(&self) -> bool {
        self.days.iter().all(Vec::is_empty)
    }

    /// The grid from a form: for each day, two (from, to) pairs of "HH:MM"
    /// texts, empty when unused. Reports every problem.
    pub fn from_slots(
        slots: &[[(String, String); MAX_RANGES]; 7],
    ) -> Result<WeekGrid, Vec<GridError>> {
        let mut grid = WeekGrid::default();
        let mut errors = Vec::new();
        for (day, pairs) in slots.iter().enumerate() {
            let mut ranges: Vec<(usize, Range)> = Vec::new();
            for (slot, (from, to)) in pairs.iter().enumerate() {
                let err = |problem| GridError { day, slot, problem };
                match (from.trim().is_empty(), to.trim().is_empty()) {
                    (true, true) => continue,
                    (false, false) => {}
                    _ => {
                        errors.push(err(GridProblem::Incomplete));
                        continue;
                    }
                }
                match (parse_time(from), parse_time(to)) {
                    (Some(a), Some(b)) if a < b => ranges.push((slot, (a, b))),
                    (Some(_), Some(_)) => errors.push(err(GridProblem::EndNotAfterStart)),
                    _ => errors.push(err(GridProblem::BadTime)),
                }
            }
            ranges.sort_by_key(|(_, r)| *r);
            if let [(_, a), (slot, b)] = ranges.as_slice()
                && b.0 < a.1
            {
                errors.push(GridError {
                    day,
                    slot: *slot,
                    problem: GridProblem::Overlap,
                });
            }
            grid.days[day] = ranges.into_iter().map(|(_, r)| r).collect();
        }
        if errors.is_empty() {
            Ok(grid)
        } else {
            Err(errors)
        }
    }

    /// The grid as form values: for each day, two (from, to) "HH:MM" pairs.
    pub fn to_slots(&self) -> [[(String, String); MAX_RANGES]; 7] {
        std::array::from_fn(|d| {
            std::array::from_fn(|s| {
                self.days[d]
                    .get(s)
                    .map(|(a, b)| (hhmm(*a), hhmm(*b)))
                    .unwrap_or_default()
            })
        })
    }

    /// The canonical OpenStreetMap expression: days with the same hours
    /// grouped ("Mo-Fr 09:00-12:00,13:00-17:00; Sa 10:00-12:00"); empty
    /// when the grid is.
    pub fn to_osm(&self) -> String {
        let times: Vec<String> = self
            .days
            .iter()
            .map(|r| {
                r.iter()
                    .map(|(a, b)| format!("{}-{}", hhmm(*a), hhmm(*b)))
                    .collect::<Vec<_>>()
                    .join(",")
            })
            .collect();
        let mut done = [false; 7];
        let mut rules = Vec::new();
        for d in 0..7 {
            if done[d] || times[d].is_empty() {
                continue;
            }
            let same: Vec<usize> = (d..7).filter(|&e| times[e] == times[d]).collect();
            for &e in &same {
                done[e] = true;
            }
            rules.push(format!("{} {}", day_list(&same), times[d]));
        }
        rules.join("; ")
    }

    /// The grid of a plain weekly expression; None when the expression says
    /// more than a grid can (holidays, months, "24/7", more than two ranges a
    /// day, ranges past midnight…) or does not parse. An empty text is an
    /// empty grid.
    pub fn from_osm(raw: &str) -> Option<WeekGrid> {
        let raw = raw.trim();
        if raw.is_empty() {
            return Some(WeekGrid::default());
        }
        if raw.contains('"') || raw.contains("||") {
            return None;
        }
        let mut days: [Vec<Range>; 7] = Default::default();
        for rule in raw.split(';').map(str::trim).filter(|r| !r.is_empty()) {
            let (sel, time) = match rule.split_once(char::is_whitespace) {
                Some((a, b)) if !a.starts_with(|c: char| c.is_ascii_digit()) => (Some(a), b.trim()),
                _ => (None, rule),
            };
            let selected = match sel {
                Some(s) => parse_days(s)?,
                None => [true; 7],
            };
            let ranges = parse_times(time)?;
            for (d, on) in selected.iter().enumerate() {
                if *on {
                    days[d] = ranges.clone();
                }
            }
        }
        let grid = WeekGrid { days };
        for d in &grid.days {
            if d.len() > MAX_RANGES || d.windows(2).any(|w| w[1].0 < w[0].1) {
                return None;
            }
        }
        // Belt and braces: the grid must mean exactly what the text means.
        let reference = NaiveDate::from_ymd_opt(2026, 1, 5)?; // a Monday
        let original = Hours::parse(raw, "").ok()?.week(reference);
        let canonical = grid.to_osm();
        let same = if canonical.is_empty() {
            original
                .iter()
                .all(|d| d.open.is_empty() && d.unknown.is_empty())
        } else {
            Hours::parse(&canonical, "").ok()?.week(reference) == original
        };
        same.then_some(grid)
    }
}

/// "Mo", "Mo,We", "Mo-Fr", "Mo-We,Fr" for sorted day indexes.
fn day_list(days: &[usize]) -> String {
    let mut parts = Vec::new();
    let mut i = 0;
    while i < days.len() {
        let mut j = i;
        while j + 1 < days.len() && days[j + 1] == days[j] + 1 {
            j += 1;
        }
        match j - i {
            0 => parts.push(DAY_CODES[days[i]].to_owned()),
            1 => parts.push(format!("{},{}", DAY_CODES[days[i]], DAY_CODES[days[j]])),
            _ => parts.push(format!("{}-{}", DAY_CODES[days[i]], DAY_CODES[days[j]])),
        }
        i = j + 1;
    }
    parts.join(",")
}

fn day_index(code: &str) -> Option<usize> {
    DAY_CODES.iter().position(|c| *c == code)
}

/// "Mo-Fr,Su" → which days; None for anything else (PH, months…).
fn parse_days(sel: &str) -> Option<[bool; 7]> {
    let mut on = [false; 7];
    for part in sel.split(',') {
        match part.split_once('-') {
            Some((a, b)) => {
                let (a, b) = (day_index(a)?, day_index(b)?);
                let mut d = a;
                loop {
                    on[d] = true;
                    if d == b {
                        break;
                    }
                    d = (d + 1) % 7;
                }
            }
            None => on[day_index(part)?] = true,
        }
    }
    Some(on)
}

/// "09:00-12:00,13:00-17:00" or "off"/"closed" → sorted ranges.
fn parse_times(s: &str) -> Option<Vec<Range>> {
    let s = s.trim();
    if s == "off" || s == "closed" {
        return Some(Vec::new());
    }
    let mut out = Vec::new();
    for part in s.split(',') {
        let (a, b) = part.trim().split_once('-')?;
        let (a, b) = (parse_time(a)?, parse_time(b)?);
        if a >= b {
            return None;
        }
        out.push((a, b));
    }
    out.sort();
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> NaiveTime {
        NaiveTime::parse_from_str(s, "%H:%M").unwrap()
    }

    fn slots(v: &[(usize, usize, &str, &str)]) -> [[(String, String); 2]; 7] {
        let mut s: [[(String, String); 2]; 7] = Default::default();
        for (d, k, a, b) in v {
            s[*d][*k] = ((*a).into(), (*b).into());
        }
        s
    }

    #[test]
    fn grid_to_osm_groups_days_with_the_same_hours() {
        let g = WeekGrid::from_slots(&slots(&[
            (0, 0, "09:00", "12:00"),
            (0, 1, "13:00", "17:00"),
            (1, 0, "09:00", "12:00"),
            (1, 1, "13:00", "17:00"),
            (2, 0, "09:00", "12:00"),
            (2, 1, "13:00", "17:00"),
            (3, 0, "09:00", "12:00"),
            (3, 1, "13:00", "17:00"),
            (4, 0, "09:00", "12:00"),
            (4, 1, "13:00", "17:00"),
            (5, 0, "10:00", "12:00"),
        ]))
        .unwrap();
        assert_eq!(g.to_osm(), "Mo-Fr 09:00-12:00,13:00-17:00; Sa 10:00-12:00");
        assert!(Hours::parse(&g.to_osm(), "BE").is_ok());
    }

    #[test]
    fn non_consecutive_days_and_pairs() {
        let g = WeekGrid::from_slots(&slots(&[
            (0, 0, "14:00", "17:00"),
            (2, 0, "14:00", "17:00"),
            (3, 0, "14:00", "17:00"),
            (5, 0, "9:30", "12:00"),
            (6, 0, "09:30", "12:00"),
        ]))
        .unwrap();
        assert_eq!(g.to_osm(), "Mo,We,Th 14:00-17:00; Sa,Su 09:30-12:00");
        assert_eq!(WeekGrid::default().to_osm(), "");
    }

    #[test]
    fn the_second_range_may_be_typed_first() {
        let g = WeekGrid::from_slots(&slots(&[
            (0, 0, "13:00", "17:00"),
            (0, 1, "09:00", "12:00"),
        ]))
        .unwrap();
        assert_eq!(g.to_osm(), "Mo 09:00-12:00,13:00-17:00");
    }

    #[test]
    fn bad_grid_values_are_reported_where_they_are() {
        let e = WeekGrid::from_slots(&slots(&[
            (0, 0, "12:00", "09:00"),
            (1, 1, "09:00", ""),
            (2, 0, "9h", "12:00"),
            (3, 0, "09:00", "12:00"),
            (3, 1, "11:00", "14:00"),
        ]))
        .unwrap_err();
        assert_eq!(
            e,
            vec![
                GridError {
                    day: 0,
                    slot: 0,
                    problem: GridProblem::EndNotAfterStart
                },
                GridError {
                    day: 1,
                    slot: 1,
                    problem: GridProblem::Incomplete
                },
                GridError {
                    day: 2,
                    slot: 0,
                    problem: GridProblem::BadTime
                },
                GridError {
                    day: 3,
                    slot: 1,
                    problem: GridProblem::Overlap
                },
            ]
        );
    }

    #[test]
    fn plain_weekly_expressions_round_trip() {
        for raw in [
            "Mo-Fr 09:00-12:00,13:00-17:00; Sa 10:00-12:00",
            "Mo,We,Th 14:00-17:00; Sa,Su 09:30-12:00",
            "Tu 10:00-18:00",
            "Mo-Su 08:00-20:00",
        ] {
            let g = WeekGrid::from_osm(raw).unwrap_or_else(|| panic!("{raw}"));
            assert_eq!(g.to_osm(), raw);
            assert_eq!(WeekGrid::from_slots(&g.to_slots()).unwrap(), g);
        }
    }

    #[test]
    fn other_plain_spellings_are_read_and_written_canonically() {
        let g = WeekGrid::from_osm("Mo-Fr 09:00-17:00; We off").unwrap();
        assert_eq!(g.to_osm(), "Mo,Tu,Th,Fr 09:00-17:00");
        assert!(g.days[2].is_empty());
        let g = WeekGrid::from_osm("10:00-16:00").unwrap();
        assert_eq!(g.to_osm(), "Mo-Su 10:00-16:00");
        let g = WeekGrid::from_osm("Sa-Mo 9:00-12:00").unwrap();
        assert_eq!(g.to_osm(), "Mo,Sa,Su 09:00-12:00");
        assert_eq!(g.days[0], vec![(t("09:00"), t("12:00"))]);
        assert_eq!(WeekGrid::from_osm("").unwrap(), WeekGrid::default());
    }

    #[test]
    fn expressions_with_exceptions_are_not_a_grid() {
        for raw in [
            "Mo-Fr 09:00-17:00; PH off",
            "Mo-Fr 09:00-17:00; Aug off",
            "Jan-Jun Mo-Fr 09:00-17:00",
            "24/7",
            "Mo-Fr 09:00-12:00,13:00-15:00,16:00-18:00",
            "Fr 22:00-02:00",
            "Mo-Fr 09:00-17:00 \"sur rendez-vous\"",
            "Mo 10:00-12:00 || \"on appointment\"",
            "week 1-20 Mo 10:00-12:00",
            "lundi 9h-12h",
            "Mo 09:00-12:00;",
        ] {
            assert_eq!(WeekGrid::from_osm(raw), None, "{raw}");
        }
    }
}
