//! The label's public pages: what it is and how to apply, and the labelled
//! EPN by commune.

use std::collections::BTreeMap;

use axum::extract::State;
use domain::LabelStatus;
use maud::html;

use crate::AppState;
use crate::i18n::{Arg, t, t_args};
use crate::ui::format::commune_name;
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
    Ok(page(
        lang,
        &t(lang, "label-list-title"),
        "/label/epn",
        body,
        None,
    ))
}
