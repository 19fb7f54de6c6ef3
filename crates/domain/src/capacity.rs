//! What an EPN can take in, per place and calendar year: days and hours open,
//! visitors, equipment, trainings and animators, as the plan's evaluation
//! asks (issue 11). The rules here are shared by the back-office form and any
//! later import or API.

use chrono::NaiveDateTime;

use crate::hours::Hours;

/// Oldest year a record may be about (the plan's first study is of 2021).
pub const FIRST_YEAR: i32 = 2015;
/// Most visitors a day we accept: above this, it is a typing error.
pub const MAX_VISITORS_A_DAY: i32 = 5_000;
/// Most computers, tablets (each) at one place.
pub const MAX_DEVICES: i32 = 1_000;
/// Most animators at one place.
pub const MAX_ANIMATORS: i32 = 200;
/// Longest text for the other equipment.
pub const MAX_OTHER_EQUIPMENT: usize = 500;

/// A place's capacity for a year, as typed in the form (every field as text).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CapacityDraft {
    /// The calendar year the record is about, "YYYY".
    pub year: String,
    pub days_open: String,
    pub hours_open: String,
    pub visitors_weekday: String,
    pub visitors_saturday: String,
    /// "counted" or "estimated".
    pub visitors_method: String,
    pub computers: String,
    pub tablets: String,
    pub other_equipment: String,
    /// "yes" or "no".
    pub trainings: String,
    pub animators: String,
    /// Full-time equivalents, optional ("2.5" or "2,5").
    pub animators_fte: String,
}

/// A checked capacity record.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Capacity {
    pub year: i32,
    /// Days open in a usual week (0-7).
    pub days_open: i32,
    /// Hours open in a usual week (0-168).
    pub hours_open: i32,
    /// Average visitors on a weekday the place is open.
    pub visitors_weekday: i32,
    /// Visitors on a Saturday (0: closed or nobody).
    pub visitors_saturday: i32,
    /// Whether visitors were counted (true) or estimated.
    pub visitors_counted: bool,
    pub computers: i32,
    pub tablets: i32,
    pub other_equipment: Option<String>,
    pub trainings: bool,
    /// Head count.
    pub animators: i32,
    /// Full-time equivalents in hundredths (250 = 2.5 FTE), when said.
    pub animators_fte_hundredths: Option<i32>,
}

/// What is wrong with a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CapacityErrorKind {
    Missing,
    /// Not a whole number of 0 or more.
    NotANumber,
    /// Above the field's maximum (`max`).
    TooLarge {
        max: i32,
    },
    /// The year is not a four-digit year between FIRST_YEAR and next year.
    BadYear,
    TooLong,
    /// More visitors on Saturday, or days open, than the week allows.
    Inconsistent,
}

impl CapacityErrorKind {
    /// The translation key of the message (takes `$field` and, for
    /// `TooLarge`, `$max`).
    pub fn key(self) -> &'static str {
        match self {
            CapacityErrorKind::Missing => "capacity-error-missing",
            CapacityErrorKind::NotANumber => "capacity-error-number",
            CapacityErrorKind::TooLarge { .. } => "capacity-error-too-large",
            CapacityErrorKind::BadYear => "capacity-error-year",
            CapacityErrorKind::TooLong => "capacity-error-too-long",
            CapacityErrorKind::Inconsistent => "capacity-error-hours-days",
        }
    }
}

/// A problem with one field, named as in the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CapacityError {
    pub field: &'static str,
    pub kind: CapacityErrorKind,
}

/// A whole number in 0..=max, or an error on `field`.
fn count(errors: &mut Vec<CapacityError>, field: &'static str, raw: &str, max: i32) -> Option<i32> {
    let raw = raw.trim();
    let mut fail = |kind| {
        errors.push(CapacityError { field, kind });
        None
    };
    if raw.is_empty() {
        return fail(CapacityErrorKind::Missing);
    }
    if !raw.bytes().all(|b| b.is_ascii_digit()) {
        return fail(CapacityErrorKind::NotANumber);
    }
    match raw.parse::<i64>() {
        Ok(n) if n <= i64::from(max) => Some(n as i32),
        _ => fail(CapacityErrorKind::TooLarge { max }),
    }
}

/// "2.5" or "2,5" (at most two decimals) as hundredths.
fn hundredths(raw: &str) -> Option<i64> {
    let raw = raw.replace(',', ".");
    let (int, frac) = raw.split_once('.').unwrap_or((&raw, ""));
    if int.is_empty() && frac.is_empty()
        || frac.len() > 2
        || !int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit())
        || int.len() > 6
    {
        return None;
    }
    let int: i64 = if int.is_empty() { 0 } else { int.parse().ok()? };
    let frac: i64 = format!("{frac:0<2}").parse().ok()?;
    Some(int * 100 + frac)
}

impl CapacityDraft {
    /// Checks every field; all the problems, each naming its field, in the
    /// order of the form. `this_year` bounds the year (a record may be for
    /// next year's plan at most).
    pub fn validate(&self, this_year: i32) -> Result<Capacity, Vec<CapacityError>> {
        let mut e = Vec::new();
        let year = match self.year.trim() {
            "" => {
                e.push(CapacityError {
                    field: "year",
                    kind: CapacityErrorKind::Missing,
                });
                None
            }
            y => match y.parse::<i32>() {
                Ok(n) if y.len() == 4 && (FIRST_YEAR..=this_year + 1).contains(&n) => Some(n),
                _ => {
                    e.push(CapacityError {
                        field: "year",
                        kind: CapacityErrorKind::BadYear,
                    });
                    None
                }
            },
        };
        let days_open = count(&mut e, "days_open", &self.days_open, 7);
        let hours_open = count(&mut e, "hours_open", &self.hours_open, 168);
        if let (Some(d), Some(h)) = (days_open, hours_open)
            && (h > d * 24 || (d > 0 && h == 0))
        {
            e.push(CapacityError {
                field: "hours_open",
                kind: CapacityErrorKind::Inconsistent,
            });
        }
        let weekday = count(
            &mut e,
            "visitors_weekday",
            &self.visitors_weekday,
            MAX_VISITORS_A_DAY,
        );
        let saturday = count(
            &mut e,
            "visitors_saturday",
            &self.visitors_saturday,
            MAX_VISITORS_A_DAY,
        );
        let counted = match self.visitors_method.as_str() {
            "counted" => Some(true),
            "estimated" => Some(false),
            _ => {
                e.push(CapacityError {
                    field: "visitors_method",
                    kind: CapacityErrorKind::Missing,
                });
                None
            }
        };
        let computers = count(&mut e, "computers", &self.computers, MAX_DEVICES);
        let tablets = count(&mut e, "tablets", &self.tablets, MAX_DEVICES);
        let other = self.other_equipment.trim();
        if other.chars().count() > MAX_OTHER_EQUIPMENT {
            e.push(CapacityError {
                field: "other_equipment",
                kind: CapacityErrorKind::TooLong,
            });
        }
        let trainings = match self.trainings.as_str() {
            "yes" => Some(true),
            "no" => Some(false),
            _ => {
                e.push(CapacityError {
                    field: "trainings",
                    kind: CapacityErrorKind::Missing,
                });
                None
            }
        };
        let animators = count(&mut e, "animators", &self.animators, MAX_ANIMATORS);
        let fte = match self.animators_fte.trim() {
            "" => None,
            raw => match hundredths(raw) {
                Some(h) if h <= i64::from(MAX_ANIMATORS) * 100 => Some(h as i32),
                Some(_) => {
                    e.push(CapacityError {
                        field: "animators_fte",
                        kind: CapacityErrorKind::TooLarge { max: MAX_ANIMATORS },
                    });
                    None
                }
                None => {
                    e.push(CapacityError {
                        field: "animators_fte",
                        kind: CapacityErrorKind::NotANumber,
                    });
                    None
                }
            },
        };
        match (
            year, days_open, hours_open, weekday, saturday, counted, computers, tablets, trainings,
            animators,
        ) {
            (
                Some(year),
                Some(days_open),
                Some(hours_open),
                Some(visitors_weekday),
                Some(visitors_saturday),
                Some(visitors_counted),
                Some(computers),
                Some(tablets),
                Some(trainings),
                Some(animators),
            ) if e.is_empty() => Ok(Capacity {
                year,
                days_open,
                hours_open,
                visitors_weekday,
                visitors_saturday,
                visitors_counted,
                computers,
                tablets,
                other_equipment: (!other.is_empty()).then(|| other.to_owned()),
                trainings,
                animators,
                animators_fte_hundredths: fte,
            }),
            _ => Err(e),
        }
    }
}

impl Capacity {
    /// About how many visitors a week: the weekday average times the
    /// weekdays open, plus Saturday's. Days open beyond Saturday (when
    /// Saturday has visitors) count as weekdays, at most five.
    pub fn visitors_a_week(&self) -> i32 {
        let saturday_open = i32::from(self.visitors_saturday > 0);
        let weekdays = (self.days_open - saturday_open).clamp(0, 5);
        self.visitors_weekday * weekdays + self.visitors_saturday
    }

    /// The record as the form shows it, to correct it.
    pub fn to_draft(&self) -> CapacityDraft {
        CapacityDraft {
            year: self.year.to_string(),
            days_open: self.days_open.to_string(),
            hours_open: self.hours_open.to_string(),
            visitors_weekday: self.visitors_weekday.to_string(),
            visitors_saturday: self.visitors_saturday.to_string(),
            visitors_method: if self.visitors_counted {
                "counted"
            } else {
                "estimated"
            }
            .into(),
            computers: self.computers.to_string(),
            tablets: self.tablets.to_string(),
            other_equipment: self.other_equipment.clone().unwrap_or_default(),
            trainings: if self.trainings { "yes" } else { "no" }.into(),
            animators: self.animators.to_string(),
            animators_fte: self
                .animators_fte_hundredths
                .map(fte_text)
                .unwrap_or_default(),
        }
    }
}

/// The estimated weekly visitors of a place for a survey edition of `year`
/// (issue 12): from its capacity record of that year, by
/// [`Capacity::visitors_a_week`] — the average weekday's visitors times the
/// weekdays open (at most five), plus Saturday's visitors. A place open six
/// or seven days with visitors on Saturday counts five weekdays and
/// Saturday; a place open Tuesday to Saturday counts four weekdays and
/// Saturday. `None` when the place has no record of that year (an estimate
/// of another year is not used: the edition's participation would mix
/// years) or when the record counts no visitor.
pub fn estimated_weekly_visitors<'a>(
    records: impl IntoIterator<Item = &'a Capacity>,
    year: i32,
) -> Option<i64> {
    records
        .into_iter()
        .find(|c| c.year == year)
        .map(|c| i64::from(c.visitors_a_week()))
        .filter(|v| *v > 0)
}

/// Hundredths of FTE as text: 250 → "2.5", 75 → "0.75", 300 → "3".
pub fn fte_text(h: i32) -> String {
    let (i, f) = (h / 100, h % 100);
    match f {
        0 => i.to_string(),
        f if f % 10 == 0 => format!("{i}.{}", f / 10),
        f => format!("{i}.{f:02}"),
    }
}

/// Days and whole hours open in the week starting at `monday` (local time),
/// from the directory's opening hours: what the form proposes before the
/// manager corrects it. Hours are rounded to the nearest hour.
pub fn week_from_hours(hours: &Hours, monday: NaiveDateTime) -> (i32, i32) {
    let days = hours
        .week(monday.date())
        .iter()
        .filter(|d| !d.open.is_empty())
        .count() as i32;
    let minutes = hours.hours_in_week(monday).num_minutes();
    let hours = ((minutes + 30) / 60) as i32;
    (days, hours)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn good() -> CapacityDraft {
        CapacityDraft {
            year: "2025".into(),
            days_open: "5".into(),
            hours_open: "30".into(),
            visitors_weekday: "12".into(),
            visitors_saturday: "0".into(),
            visitors_method: "counted".into(),
            computers: "8".into(),
            tablets: "2".into(),
            other_equipment: " printer ".into(),
            trainings: "yes".into(),
            animators: "2".into(),
            animators_fte: "1,5".into(),
        }
    }

    fn fields(r: Result<Capacity, Vec<CapacityError>>) -> Vec<&'static str> {
        r.err().unwrap().iter().map(|e| e.field).collect()
    }

    #[test]
    fn a_complete_record_is_accepted_and_read_back() {
        let c = good().validate(2026).unwrap();
        assert_eq!(c.other_equipment.as_deref(), Some("printer"));
        assert_eq!(c.animators_fte_hundredths, Some(150));
        assert_eq!(c.visitors_a_week(), 60);
        let mut back = good();
        back.other_equipment = "printer".into();
        back.animators_fte = "1.5".into();
        assert_eq!(c.to_draft(), back);
    }

    #[test]
    fn the_year_is_four_digits_from_2015_to_next_year() {
        for (y, ok) in [
            ("2015", true),
            ("2027", true),
            ("2014", false),
            ("2028", false),
            ("25", false),
            ("2025-01", false),
            ("", false),
        ] {
            let d = CapacityDraft {
                year: y.into(),
                ..good()
            };
            assert_eq!(d.validate(2026).is_ok(), ok, "{y}");
        }
    }

    #[test]
    fn counts_are_whole_non_negative_numbers_within_their_maximum() {
        let d = CapacityDraft {
            days_open: "8".into(),
            visitors_weekday: "-3".into(),
            computers: "2.5".into(),
            tablets: "1001".into(),
            animators: "".into(),
            ..good()
        };
        let errs = d.validate(2026).unwrap_err();
        let f: Vec<_> = errs.iter().map(|e| (e.field, e.kind)).collect();
        assert!(f.contains(&("days_open", CapacityErrorKind::TooLarge { max: 7 })));
        assert!(f.contains(&("visitors_weekday", CapacityErrorKind::NotANumber)));
        assert!(f.contains(&("computers", CapacityErrorKind::NotANumber)));
        assert!(f.contains(&("tablets", CapacityErrorKind::TooLarge { max: 1000 })));
        assert!(f.contains(&("animators", CapacityErrorKind::Missing)));
        let at_limits = CapacityDraft {
            days_open: "7".into(),
            hours_open: "168".into(),
            tablets: "1000".into(),
            animators: "0".into(),
            animators_fte: "".into(),
            ..good()
        };
        assert!(at_limits.validate(2026).is_ok());
    }

    #[test]
    fn hours_must_fit_in_the_days_open() {
        let d = CapacityDraft {
            days_open: "1".into(),
            hours_open: "25".into(),
            ..good()
        };
        assert_eq!(fields(d.validate(2026)), ["hours_open"]);
        let d = CapacityDraft {
            days_open: "3".into(),
            hours_open: "0".into(),
            ..good()
        };
        assert_eq!(fields(d.validate(2026)), ["hours_open"]);
    }

    #[test]
    fn method_trainings_fte_and_text_are_checked() {
        let d = CapacityDraft {
            visitors_method: "guessed".into(),
            trainings: "".into(),
            animators_fte: "1.234".into(),
            other_equipment: "x".repeat(501),
            ..good()
        };
        assert_eq!(
            fields(d.validate(2026)),
            [
                "visitors_method",
                "other_equipment",
                "trainings",
                "animators_fte"
            ]
        );
        assert_eq!(hundredths("0.75"), Some(75));
        assert_eq!(hundredths(",5"), Some(50));
        assert_eq!(hundredths("."), None);
        assert_eq!(fte_text(75), "0.75");
        assert_eq!(fte_text(300), "3");
    }

    #[test]
    fn a_week_counts_saturday_once_and_at_most_five_weekdays() {
        let mut c = good().validate(2026).unwrap();
        c.days_open = 6;
        c.visitors_saturday = 20;
        assert_eq!(c.visitors_a_week(), 12 * 5 + 20);
        c.days_open = 7;
        assert_eq!(c.visitors_a_week(), 12 * 5 + 20);
        c.days_open = 0;
        c.visitors_saturday = 0;
        assert_eq!(c.visitors_a_week(), 0);
    }

    #[test]
    fn a_survey_takes_the_weekly_visitors_of_its_year() {
        let mut y2021 = good().validate(2026).unwrap();
        y2021.year = 2021;
        y2021.days_open = 6;
        y2021.visitors_weekday = 40;
        y2021.visitors_saturday = 25;
        let mut y2022 = y2021.clone();
        y2022.year = 2022;
        y2022.days_open = 5;
        y2022.visitors_weekday = 10;
        y2022.visitors_saturday = 0;
        let records = [y2022.clone(), y2021.clone()];
        // Monday to Saturday: 5 × 40 + 25.
        assert_eq!(estimated_weekly_visitors(&records, 2021), Some(225));
        // Monday to Friday: 5 × 10.
        assert_eq!(estimated_weekly_visitors(&records, 2022), Some(50));
        // No record of the year: no estimate, even with other years.
        assert_eq!(estimated_weekly_visitors(&records, 2023), None);
        // Tuesday to Saturday: 4 weekdays and Saturday.
        let mut tue_sat = y2021.clone();
        tue_sat.days_open = 5;
        assert_eq!(
            estimated_weekly_visitors([&tue_sat], 2021),
            Some(4 * 40 + 25)
        );
        // Open but nobody counted: no estimate.
        let mut empty = y2021;
        empty.visitors_weekday = 0;
        empty.visitors_saturday = 0;
        assert_eq!(estimated_weekly_visitors([&empty], 2021), None);
    }

    #[test]
    fn the_week_is_read_from_opening_hours() {
        let h = Hours::parse("Mo-Fr 09:00-12:30; Sa 10:00-12:00", "BE").unwrap();
        // 2026-03-02 is a Monday with no public holiday in its week.
        let monday = NaiveDate::from_ymd_opt(2026, 3, 2)
            .unwrap()
            .and_hms_opt(0, 0, 0)
            .unwrap();
        assert_eq!(week_from_hours(&h, monday), (6, 20));
    }
}
