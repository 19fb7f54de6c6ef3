//! Answers files: one row per answer, one column per question (an export of
//! Passerelle or of any survey tool). Parsed from text, the delimiter sniffed
//! from the header line.

use super::table::ContingencyTable;

/// What can go wrong reading an answers file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AnswersError {
    #[error("the file is empty: it needs a header line naming the questions")]
    Empty,
    #[error("no column {name:?}; the columns are: {}", available.join(", "))]
    MissingColumn {
        name: String,
        available: Vec<String>,
    },
    #[error("line {line}: {message}")]
    Line { line: u64, message: String },
}

/// The delimiter of the header line: the most frequent of `,`, `;` and tab
/// outside quotes, `,` when none appears.
pub fn sniff_delimiter(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or("");
    let mut counts = [(b',', 0usize), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for b in header.bytes() {
        if b == b'"' {
            quoted = !quoted;
        } else if !quoted {
            for (d, n) in counts.iter_mut() {
                if *d == b {
                    *n += 1;
                }
            }
        }
    }
    // Ties go to the earlier one: `,` first.
    counts
        .iter()
        .fold(
            (b',', 0),
            |best, &(d, n)| if n > best.1 { (d, n) } else { best },
        )
        .0
}

/// Crosses two columns of an answers file into a contingency table. Blank
/// values are missing answers (counted apart).
pub fn cross_from_csv(
    text: &str,
    rows: &str,
    cols: &str,
) -> Result<ContingencyTable, AnswersError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(AnswersError::Empty);
    }
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(sniff_delimiter(text))
        .flexible(false)
        .from_reader(text.as_bytes());
    let line_of = |e: &csv::Error| e.position().map_or(1, |p| p.line());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| AnswersError::Line {
            line: line_of(&e),
            message: e.to_string(),
        })?
        .iter()
        .map(|h| h.trim().to_owned())
        .collect();
    let find = |name: &str| {
        headers
            .iter()
            .position(|h| h == name)
            .ok_or_else(|| AnswersError::MissingColumn {
                name: name.to_owned(),
                available: headers.clone(),
            })
    };
    let (ri, ci) = (find(rows)?, find(cols)?);
    let mut pairs: Vec<(Option<String>, Option<String>)> = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            let message = match e.kind() {
                csv::ErrorKind::UnequalLengths {
                    expected_len, len, ..
                } => {
                    format!("{len} fields where the header has {expected_len}")
                }
                _ => e.to_string(),
            };
            AnswersError::Line {
                line: line_of(&e),
                message,
            }
        })?;
        pairs.push((
            record.get(ri).map(str::to_owned),
            record.get(ci).map(str::to_owned),
        ));
    }
    Ok(ContingencyTable::from_pairs(
        pairs.iter().map(|(r, c)| (r.as_deref(), c.as_deref())),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn semicolons_are_sniffed_and_blanks_are_missing() {
        let t = cross_from_csv(
            "\u{feff}id;age;device\n1;60+;none\n2;18-29;laptop\n3;;laptop\n",
            "age",
            "device",
        )
        .unwrap();
        assert_eq!(t.row_labels, ["18-29", "60+"]);
        assert_eq!(t.counts, [[1, 0], [0, 1]]);
        assert_eq!(t.missing, 1);
    }

    #[test]
    fn errors_name_the_column_or_the_line() {
        let e = cross_from_csv("age,device\n60+,none\n", "gender", "device").unwrap_err();
        assert_eq!(
            e.to_string(),
            "no column \"gender\"; the columns are: age, device"
        );
        let e = cross_from_csv("age,device\n60+,none\n18-29\n", "age", "device").unwrap_err();
        assert_eq!(e.to_string(), "line 3: 1 fields where the header has 2");
        assert_eq!(
            cross_from_csv(" \n", "a", "b").unwrap_err(),
            AnswersError::Empty
        );
    }

    #[test]
    fn quoted_commas_do_not_count() {
        assert_eq!(sniff_delimiter("\"a,b\";c;d\n"), b';');
        assert_eq!(sniff_delimiter("a\tb\n"), b'\t');
        assert_eq!(sniff_delimiter("single\n"), b',');
    }
}
