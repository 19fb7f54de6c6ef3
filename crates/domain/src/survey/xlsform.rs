//! Questionnaires to and from XLSForm, the exchange format of KoboToolbox,
//! ODK and SurveyCTO (issue 12). Pure: the workbook is given as three sheets
//! of text cells (header row first); the web layer reads and writes the
//! `.xlsx` file.
//!
//! The subset Passerelle reads and writes:
//! - `survey` sheet: `type` (`select_one LIST`, `select_multiple LIST`,
//!   `range` with `parameters` `start=0 end=10 step=1`, `integer`, `text`,
//!   `hidden`, `begin_group`/`end_group`, also spelt `begin group`/`end
//!   group`), `name`, `label::Français (fr)` for every language (a plain
//!   `label` is the default language), `hint::…`, `required` (`yes`, `true`,
//!   `1`), `relevant` (the conditions of [`Condition`]), `constraint` on
//!   integers (bounds only: `. >= 0 and . <= 120`), and `passerelle_role`
//!   (`cross`, `overall`, `service`), a column of our own that pyxform
//!   accepts and ignores.
//! - `choices` sheet: `list_name`, `name`, `label::…`.
//! - `settings` sheet: `form_id`, `version`, `form_title` (default language;
//!   pyxform allows no other), `default_language`, and our own
//!   `passerelle_title::English (en)` (the title in the other languages) and
//!   `passerelle_provenance`. KoboToolbox's `id_string` is read as `form_id`.
//!
//! Other columns are ignored; the metadata types that KoboToolbox adds
//! (`start`, `end`, `today`, `deviceid`…) are skipped, since Passerelle
//! records none of them; any other type is an error. Questions outside a
//! group form a section of their own, without a title.

use std::collections::BTreeMap;
use std::fmt;

use super::questionnaire::{
    Choice, ChoiceList, Condition, Labels, Question, QuestionKind, Questionnaire,
    QuestionnaireError, Role, Section,
};

/// The three sheets of an XLSForm workbook: rows of cells, the header row
/// first. A missing sheet is empty.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sheets {
    pub survey: Vec<Vec<String>>,
    pub choices: Vec<Vec<String>>,
    pub settings: Vec<Vec<String>>,
}

/// A problem in an XLSForm, where a person finds it in the spreadsheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XlsFormError {
    /// `survey`, `choices` or `settings`.
    pub sheet: &'static str,
    /// The row as a spreadsheet numbers it (the header is row 1); `None`
    /// for the sheet as a whole.
    pub row: Option<usize>,
    /// The column's header, when one column is concerned.
    pub column: Option<String>,
    /// What is wrong and what is expected.
    pub message: String,
}

impl fmt::Display for XlsFormError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "sheet {}", self.sheet)?;
        if let Some(row) = self.row {
            write!(f, ", row {row}")?;
        }
        if let Some(column) = &self.column {
            write!(f, ", column {column}")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// The metadata question types of ODK/KoboToolbox, skipped on import:
/// Passerelle records none of them (no device, no time beyond the day).
pub const SKIPPED_TYPES: &[&str] = &[
    "start",
    "end",
    "today",
    "deviceid",
    "subscriberid",
    "simserial",
    "phonenumber",
    "username",
    "email",
    "audit",
    "start-geopoint",
    "background-audio",
];

/// The column of the survey sheet that carries a question's role in the
/// analysis.
pub const ROLE_COLUMN: &str = "passerelle_role";
/// The settings column prefix of the title in the non-default languages.
pub const TITLE_COLUMN: &str = "passerelle_title";
/// The settings column of the questionnaire's provenance.
pub const PROVENANCE_COLUMN: &str = "passerelle_provenance";

/// A language's name in XLSForm columns: its own name and its code, as
/// KoboToolbox writes them (`English (en)`).
pub fn language_column_name(code: &str) -> String {
    let name = match code {
        "fr" => "Français",
        "nl" => "Nederlands",
        "en" => "English",
        "es" => "Español",
        "ar" => "العربية",
        "de" => "Deutsch",
        "it" => "Italiano",
        "pt" => "Português",
        "tr" => "Türkçe",
        "pl" => "Polski",
        "ro" => "Română",
        _ => code,
    };
    format!("{name} ({code})")
}

/// The language code of an XLSForm language name: the code in parentheses
/// at its end (`English (en)`), else the name when it is a code itself
/// (`en`), else a few common names (`English`, `French`…).
pub fn language_code(name: &str) -> Option<String> {
    let name = name.trim();
    if let Some(open) = name.rfind('(')
        && name.ends_with(')')
    {
        let code = name[open + 1..name.len() - 1].trim();
        return is_code(code).then(|| code.to_ascii_lowercase());
    }
    if is_code(name) {
        return Some(name.to_ascii_lowercase());
    }
    let code = match name.to_lowercase().as_str() {
        "french" | "français" | "francais" => "fr",
        "dutch" | "nederlands" | "néerlandais" => "nl",
        "english" | "anglais" => "en",
        "spanish" | "español" | "espanol" | "espagnol" => "es",
        "arabic" | "العربية" | "arabe" => "ar",
        "german" | "deutsch" | "allemand" => "de",
        _ => return None,
    };
    Some(code.to_owned())
}

fn is_code(s: &str) -> bool {
    let mut parts = s.split('-');
    parts
        .next()
        .is_some_and(|p| (2..=3).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphabetic()))
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

// ------------------------------------------------------------------ export

/// The questionnaire as XLSForm sheets.
pub fn to_sheets(form: &Questionnaire) -> Sheets {
    let langs = &form.languages;
    let default = form.default_language();
    let label_cols = |prefix: &str| -> Vec<String> {
        langs
            .iter()
            .map(|l| format!("{prefix}::{}", language_column_name(l)))
            .collect()
    };

    let mut header: Vec<String> = vec!["type".into(), "name".into()];
    header.extend(label_cols("label"));
    header.extend(label_cols("hint"));
    header.extend(
        [
            "required",
            "relevant",
            "constraint",
            "parameters",
            ROLE_COLUMN,
        ]
        .map(String::from),
    );
    let in_langs = |labels: &Labels| -> Vec<String> {
        langs
            .iter()
            .map(|l| labels.0.get(l).cloned().unwrap_or_default())
            .collect()
    };
    let row = |kind: String,
               name: &str,
               label: &Labels,
               hint: &Labels,
               rest: [String; 5]|
     -> Vec<String> {
        let mut r = vec![kind, name.to_owned()];
        r.extend(in_langs(label));
        r.extend(in_langs(hint));
        r.extend(rest);
        r
    };
    let relevant =
        |c: &Option<Condition>| c.as_ref().map(Condition::to_xlsform).unwrap_or_default();

    let mut survey = vec![header];
    for section in &form.sections {
        survey.push(row(
            "begin_group".into(),
            &section.name,
            &section.label,
            &Labels::new(),
            [
                String::new(),
                relevant(&section.relevant),
                String::new(),
                String::new(),
                String::new(),
            ],
        ));
        for q in &section.questions {
            let (kind, constraint, parameters) = match &q.kind {
                QuestionKind::SingleChoice { list } => {
                    (format!("select_one {list}"), String::new(), String::new())
                }
                QuestionKind::MultipleChoice { list } => (
                    format!("select_multiple {list}"),
                    String::new(),
                    String::new(),
                ),
                QuestionKind::Scale { min, max } => (
                    "range".into(),
                    String::new(),
                    format!("start={min} end={max} step=1"),
                ),
                QuestionKind::Number { min, max } => {
                    let bounds: Vec<String> = [
                        min.map(|n| format!(". >= {n}")),
                        max.map(|n| format!(". <= {n}")),
                    ]
                    .into_iter()
                    .flatten()
                    .collect();
                    ("integer".into(), bounds.join(" and "), String::new())
                }
                QuestionKind::Text => ("text".into(), String::new(), String::new()),
                QuestionKind::Hidden => ("hidden".into(), String::new(), String::new()),
            };
            survey.push(row(
                kind,
                &q.name,
                &q.label,
                &q.hint,
                [
                    if q.required {
                        "yes".into()
                    } else {
                        String::new()
                    },
                    relevant(&q.relevant),
                    constraint,
                    parameters,
                    q.role.map(|r| r.code().to_owned()).unwrap_or_default(),
                ],
            ));
        }
        let mut end = vec!["end_group".to_owned()];
        end.resize(survey[0].len(), String::new());
        survey.push(end);
    }

    let mut choices_header = vec!["list_name".to_owned(), "name".to_owned()];
    choices_header.extend(label_cols("label"));
    let mut choices = vec![choices_header];
    for list in &form.lists {
        for c in &list.choices {
            let mut r = vec![list.name.clone(), c.name.clone()];
            r.extend(in_langs(&c.label));
            choices.push(r);
        }
    }

    let mut settings_header: Vec<String> = ["form_id", "version", "form_title", "default_language"]
        .map(String::from)
        .into();
    let mut settings_row = vec![
        form.form_id.clone(),
        form.version.clone(),
        form.title.0.get(default).cloned().unwrap_or_default(),
        language_column_name(default),
    ];
    for l in langs.iter().filter(|l| *l != default) {
        settings_header.push(format!("{TITLE_COLUMN}::{}", language_column_name(l)));
        settings_row.push(form.title.0.get(l).cloned().unwrap_or_default());
    }
    if let Some(p) = &form.provenance {
        settings_header.push(PROVENANCE_COLUMN.into());
        settings_row.push(p.clone());
    }

    Sheets {
        survey,
        choices,
        settings: vec![settings_header, settings_row],
    }
}

// ------------------------------------------------------------------ import

/// One sheet's header: the column index of each known column, and the
/// language columns of each translatable column.
struct Header {
    columns: BTreeMap<String, usize>,
    /// (column kind `label`/`hint`/…, language code or `None` for the
    /// default language, index)
    translated: Vec<(String, Option<String>, usize)>,
    /// Row number (1-based) of the header.
    row: usize,
}

/// The first non-empty row is the header; rows are numbered from 1 as in a
/// spreadsheet.
fn header_of(
    sheet_name: &'static str,
    rows: &[Vec<String>],
    translatable: &[&str],
    errors: &mut Vec<XlsFormError>,
) -> Option<Header> {
    let at = rows
        .iter()
        .position(|r| r.iter().any(|c| !c.trim().is_empty()))?;
    let mut header = Header {
        columns: BTreeMap::new(),
        translated: Vec::new(),
        row: at + 1,
    };
    for (i, cell) in rows[at].iter().enumerate() {
        let cell = cell.trim();
        if cell.is_empty() {
            continue;
        }
        let (base, lang) = match cell.split_once("::") {
            Some((b, l)) => (b.trim().to_lowercase(), Some(l.trim())),
            None => (cell.to_lowercase(), None),
        };
        if translatable.contains(&base.as_str()) {
            let code = match lang {
                None => None,
                Some(l) => match language_code(l) {
                    Some(code) => Some(code),
                    None => {
                        errors.push(XlsFormError {
                            sheet: sheet_name,
                            row: Some(header.row),
                            column: Some(cell.to_owned()),
                            message: format!(
                                "the language {l:?} has no code: write it with its code in parentheses, e.g. \
                                 {base}::English (en)"
                            ),
                        });
                        continue;
                    }
                },
            };
            header.translated.push((base, code, i));
        } else if lang.is_none() {
            header.columns.entry(base).or_insert(i);
        }
    }
    Some(header)
}

fn cell<'a>(row: &'a [String], at: Option<&usize>) -> &'a str {
    at.and_then(|&i| row.get(i)).map_or("", |c| c.trim())
}

impl Header {
    fn get<'a>(&self, row: &'a [String], column: &str) -> &'a str {
        cell(row, self.columns.get(column))
    }

    /// The labels of `kind` (`label`, `hint`…) in a row; the plain column
    /// is the default language, a language's own column wins over it.
    fn labels(&self, row: &[String], kind: &str, default: &str) -> Labels {
        let mut labels = Labels::new();
        for (k, lang, i) in &self.translated {
            if k != kind || lang.is_some() {
                continue;
            }
            let text = cell(row, Some(i));
            if !text.is_empty() {
                labels.0.insert(default.to_owned(), text.to_owned());
            }
        }
        for (k, lang, i) in &self.translated {
            let (true, Some(lang)) = (k == kind, lang) else {
                continue;
            };
            let text = cell(row, Some(i));
            if !text.is_empty() {
                labels.0.insert(lang.clone(), text.to_owned());
            }
        }
        labels
    }

    /// The header of the column of `kind` in `lang` (or the plain one for
    /// the default language), for error messages.
    fn column_name(&self, rows: &[Vec<String>], kind: &str, lang: &str, default: &str) -> String {
        self.translated
            .iter()
            .find(|(k, l, _)| k == kind && l.as_deref() == Some(lang))
            .or_else(|| {
                self.translated
                    .iter()
                    .find(|(k, l, _)| k == kind && l.is_none() && lang == default)
            })
            .map_or_else(
                || format!("{kind}::{}", language_column_name(lang)),
                |(_, _, i)| cell(&rows[self.row - 1], Some(i)).to_owned(),
            )
    }

    fn languages(&self) -> impl Iterator<Item = &str> {
        self.translated.iter().filter_map(|(_, l, _)| l.as_deref())
    }

    fn has_plain(&self) -> bool {
        self.translated.iter().any(|(_, l, _)| l.is_none())
    }
}

fn is_blank(row: &[String]) -> bool {
    row.iter().all(|c| c.trim().is_empty())
}

fn parse_required(text: &str) -> Option<bool> {
    match text.trim().to_lowercase().as_str() {
        "" | "no" | "false" | "false()" | "0" | "non" | "nee" => Some(false),
        "yes" | "true" | "true()" | "1" | "oui" | "ja" => Some(true),
        _ => None,
    }
}

/// `start=0 end=10 step=1` (spaces, commas or semicolons between); the
/// defaults of ODK are start 1, end 10, step 1.
fn parse_range(text: &str) -> Result<(i64, i64), String> {
    let (mut start, mut end, mut step) = (1i64, 10i64, 1i64);
    for part in text
        .split([' ', ',', ';', '\t'])
        .filter(|p| !p.trim().is_empty())
    {
        let Some((key, value)) = part.split_once('=') else {
            return Err(format!(
                "{part:?} is not key=value; expected start=0 end=10 step=1"
            ));
        };
        let value: i64 = value.trim().parse().map_err(|_| {
            format!("{key}={value} is not a whole number; expected start=0 end=10 step=1")
        })?;
        match key.trim().to_lowercase().as_str() {
            "start" => start = value,
            "end" => end = value,
            "step" => step = value,
            other => {
                return Err(format!(
                    "unknown parameter {other:?}; expected start=0 end=10 step=1"
                ));
            }
        }
    }
    if step != 1 {
        return Err(format!("step={step}: Passerelle's scales go by 1 (step=1)"));
    }
    if start >= end {
        return Err(format!(
            "the range goes from {start} to {end}; start must be below end"
        ));
    }
    Ok((start, end))
}

/// `. >= a and . <= b`, `. >= a`, `. <= b` (either order).
fn parse_bounds(text: &str) -> Result<(Option<i64>, Option<i64>), String> {
    let expected = "expected bounds such as . >= 0 and . <= 120";
    let (mut min, mut max) = (None, None);
    for part in text.split(" and ") {
        let part = part.trim();
        let Some(rest) = part.strip_prefix('.') else {
            return Err(format!("{part:?} is not supported; {expected}"));
        };
        let rest = rest.trim();
        let (op, n) = if let Some(n) = rest.strip_prefix(">=") {
            (">=", n)
        } else if let Some(n) = rest.strip_prefix("<=") {
            ("<=", n)
        } else {
            return Err(format!("{part:?} is not supported; {expected}"));
        };
        let n: i64 = n
            .trim()
            .parse()
            .map_err(|_| format!("{part:?} is not supported; {expected}"))?;
        let slot = if op == ">=" { &mut min } else { &mut max };
        if slot.replace(n).is_some() {
            return Err(format!("{part:?} repeats a bound; {expected}"));
        }
    }
    Ok((min, max))
}

/// The questionnaire of an XLSForm, or every problem found, each with its
/// sheet, row and column.
pub fn from_sheets(sheets: &Sheets) -> Result<Questionnaire, Vec<XlsFormError>> {
    let mut errors = Vec::new();
    let err = |errors: &mut Vec<XlsFormError>,
               sheet,
               row: usize,
               column: Option<&str>,
               message: String| {
        errors.push(XlsFormError {
            sheet,
            row: Some(row),
            column: column.map(str::to_owned),
            message,
        })
    };

    // settings
    let settings_header = header_of(
        "settings",
        &sheets.settings,
        &["form_title", TITLE_COLUMN],
        &mut errors,
    );
    let settings_row: &[String] = settings_header
        .as_ref()
        .and_then(|h| sheets.settings[h.row..].iter().find(|r| !is_blank(r)))
        .map_or(&[], Vec::as_slice);
    let settings_row_number = settings_header.as_ref().map_or(2, |h| {
        h.row
            + 1
            + sheets.settings[h.row..]
                .iter()
                .position(|r| !is_blank(r))
                .unwrap_or(0)
    });
    let setting = |name: &str| {
        settings_header
            .as_ref()
            .map_or("", |h| h.get(settings_row, name))
    };
    // KoboToolbox writes the form's identifier as id_string (pyxform's name
    // for it); form_id wins when both are given.
    let form_id = Some(setting("form_id"))
        .filter(|f| !f.is_empty())
        .unwrap_or_else(|| setting("id_string"))
        .to_owned();
    let version = setting("version").to_owned();
    for (name, value) in [("form_id", &form_id), ("version", &version)] {
        if value.is_empty() {
            errors.push(XlsFormError {
                sheet: "settings",
                row: Some(settings_row_number),
                column: Some(name.into()),
                message: format!(
                    "the {name} is missing: Passerelle keeps questionnaires by form_id and version"
                ),
            });
        }
    }
    let default_language_text = setting("default_language");

    let survey_header = header_of("survey", &sheets.survey, &["label", "hint"], &mut errors);
    let Some(survey_header) = survey_header else {
        errors.push(XlsFormError {
            sheet: "survey",
            row: None,
            column: None,
            message: "the survey sheet is missing or empty".into(),
        });
        return Err(errors);
    };
    for needed in ["type", "name"] {
        if !survey_header.columns.contains_key(needed) {
            err(
                &mut errors,
                "survey",
                survey_header.row,
                Some(needed),
                format!("the column {needed} is missing"),
            );
        }
    }
    let choices_header = header_of("choices", &sheets.choices, &["label"], &mut errors);

    // languages: the default first, then the order of the columns
    let default = if default_language_text.is_empty() {
        None
    } else {
        let code = language_code(default_language_text);
        if code.is_none() {
            err(
                &mut errors,
                "settings",
                settings_row_number,
                Some("default_language"),
                format!("{default_language_text:?} has no language code: write e.g. Français (fr)"),
            );
        }
        code
    };
    let mut languages: Vec<String> = Vec::new();
    let named = survey_header
        .languages()
        .chain(choices_header.iter().flat_map(|h| h.languages()))
        .chain(settings_header.iter().flat_map(|h| h.languages()));
    for l in default.iter().map(String::as_str).chain(named) {
        if !languages.iter().any(|x| x == l) {
            languages.push(l.to_owned());
        }
    }
    let plain = survey_header.has_plain() || choices_header.as_ref().is_some_and(Header::has_plain);
    let default = match (default, languages.first()) {
        (Some(d), _) => d,
        (None, Some(first)) if !plain => first.clone(),
        _ => {
            err(
                &mut errors,
                "settings",
                settings_row_number,
                Some("default_language"),
                "the default_language is needed to know the language of the label column, e.g. Français (fr)".into(),
            );
            languages.first().cloned().unwrap_or_else(|| "fr".into())
        }
    };
    if languages.is_empty() {
        languages.push(default.clone());
    }

    let mut title = settings_header
        .as_ref()
        .map(|h| h.labels(settings_row, TITLE_COLUMN, &default))
        .unwrap_or_default();
    if let Some(h) = &settings_header {
        for (lang, text) in h.labels(settings_row, "form_title", &default).0 {
            title.0.insert(lang, text);
        }
    }
    let provenance = Some(setting(PROVENANCE_COLUMN))
        .filter(|p| !p.is_empty())
        .map(str::to_owned);

    // survey
    let mut where_is: BTreeMap<String, (&'static str, usize)> = BTreeMap::new();
    let mut sections: Vec<Section> = Vec::new();
    let mut open: Option<(Section, usize)> = None;
    let mut loose: Option<Section> = None;
    let h = &survey_header;
    for (i, row) in sheets.survey.iter().enumerate().skip(h.row) {
        let n = i + 1;
        if is_blank(row) {
            continue;
        }
        let kind_text = h.get(row, "type");
        let normalized = kind_text
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        let name = h.get(row, "name").to_owned();
        let relevant = match h.get(row, "relevant") {
            "" => None,
            text => match Condition::parse_xlsform(text) {
                Ok(c) => Some(c),
                Err(e) => {
                    err(
                        &mut errors,
                        "survey",
                        n,
                        Some("relevant"),
                        format!(
                            "{e}; Passerelle reads ${{q}} = 'v', !=, >=, <=, selected(${{q}}, 'v'), not(), and, or"
                        ),
                    );
                    None
                }
            },
        };
        match normalized.as_str() {
            "" => {
                err(
                    &mut errors,
                    "survey",
                    n,
                    Some("type"),
                    "the type is missing".into(),
                );
                continue;
            }
            "begin_group" | "begin group" => {
                if let Some((s, at)) = &open {
                    err(
                        &mut errors,
                        "survey",
                        n,
                        Some("type"),
                        format!(
                            "a group inside a group is not supported (the group {:?} of row {at} is still open)",
                            s.name
                        ),
                    );
                    continue;
                }
                if name.is_empty() {
                    err(
                        &mut errors,
                        "survey",
                        n,
                        Some("name"),
                        "the group has no name".into(),
                    );
                }
                if let Some(s) = loose.take() {
                    sections.push(s);
                }
                where_is.entry(name.clone()).or_insert(("survey", n));
                open = Some((
                    Section {
                        name,
                        label: h.labels(row, "label", &default),
                        relevant,
                        questions: Vec::new(),
                    },
                    n,
                ));
                continue;
            }
            "end_group" | "end group" => {
                match open.take() {
                    Some((s, _)) => sections.push(s),
                    None => err(
                        &mut errors,
                        "survey",
                        n,
                        Some("type"),
                        "end_group without a begin_group".into(),
                    ),
                }
                continue;
            }
            t if SKIPPED_TYPES.contains(&t) => continue,
            _ => {}
        }
        let mut words = normalized.split(' ');
        let first = words.next().unwrap_or("");
        let list = words.next().map(str::to_owned);
        let extra = words.next();
        let constraint = h.get(row, "constraint");
        let kind = match (first, list, extra) {
            ("select_one" | "select_multiple", Some(list), None) => {
                let list = kind_text
                    .split_whitespace()
                    .nth(1)
                    .unwrap_or(&list)
                    .to_owned();
                Some(if first == "select_one" {
                    QuestionKind::SingleChoice { list }
                } else {
                    QuestionKind::MultipleChoice { list }
                })
            }
            ("select_one" | "select_multiple", _, _) => {
                err(
                    &mut errors,
                    "survey",
                    n,
                    Some("type"),
                    format!(
                        "{kind_text:?}: expected {first} and the name of a list of the choices sheet"
                    ),
                );
                None
            }
            ("range", None, None) => match parse_range(h.get(row, "parameters")) {
                Ok((min, max)) => Some(QuestionKind::Scale { min, max }),
                Err(e) => {
                    err(&mut errors, "survey", n, Some("parameters"), e);
                    None
                }
            },
            ("integer", None, None) => match parse_bounds(constraint) {
                _ if constraint.is_empty() => Some(QuestionKind::Number {
                    min: None,
                    max: None,
                }),
                Ok((min, max)) => Some(QuestionKind::Number { min, max }),
                Err(e) => {
                    err(&mut errors, "survey", n, Some("constraint"), e);
                    None
                }
            },
            ("text", None, None) => Some(QuestionKind::Text),
            ("hidden", None, None) => Some(QuestionKind::Hidden),
            _ => {
                err(
                    &mut errors,
                    "survey",
                    n,
                    Some("type"),
                    format!(
                        "the type {kind_text:?} is not supported; Passerelle reads select_one, select_multiple, \
                         range, integer, text, hidden, begin_group and end_group"
                    ),
                );
                None
            }
        };
        if !constraint.is_empty() && !matches!(kind, Some(QuestionKind::Number { .. }) | None) {
            err(
                &mut errors,
                "survey",
                n,
                Some("constraint"),
                "a constraint is read on integer questions only, as bounds such as . >= 0 and . <= 120".into(),
            );
        }
        let required = match parse_required(h.get(row, "required")) {
            Some(r) => r,
            None => {
                err(
                    &mut errors,
                    "survey",
                    n,
                    Some("required"),
                    format!(
                        "{:?}: expected yes or no (or true, false, 1, 0)",
                        h.get(row, "required")
                    ),
                );
                false
            }
        };
        let role = match h.get(row, ROLE_COLUMN) {
            "" => None,
            text => match Role::parse(&text.to_lowercase()) {
                Some(r) => Some(r),
                None => {
                    err(
                        &mut errors,
                        "survey",
                        n,
                        Some(ROLE_COLUMN),
                        format!("{text:?}: expected cross, overall or service (or nothing)"),
                    );
                    None
                }
            },
        };
        if name.is_empty() {
            err(
                &mut errors,
                "survey",
                n,
                Some("name"),
                "the question has no name".into(),
            );
        }
        let Some(kind) = kind else { continue };
        where_is.entry(name.clone()).or_insert(("survey", n));
        let label = h.labels(row, "label", &default);
        if kind != QuestionKind::Hidden {
            missing_labels(&mut errors, "survey", n, &label, &languages, |l| {
                h.column_name(&sheets.survey, "label", l, &default)
            });
        }
        let question = Question {
            name,
            kind,
            label,
            hint: h.labels(row, "hint", &default),
            required,
            relevant,
            role,
        };
        match &mut open {
            Some((s, _)) => s.questions.push(question),
            None => loose
                .get_or_insert_with(|| Section {
                    name: format!("section_{}", sections.len() + 1),
                    label: Labels::new(),
                    relevant: None,
                    questions: Vec::new(),
                })
                .questions
                .push(question),
        }
    }
    if let Some((s, at)) = open {
        err(
            &mut errors,
            "survey",
            at,
            Some("type"),
            format!("the group {:?} has no end_group", s.name),
        );
    }
    if let Some(s) = loose {
        sections.push(s);
    }

    // choices
    let mut lists: Vec<ChoiceList> = Vec::new();
    if let Some(ch) = &choices_header {
        for needed in ["list_name", "name"] {
            if !ch.columns.contains_key(needed) {
                err(
                    &mut errors,
                    "choices",
                    ch.row,
                    Some(needed),
                    format!("the column {needed} is missing"),
                );
            }
        }
        for (i, row) in sheets.choices.iter().enumerate().skip(ch.row) {
            let n = i + 1;
            if is_blank(row) {
                continue;
            }
            let list = ch.get(row, "list_name");
            let name = ch.get(row, "name");
            if list.is_empty() {
                err(
                    &mut errors,
                    "choices",
                    n,
                    Some("list_name"),
                    "the list_name is missing".into(),
                );
                continue;
            }
            if name.is_empty() {
                err(
                    &mut errors,
                    "choices",
                    n,
                    Some("name"),
                    "the choice has no name".into(),
                );
                continue;
            }
            where_is
                .entry(format!("list:{list}"))
                .or_insert(("choices", n));
            let label = ch.labels(row, "label", &default);
            missing_labels(&mut errors, "choices", n, &label, &languages, |l| {
                ch.column_name(&sheets.choices, "label", l, &default)
            });
            let choice = Choice {
                name: name.to_owned(),
                label,
            };
            match lists.iter_mut().find(|l| l.name == list) {
                Some(l) => l.choices.push(choice),
                None => lists.push(ChoiceList {
                    name: list.to_owned(),
                    choices: vec![choice],
                }),
            }
        }
    }

    if !errors.is_empty() {
        return Err(errors);
    }
    let form = Questionnaire {
        form_id,
        version,
        title,
        languages,
        provenance,
        sections,
        lists,
    };
    match form.check() {
        Ok(()) => Ok(form),
        Err(problems) => Err(problems
            .into_iter()
            .map(|p| locate(p, &where_is, settings_row_number))
            .collect()),
    }
}

/// An error for each language in which a label is missing, in that
/// language's column.
fn missing_labels(
    errors: &mut Vec<XlsFormError>,
    sheet: &'static str,
    row: usize,
    label: &Labels,
    languages: &[String],
    column: impl Fn(&str) -> String,
) {
    for l in languages {
        if label.0.get(l).is_none_or(|t| t.trim().is_empty()) {
            errors.push(XlsFormError {
                sheet,
                row: Some(row),
                column: Some(column(l)),
                message: format!(
                    "no label in {l}: every question and choice needs a label in every language"
                ),
            });
        }
    }
}

/// Where a problem found by [`Questionnaire::check`] is in the sheets.
fn locate(
    p: QuestionnaireError,
    where_is: &BTreeMap<String, (&'static str, usize)>,
    settings_row: usize,
) -> XlsFormError {
    let (sheet, row, column) = match p.place.as_str() {
        "form_id" | "version" => ("settings", Some(settings_row), Some(p.place.clone())),
        "languages" => ("survey", Some(1), Some("label".to_owned())),
        place => {
            if let Some(&(sheet, row)) = where_is.get(&format!("list:{place}")) {
                (sheet, Some(row), Some("list_name".to_owned()))
            } else if let Some(&(sheet, row)) = where_is.get(place) {
                (sheet, Some(row), None)
            } else {
                ("survey", None, None)
            }
        }
    };
    XlsFormError {
        sheet,
        row,
        column,
        message: p.message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::survey::shipped::epn_visitors_2021;

    fn sheet(rows: &[&[&str]]) -> Vec<Vec<String>> {
        rows.iter()
            .map(|r| r.iter().map(|c| (*c).to_owned()).collect())
            .collect()
    }

    fn small() -> Sheets {
        Sheets {
            survey: sheet(&[
                &[
                    "type",
                    "name",
                    "label::English (en)",
                    "label::Français (fr)",
                    "required",
                    "relevant",
                    "passerelle_role",
                ],
                &["start", "start", "", "", "", "", ""],
                &["begin_group", "you", "You", "Vous", "", "", ""],
                &[
                    "select_one yn",
                    "adult",
                    "Are you 18 or over?",
                    "Avez-vous 18 ans ou plus ?",
                    "yes",
                    "",
                    "cross",
                ],
                &["end_group", "", "", "", "", "", ""],
                &[],
                &[
                    "range",
                    "overall",
                    "Happy?",
                    "Content ?",
                    "",
                    "${adult} = 'yes'",
                    "overall",
                ],
            ]),
            choices: sheet(&[
                &[
                    "list_name",
                    "name",
                    "label::English (en)",
                    "label::Français (fr)",
                ],
                &["yn", "yes", "Yes", "Oui"],
                &["yn", "no", "No", "Non"],
            ]),
            settings: sheet(&[
                &["form_id", "version", "form_title", "default_language"],
                &["small", "3", "Small", "English (en)"],
            ]),
        }
    }

    #[test]
    fn the_2021_questionnaire_survives_export_and_import() {
        let q = epn_visitors_2021();
        let sheets = to_sheets(&q);
        assert_eq!(from_sheets(&sheets), Ok(q));
        // The header is what KoboToolbox and pyxform expect.
        let header = &sheets.survey[0];
        assert_eq!(header[..3], ["type", "name", "label::Français (fr)"]);
        assert!(header.contains(&"label::العربية (ar)".to_owned()));
        assert!(header.contains(&"hint::Español (es)".to_owned()));
        assert_eq!(
            sheets.settings[1][..4],
            [
                "epn-visitors",
                "2021.1",
                "Votre avis sur l'espace public numérique (EPN)",
                "Français (fr)"
            ]
        );
        let range = sheets.survey.iter().find(|r| r[1] == "overall").unwrap();
        assert_eq!(range[0], "range");
        assert!(range.contains(&"start=0 end=10 step=1".to_owned()));
        assert!(range.contains(&"overall".to_owned()) && range.contains(&"yes".to_owned()));
    }

    #[test]
    fn a_small_form_reads_with_default_language_first_and_loose_questions_in_a_section() {
        let q = from_sheets(&small()).unwrap();
        assert_eq!(q.languages, ["en", "fr"]);
        assert_eq!(q.title.0.get("en").map(String::as_str), Some("Small"));
        assert_eq!(q.sections.len(), 2);
        assert_eq!(
            q.sections[0].questions[0].label.get("fr", ""),
            "Avez-vous 18 ans ou plus ?"
        );
        assert!(q.sections[0].questions[0].required);
        assert_eq!(q.sections[0].questions[0].role, Some(Role::Cross));
        let overall = &q.sections[1].questions[0];
        assert_eq!(
            overall.kind,
            QuestionKind::Scale { min: 1, max: 10 },
            "ODK's default range"
        );
        assert_eq!(
            overall.relevant,
            Some(Condition::Equals("adult".into(), "yes".into()))
        );
        assert!(q.question("start").is_none(), "metadata types are skipped");
    }

    #[test]
    fn errors_name_sheet_row_and_column_as_a_person_sees_them() {
        let mut s = small();
        s.survey[3][0] = "select_one".into();
        s.survey[3][4] = "maybe".into();
        s.survey[6][5] = "${adult} > 3".into();
        s.survey
            .push(sheet(&[&["geopoint", "where", "Where?", "Où ?", "", "", ""]]).remove(0));
        s.survey
            .push(sheet(&[&["integer", "age", "Age", "Âge", "", "", "importance"]]).remove(0));
        s.settings[1][0] = String::new();
        let errors = from_sheets(&s).unwrap_err();
        let at = |sheet: &str, row: usize, column: &str| {
            errors
                .iter()
                .find(|e| {
                    e.sheet == sheet && e.row == Some(row) && e.column.as_deref() == Some(column)
                })
                .unwrap_or_else(|| panic!("no error at {sheet} {row} {column}: {errors:#?}"))
        };
        assert!(at("survey", 4, "type").message.contains("name of a list"));
        assert!(at("survey", 4, "required").message.contains("yes or no"));
        assert!(
            at("survey", 7, "relevant")
                .message
                .contains("not supported")
        );
        assert!(
            at("survey", 8, "type")
                .message
                .contains("\"geopoint\" is not supported")
        );
        assert!(
            at("survey", 9, "passerelle_role")
                .message
                .contains("cross, overall or service")
        );
        assert!(at("settings", 2, "form_id").message.contains("missing"));
        assert_eq!(
            at("survey", 8, "type").to_string(),
            "sheet survey, row 8, column type: the type \"geopoint\" is not supported; Passerelle reads select_one, \
             select_multiple, range, integer, text, hidden, begin_group and end_group"
        );
    }

    #[test]
    fn problems_of_the_questionnaire_point_to_their_rows() {
        let mut s = small();
        s.choices[2][3] = String::new(); // "no" has no French label
        let errors = from_sheets(&s).unwrap_err();
        assert_eq!(
            errors,
            [XlsFormError {
                sheet: "choices",
                row: Some(3),
                column: Some("label::Français (fr)".into()),
                message:
                    "no label in fr: every question and choice needs a label in every language"
                        .into(),
            }]
        );
        // What only the whole questionnaire tells (Questionnaire::check)
        // points to the row of the question concerned.
        let mut s = small();
        s.survey[3][0] = "select_one missing_list".into();
        s.survey[6][5] = "${later} = 'x'".into();
        let errors = from_sheets(&s).unwrap_err();
        assert!(
            errors.iter().any(|e| e.sheet == "survey"
                && e.row == Some(4)
                && e.message.contains("missing_list")),
            "{errors:#?}"
        );
        assert!(
            errors.iter().any(|e| e.sheet == "survey"
                && e.row == Some(7)
                && e.message.contains("does not exist")),
            "{errors:#?}"
        );
    }

    #[test]
    fn groups_must_close_and_not_nest() {
        let mut s = small();
        s.survey[4][0] = "begin group".into();
        s.survey[4][1] = "inner".into();
        let errors = from_sheets(&s).unwrap_err();
        assert!(
            errors
                .iter()
                .any(|e| e.row == Some(5) && e.message.contains("inside a group")),
            "{errors:#?}"
        );
        assert!(
            errors
                .iter()
                .any(|e| e.row == Some(3) && e.message.contains("no end_group")),
            "{errors:#?}"
        );
    }

    #[test]
    fn integer_bounds_and_range_parameters() {
        assert_eq!(
            parse_bounds(". >= 0 and . <= 120"),
            Ok((Some(0), Some(120)))
        );
        assert_eq!(parse_bounds(".<=5"), Ok((None, Some(5))));
        assert!(parse_bounds("regex(., '^[0-9]+$')").is_err());
        assert_eq!(parse_range("start=0 end=10 step=1"), Ok((0, 10)));
        assert_eq!(parse_range("start=0;end=5"), Ok((0, 5)));
        assert!(parse_range("start=0 end=10 step=2").is_err());
        assert!(parse_range("start=5 end=5").is_err());
        let mut s = small();
        s.survey
            .push(sheet(&[&["integer", "age", "Age", "Âge", "", "", ""]]).remove(0));
        s.survey[0].push("constraint".into());
        s.survey
            .last_mut()
            .unwrap()
            .push(". >= 16 and . <= 120".into());
        let q = from_sheets(&s).unwrap();
        assert_eq!(
            q.question("age").unwrap().kind,
            QuestionKind::Number {
                min: Some(16),
                max: Some(120)
            }
        );
        assert_eq!(from_sheets(&to_sheets(&q)), Ok(q));
    }

    #[test]
    fn a_plain_label_needs_the_default_language() {
        let mut s = small();
        s.survey[0][2] = "label".into();
        s.choices[0][2] = "label".into();
        let q = from_sheets(&s).unwrap();
        assert_eq!(q.languages, ["en", "fr"]);
        s.settings[1][3] = String::new();
        let errors = from_sheets(&s).unwrap_err();
        assert!(
            errors
                .iter()
                .any(|e| e.sheet == "settings" && e.column.as_deref() == Some("default_language")),
            "{errors:#?}"
        );
    }

    #[test]
    fn language_names_and_codes() {
        assert_eq!(language_code("English (en)").as_deref(), Some("en"));
        assert_eq!(language_code("العربية (ar)").as_deref(), Some("ar"));
        assert_eq!(language_code("French").as_deref(), Some("fr"));
        assert_eq!(language_code("nl").as_deref(), Some("nl"));
        assert_eq!(language_code("Klingon"), None);
        assert_eq!(language_column_name("es"), "Español (es)");
    }
}
