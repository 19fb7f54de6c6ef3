//! The label's public pages — what it is and how to apply, the labelled EPN
//! by commune — and the sentences that explain each criterion with its
//! figures, shared with the back office and the API.

use std::collections::BTreeMap;

use axum::extract::State;
use axum::response::Response;
use chrono::NaiveDate;
use domain::label::{CriterionId, CriterionResult, LabelRules};
use domain::{LabelStatus, Lang};
use maud::{Markup, html};
use store::label::LabelConfig;

use super::format::commune_name;
use super::layout::page;
use super::{PageLang, not_found_page};
use crate::AppState;
use crate::i18n::{Arg, t, t_args};

/// The label of the platform's region, if it has one.
pub(crate) fn config(state: &AppState) -> Option<&'static LabelConfig> {
    store::label::shipped_label(&state.region.code)
}

/// Today in the region.
pub(crate) fn today(state: &AppState) -> NaiveDate {
    state
        .now()
        .with_timezone(&state.region.timezone)
        .date_naive()
}

/// A figure as people read it: a whole number, or "12,5" in French and Dutch.
pub(crate) fn figure(lang: Lang, s: &str) -> Arg {
    match s.parse::<i64>() {
        Ok(n) => Arg::Number(n),
        Err(_) if matches!(lang, Lang::Fr | Lang::Nl) => Arg::Text(s.replace('.', ",")),
        Err(_) => Arg::Text(s.to_owned()),
    }
}

/// Hours in minutes as people write them ("6", "5,5").
pub(crate) fn hours_text(lang: Lang, minutes: i32) -> String {
    let s = domain::label::criteria::fmt_hours(f64::from(minutes) / 60.0);
    match lang {
        Lang::Fr | Lang::Nl => s.replace('.', ","),
        _ => s,
    }
}

/// "free", "for a symbolic fee", "paid".
pub(crate) fn price_words(lang: Lang, code: &str) -> String {
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
pub(crate) fn criterion_name(lang: Lang, id: CriterionId) -> String {
    t(
        lang,
        &format!("label-criterion-{}", id.code().replace('_', "-")),
    )
}

/// The sentence that explains a criterion's outcome, with its figures:
/// "2 hours of training a week: the label asks at least 6."
pub(crate) fn explain(lang: Lang, c: &CriterionResult) -> String {
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
pub(crate) fn criteria_list(lang: Lang, results: &[CriterionResult]) -> Markup {
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
pub(crate) fn conditions(lang: Lang, rules: &LabelRules) -> Markup {
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
pub(crate) fn charter_text(lang: Lang, c: &store::label::Charter) -> Markup {
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

pub async fn label_page(State(state): State<AppState>, PageLang(lang): PageLang) -> Response {
    let Some(cfg) = config(&state) else {
        return not_found_page(lang);
    };
    let l = lang.code();
    let body = html! {
        h1 { (t(lang, "label-page-title")) }
        p { (t_args(lang, "label-page-intro", &[("name", cfg.name(l).to_owned().into())])) }
        p { a href=(format!("/{l}/label/epn")) { (t(lang, "label-list-link")) } }
        h2 { (t(lang, "label-why-title")) }
        p { (t(lang, "label-why-badge")) " " span.badge { (t(lang, "badge-labelled")) } }
        @if let Some(eur) = cfg.benefits.equipment_eur {
            p { (t_args(lang, "label-why-equipment", &[("amount", Arg::Number(i64::from(eur)))])) }
        }
        h2 { (t(lang, "label-conditions-title")) }
        p { (t(lang, "label-conditions-intro")) }
        (conditions(lang, &cfg.rules))
        @if let Some(c) = cfg.current_charter() {
            h2 { (t(lang, "label-charter-title")) }
            (charter_text(lang, c))
        }
        h2 { (t(lang, "label-apply-title")) }
        ol.label-steps {
            li { (t(lang, "label-apply-step-account")) }
            li { (t(lang, "label-apply-step-form")) }
            li { (t(lang, "label-apply-step-visit")) }
            li { (t(lang, "label-apply-step-recommend")) }
            li { (t(lang, "label-apply-step-decide")) }
        }
        p { (t(lang, "label-duration")) }
        p { a.label-apply href=(format!("/{l}/bo/label")) { (t(lang, "label-apply-link")) } }
    };
    page(lang, &t(lang, "label-page-title"), "/label", body, None)
}

pub async fn labelled_list_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
) -> Response {
    if config(&state).is_none() {
        return not_found_page(lang);
    }
    let years = match state.db.label_granted_years().await {
        Ok(y) => y,
        Err(e) => {
            use axum::response::IntoResponse;
            return crate::error::ApiError::internal(e).into_response();
        }
    };
    let dir = state.directory();
    let mut by_commune: BTreeMap<(u8, String), Vec<&domain::Place>> = BTreeMap::new();
    for p in dir
        .places()
        .iter()
        .filter(|p| p.label == LabelStatus::Labelled)
    {
        let name = commune_name(&dir, lang, &p.commune_nis);
        let key = if name.is_empty() {
            (1, t(lang, "label-list-no-commune"))
        } else {
            (0, domain::text::fold(&name))
        };
        by_commune.entry(key).or_default().push(p);
    }
    let total: usize = by_commune.values().map(Vec::len).sum();
    let l = lang.code();
    let body = html! {
        h1 { (t(lang, "label-list-title")) }
        p { (t(lang, "label-list-intro")) " " a href=(format!("/{l}/label")) { (t(lang, "label-list-about")) } }
        p.count { (t_args(lang, "label-list-count", &[("count", total.into())])) }
        @for ((unknown, _), places) in &by_commune {
            @let title = if *unknown == 1 { t(lang, "label-list-no-commune") } else { commune_name(&dir, lang, &places[0].commune_nis) };
            section aria-label=(title) {
                h2 { (title) }
                ul.label-list {
                    @for p in places {
                        li {
                            a href=(format!("/{l}/places/{}", p.id)) dir="auto" { (p.name) }
                            @if let Some(y) = years.get(&p.id) {
                                " – " (t_args(lang, "label-list-since", &[("year", Arg::Number(i64::from(*y)))]))
                            }
                        }
                    }
                }
            }
        }
    };
    page(lang, &t(lang, "label-list-title"), "/label/epn", body, None)
}
