//! The label's public pages: what it is and how to apply, and the labelled
//! EPN by commune.

use axum::extract::State;
use maud::html;

use crate::AppState;
use crate::i18n::{Arg, t, t_args};
use crate::ui::label::{charter_text, conditions};
use crate::ui::layout::page;
use crate::ui::{PageError, PageLang, PageResult};

pub async fn label_page(State(state): State<AppState>, PageLang(lang): PageLang) -> PageResult {
    let cfg = state.label_config().ok_or(PageError::NotFound)?;
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
    Ok(page(
        lang,
        &t(lang, "label-page-title"),
        "/label",
        body,
        None,
    ))
}

pub async fn labelled_list_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
) -> PageResult {
    state.label_config().ok_or(PageError::NotFound)?;
    let years = state.db.label_granted_years().await?;
    let dir = state.directory();
    let by_commune = crate::services::label::labelled_by_commune(&dir, lang);
    let total: usize = by_commune.iter().map(|c| c.places.len()).sum();
    let l = lang.code();
    let body = html! {
        h1 { (t(lang, "label-list-title")) }
        p { (t(lang, "label-list-intro")) " " a href=(format!("/{l}/label")) { (t(lang, "label-list-about")) } }
        p.count { (t_args(lang, "label-list-count", &[("count", total.into())])) }
        @for c in &by_commune {
            section aria-label=(c.name) {
                h2 { (c.name) }
                ul.label-list {
                    @for p in &c.places {
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
    Ok(page(
        lang,
        &t(lang, "label-list-title"),
        "/label/epn",
        body,
        None,
    ))
}
