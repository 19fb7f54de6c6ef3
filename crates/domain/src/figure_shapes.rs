//! Building blocks of the plan's figures that are not areas of their own:
//! empty tables of a known shape, averages and shares in integers, the
//! public rules shared by the capacity and cadastre figures, and the figures
//! a report gave (see docs/capacity.md and docs/cadastre.md, "Figures").

use crate::statistics::{Column, FigureTable, Label, Row, Unit, Value};

/// `total / n` in hundredths, rounded half up (16.41 → 1641); None when n = 0.
pub fn average_hundredths(total: i64, n: i64) -> Option<i64> {
    (n > 0).then(|| (total as i128 * 200 + n as i128).div_euclid(n as i128 * 2) as i64)
}

/// A table with the given columns and rows, every value Missing.
pub fn empty_table(
    id: &str,
    title_key: &str,
    dimension_key: &str,
    columns: &[(&str, &str, Unit)],
    rows: &[(String, Label)],
    with_total: bool,
) -> FigureTable {
    FigureTable {
        id: id.into(),
        title_key: title_key.into(),
        dimension_key: dimension_key.into(),
        columns: columns
            .iter()
            .map(|(code, key, unit)| Column {
                code: (*code).into(),
                label_key: (*key).into(),
                unit: *unit,
            })
            .collect(),
        rows: rows
            .iter()
            .map(|(code, label)| Row {
                code: code.clone(),
                label: label.clone(),
                values: vec![Value::Missing; columns.len()],
            })
            .collect(),
        total: with_total.then(|| vec![Value::Missing; columns.len()]),
        respondents: None,
        source: None,
    }
}

/// The index of column `code`.
pub fn column(t: &FigureTable, code: &str) -> Option<usize> {
    t.columns.iter().position(|c| c.code == code)
}

/// Sets the value of row `row` (or the total, `"total"`) in column `col`;
/// false when the table has no such row or column.
pub fn set(t: &mut FigureTable, row: &str, col: &str, v: Value) -> bool {
    let Some(c) = column(t, col) else {
        return false;
    };
    if row == "total" {
        match t.total.as_mut() {
            Some(total) => total[c] = v,
            None => return false,
        }
        return true;
    }
    match t.rows.iter_mut().find(|r| r.code == row) {
        Some(r) => {
            r.values[c] = v;
            true
        }
        None => false,
    }
}

/// The value of row `row` (or `"total"`) in column `col`.
pub fn get(t: &FigureTable, row: &str, col: &str) -> Option<Value> {
    let c = column(t, col)?;
    if row == "total" {
        return t.total.as_ref().map(|v| v[c]);
    }
    t.rows.iter().find(|r| r.code == row).map(|r| r.values[c])
}

/// Removes the columns where nothing is known (every value and the total
/// Missing), and the total when it is all Missing: a reported figure keeps
/// only what the report said.
pub fn drop_unknown(t: &mut FigureTable) {
    let keep: Vec<bool> = (0..t.columns.len())
        .map(|c| {
            t.rows.iter().any(|r| r.values[c] != Value::Missing)
                || t.total.as_ref().is_some_and(|v| v[c] != Value::Missing)
        })
        .collect();
    let filter = |v: &mut Vec<Value>| {
        let mut i = 0;
        v.retain(|_| {
            i += 1;
            keep[i - 1]
        });
    };
    let mut i = 0;
    t.columns.retain(|_| {
        i += 1;
        keep[i - 1]
    });
    for r in &mut t.rows {
        filter(&mut r.values);
    }
    if let Some(total) = t.total.as_mut() {
        filter(total);
    }
    if t.total
        .as_ref()
        .is_some_and(|v| v.iter().all(|x| *x == Value::Missing))
    {
        t.total = None;
    }
}

/// Hides every value of the table (it is withheld; its respondents stay).
pub fn withhold(t: &mut FigureTable) {
    for r in &mut t.rows {
        r.values.iter_mut().for_each(|v| *v = Value::Suppressed);
    }
    if let Some(total) = t.total.as_mut() {
        total.iter_mut().for_each(|v| *v = Value::Suppressed);
    }
}

/// Hides a whole column (and its total).
pub fn hide_column(t: &mut FigureTable, col: &str) {
    if let Some(c) = column(t, col) {
        for r in &mut t.rows {
            r.values[c] = Value::Suppressed;
        }
        if let Some(total) = t.total.as_mut() {
            total[c] = Value::Suppressed;
        }
    }
}

/// The shares of rows `(code, part)` of `whole`, in per mille, set in column
/// `col`; the total's share is 1000 when the whole is not zero.
pub fn set_shares(t: &mut FigureTable, col: &str, whole: i64) {
    let Some(c) = column(t, col) else { return };
    let Some(base) = column_before_share(t, c) else {
        return;
    };
    for r in &mut t.rows {
        if let Value::Number(n) = r.values[base] {
            r.values[c] =
                crate::cadastre::per_mille(n, whole).map_or(Value::Missing, Value::Number);
        }
    }
    if let Some(total) = t.total.as_mut() {
        total[c] = if whole > 0 {
            Value::Number(1000)
        } else {
            Value::Missing
        };
    }
}

/// The column a share is of: the nearest column before it that is not a
/// share.
fn column_before_share(t: &FigureTable, share: usize) -> Option<usize> {
    (0..share)
        .rev()
        .find(|&i| t.columns[i].unit != Unit::PerMille)
}

/// A figure that a report gave, as entered (`reported_figures`): which table
/// kind it fills, for which year, with its respondents, source and values
/// by (row, column); the row `total` fills the total.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reported {
    /// The table's id, e.g. `capacity-reported-2021-computer-bands`.
    pub id: String,
    /// The table kind of its area (`computer-bands`, `levels`…).
    pub kind: String,
    /// The year the figures are about.
    pub year: i32,
    /// The year of the report that gave them.
    pub report_year: i32,
    pub respondents: Option<i64>,
    pub source: String,
    /// (row code, column code, value).
    pub values: Vec<(String, String, i64)>,
}

impl Reported {
    /// Fills `shape` (an empty table of its kind): the values given, the
    /// columns the report says nothing about dropped. An unknown row or
    /// column is an error naming it.
    pub fn fill(&self, mut shape: FigureTable, title_key: &str) -> Result<FigureTable, String> {
        shape.id = self.id.clone();
        shape.title_key = title_key.into();
        shape.respondents = self.respondents;
        shape.source = Some(self.source.clone());
        for (row, col, v) in &self.values {
            if !set(&mut shape, row, col, Value::Number(*v)) {
                return Err(format!(
                    "{}: no cell {row}/{col} in a {} table",
                    self.id, self.kind
                ));
            }
        }
        shape
            .rows
            .retain(|r| r.values.iter().any(|v| *v != Value::Missing));
        drop_unknown(&mut shape);
        Ok(shape)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape() -> FigureTable {
        empty_table(
            "t",
            "k",
            "d",
            &[
                ("places", "k", Unit::Count),
                ("share", "k", Unit::PerMille),
                ("min", "k", Unit::Count),
            ],
            &[
                ("a".into(), Label::Key("a".into())),
                ("b".into(), Label::Key("b".into())),
            ],
            true,
        )
    }

    #[test]
    fn averages_and_shares_are_integers_rounded_half_up() {
        assert_eq!(average_hundredths(279, 17), Some(1641));
        assert_eq!(average_hundredths(1, 8), Some(13));
        assert_eq!(average_hundredths(5, 0), None);
        let mut t = shape();
        set(&mut t, "a", "places", Value::Number(1));
        set(&mut t, "b", "places", Value::Number(2));
        set_shares(&mut t, "share", 3);
        assert_eq!(get(&t, "a", "share"), Some(Value::Number(333)));
        assert_eq!(get(&t, "b", "share"), Some(Value::Number(667)));
        assert_eq!(get(&t, "total", "share"), Some(Value::Number(1000)));
    }

    #[test]
    fn a_reported_figure_keeps_only_what_was_said() {
        let r = Reported {
            id: "x-reported-2021".into(),
            kind: "k".into(),
            year: 2021,
            report_year: 2021,
            respondents: Some(17),
            source: "seed:1".into(),
            values: vec![("a".into(), "share".into(), 750)],
        };
        let t = r.fill(shape(), "title").unwrap();
        assert_eq!(t.columns.len(), 1);
        assert_eq!(t.rows.len(), 1);
        assert_eq!(t.total, None);
        assert_eq!(t.respondents, Some(17));
        assert_eq!(t.source.as_deref(), Some("seed:1"));
        let bad = Reported {
            values: vec![("z".into(), "share".into(), 1)],
            ..r
        };
        assert!(bad.fill(shape(), "title").unwrap_err().contains("z/share"));
    }

    #[test]
    fn withholding_hides_everything() {
        let mut t = shape();
        set(&mut t, "a", "places", Value::Number(9));
        withhold(&mut t);
        assert!(
            t.rows
                .iter()
                .all(|r| r.values.iter().all(|v| *v == Value::Suppressed))
        );
        assert!(t.total.unwrap().iter().all(|v| *v == Value::Suppressed));
    }
}
