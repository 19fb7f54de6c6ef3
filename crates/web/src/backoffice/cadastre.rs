//! The funding cadastre (issue 11, item 3): EPN managers enter, per labelled
//! place of their organisations and per year, the resources by funder and
//! the costs; the coordination reads every place's entry of a year with the
//! totals (sum per funder, the Region's share, the number of respondents).

use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::response::{IntoResponse, Redirect};
use chrono::Datelike;
use domain::account::{Access, Role};
use domain::cadastre::{
    CONTRACTS, COST_FIELDS, CadastreDraft, CadastreError, Funder, ROLES, Totals, euros_text,
    per_mille, per_mille_text, resource_field, staff_field, staff_fields,
};
use domain::{LabelStatus, Lang, Place};
use maud::{Markup, html};
use store::accounts::User;
use store::cadastre::CadastreRecord;

use crate::AppState;
use crate::auth::{Ctx, csrf_field};
use crate::i18n::{Arg, t, t_args};
use crate::routes::Routes;
use crate::ui::form::{FieldError, error_summary, text_input};
use crate::ui::layout::back_office_page;
use crate::ui::{PageError, PageLang, PageResult};

/// Only the places' own managers write; the coordination reads.
const RECORDERS: Access = Access::Roles(&[Role::EpnManager]);

pub fn routes() -> Routes {
    Routes::new()
        .get("/{lang}/bo/cadastre", Access::PLACE_EDITORS, list_page)
        .get(
            "/{lang}/bo/cadastre/{id}",
            Access::PLACE_EDITORS,
            place_page,
        )
        .post("/{lang}/bo/cadastre/{id}", RECORDERS, save)
}

fn funders(state: &AppState) -> &'static [Funder] {
    domain::cadastre::shipped(&state.region.code).unwrap_or(&[])
}

/// The signed-in account and the labelled place, if this account may see
/// its entries (an EPN manager: their organisations' places; the
/// coordination: all). Any other place is a 404.
fn visible_place<'c>(state: &AppState, ctx: &'c Ctx, id: &str) -> PageResult<(&'c User, Place)> {
    let user = ctx.user()?;
    let id = id.parse::<i64>().map_err(|_| PageError::NotFound)?;
    let place = state
        .directory()
        .place(id)
        .filter(|p| p.label == LabelStatus::Labelled)
        .filter(|p| user.role.is_coordination() || user.manages(p.organisation_id))
        .ok_or(PageError::NotFound)?;
    Ok((user, place))
}

fn query_value(raw: &Option<String>, key: &str) -> Option<String> {
    form_urlencoded::parse(raw.as_deref().unwrap_or("").as_bytes())
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.into_owned())
}

/// The year asked in the query, else last year (the cadastre is of a past year).
fn asked_year(state: &AppState, raw: &Option<String>) -> i32 {
    let this_year = state.today().year();
    query_value(raw, "year")
        .and_then(|y| y.parse::<i32>().ok())
        .filter(|y| (domain::cadastre::FIRST_YEAR..=this_year).contains(y))
        .unwrap_or(this_year - 1)
}

fn money(cents: i64) -> Markup {
    html! { bdi { (euros_text(cents)) " €" } }
}

fn share(lang: Lang, pm: Option<i64>) -> Markup {
    match pm {
        Some(pm) => html! { bdi { (per_mille_text(pm)) " %" } },
        None => html! { (t(lang, "cadastre-no-share")) },
    }
}

async fn list_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    RawQuery(raw): RawQuery,
    ctx: Ctx,
) -> PageResult {
    let user = ctx.user()?;
    let l = lang.code();
    let title = t(lang, "cadastre-title");
    let body = if user.role.is_coordination() {
        coordination_list(&state, lang, asked_year(&state, &raw)).await?
    } else {
        let dir = state.directory();
        let mine: Vec<_> = dir
            .summaries()
            .filter(|p| p.label == LabelStatus::Labelled && user.manages(p.organisation_id))
            .collect();
        html! {
            p { (t(lang, "cadastre-intro-manager")) }
            @if mine.is_empty() { p { (t(lang, "cadastre-no-labelled-place")) } }
            @else {
                ul {
                    @for p in &mine {
                        li { a href=(format!("/{l}/bo/cadastre/{}", p.id)) { (p.name) } }
                    }
                }
            }
        }
    };
    let body = html! { h1 { (title) } (body) };
    Ok(back_office_page(lang, &ctx, &title, "/bo/cadastre", body))
}

async fn coordination_list(state: &AppState, lang: Lang, year: i32) -> PageResult<Markup> {
    let l = lang.code();
    let funders = funders(state);
    let dir = state.directory();
    let entries = state.db.cadastre_of_year(year).await?;
    let rows: Vec<(Place, &CadastreRecord)> = entries
        .iter()
        .filter_map(|r| dir.place(r.place_id).map(|p| (p, r)))
        .collect();
    let totals = Totals::of(funders, rows.iter().map(|(_, r)| &r.cadastre));
    let this_year = state.today().year();
    let year_arg = |y: i32| -> [(&'static str, Arg); 1] { [("year", y.to_string().into())] };
    Ok(html! {
        p { (t(lang, "cadastre-intro-coordination")) }
        nav.crumbs aria-label=(t(lang, "cadastre-years")) {
            @if year > domain::cadastre::FIRST_YEAR {
                a href=(format!("/{l}/bo/cadastre?year={}", year - 1)) { (t_args(lang, "cadastre-year-link", &year_arg(year - 1))) }
            }
            @if year < this_year {
                " " a href=(format!("/{l}/bo/cadastre?year={}", year + 1)) { (t_args(lang, "cadastre-year-link", &year_arg(year + 1))) }
            }
        }
        h2 { (t_args(lang, "cadastre-year-title", &year_arg(year))) }
        p #cadastre-summary {
            (t_args(lang, "cadastre-respondents", &[("count", totals.respondents.into())]))
            " "
            (t(lang, "cadastre-region-share")) " " (share(lang, totals.region_per_mille()))
        }
        @if rows.is_empty() { p { (t(lang, "cadastre-none")) } }
        @else {
            @let caption = t_args(lang, "cadastre-entries-caption", &year_arg(year));
            div.table-scroll tabindex="0" role="region" aria-label=(caption) {
                table.bo #cadastre-entries {
                    caption { (caption) }
                    thead { tr {
                        th scope="col" { (t(lang, "cadastre-place")) }
                        th scope="col" { (t(lang, "cadastre-received")) }
                        th scope="col" { (t(lang, "cadastre-mobilised")) }
                        th scope="col" { (t(lang, "cadastre-region-share-column")) }
                        th scope="col" { (t(lang, "cadastre-costs")) }
                        th scope="col" { (t(lang, "cadastre-head-count")) }
                    } }
                    tbody {
                        @for (p, r) in &rows {
                            @let c = &r.cadastre;
                            @let one = Totals::of(funders, [c]);
                            tr {
                                th scope="row" { a href=(format!("/{l}/bo/cadastre/{}?year={year}", p.id)) { (p.name) } }
                                td { (money(one.received_cents)) }
                                td { (money(one.resources_cents - one.received_cents)) }
                                td { (share(lang, one.region_per_mille())) }
                                td { (money(c.costs_cents())) }
                                td { (c.head_count()) }
                            }
                        }
                    }
                }
            }
            @let caption = t_args(lang, "cadastre-funders-caption", &year_arg(year));
            div.table-scroll tabindex="0" role="region" aria-label=(caption) {
                table.bo #cadastre-funders {
                    caption { (caption) }
                    thead { tr {
                        th scope="col" { (t(lang, "cadastre-funder")) }
                        th scope="col" { (t(lang, "cadastre-received")) }
                        th scope="col" { (t(lang, "cadastre-mobilised")) }
                        th scope="col" { (t(lang, "cadastre-share-column")) }
                    } }
                    tbody {
                        @for f in funders {
                            @if let Some((received, host)) = totals.by_funder.get(&f.code) {
                                tr {
                                    th scope="row" { (f.name(l)) }
                                    td { (money(*received)) }
                                    td { (money(*host)) }
                                    td { (share(lang, per_mille(received + host, totals.resources_cents))) }
                                }
                            }
                        }
                    }
                    tfoot { tr {
                        th scope="row" { (t(lang, "cadastre-total")) }
                        td { (money(totals.received_cents)) }
                        td { (money(totals.resources_cents - totals.received_cents)) }
                        td { (share(lang, per_mille(totals.resources_cents, totals.resources_cents))) }
                    } }
                }
            }
        }
    })
}

async fn place_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    RawQuery(raw): RawQuery,
    ctx: Ctx,
) -> PageResult {
    let (user, place) = visible_place(&state, &ctx, &id)?;
    let records = state.db.cadastre_of_place(place.id).await?;
    let year = asked_year(&state, &raw);
    let draft = records
        .iter()
        .find(|r| r.cadastre.year == year)
        .map(|r| r.cadastre.to_draft())
        .unwrap_or_else(|| CadastreDraft {
            year: year.to_string(),
            ..Default::default()
        });
    let notice = query_value(&raw, "saved");
    render(
        &state,
        lang,
        &ctx,
        user,
        &place,
        &records,
        &draft,
        notice,
        &[],
    )
}

#[allow(clippy::too_many_arguments)]
fn render(
    state: &AppState,
    lang: Lang,
    ctx: &Ctx,
    user: &User,
    place: &Place,
    records: &[CadastreRecord],
    d: &CadastreDraft,
    notice: Option<String>,
    errors: &[FieldError],
) -> PageResult {
    let l = lang.code();
    let funders = funders(state);
    let may_record = user.role == Role::EpnManager;
    let title = t_args(
        lang,
        "cadastre-place-title",
        &[("place", place.name.clone().into())],
    );
    let euro_hint = t(lang, "cadastre-euros-hint");
    let body = html! {
        nav.crumbs aria-label=(t(lang, "breadcrumb")) { a href=(format!("/{l}/bo/cadastre")) { (t(lang, "cadastre-title")) } }
        h1 { (title) }
        @if may_record { (error_summary(lang, errors)) }
        @if let Some(y) = &notice { p.notice role="status" { (t_args(lang, "cadastre-saved", &[("year", y.clone().into())])) } }
        @if records.is_empty() { p { (t(lang, "cadastre-no-entry")) } }
        @else {
            div.table-scroll tabindex="0" role="region" aria-label=(t(lang, "cadastre-history-caption")) {
                table.bo #cadastre-history {
                    caption { (t(lang, "cadastre-history-caption")) }
                    thead { tr {
                        th scope="col" { (t(lang, "cadastre-field-year")) }
                        th scope="col" { (t(lang, "cadastre-received")) }
                        th scope="col" { (t(lang, "cadastre-mobilised")) }
                        th scope="col" { (t(lang, "cadastre-region-share-column")) }
                        th scope="col" { (t(lang, "cadastre-costs")) }
                        th scope="col" { (t(lang, "cadastre-head-count")) }
                        @if may_record { th scope="col" { (t(lang, "actions")) } }
                    } }
                    tbody {
                        @for r in records {
                            @let c = &r.cadastre;
                            @let one = Totals::of(funders, [c]);
                            tr {
                                th scope="row" { bdi { (c.year) } }
                                td { (money(one.received_cents)) }
                                td { (money(one.resources_cents - one.received_cents)) }
                                td { (share(lang, one.region_per_mille())) }
                                td { (money(c.costs_cents())) }
                                td { (c.head_count()) }
                                @if may_record {
                                    td { a href=(format!("/{l}/bo/cadastre/{}?year={}#record", place.id, c.year)) {
                                        (t(lang, "cadastre-correct")) span.visually-hidden { " " (c.year) }
                                    } }
                                }
                            }
                        }
                    }
                }
            }
        }
        @if may_record {
            h2 #record { (t(lang, "cadastre-form-title")) }
            p { (t(lang, "cadastre-form-intro")) }
            form method="post" action=(format!("/{l}/bo/cadastre/{}", place.id)) novalidate aria-labelledby="record" {
                (csrf_field(ctx))
                (text_input("year", &t(lang, "cadastre-field-year"), "text", &d.year, Some(&t(lang, "cadastre-year-hint")), errors))
                h3 { (t(lang, "cadastre-resources")) }
                @for f in funders {
                    fieldset.field {
                        legend { (f.name(l)) }
                        @let received = resource_field(&f.code, false);
                        @let host = resource_field(&f.code, true);
                        (text_input(&received, &t(lang, "cadastre-field-received"), "text", d.amount(&received), Some(&euro_hint), errors))
                        (text_input(&host, &t(lang, "cadastre-field-host"), "text", d.amount(&host), Some(&euro_hint), errors))
                    }
                }
                fieldset.field {
                    legend { (t(lang, "cadastre-costs")) }
                    @for f in COST_FIELDS {
                        (text_input(f, &t(lang, &format!("cadastre-field-{f}")), "text", d.amount(f), Some(&euro_hint), errors))
                    }
                }
                h3 { (t(lang, "cadastre-staff")) }
                p { (t(lang, "cadastre-staff-intro")) }
                @for c in CONTRACTS {
                    fieldset.field {
                        legend { (t(lang, &format!("cadastre-contract-{c}"))) }
                        @for r in ROLES {
                            @for full in [true, false] {
                                @let f = staff_field(c, r, full);
                                (text_input(&f, &staff_label(lang, r, full), "text", d.amount(&f), None, errors))
                            }
                        }
                    }
                }
                button type="submit" { (t(lang, "cadastre-save")) }
            }
        }
    };
    Ok(crate::ui::layout::back_office_form_page(
        lang,
        ctx,
        &title,
        &format!("/bo/cadastre/{}", place.id),
        body,
        !errors.is_empty(),
    ))
}

/// The label of a staff head count within its contract's fieldset.
fn staff_label(lang: Lang, role: &str, full_time: bool) -> String {
    let time = if full_time { "full" } else { "part" };
    t(lang, &format!("cadastre-role-{role}-{time}"))
}

/// The label of a field as the form shows it (a funder's amount names the
/// funder, a head count its contract).
fn field_name(lang: Lang, funders: &[Funder], field: &str) -> String {
    for (c, r, full) in staff_fields() {
        if staff_field(c, r, full) == field {
            return format!(
                "{} – {}",
                t(lang, &format!("cadastre-contract-{c}")),
                staff_label(lang, r, full)
            );
        }
    }
    for f in funders {
        for by_host in [false, true] {
            if resource_field(&f.code, by_host) == field {
                let which = if by_host {
                    "cadastre-field-host"
                } else {
                    "cadastre-field-received"
                };
                return format!("{} – {}", f.name(lang.code()), t(lang, which));
            }
        }
    }
    t(lang, &format!("cadastre-field-{field}"))
}

fn field_errors(lang: Lang, funders: &[Funder], errors: &[CadastreError]) -> Vec<FieldError> {
    errors
        .iter()
        .map(|e| {
            let name = field_name(lang, funders, &e.field);
            FieldError::new(
                &e.field,
                t_args(lang, e.kind.key(), &[("field", name.into())]),
            )
        })
        .collect()
}

async fn save(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    ctx: Ctx,
    body: Bytes,
) -> PageResult {
    let (user, place) = visible_place(&state, &ctx, &id)?;
    let funders = funders(&state);
    let mut draft = CadastreDraft::default();
    for (k, v) in form_urlencoded::parse(&body) {
        let known = COST_FIELDS.contains(&k.as_ref())
            || staff_fields()
                .iter()
                .any(|(c, r, f)| k == staff_field(c, r, *f))
            || funders
                .iter()
                .any(|f| k == resource_field(&f.code, false) || k == resource_field(&f.code, true));
        if k == "year" {
            draft.year = v.into_owned();
        } else if known {
            draft.amounts.insert(k.into_owned(), v.into_owned());
        }
    }
    let cadastre = match draft.validate(funders, state.today().year()) {
        Ok(c) => c,
        Err(e) => {
            let records = state.db.cadastre_of_place(place.id).await?;
            let errors = field_errors(lang, funders, &e);
            return render(
                &state, lang, &ctx, user, &place, &records, &draft, None, &errors,
            );
        }
    };
    state
        .db
        .save_cadastre(place.id, &cadastre, Some(user.id), state.now().timestamp())
        .await?;
    Ok(Redirect::to(&format!(
        "/{}/bo/cadastre/{}?year={}&saved={}",
        lang.code(),
        place.id,
        cadastre.year,
        cadastre.year
    ))
    .into_response())
}
