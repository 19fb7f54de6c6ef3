//! Money: amounts in integer cents, never floating point. One rule for
//! every amount a person types in euros — session prices, the cadastre's
//! resources and costs, and the budgets to come — and one way to write
//! cents back as euros.

/// What is wrong with an amount typed in euros.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AmountError {
    /// Not an amount like "12 500,50" or "12500.5".
    NotAnAmount,
    /// The amount is not below the ceiling the caller set.
    TooLarge,
}

/// Euros as typed — a comma or a point before at most two decimals, spaces
/// (also no-break and thin ones) or apostrophes between thousands, an
/// optional "€" before or after — in cents. Blank is 0; no sign (amounts
/// are never negative); the amount must be below `max_cents`.
///
/// "12 500,50" → 1 250 050; "2.5" → 250; ",5" → 50; "€ 3" → 300; "12," is
/// not an amount.
pub fn parse_euros(raw: &str, max_cents: i64) -> Result<i64, AmountError> {
    let s: String = raw
        .trim()
        .trim_end_matches('€')
        .trim_start_matches('€')
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\''))
        .collect();
    if s.is_empty() {
        return Ok(0);
    }
    let s = s.replace(',', ".");
    let (whole, frac) = s.split_once('.').unwrap_or((&s, ""));
    // A separator with no decimals after it ("12,") is a slip, not 12 €.
    if (s.contains('.') && frac.is_empty())
        || !whole.bytes().all(|b| b.is_ascii_digit())
        || !frac.bytes().all(|b| b.is_ascii_digit())
        || frac.len() > 2
    {
        return Err(AmountError::NotAnAmount);
    }
    // More digits than any ceiling allows: too large, without overflowing.
    if whole.trim_start_matches('0').len() > 15 {
        return Err(AmountError::TooLarge);
    }
    let euros: i64 = if whole.is_empty() {
        0
    } else {
        whole.parse().map_err(|_| AmountError::NotAnAmount)?
    };
    let cents: i64 = if frac.is_empty() {
        0
    } else {
        format!("{frac:0<2}")
            .parse()
            .map_err(|_| AmountError::NotAnAmount)?
    };
    let total = euros * 100 + cents;
    if total >= max_cents {
        return Err(AmountError::TooLarge);
    }
    Ok(total)
}

/// Cents as euros with two decimals and the decimal mark given, for a form
/// field or a data file: (250, ',') → "2,50"; no thousands separator.
pub fn euros_plain(cents: i64, decimal_mark: char) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let c = cents.unsigned_abs();
    format!("{sign}{}{decimal_mark}{:02}", c / 100, c % 100)
}

/// Cents as euros for reading: a comma and two decimals, thousands apart by
/// a narrow no-break space: 1 250 050 → "12 500,50".
pub fn euros_text(cents: i64) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let c = cents.unsigned_abs();
    let euros = (c / 100).to_string();
    let mut grouped = String::new();
    for (i, ch) in euros.chars().enumerate() {
        if i > 0 && (euros.len() - i).is_multiple_of(3) {
            grouped.push('\u{202f}');
        }
        grouped.push(ch);
    }
    format!("{sign}{grouped},{:02}", c % 100)
}

#[cfg(test)]
mod tests {
    use super::*;

    const MAX: i64 = 10_000_000 * 100;

    #[test]
    fn amounts_are_read_as_people_type_them() {
        for (typed, cents) in [
            ("", 0),
            ("0", 0),
            ("2", 200),
            ("2,50", 250),
            ("2.5", 250),
            ("€ 3", 300),
            ("3 €", 300),
            (",5", 50),
            ("12 500,50", 1_250_050),
            ("12\u{202f}500,5", 1_250_050),
            ("1'000", 100_000),
        ] {
            assert_eq!(parse_euros(typed, MAX), Ok(cents), "{typed:?}");
        }
        for bad in [
            "-1", "two", "2,505", "1.2.3", ".", "12,", "1e3", "+2", "1.000,50",
        ] {
            assert_eq!(
                parse_euros(bad, MAX),
                Err(AmountError::NotAnAmount),
                "{bad:?}"
            );
        }
        assert_eq!(parse_euros("10000000", MAX), Err(AmountError::TooLarge));
        assert_eq!(
            parse_euros("99999999999999999999999", MAX),
            Err(AmountError::TooLarge)
        );
        assert_eq!(parse_euros("9999999,99", MAX), Ok(999_999_999));
    }

    #[test]
    fn cents_are_written_back_exactly() {
        assert_eq!(euros_plain(250, ','), "2,50");
        assert_eq!(euros_plain(1000, '.'), "10.00");
        assert_eq!(euros_text(365_681_918), "3\u{202f}656\u{202f}819,18");
        assert_eq!(euros_text(-5), "-0,05");
        for cents in [0, 1, 99, 100, 12_345_678] {
            assert_eq!(parse_euros(&euros_plain(cents, ','), MAX), Ok(cents));
            assert_eq!(parse_euros(&euros_text(cents), MAX), Ok(cents));
        }
    }
}
