//! The plan's budget ledger (issue 13): one row per money movement, in
//! integer cents, never edited. A row has a year, a phase (budget, revised
//! budget, commitment, actual), a funding source, an axis, optionally a
//! measure and one of its actions, a date, a supplier, an invoice reference,
//! a label, an amount incl. VAT, a note and — for a budget revision or a
//! reversal — a reason.
//!
//! Everything shown is computed from the rows: the store sums them by
//! (year, phase, source, axis, measure, action, detail) — `LedgerSum` —
//! and this module builds the tables of the report's Annex 1 from those
//! sums, checks the totals someone declared (`DeclaredTotal`) against them,
//! and warns when a row spends beyond its (revised) budget.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::plan::Plan;

/// Every amount is below one thousand million euros, in cents.
pub const MAX_CENTS: i64 = 1_000_000_000 * 100;

/// Where a row stands in the money's life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// The budget as first planned.
    Budget,
    /// A change to the budget: a positive or negative amount, with a reason.
    Revised,
    /// Money committed (an order, an agreement).
    Commitment,
    /// Money spent (an invoice paid).
    Actual,
}

impl Phase {
    pub const ALL: [Phase; 4] = [
        Phase::Budget,
        Phase::Revised,
        Phase::Commitment,
        Phase::Actual,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Phase::Budget => "budget",
            Phase::Revised => "revised",
            Phase::Commitment => "commitment",
            Phase::Actual => "actual",
        }
    }

    /// The code, or the common words of a spreadsheet (French and English).
    pub fn parse(s: &str) -> Option<Phase> {
        let s = crate::text::fold(s.trim());
        match s.as_str() {
            "budget"
            | "planned"
            | "prevu"
            | "budget prevu"
            | "previsionnel"
            | "budget previsionnel" => Some(Phase::Budget),
            "revised" | "revised budget" | "revision" | "budget revise" | "revise" => {
                Some(Phase::Revised)
            }
            "commitment" | "engagement" | "engage" => Some(Phase::Commitment),
            "actual" | "spent" | "depense" | "depenses" | "realise" | "paid" => Some(Phase::Actual),
            _ => None,
        }
    }

    /// Do rows of `phase` count in this figure? The budget figure is the
    /// revised budget: the budget and its revisions.
    pub fn figure_counts(self, phase: Phase) -> bool {
        match self {
            Phase::Budget | Phase::Revised => matches!(phase, Phase::Budget | Phase::Revised),
            figure => phase == figure,
        }
    }

    /// May a person type a negative amount in this phase? Only a revision
    /// lowers an amount; other corrections are reversals (`reverses`).
    pub fn allows_negative(self) -> bool {
        self == Phase::Revised
    }
}

/// What is wrong with an amount typed in a form or a spreadsheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AmountProblem {
    Missing,
    /// Not a number of euros at all.
    NotAnAmount,
    /// More than two decimals ("12,345" after a thousands separator of
    /// the other kind, or "1,2345").
    TooManyDecimals,
    /// One separator followed by exactly three digits ("1.234" or
    /// "1,234"): a thousands separator or three decimals — unclear.
    Ambiguous,
    /// Negative where the phase does not allow it.
    Negative,
    TooLarge,
}

/// Euros typed in any usual way, in cents: "42.320,96 €", "42 320,96",
/// "42,320.96", "42320.96", "-5 000" (when `allow_negative`). The last
/// separator followed by one or two digits is the decimal mark; the other
/// separators are thousands separators and must group by three.
pub fn parse_amount(raw: &str, allow_negative: bool) -> Result<i64, AmountProblem> {
    let mut s: String = raw
        .trim()
        .trim_end_matches('€')
        .trim_start_matches('€')
        .trim()
        .replace("EUR", "")
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\''))
        .collect();
    if s.is_empty() {
        return Err(AmountProblem::Missing);
    }
    let negative = if let Some(rest) = s.strip_prefix('-').or_else(|| s.strip_prefix('\u{2212}')) {
        s = rest.to_string();
        true
    } else {
        false
    };
    s = s.trim_start_matches('€').to_string();
    if s.is_empty()
        || !s
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return Err(AmountProblem::NotAnAmount);
    }
    if s.starts_with(['.', ',']) || s.ends_with(['.', ',']) {
        return Err(AmountProblem::NotAnAmount);
    }
    // Split on separators, keeping which one came before each group.
    let mut groups: Vec<(Option<char>, &str)> = Vec::new();
    let mut start = 0;
    let mut sep = None;
    for (i, c) in s.char_indices() {
        if c == '.' || c == ',' {
            groups.push((sep, &s[start..i]));
            sep = Some(c);
            start = i + 1;
        }
    }
    groups.push((sep, &s[start..]));
    if groups.iter().any(|(_, g)| g.is_empty()) {
        return Err(AmountProblem::NotAnAmount);
    }
    let (whole, frac): (String, &str) = if groups.len() == 1 {
        (groups[0].1.to_string(), "")
    } else {
        let (last_sep, last) = *groups.last().expect("at least two groups");
        let last_sep = last_sep.expect("a group after the first has a separator");
        let earlier: Vec<char> = groups[1..groups.len() - 1]
            .iter()
            .filter_map(|(c, _)| *c)
            .collect();
        let thousands_ok = |gs: &[(Option<char>, &str)]| {
            gs[0].1.len() <= 3 && gs[1..].iter().all(|(_, g)| g.len() == 3)
        };
        if earlier.contains(&last_sep) {
            // "1.234.567": every separator the same, all thousands.
            if !thousands_ok(&groups) {
                return Err(AmountProblem::NotAnAmount);
            }
            (groups.iter().map(|(_, g)| *g).collect(), "")
        } else if !earlier.is_empty() || last.len() != 3 {
            // The last separator is the decimal mark.
            if last.len() > 2 {
                return Err(AmountProblem::TooManyDecimals);
            }
            let head = &groups[..groups.len() - 1];
            if head.len() > 1 && !thousands_ok(head) {
                return Err(AmountProblem::NotAnAmount);
            }
            (head.iter().map(|(_, g)| *g).collect(), last)
        } else {
            // "1.234" or "1,234": thousands or three decimals?
            return Err(AmountProblem::Ambiguous);
        }
    };
    if whole.trim_start_matches('0').len() > 12 {
        return Err(AmountProblem::TooLarge);
    }
    let euros: i64 = whole.parse().map_err(|_| AmountProblem::NotAnAmount)?;
    let cents: i64 = if frac.is_empty() {
        0
    } else {
        format!("{frac:0<2}")
            .parse()
            .map_err(|_| AmountProblem::NotAnAmount)?
    };
    let total = euros * 100 + cents;
    if total >= MAX_CENTS {
        return Err(AmountProblem::TooLarge);
    }
    if negative && total != 0 {
        if !allow_negative {
            return Err(AmountProblem::Negative);
        }
        return Ok(-total);
    }
    Ok(total)
}

/// A row as typed in the form or read from a spreadsheet, every field text.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RawRow {
    pub year: String,
    pub phase: String,
    pub source: String,
    pub axis: String,
    pub measure: String,
    pub action: String,
    pub date: String,
    pub supplier: String,
    pub invoice: String,
    pub label: String,
    pub amount: String,
    pub note: String,
    pub reason: String,
}

/// The fields of a row, as named in errors, forms and spreadsheets.
pub const FIELDS: [&str; 13] = [
    "year", "phase", "source", "axis", "measure", "action", "date", "supplier", "invoice", "label",
    "amount", "note", "reason",
];

/// What is wrong with one field of a row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowProblem {
    /// Required and blank.
    Missing,
    /// Not one of the plan's codes (the value typed).
    Unknown(String),
    /// The measure is not under that axis, or the action not under that measure.
    NotUnder,
    /// A year outside the plan's years (first, last).
    YearOutside(i32, i32),
    /// A date outside the row's year.
    DateOutside,
    NotADate,
    NotAYear,
    Amount(AmountProblem),
    TooLong(usize),
}

/// One field's problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldProblem {
    /// One of `FIELDS`.
    pub field: &'static str,
    pub problem: RowProblem,
}

/// A checked row, ready to be stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NewRow {
    pub year: i32,
    pub phase: Phase,
    pub source: String,
    pub axis: String,
    pub measure: Option<u32>,
    /// `"<measure>.<action code>"`.
    pub action: Option<String>,
    pub date: Option<NaiveDate>,
    pub supplier: Option<String>,
    pub invoice: Option<String>,
    pub label: String,
    pub amount_cents: i64,
    pub note: Option<String>,
    /// Required for a revision (and set by the store for a reversal).
    pub reason: Option<String>,
}

const MAX_TEXT: usize = 500;

fn opt(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_string())
}

impl RawRow {
    /// Checks a row against the plan: every problem, each with its field.
    ///
    /// The axis may be left blank when a measure is given (it is the
    /// measure's); the measure may be blank when an action is given as
    /// `"<measure>.<code>"`; an action may be given by its code alone when
    /// the measure is given.
    pub fn check(&self, plan: &Plan) -> Result<NewRow, Vec<FieldProblem>> {
        let mut problems = Vec::new();
        let mut bad = |field: &'static str, problem: RowProblem| {
            problems.push(FieldProblem { field, problem });
        };
        let year = match self.year.trim() {
            "" => {
                bad("year", RowProblem::Missing);
                None
            }
            y => match y.parse::<i32>() {
                Ok(y) if plan.years().contains(&y) => Some(y),
                Ok(_) => {
                    bad(
                        "year",
                        RowProblem::YearOutside(plan.first_year, plan.last_year),
                    );
                    None
                }
                Err(_) => {
                    bad("year", RowProblem::NotAYear);
                    None
                }
            },
        };
        let phase = match self.phase.trim() {
            "" => {
                bad("phase", RowProblem::Missing);
                None
            }
            p => {
                let phase = Phase::parse(p);
                if phase.is_none() {
                    bad("phase", RowProblem::Unknown(p.to_string()));
                }
                phase
            }
        };
        let source = match self.source.trim() {
            "" => {
                bad("source", RowProblem::Missing);
                None
            }
            s => match plan.sources.iter().find(|f| f.code.eq_ignore_ascii_case(s)) {
                Some(f) => Some(f.code.clone()),
                None => {
                    bad("source", RowProblem::Unknown(s.to_string()));
                    None
                }
            },
        };
        // Action → measure → axis, each may give the next.
        let action_raw = self.action.trim();
        let measure_raw = self.measure.trim();
        let mut measure: Option<u32> = None;
        let mut measure_ok = true;
        if !measure_raw.is_empty() {
            match measure_raw
                .parse::<u32>()
                .ok()
                .and_then(|n| plan.measure(n))
            {
                Some(m) => measure = Some(m.number),
                None => {
                    bad("measure", RowProblem::Unknown(measure_raw.to_string()));
                    measure_ok = false;
                }
            }
        }
        let mut action: Option<String> = None;
        if !action_raw.is_empty() && measure_ok {
            let key = if action_raw.contains('.') {
                action_raw.to_string()
            } else if let Some(n) = measure {
                format!("{n}.{action_raw}")
            } else {
                action_raw.to_string()
            };
            match plan.action(&key) {
                Some((m, a)) => {
                    if measure.is_some_and(|n| n != m.number) {
                        bad("action", RowProblem::NotUnder);
                    } else {
                        measure = Some(m.number);
                        action = Some(m.action_key(a));
                    }
                }
                None => bad("action", RowProblem::Unknown(action_raw.to_string())),
            }
        }
        let axis_raw = self.axis.trim();
        let axis = if axis_raw.is_empty() {
            match measure.and_then(|n| plan.measure(n)) {
                Some(m) => Some(m.axis.clone()),
                None => {
                    if measure_ok {
                        bad("axis", RowProblem::Missing);
                    }
                    None
                }
            }
        } else {
            let found = plan
                .axes
                .iter()
                .find(|a| a.code.eq_ignore_ascii_case(axis_raw) || a.number.to_string() == axis_raw)
                .or_else(|| {
                    let f = crate::text::fold(axis_raw);
                    plan.axes
                        .iter()
                        .find(|a| a.name.values().any(|n| crate::text::fold(n) == f))
                });
            match found {
                Some(a) => {
                    if measure
                        .and_then(|n| plan.measure(n))
                        .is_some_and(|m| m.axis != a.code)
                    {
                        bad("measure", RowProblem::NotUnder);
                    }
                    Some(a.code.clone())
                }
                None => {
                    bad("axis", RowProblem::Unknown(axis_raw.to_string()));
                    None
                }
            }
        };
        let date = match self.date.trim() {
            "" => None,
            d => match NaiveDate::parse_from_str(d, "%Y-%m-%d")
                .or_else(|_| NaiveDate::parse_from_str(d, "%d/%m/%Y"))
            {
                Ok(d) => {
                    if year.is_some_and(|y| chrono::Datelike::year(&d) != y) {
                        bad("date", RowProblem::DateOutside);
                    }
                    Some(d)
                }
                Err(_) => {
                    bad("date", RowProblem::NotADate);
                    None
                }
            },
        };
        let amount = match parse_amount(&self.amount, phase.is_some_and(Phase::allows_negative)) {
            Ok(c) => Some(c),
            Err(p) => {
                bad("amount", RowProblem::Amount(p));
                None
            }
        };
        let label = self.label.trim();
        if label.is_empty() {
            bad("label", RowProblem::Missing);
        }
        for (field, value) in [
            ("label", &self.label),
            ("supplier", &self.supplier),
            ("invoice", &self.invoice),
            ("note", &self.note),
            ("reason", &self.reason),
        ] {
            if value.trim().chars().count() > MAX_TEXT {
                bad(field, RowProblem::TooLong(MAX_TEXT));
            }
        }
        if phase == Some(Phase::Revised) && self.reason.trim().is_empty() {
            bad("reason", RowProblem::Missing);
        }
        match (year, phase, source, axis, amount) {
            (Some(year), Some(phase), Some(source), Some(axis), Some(amount_cents))
                if problems.is_empty() =>
            {
                Ok(NewRow {
                    year,
                    phase,
                    source,
                    axis,
                    measure,
                    action,
                    date,
                    supplier: opt(&self.supplier),
                    invoice: opt(&self.invoice),
                    label: label.to_string(),
                    amount_cents,
                    note: opt(&self.note),
                    reason: opt(&self.reason),
                })
            }
            _ => Err(problems),
        }
    }
}

/// The sum of the rows sharing a key, as the store computes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LedgerSum {
    pub year: i32,
    pub phase: Phase,
    pub source: String,
    pub axis: String,
    pub measure: Option<u32>,
    pub action: Option<String>,
    /// For rows without an action: their supplier, else their label (the
    /// line the report shows, e.g. "CABAN" under the 2020 subsidies);
    /// None for rows with an action.
    pub detail: Option<String>,
    pub cents: i64,
}

/// Which sources a total covers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sources {
    All,
    /// The plan's own sources (`in_plan`).
    Plan,
    /// The other sources.
    Other,
    One(String),
}

impl Sources {
    /// As stored: "all", "plan", "other" or "source:<code>".
    pub fn code(&self) -> String {
        match self {
            Sources::All => "all".into(),
            Sources::Plan => "plan".into(),
            Sources::Other => "other".into(),
            Sources::One(c) => format!("source:{c}"),
        }
    }
    pub fn parse(s: &str) -> Option<Sources> {
        match s {
            "all" => Some(Sources::All),
            "plan" => Some(Sources::Plan),
            "other" => Some(Sources::Other),
            _ => s
                .strip_prefix("source:")
                .map(|c| Sources::One(c.to_string())),
        }
    }
    fn covers(&self, plan: &Plan, source: &str) -> bool {
        match self {
            Sources::All => true,
            Sources::Plan => plan.source(source).is_some_and(|s| s.in_plan),
            Sources::Other => plan.source(source).is_some_and(|s| !s.in_plan),
            Sources::One(c) => c == source,
        }
    }
}

/// What a total covers: a year, the phases of a figure, some sources, and
/// optionally one axis, measure or action.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scope {
    pub year: i32,
    /// `Budget` means the revised budget (budget + revisions); `Actual` the
    /// spending; `Commitment` the commitments.
    pub figure: Phase,
    pub sources: Sources,
    pub axis: Option<String>,
    pub measure: Option<u32>,
    pub action: Option<String>,
}

impl Scope {
    fn covers(&self, plan: &Plan, s: &LedgerSum) -> bool {
        self.figure.figure_counts(s.phase)
            && s.year == self.year
            && self.sources.covers(plan, &s.source)
            && self.axis.as_ref().is_none_or(|a| *a == s.axis)
            && self.measure.is_none_or(|m| Some(m) == s.measure)
            && self
                .action
                .as_ref()
                .is_none_or(|a| Some(a) == s.action.as_ref())
    }

    /// The sum of the rows this scope covers.
    pub fn sum(&self, plan: &Plan, sums: &[LedgerSum]) -> i64 {
        sums.iter()
            .filter(|s| self.covers(plan, s))
            .map(|s| s.cents)
            .sum()
    }
}

/// A total someone typed (in a report, a spreadsheet): kept as declared,
/// never overwritten, compared with the sum of its lines.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeclaredTotal {
    pub id: i64,
    pub scope: Scope,
    pub cents: i64,
    /// Where it was declared, e.g. "Annex 1, other CIRB spending, TOTAL".
    pub label: String,
}

/// A declared total that is not the sum of its lines.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Difference {
    pub declared: DeclaredTotal,
    pub computed_cents: i64,
    /// Declared minus computed.
    pub difference_cents: i64,
}

/// The sums added up over their detail (which no scope looks at): at most
/// one per year, phase, source, axis, measure and action — a number set by
/// the plan, not by how many rows or suppliers the ledger has.
fn without_detail(sums: &[LedgerSum]) -> Vec<LedgerSum> {
    type Key<'a> = (i32, Phase, &'a str, &'a str, Option<u32>, Option<&'a str>);
    let mut index: HashMap<Key<'_>, usize> = HashMap::new();
    let mut out: Vec<LedgerSum> = Vec::new();
    for s in sums {
        let key = (
            s.year,
            s.phase,
            s.source.as_str(),
            s.axis.as_str(),
            s.measure,
            s.action.as_deref(),
        );
        let i = *index.entry(key).or_insert_with(|| {
            out.push(LedgerSum {
                detail: None,
                cents: 0,
                ..s.clone()
            });
            out.len() - 1
        });
        out[i].cents += s.cents;
    }
    out
}

/// Every declared total that differs from the sum of its lines, in the
/// order given. Linear in the sums: each declared total is summed over
/// the sums without their detail.
pub fn check(plan: &Plan, sums: &[LedgerSum], declared: &[DeclaredTotal]) -> Vec<Difference> {
    let sums = without_detail(sums);
    declared
        .iter()
        .filter_map(|d| {
            let computed = d.scope.sum(plan, &sums);
            (computed != d.cents).then(|| Difference {
                declared: d.clone(),
                computed_cents: computed,
                difference_cents: d.cents - computed,
            })
        })
        .collect()
}

/// Planned against actual: the difference and its share of the planned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Variance {
    pub planned_cents: i64,
    pub actual_cents: i64,
    /// Actual minus planned.
    pub difference_cents: i64,
    /// The difference in basis points of the planned (1 % = 100), rounded
    /// half away from zero; None when nothing was planned.
    pub share_bp: Option<i64>,
}

impl Variance {
    pub fn new(planned_cents: i64, actual_cents: i64) -> Variance {
        let difference_cents = actual_cents - planned_cents;
        let share_bp = (planned_cents != 0).then(|| {
            let num = difference_cents as i128 * 10_000;
            let den = planned_cents as i128;
            let q = (2 * num + den.signum() * num.signum() * den.abs()) / (2 * den);
            q as i64
        });
        Variance {
            planned_cents,
            actual_cents,
            difference_cents,
            share_bp,
        }
    }
}

/// A table of axes (rows) by sources (columns), with its totals.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct AxisBySource {
    /// Source codes, in the plan's order.
    pub sources: Vec<String>,
    /// Axis codes, in the plan's order.
    pub axes: Vec<String>,
    /// cells[axis][source]
    pub cells: Vec<Vec<i64>>,
    pub axis_totals: Vec<i64>,
    pub source_totals: Vec<i64>,
    pub total: i64,
}

impl AxisBySource {
    fn build(
        plan: &Plan,
        year: i32,
        figure: Phase,
        in_plan: bool,
        sums: &[LedgerSum],
    ) -> AxisBySource {
        let sources: Vec<String> = plan
            .sources
            .iter()
            .filter(|s| s.in_plan == in_plan)
            .map(|s| s.code.clone())
            .collect();
        let axes: Vec<String> = plan.axes.iter().map(|a| a.code.clone()).collect();
        let mut cells = vec![vec![0i64; sources.len()]; axes.len()];
        for s in sums {
            if !figure.figure_counts(s.phase) || s.year != year {
                continue;
            }
            let (Some(a), Some(c)) = (
                axes.iter().position(|a| *a == s.axis),
                sources.iter().position(|c| *c == s.source),
            ) else {
                continue;
            };
            cells[a][c] += s.cents;
        }
        let axis_totals: Vec<i64> = cells.iter().map(|r| r.iter().sum()).collect();
        let source_totals: Vec<i64> = (0..sources.len())
            .map(|c| cells.iter().map(|r| r[c]).sum())
            .collect();
        let total = axis_totals.iter().sum();
        AxisBySource {
            sources,
            axes,
            cells,
            axis_totals,
            source_totals,
            total,
        }
    }

    pub fn cell(&self, axis: &str, source: &str) -> i64 {
        match (
            self.axes.iter().position(|a| a == axis),
            self.sources.iter().position(|s| s == source),
        ) {
            (Some(a), Some(s)) => self.cells[a][s],
            _ => 0,
        }
    }

    pub fn axis_total(&self, axis: &str) -> i64 {
        self.axes
            .iter()
            .position(|a| a == axis)
            .map_or(0, |a| self.axis_totals[a])
    }
}

/// One line under a measure (an action, or a detail of rows without one).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SpendLine {
    /// The action key, when the rows name one.
    pub action: Option<String>,
    /// Else the supplier or label of the rows.
    pub detail: Option<String>,
    /// Actual of the plan's sources.
    pub plan_cents: i64,
    /// Actual of the other sources.
    pub other_cents: i64,
}

/// A measure's spending (or, with `measure` None, an axis's rows without
/// a measure — e.g. the 2020 subsidies), with its lines.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MeasureSpend {
    pub axis: String,
    pub measure: Option<u32>,
    /// The revised budget of the plan's sources for this measure (0 when
    /// the budget is set by axis only).
    pub planned_cents: i64,
    pub plan_cents: i64,
    pub other_cents: i64,
    pub lines: Vec<SpendLine>,
}

/// The four tables of the report's Annex 1, and planned against actual,
/// for one year, computed from the ledger's sums.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BudgetTables {
    pub year: i32,
    /// 1. The revised budget of the plan's sources, by axis and source.
    pub planned: AxisBySource,
    /// 2. The actual spending of the plan's sources, by axis and source.
    pub actual: AxisBySource,
    /// 3. The actual spending of the other sources, by axis and source.
    pub other: AxisBySource,
    /// Commitments of the plan's sources, by axis and source.
    pub committed: AxisBySource,
    /// 4. Spending by measure and action (plan's sources and others), in
    ///    the plan's order; within an axis, its rows without a measure first.
    pub measures: Vec<MeasureSpend>,
    /// Planned against actual, by axis and source (same shape as `planned`).
    pub variance: Vec<Vec<Variance>>,
    /// Planned against actual, by axis.
    pub axis_variance: Vec<Variance>,
    /// Planned against actual, all the plan's sources.
    pub total_variance: Variance,
}

impl BudgetTables {
    pub fn build(plan: &Plan, year: i32, sums: &[LedgerSum]) -> BudgetTables {
        let planned = AxisBySource::build(plan, year, Phase::Budget, true, sums);
        let actual = AxisBySource::build(plan, year, Phase::Actual, true, sums);
        let other = AxisBySource::build(plan, year, Phase::Actual, false, sums);
        let committed = AxisBySource::build(plan, year, Phase::Commitment, true, sums);
        let variance = planned
            .cells
            .iter()
            .zip(&actual.cells)
            .map(|(p, a)| {
                p.iter()
                    .zip(a)
                    .map(|(p, a)| Variance::new(*p, *a))
                    .collect()
            })
            .collect();
        let axis_variance = planned
            .axis_totals
            .iter()
            .zip(&actual.axis_totals)
            .map(|(p, a)| Variance::new(*p, *a))
            .collect();
        let total_variance = Variance::new(planned.total, actual.total);

        // Per measure: keyed by (axis index, measure or None).
        let in_plan = |src: &str| plan.source(src).is_some_and(|s| s.in_plan);
        let mut groups: BTreeMap<(usize, u32), MeasureSpend> = BTreeMap::new();
        let mut line_index: BTreeMap<(usize, u32, Option<String>, Option<String>), usize> =
            BTreeMap::new();
        for s in sums.iter().filter(|s| s.year == year) {
            let Some(ai) = plan.axes.iter().position(|a| a.code == s.axis) else {
                continue;
            };
            // Rows without a measure sort first within their axis (0).
            let mkey = s.measure.unwrap_or(0);
            let g = groups.entry((ai, mkey)).or_insert_with(|| MeasureSpend {
                axis: s.axis.clone(),
                measure: s.measure,
                planned_cents: 0,
                plan_cents: 0,
                other_cents: 0,
                lines: Vec::new(),
            });
            match s.phase {
                Phase::Budget | Phase::Revised => {
                    if in_plan(&s.source) && s.measure.is_some() {
                        g.planned_cents += s.cents;
                    }
                }
                Phase::Actual => {
                    let plan_part = in_plan(&s.source);
                    if plan_part {
                        g.plan_cents += s.cents;
                    } else {
                        g.other_cents += s.cents;
                    }
                    let lk = (ai, mkey, s.action.clone(), s.detail.clone());
                    let i = *line_index.entry(lk).or_insert_with(|| {
                        g.lines.push(SpendLine {
                            action: s.action.clone(),
                            detail: s.detail.clone(),
                            plan_cents: 0,
                            other_cents: 0,
                        });
                        g.lines.len() - 1
                    });
                    if plan_part {
                        g.lines[i].plan_cents += s.cents;
                    } else {
                        g.lines[i].other_cents += s.cents;
                    }
                }
                Phase::Commitment => {}
            }
        }
        // Lines in the plan's order of actions, then details alphabetically.
        // An axis's budget rows alone make no line of their own.
        let mut measures: Vec<MeasureSpend> = groups
            .into_values()
            .filter(|g| g.measure.is_some() || !g.lines.is_empty())
            .collect();
        for m in &mut measures {
            let order = |l: &SpendLine| -> (usize, String) {
                match (&l.action, m.measure.and_then(|n| plan.measure(n))) {
                    (Some(a), Some(me)) => (
                        me.actions
                            .iter()
                            .position(|x| me.action_key(x) == *a)
                            .unwrap_or(usize::MAX),
                        String::new(),
                    ),
                    _ => (usize::MAX, l.detail.clone().unwrap_or_default()),
                }
            };
            m.lines.sort_by_key(|l| order(l));
        }
        BudgetTables {
            year,
            planned,
            actual,
            other,
            committed,
            measures,
            variance,
            axis_variance,
            total_variance,
        }
    }
}

/// Spending beyond a (revised) budget, said when a row is entered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Overspend {
    /// The budget's scope: the most precise one with a budget.
    pub scope: Scope,
    pub budget_cents: i64,
    /// Actual (or committed, for a commitment) after the new row.
    pub after_cents: i64,
}

/// Would `row` take its phase's total beyond the budget set for it? The
/// budget looked at is the most precise one that exists for the row's
/// year and source: its action, its measure, else its axis.
pub fn overspend(plan: &Plan, sums: &[LedgerSum], row: &NewRow) -> Option<Overspend> {
    if !matches!(row.phase, Phase::Actual | Phase::Commitment) || row.amount_cents <= 0 {
        return None;
    }
    let base = Scope {
        year: row.year,
        figure: Phase::Budget,
        sources: Sources::One(row.source.clone()),
        axis: Some(row.axis.clone()),
        measure: None,
        action: None,
    };
    let mut candidates = Vec::new();
    if let Some(a) = &row.action {
        candidates.push(Scope {
            measure: row.measure,
            action: Some(a.clone()),
            ..base.clone()
        });
    }
    if row.measure.is_some() {
        candidates.push(Scope {
            measure: row.measure,
            ..base.clone()
        });
    }
    candidates.push(base);
    for scope in candidates {
        if !sums.iter().any(|s| scope.covers(plan, s)) {
            continue;
        }
        let budget_cents = scope.sum(plan, sums);
        let spent = Scope {
            figure: row.phase,
            ..scope.clone()
        }
        .sum(plan, sums);
        let after_cents = spent + row.amount_cents;
        return (after_cents > budget_cents).then_some(Overspend {
            scope,
            budget_cents,
            after_cents,
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_in_every_usual_writing() {
        for (raw, cents) in [
            ("42.320,96 €", 4_232_096),
            ("42 320,96", 4_232_096),
            ("42,320.96", 4_232_096),
            ("42320.96", 4_232_096),
            ("42320,9", 4_232_090),
            ("3.656.819,80", 365_681_980),
            ("1,234,567", 123_456_700),
            ("990000", 99_000_000),
            ("€ 786,50", 78_650),
            ("0", 0),
        ] {
            assert_eq!(parse_amount(raw, false), Ok(cents), "{raw}");
        }
        assert_eq!(parse_amount("-5 000,00", true), Ok(-500_000));
        assert_eq!(
            parse_amount("-5 000,00", false),
            Err(AmountProblem::Negative)
        );
        assert_eq!(parse_amount("12,345", false), Err(AmountProblem::Ambiguous));
        assert_eq!(parse_amount("1.234", false), Err(AmountProblem::Ambiguous));
        assert_eq!(
            parse_amount("1.234,567", false),
            Err(AmountProblem::TooManyDecimals)
        );
        assert_eq!(
            parse_amount("1,2345", false),
            Err(AmountProblem::TooManyDecimals)
        );
        assert_eq!(
            parse_amount("12,34,56", false),
            Err(AmountProblem::NotAnAmount)
        );
        assert_eq!(
            parse_amount("1.23.456,00", false),
            Err(AmountProblem::NotAnAmount)
        );
        assert_eq!(
            parse_amount("douze", false),
            Err(AmountProblem::NotAnAmount)
        );
        assert_eq!(parse_amount("12,", false), Err(AmountProblem::NotAnAmount));
        assert_eq!(parse_amount("", false), Err(AmountProblem::Missing));
        assert_eq!(
            parse_amount("1000000000", false),
            Err(AmountProblem::TooLarge)
        );
    }

    fn plan() -> &'static Plan {
        crate::plan::shipped("brussels").unwrap()
    }

    fn raw(phase: &str, source: &str, measure: &str, action: &str, amount: &str) -> RawRow {
        RawRow {
            year: "2021".into(),
            phase: phase.into(),
            source: source.into(),
            measure: measure.into(),
            action: action.into(),
            label: "line".into(),
            amount: amount.into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_row_is_checked_against_the_plan() {
        let r = raw(
            "actual",
            "cirb-pan",
            "1",
            "printemps-numerique",
            "42.320,96",
        )
        .check(plan())
        .unwrap();
        assert_eq!(r.axis, "sensibiliser");
        assert_eq!(r.measure, Some(1));
        assert_eq!(r.action.as_deref(), Some("1.printemps-numerique"));
        assert_eq!(r.amount_cents, 4_232_096);
        // The action alone gives the measure and the axis.
        let r = raw("dépenses", "cirb-pan", "", "1.printemps-numerique", "1")
            .check(plan())
            .unwrap();
        assert_eq!((r.phase, r.measure), (Phase::Actual, Some(1)));

        let e = raw("actual", "cirb", "18", "", "-3")
            .check(plan())
            .unwrap_err();
        let fields: Vec<_> = e.iter().map(|p| p.field).collect();
        assert_eq!(fields, ["source", "measure", "amount"]);
        assert_eq!(e[0].problem, RowProblem::Unknown("cirb".into()));
        assert_eq!(e[2].problem, RowProblem::Amount(AmountProblem::Negative));

        let mut r = raw("actual", "cirb-pan", "2", "printemps-numerique", "1");
        assert_eq!(r.check(plan()).unwrap_err()[0].field, "action");
        r = raw("actual", "cirb-pan", "4", "", "1");
        r.axis = "sensibiliser".into();
        assert_eq!(
            r.check(plan()).unwrap_err(),
            vec![FieldProblem {
                field: "measure",
                problem: RowProblem::NotUnder
            }]
        );
        // A revision may be negative, and needs a reason.
        let r = raw("revised", "cirb-pan", "5", "", "-100 000");
        assert_eq!(r.check(plan()).unwrap_err()[0].field, "reason");
        let mut r = raw("revised", "cirb-pan", "5", "", "-100 000");
        r.reason = "moved to Outiller".into();
        assert_eq!(r.check(plan()).unwrap().amount_cents, -10_000_000);
        let mut r = raw("budget", "cirb-pan", "5", "", "1");
        r.year = "2030".into();
        assert_eq!(
            r.check(plan()).unwrap_err()[0].problem,
            RowProblem::YearOutside(2021, 2024)
        );
        r.year = "2021".into();
        r.date = "2022-01-03".into();
        assert_eq!(
            r.check(plan()).unwrap_err()[0].problem,
            RowProblem::DateOutside
        );
    }

    fn sum(phase: Phase, source: &str, axis: &str, measure: Option<u32>, cents: i64) -> LedgerSum {
        LedgerSum {
            year: 2021,
            phase,
            source: source.into(),
            axis: axis.into(),
            measure,
            action: None,
            detail: None,
            cents,
        }
    }

    #[test]
    fn tables_check_and_overspending() {
        let sums = vec![
            sum(Phase::Budget, "cirb-pan", "outiller", None, 18_000_000),
            sum(Phase::Actual, "cirb-pan", "outiller", Some(7), 21_004_499),
            sum(Phase::Actual, "cirb-pan", "outiller", Some(9), 1_774_465),
            sum(Phase::Actual, "cirb-pan", "outiller", Some(11), 2_752_501),
            sum(
                Phase::Actual,
                "cirb-other",
                "accompagner",
                Some(13),
                290_000_000,
            ),
        ];
        let t = BudgetTables::build(plan(), 2021, &sums);
        assert_eq!(t.actual.cell("outiller", "cirb-pan"), 25_531_465);
        assert_eq!(t.planned.axis_total("outiller"), 18_000_000);
        assert_eq!(t.other.total, 290_000_000);
        let v = t.axis_variance[2];
        assert_eq!(v.difference_cents, 7_531_465);
        assert_eq!(v.share_bp, Some(4184)); // +41.84 %
        assert_eq!(t.measures.len(), 4);

        let declared = DeclaredTotal {
            id: 1,
            scope: Scope {
                year: 2021,
                figure: Phase::Actual,
                sources: Sources::Other,
                axis: None,
                measure: None,
                action: None,
            },
            cents: 290_000_062,
            label: "total".into(),
        };
        let d = check(plan(), &sums, &[declared]);
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].difference_cents, 62);

        let row = raw("actual", "cirb-pan", "9", "", "1")
            .check(plan())
            .unwrap();
        let o = overspend(plan(), &sums, &row).unwrap();
        assert_eq!(o.budget_cents, 18_000_000);
        assert_eq!(o.after_cents, 25_531_565);
        let row = raw("actual", "cirb-pan", "1", "", "1")
            .check(plan())
            .unwrap();
        assert_eq!(overspend(plan(), &sums, &row), None);
    }

    #[test]
    fn shares_round_half_away_from_zero() {
        assert_eq!(Variance::new(42_000_000, 31_926_375).share_bp, Some(-2398));
        assert_eq!(Variance::new(3, 4).share_bp, Some(3333));
        assert_eq!(Variance::new(0, 4).share_bp, None);
        assert_eq!(Variance::new(200, 201).share_bp, Some(50));
        assert_eq!(Variance::new(200, 199).share_bp, Some(-50));
    }
}
