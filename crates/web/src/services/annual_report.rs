//! The annual report of a plan year, assembled: the parts of the plan
//! (`domain::annual_report::parts`) with the texts the coordination wrote
//! and published, and under each measure the figures of the areas it
//! names (`areas` in the plan), computed by the same functions as the
//! pages they come from — each figure links to its page, so the numbers
//! are the same by construction (and tests compare them). An annex gives
//! the year's budget by axis. The web page, the PDF and the command line
//! all draw this one [`Report`].

use std::collections::HashSet;

use chrono::{Datelike, NaiveDate};
use domain::Lang;
use domain::annual_report::{Block, PartKey, parse, parts};
use domain::plan::Plan;
use domain::statistics::{Column, FigureTable, Label, Row, Unit, Value};
use store::StoreError;

use crate::App;
use crate::i18n::{t, t_args};
use crate::services::figures::{self, public_year};

/// Which texts the report shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Texts {
    /// The published ones (the public report).
    Published,
    /// The ones being worked on, else the published ones (the coordination's preview).
    Working,
}

/// A figure of the report and the page it comes from.
#[derive(Debug, Clone)]
pub struct Figure {
    pub table: FigureTable,
    /// The page (and anchor) the figure comes from, on this site.
    pub source: String,
}

/// A part of the report.
#[derive(Debug, Clone)]
pub struct Chapter {
    /// `intro`, `axis-…`, `measure-…`, `conclusion`, `annex`: its anchor.
    pub id: String,
    /// 1 for the introduction, an axis, the conclusion and the annex; 2 for a measure.
    pub level: u8,
    pub title: String,
    /// The written text; `None` when none is published (in this language).
    pub text: Option<Vec<Block>>,
    pub figures: Vec<Figure>,
    /// Chapters above that already show the figures of an area this one
    /// names: (anchor, title).
    pub see_also: Vec<(String, String)>,
}

/// The whole report, worded in one language.
#[derive(Debug, Clone)]
pub struct Report {
    pub year: i32,
    pub lang: Lang,
    pub title: String,
    /// The day the figures were taken (today, in the region's time zone).
    pub data_date: NaiveDate,
    pub small_cell: i64,
    pub chapters: Vec<Chapter>,
    /// How many parts have a text in this language.
    pub written: usize,
}

/// The years a report can be made for: the plan's.
pub fn years(plan: &Plan) -> std::ops::RangeInclusive<i32> {
    plan.years()
}

/// The report of `year` in `lang` (`None` when the region has no plan or
/// the year is not one of the plan's).
pub async fn build(
    app: &App,
    lang: Lang,
    year: i32,
    texts: Texts,
) -> Result<Option<Report>, StoreError> {
    let Some(plan) = crate::services::budget::plan(app) else {
        return Ok(None);
    };
    if !plan.years().contains(&year) {
        return Ok(None);
    }
    let l = lang.code();
    let bodies = match texts {
        Texts::Published => app.db.report_published(year, l).await?,
        Texts::Working => app
            .db
            .report_texts(year, l)
            .await?
            .into_iter()
            .filter_map(|(part, t)| t.working.or(t.published).map(|t| (part, t.body)))
            .collect(),
    };
    let mut sources = Sources::new(app, lang, year);
    let mut chapters = Vec::new();
    let mut first_of_area: Vec<(String, String, String)> = Vec::new();
    for part in parts(plan) {
        let id = part.code();
        let (level, title, areas) = match &part {
            PartKey::Intro => (1, t(lang, "annual-intro"), vec![]),
            PartKey::Conclusion => (1, t(lang, "annual-conclusion"), vec![]),
            PartKey::Axis(code) => {
                let a = plan.axis(code).expect("a part of the plan");
                (
                    1,
                    t_args(
                        lang,
                        "annual-axis-title",
                        &[
                            ("number", (a.number as usize).into()),
                            ("name", a.name(l).to_owned().into()),
                        ],
                    ),
                    vec![],
                )
            }
            PartKey::Measure(n) => {
                let m = plan.measure(*n).expect("a part of the plan");
                (
                    2,
                    t_args(
                        lang,
                        "annual-measure-title",
                        &[
                            ("number", (m.number as usize).into()),
                            ("name", m.name(l).to_owned().into()),
                        ],
                    ),
                    m.areas.clone(),
                )
            }
        };
        let text = bodies
            .get(&id)
            .and_then(|b| parse(b).ok())
            .filter(|b| !b.is_empty());
        let mut figures = Vec::new();
        let mut see_also = Vec::new();
        for area in &areas {
            if let Some((_, at, at_title)) = first_of_area.iter().find(|(a, _, _)| a == area) {
                if !see_also.iter().any(|(a, _)| a == at) {
                    see_also.push((at.clone(), at_title.clone()));
                }
                continue;
            }
            let found = sources.area(area).await?;
            if !found.is_empty() {
                first_of_area.push((area.clone(), id.clone(), title.clone()));
                figures.extend(found);
            }
        }
        chapters.push(Chapter {
            id,
            level,
            title,
            text,
            figures,
            see_also,
        });
    }
    let annex = sources.budget(plan).await?;
    if !annex.is_empty() {
        chapters.push(Chapter {
            id: "annex".into(),
            level: 1,
            title: t(lang, "annual-annex"),
            text: None,
            figures: annex,
            see_also: vec![],
        });
    }
    let written = chapters.iter().filter(|c| c.text.is_some()).count();
    Ok(Some(Report {
        year,
        lang,
        title: t_args(
            lang,
            "annual-title",
            &[
                ("year", year.into()),
                ("plan", plan.name(l).to_owned().into()),
            ],
        ),
        data_date: app.today(),
        small_cell: app.config.small_cell,
        chapters,
        written,
    }))
}

/// The figures of each area for one year, each computed once.
struct Sources<'a> {
    app: &'a App,
    lang: Lang,
    year: i32,
    /// The figure sections (activity, capacity, cadastre) already given.
    given: HashSet<&'static str>,
}

impl<'a> Sources<'a> {
    fn new(app: &'a App, lang: Lang, year: i32) -> Sources<'a> {
        Sources {
            app,
            lang,
            year,
            given: HashSet::new(),
        }
    }

    /// The figures of `area` (one of `domain::plan::AREAS`); none for an
    /// area whose figures are not in the report.
    async fn area(&mut self, area: &str) -> Result<Vec<Figure>, StoreError> {
        match area {
            "activity" | "capacity" | "cadastre" => self.figure_sections(&[area]).await,
            "figures" => self.figure_sections(&figures::SECTION_CODES).await,
            "label" => self.label().await,
            "survey" => self.survey().await,
            "calls" => self.funded().await,
            "equipment" => Ok(self.refurbished()),
            _ => Ok(vec![]),
        }
    }

    async fn figure_sections(&mut self, codes: &[&str]) -> Result<Vec<Figure>, StoreError> {
        let Some(scope) = public_year(self.year) else {
            return Ok(vec![]);
        };
        let mut out = Vec::new();
        for code in figures::SECTION_CODES {
            if !codes.contains(&code) || !self.given.insert(code) {
                continue;
            }
            if let Some(section) = figures::section(self.app, &scope, code).await? {
                let l = self.lang.code();
                out.extend(section.tables.into_iter().map(|table| Figure {
                    source: format!("/{l}/figures?year={}#{}", self.year, table.id),
                    table,
                }));
            }
        }
        Ok(out)
    }

    /// The labelled EPN by commune, as the public list counts them today,
    /// with those whose label was granted in the year.
    async fn label(&self) -> Result<Vec<Figure>, StoreError> {
        let years = self.app.db.label_granted_years().await?;
        let dir = self.app.directory();
        let groups = crate::services::label::labelled_by_commune(&dir, self.lang);
        if groups.is_empty() {
            return Ok(vec![]);
        }
        let count = |places: &[&domain::Place]| -> (i64, i64) {
            (
                places.len() as i64,
                places
                    .iter()
                    .filter(|p| years.get(&p.id) == Some(&self.year))
                    .count() as i64,
            )
        };
        let mut total = (0, 0);
        let rows = groups
            .iter()
            .map(|g| {
                let (n, granted) = count(&g.places);
                total.0 += n;
                total.1 += granted;
                Row {
                    code: g.nis.clone().unwrap_or_else(|| "unknown".into()),
                    label: Label::Text(g.name.clone()),
                    values: vec![Value::Number(n), Value::Number(granted)],
                }
            })
            .collect();
        Ok(vec![Figure {
            table: FigureTable {
                id: "annual-label-by-commune".into(),
                title_key: "annual-fig-label".into(),
                dimension_key: "annual-dim-commune".into(),
                columns: vec![
                    count_column("labelled", "annual-col-labelled"),
                    count_column("granted", "annual-col-granted-in-year"),
                ],
                rows,
                total: Some(vec![Value::Number(total.0), Value::Number(total.1)]),
                respondents: None,
                source: None,
            },
            source: format!("/{}/label/epn", self.lang.code()),
        }])
    }

    /// The public summary of the survey editions that opened in the year
    /// (an illustrative edition says so under each table).
    async fn survey(&self) -> Result<Vec<Figure>, StoreError> {
        let mut out = Vec::new();
        for e in self.app.db.editions().await? {
            if e.opens_on.year() != self.year {
                continue;
            }
            let Some(s) =
                crate::services::survey_results::public_summary(self.app, &e.slug).await?
            else {
                continue;
            };
            let l = self.lang.code();
            out.extend(
                crate::services::survey_results::public_tables(&s, self.lang)
                    .into_iter()
                    .map(|mut table| {
                        // Said under each table, as the survey's page says it once.
                        if e.illustrative {
                            table.source = Some(t(self.lang, "survey-results-illustrative"));
                        }
                        Figure {
                            source: format!("/{l}/survey/{}#{}", e.slug, table.id),
                            table,
                        }
                    }),
            );
        }
        Ok(out)
    }

    /// The projects funded in the year, by commune: number and amount.
    async fn funded(&self) -> Result<Vec<Figure>, StoreError> {
        let grants: Vec<_> = self
            .app
            .db
            .awarded_grants(None)
            .await?
            .into_iter()
            .filter(|g| g.award_date.year() == self.year)
            .collect();
        if grants.is_empty() {
            return Ok(vec![]);
        }
        let dir = self.app.directory();
        let groups = crate::services::awards::by_commune(grants);
        let mut total = (0, 0);
        let rows = groups
            .iter()
            .map(|g| {
                let n = g.grants.len() as i64;
                total.0 += n;
                total.1 += g.total_cents;
                let name = g
                    .commune_nis
                    .as_deref()
                    .map(|nis| crate::ui::format::commune_name(&dir, self.lang, nis))
                    .filter(|n| !n.is_empty())
                    .unwrap_or_else(|| t(self.lang, "annual-no-commune"));
                Row {
                    code: g.commune_nis.clone().unwrap_or_else(|| "unknown".into()),
                    label: Label::Text(name),
                    values: vec![Value::Number(n), Value::Number(g.total_cents)],
                }
            })
            .collect();
        Ok(vec![Figure {
            table: FigureTable {
                id: "annual-funded-by-commune".into(),
                title_key: "annual-fig-funded".into(),
                dimension_key: "annual-dim-commune".into(),
                columns: vec![
                    count_column("projects", "annual-col-projects"),
                    Column {
                        code: "amount".into(),
                        label_key: "annual-col-amount".into(),
                        unit: Unit::Cents,
                    },
                ],
                rows,
                total: Some(vec![Value::Number(total.0), Value::Number(total.1)]),
                respondents: None,
                source: None,
            },
            source: format!("/{}/funded-projects", self.lang.code()),
        }])
    }

    /// The refurbished computers given in the year, by supplier.
    fn refurbished(&self) -> Vec<Figure> {
        let Some(r) = domain::equipment::refurbished::shipped(&self.app.region.code) else {
            return vec![];
        };
        let lines: Vec<_> = r.lines.iter().filter(|l| l.year == self.year).collect();
        if lines.is_empty() {
            return vec![];
        }
        let units = |l: &domain::equipment::refurbished::Units| {
            vec![
                Value::Number(l.laptop.into()),
                Value::Number(l.desktop.into()),
                Value::Number(l.screen.into()),
            ]
        };
        let total = r
            .per_year()
            .into_iter()
            .find(|(y, _)| *y == self.year)
            .map(|(_, t)| units(&t));
        let rows = lines
            .iter()
            .enumerate()
            .map(|(i, l)| Row {
                code: format!("{}", i + 1),
                label: Label::Text(l.supplier.clone()),
                values: units(&domain::equipment::refurbished::Units {
                    laptop: l.laptop,
                    desktop: l.desktop,
                    screen: l.screen,
                }),
            })
            .collect();
        vec![Figure {
            table: FigureTable {
                id: format!("annual-refurbished-{}", self.year),
                title_key: "annual-fig-refurbished".into(),
                dimension_key: "equipment-col-supplier".into(),
                columns: vec![
                    count_column("laptops", "equipment-col-laptops"),
                    count_column("desktops", "equipment-col-desktops"),
                    count_column("screens", "equipment-col-screens"),
                ],
                rows,
                total,
                respondents: None,
                source: None,
            },
            source: format!(
                "/{}/equipment/distributed#refurbished-{}",
                self.lang.code(),
                self.year
            ),
        }]
    }

    /// The year's budget by axis: planned, and spent when the plan's
    /// actual spending is public.
    async fn budget(&self, plan: &Plan) -> Result<Vec<Figure>, StoreError> {
        let yb = crate::services::budget::year_budget(self.app, plan, self.year).await?;
        let tables = &yb.tables;
        if tables.planned.total == 0 && tables.actual.total == 0 {
            return Ok(vec![]);
        }
        let actuals = crate::services::budget::actuals_public(self.app, plan);
        let l = self.lang.code();
        let rows = tables
            .planned
            .axes
            .iter()
            .enumerate()
            .map(|(i, code)| {
                let name = plan.axis(code).map_or(code.as_str(), |a| a.name(l));
                let mut values = vec![Value::Number(tables.planned.axis_totals[i])];
                if actuals {
                    values.push(Value::Number(tables.actual.axis_totals[i]));
                }
                Row {
                    code: code.clone(),
                    label: Label::Text(name.to_owned()),
                    values,
                }
            })
            .collect();
        let mut columns = vec![Column {
            code: "planned".into(),
            label_key: "annual-col-planned".into(),
            unit: Unit::Cents,
        }];
        let mut total = vec![Value::Number(tables.planned.total)];
        if actuals {
            columns.push(Column {
                code: "actual".into(),
                label_key: "annual-col-actual".into(),
                unit: Unit::Cents,
            });
            total.push(Value::Number(tables.actual.total));
        }
        Ok(vec![Figure {
            table: FigureTable {
                id: "annual-budget-by-axis".into(),
                title_key: "annual-fig-budget".into(),
                dimension_key: "annual-dim-axis".into(),
                columns,
                rows,
                total: Some(total),
                respondents: None,
                source: None,
            },
            source: format!("/{l}/plan/budget?year={}", self.year),
        }])
    }
}

fn count_column(code: &str, key: &str) -> Column {
    Column {
        code: code.into(),
        label_key: key.into(),
        unit: Unit::Count,
    }
}
