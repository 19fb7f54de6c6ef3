//! The coordination's analysis of a survey edition,
//! `/{lang}/bo/survey/editions/{id}/results`: participation per place,
//! every question (table and chart), every cross by each crossing variable
//! with its test, p-value (and Holm's), Cramér's V and the finding in a
//! sentence, the importance/performance matrix (chart and table), the
//! comparison with the earlier edition when the edition names one. Not
//! suppressed: the coordination's working data. Every table downloads as
//! CSV or XLSX (`…/results/{table}.csv|.xlsx`).

use axum::extract::{Path, State};
use domain::Lang;
use domain::account::Access;
use domain::statistics::Unit;
use domain::survey::analysis::{Distribution, QuestionResult};
use maud::{Markup, html};

use crate::AppState;
use crate::auth::Ctx;
use crate::i18n::{Arg, t, t_args};
use crate::routes::Routes;
use crate::services::figures::export::Kind;
use crate::services::survey_results::{
    self as results, Results, comparison_figure, cross_figure, participation_figure,
    question_figure,
};
use crate::ui::download::attachment;
use crate::ui::figures::{Downloads, figure, number_text};
use crate::ui::layout::back_office_page;
use crate::ui::survey_results::{
    comparison_text, decimal, downloads, finding_text, matrix_chart, matrix_table, percent,
    plain_table, question_label, test_details,
};
use crate::ui::{PageError, PageLang, PageResult};

pub fn routes() -> Routes {
    Routes::new()
        .get(
            "/{lang}/bo/survey/editions/{id}/results",
            Access::COORDINATION,
            results_page,
        )
        .get(
            "/{lang}/bo/survey/editions/{id}/results/{file}",
            Access::COORDINATION,
            download,
        )
        .get(
            "/{lang}/bo/survey/editions/{id}/answers/{file}",
            Access::COORDINATION,
            answers_download,
        )
}

async fn load(state: &AppState, id: &str) -> PageResult<Results> {
    let id: i64 = id.parse().map_err(|_| PageError::NotFound)?;
    let edition = state.db.edition(id).await?.ok_or(PageError::NotFound)?;
    Ok(results::results(state, edition).await?)
}

/// What a question's figures say beyond its table: n, and the mean, the
/// share of 8 or more, the median, or that shares do not add up.
pub fn question_notes(lang: Lang, q: &QuestionResult) -> Markup {
    let n = t_args(lang, "survey-results-n", &[("n", Arg::Number(q.n as i64))]);
    html! {
        p.small { (n) }
        @match &q.distribution {
            Distribution::Selections(_) => p.small { (t(lang, "survey-results-multiple-note")) },
            Distribution::Scale { mean: Some(mean), high_from, high, .. } => p {
                (t_args(lang, "survey-results-scale-summary", &[
                    ("mean", decimal(lang, *mean, 1).into()),
                    ("from", Arg::Number(*high_from)),
                    ("share", percent(lang, q.share(*high)).into()),
                ]))
            },
            Distribution::Number { mean: Some(mean), median: Some(median), .. } => p {
                (t_args(lang, "survey-results-number-summary", &[
                    ("mean", decimal(lang, *mean, 1).into()),
                    ("median", decimal(lang, *median, 1).into()),
                ]))
            },
            Distribution::Text => p.small { (t(lang, "survey-results-text-note")) },
            _ => {}
        }
    }
}

async fn results_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id)): Path<(String, String)>,
    ctx: Ctx,
) -> PageResult {
    ctx.user()?;
    let r = load(&state, &id).await?;
    let l = lang.code();
    let base = format!("/{l}/bo/survey/editions/{}/results", r.edition.id);
    let path = format!("bo/survey/editions/{}/results", r.edition.id);
    let dl = Downloads {
        path: &path,
        query: "",
    };
    let form = &r.form;
    let a = &r.analysis;
    let p = &r.participation;
    let title = t_args(
        lang,
        "survey-results-title",
        &[("edition", r.edition.title.clone().into())],
    );
    let rate = p.rate.map_or_else(
        || t(lang, "survey-results-rate-unknown"),
        |x| decimal(lang, x * 100.0, 1),
    );
    let body = html! {
        h1 { (title) }
        @if r.edition.illustrative {
            p.notice role="note" { (t(lang, "survey-results-illustrative")) }
        }
        nav.figures-contents aria-labelledby="results-contents" {
            h2 #results-contents { (t(lang, "figures-contents")) }
            ol {
                li { a href="#results-participation" { (t(lang, "survey-results-participation-title")) } }
                li { a href="#questions" { (t(lang, "survey-results-questions")) } }
                @if !a.matrix.is_empty() { li { a href="#matrix" { (t(lang, "survey-results-matrix-title")) } } }
                @if r.comparison.is_some() { li { a href="#comparison" { (t(lang, "survey-results-comparison")) } } }
                li { a href="#answers" { (t(lang, "survey-results-answers-title")) } }
            }
        }
        section #answers aria-labelledby="answers-h" {
            h2 #answers-h { (t(lang, "survey-results-answers-title")) }
            p { (t(lang, "survey-results-answers-intro")) }
            ul {
                li { a href=(format!("/{l}/bo/survey/editions/{}/answers/answers.csv", r.edition.id)) { (t(lang, "survey-results-answers-csv")) } }
                li { a href=(format!("/{l}/bo/survey/editions/{}/answers/answers.xlsx", r.edition.id)) { (t(lang, "survey-results-answers-xlsx")) } }
                li { a href=(format!("/{l}/bo/survey/editions/{}/answers/codebook.csv", r.edition.id)) { (t(lang, "survey-results-codebook-csv")) } }
                li { a href=(format!("/{l}/bo/survey/editions/{}/answers/codebook.xlsx", r.edition.id)) { (t(lang, "survey-results-codebook-xlsx")) } }
            }
        }
        // Not `#participation`: that is the id of the participation table's figure.
        section #results-participation aria-labelledby="participation-h" {
            h2 #participation-h { (t(lang, "survey-results-participation-title")) }
            p { (t_args(lang, "survey-results-participation-sentence", &[
                ("answers", Arg::Number(p.answers)),
                ("answering", p.answering.into()),
                ("places", p.places.len().into()),
                ("weeks", if p.weeks.fract() == 0.0 { format!("{:.0}", p.weeks) } else { decimal(lang, p.weeks, 1) }.into()),
                ("visitors", number_text(lang, Unit::Count, p.weekly_visitors).into()),
                ("rate", rate.into()),
            ])) }
            (figure(lang, &participation_figure(lang, p), state.config.small_cell, &dl))
        }
        section #questions aria-labelledby="questions-h" {
            h2 #questions-h { (t(lang, "survey-results-questions")) }
            p { (t_args(lang, "survey-results-crosses-intro", &[
                ("count", a.crosses.len().into()),
                ("alpha", decimal(lang, a.options.alpha, 2).into()),
            ])) }
            @for q in &a.questions {
                section.survey-question aria-labelledby=(format!("h-{}", q.question)) {
                    h3 #(format!("h-{}", q.question)) { (question_label(form, &q.question, lang)) }
                    @if let Some(table) = question_figure(form, lang, q) {
                        (figure(lang, &table, state.config.small_cell, &dl))
                    }
                    (question_notes(lang, q))
                    @for c in a.crosses_of(&q.question) {
                        @let table = cross_figure(form, lang, c);
                        details.survey-cross {
                            summary { (finding_text(form, lang, c)) }
                            (plain_table(lang, &table))
                            (test_details(lang, &c.analysis, c.p_holm))
                            (downloads(lang, &base, &table))
                        }
                    }
                }
            }
        }
        @if !a.matrix.is_empty() {
            section #matrix aria-labelledby="matrix-h" {
                h2 #matrix-h { (t(lang, "survey-results-matrix-title")) }
                p { (t_args(lang, "survey-results-matrix-intro", &[
                    ("overall", a.overall.as_deref().map(|o| question_label(form, o, lang)).unwrap_or_default().into()),
                ])) }
                (matrix_chart(lang, form, &a.matrix))
                (matrix_table(lang, form, &a.matrix))
                (downloads(lang, &base, &results::matrix_figure(form, lang, &a.matrix)))
            }
        }
        @if let Some((earlier, cmp)) = &r.comparison {
            section #comparison aria-labelledby="comparison-h" {
                h2 #comparison-h { (t(lang, "survey-results-comparison")) }
                p { (t_args(lang, "survey-results-comparison-intro", &[("earlier", earlier.title.clone().into())])) }
                @if cmp.is_empty() {
                    p { (t(lang, "survey-results-comparison-none")) }
                }
                @for c in cmp {
                    @let table = comparison_figure(form, lang, c);
                    details.survey-cross {
                        summary { (comparison_text(form, lang, c)) }
                        (plain_table(lang, &table))
                        @if let Some((before, now)) = c.means {
                            p { (t_args(lang, "survey-results-means", &[
                                ("before", decimal(lang, before, 1).into()),
                                ("now", decimal(lang, now, 1).into()),
                            ])) }
                        }
                        (test_details(lang, &c.analysis, c.p_holm))
                        (downloads(lang, &base, &table))
                    }
                }
            }
        }
    };
    Ok(back_office_page(
        lang,
        &ctx,
        &title,
        &format!("/bo/survey/editions/{}/results", r.edition.id),
        body,
    ))
}

/// One table of the results as CSV or XLSX.
async fn download(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id, file)): Path<(String, String, String)>,
    ctx: Ctx,
) -> PageResult {
    ctx.user()?;
    let (table_id, kind) = Kind::of_file(&file).ok_or(PageError::NotFound)?;
    let r = load(&state, &id).await?;
    let table = results::all_figures(&r, lang)
        .into_iter()
        .find(|f| f.id == table_id)
        .ok_or(PageError::NotFound)?;
    let bytes = kind
        .render(lang, &table, state.config.small_cell)
        .map_err(PageError::internal)?;
    Ok(attachment(
        kind.content_type(),
        &kind.file_name(&table, &r.edition.slug),
        bytes,
    ))
}

/// The anonymised answers of an edition (one row per complete answer, value
/// labels in the page's language when the questionnaire has it, free texts
/// left out) or its codebook, as CSV or XLSX:
/// `…/answers/{answers|codebook}.{csv|xlsx}`.
async fn answers_download(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, id, file)): Path<(String, String, String)>,
    ctx: Ctx,
) -> PageResult {
    use domain::survey::codebook;
    ctx.user()?;
    let (what, ext) = file.rsplit_once('.').ok_or(PageError::NotFound)?;
    if !matches!(what, "answers" | "codebook") || !matches!(ext, "csv" | "xlsx") {
        return Err(PageError::NotFound);
    }
    let id: i64 = id.parse().map_err(|_| PageError::NotFound)?;
    let edition = state.db.edition(id).await?.ok_or(PageError::NotFound)?;
    let form = state
        .db
        .questionnaire(edition.questionnaire_id)
        .await?
        .ok_or(PageError::NotFound)?
        .form;
    let labels = if form.languages.iter().any(|x| x == lang.code()) {
        lang.code()
    } else {
        form.default_language()
    }
    .to_owned();
    let table = if what == "codebook" {
        codebook::codebook(&form, &labels)
    } else {
        let names: std::collections::HashMap<i64, String> = state
            .db
            .edition_places(id)
            .await?
            .into_iter()
            .map(|p| (p.place_id, p.place_name))
            .collect();
        let mut rows = Vec::new();
        state
            .db
            .for_each_answer(id, |a| {
                let place = names.get(&a.place_id).map_or("", String::as_str);
                rows.push(codebook::row(
                    &form,
                    &labels,
                    place,
                    a.answered_on,
                    &a.lang,
                    &a.answers,
                ));
            })
            .await?;
        domain::export::Table {
            header: codebook::columns(&form),
            rows,
        }
    };
    let (bytes, content_type) = if ext == "csv" {
        (table.to_csv().into_bytes(), "text/csv; charset=utf-8")
    } else {
        let mut book = rust_xlsxwriter::Workbook::new();
        let bold = rust_xlsxwriter::Format::new().set_bold();
        let sheet = book.add_worksheet();
        crate::services::exports::write_sheet(sheet, &table, &bold)
            .and_then(|_| sheet.set_name(what).map(|_| ()))
            .map_err(PageError::internal)?;
        (
            book.save_to_buffer().map_err(PageError::internal)?,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
    };
    Ok(attachment(
        content_type,
        &format!("survey-{}-{what}.{ext}", edition.slug),
        bytes,
    ))
}
