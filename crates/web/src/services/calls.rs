//! Applying to a call: the application form as typed (kept whole when
//! something is wrong), read into `store::grants::NewApplication` with an
//! error per field, the call's eligibility rules and required questions
//! checked before submission, and the applicant told by e-mail of the
//! instruction's answers (in the language of its account).

use std::collections::BTreeMap;

use domain::Lang;
use domain::grants::application::Action;
use domain::grants::call::{Candidate, Ineligible, eligibility};
use domain::money::{AmountError, parse_euros};
use store::grants::{Application, Call, NewApplication};

use crate::App;
use crate::mail::Mail;

/// The least number of budget lines the form shows.
pub const MIN_BUDGET_ROWS: usize = 3;
/// The most budget lines an application may have.
pub const MAX_BUDGET_ROWS: usize = 30;
/// The most an amount may be (10 million euros), a guard against typos.
pub const MAX_AMOUNT_CENTS: i64 = 1_000_000_000;

/// The form exactly as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ApplicationForm {
    pub lang: String,
    pub title: String,
    pub postcode: String,
    pub amount: String,
    pub publics: Vec<String>,
    pub description: String,
    pub answers: BTreeMap<String, String>,
    pub budget: Vec<(String, String)>,
    /// The applicant's note when answering corrections.
    pub note: String,
    /// What the person pressed: save, add_line, submit, answer.
    pub action: String,
    /// How many budget lines the form showed (a hidden field).
    pub shown_rows: usize,
}

/// A field and the key of the words of its problem (with arguments).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub field: String,
    pub key: &'static str,
    pub args: Vec<(&'static str, String)>,
}

fn problem(field: impl Into<String>, key: &'static str) -> Problem {
    Problem {
        field: field.into(),
        key,
        args: vec![],
    }
}

fn euros_typed(cents: i64) -> String {
    if cents == 0 {
        String::new()
    } else {
        domain::money::euros_plain(cents, ',')
    }
}

impl ApplicationForm {
    /// The form of a stored application.
    pub fn of(a: &NewApplication) -> ApplicationForm {
        ApplicationForm {
            lang: a.lang.clone(),
            title: a.title.clone(),
            postcode: a.postcode.clone().unwrap_or_default(),
            amount: a.amount_cents.map(euros_typed).unwrap_or_default(),
            publics: a.publics.clone(),
            description: a.description.clone(),
            answers: a.answers.clone(),
            budget: a
                .budget
                .iter()
                .map(|(w, c)| (w.clone(), euros_typed(*c)))
                .collect(),
            note: String::new(),
            action: String::new(),
            shown_rows: 0,
        }
    }

    /// Reads a posted form (`budget_what_N`, `budget_amount_N`, `q_<key>`,
    /// repeated `publics`).
    pub fn parse(body: &[u8]) -> ApplicationForm {
        let mut f = ApplicationForm::default();
        let mut rows: BTreeMap<usize, (String, String)> = BTreeMap::new();
        for (k, v) in form_urlencoded::parse(body) {
            let v = v.into_owned();
            match k.as_ref() {
                "lang" => f.lang = v.trim().to_owned(),
                "title" => f.title = v,
                "postcode" => f.postcode = v.trim().to_owned(),
                "amount" => f.amount = v.trim().to_owned(),
                "publics" => f.publics.push(v),
                "description" => f.description = v,
                "note" => f.note = v,
                "action" => f.action = v,
                "rows" => f.shown_rows = v.trim().parse().unwrap_or(0),
                k => {
                    if let Some(q) = k.strip_prefix("q_") {
                        f.answers.insert(q.to_owned(), v);
                    } else if let Some(n) =
                        k.strip_prefix("budget_what_").and_then(|n| n.parse().ok())
                    {
                        rows.entry(n).or_default().0 = v;
                    } else if let Some(n) = k
                        .strip_prefix("budget_amount_")
                        .and_then(|n| n.parse().ok())
                    {
                        rows.entry(n).or_default().1 = v.trim().to_owned();
                    }
                }
            }
        }
        f.budget = rows.into_values().take(MAX_BUDGET_ROWS).collect();
        f
    }

    /// How many budget rows the form shows: as many as it showed (or the
    /// lines typed, at least [`MIN_BUDGET_ROWS`]), one more when "add a
    /// line" was pressed.
    pub fn rows(&self) -> usize {
        let filled = self
            .budget
            .iter()
            .rposition(|(w, a)| !w.trim().is_empty() || !a.trim().is_empty())
            .map_or(0, |i| i + 1);
        let shown = self.shown_rows.max(filled).max(MIN_BUDGET_ROWS);
        let extra = usize::from(self.action == "add_line");
        (shown + extra).min(MAX_BUDGET_ROWS)
    }

    /// What can be saved as a draft, or the problems of the fields whose
    /// value cannot be read (an amount that is not one, an unknown
    /// postcode, an answer too long). Blank fields are fine in a draft.
    pub fn read(&self, app: &App, call: &Call) -> Result<NewApplication, Vec<Problem>> {
        let mut problems = Vec::new();
        let lang = if call.def.languages.contains(&self.lang) {
            self.lang.clone()
        } else {
            problems.push(problem("lang", "calls-error-lang"));
            String::new()
        };
        let title = self.title.trim().to_owned();
        if title.chars().count() > 200 {
            problems.push(problem("title", "calls-error-title-long"));
        }
        let (postcode, commune_nis) = if self.postcode.is_empty() {
            (None, None)
        } else {
            match app.region.postcode(&self.postcode) {
                Some(p) => (Some(p.code.clone()), p.communes.first().cloned()),
                None => {
                    problems.push(problem("postcode", "calls-error-postcode"));
                    (None, None)
                }
            }
        };
        let amount_cents = if self.amount.is_empty() {
            None
        } else {
            match parse_euros(&self.amount, MAX_AMOUNT_CENTS) {
                Ok(c) => Some(c),
                Err(AmountError::NotAnAmount | AmountError::TooLarge) => {
                    problems.push(problem("amount", "calls-error-amount"));
                    None
                }
            }
        };
        let publics: Vec<String> = self
            .publics
            .iter()
            .filter(|p| app.vocab.contains(domain::vocab::VocabKind::Public, p))
            .cloned()
            .collect();
        if self.description.chars().count() > 10_000 {
            problems.push(problem("description", "calls-error-too-long"));
        }
        let mut answers = BTreeMap::new();
        for q in &call.def.questions {
            let a = self
                .answers
                .get(&q.key)
                .map(|s| s.trim().to_owned())
                .unwrap_or_default();
            if a.chars().count() > q.max_chars as usize {
                problems.push(Problem {
                    field: format!("q_{}", q.key),
                    key: "calls-error-answer-long",
                    args: vec![("max", q.max_chars.to_string())],
                });
            }
            if !a.is_empty() {
                answers.insert(q.key.clone(), a);
            }
        }
        let mut budget = Vec::new();
        for (i, (what, amount)) in self.budget.iter().enumerate() {
            let what = what.trim();
            if what.is_empty() && amount.is_empty() {
                continue;
            }
            match parse_euros(amount, MAX_AMOUNT_CENTS) {
                Ok(c) if !what.is_empty() => budget.push((what.to_owned(), c)),
                Ok(_) => problems.push(problem(
                    format!("budget_what_{i}"),
                    "calls-error-budget-what",
                )),
                Err(_) => problems.push(problem(
                    format!("budget_amount_{i}"),
                    "calls-error-budget-amount",
                )),
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(NewApplication {
            lang,
            title,
            postcode,
            commune_nis,
            amount_cents,
            publics,
            description: self.description.trim().to_owned(),
            answers,
            budget,
        })
    }
}

/// What stops a saved application from being submitted: the fields it
/// still needs, and the call's eligibility rules that fail.
pub fn submission_problems(
    app: &App,
    call: &Call,
    a: &Application,
    now: i64,
) -> (Vec<Problem>, Vec<Ineligible>) {
    let mut missing = Vec::new();
    if a.app.title.is_empty() {
        missing.push(problem("title", "calls-error-title"));
    }
    if a.app.description.is_empty() {
        missing.push(problem("description", "calls-error-description"));
    }
    for q in call.def.questions.iter().filter(|q| q.required) {
        if !a.app.answers.contains_key(&q.key) {
            missing.push(problem(format!("q_{}", q.key), "calls-error-answer"));
        }
    }
    let in_region = a
        .app
        .commune_nis
        .as_deref()
        .map(|n| app.region.commune(n).is_some());
    let why = eligibility(
        &call.def,
        call.is_open(now),
        &Candidate {
            organisation_kind: &a.organisation.kind,
            in_region,
            publics: &a.app.publics,
            amount_cents: a.app.amount_cents,
            lang: &a.app.lang,
        },
    );
    (missing, why)
}

/// Tells the applicant's accounts of a step the instruction took: the
/// call, the reference and a link, nothing else. Each account in its own
/// language (`users.mail_lang`), else the application's.
pub async fn tell_applicant(app: &App, call: &Call, a: &Application, action: Action) {
    let Ok(users) = app.db.list_users().await else {
        return;
    };
    for u in users.iter().filter(|u| {
        u.active
            && u.role == domain::account::Role::Applicant
            && u.organisations.contains(&a.organisation.id)
    }) {
        let lang = app
            .db
            .mail_preferences(u.id)
            .await
            .ok()
            .and_then(|p| p.lang)
            .and_then(|l| Lang::parse(&l))
            .or_else(|| Lang::parse(&a.app.lang))
            .unwrap_or(Lang::Fr);
        let l = lang.code();
        let title = call.text(l).title.clone();
        let reference = a.reference.clone().unwrap_or_default();
        let link = app.config.link(&format!("/{l}/bo/applications/{}", a.id));
        let step = crate::i18n::t(
            lang,
            &format!("calls-action-{}", action.code().replace('_', "-")),
        );
        let mail = Mail {
            to: u.email.clone(),
            subject: crate::i18n::t_args(
                lang,
                "calls-mail-subject",
                &[
                    ("call", title.clone().into()),
                    ("reference", reference.clone().into()),
                ],
            ),
            body: crate::i18n::t_args(
                lang,
                "calls-mail-body",
                &[
                    ("call", title.into()),
                    ("reference", reference.into()),
                    ("step", step.into()),
                    ("link", link.into()),
                ],
            ),
        };
        if let Err(e) = app.mailer.send(&app.config.mail_from, &mail).await {
            tracing::warn!(
                "application {}: e-mail to the applicant not sent: {e}",
                a.id
            );
        }
    }
}
