//! The projects the calls for projects funded, for everyone:
//! `/{lang}/funded-projects` (every decided call, or one with `?call=`) and
//! `/{lang}/calls/{key}/funded`, grouped by commune with each commune's
//! total; what a report declares beside what its lines add up to (the
//! difference shown, never corrected); the 360Giving downloads
//! (`/open-data/grants.360giving.json|csv`, `?call=` for one call).

use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderValue, header};
use domain::Lang;
use domain::account::Access;
use maud::{Markup, html};

use crate::AppState;
use crate::i18n::{t, t_args};
use crate::routes::Routes;
use crate::services::awards::{self as service, GivingFormat};
use crate::ui::budget::{amount, euros};
use crate::ui::format::long_date;
use crate::ui::layout::page;
use crate::ui::{PageError, PageLang, PageResult};

pub(super) fn routes() -> Routes {
    let mut r = Routes::new()
        .get("/{lang}/funded-projects", Access::Public, funded_page)
        .get(
            "/{lang}/calls/{key}/funded",
            Access::Public,
            call_funded_page,
        );
    for f in GivingFormat::ALL {
        r = r.get(
            f.url(),
            Access::Public,
            move |s: State<AppState>, q: RawQuery| download(s, q, f),
        );
    }
    r
}

fn call_param(raw: Option<&str>) -> Option<String> {
    form_urlencoded::parse(raw.unwrap_or("").as_bytes())
        .find(|(k, _)| k == "call")
        .map(|(_, v)| v.trim().to_owned())
        .filter(|v| !v.is_empty())
}

async fn download(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
    f: GivingFormat,
) -> PageResult {
    let call = call_param(raw.as_deref());
    if let Some(key) = &call
        && state.db.call_by_key(key).await?.is_none()
    {
        return Err(PageError::NotFound);
    }
    let (_, bytes) = service::giving_file(&state.db, &state.region, f, call.as_deref()).await?;
    let mut res = crate::ui::download::attachment(
        f.content_type(),
        &f.file_name(&state.region, call.as_deref()),
        bytes,
    );
    res.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=300"),
    );
    Ok(res)
}

async fn funded_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    RawQuery(raw): RawQuery,
) -> PageResult {
    let call = call_param(raw.as_deref());
    render(&state, lang, call).await
}

async fn call_funded_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, key)): Path<(String, String)>,
) -> PageResult {
    render(&state, lang, Some(key)).await
}

async fn render(state: &AppState, lang: Lang, key: Option<String>) -> PageResult {
    let l = lang.code();
    let decided: Vec<_> = state
        .db
        .calls()
        .await?
        .into_iter()
        .filter(|c| c.status == domain::grants::call::CallStatus::Decided)
        .collect();
    let call = match &key {
        Some(k) => Some(
            decided
                .iter()
                .find(|c| &c.def.key == k)
                .ok_or(PageError::NotFound)?,
        ),
        None => None,
    };
    let grants = state.db.awarded_grants(key.as_deref()).await?;
    let total: i64 = grants.iter().map(|g| g.amount_cents).sum();
    let count = grants.len();
    let notes: Vec<(String, String)> = {
        let mut v: Vec<(String, String)> = grants
            .iter()
            .filter_map(|g| g.date_note.clone().map(|n| (g.award_date.to_string(), n)))
            .collect();
        v.dedup();
        v
    };
    let declared = match call {
        Some(c) => state.db.declared_awards(c.id).await?,
        None => None,
    };
    let groups = service::by_commune(grants);
    let title = match call {
        Some(c) => t_args(
            lang,
            "funded-call-title",
            &[("call", c.text(l).title.clone().into())],
        ),
        None => t(lang, "funded-title"),
    };
    let query = key
        .as_deref()
        .map(|k| format!("?call={k}"))
        .unwrap_or_default();
    let body = html! {
        h1 { (title) }
        p { (t(lang, "funded-intro")) }
        @if !decided.is_empty() {
            form.filters method="get" action=(format!("/{l}/funded-projects")) {
                div.field {
                    label for="call" { (t(lang, "funded-field-call")) }
                    select #call name="call" {
                        option value="" selected[key.is_none()] { (t(lang, "funded-all-calls")) }
                        @for c in &decided {
                            option value=(c.def.key) selected[key.as_deref() == Some(c.def.key.as_str())] {
                                (c.text(l).title)
                            }
                        }
                    }
                }
                button type="submit" { (t(lang, "funded-show")) }
            }
        }
        @if let Some(c) = call {
            p { (t_args(lang, "funded-call-by", &[
                // t_args isolates the names in a right-to-left sentence.
                ("funder", c.funder.name.clone().into()),
                ("operator", c.operator.name.clone().into()),
            ])) " " (t(lang, "funded-envelope")) " " (euros(c.def.envelope_cents)) "." }
            p { a href=(format!("/{l}/calls/{}", c.def.key)) { (t(lang, "funded-call-link")) } }
        }
        p #funded-summary {
            (t_args(lang, "funded-summary", &[("count", count.into())])) " "
            (euros(total)) "."
        }
        @if let Some(d) = &declared { (declared_check(lang, d, count, total)) }
        @for (date, note) in &notes {
            // The note itself (in the awards file's language) goes to the
            // open data; the page says it in the reader's.
            @if !note.is_empty() {
                p.note { (t_args(lang, "funded-date-note", &[("date", long_date(lang, date).into())])) }
            }
        }
        @if groups.is_empty() {
            p { (t(lang, "funded-none")) }
        }
        @for g in &groups { (commune_section(state, lang, g, call.is_none())) }
        section aria-labelledby="funded-downloads-h" {
            h2 #funded-downloads-h { (t(lang, "funded-downloads-title")) }
            p { (t(lang, "funded-downloads-text")) }
            ul {
                @for f in GivingFormat::ALL {
                    li { a href=(format!("{}{query}", f.url())) download {
                        (t(lang, &format!("funded-download-{}", f.code())))
                    } }
                }
            }
        }
    };
    let tail = match &key {
        Some(k) => format!("/calls/{k}/funded"),
        None => "/funded-projects".to_owned(),
    };
    Ok(page(lang, &title, &tail, body, None))
}

/// The report's declared figures against what its lines add up to.
fn declared_check(
    lang: Lang,
    d: &store::grants::awards::Declared,
    count: usize,
    total: i64,
) -> Markup {
    let total_differs = d.total_cents.is_some_and(|x| x != total);
    let count_differs = d.projects.is_some_and(|n| n != count as i64);
    html! {
        @if let Some(x) = d.total_cents {
            p #funded-declared {
                (t(lang, "funded-declared-total")) " " (euros(x)) ". "
                @if total_differs {
                    strong { (t(lang, "funded-declared-differs")) " " (euros(total - x)) "." }
                    " " (t(lang, "funded-declared-kept"))
                } @else {
                    (t(lang, "funded-declared-same"))
                }
            }
        }
        @if count_differs {
            p { (t_args(lang, "funded-declared-projects", &[("count", (d.projects.unwrap_or(0) as usize).into())])) }
        }
    }
}

fn commune_section(
    state: &AppState,
    lang: Lang,
    g: &service::CommuneGroup,
    show_call: bool,
) -> Markup {
    let l = lang.code();
    let commune = g
        .commune_nis
        .as_deref()
        .and_then(|n| state.region.commune(n));
    let name = match commune {
        Some(c) => state.region.display(&c.name, lang).to_owned(),
        None => t(lang, "funded-no-commune"),
    };
    let id = format!("commune-{}", g.commune_nis.as_deref().unwrap_or("none"));
    html! {
        section aria-labelledby=(id) {
            h2 #(id) {
                @if let Some(c) = commune {
                    a href=(format!("/{l}/communes/{}", c.slug)) { (name) }
                } @else { (name) }
            }
            p { (t_args(lang, "funded-commune-summary", &[("count", g.grants.len().into())])) " " (euros(g.total_cents)) "." }
            div.table-scroll tabindex="0" role="region" aria-label=(name) {
                table.bo {
                    caption.visually-hidden { (name) }
                    thead { tr {
                        th scope="col" { (t(lang, "funded-col-reference")) }
                        th scope="col" { (t(lang, "funded-col-project")) }
                        th scope="col" { (t(lang, "funded-col-organisation")) }
                        @if show_call { th scope="col" { (t(lang, "funded-col-call")) } }
                        th scope="col" { (t(lang, "funded-col-amount")) }
                    } }
                    tbody {
                        @for x in &g.grants {
                            tr {
                                td { bdi { (x.reference) } }
                                td { (x.title) }
                                td { (x.recipient) }
                                @if show_call { td { a href=(format!("/{l}/calls/{}/funded", x.call_key)) { bdi { (x.call_key) } } } }
                                (amount(x.amount_cents))
                            }
                        }
                    }
                }
            }
        }
    }
}
