//! The plan's budget drawn for reading: the tables of the report's Annex 1
//! (planned by axis and source, actual against planned, the IT centre's
//! other spending, per measure and action), the consistency checks, the
//! words of a row's problems, and the small summaries an axis's or a
//! measure's page shows. Amounts are integer cents shown with
//! `domain::money::euros_text`, right-aligned, isolated (`bdi`) for Arabic.

use domain::Lang;
use domain::budget::{
    AmountProblem, AxisBySource, BudgetTables, Difference, FieldProblem, Phase, RowProblem,
    Sources, Variance,
};
use domain::money::euros_text;
use domain::plan::Plan;
use maud::{Markup, html};

use crate::i18n::{t, t_args};

/// An amount in a table cell (the column says it is in euros).
pub fn amount(cents: i64) -> Markup {
    html! { td.num { bdi { (euros_text(cents)) } } }
}

/// An amount in a sentence: "1 250,00 €".
pub fn euros(cents: i64) -> Markup {
    html! { bdi { (euros_text(cents)) " €" } }
}

/// A share in basis points as a signed percentage: 1234 → "+12,34 %".
pub fn share_text(bp: i64) -> String {
    let sign = if bp > 0 {
        "+"
    } else if bp < 0 {
        "-"
    } else {
        ""
    };
    let a = bp.unsigned_abs();
    format!("{sign}{},{:02} %", a / 100, a % 100)
}

fn share_cell(lang: Lang, v: &Variance) -> Markup {
    match v.share_bp {
        Some(bp) => html! { td.num { bdi { (share_text(bp)) } } },
        None => html! { td.num { (t(lang, "budget-no-share")) } },
    }
}

/// The name of a phase.
pub fn phase_name(lang: Lang, phase: Phase) -> String {
    t(lang, &format!("budget-phase-{}", phase.code()))
}

/// The name of a funding source in the reader's language (its code when unknown).
pub fn source_name(lang: Lang, plan: &Plan, code: &str) -> String {
    plan.source(code)
        .map_or_else(|| code.to_string(), |s| s.name(lang.code()).to_string())
}

/// "2. Fédérer" — an axis with its number.
pub fn axis_name(lang: Lang, plan: &Plan, code: &str) -> String {
    plan.axis(code).map_or_else(
        || code.to_string(),
        |a| format!("{}. {}", a.number, a.name(lang.code())),
    )
}

/// "Measure 3 – Labellisation".
pub fn measure_name(lang: Lang, plan: &Plan, number: u32) -> String {
    let name = plan
        .measure(number)
        .map_or_else(String::new, |m| m.name(lang.code()).to_string());
    t_args(
        lang,
        "budget-measure-name",
        &[("number", (number as usize).into()), ("name", name.into())],
    )
}

/// The name of an action by its key `"<measure>.<code>"`.
pub fn action_name(lang: Lang, plan: &Plan, key: &str) -> String {
    plan.action(key)
        .map_or_else(|| key.to_string(), |(_, a)| a.name(lang.code()).to_string())
}

/// What a scope of the ledger covers, in words: "2021, planned, annual
/// plan budget, axis 2, measure 5".
pub fn scope_text(lang: Lang, plan: &Plan, scope: &domain::budget::Scope) -> String {
    let mut parts = vec![
        scope.year.to_string(),
        phase_name(lang, scope.figure),
        match &scope.sources {
            Sources::All => t(lang, "budget-sources-all"),
            Sources::Plan => t(lang, "budget-sources-plan"),
            Sources::Other => t(lang, "budget-sources-other"),
            Sources::One(c) => source_name(lang, plan, c),
        },
    ];
    if let Some(a) = &scope.axis {
        parts.push(axis_name(lang, plan, a));
    }
    if let Some(m) = scope.measure {
        parts.push(measure_name(lang, plan, m));
    }
    if let Some(a) = &scope.action {
        parts.push(action_name(lang, plan, a));
    }
    parts.join(" – ")
}

/// The name of a row's field, as the form labels it.
pub fn field_name(lang: Lang, field: &str) -> String {
    t(lang, &format!("budget-field-{field}"))
}

/// A row's problem in words naming the field and what is expected.
pub fn problem_text(lang: Lang, plan: &Plan, p: &FieldProblem) -> String {
    let field = || ("field", field_name(lang, p.field).into());
    match &p.problem {
        RowProblem::Missing => t_args(lang, "budget-problem-missing", &[field()]),
        RowProblem::Unknown(v) => t_args(
            lang,
            "budget-problem-unknown",
            &[field(), ("value", v.clone().into())],
        ),
        RowProblem::NotUnder => t_args(lang, "budget-problem-not-under", &[field()]),
        RowProblem::YearOutside(a, b) => t_args(
            lang,
            "budget-problem-year-outside",
            &[
                field(),
                ("first", a.to_string().into()),
                ("last", b.to_string().into()),
            ],
        ),
        RowProblem::DateOutside => t_args(lang, "budget-problem-date-outside", &[field()]),
        RowProblem::NotADate => t_args(lang, "budget-problem-not-a-date", &[field()]),
        RowProblem::NotAYear => t_args(
            lang,
            "budget-problem-not-a-year",
            &[
                field(),
                ("first", plan.first_year.to_string().into()),
                ("last", plan.last_year.to_string().into()),
            ],
        ),
        RowProblem::Amount(a) => {
            let key = match a {
                AmountProblem::Missing => "budget-problem-amount-missing",
                AmountProblem::NotAnAmount => "budget-problem-amount-not-an-amount",
                AmountProblem::TooManyDecimals => "budget-problem-amount-decimals",
                AmountProblem::Ambiguous => "budget-problem-amount-ambiguous",
                AmountProblem::Negative => "budget-problem-amount-negative",
                AmountProblem::TooLarge => "budget-problem-amount-too-large",
            };
            t_args(lang, key, &[field()])
        }
        RowProblem::TooLong(n) => t_args(
            lang,
            "budget-problem-too-long",
            &[field(), ("max", (*n).into())],
        ),
    }
}

/// A wide table in a focusable, labelled region that scrolls sideways on a
/// small screen.
fn scroll(label: &str, id: &str, table: Markup) -> Markup {
    html! {
        div.table-scroll tabindex="0" role="region" aria-label=(label) {
            table.bo.budget id=(id) { (table) }
        }
    }
}

/// An axis × source table (planned, actual of the plan's sources, or the
/// other budget's actual).
fn axis_by_source(lang: Lang, plan: &Plan, id: &str, caption: &str, t_: &AxisBySource) -> Markup {
    let several = t_.sources.len() > 1;
    scroll(
        caption,
        id,
        html! {
            caption { (caption) }
            thead { tr {
                th scope="col" { (t(lang, "budget-axis")) }
                @for s in &t_.sources { th.num scope="col" { (source_name(lang, plan, s)) } }
                @if several { th.num scope="col" { (t(lang, "budget-total")) } }
            } }
            tbody {
                @for (i, a) in t_.axes.iter().enumerate() {
                    tr {
                        th scope="row" { (axis_name(lang, plan, a)) }
                        @for c in &t_.cells[i] { (amount(*c)) }
                        @if several { (amount(t_.axis_totals[i])) }
                    }
                }
            }
            tfoot { tr {
                th scope="row" { (t(lang, "budget-total")) }
                @for c in &t_.source_totals { (amount(*c)) }
                @if several { (amount(t_.total)) }
            } }
        },
    )
}

/// The year's planned budget by axis and source (always public).
pub fn planned_table(lang: Lang, plan: &Plan, tables: &BudgetTables) -> Markup {
    let caption = t_args(
        lang,
        "budget-planned-caption",
        &[("year", tables.year.into())],
    );
    axis_by_source(lang, plan, "budget-planned", &caption, &tables.planned)
}

/// The actual spending: the plan's sources by axis, then planned against
/// actual with the difference and its share, then the IT centre's other
/// budget.
pub fn actual_tables(lang: Lang, plan: &Plan, tables: &BudgetTables) -> Markup {
    let year = [("year", tables.year.into())];
    let caption = t_args(lang, "budget-actual-caption", &year);
    let variance_caption = t_args(lang, "budget-variance-caption", &year);
    let other_caption = t_args(lang, "budget-other-caption", &year);
    let p = &tables.planned;
    html! {
        (axis_by_source(lang, plan, "budget-actual", &caption, &tables.actual))
        (scroll(&variance_caption, "budget-variance", html! {
            caption { (variance_caption) }
            thead { tr {
                th scope="col" { (t(lang, "budget-axis")) }
                th scope="col" { (t(lang, "budget-source")) }
                th.num scope="col" { (t(lang, "budget-planned")) }
                th.num scope="col" { (t(lang, "budget-actual")) }
                th.num scope="col" { (t(lang, "budget-difference")) }
                th.num scope="col" { (t(lang, "budget-share")) }
            } }
            @for (i, a) in p.axes.iter().enumerate() {
                @let n = p.sources.len() + 1;
                tbody {
                    @for (j, s) in p.sources.iter().enumerate() {
                        @let v = &tables.variance[i][j];
                        tr {
                            @if j == 0 { th scope="rowgroup" rowspan=(n) { (axis_name(lang, plan, a)) } }
                            th scope="row" { (source_name(lang, plan, s)) }
                            (amount(v.planned_cents)) (amount(v.actual_cents))
                            (amount(v.difference_cents)) (share_cell(lang, v))
                        }
                    }
                    @let v = &tables.axis_variance[i];
                    tr.subtotal {
                        th scope="row" { (t(lang, "budget-axis-total")) }
                        (amount(v.planned_cents)) (amount(v.actual_cents))
                        (amount(v.difference_cents)) (share_cell(lang, v))
                    }
                }
            }
            tfoot { tr {
                @let v = &tables.total_variance;
                th scope="row" colspan="2" { (t(lang, "budget-total")) }
                (amount(v.planned_cents)) (amount(v.actual_cents))
                (amount(v.difference_cents)) (share_cell(lang, v))
            } }
        }))
        (axis_by_source(lang, plan, "budget-other", &other_caption, &tables.other))
    }
}

/// Per measure and action: planned, spent from the plan's sources and from
/// the other budget, each action's (or supplier line's) spending under its
/// measure. Without `actuals`, the planned column only.
pub fn measures_table(lang: Lang, plan: &Plan, tables: &BudgetTables, actuals: bool) -> Markup {
    let caption = t_args(
        lang,
        "budget-measures-caption",
        &[("year", tables.year.into())],
    );
    scroll(
        &caption,
        "budget-measures",
        html! {
            caption { (caption) }
            thead { tr {
                th scope="col" { (t(lang, "budget-measure")) }
                th.num scope="col" { (t(lang, "budget-planned")) }
                @if actuals {
                    th.num scope="col" { (t(lang, "budget-actual-plan")) }
                    th.num scope="col" { (t(lang, "budget-actual-other")) }
                }
            } }
            tbody {
                @for m in &tables.measures {
                    tr.subtotal {
                        th scope="row" {
                            @match m.measure {
                                Some(n) => (measure_name(lang, plan, n)),
                                None => (t_args(lang, "budget-axis-other-lines", &[("axis", axis_name(lang, plan, &m.axis).into())])),
                            }
                        }
                        (amount(m.planned_cents))
                        @if actuals { (amount(m.plan_cents)) (amount(m.other_cents)) }
                    }
                    @if actuals {
                        @for l in &m.lines {
                            tr {
                                th.sub scope="row" {
                                    @match (&l.action, &l.detail) {
                                        (Some(a), Some(d)) => { (action_name(lang, plan, a)) " – " (d) }
                                        (Some(a), None) => (action_name(lang, plan, a)),
                                        (None, Some(d)) => (d),
                                        (None, None) => (t(lang, "budget-line-unspecified")),
                                    }
                                }
                                td {}
                                (amount(l.plan_cents)) (amount(l.other_cents))
                            }
                        }
                    }
                }
            }
        },
    )
}

/// Every declared total that differs from the sum of its lines, to the cent.
pub fn checks(lang: Lang, plan: &Plan, year: i32, differences: &[Difference]) -> Markup {
    let caption = t_args(lang, "budget-checks-caption", &[("year", year.into())]);
    html! {
        section aria-labelledby="budget-checks-title" {
            h2 #budget-checks-title { (t(lang, "budget-checks-title")) }
            @if differences.is_empty() {
                p #budget-checks-none { (t(lang, "budget-checks-none")) }
            } @else {
                div.notice.warning role="status" {
                    p { (t_args(lang, "budget-checks-count", &[("count", differences.len().into())])) }
                }
                (scroll(&caption, "budget-checks", html! {
                    caption { (caption) }
                    thead { tr {
                        th scope="col" { (t(lang, "budget-check-where")) }
                        th.num scope="col" { (t(lang, "budget-check-declared")) }
                        th.num scope="col" { (t(lang, "budget-check-computed")) }
                        th.num scope="col" { (t(lang, "budget-difference")) }
                    } }
                    tbody {
                        @for d in differences {
                            tr {
                                th scope="row" {
                                    (d.declared.label)
                                    br;
                                    span.small { (scope_text(lang, plan, &d.declared.scope)) }
                                }
                                (amount(d.declared.cents))
                                (amount(d.computed_cents))
                                (amount(d.difference_cents))
                            }
                        }
                    }
                }))
            }
        }
    }
}

/// An axis's budget in a few words, for the axis's page: planned, and
/// (when `actuals`) spent from the plan's sources, for the year.
pub fn axis_summary(
    lang: Lang,
    plan: &Plan,
    tables: &BudgetTables,
    axis: &str,
    actuals: bool,
) -> Markup {
    let planned = tables.planned.axis_total(axis);
    let spent = tables.actual.axis_total(axis);
    summary(lang, plan, tables.year, planned, actuals.then_some(spent))
}

/// A measure's budget in a few words, for the measure's page.
pub fn measure_summary(
    lang: Lang,
    plan: &Plan,
    tables: &BudgetTables,
    measure: u32,
    actuals: bool,
) -> Markup {
    let m = tables.measures.iter().find(|m| m.measure == Some(measure));
    let planned = m.map_or(0, |m| m.planned_cents);
    let spent = m.map_or(0, |m| m.plan_cents);
    summary(lang, plan, tables.year, planned, actuals.then_some(spent))
}

fn summary(lang: Lang, _plan: &Plan, year: i32, planned: i64, spent: Option<i64>) -> Markup {
    let l = lang.code();
    html! {
        dl.budget-summary {
            dt { (t_args(lang, "budget-summary-planned", &[("year", year.into())])) }
            dd { (euros(planned)) }
            @if let Some(s) = spent {
                dt { (t_args(lang, "budget-summary-spent", &[("year", year.into())])) }
                dd { (euros(s)) }
            }
        }
        p { a href=(format!("/{l}/plan/budget?year={year}")) { (t(lang, "budget-summary-link")) } }
    }
}
