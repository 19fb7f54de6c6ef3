//! The jury's results of a call: the ranking with per application the
//! mean, median, spread (standard deviation) and number of scores, the
//! tie-break in words; each juror's raw totals beside their z-scores; the
//! marks per criterion ("not assessed" written as such) and the comments;
//! the same as CSV (every cell neutralised) and as a spreadsheet.

use axum::extract::{Path, State};
use domain::export::{Cell, Table};
use domain::grants::jury::Mark;
use maud::html;
use store::grants::Call;

use super::{call_nav, call_of, crumbs};
use crate::AppState;
use crate::auth::Ctx;
use crate::i18n::{t, t_args};
use crate::services::jury::{Results, results};
use crate::ui::budget::euros;
use crate::ui::download::attachment;
use crate::ui::jury::{
    application_label, call_title, criterion_name, mark_text, num_cell, score_text, z_text,
};
use crate::ui::layout::back_office_page;
use crate::ui::{PageError, PageLang, PageResult};

pub(super) async fn page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, key)): Path<(String, String)>,
    ctx: Ctx,
) -> PageResult {
    let call = call_of(&state, &key).await?;
    let r = results(&state, &call).await?;
    let l = lang.code();
    let title = t_args(
        lang,
        "selection-results-title",
        &[("call", call_title(lang, &call).into())],
    );
    let juror_name = |id: i64| {
        r.jurors
            .iter()
            .find(|j| j.user_id == id)
            .map_or_else(|| "–".to_string(), |j| j.name.clone())
    };
    let body = html! {
        (crumbs(lang))
        h1 { (title) }
        (call_nav(lang, &call))
        p { (t(lang, "selection-results-formula")) }
        p #tie-break { (t(lang, "selection-results-tie-break")) }
        p {
            a href=(format!("/{l}/bo/selection/{key}/results.csv")) download { (t(lang, "selection-download-csv")) }
            " · "
            a href=(format!("/{l}/bo/selection/{key}/results.xlsx")) download { (t(lang, "selection-download-xlsx")) }
        }
        @if r.applications.is_empty() { p { (t(lang, "selection-results-empty")) } }
        @else {
            h2 #ranking-title { (t(lang, "selection-ranking-title")) }
            div.table-scroll tabindex="0" role="region" aria-labelledby="ranking-title" {
                table.bo #selection-ranking {
                    caption { (t_args(lang, "selection-ranking-caption", &[("count", r.applications.len().into())])) }
                    thead { tr {
                        th scope="col" { (t(lang, "selection-rank")) }
                        th scope="col" { (t(lang, "jury-field-application")) }
                        th scope="col" { (t(lang, "jury-field-asked")) }
                        th scope="col" { (t(lang, "selection-mean")) }
                        th scope="col" { (t(lang, "selection-median")) }
                        th scope="col" { (t(lang, "selection-spread")) }
                        th scope="col" { (t(lang, "selection-count")) }
                    } }
                    tbody {
                        @for a in &r.applications {
                            tr id=(format!("result-{}", a.application.id)) {
                                td.num { bdi { (a.rank) } }
                                th scope="row" lang=(a.application.app.lang) {
                                    a href=(format!("#marks-{}", a.application.id)) { (application_label(&a.application)) }
                                    br; span.small { bdi { (a.application.organisation.name) } }
                                }
                                td.num { @if let Some(c) = a.application.app.amount_cents { (euros(c)) } }
                                (num_cell(score_text(lang, a.stats.mean)))
                                (num_cell(score_text(lang, a.stats.median)))
                                (num_cell(score_text(lang, a.stats.spread)))
                                (num_cell(a.stats.count.to_string()))
                            }
                        }
                    }
                }
            }
            h2 #z-title { (t(lang, "selection-z-title")) }
            p { (t(lang, "selection-z-intro")) }
            div.table-scroll tabindex="0" role="region" aria-labelledby="z-title" {
                table.bo #selection-z {
                    caption { (t(lang, "selection-z-caption")) }
                    thead {
                        tr {
                            td {}
                            @for j in &r.jurors { th scope="colgroup" colspan="2" { (j.name) } }
                        }
                        tr {
                            th scope="col" { (t(lang, "jury-field-application")) }
                            @for _ in &r.jurors {
                                th scope="col" { (t(lang, "selection-raw")) }
                                th scope="col" { (t(lang, "selection-z")) }
                            }
                        }
                    }
                    tbody {
                        @for a in &r.applications {
                            tr {
                                th scope="row" lang=(a.application.app.lang) { (application_label(&a.application)) }
                                @for j in &r.jurors {
                                    @match a.jurors.iter().find(|x| x.juror == j.user_id) {
                                        Some(x) => {
                                            (num_cell(score_text(lang, x.total)))
                                            (num_cell(z_text(lang, x.z)))
                                        }
                                        None => { td.num { "–" } td.num { "–" } }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            h2 { (t(lang, "selection-marks-title")) }
            @for a in &r.applications {
                section aria-labelledby=(format!("marks-{}", a.application.id)) {
                    h3 id=(format!("marks-{}", a.application.id)) tabindex="-1" lang=(a.application.app.lang) { (application_label(&a.application)) }
                    @if a.jurors.is_empty() { p { (t(lang, "selection-no-marks")) } }
                    @else {
                        div.table-scroll tabindex="0" role="region" aria-labelledby=(format!("marks-{}", a.application.id)) {
                            table.bo.marks {
                                caption { (t(lang, "selection-marks-caption")) }
                                thead { tr {
                                    th scope="col" { (t(lang, "selection-juror")) }
                                    @for k in &call.def.criteria { th scope="col" { (criterion_name(lang, &call, &k.key)) } }
                                    th scope="col" { (t(lang, "selection-total")) }
                                    th scope="col" { (t(lang, "jury-comment")) }
                                } }
                                tbody {
                                    @for x in &a.jurors {
                                        tr {
                                            th scope="row" { (juror_name(x.juror)) }
                                            @for k in &call.def.criteria {
                                                @let m = x.marks.get(&k.key);
                                                @if matches!(m, Some(Mark::NotAssessed)) { td { em { (mark_text(lang, m)) } } }
                                                @else { (num_cell(mark_text(lang, m))) }
                                            }
                                            (num_cell(score_text(lang, x.total)))
                                            td { bdi { (x.comment) } }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    };
    Ok(back_office_page(
        lang,
        &ctx,
        &title,
        &format!("/bo/selection/{key}/results"),
        body,
    ))
}

/// One row per application and juror: the application's figures, the
/// juror's marks ("not_assessed" apart from 0), total, z-score, comment.
fn table(call: &Call, r: &Results) -> Table {
    let mut header: Vec<String> = [
        "rank",
        "reference",
        "title",
        "organisation",
        "asked_eur",
        "mean",
        "median",
        "spread",
        "scores",
        "juror",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    for k in &call.def.criteria {
        header.push(format!("mark_{}", k.key));
    }
    for h in ["total", "z_score", "comment"] {
        header.push(h.to_string());
    }
    let num =
        |v: Option<f64>| v.map_or(Cell::Empty, |x| Cell::Number((x * 1000.0).round() / 1000.0));
    let mut rows = Vec::new();
    for a in &r.applications {
        let x = &a.application;
        let head = vec![
            Cell::Integer(a.rank as i64),
            Cell::opt_text(x.reference.as_deref()),
            Cell::text(x.app.title.clone()),
            Cell::text(x.organisation.name.clone()),
            x.app.amount_cents.map_or(Cell::Empty, |c| {
                Cell::text(domain::money::euros_plain(c, '.'))
            }),
            num(a.stats.mean),
            num(a.stats.median),
            num(a.stats.spread),
            Cell::Integer(a.stats.count as i64),
        ];
        if a.jurors.is_empty() {
            let mut row = head.clone();
            row.resize(header.len(), Cell::Empty);
            rows.push(row);
        }
        for j in &a.jurors {
            let mut row = head.clone();
            row.push(Cell::text(
                r.jurors
                    .iter()
                    .find(|x| x.user_id == j.juror)
                    .map_or(String::new(), |x| x.email.clone()),
            ));
            for k in &call.def.criteria {
                row.push(match j.marks.get(&k.key) {
                    Some(Mark::Score(s)) => Cell::Integer(i64::from(*s)),
                    Some(Mark::NotAssessed) => Cell::text("not_assessed"),
                    None => Cell::Empty,
                });
            }
            row.push(num(j.total));
            row.push(num(j.z));
            row.push(Cell::text(j.comment.clone()));
            rows.push(row);
        }
    }
    Table { header, rows }
}

pub(super) async fn csv(
    State(state): State<AppState>,
    Path((_, key)): Path<(String, String)>,
) -> PageResult {
    let call = call_of(&state, &key).await?;
    let r = results(&state, &call).await?;
    Ok(attachment(
        "text/csv; charset=utf-8",
        &format!("jury-{key}.csv"),
        table(&call, &r).to_csv(),
    ))
}

pub(super) async fn xlsx(
    State(state): State<AppState>,
    Path((_, key)): Path<(String, String)>,
) -> PageResult {
    let call = call_of(&state, &key).await?;
    let r = results(&state, &call).await?;
    let mut book = rust_xlsxwriter::Workbook::new();
    let bold = rust_xlsxwriter::Format::new().set_bold();
    let sheet = book.add_worksheet();
    crate::services::exports::write_sheet(sheet, &table(&call, &r), &bold)
        .and_then(|_| sheet.set_name("jury").map(|_| ()))
        .map_err(PageError::internal)?;
    Ok(attachment(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        &format!("jury-{key}.xlsx"),
        book.save_to_buffer().map_err(PageError::internal)?,
    ))
}
