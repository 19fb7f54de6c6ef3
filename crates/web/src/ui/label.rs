//! The words of the label: each criterion explained with its figures, the
//! conditions, the charter; shared by the public pages, the back office, the
//! e-mails and the API.

use domain::Lang;
use domain::label::{CriterionId, CriterionResult, LabelRules, LabelState};
use maud::{Markup, html};

use crate::i18n::{Arg, t, t_args};

/// A figure as people read it: a whole number, or "12,5" where the language takes a decimal comma.
pub fn figure(lang: Lang, s: &str) -> Arg {
    match s.parse::<i64>() {
        Ok(n) => Arg::Number(n),
        Err(_) if lang.decimal_comma() => Arg::Text(s.replace('.', ",")),
        Err(_) => Arg::Text(s.to_owned()),
    }
}

/// Hours in minutes as people write them ("6", "5,5").
pub fn hours_text(lang: Lang, minutes: i32) -> String {
    let s = domain::label::criteria::fmt_hours(f64::from(minutes) / 60.0);
    if lang.decimal_comma() {
        s.replace('.', ",")
    } else {
        s
    }
}

/// "free", "for a symbolic fee", "paid".
pub fn price_words(lang: Lang, code: &str) -> String {
    match code {
        "free" => t(lang, "label-price-free"),
        "symbolic" => t(lang, "label-price-symbolic"),
        "paid" => t(lang, "label-price-paid"),
        other => other.to_owned(),
    }
}

/// The accepted prices joined with "or".
fn prices_words(lang: Lang, codes: &[&str]) -> String {
    codes
        .iter()
        .map(|p| price_words(lang, p))
        .collect::<Vec<_>>()
        .join(&format!(" {} ", t(lang, "label-or")))
}

/// The name of a criterion ("Computers", "Opening hours"…).
pub fn criterion_name(lang: Lang, id: CriterionId) -> String {
    t(
        lang,
        &format!("label-criterion-{}", id.code().replace('_', "-")),
    )
}

/// The sentence that explains a criterion's outcome, with its figures:
/// "2 hours of training a week: the label asks at least 6."
pub fn explain(lang: Lang, c: &CriterionResult) -> String {
    let key = c.message_key();
    let not_required = c.passed && c.actual == "false";
    match c.id {
        CriterionId::OpeningHours if c.unreadable => t_args(
            lang,
            "label-criterion-opening-hours-unreadable",
            &[("hours", c.actual.clone().into())],
        ),
        CriterionId::Computers
        | CriterionId::OpeningHours
        | CriterionId::TrainingHours
        | CriterionId::FreeAccessHours => t_args(
            lang,
            &key,
            &[
                ("actual", figure(lang, &c.actual)),
                ("required", figure(lang, &c.required)),
            ],
        ),
        CriterionId::OpenToAllAdults | CriterionId::Charter if not_required => {
            t(lang, "label-criterion-not-required")
        }
        CriterionId::OpenToAllAdults | CriterionId::Charter => t(lang, &key),
        CriterionId::Price => {
            let required: Vec<&str> = c.required.split(", ").collect();
            t_args(
                lang,
                &key,
                &[
                    ("actual", price_words(lang, &c.actual).into()),
                    ("required", prices_words(lang, &required).into()),
                ],
            )
        }
    }
}

/// Criteria as a list: met or not (in words), and why.
pub fn criteria_list(lang: Lang, results: &[CriterionResult]) -> Markup {
    html! {
        ul.label-criteria {
            @for c in results {
                li class=(if c.passed { "label-pass" } else { "label-fail" }) {
                    strong {
                        (if c.passed { t(lang, "label-met") } else { t(lang, "label-not-met") })
                        " – " (criterion_name(lang, c.id))
                    }
                    br;
                    (explain(lang, c))
                }
            }
        }
    }
}

/// The conditions of the label, from its rules.
pub fn conditions(lang: Lang, rules: &LabelRules) -> Markup {
    let hours = |h: f64| figure(lang, &domain::label::criteria::fmt_hours(h));
    let prices: Vec<&str> = rules.accepted_prices.iter().map(|p| p.code()).collect();
    html! {
        ul.label-conditions {
            li { (t_args(lang, "label-condition-computers", &[("count", Arg::Number(i64::from(rules.min_computers)))])) }
            li { (t_args(lang, "label-condition-open", &[("hours", hours(rules.min_open_hours_per_week))])) }
            li { (t_args(lang, "label-condition-training", &[("hours", hours(rules.min_training_hours_per_week))])) }
            li { (t_args(lang, "label-condition-free-access", &[("hours", hours(rules.min_free_access_hours_per_week))])) }
            @if rules.require_open_to_all_adults { li { (t(lang, "label-condition-adults")) } }
            li { (t_args(lang, "label-condition-price", &[("prices", prices_words(lang, &prices).into())])) }
            @if rules.require_charter { li { (t(lang, "label-condition-charter")) } }
            li { (t(lang, "label-condition-activities")) }
        }
    }
}

/// A version of the charter, with its date and, for a translation, which text is the original.
pub fn charter_text(lang: Lang, c: &store::label::Charter) -> Markup {
    let (text, in_lang) = c.text(lang.code());
    let original = Lang::parse(&c.original).map_or(c.original.as_str(), |l| l.autonym());
    html! {
        p.small { (t_args(lang, "label-charter-version", &[("date", super::format::long_date(lang, &c.adopted.to_string()).into())])) }
        @if in_lang != c.original {
            p.small { (t_args(lang, "label-charter-translation", &[("language", original.to_owned().into())])) }
        }
        div.label-charter lang=(in_lang) dir="auto" {
            @for para in text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()) { p { (para) } }
        }
    }
}

/// A state in words ("Under examination by the coordination").
pub fn state_name(lang: Lang, s: LabelState) -> String {
    t(lang, &format!("label-state-{}", s.code().replace('_', "-")))
}

/// A step in words.
pub fn step_name(lang: Lang, step: &str) -> String {
    t(lang, &format!("label-step-{}", step.replace('_', "-")))
}

/// A body in words.
pub fn body_name(lang: Lang, body: &str) -> String {
    t(lang, &format!("label-body-{}", body.replace('_', "-")))
}
