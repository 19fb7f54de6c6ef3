//! Figures as tables. Every figure that Passerelle shows, charts, exports or
//! answers through the API is a [`FigureTable`]: one breakdown of counts (or
//! amounts) along one dimension, with its total, its number of respondents
//! and its source. The web layer draws it as an HTML table and an SVG chart
//! and writes it as CSV and XLSX; the API serialises it; nothing computes a
//! figure twice.
//!
//! Tables meant for the public or for open data go through
//! [`FigureTable::suppress_small_cells`] first (see docs/figures.md).

use serde::Serialize;

/// The default threshold of small-cell suppression: a count under 5 is not
/// shown to the public (a setting of the platform).
pub const DEFAULT_SMALL_CELL: i64 = 5;

/// What the numbers of a column are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Unit {
    /// A number of people, activities, places… (an integer). Only counts are
    /// suppressed when small.
    Count,
    /// A duration in minutes.
    Minutes,
    /// Money in integer cents.
    Cents,
    /// A share in per mille of the table's total (435 = 43.5 %).
    PerMille,
    /// A number in hundredths (1625 = 16.25), e.g. an average.
    Hundredths,
}

/// A column of values.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Column {
    /// Stable code: the CSV header, the API field.
    pub code: String,
    /// The Fluent key of its label.
    pub label_key: String,
    pub unit: Unit,
}

/// How a row is named.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "value", rename_all = "kebab-case")]
pub enum Label {
    /// A Fluent key (a theme, a place type, an age band…).
    Key(String),
    /// A text shown as is (a commune's name, a place's name).
    Text(String),
    /// A month, `YYYY-MM`, formatted in the reader's language.
    Month(String),
}

/// One value of a table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "value", rename_all = "kebab-case")]
pub enum Value {
    Number(i64),
    /// Hidden because it is a small count, or because it would let a small
    /// count be computed back.
    Suppressed,
    /// Not known (not given by the respondents).
    Missing,
}

impl Value {
    pub fn number(self) -> Option<i64> {
        match self {
            Value::Number(n) => Some(n),
            _ => None,
        }
    }
}

/// A row: a category and its values, one per column.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Row {
    /// Stable code of the category (a theme's code, a commune's NIS code,
    /// a month) for CSV, API and HTML ids.
    pub code: String,
    pub label: Label,
    pub values: Vec<Value>,
}

/// One figure: a breakdown along one dimension.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FigureTable {
    /// Stable identifier: the HTML id, the export file name, the API path
    /// segment (`activity-themes`, `capacity-computers`…).
    pub id: String,
    /// The Fluent key of its title.
    pub title_key: String,
    /// The Fluent key of what the row labels are (the first column's header).
    pub dimension_key: String,
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
    /// The total of each column, when the rows add up to one (`None` when a
    /// record can fall in several rows, e.g. several themes per support).
    pub total: Option<Vec<Value>>,
    /// How many places (or records) answered, when the figure comes from
    /// answers; shown next to the table.
    pub respondents: Option<i64>,
    /// Where the figure comes from when it was not computed by Passerelle
    /// (e.g. a line of the 2021 report).
    pub source: Option<String>,
}

/// A part of a figures page: an area and its tables.
#[derive(Debug, Clone)]
pub struct Section {
    /// `activity`, `capacity`, `cadastre`: the API path segment and the HTML id.
    pub code: &'static str,
    /// The Fluent key of its heading.
    pub title_key: &'static str,
    pub tables: Vec<FigureTable>,
}

impl FigureTable {
    /// Hides small counts so that the table can be shown to the public.
    ///
    /// For each column of counts: a count `1..threshold` is suppressed
    /// (primary suppression; a zero is shown). When the total is under the
    /// threshold, the whole column (zeros included) and its total are
    /// suppressed. When the
    /// rows add up to the total and exactly one count of the column is
    /// suppressed, the next smallest non-zero count is suppressed too, so
    /// that no hidden count is the total minus the shown ones (secondary
    /// suppression). A row whose count is hidden also hides its other
    /// values (a share or a duration would give the count back).
    ///
    /// Guarantee (tested): along every column that has a shown total, the
    /// number of hidden counts is zero or at least two, and no count
    /// `1..threshold` is shown.
    pub fn suppress_small_cells(&mut self, threshold: i64) {
        let counts: Vec<usize> = self
            .columns
            .iter()
            .enumerate()
            .filter(|(_, c)| c.unit == Unit::Count)
            .map(|(i, _)| i)
            .collect();
        for &c in &counts {
            let small = |v: Value| matches!(v, Value::Number(n) if n > 0 && n < threshold);
            let total_small = self.total.as_ref().is_some_and(|t| small(t[c]));
            for row in &mut self.rows {
                if total_small || small(row.values[c]) {
                    row.values[c] = Value::Suppressed;
                }
            }
            if let Some(total) = self.total.as_mut() {
                if total_small {
                    total[c] = Value::Suppressed;
                    continue;
                }
                if total[c] == Value::Suppressed {
                    continue;
                }
                let hidden = self
                    .rows
                    .iter()
                    .filter(|r| r.values[c] == Value::Suppressed)
                    .count();
                if hidden == 1 {
                    let next = self
                        .rows
                        .iter()
                        .enumerate()
                        .filter_map(|(i, r)| match r.values[c] {
                            Value::Number(n) if n > 0 => Some((n, i)),
                            _ => None,
                        })
                        .min();
                    if let Some((_, i)) = next {
                        self.rows[i].values[c] = Value::Suppressed;
                    }
                }
            }
        }
        // A hidden count hides the rest of its row (shares, durations).
        let others: Vec<usize> = (0..self.columns.len())
            .filter(|i| !counts.contains(i))
            .collect();
        for row in &mut self.rows {
            if counts.iter().any(|&c| row.values[c] == Value::Suppressed) {
                for &o in &others {
                    row.values[o] = Value::Suppressed;
                }
            }
        }
        if let Some(total) = self.total.as_mut()
            && counts.iter().any(|&c| total[c] == Value::Suppressed)
        {
            for &o in &others {
                total[o] = Value::Suppressed;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(counts: &[i64], minutes: bool) -> FigureTable {
        let mut columns = vec![Column {
            code: "people".into(),
            label_key: "k".into(),
            unit: Unit::Count,
        }];
        if minutes {
            columns.push(Column {
                code: "minutes".into(),
                label_key: "k".into(),
                unit: Unit::Minutes,
            });
        }
        let rows = counts
            .iter()
            .enumerate()
            .map(|(i, &n)| Row {
                code: format!("r{i}"),
                label: Label::Text(format!("r{i}")),
                values: if minutes {
                    vec![Value::Number(n), Value::Number(n * 30)]
                } else {
                    vec![Value::Number(n)]
                },
            })
            .collect();
        let sum: i64 = counts.iter().sum();
        FigureTable {
            id: "t".into(),
            title_key: "k".into(),
            dimension_key: "k".into(),
            columns,
            rows,
            total: Some(if minutes {
                vec![Value::Number(sum), Value::Number(sum * 30)]
            } else {
                vec![Value::Number(sum)]
            }),
            respondents: None,
            source: None,
        }
    }

    fn shown(t: &FigureTable) -> Vec<Option<i64>> {
        t.rows.iter().map(|r| r.values[0].number()).collect()
    }

    #[test]
    fn a_lone_small_count_takes_the_next_smallest_with_it() {
        let mut t = table(&[3, 40, 12, 0, 25], true);
        t.suppress_small_cells(5);
        assert_eq!(shown(&t), vec![None, Some(40), None, Some(0), Some(25)]);
        assert_eq!(t.total.as_ref().unwrap()[0], Value::Number(80));
        assert_eq!(
            t.rows[0].values[1],
            Value::Suppressed,
            "the minutes would give the count back"
        );
        assert_eq!(t.rows[2].values[1], Value::Suppressed);
        assert_eq!(t.rows[1].values[1], Value::Number(1200));
    }

    #[test]
    fn two_small_counts_protect_each_other() {
        let mut t = table(&[3, 40, 4, 25], false);
        t.suppress_small_cells(5);
        assert_eq!(shown(&t), vec![None, Some(40), None, Some(25)]);
    }

    #[test]
    fn a_small_total_hides_the_whole_column() {
        let mut t = table(&[1, 2, 0], false);
        t.suppress_small_cells(5);
        assert_eq!(shown(&t), vec![None, None, None]);
        assert_eq!(t.total.as_ref().unwrap()[0], Value::Suppressed);
    }

    #[test]
    fn the_threshold_is_a_setting() {
        let mut t = table(&[7, 40, 12], false);
        t.suppress_small_cells(10);
        assert_eq!(shown(&t), vec![None, Some(40), None]);
        let mut t = table(&[7, 40, 12], false);
        t.suppress_small_cells(5);
        assert_eq!(shown(&t), vec![Some(7), Some(40), Some(12)]);
    }

    /// Over many tables: no small count is shown, and no column with a shown
    /// total has exactly one hidden count (which would be the total minus
    /// the others).
    #[test]
    fn no_hidden_count_can_be_computed_back() {
        let mut seed: u64 = 0x5eed;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..5000 {
            let n = 1 + (next() % 8) as usize;
            let counts: Vec<i64> = (0..n)
                .map(|_| (next() % 30) as i64 * (next() % 2) as i64)
                .collect();
            let threshold = 2 + (next() % 9) as i64;
            let mut t = table(&counts, next() % 2 == 0);
            t.suppress_small_cells(threshold);
            let total_hidden = t.total.as_ref().unwrap()[0] == Value::Suppressed;
            for (row, &n) in t.rows.iter().zip(&counts) {
                match row.values[0] {
                    Value::Number(v) => assert!(
                        v == n && (v == 0 || v >= threshold),
                        "{counts:?} t={threshold}"
                    ),
                    Value::Suppressed => assert!(n > 0 || total_hidden, "{counts:?} t={threshold}"),
                    Value::Missing => unreachable!(),
                }
            }
            if t.total.as_ref().unwrap()[0] != Value::Suppressed {
                let hidden = t
                    .rows
                    .iter()
                    .filter(|r| r.values[0] == Value::Suppressed)
                    .count();
                assert_ne!(hidden, 1, "{counts:?} threshold {threshold}");
            }
        }
    }
}
