//! Postcodes: one format rule for every country a file may come from, and the
//! region's own list to tell a postcode of the region from another.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::region::{PostcodeArea, Region};

/// A postcode, trimmed and in upper case.
///
/// The rule (the format of any country): 3 to 10 letters, digits, spaces or
/// hyphens, with at least one digit: `1080`, `49000`, `L-1234`, `SW1A 1AA`.
/// Whether it is a postcode *of the region* is [`Postcode::in_region`]: the
/// forms of a place in the region ask for one, while the import's
/// `--outside-region accept` lets other postcodes in with this rule only.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Postcode(String);

/// Why a text is not a [`Postcode`]; its `Display` says what is expected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PostcodeError {
    #[error("a postcode is needed")]
    Empty,
    #[error("a postcode (3 to 10 letters and digits, e.g. 1080 or 49000)")]
    Format,
}

impl Postcode {
    pub fn parse(s: &str) -> Result<Postcode, PostcodeError> {
        let s = s.trim().to_uppercase();
        if s.is_empty() {
            return Err(PostcodeError::Empty);
        }
        let ok = (3..=10).contains(&s.len())
            && s.chars().any(|c| c.is_ascii_digit())
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == ' ' || c == '-');
        if ok {
            Ok(Postcode(s))
        } else {
            Err(PostcodeError::Format)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }

    /// Is it one of the region's postcodes?
    pub fn in_region(&self, region: &Region) -> bool {
        region.postcode(&self.0).is_some()
    }

    /// The region's area of this postcode, if it is one of the region's.
    pub fn area<'r>(&self, region: &'r Region) -> Option<&'r PostcodeArea> {
        region.postcode(&self.0)
    }
}

impl fmt::Display for Postcode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for Postcode {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl std::str::FromStr for Postcode {
    type Err = PostcodeError;
    fn from_str(s: &str) -> Result<Self, PostcodeError> {
        Postcode::parse(s)
    }
}

impl TryFrom<String> for Postcode {
    type Error = PostcodeError;
    fn try_from(s: String) -> Result<Self, PostcodeError> {
        Postcode::parse(&s)
    }
}

impl From<Postcode> for String {
    fn from(p: Postcode) -> String {
        p.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postcodes_of_any_country() {
        for (raw, want) in [
            ("1080", "1080"),
            (" 49000 ", "49000"),
            ("l-1234", "L-1234"),
            ("SW1A 1AA", "SW1A 1AA"),
            ("108", "108"),
        ] {
            assert_eq!(Postcode::parse(raw).unwrap().as_str(), want);
        }
        assert_eq!(Postcode::parse(""), Err(PostcodeError::Empty));
        for bad in ["10", "ABCD", "12345678901", "<script>", "10/80"] {
            assert_eq!(Postcode::parse(bad), Err(PostcodeError::Format), "{bad}");
        }
    }

    #[test]
    fn the_region_knows_its_postcodes() {
        let region =
            Region::from_toml(include_str!("../../../data/regions/brussels/region.toml")).unwrap();
        assert!(Postcode::parse("1080").unwrap().in_region(&region));
        assert!(!Postcode::parse("49000").unwrap().in_region(&region));
        assert!(!Postcode::parse("1300").unwrap().in_region(&region));
        let area = Postcode::parse("1080").unwrap().area(&region).unwrap();
        assert_eq!(area.code, "1080");
    }
}
