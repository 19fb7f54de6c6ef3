//! Contingency tables: counts r×c from two columns of answers, the expected
//! counts under independence and the validity rule of the chi-square test.

use std::cmp::Ordering;

/// Counts of two answers crossed: `counts[i][j]` answers with row category
/// `i` and column category `j`. Answers missing either value are not in the
/// table; `missing` says how many were left out.
#[derive(Debug, Clone, PartialEq)]
pub struct ContingencyTable {
    pub row_labels: Vec<String>,
    pub col_labels: Vec<String>,
    pub counts: Vec<Vec<u64>>,
    /// Answers left out because one of the two values was missing.
    pub missing: u64,
}

/// Which side of a table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Axis {
    Rows,
    Cols,
}

/// The validity rule of the chi-square test (Cochran): no expected count
/// below 1 and at most 20 % of the expected counts below 5.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Validity {
    pub cells: usize,
    pub below_1: usize,
    pub below_5: usize,
}

impl Validity {
    pub fn valid(&self) -> bool {
        self.cells > 0 && self.below_1 == 0 && self.below_5 * 5 <= self.cells
    }
}

/// Orders categories: numbers inside labels compare as numbers ("9-17" before
/// "18-29", "60+" after "45-59"), the rest as text.
pub fn natural_cmp(a: &str, b: &str) -> Ordering {
    fn chunks(s: &str) -> Vec<(bool, String)> {
        let mut out: Vec<(bool, String)> = Vec::new();
        for ch in s.chars() {
            let digit = ch.is_ascii_digit();
            match out.last_mut() {
                Some((d, text)) if *d == digit => text.push(ch),
                _ => out.push((digit, ch.to_string())),
            }
        }
        out
    }
    let (ca, cb) = (chunks(a), chunks(b));
    for (x, y) in ca.iter().zip(cb.iter()) {
        let ord = match (x.0, y.0) {
            (true, true) => {
                let (tx, ty) = (x.1.trim_start_matches('0'), y.1.trim_start_matches('0'));
                tx.len().cmp(&ty.len()).then_with(|| tx.cmp(ty))
            }
            _ => x.1.to_lowercase().cmp(&y.1.to_lowercase()),
        };
        if ord != Ordering::Equal {
            return ord;
        }
    }
    ca.len().cmp(&cb.len()).then_with(|| a.cmp(b))
}

impl ContingencyTable {
    /// A table from given labels and counts (rows of equal length).
    pub fn new(row_labels: Vec<String>, col_labels: Vec<String>, counts: Vec<Vec<u64>>) -> Self {
        assert_eq!(row_labels.len(), counts.len(), "one label per row");
        assert!(
            counts.iter().all(|r| r.len() == col_labels.len()),
            "one label per column"
        );
        ContingencyTable {
            row_labels,
            col_labels,
            counts,
            missing: 0,
        }
    }

    /// A table from bare counts, categories labelled 1, 2, 3…
    pub fn from_counts(counts: &[&[u64]]) -> Self {
        let rows = counts.len();
        let cols = counts.first().map_or(0, |r| r.len());
        ContingencyTable::new(
            (1..=rows).map(|i| i.to_string()).collect(),
            (1..=cols).map(|j| j.to_string()).collect(),
            counts.iter().map(|r| r.to_vec()).collect(),
        )
    }

    /// Crosses two columns of answers, one pair per answer. A value that is
    /// `None` or blank is missing: the answer is counted in `missing` and not
    /// in the table. Categories are in natural order ([`natural_cmp`]).
    pub fn from_pairs<'a, I>(pairs: I) -> Self
    where
        I: IntoIterator<Item = (Option<&'a str>, Option<&'a str>)>,
    {
        let mut kept: Vec<(String, String)> = Vec::new();
        let mut missing = 0;
        for (r, c) in pairs {
            let r = r.map(str::trim).filter(|s| !s.is_empty());
            let c = c.map(str::trim).filter(|s| !s.is_empty());
            match (r, c) {
                (Some(r), Some(c)) => kept.push((r.to_owned(), c.to_owned())),
                _ => missing += 1,
            }
        }
        let mut rows: Vec<String> = kept.iter().map(|p| p.0.clone()).collect();
        let mut cols: Vec<String> = kept.iter().map(|p| p.1.clone()).collect();
        for v in [&mut rows, &mut cols] {
            v.sort_by(|a, b| natural_cmp(a, b));
            v.dedup();
        }
        let mut counts = vec![vec![0u64; cols.len()]; rows.len()];
        for (r, c) in &kept {
            let i = rows
                .binary_search_by(|x| natural_cmp(x, r))
                .expect("row label");
            let j = cols
                .binary_search_by(|x| natural_cmp(x, c))
                .expect("column label");
            counts[i][j] += 1;
        }
        ContingencyTable {
            row_labels: rows,
            col_labels: cols,
            counts,
            missing,
        }
    }

    pub fn rows(&self) -> usize {
        self.counts.len()
    }

    pub fn cols(&self) -> usize {
        self.col_labels.len()
    }

    pub fn row_totals(&self) -> Vec<u64> {
        self.counts.iter().map(|r| r.iter().sum()).collect()
    }

    pub fn col_totals(&self) -> Vec<u64> {
        (0..self.cols())
            .map(|j| self.counts.iter().map(|r| r[j]).sum())
            .collect()
    }

    pub fn total(&self) -> u64 {
        self.counts.iter().flatten().sum()
    }

    /// Expected counts under independence: row total × column total / n.
    pub fn expected(&self) -> Vec<Vec<f64>> {
        let (rt, ct, n) = (self.row_totals(), self.col_totals(), self.total() as f64);
        rt.iter()
            .map(|&r| {
                ct.iter()
                    .map(|&c| {
                        if n > 0.0 {
                            r as f64 * c as f64 / n
                        } else {
                            0.0
                        }
                    })
                    .collect()
            })
            .collect()
    }

    /// The chi-square validity rule on the expected counts.
    pub fn validity(&self) -> Validity {
        let e = self.expected();
        let flat = e.iter().flatten();
        Validity {
            cells: self.rows() * self.cols(),
            below_1: flat.clone().filter(|&&x| x < 1.0).count(),
            below_5: flat.filter(|&&x| x < 5.0).count(),
        }
    }

    /// The same table without the rows and columns that have no answer (they
    /// carry no information and would give expected counts of zero).
    pub fn without_empty(&self) -> ContingencyTable {
        let (rt, ct) = (self.row_totals(), self.col_totals());
        let keep_r: Vec<usize> = (0..self.rows()).filter(|&i| rt[i] > 0).collect();
        let keep_c: Vec<usize> = (0..self.cols()).filter(|&j| ct[j] > 0).collect();
        ContingencyTable {
            row_labels: keep_r.iter().map(|&i| self.row_labels[i].clone()).collect(),
            col_labels: keep_c.iter().map(|&j| self.col_labels[j].clone()).collect(),
            counts: keep_r
                .iter()
                .map(|&i| keep_c.iter().map(|&j| self.counts[i][j]).collect())
                .collect(),
            missing: self.missing,
        }
    }

    /// Merges the category with the fewest answers on `axis` into its
    /// smaller adjacent neighbour (categories are taken as ordered, like age
    /// classes), the label becoming "A + B". `None` when the axis has fewer
    /// than three categories (a merge would leave nothing to compare).
    pub fn merge_smallest_adjacent(&self, axis: Axis) -> Option<ContingencyTable> {
        let t = match axis {
            Axis::Rows => self.clone(),
            Axis::Cols => self.transposed(),
        };
        if t.rows() < 3 {
            return None;
        }
        let totals = t.row_totals();
        let smallest = (0..t.rows()).min_by_key(|&i| (totals[i], i))?;
        let neighbour = match (
            smallest.checked_sub(1),
            (smallest + 1 < t.rows()).then_some(smallest + 1),
        ) {
            (Some(a), Some(b)) => {
                if totals[a] <= totals[b] {
                    a
                } else {
                    b
                }
            }
            (Some(a), None) => a,
            (None, Some(b)) => b,
            (None, None) => return None,
        };
        let (a, b) = (smallest.min(neighbour), smallest.max(neighbour));
        let mut merged = t.clone();
        merged.row_labels[a] = format!("{} + {}", t.row_labels[a], t.row_labels[b]);
        merged.row_labels.remove(b);
        let removed = merged.counts.remove(b);
        for (x, y) in merged.counts[a].iter_mut().zip(removed) {
            *x += y;
        }
        Some(match axis {
            Axis::Rows => merged,
            Axis::Cols => merged.transposed(),
        })
    }

    /// Rows become columns.
    pub fn transposed(&self) -> ContingencyTable {
        ContingencyTable {
            row_labels: self.col_labels.clone(),
            col_labels: self.row_labels.clone(),
            counts: (0..self.cols())
                .map(|j| self.counts.iter().map(|r| r[j]).collect())
                .collect(),
            missing: self.missing,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_are_counted_and_missing_answers_set_apart() {
        let t = ContingencyTable::from_pairs([
            (Some("60+"), Some("no")),
            (Some("18-29"), Some("yes")),
            (Some("9-17"), Some("yes")),
            (Some("60+"), Some("no")),
            (None, Some("no")),
            (Some("18-29"), Some("  ")),
        ]);
        assert_eq!(t.row_labels, ["9-17", "18-29", "60+"]);
        assert_eq!(t.col_labels, ["no", "yes"]);
        assert_eq!(t.counts, [[0, 1], [0, 1], [2, 0]]);
        assert_eq!(t.missing, 2);
    }

    #[test]
    fn expected_counts_and_validity() {
        let t = ContingencyTable::from_counts(&[&[762, 327, 468], &[484, 239, 477]]);
        let e = t.expected();
        assert!((e[0][0] - 1557.0 * 1246.0 / 2757.0).abs() < 1e-9);
        assert!(t.validity().valid());
        let small = ContingencyTable::from_counts(&[&[3, 1, 0], &[0, 2, 4]]);
        let v = small.validity();
        assert_eq!((v.cells, v.below_1, v.below_5), (6, 0, 6));
        assert!(!v.valid());
    }

    #[test]
    fn the_smallest_category_joins_its_smaller_neighbour() {
        let t = ContingencyTable::new(
            vec!["a".into(), "b".into(), "c".into(), "d".into()],
            vec!["x".into(), "y".into()],
            vec![vec![10, 10], vec![1, 2], vec![5, 5], vec![20, 0]],
        );
        let m = t.merge_smallest_adjacent(Axis::Rows).unwrap();
        assert_eq!(m.row_labels, ["a", "b + c", "d"]);
        assert_eq!(m.counts, [[10, 10], [6, 7], [20, 0]]);
        let c = t.merge_smallest_adjacent(Axis::Cols);
        assert!(c.is_none());
    }
}
