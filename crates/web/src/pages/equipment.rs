//! Equipment for everyone: `/{lang}/equipment`, the campaign's catalogue
//! (what a labelled EPN may order, at fixed prices incl. VAT, under the
//! cap), and `/{lang}/equipment/distributed`, the refurbished IT given to
//! non-profits each year by supplier and category, with the totals the
//! report declares, and the schools' equipment plan.

use axum::extract::State;
use domain::Lang;
use domain::account::Access;
use domain::equipment::catalogue::CATEGORIES;
use maud::{Markup, html};

use crate::AppState;
use crate::i18n::{t, t_args};
use crate::routes::Routes;
use crate::ui::budget::{amount, euros};
use crate::ui::layout::page;
use crate::ui::{PageError, PageLang, PageResult};

pub(super) fn routes() -> Routes {
    Routes::new()
        .get("/{lang}/equipment", Access::Public, catalogue_page)
        .get(
            "/{lang}/equipment/distributed",
            Access::Public,
            distributed_page,
        )
}

async fn catalogue_page(State(state): State<AppState>, PageLang(lang): PageLang) -> PageResult {
    let l = lang.code();
    let c = state
        .db
        .equipment_campaigns()
        .await?
        .into_iter()
        .next()
        .ok_or(PageError::NotFound)?;
    let items = state.db.equipment_items(c.id).await?;
    let title = t_args(
        lang,
        "equipment-catalogue-title",
        &[("year", c.year.into())],
    );
    let body = html! {
        h1 { (title) }
        p { (t_args(lang, "equipment-catalogue-intro", &[("cap", format!("{} €", domain::money::euros_text(c.cap_cents)).into())])) }
        p { (t(lang, "equipment-ownership")) }
        p lang="fr" dir="auto" { (c.delivery_note) }
        p { a href=(format!("/{l}/equipment/distributed")) { (t(lang, "equipment-distributed-link")) } }
        @for cat in CATEGORIES {
            @let in_cat: Vec<_> = items.iter().filter(|i| i.category == cat).collect();
            @if !in_cat.is_empty() {
                @let name = t(lang, &format!("equipment-category-{cat}"));
                section aria-labelledby=(format!("cat-{cat}")) {
                    h2 #(format!("cat-{cat}")) { (name) }
                    div.table-scroll tabindex="0" role="region" aria-label=(name) {
                        table.bo {
                            thead { tr {
                                th scope="col" { (t(lang, "equipment-col-item")) }
                                th scope="col" { (t(lang, "equipment-col-unit")) }
                            } }
                            tbody {
                                @for it in in_cat {
                                    tr {
                                        td lang="fr" dir="auto" {
                                            @if it.kind != "item" { span.small { (t(lang, &format!("equipment-kind-{}", it.kind))) " " } }
                                            (it.description)
                                        }
                                        (amount(it.unit_cents))
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    };
    Ok(page(lang, &title, "/equipment", body, None))
}

fn units_row(lang: Lang, label: Markup, u: &domain::equipment::refurbished::Units) -> Markup {
    let _ = lang;
    html! {
        tr { (label) td.num { (u.laptop) } td.num { (u.desktop) } td.num { (u.screen) } }
    }
}

async fn distributed_page(State(state): State<AppState>, PageLang(lang): PageLang) -> PageResult {
    let refurbished = domain::equipment::refurbished::shipped(&state.region.code);
    let schools = domain::equipment::schools::shipped(&state.region.code);
    if refurbished.is_none() && schools.is_none() {
        return Err(PageError::NotFound);
    }
    let title = t(lang, "equipment-distributed-title");
    let body = html! {
        h1 { (title) }
        @if let Some(r) = &refurbished {
            section aria-labelledby="refurbished-h" {
                h2 #refurbished-h { (t(lang, "equipment-refurbished-title")) }
                p { (t(lang, "equipment-refurbished-intro")) }
                @for (year, total) in r.per_year() {
                    @let caption = t_args(lang, "equipment-refurbished-year", &[("year", year.into())]);
                    h3 { (caption) }
                    div.table-scroll tabindex="0" role="region" aria-label=(caption) {
                        table.bo id=(format!("refurbished-{year}")) {
                            thead { tr {
                                th scope="col" { (t(lang, "equipment-col-supplier")) }
                                th scope="col" { (t(lang, "equipment-col-laptops")) }
                                th scope="col" { (t(lang, "equipment-col-desktops")) }
                                th scope="col" { (t(lang, "equipment-col-screens")) }
                            } }
                            tbody {
                                @for l in r.lines.iter().filter(|l| l.year == year) {
                                    (units_row(lang, html! { th scope="row" { (l.supplier) } }, &domain::equipment::refurbished::Units { laptop: l.laptop, desktop: l.desktop, screen: l.screen }))
                                }
                            }
                            tfoot {
                                (units_row(lang, html! { th scope="row" { (t(lang, "equipment-total-row")) } }, &total))
                            }
                        }
                    }
                    @for (y, declared, computed) in r.check().into_iter().filter(|(y, _, _)| *y == year) {
                        p.note { (t_args(lang, "equipment-refurbished-differs", &[
                            ("year", y.into()),
                            ("declared", format!("{} / {} / {}", declared.laptop, declared.desktop, declared.screen).into()),
                            ("computed", format!("{} / {} / {}", computed.laptop, computed.desktop, computed.screen).into()),
                        ])) }
                    }
                }
            }
        }
        @if let Some(s) = &schools {
            section aria-labelledby="schools-h" {
                h2 #schools-h { (t(lang, "equipment-schools-title")) }
                p { (t(lang, "equipment-schools-intro")) }
                @for y in &s.years {
                    h3 { (t_args(lang, "equipment-schools-year", &[("year", y.year.into())])) " " (euros(y.declared_cents)) }
                    ul {
                        @for a in s.actions.iter().filter(|a| a.year == y.year) {
                            li {
                                (t(lang, &format!("equipment-schools-{}", a.kind))) " — " (euros(a.cents))
                                @if let (Some(lots), Some(per), Some(units)) = (a.lots, a.units_per_lot, a.units) {
                                    " — " (t_args(lang, "equipment-schools-lots", &[("lots", (lots as usize).into()), ("per", (per as usize).into()), ("units", (units as usize).into())]))
                                } @else if let Some(n) = a.schools {
                                    " — " (t_args(lang, "equipment-schools-schools", &[("count", (n as usize).into())]))
                                }
                            }
                        }
                    }
                    @for d in s.check().into_iter().filter(|d| d.year == y.year) {
                        p.note { (t(lang, "equipment-schools-differs")) " " (euros(d.actions_cents)) " / " (euros(d.declared_cents)) "." }
                    }
                }
            }
        }
    };
    Ok(page(lang, &title, "/equipment/distributed", body, None))
}
