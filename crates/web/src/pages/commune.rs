//! The list of communes and one commune's places.

use axum::extract::{Path, State};
use axum::response::Response;
use maud::html;

use super::card::result_card;
use crate::AppState;
use crate::i18n::{t, t_args};
use crate::ui::format::{commune_name, ltr};
use crate::ui::layout::page;
use crate::ui::{PageError, PageLang, PageResult};

pub async fn communes_page(State(state): State<AppState>, PageLang(lang): PageLang) -> Response {
    let dir = state.directory();
    let mut communes: Vec<_> = dir.region.communes.iter().collect();
    communes.sort_by_key(|c| domain::text::fold(dir.region.display(&c.name, lang)));
    let body = html! {
        h1 { (t(lang, "communes-title")) }
        ul.communes {
            @for c in communes {
                li {
                    a href=(format!("/{}/communes/{}", lang.code(), c.slug)) { (dir.region.display(&c.name, lang)) }
                    " (" (ltr(&c.postcodes.join(", "))) ") – "
                    (t_args(lang, "results-count", &[("count", dir.places_in_commune(&c.nis).len().into())]))
                }
            }
        }
    };
    page(lang, &t(lang, "communes-title"), "/communes", body, None)
}

pub async fn commune_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, slug)): Path<(String, String)>,
) -> PageResult {
    let dir = state.directory();
    let c = dir
        .region
        .commune_by_slug(&slug)
        .ok_or(PageError::NotFound)?;
    let now = state
        .now()
        .with_timezone(&state.region.timezone)
        .naive_local();
    let name = commune_name(&dir, lang, &c.nis);
    let places = dir.commune_views(&c.nis);
    let other: Vec<(&String, &String)> = c
        .name
        .iter()
        .filter(|(l, _)| l.as_str() != lang.code())
        .filter(|(_, n)| **n != name)
        .collect();
    let body = html! {
        h1 { (name) }
        @if !other.is_empty() { p.aka { @for (i, (l, n)) in other.iter().enumerate() { @if i > 0 { " / " } span lang=(l) { (n) } } } }
        p { (t(lang, "postcodes")) " " (ltr(&c.postcodes.join(", "))) }
        p.count { (t_args(lang, "results-count", &[("count", places.len().into())])) }
        @if places.is_empty() {
            p { (t(lang, "commune-empty")) }
        } @else {
            (crate::ui::map::places_map(lang, state.region.map.as_ref(), &dir, places.iter()))
            ol.results {
                @for p in &places {
                    li { (result_card(lang, &dir, p, None, now)) }
                }
            }
        }
        p { a href=(format!("/{}/search?q={}", lang.code(), c.postcodes.first().cloned().unwrap_or_default())) { (t(lang, "commune-search-near")) } }
    };
    Ok(page(
        lang,
        name,
        &format!("/communes/{}", c.slug),
        body,
        None,
    ))
}
