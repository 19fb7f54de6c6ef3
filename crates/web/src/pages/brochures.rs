//! The commune brochures, always current: `/{lang}/brochures` lists the
//! region's groups of communes; `/{lang}/brochures/{group}` is a group's
//! brochure as a page that prints well (each place with its address, its
//! hours for the coming week, services, languages, accessibility, phone and
//! a QR code to its page, the date of the data); with the `pdf` feature,
//! `/{lang}/brochures/{group}/pdf` is the same brochure as a tagged PDF
//! (PDF/UA-1), made on demand.

use axum::extract::{Path, State};
use domain::Lang;
use domain::account::Access;
use domain::brochure::Brochure;
use domain::region::BrochureGroup;
use maud::{PreEscaped, html};

use crate::AppState;
use crate::i18n::{t, t_args};
use crate::routes::Routes;
use crate::services::brochures::{brochure, group_name};
use crate::ui::format::ltr;
use crate::ui::layout::page;
use crate::ui::{PageError, PageLang, PageResult};

pub(super) fn routes() -> Routes {
    let r = Routes::new()
        .get("/{lang}/brochures", Access::Public, list_page)
        .get("/{lang}/brochures/{group}", Access::Public, brochure_page);
    #[cfg(feature = "pdf")]
    let r = r.get("/{lang}/brochures/{group}/pdf", Access::Public, pdf);
    r
}

fn find<'a>(state: &'a AppState, code: &str) -> Result<&'a BrochureGroup, PageError> {
    state
        .region
        .brochure_groups
        .iter()
        .find(|g| g.code == code)
        .ok_or(PageError::NotFound)
}

/// The brochure of a group as the directory is now.
pub(crate) fn current(state: &AppState, lang: Lang, g: &BrochureGroup) -> Brochure {
    let today = state
        .now()
        .with_timezone(&state.region.timezone)
        .date_naive();
    brochure(&state.directory(), lang, g, today, &|p| {
        state.config.link(p)
    })
}

async fn list_page(State(state): State<AppState>, PageLang(lang): PageLang) -> PageResult {
    let l = lang.code();
    let dir = state.directory();
    let title = t(lang, "brochure-list-title");
    let body = html! {
        h1 { (title) }
        p { (t(lang, "brochure-list-intro")) }
        ul.brochure-groups {
            @for g in &state.region.brochure_groups {
                @let count: usize = g.communes.iter().map(|nis| dir.places_in_commune(nis).len()).sum();
                li {
                    a href=(format!("/{l}/brochures/{}", g.code)) { (group_name(&dir, lang, g)) }
                    " — " (t_args(lang, "brochure-places", &[("count", count.into())]))
                    @if cfg!(feature = "pdf") {
                        " — " a href=(format!("/{l}/brochures/{}/pdf", g.code)) { (t(lang, "brochure-pdf")) }
                    }
                }
            }
        }
    };
    Ok(page(lang, &title, "/brochures", body, None))
}

async fn brochure_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, code)): Path<(String, String)>,
) -> PageResult {
    let l = lang.code();
    let g = find(&state, &code)?;
    let b = current(&state, lang, g);
    let body = html! {
        p.no-print { a href=(format!("/{l}/brochures")) { (t(lang, "brochure-back")) }
            @if cfg!(feature = "pdf") {
                " — " a href=(format!("/{l}/brochures/{code}/pdf")) { (t(lang, "brochure-pdf")) }
            }
        }
        article.brochure {
            h1 { (b.title) }
            p.brochure-subtitle { strong { (b.subtitle) } }
            p { (b.intro) }
            p #data-date { (b.date_line) }
            @if b.communes.is_empty() { p { (b.empty) } }
            @for c in &b.communes {
                section.brochure-commune {
                    h2 { (c.name) }
                    @for e in &c.entries {
                        section.brochure-place {
                            h3 { a href=(e.url) { (e.name) } }
                            p { (e.address) }
                            @if let Some(phone) = &e.phone { p { (b.labels.phone) " " (ltr(phone)) } }
                            @if !e.week.is_empty() {
                                table.hours.brochure-week {
                                    thead { tr { th scope="col" { (b.labels.day) } th scope="col" { (b.labels.hours) } } }
                                    tbody {
                                        @for d in &e.week {
                                            tr { th scope="row" { (d.day) } td { (d.hours) } }
                                        }
                                    }
                                }
                            }
                            @if let Some(n) = &e.hours_note { p { (n) } }
                            @for (label, items) in [(&b.labels.services, &e.services), (&b.labels.languages, &e.languages), (&b.labels.accessibility, &e.accessibility)] {
                                @if !items.is_empty() { p { strong { (label) } " " (items.join(&b.labels.separator)) } }
                            }
                            @if let Some(svg) = crate::ui::qr::svg(&e.url) {
                                div.brochure-qr role="img" aria-label=(e.qr_alt) { (PreEscaped(svg)) }
                            }
                        }
                    }
                }
            }
        }
    };
    Ok(page(
        lang,
        &format!("{} — {}", b.title, b.subtitle),
        &format!("/brochures/{code}"),
        body,
        None,
    ))
}

#[cfg(feature = "pdf")]
async fn pdf(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, code)): Path<(String, String)>,
) -> PageResult {
    let g = find(&state, &code)?;
    let b = current(&state, lang, g);
    // Laying out a document takes the CPU for a while: not on the I/O threads.
    let bytes =
        tokio::task::spawn_blocking(move || documents::brochure_pdf(&b, crate::ui::qr::svg))
            .await
            .map_err(PageError::internal)?
            .map_err(PageError::internal)?;
    Ok(crate::ui::download::inline(
        "application/pdf",
        &format!("brochure-{code}-{}.pdf", lang.code()),
        bytes,
    ))
}
