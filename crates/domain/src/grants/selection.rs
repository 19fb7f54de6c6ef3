//! The selection under the envelope, and the agreements that follow: a
//! scenario (which applications, with which amounts) with what it leaves of
//! the envelope; agreements paid in tranches (e.g. 80 % then 20 % after the
//! final report) whose cents always add up; which final reports need a
//! reminder.

/// One line of a scenario: an application and the amount proposed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub reference: String,
    pub asked_cents: i64,
    pub granted_cents: i64,
}

/// Why a line cannot be in a scenario.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LineProblem {
    NotPositive(String),
    /// More than the application asked.
    AboveAsked(String),
    /// Outside the call's minimum–maximum per project.
    OutsideRange(String),
}

/// A scenario's sum and what it leaves: `remaining_cents` is negative when
/// the scenario goes over the envelope — a warning to the coordination,
/// not a refusal (the decision is theirs, the page says by how much).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scenario {
    pub granted_cents: i64,
    pub remaining_cents: i64,
    pub over_envelope: bool,
}

pub fn scenario(
    envelope_cents: i64,
    min_cents: i64,
    max_cents: i64,
    lines: &[Line],
) -> Result<Scenario, Vec<LineProblem>> {
    let mut problems = Vec::new();
    for l in lines {
        if l.granted_cents <= 0 {
            problems.push(LineProblem::NotPositive(l.reference.clone()));
        } else if l.granted_cents > l.asked_cents {
            problems.push(LineProblem::AboveAsked(l.reference.clone()));
        } else if l.granted_cents < min_cents || l.granted_cents > max_cents {
            problems.push(LineProblem::OutsideRange(l.reference.clone()));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let granted: i64 = lines.iter().map(|l| l.granted_cents).sum();
    Ok(Scenario {
        granted_cents: granted,
        remaining_cents: envelope_cents - granted,
        over_envelope: granted > envelope_cents,
    })
}

/// An agreement's amount split in tranches by percentages (e.g. [80, 20]):
/// each tranche is rounded down to the cent and the last takes what is left,
/// so the tranches always add up to the amount. None when the percentages
/// do not add up to 100 or one is 0.
pub fn tranches(amount_cents: i64, percents: &[u32]) -> Option<Vec<i64>> {
    if percents.is_empty() || percents.contains(&0) || percents.iter().sum::<u32>() != 100 {
        return None;
    }
    let mut out = Vec::with_capacity(percents.len());
    let mut paid = 0;
    for (i, p) in percents.iter().enumerate() {
        let t = if i + 1 == percents.len() {
            amount_cents - paid
        } else {
            amount_cents * i64::from(*p) / 100
        };
        paid += t;
        out.push(t);
    }
    Some(out)
}

/// An agreement's final report, for the reminders.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportDue {
    pub reference: String,
    pub due: chrono::NaiveDate,
    pub received: bool,
    pub last_reminded: Option<chrono::NaiveDate>,
}

/// The final reports to remind about on `today`: not received, due within
/// `before_days` (or overdue), and not reminded in the last `every_days`.
pub fn reminders_due(
    reports: &[ReportDue],
    today: chrono::NaiveDate,
    before_days: i64,
    every_days: i64,
) -> Vec<&ReportDue> {
    reports
        .iter()
        .filter(|r| !r.received)
        .filter(|r| (r.due - today).num_days() <= before_days)
        .filter(|r| {
            r.last_reminded
                .is_none_or(|d| (today - d).num_days() >= every_days)
        })
        .collect()
}
