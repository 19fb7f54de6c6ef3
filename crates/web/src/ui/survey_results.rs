//! What the survey's results pages share: a table without a chart (the
//! crosses), the importance/performance matrix as an SVG chart, and the
//! test of a cross in words. Same rules as `ui::chart`: inline SVG, no
//! script, no inline style, the table next to the chart holds every figure.

use domain::Lang;
use domain::statistics::{FigureTable, Unit, Value};
use domain::survey::{CrossAnalysis, Quadrant, Questionnaire, ServiceScore};
use maud::{Markup, html};

use domain::survey::analysis::{
    ABOVE_MEDIAN, AT_MOST_MEDIAN, Comparison, Cross, HIGH, Measure, NOT_HIGH, NOT_SELECTED,
    SELECTED,
};
use domain::survey::{Finding, TestUsed, Why};

use crate::i18n::{Arg, t, t_args};
use crate::ui::figures::{label_text, number_text};

// ---------------------------------------------------------------- labels

/// A question's label in the reader's language (the questionnaire's
/// default language when it has none in that one).
pub fn question_label(form: &Questionnaire, name: &str, lang: Lang) -> String {
    form.question(name).map_or_else(
        || name.to_owned(),
        |q| q.label.get(lang.code(), form.default_language()).to_owned(),
    )
}

/// A choice's label (its name when unknown: a scale's value).
pub fn choice_label(form: &Questionnaire, question: &str, choice: &str, lang: Lang) -> String {
    form.question(question)
        .and_then(|q| form.choices_of(q).iter().find(|c| c.name == choice))
        .map_or_else(
            || choice.to_owned(),
            |c| c.label.get(lang.code(), form.default_language()).to_owned(),
        )
}

/// A number with the language's decimal mark and `decimals` digits.
pub fn decimal(lang: Lang, x: f64, decimals: usize) -> String {
    let s = format!("{x:.decimals$}");
    if lang.decimal_comma() {
        s.replace('.', ",")
    } else {
        s
    }
}

/// A share (0 to 1) as a percentage: "39 %".
pub fn percent(lang: Lang, share: f64) -> String {
    t_args(
        lang,
        "figures-percent",
        &[(
            "value",
            format!("{}", (share * 100.0).round() as i64).into(),
        )],
    )
}

/// A p-value: "p < 0,001" or "p = 0,012".
pub fn p_text(lang: Lang, p: f64) -> String {
    if p < 0.001 {
        t_args(
            lang,
            "survey-results-p-below",
            &[("p", decimal(lang, 0.001, 3).into())],
        )
    } else {
        t_args(
            lang,
            "survey-results-p-equals",
            &[("p", decimal(lang, p, 3).into())],
        )
    }
}

/// The label of a column of a cross or comparison table (its title names
/// the question and the option).
pub fn column_label(
    form: &Questionnaire,
    question: &str,
    measure: &Measure,
    column: &str,
    lang: Lang,
) -> String {
    match (measure, column) {
        (Measure::Option(_), SELECTED) => t(lang, "survey-results-selected"),
        (Measure::Option(_), NOT_SELECTED) => t(lang, "survey-results-not-selected"),
        (Measure::High { from }, HIGH) => {
            t_args(lang, "survey-results-high", &[("from", Arg::Number(*from))])
        }
        (Measure::High { from }, NOT_HIGH) => t_args(
            lang,
            "survey-results-not-high",
            &[("from", Arg::Number(*from))],
        ),
        (Measure::Median { median }, ABOVE_MEDIAN) => t_args(
            lang,
            "survey-results-above-median",
            &[("median", decimal(lang, *median, 1).into())],
        ),
        (Measure::Median { median }, AT_MOST_MEDIAN) => t_args(
            lang,
            "survey-results-at-most-median",
            &[("median", decimal(lang, *median, 1).into())],
        ),
        _ => choice_label(form, question, column, lang),
    }
}

/// An answer as a sentence names it: "“No internet”", "ticked “A
/// computer”", "a rating of 8 or more".
fn answer_phrase(
    form: &Questionnaire,
    question: &str,
    measure: &Measure,
    column: &str,
    lang: Lang,
) -> String {
    let quoted = |text: String| t_args(lang, "survey-results-quoted", &[("text", text.into())]);
    match (measure, column) {
        (Measure::Option(o), SELECTED) => t_args(
            lang,
            "survey-results-phrase-selected",
            &[("option", choice_label(form, question, o, lang).into())],
        ),
        (Measure::Option(o), NOT_SELECTED) => t_args(
            lang,
            "survey-results-phrase-not-selected",
            &[("option", choice_label(form, question, o, lang).into())],
        ),
        (Measure::High { from }, HIGH) => t_args(
            lang,
            "survey-results-phrase-high",
            &[("from", Arg::Number(*from))],
        ),
        (Measure::High { from }, NOT_HIGH) => t_args(
            lang,
            "survey-results-phrase-not-high",
            &[("from", Arg::Number(*from))],
        ),
        (Measure::Median { .. }, _) => column_label(form, question, measure, column, lang),
        _ => quoted(choice_label(form, question, column, lang)),
    }
}

/// The title of a cross: "Which devices do you have? — A computer, by age".
pub fn cross_title(form: &Questionnaire, c: &Cross, lang: Lang) -> String {
    let question = match &c.measure {
        Measure::Option(o) => format!(
            "{} — {}",
            question_label(form, &c.question, lang),
            choice_label(form, &c.question, o, lang)
        ),
        _ => question_label(form, &c.question, lang),
    };
    t_args(
        lang,
        "survey-results-cross-title",
        &[
            ("question", question.into()),
            ("by", question_label(form, &c.by, lang).into()),
        ],
    )
}

/// A quadrant's name.
pub fn quadrant_label(lang: Lang, q: Quadrant) -> String {
    t(
        lang,
        &format!("survey-results-quadrant-{}", q.code().replace('_', "-")),
    )
}

/// The name of a test.
pub fn test_label(lang: Lang, test: TestUsed) -> String {
    t(
        lang,
        &format!("survey-results-test-{}", test.code().replace('_', "-")),
    )
}

/// Why that test, in a sentence.
pub fn why_text(lang: Lang, why: &Why) -> String {
    let rule = |key: &str, v: &domain::survey::Validity| {
        t_args(
            lang,
            key,
            &[
                ("cells", v.cells.into()),
                ("below1", v.below_1.into()),
                ("below5", v.below_5.into()),
            ],
        )
    };
    match why {
        Why::ChiSquareValid(v) => rule("survey-results-why-valid", v),
        Why::ChiSquareInvalid(v) => rule("survey-results-why-invalid", v),
        Why::ExactRequested(v) => rule("survey-results-why-valid", v),
        Why::TooLargeForExact { validity, .. } => rule("survey-results-why-too-large", validity),
        Why::NothingToCompare { .. } => t(lang, "survey-results-why-nothing"),
    }
}

/// The finding of a cross in a sentence: "Age “60 and over”: more often
/// ticked “I have no device” (Which devices do you have?): 31 % against 9 %
/// for the others (significant, p < 0.001)." or "No significant
/// difference…".
pub fn finding_text(form: &Questionnaire, lang: Lang, c: &Cross) -> String {
    let question = question_label(form, &c.question, lang);
    let by = question_label(form, &c.by, lang);
    match &c.finding {
        Finding::MoreOften {
            group,
            answer,
            group_share,
            others_share,
            p_value,
            ..
        } => t_args(
            lang,
            "survey-results-finding-more",
            &[
                ("by", by.into()),
                ("group", choice_label(form, &c.by, group, lang).into()),
                (
                    "answer",
                    answer_phrase(form, &c.question, &c.measure, answer, lang).into(),
                ),
                ("question", question.into()),
                ("share", percent(lang, *group_share).into()),
                ("others", percent(lang, *others_share).into()),
                ("p", p_text(lang, *p_value).into()),
            ],
        ),
        Finding::NoSignificantDifference { p_value, .. } => t_args(
            lang,
            "survey-results-finding-none",
            &[
                (
                    "question",
                    match &c.measure {
                        Measure::Option(o) => {
                            format!("{question} — {}", choice_label(form, &c.question, o, lang))
                        }
                        _ => question,
                    }
                    .into(),
                ),
                ("by", by.into()),
                ("p", p_text(lang, *p_value).into()),
            ],
        ),
        Finding::NotTested { why, .. } => t_args(
            lang,
            "survey-results-finding-untested",
            &[("why", why_text(lang, why).into())],
        ),
    }
}

/// The finding of a comparison of two editions in a sentence.
pub fn comparison_text(form: &Questionnaire, lang: Lang, c: &Comparison) -> String {
    let question = question_label(form, &c.question, lang);
    match &c.finding {
        Finding::MoreOften {
            group,
            answer,
            group_share,
            others_share,
            p_value,
            ..
        } => {
            let other = c
                .analysis
                .table
                .row_labels
                .iter()
                .find(|r| *r != group)
                .cloned()
                .unwrap_or_default();
            t_args(
                lang,
                "survey-results-compare-more",
                &[
                    ("group", group.clone().into()),
                    ("other", other.into()),
                    (
                        "answer",
                        answer_phrase(form, &c.question, &c.measure, answer, lang).into(),
                    ),
                    ("question", question.into()),
                    ("share", percent(lang, *group_share).into()),
                    ("others", percent(lang, *others_share).into()),
                    ("p", p_text(lang, *p_value).into()),
                ],
            )
        }
        Finding::NoSignificantDifference { p_value, .. } => {
            let question = match &c.measure {
                Measure::Option(o) => {
                    format!("{question} — {}", choice_label(form, &c.question, o, lang))
                }
                _ => question,
            };
            t_args(
                lang,
                "survey-results-compare-none",
                &[
                    ("question", question.into()),
                    ("p", p_text(lang, *p_value).into()),
                ],
            )
        }
        Finding::NotTested { why, .. } => t_args(
            lang,
            "survey-results-finding-untested",
            &[("why", why_text(lang, why).into())],
        ),
    }
}

fn cell(lang: Lang, unit: Unit, v: Value) -> Markup {
    match v {
        Value::Number(n) => html! { bdi { (number_text(lang, unit, n)) } },
        Value::Suppressed => html! {
            span.suppressed { span aria-hidden="true" { "*" } span.visually-hidden { (t(lang, "figures-hidden")) } }
        },
        Value::Missing => html! { span.small { (t(lang, "figures-not-given")) } },
    }
}

/// A table of figures without its chart (the labels of survey tables are
/// texts: see `services::survey_results`).
pub fn plain_table(lang: Lang, table: &FigureTable) -> Markup {
    html! {
        div.table-scroll tabindex="0" role="region" aria-label=(t(lang, &table.title_key)) {
            table.bo.figures {
                caption { (t(lang, &table.title_key)) }
                thead { tr {
                    th scope="col" { (t(lang, &table.dimension_key)) }
                    @for c in &table.columns { th scope="col" { (t(lang, &c.label_key)) } }
                } }
                tbody {
                    @for r in &table.rows {
                        tr {
                            th scope="row" { (label_text(lang, &r.label)) }
                            @for (c, v) in table.columns.iter().zip(&r.values) { td.num { (cell(lang, c.unit, *v)) } }
                        }
                    }
                }
                @if let Some(total) = &table.total {
                    tfoot { tr {
                        th scope="row" { (t(lang, "figures-total")) }
                        @for (c, v) in table.columns.iter().zip(total) { td.num { (cell(lang, c.unit, *v)) } }
                    } }
                }
            }
        }
    }
}

/// The CSV and spreadsheet links of a table (`base`: the page's address).
pub fn downloads(lang: Lang, base: &str, table: &FigureTable) -> Markup {
    let title = t(lang, &table.title_key);
    html! {
        p.downloads {
            a href=(format!("{base}/{}.csv", table.id)) download { (t_args(lang, "figures-download-csv", &[("title", title.clone().into())])) }
            " "
            a href=(format!("{base}/{}.xlsx", table.id)) download { (t_args(lang, "figures-download-xlsx", &[("title", title.into())])) }
        }
    }
}

/// The test of a cross: which and why, the statistic, the p-value (and
/// Holm's), Cramér's V raw and corrected, the answers left out.
pub fn test_details(lang: Lang, a: &CrossAnalysis, p_holm: Option<f64>) -> Markup {
    html! {
        dl.survey-test {
            dt { (t(lang, "survey-results-test")) }
            dd { (test_label(lang, a.test)) ". " (why_text(lang, &a.why)) }
            @if let Some(chi) = &a.chi_square {
                dt { (t(lang, "survey-results-statistic")) }
                dd { bdi { "χ² = " (decimal(lang, chi.statistic, 2)) ", df = " (chi.df) } }
                dt { (t(lang, "survey-results-cramers-v")) }
                dd { bdi { (decimal(lang, chi.cramers_v, 3)) } " " (t_args(lang, "survey-results-corrected", &[("v", decimal(lang, chi.cramers_v_corrected, 3).into())])) }
            }
            @if let Some(p) = a.p_value {
                dt { (t(lang, "survey-results-p-value")) }
                dd { bdi { (p_text(lang, p)) } }
            }
            @if let Some(p) = p_holm {
                dt { (t(lang, "survey-results-p-holm")) }
                dd { bdi { (p_text(lang, p)) } }
            }
            @if a.table.missing > 0 {
                dt { (t(lang, "survey-results-missing")) }
                dd { (number_text(lang, Unit::Count, a.table.missing as i64)) }
            }
        }
    }
}

/// The importance/performance matrix as a scatter chart: importance
/// (Spearman's ρ with overall satisfaction) across, performance (the mean
/// rating) up, the cut lines at the means across services, the four
/// quadrants named, each service a numbered point (the number of its row
/// in the table that follows).
pub fn matrix_chart(lang: Lang, form: &Questionnaire, matrix: &[ServiceScore]) -> Markup {
    const W: f64 = 320.0;
    const H: f64 = 260.0;
    const LEFT: f64 = 36.0;
    const RIGHT: f64 = 8.0;
    const TOP: f64 = 8.0;
    const BOTTOM: f64 = 34.0;
    if matrix.is_empty() {
        return html! {};
    }
    let m = matrix.len() as f64;
    let imp_cut = matrix.iter().map(|s| s.importance).sum::<f64>() / m;
    let perf_cut = matrix.iter().map(|s| s.performance).sum::<f64>() / m;
    let min_by = |f: fn(&ServiceScore) -> f64| matrix.iter().map(f).fold(f64::INFINITY, f64::min);
    let max_by =
        |f: fn(&ServiceScore) -> f64| matrix.iter().map(f).fold(f64::NEG_INFINITY, f64::max);
    let (x0, x1) = (
        (min_by(|s| s.importance) - 0.05).max(-1.0),
        (max_by(|s| s.importance) + 0.05).min(1.0),
    );
    let (y0, y1) = (
        (min_by(|s| s.performance) - 0.5).floor().max(0.0),
        (max_by(|s| s.performance) + 0.5).ceil().min(10.0),
    );
    let sx = |x: f64| LEFT + (x - x0) / (x1 - x0).max(1e-9) * (W - LEFT - RIGHT);
    let sy = |y: f64| TOP + (y1 - y) / (y1 - y0).max(1e-9) * (H - TOP - BOTTOM);
    let f = |x: f64| format!("{:.1}", x);
    let title = t(lang, "survey-results-matrix-title");
    let desc = t(lang, "survey-results-matrix-desc");
    let corner = |q: Quadrant, x: f64, y: f64, anchor: &'static str| {
        html! { text x=(f(x)) y=(f(y)) text-anchor=(anchor) font-size="11" fill="#1b1b1b" { (quadrant_label(lang, q)) } }
    };
    html! {
        figure.survey-matrix {
            // The axes run left to right in every language. SVG ignores
            // HTML's `dir`: without `direction`, an Arabic page's right to
            // left turned every `text-anchor` round and pushed the corner
            // and axis labels out of the chart.
            svg viewBox=(format!("0 0 {W} {H}")) role="img" aria-labelledby="matrix-title matrix-desc" dir="ltr" direction="ltr" {
                title #matrix-title { (title) }
                desc #matrix-desc { (desc) }
                rect x=(f(LEFT)) y=(f(TOP)) width=(f(W - LEFT - RIGHT)) height=(f(H - TOP - BOTTOM)) fill="none" stroke="#1b1b1b" {}
                line x1=(f(sx(imp_cut))) y1=(f(TOP)) x2=(f(sx(imp_cut))) y2=(f(H - BOTTOM)) stroke="#595959" stroke-dasharray="4 3" {}
                line x1=(f(LEFT)) y1=(f(sy(perf_cut))) x2=(f(W - RIGHT)) y2=(f(sy(perf_cut))) stroke="#595959" stroke-dasharray="4 3" {}
                (corner(Quadrant::OverQuality, LEFT + 4.0, TOP + 14.0, "start"))
                (corner(Quadrant::Strength, W - RIGHT - 4.0, TOP + 14.0, "end"))
                (corner(Quadrant::LowPriority, LEFT + 4.0, H - BOTTOM - 6.0, "start"))
                (corner(Quadrant::Priority, W - RIGHT - 4.0, H - BOTTOM - 6.0, "end"))
                text x=(f(LEFT)) y=(f(H - BOTTOM + 14.0)) font-size="11" fill="#1b1b1b" { (decimal(lang, x0, 2)) }
                text x=(f(W - RIGHT)) y=(f(H - BOTTOM + 14.0)) text-anchor="end" font-size="11" fill="#1b1b1b" { (decimal(lang, x1, 2)) }
                text x=(f((LEFT + W - RIGHT) / 2.0)) y=(f(H - 6.0)) text-anchor="middle" font-size="12" fill="#1b1b1b" { (t(lang, "survey-results-importance")) }
                text x=(f(LEFT - 4.0)) y=(f(TOP + 10.0)) text-anchor="end" font-size="11" fill="#1b1b1b" { (decimal(lang, y1, 0)) }
                text x=(f(LEFT - 4.0)) y=(f(H - BOTTOM)) text-anchor="end" font-size="11" fill="#1b1b1b" { (decimal(lang, y0, 0)) }
                text x="12" y=(f((TOP + H - BOTTOM) / 2.0)) text-anchor="middle" font-size="12" fill="#1b1b1b" transform=(format!("rotate(-90 12 {})", f((TOP + H - BOTTOM) / 2.0))) { (t(lang, "survey-results-performance")) }
                @for (i, s) in matrix.iter().enumerate() {
                    g {
                        title { (question_label(form, &s.service, lang)) }
                        circle cx=(f(sx(s.importance))) cy=(f(sy(s.performance))) r="9" fill="#00467f" {}
                        text x=(f(sx(s.importance))) y=(f(sy(s.performance) + 4.0)) text-anchor="middle" font-size="11" fill="#ffffff" font-weight="bold" { (i + 1) }
                    }
                }
            }
            figcaption { (t(lang, "survey-results-matrix-caption")) }
        }
    }
}

/// The matrix's table: number (as in the chart), service, quadrant,
/// performance, importance, n.
pub fn matrix_table(lang: Lang, form: &Questionnaire, matrix: &[ServiceScore]) -> Markup {
    html! {
        div.table-scroll tabindex="0" role="region" aria-label=(t(lang, "survey-results-matrix-title")) {
            table.bo.figures {
                caption { (t(lang, "survey-results-matrix-title")) }
                thead { tr {
                    th scope="col" { "#" }
                    th scope="col" { (t(lang, "survey-results-service")) }
                    th scope="col" { (t(lang, "survey-results-quadrant")) }
                    th scope="col" { (t(lang, "survey-results-performance")) }
                    th scope="col" { (t(lang, "survey-results-importance")) }
                    th scope="col" { (t(lang, "survey-results-answers")) }
                } }
                tbody {
                    @for (i, s) in matrix.iter().enumerate() {
                        tr {
                            td.num { (i + 1) }
                            th scope="row" { (question_label(form, &s.service, lang)) }
                            td { (quadrant_label(lang, s.quadrant)) }
                            td.num { bdi { (decimal(lang, s.performance, 2)) } }
                            td.num { bdi { (decimal(lang, s.importance, 2)) } }
                            td.num { (number_text(lang, Unit::Count, s.n as i64)) }
                        }
                    }
                }
            }
        }
    }
}
