//! Answering a questionnaire, page by page (issue 12, items 4-5): the pure
//! rules behind the visitor's pages.
//!
//! - **Pages** ("one thing per page", GOV.UK): every question has its own
//!   page, except a run of consecutive 0–10 ratings of the same section and
//!   the same role (e.g. the satisfaction with each service), which share
//!   one page — they are short, alike, and read as one question ("How
//!   satisfied are you with…?") — up to [`MAX_GROUP`] per page; the overall
//!   satisfaction, another role, keeps its own page. A rating of the group
//!   that is not shown (its condition) is left out of the page. Hidden
//!   questions (set by the link, e.g. `public = mobile`) are never on a page.
//! - **Which page comes next** depends on the answers so far: a page is shown
//!   when one of its questions is shown (its section's and its own condition,
//!   [`Questionnaire::is_shown`]); the hidden values take part in conditions
//!   like any answer.
//! - **A page's form** is parsed into [`Value`]s with one error per question:
//!   required, not a choice of the list, out of the scale or bounds, not a
//!   whole number, text too long (at most [`TEXT_MAX_CHARS`] characters).
//! - **Complete** means every required question that is shown is answered;
//!   the answers to questions that are no longer shown (an earlier answer
//!   changed) are dropped by [`clean`].

use super::questionnaire::{Answers, Question, QuestionKind, Questionnaire, Value};

/// The longest short text, in characters.
pub const TEXT_MAX_CHARS: usize = 500;
/// A draft (a stopped answer) unchanged this long is deleted.
pub const DRAFT_DAYS: i64 = 30;
/// The most ratings grouped on one page.
pub const MAX_GROUP: usize = 8;

/// One page: the names of its questions, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub questions: Vec<String>,
}

/// The pages of a questionnaire, in order (see the module's rules).
pub fn pages(form: &Questionnaire) -> Vec<Page> {
    let mut pages = Vec::new();
    for section in &form.sections {
        let mut group: Vec<String> = Vec::new();
        let mut group_role = None;
        for q in &section.questions {
            match q.kind {
                QuestionKind::Hidden => continue,
                QuestionKind::Scale { .. } => {
                    if group.len() == MAX_GROUP || (!group.is_empty() && group_role != q.role) {
                        pages.push(Page {
                            questions: std::mem::take(&mut group),
                        });
                    }
                    group_role = q.role;
                    group.push(q.name.clone());
                }
                _ => {
                    if !group.is_empty() {
                        pages.push(Page {
                            questions: std::mem::take(&mut group),
                        });
                    }
                    pages.push(Page {
                        questions: vec![q.name.clone()],
                    });
                }
            }
        }
        if !group.is_empty() {
            pages.push(Page { questions: group });
        }
    }
    pages
}

/// Whether page `page` is shown given the answers so far.
pub fn page_shown(form: &Questionnaire, page: &Page, answers: &Answers) -> bool {
    page.questions.iter().any(|q| form.is_shown(q, answers))
}

/// The first shown page after `after` (None: from the start).
pub fn next_page(
    form: &Questionnaire,
    pages: &[Page],
    after: Option<usize>,
    answers: &Answers,
) -> Option<usize> {
    let start = after.map_or(0, |i| i + 1);
    (start..pages.len()).find(|&i| page_shown(form, &pages[i], answers))
}

/// The last shown page before `before`.
pub fn previous_page(
    form: &Questionnaire,
    pages: &[Page],
    before: usize,
    answers: &Answers,
) -> Option<usize> {
    (0..before.min(pages.len()))
        .rev()
        .find(|&i| page_shown(form, &pages[i], answers))
}

/// Where "Question 3 of 14" stands: the position of page `index` among the
/// pages shown with these answers (1-based) and their number. Later
/// conditions on questions not answered yet count as not holding, so the
/// total may change as the visitor goes.
pub fn progress(
    form: &Questionnaire,
    pages: &[Page],
    index: usize,
    answers: &Answers,
) -> (usize, usize) {
    let shown: Vec<usize> = (0..pages.len())
        .filter(|&i| i == index || page_shown(form, &pages[i], answers))
        .collect();
    let position = shown.iter().position(|&i| i == index).map_or(1, |p| p + 1);
    (position, shown.len())
}

/// Where a visitor who stopped goes on: the shown page after the last shown
/// page with an answer (the first page when none is answered), or None when
/// every shown page lies behind.
pub fn resume_page(form: &Questionnaire, pages: &[Page], answers: &Answers) -> Option<usize> {
    let last = (0..pages.len()).rev().find(|&i| {
        page_shown(form, &pages[i], answers)
            && pages[i].questions.iter().any(|q| answers.contains_key(q))
    });
    next_page(form, pages, last, answers)
}

/// What is wrong with the answer to one question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswerError {
    /// A required question left empty.
    Required,
    /// A value that is not one of the question's choices.
    NotAChoice,
    /// Several answers to a question that takes one.
    OneOnly,
    /// Not a whole number.
    NotANumber,
    /// Outside the scale or the bounds (either may be open).
    OutOfRange { min: Option<i64>, max: Option<i64> },
    /// A text longer than [`TEXT_MAX_CHARS`].
    TooLong { max: usize, count: usize },
}

impl AnswerError {
    /// A stable code for the message (the web layer translates it).
    pub fn code(&self) -> &'static str {
        match self {
            AnswerError::Required => "required",
            AnswerError::NotAChoice => "not-a-choice",
            AnswerError::OneOnly => "one-only",
            AnswerError::NotANumber => "not-a-number",
            AnswerError::OutOfRange { .. } => "out-of-range",
            AnswerError::TooLong { .. } => "too-long",
        }
    }
}

/// A page's form, read: the values given (only for questions answered) and
/// the problems, one per question, in the page's order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PageAnswers {
    pub values: Answers,
    pub errors: Vec<(String, AnswerError)>,
}

impl PageAnswers {
    pub fn is_ok(&self) -> bool {
        self.errors.is_empty()
    }

    pub fn error(&self, question: &str) -> Option<&AnswerError> {
        self.errors
            .iter()
            .find(|(q, _)| q == question)
            .map(|(_, e)| e)
    }
}

/// Reads page `page`'s submitted fields (name = the question's name, once
/// per chosen value for a multiple choice; other fields are ignored) given
/// the answers so far (for the conditions of the page's questions: a
/// question that is not shown is neither read nor required).
pub fn parse_page(
    form: &Questionnaire,
    page: &Page,
    fields: &[(String, String)],
    answers: &Answers,
) -> PageAnswers {
    let mut out = PageAnswers::default();
    for name in &page.questions {
        let Some(q) = form.question(name) else {
            continue;
        };
        if !form.is_shown(name, answers) {
            continue;
        }
        let given: Vec<&str> = fields
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.trim())
            .filter(|v| !v.is_empty())
            .collect();
        match parse_question(form, q, &given) {
            Ok(Some(v)) => {
                out.values.insert(name.clone(), v);
            }
            Ok(None) if q.required => out.errors.push((name.clone(), AnswerError::Required)),
            Ok(None) => {}
            Err(e) => out.errors.push((name.clone(), e)),
        }
    }
    out
}

fn parse_question(
    form: &Questionnaire,
    q: &Question,
    given: &[&str],
) -> Result<Option<Value>, AnswerError> {
    if given.is_empty() {
        return Ok(None);
    }
    let is_choice = |v: &str| form.choices_of(q).iter().any(|c| c.name == v);
    match &q.kind {
        QuestionKind::SingleChoice { .. } => {
            if given.len() > 1 {
                return Err(AnswerError::OneOnly);
            }
            if !is_choice(given[0]) {
                return Err(AnswerError::NotAChoice);
            }
            Ok(Some(Value::Text(given[0].to_owned())))
        }
        QuestionKind::MultipleChoice { .. } => {
            if !given.iter().all(|v| is_choice(v)) {
                return Err(AnswerError::NotAChoice);
            }
            // In the list's order, each once.
            let chosen = form
                .choices_of(q)
                .iter()
                .filter(|c| given.contains(&c.name.as_str()))
                .map(|c| c.name.clone())
                .collect();
            Ok(Some(Value::Choices(chosen)))
        }
        QuestionKind::Scale { min, max } => number(given, Some(*min), Some(*max)),
        QuestionKind::Number { min, max } => number(given, *min, *max),
        QuestionKind::Text => {
            let text = given.join(" ");
            let count = text.chars().count();
            if count > TEXT_MAX_CHARS {
                return Err(AnswerError::TooLong {
                    max: TEXT_MAX_CHARS,
                    count,
                });
            }
            Ok(Some(Value::Text(text)))
        }
        // Never on a page: set by the link.
        QuestionKind::Hidden => Ok(None),
    }
}

fn number(
    given: &[&str],
    min: Option<i64>,
    max: Option<i64>,
) -> Result<Option<Value>, AnswerError> {
    if given.len() > 1 {
        return Err(AnswerError::OneOnly);
    }
    let n: i64 = given[0].parse().map_err(|_| AnswerError::NotANumber)?;
    if min.is_some_and(|m| n < m) || max.is_some_and(|m| n > m) {
        return Err(AnswerError::OutOfRange { min, max });
    }
    Ok(Some(Value::Number(n)))
}

/// The answers after saving a page: the page's previous answers are
/// replaced by what it gave (a question emptied is removed).
pub fn apply_page(answers: &Answers, page: &Page, given: &PageAnswers) -> Answers {
    let mut out = answers.clone();
    for q in &page.questions {
        out.remove(q);
    }
    out.extend(given.values.iter().map(|(k, v)| (k.clone(), v.clone())));
    out
}

/// The answers without those to questions no longer shown (an earlier
/// answer changed since), hidden values kept. Conditions only name earlier
/// questions, so one pass in order settles it.
pub fn clean(form: &Questionnaire, answers: &Answers) -> Answers {
    let mut out = Answers::new();
    for q in form.questions() {
        let Some(v) = answers.get(&q.name) else {
            continue;
        };
        if q.kind == QuestionKind::Hidden || form.is_shown(&q.name, &out) {
            out.insert(q.name.clone(), v.clone());
        }
    }
    out
}

/// The first shown page with a required question not answered; None when
/// the answer is complete.
pub fn first_incomplete_page(
    form: &Questionnaire,
    pages: &[Page],
    answers: &Answers,
) -> Option<usize> {
    let answers = clean(form, answers);
    (0..pages.len()).find(|&i| {
        pages[i].questions.iter().any(|name| {
            form.question(name).is_some_and(|q| q.required)
                && form.is_shown(name, &answers)
                && !answers.contains_key(name)
        })
    })
}

/// Whether the answer is complete: every required question shown is answered.
pub fn is_complete(form: &Questionnaire, answers: &Answers) -> bool {
    first_incomplete_page(form, &pages(form), answers).is_none()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::survey::questionnaire::{Choice, ChoiceList, Condition, Labels, Role, Section};

    fn labels(text: &str) -> Labels {
        Labels::new().with("fr", text).with("ar", text)
    }

    fn q(name: &str, kind: QuestionKind, required: bool, relevant: Option<&str>) -> Question {
        Question {
            name: name.into(),
            kind,
            label: labels(name),
            hint: Labels::new(),
            required,
            relevant: relevant.map(|c| Condition::parse_xlsform(c).unwrap()),
            role: None,
        }
    }

    fn list(name: &str, choices: &[&str]) -> ChoiceList {
        ChoiceList {
            name: name.into(),
            choices: choices
                .iter()
                .map(|c| Choice {
                    name: (*c).into(),
                    label: labels(c),
                })
                .collect(),
        }
    }

    /// A small questionnaire: a hidden `public`, the visitor, the ratings
    /// (grouped), and a part the mobile public never sees.
    fn form() -> Questionnaire {
        let scale = QuestionKind::Scale { min: 0, max: 10 };
        let single = |l: &str| QuestionKind::SingleChoice { list: l.into() };
        let form = Questionnaire {
            form_id: "test".into(),
            version: "1".into(),
            title: labels("Test"),
            languages: vec!["fr".into(), "ar".into()],
            provenance: None,
            sections: vec![
                Section {
                    name: "you".into(),
                    label: labels("You"),
                    relevant: None,
                    questions: vec![
                        q("public", QuestionKind::Hidden, false, None),
                        q("age", single("ages"), true, None),
                        q("device", single("yesno"), true, None),
                        q(
                            "which",
                            QuestionKind::MultipleChoice {
                                list: "devices".into(),
                            },
                            true,
                            Some("${device} = 'yes'"),
                        ),
                        q(
                            "visits",
                            QuestionKind::Number {
                                min: Some(1),
                                max: Some(7),
                            },
                            false,
                            None,
                        ),
                    ],
                },
                Section {
                    name: "satisfaction".into(),
                    label: labels("Satisfaction"),
                    relevant: Some(Condition::parse_xlsform("${public} != 'mobile'").unwrap()),
                    questions: vec![
                        Question {
                            role: Some(Role::Overall),
                            ..q("overall", scale.clone(), true, None)
                        },
                        Question {
                            role: Some(Role::Service),
                            ..q("s_help", scale.clone(), false, None)
                        },
                        Question {
                            role: Some(Role::Service),
                            ..q("s_rooms", scale.clone(), false, Some("${visits} >= 2"))
                        },
                        q("comment", QuestionKind::Text, false, None),
                    ],
                },
            ],
            lists: vec![
                list("ages", &["under_30", "from_30", "over_60"]),
                list("yesno", &["yes", "no"]),
                list("devices", &["phone", "computer", "tablet"]),
            ],
        };
        form.check().unwrap();
        form
    }

    fn fields(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    fn names(p: &Page) -> Vec<&str> {
        p.questions.iter().map(String::as_str).collect()
    }

    #[test]
    fn one_question_per_page_and_the_ratings_together() {
        let f = form();
        let p = pages(&f);
        let all: Vec<Vec<&str>> = p.iter().map(names).collect();
        assert_eq!(
            all,
            vec![
                vec!["age"],
                vec!["device"],
                vec!["which"],
                vec!["visits"],
                vec!["overall"],
                vec!["s_help", "s_rooms"],
                vec!["comment"],
            ]
        );
    }

    #[test]
    fn a_long_run_of_ratings_is_split() {
        let mut f = form();
        let extra: Vec<Question> = (0..10)
            .map(|i| Question {
                role: Some(Role::Service),
                ..q(
                    &format!("r{i}"),
                    QuestionKind::Scale { min: 0, max: 10 },
                    false,
                    None,
                )
            })
            .collect();
        f.sections[1].questions.splice(3..3, extra);
        let sizes: Vec<usize> = pages(&f).iter().map(|p| p.questions.len()).collect();
        assert_eq!(sizes, vec![1, 1, 1, 1, 1, 8, 4, 1]);
    }

    #[test]
    fn the_next_page_follows_the_answers_and_the_hidden_public() {
        let f = form();
        let p = pages(&f);
        let mut a = Answers::new();
        assert_eq!(next_page(&f, &p, None, &a), Some(0));
        a.insert("device".into(), Value::Text("no".into()));
        // No device: "which" is skipped, both ways.
        assert_eq!(next_page(&f, &p, Some(1), &a), Some(3));
        assert_eq!(previous_page(&f, &p, 3, &a), Some(1));
        a.insert("device".into(), Value::Text("yes".into()));
        assert_eq!(next_page(&f, &p, Some(1), &a), Some(2));
        // The mobile public never sees the satisfaction section.
        assert_eq!(next_page(&f, &p, Some(3), &a), Some(4));
        a.insert("public".into(), Value::Text("mobile".into()));
        assert_eq!(next_page(&f, &p, Some(3), &a), None);
        assert_eq!(previous_page(&f, &p, 0, &a), None);
        assert_eq!(progress(&f, &p, 3, &a), (4, 4));
        a.remove("public");
        assert_eq!(progress(&f, &p, 1, &a), (2, 7));
    }

    #[test]
    fn a_page_is_read_into_values_with_an_error_per_question() {
        let f = form();
        let p = pages(&f);
        let a = Answers::new();
        let ok = parse_page(
            &f,
            &p[0],
            &fields(&[("age", "over_60"), ("other", "x")]),
            &a,
        );
        assert!(ok.is_ok());
        assert_eq!(ok.values.get("age"), Some(&Value::Text("over_60".into())));
        let empty = parse_page(&f, &p[0], &fields(&[("age", "  ")]), &a);
        assert_eq!(empty.error("age"), Some(&AnswerError::Required));
        let wrong = parse_page(&f, &p[0], &fields(&[("age", "99")]), &a);
        assert_eq!(wrong.error("age"), Some(&AnswerError::NotAChoice));
        let two = parse_page(
            &f,
            &p[0],
            &fields(&[("age", "over_60"), ("age", "from_30")]),
            &a,
        );
        assert_eq!(two.error("age"), Some(&AnswerError::OneOnly));
        // A multiple choice: in the list's order, each once.
        let mut yes = Answers::new();
        yes.insert("device".into(), Value::Text("yes".into()));
        let which = parse_page(
            &f,
            &p[2],
            &fields(&[("which", "tablet"), ("which", "phone"), ("which", "tablet")]),
            &yes,
        );
        assert_eq!(
            which.values.get("which"),
            Some(&Value::Choices(vec!["phone".into(), "tablet".into()]))
        );
        let bad = parse_page(
            &f,
            &p[2],
            &fields(&[("which", "phone"), ("which", "car")]),
            &yes,
        );
        assert_eq!(bad.error("which"), Some(&AnswerError::NotAChoice));
        // Not shown (no device): neither read nor required.
        let hidden = parse_page(&f, &p[2], &fields(&[]), &a);
        assert!(hidden.is_ok() && hidden.values.is_empty());
        // Numbers and scales.
        let n = parse_page(&f, &p[3], &fields(&[("visits", "8")]), &a);
        assert_eq!(
            n.error("visits"),
            Some(&AnswerError::OutOfRange {
                min: Some(1),
                max: Some(7)
            })
        );
        let n = parse_page(&f, &p[3], &fields(&[("visits", "two")]), &a);
        assert_eq!(n.error("visits"), Some(&AnswerError::NotANumber));
        let n = parse_page(&f, &p[3], &fields(&[]), &a);
        assert!(n.is_ok() && n.values.is_empty(), "optional");
        let r = parse_page(&f, &p[4], &fields(&[("overall", "11")]), &a);
        assert!(matches!(
            r.error("overall"),
            Some(AnswerError::OutOfRange { .. })
        ));
        // A group: each rating read on its own; one not shown (few visits) is not read.
        let r = parse_page(&f, &p[5], &fields(&[("s_help", "7"), ("s_rooms", "x")]), &a);
        assert!(r.is_ok());
        assert_eq!(r.values.get("s_help"), Some(&Value::Number(7)));
        assert!(!r.values.contains_key("s_rooms"));
        let mut often = Answers::new();
        often.insert("visits".into(), Value::Number(3));
        let r = parse_page(
            &f,
            &p[5],
            &fields(&[("s_help", "7"), ("s_rooms", "x")]),
            &often,
        );
        assert_eq!(r.error("s_rooms"), Some(&AnswerError::NotANumber));
        // Texts: 500 characters at most (characters, not bytes).
        let long = "é".repeat(501);
        let t = parse_page(&f, &p[6], &fields(&[("comment", &long)]), &a);
        assert_eq!(
            t.error("comment"),
            Some(&AnswerError::TooLong {
                max: 500,
                count: 501
            })
        );
        let fine = "é".repeat(500);
        assert!(parse_page(&f, &p[6], &fields(&[("comment", &fine)]), &a).is_ok());
    }

    #[test]
    fn completeness_counts_the_shown_required_questions_only() {
        let f = form();
        let p = pages(&f);
        let mut a = Answers::new();
        a.insert("public".into(), Value::Text("mobile".into()));
        a.insert("age".into(), Value::Text("from_30".into()));
        assert!(!is_complete(&f, &a));
        assert_eq!(first_incomplete_page(&f, &p, &a), Some(1));
        a.insert("device".into(), Value::Text("no".into()));
        // Mobile, no device: nothing else is required.
        assert!(is_complete(&f, &a));
        a.remove("public");
        assert!(!is_complete(&f, &a), "the overall rating is required");
        a.insert("overall".into(), Value::Number(9));
        assert!(is_complete(&f, &a));
    }

    #[test]
    fn saving_a_page_replaces_its_answers_and_clean_drops_the_unshown() {
        let f = form();
        let p = pages(&f);
        let mut a = Answers::new();
        a.insert("public".into(), Value::Text("mobile".into()));
        a.insert("device".into(), Value::Text("yes".into()));
        a.insert("which".into(), Value::Choices(vec!["phone".into()]));
        a.insert("visits".into(), Value::Number(3));
        let emptied = parse_page(&f, &p[3], &fields(&[]), &a);
        let a = apply_page(&a, &p[3], &emptied);
        assert!(!a.contains_key("visits"));
        // The visitor went back and now has no device: "which" goes.
        let no = parse_page(&f, &p[1], &fields(&[("device", "no")]), &a);
        let a = apply_page(&a, &p[1], &no);
        let cleaned = clean(&f, &a);
        assert!(!cleaned.contains_key("which"));
        assert_eq!(cleaned.get("public"), Some(&Value::Text("mobile".into())));
        assert_eq!(cleaned.len(), 2);
    }

    #[test]
    fn a_stopped_answer_resumes_after_the_last_answered_page() {
        let f = form();
        let p = pages(&f);
        let mut a = Answers::new();
        assert_eq!(resume_page(&f, &p, &a), Some(0));
        a.insert("public".into(), Value::Text("mobile".into()));
        assert_eq!(
            resume_page(&f, &p, &a),
            Some(0),
            "the hidden value is no page"
        );
        a.insert("age".into(), Value::Text("from_30".into()));
        a.insert("device".into(), Value::Text("no".into()));
        assert_eq!(resume_page(&f, &p, &a), Some(3));
        a.insert("visits".into(), Value::Number(2));
        assert_eq!(
            resume_page(&f, &p, &a),
            None,
            "nothing left for the mobile public"
        );
    }

    #[test]
    fn the_2021_questionnaire_in_pages_and_the_mobile_public_its_part() {
        let f = crate::survey::shipped::epn_visitors_2021();
        let p = pages(&f);
        let services = p
            .iter()
            .find(|page| page.questions.iter().any(|q| q == "sat_computers"))
            .unwrap();
        assert_eq!(
            services.questions.len(),
            7,
            "the services' ratings on one page"
        );
        assert!(p.iter().any(|page| names(page) == ["overall"]));
        let everyone = (0..p.len())
            .filter(|&i| page_shown(&f, &p[i], &Answers::new()))
            .count();
        assert_eq!(everyone, p.len());
        let mut mobile = Answers::new();
        mobile.insert("public".into(), Value::Text("mobile".into()));
        let theirs: Vec<usize> = (0..p.len())
            .filter(|&i| page_shown(&f, &p[i], &mobile))
            .collect();
        assert!(theirs.len() < p.len());
        for i in theirs {
            for q in &p[i].questions {
                assert!(!["knew_before", "heard_from", "criteria"].contains(&q.as_str()));
            }
        }
    }
}
