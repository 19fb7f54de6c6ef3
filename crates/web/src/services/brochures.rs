//! The commune brochures, built from the live directory: for a group of
//! communes (the region's data), each place with its address, its hours
//! for the coming week, services, languages, accessibility, phone and the
//! address of its page, worded in one language, with the date of the data.
//! The public page draws it, the `pdf` feature prints it (`documents`).

use chrono::{Datelike, NaiveDate, TimeDelta};
use domain::Lang;
use domain::brochure::{Brochure, BrochureCommune, BrochureDay, BrochureEntry, BrochureLabels};
use domain::directory::{Directory, HoursInfo};
use domain::region::BrochureGroup;
use domain::vocab::VocabKind;

use crate::i18n::{t, t_args};
use crate::ui::format::{commune_name, hhmm, label, long_date, weekday};

/// Text that reads left to right (hours, a phone number) isolated in a
/// right-to-left language, so that "10:00–12:00" and "+32 2 …" keep their
/// order on paper as on screen.
fn ltr(lang: Lang, s: &str) -> String {
    if lang.is_rtl() {
        format!("\u{2066}{s}\u{2069}")
    } else {
        s.to_string()
    }
}

/// The group's name in `lang` (else the region's first language).
pub fn group_name(dir: &Directory, lang: Lang, g: &BrochureGroup) -> String {
    dir.region.display(&g.name, lang).to_owned()
}

/// The Monday of the week a brochure made on `today` shows: this week's
/// when made on a Monday, else the next one.
pub fn week_start(today: NaiveDate) -> NaiveDate {
    let back = today.weekday().num_days_from_monday();
    if back == 0 {
        today
    } else {
        today + TimeDelta::days(7 - i64::from(back))
    }
}

/// The brochure of `group` in `lang`, from the directory as it is on
/// `today`; `link` makes a path absolute (the public address of the site).
pub fn brochure(
    dir: &Directory,
    lang: Lang,
    group: &BrochureGroup,
    today: NaiveDate,
    link: &dyn Fn(&str) -> String,
) -> Brochure {
    let l = lang.code();
    let sep = t(lang, "brochure-separator");
    let monday = week_start(today);
    let mut communes = Vec::new();
    for nis in &group.communes {
        let name = commune_name(dir, lang, nis).to_owned();
        let mut places = dir.places_in_commune(nis);
        places.sort_by(|a, b| a.name.cmp(&b.name));
        let entries: Vec<BrochureEntry> = places
            .into_iter()
            .map(|p| {
                let address = [
                    p.address.clone(),
                    Some(
                        [p.postcode.clone().unwrap_or_default(), name.clone()]
                            .join(" ")
                            .trim()
                            .to_string(),
                    ),
                ]
                .into_iter()
                .flatten()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(", ");
                let (week, hours_note) = match dir.hours(p.id) {
                    HoursInfo::Valid(h) => (
                        h.week(monday)
                            .iter()
                            .map(|d| {
                                let mut parts: Vec<String> = d
                                    .open
                                    .iter()
                                    .map(|(a, b)| ltr(lang, &format!("{}–{}", hhmm(*a), hhmm(*b))))
                                    .collect();
                                if !d.unknown.is_empty() {
                                    parts.push(t(lang, "hours-on-request"));
                                }
                                BrochureDay {
                                    day: weekday(lang, d.weekday),
                                    hours: if parts.is_empty() {
                                        t(lang, "closed")
                                    } else {
                                        parts.join(&sep)
                                    },
                                }
                            })
                            .collect(),
                        None,
                    ),
                    HoursInfo::Invalid(_) => (Vec::new(), Some(t(lang, "hours-unreadable"))),
                    HoursInfo::None if p.mobile => (Vec::new(), Some(t(lang, "hours-mobile"))),
                    HoursInfo::None => (Vec::new(), Some(t(lang, "hours-unknown"))),
                };
                let words = |kind: VocabKind, codes: &[String]| -> Vec<String> {
                    codes
                        .iter()
                        .map(|c| label(lang, kind, c).into_owned())
                        .collect()
                };
                BrochureEntry {
                    name: p.name.clone(),
                    address,
                    week,
                    hours_note,
                    services: words(VocabKind::Service, &p.services),
                    languages: words(VocabKind::Language, &p.languages),
                    accessibility: words(VocabKind::Accessibility, &p.accessibility),
                    phone: p.phone.as_deref().map(|x| ltr(lang, x)),
                    url: link(&format!("/{l}/places/{}", p.id)),
                    qr_alt: t_args(lang, "brochure-qr-alt", &[("name", p.name.clone().into())]),
                }
            })
            .collect();
        if !entries.is_empty() {
            communes.push(BrochureCommune { name, entries });
        }
    }
    let subtitle = group
        .communes
        .iter()
        .map(|nis| commune_name(dir, lang, nis).to_owned())
        .collect::<Vec<_>>()
        .join(&sep);
    Brochure {
        lang: l.to_string(),
        group: group.code.clone(),
        title: t(lang, "brochure-title"),
        subtitle,
        intro: t(lang, "brochure-intro"),
        date_line: t_args(
            lang,
            "brochure-date",
            &[("date", long_date(lang, &today.to_string()).into())],
        ),
        publisher: dir.region.display(&dir.region.name, lang).to_owned(),
        site: link(&format!("/{l}/")),
        labels: BrochureLabels {
            day: t(lang, "brochure-day"),
            hours: t(lang, "brochure-hours"),
            services: t(lang, "brochure-services"),
            languages: t(lang, "brochure-languages"),
            accessibility: t(lang, "brochure-accessibility"),
            phone: t(lang, "brochure-phone"),
            page_of: t(lang, "brochure-page"),
            separator: sep,
        },
        communes,
        empty: t(lang, "brochure-empty"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_week_shown_starts_on_the_coming_monday() {
        let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
        assert_eq!(week_start(d(12, 4)), d(12, 7), "a Friday");
        assert_eq!(week_start(d(12, 7)), d(12, 7), "a Monday");
        assert_eq!(week_start(d(12, 6)), d(12, 7), "a Sunday");
    }
}
