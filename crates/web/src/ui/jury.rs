//! The words and small pieces of the jury's and the selection's pages: a
//! call's title and a criterion's name in the reader's language, scores and
//! z-scores written as people read them (numbers isolated for Arabic), a
//! mark ("not assessed" never shown as 0), an application's short name, the
//! summary of an application the jury reads.

use domain::Lang;
use domain::grants::call::label_in;
use domain::grants::jury::Mark;
use maud::{Markup, html};
use store::grants::{Application, Call};

use crate::i18n::t;
use crate::ui::budget::euros;

/// The call's title in the reader's language (else its first).
pub fn call_title(lang: Lang, call: &Call) -> String {
    call.text(lang.code()).title.clone()
}

/// The name of criterion `key` of the call.
pub fn criterion_name(lang: Lang, call: &Call, key: &str) -> String {
    call.def
        .criteria
        .iter()
        .find(|k| k.key == key)
        .map(|k| label_in(&k.labels, lang.code(), &call.def.languages).to_string())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| key.to_string())
}

fn decimal(lang: Lang, s: String) -> String {
    if lang == Lang::En {
        s
    } else {
        s.replace('.', ",")
    }
}

/// A score on 0–100 with one decimal ("72,5"); "–" when there is none.
pub fn score_text(lang: Lang, v: Option<f64>) -> String {
    v.map_or_else(|| "–".into(), |x| decimal(lang, format!("{x:.1}")))
}

/// A z-score with its sign and two decimals ("+0,87"); "–" when undefined.
pub fn z_text(lang: Lang, v: Option<f64>) -> String {
    v.map_or_else(
        || "–".into(),
        |x| {
            let x = if x.abs() < 0.005 { 0.0 } else { x };
            decimal(lang, format!("{x:+.2}"))
        },
    )
}

/// A number cell, isolated so that it stays left to right in Arabic.
pub fn num_cell(text: String) -> Markup {
    html! { td.num { bdi { (text) } } }
}

/// A mark: the score, or the words "not assessed".
pub fn mark_text(lang: Lang, m: Option<&Mark>) -> String {
    match m {
        Some(Mark::Score(s)) => s.to_string(),
        Some(Mark::NotAssessed) => t(lang, "jury-not-assessed"),
        None => "–".into(),
    }
}

/// "003 – Ateliers seniors".
pub fn application_name(a: &Application) -> String {
    match &a.reference {
        Some(r) => format!("{r} – {}", a.app.title),
        None => a.app.title.clone(),
    }
}

/// [`application_name`] in a page: isolated and in its own language, so
/// that the reference and title keep their order in Arabic.
pub fn application_label(a: &Application) -> Markup {
    html! { bdi lang=(a.app.lang) { (application_name(a)) } }
}

/// The name of an application's status.
pub fn status_name(lang: Lang, s: domain::grants::application::Status) -> String {
    t(lang, &format!("jury-status-{}", s.code()))
}

/// What the jury reads of an application: who, where, how much, for whom,
/// the description, the answers to the call's questions, the budget lines.
pub fn application_summary(lang: Lang, call: &Call, a: &Application) -> Markup {
    let x = &a.app;
    html! {
        dl.details #application {
            dt { (t(lang, "jury-field-reference")) } dd { bdi { (a.reference.as_deref().unwrap_or("–")) } }
            dt { (t(lang, "jury-field-organisation")) } dd { bdi { (a.organisation.name) } }
            dt { (t(lang, "jury-field-place")) } dd { bdi { (x.postcode.as_deref().unwrap_or("–")) } }
            dt { (t(lang, "jury-field-asked")) } dd { @match x.amount_cents { Some(c) => (euros(c)), None => "–" } }
            dt { (t(lang, "jury-field-publics")) }
            dd { (x.publics.iter().map(|p| crate::ui::format::label(lang, domain::vocab::VocabKind::Public, p)).collect::<Vec<_>>().join(", ")) }
        }
        h3 { (t(lang, "jury-field-description")) }
        p lang=(x.lang) dir="auto" { (x.description) }
        @for q in &call.def.questions {
            @if let Some(answer) = x.answers.get(&q.key) {
                h3 { (label_in(&q.labels, lang.code(), &call.def.languages)) }
                p lang=(x.lang) dir="auto" { (answer) }
            }
        }
        @if !x.budget.is_empty() {
            div.table-scroll tabindex="0" role="region" aria-labelledby="budget-caption" {
                table.bo {
                    caption #budget-caption { (t(lang, "jury-budget-caption")) }
                    thead { tr { th scope="col" { (t(lang, "jury-budget-line")) } th scope="col" { (t(lang, "jury-budget-amount")) } } }
                    tbody {
                        @for (label, cents) in &x.budget {
                            tr { th scope="row" lang=(x.lang) dir="auto" { (label) } (crate::ui::budget::amount(*cents)) }
                        }
                    }
                }
            }
        }
    }
}
