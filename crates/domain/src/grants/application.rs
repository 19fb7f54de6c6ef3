//! An application's life, as Démarches Simplifiées runs a file: a draft the
//! applicant saves as often as needed; submitted (only when the call's
//! eligibility rules pass — `call::eligibility`); the instruction may ask for
//! corrections (the applicant edits and answers, which submits it again),
//! accept, refuse or close it. Every step is recorded with who, when and
//! why; refusing, closing and asking for corrections need a reason.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Draft,
    Submitted,
    /// Corrections asked: the applicant can edit it again.
    Corrections,
    Accepted,
    Refused,
    Closed,
}

impl Status {
    pub const ALL: [Status; 6] = [
        Status::Draft,
        Status::Submitted,
        Status::Corrections,
        Status::Accepted,
        Status::Refused,
        Status::Closed,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Submitted => "submitted",
            Status::Corrections => "corrections",
            Status::Accepted => "accepted",
            Status::Refused => "refused",
            Status::Closed => "closed",
        }
    }

    pub fn parse(s: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|x| x.code() == s)
    }

    /// May the applicant change what it wrote?
    pub fn editable(self) -> bool {
        matches!(self, Status::Draft | Status::Corrections)
    }

    /// Is the instruction over?
    pub fn is_final(self) -> bool {
        matches!(self, Status::Accepted | Status::Refused | Status::Closed)
    }
}

/// A step of an application.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    Created,
    Submitted,
    CorrectionsAsked,
    CorrectionsAnswered,
    Accepted,
    Refused,
    Closed,
}

impl Action {
    pub const ALL: [Action; 7] = [
        Action::Created,
        Action::Submitted,
        Action::CorrectionsAsked,
        Action::CorrectionsAnswered,
        Action::Accepted,
        Action::Refused,
        Action::Closed,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Action::Created => "created",
            Action::Submitted => "submitted",
            Action::CorrectionsAsked => "corrections_asked",
            Action::CorrectionsAnswered => "corrections_answered",
            Action::Accepted => "accepted",
            Action::Refused => "refused",
            Action::Closed => "closed",
        }
    }

    pub fn parse(s: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|x| x.code() == s)
    }

    /// Must the person say why?
    pub fn needs_reason(self) -> bool {
        matches!(
            self,
            Action::CorrectionsAsked | Action::Refused | Action::Closed
        )
    }

    /// Taken by the applicant (the others by the instruction).
    pub fn by_applicant(self) -> bool {
        matches!(
            self,
            Action::Created | Action::Submitted | Action::CorrectionsAnswered
        )
    }
}

/// Why a step cannot be taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepRefusal {
    /// Not from this status.
    NotNow,
    /// A reason is needed and none was given.
    ReasonNeeded,
}

/// The status after `action` from `from`, or why not.
pub fn step(from: Status, action: Action, reason: Option<&str>) -> Result<Status, StepRefusal> {
    use Action as A;
    use Status as S;
    let to = match (from, action) {
        (S::Draft, A::Submitted) => S::Submitted,
        (S::Corrections, A::CorrectionsAnswered) => S::Submitted,
        (S::Submitted, A::CorrectionsAsked) => S::Corrections,
        (S::Submitted, A::Accepted) => S::Accepted,
        (S::Submitted, A::Refused) => S::Refused,
        (S::Draft | S::Submitted | S::Corrections, A::Closed) => S::Closed,
        _ => return Err(StepRefusal::NotNow),
    };
    if action.needs_reason() && reason.is_none_or(|r| r.trim().is_empty()) {
        return Err(StepRefusal::ReasonNeeded);
    }
    Ok(to)
}

/// The most a file attached to an application may weigh.
pub const MAX_ATTACHMENT_BYTES: usize = 5 * 1024 * 1024;
/// The most files an application may carry.
pub const MAX_ATTACHMENTS: usize = 10;
/// The kinds of file accepted (by content type), as people send them.
pub const ATTACHMENT_TYPES: [&str; 7] = [
    "application/pdf",
    "image/jpeg",
    "image/png",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.oasis.opendocument.text",
    "application/vnd.oasis.opendocument.spreadsheet",
];

/// The kind of a file attached to an application, from its name's
/// extension, when its first bytes agree (a PDF starts with `%PDF-`, a PNG
/// with its signature, a JPEG with FF D8 FF, the office formats are zip
/// files); None for any other file.
pub fn attachment_type(file_name: &str, bytes: &[u8]) -> Option<&'static str> {
    let ext = file_name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())?;
    let zip = bytes.starts_with(b"PK\x03\x04");
    let (t, ok) = match ext.as_str() {
        "pdf" => (ATTACHMENT_TYPES[0], bytes.starts_with(b"%PDF-")),
        "jpg" | "jpeg" => (ATTACHMENT_TYPES[1], bytes.starts_with(&[0xFF, 0xD8, 0xFF])),
        "png" => (ATTACHMENT_TYPES[2], bytes.starts_with(b"\x89PNG\r\n\x1a\n")),
        "docx" => (ATTACHMENT_TYPES[3], zip),
        "xlsx" => (ATTACHMENT_TYPES[4], zip),
        "odt" => (ATTACHMENT_TYPES[5], zip),
        "ods" => (ATTACHMENT_TYPES[6], zip),
        _ => return None,
    };
    ok.then_some(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attachments_are_known_by_name_and_first_bytes() {
        assert_eq!(
            attachment_type("budget.PDF", b"%PDF-1.7 ..."),
            Some("application/pdf")
        );
        assert_eq!(
            attachment_type("budget.pdf", b"<html>"),
            None,
            "a page named .pdf"
        );
        assert_eq!(
            attachment_type("plan.xlsx", b"PK\x03\x04..."),
            Some(ATTACHMENT_TYPES[4])
        );
        assert_eq!(attachment_type("run.exe", b"MZ"), None);
        assert_eq!(attachment_type("noextension", b"%PDF-"), None);
    }

    #[test]
    fn the_corrections_loop() {
        let s = step(Status::Draft, Action::Submitted, None).unwrap();
        assert_eq!(s, Status::Submitted);
        assert_eq!(
            step(s, Action::CorrectionsAsked, None),
            Err(StepRefusal::ReasonNeeded)
        );
        assert_eq!(
            step(s, Action::CorrectionsAsked, Some("  ")),
            Err(StepRefusal::ReasonNeeded)
        );
        let s = step(s, Action::CorrectionsAsked, Some("Budget lines missing")).unwrap();
        assert_eq!(s, Status::Corrections);
        assert!(s.editable());
        assert_eq!(step(s, Action::Accepted, None), Err(StepRefusal::NotNow));
        let s = step(s, Action::CorrectionsAnswered, None).unwrap();
        assert_eq!(s, Status::Submitted);
        let s = step(s, Action::Accepted, None).unwrap();
        assert!(s.is_final());
        assert_eq!(
            step(s, Action::Refused, Some("x")),
            Err(StepRefusal::NotNow)
        );
        assert_eq!(
            step(Status::Draft, Action::Closed, Some("withdrawn")),
            Ok(Status::Closed)
        );
    }

    #[test]
    fn codes_read_back() {
        for s in Status::ALL {
            assert_eq!(Status::parse(s.code()), Some(s));
        }
        for a in Action::ALL {
            assert_eq!(Action::parse(a.code()), Some(a));
        }
    }
}
