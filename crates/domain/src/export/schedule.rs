//! Weekly opening slots read from simple OpenStreetMap `opening_hours` texts,
//! for formats that describe hours as "these days, from … to …" (HSDS, iCalendar
//! RRULE style). Only the common weekly subset is read: rules such as
//! `Mo-Fr 09:00-12:00,14:00-18:30; Sa 10:00-13:00; Su off; PH off`. Anything
//! else (months, weeks, "24/7", comments, sunrise…) gives `None`, and the
//! exports keep the raw text only.

use crate::hours::Hours;

/// Day codes in OpenStreetMap order, Monday first.
const OSM_DAYS: [&str; 7] = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];
/// The same days as RFC 5545 (iCalendar) codes.
pub const ICAL_DAYS: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

/// Open from `opens` to `closes` (local "HH:MM") on each of `days` (0 = Monday).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WeeklySlot {
    pub days: Vec<usize>,
    pub opens: String,
    pub closes: String,
}

impl WeeklySlot {
    /// The days as an iCalendar BYDAY list, e.g. "MO,TU,WE".
    pub fn byday(&self) -> String {
        self.days
            .iter()
            .map(|&d| ICAL_DAYS[d])
            .collect::<Vec<_>>()
            .join(",")
    }
}

/// What a simple weekly text says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Weekly {
    pub slots: Vec<WeeklySlot>,
    /// The text closes on public holidays (`PH off`).
    pub closed_on_public_holidays: bool,
}

fn day(s: &str) -> Option<usize> {
    OSM_DAYS.iter().position(|d| *d == s)
}

/// Minutes since midnight of "HH:MM" (24:00 allowed as the end of a day).
fn minutes(s: &str) -> Option<u32> {
    let (h, m) = s.split_once(':')?;
    if h.len() != 2 || m.len() != 2 {
        return None;
    }
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    (m < 60 && (h < 24 || (h == 24 && m == 0))).then_some(h * 60 + m)
}

fn days_of(sel: &str) -> Option<Vec<usize>> {
    let mut days = Vec::new();
    for part in sel.split(',') {
        match part.split_once('-') {
            Some((a, b)) => {
                let (a, b) = (day(a)?, day(b)?);
                let mut d = a;
                loop {
                    days.push(d);
                    if d == b {
                        break;
                    }
                    d = (d + 1) % 7;
                }
            }
            None => days.push(day(part)?),
        }
    }
    Some(days)
}

fn intervals_of(sel: &str) -> Option<Vec<(u32, u32)>> {
    if sel == "off" || sel == "closed" {
        return Some(Vec::new());
    }
    sel.split(',')
        .map(|r| {
            let (a, b) = r.split_once('-')?;
            let (a, b) = (minutes(a)?, minutes(b)?);
            (a < b).then_some((a, b))
        })
        .collect()
}

fn hhmm(m: u32) -> String {
    format!("{:02}:{:02}", m / 60, m % 60)
}

/// Reads `raw` as weekly slots when it is a valid and simple weekly text.
/// A later rule replaces the hours of the days it names, as in OpenStreetMap.
pub fn weekly(raw: &str, country: &str) -> Option<Weekly> {
    Hours::parse(raw, country).ok()?;
    let mut week: [Vec<(u32, u32)>; 7] = Default::default();
    let mut closed_on_public_holidays = false;
    for rule in raw.split(';').map(str::trim).filter(|r| !r.is_empty()) {
        let (days, times) = rule.split_once(char::is_whitespace)?;
        let times = times.trim();
        if days == "PH" && (times == "off" || times == "closed") {
            closed_on_public_holidays = true;
            continue;
        }
        let days = days_of(days)?;
        let intervals = intervals_of(times)?;
        for d in days {
            week[d] = intervals.clone();
        }
    }
    // One slot per distinct interval, with every day that has it.
    let mut slots: Vec<WeeklySlot> = Vec::new();
    for (d, intervals) in week.iter().enumerate() {
        for &(a, b) in intervals {
            let (opens, closes) = (hhmm(a), hhmm(b));
            match slots
                .iter_mut()
                .find(|s| s.opens == opens && s.closes == closes)
            {
                Some(s) => {
                    if !s.days.contains(&d) {
                        s.days.push(d);
                    }
                }
                None => slots.push(WeeklySlot {
                    days: vec![d],
                    opens,
                    closes,
                }),
            }
        }
    }
    Some(Weekly {
        slots,
        closed_on_public_holidays,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_days_ranges_and_split_hours() {
        let w = weekly(
            "Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00; PH off",
            "BE",
        )
        .unwrap();
        assert!(w.closed_on_public_holidays);
        let got: Vec<(String, &str, &str)> = w
            .slots
            .iter()
            .map(|s| (s.byday(), s.opens.as_str(), s.closes.as_str()))
            .collect();
        assert_eq!(
            got,
            vec![
                ("MO,TU,WE,TH,FR".to_string(), "09:00", "12:00"),
                ("MO,TU,WE,TH,FR".to_string(), "14:00", "18:30"),
                ("SA".to_string(), "08:30", "12:00"),
            ]
        );
    }

    #[test]
    fn later_rules_replace_earlier_days() {
        let w = weekly("Mo-Fr 10:00-18:00; We off", "BE").unwrap();
        assert_eq!(w.slots.len(), 1);
        assert_eq!(w.slots[0].byday(), "MO,TU,TH,FR");
        let w = weekly("Tu,Th 14:00-17:00", "BE").unwrap();
        assert_eq!(w.slots[0].byday(), "TU,TH");
    }

    #[test]
    fn anything_else_is_not_simple() {
        assert!(weekly("lundi 9h-12h", "BE").is_none(), "not valid");
        assert!(weekly("24/7", "BE").is_none());
        assert!(weekly("Jan-Jun Mo 10:00-12:00", "BE").is_none());
        assert!(weekly("Mo 10:00-12:00 \"on appointment\"", "BE").is_none());
    }
}
