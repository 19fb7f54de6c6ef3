//! The figures of the activity log: what one record adds to the monthly
//! rollup (its *contributions*), and the tables built from the summed
//! rollup.
//!
//! A record contributes, under its month and place, one line per
//! (kind, dimension, value) it falls in, each with three measures: records
//! (activities), people (one per support, the participants of a workshop,
//! the count of quick helps) and minutes. A support on two themes counts in
//! both theme lines, so the theme, area and equipment tables have no total;
//! every other dimension puts each record in exactly one line (the `all`
//! dimension is the kind's total). The store keeps the sums per month and
//! place (`activity_tallies`, docs/activity.md); the tables only add them up.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, NaiveDate};

use super::workshop::{Breakdown, Workshop};
use super::{Autonomy, Equipment, Location, Support, themes};
use crate::diagnostic::{DigCompArea, Level};
use crate::statistics::{Column, FigureTable, Label, Row, Unit, Value};

/// The kinds of activity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Support,
    Workshop,
    Quick,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Support, Kind::Workshop, Kind::Quick];

    pub fn code(self) -> &'static str {
        match self {
            Kind::Support => "support",
            Kind::Workshop => "workshop",
            Kind::Quick => "quick",
        }
    }

    pub fn parse(code: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.code() == code)
    }
}

/// The dimensions of the rollup (the `dimension` column).
pub mod dim {
    /// The kind's total: one line, value `all`.
    pub const ALL: &str = "all";
    pub const THEME: &str = "theme";
    pub const AREA: &str = "area";
    pub const DURATION: &str = "duration";
    pub const LOCATION: &str = "location";
    pub const AUTONOMY: &str = "autonomy";
    pub const EQUIPMENT: &str = "equipment";
    pub const LEVEL: &str = "level";
    pub const GENDER: &str = "gender";
    pub const AGE: &str = "age";
    pub const STATUS: &str = "status";
}

/// The value of a breakdown line when the workshop did not give it.
pub const NOT_GIVEN: &str = "not-given";

/// The value of the equipment line of a support that used none.
pub const NO_EQUIPMENT: &str = "none";

/// The duration bands: (code, longest duration in the band in minutes); the
/// last band has no upper bound.
pub const DURATION_BANDS: [(&str, u32); 5] = [
    ("upto-15", 15),
    ("16-30", 30),
    ("31-60", 60),
    ("61-120", 120),
    ("over-120", u32::MAX),
];

/// The band of a duration in minutes.
pub fn duration_band(minutes: u32) -> &'static str {
    DURATION_BANDS
        .iter()
        .find(|(_, max)| minutes <= *max)
        .map_or("over-120", |(code, _)| code)
}

/// The month of a day, `YYYY-MM` (the rollup's `month`).
pub fn month_of(day: NaiveDate) -> String {
    format!("{:04}-{:02}", day.year(), day.month())
}

/// The months `from..=to`, `YYYY-MM`, in order.
pub fn months_between(from: NaiveDate, to: NaiveDate) -> Vec<String> {
    let mut out = Vec::new();
    let (mut y, mut m) = (from.year(), from.month());
    while (y, m) <= (to.year(), to.month()) {
        out.push(format!("{y:04}-{m:02}"));
        (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    }
    out
}

/// One line a record adds to the rollup of its month and place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contribution {
    pub kind: Kind,
    pub dimension: &'static str,
    pub value: String,
    pub records: i64,
    pub people: i64,
    pub minutes: i64,
}

fn line(
    kind: Kind,
    dimension: &'static str,
    value: &str,
    records: i64,
    people: i64,
    minutes: i64,
) -> Contribution {
    Contribution {
        kind,
        dimension,
        value: value.to_owned(),
        records,
        people,
        minutes,
    }
}

/// The DigComp areas of a list of themes, each once, in the framework's
/// order (a theme outside the vocabulary has none).
pub fn areas_of(theme_codes: &[String]) -> Vec<DigCompArea> {
    let set: BTreeSet<usize> = theme_codes
        .iter()
        .filter_map(|c| themes().iter().find(|t| &t.code == c))
        .filter_map(|t| t.area())
        .map(DigCompArea::index)
        .collect();
    set.into_iter().map(|i| DigCompArea::ALL[i]).collect()
}

/// The theme and area lines of a record, each theme and area once.
fn theme_lines(
    out: &mut Vec<Contribution>,
    kind: Kind,
    theme_codes: &[String],
    records: i64,
    people: i64,
    minutes: i64,
) {
    let mut seen = BTreeSet::new();
    for t in theme_codes {
        if seen.insert(t.as_str()) {
            out.push(line(kind, dim::THEME, t, records, people, minutes));
        }
    }
    for a in areas_of(theme_codes) {
        out.push(line(kind, dim::AREA, a.code(), records, people, minutes));
    }
}

/// What an individual support adds: one record, one person, its minutes.
pub fn support_contributions(s: &Support) -> Vec<Contribution> {
    let m = i64::from(s.minutes);
    let k = Kind::Support;
    let mut out = vec![
        line(k, dim::ALL, dim::ALL, 1, 1, m),
        line(k, dim::DURATION, duration_band(s.minutes), 1, 1, m),
        line(k, dim::LOCATION, s.location.code(), 1, 1, m),
        line(k, dim::AUTONOMY, s.autonomy.code(), 1, 1, m),
    ];
    theme_lines(&mut out, k, &s.themes, 1, 1, m);
    let equipment: BTreeSet<&str> = s.equipment.iter().map(|e| e.code()).collect();
    if equipment.is_empty() {
        out.push(line(k, dim::EQUIPMENT, NO_EQUIPMENT, 1, 1, m));
    }
    for e in equipment {
        out.push(line(k, dim::EQUIPMENT, e, 1, 1, m));
    }
    out
}

/// What a workshop adds: one record, its participants, its minutes (the
/// workshop's length, not multiplied by the participants); its breakdowns
/// as participants per category (`not-given` when it gave none).
pub fn workshop_contributions(w: &Workshop) -> Vec<Contribution> {
    let m = i64::from(w.minutes);
    let p = i64::from(w.participants);
    let k = Kind::Workshop;
    let mut out = vec![
        line(k, dim::ALL, dim::ALL, 1, p, m),
        line(k, dim::DURATION, duration_band(w.minutes), 1, p, m),
        line(k, dim::LEVEL, w.level.code(), 1, p, m),
    ];
    theme_lines(&mut out, k, &w.themes, 1, p, m);
    for b in Breakdown::ALL {
        let d = breakdown_dimension(b);
        match w.breakdown(b) {
            None => out.push(line(k, d, NOT_GIVEN, 1, p, 0)),
            Some(counts) => {
                for (category, &n) in b.categories().iter().zip(counts) {
                    if n > 0 {
                        out.push(line(k, d, category, 1, i64::from(n), 0));
                    }
                }
            }
        }
    }
    out
}

/// What `count` quick helps on a theme add (a negative count takes them away).
pub fn quick_contributions(theme: &str, count: i64) -> Vec<Contribution> {
    let k = Kind::Quick;
    let mut out = vec![line(k, dim::ALL, dim::ALL, count, count, 0)];
    theme_lines(&mut out, k, &[theme.to_owned()], count, count, 0);
    out
}

fn breakdown_dimension(b: Breakdown) -> &'static str {
    match b {
        Breakdown::Gender => dim::GENDER,
        Breakdown::Age => dim::AGE,
        Breakdown::Status => dim::STATUS,
    }
}

/// The three measures of a line of the rollup, summed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Measures {
    pub records: i64,
    pub people: i64,
    pub minutes: i64,
}

impl Measures {
    pub fn add(&mut self, o: Measures) {
        self.records += o.records;
        self.people += o.people;
        self.minutes += o.minutes;
    }
}

/// The rollup summed over a period and a set of places, as the tables need it.
#[derive(Debug, Clone, Default)]
pub struct Sums {
    /// By (kind, dimension, value) over the whole period.
    pub lines: BTreeMap<(Kind, String, String), Measures>,
    /// By (month, kind): the kinds' totals per month.
    pub months: BTreeMap<(String, Kind), Measures>,
    /// By (commune NIS code, kind): the kinds' totals per commune (places
    /// without a commune of the region under the empty code).
    pub communes: BTreeMap<(String, Kind), Measures>,
}

impl Sums {
    fn get(&self, kind: Kind, dimension: &str, value: &str) -> Measures {
        self.lines
            .get(&(kind, dimension.to_owned(), value.to_owned()))
            .copied()
            .unwrap_or_default()
    }
}

/// What the tables are built for.
#[derive(Debug, Clone)]
pub struct TableOptions {
    /// The months of the trend, `YYYY-MM`, in order.
    pub months: Vec<String>,
    /// The communes of the commune table, in order: (NIS code, name shown);
    /// None: no commune table (the scope is one commune).
    pub communes: Option<Vec<(String, String)>>,
}

const KEY: &str = "activity-figures";

fn col(code: &str, unit: Unit) -> Column {
    Column {
        code: code.to_owned(),
        label_key: format!("{KEY}-col-{code}"),
        unit,
    }
}

fn key_row(code: &str, key: String, values: Vec<i64>) -> Row {
    Row {
        code: code.to_owned(),
        label: Label::Key(key),
        values: values.into_iter().map(Value::Number).collect(),
    }
}

fn table(
    id: &str,
    dimension: &str,
    columns: Vec<Column>,
    rows: Vec<Row>,
    with_total: bool,
) -> FigureTable {
    let total = with_total.then(|| {
        (0..columns.len())
            .map(|c| Value::Number(rows.iter().filter_map(|r| r.values[c].number()).sum()))
            .collect()
    });
    FigureTable {
        id: format!("activity-{id}"),
        title_key: format!("{KEY}-title-{id}"),
        dimension_key: format!("{KEY}-dim-{dimension}"),
        columns,
        rows,
        total,
        respondents: None,
        source: None,
    }
}

/// The columns of the tables that count every kind: supports, workshops,
/// workshop participants, quick helps.
fn kind_columns() -> Vec<Column> {
    vec![
        col("supports", Unit::Count),
        col("workshops", Unit::Count),
        col("participants", Unit::Count),
        col("quick-helps", Unit::Count),
    ]
}

fn kind_values(s: &Sums, dimension: &str, value: &str) -> Vec<i64> {
    vec![
        s.get(Kind::Support, dimension, value).records,
        s.get(Kind::Workshop, dimension, value).records,
        s.get(Kind::Workshop, dimension, value).people,
        s.get(Kind::Quick, dimension, value).records,
    ]
}

/// Supports, workshops, participants, quick helps and minutes of a total.
fn total_values(by_kind: impl Fn(Kind) -> Measures) -> Vec<i64> {
    let (s, w, q) = (
        by_kind(Kind::Support),
        by_kind(Kind::Workshop),
        by_kind(Kind::Quick),
    );
    vec![
        s.records,
        w.records,
        w.people,
        q.records,
        s.minutes + w.minutes,
    ]
}

fn total_columns() -> Vec<Column> {
    let mut c = kind_columns();
    c.push(col("minutes", Unit::Minutes));
    c
}

/// Every table of the activity section, in the order of the page (ids
/// `activity-kinds`, `activity-months`, `activity-themes`, `activity-areas`,
/// `activity-durations`, `activity-locations`, `activity-autonomy`,
/// `activity-equipment`, `activity-levels`, `activity-gender`,
/// `activity-age`, `activity-status`, `activity-communes`). Small cells are
/// not suppressed here (the caller does it for the public).
pub fn tables(s: &Sums, opts: &TableOptions) -> Vec<FigureTable> {
    let mut out = Vec::new();

    // Totals by kind: activities, people reached, minutes.
    let rows = Kind::ALL
        .iter()
        .map(|&k| {
            let m = s.get(k, dim::ALL, dim::ALL);
            key_row(
                k.code(),
                format!("{KEY}-kind-{}", k.code()),
                vec![m.records, m.people, m.minutes],
            )
        })
        .collect();
    out.push(table(
        "kinds",
        "kind",
        vec![
            col("activities", Unit::Count),
            col("people", Unit::Count),
            col("minutes", Unit::Minutes),
        ],
        rows,
        true,
    ));

    // Trend by month.
    let rows = opts
        .months
        .iter()
        .map(|month| {
            let values = total_values(|k| {
                s.months
                    .get(&(month.clone(), k))
                    .copied()
                    .unwrap_or_default()
            });
            Row {
                code: month.clone(),
                label: Label::Month(month.clone()),
                values: values.into_iter().map(Value::Number).collect(),
            }
        })
        .collect();
    out.push(table("months", "month", total_columns(), rows, true));

    // Themes and DigComp areas: a record on several themes counts in each.
    let rows = themes()
        .iter()
        .map(|t| {
            key_row(
                &t.code,
                format!("activity-theme-{}", t.code),
                kind_values(s, dim::THEME, &t.code),
            )
        })
        .collect();
    out.push(table("themes", "theme", kind_columns(), rows, false));
    let rows = DigCompArea::ALL
        .iter()
        .map(|a| key_row(a.code(), a.label_key(), kind_values(s, dim::AREA, a.code())))
        .collect();
    out.push(table("areas", "area", kind_columns(), rows, false));

    // Duration bands, supports and workshops.
    let rows = DURATION_BANDS
        .iter()
        .map(|(band, _)| {
            key_row(
                band,
                format!("{KEY}-duration-{band}"),
                vec![
                    s.get(Kind::Support, dim::DURATION, band).records,
                    s.get(Kind::Workshop, dim::DURATION, band).records,
                ],
            )
        })
        .collect();
    out.push(table(
        "durations",
        "duration",
        vec![col("supports", Unit::Count), col("workshops", Unit::Count)],
        rows,
        true,
    ));

    // Supports only: where, how autonomous, with what.
    let rows = Location::ALL
        .iter()
        .map(|l| {
            let m = s.get(Kind::Support, dim::LOCATION, l.code());
            key_row(
                l.code(),
                format!("activity-location-{}", l.code()),
                vec![m.records, m.minutes],
            )
        })
        .collect();
    out.push(table(
        "locations",
        "location",
        vec![col("supports", Unit::Count), col("minutes", Unit::Minutes)],
        rows,
        true,
    ));
    let rows = Autonomy::ALL
        .iter()
        .map(|a| {
            key_row(
                a.code(),
                format!("{KEY}-autonomy-{}", a.code()),
                vec![s.get(Kind::Support, dim::AUTONOMY, a.code()).records],
            )
        })
        .collect();
    out.push(table(
        "autonomy",
        "autonomy",
        vec![col("supports", Unit::Count)],
        rows,
        true,
    ));
    let mut rows: Vec<Row> = Equipment::ALL
        .iter()
        .map(|e| {
            key_row(
                e.code(),
                format!("activity-equipment-{}", e.code()),
                vec![s.get(Kind::Support, dim::EQUIPMENT, e.code()).records],
            )
        })
        .collect();
    rows.push(key_row(
        NO_EQUIPMENT,
        format!("{KEY}-equipment-none"),
        vec![s.get(Kind::Support, dim::EQUIPMENT, NO_EQUIPMENT).records],
    ));
    out.push(table(
        "equipment",
        "equipment",
        vec![col("supports", Unit::Count)],
        rows,
        false,
    ));

    // Workshops only: level, and the participants' anonymous breakdowns.
    let rows = Level::ALL
        .iter()
        .map(|l| {
            let m = s.get(Kind::Workshop, dim::LEVEL, l.code());
            key_row(l.code(), l.label_key(), vec![m.records, m.people])
        })
        .collect();
    out.push(table(
        "levels",
        "level",
        vec![
            col("workshops", Unit::Count),
            col("participants", Unit::Count),
        ],
        rows,
        true,
    ));
    for b in Breakdown::ALL {
        let d = breakdown_dimension(b);
        let mut rows: Vec<Row> = b
            .categories()
            .iter()
            .map(|c| {
                key_row(
                    c,
                    format!("workshop-{}-{c}", b.code()),
                    vec![s.get(Kind::Workshop, d, c).people],
                )
            })
            .collect();
        rows.push(key_row(
            NOT_GIVEN,
            format!("{KEY}-not-given"),
            vec![s.get(Kind::Workshop, d, NOT_GIVEN).people],
        ));
        out.push(table(
            d,
            d,
            vec![col("participants", Unit::Count)],
            rows,
            true,
        ));
    }

    // By commune of the place.
    if let Some(communes) = &opts.communes {
        let rows = communes
            .iter()
            .map(|(nis, name)| {
                let values = total_values(|k| {
                    s.communes
                        .get(&(nis.clone(), k))
                        .copied()
                        .unwrap_or_default()
                });
                Row {
                    code: nis.clone(),
                    label: if nis.is_empty() {
                        Label::Key(format!("{KEY}-outside-region"))
                    } else {
                        Label::Text(name.clone())
                    },
                    values: values.into_iter().map(Value::Number).collect(),
                }
            })
            .collect();
        out.push(table("communes", "commune", total_columns(), rows, true));
    }
    out
}

/// Every Fluent key the tables use that this module names itself (for the
/// completeness test of the translations).
pub fn message_keys() -> Vec<String> {
    let mut keys = Vec::new();
    let opts = TableOptions {
        months: vec!["2026-01".into()],
        communes: Some(vec![(String::new(), String::new())]),
    };
    for t in tables(&Sums::default(), &opts) {
        keys.push(t.title_key.clone());
        keys.push(t.dimension_key.clone());
        keys.extend(t.columns.iter().map(|c| c.label_key.clone()));
        keys.extend(t.rows.iter().filter_map(|r| match &r.label {
            Label::Key(k) => Some(k.clone()),
            _ => None,
        }));
    }
    keys.sort();
    keys.dedup();
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn support(minutes: u32, theme_codes: &[&str], equipment: Vec<Equipment>) -> Support {
        Support {
            place_id: 1,
            date: d("2026-11-02"),
            minutes,
            location: Location::Remote,
            themes: theme_codes.iter().map(|t| t.to_string()).collect(),
            equipment,
            autonomy: Autonomy::Helped,
            redirect_place_id: None,
            redirect_text: None,
        }
    }

    fn workshop(participants: u32, gender: Option<Vec<u32>>) -> Workshop {
        Workshop {
            place_id: 1,
            session_id: None,
            date: d("2026-11-03"),
            title: "t".into(),
            level: Level::Beginner,
            minutes: 90,
            themes: vec!["email".into()],
            participants,
            counts: [gender, None, None],
        }
    }

    /// Sums contributions the way the rollup does (the month and place aside).
    fn sums(lists: &[Vec<Contribution>]) -> Sums {
        let mut s = Sums::default();
        for c in lists.iter().flatten() {
            s.lines
                .entry((c.kind, c.dimension.to_owned(), c.value.clone()))
                .or_default()
                .add(Measures {
                    records: c.records,
                    people: c.people,
                    minutes: c.minutes,
                });
            if c.dimension == dim::ALL {
                let m = Measures {
                    records: c.records,
                    people: c.people,
                    minutes: c.minutes,
                };
                s.months
                    .entry(("2026-11".into(), c.kind))
                    .or_default()
                    .add(m);
                s.communes
                    .entry(("21001".into(), c.kind))
                    .or_default()
                    .add(m);
            }
        }
        s
    }

    fn opts() -> TableOptions {
        TableOptions {
            months: months_between(d("2026-10-01"), d("2026-11-30")),
            communes: Some(vec![("21001".into(), "Anderlecht".into())]),
        }
    }

    fn find<'a>(tables: &'a [FigureTable], id: &str) -> &'a FigureTable {
        tables
            .iter()
            .find(|t| t.id == id)
            .unwrap_or_else(|| panic!("no table {id}"))
    }

    fn cell(t: &FigureTable, row: &str, column: &str) -> i64 {
        let c = t.columns.iter().position(|c| c.code == column).unwrap();
        t.rows.iter().find(|r| r.code == row).unwrap().values[c]
            .number()
            .unwrap()
    }

    #[test]
    fn durations_fall_in_bands_with_inclusive_upper_bounds() {
        assert_eq!(duration_band(1), "upto-15");
        assert_eq!(duration_band(15), "upto-15");
        assert_eq!(duration_band(16), "16-30");
        assert_eq!(duration_band(30), "16-30");
        assert_eq!(duration_band(60), "31-60");
        assert_eq!(duration_band(61), "61-120");
        assert_eq!(duration_band(120), "61-120");
        assert_eq!(duration_band(121), "over-120");
        assert_eq!(duration_band(600), "over-120");
    }

    #[test]
    fn months_run_from_the_first_to_the_last_across_a_year() {
        assert_eq!(
            months_between(d("2025-11-01"), d("2026-02-28")),
            ["2025-11", "2025-12", "2026-01", "2026-02"]
        );
        assert_eq!(
            months_between(d("2026-03-01"), d("2026-03-31")),
            ["2026-03"]
        );
        assert_eq!(month_of(d("2026-01-31")), "2026-01");
    }

    #[test]
    fn a_support_counts_once_per_theme_and_once_per_area() {
        // email and social-media are both communication (see data/vocabularies.toml).
        let area = |c: &str| {
            themes()
                .iter()
                .find(|t| t.code == c)
                .unwrap()
                .digcomp
                .clone()
        };
        assert_eq!(area("email"), area("social-media"), "test premise");
        let c = support_contributions(&support(
            45,
            &["email", "social-media", "security"],
            vec![Equipment::Phone, Equipment::Computer],
        ));
        let of = |d: &str| {
            c.iter()
                .filter(|l| l.dimension == d)
                .map(|l| l.value.as_str())
                .collect::<Vec<_>>()
        };
        assert_eq!(of(dim::THEME), ["email", "social-media", "security"]);
        assert_eq!(of(dim::AREA).len(), 2);
        assert_eq!(of(dim::DURATION), ["31-60"]);
        assert_eq!(of(dim::LOCATION), ["remote"]);
        assert_eq!(of(dim::AUTONOMY), ["helped"]);
        assert_eq!(of(dim::EQUIPMENT), ["computer", "phone"]);
        assert!(
            c.iter()
                .all(|l| l.records == 1 && l.people == 1 && l.minutes == 45)
        );
        let none = support_contributions(&support(10, &["email"], vec![]));
        assert!(
            none.iter()
                .any(|l| l.dimension == dim::EQUIPMENT && l.value == NO_EQUIPMENT)
        );
    }

    #[test]
    fn a_workshop_counts_its_participants_and_its_breakdowns() {
        let c = workshop_contributions(&workshop(9, Some(vec![5, 4, 0])));
        let all = c.iter().find(|l| l.dimension == dim::ALL).unwrap();
        assert_eq!((all.records, all.people, all.minutes), (1, 9, 90));
        let gender: Vec<_> = c
            .iter()
            .filter(|l| l.dimension == dim::GENDER)
            .map(|l| (l.value.as_str(), l.people))
            .collect();
        assert_eq!(gender, [("woman", 5), ("man", 4)], "no line for a zero");
        let age: Vec<_> = c
            .iter()
            .filter(|l| l.dimension == dim::AGE)
            .map(|l| (l.value.as_str(), l.people))
            .collect();
        assert_eq!(age, [(NOT_GIVEN, 9)]);
    }

    #[test]
    fn the_tables_add_up_and_themes_have_no_total() {
        let s = sums(&[
            support_contributions(&support(30, &["email", "security"], vec![])),
            support_contributions(&support(90, &["email"], vec![Equipment::Tablet])),
            workshop_contributions(&workshop(9, Some(vec![5, 4, 0]))),
            workshop_contributions(&workshop(6, None)),
            quick_contributions("email", 7),
            quick_contributions("email", -2),
        ]);
        let t = tables(&s, &opts());
        let ids: Vec<_> = t.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "activity-kinds",
                "activity-months",
                "activity-themes",
                "activity-areas",
                "activity-durations",
                "activity-locations",
                "activity-autonomy",
                "activity-equipment",
                "activity-levels",
                "activity-gender",
                "activity-age",
                "activity-status",
                "activity-communes"
            ]
        );
        let kinds = find(&t, "activity-kinds");
        assert_eq!(cell(kinds, "support", "activities"), 2);
        assert_eq!(cell(kinds, "support", "minutes"), 120);
        assert_eq!(cell(kinds, "workshop", "activities"), 2);
        assert_eq!(cell(kinds, "workshop", "people"), 15);
        assert_eq!(cell(kinds, "quick", "activities"), 5);
        assert_eq!(kinds.total.as_ref().unwrap()[1], Value::Number(2 + 15 + 5));

        let themes_t = find(&t, "activity-themes");
        assert_eq!(
            themes_t.total, None,
            "a support on two themes counts in both"
        );
        assert_eq!(cell(themes_t, "email", "supports"), 2);
        assert_eq!(cell(themes_t, "security", "supports"), 1);
        assert_eq!(cell(themes_t, "email", "participants"), 15);
        assert_eq!(cell(themes_t, "email", "quick-helps"), 5);
        assert_eq!(
            themes_t.rows[0].label,
            Label::Key(format!("activity-theme-{}", themes()[0].code))
        );

        let durations = find(&t, "activity-durations");
        assert_eq!(cell(durations, "16-30", "supports"), 1);
        assert_eq!(cell(durations, "61-120", "supports"), 1);
        assert_eq!(cell(durations, "61-120", "workshops"), 2);
        assert_eq!(
            durations.total.as_ref().unwrap(),
            &vec![Value::Number(2), Value::Number(2)]
        );

        let gender = find(&t, "activity-gender");
        assert_eq!(cell(gender, "woman", "participants"), 5);
        assert_eq!(cell(gender, NOT_GIVEN, "participants"), 6);
        assert_eq!(
            gender.total.as_ref().unwrap()[0],
            Value::Number(15),
            "every participant once"
        );
        assert_eq!(find(&t, "activity-equipment").total, None);
        assert_eq!(
            cell(find(&t, "activity-equipment"), NO_EQUIPMENT, "supports"),
            1
        );

        let months = find(&t, "activity-months");
        assert_eq!(
            months
                .rows
                .iter()
                .map(|r| r.code.as_str())
                .collect::<Vec<_>>(),
            ["2026-10", "2026-11"]
        );
        assert_eq!(cell(months, "2026-10", "supports"), 0);
        assert_eq!(cell(months, "2026-11", "minutes"), 120 + 180);
        assert_eq!(months.rows[1].label, Label::Month("2026-11".into()));
        let communes = find(&t, "activity-communes");
        assert_eq!(communes.rows[0].label, Label::Text("Anderlecht".into()));
        assert_eq!(cell(communes, "21001", "quick-helps"), 5);
    }

    #[test]
    fn no_commune_table_for_one_commune_and_small_cells_can_be_hidden() {
        let s = sums(&[support_contributions(&support(30, &["email"], vec![]))]);
        let mut t = tables(
            &s,
            &TableOptions {
                communes: None,
                ..opts()
            },
        );
        assert!(t.iter().all(|t| t.id != "activity-communes"));
        for table in &mut t {
            table.suppress_small_cells(5);
        }
        let kinds = find(&t, "activity-kinds");
        assert_eq!(kinds.rows[0].values[0], Value::Suppressed);
    }

    #[test]
    fn every_key_is_named() {
        let keys = message_keys();
        assert!(keys.contains(&"activity-figures-title-kinds".to_owned()));
        assert!(keys.contains(&"workshop-age-75-plus".to_owned()));
        assert!(keys.contains(&"diag-area-safety".to_owned()));
        assert!(keys.contains(&"activity-figures-outside-region".to_owned()));
    }
}
