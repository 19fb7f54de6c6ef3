//! The region's capacity figures (issue 11, item 5), computed from the
//! capacity records of the places in scope the way the 2021 study states
//! them (seed, Annex 5, "Fréquentation" and "Capacités"): visitors a week
//! and a day, computers (total, average, places in the bands under 10,
//! 10 to 19, 20 and more), tablets, animators, the share of places
//! offering trainings — each with its number of respondents (places with a
//! record). Also the shapes the 2021 reported figures fill, and the public
//! rule. See docs/capacity.md, "Figures".

use crate::capacity::Capacity;
use crate::figure_shapes::{
    Reported, average_hundredths, empty_table, hide_column, set, set_shares, withhold,
};
use crate::statistics::{FigureTable, Label, Unit, Value};

/// The kinds of capacity tables, in the order of the page.
pub const KINDS: [&str; 5] = [
    "visitors",
    "visitors-method",
    "equipment",
    "computer-bands",
    "trainings",
];

/// The bands of computers per place, as the 2021 study counts them.
pub const BANDS: [&str; 3] = ["under-10", "10-19", "20-plus"];

/// The band of a place with `computers`.
pub fn band(computers: i32) -> &'static str {
    match computers {
        ..=9 => "under-10",
        10..=19 => "10-19",
        _ => "20-plus",
    }
}

fn rows(codes: &[&str]) -> Vec<(String, Label)> {
    codes
        .iter()
        .map(|c| {
            (
                (*c).to_string(),
                Label::Key(format!("capacity-figures-row-{c}")),
            )
        })
        .collect()
}

fn col(code: &'static str, unit: Unit) -> (&'static str, &'static str, Unit) {
    let key = match code {
        "total" => "capacity-figures-col-total",
        "average" => "capacity-figures-col-average",
        "min" => "capacity-figures-col-min",
        "max" => "capacity-figures-col-max",
        "places" => "capacity-figures-col-places",
        "share" => "capacity-figures-col-share",
        _ => "capacity-figures-col-share-more-than",
    };
    (code, key, unit)
}

/// The empty table of `kind` (every value Missing), with the id and title
/// of the computed figure; None for an unknown kind.
pub fn shape(kind: &str) -> Option<FigureTable> {
    let id = format!("capacity-{kind}");
    let title = format!("capacity-figures-{kind}");
    let t = match kind {
        "visitors" => empty_table(
            &id,
            &title,
            "capacity-figures-dim-measure",
            &[
                col("total", Unit::Count),
                col("average", Unit::Hundredths),
                col("min", Unit::Count),
                col("max", Unit::Count),
            ],
            &rows(&["visitors-week", "visitors-weekday", "visitors-saturday"]),
            false,
        ),
        "visitors-method" => empty_table(
            &id,
            &title,
            "capacity-figures-dim-method",
            &[col("places", Unit::Count), col("share", Unit::PerMille)],
            &rows(&["counted", "estimated"]),
            true,
        ),
        "equipment" => empty_table(
            &id,
            &title,
            "capacity-figures-dim-measure",
            &[col("total", Unit::Count), col("average", Unit::Hundredths)],
            &rows(&["computers", "tablets", "animators"]),
            false,
        ),
        "computer-bands" => empty_table(
            &id,
            &title,
            "capacity-figures-dim-band",
            &[col("places", Unit::Count), col("share", Unit::PerMille)],
            &rows(&BANDS),
            true,
        ),
        "trainings" => empty_table(
            &id,
            &title,
            "capacity-figures-dim-trainings",
            &[
                col("places", Unit::Count),
                col("share", Unit::PerMille),
                col("share-more-than", Unit::PerMille),
            ],
            &rows(&["trainings-yes", "trainings-no"]),
            true,
        ),
        _ => return None,
    };
    Some(t)
}

/// Sum, average (hundredths), min and max of one measure over the records.
fn measure(t: &mut FigureTable, row: &str, values: &[i64], with_range: bool) {
    let n = values.len() as i64;
    let total: i64 = values.iter().sum();
    set(t, row, "total", Value::Number(total));
    set(
        t,
        row,
        "average",
        average_hundredths(total, n).map_or(Value::Missing, Value::Number),
    );
    if with_range {
        set(
            t,
            row,
            "min",
            values
                .iter()
                .min()
                .map_or(Value::Missing, |v| Value::Number(*v)),
        );
        set(
            t,
            row,
            "max",
            values
                .iter()
                .max()
                .map_or(Value::Missing, |v| Value::Number(*v)),
        );
    }
}

/// Counts per row code, then shares of the respondents.
fn counted(t: &mut FigureTable, counts: &[(&str, i64)], n: i64) {
    for (row, c) in counts {
        set(t, row, "places", Value::Number(*c));
    }
    set(t, "total", "places", Value::Number(n));
    set_shares(t, "share", n);
}

/// Every capacity table of `records` (one record per place: the caller
/// picks each place's record), with `respondents` = the number of records.
/// No record, no table.
///
/// * visitors a week: [`Capacity::visitors_a_week`] per place; total,
///   average per place, and the smallest and largest place;
/// * visitors a weekday and on Saturday: the same over each place's
///   weekday average and Saturday (a place closed on Saturday counts 0);
/// * counted or estimated: places and share;
/// * computers, tablets, animators (head count): total and average;
/// * places by band of computers: under 10, 10 to 19, 20 and more;
/// * places offering trainings or not, and the share.
pub fn tables(records: &[&Capacity]) -> Vec<FigureTable> {
    if records.is_empty() {
        return Vec::new();
    }
    let n = records.len() as i64;
    let of = |f: fn(&Capacity) -> i32| records.iter().map(|c| i64::from(f(c))).collect::<Vec<_>>();
    let mut out = Vec::new();
    for kind in KINDS {
        let mut t = shape(kind).expect("a known kind");
        t.respondents = Some(n);
        match kind {
            "visitors" => {
                measure(
                    &mut t,
                    "visitors-week",
                    &of(Capacity::visitors_a_week),
                    true,
                );
                measure(
                    &mut t,
                    "visitors-weekday",
                    &of(|c| c.visitors_weekday),
                    true,
                );
                measure(
                    &mut t,
                    "visitors-saturday",
                    &of(|c| c.visitors_saturday),
                    true,
                );
            }
            "visitors-method" => {
                let c = records.iter().filter(|c| c.visitors_counted).count() as i64;
                counted(&mut t, &[("counted", c), ("estimated", n - c)], n);
            }
            "equipment" => {
                measure(&mut t, "computers", &of(|c| c.computers), false);
                measure(&mut t, "tablets", &of(|c| c.tablets), false);
                measure(&mut t, "animators", &of(|c| c.animators), false);
            }
            "computer-bands" => {
                let counts: Vec<(&str, i64)> = BANDS
                    .iter()
                    .map(|b| {
                        (
                            *b,
                            records.iter().filter(|c| band(c.computers) == *b).count() as i64,
                        )
                    })
                    .collect();
                counted(&mut t, &counts, n);
            }
            _ => {
                let yes = records.iter().filter(|c| c.trainings).count() as i64;
                counted(
                    &mut t,
                    &[("trainings-yes", yes), ("trainings-no", n - yes)],
                    n,
                );
            }
        }
        crate::figure_shapes::drop_unknown(&mut t);
        out.push(t);
    }
    out
}

/// A reported capacity figure as a table of its kind (the title says it is
/// reported).
pub fn reported(r: &Reported) -> Result<FigureTable, String> {
    let shape =
        shape(&r.kind).ok_or_else(|| format!("{}: unknown capacity table {}", r.id, r.kind))?;
    r.fill(shape, &format!("capacity-figures-{}-reported", r.kind))
}

/// What the public may see of a capacity table: withheld when fewer places
/// than `threshold` answered (an average of two places is nearly each
/// place's figure); the smallest and largest place never (each is one
/// place's figure); then small counts suppressed
/// ([`FigureTable::suppress_small_cells`]).
pub fn publish(t: &mut FigureTable, threshold: i64) {
    if t.respondents.is_some_and(|n| n < threshold) {
        withhold(t);
        return;
    }
    hide_column(t, "min");
    hide_column(t, "max");
    t.suppress_small_cells(threshold);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::figure_shapes::get;

    fn place(computers: i32, trainings: bool, weekday: i32, saturday: i32) -> Capacity {
        Capacity {
            year: 2021,
            days_open: if saturday > 0 { 6 } else { 5 },
            hours_open: 30,
            visitors_weekday: weekday,
            visitors_saturday: saturday,
            visitors_counted: false,
            computers,
            tablets: 1,
            other_equipment: None,
            trainings,
            animators: 2,
            animators_fte_hundredths: None,
        }
    }

    /// 17 places with 279 computers as the 2021 study gives them: 5 under
    /// 10, 8 from 10 to 19, 4 with 20 or more.
    fn study() -> Vec<Capacity> {
        let computers = [
            6, 7, 8, 8, 9, 10, 12, 14, 15, 16, 17, 18, 19, 20, 24, 28, 48,
        ];
        assert_eq!(computers.iter().sum::<i32>(), 279);
        computers
            .iter()
            .enumerate()
            .map(|(i, &c)| {
                place(
                    c,
                    i % 4 != 0,
                    8 + (i as i32 % 7),
                    if i % 3 == 0 { 4 } else { 0 },
                )
            })
            .collect()
    }

    fn table<'a>(ts: &'a [FigureTable], id: &str) -> &'a FigureTable {
        ts.iter()
            .find(|t| t.id == id)
            .unwrap_or_else(|| panic!("{id}"))
    }

    #[test]
    fn the_2021_computers_give_the_studys_bands_and_average() {
        let places = study();
        let ts = tables(&places.iter().collect::<Vec<_>>());
        let bands = table(&ts, "capacity-computer-bands");
        assert_eq!(bands.respondents, Some(17));
        let n = |row| get(bands, row, "places").and_then(Value::number);
        assert_eq!(
            (n("under-10"), n("10-19"), n("20-plus"), n("total")),
            (Some(5), Some(8), Some(4), Some(17))
        );
        assert_eq!(get(bands, "under-10", "share"), Some(Value::Number(294)));
        let eq = table(&ts, "capacity-equipment");
        assert_eq!(get(eq, "computers", "total"), Some(Value::Number(279)));
        // 279 / 17 = 16.41: "16 on average".
        assert_eq!(get(eq, "computers", "average"), Some(Value::Number(1641)));
        assert_eq!(get(eq, "tablets", "total"), Some(Value::Number(17)));
        let tr = table(&ts, "capacity-trainings");
        // Places 0, 4, 8, 12, 16 do not: 12 of 17 = 70.6 %.
        assert_eq!(get(tr, "trainings-yes", "places"), Some(Value::Number(12)));
        assert_eq!(get(tr, "trainings-yes", "share"), Some(Value::Number(706)));
        assert!(
            tr.columns.iter().all(|c| c.code != "share-more-than"),
            "a computed table has no bound"
        );
    }

    #[test]
    fn bands_have_their_edges() {
        assert_eq!(
            [0, 9, 10, 19, 20, 500].map(band),
            [
                "under-10", "under-10", "10-19", "10-19", "20-plus", "20-plus"
            ]
        );
    }

    #[test]
    fn visitors_a_week_and_a_day_with_their_range() {
        let a = place(10, true, 8, 4); // 8 × 5 + 4 = 44 a week
        let b = place(10, true, 14, 0); // 70
        let mut c = place(10, true, 10, 0);
        c.visitors_counted = true;
        let ts = tables(&[&a, &b, &c]);
        let v = table(&ts, "capacity-visitors");
        assert_eq!(get(v, "visitors-week", "total"), Some(Value::Number(164)));
        assert_eq!(
            get(v, "visitors-week", "average"),
            Some(Value::Number(5467))
        );
        assert_eq!(get(v, "visitors-weekday", "min"), Some(Value::Number(8)));
        assert_eq!(get(v, "visitors-weekday", "max"), Some(Value::Number(14)));
        assert_eq!(
            get(v, "visitors-saturday", "average"),
            Some(Value::Number(133))
        );
        let m = table(&ts, "capacity-visitors-method");
        assert_eq!(get(m, "counted", "places"), Some(Value::Number(1)));
        assert_eq!(get(m, "estimated", "places"), Some(Value::Number(2)));
        assert!(tables(&[]).is_empty());
    }

    #[test]
    fn the_public_sees_no_small_count_and_no_single_place() {
        let places = study();
        let mut ts = tables(&places.iter().collect::<Vec<_>>());
        for t in &mut ts {
            publish(t, 5);
        }
        let bands = table(&ts, "capacity-computer-bands");
        // 4 is small; 5 goes with it so that 17 − 8 does not give it back.
        assert_eq!(get(bands, "20-plus", "places"), Some(Value::Suppressed));
        assert_eq!(get(bands, "under-10", "places"), Some(Value::Suppressed));
        assert_eq!(get(bands, "10-19", "places"), Some(Value::Number(8)));
        assert_eq!(get(bands, "20-plus", "share"), Some(Value::Suppressed));
        let v = table(&ts, "capacity-visitors");
        assert_eq!(get(v, "visitors-weekday", "min"), Some(Value::Suppressed));
        assert_eq!(get(v, "visitors-weekday", "max"), Some(Value::Suppressed));
        assert!(matches!(
            get(v, "visitors-week", "total"),
            Some(Value::Number(_))
        ));

        // Four places: every table withheld, respondents still said.
        let few: Vec<&Capacity> = places.iter().take(4).collect();
        let mut ts = tables(&few);
        for t in &mut ts {
            publish(t, 5);
            assert_eq!(t.respondents, Some(4));
            assert!(
                t.rows
                    .iter()
                    .all(|r| r.values.iter().all(|v| *v == Value::Suppressed)),
                "{}",
                t.id
            );
        }
    }

    #[test]
    fn reported_figures_fill_the_same_shapes() {
        let r = Reported {
            id: "capacity-reported-2021-trainings".into(),
            kind: "trainings".into(),
            year: 2021,
            report_year: 2021,
            respondents: Some(17),
            source: "seed:5122".into(),
            values: vec![("trainings-yes".into(), "share-more-than".into(), 750)],
        };
        let t = reported(&r).unwrap();
        assert_eq!(t.title_key, "capacity-figures-trainings-reported");
        assert_eq!(t.columns.len(), 1);
        assert_eq!(t.columns[0].code, "share-more-than");
        let unknown = Reported {
            kind: "moon".into(),
            ..r
        };
        assert!(reported(&unknown).is_err());
    }
}
