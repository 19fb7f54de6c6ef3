//! The rules of a survey edition's form and of its participating places
//! (issue 12): what the coordination types, checked once for the back
//! office and any later import or API.

use chrono::NaiveDate;

/// Longest title.
pub const MAX_TITLE: usize = 200;
/// Longest slug.
pub const MAX_SLUG: usize = 60;
/// Longest period: a year and a day.
pub const MAX_DAYS: i64 = 366;
/// Most weekly visitors a place may be said to have: above, a typing error.
pub const MAX_WEEKLY_VISITORS: i64 = 100_000;
/// Longest `public` value.
pub const MAX_PUBLIC: usize = 40;

/// An edition as typed in the form (every field as text).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EditionDraft {
    /// The stored questionnaire's id.
    pub questionnaire: String,
    pub title: String,
    pub slug: String,
    /// YYYY-MM-DD (or DD/MM/YYYY).
    pub opens_on: String,
    pub closes_on: String,
    /// "yes" or "no".
    pub illustrative: String,
    /// Another edition's id, or empty.
    pub compare_with: String,
}

/// A checked edition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EditionFields {
    pub questionnaire_id: i64,
    pub title: String,
    pub slug: String,
    pub opens_on: NaiveDate,
    pub closes_on: NaiveDate,
    pub illustrative: bool,
    pub compare_with: Option<i64>,
}

/// What is wrong with a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditionErrorKind {
    Missing,
    TooLong,
    /// A slug with other characters than a-z, 0-9 and inner hyphens.
    BadSlug,
    /// Not a date.
    BadDate,
    /// Closes before it opens.
    ClosesBeforeOpens,
    /// Longer than [`MAX_DAYS`].
    TooLongPeriod,
    /// Not one of the choices offered.
    Unknown,
    /// An edition compared with itself.
    SameEdition,
    /// Not a whole number of 0 or more.
    NotANumber,
    /// Above [`MAX_WEEKLY_VISITORS`].
    TooLarge,
    /// A `public` value with other characters than a-z, 0-9, `_` and `-`.
    BadPublic,
}

impl EditionErrorKind {
    /// The message's translation key (takes `$field`).
    pub fn key(self) -> &'static str {
        match self {
            EditionErrorKind::Missing => "survey-editions-error-missing",
            EditionErrorKind::TooLong => "survey-editions-error-too-long",
            EditionErrorKind::BadSlug => "survey-editions-error-slug",
            EditionErrorKind::BadDate => "survey-editions-error-date",
            EditionErrorKind::ClosesBeforeOpens => "survey-editions-error-closes-before",
            EditionErrorKind::TooLongPeriod => "survey-editions-error-period",
            EditionErrorKind::Unknown => "survey-editions-error-unknown",
            EditionErrorKind::SameEdition => "survey-editions-error-same",
            EditionErrorKind::NotANumber => "survey-editions-error-number",
            EditionErrorKind::TooLarge => "survey-editions-error-too-large",
            EditionErrorKind::BadPublic => "survey-editions-error-public",
        }
    }
}

/// A problem with one field, named as in the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EditionError {
    pub field: &'static str,
    pub kind: EditionErrorKind,
}

/// A date as YYYY-MM-DD, or as DD/MM/YYYY (how people in Brussels write it).
pub fn parse_date(raw: &str) -> Option<NaiveDate> {
    let raw = raw.trim();
    NaiveDate::parse_from_str(raw, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(raw, "%d/%m/%Y"))
        .ok()
}

/// Whether `s` is a slug: 1-60 characters of a-z and 0-9, with single
/// hyphens inside (`2021`, `visitors-2027`).
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= MAX_SLUG
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
}

impl EditionDraft {
    /// Checks every field against the questionnaires and editions offered;
    /// `this` is the edition being corrected (none when creating). All the
    /// problems, in the order of the form.
    pub fn validate(
        &self,
        questionnaires: &[i64],
        editions: &[i64],
        this: Option<i64>,
    ) -> Result<EditionFields, Vec<EditionError>> {
        let mut e = Vec::new();
        let mut fail = |field, kind| e.push(EditionError { field, kind });
        let questionnaire_id = match self.questionnaire.trim() {
            "" => {
                fail("questionnaire", EditionErrorKind::Missing);
                None
            }
            q => match q.parse::<i64>() {
                Ok(id) if questionnaires.contains(&id) => Some(id),
                _ => {
                    fail("questionnaire", EditionErrorKind::Unknown);
                    None
                }
            },
        };
        let title = self.title.trim();
        if title.is_empty() {
            fail("title", EditionErrorKind::Missing);
        } else if title.chars().count() > MAX_TITLE {
            fail("title", EditionErrorKind::TooLong);
        }
        let slug = self.slug.trim().to_lowercase();
        if slug.is_empty() {
            fail("slug", EditionErrorKind::Missing);
        } else if !is_slug(&slug) {
            fail("slug", EditionErrorKind::BadSlug);
        }
        let mut date = |field, raw: &str| match raw.trim() {
            "" => {
                fail(field, EditionErrorKind::Missing);
                None
            }
            raw => parse_date(raw).or_else(|| {
                fail(field, EditionErrorKind::BadDate);
                None
            }),
        };
        let opens_on = date("opens_on", &self.opens_on);
        let closes_on = date("closes_on", &self.closes_on);
        if let (Some(o), Some(c)) = (opens_on, closes_on) {
            if c < o {
                fail("closes_on", EditionErrorKind::ClosesBeforeOpens);
            } else if (c - o).num_days() + 1 > MAX_DAYS {
                fail("closes_on", EditionErrorKind::TooLongPeriod);
            }
        }
        let illustrative = match self.illustrative.as_str() {
            "yes" => Some(true),
            "no" => Some(false),
            _ => {
                fail("illustrative", EditionErrorKind::Missing);
                None
            }
        };
        let compare_with = match self.compare_with.trim() {
            "" => None,
            c => match c.parse::<i64>() {
                Ok(id) if this == Some(id) => {
                    fail("compare_with", EditionErrorKind::SameEdition);
                    None
                }
                Ok(id) if editions.contains(&id) => Some(id),
                _ => {
                    fail("compare_with", EditionErrorKind::Unknown);
                    None
                }
            },
        };
        match (questionnaire_id, opens_on, closes_on, illustrative) {
            (Some(questionnaire_id), Some(opens_on), Some(closes_on), Some(illustrative))
                if e.is_empty() =>
            {
                Ok(EditionFields {
                    questionnaire_id,
                    title: title.to_owned(),
                    slug,
                    opens_on,
                    closes_on,
                    illustrative,
                    compare_with,
                })
            }
            _ => Err(e),
        }
    }
}

impl EditionFields {
    /// The edition's length in days, both ends counted.
    pub fn days(&self) -> i64 {
        (self.closes_on - self.opens_on).num_days() + 1
    }
}

/// A participating place's settings as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PlaceDraft {
    /// Weekly visitors; empty: from the capacity records of the edition's
    /// year, when there is one.
    pub weekly_visitors: String,
    /// The value of the questionnaire's hidden `public` question that the
    /// place's link sets (e.g. `mobile`); empty for none.
    pub public: String,
}

/// A checked place setting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlaceSettings {
    /// `None`: take them from the capacity records.
    pub weekly_visitors: Option<i64>,
    pub public: Option<String>,
}

/// Whether `s` may be a `public` value: 1-40 characters of a-z, 0-9, `_`
/// and `-` (a choice name of the questionnaire).
pub fn is_public_value(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= MAX_PUBLIC
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-')
}

impl PlaceDraft {
    pub fn validate(&self) -> Result<PlaceSettings, Vec<EditionError>> {
        let mut e = Vec::new();
        let weekly_visitors = match self.weekly_visitors.trim() {
            "" => None,
            raw if raw.bytes().all(|b| b.is_ascii_digit()) => match raw.parse::<i64>() {
                Ok(n) if n <= MAX_WEEKLY_VISITORS => Some(n),
                _ => {
                    e.push(EditionError {
                        field: "weekly_visitors",
                        kind: EditionErrorKind::TooLarge,
                    });
                    None
                }
            },
            _ => {
                e.push(EditionError {
                    field: "weekly_visitors",
                    kind: EditionErrorKind::NotANumber,
                });
                None
            }
        };
        let public = self.public.trim().to_lowercase();
        if !public.is_empty() && !is_public_value(&public) {
            e.push(EditionError {
                field: "public",
                kind: EditionErrorKind::BadPublic,
            });
        }
        if e.is_empty() {
            Ok(PlaceSettings {
                weekly_visitors,
                public: (!public.is_empty()).then_some(public),
            })
        } else {
            Err(e)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn good() -> EditionDraft {
        EditionDraft {
            questionnaire: "1".into(),
            title: " Visitors 2027 ".into(),
            slug: "Visitors-2027".into(),
            opens_on: "2027-03-01".into(),
            closes_on: "04/04/2027".into(),
            illustrative: "no".into(),
            compare_with: "7".into(),
        }
    }

    fn fields(
        r: Result<EditionFields, Vec<EditionError>>,
    ) -> Vec<(&'static str, EditionErrorKind)> {
        r.unwrap_err().iter().map(|e| (e.field, e.kind)).collect()
    }

    #[test]
    fn a_complete_edition_is_read() {
        let f = good().validate(&[1, 2], &[7], None).unwrap();
        assert_eq!(f.title, "Visitors 2027");
        assert_eq!(f.slug, "visitors-2027");
        assert_eq!(f.opens_on, NaiveDate::from_ymd_opt(2027, 3, 1).unwrap());
        assert_eq!(f.closes_on, NaiveDate::from_ymd_opt(2027, 4, 4).unwrap());
        assert_eq!(f.days(), 35);
        assert_eq!(f.compare_with, Some(7));
        assert!(!f.illustrative);
    }

    #[test]
    fn every_problem_names_its_field() {
        let d = EditionDraft {
            questionnaire: "9".into(),
            title: "".into(),
            slug: "a b".into(),
            opens_on: "2027-02-30".into(),
            closes_on: "".into(),
            illustrative: "".into(),
            compare_with: "x".into(),
        };
        use EditionErrorKind::*;
        assert_eq!(
            fields(d.validate(&[1], &[], None)),
            [
                ("questionnaire", Unknown),
                ("title", Missing),
                ("slug", BadSlug),
                ("opens_on", BadDate),
                ("closes_on", Missing),
                ("illustrative", Missing),
                ("compare_with", Unknown),
            ]
        );
    }

    #[test]
    fn the_period_runs_forward_for_at_most_a_year_and_a_day() {
        let d = EditionDraft {
            closes_on: "2027-02-28".into(),
            ..good()
        };
        assert_eq!(
            fields(d.validate(&[1], &[7], None)),
            [("closes_on", EditionErrorKind::ClosesBeforeOpens)]
        );
        let one_day = EditionDraft {
            closes_on: "2027-03-01".into(),
            ..good()
        };
        assert_eq!(one_day.validate(&[1], &[7], None).unwrap().days(), 1);
        let year = EditionDraft {
            closes_on: "2028-02-29".into(),
            ..good()
        };
        assert_eq!(year.validate(&[1], &[7], None).unwrap().days(), 366);
        let more = EditionDraft {
            closes_on: "2028-03-01".into(),
            ..good()
        };
        assert_eq!(
            fields(more.validate(&[1], &[7], None)),
            [("closes_on", EditionErrorKind::TooLongPeriod)]
        );
    }

    #[test]
    fn an_edition_is_not_compared_with_itself() {
        assert_eq!(
            fields(good().validate(&[1], &[7], Some(7))),
            [("compare_with", EditionErrorKind::SameEdition)]
        );
        let none = EditionDraft {
            compare_with: "".into(),
            ..good()
        };
        assert_eq!(none.validate(&[1], &[], None).unwrap().compare_with, None);
    }

    #[test]
    fn slugs_and_public_values() {
        for (s, ok) in [
            ("2021", true),
            ("visitors-2027", true),
            ("-a", false),
            ("a-", false),
            ("a--b", false),
            ("é", false),
            ("", false),
        ] {
            assert_eq!(is_slug(s), ok, "{s}");
        }
        assert!(is_slug(&"a".repeat(60)));
        assert!(!is_slug(&"a".repeat(61)));
        assert!(is_public_value("mobile"));
        assert!(is_public_value("epn_fixed-1"));
        assert!(!is_public_value("mobile epn"));
    }

    #[test]
    fn place_settings_are_a_whole_number_and_a_choice_name() {
        let p = PlaceDraft {
            weekly_visitors: " 240 ".into(),
            public: "Mobile".into(),
        }
        .validate()
        .unwrap();
        assert_eq!(p.weekly_visitors, Some(240));
        assert_eq!(p.public.as_deref(), Some("mobile"));
        let empty = PlaceDraft::default().validate().unwrap();
        assert_eq!(
            empty,
            PlaceSettings {
                weekly_visitors: None,
                public: None
            }
        );
        let bad = PlaceDraft {
            weekly_visitors: "-3".into(),
            public: "a b".into(),
        }
        .validate()
        .unwrap_err();
        assert_eq!(
            bad.iter().map(|e| e.field).collect::<Vec<_>>(),
            ["weekly_visitors", "public"]
        );
        let big = PlaceDraft {
            weekly_visitors: "100001".into(),
            ..PlaceDraft::default()
        };
        assert!(big.validate().is_err());
    }
}
