//! What a report says about a row, machine-readable: each bad value has an
//! [`Expected`] (what it should have been) and each warning a [`Note`], with
//! their arguments, so that a report can be shown in any language. Their
//! `Display` is the English text of the command line.

use std::fmt;

use super::RowPos;
use crate::vocab::VocabKind;

/// How a delimiter is named in the English report: `tab` or `';'`.
pub(crate) fn delimiter_name(d: char) -> String {
    match d {
        '\t' => "tab".into(),
        d => format!("'{d}'"),
    }
}

/// Where a broken CSV record probably comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecordHint {
    /// The record runs over several lines: a quote is probably not closed.
    UnclosedQuote { from: u64, to: u64 },
    /// More values than the header: a value holding the delimiter is not quoted.
    UnquotedDelimiter,
}

impl fmt::Display for RecordHint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RecordHint::UnclosedQuote { from, to } => write!(
                f,
                "this record runs from line {from} to line {to}: a quote is probably not closed"
            ),
            RecordHint::UnquotedDelimiter => {
                f.write_str("a value holding the delimiter must be quoted")
            }
        }
    }
}

/// What a bad value should have been.
#[derive(Debug, Clone, PartialEq)]
pub enum Expected {
    /// A name is missing.
    Name,
    /// A name without any letter.
    NameWithLetter,
    NameMaxChars {
        max: usize,
    },
    /// No stable id in these columns (joined with " + ").
    Id {
        columns: String,
    },
    IdMaxBytes {
        max: usize,
    },
    /// The same id is also used at these rows.
    IdOnce {
        also_at: Vec<RowPos>,
    },
    /// A value longer than this.
    MaxBytes {
        max: usize,
    },
    /// A code of a vocabulary (listed), or a value the mapping maps.
    Code {
        vocab: VocabKind,
        codes: Vec<String>,
    },
    /// epn, project or other.
    PlaceKind,
    /// none, labelled, withdrawn or refused.
    Label,
    /// yes or no.
    YesNo,
    KnownValue,
    Number,
    /// A whole number from 0 to `max`.
    Count {
        max: u32,
    },
    /// "latitude,longitude" in one cell.
    Coordinates,
    Latitude,
    Longitude,
    /// Only one of latitude and longitude is given (this one).
    BothCoordinates {
        given: String,
    },
    Postcode,
    /// Neither a postcode nor a commune.
    PostcodeOrCommune,
    /// A postcode or commune of this region (the row is outside it).
    InRegion {
        region: String,
    },
    /// Opening hours in OpenStreetMap syntax; `detail` is the parser's message (English).
    OpeningHours {
        detail: String,
    },
    Email,
    /// A phone number (the rule of [`PhoneNumber`](crate::contact::PhoneNumber)).
    Phone,
    /// An http(s) web address (the rule of [`WebAddress`](crate::contact::WebAddress)).
    WebAddress,
    Date,
    /// A CSV record the reader could not read; `detail` is the reader's message (English).
    CsvRecord {
        detail: String,
    },
    /// As many values as the header, separated by the delimiter.
    Values {
        header: usize,
        delimiter: char,
        found: usize,
        hint: Option<RecordHint>,
    },
    /// Values shorter than `max` bytes.
    ShortValues {
        max: usize,
        hint: Option<RecordHint>,
    },
    /// A JSON object (the array holds something else).
    Object,
}

impl fmt::Display for Expected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use Expected as E;
        match self {
            E::Name => f.write_str("a name"),
            E::NameWithLetter => f.write_str("a name (with at least one letter)"),
            E::NameMaxChars { max } => write!(f, "a name of at most {max} characters"),
            E::Id { columns } => write!(f, "a stable id in {columns}"),
            E::IdMaxBytes { max } => write!(f, "an id of at most {max} bytes"),
            E::IdOnce { also_at } => {
                let at: Vec<String> = also_at.iter().map(|a| a.to_string()).collect();
                write!(f, "an id used once in the file (also at {})", at.join(", "))
            }
            E::MaxBytes { max } => write!(f, "at most {max} bytes"),
            E::Code { vocab, codes } => write!(
                f,
                "a {} code ({}) or a value the mapping maps",
                vocab.key_prefix(),
                codes.join(", ")
            ),
            E::PlaceKind => f.write_str("epn, project or other, or a value the mapping maps"),
            E::Label => {
                f.write_str("none, labelled, withdrawn or refused, or a value the mapping maps")
            }
            E::YesNo => {
                f.write_str("yes or no (oui/non, true/false, 1/0), or a value the mapping maps")
            }
            E::KnownValue => f.write_str("a known value"),
            E::Number => f.write_str("a number"),
            E::Count { max } => write!(f, "a whole number from 0 to {max}"),
            E::Coordinates => f.write_str("\"latitude,longitude\" in decimal degrees"),
            E::Latitude => f.write_str("a latitude between -90 and 90"),
            E::Longitude => f.write_str("a longitude between -180 and 180"),
            E::BothCoordinates { given } => {
                write!(
                    f,
                    "both latitude and longitude (only one is given: {given})"
                )
            }
            E::Postcode => {
                f.write_str("a postcode (3 to 10 letters and digits, e.g. 1080 or 49000)")
            }
            E::PostcodeOrCommune => {
                f.write_str("a postcode or a commune (to place the entry in a municipality)")
            }
            E::InRegion { region } => write!(f, "{} {region}", super::OUTSIDE_REGION),
            E::OpeningHours { detail } => write!(
                f,
                "opening hours in OpenStreetMap syntax such as \"Mo-Fr 09:00-12:00,14:00-17:00\" ({detail}); or set keep_invalid_hours = true in the mapping to keep the text"
            ),
            E::Email => f.write_str("an e-mail address such as name@example.org"),
            E::Phone => f.write_str(
                "a phone number of 4 to 20 digits, with spaces, dots, slashes, hyphens or brackets, + only at the start (e.g. 02 411 23 32 or +32 2 411 23 32)",
            ),
            E::WebAddress => f.write_str(
                "a web address starting with http:// or https:// and a host, e.g. https://www.example.org (other schemes such as javascript: are refused)",
            ),
            E::Date => f.write_str("a date (YYYY-MM-DD or DD/MM/YYYY)"),
            E::CsvRecord { detail } => write!(f, "a CSV record ({detail})"),
            E::Values {
                header,
                delimiter,
                found,
                hint,
            } => {
                write!(
                    f,
                    "{header} values separated by {} like the header, found {found}",
                    delimiter_name(*delimiter)
                )?;
                match hint {
                    Some(h) => write!(f, "; {h}"),
                    None => Ok(()),
                }
            }
            E::ShortValues { max, hint } => {
                write!(f, "values shorter than {max} bytes")?;
                match hint {
                    Some(h) => write!(f, "; {h}"),
                    None => Ok(()),
                }
            }
            E::Object => f.write_str("an object"),
        }
    }
}

/// Why a value was imported as it is, or left out, with a warning.
#[derive(Debug, Clone, PartialEq)]
pub enum Note {
    /// A value the mapping maps to no code: left out.
    NoCode,
    /// Coordinates 0,0: left out.
    NoPlace,
    /// The postcode is not one of this commune's: kept as written.
    PostcodeNotOfCommune { commune: String },
    /// The commune is not one of this postcode's: the postcode's main commune is used.
    CommuneNotOfPostcode { postcode: String },
    /// Text that looks wrongly encoded: kept as written.
    Misencoded,
    /// Unreadable opening hours kept as written; `detail` is the parser's message (English).
    HoursKept { detail: String },
    /// An e-mail address whose domain has no dot (`name@town`): left out.
    EmailLeftOut,
    /// A web address written without `http://`: imported as `address`.
    WebAddressCompleted { address: String },
    /// A broken http(s) address (spaces inside, no host): left out.
    WebAddressLeftOut,
}

impl fmt::Display for Note {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Note::NoCode => f.write_str("no code for this value: left out"),
            Note::NoPlace => f.write_str("0,0 is no place: left out"),
            Note::PostcodeNotOfCommune { commune } => write!(
                f,
                "does not belong to commune {commune}: kept as written (passerelle check will list it)"
            ),
            Note::CommuneNotOfPostcode { postcode } => write!(
                f,
                "not a commune of postcode {postcode}: the postcode's main commune is used"
            ),
            Note::Misencoded => f.write_str(
                "looks wrongly encoded (\"Ã©\" for \"é\"): kept as written, fix it at the source",
            ),
            Note::HoursKept { detail } => write!(
                f,
                "not readable ({detail}): kept as written, shown with \"call before you go\""
            ),
            Note::EmailLeftOut => {
                f.write_str("not an address mail can be sent to (its domain has no dot): left out")
            }
            Note::WebAddressCompleted { address } => {
                write!(f, "written without http://: imported as {address}")
            }
            Note::WebAddressLeftOut => f.write_str(
                "not a web address that can be followed (spaces inside, or no host): left out",
            ),
        }
    }
}

/// What is wrong with a `json_path`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JsonPathProblem {
    /// There is no such key (or index) on the way.
    NoKey { key: String },
    /// The value there is not an array of objects.
    NotArray,
    /// The value there is an object with these keys (the first 20).
    Object { keys: Vec<String> },
}

impl fmt::Display for JsonPathProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            JsonPathProblem::NoKey { key } => write!(f, "there is no {key:?} there"),
            JsonPathProblem::NotArray => f.write_str("it is not an array of objects"),
            JsonPathProblem::Object { keys } => write!(
                f,
                "it is an object (keys: {}), not an array; set json_path to the key of the array",
                keys.join(", ")
            ),
        }
    }
}

/// The header reads as the mapping expects with another delimiter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DelimiterHint {
    /// The delimiter with which the header has every column of the mapping.
    pub found: char,
    /// The delimiter the file was read with.
    pub used: char,
}

impl fmt::Display for DelimiterHint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "the file seems to be separated by {} and the import read it with {}: set delimiter in the mapping",
            delimiter_name(self.found),
            delimiter_name(self.used)
        )
    }
}
