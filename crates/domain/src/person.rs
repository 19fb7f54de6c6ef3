//! A person booked on a session or sent by a referrer is known by a first
//! name or a nickname only (data minimisation): one rule for both.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A first name or a nickname, trimmed.
///
/// The rule: 1 to [`FirstName::MAX_CHARS`] characters once trimmed, without
/// control characters (a line break or a tab would break the lists and
/// exports that show it).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct FirstName(String);

/// Why a text is not a [`FirstName`]; its `Display` says what is expected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum FirstNameError {
    #[error("a first name or a nickname")]
    Empty,
    #[error("a first name or a nickname of at most {max} characters", max = FirstName::MAX_CHARS)]
    TooLong,
    #[error("a first name or a nickname on one line, without tabs")]
    Control,
}

impl FirstName {
    pub const MAX_CHARS: usize = 60;

    pub fn parse(s: &str) -> Result<FirstName, FirstNameError> {
        let s = s.trim();
        if s.is_empty() {
            Err(FirstNameError::Empty)
        } else if s.chars().count() > Self::MAX_CHARS {
            Err(FirstNameError::TooLong)
        } else if s.chars().any(char::is_control) {
            Err(FirstNameError::Control)
        } else {
            Ok(FirstName(s.to_owned()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

impl fmt::Display for FirstName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for FirstName {
    type Error = FirstNameError;
    fn try_from(s: String) -> Result<Self, FirstNameError> {
        FirstName::parse(&s)
    }
}

impl From<FirstName> for String {
    fn from(n: FirstName) -> String {
        n.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_names() {
        assert_eq!(FirstName::parse("  Amina ").unwrap().as_str(), "Amina");
        assert_eq!(FirstName::parse(" "), Err(FirstNameError::Empty));
        assert_eq!(
            FirstName::parse(&"a".repeat(61)),
            Err(FirstNameError::TooLong)
        );
        assert!(FirstName::parse(&"é".repeat(60)).is_ok());
        assert_eq!(FirstName::parse("Ami\nna"), Err(FirstNameError::Control));
    }
}
