//! Calls for projects drawn for reading: a call's rules (who funds, who
//! runs, the money, the dates, who may apply, the criteria, the
//! questions), an application's content and history, the words of the
//! eligibility rules that failed, a status as words. Shared by the public
//! call page, the applicant's space and the coordination's instruction.

use domain::Lang;
use domain::grants::application::{Action, Status};
use domain::grants::call::{Ineligible, label_in};
use domain::vocab::VocabKind;
use maud::{Markup, html};
use store::grants::{Application, ApplicationEvent, Call};

use crate::i18n::{t, t_args};
use crate::ui::budget::euros;
use crate::ui::format::{label, local_datetime};

pub fn status_words(lang: Lang, s: Status) -> String {
    t(
        lang,
        &format!("calls-status-{}", s.code().replace('_', "-")),
    )
}

pub fn action_words(lang: Lang, a: Action) -> String {
    t(
        lang,
        &format!("calls-action-{}", a.code().replace('_', "-")),
    )
}

pub fn kind_words(lang: Lang, kind: &str) -> String {
    t(lang, &format!("calls-kind-{kind}"))
}

fn list_words(items: &[String]) -> String {
    items.join(", ")
}

/// The rules of a call, as its public page and the application form show them.
pub fn rules(lang: Lang, tz: chrono_tz::Tz, call: &Call) -> Markup {
    let l = lang.code();
    let d = &call.def;
    let text = call.text(l);
    let kinds: Vec<String> = d
        .eligible_kinds
        .iter()
        .map(|k| kind_words(lang, k))
        .collect();
    let publics: Vec<String> = d
        .eligible_publics
        .iter()
        .map(|p| label(lang, VocabKind::Public, p).into_owned())
        .collect();
    let langs: Vec<String> = d
        .languages
        .iter()
        .filter_map(|c| Lang::parse(c).map(|x| x.autonym().to_owned()))
        .collect();
    html! {
        dl.call-rules {
            dt { (t(lang, "calls-funder")) }
            dd { (call.funder.name) }
            @if call.operator.id != call.funder.id {
                dt { (t(lang, "calls-operator")) }
                dd { (call.operator.name) }
            }
            dt { (t(lang, "calls-envelope")) }
            dd { (euros(d.envelope_cents))
                @if d.operator_fee_cents > 0 {
                    " " (t(lang, "calls-fee")) " " (euros(d.operator_fee_cents))
                } }
            dt { (t(lang, "calls-per-project")) }
            dd { (t(lang, "calls-from")) " " (euros(d.min_cents)) " " (t(lang, "calls-to")) " " (euros(d.max_cents)) }
            @if call.source.is_some() {
                dt { (t(lang, "calls-dates")) }
                dd { (t(lang, "calls-from-report")) }
            } @else {
                dt { (t(lang, "calls-opens")) }
                dd { (crate::ui::format::long_date(lang, &d.opens_on.to_string())) }
                dt { (t(lang, "calls-closes")) }
                dd { (local_datetime(lang, tz, d.closes_at)) }
            }
            dt { (t(lang, "calls-who")) }
            dd {
                @if kinds.is_empty() { (t(lang, "calls-who-any")) } @else { (list_words(&kinds)) }
                @if d.in_region { ". " (t(lang, "calls-in-region")) }
            }
            @if !publics.is_empty() {
                dt { (t(lang, "calls-publics")) }
                dd { (t(lang, "calls-publics-one-of")) " " (list_words(&publics)) }
            }
            dt { (t(lang, "calls-languages")) }
            dd { (list_words(&langs)) }
            @if call.source.is_none() {
                dt { (t(lang, "calls-tranches")) }
                dd { (d.tranches.iter().map(|p| format!("{p} %")).collect::<Vec<_>>().join(" + ")) }
            }
        }
        h2 { (t(lang, "calls-rules-title")) }
        @for para in text.rules.split("\n\n") {
            p lang=(text.lang) dir="auto" { (para.trim()) }
        }
        @if !d.criteria.is_empty() {
            h2 { (t(lang, "calls-criteria-title")) }
            ul {
                @for c in &d.criteria {
                    li { (label_in(&c.labels, l, &d.languages)) " — "
                        (t_args(lang, "calls-criterion-scale", &[("weight", (c.weight as usize).into()), ("max", (c.scale_max as usize).into())])) }
                }
            }
        }
        @if !d.questions.is_empty() {
            h2 { (t(lang, "calls-questions-title")) }
            ul {
                @for q in &d.questions {
                    li { (label_in(&q.labels, l, &d.languages))
                        @if q.required { " (" (t(lang, "calls-required")) ")" } }
                }
            }
        }
    }
}

/// Each failed eligibility rule in words.
pub fn ineligible_words(lang: Lang, call: &Call, why: &Ineligible) -> String {
    match why {
        Ineligible::Closed => t(lang, "calls-inel-closed"),
        Ineligible::Kind => {
            let kinds: Vec<String> = call
                .def
                .eligible_kinds
                .iter()
                .map(|k| kind_words(lang, k))
                .collect();
            t_args(
                lang,
                "calls-inel-kind",
                &[("kinds", list_words(&kinds).into())],
            )
        }
        Ineligible::Place => t(lang, "calls-inel-place"),
        Ineligible::Publics => {
            let p: Vec<String> = call
                .def
                .eligible_publics
                .iter()
                .map(|p| label(lang, VocabKind::Public, p).into_owned())
                .collect();
            t_args(
                lang,
                "calls-inel-publics",
                &[("publics", list_words(&p).into())],
            )
        }
        Ineligible::Amount {
            min_cents,
            max_cents,
        } => t_args(
            lang,
            "calls-inel-amount",
            &[
                (
                    "min",
                    format!("{} €", domain::money::euros_text(*min_cents)).into(),
                ),
                (
                    "max",
                    format!("{} €", domain::money::euros_text(*max_cents)).into(),
                ),
            ],
        ),
        Ineligible::Language => t(lang, "calls-inel-language"),
    }
}

/// An application's content, for reading (the coordination, or the
/// applicant once submitted).
pub fn application_view(
    lang: Lang,
    region: &domain::region::Region,
    call: &Call,
    a: &Application,
) -> Markup {
    let l = lang.code();
    let commune = a
        .app
        .commune_nis
        .as_deref()
        .and_then(|n| region.commune(n))
        .map(|c| region.display(&c.name, lang).to_owned());
    let budget_total: i64 = a.app.budget.iter().map(|(_, c)| c).sum();
    html! {
        dl.application {
            dt { (t(lang, "calls-field-organisation")) }
            dd { (a.organisation.name) " (" (kind_words(lang, &a.organisation.kind)) ")" }
            dt { (t(lang, "calls-field-title")) }
            dd lang=(a.app.lang) { (a.app.title) }
            dt { (t(lang, "calls-field-postcode")) }
            dd { bdi { (a.app.postcode.as_deref().unwrap_or("—")) } @if let Some(c) = &commune { " " (c) } }
            dt { (t(lang, "calls-field-amount")) }
            dd { @if let Some(c) = a.app.amount_cents { (euros(c)) } @else { "—" } }
            dt { (t(lang, "calls-field-publics")) }
            dd { (a.app.publics.iter().map(|p| label(lang, VocabKind::Public, p).into_owned()).collect::<Vec<_>>().join(", ")) }
            dt { (t(lang, "calls-field-description")) }
            dd lang=(a.app.lang) { (a.app.description) }
            @for q in &call.def.questions {
                dt { (label_in(&q.labels, l, &call.def.languages)) }
                dd lang=(a.app.lang) { (a.app.answers.get(&q.key).map(String::as_str).unwrap_or("—")) }
            }
        }
        @if !a.app.budget.is_empty() {
            h2 { (t(lang, "calls-budget-title")) }
            table.bo {
                thead { tr { th scope="col" { (t(lang, "calls-budget-what")) } th scope="col" { (t(lang, "calls-budget-amount")) } } }
                tbody {
                    @for (what, cents) in &a.app.budget {
                        tr { td lang=(a.app.lang) { (what) } (crate::ui::budget::amount(*cents)) }
                    }
                }
                tfoot { tr { th scope="row" { (t(lang, "calls-budget-total")) } (crate::ui::budget::amount(budget_total)) } }
            }
        }
    }
}

/// The steps of an application: what, who, when, why.
pub fn history(lang: Lang, tz: chrono_tz::Tz, events: &[ApplicationEvent]) -> Markup {
    html! {
        ol.history #application-history {
            @for e in events {
                li {
                    strong { (action_words(lang, e.action)) }
                    " — " (local_datetime(lang, tz, e.at))
                    @if let Some(who) = &e.user_email { " — " bdi { (who) } }
                    @if let Some(n) = &e.note { p.note { (t(lang, "calls-why")) " " (n) } }
                }
            }
        }
    }
}

/// A file's size in words: "230 Ko", "1,4 Mo".
pub fn size_words(lang: Lang, bytes: i64) -> String {
    if bytes < 1024 * 1024 {
        t_args(
            lang,
            "calls-size-kb",
            &[("n", (((bytes + 1023) / 1024) as usize).into())],
        )
    } else {
        let tenths = (bytes * 10 + 1024 * 1024 / 2) / (1024 * 1024);
        t_args(
            lang,
            "calls-size-mb",
            &[("n", format!("{},{}", tenths / 10, tenths % 10).into())],
        )
    }
}
