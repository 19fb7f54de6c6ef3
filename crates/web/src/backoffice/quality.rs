//! The data-quality page: the findings of the checks (`passerelle check`)
//! grouped by kind, each with what to do and a link to do it, and a CSV
//! download of what is shown.

use axum::extract::{Query, State};
use domain::Lang;
use domain::account::Access;
use domain::export::{Cell, Table};
use domain::quality::{CheckKind, Finding, Severity, check_all};
use maud::{Markup, html};
use serde::Deserialize;

use crate::AppState;
use crate::auth::Ctx;
use crate::i18n::{Arg, t, t_args};
use crate::routes::Routes;
use crate::ui::layout::back_office_page;
use crate::ui::{PageLang, PageResult};

pub fn routes() -> Routes {
    Routes::new()
        .get("/{lang}/bo/quality", Access::COORDINATION, quality_page)
        .get(
            "/{lang}/bo/quality/findings.csv",
            Access::COORDINATION,
            quality_csv,
        )
}

/// Every kind, in the order of the page: errors first.
const KINDS: [CheckKind; CheckKind::ALL.len()] = CheckKind::ALL;

#[derive(Debug, Default, Deserialize)]
pub struct QualityQuery {
    /// Only this kind (its code); every kind when empty.
    #[serde(default)]
    kind: String,
}

/// What is wrong and what to do, as `passerelle check` says it.
fn message(lang: Lang, f: &Finding) -> (String, String) {
    let key = format!("check-{}", f.kind.code());
    let mut args = vec![("value", Arg::from(f.value.clone()))];
    if let Some(o) = f.other_place_id {
        args.push(("other", Arg::Number(o)));
    }
    (t_args(lang, &key, &args), t(lang, &format!("{key}-todo")))
}

/// The findings on the current directory, filtered by kind.
async fn findings(
    state: &AppState,
    q: &QualityQuery,
) -> PageResult<(Vec<Finding>, Option<CheckKind>)> {
    let places = state.db.load_places().await?;
    let today = state.today();
    let kind = KINDS.into_iter().find(|k| k.code() == q.kind);
    let granted = state.db.granted_label_place_ids().await?;
    let mut all = check_all(&state.region, &places, today, &granted);
    if let Some(k) = kind {
        all.retain(|f| f.kind == k);
    }
    Ok((all, kind))
}

/// The links of a finding: edit the place; for a duplicate, compare and merge.
fn actions(lang: Lang, f: &Finding) -> Markup {
    let l = lang.code();
    html! {
        ul.bomod-actions {
            @if let (CheckKind::ProbableDuplicate, Some(other)) = (f.kind, f.other_place_id) {
                li { a href=(format!("/{l}/bo/merge?keep={other}&remove={}", f.place_id)) {
                    (t(lang, "quality-merge"))
                    span.visually-hidden { " – " (f.place_name) }
                } }
            }
            li { a href=(format!("/{l}/bo/places/{}", f.place_id)) {
                (t(lang, "quality-edit"))
                span.visually-hidden { " – " (f.place_name) }
            } }
        }
    }
}

async fn quality_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Query(q): Query<QualityQuery>,
    ctx: Ctx,
) -> PageResult {
    let (found, only) = findings(&state, &q).await?;
    let issues = state.db.data_issues().await?;
    let l = lang.code();
    let count = |k: CheckKind| found.iter().filter(|f| f.kind == k).count();
    let errors = found
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    let csv = match only {
        Some(k) => format!("/{l}/bo/quality/findings.csv?kind={}", k.code()),
        None => format!("/{l}/bo/quality/findings.csv"),
    };
    let body = html! {
        h1 { (t(lang, "quality-title")) }
        p { (t(lang, "quality-intro")) }
        form.bomod-filter method="get" action=(format!("/{l}/bo/quality")) {
            div.field {
                label for="kind" { (t(lang, "quality-filter-kind")) }
                select #kind name="kind" {
                    option value="" { (t(lang, "quality-all-kinds")) }
                    @for k in KINDS {
                        option value=(k.code()) selected[only == Some(k)] { (t(lang, &format!("quality-kind-{}", k.code()))) }
                    }
                }
            }
            button.secondary type="submit" { (t(lang, "quality-show")) }
        }
        p.count {
            (t_args(lang, "quality-count", &[("count", found.len().into()), ("errors", errors.into())]))
        }
        p { a href=(csv) download { (t(lang, "quality-download")) } }
        @if found.is_empty() {
            p.notice { (t(lang, "quality-none")) }
        } @else {
            nav aria-label=(t(lang, "quality-summary")) {
                ul {
                    @for k in KINDS {
                        @if count(k) > 0 {
                            li { a href=(format!("#kind-{}", k.code())) {
                                (t(lang, &format!("quality-kind-{}", k.code()))) " (" (count(k)) ")"
                            } }
                        }
                    }
                }
            }
        }
        @for k in KINDS {
            @let group: Vec<&Finding> = found.iter().filter(|f| f.kind == k).collect();
            @if !group.is_empty() {
                section aria-labelledby=(format!("kind-{}", k.code())) {
                    h2 #(format!("kind-{}", k.code())) {
                        (t(lang, &format!("quality-kind-{}", k.code()))) " (" (group.len()) ")"
                    }
                    p {
                        strong { (t(lang, if k.severity() == Severity::Error { "severity-error" } else { "severity-warning" })) }
                        " – " (t(lang, &format!("check-{}-todo", k.code())))
                    }
                    div.table-scroll {
                        table.bo.bomod {
                            caption { (t(lang, &format!("quality-kind-{}", k.code()))) }
                            thead { tr {
                                th scope="col" { (t(lang, "quality-col-place")) }
                                th scope="col" { (t(lang, "quality-col-problem")) }
                                th scope="col" { (t(lang, "quality-col-action")) }
                            } }
                            tbody {
                                @for f in &group {
                                    tr {
                                        td { a href=(format!("/{l}/places/{}", f.place_id)) dir="auto" { (f.place_name) } " (#" (f.place_id) ")" }
                                        td { (message(lang, f).0) }
                                        td { (actions(lang, f)) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        @if only.is_none() && !issues.is_empty() {
            section aria-labelledby="source-issues" {
                h2 #source-issues { (t(lang, "check-source-issue")) " (" (issues.len()) ")" }
                p { (t(lang, "quality-source-intro")) }
                div.table-scroll {
                    table.bo.bomod {
                        caption { (t(lang, "check-source-issue")) }
                        thead { tr {
                            th scope="col" { (t(lang, "quality-col-place")) }
                            th scope="col" { (t(lang, "quality-col-field")) }
                            th scope="col" { (t(lang, "quality-col-problem")) }
                            th scope="col" { (t(lang, "quality-col-source")) }
                        } }
                        tbody {
                            @for i in &issues {
                                tr {
                                    td {
                                        @if let Some(id) = i.place_id {
                                            a href=(format!("/{l}/bo/places/{id}")) { "#" (id) }
                                        } @else { "—" }
                                    }
                                    td { (i.field) " = " span dir="auto" { (i.value) } }
                                    td dir="auto" { (i.message) }
                                    td dir="auto" { (i.source) }
                                }
                            }
                        }
                    }
                }
            }
        }
    };
    let tail = match only {
        Some(k) => format!("/bo/quality?kind={}", k.code()),
        None => "/bo/quality".into(),
    };
    Ok(back_office_page(
        lang,
        &ctx,
        &t(lang, "quality-title"),
        &tail,
        body,
    ))
}

async fn quality_csv(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Query(q): Query<QualityQuery>,
) -> PageResult {
    let (found, _) = findings(&state, &q).await?;
    let l = lang.code();
    let header: Vec<String> = [
        "severity",
        "kind",
        "place_id",
        "place_name",
        "value",
        "other_place_id",
        "problem",
        "what_to_do",
        "edit_url",
    ]
    .map(str::to_owned)
    .to_vec();
    let rows = found
        .iter()
        .map(|f| {
            let (msg, todo) = message(lang, f);
            vec![
                Cell::text(t(
                    lang,
                    if f.severity == Severity::Error {
                        "severity-error"
                    } else {
                        "severity-warning"
                    },
                )),
                Cell::text(f.kind.code()),
                Cell::Integer(f.place_id),
                Cell::text(f.place_name.clone()),
                Cell::text(f.value.clone()),
                f.other_place_id.map_or(Cell::Empty, Cell::Integer),
                Cell::text(msg),
                Cell::text(todo),
                Cell::text(state.config.link(&format!("/{l}/bo/places/{}", f.place_id))),
            ]
        })
        .collect();
    let csv = Table { header, rows }.to_csv();
    let date = state
        .now()
        .with_timezone(&state.region.timezone)
        .date_naive();
    Ok(crate::ui::download::attachment(
        "text/csv; charset=utf-8",
        &format!("quality-{date}.csv"),
        csv,
    ))
}
