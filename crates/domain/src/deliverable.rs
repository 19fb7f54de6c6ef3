//! The plan's deliverables (issue 13): per measure, what is to be delivered,
//! by whom, in which quarter, how far it is, and the evidence that it was
//! delivered. One rule per field, used by the back-office form, the demo
//! file and any import.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::contact::WebAddress;
use crate::plan::Plan;
use crate::redirect::LocalPath;

/// A quarter of a year ("2022-Q3").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Quarter {
    pub year: i32,
    /// 1 to 4.
    pub quarter: u8,
}

impl Quarter {
    pub fn new(year: i32, quarter: u8) -> Option<Quarter> {
        ((1..=4).contains(&quarter) && (1900..=9999).contains(&year))
            .then_some(Quarter { year, quarter })
    }

    /// Reads "2022-Q3", "2022 Q3", "Q3 2022", "Q3-2022", and the French
    /// and Dutch letters ("T3 2022", "K3 2022"), any case.
    pub fn parse(s: &str) -> Option<Quarter> {
        let s = s.trim().to_uppercase();
        let parts: Vec<&str> = s.split(['-', ' ', '/']).filter(|p| !p.is_empty()).collect();
        let [a, b] = parts[..] else {
            return None;
        };
        let q_of = |p: &str| -> Option<u8> {
            let rest = p.strip_prefix(['Q', 'T', 'K'])?;
            rest.parse::<u8>().ok()
        };
        let (year, quarter) = match (
            a.parse::<i32>().ok(),
            q_of(b),
            q_of(a),
            b.parse::<i32>().ok(),
        ) {
            (Some(y), Some(q), _, _) => (y, q),
            (_, _, Some(q), Some(y)) => (y, q),
            _ => return None,
        };
        Quarter::new(year, quarter)
    }

    /// The quarter a day is in.
    pub fn of(date: NaiveDate) -> Quarter {
        Quarter {
            year: date.year(),
            quarter: (date.month0() / 3 + 1) as u8,
        }
    }

    /// "2022-Q3": the form stored and exchanged.
    pub fn code(self) -> String {
        format!("{}-Q{}", self.year, self.quarter)
    }

    pub fn first_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, u32::from(self.quarter) * 3 - 2, 1)
            .expect("a quarter's first day exists")
    }

    pub fn last_day(self) -> NaiveDate {
        self.next().first_day().pred_opt().expect("a day before")
    }

    pub fn next(self) -> Quarter {
        if self.quarter == 4 {
            Quarter {
                year: self.year + 1,
                quarter: 1,
            }
        } else {
            Quarter {
                year: self.year,
                quarter: self.quarter + 1,
            }
        }
    }

    /// Every quarter from `first` to `last`, both included.
    pub fn range(first: Quarter, last: Quarter) -> Vec<Quarter> {
        let mut out = Vec::new();
        let mut q = first;
        while q <= last {
            out.push(q);
            q = q.next();
        }
        out
    }
}

impl std::fmt::Display for Quarter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.code())
    }
}

/// How far a deliverable is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Planned,
    InProgress,
    Done,
    Late,
    Dropped,
}

impl Status {
    pub const ALL: [Status; 5] = [
        Status::Planned,
        Status::InProgress,
        Status::Done,
        Status::Late,
        Status::Dropped,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Status::Planned => "planned",
            Status::InProgress => "in_progress",
            Status::Done => "done",
            Status::Late => "late",
            Status::Dropped => "dropped",
        }
    }

    pub fn parse(s: &str) -> Option<Status> {
        let s = s.trim().to_lowercase().replace([' ', '-'], "_");
        Status::ALL.into_iter().find(|st| st.code() == s)
    }

    /// Still to be delivered (planned, in progress or late).
    pub fn is_open(self) -> bool {
        matches!(self, Status::Planned | Status::InProgress | Status::Late)
    }
}

/// What shows a deliverable was delivered: a web address (http or https)
/// or a page of this site (a same-origin path such as `/fr/label`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "target", rename_all = "snake_case")]
pub enum Evidence {
    Link(String),
    Page(String),
}

impl Evidence {
    /// The rule of the field: a path of this site when it starts with `/`,
    /// else an http(s) web address.
    pub fn parse(s: &str) -> Result<Evidence, Problem> {
        let s = s.trim();
        if s.starts_with('/') {
            LocalPath::parse(s)
                .map(|p| Evidence::Page(p.as_str().to_string()))
                .ok_or(Problem::EvidenceNotAPage)
        } else {
            WebAddress::parse(s)
                .map(|w| Evidence::Link(w.into_string()))
                .map_err(|_| Problem::EvidenceNotALink)
        }
    }

    pub fn as_str(&self) -> &str {
        match self {
            Evidence::Link(s) | Evidence::Page(s) => s,
        }
    }

    pub fn is_page(&self) -> bool {
        matches!(self, Evidence::Page(_))
    }
}

/// A deliverable as checked, ready to be stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewDeliverable {
    pub measure: u32,
    pub what: String,
    /// The language `what` is written in.
    pub lang: String,
    /// The code of the plan's organisation that delivers it.
    pub owner: Option<String>,
    pub due: Quarter,
    pub status: Status,
    pub evidence: Option<Evidence>,
    pub note: Option<String>,
}

impl NewDeliverable {
    /// Open and due in a quarter that has ended before `today`.
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        self.status.is_open() && self.due.last_day() < today
    }
}

/// The fields of a deliverable as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RawDeliverable {
    pub measure: String,
    pub what: String,
    pub lang: String,
    pub owner: String,
    pub due: String,
    pub status: String,
    pub evidence: String,
    pub note: String,
}

/// The longest `what` kept.
pub const MAX_WHAT_CHARS: usize = 300;
/// The longest note kept.
pub const MAX_NOTE_CHARS: usize = 2000;

/// What is wrong with one field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Problem {
    MeasureMissing,
    MeasureUnknown,
    WhatMissing,
    WhatTooLong,
    LangUnknown,
    OwnerUnknown,
    DueMissing,
    DueNotAQuarter,
    DueOutsidePlan,
    StatusUnknown,
    EvidenceNotALink,
    EvidenceNotAPage,
    /// A deliverable said done needs its evidence.
    EvidenceMissingForDone,
    NoteTooLong,
}

impl Problem {
    /// A stable code, for the translation files (`plan-problem-<code>`).
    pub fn code(self) -> &'static str {
        match self {
            Problem::MeasureMissing => "measure-missing",
            Problem::MeasureUnknown => "measure-unknown",
            Problem::WhatMissing => "what-missing",
            Problem::WhatTooLong => "what-too-long",
            Problem::LangUnknown => "lang-unknown",
            Problem::OwnerUnknown => "owner-unknown",
            Problem::DueMissing => "due-missing",
            Problem::DueNotAQuarter => "due-not-a-quarter",
            Problem::DueOutsidePlan => "due-outside-plan",
            Problem::StatusUnknown => "status-unknown",
            Problem::EvidenceNotALink => "evidence-not-a-link",
            Problem::EvidenceNotAPage => "evidence-not-a-page",
            Problem::EvidenceMissingForDone => "evidence-missing-for-done",
            Problem::NoteTooLong => "note-too-long",
        }
    }
}

/// A problem and the field it is in (the form's field name).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct FieldProblem {
    pub field: &'static str,
    pub problem: Problem,
}

fn blank(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_string())
}

impl RawDeliverable {
    /// Checks every field against the plan; all problems at once.
    /// `langs` are the languages `what` may be written in.
    pub fn check(&self, plan: &Plan, langs: &[&str]) -> Result<NewDeliverable, Vec<FieldProblem>> {
        let mut problems = Vec::new();
        let mut bad =
            |field: &'static str, problem: Problem| problems.push(FieldProblem { field, problem });
        let measure = match self.measure.trim() {
            "" => {
                bad("measure", Problem::MeasureMissing);
                None
            }
            m => match m.parse::<u32>().ok().filter(|n| plan.measure(*n).is_some()) {
                Some(n) => Some(n),
                None => {
                    bad("measure", Problem::MeasureUnknown);
                    None
                }
            },
        };
        let what = blank(&self.what);
        match &what {
            None => bad("what", Problem::WhatMissing),
            Some(w) if w.chars().count() > MAX_WHAT_CHARS => bad("what", Problem::WhatTooLong),
            _ => {}
        }
        let lang = self.lang.trim().to_string();
        if !langs.contains(&lang.as_str()) {
            bad("lang", Problem::LangUnknown);
        }
        let owner = blank(&self.owner);
        if let Some(o) = &owner
            && plan.organisation(o).is_none()
        {
            bad("owner", Problem::OwnerUnknown);
        }
        let due = match blank(&self.due) {
            None => {
                bad("due", Problem::DueMissing);
                None
            }
            Some(d) => match Quarter::parse(&d) {
                None => {
                    bad("due", Problem::DueNotAQuarter);
                    None
                }
                Some(q) if !plan.years().contains(&q.year) => {
                    bad("due", Problem::DueOutsidePlan);
                    None
                }
                Some(q) => Some(q),
            },
        };
        let status = match Status::parse(&self.status) {
            Some(s) => Some(s),
            None => {
                bad("status", Problem::StatusUnknown);
                None
            }
        };
        let evidence = match blank(&self.evidence) {
            None => None,
            Some(e) => match Evidence::parse(&e) {
                Ok(e) => Some(e),
                Err(p) => {
                    bad("evidence", p);
                    None
                }
            },
        };
        if status == Some(Status::Done) && blank(&self.evidence).is_none() {
            bad("evidence", Problem::EvidenceMissingForDone);
        }
        let note = blank(&self.note);
        if note
            .as_ref()
            .is_some_and(|n| n.chars().count() > MAX_NOTE_CHARS)
        {
            bad("note", Problem::NoteTooLong);
        }
        match (measure, what, due, status) {
            (Some(measure), Some(what), Some(due), Some(status)) if problems.is_empty() => {
                Ok(NewDeliverable {
                    measure,
                    what,
                    lang,
                    owner,
                    due,
                    status,
                    evidence,
                    note,
                })
            }
            _ => Err(problems),
        }
    }
}

impl From<&NewDeliverable> for RawDeliverable {
    /// The fields as a form shows them.
    fn from(d: &NewDeliverable) -> RawDeliverable {
        RawDeliverable {
            measure: d.measure.to_string(),
            what: d.what.clone(),
            lang: d.lang.clone(),
            owner: d.owner.clone().unwrap_or_default(),
            due: d.due.code(),
            status: d.status.code().to_string(),
            evidence: d
                .evidence
                .as_ref()
                .map(|e| e.as_str().to_string())
                .unwrap_or_default(),
            note: d.note.clone().unwrap_or_default(),
        }
    }
}

/// How many deliverables of each status, in `Status::ALL`'s order.
pub fn count_by_status<'a>(items: impl IntoIterator<Item = &'a NewDeliverable>) -> [usize; 5] {
    let mut counts = [0; 5];
    for d in items {
        let i = Status::ALL.iter().position(|s| *s == d.status).unwrap_or(0);
        counts[i] += 1;
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan() -> &'static Plan {
        crate::plan::shipped("brussels").unwrap()
    }

    fn raw() -> RawDeliverable {
        RawDeliverable {
            measure: "3".into(),
            what: "Attribuer le label aux EPN candidats".into(),
            lang: "fr".into(),
            owner: "cirb".into(),
            due: "2021-Q4".into(),
            status: "done".into(),
            evidence: "/fr/label".into(),
            note: String::new(),
        }
    }

    #[test]
    fn quarters_read_in_the_usual_writings() {
        let q = Quarter::new(2022, 3).unwrap();
        for s in [
            "2022-Q3",
            "2022 Q3",
            "q3 2022",
            "Q3-2022",
            "T3 2022",
            "K3/2022",
            " 2022-t3 ",
        ] {
            assert_eq!(Quarter::parse(s), Some(q), "{s}");
        }
        for s in [
            "2022",
            "Q5 2022",
            "2022-Q0",
            "Q3",
            "3 2022",
            "2022-Q3-1",
            "",
        ] {
            assert_eq!(Quarter::parse(s), None, "{s}");
        }
        assert_eq!(q.code(), "2022-Q3");
        assert_eq!(q.first_day(), NaiveDate::from_ymd_opt(2022, 7, 1).unwrap());
        assert_eq!(q.last_day(), NaiveDate::from_ymd_opt(2022, 9, 30).unwrap());
        assert_eq!(
            Quarter::new(2021, 4).unwrap().next(),
            Quarter::new(2022, 1).unwrap()
        );
        assert_eq!(
            Quarter::of(NaiveDate::from_ymd_opt(2023, 12, 31).unwrap()),
            Quarter::new(2023, 4).unwrap()
        );
        let all = Quarter::range(
            Quarter::new(2021, 1).unwrap(),
            Quarter::new(2024, 4).unwrap(),
        );
        assert_eq!(all.len(), 16);
    }

    #[test]
    fn a_good_deliverable_is_kept_as_typed() {
        let d = raw().check(plan(), &["fr", "nl"]).unwrap();
        assert_eq!(d.measure, 3);
        assert_eq!(d.due, Quarter::new(2021, 4).unwrap());
        assert_eq!(d.evidence, Some(Evidence::Page("/fr/label".into())));
        assert_eq!(RawDeliverable::from(&d).check(plan(), &["fr"]).unwrap(), d);
    }

    #[test]
    fn every_bad_field_is_named() {
        let r = RawDeliverable {
            measure: "99".into(),
            what: " ".into(),
            lang: "xx".into(),
            owner: "nobody".into(),
            due: "2030-Q1".into(),
            status: "finished".into(),
            evidence: "javascript:alert(1)".into(),
            note: "n".repeat(MAX_NOTE_CHARS + 1),
        };
        let problems = r.check(plan(), &["fr"]).unwrap_err();
        let fields: Vec<_> = problems.iter().map(|p| (p.field, p.problem)).collect();
        assert_eq!(
            fields,
            vec![
                ("measure", Problem::MeasureUnknown),
                ("what", Problem::WhatMissing),
                ("lang", Problem::LangUnknown),
                ("owner", Problem::OwnerUnknown),
                ("due", Problem::DueOutsidePlan),
                ("status", Problem::StatusUnknown),
                ("evidence", Problem::EvidenceNotALink),
                ("note", Problem::NoteTooLong),
            ]
        );
    }

    #[test]
    fn evidence_is_a_web_address_or_a_page_of_this_site() {
        assert!(matches!(
            Evidence::parse("https://be.brussels/x"),
            Ok(Evidence::Link(_))
        ));
        assert_eq!(
            Evidence::parse("//evil.example/x"),
            Err(Problem::EvidenceNotAPage)
        );
        assert_eq!(
            Evidence::parse("data:text/html,x"),
            Err(Problem::EvidenceNotALink)
        );
        let mut r = raw();
        r.evidence.clear();
        let problems = r.check(plan(), &["fr"]).unwrap_err();
        assert_eq!(problems[0].problem, Problem::EvidenceMissingForDone);
        r.status = "in progress".into();
        assert_eq!(r.check(plan(), &["fr"]).unwrap().status, Status::InProgress);
    }

    #[test]
    fn open_deliverables_past_their_quarter_are_overdue() {
        let mut d = raw().check(plan(), &["fr"]).unwrap();
        let jan = NaiveDate::from_ymd_opt(2022, 1, 1).unwrap();
        let dec = NaiveDate::from_ymd_opt(2021, 12, 31).unwrap();
        assert!(!d.is_overdue(jan), "done is never overdue");
        d.status = Status::Planned;
        assert!(d.is_overdue(jan));
        assert!(!d.is_overdue(dec));
        d.status = Status::Dropped;
        assert!(!d.is_overdue(jan));
    }
}
