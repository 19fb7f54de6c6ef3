//! Belgian company numbers (numéro d'entreprise / ondernemingsnummer, the
//! Crossroads Bank for Enterprises' number): ten digits, the last two a
//! check of the first eight — 97 − (first eight mod 97). Written "0123.456.749",
//! "BE 0123 456 749", "123456749" (the old nine-digit form, a leading 0 added)
//! … all read to the ten digits. In open data (360Giving) an organisation with
//! a known number is `BE-BCE_KBO-<ten digits>`.

/// A valid Belgian company number: ten digits.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CompanyNumber(String);

/// Why a text is not a company number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompanyNumberError {
    Empty,
    /// A character other than digits, spaces, dots, dashes or a leading "BE".
    Character(char),
    /// Not 9 or 10 digits.
    Length(usize),
    /// A ten-digit number must start with 0 or 1.
    FirstDigit,
    /// The check digits do not match.
    Check,
}

impl std::fmt::Display for CompanyNumberError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CompanyNumberError::Empty => write!(f, "empty"),
            CompanyNumberError::Character(c) => write!(f, "the character {c:?} is not expected"),
            CompanyNumberError::Length(n) => write!(f, "{n} digits where 10 are expected"),
            CompanyNumberError::FirstDigit => write!(f, "a company number starts with 0 or 1"),
            CompanyNumberError::Check => {
                write!(
                    f,
                    "the last two digits do not match the first eight (check 97)"
                )
            }
        }
    }
}

impl CompanyNumber {
    pub fn parse(raw: &str) -> Result<CompanyNumber, CompanyNumberError> {
        let s = raw.trim();
        let s = s
            .strip_prefix("BE")
            .or_else(|| s.strip_prefix("be"))
            .unwrap_or(s);
        let mut digits = String::new();
        for c in s.chars() {
            match c {
                '0'..='9' => digits.push(c),
                ' ' | '.' | '-' | '\u{a0}' => {}
                other => return Err(CompanyNumberError::Character(other)),
            }
        }
        if digits.is_empty() {
            return Err(CompanyNumberError::Empty);
        }
        if digits.len() == 9 {
            digits.insert(0, '0');
        }
        if digits.len() != 10 {
            return Err(CompanyNumberError::Length(digits.len()));
        }
        if !digits.starts_with(['0', '1']) {
            return Err(CompanyNumberError::FirstDigit);
        }
        let body: u64 = digits[..8].parse().map_err(|_| CompanyNumberError::Check)?;
        let check: u64 = digits[8..].parse().map_err(|_| CompanyNumberError::Check)?;
        if 97 - body % 97 != check {
            return Err(CompanyNumberError::Check);
        }
        Ok(CompanyNumber(digits))
    }

    /// The ten digits.
    pub fn digits(&self) -> &str {
        &self.0
    }

    /// As people write it: "0123.456.749".
    pub fn display(&self) -> String {
        let d = &self.0;
        format!("{}.{}.{}", &d[..4], &d[4..7], &d[7..])
    }

    /// The organisation identifier of the 360Giving standard (org-id.guide).
    pub fn org_id(&self) -> String {
        format!("BE-BCE_KBO-{}", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_read_in_every_usual_writing_and_checked() {
        // A constructed number: 01234567 mod 97 = 48, 97 − 48 = 49.
        for raw in [
            "0123.456.749",
            "BE 0123 456 749",
            "123456749",
            "0123-456-749",
            "be0123456749",
        ] {
            let n = CompanyNumber::parse(raw).unwrap();
            assert_eq!(n.digits(), "0123456749", "{raw}");
            assert_eq!(n.display(), "0123.456.749");
            assert_eq!(n.org_id(), "BE-BCE_KBO-0123456749");
        }
        assert_eq!(
            CompanyNumber::parse("0123.456.748"),
            Err(CompanyNumberError::Check)
        );
        // 12345678 mod 97 = 3, 97 − 3 = 94: numbers starting with 1 exist too.
        assert!(CompanyNumber::parse("1234.567.894").is_ok());
        assert_eq!(CompanyNumber::parse(""), Err(CompanyNumberError::Empty));
        assert_eq!(
            CompanyNumber::parse("0407x568"),
            Err(CompanyNumberError::Character('x'))
        );
        assert_eq!(
            CompanyNumber::parse("12345"),
            Err(CompanyNumberError::Length(5))
        );
        assert_eq!(
            CompanyNumber::parse("2407568040"),
            Err(CompanyNumberError::FirstDigit)
        );
    }
}
