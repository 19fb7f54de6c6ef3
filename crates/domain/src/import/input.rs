//! Reading the bytes of a CSV or JSON file into rows of cells, with clear
//! errors for the file as a whole (encoding, delimiter, JSON syntax).

use std::collections::HashMap;

use super::mapping::{Encoding, InputFormat, Mapping};
use super::{DelimiterHint, Expected, FileError, JsonPathProblem, RecordHint, RowError, RowPos};

/// One value of a row.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    List(Vec<String>),
}

/// A row of the input, whatever its format.
pub trait Row {
    /// The value of `column`; `None` when absent, null or blank.
    fn get(&self, column: &str) -> Option<Cell>;
}

/// A CSV record with its header.
pub struct CsvRow<'a> {
    pub header: &'a HashMap<String, usize>,
    pub record: &'a csv::StringRecord,
}

impl Row for CsvRow<'_> {
    fn get(&self, column: &str) -> Option<Cell> {
        let i = *self.header.get(column)?;
        let v = self.record.get(i)?.trim();
        (!v.is_empty()).then(|| Cell::Text(v.to_owned()))
    }
}

/// A JSON object; columns are keys, or dotted paths into nested objects.
pub struct JsonRow<'a>(pub &'a serde_json::Map<String, serde_json::Value>);

fn json_path<'v>(
    obj: &'v serde_json::Map<String, serde_json::Value>,
    path: &str,
) -> Option<&'v serde_json::Value> {
    if let Some(v) = obj.get(path) {
        return Some(v);
    }
    let mut parts = path.split('.');
    let mut v = obj.get(parts.next()?)?;
    for p in parts {
        v = match v {
            serde_json::Value::Object(o) => o.get(p)?,
            serde_json::Value::Array(a) => a.get(p.parse::<usize>().ok()?)?,
            _ => return None,
        };
    }
    Some(v)
}

fn scalar(v: &serde_json::Value) -> Option<String> {
    use serde_json::Value as V;
    let s = match v {
        V::Null => return None,
        V::String(s) => s.trim().to_owned(),
        V::Number(n) => n.to_string(),
        V::Bool(b) => b.to_string(),
        other => other.to_string(),
    };
    (!s.is_empty()).then_some(s)
}

impl Row for JsonRow<'_> {
    fn get(&self, column: &str) -> Option<Cell> {
        match json_path(self.0, column)? {
            serde_json::Value::Array(items) => {
                let items: Vec<String> = items.iter().filter_map(scalar).collect();
                (!items.is_empty()).then_some(Cell::List(items))
            }
            v => scalar(v).map(Cell::Text),
        }
    }
}

/// Decodes the bytes as text: strips a UTF-8 byte-order mark, and explains
/// where a file that is not in the expected encoding goes wrong.
pub fn decode(bytes: &[u8], encoding: Encoding) -> Result<String, FileError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match encoding {
        Encoding::Utf8 => match std::str::from_utf8(bytes) {
            Ok(s) => Ok(s.to_owned()),
            Err(e) => {
                let at = e.valid_up_to();
                let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() as u64 + 1;
                let byte = bytes[at];
                let as_1252 = windows_1252_char(byte);
                Err(FileError::Encoding {
                    line,
                    byte,
                    guess: as_1252,
                })
            }
        },
        Encoding::Latin1 => Ok(bytes.iter().map(|&b| b as char).collect()),
        Encoding::Windows1252 => Ok(bytes.iter().map(|&b| windows_1252_char(b)).collect()),
    }
}

/// The character a Windows-1252 byte stands for (Latin-1 plus 0x80–0x9F).
fn windows_1252_char(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž',
        '\u{8F}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => HIGH[(b - 0x80) as usize],
        _ => b as char,
    }
}

/// Counts each candidate delimiter outside quotes on the first line.
pub fn sniff_delimiter(text: &str) -> u8 {
    let mut counts = [(b',', 0usize), (b';', 0), (b'\t', 0), (b'|', 0)];
    let mut quoted = false;
    for b in text.bytes() {
        match b {
            b'"' => quoted = !quoted,
            b'\n' if !quoted => break,
            _ if !quoted => {
                if let Some(c) = counts.iter_mut().find(|(d, _)| *d == b) {
                    c.1 += 1;
                }
            }
            _ => {}
        }
    }
    counts
        .iter()
        .max_by_key(|(_, n)| *n)
        .map(|(d, _)| *d)
        .filter(|_| counts.iter().any(|(_, n)| *n > 0))
        .unwrap_or(b',')
}

fn header_with(text: &str, delimiter: u8) -> Vec<String> {
    let mut r = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rec = csv::StringRecord::new();
    match r.read_record(&mut rec) {
        Ok(true) => rec.iter().map(|h| h.trim().to_owned()).collect(),
        _ => Vec::new(),
    }
}

/// A longer value than this is an error (a broken quote swallowing the file).
pub const MAX_FIELD_BYTES: usize = 64 * 1024;

/// Calls `f` on every CSV record (with its 1-based line) that has the header's
/// shape; malformed records become row errors.
pub fn csv_rows(
    text: &str,
    mapping: &Mapping,
    errors: &mut Vec<RowError>,
    mut f: impl FnMut(RowPos, &dyn Row),
) -> Result<usize, FileError> {
    let delimiter = mapping.delimiter.unwrap_or_else(|| sniff_delimiter(text));
    let header = header_with(text, delimiter);
    if header.iter().all(|h| h.is_empty()) {
        return Err(FileError::Empty);
    }
    let index: HashMap<String, usize> = header
        .iter()
        .enumerate()
        .map(|(i, h)| (h.clone(), i))
        .collect();
    let missing: Vec<String> = mapping
        .columns()
        .into_iter()
        .filter(|c| !index.contains_key(c))
        .collect();
    if !missing.is_empty() {
        let hint = [b',', b';', b'\t', b'|']
            .into_iter()
            .filter(|&d| d != delimiter)
            .find(|&d| {
                let h = header_with(text, d);
                mapping.columns().iter().all(|c| h.contains(c))
            })
            .map(|d| DelimiterHint {
                found: d as char,
                used: delimiter as char,
            });
        return Err(FileError::MissingColumns {
            missing,
            found: header.iter().take(30).cloned().collect(),
            hint,
        });
    }
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(true)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rec = csv::StringRecord::new();
    let mut rows = 0;
    loop {
        let line = reader.position().line();
        match reader.read_record(&mut rec) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                rows += 1;
                errors.push(RowError::new(
                    RowPos::Line(line),
                    "(row)",
                    "",
                    Expected::CsvRecord {
                        detail: e.to_string(),
                    },
                ));
                continue;
            }
        }
        rows += 1;
        let line = rec.position().map_or(line, |p| p.line());
        let next_line = reader.position().line();
        if rec.len() == 1 && rec.get(0).is_some_and(|v| v.trim().is_empty()) {
            continue; // a blank line
        }
        let long = rec.iter().position(|v| v.len() > MAX_FIELD_BYTES);
        if rec.len() != header.len() || long.is_some() {
            let spans = next_line.saturating_sub(line);
            let preview: String = rec
                .iter()
                .collect::<Vec<_>>()
                .join(&(delimiter as char).to_string())
                .chars()
                .take(80)
                .collect();
            let hint = if spans > 2 || long.is_some() {
                Some(RecordHint::UnclosedQuote {
                    from: line,
                    to: next_line.max(line + 1) - 1,
                })
            } else if rec.len() > header.len() {
                Some(RecordHint::UnquotedDelimiter)
            } else {
                None
            };
            let expected = if rec.len() != header.len() {
                Expected::Values {
                    header: header.len(),
                    delimiter: delimiter as char,
                    found: rec.len(),
                    hint,
                }
            } else {
                Expected::ShortValues {
                    max: MAX_FIELD_BYTES,
                    hint,
                }
            };
            errors.push(RowError::new(
                RowPos::Line(line),
                "(row)",
                preview,
                expected,
            ));
            continue;
        }
        f(
            RowPos::Line(line),
            &CsvRow {
                header: &index,
                record: &rec,
            },
        );
    }
    Ok(rows)
}

/// Calls `f` on every object of the array at the mapping's `json_path`.
pub fn json_rows(
    text: &str,
    mapping: &Mapping,
    errors: &mut Vec<RowError>,
    mut f: impl FnMut(RowPos, &dyn Row),
) -> Result<usize, FileError> {
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| FileError::Json {
        line: e.line() as u64,
        column: e.column() as u64,
        message: e.to_string(),
    })?;
    let path = mapping.json_path.as_deref().unwrap_or("");
    let mut at = &value;
    if !path.is_empty() {
        for p in path.split('.') {
            at = match at {
                serde_json::Value::Object(o) => o.get(p),
                serde_json::Value::Array(a) => p.parse::<usize>().ok().and_then(|i| a.get(i)),
                _ => None,
            }
            .ok_or_else(|| FileError::JsonPath {
                path: path.to_owned(),
                problem: JsonPathProblem::NoKey { key: p.to_owned() },
            })?;
        }
    }
    let serde_json::Value::Array(items) = at else {
        let keys: Vec<String> = match at {
            serde_json::Value::Object(o) => o.keys().take(20).cloned().collect(),
            _ => Vec::new(),
        };
        return Err(FileError::JsonPath {
            path: if path.is_empty() {
                "(the root)".into()
            } else {
                path.to_owned()
            },
            problem: if keys.is_empty() {
                JsonPathProblem::NotArray
            } else {
                JsonPathProblem::Object { keys }
            },
        });
    };
    // A column no object has is a mistake in the mapping, not in the data.
    let columns = mapping.columns();
    let missing: Vec<String> = columns
        .iter()
        .filter(|c| {
            !items.iter().any(|i| match i {
                serde_json::Value::Object(o) => json_path(o, c).is_some(),
                _ => false,
            })
        })
        .cloned()
        .collect();
    if !items.is_empty() && !missing.is_empty() {
        let found = items
            .iter()
            .find_map(|i| i.as_object())
            .map(|o| o.keys().take(30).cloned().collect())
            .unwrap_or_default();
        return Err(FileError::MissingColumns {
            missing,
            found,
            hint: None,
        });
    }
    for (i, item) in items.iter().enumerate() {
        match item {
            serde_json::Value::Object(o) => f(RowPos::Index(i), &JsonRow(o)),
            other => {
                let v = other.to_string();
                errors.push(RowError::new(
                    RowPos::Index(i),
                    "(row)",
                    v.chars().take(80).collect::<String>(),
                    Expected::Object,
                ))
            }
        }
    }
    Ok(items.len())
}

/// Reads `text` in the mapping's format.
pub fn rows(
    text: &str,
    mapping: &Mapping,
    errors: &mut Vec<RowError>,
    f: impl FnMut(RowPos, &dyn Row),
) -> Result<usize, FileError> {
    match mapping.format {
        InputFormat::Csv => csv_rows(text, mapping, errors, f),
        InputFormat::Json => json_rows(text, mapping, errors, f),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin1_bytes_are_located() {
        let bytes = b"id,nom\n1,Caf\xe9\n";
        match decode(bytes, Encoding::Utf8) {
            Err(FileError::Encoding { line, byte, guess }) => {
                assert_eq!((line, byte, guess), (2, 0xE9, 'é'));
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(decode(bytes, Encoding::Latin1).unwrap(), "id,nom\n1,Café\n");
        assert_eq!(decode(b"\x80", Encoding::Windows1252).unwrap(), "€");
        assert_eq!(decode(b"\xEF\xBB\xBFa", Encoding::Utf8).unwrap(), "a");
    }

    #[test]
    fn sniffs_the_delimiter() {
        assert_eq!(sniff_delimiter("a;b;\"c,d\"\n1,2,3"), b';');
        assert_eq!(sniff_delimiter("a,b\n"), b',');
        assert_eq!(sniff_delimiter("a\tb\tc\n"), b'\t');
    }
}
