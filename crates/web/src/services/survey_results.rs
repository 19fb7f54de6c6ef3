//! The results of a survey edition (issue 12): its analysis
//! (`domain::survey::analysis`, read from the store's rollup of the
//! answers), the participation per place, the comparison with the earlier
//! edition it names, and every table as a [`FigureTable`] for the pages and
//! the CSV and spreadsheet downloads.
//!
//! The questionnaire's labels are data in each of its languages, not Fluent
//! messages: the survey's tables carry the texts themselves where other
//! tables carry message keys (`title_key`, `dimension_key`, `label_key`);
//! `i18n::t` gives back a text that names no message as it is.

use domain::Lang;
use domain::statistics::{Column, FigureTable, Label, Row, Unit, Value};
use domain::survey::analysis::{
    AnalysisOptions, Comparison, Cross, Distribution, EditionAnalysis, Measure, PublicAnalysis,
    PublicQuestion, QuestionResult, compare, publish,
};
use domain::survey::{Questionnaire, ServiceScore};
use store::StoreError;
use store::survey::{Edition, EditionPlace};

use crate::App;
use crate::i18n::t;
use crate::ui::survey_results::{
    choice_label, column_label, cross_title, quadrant_label, question_label,
};

/// A place's participation.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceRate {
    pub place_id: i64,
    pub name: String,
    pub answers: i64,
    pub weekly_visitors: Option<i64>,
    /// answers / (weeks × weekly visitors), when the visitors are known.
    pub rate: Option<f64>,
}

/// The participation of an edition: complete answers / (weeks × estimated
/// weekly visitors), per place and overall (the places whose weekly
/// visitors are known).
#[derive(Debug, Clone, PartialEq)]
pub struct Participation {
    pub places: Vec<PlaceRate>,
    pub answers: i64,
    /// Places with at least one answer.
    pub answering: usize,
    pub weeks: f64,
    /// The sum of the known weekly visitors.
    pub weekly_visitors: i64,
    pub rate: Option<f64>,
}

/// The participation from the edition's places and answer counts, by the
/// one rule of `domain::survey::participation`.
pub fn participation(
    edition: &Edition,
    places: &[EditionPlace],
    counts: &[(i64, i64)],
) -> Participation {
    use domain::survey::participation::{PlaceCount, participation as rule};
    let answers_of = |id: i64| counts.iter().find(|c| c.0 == id).map_or(0, |c| c.1);
    let days = (edition.closes_on - edition.opens_on).num_days() + 1;
    let p = rule(
        days,
        &places
            .iter()
            .map(|x| PlaceCount {
                place_id: x.place_id,
                answers: answers_of(x.place_id),
                weekly_visitors: x.weekly_visitors,
            })
            .collect::<Vec<_>>(),
    );
    let rows: Vec<PlaceRate> = places
        .iter()
        .zip(&p.places)
        .map(|(x, r)| PlaceRate {
            place_id: x.place_id,
            name: x.place_name.clone(),
            answers: r.answers,
            weekly_visitors: x.weekly_visitors,
            rate: r.ratio.map(|r| r.value()),
        })
        .collect();
    Participation {
        answering: counts.iter().filter(|c| c.1 > 0).count(),
        answers: p.answers,
        weeks: p.weeks(),
        weekly_visitors: p.weekly_visitors,
        rate: p.overall.map(|r| r.value()),
        places: rows,
    }
}

/// Everything the results pages show.
pub struct Results {
    pub edition: Edition,
    pub form: Questionnaire,
    pub analysis: EditionAnalysis,
    pub participation: Participation,
    /// The earlier edition and the comparison with it, when the edition
    /// names one.
    pub comparison: Option<(Edition, Vec<Comparison>)>,
}

async fn form_of(app: &App, edition: &Edition) -> Result<Questionnaire, StoreError> {
    app.db
        .questionnaire(edition.questionnaire_id)
        .await?
        .map(|q| q.form)
        .ok_or_else(|| StoreError::Invalid(format!("edition {} has no questionnaire", edition.id)))
}

/// What the public summary of an edition shows: the analysis as published
/// (small cells hidden), the participation.
pub struct PublicSummary {
    pub edition: Edition,
    pub form: Questionnaire,
    pub public: PublicAnalysis,
    pub rate: Option<f64>,
    pub answering: usize,
}

/// The public summary of the edition `slug` (`None`: no such edition).
pub async fn public_summary(app: &App, slug: &str) -> Result<Option<PublicSummary>, StoreError> {
    let Some(edition) = app.db.edition_by_slug(slug).await? else {
        return Ok(None);
    };
    let (form, analysis) = analysis(app, &edition).await?;
    let places = app.db.edition_places(edition.id).await?;
    let counts = app.db.answer_counts(edition.id).await?;
    let p = participation(&edition, &places, &counts);
    Ok(Some(PublicSummary {
        public: publish(&analysis, app.config.small_cell),
        form,
        rate: p.rate,
        answering: p.answering,
        edition,
    }))
}

/// The tables of the public summary, one per question with counts.
pub fn public_tables(s: &PublicSummary, lang: Lang) -> Vec<FigureTable> {
    s.public
        .questions
        .iter()
        .filter_map(|q| public_question_figure(&s.form, lang, q))
        .collect()
}

/// The analysis of an edition, from the rollup of its answers.
pub async fn analysis(
    app: &App,
    edition: &Edition,
) -> Result<(Questionnaire, EditionAnalysis), StoreError> {
    let form = form_of(app, edition).await?;
    let tally = app.db.survey_tally(edition.id, &form).await?;
    let analysis = tally.analyse(AnalysisOptions::default());
    Ok((form, analysis))
}

/// The results of an edition.
pub async fn results(app: &App, edition: Edition) -> Result<Results, StoreError> {
    let (form, analysis) = analysis(app, &edition).await?;
    let places = app.db.edition_places(edition.id).await?;
    let counts = app.db.answer_counts(edition.id).await?;
    let participation = participation(&edition, &places, &counts);
    let comparison = match edition.compare_with {
        Some(id) if id != edition.id => match app.db.edition(id).await? {
            Some(earlier) => {
                let (_, before) = self::analysis(app, &earlier).await?;
                let found = compare(
                    &analysis,
                    &edition.title,
                    &before,
                    &earlier.title,
                    AnalysisOptions::default(),
                );
                Some((earlier, found))
            }
            None => None,
        },
        _ => None,
    };
    Ok(Results {
        edition,
        form,
        analysis,
        participation,
        comparison,
    })
}

// ---------------------------------------------------------------- tables

fn count_column(lang: Lang) -> Column {
    Column {
        code: "answers".into(),
        label_key: t(lang, "survey-results-answers"),
        unit: Unit::Count,
    }
}

fn share_column(lang: Lang) -> Column {
    Column {
        code: "share".into(),
        label_key: t(lang, "survey-results-share"),
        unit: Unit::PerMille,
    }
}

fn per_mille(count: i64, n: u64) -> Value {
    if n == 0 {
        Value::Missing
    } else {
        Value::Number(((count as f64) * 1000.0 / n as f64).round() as i64)
    }
}

/// The id of a question's table.
pub fn question_id(name: &str) -> String {
    format!("q-{name}")
}

/// The id of a cross's table.
pub fn cross_id(c: &Cross) -> String {
    match &c.measure {
        Measure::Option(o) => format!("x-{}-{}-{o}", c.by, c.question),
        _ => format!("x-{}-{}", c.by, c.question),
    }
}

/// The table of a question's distribution (counts and shares; shown
/// values as given, so that the public version passes its hidden ones):
/// `None` for numbers and texts, which have no categories.
fn distribution_figure(
    form: &Questionnaire,
    lang: Lang,
    question: &str,
    n: Value,
    counts: Vec<(String, Value)>,
    adds_up: bool,
) -> FigureTable {
    let base = n.number().map_or(0, |n| n.max(0) as u64);
    let rows = counts
        .into_iter()
        .map(|(name, v)| {
            let share = match v {
                Value::Number(c) => per_mille(c, base),
                other => other,
            };
            Row {
                label: Label::Text(choice_label(form, question, &name, lang)),
                code: name,
                values: vec![v, share],
            }
        })
        .collect();
    FigureTable {
        id: question_id(question),
        title_key: question_label(form, question, lang),
        dimension_key: t(lang, "survey-results-answer"),
        columns: vec![count_column(lang), share_column(lang)],
        rows,
        total: adds_up.then(|| vec![n, if base > 0 { Value::Number(1000) } else { n }]),
        respondents: None,
        source: None,
    }
}

/// The table of a question, `None` for numbers and texts.
pub fn question_figure(
    form: &Questionnaire,
    lang: Lang,
    q: &QuestionResult,
) -> Option<FigureTable> {
    let num = |c: u64| Value::Number(c as i64);
    let (counts, adds_up): (Vec<(String, Value)>, bool) = match &q.distribution {
        Distribution::Choices(c) => (c.iter().map(|(n, x)| (n.clone(), num(*x))).collect(), true),
        Distribution::Selections(c) => {
            (c.iter().map(|(n, x)| (n.clone(), num(*x))).collect(), false)
        }
        Distribution::Scale { min, counts, .. } => (
            counts
                .iter()
                .enumerate()
                .map(|(i, x)| ((min + i as i64).to_string(), num(*x)))
                .collect(),
            true,
        ),
        Distribution::Number { .. } | Distribution::Text => return None,
    };
    Some(distribution_figure(
        form,
        lang,
        &q.question,
        num(q.n),
        counts,
        adds_up,
    ))
}

/// The public table of a question (hidden values said so).
pub fn public_question_figure(
    form: &Questionnaire,
    lang: Lang,
    q: &PublicQuestion,
) -> Option<FigureTable> {
    (!q.counts.is_empty())
        .then(|| distribution_figure(form, lang, &q.question, q.n, q.counts.clone(), q.adds_up))
}

/// The table of a cross: a row per category of the crossing variable, a
/// column per answer, the totals.
pub fn cross_figure(form: &Questionnaire, lang: Lang, c: &Cross) -> FigureTable {
    let t_ = &c.analysis.table;
    let columns = t_
        .col_labels
        .iter()
        .map(|col| Column {
            code: col.clone(),
            label_key: column_label(form, &c.question, &c.measure, col, lang),
            unit: Unit::Count,
        })
        .collect();
    let rows = t_
        .row_labels
        .iter()
        .zip(&t_.counts)
        .map(|(r, counts)| Row {
            code: r.clone(),
            label: Label::Text(choice_label(form, &c.by, r, lang)),
            values: counts.iter().map(|&x| Value::Number(x as i64)).collect(),
        })
        .collect();
    FigureTable {
        id: cross_id(c),
        title_key: cross_title(form, c, lang),
        dimension_key: question_label(form, &c.by, lang),
        columns,
        rows,
        total: Some(
            t_.col_totals()
                .iter()
                .map(|&x| Value::Number(x as i64))
                .collect(),
        ),
        respondents: None,
        source: None,
    }
}

/// The importance/performance matrix as a table: performance (mean, in
/// hundredths), importance (Spearman's ρ, in hundredths) and n per service.
pub fn matrix_figure(form: &Questionnaire, lang: Lang, matrix: &[ServiceScore]) -> FigureTable {
    FigureTable {
        id: "matrix".into(),
        title_key: t(lang, "survey-results-matrix-title"),
        dimension_key: t(lang, "survey-results-service"),
        columns: vec![
            Column {
                code: "performance".into(),
                label_key: t(lang, "survey-results-performance"),
                unit: Unit::Hundredths,
            },
            Column {
                code: "importance".into(),
                label_key: t(lang, "survey-results-importance"),
                unit: Unit::Hundredths,
            },
            Column {
                code: "answers".into(),
                label_key: t(lang, "survey-results-answers"),
                unit: Unit::Count,
            },
        ],
        rows: matrix
            .iter()
            .map(|s| Row {
                code: s.service.clone(),
                label: Label::Text(format!(
                    "{} ({})",
                    question_label(form, &s.service, lang),
                    quadrant_label(lang, s.quadrant)
                )),
                values: vec![
                    Value::Number((s.performance * 100.0).round() as i64),
                    Value::Number((s.importance * 100.0).round() as i64),
                    Value::Number(s.n as i64),
                ],
            })
            .collect(),
        total: None,
        respondents: None,
        source: None,
    }
}

/// The participation per place as a table.
pub fn participation_figure(lang: Lang, p: &Participation) -> FigureTable {
    let rate = |r: Option<f64>| {
        r.map_or(Value::Missing, |r| {
            Value::Number((r * 1000.0).round() as i64)
        })
    };
    FigureTable {
        id: "participation".into(),
        title_key: t(lang, "survey-results-participation-title"),
        dimension_key: t(lang, "survey-results-place"),
        columns: vec![
            count_column(lang),
            Column {
                code: "weekly_visitors".into(),
                label_key: t(lang, "survey-results-weekly-visitors"),
                unit: Unit::Count,
            },
            Column {
                code: "participation".into(),
                label_key: t(lang, "survey-results-participation"),
                unit: Unit::PerMille,
            },
        ],
        rows: p
            .places
            .iter()
            .map(|r| Row {
                code: r.place_id.to_string(),
                label: Label::Text(r.name.clone()),
                values: vec![
                    Value::Number(r.answers),
                    r.weekly_visitors.map_or(Value::Missing, Value::Number),
                    rate(r.rate),
                ],
            })
            .collect(),
        total: Some(vec![
            Value::Number(p.answers),
            Value::Number(p.weekly_visitors),
            rate(p.rate),
        ]),
        respondents: None,
        source: None,
    }
}

/// The id of a comparison's table.
pub fn comparison_id(c: &Comparison) -> String {
    match &c.measure {
        Measure::Option(o) => format!("c-{}-{o}", c.question),
        _ => format!("c-{}", c.question),
    }
}

/// A comparison as a table: a row per edition, a column per answer.
pub fn comparison_figure(form: &Questionnaire, lang: Lang, c: &Comparison) -> FigureTable {
    let t_ = &c.analysis.table;
    let question = match &c.measure {
        Measure::Option(o) => format!(
            "{} — {}",
            question_label(form, &c.question, lang),
            choice_label(form, &c.question, o, lang)
        ),
        _ => question_label(form, &c.question, lang),
    };
    FigureTable {
        id: comparison_id(c),
        title_key: question,
        dimension_key: t(lang, "survey-results-edition"),
        columns: t_
            .col_labels
            .iter()
            .map(|col| Column {
                code: col.clone(),
                label_key: column_label(form, &c.question, &c.measure, col, lang),
                unit: Unit::Count,
            })
            .collect(),
        rows: t_
            .row_labels
            .iter()
            .zip(&t_.counts)
            .map(|(r, counts)| Row {
                code: r.clone(),
                label: Label::Text(r.clone()),
                values: counts.iter().map(|&x| Value::Number(x as i64)).collect(),
            })
            .collect(),
        total: None,
        respondents: None,
        source: None,
    }
}

/// Every table of the coordination's results page (for the downloads).
pub fn all_figures(r: &Results, lang: Lang) -> Vec<FigureTable> {
    let mut out = vec![participation_figure(lang, &r.participation)];
    out.extend(
        r.analysis
            .questions
            .iter()
            .filter_map(|q| question_figure(&r.form, lang, q)),
    );
    out.extend(
        r.analysis
            .crosses
            .iter()
            .map(|c| cross_figure(&r.form, lang, c)),
    );
    if !r.analysis.matrix.is_empty() {
        out.push(matrix_figure(&r.form, lang, &r.analysis.matrix));
    }
    if let Some((_, cmp)) = &r.comparison {
        out.extend(cmp.iter().map(|c| comparison_figure(&r.form, lang, c)));
    }
    out
}
