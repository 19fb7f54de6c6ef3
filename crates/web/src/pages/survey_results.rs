//! The public summary of a survey edition, `/{lang}/survey/{slug}`: the
//! answers and the participation, every question's figures, what the
//! crosses show, and the importance/performance matrix — with no count
//! under the small-cell threshold (`Config::small_cell`) anywhere
//! (`domain::survey::analysis::publish`): a cross whose table has a small
//! count is not shown, and the page says how many. An edition of generated
//! answers says so at the top. Each table downloads as CSV or XLSX, hidden
//! values hidden there too.

use axum::extract::{Path, State};
use domain::Lang;
use domain::account::Access;
use domain::statistics::{Unit, Value};
use domain::survey::Finding;
use domain::survey::analysis::PublicQuestion;
use maud::{Markup, html};

use crate::AppState;
use crate::i18n::{Arg, t, t_args};
use crate::routes::Routes;
use crate::services::figures::export::Kind;
use crate::services::survey_results::{self as results, PublicSummary, public_question_figure};
use crate::ui::download::attachment;
use crate::ui::figures::{Downloads, figure, number_text};
use crate::ui::layout::page;
use crate::ui::survey_results::{
    decimal, finding_text, matrix_chart, matrix_table, percent, question_label,
};
use crate::ui::{PageError, PageLang, PageResult};

pub(super) fn routes() -> Routes {
    Routes::new()
        .get("/{lang}/survey/{slug}", Access::Public, summary_page)
        .get("/{lang}/survey/{slug}/{file}", Access::Public, download)
}

async fn load(state: &AppState, slug: &str) -> PageResult<PublicSummary> {
    results::public_summary(state, slug)
        .await?
        .ok_or(PageError::NotFound)
}

fn notes(lang: Lang, q: &PublicQuestion) -> Markup {
    let n = match q.n {
        Value::Number(n) => t_args(lang, "survey-results-n", &[("n", Arg::Number(n))]),
        _ => t(lang, "survey-results-n-hidden"),
    };
    let high = q.high.and_then(|(from, v)| match (v, q.n) {
        (Value::Number(h), Value::Number(n)) if n > 0 => Some((from, h as f64 / n as f64)),
        _ => None,
    });
    html! {
        p.small { (n) }
        @if !q.adds_up { p.small { (t(lang, "survey-results-multiple-note")) } }
        @if let (Some(mean), Some((from, share))) = (q.mean, high) {
            p { (t_args(lang, "survey-results-scale-summary", &[
                ("mean", decimal(lang, mean, 1).into()),
                ("from", Arg::Number(from)),
                ("share", percent(lang, share).into()),
            ])) }
        }
        @if let (Some(mean), Some(median)) = (q.mean, q.median) {
            p { (t_args(lang, "survey-results-number-summary", &[
                ("mean", decimal(lang, mean, 1).into()),
                ("median", decimal(lang, median, 1).into()),
            ])) }
        }
    }
}

async fn summary_page(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, slug)): Path<(String, String)>,
) -> PageResult {
    let s = load(&state, &slug).await?;
    let l = lang.code();
    let path = format!("survey/{}", s.edition.slug);
    let dl = Downloads {
        path: &path,
        query: "",
    };
    let form = &s.form;
    let p = &s.public;
    // The edition's title is typed in one language; the public page names
    // the edition by its slug (e.g. 2021) in every language.
    let title = t_args(
        lang,
        "survey-public-title",
        &[("edition", s.edition.slug.clone().into())],
    );
    let shown: Vec<_> = p.crosses.iter().filter_map(|c| c.shown.as_ref()).collect();
    let findings: Vec<String> = shown
        .iter()
        .filter(|c| matches!(c.finding, Finding::MoreOften { .. }))
        .map(|c| finding_text(form, lang, c))
        .collect();
    let hidden = p.crosses.len() - shown.len();
    let answers = match p.answers {
        Value::Number(n) => number_text(lang, Unit::Count, n),
        _ => t(lang, "figures-hidden"),
    };
    let body = html! {
        h1 { (title) }
        @if s.edition.illustrative {
            p.notice role="note" { (t(lang, "survey-results-illustrative")) }
        }
        p { (t_args(lang, "survey-public-intro", &[
            ("answers", answers.into()),
            ("answering", s.answering.into()),
            ("rate", s.rate.map_or_else(|| t(lang, "survey-results-rate-unknown"), |r| decimal(lang, r * 100.0, 1)).into()),
        ])) }
        p.small { (t_args(lang, "survey-public-small-cells", &[("threshold", Arg::Number(p.small_cell))])) }
        section aria-labelledby="findings-h" {
            h2 #findings-h { (t(lang, "survey-public-findings")) }
            @if findings.is_empty() {
                p { (t(lang, "survey-public-no-findings")) }
            } @else {
                ul { @for f in &findings { li { (f) } } }
            }
            p.small { (t_args(lang, "survey-public-crosses-note", &[
                ("tested", shown.len().into()),
                ("hidden", hidden.into()),
            ])) }
        }
        section aria-labelledby="questions-h" {
            h2 #questions-h { (t(lang, "survey-results-questions")) }
            @for q in &p.questions {
                section.survey-question aria-labelledby=(format!("h-{}", q.question)) {
                    h3 #(format!("h-{}", q.question)) { (question_label(form, &q.question, lang)) }
                    @if let Some(table) = public_question_figure(form, lang, q) {
                        (figure(lang, &table, p.small_cell, &dl))
                    }
                    (notes(lang, q))
                }
            }
        }
        @if !p.matrix.is_empty() {
            section aria-labelledby="matrix-h" {
                h2 #matrix-h { (t(lang, "survey-results-matrix-title")) }
                (matrix_chart(lang, form, &p.matrix))
                (matrix_table(lang, form, &p.matrix))
            }
        }
        p { a href=(format!("/{l}/figures")) { (t(lang, "survey-public-figures-link")) } }
    };
    Ok(page(
        lang,
        &title,
        &format!("/survey/{}", s.edition.slug),
        body,
        None,
    ))
}

/// One public table as CSV or XLSX (hidden values hidden).
async fn download(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, slug, file)): Path<(String, String, String)>,
) -> PageResult {
    let (id, kind) = Kind::of_file(&file).ok_or(PageError::NotFound)?;
    let s = load(&state, &slug).await?;
    let table = results::public_tables(&s, lang)
        .into_iter()
        .find(|f| f.id == id)
        .ok_or(PageError::NotFound)?;
    let bytes = kind
        .render(lang, &table, s.public.small_cell)
        .map_err(PageError::internal)?;
    Ok(attachment(
        kind.content_type(),
        &kind.file_name(&table, &s.edition.slug),
        bytes,
    ))
}
