//! Words and small pieces shared by the plan's public pages and its back
//! office: a deliverable's status, its due quarter, its evidence, the
//! problems of its form, and the words of a version's changes.

use domain::Lang;
use domain::deliverable::{Evidence, FieldProblem, Quarter, Status};
use domain::plan::Plan;
use domain::plan_version::{ChangeKind, Item};
use maud::{Markup, html};

use crate::i18n::{t, t_args};

/// The name of a status ("Done", "Late"…).
pub fn status_name(lang: Lang, status: Status) -> String {
    t(
        lang,
        &format!("plan-status-{}", status.code().replace('_', "-")),
    )
}

/// A status as a badge: the word, and a class for its colour (never the
/// only cue: the word is always there).
pub fn status_badge(lang: Lang, status: Status) -> Markup {
    html! {
        span class=(format!("status status-{}", status.code().replace('_', "-"))) {
            (status_name(lang, status))
        }
    }
}

/// "Q3 2022" in the reader's language.
pub fn quarter_text(lang: Lang, q: Quarter) -> String {
    t_args(
        lang,
        "plan-quarter",
        &[
            ("quarter", i32::from(q.quarter).into()),
            ("year", q.year.into()),
        ],
    )
}

/// The name of an organisation of the plan (its code when unknown).
pub fn organisation_name(lang: Lang, plan: &Plan, code: &str) -> String {
    plan.organisation(code)
        .map_or_else(|| code.to_string(), |o| o.name(lang.code()).to_string())
}

/// The name of a target public (its code when unknown).
pub fn public_name(lang: Lang, plan: &Plan, code: &str) -> String {
    plan.public(code)
        .map_or_else(|| code.to_string(), |o| o.name(lang.code()).to_string())
}

/// The evidence as a link: a page of this site, or a web address (marked
/// as leaving the site).
pub fn evidence_link(lang: Lang, evidence: &Evidence) -> Markup {
    match evidence {
        Evidence::Page(path) => html! {
            a href=(path) { (t(lang, "plan-evidence-page")) }
        },
        Evidence::Link(url) => html! {
            a href=(url) rel="noopener noreferrer" {
                (t(lang, "plan-evidence-link")) " " bdi dir="ltr" { (url) }
            }
        },
    }
}

/// The name of a deliverable's field, as the form labels it.
pub fn field_name(lang: Lang, field: &str) -> String {
    t(lang, &format!("plan-field-{field}"))
}

/// A deliverable's problem in words naming the field and what is expected.
pub fn problem_text(lang: Lang, p: &FieldProblem) -> String {
    t_args(
        lang,
        &format!("plan-problem-{}", p.problem.code()),
        &[("field", field_name(lang, p.field).into())],
    )
}

/// What a changed item of a version is, in words: "Measure 3", "Action
/// 1.printemps-numerique", "Deliverable 12"…
pub fn item_text(lang: Lang, plan: &Plan, item: &Item) -> String {
    match item {
        Item::Plan => t(lang, "plan-item-plan"),
        Item::Organisation(c) => t_args(
            lang,
            "plan-item-organisation",
            &[("name", organisation_name(lang, plan, c).into())],
        ),
        Item::Public(c) => t_args(
            lang,
            "plan-item-public",
            &[("name", public_name(lang, plan, c).into())],
        ),
        Item::Source(c) => t_args(lang, "plan-item-source", &[("name", c.clone().into())]),
        Item::Axis(c) => t_args(lang, "plan-item-axis", &[("name", c.clone().into())]),
        Item::Measure(n) => t_args(
            lang,
            "plan-item-measure",
            &[("number", (*n as usize).into())],
        ),
        Item::Action(k) => t_args(lang, "plan-item-action", &[("key", k.clone().into())]),
        Item::Deliverable(id) => t_args(
            lang,
            "plan-item-deliverable",
            &[("id", usize::try_from(*id).unwrap_or(0).into())],
        ),
    }
}

/// "added", "removed", "changed".
pub fn change_kind_name(lang: Lang, kind: ChangeKind) -> String {
    t(
        lang,
        match kind {
            ChangeKind::Added => "plan-change-added",
            ChangeKind::Removed => "plan-change-removed",
            ChangeKind::Changed => "plan-change-changed",
        },
    )
}
