//! The import report in the person's language: each kind of problem of
//! `domain::import` (what was expected of a value, why a value was kept or
//! left out, what is wrong with the whole file) as a Fluent message with its
//! arguments. The readers' own details (OpenStreetMap hours, CSV, JSON) are
//! technical text shown as they come.

use domain::Lang;
use domain::import::{
    DelimiterHint, Expected, FileError, JsonPathProblem, Note, RecordHint, RowPos,
};
use domain::vocab::VocabKind;

use crate::AppState;
use crate::i18n::{Arg, t, t_args};

/// Where a row is: "line 4" or "item 38".
pub fn at(lang: Lang, p: RowPos) -> String {
    match p {
        RowPos::Line(l) => t_args(
            lang,
            "bo-import-at-line",
            &[("line", Arg::Number(l.try_into().unwrap_or(i64::MAX)))],
        ),
        RowPos::Index(i) => t_args(lang, "bo-import-at-index", &[("index", i.into())]),
    }
}

/// Several positions, the first `shown` of them, then "and N more".
pub fn positions(lang: Lang, ps: &[RowPos], shown: usize) -> String {
    let mut s: Vec<String> = ps.iter().take(shown).map(|p| at(lang, *p)).collect();
    if ps.len() > shown {
        s.push(t_args(
            lang,
            "bo-import-and-more",
            &[("n", (ps.len() - shown).into())],
        ));
    }
    s.join(", ")
}

fn delimiter(lang: Lang, d: char) -> String {
    match d {
        '\t' => t(lang, "bo-import-delimiter-tab"),
        d => format!("'{d}'"),
    }
}

fn vocab_name(lang: Lang, k: VocabKind) -> String {
    match k {
        VocabKind::Service => t(lang, "bo-import-list-service"),
        VocabKind::Public => t(lang, "bo-import-list-public"),
        VocabKind::Language => t(lang, "bo-import-list-language"),
        VocabKind::Accessibility => t(lang, "bo-import-list-accessibility"),
        VocabKind::Price => t(lang, "bo-import-list-price"),
    }
}

fn text(s: &str) -> Arg {
    Arg::Text(s.to_owned())
}

fn hint(lang: Lang, h: &RecordHint) -> String {
    match h {
        RecordHint::UnclosedQuote { from, to } => t_args(
            lang,
            "bo-import-hint-unclosed-quote",
            &[
                ("from", Arg::Number((*from).try_into().unwrap_or(i64::MAX))),
                ("to", Arg::Number((*to).try_into().unwrap_or(i64::MAX))),
            ],
        ),
        RecordHint::UnquotedDelimiter => t(lang, "bo-import-hint-unquoted-delimiter"),
    }
}

/// What a bad value should have been.
pub fn expected(state: &AppState, lang: Lang, e: &Expected) -> String {
    use Expected as E;
    match e {
        E::Name => t(lang, "bo-import-expected-name"),
        E::NameWithLetter => t(lang, "bo-import-expected-name-letter"),
        E::NameMaxChars { max } => t_args(
            lang,
            "bo-import-expected-name-length",
            &[("max", (*max).into())],
        ),
        E::Id { columns } => t_args(lang, "bo-import-expected-id", &[("columns", text(columns))]),
        E::IdMaxBytes { max } => t_args(
            lang,
            "bo-import-expected-id-length",
            &[("max", (*max).into())],
        ),
        E::IdOnce { also_at } => t_args(
            lang,
            "bo-import-expected-id-once",
            &[("rows", positions(lang, also_at, 8).into())],
        ),
        E::MaxBytes { max } => t_args(
            lang,
            "bo-import-expected-max-bytes",
            &[("max", (*max).into())],
        ),
        E::Code { vocab, codes } => t_args(
            lang,
            "bo-import-expected-code",
            &[
                ("list", vocab_name(lang, *vocab).into()),
                ("codes", codes.join(", ").into()),
            ],
        ),
        E::PlaceKind => t(lang, "bo-import-expected-place-kind"),
        E::Label => t(lang, "bo-import-expected-label"),
        E::YesNo => t(lang, "bo-import-expected-yes-no"),
        E::KnownValue => t(lang, "bo-import-expected-known-value"),
        E::Number => t(lang, "bo-import-expected-number"),
        E::Count { max } => t_args(
            lang,
            "bo-import-expected-count",
            &[("max", Arg::Number((*max).into()))],
        ),
        E::Coordinates => t(lang, "bo-import-expected-coordinates"),
        E::Latitude => t(lang, "bo-import-expected-latitude"),
        E::Longitude => t(lang, "bo-import-expected-longitude"),
        E::BothCoordinates { given } => t_args(
            lang,
            "bo-import-expected-both-coordinates",
            &[("given", text(given))],
        ),
        E::Postcode => t(lang, "bo-import-expected-postcode"),
        E::PostcodeOrCommune => t(lang, "bo-import-expected-postcode-or-commune"),
        E::InRegion { .. } => {
            // The region's name in the page's language (the domain gives it in English).
            let region = state.region.display(&state.region.name, lang).to_owned();
            t_args(
                lang,
                "bo-import-expected-in-region",
                &[("region", region.into())],
            )
        }
        E::OpeningHours { detail } => t_args(
            lang,
            "bo-import-expected-opening-hours",
            &[("detail", text(detail))],
        ),
        E::Email => t(lang, "bo-import-expected-email"),
        E::Phone => t(lang, "bo-import-expected-phone"),
        E::WebAddress => t(lang, "bo-import-expected-web-address"),
        E::Date => t(lang, "bo-import-expected-date"),
        E::CsvRecord { detail } => t_args(
            lang,
            "bo-import-expected-csv-record",
            &[("detail", text(detail))],
        ),
        E::Values {
            header,
            delimiter: d,
            found,
            hint: h,
        } => {
            let main = t_args(
                lang,
                "bo-import-expected-values",
                &[
                    ("header", (*header).into()),
                    ("delimiter", delimiter(lang, *d).into()),
                    ("found", (*found).into()),
                ],
            );
            with_hint(lang, main, h.as_ref())
        }
        E::ShortValues { max, hint: h } => {
            let main = t_args(
                lang,
                "bo-import-expected-short-values",
                &[("max", (*max).into())],
            );
            with_hint(lang, main, h.as_ref())
        }
        E::Object => t(lang, "bo-import-expected-object"),
    }
}

fn with_hint(lang: Lang, main: String, h: Option<&RecordHint>) -> String {
    match h {
        Some(h) => format!("{main}. {}", hint(lang, h)),
        None => main,
    }
}

/// Why a value was kept as written or left out.
pub fn note(state: &AppState, lang: Lang, n: &Note) -> String {
    match n {
        Note::NoCode => t(lang, "bo-import-note-no-code"),
        Note::NoPlace => t(lang, "bo-import-note-no-place"),
        Note::PostcodeNotOfCommune { commune } => {
            let name = state.region.commune(commune).map_or_else(
                || commune.clone(),
                |c| state.region.display(&c.name, lang).to_owned(),
            );
            t_args(
                lang,
                "bo-import-note-postcode-commune",
                &[("commune", name.into())],
            )
        }
        Note::CommuneNotOfPostcode { postcode } => t_args(
            lang,
            "bo-import-note-commune-postcode",
            &[("postcode", text(postcode))],
        ),
        Note::Misencoded => t(lang, "bo-import-note-misencoded"),
        Note::HoursKept { detail } => t_args(
            lang,
            "bo-import-note-hours-kept",
            &[("detail", text(detail))],
        ),
        Note::EmailLeftOut => t(lang, "bo-import-note-email-left-out"),
        Note::WebAddressCompleted { address } => t_args(
            lang,
            "bo-import-note-web-address-completed",
            &[("address", text(address))],
        ),
        Note::WebAddressLeftOut => t(lang, "bo-import-note-web-address-left-out"),
    }
}

fn delimiter_hint(lang: Lang, h: &DelimiterHint) -> String {
    t_args(
        lang,
        "bo-import-file-delimiter",
        &[
            ("found", delimiter(lang, h.found).into()),
            ("used", delimiter(lang, h.used).into()),
        ],
    )
}

/// A problem with the whole file.
pub fn file_error(lang: Lang, e: &FileError) -> String {
    match e {
        FileError::TooLarge { .. } => t_args(
            lang,
            "bo-import-error-too-large",
            &[(
                "mb",
                (super::upload::MAX_UPLOAD_BYTES / (1024 * 1024)).into(),
            )],
        ),
        FileError::Empty => t(lang, "bo-import-file-empty"),
        FileError::Encoding { line, byte, guess } => t_args(
            lang,
            "bo-import-file-encoding",
            &[
                ("line", Arg::Number((*line).try_into().unwrap_or(i64::MAX))),
                ("byte", format!("0x{byte:02X}").into()),
                ("guess", guess.to_string().into()),
            ],
        ),
        FileError::MissingColumns {
            missing,
            found,
            hint,
        } => {
            let main = t_args(
                lang,
                "bo-import-file-missing-columns",
                &[
                    ("missing", missing.join(", ").into()),
                    ("found", found.join(", ").into()),
                ],
            );
            match hint {
                Some(h) => format!("{} {main}", delimiter_hint(lang, h)),
                None => main,
            }
        }
        FileError::Json {
            line,
            column,
            message,
        } => t_args(
            lang,
            "bo-import-file-json",
            &[
                ("line", Arg::Number((*line).try_into().unwrap_or(i64::MAX))),
                (
                    "column",
                    Arg::Number((*column).try_into().unwrap_or(i64::MAX)),
                ),
                ("detail", text(message)),
            ],
        ),
        FileError::JsonPath { path, problem } => {
            let path = if path == "(the root)" {
                t(lang, "bo-import-json-root")
            } else {
                path.clone()
            };
            match problem {
                JsonPathProblem::NoKey { key } => t_args(
                    lang,
                    "bo-import-file-json-path-missing",
                    &[("path", path.into()), ("key", text(key))],
                ),
                JsonPathProblem::NotArray => t_args(
                    lang,
                    "bo-import-file-json-path-not-array",
                    &[("path", path.into())],
                ),
                JsonPathProblem::Object { keys } => t_args(
                    lang,
                    "bo-import-file-json-path-object",
                    &[("path", path.into()), ("keys", keys.join(", ").into())],
                ),
            }
        }
    }
}
