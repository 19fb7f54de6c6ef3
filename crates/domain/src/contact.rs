//! How to reach a place or a person: phone number, e-mail address, web
//! address. One rule each, used by every form, the import and the API: a value
//! that fails its rule never reaches the database.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A phone number as written (trimmed).
///
/// The rule: 4 to 20 digits; besides digits only spaces (also non-breaking),
/// dots, slashes, hyphens and brackets; a `+` only as the first character.
/// It accepts Belgian numbers however they are written (`02 411 23 32`,
/// `0470 12 34 56`, `0470/12.34.56`, `+32 2 411 23 32`, `+32 (0)2 411 23 32`,
/// `0032 2 411 23 32`), the numbers of the French national data sets
/// (`04 50 56 87 49`, `+33180059880`, `04.94.12.34.56`), their short service
/// numbers (`36 31`, `3646`, like Brussels' own `1718`) and two numbers in one
/// cell (`02 41 37 52 20 / 02 41 37 53 47`, 20 digits). It refuses words
/// ("call me"), a lone `12` and anything longer than two numbers.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PhoneNumber(String);

/// Why a text is not a [`PhoneNumber`]; its `Display` says what is expected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PhoneError {
    #[error("a phone number is needed")]
    Empty,
    #[error(
        "a phone number of digits, with spaces, dots, slashes, hyphens or brackets if you want (found {0:?}), e.g. 02 411 23 32"
    )]
    Character(char),
    #[error("a phone number with + only at the start, e.g. +32 2 411 23 32")]
    PlusInside,
    #[error("a phone number of {min} to {max} digits (found {found}), e.g. 02 411 23 32", min = PhoneNumber::MIN_DIGITS, max = PhoneNumber::MAX_DIGITS)]
    Digits { found: usize },
}

impl PhoneNumber {
    pub const MIN_DIGITS: usize = 4;
    pub const MAX_DIGITS: usize = 20;

    pub fn parse(s: &str) -> Result<PhoneNumber, PhoneError> {
        let s = s.trim();
        if s.is_empty() {
            return Err(PhoneError::Empty);
        }
        if let Some(c) = s
            .chars()
            .find(|c| !(c.is_ascii_digit() || " \u{a0}./-()+".contains(*c)))
        {
            return Err(PhoneError::Character(c));
        }
        if s.chars().skip(1).any(|c| c == '+') {
            return Err(PhoneError::PlusInside);
        }
        let found = s.chars().filter(char::is_ascii_digit).count();
        if !(Self::MIN_DIGITS..=Self::MAX_DIGITS).contains(&found) {
            return Err(PhoneError::Digits { found });
        }
        Ok(PhoneNumber(s.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }

    /// The number in international form without spaces ("+3225551234"):
    /// numbers of a Belgian region (`country` "BE") however they are written
    /// ("02 555 12 34", "0032 2 555 12 34", "+32 (0)2 555 12 34",
    /// "0470/12.34.56"); elsewhere only numbers already written with "+".
    /// `None` when it cannot be told (two numbers, a short number…).
    pub fn international(&self, country: &str) -> Option<String> {
        let s = self.0.replace("(0)", "");
        let plus = s.starts_with('+');
        let digits: String = s.chars().filter(char::is_ascii_digit).collect();
        if country != "BE" {
            return (plus && (8..=15).contains(&digits.len())).then(|| format!("+{digits}"));
        }
        let national = if plus {
            digits.strip_prefix("32")?
        } else if let Some(rest) = digits.strip_prefix("0032") {
            rest
        } else {
            digits.strip_prefix('0')?
        };
        let national = national.strip_prefix('0').unwrap_or(national);
        ((8..=9).contains(&national.len()) && !national.starts_with('0'))
            .then(|| format!("+32{national}"))
    }
}

/// An e-mail address, trimmed and in lower case.
///
/// The rule: one `@` with something before it; after it a domain with a dot
/// inside (not first, not last); no spaces, `<`, `>` or `,` (which would make
/// it several addresses); at most 254 bytes.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Email(String);

/// Why a text is not an [`Email`]; its `Display` says what is expected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EmailError {
    #[error("an e-mail address is needed")]
    Empty,
    #[error(
        "one e-mail address such as name@example.org (found {0:?}, which makes it several or none)"
    )]
    Character(char),
    #[error("an e-mail address such as name@example.org, with one @")]
    At,
    #[error("an e-mail address with a domain such as example.org after the @")]
    Domain,
    #[error("an e-mail address of at most 254 bytes")]
    TooLong,
}

impl Email {
    pub fn parse(s: &str) -> Result<Email, EmailError> {
        let s = s.trim().to_lowercase();
        if s.is_empty() {
            return Err(EmailError::Empty);
        }
        if let Some(c) = s
            .chars()
            .find(|c| c.is_whitespace() || matches!(c, '<' | '>' | ','))
        {
            return Err(EmailError::Character(c));
        }
        let Some((local, domain)) = s.split_once('@') else {
            return Err(EmailError::At);
        };
        if local.is_empty() || domain.contains('@') {
            return Err(EmailError::At);
        }
        if !domain.contains('.') || domain.starts_with('.') || domain.ends_with('.') {
            return Err(EmailError::Domain);
        }
        if s.len() > 254 {
            return Err(EmailError::TooLong);
        }
        Ok(Email(s))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

/// A web address people can follow: `http` or `https`, with a host.
///
/// The rule: the text (trimmed) starts with `http://` or `https://` (in any
/// case), then a host with a dot inside (not first, not last); no spaces or
/// control characters anywhere. Other schemes (`javascript:`, `data:`,
/// `vbscript:`, `ftp:`…) are refused: a link to them runs code or leaves the
/// web, and the directory republishes every address it holds.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct WebAddress(String);

/// Why a text is not a [`WebAddress`]; its `Display` says what is expected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WebAddressError {
    #[error("a web address is needed")]
    Empty,
    /// Another scheme than http(s), e.g. `javascript`.
    #[error(
        "a web address starting with http:// or https:// (not {scheme}:), e.g. https://www.example.org"
    )]
    Scheme { scheme: String },
    /// No scheme at all: `www.example.org`.
    #[error("a full web address starting with http:// or https://, e.g. https://www.example.org")]
    NoScheme,
    #[error("a web address with a host such as www.example.org after https://")]
    Host,
    #[error("a web address without spaces, e.g. https://www.example.org")]
    Space,
}

impl WebAddress {
    pub fn parse(s: &str) -> Result<WebAddress, WebAddressError> {
        let s = s.trim();
        if s.is_empty() {
            return Err(WebAddressError::Empty);
        }
        let lower = s.to_ascii_lowercase();
        let rest = if let Some(r) = lower.strip_prefix("https://") {
            r
        } else if let Some(r) = lower.strip_prefix("http://") {
            r
        } else {
            return Err(match scheme(s) {
                Some(scheme) => WebAddressError::Scheme { scheme },
                None => WebAddressError::NoScheme,
            });
        };
        if s.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(WebAddressError::Space);
        }
        let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
        let host_port = authority.rsplit('@').next().unwrap_or("");
        let host = host_port.split(':').next().unwrap_or("");
        if !host.contains('.') || host.starts_with('.') || host.ends_with('.') {
            return Err(WebAddressError::Host);
        }
        Ok(WebAddress(s.to_owned()))
    }

    /// `s`, or `http://` + `s` when `s` is an address written without its
    /// scheme (`www.example.org`), which files often hold. The second value
    /// says it was completed.
    pub fn parse_or_complete(s: &str) -> Result<(WebAddress, bool), WebAddressError> {
        match WebAddress::parse(s) {
            Err(WebAddressError::NoScheme) => WebAddress::parse(&format!("http://{}", s.trim()))
                .map(|w| (w, true))
                .map_err(|_| WebAddressError::NoScheme),
            other => other.map(|w| (w, false)),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

/// The scheme of `s` ("javascript" in "JavaScript:alert(1)"), as a URL parser
/// reads it: letters first, then letters, digits, `+`, `-` or `.`, then `:`.
/// Browsers drop tabs and newlines inside a URL, so they are dropped here too.
fn scheme(s: &str) -> Option<String> {
    let cleaned: String = s
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let (head, _) = cleaned.split_once(':')?;
    let mut chars = head.chars();
    let first_ok = chars.next().is_some_and(|c| c.is_ascii_alphabetic());
    let rest_ok = chars.all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c));
    (first_ok && rest_ok).then(|| head.to_ascii_lowercase())
}

macro_rules! text_type {
    ($t:ident, $e:ident) => {
        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl AsRef<str> for $t {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl std::str::FromStr for $t {
            type Err = $e;
            fn from_str(s: &str) -> Result<Self, $e> {
                $t::parse(s)
            }
        }

        impl TryFrom<String> for $t {
            type Error = $e;
            fn try_from(s: String) -> Result<Self, $e> {
                $t::parse(&s)
            }
        }

        impl From<$t> for String {
            fn from(v: $t) -> String {
                v.0
            }
        }
    };
}

text_type!(PhoneNumber, PhoneError);
text_type!(Email, EmailError);
text_type!(WebAddress, WebAddressError);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn belgian_and_french_numbers_are_phone_numbers() {
        for ok in [
            "02 411 23 32",
            "0470 12 34 56",
            "+32 2 411 23 32",
            "0032 2 411 23 32",
            "+32 (0)2 555 12 34",
            "0470/12.34.56",
            "+32 470 12 34 56",
            "04 50 56 87 49",
            "+33180059880",
            "04.94.12.34.56",
            "02 41 78 3 84",
            "36 31",
            "3646",
            "1718",
            "02 41 37 52 20 / 02 41 37 53 47",
            "04 94  12 34 56",
            " 02 411 23 32 ",
        ] {
            assert!(PhoneNumber::parse(ok).is_ok(), "{ok}");
        }
        assert_eq!(
            PhoneNumber::parse(" 02 411 23 32 ").unwrap().as_str(),
            "02 411 23 32"
        );
    }

    #[test]
    fn words_short_and_long_numbers_are_not() {
        assert_eq!(PhoneNumber::parse(""), Err(PhoneError::Empty));
        assert_eq!(
            PhoneNumber::parse("call me"),
            Err(PhoneError::Character('c'))
        );
        assert_eq!(
            PhoneNumber::parse("12"),
            Err(PhoneError::Digits { found: 2 })
        );
        assert_eq!(
            PhoneNumber::parse("32+2 411 23 32"),
            Err(PhoneError::PlusInside)
        );
        assert!(PhoneNumber::parse("02 411 23 32 / 02 411 23 33 / 02 411 23 34").is_err());
        assert!(
            PhoneNumber::parse("12")
                .unwrap_err()
                .to_string()
                .contains("4 to 20 digits")
        );
    }

    #[test]
    fn international_form() {
        let i = |s: &str, c: &str| PhoneNumber::parse(s).unwrap().international(c);
        assert_eq!(i("02 555 12 34", "BE").as_deref(), Some("+3225551234"));
        assert_eq!(i("0470/12.34.56", "BE").as_deref(), Some("+32470123456"));
        assert_eq!(i("0032 2 555 12 34", "BE").as_deref(), Some("+3225551234"));
        assert_eq!(
            i("+32 (0)2 555 12 34", "BE").as_deref(),
            Some("+3225551234")
        );
        assert_eq!(i("1718", "BE"), None);
        assert_eq!(i("04 50 56 87 49", "FR"), None);
        assert_eq!(
            i("+33 1 80 05 98 80", "FR").as_deref(),
            Some("+33180059880")
        );
    }

    #[test]
    fn email_addresses() {
        assert_eq!(
            Email::parse(" Anna@EPN.be ").unwrap().as_str(),
            "anna@epn.be"
        );
        assert_eq!(Email::parse("anna"), Err(EmailError::At));
        assert_eq!(Email::parse("anna@localhost"), Err(EmailError::Domain));
        assert_eq!(Email::parse("twitter@cpam49"), Err(EmailError::Domain));
        assert_eq!(Email::parse("a@b@c.org"), Err(EmailError::At));
        assert_eq!(Email::parse("@c.org"), Err(EmailError::At));
        assert_eq!(Email::parse("a@.org"), Err(EmailError::Domain));
        assert_eq!(
            Email::parse("a@b.org - c@d.org"),
            Err(EmailError::Character(' '))
        );
        assert_eq!(
            Email::parse("a@b.org,c@d.org"),
            Err(EmailError::Character(','))
        );
        assert_eq!(
            Email::parse("https://www.example.org/contact"),
            Err(EmailError::At)
        );
        assert!(Email::parse(&format!("{}@example.org", "a".repeat(250))).is_err());
    }

    #[test]
    fn web_addresses_are_http_or_https_with_a_host() {
        for ok in [
            "https://www.example.org",
            "http://example.org/a b".replace(' ', "%20").as_str(),
            "HTTPS://Example.ORG/path?q=1#top",
            "https://user@example.org:8443/x",
            " https://example.org ",
        ] {
            assert!(WebAddress::parse(ok).is_ok(), "{ok}");
        }
        for (bad, scheme) in [
            ("javascript:alert(1)", "javascript"),
            ("JavaScript:alert(document.cookie)", "javascript"),
            ("java\tscript:alert(1)", "javascript"),
            ("data:text/html;base64,PHNjcmlwdD4=", "data"),
            ("vbscript:msgbox(1)", "vbscript"),
            ("ftp://example.org", "ftp"),
            ("mailto:a@example.org", "mailto"),
        ] {
            assert_eq!(
                WebAddress::parse(bad),
                Err(WebAddressError::Scheme {
                    scheme: scheme.into()
                }),
                "{bad}"
            );
        }
        assert_eq!(
            WebAddress::parse("www.example.org"),
            Err(WebAddressError::NoScheme)
        );
        assert_eq!(
            WebAddress::parse("https://localhost"),
            Err(WebAddressError::Host)
        );
        assert_eq!(WebAddress::parse("https://"), Err(WebAddressError::Host));
        assert_eq!(
            WebAddress::parse("https://exa mple.org"),
            Err(WebAddressError::Space)
        );
        assert_eq!(
            WebAddress::parse("https://example.org/\njavascript:x"),
            Err(WebAddressError::Space)
        );
    }

    #[test]
    fn addresses_without_scheme_can_be_completed() {
        assert_eq!(
            WebAddress::parse_or_complete("www.example.org").unwrap(),
            (WebAddress("http://www.example.org".into()), true)
        );
        assert_eq!(
            WebAddress::parse_or_complete("https://example.org").unwrap(),
            (WebAddress("https://example.org".into()), false)
        );
        assert!(WebAddress::parse_or_complete("javascript:alert(1)").is_err());
        assert!(WebAddress::parse_or_complete("not an address").is_err());
    }

    #[test]
    fn serde_goes_through_the_rule() {
        let w: WebAddress = serde_json::from_str("\"https://example.org\"").unwrap();
        assert_eq!(
            serde_json::to_string(&w).unwrap(),
            "\"https://example.org\""
        );
        assert!(serde_json::from_str::<WebAddress>("\"javascript:alert(1)\"").is_err());
    }
}
