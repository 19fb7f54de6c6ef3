//! Questionnaires as data (issue 12): sections, questions, answer choices,
//! conditions and every label in every language of the questionnaire. The
//! XLSForm reader and writer (`survey::xlsform`) and the answering pages work
//! on these values; a questionnaire is identified by its `form_id` and
//! `version` (the XLSForm settings), and a version never changes once an
//! edition uses it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// A text in each language of the questionnaire, keyed by language code
/// (`fr`, `nl`, `en`, `es`, `ar`…).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Labels(pub BTreeMap<String, String>);

impl Labels {
    pub fn new() -> Self {
        Labels(BTreeMap::new())
    }

    pub fn with(mut self, lang: &str, text: &str) -> Self {
        self.0.insert(lang.to_owned(), text.to_owned());
        self
    }

    /// The text in `lang`, else in `fallback`, else any; empty when none.
    pub fn get<'a>(&'a self, lang: &str, fallback: &str) -> &'a str {
        self.0
            .get(lang)
            .or_else(|| self.0.get(fallback))
            .or_else(|| self.0.values().next())
            .map_or("", String::as_str)
    }

    pub fn is_empty(&self) -> bool {
        self.0.values().all(|t| t.trim().is_empty())
    }
}

/// What a question asks for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum QuestionKind {
    /// One answer from the choice list `list` (XLSForm `select_one list`).
    SingleChoice { list: String },
    /// Any number of answers from `list` (XLSForm `select_multiple list`).
    MultipleChoice { list: String },
    /// A whole number from `min` to `max`, 0 to 10 for satisfaction
    /// (XLSForm `range` with `parameters` `start=0 end=10 step=1`).
    Scale { min: i64, max: i64 },
    /// A whole number, within bounds when given (XLSForm `integer`).
    Number { min: Option<i64>, max: Option<i64> },
    /// A short free text (XLSForm `text`), at most 500 characters.
    Text,
    /// A value set by the link the visitor followed, never shown (XLSForm
    /// `hidden`): e.g. `public` = `mobile` for the mobile EPN, so that
    /// conditions can show the mobile public its part only.
    Hidden,
}

/// What a question stands for in the analysis, beyond its own distribution.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// A crossing variable: every other question is crossed by it (age
    /// class, gender, diploma, status).
    Cross,
    /// Overall satisfaction, 0–10: the importance of each service is its
    /// correlation with this one.
    Overall,
    /// Satisfaction with one service, 0–10: a point of the
    /// importance/performance matrix.
    Service,
}

impl Role {
    pub fn code(self) -> &'static str {
        match self {
            Role::Cross => "cross",
            Role::Overall => "overall",
            Role::Service => "service",
        }
    }

    pub fn parse(code: &str) -> Option<Role> {
        match code.trim() {
            "cross" => Some(Role::Cross),
            "overall" => Some(Role::Overall),
            "service" => Some(Role::Service),
            _ => None,
        }
    }
}

/// A question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Question {
    /// Its name: letters, digits and `_`, unique in the questionnaire; the
    /// column of the answers file.
    pub name: String,
    pub kind: QuestionKind,
    pub label: Labels,
    #[serde(default)]
    pub hint: Labels,
    #[serde(default)]
    pub required: bool,
    /// Shown only when this holds (XLSForm `relevant`).
    #[serde(default)]
    pub relevant: Option<Condition>,
    #[serde(default)]
    pub role: Option<Role>,
}

/// A section: a titled group of questions, shown together on one page when
/// small (XLSForm `begin_group` … `end_group`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Section {
    pub name: String,
    pub label: Labels,
    #[serde(default)]
    pub relevant: Option<Condition>,
    pub questions: Vec<Question>,
}

/// One answer choice of a list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    /// Its value in the answers: letters, digits, `_` and `-`.
    pub name: String,
    pub label: Labels,
}

/// A list of answer choices, shared by the questions that name it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChoiceList {
    pub name: String,
    pub choices: Vec<Choice>,
}

/// A questionnaire version.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Questionnaire {
    /// Stable identifier across versions (XLSForm `form_id`).
    pub form_id: String,
    /// The version (XLSForm `version`), e.g. `2021.1`.
    pub version: String,
    /// Its title (XLSForm `form_title`, per language in Passerelle).
    pub title: Labels,
    /// The languages every label is given in, the default first.
    pub languages: Vec<String>,
    /// Where it comes from, shown with it (e.g. "rebuilt from the 2021
    /// report's Annex 5").
    #[serde(default)]
    pub provenance: Option<String>,
    pub sections: Vec<Section>,
    pub lists: Vec<ChoiceList>,
}

/// An answer to one question: a number for scales and numbers, the
/// choices' names for a multiple choice, a text for a single choice (the
/// choice's name), a short text or a hidden value. In JSON: `7`, `["a","b"]`,
/// `"a"`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Value {
    Number(i64),
    Choices(Vec<String>),
    Text(String),
}

/// The answers of one visitor: question name → answer; a question not
/// answered (or not shown) is absent.
pub type Answers = BTreeMap<String, Value>;

/// The XLSForm `relevant` subset Passerelle reads and writes. In data files
/// and stored questionnaires it is written as its XLSForm text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Condition {
    /// `${q} = 'v'` (a single choice, hidden value or text) or `${q} = 7`.
    Equals(String, String),
    /// `${q} != 'v'`.
    NotEquals(String, String),
    /// `selected(${q}, 'v')` (a multiple or single choice).
    Selected(String, String),
    /// `${q} >= n`, `${q} <= n` (numbers and scales).
    AtLeast(String, i64),
    AtMost(String, i64),
    Not(Box<Condition>),
    All(Vec<Condition>),
    Any(Vec<Condition>),
}

/// A questionnaire that cannot be used, with where and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{place}: {message}")]
pub struct QuestionnaireError {
    /// The question, list or setting concerned.
    pub place: String,
    pub message: String,
}

fn valid_name(name: &str, extra: &[char]) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || extra.contains(&c))
}

impl Questionnaire {
    /// Every question, in order.
    pub fn questions(&self) -> impl Iterator<Item = &Question> {
        self.sections.iter().flat_map(|s| s.questions.iter())
    }

    pub fn question(&self, name: &str) -> Option<&Question> {
        self.questions().find(|q| q.name == name)
    }

    pub fn list(&self, name: &str) -> Option<&ChoiceList> {
        self.lists.iter().find(|l| l.name == name)
    }

    /// The choices of a choice question; empty for other kinds.
    pub fn choices_of(&self, question: &Question) -> &[Choice] {
        match &question.kind {
            QuestionKind::SingleChoice { list } | QuestionKind::MultipleChoice { list } => {
                self.list(list).map_or(&[], |l| l.choices.as_slice())
            }
            _ => &[],
        }
    }

    pub fn default_language(&self) -> &str {
        self.languages.first().map_or("fr", String::as_str)
    }

    /// Every problem that makes the questionnaire unusable: names, lists,
    /// scales, labels missing in a language, conditions naming unknown or
    /// later questions, roles on the wrong kind of question.
    pub fn check(&self) -> Result<(), Vec<QuestionnaireError>> {
        let mut errors = Vec::new();
        let mut err = |place: &str, message: String| {
            errors.push(QuestionnaireError {
                place: place.to_owned(),
                message,
            })
        };
        if !valid_name(&self.form_id, &['-']) {
            err(
                "form_id",
                format!(
                    "{:?} is not a valid identifier (letters, digits, _ and -)",
                    self.form_id
                ),
            );
        }
        if self.version.trim().is_empty() {
            err("version", "the version is missing".into());
        }
        if self.languages.is_empty() {
            err("languages", "at least one language is needed".into());
        }
        let mut seen: Vec<&str> = Vec::new();
        for list in &self.lists {
            if list.choices.is_empty() {
                err(&list.name, "the choice list has no choice".into());
            }
            let mut names: Vec<&str> = Vec::new();
            for c in &list.choices {
                if !valid_name(&c.name, &['-']) && c.name.parse::<i64>().is_err() {
                    err(&list.name, format!("choice name {:?} is not valid", c.name));
                }
                if names.contains(&c.name.as_str()) {
                    err(&list.name, format!("choice {:?} appears twice", c.name));
                }
                names.push(&c.name);
                for l in &self.languages {
                    if c.label.0.get(l).is_none_or(|t| t.trim().is_empty()) {
                        err(
                            &list.name,
                            format!("choice {:?} has no label in {l}", c.name),
                        );
                    }
                }
            }
        }
        let mut overall = 0;
        for section in &self.sections {
            if let Some(c) = &section.relevant {
                check_condition(self, c, &seen, &section.name, &mut err);
            }
            for q in &section.questions {
                if !valid_name(&q.name, &[]) {
                    err(
                        &q.name,
                        "a question name has letters, digits and _ only".into(),
                    );
                }
                if seen.contains(&q.name.as_str()) {
                    err(&q.name, "the question name appears twice".into());
                }
                if let Some(c) = &q.relevant {
                    check_condition(self, c, &seen, &q.name, &mut err);
                }
                seen.push(&q.name);
                match &q.kind {
                    QuestionKind::SingleChoice { list } | QuestionKind::MultipleChoice { list }
                        if self.list(list).is_none() =>
                    {
                        err(&q.name, format!("the choice list {list:?} does not exist"));
                    }
                    QuestionKind::Scale { min, max } if min >= max => {
                        err(&q.name, format!("the scale goes from {min} to {max}"));
                    }
                    QuestionKind::Number {
                        min: Some(a),
                        max: Some(b),
                    } if a > b => {
                        err(&q.name, format!("the bounds go from {a} to {b}"));
                    }
                    _ => {}
                }
                if q.kind != QuestionKind::Hidden {
                    for l in &self.languages {
                        if q.label.0.get(l).is_none_or(|t| t.trim().is_empty()) {
                            err(&q.name, format!("no label in {l}"));
                        }
                    }
                }
                match q.role {
                    Some(Role::Cross) if !matches!(q.kind, QuestionKind::SingleChoice { .. }) => {
                        err(
                            &q.name,
                            "a crossing variable must be a single choice".into(),
                        );
                    }
                    Some(Role::Overall | Role::Service)
                        if !matches!(q.kind, QuestionKind::Scale { .. }) =>
                    {
                        err(&q.name, "a satisfaction role needs a 0–10 scale".into());
                    }
                    Some(Role::Overall) => overall += 1,
                    _ => {}
                }
            }
        }
        if overall > 1 {
            err(
                "overall",
                "only one question can be the overall satisfaction".into(),
            );
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }

    /// Whether `question` is shown given the answers so far (its section's
    /// condition and its own).
    pub fn is_shown(&self, question: &str, answers: &Answers) -> bool {
        for s in &self.sections {
            if let Some(q) = s.questions.iter().find(|q| q.name == question) {
                return q.kind != QuestionKind::Hidden
                    && s.relevant.as_ref().is_none_or(|c| c.holds(answers))
                    && q.relevant.as_ref().is_none_or(|c| c.holds(answers));
            }
        }
        false
    }
}

fn check_condition(
    form: &Questionnaire,
    c: &Condition,
    earlier: &[&str],
    place: &str,
    err: &mut impl FnMut(&str, String),
) {
    match c {
        Condition::Equals(q, _)
        | Condition::NotEquals(q, _)
        | Condition::Selected(q, _)
        | Condition::AtLeast(q, _)
        | Condition::AtMost(q, _) => {
            if form.question(q).is_none() {
                err(
                    place,
                    format!("the condition names ${{{q}}}, which does not exist"),
                );
            } else if !earlier.contains(&q.as_str()) {
                err(
                    place,
                    format!("the condition names ${{{q}}}, which comes later"),
                );
            }
        }
        Condition::Not(inner) => check_condition(form, inner, earlier, place, err),
        Condition::All(cs) | Condition::Any(cs) => {
            for c in cs {
                check_condition(form, c, earlier, place, err);
            }
        }
    }
}

fn value_is(value: Option<&Value>, expected: &str) -> bool {
    match value {
        Some(Value::Number(n)) => expected.parse::<i64>().is_ok_and(|e| e == *n),
        Some(Value::Choices(cs)) => cs.len() == 1 && cs[0] == expected,
        Some(Value::Text(t)) => t == expected,
        None => false,
    }
}

impl Condition {
    /// Whether the condition holds for the answers so far. A comparison with
    /// an unanswered question is false (as in XLSForm, where it is empty).
    pub fn holds(&self, answers: &Answers) -> bool {
        match self {
            Condition::Equals(q, v) => value_is(answers.get(q), v),
            Condition::NotEquals(q, v) => !value_is(answers.get(q), v),
            Condition::Selected(q, v) => match answers.get(q) {
                Some(Value::Choices(cs)) => cs.iter().any(|c| c == v),
                Some(Value::Text(t)) => t == v,
                _ => false,
            },
            Condition::AtLeast(q, n) => matches!(answers.get(q), Some(Value::Number(x)) if x >= n),
            Condition::AtMost(q, n) => matches!(answers.get(q), Some(Value::Number(x)) if x <= n),
            Condition::Not(c) => !c.holds(answers),
            Condition::All(cs) => cs.iter().all(|c| c.holds(answers)),
            Condition::Any(cs) => cs.iter().any(|c| c.holds(answers)),
        }
    }

    /// The XLSForm `relevant` text.
    pub fn to_xlsform(&self) -> String {
        fn quoted(v: &str) -> String {
            if v.parse::<i64>().is_ok() {
                v.to_owned()
            } else {
                format!("'{v}'")
            }
        }
        match self {
            Condition::Equals(q, v) => format!("${{{q}}} = {}", quoted(v)),
            Condition::NotEquals(q, v) => format!("${{{q}}} != {}", quoted(v)),
            Condition::Selected(q, v) => format!("selected(${{{q}}}, '{v}')"),
            Condition::AtLeast(q, n) => format!("${{{q}}} >= {n}"),
            Condition::AtMost(q, n) => format!("${{{q}}} <= {n}"),
            Condition::Not(c) => format!("not({})", c.to_xlsform()),
            Condition::All(cs) => cs
                .iter()
                .map(|c| match c {
                    Condition::Any(_) => format!("({})", c.to_xlsform()),
                    _ => c.to_xlsform(),
                })
                .collect::<Vec<_>>()
                .join(" and "),
            Condition::Any(cs) => cs
                .iter()
                .map(|c| match c {
                    Condition::All(_) => format!("({})", c.to_xlsform()),
                    _ => c.to_xlsform(),
                })
                .collect::<Vec<_>>()
                .join(" or "),
        }
    }

    /// Reads the XLSForm `relevant` subset: `${q} = 'v'`, `!=`, `>=`, `<=`,
    /// `selected(${q}, 'v')`, `not(…)`, `and`, `or` and parentheses.
    pub fn parse_xlsform(text: &str) -> Result<Condition, String> {
        let tokens = tokenize(text)?;
        let mut p = Parser { tokens, at: 0 };
        let c = p.or()?;
        if p.at != p.tokens.len() {
            return Err(format!("unexpected {:?} in {text:?}", p.tokens[p.at]));
        }
        Ok(c)
    }
}

impl Serialize for Condition {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_xlsform())
    }
}

impl<'de> Deserialize<'de> for Condition {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Condition::parse_xlsform(&text).map_err(serde::de::Error::custom)
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Var(String),
    Str(String),
    Num(i64),
    Op(&'static str),
    Word(String),
    Open,
    Close,
    Comma,
}

fn tokenize(text: &str) -> Result<Vec<Token>, String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            ' ' | '\t' | '\n' | '\r' => i += 1,
            '$' => {
                if chars.get(i + 1) != Some(&'{') {
                    return Err(format!("expected {{ after $ in {text:?}"));
                }
                let end = chars[i..]
                    .iter()
                    .position(|&c| c == '}')
                    .ok_or_else(|| format!("unclosed ${{ in {text:?}"))?;
                out.push(Token::Var(chars[i + 2..i + end].iter().collect()));
                i += end + 1;
            }
            '\'' | '"' => {
                let end = chars[i + 1..]
                    .iter()
                    .position(|&q| q == c)
                    .ok_or_else(|| format!("unclosed quote in {text:?}"))?;
                out.push(Token::Str(chars[i + 1..i + 1 + end].iter().collect()));
                i += end + 2;
            }
            '(' => {
                out.push(Token::Open);
                i += 1;
            }
            ')' => {
                out.push(Token::Close);
                i += 1;
            }
            ',' => {
                out.push(Token::Comma);
                i += 1;
            }
            '!' | '>' | '<' | '=' => {
                let two: String = chars[i..(i + 2).min(chars.len())].iter().collect();
                let op = match two.as_str() {
                    "!=" => "!=",
                    ">=" => ">=",
                    "<=" => "<=",
                    _ if c == '=' => "=",
                    _ => return Err(format!("operator {c:?} is not supported in {text:?}")),
                };
                i += op.len();
                out.push(Token::Op(op));
            }
            c if c.is_ascii_digit() || c == '-' => {
                let start = i;
                i += 1;
                while i < chars.len() && chars[i].is_ascii_digit() {
                    i += 1;
                }
                let n: String = chars[start..i].iter().collect();
                out.push(Token::Num(
                    n.parse().map_err(|_| format!("bad number {n:?}"))?,
                ));
            }
            c if c.is_ascii_alphabetic() => {
                let start = i;
                while i < chars.len() && (chars[i].is_ascii_alphanumeric() || chars[i] == '-') {
                    i += 1;
                }
                out.push(Token::Word(chars[start..i].iter().collect()));
            }
            other => return Err(format!("unexpected {other:?} in {text:?}")),
        }
    }
    Ok(out)
}

struct Parser {
    tokens: Vec<Token>,
    at: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.at)
    }

    fn next(&mut self) -> Result<Token, String> {
        let t = self
            .tokens
            .get(self.at)
            .cloned()
            .ok_or("the condition ends too early")?;
        self.at += 1;
        Ok(t)
    }

    fn expect(&mut self, t: Token) -> Result<(), String> {
        let got = self.next()?;
        if got == t {
            Ok(())
        } else {
            Err(format!("expected {t:?}, found {got:?}"))
        }
    }

    fn or(&mut self) -> Result<Condition, String> {
        let mut parts = vec![self.and()?];
        while matches!(self.peek(), Some(Token::Word(w)) if w == "or") {
            self.at += 1;
            parts.push(self.and()?);
        }
        Ok(if parts.len() == 1 {
            parts.remove(0)
        } else {
            Condition::Any(parts)
        })
    }

    fn and(&mut self) -> Result<Condition, String> {
        let mut parts = vec![self.atom()?];
        while matches!(self.peek(), Some(Token::Word(w)) if w == "and") {
            self.at += 1;
            parts.push(self.atom()?);
        }
        Ok(if parts.len() == 1 {
            parts.remove(0)
        } else {
            Condition::All(parts)
        })
    }

    fn atom(&mut self) -> Result<Condition, String> {
        match self.next()? {
            Token::Open => {
                let c = self.or()?;
                self.expect(Token::Close)?;
                Ok(c)
            }
            Token::Word(w) if w == "not" => {
                self.expect(Token::Open)?;
                let c = self.or()?;
                self.expect(Token::Close)?;
                Ok(Condition::Not(Box::new(c)))
            }
            Token::Word(w) if w == "selected" => {
                self.expect(Token::Open)?;
                let Token::Var(q) = self.next()? else {
                    return Err("selected( needs a ${question} first".into());
                };
                self.expect(Token::Comma)?;
                let v = match self.next()? {
                    Token::Str(s) => s,
                    Token::Num(n) => n.to_string(),
                    t => return Err(format!("selected( needs a value, found {t:?}")),
                };
                self.expect(Token::Close)?;
                Ok(Condition::Selected(q, v))
            }
            Token::Var(q) => {
                let Token::Op(op) = self.next()? else {
                    return Err(format!("expected a comparison after ${{{q}}}"));
                };
                let value = self.next()?;
                match (op, value) {
                    ("=", Token::Str(v)) => Ok(Condition::Equals(q, v)),
                    ("=", Token::Num(n)) => Ok(Condition::Equals(q, n.to_string())),
                    ("!=", Token::Str(v)) => Ok(Condition::NotEquals(q, v)),
                    ("!=", Token::Num(n)) => Ok(Condition::NotEquals(q, n.to_string())),
                    (">=", Token::Num(n)) => Ok(Condition::AtLeast(q, n)),
                    ("<=", Token::Num(n)) => Ok(Condition::AtMost(q, n)),
                    (op, v) => Err(format!("{op} {v:?} is not supported")),
                }
            }
            t => Err(format!("unexpected {t:?}")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conditions_round_trip_through_xlsform_text() {
        for text in [
            "${public} != 'mobile'",
            "selected(${devices}, 'none')",
            "${age} = '60+' or ${age} = '50-59'",
            "not(${public} = 'mobile') and (${q1} = 'yes' or ${q2} >= 7)",
            "${overall} <= 5",
        ] {
            let c = Condition::parse_xlsform(text).unwrap();
            assert_eq!(
                Condition::parse_xlsform(&c.to_xlsform()).unwrap(),
                c,
                "{text}"
            );
        }
        assert!(Condition::parse_xlsform("${a} > 3").is_err());
        assert!(Condition::parse_xlsform("${a} = ").is_err());
        assert!(Condition::parse_xlsform("string-length(${a}) > 3").is_err());
    }

    #[test]
    fn conditions_hold_on_answers() {
        let mut a = Answers::new();
        a.insert("public".into(), Value::Text("mobile".into()));
        a.insert(
            "devices".into(),
            Value::Choices(vec!["phone".into(), "tablet".into()]),
        );
        a.insert("overall".into(), Value::Number(8));
        let c = |t: &str| Condition::parse_xlsform(t).unwrap().holds(&a);
        assert!(!c("${public} != 'mobile'"));
        assert!(c("${public} = 'mobile'"));
        assert!(c("selected(${devices}, 'tablet')"));
        assert!(!c("selected(${devices}, 'none')"));
        assert!(c("${overall} >= 8 and ${overall} <= 8"));
        assert!(c("${overall} = 8"));
        // An unanswered question is empty: "=" is false and "!=" true.
        assert!(!c("${missing} = 'x'"));
        assert!(c("${missing} != 'x'"));
    }
}
