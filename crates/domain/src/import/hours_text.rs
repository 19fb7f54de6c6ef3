//! Opening hours as people write them in spreadsheets, turned into the
//! OpenStreetMap `opening_hours` syntax:
//!
//! * one column per day holding times only: `"9h-12h / 14h-17h"`,
//!   `"09:00 - 12:00 / 13:30 - 17:00"`, `"-"` (closed);
//! * French free text naming days: `"Lundi au vendredi 9h-12h/14h-18h; samedi 9h-13h"`,
//!   `"mardi, mercredi et vendredi : 14h-18h | samedi : 9h-13h"`.
//!
//! Anything not understood is an error naming the word that stopped the reading;
//! the caller decides whether to keep the text as written.

/// Minutes since midnight, `0..=1440`.
type Minute = u16;

/// Open intervals of one day.
pub type DayRanges = Vec<(Minute, Minute)>;

/// OpenStreetMap day abbreviations, Monday first.
pub const DAYS: [&str; 7] = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];

/// Index (Monday = 0) of an OpenStreetMap day abbreviation.
pub fn osm_day(s: &str) -> Option<usize> {
    DAYS.iter().position(|d| d.eq_ignore_ascii_case(s.trim()))
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Time(Minute),
    /// `-`, `–`, `à`, `a` between two times or two days.
    To,
    /// `/`, `,`, `;`, `|`, `et`, `.` between ranges or groups.
    Sep,
    Day(usize),
    /// "fermé", "closed".
    Closed,
    /// Filler words ("de", "du", "le", "les", ":").
    Skip,
}

const FRENCH_DAYS: [(&str, usize); 15] = [
    ("lundi", 0),
    ("mardi", 1),
    ("mercredi", 2),
    ("jeudi", 3),
    ("vendredi", 4),
    ("samedi", 5),
    ("dimanche", 6),
    ("lun", 0),
    ("mar", 1),
    ("mer", 2),
    ("jeu", 3),
    ("ven", 4),
    ("sam", 5),
    ("dim", 6),
    // A frequent typing slip.
    ("verdredi", 4),
];

fn word_token(w: &str) -> Option<Tok> {
    let lower = crate::text::fold(w);
    let lower = lower.trim_end_matches('s');
    if let Some((_, d)) = FRENCH_DAYS.iter().find(|(n, _)| *n == lower) {
        return Some(Tok::Day(*d));
    }
    match lower {
        "au" | "a" | "jusqu" => Some(Tok::To),
        "et" => Some(Tok::Sep),
        "de" | "du" | "le" | "la" | "les" | "l" | "tou" | "h" => Some(Tok::Skip),
        "ferme" | "closed" | "off" => Some(Tok::Closed),
        "midi" => Some(Tok::Time(12 * 60)),
        _ => None,
    }
}

/// Splits `text` into tokens; `Err` names the first thing not understood.
fn tokens(text: &str) -> Result<Vec<Tok>, String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_ascii_digit() {
            // A time: H, HH, H:MM, HhMM, HH:MM, HH h MM, "08 :00".
            let start = i;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            let hours: String = chars[start..i].iter().collect();
            if hours.len() > 2 {
                return Err(format!("\"{hours}\" is not an hour"));
            }
            let mut j = i;
            while j < chars.len() && chars[j] == ' ' {
                j += 1;
            }
            let mut minutes = 0;
            if j < chars.len() && matches!(chars[j], ':' | 'h' | 'H') {
                let sep = chars[j];
                let mut k = j + 1;
                while k < chars.len() && chars[k] == ' ' && sep == ':' {
                    k += 1;
                }
                let ms = k;
                while k < chars.len() && chars[k].is_ascii_digit() {
                    k += 1;
                }
                let digits: String = chars[ms..k].iter().collect();
                match digits.len() {
                    0 if sep != ':' => {}
                    2 => minutes = digits.parse::<u16>().unwrap_or(99),
                    _ => return Err(format!("\"{}\" is not a time", &text_of(&chars[start..k]))),
                }
                i = if digits.is_empty() { j + 1 } else { k };
                // "9h-12h" ends with "h", "9h00" with digits.
            }
            let h: u16 = hours.parse().unwrap_or(99);
            if h > 24 || minutes > 59 || (h == 24 && minutes > 0) {
                return Err(format!("\"{}\" is not a time", text_of(&chars[start..i])));
            }
            out.push(Tok::Time(h * 60 + minutes));
            continue;
        }
        if c.is_alphabetic() {
            let start = i;
            while i < chars.len() && (chars[i].is_alphabetic() || chars[i] == '\'') {
                i += 1;
            }
            let w = text_of(&chars[start..i]);
            // "l'" / "jusqu'" lose their apostrophe before matching.
            let bare = w.trim_end_matches('\'');
            match word_token(bare) {
                Some(t) => out.push(t),
                None => return Err(format!("\"{w}\" is not understood")),
            }
            // A dot after a day abbreviation ("lun.") is part of it.
            if i < chars.len() && chars[i] == '.' && matches!(out.last(), Some(Tok::Day(_))) {
                i += 1;
            }
            continue;
        }
        match c {
            '-' | '–' | '—' => out.push(Tok::To),
            '/' | ',' | ';' | '|' | '.' | '\n' | '+' | '&' => out.push(Tok::Sep),
            ':' => out.push(Tok::Skip),
            c if c.is_whitespace() => {}
            _ => return Err(format!("\"{c}\" is not understood")),
        }
        i += 1;
    }
    Ok(out.into_iter().filter(|t| *t != Tok::Skip).collect())
}

fn text_of(chars: &[char]) -> String {
    chars.iter().collect()
}

/// Reads the time ranges at the start of `toks`, returning them and the rest.
fn ranges(toks: &[Tok]) -> Result<(DayRanges, &[Tok]), String> {
    let mut out = DayRanges::new();
    let mut rest = toks;
    loop {
        match rest {
            [Tok::Time(a), Tok::To, Tok::Time(b), tail @ ..] => {
                let end = if *b == 0 { 24 * 60 } else { *b };
                if end <= *a {
                    return Err(format!(
                        "the range {}-{} ends before it starts",
                        hhmm(*a),
                        hhmm(*b)
                    ));
                }
                if out.last().is_some_and(|(_, e)| *e > *a) {
                    return Err(format!(
                        "the range starting at {} overlaps the previous one",
                        hhmm(*a)
                    ));
                }
                out.push((*a, end));
                rest = tail;
                // "9h-12h 14h-17h" has no separator; "9h-12h / 14h-17h" has one.
                if let [Tok::Sep, Tok::Time(_), ..] = rest {
                    rest = &rest[1..];
                }
            }
            [Tok::Time(_), ..] => return Err("a time without the end of its range".into()),
            _ => return Ok((out, rest)),
        }
    }
}

/// One day's text (a per-day column): `None` when the day is closed or empty.
pub fn day_ranges(text: &str) -> Result<Option<DayRanges>, String> {
    let t = text.trim();
    if t.is_empty() || t.chars().all(|c| matches!(c, '-' | '–' | '/' | ' ')) {
        return Ok(None);
    }
    let toks = tokens(t)?;
    if toks == [Tok::Closed] {
        return Ok(None);
    }
    let (r, rest) = ranges(&toks)?;
    if !rest.is_empty() || r.is_empty() {
        return Err("expected time ranges such as 9h-12h / 14h-17h".into());
    }
    Ok(Some(r))
}

/// French free text naming the days ("Lundi au vendredi 9h-12h/14h-18h; samedi 9h-13h").
pub fn french_week(text: &str) -> Result<[Option<DayRanges>; 7], String> {
    let toks = tokens(text)?;
    let mut week: [Option<DayRanges>; 7] = Default::default();
    let mut rest: &[Tok] = &toks;
    let mut any = false;
    while !rest.is_empty() {
        // Skip separators between groups.
        while let [Tok::Sep, tail @ ..] = rest {
            rest = tail;
        }
        if rest.is_empty() {
            break;
        }
        // Days: "lundi", "lundi au vendredi", "lundi, mardi et jeudi".
        let mut days: Vec<usize> = Vec::new();
        loop {
            match rest {
                [Tok::Day(a), Tok::To, Tok::Day(b), tail @ ..] => {
                    let mut d = *a;
                    loop {
                        days.push(d);
                        if d == *b {
                            break;
                        }
                        d = (d + 1) % 7;
                    }
                    rest = tail;
                }
                [Tok::Day(a), tail @ ..] => {
                    days.push(*a);
                    rest = tail;
                }
                _ => break,
            }
            if let [Tok::Sep, Tok::Day(_), ..] = rest {
                rest = &rest[1..];
            }
        }
        if days.is_empty() {
            return Err("expected a day (lundi, mardi…) before the times".into());
        }
        if let [Tok::Closed, tail @ ..] = rest {
            rest = tail;
            any = true;
            continue;
        }
        let (r, tail) = ranges(rest)?;
        if r.is_empty() {
            return Err("expected time ranges after the days".into());
        }
        rest = tail;
        for d in days {
            week[d] = Some(r.clone());
        }
        any = true;
    }
    if !any {
        return Err("no days or times found".into());
    }
    Ok(week)
}

fn hhmm(m: Minute) -> String {
    format!("{:02}:{:02}", m / 60, m % 60)
}

/// Writes a week in OpenStreetMap syntax, one rule per distinct set of hours,
/// days with the same hours together: `Mo-Th,Sa 09:00-12:00; Fr 14:00-17:00`.
/// `None` when no day is open.
pub fn week_to_osm(week: &[Option<DayRanges>; 7]) -> Option<String> {
    let mut rules: Vec<String> = Vec::new();
    let mut done = [false; 7];
    for d in 0..7 {
        let Some(r) = week[d].as_ref().filter(|r| !r.is_empty()) else {
            continue;
        };
        if done[d] {
            continue;
        }
        let same: Vec<usize> = (d..7).filter(|&e| week[e].as_ref() == Some(r)).collect();
        for &e in &same {
            done[e] = true;
        }
        // Runs of consecutive days: "Mo-We", "Fr".
        let mut parts: Vec<String> = Vec::new();
        let mut i = 0;
        while i < same.len() {
            let mut j = i;
            while j + 1 < same.len() && same[j + 1] == same[j] + 1 {
                j += 1;
            }
            match j - i {
                0 => parts.push(DAYS[same[i]].to_owned()),
                1 => parts.push(format!("{},{}", DAYS[same[i]], DAYS[same[j]])),
                _ => parts.push(format!("{}-{}", DAYS[same[i]], DAYS[same[j]])),
            }
            i = j + 1;
        }
        let times: Vec<String> = r
            .iter()
            .map(|(a, b)| format!("{}-{}", hhmm(*a), hhmm(*b)))
            .collect();
        rules.push(format!("{} {}", parts.join(","), times.join(",")));
    }
    (!rules.is_empty()).then(|| rules.join("; "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn osm(text: &str) -> Result<Option<String>, String> {
        french_week(text).map(|w| week_to_osm(&w))
    }

    #[test]
    fn per_day_cells() {
        assert_eq!(
            day_ranges("09:00 - 12:00 / 13:30 - 17:00").unwrap(),
            Some(vec![(540, 720), (810, 1020)])
        );
        assert_eq!(
            day_ranges("9h-12h / 14h-17h").unwrap(),
            Some(vec![(540, 720), (840, 1020)])
        );
        assert_eq!(day_ranges("08 :30-12:00").unwrap(), Some(vec![(510, 720)]));
        assert_eq!(
            day_ranges("09:00-12:00 14:00-16:30").unwrap(),
            Some(vec![(540, 720), (840, 990)])
        );
        assert_eq!(day_ranges("-").unwrap(), None);
        assert_eq!(day_ranges("").unwrap(), None);
        assert_eq!(day_ranges("fermé").unwrap(), None);
        assert!(day_ranges("07:30:12:30").is_err());
        assert!(day_ranges("09:00-13:00-/3:00-16:00").is_err());
        assert!(day_ranges("sur rendez-vous").is_err());
        assert!(day_ranges("14h-12h").is_err());
    }

    #[test]
    fn french_text() {
        assert_eq!(
            osm("Lundi au vendredi 9h-12h/14h-18h").unwrap().unwrap(),
            "Mo-Fr 09:00-12:00,14:00-18:00"
        );
        assert_eq!(
            osm("mardi mercredi et vendredi : 14h-18h |samedi : 9h-13h")
                .unwrap()
                .unwrap(),
            "Tu,We,Fr 14:00-18:00; Sa 09:00-13:00"
        );
        assert_eq!(
            osm("du Lundi au Jeudi 08:30 - 12:00 / 13:30 - 17:00 | Vendredi 08:30 - 12:00")
                .unwrap()
                .unwrap(),
            "Mo-Th 08:30-12:00,13:30-17:00; Fr 08:30-12:00"
        );
        assert_eq!(
            osm("Lundi, Mardi, Jeudi 9H-12H/13H30-17H; Mercredi 9H-12H; Vendredi 13H30-17H")
                .unwrap()
                .unwrap(),
            "Mo,Tu,Th 09:00-12:00,13:30-17:00; We 09:00-12:00; Fr 13:30-17:00"
        );
        assert!(osm("Tous les jours sur rendez-vous").is_err());
        assert!(osm("Lundi au vendredi 9h-12h/Bouche-du-Rhôneh-17h").is_err());
    }

    #[test]
    fn week_groups_consecutive_days() {
        let r = Some(vec![(540, 720)]);
        let week = [r.clone(), r.clone(), r.clone(), None, r.clone(), None, None];
        assert_eq!(week_to_osm(&week).unwrap(), "Mo-We,Fr 09:00-12:00");
        assert_eq!(week_to_osm(&Default::default()), None);
    }
}
